/*
 * _locale.c -- the C library's locales for the locale module: setlocale,
 * localeconv, nl_langinfo, strcoll/strxfrm, getencoding and the gettext
 * family, as CPython 3.11's Modules/_localemodule.c offers them on Linux.
 *
 * Without this module locale.py falls back to an emulation that knows only
 * the C locale, so programs saw 'C' where CPython reports the locale the
 * environment chose (main.c sets LC_CTYPE from it at start-up, as CPython
 * does).  Text from the C library is decoded as CPython's
 * PyUnicode_DecodeLocale does in krait's UTF-8 world: UTF-8 with
 * surrogateescape.  strcoll/strxfrm work on wide characters (wcscoll,
 * wcsxfrm), built from the str's code points.
 *
 * setlocale changes process-wide state, as in CPython: threads calling it
 * while others format numbers get what the C library gives them.
 */
#include <errno.h>
#include <langinfo.h>
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "modules/libutil.h"
#include "modules/modules.h"
#include "modules/posix.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/errors.h"

static Type error_type = {
    .hdr = {&kr_type_type}, .name = "locale.Error", .base = &kr_exc_Exception,
    .size = sizeof(Exc), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};

/* C library text as a str: UTF-8 with surrogateescape. */
static Value locale_str(Thread *th, const char *s)
{
    return kr_posix_name(th, s ? s : "", s ? strlen(s) : 0, false);
}

/* An optional str argument (None: absent) as C text without NULs. */
static int text_arg(Thread *th, const char *fn, int pos, Value v, const char **out)
{
    *out = NULL;
    if (!v || v == KR_NONE)
        return 0;
    size_t n;
    if (!kr_str_check(v)) {
        kr_err_format(th, &kr_exc_TypeError, "%s() argument %d must be str or None, not %T", fn, pos,
                      v);
        return -1;
    }
    const char *s = kr_str_utf8(th, kr_as_str(v), &n);
    if (s && strlen(s) != n) {
        kr_err_set_string(th, &kr_exc_ValueError, "embedded null character");
        return -1;
    }
    *out = s;
    return s ? 0 : -1;
}

static int int_arg(Thread *th, Value v, int *out)
{
    return kr_libutil_as_int(th, v, true, out);
}

static Value raise_error(Thread *th, const char *msg)
{
    kr_err_set_string(th, &error_type, msg);
    return KR_VALUE_NULL;
}

/* setlocale(category, locale=None, /) */
KR_LIB_FUNC(locale_setlocale)
{
    static const char *const names[] = {"", "", NULL};
    Value a[2] = {0};
    int category;
    const char *loc;
    if (kr_libutil_parse(th, "setlocale", args, nargs, kw, names, 2, 1, a) < 0 ||
        int_arg(th, a[0], &category) < 0 || text_arg(th, "setlocale", 2, a[1], &loc) < 0)
        return KR_VALUE_NULL;
    const char *r = setlocale(category, loc);
    if (!r)
        return raise_error(th, loc ? "unsupported locale setting" : "locale query failed");
    return locale_str(th, r);
}

/* A grouping string as the list localeconv gives: its values up to and
 * including the terminating 0 or CHAR_MAX; [] for "". */
static Value grouping(Thread *th, const char *s)
{
    List *l = kr_list_new(th, 0);
    if (!l)
        return KR_VALUE_NULL;
    if (!*s)
        return kr_from_obj(l);
    for (int i = 0;; i++) {
        if (kr_list_append(th, l, kr_from_smallint(s[i])) < 0)
            return KR_VALUE_NULL;
        if (s[i] == 0 || s[i] == CHAR_MAX)
            return kr_from_obj(l);
    }
}

static int put(Thread *th, Dict *d, const char *key, Value v)
{
    Str *k = v ? kr_str_intern_cstr(th, key) : NULL;
    return k ? kr_dict_set_str(th, d, k, v) : -1;
}

