/*
 * str_methods.c -- the methods of str, declared as a MethodDef table.
 *
 * Each method receives self as args[0] (object.h, MethodDef).  Argument
 * checking is by kr_call_check_args until the signature-driven parser
 * (STYLE.md principle 9: parsing derived from `sig`) lands; the `sig`
 * strings are already CPython's __text_signature__.
 */
#include <stdlib.h>
#include <string.h>

#include "core/state.h"
#include "core/unicode.h"
#include "gc/gc.h"
#include "modules/modules.h"
#include "objects/argparse.h"
#include "objects/bytes.h"
#include "objects/dict.h"
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

static Value index_arg(Thread *th, Value v, int64_t *out)
{
    Value i = kr_object_index(th, v);
    if (!i || kr_int_as_i64(th, i, out) < 0)
        return KR_VALUE_NULL;
    return i;
}

static int want_str(Thread *th, Value v, const char *what)
{
    if (kr_str_check(v))
        return 0;
    kr_err_format(th, &kr_exc_TypeError, "%s arg must be None or str", what);
    return -1;
}

METHOD(str_join)
{
    if (kr_argparse_one(th, "str.join", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    /* A list or tuple is joined in place: the join runs no Python code
     * that could change it.  Anything else is collected first. */
    Value seq = args[1];
    if (kr_is_list(seq)) {
        size_t n = (size_t)kr_list_len(kr_as_list(seq));     /* before the items */
        return ret_str(kr_str_join_array(th, SELF, kr_as_list(seq)->items, n));
    }
    if (kr_is_tuple(seq))
        return ret_str(kr_str_join_array(th, SELF, kr_as_tuple(seq)->items,
                                         (size_t)kr_as_tuple(seq)->size));
    if (!kr_type_of(seq)->iter && !kr_type_of(seq)->getitem)
        return kr_err_type_error(th, "can only join an iterable");
    List *items = kr_list_from_iterable(th, seq);
    if (!items)
        return KR_VALUE_NULL;
    Str *r = kr_str_join_array(th, SELF, items->items, (size_t)items->size);
    kr_list_free_temp(items);       /* nobody else saw it: hot reuse (gc.h) */
    return ret_str(r);
}

static bool is_space(uint32_t c) { return c < 128 ? (c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31)) : kr_unicode_isspace(c); }

/* Latin-1 whitespace (str.isspace), as a table: split and strip test
 * every byte. */
static const bool latin1_space[256] = {
    [9] = 1, [10] = 1, [11] = 1, [12] = 1, [13] = 1,
    [28] = 1, [29] = 1, [30] = 1, [31] = 1, [32] = 1, [0x85] = 1, [0xa0] = 1,
};

/* Where the next run of whitespace (want_space) or of non-whitespace
 * starts at or after i, below n.  Latin-1 text is read byte by byte
 * without the per-character width switch. */
static inline int64_t skip_class(const Str *s, int64_t i, int64_t n, bool want_space)
{
    if (s->kind == 1) {
        const unsigned char *d = s->data;
        while (i < n && latin1_space[d[i]] != want_space)
            i++;
        return i;
    }
    while (i < n && is_space(kr_str_char(s, i)) != want_space)
        i++;
    return i;
}

METHOD(str_split)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    static const ArgSpec spec = {"split", names, 0, 2, 0};
    Value a[2] = {KR_NONE, KR_VALUE_NULL};
    if (kr_argparse(th, &spec, args + 1, nargs - 1, kwnames, a) < 0)
        return KR_VALUE_NULL;
    if (a[0] != KR_NONE && !kr_str_check(a[0]))
        return kr_err_type_error(th, "must be str or None, not %s", kr_type_name(a[0]));
    Str *s = SELF;
    Value sepv = a[0];
    int64_t maxsplit = -1;
    if (a[1] && !index_arg(th, a[1], &maxsplit))
        return KR_VALUE_NULL;
    List *out = kr_list_new(th, 0);
    if (!out)
        return KR_VALUE_NULL;
    if (sepv == KR_NONE) {
        int64_t i = 0, n = s->len;
        while (i < n) {
            i = skip_class(s, i, n, false);
            if (i >= n)
                break;
            int64_t j = i;
            if (maxsplit >= 0 && out->size >= maxsplit)
                j = n;      /* the rest, trailing whitespace kept (as CPython) */
            else
                j = skip_class(s, j, n, true);
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
    static const ArgSpec spec = {"rsplit", names, 0, 2, 0};
    Value a[2] = {KR_NONE, KR_VALUE_NULL};
    if (kr_argparse(th, &spec, args + 1, nargs - 1, kwnames, a) < 0)
        return KR_VALUE_NULL;
    if (a[0] != KR_NONE && !kr_str_check(a[0]))
        return kr_err_type_error(th, "must be str or None, not %s", kr_type_name(a[0]));
    Str *s = SELF;
    int64_t maxsplit = -1;
    if (a[1] && !index_arg(th, a[1], &maxsplit))
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

/* Is code point c one of chars? */
static bool has_char(const Str *chars, uint32_t c)
{
    if (chars->kind == 1)
        return c < 256 && memchr(chars->data, (int)c, (size_t)chars->len) != NULL;
    for (int64_t k = 0; k < chars->len; k++)
        if (kr_str_char(chars, k) == c)
            return true;
    return false;
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
    if (!chars && s->kind == 1) {       /* the common case, byte by byte */
        const unsigned char *d = s->data;
        if (which & 1)
            while (i < j && latin1_space[d[i]])
                i++;
        if (which & 2)
            while (j > i && latin1_space[d[j - 1]])
                j--;
        return ret_str(kr_str_substr(th, s, i, j));
    }
#define STRIPPED(c) (chars ? has_char(chars, c) : is_space(c))
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



/* replace for Latin-1 text and replacement (old nonempty): the result is
 * sized from the number of matches and written once, without the pieces. */
static Str *replace_latin1(Thread *th, Str *s, Str *old, Str *new_, int64_t count)
{
    int64_t n = 0;
    for (int64_t i = 0; count < 0 || n < count; n++) {
        int64_t j = kr_str_find(s, old, i, s->len);
        if (j < 0)
            break;
        i = j + old->len;
    }
    if (n == 0)
        return kr_str_substr(th, s, 0, s->len);     /* itself, or an exact copy */
    int64_t len = s->len + n * (new_->len - old->len);
    /* ASCII in and ASCII out; otherwise the removed text may have held
     * the only non-ASCII characters, so the result is scanned. */
    Str *r = kr_str_alloc(th, len, 1, s->ascii && new_->ascii);
    if (!r)
        return NULL;
    unsigned char *out = r->data;
    int64_t i = 0;
    for (int64_t k = 0; k < n; k++) {
        int64_t j = kr_str_find(s, old, i, s->len);
        memcpy(out, s->data + i, (size_t)(j - i));
        out += j - i;
        memcpy(out, new_->data, (size_t)new_->len);
        out += new_->len;
        i = j + old->len;
    }
    memcpy(out, s->data + i, (size_t)(s->len - i));
    if (!r->ascii)
        r->ascii = kr_bytes_ascii(r->data, (size_t)len);
    return r;
}

METHOD(str_replace)
{
    if (kr_argparse_pos(th, "str.replace", nargs - 1, 2, 3, kwnames) < 0)
        return KR_VALUE_NULL;
    for (int i = 1; i <= 2; i++)
        if (!kr_str_check(args[i]))
            return kr_err_type_error(th, "replace() argument %d must be str, not %s", i,
                                     kr_type_name(args[i]));
    int64_t count = -1;
    if (nargs > 3 && !index_arg(th, args[3], &count))
        return KR_VALUE_NULL;
    Str *s = SELF, *old = kr_as_str(args[1]), *new_ = kr_as_str(args[2]);
    if (old->len > 0 && s->kind == 1 && new_->kind == 1)
        return ret_str(replace_latin1(th, s, old, new_, count));
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
        return kr_err_type_error(th, "__format__() argument must be str, not %s",
                                 kr_arg_type_name(args[1]));
    return kr_str_format_spec(th, SELF, kr_as_str(args[1]));
}

static int64_t rfind_in(const Str *s, const Str *sub, int64_t start, int64_t end)
{
    for (int64_t k = end - sub->len; k >= start; k--)
        if (match_at(s, sub, k))
            return k;
    return -1;
}

/* ---- find, rfind, index, rindex, count, startswith, endswith ----------------------- */

/* One bound of an optional [start, end) range: None or an __index__ value,
 * huge values clipped (CPython's _PyEval_SliceIndex). */
static int slice_bound(Thread *th, Value v, int64_t *out)
{
    if (v == KR_NONE)
        return 0;
    if (!kr_is_int(v) && !kr_type_of(v)->index) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Value i = kr_object_index(th, v);
    if (!i)
        return -1;
    if (kr_is_bigint(i))
        *out = kr_int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    else if (kr_int_as_i64(th, i, out) < 0)
        return -1;
    return 0;
}

/* The arguments (sub[, start[, end]]) of the find family, with start and
 * end adjusted to the string as slice bounds are. */
static int range_args(Thread *th, const char *name, const Value *args, size_t nargs,
                      Tuple *kwnames, int64_t len, int64_t *start, int64_t *end)
{
    if (kwnames && kwnames->size) {
        kr_err_format(th, &kr_exc_TypeError, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < 2 || nargs > 4) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes at %s (%zu given)", name,
                      nargs < 2 ? "least 1 argument" : "most 3 arguments", nargs - 1);
        return -1;
    }
    *start = 0;
    *end = INT64_MAX / 2;
    if ((nargs > 2 && slice_bound(th, args[2], start) < 0) ||
        (nargs > 3 && slice_bound(th, args[3], end) < 0))
        return -1;
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
    return 0;
}

static Value find_common(Thread *th, const Value *args, size_t nargs, Tuple *kwnames,
                         const char *name, bool raise, bool right)
{
    Str *s = SELF;
    int64_t start, end;
    if (range_args(th, name, args, nargs, kwnames, s->len, &start, &end) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1])) {
        kr_err_format(th, &kr_exc_TypeError, "must be str, not %s", kr_type_name(args[1]));
        return KR_VALUE_NULL;
    }
    Str *sub = kr_as_str(args[1]);
    int64_t r = -1;
    if (end - start >= sub->len)
        r = right ? rfind_in(s, sub, start, end) : kr_str_find(s, sub, start, end);
    if (r < 0 && raise) {
        kr_err_set_string(th, &kr_exc_ValueError, "substring not found");
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(r);
}

METHOD(str_find) { return find_common(th, args, nargs, kwnames, "find", false, false); }
METHOD(str_index) { return find_common(th, args, nargs, kwnames, "index", true, false); }
METHOD(str_rfind) { return find_common(th, args, nargs, kwnames, "rfind", false, true); }
METHOD(str_rindex) { return find_common(th, args, nargs, kwnames, "rindex", true, true); }

METHOD(str_count)
{
    Str *s = SELF;
    int64_t start, end;
    if (range_args(th, "count", args, nargs, kwnames, s->len, &start, &end) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1])) {
        kr_err_format(th, &kr_exc_TypeError, "must be str, not %s", kr_type_name(args[1]));
        return KR_VALUE_NULL;
    }
    Str *sub = kr_as_str(args[1]);
    if (end - start < sub->len)
        return kr_from_smallint(0);
    if (sub->len == 0)
        return kr_from_smallint(end - start + 1);
    int64_t n = 0, i = start;
    while ((i = kr_str_find(s, sub, i, end)) >= 0) {
        n++;
        i += sub->len;
    }
    return kr_from_smallint(n);
}

