/*
 * mmap.c -- the mmap module: memory-mapped files and anonymous memory.
 *
 * An mmap object owns one mapping (data, size) and, for a file, a
 * duplicate of the caller's descriptor (so size() and resize() keep
 * working after the caller closes its file).  The mapping is outside the
 * collector's heap and holds no Values; a finalizer unmaps it and closes
 * the descriptor if the program never called close().
 *
 * The object is a mutable sequence of byte values -- m[i] is an int,
 * m[i:j] a bytes -- with a file-like position for read/write/seek.
 * ACCESS_READ maps are read-only (TypeError on any write), ACCESS_COPY
 * maps are private copy-on-write.  The map lends its memory through the
 * buffer protocol (objects/buffer.h) and counts the buffers lent: close()
 * and resize() are refused while any is out, since the memory would be
 * unmapped or moved under them.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/oserror.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

enum { ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE, ACCESS_COPY };

typedef struct Mmap {
    Obj hdr;
    unsigned char *data;     /* NULL once closed */
    size_t size, pos;
    int64_t offset;
    int fd;                  /* our duplicate; -1 for anonymous memory */
    int access, flags, prot;
    int64_t exports;         /* buffers lent and not released */
} Mmap;

static Type mmap_type;
#define SELF ((Mmap *)kr_as_obj(args[0]))

static Value os_error(Thread *th)
{
    kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
    return KR_VALUE_NULL;
}

static void unmap(Mmap *m)
{
    if (m->data)
        munmap(m->data, m->size ? m->size : 1);
    if (m->fd >= 0)
        close(m->fd);
    m->data = NULL;
    m->fd = -1;
}

static void mmap_finalize(void *obj, void *data, void *ctx) { unmap(obj); }

static int valid(Thread *th, Mmap *m)
{
    if (m->data)
        return 0;
    kr_err_set_string(th, &kr_exc_ValueError, "mmap closed or invalid");
    return -1;
}

static int writable(Thread *th, Mmap *m)
{
    if (valid(th, m) < 0)
        return -1;
    if (m->access != ACCESS_READ)
        return 0;
    kr_err_set_string(th, &kr_exc_TypeError, "mmap can't modify a readonly memory map.");
    return -1;
}

static int ssize_arg(Thread *th, Value v, int64_t *out) { return kr_libutil_as_ssize(th, v, out); }

/* ---- creation ------------------------------------------------------------------------ */

/* Check the (flags, prot, access) combination and derive the missing ones. */
static int resolve_access(Thread *th, int64_t *flags, int64_t *prot, int64_t access, bool given)
{
    if (given && access != ACCESS_DEFAULT) {
        kr_err_set_string(th, &kr_exc_ValueError, "mmap can't specify both access and flags, prot.");
        return -1;
    }
    switch (access) {
    case ACCESS_READ: *flags = MAP_SHARED; *prot = PROT_READ; return 0;
    case ACCESS_WRITE: *flags = MAP_SHARED; *prot = PROT_READ | PROT_WRITE; return 0;
    case ACCESS_COPY: *flags = MAP_PRIVATE; *prot = PROT_READ | PROT_WRITE; return 0;
    case ACCESS_DEFAULT: return 0;
    }
    kr_err_set_string(th, &kr_exc_ValueError, "mmap invalid access parameter.");
    return -1;
}

/* The length to map for a regular file (0 means "to the end"). */
static int file_length(Thread *th, int fd, int64_t offset, int64_t *len)
{
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))
        return 0;
    if (*len == 0) {
        if (st.st_size == 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "cannot mmap an empty file");
            return -1;
        }
        if (offset >= st.st_size) {
            kr_err_set_string(th, &kr_exc_ValueError, "mmap offset is greater than file size");
            return -1;
        }
        *len = st.st_size - offset;
    } else if (offset > st.st_size || st.st_size - offset < *len) {
        kr_err_set_string(th, &kr_exc_ValueError, "mmap length is greater than file size");
        return -1;
    }
    return 0;
}

/* mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT, offset=0) */
static Value mmap_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"fileno", "length", "flags", "prot", "access", "offset", NULL};
    Value a[6];
    int64_t fd, len, flags = MAP_SHARED, prot = PROT_READ | PROT_WRITE, access = ACCESS_DEFAULT, off = 0;
    if (kr_libutil_parse(th, "mmap", args, nargs, kw, names, 0, 2, a) < 0 ||
        ssize_arg(th, a[0], &fd) < 0 || ssize_arg(th, a[1], &len) < 0 ||
        (a[2] && ssize_arg(th, a[2], &flags) < 0) || (a[3] && ssize_arg(th, a[3], &prot) < 0) ||
        (a[4] && ssize_arg(th, a[4], &access) < 0) || (a[5] && ssize_arg(th, a[5], &off) < 0))
        return KR_VALUE_NULL;
    if (len < 0) {
        kr_err_set_string(th, &kr_exc_OverflowError, "memory mapped length must be positive");
        return KR_VALUE_NULL;
    }
    if (off < 0) {
        kr_err_set_string(th, &kr_exc_OverflowError, "memory mapped offset must be positive");
        return KR_VALUE_NULL;
    }
    bool given = flags != MAP_SHARED || prot != (PROT_READ | PROT_WRITE);
    if (resolve_access(th, &flags, &prot, access, given) < 0)
        return KR_VALUE_NULL;
    if (access == ACCESS_DEFAULT && !((prot & PROT_READ) && (prot & PROT_WRITE)))
        access = prot & PROT_WRITE ? ACCESS_WRITE : ACCESS_READ;
    int mfd = -1;
    if (fd != -1) {
        if (file_length(th, (int)fd, off, &len) < 0)
            return KR_VALUE_NULL;
        if ((mfd = fcntl(fd, F_DUPFD_CLOEXEC, 0)) < 0)
            return os_error(th);
    } else {
        flags |= MAP_ANONYMOUS;
    }
    void *p = mmap(NULL, (size_t)len, (int)prot, (int)flags, mfd, off);
    if (p == MAP_FAILED) {
        int e = errno;
        if (mfd >= 0)
            close(mfd);
        errno = e;
        return os_error(th);
    }
    Mmap *m = kr_libutil_alloc(th, t);
    if (!m) {
        munmap(p, (size_t)len);
        if (mfd >= 0)
            close(mfd);
        return KR_VALUE_NULL;
    }
    *m = (Mmap){m->hdr, p, (size_t)len, 0, off, mfd, (int)access, (int)flags, (int)prot, 0};
    kr_gc_add_finalizer(m, mmap_finalize, NULL);
    return kr_from_obj(m);
}

/* ---- the sequence protocol --------------------------------------------------------------- */

static int mmap_len(Thread *th, Value v, int64_t *n)
{
    Mmap *m = (Mmap *)kr_as_obj(v);
    if (valid(th, m) < 0)
        return -1;
    *n = (int64_t)m->size;
    return 0;
}

static int index_of(Thread *th, Mmap *m, Value key, int64_t *i)
{
    if (ssize_arg(th, key, i) < 0)
        return -1;
    if (*i < 0)
        *i += (int64_t)m->size;
    if (*i < 0 || *i >= (int64_t)m->size) {
        kr_err_set_string(th, &kr_exc_IndexError, "mmap index out of range");
        return -1;
    }
    return 0;
}

static Value mmap_getitem(Thread *th, Value v, Value key)
{
    Mmap *m = (Mmap *)kr_as_obj(v);
    if (valid(th, m) < 0)
        return KR_VALUE_NULL;
    if (kr_is_type(key, &kr_slice_type)) {
        int64_t start, stop, step, n;
        if (kr_slice_indices(th, key, (int64_t)m->size, &start, &stop, &step, &n) < 0)
            return KR_VALUE_NULL;
        if (step == 1)
            return kr_bytes_value(kr_bytes_new(th, m->data + start, n));
        Bytes *b = kr_bytes_alloc(th, n);
        for (int64_t i = 0; b && i < n; i++)
            b->data[i] = m->data[start + i * step];
        return kr_bytes_value(b);
    }
    if (!kr_is_int(key) && !kr_type_of(key)->index) {
        kr_err_set_string(th, &kr_exc_TypeError, "mmap indices must be integers");
        return KR_VALUE_NULL;
    }
    int64_t i;
    return index_of(th, m, key, &i) < 0 ? KR_VALUE_NULL : kr_from_smallint(m->data[i]);
}