KR_LIB_FUNC(locale_localeconv)
{
    if (kr_libutil_check_positional(th, "localeconv", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    Dict *d = kr_dict_new(th);
    if (!d)
        return KR_VALUE_NULL;
    const struct lconv *lc = localeconv();
    const struct { const char *name; const char *value; } strs[] = {
        {"int_curr_symbol", lc->int_curr_symbol}, {"currency_symbol", lc->currency_symbol},
        {"mon_decimal_point", lc->mon_decimal_point}, {"mon_thousands_sep", lc->mon_thousands_sep},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(strs); i++)
        if (put(th, d, strs[i].name, locale_str(th, strs[i].value)) < 0)
            return KR_VALUE_NULL;
    if (put(th, d, "mon_grouping", grouping(th, lc->mon_grouping)) < 0 ||
        put(th, d, "positive_sign", locale_str(th, lc->positive_sign)) < 0 ||
        put(th, d, "negative_sign", locale_str(th, lc->negative_sign)) < 0)
        return KR_VALUE_NULL;
    const struct { const char *name; char value; } ints[] = {
        {"int_frac_digits", lc->int_frac_digits}, {"frac_digits", lc->frac_digits},
        {"p_cs_precedes", lc->p_cs_precedes}, {"p_sep_by_space", lc->p_sep_by_space},
        {"n_cs_precedes", lc->n_cs_precedes}, {"n_sep_by_space", lc->n_sep_by_space},
        {"p_sign_posn", lc->p_sign_posn}, {"n_sign_posn", lc->n_sign_posn},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(ints); i++)
        if (put(th, d, ints[i].name, kr_from_smallint(ints[i].value)) < 0)
            return KR_VALUE_NULL;
    if (put(th, d, "decimal_point", locale_str(th, lc->decimal_point)) < 0 ||
        put(th, d, "thousands_sep", locale_str(th, lc->thousands_sep)) < 0 ||
        put(th, d, "grouping", grouping(th, lc->grouping)) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(d);
}

/* A str as a NUL-terminated wide string (collector memory, pointer-free);
 * *n its length.  Lone surrogates (3-byte sequences) are kept as they are. */
static wchar_t *wide(Thread *th, const char *fn, int pos, Value v, size_t *n)
{
    if (!kr_str_check(v)) {
        kr_err_format(th, &kr_exc_TypeError, "%s() argument%s must be str, not %s", fn,
                      pos == 1 ? " 1" : pos == 2 ? " 2" : "",
                      v == KR_NONE ? "None" : kr_type_name(v));
        return NULL;
    }
    size_t len;
    const unsigned char *s = (const unsigned char *)kr_str_utf8(th, kr_as_str(v), &len);
    wchar_t *w = s ? kr_gc_alloc_atomic((len + 1) * sizeof(wchar_t)) : NULL;
    if (!w) {
        if (s)
            kr_err_no_memory(th);
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < len; k++) {
        unsigned c = s[i];
        int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        uint32_t cp = extra == 0 ? c : extra == 1 ? c & 0x1F : extra == 2 ? c & 0x0F : c & 0x07;
        for (int j = 1; j <= extra && i + j < len; j++)
            cp = cp << 6 | (s[i + j] & 0x3F);
        w[k] = (wchar_t)cp;
        i += 1 + extra;
    }
    w[k] = 0;
    *n = k;
    if (wcslen(w) != k) {       /* PyUnicode_AsWideCharString's check */
        kr_err_set_string(th, &kr_exc_ValueError, "embedded null character");
        return NULL;
    }
    return w;
}

/* strcoll(os1, os2, /) */
KR_LIB_FUNC(locale_strcoll)
{
    if (kr_libutil_no_keywords(th, "strcoll", kw) < 0 ||
        kr_libutil_check_positional(th, "strcoll", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    size_t n1, n2;
    wchar_t *a = wide(th, "strcoll", 1, args[0], &n1);
    wchar_t *b = a ? wide(th, "strcoll", 2, args[1], &n2) : NULL;
    return b ? kr_int_from_i64(th, wcscoll(a, b)) : KR_VALUE_NULL;
}

/* strxfrm(string, /) */
KR_LIB_FUNC(locale_strxfrm)
{
    if (kr_libutil_no_keywords(th, "strxfrm", kw) < 0 ||
        kr_libutil_check_positional(th, "strxfrm", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    size_t n;
    wchar_t *s = wide(th, "strxfrm", 0, args[0], &n);
    if (!s)
        return KR_VALUE_NULL;
    size_t cap = n + 1, got;
    wchar_t *buf;
    for (;;) {
        buf = kr_gc_alloc_atomic(cap * sizeof(wchar_t));
        if (!buf) {
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
        errno = 0;
        got = wcsxfrm(buf, s, cap);
        if (errno && errno != ERANGE) {
            return kr_posix_error(th, 0);
        }
        if (got < cap)
            break;
        cap = got + 1;
    }
    uint32_t *cps = kr_gc_alloc_atomic((got + 1) * sizeof(uint32_t));
    if (!cps) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    for (size_t i = 0; i < got; i++)
        cps[i] = (uint32_t)buf[i];
    Str *r = kr_str_from_ucs4(th, cps, got);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* The nl_langinfo keys CPython offers on Linux. */
#define LANGINFO(x) {#x, x}
static const struct { const char *name; int value; } langinfo_keys[] = {
    LANGINFO(DAY_1), LANGINFO(DAY_2), LANGINFO(DAY_3), LANGINFO(DAY_4), LANGINFO(DAY_5),
    LANGINFO(DAY_6), LANGINFO(DAY_7), LANGINFO(ABDAY_1), LANGINFO(ABDAY_2), LANGINFO(ABDAY_3),
    LANGINFO(ABDAY_4), LANGINFO(ABDAY_5), LANGINFO(ABDAY_6), LANGINFO(ABDAY_7),
    LANGINFO(MON_1), LANGINFO(MON_2), LANGINFO(MON_3), LANGINFO(MON_4), LANGINFO(MON_5),
    LANGINFO(MON_6), LANGINFO(MON_7), LANGINFO(MON_8), LANGINFO(MON_9), LANGINFO(MON_10),
    LANGINFO(MON_11), LANGINFO(MON_12), LANGINFO(ABMON_1), LANGINFO(ABMON_2),
    LANGINFO(ABMON_3), LANGINFO(ABMON_4), LANGINFO(ABMON_5), LANGINFO(ABMON_6),
    LANGINFO(ABMON_7), LANGINFO(ABMON_8), LANGINFO(ABMON_9), LANGINFO(ABMON_10),
    LANGINFO(ABMON_11), LANGINFO(ABMON_12), LANGINFO(RADIXCHAR), LANGINFO(THOUSEP),
    LANGINFO(CRNCYSTR), LANGINFO(D_T_FMT), LANGINFO(D_FMT), LANGINFO(T_FMT),
    LANGINFO(AM_STR), LANGINFO(PM_STR), LANGINFO(CODESET), LANGINFO(T_FMT_AMPM),
    LANGINFO(ERA), LANGINFO(ERA_D_FMT), LANGINFO(ERA_D_T_FMT), LANGINFO(ERA_T_FMT),
    LANGINFO(ALT_DIGITS), LANGINFO(YESEXPR), LANGINFO(NOEXPR), LANGINFO(_DATE_FMT),
};

/* nl_langinfo(key, /) */
KR_LIB_FUNC(locale_nl_langinfo)
{
    int key;
    if (kr_libutil_no_keywords(th, "nl_langinfo", kw) < 0 ||
        kr_libutil_check_positional(th, "nl_langinfo", nargs, 1, 1) < 0 ||
        int_arg(th, args[0], &key) < 0)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < KR_ARRAY_LEN(langinfo_keys); i++)
        if (langinfo_keys[i].value == key)
            return locale_str(th, nl_langinfo((nl_item)key));
    kr_err_set_string(th, &kr_exc_ValueError, "unsupported langinfo constant");
    return KR_VALUE_NULL;
}

/* getencoding(): the LC_CTYPE locale's codeset, whatever UTF-8 mode says
 * (locale.getpreferredencoding is the one that answers 'utf-8' there). */
KR_LIB_FUNC(locale_getencoding)
{
    if (kr_libutil_check_positional(th, "getencoding", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    const char *cs = nl_langinfo(CODESET);
    return locale_str(th, cs && *cs ? cs : "utf-8");
}

/* ---- gettext ---------------------------------------------------------------- */

KR_LIB_FUNC(locale_gettext)
{
    static const char *const names[] = {"", NULL};
    Value a[1] = {0};
    const char *msg;
    if (kr_libutil_parse(th, "gettext", args, nargs, kw, names, 1, 1, a) < 0 ||
        text_arg(th, "gettext", 1, a[0], &msg) < 0)
        return KR_VALUE_NULL;
    const char *r = gettext(msg ? msg : "");
    return r == msg ? a[0] : locale_str(th, r);
}

KR_LIB_FUNC(locale_dgettext)
{
    static const char *const names[] = {"", "", NULL};
    Value a[2] = {0};
    const char *dom, *msg;
    if (kr_libutil_parse(th, "dgettext", args, nargs, kw, names, 2, 2, a) < 0 ||
        text_arg(th, "dgettext", 1, a[0], &dom) < 0 || text_arg(th, "dgettext", 2, a[1], &msg) < 0)
        return KR_VALUE_NULL;
    const char *r = dgettext(dom, msg ? msg : "");
    return r == msg ? a[1] : locale_str(th, r);
}

KR_LIB_FUNC(locale_dcgettext)
{
    static const char *const names[] = {"", "", "", NULL};
    Value a[3] = {0};
    const char *dom, *msg;
    int cat;
    if (kr_libutil_parse(th, "dcgettext", args, nargs, kw, names, 3, 3, a) < 0 ||
        text_arg(th, "dcgettext", 1, a[0], &dom) < 0 ||
        text_arg(th, "dcgettext", 2, a[1], &msg) < 0 || int_arg(th, a[2], &cat) < 0)
        return KR_VALUE_NULL;
    const char *r = dcgettext(dom, msg ? msg : "", cat);
    return r == msg ? a[1] : locale_str(th, r);
}

KR_LIB_FUNC(locale_textdomain)
{
    static const char *const names[] = {"", NULL};
    Value a[1] = {0};
    const char *dom;
    if (kr_libutil_parse(th, "textdomain", args, nargs, kw, names, 1, 1, a) < 0 ||
        text_arg(th, "textdomain", 1, a[0], &dom) < 0)
        return KR_VALUE_NULL;
    const char *r = textdomain(dom);
    if (!r) {
        return kr_posix_error(th, 0);
    }
    return locale_str(th, r);
}

KR_LIB_FUNC(locale_bindtextdomain)
{
    static const char *const names[] = {"", "", NULL};
    Value a[2] = {0};
    const char *dom, *dir;
    if (kr_libutil_parse(th, "bindtextdomain", args, nargs, kw, names, 2, 2, a) < 0 ||
        text_arg(th, "bindtextdomain", 1, a[0], &dom) < 0 ||
        text_arg(th, "bindtextdomain", 2, a[1], &dir) < 0)
        return KR_VALUE_NULL;
    if (!dom || !*dom) {
        kr_err_set_string(th, &kr_exc_ValueError, "domain must be a non-empty string");
        return KR_VALUE_NULL;
    }
    const char *r = bindtextdomain(dom, dir);
    if (!r) {
        if (!errno)
            errno = ENOMEM;
        return kr_posix_error(th, 0);
    }
    return locale_str(th, r);
}

KR_LIB_FUNC(locale_bind_textdomain_codeset)
{
    static const char *const names[] = {"", "", NULL};
    Value a[2] = {0};
    const char *dom, *cs;
    if (kr_libutil_parse(th, "bind_textdomain_codeset", args, nargs, kw, names, 2, 2, a) < 0 ||
        text_arg(th, "bind_textdomain_codeset", 1, a[0], &dom) < 0 ||
        text_arg(th, "bind_textdomain_codeset", 2, a[1], &cs) < 0)
        return KR_VALUE_NULL;
    errno = 0;
    const char *r = bind_textdomain_codeset(dom ? dom : "", cs);
    if (!r) {
        if (errno) {
            return kr_posix_error(th, 0);
        }
        return KR_NONE;
    }
    return locale_str(th, r);
}

static const MethodDef locale_functions[] = {
    {"setlocale", locale_setlocale, "($module, category, locale=<unrepresentable>, /)", NULL, 0},
    {"localeconv", locale_localeconv, "($module, /)", NULL, 0},
    {"strcoll", locale_strcoll, "($module, os1, os2, /)", NULL, 0},
    {"strxfrm", locale_strxfrm, "($module, string, /)", NULL, 0},
    {"nl_langinfo", locale_nl_langinfo, "($module, key, /)", NULL, 0},
    {"getencoding", locale_getencoding, "($module, /)", NULL, 0},
    {"gettext", locale_gettext, "($module, msg, /)", NULL, 0},
    {"dgettext", locale_dgettext, "($module, domain, msg, /)", NULL, 0},
    {"dcgettext", locale_dcgettext, "($module, domain, msg, category, /)", NULL, 0},
    {"textdomain", locale_textdomain, "($module, domain, /)", NULL, 0},
    {"bindtextdomain", locale_bindtextdomain, "($module, domain, dir, /)", NULL, 0},
    {"bind_textdomain_codeset", locale_bind_textdomain_codeset, "($module, domain, codeset, /)",
     NULL, 0},
    {0},
};

int kr_mod__locale_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_locale", locale_functions);
    if (!m || kr_libutil_add_type(th, m, &error_type) < 0)
        return -1;
    const struct { const char *name; int value; } consts[] = {
        {"LC_CTYPE", LC_CTYPE}, {"LC_COLLATE", LC_COLLATE}, {"LC_TIME", LC_TIME},
        {"LC_MONETARY", LC_MONETARY}, {"LC_NUMERIC", LC_NUMERIC}, {"LC_ALL", LC_ALL},
        {"LC_MESSAGES", LC_MESSAGES}, {"CHAR_MAX", CHAR_MAX},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(consts); i++)
        if (kr_libutil_add_value(th, m, consts[i].name, kr_from_smallint(consts[i].value)) < 0)
            return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(langinfo_keys); i++)
        if (kr_libutil_add_value(th, m, langinfo_keys[i].name,
                                 kr_from_smallint(langinfo_keys[i].value)) < 0)
            return -1;
    return 0;
}
