/*
 * pyc.c -- the bytecode cache: a compiled module kept on disk, so that an
 * import parses and compiles its source only when the source changed.
 *
 * The file is CPython's PEP 552 layout around krait's own code record:
 *
 *   0   magic     4 bytes: a 16-bit word, then "\r\n" (kr_pyc_magic)
 *   4   flags     0 (krait writes timestamp-based files only)
 *   8   mtime     the source's st_mtime in whole seconds, low 32 bits
 *   12  size      the source's size, low 32 bits
 *   16  the module's code object, marshalled (modules/marshal.c, 'K')
 *
 * so importlib's SourceFileLoader, which krait runs unchanged, reads and
 * writes the same files once its MAGIC_NUMBER is krait's (import.c sets
 * it when importlib is first imported).  The name is CPython's scheme
 * with krait's cache tag: __pycache__/NAME.krait-311.pyc; krait never
 * opens a .cpython-311.pyc, and CPython never opens krait's.
 *
 * Staleness.  The magic names the compiler: its word is a hash of the
 * build stamp -- a digest of every file under src/, made by the Makefile
 * into build/gen/pyc_stamp.h -- and of KR_PYC_VERSION, bumped by hand when
 * the file or record layout changes.  Any rebuild from changed sources
 * thus invalidates every cache, which is what several people changing
 * the compiler at once need; the code record repeats 32 bits of the
 * stamp, so even a collision of the 15-bit word is refused.  Against the
 * source, CPython compares mtime (seconds) and size, and so misses an
 * edit within the same second that keeps the size.  krait also requires
 * the cache file to be strictly newer (nanoseconds) than the source: a
 * source modified after, or in the same clock tick as, the cache was
 * written is recompiled.  That closes the hole for every writer,
 * importlib's included, at the price of one needless recompile when a
 * file and its cache are written in the same tick.
 *
 * Where the cache goes.  sys.pycache_prefix (PYTHONPYCACHEPREFIX), when
 * set, mirrors source directories under it, as in CPython.  Otherwise
 * __pycache__ next to the source -- unless the directory is not writable
 * (or is CPython's own /usr/lib/python3.11, which krait leaves alone even
 * as root): then $XDG_CACHE_HOME/krait/pycache/STAMP (default ~/.cache/...)
 * mirrors the source's absolute directory; STAMP is kr_pyc_stamp32 in hex,
 * so builds of different sources keep separate caches (old ones are
 * garbage: the directory can be deleted at any time).  That is how the standard
 * library gets a cache.  importlib does not know this fallback; it
 * compiles such modules itself, as CPython's does in a read-only tree.
 *
 * Writes go to a temporary file renamed into place, so two processes
 * writing one cache at once (the test runner's parallel jobs) leave one
 * complete file, and a reader never sees half of one.
 * sys.dont_write_bytecode (-B, PYTHONDONTWRITEBYTECODE) stops writing;
 * reading goes on, as in CPython.
 */
#include "vm/pyc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/state.h"
#include "modules/marshal.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "pyc_stamp.h"
#include "vm/errors.h"

/* Bump when the header or the code record's layout changes; a change of
 * the compiler or of the instruction set is caught by the build stamp. */
#define KR_PYC_VERSION 1

/* The directory of CPython's standard library, never written to. */
#define STDLIB_DIR "/usr/lib/python3.11/"

enum { HEADER = 16 };

static uint32_t fold_stamp(uint64_t s)
{
    return (uint32_t)(s ^ (s >> 32)) ^ (uint32_t)KR_PYC_VERSION * 0x9E3779B1u;
}

/* The fuzz targets use a fixed stamp in the header, so that their
 * committed seed corpus (real .pyc files) stays loadable whatever the
 * sources.  Their cache DIRECTORY still follows the sources (cache_path):
 * a fixed directory kept the caches of every earlier fuzz build, whose
 * instruction sets differ, and fuzz_exec ran yesterday's bytecode. */
uint32_t kr_pyc_stamp32(void)
{
#ifdef KR_PYC_FIXED_STAMP
    return fold_stamp(0x6B72616974ull);
#else
    return fold_stamp(KR_PYC_BUILD_STAMP);
#endif
}

/* CPython's magic words are below 0x8000 (3495 for 3.11): krait's have
 * the top bit set, so the two never agree by chance. */
void kr_pyc_magic(unsigned char out[4])
{
    uint32_t s = kr_pyc_stamp32();
    unsigned word = 0x8000 | ((s ^ (s >> 16)) & 0x7FFF);
    out[0] = (unsigned char)(word & 0xFF);
    out[1] = (unsigned char)(word >> 8);
    out[2] = '\r';
    out[3] = '\n';
}

/* ---- where the cache lives ----------------------------------------------- */