/* CPython's tailmatch: does x occur at the start (or end) of s[start:end]? */
static bool tailmatch(const Str *s, const Str *x, int64_t start, int64_t end, bool ends)
{
    if (end - x->len < start)
        return false;
    return match_at(s, x, ends ? end - x->len : start);
}

static Value starts_ends(Thread *th, const Value *args, size_t nargs, Tuple *kwnames, bool ends,
                         const char *name)
{
    Str *s = SELF;
    int64_t start, end;
    if (range_args(th, name, args, nargs, kwnames, s->len, &start, &end) < 0)
        return KR_VALUE_NULL;
    Value p = args[1];
    if (!kr_is_tuple(p)) {
        if (!kr_str_check(p))
            return kr_err_type_error(th, "%s first arg must be str or a tuple of str, not %s",
                                     name, kr_type_name(p));
        return kr_from_bool(tailmatch(s, kr_as_str(p), start, end, ends));
    }
    Tuple *t = kr_as_tuple(p);
    for (int64_t i = 0; i < t->size; i++) {
        if (!kr_str_check(t->items[i]))
            return kr_err_type_error(th, "tuple for %s must only contain str, not %s", name,
                                     kr_type_name(t->items[i]));
        if (tailmatch(s, kr_as_str(t->items[i]), start, end, ends))
            return KR_TRUE;
    }
    return KR_FALSE;
}

