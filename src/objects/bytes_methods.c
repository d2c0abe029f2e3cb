/*
 * bytes_methods.c -- the methods of bytes, declared as a MethodDef table.
 *
 * Each method receives self as args[0] (object.h, MethodDef).  Arguments
 * are matched by parse() below -- positional, then keywords by name --
 * until the signature-driven parser lands; the `sig` strings are CPython's
 * __text_signature__.
 *
 * The character classes are ASCII only, as CPython's bytes methods are
 * (Python/pyctype.c): b'\xe9'.isalpha() is False, and upper() leaves bytes
 * >= 0x80 alone.  Whitespace is the six bytes " \t\n\r\v\f".
 *
 * Searching (find, count, split, replace, `in`) goes through
 * kr_bytes_find, which is memmem: glibc's is two-way, linear time.
 */
#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "modules/modules.h"
#include "objects/argparse.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

#define SELF KR_BYTES_VIEW(args[0])
#define METHOD(name) \
    static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kwnames)

/* Positional arguments after self, then keywords, into out[0..]: entries
 * not given stay KR_VALUE_NULL.  0 or -1. */
static int parse(Thread *th, const char *fname, const Value *args, size_t nargs, Tuple *kwnames,
                 const char *const *names, Value *out)
{
    size_t max = 0;
    while (names[max])
        max++;
    for (size_t i = 0; i < max; i++)
        out[i] = KR_VALUE_NULL;
    return kr_mod_bind_args(th, fname, args + 1, nargs - 1, kwnames, names, 0, out);
}

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
static unsigned char to_upper(unsigned char c) { return is_lower(c) ? c - 32 : c; }
static unsigned char to_lower(unsigned char c) { return is_upper(c) ? c + 32 : c; }

/* A result of self's type (bytes or bytearray) holding p[0..n). */
static Value ret_like(Thread *th, Value self, const unsigned char *p, int64_t n)
{
    if (kr_isinstance_type(self, &kr_bytes_type))
        return kr_bytes_value(kr_bytes_new(th, p, n));
    ByteArray *a = kr_bytearray_new(th, p, n);
    return a ? kr_from_obj(a) : KR_VALUE_NULL;
}

/* self unchanged: itself if immutable, else a copy (as CPython). */
static Value same(Thread *th, Value self)
{
    if (kr_is_bytes(self))
        return self;
    ByteView *v = KR_BYTES_VIEW(self);
    return ret_like(th, self, v->data, v->len);
}

/* A result built in a fresh bytes r, as self's type. */
static Value finish(Thread *th, Value self, Bytes *r)
{
    return kr_bytes_check(self) ? kr_from_obj(r) : ret_like(th, self, r->data, r->len);
}