static int mmap_setitem(Thread *th, Value v, Value key, Value value)
{
    Mmap *m = (Mmap *)kr_as_obj(v);
    if (writable(th, m) < 0)
        return -1;
    if (!value) {
        kr_err_set_string(th, &kr_exc_TypeError, "mmap doesn't support item deletion");
        return -1;
    }
    if (kr_is_type(key, &kr_slice_type)) {
        int64_t start, stop, step, n, len;
        const unsigned char *d;
        if (kr_slice_indices(th, key, (int64_t)m->size, &start, &stop, &step, &n) < 0 ||
            kr_bytes_view(th, value, &d, &len) < 0)
            return -1;
        if (len != n) {
            kr_err_set_string(th, &kr_exc_IndexError, "mmap slice assignment is wrong size");
            return -1;
        }
        for (int64_t i = 0; i < n; i++)
            m->data[start + i * step] = d[i];
        return 0;
    }
    int64_t i, x;
    if (index_of(th, m, key, &i) < 0)
        return -1;
    if (!kr_is_int(value)) {
        kr_err_set_string(th, &kr_exc_TypeError, "mmap item value must be an int");
        return -1;
    }
    if (kr_is_bigint(value) || kr_int_as_i64(th, value, &x) < 0 || x < 0 || x > 255) {
        kr_err_clear(th);
        kr_err_set_string(th, &kr_exc_ValueError, "mmap item value must be in range(0, 256)");
        return -1;
    }
    m->data[i] = (unsigned char)x;
    return 0;
}

/* iter(m) yields one-byte bytes, as CPython's sequence protocol does. */
typedef struct MmapIter {
    Obj hdr;
    Mmap *m;
    size_t i;
} MmapIter;

static Type mmap_iter_type;

static Value mmap_iter(Thread *th, Value v)
{
    Mmap *m = (Mmap *)kr_as_obj(v);
    if (valid(th, m) < 0)
        return KR_VALUE_NULL;
    MmapIter *it = kr_libutil_alloc(th, &mmap_iter_type);
    if (!it)
        return KR_VALUE_NULL;
    it->m = m;
    return kr_from_obj(it);
}

static Value mmap_iter_next(Thread *th, Value v)
{
    MmapIter *it = (MmapIter *)kr_as_obj(v);
    if (!it->m->data || it->i >= it->m->size)
        return KR_VALUE_NULL;
    return kr_bytes_value(kr_bytes_new(th, it->m->data + it->i++, 1));
}

static Type mmap_iter_type = {
    .hdr = {&kr_type_type}, .name = "mmap_iterator", .size = sizeof(MmapIter),
    .iter = kr_libutil_iter_self, .next = mmap_iter_next,
};

/* ---- file-like methods ------------------------------------------------------------------- */

static size_t remaining(Mmap *m) { return m->pos < m->size ? m->size - m->pos : 0; }

KR_LIB_FUNC(mmap_close)
{
    if (SELF->exports > 0 &&
        kr_buffer_exports_busy(th, &SELF->exports, "cannot close exported pointers exist") < 0)
        return KR_VALUE_NULL;
    unmap(SELF);
    return KR_NONE;
}

/* read([n]) -- n None or negative: to the end */
KR_LIB_FUNC(mmap_read)
{
    Mmap *m = SELF;
    int64_t n = -1;
    if (kr_libutil_no_keywords(th, "read", kw) < 0 ||
        kr_libutil_check_positional(th, "read", nargs - 1, 0, 1) < 0 || valid(th, m) < 0 ||
        (nargs > 1 && args[1] != KR_NONE && ssize_arg(th, args[1], &n) < 0))
        return KR_VALUE_NULL;
    size_t left = remaining(m);
    size_t take = n < 0 || (size_t)n > left ? left : (size_t)n;
    Bytes *b = kr_bytes_new(th, m->data + m->pos, (int64_t)take);
    if (b)
        m->pos += take;
    return kr_bytes_value(b);
}