METHOD(str_startswith) { return starts_ends(th, args, nargs, kwnames, false, "startswith"); }
METHOD(str_endswith) { return starts_ends(th, args, nargs, kwnames, true, "endswith"); }

/* ---- padding: center, ljust, rjust, zfill ------------------------------------ */


/* self with `left` and `right` copies of fill around it. */
static Value pad(Thread *th, Str *s, int64_t left, int64_t right, uint32_t fill)
{
    if (left <= 0 && right <= 0)
        return kr_from_obj(s);
    int64_t n = s->len + left + right;
    if (s->kind == 1 && fill < 256) {     /* one byte per character: memset + memcpy */
        Str *r = kr_str_alloc(th, n, 1, s->ascii && fill < 128);
        if (!r)
            return KR_VALUE_NULL;
        memset(r->data, (int)fill, (size_t)left);
        memcpy(r->data + left, s->data, (size_t)s->len);
        memset(r->data + left + s->len, (int)fill, (size_t)right);
        return kr_from_obj(r);
    }
    uint32_t maxc = fill;
    for (int64_t i = 0; i < s->len; i++)
        if (kr_str_char(s, i) > maxc)
            maxc = kr_str_char(s, i);
    Str *r = kr_str_alloc(th, n, maxc < 256 ? 1 : maxc < 65536 ? 2 : 4, maxc < 128);
    if (!r)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = i < left || i >= left + s->len ? fill : kr_str_char(s, i - left);
        switch (r->kind) {
        case 1: r->data[i] = (uint8_t)c; break;
        case 2: ((uint16_t *)r->data)[i] = (uint16_t)c; break;
        default: ((uint32_t *)r->data)[i] = c; break;
        }
    }
    return kr_from_obj(r);
}

