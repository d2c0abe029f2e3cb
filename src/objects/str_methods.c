/*
 * str_methods.c -- the methods of str, declared as a MethodDef table.
 *
 * Each method receives self as args[0] (object.h, MethodDef).  Argument
 * checking is by kr_call_check_args until the signature-driven parser
 * (STYLE.md principle 9: parsing derived from `sig`) lands; the `sig`
 * strings are already CPython's __text_signature__.
 */
#include <string.h>

#include "core/state.h"
#include "core/unicode.h"
#include "gc/gc.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

#define SELF kr_as_str(args[0])
#define METHOD(name) \
    static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kwnames)

static Value ret_str(Str *s) { return s ? kr_from_obj(s) : KR_VALUE_NULL; }

static int want_str(Thread *th, Value v, const char *what)
{
    if (kr_str_check(v))
        return 0;
    kr_err_format(th, &kr_exc_TypeError, "%s arg must be None or str", what);
    return -1;
}

METHOD(str_join)
{
    if (kr_call_check_args(th, "join", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    List *items = kr_list_from_iterable(th, args[1]);
    if (!items)
        return KR_VALUE_NULL;
    return ret_str(kr_str_join_array(th, SELF, items->items, (size_t)items->size));
}

static bool is_space(uint32_t c) { return c < 128 ? (c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31)) : kr_unicode_isspace(c); }

METHOD(str_split)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value a[2] = {KR_NONE, KR_VALUE_NULL};
    if (nargs > 3)
        return kr_err_type_error(th, "split() takes at most 2 arguments (%zu given)", nargs - 1);
    for (size_t i = 1; i < nargs; i++)
        a[i - 1] = args[i];
    if (kr_mod_parse_kwargs(th, "split", args + nargs, kwnames, names, a) < 0)
        return KR_VALUE_NULL;
    Str *s = SELF;
    Value sepv = a[0];
    int64_t maxsplit = -1;
    if (a[1] && kr_int_as_i64(th, a[1], &maxsplit) < 0)
        return KR_VALUE_NULL;
    List *out = kr_list_new(th, 0);
    if (!out)
        return KR_VALUE_NULL;
    if (sepv == KR_NONE) {
        int64_t i = 0, n = s->len;
        while (i < n) {
            while (i < n && is_space(kr_str_char(s, i)))
                i++;
            if (i >= n)
                break;
            int64_t j = i;
            if (maxsplit >= 0 && out->size >= maxsplit) {
                j = n;      /* the rest, trailing whitespace kept (as CPython) */
            } else {
                while (j < n && !is_space(kr_str_char(s, j)))
                    j++;
            }
            Str *part = kr_str_substr(th, s, i, j);
            if (!part || kr_list_append(th, out, kr_from_obj(part)) < 0)
                return KR_VALUE_NULL;
            i = j;
        }
        return kr_from_obj(out);
    }
    if (want_str(th, sepv, "split()") < 0)
        return KR_VALUE_NULL;
    Str *sep = kr_as_str(sepv);
    if (sep->len == 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "empty separator");
        return KR_VALUE_NULL;
    }
    int64_t i = 0;
    for (;;) {
        int64_t j = (maxsplit >= 0 && out->size >= maxsplit) ? -1 : kr_str_find(s, sep, i, s->len);
        int64_t e = j < 0 ? s->len : j;
        Str *part = kr_str_substr(th, s, i, e);
        if (!part || kr_list_append(th, out, kr_from_obj(part)) < 0)
            return KR_VALUE_NULL;
        if (j < 0)
            break;
        i = j + sep->len;
    }
    return kr_from_obj(out);
}

static int match_at(const Str *s, const Str *p, int64_t at);

/* split from the right: the pieces are collected last first, then the list
 * is reversed in place. */