static Value sys_attr(Thread *th, const char *name)
{
    Str *k = kr_str_intern_cstr(th, name);
    if (!k) {
        kr_err_clear(th);
        return KR_VALUE_NULL;
    }
    return kr_dict_get_str(th->vm->sys_module->dict, k);
}

/* sys.pycache_prefix as a C string, or NULL when it is None/unset. */
static const char *pycache_prefix(Thread *th)
{
    Value p = sys_attr(th, "pycache_prefix");
    if (!p || !kr_is_str(p))
        return NULL;
    size_t len;
    const char *s = kr_str_utf8(th, kr_as_str(p), &len);
    if (!s)
        kr_err_clear(th);
    return s;
}

/* source split at its last '/': the directory (maybe "") and NAME of
 * NAME.py, as importlib's cache_from_source splits it. */
static void split(const char *source, Buf *head, Buf *base)
{
    const char *slash = strrchr(source, '/');
    const char *tail = slash ? slash + 1 : source;
    if (slash)
        kr_buf_write(head, source, (size_t)(slash - source));
    const char *dot = strrchr(tail, '.');
    kr_buf_write(base, tail, dot && dot != tail ? (size_t)(dot - tail) : strlen(tail));
}

/* "" or ".opt-1"/".opt-2" under -O/-OO, as importlib's cache_from_source
 * names it: code compiled without asserts must not be read by a run that
 * has them. */
static const char *opt_tag(Thread *th)
{
    int o = th->vm->optimize;
    return o <= 0 ? "" : o == 1 ? ".opt-1" : ".opt-2";
}

/* dir/rel/NAME.krait-311.pyc with rel's leading slashes dropped; a
 * relative rel is taken from the current directory first. */
static char *mirrored(const char *dir, const char *rel, const char *base, const char *opt)
{
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, dir);
    if (rel[0] != '/') {
        char cwd[4096];
        if (getcwd(cwd, sizeof cwd))
            kr_buf_printf(&b, "/%s", cwd[1] ? cwd + 1 : "");
    }
    while (*rel == '/')
        rel++;
    if (*rel)
        kr_buf_printf(&b, "/%s", rel);
    kr_buf_printf(&b, "/%s." KR_PYC_CACHE_TAG "%s.pyc", base, opt);
    return b.data;
}

static char *cache_path(Thread *th, const char *source, bool fallback)
{
    Buf head, base;
    kr_buf_init(&head);
    kr_buf_init(&base);
    kr_buf_puts(&head, "");         /* both non-NULL, even when empty */
    kr_buf_puts(&base, "");
    split(source, &head, &base);
    const char *prefix = pycache_prefix(th);
    char *path = NULL;
    if (prefix) {
        path = mirrored(prefix, head.data, base.data, opt_tag(th));
    } else if (fallback) {
        const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
        Buf dir;
        kr_buf_init(&dir);
        /* one directory per build stamp: builds from different sources
         * (several worktrees, a stress build) would otherwise keep
         * overwriting each other's caches */
        uint32_t sources = fold_stamp(KR_PYC_BUILD_STAMP);
        if (xdg && xdg[0] == '/')
            kr_buf_printf(&dir, "%s/krait/pycache/%08x", xdg, sources);
        else if (home && home[0] == '/')
            kr_buf_printf(&dir, "%s/.cache/krait/pycache/%08x", home, sources);
        path = dir.data ? mirrored(dir.data, head.data, base.data, opt_tag(th)) : NULL;
        kr_buf_free(&dir);
    } else {
        Buf b;
        kr_buf_init(&b);
        kr_buf_printf(&b, "%s%s__pycache__/%s." KR_PYC_CACHE_TAG "%s.pyc", head.data,
                      head.len ? "/" : "", base.data, opt_tag(th));
        path = b.data;
    }
    kr_buf_free(&head);
    kr_buf_free(&base);
    return path;
}

char *kr_pyc_cache_path(Thread *th, const char *source)
{
    return cache_path(th, source, false);
}

/* May krait write next to this source?  Not in a directory it cannot
 * write, nor in CPython's standard library even when it could (root). */
static bool dir_is_ours(const char *source)
{
    if (strncmp(source, STDLIB_DIR, strlen(STDLIB_DIR)) == 0)
        return false;
    const char *slash = strrchr(source, '/');
    if (!slash)
        return access(".", W_OK) == 0;
    char dir[4096];
    size_t n = (size_t)(slash - source);
    if (n >= sizeof dir)
        return false;
    memcpy(dir, source, n);
    dir[n] = 0;
    return access(n ? dir : "/", W_OK) == 0;
}

/* The file this process reads and writes for source (see the header). */
static char *own_cache_path(Thread *th, const char *source)
{
    return cache_path(th, source, !pycache_prefix(th) && !dir_is_ours(source));
}

