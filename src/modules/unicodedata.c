/*
 * unicodedata.c -- the unicodedata module: CPython 3.11's interface over
 * krait's own character database (core/unicode.h, Unicode 14.0.0).
 *
 * Every function exists twice, as in CPython: as a module function and as
 * a method of the UCD type, whose only instance is ucd_3_2_0 (what IDNA's
 * stringprep uses).  Both call one implementation; they differ in how the
 * character arrives (a method's self is args[0]), in the owner shown by
 * argument-count messages ("unicodedata.category()" or "UCD.category()"),
 * and in `old`, which selects the Unicode 3.2.0 view.  That view answers
 * with the 3.2.0 data where gen_unicode.py records a difference (see
 * kr_unicode_old_*), and its lookup() knows neither aliases nor named
 * sequences, as CPython's.
 *
 * The character arguments follow Argument Clinic's rules: a str of length
 * exactly one, else "f() argument must be a unicode character, not T".
 */
#include <stdio.h>
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "core/unicode.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

/* CPython's NAME_MAXLEN: longer names are refused before any search. */
#define NAME_MAXLEN 256

typedef struct Ucd {
    Obj hdr;
} Ucd;

extern Type kr_unicodedata_ucd_type;

/* Who is being called: the function's name, its owner for messages, and
 * whether this is the 3.2.0 database. */
typedef struct Call {
    const char *name;
    const char *owner;      /* "unicodedata" or "UCD" */
    bool old;
} Call;

/* ------------------------------------------------------------ arguments */

/* A METH_O function: exactly one positional argument, no keywords. */
static int one_arg(Thread *th, const Call *c, size_t nargs, Tuple *kw)
{
    if (kw && kw->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s.%s() takes no keyword arguments", c->owner,
                      c->name);
        return -1;
    }
    if (nargs != 1) {
        kr_err_format(th, &kr_exc_TypeError, "%s.%s() takes exactly one argument (%zu given)",
                      c->owner, c->name, nargs);
        return -1;
    }
    return 0;
}

/* A METH_FASTCALL function: min..max positional arguments, no keywords. */
static int some_args(Thread *th, const Call *c, size_t nargs, Tuple *kw, size_t min, size_t max)
{
    if (kw && kw->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s.%s() takes no keyword arguments", c->owner,
                      c->name);
        return -1;
    }
    return kr_libutil_check_positional(th, c->name, nargs, min, max);
}

/* The code point of a one-character str; `which` is "argument" for a
 * one-argument function, "argument 1" otherwise. */
static int get_char(Thread *th, const Call *c, const char *which, Value v, uint32_t *cp)
{
    if (!kr_str_check(v) || kr_as_str(v)->len != 1) {
        kr_err_format(th, &kr_exc_TypeError, "%s() %s must be a unicode character, not %s",
                      c->name, which, kr_arg_type_name(v));
        return -1;
    }
    *cp = kr_str_char(kr_as_str(v), 0);
    return 0;
}

static int one_char(Thread *th, const Call *c, const Value *args, size_t nargs, Tuple *kw,
                    uint32_t *cp)
{
    if (one_arg(th, c, nargs, kw) < 0)
        return -1;
    return get_char(th, c, "argument", args[0], cp);
}