static Value justify(Thread *th, const Value *args, size_t nargs, Tuple *kwnames,
                     const char *qualname, int how)
{
    if (kr_argparse_pos(th, qualname, nargs - 1, 1, 2, kwnames) < 0)
        return KR_VALUE_NULL;
    int64_t width;
    if (!index_arg(th, args[1], &width))
        return KR_VALUE_NULL;
    uint32_t fill = ' ';
    if (nargs > 2) {
        if (!kr_str_check(args[2]))
            return kr_err_type_error(th, "The fill character must be a unicode character, not %s",
                                     kr_type_name(args[2]));
        if (kr_as_str(args[2])->len != 1)
            return kr_err_type_error(th, "The fill character must be exactly one character long");
        fill = kr_str_char(kr_as_str(args[2]), 0);
    }
    Str *s = SELF;
    int64_t marg = width - s->len;
    if (marg <= 0)
        return kr_from_obj(s);
    if (how < 0)
        return pad(th, s, 0, marg, fill);
    if (how > 0)
        return pad(th, s, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);     /* CPython's rounding */
    return pad(th, s, left, marg - left, fill);
}

METHOD(str_center) { return justify(th, args, nargs, kwnames, "str.center", 0); }
METHOD(str_ljust) { return justify(th, args, nargs, kwnames, "str.ljust", -1); }
METHOD(str_rjust) { return justify(th, args, nargs, kwnames, "str.rjust", 1); }

METHOD(str_zfill)
{
    if (kr_argparse_one(th, "str.zfill", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    int64_t width;
    if (!index_arg(th, args[1], &width))
        return KR_VALUE_NULL;
    Str *s = SELF;
    if (width <= s->len)
        return kr_from_obj(s);
    Value r = pad(th, s, width - s->len, 0, '0');
    if (!r || s->len == 0)
        return r;
    /* A sign moves to the front: "-42".zfill(5) is "-0042". */
    uint32_t c = kr_str_char(s, 0);
    if (c == '+' || c == '-') {
        Str *rs = kr_as_str(r);
        rs->data[0] = (uint8_t)c;       /* kind 1 or wider: both write byte 0 */
        if (rs->kind == 2)
            ((uint16_t *)rs->data)[0] = (uint16_t)c;
        else if (rs->kind == 4)
            ((uint32_t *)rs->data)[0] = c;
        int64_t at = width - s->len;
        if (rs->kind == 1)
            rs->data[at] = '0';
        else if (rs->kind == 2)
            ((uint16_t *)rs->data)[at] = '0';
        else
            ((uint32_t *)rs->data)[at] = '0';
    }
    return r;
}

/* ---- a growable code-point buffer for methods that build new text ---------- */

typedef struct CpBuf {
    uint32_t *p;
    size_t n, cap;
} CpBuf;

static int cp_put(Thread *th, CpBuf *b, uint32_t c)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 16;
        uint32_t *p = realloc(b->p, cap * sizeof *p);
        if (!p) {
            kr_err_no_memory(th);
            return -1;
        }
        b->p = p;
        b->cap = cap;
    }
    b->p[b->n++] = c;
    return 0;
}

static Value cp_finish(Thread *th, CpBuf *b)
{
    Str *s = kr_str_from_ucs4(th, b->p, b->n);
    free(b->p);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value cp_fail(CpBuf *b)
{
    free(b->p);
    return KR_VALUE_NULL;
}

METHOD(str_expandtabs)
{
    static const char *const names[] = {"tabsize", NULL};
    static const ArgSpec spec = {"expandtabs", names, 0, 1, 0};
    Value a[1] = {kr_from_smallint(8)};
    if (kr_argparse(th, &spec, args + 1, nargs - 1, kwnames, a) < 0)
        return KR_VALUE_NULL;
    int64_t tab;
    if (!index_arg(th, a[0], &tab))
        return KR_VALUE_NULL;
    Str *s = SELF;
    CpBuf b = {0};
    int64_t col = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c == '\t') {
            if (tab > 0) {
                int64_t k = tab - col % tab;
                col += k;
                while (k--)
                    if (cp_put(th, &b, ' ') < 0)
                        return cp_fail(&b);
            }
            continue;
        }
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
        if (cp_put(th, &b, c) < 0)
            return cp_fail(&b);
    }
    return cp_finish(th, &b);
}

/* ---- partition, rpartition, removeprefix, removesuffix ------------------------ */