KR_LIB_FUNC(mmap_read_byte)
{
    Mmap *m = SELF;
    if (valid(th, m) < 0)
        return KR_VALUE_NULL;
    if (m->pos >= m->size) {
        kr_err_set_string(th, &kr_exc_ValueError, "read byte out of range");
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(m->data[m->pos++]);
}

KR_LIB_FUNC(mmap_readline)
{
    Mmap *m = SELF;
    if (valid(th, m) < 0)
        return KR_VALUE_NULL;
    size_t left = remaining(m);
    unsigned char *nl = memchr(m->data + m->pos, '\n', left);
    size_t take = nl ? (size_t)(nl - (m->data + m->pos)) + 1 : left;
    Bytes *b = kr_bytes_new(th, m->data + m->pos, (int64_t)take);
    if (b)
        m->pos += take;
    return kr_bytes_value(b);
}

KR_LIB_FUNC(mmap_write)
{
    Mmap *m = SELF;
    const unsigned char *d;
    int64_t n;
    if (kr_libutil_check_positional(th, "write", nargs - 1, 1, 1) < 0 || writable(th, m) < 0 ||
        kr_bytes_view(th, args[1], &d, &n) < 0)
        return KR_VALUE_NULL;
    if ((size_t)n > remaining(m)) {
        kr_err_set_string(th, &kr_exc_ValueError, "data out of range");
        return KR_VALUE_NULL;
    }
    memcpy(m->data + m->pos, d, (size_t)n);
    m->pos += (size_t)n;
    return kr_from_smallint(n);
}

KR_LIB_FUNC(mmap_write_byte)
{
    Mmap *m = SELF;
    int64_t x;
    if (kr_libutil_check_positional(th, "write_byte", nargs - 1, 1, 1) < 0 ||
        ssize_arg(th, args[1], &x) < 0 || writable(th, m) < 0)
        return KR_VALUE_NULL;
    if (x < 0 || x > 255) {
        kr_err_set_string(th, &kr_exc_OverflowError,
                          x < 0 ? "unsigned byte integer is less than minimum"
                                : "unsigned byte integer is greater than maximum");
        return KR_VALUE_NULL;
    }
    if (m->pos >= m->size) {
        kr_err_set_string(th, &kr_exc_ValueError, "write byte out of range");
        return KR_VALUE_NULL;
    }
    m->data[m->pos++] = (unsigned char)x;
    return KR_NONE;
}

/* seek(pos, whence=0) */
KR_LIB_FUNC(mmap_seek)
{
    Mmap *m = SELF;
    int64_t dist, how = 0, where;
    if (kr_libutil_check_positional(th, "seek", nargs - 1, 1, 2) < 0 || ssize_arg(th, args[1], &dist) < 0 ||
        (nargs > 2 && ssize_arg(th, args[2], &how) < 0) || valid(th, m) < 0)
        return KR_VALUE_NULL;
    switch (how) {
    case 0: where = dist; break;
    case 1: where = (int64_t)m->pos + dist; break;
    case 2: where = (int64_t)m->size + dist; break;
    default:
        kr_err_set_string(th, &kr_exc_ValueError, "unknown seek type");
        return KR_VALUE_NULL;
    }
    if (where < 0 || where > (int64_t)m->size) {
        kr_err_set_string(th, &kr_exc_ValueError, "seek out of range");
        return KR_VALUE_NULL;
    }
    m->pos = (size_t)where;
    return KR_NONE;
}

KR_LIB_FUNC(mmap_tell)
{
    return valid(th, SELF) < 0 ? KR_VALUE_NULL : kr_int_from_i64(th, (int64_t)SELF->pos);
}

/* size(): the size of the file (not of the mapping). */
KR_LIB_FUNC(mmap_size)
{
    struct stat st;
    if (valid(th, SELF) < 0)
        return KR_VALUE_NULL;
    if (SELF->fd < 0) {
        errno = EBADF;
        return os_error(th);
    }
    return fstat(SELF->fd, &st) < 0 ? os_error(th) : kr_int_from_i64(th, st.st_size);
}

/* find/rfind(sub[, start[, end]]): slice-style bounds. */
static Value search(Thread *th, const Value *args, size_t nargs, const char *name, bool reverse)
{
    Mmap *m = SELF;
    const unsigned char *d;
    int64_t n, size = (int64_t)m->size, start = (int64_t)m->pos, end = size;
    if (kr_libutil_check_positional(th, name, nargs - 1, 1, 3) < 0 || valid(th, m) < 0 ||
        kr_bytes_view(th, args[1], &d, &n) < 0 ||
        (nargs > 2 && args[2] != KR_NONE && ssize_arg(th, args[2], &start) < 0) ||
        (nargs > 3 && args[3] != KR_NONE && ssize_arg(th, args[3], &end) < 0))
        return KR_VALUE_NULL;
    if (start < 0 && (start += size) < 0)
        start = 0;
    else if (start > size)
        start = size;
    if (end < 0 && (end += size) < 0)
        end = 0;
    else if (end > size)
        end = size;
    if (reverse) {
        for (int64_t i = end - n; i >= start; i--)
            if (!memcmp(m->data + i, d, (size_t)n))
                return kr_from_smallint(i);
        return kr_from_smallint(-1);
    }
    return kr_from_smallint(kr_bytes_find(m->data, start, end, d, n));
}

KR_LIB_FUNC(mmap_find) { return search(th, args, nargs, "find", false); }
KR_LIB_FUNC(mmap_rfind) { return search(th, args, nargs, "rfind", true); }

/* flush([offset[, size]]) */
KR_LIB_FUNC(mmap_flush)
{
    Mmap *m = SELF;
    int64_t off = 0, n = (int64_t)m->size;
    if (kr_libutil_check_positional(th, "flush", nargs - 1, 0, 2) < 0 ||
        (nargs > 1 && ssize_arg(th, args[1], &off) < 0) || (nargs > 2 && ssize_arg(th, args[2], &n) < 0) ||
        valid(th, m) < 0)
        return KR_VALUE_NULL;
    if (n < 0 || off < 0 || (int64_t)m->size - off < n) {
        kr_err_set_string(th, &kr_exc_ValueError, "flush values out of range");
        return KR_VALUE_NULL;
    }
    if (m->access == ACCESS_READ || m->access == ACCESS_COPY)
        return KR_NONE;
    return msync(m->data + off, (size_t)n, MS_SYNC) < 0 ? os_error(th) : KR_NONE;
}

/* move(dest, src, count) */
KR_LIB_FUNC(mmap_move)
{
    Mmap *m = SELF;
    int64_t dest, src, cnt;
    if (kr_libutil_check_positional(th, "move", nargs - 1, 3, 3) < 0 || ssize_arg(th, args[1], &dest) < 0 ||
        ssize_arg(th, args[2], &src) < 0 || ssize_arg(th, args[3], &cnt) < 0 || writable(th, m) < 0)
        return KR_VALUE_NULL;
    int64_t size = (int64_t)m->size;
    if (dest < 0 || src < 0 || cnt < 0 || size - dest < cnt || size - src < cnt) {
        kr_err_set_string(th, &kr_exc_ValueError, "source, destination, or count out of range");
        return KR_VALUE_NULL;
    }
    memmove(m->data + dest, m->data + src, (size_t)cnt);
    return KR_NONE;
}

KR_LIB_FUNC(mmap_resize)
{
    Mmap *m = SELF;
    int64_t n;
    if (kr_libutil_check_positional(th, "resize", nargs - 1, 1, 1) < 0 || ssize_arg(th, args[1], &n) < 0 ||
        valid(th, m) < 0)
        return KR_VALUE_NULL;
    if (m->exports > 0 &&
        kr_buffer_exports_busy(th, &m->exports, "mmap can't resize with extant buffers exported.") < 0)
        return KR_VALUE_NULL;
    if (m->access != ACCESS_WRITE && m->access != ACCESS_DEFAULT) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "mmap can't resize a readonly or copy-on-write memory map.");
        return KR_VALUE_NULL;
    }
    if (n < 0 || n > INT64_MAX - m->offset) {
        kr_err_set_string(th, &kr_exc_ValueError, "new size out of range");
        return KR_VALUE_NULL;
    }
    if (m->fd >= 0 && ftruncate(m->fd, m->offset + n) < 0)
        return os_error(th);
    void *p = mremap(m->data, m->size, (size_t)n, MREMAP_MAYMOVE);
    if (p == MAP_FAILED)
        return os_error(th);
    m->data = p;
    m->size = (size_t)n;
    if (m->pos > m->size)
        m->pos = m->size;
    return KR_NONE;
}

