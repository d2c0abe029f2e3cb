/*
 * test_pyc.c -- the bytecode cache and code records, white-box: what the
 * program tests cannot show because python3.11 behaves otherwise.
 *
 *   - an edit in the same second that keeps the size (CPython's blind
 *     spot) makes the cache stale, because the source is newer than it;
 *   - a damaged code record is refused (its checksum), never run: every
 *     single-byte change of a marshalled module fails to load;
 *   - a count larger than the data is refused before anything is
 *     allocated for it.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compile/compile.h"
#include "core/arena.h"
#include "core/state.h"
#include "modules/marshal.h"
#include "objects/exception.h"
#include "parse/parse.h"
#include "vm/errors.h"
#include "vm/pyc.h"
#include "vm/vm.h"

static int failures;

static void check(int ok, const char *what)
{
    if (!ok) {
        printf("test_pyc: FAIL %s\n", what);
        failures++;
    }
}

static const char SOURCE[] =
    "def f(a, b=2, *c, d, **e):\n"
    "    try:\n"
    "        return [a + b + x for x in c]\n"
    "    except TypeError as exc:\n"
    "        raise ValueError(d) from exc\n"
    "class K:\n"
    "    z = (1, 2.5, 'three', b'four', 5j, None, ..., 10**30, frozenset({6}))\n"
    "V = f(1, 2, 3, d=4)\n";

static Code *compile_text(Thread *th, const char *path)
{
    Arena *arena = kr_arena_new();
    ParseResult pr = kr_parse_source(arena, SOURCE, strlen(SOURCE), true, path, PARSE_FILE);
    Code *code = NULL;
    SyntaxErr err;
    memset(&err, 0, sizeof err);
    if (!pr.mod || kr_compile_module(th, arena, pr.mod, path, SOURCE, strlen(SOURCE), &code, &err) != COMPILE_OK)
        code = NULL;
    kr_arena_free(arena);
    return code;
}

static void set_mtime(const char *path, time_t sec, long nsec)
{
    struct timespec t[2] = {{sec, nsec}, {sec, nsec}};
    check(utimensat(AT_FDCWD, path, t, 0) == 0, "utimensat");
}

/* The same-second, same-size edit: the header cannot see it, the file
 * times can. */
static void test_racy_edit(Thread *th, const char *dir)
{
    char src[512];
    snprintf(src, sizeof src, "%s/racy.py", dir);
    FILE *f = fopen(src, "w");
    check(f && fputs(SOURCE, f) >= 0 && fclose(f) == 0, "write source");
    const time_t T = 1600000000;
    set_mtime(src, T, 0);
    struct stat st;
    check(stat(src, &st) == 0, "stat source");
    Code *code = compile_text(th, src);
    check(code != NULL, "compile");
    if (!code)
        return;
    kr_pyc_store(th, src, &st, code);
    char *cache = kr_pyc_cache_path(th, src);
    struct stat cst;
    check(cache && stat(cache, &cst) == 0, "cache written");
    check(kr_pyc_load(th, src, &st) != NULL, "fresh cache loads");

    set_mtime(cache, T, 300000000);             /* cache written at T.3 */
    set_mtime(src, T, 500000000);               /* source edited at T.5 */
    check(stat(src, &st) == 0 && st.st_mtime == T, "same second");
    check(kr_pyc_load(th, src, &st) == NULL, "an edit after the cache, same second, is seen");
    set_mtime(src, T, 300000000);               /* the same tick as the cache */
    check(stat(src, &st) == 0 && kr_pyc_load(th, src, &st) == NULL, "same tick is stale");
    set_mtime(src, T, 100000000);               /* before the cache was written */
    check(stat(src, &st) == 0 && kr_pyc_load(th, src, &st) != NULL, "an older source is cached");
    check(!kr_err_occurred(th), "no exception left");
    unlink(cache);
    free(cache);
    unlink(src);
}

/* Every byte of a marshalled module changed: never a code object. */
static void test_damaged_records(Thread *th)
{
    Code *code = compile_text(th, "<damaged>");
    Buf b;
    kr_buf_init(&b);
    check(code && kr_mod_marshal_dump_buf(th, kr_from_obj(code), &b) == 0, "dump");
    check(kr_mod_marshal_loads(th, (unsigned char *)b.data, (int64_t)b.len) != 0, "intact loads");
    int loaded = 0;
    for (size_t i = 0; i < b.len; i++)
        for (int x = 1; x < 256; x <<= 1) {
            if (i == 0 && x == 0x80)
                continue;                       /* the reference flag: the same object */
            b.data[i] ^= (char)x;
            Value v = kr_mod_marshal_loads(th, (unsigned char *)b.data, (int64_t)b.len);
            if (v && kr_is_type(v, &kr_code_type))
                loaded++;
            kr_err_clear(th);
            b.data[i] ^= (char)x;
        }
    check(loaded == 0, "a damaged code record is refused");
    kr_buf_free(&b);
}

/* Huge counts with no data behind them: EOFError, at once. */
static void test_huge_counts(Thread *th)
{
    static const char *const cases[] = {"(\xff\xff\xff\x7fN", "[\xff\xff\xff\x7fN",
                                        "a\xff\xff\xff\x7fN", "l\xff\xff\xff\x7fN"};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Value v = kr_mod_marshal_loads(th, (const unsigned char *)cases[i], 6);
        check(!v && kr_err_matches(th, &kr_exc_EOFError), "huge count is EOFError");
        kr_err_clear(th);
    }
}

int main(void)
{
    Thread *th = kr_vm_new();
    char dir[] = "/tmp/krait_test_pyc_XXXXXX";
    if (!th || !mkdtemp(dir)) {
        printf("test_pyc: FAIL setup\n");
        return 1;
    }
    test_racy_edit(th, dir);
    test_damaged_records(th);
    test_huge_counts(th);
    char pycache[600];
    snprintf(pycache, sizeof pycache, "%s/__pycache__", dir);
    rmdir(pycache);
    rmdir(dir);
    if (failures)
        return 1;
    printf("test_pyc: ok\n");
    return 0;
}
