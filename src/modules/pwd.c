/*
 * pwd.c -- the pwd and grp modules: the password and group databases as
 * struct sequences (pwd.struct_passwd, grp.struct_group), what
 * getpass.getuser(), os.path.expanduser, shutil.chown and
 * pathlib.Path.owner()/group() look names up with.
 *
 * The reentrant getpw*_r/getgr*_r calls fill a caller buffer that grows
 * on ERANGE; enumeration (getpwall/getgrall) uses the classic iterators,
 * which are fine in krait's one-thread world.  Names are decoded as the
 * file system's (UTF-8 with surrogateescape), as CPython's
 * PyUnicode_DecodeFSDefault.
 */
#include <errno.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/buf.h"
#include "modules/libutil.h"
#include "modules/modules.h"
#include "modules/posix.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "vm/errors.h"

static Type passwd_type, group_type;

static const char *const passwd_fields[] = {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos",
                                            "pw_dir", "pw_shell", NULL};
static const StructSeqDesc passwd_desc = {"pwd.struct_passwd", passwd_fields, 7, true};
static const char *const group_fields[] = {"gr_name", "gr_passwd", "gr_gid", "gr_mem", NULL};
static const StructSeqDesc group_desc = {"grp.struct_group", group_fields, 4, true};

static Value fs_str(Thread *th, const char *s)
{
    return kr_posix_name(th, s ? s : "", s ? strlen(s) : 0, false);
}

static Value passwd_value(Thread *th, const struct passwd *p)
{
    Value v[7] = {fs_str(th, p->pw_name), fs_str(th, p->pw_passwd), kr_int_from_i64(th, p->pw_uid),
                  kr_int_from_i64(th, p->pw_gid), fs_str(th, p->pw_gecos), fs_str(th, p->pw_dir),
                  fs_str(th, p->pw_shell)};
    for (int i = 0; i < 7; i++)
        if (!v[i])
            return KR_VALUE_NULL;
    return kr_structseq_new(th, &passwd_type, v);
}

static Value group_value(Thread *th, const struct group *g)
{
    List *mem = kr_list_new(th, 0);
    for (char **m = g->gr_mem; mem && m && *m; m++) {
        Value s = fs_str(th, *m);
        if (!s || kr_list_append(th, mem, s) < 0)
            return KR_VALUE_NULL;
    }
    Value v[4] = {fs_str(th, g->gr_name), fs_str(th, g->gr_passwd), kr_int_from_i64(th, g->gr_gid),
                  mem ? kr_from_obj(mem) : KR_VALUE_NULL};
    for (int i = 0; i < 4; i++)
        if (!v[i])
            return KR_VALUE_NULL;
    return kr_structseq_new(th, &group_type, v);
}

/* A uid/gid argument: "uid should be integer, not str"; a value outside
 * the id range is simply not found (CPython's _Py_Uid_Converter). */
static int id_arg(Thread *th, Value v, const char *what, int64_t *out, bool *fits)
{
    if (!kr_is_int(v) && !kr_type_of(v)->index) {
        kr_err_format(th, &kr_exc_TypeError, "%s should be integer, not %T", what, v);
        return -1;
    }
    Value i = kr_object_index(th, v);
    if (!i)
        return -1;
    *fits = !kr_is_bigint(i) && kr_int_as_i64(th, i, out) == 0 && *out >= 0 && *out < UINT_MAX;
    kr_err_clear(th);
    return 0;
}

/* A name argument: str only, decoded to bytes for the C call. */
static const char *name_arg(Thread *th, const char *fn, const char *label, Value v)
{
    size_t n;
    if (!kr_str_check(v)) {
        kr_err_format(th, &kr_exc_TypeError, "%s() argument %smust be str, not %T", fn, label, v);
        return NULL;
    }
    const char *s = kr_str_utf8(th, kr_as_str(v), &n);
    if (s && strlen(s) != n) {
        kr_err_set_string(th, &kr_exc_ValueError, "embedded null character");
        return NULL;
    }
    return s;
}


/* A buffer for the _r calls, doubled while they report ERANGE. */
typedef struct LookupBuf {
    char *data;
    size_t size;
} LookupBuf;

static bool grow(LookupBuf *b, int err)
{
    if (err != ERANGE || b->size > (1u << 24))
        return false;
    b->size = b->size ? b->size * 2 : 1024;
    b->data = kr_gc_alloc_atomic(b->size);
    return b->data != NULL;
}


static Value key_error_fmt(Thread *th, const char *prefix, Value detail)
{
    Value r = detail ? kr_object_repr(th, detail) : KR_VALUE_NULL;
    if (detail && !r)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, prefix);
    if (r)
        kr_str_to_buf(&b, kr_as_str(r));
    Value msg = kr_libutil_buf_value(th, &b);
    if (msg)
        kr_err_set_object(th, &kr_exc_KeyError, msg);
    return KR_VALUE_NULL;
}

/* ---- pwd ---------------------------------------------------------------------------- */