static Value str_value(Thread *th, const char *s)
{
    Str *r = kr_str_from_cstr(th, s);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* ------------------------------------------------------------ properties */

static Value ud_category(Thread *th, const Call *c, const Value *args, size_t nargs, Tuple *kw)
{
    uint32_t cp;
    if (one_char(th, c, args, nargs, kw, &cp) < 0)
        return KR_VALUE_NULL;
    return str_value(th, c->old ? kr_unicode_old_category(cp) : kr_unicode_category(cp));
}

static Value ud_bidirectional(Thread *th, const Call *c, const Value *args, size_t nargs,
                              Tuple *kw)
{
    uint32_t cp;
    if (one_char(th, c, args, nargs, kw, &cp) < 0)
        return KR_VALUE_NULL;
    return str_value(th, c->old ? kr_unicode_old_bidirectional(cp)
                                : kr_unicode_bidirectional(cp));
}

static Value ud_east_asian_width(Thread *th, const Call *c, const Value *args, size_t nargs,
                                 Tuple *kw)
{
    uint32_t cp;
    if (one_char(th, c, args, nargs, kw, &cp) < 0)
        return KR_VALUE_NULL;
    return str_value(th, c->old ? kr_unicode_old_east_asian_width(cp)
                                : kr_unicode_east_asian_width(cp));
}

static Value ud_combining(Thread *th, const Call *c, const Value *args, size_t nargs, Tuple *kw)
{
    uint32_t cp;
    if (one_char(th, c, args, nargs, kw, &cp) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(c->old ? kr_unicode_old_combining(cp) : kr_unicode_combining(cp));
}

static Value ud_mirrored(Thread *th, const Call *c, const Value *args, size_t nargs, Tuple *kw)
{
    uint32_t cp;
    if (one_char(th, c, args, nargs, kw, &cp) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(c->old ? kr_unicode_old_mirrored(cp) : kr_unicode_mirrored(cp));
}

static Value ud_decomposition(Thread *th, const Call *c, const Value *args, size_t nargs,
                              Tuple *kw)
{
    uint32_t cp;
    if (one_char(th, c, args, nargs, kw, &cp) < 0)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    if (c->old)
        kr_unicode_old_decomposition(&b, cp);
    else
        kr_unicode_decomposition(&b, cp);
    return kr_libutil_buf_value(th, &b);
}

/* ------------------------------------------------------------ numbers */

/* decimal, digit and numeric share their shape: chr[, default]. */
static int number_args(Thread *th, const Call *c, const Value *args, size_t nargs, Tuple *kw,
                       uint32_t *cp)
{
    if (some_args(th, c, nargs, kw, 1, 2) < 0)
        return -1;
    return get_char(th, c, "argument 1", args[0], cp);
}

/* The default if one was given, else ValueError(msg). */
static Value no_value(Thread *th, const Value *args, size_t nargs, const char *msg)
{
    if (nargs > 1)
        return args[1];
    kr_err_set_string(th, &kr_exc_ValueError, msg);
    return KR_VALUE_NULL;
}

static Value ud_decimal(Thread *th, const Call *c, const Value *args, size_t nargs, Tuple *kw)
{
    uint32_t cp;
    if (number_args(th, c, args, nargs, kw, &cp) < 0)
        return KR_VALUE_NULL;
    int d = c->old ? kr_unicode_old_decimal(cp) : kr_unicode_decimal(cp);
    return d < 0 ? no_value(th, args, nargs, "not a decimal") : kr_from_smallint(d);
}

static Value ud_digit(Thread *th, const Call *c, const Value *args, size_t nargs, Tuple *kw)
{
    uint32_t cp;
    if (number_args(th, c, args, nargs, kw, &cp) < 0)
        return KR_VALUE_NULL;
    /* CPython's digit() ignores the 3.2.0 delta (unicode.h). */
    int d = kr_unicode_digit(cp);
    return d < 0 ? no_value(th, args, nargs, "not a digit") : kr_from_smallint(d);
}

static Value ud_numeric(Thread *th, const Call *c, const Value *args, size_t nargs, Tuple *kw)
{
    uint32_t cp;
    if (number_args(th, c, args, nargs, kw, &cp) < 0)
        return KR_VALUE_NULL;
    double x;
    bool has = c->old ? kr_unicode_old_numeric(cp, &x) : kr_unicode_numeric(cp, &x);
    return has ? kr_float_new(th, x) : no_value(th, args, nargs, "not a numeric character");
}

/* ------------------------------------------------------------ names */

static Value ud_name(Thread *th, const Call *c, const Value *args, size_t nargs, Tuple *kw)
{
    uint32_t cp;
    if (number_args(th, c, args, nargs, kw, &cp) < 0)
        return KR_VALUE_NULL;
    char buf[KR_UNICODE_NAME_MAX];
    const char *name = c->old && kr_unicode_old_unassigned(cp)
                           ? NULL
                           : kr_unicode_name(cp, buf, sizeof buf);
    return name ? str_value(th, name) : no_value(th, args, nargs, "no such name");
}

/* The bytes of lookup()'s argument: a str as UTF-8 (strict, so a lone
 * surrogate is a UnicodeEncodeError) or a read-only bytes-like object. */
static int name_bytes(Thread *th, Value v, const char **name, size_t *len)
{
    if (kr_str_check(v)) {
        Value b = kr_bytes_encode(th, kr_as_str(v), str_value(th, "utf-8"), KR_VALUE_NULL);
        if (!b)
            return -1;
        v = b;
    }
    if (kr_bytes_check(v)) {
        *name = (const char *)kr_as_bytes(v)->data;
        *len = (size_t)kr_as_bytes(v)->len;
        return 0;
    }
    if (kr_isinstance_type(v, &kr_bytearray_type)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "lookup() argument must be read-only bytes-like object, not %s",
                      kr_type_name(v));
        return -1;
    }
    kr_err_format(th, &kr_exc_TypeError, "a bytes-like object is required, not '%s'",
                  kr_type_name(v));
    return -1;
}

/* Whether cp's own name is `name` (ASCII case-insensitively): false when
 * the lookup matched an alias, which the 3.2.0 database does not have. */
static bool is_own_name(uint32_t cp, const char *name, size_t len)
{
    char buf[KR_UNICODE_NAME_MAX];
    if (!kr_unicode_name(cp, buf, sizeof buf) || strlen(buf) != len)
        return false;
    for (size_t i = 0; i < len; i++) {
        char a = buf[i], b = name[i];
        if (b >= 'a' && b <= 'z')
            b = (char)(b - 'a' + 'A');
        if (a != b)
            return false;
    }
    return true;
}

/* Whether the 3.2.0 database knows cp by this name.  CPython checks the
 * computed CJK names against the current ranges only, so
 * "CJK UNIFIED IDEOGRAPH-9FFF" resolves there though the character was
 * not assigned in 3.2.0 (and name() does not give it). */
static bool old_name_ok(uint32_t cp, const char *name, size_t len)
{
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (len >= sizeof cjk - 1 && memcmp(name, cjk, sizeof cjk - 1) == 0)
        return true;
    return !kr_unicode_old_unassigned(cp) && is_own_name(cp, name, len);
}

static Value ud_lookup(Thread *th, const Call *c, const Value *args, size_t nargs, Tuple *kw)
{
    const char *name;
    size_t len;
    if (one_arg(th, c, nargs, kw) < 0 || name_bytes(th, args[0], &name, &len) < 0)
        return KR_VALUE_NULL;
    if (len > NAME_MAXLEN) {
        kr_err_set_string(th, &kr_exc_KeyError, "name too long");
        return KR_VALUE_NULL;
    }
    int32_t cp = kr_unicode_lookup_name(name, len);
    if (cp >= 0 && c->old && !old_name_ok((uint32_t)cp, name, len))
        cp = -1;
    if (cp >= 0) {
        Str *s = kr_str_from_char(th, (uint32_t)cp);
        return s ? kr_from_obj(s) : KR_VALUE_NULL;
    }
    uint32_t seq[KR_UNICODE_SEQ_MAX];
    int n = c->old ? 0 : kr_unicode_lookup_named_sequence(name, len, seq);
    if (n > 0) {
        Str *s = kr_str_from_ucs4(th, seq, (size_t)n);
        return s ? kr_from_obj(s) : KR_VALUE_NULL;
    }
    /* CPython formats the name with %s: it ends at a NUL byte. */
    char msg[NAME_MAXLEN + 64];
    snprintf(msg, sizeof msg, "undefined character name '%.*s'", (int)strnlen(name, len), name);
    kr_err_set_string(th, &kr_exc_KeyError, msg);
    return KR_VALUE_NULL;
}

/* ------------------------------------------------------------ normalization */

/* normalize and is_normalized: (form, unistr), both str. */
static int norm_args(Thread *th, const Call *c, const Value *args, size_t nargs, Tuple *kw,
                     NormForm *form, const char **s, size_t *len)
{
    if (some_args(th, c, nargs, kw, 2, 2) < 0)
        return -1;
    for (int i = 0; i < 2; i++) {
        if (!kr_str_check(args[i])) {
            kr_err_format(th, &kr_exc_TypeError, "%s() argument %d must be str, not %s", c->name,
                          i + 1, kr_arg_type_name(args[i]));
            return -1;
        }
    }
    size_t flen;
    const char *f = kr_str_utf8(th, kr_as_str(args[0]), &flen);
    if (!f)
        return -1;
    if (!kr_unicode_norm_form(f, flen, form)) {
        kr_err_set_string(th, &kr_exc_ValueError, "invalid normalization form");
        return -1;
    }
    *s = kr_str_utf8(th, kr_as_str(args[1]), len);
    return *s ? 0 : -1;
}

static Value ud_normalize(Thread *th, const Call *c, const Value *args, size_t nargs, Tuple *kw)
{
    NormForm form;
    const char *s;
    size_t len;
    if (norm_args(th, c, args, nargs, kw, &form, &s, &len) < 0)
        return KR_VALUE_NULL;
    /* Already normal: CPython returns the argument itself, even an
     * instance of a str subclass -- but the 3.2.0 view has no quick check
     * and always makes a new str (except from an empty one). */
    if (len == 0 || (!c->old && kr_unicode_is_normalized_utf8(form, s, len)))
        return args[1];
    Buf b;
    kr_buf_init(&b);
    if (c->old)
        kr_unicode_old_normalize_utf8(&b, form, s, len);
    else
        kr_unicode_normalize_utf8(&b, form, s, len);
    return kr_libutil_buf_value(th, &b);
}

static Value ud_is_normalized(Thread *th, const Call *c, const Value *args, size_t nargs,
                              Tuple *kw)
{
    NormForm form;
    const char *s;
    size_t len;
    if (norm_args(th, c, args, nargs, kw, &form, &s, &len) < 0)
        return KR_VALUE_NULL;
    if (!c->old)
        return kr_from_bool(kr_unicode_is_normalized_utf8(form, s, len));
    Buf b;
    kr_buf_init(&b);
    kr_unicode_old_normalize_utf8(&b, form, s, len);
    bool same = b.len == len && memcmp(b.data, s, len) == 0;
    kr_buf_free(&b);
    return kr_from_bool(same);
}

/* ------------------------------------------------------------ the two faces */

/* Each implementation as a module function (current data) and as a UCD
 * method (self is args[0]; the only instance is the 3.2.0 database). */
#define FACES(fn)                                                                          \
    KR_LIB_FUNC(mod_##fn)                                                                  \
    {                                                                                      \
        (void)self;                                                                        \
        static const Call c = {#fn, "unicodedata", false};                                 \
        return ud_##fn(th, &c, args, nargs, kw);                                           \
    }                                                                                      \
    KR_LIB_FUNC(ucd_##fn)                                                                  \
    {                                                                                      \
        (void)self;                                                                        \
        static const Call c = {#fn, "UCD", true};                                          \
        return ud_##fn(th, &c, args + 1, nargs - 1, kw);                                   \
    }

FACES(decimal)
FACES(digit)
FACES(numeric)
FACES(category)
FACES(bidirectional)
FACES(combining)
FACES(mirrored)
FACES(east_asian_width)
FACES(decomposition)
FACES(is_normalized)
FACES(normalize)
FACES(name)
FACES(lookup)

#define ENTRY(prefix, fn, sig) {#fn, prefix##_##fn, sig, NULL, 0}
#define TABLE(prefix, self)                                                 \
    ENTRY(prefix, decimal, "(" self "chr, default=<unrepresentable>, /)"),  \
    ENTRY(prefix, digit, "(" self "chr, default=<unrepresentable>, /)"),    \
    ENTRY(prefix, numeric, "(" self "chr, default=<unrepresentable>, /)"),  \
    ENTRY(prefix, category, "(" self "chr, /)"),                            \
    ENTRY(prefix, bidirectional, "(" self "chr, /)"),                       \
    ENTRY(prefix, combining, "(" self "chr, /)"),                           \
    ENTRY(prefix, mirrored, "(" self "chr, /)"),                            \
    ENTRY(prefix, east_asian_width, "(" self "chr, /)"),                    \
    ENTRY(prefix, decomposition, "(" self "chr, /)"),                       \
    ENTRY(prefix, is_normalized, "(" self "form, unistr, /)"),              \
    ENTRY(prefix, normalize, "(" self "form, unistr, /)"),                  \
    ENTRY(prefix, name, "(" self "chr, default=<unrepresentable>, /)"),     \
    ENTRY(prefix, lookup, "(" self "name, /)")

static const MethodDef module_functions[] = {TABLE(mod, "$module, "), {0}};
static const MethodDef ucd_methods[] = {TABLE(ucd, "$self, "), {0}};

static Value ucd_version(Thread *th, Value self)
{
    (void)self;
    return str_value(th, "3.2.0");
}

static const MemberDef ucd_members[] = {
    {"unidata_version", 0, ucd_version, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

/* ucd_3_2_0 is the only instance; Python code cannot make another. */
static Value ucd_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    return kr_err_type_error(th, "cannot create 'unicodedata.UCD' instances");
}

Type kr_unicodedata_ucd_type = {
    .hdr = {&kr_type_type}, .name = "unicodedata.UCD", .size = sizeof(Ucd),
    .new_ = ucd_new, .methods = ucd_methods, .members = ucd_members,
};

int kr_mod_unicodedata_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "unicodedata", module_functions);
    if (!m || kr_libutil_add_type(th, m, &kr_unicodedata_ucd_type) < 0)
        return -1;
    Ucd *old = kr_libutil_alloc(th, &kr_unicodedata_ucd_type);
    if (!old || kr_libutil_add_value(th, m, "ucd_3_2_0", kr_from_obj(old)) < 0)
        return -1;
    return kr_libutil_add_value(th, m, "unidata_version", str_value(th, KR_UNICODE_VERSION));
}