/* The needle of find/count/index: an int in range(256) or a bytes-like. */
static int get_sub(Thread *th, Value v, const unsigned char **p, int64_t *n, unsigned char *one)
{
    if (kr_bytes_like(v) || kr_buffer_check(v))
        return kr_bytes_view(th, v, p, n);
    if (!kr_is_int(v) && !kr_type_of(v)->index) {
        kr_err_format(th, &kr_exc_TypeError,
                      "argument should be integer or bytes-like object, not '%s'",
                      kr_type_name(v));
        return -1;
    }
    Value k = kr_object_index(th, v);
    int64_t c = -1;
    if (!k)
        return -1;
    if (kr_is_smallint(k) || kr_is_bool(k))
        c = kr_is_bool(k) ? k == KR_TRUE : kr_as_smallint(k);
    if (c < 0 || c > 255) {
        kr_err_set_string(th, &kr_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *one = (unsigned char)c;
    *p = one;
    *n = 1;
    return 0;
}

/* start/end arguments as slice bounds over len (CPython's ADJUST_INDICES). */
static int bounds(Thread *th, Value sv, Value ev, int64_t len, int64_t *start, int64_t *end)
{
    *start = 0;
    *end = len;
    Value vs[2] = {sv, ev};
    int64_t *outs[2] = {start, end};
    for (int i = 0; i < 2; i++) {
        if (!vs[i] || vs[i] == KR_NONE)
            continue;
        if (!kr_is_int(vs[i]) && !kr_type_of(vs[i])->index) {
            kr_err_set_string(th, &kr_exc_TypeError,
                              "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        Value k = kr_object_index(th, vs[i]);
        if (!k)
            return -1;
        int64_t x;
        if (kr_is_smallint(k) || kr_is_bool(k))
            x = kr_is_bool(k) ? k == KR_TRUE : kr_as_smallint(k);
        else
            x = kr_int_sign(k) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        if (x < 0) {
            x += len;
            if (x < 0)
                x = 0;
        } else if (x > len && i == 1) {
            x = len;
        }
        *outs[i] = x;
    }
    return 0;
}

/* ---- search ------------------------------------------------------------------ */

/* Reverse search: memrchr has no memmem counterpart; the naive scan is
 * fine for the short separators rfind/rsplit/rpartition see in practice. */
static int64_t rfind(const unsigned char *h, int64_t start, int64_t end, const unsigned char *p,
                     int64_t n)
{
    for (int64_t i = end - n; i >= start; i--)
        if (memcmp(h + i, p, (size_t)n) == 0)
            return i;
    return -1;
}

/* find, rfind, index, rindex: -2 on error, else the index or -1. */
static int64_t search(Thread *th, const Value *args, size_t nargs, Tuple *kwnames,
                      const char *name, bool reverse)
{
    static const char *const names[] = {"sub", "start", "end", NULL};
    Value a[3];
    if (parse(th, name, args, nargs, kwnames, names, a) < 0)
        return -2;
    if (!a[0]) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes at least 1 argument (0 given)", name);
        return -2;
    }
    ByteView *b = SELF;
    const unsigned char *p;
    unsigned char one;
    int64_t n, start, end;
    if (get_sub(th, a[0], &p, &n, &one) < 0 || bounds(th, a[1], a[2], b->len, &start, &end) < 0)
        return -2;
    /* a start past the end finds nothing, not even b'' */
    if (start > b->len || end - start < n)
        return -1;
    return reverse ? rfind(b->data, start, end, p, n) : kr_bytes_find(b->data, start, end, p, n);
}

static Value search_result(Thread *th, int64_t r, bool raise)
{
    if (r == -2)
        return KR_VALUE_NULL;
    if (r == -1 && raise) {
        kr_err_set_string(th, &kr_exc_ValueError, "subsection not found");
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(r);
}

METHOD(bytes_find) { return search_result(th, search(th, args, nargs, kwnames, "find", false), false); }
METHOD(bytes_rfind) { return search_result(th, search(th, args, nargs, kwnames, "rfind", true), false); }
METHOD(bytes_index) { return search_result(th, search(th, args, nargs, kwnames, "index", false), true); }
METHOD(bytes_rindex) { return search_result(th, search(th, args, nargs, kwnames, "rindex", true), true); }

METHOD(bytes_count)
{
    static const char *const names[] = {"sub", "start", "end", NULL};
    Value a[3];
    if (parse(th, "count", args, nargs, kwnames, names, a) < 0)
        return KR_VALUE_NULL;
    if (!a[0])
        return kr_err_type_error(th, "count() takes at least 1 argument (0 given)");
    ByteView *b = SELF;
    const unsigned char *p;
    unsigned char one;
    int64_t n, start, end;
    if (get_sub(th, a[0], &p, &n, &one) < 0 || bounds(th, a[1], a[2], b->len, &start, &end) < 0)
        return KR_VALUE_NULL;
    if (start > b->len || end < start)
        return kr_from_smallint(0);
    if (n == 0)
        return kr_from_smallint(end - start + 1);
    int64_t count = 0;
    for (int64_t i = start; (i = kr_bytes_find(b->data, i, end, p, n)) >= 0; i += n)
        count++;
    return kr_from_smallint(count);
}

static Value starts_ends(Thread *th, const Value *args, size_t nargs, Tuple *kwnames, bool ends,
                         const char *name)
{
    if (kr_call_check_args(th, name, nargs - 1, 1, 3, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    int64_t start, end;
    if (bounds(th, nargs > 2 ? args[2] : KR_VALUE_NULL, nargs > 3 ? args[3] : KR_VALUE_NULL,
               b->len, &start, &end) < 0)
        return KR_VALUE_NULL;
    Value p = args[1];
    int64_t n = 1;
    const Value *pv = &p;
    if (kr_is_tuple(p)) {
        n = kr_as_tuple(p)->size;
        pv = kr_as_tuple(p)->items;
    }
    for (int64_t i = 0; i < n; i++) {
        Value q = kr_bytes_coerce(th, pv[i]);
        if (!q)
            return KR_VALUE_NULL;
        if (!kr_bytes_like(q)) {
            if (kr_is_tuple(p))
                return kr_err_type_error(th, "a bytes-like object is required, not '%s'",
                                         kr_type_name(pv[i]));
            return kr_err_type_error(th, "%s first arg must be bytes or a tuple of bytes, not %s",
                                     name, kr_type_name(pv[i]));
        }
        ByteView *x = KR_BYTES_VIEW(q);
        if (start > b->len || end - start < x->len)
            continue;
        int64_t at = ends ? end - x->len : start;
        if (memcmp(b->data + at, x->data, (size_t)x->len) == 0)
            return KR_TRUE;
    }
    return KR_FALSE;
}

METHOD(bytes_startswith) { return starts_ends(th, args, nargs, kwnames, false, "startswith"); }
METHOD(bytes_endswith) { return starts_ends(th, args, nargs, kwnames, true, "endswith"); }

/* ---- split, join, partition ------------------------------------------------------ */

static int append_slice(Thread *th, List *out, Value self, ByteView *b, int64_t i, int64_t j)
{
    Value part = ret_like(th, self, b->data + i, j - i);
    return part ? kr_list_append(th, out, part) : -1;
}

/* split and rsplit.  rsplit scans from the right and appends, then
 * reverses the list once: maxsplit counts from the right. */
static Value split_common(Thread *th, const Value *args, size_t nargs, Tuple *kwnames,
                          bool reverse)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value a[2];
    const char *fname = reverse ? "rsplit" : "split";
    if (parse(th, fname, args, nargs, kwnames, names, a) < 0)
        return KR_VALUE_NULL;
    int64_t maxsplit = -1;
    if (a[1] && kr_int_as_i64(th, a[1], &maxsplit) < 0)
        return KR_VALUE_NULL;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    ByteView *b = SELF;
    List *out = kr_list_new(th, 0);
    if (!out)
        return KR_VALUE_NULL;
    const unsigned char *d = b->data;
    int64_t n = b->len, splits = 0;
    if (!a[0] || a[0] == KR_NONE) {
        /* runs of whitespace separate; none at the ends */
        if (!reverse) {
            for (int64_t i = 0; i < n;) {
                while (i < n && is_space(d[i]))
                    i++;
                if (i >= n)
                    break;
                int64_t j = i;
                if (splits++ >= maxsplit) {
                    j = n;      /* the rest, trailing whitespace kept */
                } else {
                    while (j < n && !is_space(d[j]))
                        j++;
                }
                if (append_slice(th, out, args[0], b, i, j) < 0)
                    return KR_VALUE_NULL;
                i = j;
            }
        } else {
            for (int64_t j = n; j > 0;) {
                while (j > 0 && is_space(d[j - 1]))
                    j--;
                if (j <= 0)
                    break;
                int64_t i = j;
                if (splits++ >= maxsplit) {
                    i = 0;
                } else {
                    while (i > 0 && !is_space(d[i - 1]))
                        i--;
                }
                if (append_slice(th, out, args[0], b, i, j) < 0)
                    return KR_VALUE_NULL;
                j = i;
            }
        }
    } else {
        const unsigned char *sep;
        int64_t sn;
        if (kr_bytes_view(th, a[0], &sep, &sn) < 0)
            return KR_VALUE_NULL;
        if (sn == 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "empty separator");
            return KR_VALUE_NULL;
        }
        if (!reverse) {
            int64_t i = 0;
            for (;;) {
                int64_t j = splits++ >= maxsplit ? -1 : kr_bytes_find(d, i, n, sep, sn);
                if (append_slice(th, out, args[0], b, i, j < 0 ? n : j) < 0)
                    return KR_VALUE_NULL;
                if (j < 0)
                    break;
                i = j + sn;
            }
        } else {
            int64_t j = n;
            for (;;) {
                int64_t i = splits++ >= maxsplit ? -1 : rfind(d, 0, j, sep, sn);
                if (append_slice(th, out, args[0], b, i < 0 ? 0 : i + sn, j) < 0)
                    return KR_VALUE_NULL;
                if (i < 0)
                    break;
                j = i;
            }
        }
    }
    if (reverse) {   /* built back to front */
        for (int64_t i = 0, j = out->size - 1; i < j; i++, j--) {
            Value t = out->items[i];
            out->items[i] = out->items[j];
            out->items[j] = t;
        }
    }
    return kr_from_obj(out);
}

METHOD(bytes_split) { return split_common(th, args, nargs, kwnames, false); }
METHOD(bytes_rsplit) { return split_common(th, args, nargs, kwnames, true); }

METHOD(bytes_splitlines)
{
    static const char *const names[] = {"keepends", NULL};
    Value a[1];
    if (parse(th, "splitlines", args, nargs, kwnames, names, a) < 0)
        return KR_VALUE_NULL;
    int keep = a[0] ? kr_object_truth(th, a[0]) : 0;
    if (keep < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    List *out = kr_list_new(th, 0);
    if (!out)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < b->len;) {
        int64_t j = i;
        while (j < b->len && b->data[j] != '\n' && b->data[j] != '\r')
            j++;
        int64_t eol = j;
        if (j < b->len)
            j += b->data[j] == '\r' && j + 1 < b->len && b->data[j + 1] == '\n' ? 2 : 1;
        if (append_slice(th, out, args[0], b, i, keep ? j : eol) < 0)
            return KR_VALUE_NULL;
        i = j;
    }
    return kr_from_obj(out);
}

METHOD(bytes_join)
{
    if (kr_call_check_args(th, "join", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteView *sep = SELF;
    List *items = kr_list_from_iterable(th, args[1]);
    if (!items)
        return KR_VALUE_NULL;
    int64_t total = items->size ? sep->len * (items->size - 1) : 0;
    for (int64_t i = 0; i < items->size; i++) {
        Value x = kr_bytes_coerce(th, items->items[i]);
        if (x)
            items->items[i] = x;
        else
            kr_err_clear(th);        /* CPython reports any buffer failure so */
        if (!x || !kr_bytes_like(items->items[i]))
            return kr_err_type_error(th, "sequence item %lld: expected a bytes-like object, %s found",
                                     (long long)i, kr_type_name(items->items[i]));
        total += KR_BYTES_VIEW(items->items[i])->len;
    }
    Bytes *r = kr_bytes_alloc(th, total);
    if (!r)
        return KR_VALUE_NULL;
    int64_t k = 0;
    for (int64_t i = 0; i < items->size; i++) {
        ByteView *x = KR_BYTES_VIEW(items->items[i]);
        if (i) {
            memcpy(r->data + k, sep->data, (size_t)sep->len);
            k += sep->len;
        }
        memcpy(r->data + k, x->data, (size_t)x->len);
        k += x->len;
    }
    return finish(th, args[0], r);
}

static Value partition(Thread *th, const Value *args, size_t nargs, Tuple *kwnames, bool reverse)
{
    if (kr_call_check_args(th, reverse ? "rpartition" : "partition", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    const unsigned char *sep;
    int64_t sn;
    if (kr_bytes_view(th, args[1], &sep, &sn) < 0)
        return KR_VALUE_NULL;
    if (sn == 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "empty separator");
        return KR_VALUE_NULL;
    }
    int64_t i = reverse ? rfind(b->data, 0, b->len, sep, sn) : kr_bytes_find(b->data, 0, b->len, sep, sn);
    Value parts[3];
    if (i < 0) {
        Value whole = same(th, args[0]);
        Value e1 = ret_like(th, args[0], NULL, 0), e2 = ret_like(th, args[0], NULL, 0);
        if (!whole || !e1 || !e2)
            return KR_VALUE_NULL;
        parts[0] = reverse ? e1 : whole;
        parts[1] = e2;
        parts[2] = reverse ? whole : e1;
    } else {
        parts[0] = ret_like(th, args[0], b->data, i);
        parts[1] = kr_is_bytes(args[0]) && kr_is_bytes(args[1]) ? args[1] : ret_like(th, args[0], sep, sn);
        parts[2] = ret_like(th, args[0], b->data + i + sn, b->len - i - sn);
        if (!parts[0] || !parts[1] || !parts[2])
            return KR_VALUE_NULL;
    }
    Tuple *t = kr_tuple_from_array(th, parts, 3);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

METHOD(bytes_partition) { return partition(th, args, nargs, kwnames, false); }
METHOD(bytes_rpartition) { return partition(th, args, nargs, kwnames, true); }

/* ---- strip, replace, affixes -------------------------------------------------------- */

static Value do_strip(Thread *th, const Value *args, size_t nargs, Tuple *kwnames, int which,
                      const char *name)
{
    if (kr_call_check_args(th, name, nargs - 1, 0, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    const unsigned char *chars = NULL;
    int64_t nc = 0;
    if (nargs > 1 && args[1] != KR_NONE && kr_bytes_view(th, args[1], &chars, &nc) < 0)
        return KR_VALUE_NULL;
    int64_t i = 0, j = b->len;
#define STRIPPED(c) (chars ? nc && memchr(chars, (c), (size_t)nc) != NULL : is_space(c))
    if (which & 1)
        while (i < j && STRIPPED(b->data[i]))
            i++;
    if (which & 2)
        while (j > i && STRIPPED(b->data[j - 1]))
            j--;
#undef STRIPPED
    if (i == 0 && j == b->len)
        return same(th, args[0]);
    return ret_like(th, args[0], b->data + i, j - i);
}

METHOD(bytes_strip) { return do_strip(th, args, nargs, kwnames, 3, "strip"); }
METHOD(bytes_lstrip) { return do_strip(th, args, nargs, kwnames, 1, "lstrip"); }
METHOD(bytes_rstrip) { return do_strip(th, args, nargs, kwnames, 2, "rstrip"); }

METHOD(bytes_replace)
{
    if (kr_call_check_args(th, "replace", nargs - 1, 2, 3, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    const unsigned char *old, *new_;
    int64_t on, nn, count = -1;
    if (kr_bytes_view(th, args[1], &old, &on) < 0 || kr_bytes_view(th, args[2], &new_, &nn) < 0)
        return KR_VALUE_NULL;
    if (nargs > 3 && kr_int_as_i64(th, args[3], &count) < 0)
        return KR_VALUE_NULL;
    if (count < 0)
        count = INT64_MAX;
    Buf out;
    kr_buf_init(&out);
    int64_t done = 0, i = 0;
    if (on == 0) {
        /* new_ before every byte and at the end */
        for (; i <= b->len; i++) {
            if (done < count) {
                kr_buf_write(&out, new_, (size_t)nn);
                done++;
            }
            if (i < b->len)
                kr_buf_putc(&out, (char)b->data[i]);
        }
    } else {
        for (;;) {
            int64_t j = done >= count ? -1 : kr_bytes_find(b->data, i, b->len, old, on);
            int64_t e = j < 0 ? b->len : j;
            kr_buf_write(&out, b->data + i, (size_t)(e - i));
            if (j < 0)
                break;
            kr_buf_write(&out, new_, (size_t)nn);
            done++;
            i = j + on;
        }
    }
    Value r = ret_like(th, args[0], (const unsigned char *)(out.data ? out.data : ""), (int64_t)out.len);
    kr_buf_free(&out);
    return r;
}

static Value affix(Thread *th, const Value *args, size_t nargs, Tuple *kwnames, bool suffix)
{
    if (kr_call_check_args(th, suffix ? "removesuffix" : "removeprefix", nargs - 1, 1, 1,
                           kwnames) < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    const unsigned char *p;
    int64_t n;
    if (kr_bytes_view(th, args[1], &p, &n) < 0)
        return KR_VALUE_NULL;
    if (n == 0 || n > b->len ||
        memcmp(suffix ? b->data + b->len - n : b->data, p, (size_t)n) != 0)
        return same(th, args[0]);
    return ret_like(th, args[0], suffix ? b->data : b->data + n, b->len - n);
}

METHOD(bytes_removeprefix) { return affix(th, args, nargs, kwnames, false); }
METHOD(bytes_removesuffix) { return affix(th, args, nargs, kwnames, true); }

/* center, ljust, rjust: where (0 left, 1 center, 2 right) the data goes. */
static Value justify(Thread *th, const Value *args, size_t nargs, Tuple *kwnames, int where,
                     const char *name)
{
    if (kr_call_check_args(th, name, nargs - 1, 1, 2, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    int64_t width;
    unsigned char fill = ' ';
    if (kr_int_as_i64(th, args[1], &width) < 0)
        return KR_VALUE_NULL;
    if (nargs > 2) {
        if (!kr_bytes_like(args[2]) || KR_BYTES_VIEW(args[2])->len != 1)
            return kr_err_type_error(th, "%s() argument 2 must be a byte string of length 1, not %s",
                                     name, kr_type_name(args[2]));
        fill = KR_BYTES_VIEW(args[2])->data[0];
    }
    if (width <= b->len)
        return same(th, args[0]);
    int64_t pad = width - b->len;
    /* CPython's center puts the odd byte on the left when len is odd */
    int64_t left = where == 0 ? 0 : where == 2 ? pad : pad / 2 + (pad & width & 1);
    Bytes *r = kr_bytes_alloc(th, width);
    if (!r)
        return KR_VALUE_NULL;
    memset(r->data, fill, (size_t)width);
    memcpy(r->data + left, b->data, (size_t)b->len);
    return finish(th, args[0], r);
}

METHOD(bytes_ljust) { return justify(th, args, nargs, kwnames, 0, "ljust"); }
METHOD(bytes_center) { return justify(th, args, nargs, kwnames, 1, "center"); }
METHOD(bytes_rjust) { return justify(th, args, nargs, kwnames, 2, "rjust"); }

METHOD(bytes_zfill)
{
    if (kr_call_check_args(th, "zfill", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    int64_t width;
    if (kr_int_as_i64(th, args[1], &width) < 0)
        return KR_VALUE_NULL;
    if (width <= b->len)
        return same(th, args[0]);
    int64_t pad = width - b->len;
    Bytes *r = kr_bytes_alloc(th, width);
    if (!r)
        return KR_VALUE_NULL;
    memset(r->data, '0', (size_t)pad);
    memcpy(r->data + pad, b->data, (size_t)b->len);
    if (b->len && (b->data[0] == '+' || b->data[0] == '-')) {
        r->data[0] = b->data[0];
        r->data[pad] = '0';
    }
    return finish(th, args[0], r);
}

/* ---- case and character classes --------------------------------------------------- */

typedef enum { C_UPPER, C_LOWER, C_SWAP, C_CAPITALIZE, C_TITLE } CaseOp;

static Value do_case(Thread *th, const Value *args, size_t nargs, Tuple *kwnames, CaseOp op,
                     const char *name)
{
    if (kr_argparse_check_of(th, args[0], name, nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    Bytes *r = kr_bytes_alloc(th, b->len);
    if (!r)
        return KR_VALUE_NULL;
    bool prev_cased = false;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        switch (op) {
        case C_UPPER: c = to_upper(c); break;
        case C_LOWER: c = to_lower(c); break;
        case C_SWAP: c = is_upper(c) ? to_lower(c) : to_upper(c); break;
        case C_CAPITALIZE: c = i == 0 ? to_upper(c) : to_lower(c); break;
        case C_TITLE:
            c = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = is_alpha(c);
            break;
        }
        r->data[i] = c;
    }
    return finish(th, args[0], r);
}

METHOD(bytes_upper) { return do_case(th, args, nargs, kwnames, C_UPPER, "upper"); }
METHOD(bytes_lower) { return do_case(th, args, nargs, kwnames, C_LOWER, "lower"); }
METHOD(bytes_swapcase) { return do_case(th, args, nargs, kwnames, C_SWAP, "swapcase"); }
METHOD(bytes_capitalize) { return do_case(th, args, nargs, kwnames, C_CAPITALIZE, "capitalize"); }
METHOD(bytes_title) { return do_case(th, args, nargs, kwnames, C_TITLE, "title"); }

static Value char_class(Thread *th, const Value *args, size_t nargs, Tuple *kwnames,
                        bool (*pred)(unsigned char), const char *name)
{
    if (kr_argparse_check_of(th, args[0], name, nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    if (b->len == 0)
        return KR_FALSE;
    for (int64_t i = 0; i < b->len; i++)
        if (!pred(b->data[i]))
            return KR_FALSE;
    return KR_TRUE;
}

METHOD(bytes_isdigit) { return char_class(th, args, nargs, kwnames, is_digit, "isdigit"); }
METHOD(bytes_isalpha) { return char_class(th, args, nargs, kwnames, is_alpha, "isalpha"); }
METHOD(bytes_isalnum) { return char_class(th, args, nargs, kwnames, is_alnum, "isalnum"); }
METHOD(bytes_isspace) { return char_class(th, args, nargs, kwnames, is_space, "isspace"); }

/* isupper/islower: at least one cased byte, and none of the other case. */
static Value has_case(Thread *th, const Value *args, size_t nargs, Tuple *kwnames, bool upper)
{
    if (kr_call_check_args(th, upper ? "isupper" : "islower", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    bool cased = false;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (upper ? is_lower(c) : is_upper(c))
            return KR_FALSE;
        cased |= upper ? is_upper(c) : is_lower(c);
    }
    return kr_from_bool(cased);
}

METHOD(bytes_isupper) { return has_case(th, args, nargs, kwnames, true); }
METHOD(bytes_islower) { return has_case(th, args, nargs, kwnames, false); }

METHOD(bytes_isascii)
{
    if (kr_argparse_check_of(th, args[0], "isascii", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    for (int64_t i = 0; i < b->len; i++)
        if (b->data[i] >= 0x80)
            return KR_FALSE;
    return KR_TRUE;
}

/* ---- expandtabs, istitle, maketrans, translate, __bytes__ ------------------------ */

METHOD(bytes_expandtabs)
{
    static const char *const names[] = {"tabsize", NULL};
    static const ArgSpec spec = {"expandtabs", names, 0, 1, 0};
    Value a[1] = {kr_from_smallint(8)};
    if (kr_argparse(th, &spec, args + 1, nargs - 1, kwnames, a) < 0)
        return KR_VALUE_NULL;
    Value tv = kr_object_index(th, a[0]);
    int64_t tab;
    if (!tv || kr_int_as_i64(th, tv, &tab) < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    int64_t n = 0, col = 0;
    for (int64_t i = 0; i < b->len; i++) {      /* first pass: the size */
        unsigned char c = b->data[i];
        if (c == '\t') {
            int64_t k = tab > 0 ? tab - col % tab : 0;
            n += k;
            col += k;
        } else {
            n++;
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    Bytes *r = kr_bytes_alloc(th, n);
    if (!r)
        return KR_VALUE_NULL;
    n = col = 0;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (c == '\t') {
            int64_t k = tab > 0 ? tab - col % tab : 0;
            memset(r->data + n, ' ', (size_t)k);
            n += k;
            col += k;
        } else {
            r->data[n++] = c;
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    return finish(th, args[0], r);
}

METHOD(bytes_istitle)
{
    if (kr_argparse_check_of(th, args[0], "istitle", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    bool cased = false, prev = false;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (is_upper(c)) {
            if (prev)
                return KR_FALSE;
            prev = cased = true;
        } else if (is_lower(c)) {
            if (!prev)
                return KR_FALSE;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return kr_from_bool(cased);
}

/* A bytes-like argument, or TypeError "a bytes-like object is required". */
static int want_bytes(Thread *th, Value v, ByteView *out)
{
    if (!kr_bytes_like(v) && kr_buffer_check(v))
        return kr_bytes_view(th, v, &out->data, &out->len);
    if (!kr_bytes_like(v)) {
        kr_err_format(th, &kr_exc_TypeError, "a bytes-like object is required, not '%s'",
                      kr_type_name(v));
        return -1;
    }
    kr_bytes_viewp(v, out);
    return 0;
}

/* bytes.maketrans(frm, to), a static method: the 256-byte table. */
METHOD(bytes_maketrans)
{
    if (kr_argparse_pos(th, "bytes.maketrans", nargs, 2, 2, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteView f, t;
    if (want_bytes(th, args[0], &f) < 0 || want_bytes(th, args[1], &t) < 0)
        return KR_VALUE_NULL;
    if (f.len != t.len) {
        kr_err_set_string(th, &kr_exc_ValueError, "maketrans arguments must have same length");
        return KR_VALUE_NULL;
    }
    Bytes *r = kr_bytes_alloc(th, 256);
    if (!r)
        return KR_VALUE_NULL;
    for (int i = 0; i < 256; i++)
        r->data[i] = (unsigned char)i;
    for (int64_t i = 0; i < f.len; i++)
        r->data[f.data[i]] = t.data[i];
    return kr_from_obj(r);
}

/* translate(table, /, delete=b''): delete first, then map through table
 * (None: identity). */
METHOD(bytes_translate)
{
    static const char *const names[] = {"table", "delete", NULL};
    static const ArgSpec spec = {"translate", names, 1, 2, 1};
    Value a[2] = {KR_VALUE_NULL, KR_VALUE_NULL};
    if (kr_argparse(th, &spec, args + 1, nargs - 1, kwnames, a) < 0)
        return KR_VALUE_NULL;
    ByteView table = {0}, del = {0};
    if (a[0] != KR_NONE) {
        if (want_bytes(th, a[0], &table) < 0)
            return KR_VALUE_NULL;
        if (table.len != 256) {
            kr_err_set_string(th, &kr_exc_ValueError,
                              "translation table must be 256 characters long");
            return KR_VALUE_NULL;
        }
    }
    if (a[1] && want_bytes(th, a[1], &del) < 0)
        return KR_VALUE_NULL;
    bool drop[256] = {false};
    for (int64_t i = 0; i < del.len; i++)
        drop[del.data[i]] = true;
    ByteView *b = SELF;
    Bytes *r = kr_bytes_alloc(th, b->len);
    if (!r)
        return KR_VALUE_NULL;
    int64_t n = 0;
    for (int64_t i = 0; i < b->len; i++)
        if (!drop[b->data[i]])
            r->data[n++] = table.data ? table.data[b->data[i]] : b->data[i];
    r->len = n;
    r->data[n] = 0;
    return finish(th, args[0], r);
}

METHOD(bytes_bytes)
{
    if (kr_argparse_check_of(th, args[0], "__bytes__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    if (kr_is_bytes(args[0]))
        return args[0];
    ByteView *b = SELF;
    return kr_bytes_value(kr_bytes_new(th, b->data, b->len));
}

/* ---- conversions ------------------------------------------------------------------ */

METHOD(bytes_decode)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    Value a[2];
    if (parse(th, "decode", args, nargs, kwnames, names, a) < 0)
        return KR_VALUE_NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !kr_is_str(a[i]))
            return kr_err_type_error(th, "decode() argument '%s' must be str, not %s", names[i],
                                     kr_type_name(a[i]));
    ByteView *b = SELF;
    return kr_bytes_decode(th, b->data, b->len, a[0], a[1]);
}

METHOD(bytes_hex)
{
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    Value a[2];
    if (parse(th, "hex", args, nargs, kwnames, names, a) < 0)
        return KR_VALUE_NULL;
    ByteView *b = SELF;
    char sep = 0;
    int64_t per = 1;
    if (a[0]) {     /* CPython's _Py_strhex_impl: the length, then the type */
        int64_t sn;
        if (kr_object_len(th, a[0], &sn) < 0)
            return KR_VALUE_NULL;
        if (sn != 1) {
            kr_err_set_string(th, &kr_exc_ValueError, "sep must be length 1.");
            return KR_VALUE_NULL;
        }
        uint32_t c;
        if (kr_str_check(a[0]))
            c = kr_as_str(a[0])->kind == 1 ? kr_str_char(kr_as_str(a[0]), 0) : 0x100;
        else if (kr_bytes_check(a[0]))
            c = kr_as_bytes(a[0])->data[0];
        else
            return kr_err_type_error(th, "sep must be str or bytes.");
        if (c > 127) {
            kr_err_set_string(th, &kr_exc_ValueError, "sep must be ASCII.");
            return KR_VALUE_NULL;
        }
        sep = (char)c;
        Value pv = a[1] ? kr_object_index(th, a[1]) : KR_VALUE_NULL;
        if (a[1] && (!pv || kr_int_as_i64(th, pv, &per) < 0 || per < INT32_MIN || per > INT32_MAX)) {
            if (pv && (!kr_err_occurred(th) || kr_err_matches(th, &kr_exc_OverflowError))) {
                kr_err_clear(th);
                kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C int");
            }
            return KR_VALUE_NULL;
        }
    }
    static const char hex[] = "0123456789abcdef";
    Buf out;
    kr_buf_init(&out);
    int64_t group = per < 0 ? -per : per;
    for (int64_t i = 0; i < b->len; i++) {
        /* groups count from the right for a positive bytes_per_sep */
        if (a[0] && i && group && (per > 0 ? (b->len - i) % group == 0 : i % group == 0))
            kr_buf_putc(&out, sep);
        kr_buf_putc(&out, hex[b->data[i] >> 4]);
        kr_buf_putc(&out, hex[b->data[i] & 15]);
    }
    Str *s = kr_str_from_buf(th, &out);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static int hexval(uint32_t c)
{
    return c >= '0' && c <= '9' ? (int)(c - '0') : c >= 'a' && c <= 'f' ? (int)(c - 'a' + 10)
         : c >= 'A' && c <= 'F' ? (int)(c - 'A' + 10) : -1;
}

static Value hex_decode(Thread *th, Str *s);

/* bytes.fromhex(string), a classmethod: args[0] is the class, which a
 * subclass is called with the bytes (CPython's bytes_fromhex_impl);
 * bytearray.fromhex builds on this with the class bytes. */
Value kr_bytes_fromhex(Thread *th, Value unused, const Value *args, size_t nargs,
                           Tuple *kwnames)
{
    if (kr_call_check_args(th, "fromhex", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_str(args[1]))
        return kr_err_type_error(th, "fromhex() argument must be str, not %s",
                                 kr_type_name(args[1]));
    Value r = hex_decode(th, kr_as_str(args[1]));
    if (!r || args[0] == kr_from_obj(&kr_bytes_type))
        return r;
    return kr_vm_call(th, args[0], &r, 1, NULL);
}

static Value hex_decode(Thread *th, Str *s)
{
    Bytes *r = kr_bytes_alloc(th, s->len / 2);
    if (!r)
        return KR_VALUE_NULL;
    int64_t n = 0;
    for (int64_t i = 0; i < s->len;) {
        uint32_t c = kr_str_char(s, i);
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            i++;
            continue;
        }
        int hi = hexval(c);
        int lo = i + 1 < s->len ? hexval(kr_str_char(s, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            kr_err_format(th, &kr_exc_ValueError,
                          "non-hexadecimal number found in fromhex() arg at position %lld",
                          (long long)(hi < 0 ? i : i + 1));
            return KR_VALUE_NULL;
        }
        r->data[n++] = (unsigned char)(hi << 4 | lo);
        i += 2;
    }
    r->len = n;
    r->data[n] = 0;
    return kr_from_obj(r);
}

METHOD(bytes_getnewargs)
{
    ByteView *b = SELF;
    Value copy = ret_like(th, args[0], b->data, b->len);
    Tuple *t = copy ? kr_tuple_from_array(th, &copy, 1) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* The methods bytes and bytearray share (results take self's type). */
#define SHARED_METHODS \
    {"decode", bytes_decode, "($self, /, encoding='utf-8', errors='strict')", NULL, 0}, \
    {"find", bytes_find, NULL, NULL, KR_METH_VARARGS}, \
    {"rfind", bytes_rfind, NULL, NULL, KR_METH_VARARGS}, \
    {"index", bytes_index, NULL, NULL, KR_METH_VARARGS}, \
    {"rindex", bytes_rindex, NULL, NULL, KR_METH_VARARGS}, \
    {"count", bytes_count, NULL, NULL, KR_METH_VARARGS}, \
    {"startswith", bytes_startswith, NULL, NULL, KR_METH_VARARGS}, \
    {"endswith", bytes_endswith, NULL, NULL, KR_METH_VARARGS}, \
    {"split", bytes_split, "($self, /, sep=None, maxsplit=-1)", NULL, 0}, \
    {"rsplit", bytes_rsplit, "($self, /, sep=None, maxsplit=-1)", NULL, 0}, \
    {"splitlines", bytes_splitlines, "($self, /, keepends=False)", NULL, 0}, \
    {"join", bytes_join, "($self, iterable_of_bytes, /)", NULL, 0}, \
    {"partition", bytes_partition, "($self, sep, /)", NULL, 0}, \
    {"rpartition", bytes_rpartition, "($self, sep, /)", NULL, 0}, \
    {"strip", bytes_strip, "($self, bytes=None, /)", NULL, 0}, \
    {"lstrip", bytes_lstrip, "($self, bytes=None, /)", NULL, 0}, \
    {"rstrip", bytes_rstrip, "($self, bytes=None, /)", NULL, 0}, \
    {"replace", bytes_replace, "($self, old, new, count=-1, /)", NULL, 0}, \
    {"removeprefix", bytes_removeprefix, "($self, prefix, /)", NULL, 0}, \
    {"removesuffix", bytes_removesuffix, "($self, suffix, /)", NULL, 0}, \
    {"ljust", bytes_ljust, "($self, width, fillchar=b' ', /)", NULL, 0}, \
    {"rjust", bytes_rjust, "($self, width, fillchar=b' ', /)", NULL, 0}, \
    {"center", bytes_center, "($self, width, fillchar=b' ', /)", NULL, 0}, \
    {"zfill", bytes_zfill, "($self, width, /)", NULL, 0}, \
    {"upper", bytes_upper, "($self, /)", NULL, 0}, \
    {"lower", bytes_lower, "($self, /)", NULL, 0}, \
    {"swapcase", bytes_swapcase, "($self, /)", NULL, 0}, \
    {"capitalize", bytes_capitalize, "($self, /)", NULL, 0}, \
    {"title", bytes_title, "($self, /)", NULL, 0}, \
    {"isdigit", bytes_isdigit, "($self, /)", NULL, 0}, \
    {"isalpha", bytes_isalpha, "($self, /)", NULL, 0}, \
    {"isalnum", bytes_isalnum, "($self, /)", NULL, 0}, \
    {"isspace", bytes_isspace, "($self, /)", NULL, 0}, \
    {"isupper", bytes_isupper, "($self, /)", NULL, 0}, \
    {"islower", bytes_islower, "($self, /)", NULL, 0}, \
    {"isascii", bytes_isascii, "($self, /)", NULL, 0}, \
    {"istitle", bytes_istitle, "($self, /)", NULL, 0}, \
    {"expandtabs", bytes_expandtabs, "($self, /, tabsize=8)", NULL, 0}, \
    {"translate", bytes_translate, "($self, table, /, delete=b'')", NULL, 0}, \
    {"maketrans", bytes_maketrans, "(frm, to, /)", NULL, KR_METH_STATIC},

/* hex's doc is per type: doctest runs its example on each */
const MethodDef kr_bytes_methods[] = {
    SHARED_METHODS
    {"hex", bytes_hex, NULL,
    "Create a string of hexadecimal numbers from a bytes object.\n"
    "\n"
    "  sep\n"
    "    An optional single character or byte to separate hex bytes.\n"
    "  bytes_per_sep\n"
    "    How many bytes between separators.  Positive values count from the\n"
    "    right, negative values count from the left.\n"
    "\n"
    "Example:\n"
    ">>> value = b'\\xb9\\x01\\xef'\n"
    ">>> value.hex()\n"
    "'b901ef'\n"
    ">>> value.hex(':')\n"
    "'b9:01:ef'\n"
    ">>> value.hex(':', 2)\n"
    "'b9:01ef'\n"
    ">>> value.hex(':', -2)\n"
    "'b901:ef'", 0},
    {"fromhex", kr_bytes_fromhex, "($type, string, /)", NULL, KR_METH_CLASS},
    {"__getnewargs__", bytes_getnewargs, "($self, /)", NULL, 0},
    {"__bytes__", bytes_bytes, "($self, /)", NULL, 0},
    {0},
};

/* bytearray's own methods are in bytearray.c. */
#define BA(name) \
    Value kr_bytearray_##name(Thread *th, Value unused, const Value *args, size_t nargs, \
                              Tuple *kwnames)
BA(append); BA(extend); BA(pop); BA(insert); BA(remove); BA(clear); BA(copy); BA(reverse);
BA(fromhex); BA(alloc); BA(reduce); BA(reduce_ex);

const MethodDef kr_bytearray_methods[] = {
    SHARED_METHODS
    {"hex", bytes_hex, NULL,
    "Create a string of hexadecimal numbers from a bytearray object.\n"
    "\n"
    "  sep\n"
    "    An optional single character or byte to separate hex bytes.\n"
    "  bytes_per_sep\n"
    "    How many bytes between separators.  Positive values count from the\n"
    "    right, negative values count from the left.\n"
    "\n"
    "Example:\n"
    ">>> value = bytearray([0xb9, 0x01, 0xef])\n"
    ">>> value.hex()\n"
    "'b901ef'\n"
    ">>> value.hex(':')\n"
    "'b9:01:ef'\n"
    ">>> value.hex(':', 2)\n"
    "'b9:01ef'\n"
    ">>> value.hex(':', -2)\n"
    "'b901:ef'", 0},
    {"append", kr_bytearray_append, "($self, item, /)", NULL, 0},
    {"extend", kr_bytearray_extend, "($self, iterable_of_ints, /)", NULL, 0},
    {"pop", kr_bytearray_pop, "($self, index=-1, /)", NULL, 0},
    {"insert", kr_bytearray_insert, "($self, index, item, /)", NULL, 0},
    {"remove", kr_bytearray_remove, "($self, value, /)", NULL, 0},
    {"clear", kr_bytearray_clear, "($self, /)", NULL, 0},
    {"copy", kr_bytearray_copy, "($self, /)", NULL, 0},
    {"reverse", kr_bytearray_reverse, "($self, /)", NULL, 0},
    {"fromhex", kr_bytearray_fromhex, "($type, string, /)", NULL, KR_METH_CLASS},
    {"__alloc__", kr_bytearray_alloc, "($self, /)", NULL, 0},
    {"__reduce__", kr_bytearray_reduce, "($self, /)", NULL, 0},
    {"__reduce_ex__", kr_bytearray_reduce_ex, "($self, proto=0, /)", NULL, 0},
    {0},
};