/* ---- reading -------------------------------------------------------------- */

static uint32_t le32(const unsigned char *b)
{
    return b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

static bool newer(struct timespec a, struct timespec b)
{
    return a.tv_sec > b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec > b.tv_nsec);
}

/* The whole cache file, if it is newer than the source (stat st). */
static unsigned char *read_newer(const char *path, const struct stat *st, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat cst;
    unsigned char *data = NULL;
    if (fstat(fd, &cst) == 0 && S_ISREG(cst.st_mode) && cst.st_size >= HEADER &&
        newer(cst.st_mtim, st->st_mtim) && (data = malloc((size_t)cst.st_size))) {
        *len = (size_t)cst.st_size;
        size_t got = 0;
        ssize_t n;
        while (got < *len && (n = read(fd, data + got, *len - got)) > 0)
            got += (size_t)n;
        if (got != *len) {
            free(data);
            data = NULL;
        }
    }
    close(fd);
    return data;
}

Code *kr_pyc_decode(Thread *th, const unsigned char *data, size_t len, uint32_t mtime,
                    uint32_t size)
{
    unsigned char magic[4];
    kr_pyc_magic(magic);
    if (len < HEADER || memcmp(data, magic, 4) != 0 || le32(data + 4) != 0 ||
        le32(data + 8) != mtime || le32(data + 12) != size)
        return NULL;
    Value v = kr_mod_marshal_loads(th, data + HEADER, (int64_t)(len - HEADER));
    if (!v || !kr_is_type(v, &kr_code_type)) {
        kr_err_clear(th);           /* a damaged cache: the caller compiles */
        return NULL;
    }
    return (Code *)kr_as_obj(v);
}

Code *kr_pyc_load(Thread *th, const char *source, const struct stat *st)
{
    char *path = own_cache_path(th, source);
    size_t len;
    unsigned char *data = path ? read_newer(path, st, &len) : NULL;
    free(path);
    Code *code = data ? kr_pyc_decode(th, data, len, (uint32_t)st->st_mtime,
                                      (uint32_t)st->st_size) : NULL;
    free(data);
    Str *file = code ? kr_str_from_cstr(th, source) : NULL;
    if (!file) {
        kr_err_clear(th);
        return NULL;
    }
    kr_pyc_fix_filename(code, file);
    return code;
}

void kr_pyc_fix_filename(Code *code, Str *filename)
{
    if (kr_str_eq(code->filename, filename))
        return;
    code->filename = filename;
    for (int64_t i = 0; i < code->consts->size; i++)
        if (kr_is_type(code->consts->items[i], &kr_code_type))
            kr_pyc_fix_filename((Code *)kr_as_obj(code->consts->items[i]), filename);
}

/* ---- writing -------------------------------------------------------------- */

static bool dont_write(Thread *th)
{
    Value v = sys_attr(th, "dont_write_bytecode");
    return v && v != KR_FALSE && v != KR_NONE && v != kr_from_smallint(0);
}

/* mkdir -p of path's directory. */
static bool make_parents(char *path)
{
    for (char *p = path + 1; (p = strchr(p, '/')); p++) {
        *p = 0;
        bool ok = mkdir(path, 0777) == 0 || errno == EEXIST;
        *p = '/';
        if (!ok)
            return false;
    }
    return true;
}

/* Write data to path through a temporary file renamed into place. */
static void write_atomic(char *path, const char *data, size_t len, mode_t mode)
{
    if (!make_parents(path))
        return;
    char tmp[4200];
    if (snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid()) >= (int)sizeof tmp)
        return;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return;
    size_t done = 0;
    ssize_t n;
    while (done < len && (n = write(fd, data + done, len - done)) > 0)
        done += (size_t)n;
    if (close(fd) != 0 || done != len || rename(tmp, path) != 0)
        unlink(tmp);
}

static void put32(Buf *b, uint32_t n)
{
    unsigned char w[4] = {n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >> 24};
    kr_buf_write(b, w, 4);
}

void kr_pyc_store(Thread *th, const char *source, const struct stat *st, Code *code)
{
    if (dont_write(th))
        return;
    Buf b;
    kr_buf_init(&b);
    unsigned char magic[4];
    kr_pyc_magic(magic);
    kr_buf_write(&b, magic, 4);
    put32(&b, 0);
    put32(&b, (uint32_t)st->st_mtime);
    put32(&b, (uint32_t)st->st_size);
    char *path = NULL;
    if (kr_mod_marshal_dump_buf(th, kr_from_obj(code), &b) < 0)
        kr_err_clear(th);
    else if ((path = own_cache_path(th, source)))
        write_atomic(path, b.data, b.len, (st->st_mode | 0200) & 0666);
    free(path);
    kr_buf_free(&b);
}