METHOD(str_rsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value a[2] = {KR_NONE, KR_VALUE_NULL};
    if (nargs > 3)
        return kr_err_type_error(th, "rsplit() takes at most 2 arguments (%zu given)", nargs - 1);
    for (size_t i = 1; i < nargs; i++)
        a[i - 1] = args[i];
    if (kr_mod_parse_kwargs(th, "rsplit", args + nargs, kwnames, names, a) < 0)
        return KR_VALUE_NULL;
    Str *s = SELF;
    int64_t maxsplit = -1;
    if (a[1] && kr_int_as_i64(th, a[1], &maxsplit) < 0)
        return KR_VALUE_NULL;
    List *out = kr_list_new(th, 0);
    if (!out)
        return KR_VALUE_NULL;
    if (a[0] == KR_NONE) {
        int64_t j = s->len;
        while (j > 0) {
            while (j > 0 && is_space(kr_str_char(s, j - 1)))
                j--;
            if (j == 0)
                break;
            int64_t i = j;
            if (maxsplit >= 0 && out->size >= maxsplit)
                i = 0;
            else
                while (i > 0 && !is_space(kr_str_char(s, i - 1)))
                    i--;
            Str *part = kr_str_substr(th, s, i, j);
            if (!part || kr_list_append(th, out, kr_from_obj(part)) < 0)
                return KR_VALUE_NULL;
            j = i;
        }
    } else {
        if (want_str(th, a[0], "rsplit()") < 0)
            return KR_VALUE_NULL;
        Str *sep = kr_as_str(a[0]);
        if (sep->len == 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "empty separator");
            return KR_VALUE_NULL;
        }
        int64_t end = s->len;
        for (;;) {
            int64_t j = -1;
            if (maxsplit < 0 || out->size < maxsplit)
                for (int64_t k = end - sep->len; k >= 0; k--)
                    if (match_at(s, sep, k)) {
                        j = k;
                        break;
                    }
            Str *part = kr_str_substr(th, s, j < 0 ? 0 : j + sep->len, end);
            if (!part || kr_list_append(th, out, kr_from_obj(part)) < 0)
                return KR_VALUE_NULL;
            if (j < 0)
                break;
            end = j;
        }
    }
    for (int64_t i = 0, k = out->size - 1; i < k; i++, k--) {
        Value t = out->items[i];
        out->items[i] = out->items[k];
        out->items[k] = t;
    }
    return kr_from_obj(out);
}

