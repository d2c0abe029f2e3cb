/*
 * _stat.c -- the _stat module: the S_IS* tests, S_IMODE/S_IFMT, filemode
 * and the stat constants, with Linux's values (stat.py imports them all
 * with `from _stat import *`).
 *
 * A mode argument converts as CPython's _PyLong_AsMode: an int (no
 * __index__) that fits in 32 unsigned bits.
 */
#include <stdio.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/errors.h"

enum {
    IFMT = 0170000, IFSOCK = 0140000, IFLNK = 0120000, IFREG = 0100000, IFBLK = 0060000,
    IFDIR = 0040000, IFCHR = 0020000, IFIFO = 0010000,
    ISUID = 04000, ISGID = 02000, ISVTX = 01000,
};

static int mode_arg(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                    uint32_t *mode)
{
    char qualified[32];
    snprintf(qualified, sizeof qualified, "_stat.%s", name);
    if (kr_libutil_no_keywords(th, qualified, kw) < 0 ||
        kr_call_check_args(th, qualified, nargs, 1, 1, NULL) < 0)
        return -1;
    if (!kr_is_int(args[0])) {
        kr_err_set_string(th, &kr_exc_TypeError, "an integer is required");
        return -1;
    }
    if (kr_int_sign(args[0]) < 0) {
        kr_err_set_string(th, &kr_exc_OverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    int64_t v;
    if (kr_is_bigint(args[0]) || kr_int_as_i64(th, args[0], &v) < 0 || v > UINT32_MAX) {
        kr_err_clear(th);
        kr_err_set_string(th, &kr_exc_OverflowError, "mode out of range");
        return -1;
    }
    *mode = (uint32_t)v;
    return 0;
}

#define S_TEST(name, kind)                                                              \
    KR_LIB_FUNC(stat_##name)                                                            \
    {                                                                                   \
        uint32_t m;                                                                     \
        if (mode_arg(th, #name, args, nargs, kw, &m) < 0)                               \
            return KR_VALUE_NULL;                                                       \
        return kr_from_bool(kind != 0 && (m & IFMT) == (uint32_t)kind);                 \
    }
S_TEST(S_ISDIR, IFDIR)
S_TEST(S_ISCHR, IFCHR)
S_TEST(S_ISBLK, IFBLK)
S_TEST(S_ISREG, IFREG)
S_TEST(S_ISFIFO, IFIFO)
S_TEST(S_ISLNK, IFLNK)
S_TEST(S_ISSOCK, IFSOCK)
S_TEST(S_ISDOOR, 0)
S_TEST(S_ISPORT, 0)
S_TEST(S_ISWHT, 0)

KR_LIB_FUNC(stat_S_IMODE)
{
    uint32_t m;
    return mode_arg(th, "S_IMODE", args, nargs, kw, &m) < 0 ? KR_VALUE_NULL
                                                          : kr_from_smallint(m & 07777);
}

KR_LIB_FUNC(stat_S_IFMT)
{
    uint32_t m;
    return mode_arg(th, "S_IFMT", args, nargs, kw, &m) < 0 ? KR_VALUE_NULL
                                                         : kr_from_smallint(m & IFMT);
}

static char type_char(uint32_t m)
{
    switch (m & IFMT) {
    case IFREG: return '-';
    case IFDIR: return 'd';
    case IFLNK: return 'l';
    case IFCHR: return 'c';
    case IFBLK: return 'b';
    case IFIFO: return 'p';
    case IFSOCK: return 's';
    default: return '?';
    }
}

/* The execute position: x, or the special bit's letter (lower case when
 * also executable). */
static char exec_char(uint32_t m, uint32_t x, uint32_t special, char letter)
{
    if (m & special)
        return m & x ? letter : (char)(letter - 'a' + 'A');
    return m & x ? 'x' : '-';
}

KR_LIB_FUNC(stat_filemode)
{
    uint32_t m;
    if (mode_arg(th, "filemode", args, nargs, kw, &m) < 0)
        return KR_VALUE_NULL;
    char s[10] = {
        type_char(m),
        m & 0400 ? 'r' : '-', m & 0200 ? 'w' : '-', exec_char(m, 0100, ISUID, 's'),
        m & 040 ? 'r' : '-', m & 020 ? 'w' : '-', exec_char(m, 010, ISGID, 's'),
        m & 04 ? 'r' : '-', m & 02 ? 'w' : '-', exec_char(m, 01, ISVTX, 't'),
    };
    Str *r = kr_str_from_utf8(th, s, 10);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static const MethodDef stat_functions[] = {
    {"S_ISDIR", stat_S_ISDIR, "($module, mode, /)", NULL, 0},
    {"S_ISCHR", stat_S_ISCHR, "($module, mode, /)", NULL, 0},
    {"S_ISBLK", stat_S_ISBLK, "($module, mode, /)", NULL, 0},
    {"S_ISREG", stat_S_ISREG, "($module, mode, /)", NULL, 0},
    {"S_ISFIFO", stat_S_ISFIFO, "($module, mode, /)", NULL, 0},
    {"S_ISLNK", stat_S_ISLNK, "($module, mode, /)", NULL, 0},
    {"S_ISSOCK", stat_S_ISSOCK, "($module, mode, /)", NULL, 0},
    {"S_ISDOOR", stat_S_ISDOOR, "($module, mode, /)", NULL, 0},
    {"S_ISPORT", stat_S_ISPORT, "($module, mode, /)", NULL, 0},
    {"S_ISWHT", stat_S_ISWHT, "($module, mode, /)", NULL, 0},
    {"S_IMODE", stat_S_IMODE, "($module, mode, /)", NULL, 0},
    {"S_IFMT", stat_S_IFMT, "($module, mode, /)", NULL, 0},
    {"filemode", stat_filemode, "($module, mode, /)", NULL, 0},
    {0},
};

static const struct { const char *name; int value; } stat_constants[] = {
    {"SF_APPEND", 262144}, {"SF_ARCHIVED", 65536}, {"SF_IMMUTABLE", 131072},
    {"SF_NOUNLINK", 1048576}, {"SF_SNAPSHOT", 2097152},
    {"ST_MODE", 0}, {"ST_INO", 1}, {"ST_DEV", 2}, {"ST_NLINK", 3}, {"ST_UID", 4}, {"ST_GID", 5},
    {"ST_SIZE", 6}, {"ST_ATIME", 7}, {"ST_MTIME", 8}, {"ST_CTIME", 9},
    {"S_ENFMT", ISGID}, {"S_IEXEC", 0100}, {"S_IFBLK", IFBLK}, {"S_IFCHR", IFCHR},
    {"S_IFDIR", IFDIR}, {"S_IFDOOR", 0}, {"S_IFIFO", IFIFO}, {"S_IFLNK", IFLNK},
    {"S_IFPORT", 0}, {"S_IFREG", IFREG}, {"S_IFSOCK", IFSOCK}, {"S_IFWHT", 0},
    {"S_IREAD", 0400}, {"S_IRGRP", 040}, {"S_IROTH", 04}, {"S_IRUSR", 0400},
    {"S_IRWXG", 070}, {"S_IRWXO", 07}, {"S_IRWXU", 0700}, {"S_ISGID", ISGID},
    {"S_ISUID", ISUID}, {"S_ISVTX", ISVTX}, {"S_IWGRP", 020}, {"S_IWOTH", 02},
    {"S_IWRITE", 0200}, {"S_IWUSR", 0200}, {"S_IXGRP", 010}, {"S_IXOTH", 01},
    {"S_IXUSR", 0100}, {"UF_APPEND", 4}, {"UF_COMPRESSED", 32}, {"UF_HIDDEN", 32768},
    {"UF_IMMUTABLE", 2}, {"UF_NODUMP", 1}, {"UF_NOUNLINK", 16}, {"UF_OPAQUE", 8},
};

int kr_mod__stat_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_stat", stat_functions);
    if (!m)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(stat_constants); i++)
        if (kr_libutil_add_value(th, m, stat_constants[i].name,
                                 kr_from_smallint(stat_constants[i].value)) < 0)
            return -1;
    return 0;
}