/* madvise(option[, start[, length]]) */
KR_LIB_FUNC(mmap_madvise)
{
    Mmap *m = SELF;
    int64_t opt, start = 0, len;
    if (kr_libutil_check_positional(th, "madvise", nargs - 1, 1, 3) < 0 || valid(th, m) < 0 ||
        ssize_arg(th, args[1], &opt) < 0 || (nargs > 2 && ssize_arg(th, args[2], &start) < 0))
        return KR_VALUE_NULL;
    len = (int64_t)m->size - start;
    if (nargs > 3 && ssize_arg(th, args[3], &len) < 0)
        return KR_VALUE_NULL;
    if (start < 0 || start >= (int64_t)m->size) {
        kr_err_set_string(th, &kr_exc_ValueError, "madvise start out of bounds");
        return KR_VALUE_NULL;
    }
    if (len < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "madvise length invalid");
        return KR_VALUE_NULL;
    }
    if (len > (int64_t)m->size - start)
        len = (int64_t)m->size - start;
    return madvise(m->data + start, (size_t)len, (int)opt) < 0 ? os_error(th) : KR_NONE;
}

/* bytes(m): krait's stand-in for the buffer protocol CPython's bytes()
 * reads a mapping through (not a method CPython's mmap has). */
KR_LIB_FUNC(mmap_bytes)
{
    Mmap *m = SELF;
    if (valid(th, m) < 0)
        return KR_VALUE_NULL;
    return kr_bytes_value(kr_bytes_new(th, m->data, (int64_t)m->size));
}