static Value do_strip(Thread *th, const Value *args, size_t nargs, Tuple *kwnames, int which,
                      const char *name)
{
    if (kr_call_check_args(th, name, nargs - 1, 0, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Str *s = SELF;
    Str *chars = NULL;
    if (nargs > 1 && args[1] != KR_NONE) {
        if (!kr_str_check(args[1])) {
            kr_err_format(th, &kr_exc_TypeError, "%s arg must be None or str", name);
            return KR_VALUE_NULL;
        }
        chars = kr_as_str(args[1]);
    }
    int64_t i = 0, j = s->len;
#define STRIPPED(c) (chars ? kr_str_find(chars, kr_str_from_char(th, c), 0, chars->len) >= 0 : is_space(c))
    if (which & 1)
        while (i < j && STRIPPED(kr_str_char(s, i)))
            i++;
    if (which & 2)
        while (j > i && STRIPPED(kr_str_char(s, j - 1)))
            j--;
#undef STRIPPED
    return ret_str(kr_str_substr(th, s, i, j));
}

METHOD(str_strip) { return do_strip(th, args, nargs, kwnames, 3, "strip"); }
METHOD(str_lstrip) { return do_strip(th, args, nargs, kwnames, 1, "lstrip"); }
METHOD(str_rstrip) { return do_strip(th, args, nargs, kwnames, 2, "rstrip"); }

static Value do_case(Thread *th, const Value *args, size_t nargs, Tuple *kwnames, bool upper,
                     const char *name)
{
    if (kr_call_check_args(th, name, nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    Str *s = SELF;
    uint32_t *cps = kr_gc_alloc_atomic(sizeof(uint32_t) * (size_t)(s->len * KR_UNICODE_CASE_MAX + 1));
    if (!cps) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    size_t n = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c < 128) {
            cps[n++] = upper ? (c >= 'a' && c <= 'z' ? c - 32 : c)
                             : (c >= 'A' && c <= 'Z' ? c + 32 : c);
            continue;
        }
        uint32_t out[KR_UNICODE_CASE_MAX];
        int k = upper ? kr_unicode_upper(c, out) : kr_unicode_lower(c, out);
        for (int j = 0; j < k; j++)
            cps[n++] = out[j];
    }
    return ret_str(kr_str_from_ucs4(th, cps, n));
}

METHOD(str_upper) { return do_case(th, args, nargs, kwnames, true, "upper"); }
METHOD(str_lower) { return do_case(th, args, nargs, kwnames, false, "lower"); }

METHOD(str_replace)
{
    if (kr_call_check_args(th, "replace", nargs - 1, 2, 3, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]) || !kr_str_check(args[2]))
        return kr_err_type_error(th, "replace() argument 1 must be str, not %s",
                                 kr_type_name(kr_str_check(args[1]) ? args[2] : args[1]));
    int64_t count = -1;
    if (nargs > 3 && kr_int_as_i64(th, args[3], &count) < 0)
        return KR_VALUE_NULL;
    Str *s = SELF, *old = kr_as_str(args[1]), *new_ = kr_as_str(args[2]);
    List *parts = kr_list_new(th, 0);
    if (!parts)
        return KR_VALUE_NULL;
    int64_t i = 0, done = 0;
    if (old->len == 0) {
        /* Insert new_ between every character (and at both ends). */
        for (int64_t k = 0; k <= s->len; k++) {
            if (count < 0 || done < count) {
                if (kr_list_append(th, parts, kr_from_obj(new_)) < 0)
                    return KR_VALUE_NULL;
                done++;
            }
            if (k < s->len) {
                Str *c = kr_str_substr(th, s, k, k + 1);
                if (!c || kr_list_append(th, parts, kr_from_obj(c)) < 0)
                    return KR_VALUE_NULL;
            }
        }
        return ret_str(kr_str_join_array(th, th->vm->empty_str, parts->items, (size_t)parts->size));
    }
    for (;;) {
        int64_t j = (count >= 0 && done >= count) ? -1 : kr_str_find(s, old, i, s->len);
        Str *part = kr_str_substr(th, s, i, j < 0 ? s->len : j);
        if (!part || kr_list_append(th, parts, kr_from_obj(part)) < 0)
            return KR_VALUE_NULL;
        if (j < 0)
            break;
        done++;
        i = j + old->len;
    }
    return ret_str(kr_str_join_array(th, new_, parts->items, (size_t)parts->size));
}

static int match_at(const Str *s, const Str *p, int64_t at)
{
    if (at < 0 || at + p->len > s->len)
        return 0;
    for (int64_t i = 0; i < p->len; i++)
        if (kr_str_char(s, at + i) != kr_str_char(p, i))
            return 0;
    return 1;
}

static Value starts_ends(Thread *th, const Value *args, size_t nargs, Tuple *kwnames, bool ends,
                         const char *name)
{
    if (kr_call_check_args(th, name, nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Str *s = SELF;
    Value p = args[1];
    int64_t n = 1;
    const Value *pv = &p;
    if (kr_is_tuple(p)) {
        n = kr_as_tuple(p)->size;
        pv = kr_as_tuple(p)->items;
    }
    for (int64_t i = 0; i < n; i++) {
        if (!kr_str_check(pv[i])) {
            kr_err_format(th, &kr_exc_TypeError,
                          "%s first arg must be str or a tuple of str, not %s", name,
                          kr_type_name(pv[i]));
            return KR_VALUE_NULL;
        }
        Str *x = kr_as_str(pv[i]);
        if (match_at(s, x, ends ? s->len - x->len : 0))
            return KR_TRUE;
    }
    return KR_FALSE;
}

METHOD(str_startswith) { return starts_ends(th, args, nargs, kwnames, false, "startswith"); }
METHOD(str_endswith) { return starts_ends(th, args, nargs, kwnames, true, "endswith"); }

static Value find_common(Thread *th, const Value *args, size_t nargs, Tuple *kwnames,
                         const char *name, bool raise)
{
    if (kr_call_check_args(th, name, nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1])) {
        kr_err_format(th, &kr_exc_TypeError, "must be str, not %s", kr_type_name(args[1]));
        return KR_VALUE_NULL;
    }
    Str *s = SELF;
    int64_t r = kr_str_find(s, kr_as_str(args[1]), 0, s->len);
    if (r < 0 && raise) {
        kr_err_set_string(th, &kr_exc_ValueError, "substring not found");
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(r);
}

METHOD(str_find) { return find_common(th, args, nargs, kwnames, "find", false); }
METHOD(str_index) { return find_common(th, args, nargs, kwnames, "index", true); }

METHOD(str_count)
{
    if (kr_call_check_args(th, "count", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1])) {
        kr_err_format(th, &kr_exc_TypeError, "must be str, not %s", kr_type_name(args[1]));
        return KR_VALUE_NULL;
    }
    Str *s = SELF, *sub = kr_as_str(args[1]);
    if (sub->len == 0)
        return kr_from_smallint(s->len + 1);
    int64_t n = 0, i = 0;
    while ((i = kr_str_find(s, sub, i, s->len)) >= 0) {
        n++;
        i += sub->len;
    }
    return kr_from_smallint(n);
}

static Value char_class(Thread *th, const Value *args, size_t nargs, Tuple *kwnames,
                        bool (*pred)(uint32_t), const char *name)
{
    if (kr_call_check_args(th, name, nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    Str *s = SELF;
    if (s->len == 0)
        return KR_FALSE;
    for (int64_t i = 0; i < s->len; i++)
        if (!pred(kr_str_char(s, i)))
            return KR_FALSE;
    return KR_TRUE;
}

METHOD(str_isdigit) { return char_class(th, args, nargs, kwnames, kr_unicode_isdigit, "isdigit"); }
METHOD(str_isalpha) { return char_class(th, args, nargs, kwnames, kr_unicode_isalpha, "isalpha"); }
METHOD(str_isspace) { return char_class(th, args, nargs, kwnames, is_space, "isspace"); }
METHOD(str_isalnum) { return char_class(th, args, nargs, kwnames, kr_unicode_isalnum, "isalnum"); }

/* str.encode(encoding='utf-8', errors='strict'): the codecs are in
 * bytes_codec.c. */
METHOD(str_encode)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    Value a[2] = {KR_VALUE_NULL, KR_VALUE_NULL};
    if (nargs > 3)
        return kr_err_type_error(th, "encode() takes at most 2 arguments (%zu given)", nargs - 1);
    for (size_t i = 1; i < nargs; i++)
        a[i - 1] = args[i];
    if (kr_mod_parse_kwargs(th, "encode", args + nargs, kwnames, names, a) < 0)
        return KR_VALUE_NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !kr_str_check(a[i]))
            return kr_err_type_error(th, "encode() argument '%s' must be str, not %s", names[i],
                                     kr_type_name(a[i]));
    return kr_bytes_encode(th, SELF, a[0], a[1]);
}

METHOD(str_format_dunder)
{
    if (kr_call_check_args(th, "__format__", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "argument must be str, not %s", kr_type_name(args[1]));
    return kr_str_format_spec(th, SELF, kr_as_str(args[1]));
}

const MethodDef kr_str_methods[] = {
    {"join", str_join, "($self, iterable, /)", NULL, 0},
    {"split", str_split, "($self, /, sep=None, maxsplit=-1)", NULL, 0},
    {"rsplit", str_rsplit, "($self, /, sep=None, maxsplit=-1)", NULL, 0},
    {"strip", str_strip, "($self, chars=None, /)", NULL, 0},
    {"lstrip", str_lstrip, "($self, chars=None, /)", NULL, 0},
    {"rstrip", str_rstrip, "($self, chars=None, /)", NULL, 0},
    {"upper", str_upper, "($self, /)", NULL, 0},
    {"lower", str_lower, "($self, /)", NULL, 0},
    {"replace", str_replace, "($self, old, new, count=-1, /)", NULL, 0},
    {"startswith", str_startswith, NULL, NULL, 0},
    {"endswith", str_endswith, NULL, NULL, 0},
    {"find", str_find, NULL, NULL, 0},
    {"index", str_index, NULL, NULL, 0},
    {"count", str_count, NULL, NULL, 0},
    {"isdigit", str_isdigit, "($self, /)", NULL, 0},
    {"isalpha", str_isalpha, "($self, /)", NULL, 0},
    {"isspace", str_isspace, "($self, /)", NULL, 0},
    {"isalnum", str_isalnum, "($self, /)", NULL, 0},
    {"encode", str_encode, "($self, /, encoding='utf-8', errors='strict')", NULL, 0},
    {"format", kr_str_format_method, "($self, /, *args, **kwargs)", NULL, 0},
    {"__format__", str_format_dunder, "($self, format_spec, /)", NULL, 0},
    {0},
};