static Value partition(Thread *th, const Value *args, size_t nargs, Tuple *kwnames,
                       const char *qualname, bool right)
{
    if (kr_argparse_one(th, qualname, nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "must be str, not %s", kr_type_name(args[1]));
    Str *s = SELF, *sep = kr_as_str(args[1]);
    if (sep->len == 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "empty separator");
        return KR_VALUE_NULL;
    }
    int64_t at = right ? rfind_in(s, sep, 0, s->len) : kr_str_find(s, sep, 0, s->len);
    Value items[3];
    Value empty = kr_from_obj(th->vm->empty_str);
    if (at < 0) {
        items[0] = right ? empty : kr_from_obj(s);
        items[1] = empty;
        items[2] = right ? kr_from_obj(s) : empty;
    } else {
        Str *a = kr_str_substr(th, s, 0, at);
        Str *c = a ? kr_str_substr(th, s, at + sep->len, s->len) : NULL;
        if (!c)
            return KR_VALUE_NULL;
        items[0] = kr_from_obj(a);
        items[1] = kr_from_obj(sep);
        items[2] = kr_from_obj(c);
    }
    Tuple *t = kr_tuple_from_array(th, items, 3);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

METHOD(str_partition) { return partition(th, args, nargs, kwnames, "str.partition", false); }
METHOD(str_rpartition) { return partition(th, args, nargs, kwnames, "str.rpartition", true); }

static Value remove_affix(Thread *th, const Value *args, size_t nargs, Tuple *kwnames,
                          const char *qualname, bool suffix)
{
    if (kr_argparse_one(th, qualname, nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "%s() argument must be str, not %s",
                                 strchr(qualname, '.') + 1, kr_type_name(args[1]));
    Str *s = SELF, *x = kr_as_str(args[1]);
    if (!match_at(s, x, suffix ? s->len - x->len : 0) || x->len == 0)
        return kr_from_obj(s);
    return ret_str(suffix ? kr_str_substr(th, s, 0, s->len - x->len)
                          : kr_str_substr(th, s, x->len, s->len));
}

METHOD(str_removeprefix) { return remove_affix(th, args, nargs, kwnames, "str.removeprefix", false); }
METHOD(str_removesuffix) { return remove_affix(th, args, nargs, kwnames, "str.removesuffix", true); }

/* ---- splitlines --------------------------------------------------------------- */

/* str.splitlines' boundaries: \n \v \f \r, \x1c-\x1e and \x85 in Latin-1,
 * and beyond it only U+2028 and U+2029 (CPython's _PyUnicode_IsLinebreak). */
static inline bool is_linebreak(uint32_t c)
{
    return c <= 0x85 ? (c <= 0x1e && ((c >= 0x0a && c <= 0x0d) || c >= 0x1c)) || c == 0x85
                     : c == 0x2028 || c == 0x2029;
}

/* The first line boundary at or after i (s->len if none): one loop per
 * width, no switch per character. */
static int64_t next_linebreak(const Str *s, int64_t i)
{
    int64_t n = s->len;
    if (s->kind == 1) {
        for (const uint8_t *d = s->data; i < n; i++)
            if (is_linebreak(d[i]))
                return i;
    } else if (s->kind == 2) {
        for (const uint16_t *d = (const uint16_t *)s->data; i < n; i++)
            if (is_linebreak(d[i]))
                return i;
    } else {
        for (const uint32_t *d = (const uint32_t *)s->data; i < n; i++)
            if (is_linebreak(d[i]))
                return i;
    }
    return n;
}

METHOD(str_splitlines)
{
    static const char *const names[] = {"keepends", NULL};
    static const ArgSpec spec = {"splitlines", names, 0, 1, 0};
    Value a[1] = {KR_FALSE};
    if (kr_argparse(th, &spec, args + 1, nargs - 1, kwnames, a) < 0)
        return KR_VALUE_NULL;
    Value kv = kr_object_index(th, a[0]);     /* an int converter, as CPython's */
    if (!kv)
        return KR_VALUE_NULL;
    bool keep = kr_int_sign(kv) != 0;
    Str *s = SELF;
    List *out = kr_list_new(th, 0);
    if (!out)
        return KR_VALUE_NULL;
    int64_t i = 0;
    while (i < s->len) {
        int64_t j = next_linebreak(s, i);
        int64_t eol = j;
        if (j < s->len) {
            if (kr_str_char(s, j) == '\r' && j + 1 < s->len && kr_str_char(s, j + 1) == '\n')
                j += 2;
            else
                j++;
            if (keep)
                eol = j;
        }
        Str *line = kr_str_substr(th, s, i, eol);
        if (!line || kr_list_append(th, out, kr_from_obj(line)) < 0)
            return KR_VALUE_NULL;
        i = j;
    }
    return kr_from_obj(out);
}

/* ---- case mappings: casefold, title, capitalize, swapcase ----------------------- */

/* Final sigma (Unicode 3.13, as CPython's handle_capital_sigma): U+03A3
 * lowers to U+03C2 when a cased letter precedes it and none follows,
 * skipping case-ignorable characters both ways. */
static uint32_t lower_sigma(const Str *s, int64_t i)
{
    int64_t j = i - 1;
    while (j >= 0 && kr_unicode_is_case_ignorable(kr_str_char(s, j)))
        j--;
    bool before = j >= 0 && kr_unicode_is_cased(kr_str_char(s, j));
    j = i + 1;
    while (j < s->len && kr_unicode_is_case_ignorable(kr_str_char(s, j)))
        j++;
    bool after = j < s->len && kr_unicode_is_cased(kr_str_char(s, j));
    return before && !after ? 0x3c2 : 0x3c3;
}

/* Appends the mapping of s[i] under `how`: 'l'ower, 'u'pper, 't'itle, 'f'old. */
static int put_mapped(Thread *th, CpBuf *b, const Str *s, int64_t i, char how)
{
    uint32_t c = kr_str_char(s, i), out[KR_UNICODE_CASE_MAX];
    int k;
    if (how == 'l' && c == 0x3a3) {
        out[0] = lower_sigma(s, i);
        k = 1;
    } else {
        k = how == 'l'   ? kr_unicode_lower(c, out)
            : how == 'u' ? kr_unicode_upper(c, out)
            : how == 't' ? kr_unicode_title(c, out)
                         : kr_unicode_casefold(c, out);
    }
    for (int j = 0; j < k; j++)
        if (cp_put(th, b, out[j]) < 0)
            return -1;
    return 0;
}

static bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }

/* recase for an ASCII string: every mapping is one byte to one byte, and
 * "cased" means a letter, so no tables and no code-point buffer. */
static Value recase_ascii(Thread *th, const Str *s, char which)
{
    if (s->len == 0)
        return kr_from_obj(th->vm->empty_str);
    Str *r = kr_str_alloc(th, s->len, 1, true);
    if (!r)
        return KR_VALUE_NULL;
    const unsigned char *in = s->data;
    unsigned char *out = r->data;
    int64_t n = s->len;
    /* one loop per mapping, so each is a branch-light byte loop */
    switch (which) {
    case 'u':
        for (int64_t i = 0; i < n; i++)
            out[i] = (unsigned char)(in[i] - (ascii_lower(in[i]) ? 32 : 0));
        break;
    case 'l': case 'f':
        for (int64_t i = 0; i < n; i++)
            out[i] = (unsigned char)(in[i] + (ascii_upper(in[i]) ? 32 : 0));
        break;
    case 's':
        for (int64_t i = 0; i < n; i++)
            out[i] = (unsigned char)(in[i] ^ (ascii_upper(in[i]) || ascii_lower(in[i]) ? 32 : 0));
        break;
    default: {          /* title, capitalize: upper after an uncased char / at 0 */
        bool prev_cased = false;
        for (int64_t i = 0; i < n; i++) {
            unsigned char c = in[i];
            bool up = ascii_upper(c), low = ascii_lower(c);
            bool to_upper = which == 'c' ? i == 0 : !prev_cased;
            prev_cased = up || low;
            out[i] = (unsigned char)(to_upper && low ? c - 32 : !to_upper && up ? c + 32 : c);
        }
        break;
    }
    }
    return kr_from_obj(r);
}

/* The four case methods differ only in which mapping each character gets. */
static Value recase(Thread *th, const Value *args, size_t nargs, Tuple *kwnames,
                    const char *qualname, char which)
{
    if (kr_argparse_noargs(th, qualname, nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Str *s = SELF;
    if (s->ascii)
        return recase_ascii(th, s, which);
    CpBuf b = {0};
    bool prev_cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        char how;
        switch (which) {
        case 'f': case 'l': case 'u': how = which; break;
        case 'c': how = i == 0 ? 't' : 'l'; break;
        case 's':
            how = kr_unicode_isupper(c) ? 'l' : kr_unicode_islower(c) ? 'u' : 0;
            break;
        default:       /* title */
            how = prev_cased ? 'l' : 't';
            prev_cased = kr_unicode_is_cased(c);
            break;
        }
        if (how ? put_mapped(th, &b, s, i, how) < 0 : cp_put(th, &b, c) < 0)
            return cp_fail(&b);
    }
    return cp_finish(th, &b);
}

METHOD(str_upper) { return recase(th, args, nargs, kwnames, "str.upper", 'u'); }
METHOD(str_lower) { return recase(th, args, nargs, kwnames, "str.lower", 'l'); }
METHOD(str_casefold) { return recase(th, args, nargs, kwnames, "str.casefold", 'f'); }
METHOD(str_title) { return recase(th, args, nargs, kwnames, "str.title", 't'); }
METHOD(str_capitalize) { return recase(th, args, nargs, kwnames, "str.capitalize", 'c'); }
METHOD(str_swapcase) { return recase(th, args, nargs, kwnames, "str.swapcase", 's'); }

/* ---- predicates ------------------------------------------------------------------ */

static Value str_pred(Thread *th, const Value *args, size_t nargs, Tuple *kwnames,
                      const char *qualname, bool (*pred)(uint32_t), bool empty)
{
    if (kr_argparse_noargs(th, qualname, nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Str *s = SELF;
    if (s->len == 0)
        return kr_from_bool(empty);
    for (int64_t i = 0; i < s->len; i++)
        if (!pred(kr_str_char(s, i)))
            return KR_FALSE;
    return KR_TRUE;
}

static bool is_ascii_cp(uint32_t c) { return c < 128; }

METHOD(str_isdecimal) { return str_pred(th, args, nargs, kwnames, "str.isdecimal", kr_unicode_isdecimal, false); }
METHOD(str_isnumeric) { return str_pred(th, args, nargs, kwnames, "str.isnumeric", kr_unicode_isnumeric, false); }
METHOD(str_isprintable) { return str_pred(th, args, nargs, kwnames, "str.isprintable", kr_unicode_isprintable, true); }
METHOD(str_isascii) { return str_pred(th, args, nargs, kwnames, "str.isascii", is_ascii_cp, true); }

/* islower / isupper: at least one cased character, and none of the other
 * case (titlecase counts as upper for islower). */
static Value case_pred(Thread *th, const Value *args, size_t nargs, Tuple *kwnames, bool lower)
{
    if (kr_argparse_noargs(th, lower ? "str.islower" : "str.isupper", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Str *s = SELF;
    bool cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (lower ? (kr_unicode_isupper(c) || kr_unicode_istitle(c))
                  : (kr_unicode_islower(c) || kr_unicode_istitle(c)))
            return KR_FALSE;
        if (lower ? kr_unicode_islower(c) : kr_unicode_isupper(c))
            cased = true;
    }
    return kr_from_bool(cased);
}

METHOD(str_islower) { return case_pred(th, args, nargs, kwnames, true); }
METHOD(str_isupper) { return case_pred(th, args, nargs, kwnames, false); }

METHOD(str_istitle)
{
    if (kr_argparse_noargs(th, "str.istitle", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Str *s = SELF;
    bool cased = false, prev = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (kr_unicode_isupper(c) || kr_unicode_istitle(c)) {
            if (prev)
                return KR_FALSE;
            prev = cased = true;
        } else if (kr_unicode_islower(c)) {
            if (!prev)
                return KR_FALSE;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return kr_from_bool(cased);
}

METHOD(str_isidentifier)
{
    if (kr_argparse_noargs(th, "str.isidentifier", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Str *s = SELF;
    if (s->len == 0)
        return KR_FALSE;
    uint32_t c = kr_str_char(s, 0);
    if (c != '_' && !kr_unicode_is_xid_start(c))
        return KR_FALSE;
    for (int64_t i = 1; i < s->len; i++)
        if (!kr_unicode_is_xid_continue(kr_str_char(s, i)))
            return KR_FALSE;
    return KR_TRUE;
}

/* ---- maketrans / translate ------------------------------------------------------------ */

/* str.maketrans(x[, y[, z]]), a static method: a dict from code points to
 * code points, strings or None. */
METHOD(str_maketrans)
{
    if (kr_argparse_pos(th, "str.maketrans", nargs, 1, 3, kwnames) < 0)
        return KR_VALUE_NULL;
    Dict *d = kr_dict_new(th);
    if (!d)
        return KR_VALUE_NULL;
    if (nargs == 1) {
        if (!kr_is_dict(args[0]))
            return kr_err_type_error(th, "if you give only one argument to maketrans it must be a dict");
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(kr_as_dict(args[0]), &pos, &k, &v)) {
            if (kr_str_check(k)) {
                if (kr_as_str(k)->len != 1) {
                    kr_err_set_string(th, &kr_exc_ValueError,
                                      "string keys in translate table must be of length 1");
                    return KR_VALUE_NULL;
                }
                k = kr_from_smallint(kr_str_char(kr_as_str(k), 0));
            } else if (!kr_is_int(k)) {
                return kr_err_type_error(th, "keys in translate table must be strings or integers");
            }
            if (kr_dict_set(th, d, k, v) < 0)
                return KR_VALUE_NULL;
        }
        return kr_from_obj(d);
    }
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "maketrans() argument 2 must be str, not %s", kr_type_name(args[1]));
    if (nargs == 3 && !kr_str_check(args[2]))
        return kr_err_type_error(th, "maketrans() argument 3 must be str, not %s", kr_type_name(args[2]));
    if (!kr_str_check(args[0]))
        return kr_err_type_error(th, "first maketrans argument must be a string if there is a second argument");
    Str *x = kr_as_str(args[0]), *y = kr_as_str(args[1]);
    if (x->len != y->len) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "the first two maketrans arguments must have equal length");
        return KR_VALUE_NULL;
    }
    for (int64_t i = 0; i < x->len; i++)
        if (kr_dict_set(th, d, kr_from_smallint(kr_str_char(x, i)),
                        kr_from_smallint(kr_str_char(y, i))) < 0)
            return KR_VALUE_NULL;
    for (int64_t i = 0; nargs == 3 && i < kr_as_str(args[2])->len; i++)
        if (kr_dict_set(th, d, kr_from_smallint(kr_str_char(kr_as_str(args[2]), i)), KR_NONE) < 0)
            return KR_VALUE_NULL;
    return kr_from_obj(d);
}

/* One character through the table: appended, deleted (None), replaced by
 * a str, or kept when the lookup raises LookupError. */
static int translate_one(Thread *th, Value table, uint32_t c, CpBuf *b)
{
    Value r = kr_object_getitem(th, table, kr_from_smallint(c));
    if (!r) {
        if (!kr_err_matches(th, &kr_exc_LookupError))
            return -1;
        kr_err_clear(th);
        return cp_put(th, b, c);
    }
    if (r == KR_NONE)
        return 0;
    if (kr_is_int(r)) {
        int64_t v;
        if (kr_is_bigint(r) || kr_int_as_i64(th, r, &v) < 0 || v < 0 || v > 0x10ffff) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_ValueError,
                              "character mapping must be in range(0x110000)");
            return -1;
        }
        return cp_put(th, b, (uint32_t)v);
    }
    if (kr_str_check(r)) {
        Str *s = kr_as_str(r);
        for (int64_t i = 0; i < s->len; i++)
            if (cp_put(th, b, kr_str_char(s, i)) < 0)
                return -1;
        return 0;
    }
    kr_err_set_string(th, &kr_exc_TypeError, "character mapping must return integer, None or str");
    return -1;
}

METHOD(str_translate)
{
    if (kr_argparse_one(th, "str.translate", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Str *s = SELF;
    CpBuf b = {0};
    for (int64_t i = 0; i < s->len; i++)
        if (translate_one(th, args[1], kr_str_char(s, i), &b) < 0)
            return cp_fail(&b);
    return cp_finish(th, &b);
}

METHOD(str_format_map)
{
    if (kr_argparse_one(th, "str.format_map", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return kr_str_format_map(th, SELF, args[1]);
}

METHOD(str_getnewargs)
{
    if (kr_argparse_noargs(th, "str.__getnewargs__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Str *s = SELF;      /* a copy, never self: CPython's _PyUnicode_Copy */
    Str *copy = s->len ? kr_str_alloc(th, s->len, s->kind, s->ascii) : th->vm->empty_str;
    if (copy && s->len)
        memcpy(copy->data, s->data, (size_t)s->len * s->kind);
    Value v = copy ? kr_from_obj(copy) : KR_VALUE_NULL;
    Tuple *t = v ? kr_tuple_from_array(th, &v, 1) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

METHOD(str_sizeof)
{
    if (kr_argparse_noargs(th, "str.__sizeof__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    /* CPython's compact layout: 40 bytes of ASCII header (56 otherwise)
     * plus the characters and a terminator. */
    Str *s = SELF;
    int64_t head = s->ascii ? 40 : 56;
    return kr_int_from_i64(th, head + (s->len + 1) * s->kind);
}

/* int() and float() read Unicode decimal digits and whitespace as their
 * ASCII equivalents (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII);
 * any other non-ASCII character becomes '?', which no parser accepts. */
const char *kr_str_decimal_ascii(Thread *th, Str *s, size_t *len)
{
    if (s->ascii)
        return kr_str_utf8(th, s, len);
    char *out = kr_gc_alloc_atomic((size_t)s->len + 1);
    if (!out) {
        kr_err_no_memory(th);
        return NULL;
    }
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        int d = c < 128 ? -1 : kr_unicode_decimal(c);
        out[i] = c < 128 ? (char)c : is_space(c) ? ' ' : d >= 0 ? (char)('0' + d) : '?';
    }
    out[s->len] = 0;
    *len = (size_t)s->len;
    return out;
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
    {"rfind", str_rfind, NULL, NULL, 0},
    {"rindex", str_rindex, NULL, NULL, 0},
    {"count", str_count, NULL, NULL, 0},
    {"center", str_center, "($self, width, fillchar=' ', /)", NULL, 0},
    {"ljust", str_ljust, "($self, width, fillchar=' ', /)", NULL, 0},
    {"rjust", str_rjust, "($self, width, fillchar=' ', /)", NULL, 0},
    {"zfill", str_zfill, "($self, width, /)", NULL, 0},
    {"expandtabs", str_expandtabs, "($self, /, tabsize=8)", NULL, 0},
    {"partition", str_partition, "($self, sep, /)", NULL, 0},
    {"rpartition", str_rpartition, "($self, sep, /)", NULL, 0},
    {"removeprefix", str_removeprefix, "($self, prefix, /)", NULL, 0},
    {"removesuffix", str_removesuffix, "($self, suffix, /)", NULL, 0},
    {"splitlines", str_splitlines, "($self, /, keepends=False)", NULL, 0},
    {"casefold", str_casefold, "($self, /)", NULL, 0},
    {"title", str_title, "($self, /)", NULL, 0},
    {"capitalize", str_capitalize, "($self, /)", NULL, 0},
    {"swapcase", str_swapcase, "($self, /)", NULL, 0},
    {"isdecimal", str_isdecimal, "($self, /)", NULL, 0},
    {"isnumeric", str_isnumeric, "($self, /)", NULL, 0},
    {"isprintable", str_isprintable, "($self, /)", NULL, 0},
    {"isascii", str_isascii, "($self, /)", NULL, 0},
    {"islower", str_islower, "($self, /)", NULL, 0},
    {"isupper", str_isupper, "($self, /)", NULL, 0},
    {"istitle", str_istitle, "($self, /)", NULL, 0},
    {"isidentifier", str_isidentifier, "($self, /)", NULL, 0},
    {"maketrans", str_maketrans, NULL, NULL, KR_METH_STATIC},
    {"translate", str_translate, "($self, table, /)", NULL, 0},
    {"format_map", str_format_map, NULL, NULL, 0},
    {"__getnewargs__", str_getnewargs, "($self, /)", NULL, 0},
    {"__sizeof__", str_sizeof, "($self, /)", NULL, 0},
    {"isdigit", str_isdigit, "($self, /)", NULL, 0},
    {"isalpha", str_isalpha, "($self, /)", NULL, 0},
    {"isspace", str_isspace, "($self, /)", NULL, 0},
    {"isalnum", str_isalnum, "($self, /)", NULL, 0},
    {"encode", str_encode, "($self, /, encoding='utf-8', errors='strict')", NULL, 0},
    {"format", kr_str_format_method, "($self, /, *args, **kwargs)", NULL, 0},
    {"__format__", str_format_dunder, "($self, format_spec, /)", NULL, 0},
    {0},
};