KR_LIB_FUNC(pwd_getpwuid)
{
    int64_t uid;
    bool fits;
    if (kr_libutil_no_keywords(th, "getpwuid", kw) < 0 ||
        kr_libutil_check_positional(th, "getpwuid", nargs, 1, 1) < 0 ||
        id_arg(th, args[0], "uid", &uid, &fits) < 0)
        return KR_VALUE_NULL;
    if (!fits)
        return key_error_fmt(th, "getpwuid(): uid not found", KR_VALUE_NULL);
    struct passwd pw, *res = NULL;
    LookupBuf b = {0};
    int e = ERANGE;
    while (grow(&b, e) && (e = getpwuid_r((uid_t)uid, &pw, b.data, b.size, &res)) != 0)
        ;
    if (!res)
        return key_error_fmt(th, "getpwuid(): uid not found: ", args[0]);
    return passwd_value(th, res);
}

KR_LIB_FUNC(pwd_getpwnam)
{
    if (kr_libutil_no_keywords(th, "getpwnam", kw) < 0 ||
        kr_libutil_check_positional(th, "getpwnam", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    const char *name = name_arg(th, "getpwnam", "", args[0]);
    if (!name)
        return KR_VALUE_NULL;
    struct passwd pw, *res = NULL;
    LookupBuf b = {0};
    int e = ERANGE;
    while (grow(&b, e) && (e = getpwnam_r(name, &pw, b.data, b.size, &res)) != 0)
        ;
    if (!res)
        return key_error_fmt(th, "getpwnam(): name not found: ", args[0]);
    return passwd_value(th, res);
}

KR_LIB_FUNC(pwd_getpwall)
{
    if (kr_libutil_check_positional(th, "getpwall", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    List *out = kr_list_new(th, 0);
    setpwent();
    for (struct passwd *p; out && (p = getpwent());) {
        Value v = passwd_value(th, p);
        if (!v || kr_list_append(th, out, v) < 0)
            out = NULL;
    }
    endpwent();
    return out ? kr_from_obj(out) : KR_VALUE_NULL;
}

static const MethodDef pwd_functions[] = {
    {"getpwuid", pwd_getpwuid, "($module, uidobj, /)", NULL, 0},
    {"getpwnam", pwd_getpwnam, "($module, name, /)", NULL, 0},
    {"getpwall", pwd_getpwall, "($module, /)", NULL, 0},
    {0},
};

int kr_mod_pwd_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "pwd", pwd_functions);
    if (!m || kr_structseq_init_type(th, &passwd_type, &passwd_desc) < 0)
        return -1;
    return kr_libutil_add_value(th, m, "struct_passwd", kr_from_obj(&passwd_type));
}

/* ---- grp ---------------------------------------------------------------------------- */

KR_LIB_FUNC(grp_getgrgid)
{
    int64_t gid;
    bool fits;
    static const char *const names[] = {"id", NULL};
    Value a;
    if (kr_libutil_parse(th, "getgrgid", args, nargs, kw, names, 0, 1, &a) < 0 ||
        id_arg(th, a, "gid", &gid, &fits) < 0)
        return KR_VALUE_NULL;
    if (!fits)
        return key_error_fmt(th, "getgrgid(): gid not found", KR_VALUE_NULL);
    struct group gr, *res = NULL;
    LookupBuf b = {0};
    int e = ERANGE;
    while (grow(&b, e) && (e = getgrgid_r((gid_t)gid, &gr, b.data, b.size, &res)) != 0)
        ;
    if (!res)
        return key_error_fmt(th, "getgrgid(): gid not found: ", a);
    return group_value(th, res);
}

KR_LIB_FUNC(grp_getgrnam)
{
    static const char *const names[] = {"name", NULL};
    Value a;
    if (kr_libutil_parse(th, "getgrnam", args, nargs, kw, names, 0, 1, &a) < 0)
        return KR_VALUE_NULL;
    const char *name = name_arg(th, "getgrnam", "'name' ", a);
    if (!name)
        return KR_VALUE_NULL;
    struct group gr, *res = NULL;
    LookupBuf b = {0};
    int e = ERANGE;
    while (grow(&b, e) && (e = getgrnam_r(name, &gr, b.data, b.size, &res)) != 0)
        ;
    if (!res)
        return key_error_fmt(th, "getgrnam(): name not found: ", a);
    return group_value(th, res);
}

KR_LIB_FUNC(grp_getgrall)
{
    if (kr_libutil_check_positional(th, "getgrall", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    List *out = kr_list_new(th, 0);
    setgrent();
    for (struct group *g; out && (g = getgrent());) {
        Value v = group_value(th, g);
        if (!v || kr_list_append(th, out, v) < 0)
            out = NULL;
    }
    endgrent();
    return out ? kr_from_obj(out) : KR_VALUE_NULL;
}

static const MethodDef grp_functions[] = {
    {"getgrgid", grp_getgrgid, "($module, /, id)", NULL, 0},
    {"getgrnam", grp_getgrnam, "($module, /, name)", NULL, 0},
    {"getgrall", grp_getgrall, "($module, /)", NULL, 0},
    {0},
};

int kr_mod_grp_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "grp", grp_functions);
    if (!m || kr_structseq_init_type(th, &group_type, &group_desc) < 0)
        return -1;
    return kr_libutil_add_value(th, m, "struct_group", kr_from_obj(&group_type));
}