KR_LIB_FUNC(mmap_enter) { return valid(th, SELF) < 0 ? KR_VALUE_NULL : args[0]; }
KR_LIB_FUNC(mmap_exit) { return mmap_close(th, self, args, 1, NULL); }

static Value mmap_closed(Thread *th, Value v) { return kr_from_bool(!((Mmap *)kr_as_obj(v))->data); }

static Value mmap_repr(Thread *th, Value v)
{
    static const char *const modes[] = {"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"};
    Mmap *m = (Mmap *)kr_as_obj(v);
    char buf[200];
    if (!m->data)
        snprintf(buf, sizeof buf, "<mmap.mmap closed=True>");
    else
        snprintf(buf, sizeof buf, "<mmap.mmap closed=False, access=%s, length=%zu, pos=%zu, offset=%lld>",
                 modes[m->access], m->size, m->pos, (long long)m->offset);
    Str *s = kr_str_from_cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static const MethodDef mmap_methods[] = {
    {"close", mmap_close, "($self, /)", NULL, 0},
    {"find", mmap_find, NULL, NULL, 0},
    {"rfind", mmap_rfind, NULL, NULL, 0},
    {"flush", mmap_flush, NULL, NULL, 0},
    {"madvise", mmap_madvise, NULL, NULL, 0},
    {"move", mmap_move, NULL, NULL, 0},
    {"read", mmap_read, NULL, NULL, 0},
    {"read_byte", mmap_read_byte, NULL, NULL, 0},
    {"readline", mmap_readline, NULL, NULL, 0},
    {"resize", mmap_resize, NULL, NULL, 0},
    {"seek", mmap_seek, NULL, NULL, 0},
    {"size", mmap_size, NULL, NULL, 0},
    {"tell", mmap_tell, NULL, NULL, 0},
    {"write", mmap_write, NULL, NULL, 0},
    {"write_byte", mmap_write_byte, NULL, NULL, 0},
    {"__bytes__", mmap_bytes, "($self, /)", NULL, 0},
    {"__enter__", mmap_enter, "($self, /)", NULL, 0},
    {"__exit__", mmap_exit, "($self, /, *args)", NULL, 0},
    {0},
};

static const MemberDef mmap_members[] = {
    {"closed", 0, mmap_closed, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

/* The buffer protocol (helper "array"): ACCESS_READ maps lend read-only. */
static int mmap_getbuffer(Thread *th, Value obj, Buffer *view, int flags)
{
    Mmap *m = (Mmap *)kr_as_obj(obj);
    if (valid(th, m) < 0 ||
        kr_buffer_fill(th, view, obj, m->data, (int64_t)m->size, m->access == ACCESS_READ, flags) < 0)
        return -1;
    m->exports++;
    return 0;
}

static void mmap_releasebuffer(Value obj, Buffer *view) { ((Mmap *)kr_as_obj(obj))->exports--; }

static const BufferProcs mmap_buffer_procs = {mmap_getbuffer, mmap_releasebuffer};

static Type mmap_type = {
    .hdr = {&kr_type_type}, .name = "mmap.mmap", .size = sizeof(Mmap), .flags = KR_TYPE_BASETYPE,
    .new_ = mmap_new, .repr = mmap_repr, .len = mmap_len, .getitem = mmap_getitem,
    .setitem = mmap_setitem, .iter = mmap_iter, .methods = mmap_methods, .members = mmap_members,
    .as_buffer = &mmap_buffer_procs,
};

#define C(name) {#name, name}
static const struct { const char *name; long value; } mmap_constants[] = {
    C(PROT_EXEC), C(PROT_READ), C(PROT_WRITE), C(MAP_SHARED), C(MAP_PRIVATE), C(MAP_ANON),
    C(MAP_ANONYMOUS), C(MAP_DENYWRITE), C(MAP_EXECUTABLE), C(MAP_POPULATE), C(MAP_STACK),
    C(ACCESS_DEFAULT), C(ACCESS_READ), C(ACCESS_WRITE), C(ACCESS_COPY),
    C(MADV_NORMAL), C(MADV_RANDOM), C(MADV_SEQUENTIAL), C(MADV_WILLNEED), C(MADV_DONTNEED),
    C(MADV_REMOVE), C(MADV_DONTFORK), C(MADV_DOFORK), C(MADV_HWPOISON), C(MADV_MERGEABLE),
    C(MADV_UNMERGEABLE), C(MADV_HUGEPAGE), C(MADV_NOHUGEPAGE), C(MADV_DONTDUMP),
    C(MADV_DODUMP), C(MADV_FREE),
};
#undef C

int kr_mod_mmap_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "mmap", NULL);
    long page = sysconf(_SC_PAGESIZE);
    if (!m || kr_libutil_add_type(th, m, &mmap_type) < 0 || kr_type_ready(th, &mmap_iter_type) < 0 ||
        kr_libutil_add_value(th, m, "error", kr_from_obj(&kr_exc_OSError)) < 0 ||
        kr_libutil_add_value(th, m, "PAGESIZE", kr_from_smallint(page)) < 0 ||
        kr_libutil_add_value(th, m, "ALLOCATIONGRANULARITY", kr_from_smallint(page)) < 0)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(mmap_constants); i++)
        if (kr_libutil_add_value(th, m, mmap_constants[i].name, kr_from_smallint(mmap_constants[i].value)) < 0)
            return -1;
    return 0;
}
