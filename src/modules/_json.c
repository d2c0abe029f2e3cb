/*
 * _json.c -- the _json accelerator under json: scanstring,
 * encode_basestring(_ascii), make_scanner and make_encoder, with CPython
 * 3.11's behaviour (Modules/_json.c), so json.py picks them up exactly as
 * it does on CPython and the pure-Python fallbacks never run.
 *
 * Decoding walks the document's code points directly (any str kind) and
 * builds the values in one recursive descent; errors are raised as
 * json.decoder.JSONDecodeError(msg, doc, pos), and "no value here" as
 * StopIteration(pos), which json.decoder turns into "Expecting value".
 *
 * Encoding appends UTF-8 to one malloc'ed byte buffer (bytes only, so the
 * collector's contract holds) and makes a single str at the end; the
 * result is a list holding it, as 3.11's accumulator returns it, which
 * json.encoder joins.  Strings are
 * escaped in place when the encoder is one of ours; a user-supplied
 * encoder function is called and its result appended.  Nesting in both
 * directions is bounded by the C recursion limit.
 */
#include <math.h>
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/dtoa.h"
#include "core/numfmt.h"
#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

/* Each level of nesting counts as one Python-level call, as CPython's
 * Py_EnterRecursiveCall does, so sys.getrecursionlimit() bounds it; the C
 * depth guard stops a raised limit from overflowing the C stack. */
#define JSON_MAX_DEPTH 5000

static bool enter_nested(Thread *th, const char *what)
{
    if (++th->c_recursion_depth > JSON_MAX_DEPTH ||
        ++th->recursion_depth > th->vm->recursion_limit) {
        th->c_recursion_depth--;
        th->recursion_depth--;
        kr_err_format(th, &kr_exc_RecursionError, "maximum recursion depth exceeded%s", what);
        return false;
    }
    return true;
}

static void leave_nested(Thread *th)
{
    th->c_recursion_depth--;
    th->recursion_depth--;
}

/* ---- errors ----------------------------------------------------------------- */

/* raise json.decoder.JSONDecodeError(msg, doc, pos) */
static void raise_errmsg(Thread *th, const char *msg, Str *doc, int64_t pos)
{
    Value mod = kr_vm_import(th, kr_str_intern_cstr(th, "json.decoder"), true);
    Value cls = mod ? kr_object_getattr(th, mod, kr_str_intern_cstr(th, "JSONDecodeError")) : KR_VALUE_NULL;
    Str *m = cls ? kr_str_from_cstr(th, msg) : NULL;
    if (!m)
        return;
    Value args[3] = {kr_from_obj(m), kr_from_obj(doc), kr_from_smallint(pos)};
    Value exc = kr_vm_call(th, cls, args, 3, NULL);
    if (exc)
        kr_err_set(th, exc);
}

static void raise_stop_iteration(Thread *th, int64_t pos)
{
    kr_err_set_object(th, &kr_exc_StopIteration, kr_from_smallint(pos));
}

static Value first_arg_not_str(Thread *th, Value v)
{
    return kr_err_type_error(th, "first argument must be a string, not %s", kr_type_name(v));
}

/* ---- scanstring ----------------------------------------------------------------- */

static int hex4(const Str *s, int64_t at, uint32_t *out)
{
    uint32_t c = 0;
    for (int64_t k = at; k < at + 4; k++) {
        uint32_t d = kr_str_char(s, k);
        c <<= 4;
        if (d >= '0' && d <= '9')
            c |= d - '0';
        else if (d >= 'a' && d <= 'f')
            c |= d - 'a' + 10;
        else if (d >= 'A' && d <= 'F')
            c |= d - 'A' + 10;
        else
            return -1;
    }
    *out = c;
    return 0;
}

/* Append s[a:b) as UTF-8. */
static void put_range(Buf *b, const Str *s, int64_t a, int64_t e)
{
    if (s->ascii) {
        kr_buf_write(b, s->data + a, (size_t)(e - a));
        return;
    }
    for (int64_t i = a; i < e; i++)
        kr_buf_put_utf8(b, kr_str_char(s, i));
}

/* One escape after the backslash at s[i-1]: appends the character and
 * returns the index after it, or -1 with JSONDecodeError set. */
static int64_t scan_escape(Thread *th, Str *s, int64_t i, int64_t begin, Buf *b)
{
    int64_t len = s->len;
    if (i == len) {
        raise_errmsg(th, "Unterminated string starting at", s, begin);
        return -1;
    }
    uint32_t c = kr_str_char(s, i);
    if (c != 'u') {
        switch (c) {
        case '"': case '\\': case '/': break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        default:
            raise_errmsg(th, "Invalid \\escape", s, i - 1);
            return -1;
        }
        kr_buf_put_utf8(b, c);
        return i + 1;
    }
    i++;
    if (i + 4 >= len || hex4(s, i, &c) < 0) {     /* (a closing quote must follow) */
        raise_errmsg(th, "Invalid \\uXXXX escape", s, i - 1);
        return -1;
    }
    i += 4;
    /* a high surrogate followed by \uDC00-\uDFFF is one character */
    if (c >= 0xD800 && c <= 0xDBFF && i + 6 < len && kr_str_char(s, i) == '\\' &&
        kr_str_char(s, i + 1) == 'u') {
        uint32_t c2;
        if (hex4(s, i + 2, &c2) < 0) {
            raise_errmsg(th, "Invalid \\uXXXX escape", s, i + 1);
            return -1;
        }
        if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
            c = 0x10000 + (((c - 0xD800) << 10) | (c2 - 0xDC00));
            i += 6;
        }
    }
    kr_buf_put_utf8(b, c);
    return i;
}

/* The JSON string whose body starts at s[end] (after the quote): the
 * decoded str, with *next the index after the closing quote.  NULL with
 * JSONDecodeError set. */
static Str *scanstring(Thread *th, Str *s, int64_t end, bool strict, int64_t *next)
{
    int64_t len = s->len, begin = end - 1;
    if (end < 0 || len < end) {
        kr_err_set_string(th, &kr_exc_ValueError, "end is out of bounds");
        return NULL;
    }
    Buf b = {0};
    bool used = false;
    for (;;) {
        int64_t i = end;
        uint32_t c = 0;
        for (; i < len; i++) {
            c = kr_str_char(s, i);
            if (c == '"' || c == '\\')
                break;
            if (c <= 0x1f && strict) {
                raise_errmsg(th, "Invalid control character at", s, i);
                goto fail;
            }
        }
        if (i >= len) {
            raise_errmsg(th, "Unterminated string starting at", s, begin);
            goto fail;
        }
        if (c == '"' && !used) {        /* no escapes: a plain slice */
            *next = i + 1;
            return kr_str_substr(th, s, end, i);
        }
        used = true;
        put_range(&b, s, end, i);
        if (c == '"') {
            *next = i + 1;
            return kr_str_from_buf(th, &b);
        }
        end = scan_escape(th, s, i + 1, begin, &b);
        if (end < 0)
            goto fail;
    }
fail:
    kr_buf_free(&b);
    return NULL;
}

KR_LIB_FUNC(json_scanstring)
{
    static const char *const names[] = {"", "", "", NULL};
    Value a[3];
    if (kr_libutil_parse(th, "scanstring", args, nargs, kw, names, 3, 2, a) < 0)
        return KR_VALUE_NULL;
    int64_t end;
    if (kr_libutil_as_ssize(th, a[1], &end) < 0)
        return KR_VALUE_NULL;
    int strict = 1;
    if (a[2] && (strict = kr_object_truth(th, a[2])) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(a[0]))
        return first_arg_not_str(th, a[0]);
    int64_t next;
    Str *r = scanstring(th, kr_as_str(a[0]), end, strict, &next);
    Tuple *t = r ? kr_tuple_new(th, 2) : NULL;
    if (!t)
        return KR_VALUE_NULL;
    t->items[0] = kr_from_obj(r);
    t->items[1] = kr_from_smallint(next);
    return kr_from_obj(t);
}

/* ---- the scanner ----------------------------------------------------------------- */

typedef struct Scanner {
    Obj hdr;
    Value strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
    Dict *memo;        /* during one call: each distinct key str once */
    bool is_strict;
} Scanner;

static Type scanner_type, encoder_type;

static Value scan_once(Thread *th, Scanner *sc, Str *s, int64_t idx, int64_t *next);

static bool is_ws(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static int64_t skip_ws(const Str *s, int64_t i)
{
    while (i < s->len && is_ws(kr_str_char(s, i)))
        i++;
    return i;
}

static bool at(const Str *s, int64_t i, uint32_t c) { return i < s->len && kr_str_char(s, i) == c; }

/* The key s[idx] (a quoted string), shared through the memo. */
static Value scan_key(Thread *th, Scanner *sc, Str *s, int64_t idx, int64_t *next)
{
    if (!at(s, idx, '"')) {
        raise_errmsg(th, "Expecting property name enclosed in double quotes", s, idx);
        return KR_VALUE_NULL;
    }
    Str *k = scanstring(th, s, idx + 1, sc->is_strict, next);
    if (!k)
        return KR_VALUE_NULL;
    Value key = kr_from_obj(k);
    Value old = kr_dict_get(th, sc->memo, key);
    if (old)
        return old;
    if (kr_err_occurred(th) || kr_dict_set(th, sc->memo, key, key) < 0)
        return KR_VALUE_NULL;
    return key;
}

/* An object whose '{' is at s[idx-1]. */
static Value parse_object(Thread *th, Scanner *sc, Str *s, int64_t idx, int64_t *next)
{
    bool pairs = sc->object_pairs_hook != KR_NONE;
    Dict *d = pairs ? NULL : kr_dict_new(th);
    List *l = pairs ? kr_list_new(th, 0) : NULL;
    if (!d && !l)
        return KR_VALUE_NULL;
    idx = skip_ws(s, idx);
    if (!at(s, idx, '}')) {
        for (;;) {
            Value key = scan_key(th, sc, s, idx, &idx);
            if (!key)
                return KR_VALUE_NULL;
            idx = skip_ws(s, idx);
            if (!at(s, idx, ':')) {
                raise_errmsg(th, "Expecting ':' delimiter", s, idx);
                return KR_VALUE_NULL;
            }
            idx = skip_ws(s, idx + 1);
            Value val = scan_once(th, sc, s, idx, &idx);
            if (!val)
                return KR_VALUE_NULL;
            if (pairs) {
                Tuple *t = kr_tuple_new(th, 2);
                if (!t)
                    return KR_VALUE_NULL;
                t->items[0] = key;
                t->items[1] = val;
                if (kr_list_append(th, l, kr_from_obj(t)) < 0)
                    return KR_VALUE_NULL;
            } else if (kr_dict_set(th, d, key, val) < 0) {
                return KR_VALUE_NULL;
            }
            idx = skip_ws(s, idx);
            if (at(s, idx, '}'))
                break;
            if (!at(s, idx, ',')) {
                raise_errmsg(th, "Expecting ',' delimiter", s, idx);
                return KR_VALUE_NULL;
            }
            idx = skip_ws(s, idx + 1);
        }
    }
    *next = idx + 1;
    Value r = pairs ? kr_from_obj(l) : kr_from_obj(d);
    if (pairs)
        return kr_vm_call(th, sc->object_pairs_hook, &r, 1, NULL);
    if (sc->object_hook != KR_NONE)
        return kr_vm_call(th, sc->object_hook, &r, 1, NULL);
    return r;
}

/* An array whose '[' is at s[idx-1]. */
static Value parse_array(Thread *th, Scanner *sc, Str *s, int64_t idx, int64_t *next)
{
    List *l = kr_list_new(th, 0);
    if (!l)
        return KR_VALUE_NULL;
    idx = skip_ws(s, idx);
    if (!at(s, idx, ']')) {
        for (;;) {
            Value val = scan_once(th, sc, s, idx, &idx);
            if (!val || kr_list_append(th, l, val) < 0)
                return KR_VALUE_NULL;
            idx = skip_ws(s, idx);
            if (at(s, idx, ']'))
                break;
            if (!at(s, idx, ',')) {
                raise_errmsg(th, "Expecting ',' delimiter", s, idx);
                return KR_VALUE_NULL;
            }
            idx = skip_ws(s, idx + 1);
        }
    }
    *next = idx + 1;
    return kr_from_obj(l);
}

static bool is_digit_at(const Str *s, int64_t i)
{
    if (i >= s->len)
        return false;
    uint32_t c = kr_str_char(s, i);
    return c >= '0' && c <= '9';
}

/* A number at s[start], or StopIteration(start) when there is none. */
static Value match_number(Thread *th, Scanner *sc, Str *s, int64_t start, int64_t *next)
{
    int64_t idx = start, len = s->len;
    if (at(s, idx, '-') && ++idx >= len) {
        raise_stop_iteration(th, start);
        return KR_VALUE_NULL;
    }
    uint32_t c = kr_str_char(s, idx);
    if (c >= '1' && c <= '9') {
        idx++;
        while (is_digit_at(s, idx))
            idx++;
    } else if (c == '0') {
        idx++;
    } else {
        raise_stop_iteration(th, start);
        return KR_VALUE_NULL;
    }
    bool is_float = false;
    if (at(s, idx, '.') && is_digit_at(s, idx + 1)) {
        is_float = true;
        idx += 2;
        while (is_digit_at(s, idx))
            idx++;
    }
    if (idx < len - 1 && (at(s, idx, 'e') || at(s, idx, 'E'))) {
        int64_t e_start = idx++;
        if (idx < len - 1 && (at(s, idx, '-') || at(s, idx, '+')))
            idx++;
        while (is_digit_at(s, idx))
            idx++;
        if (is_digit_at(s, idx - 1))
            is_float = true;
        else
            idx = e_start;
    }
    *next = idx;
    Value custom = is_float ? sc->parse_float : sc->parse_int;
    Type *plain = is_float ? &kr_float_type : &kr_int_type;
    if (custom != kr_from_obj(plain)) {
        Str *num = kr_str_substr(th, s, start, idx);
        Value arg = num ? kr_from_obj(num) : KR_VALUE_NULL;
        return arg ? kr_vm_call(th, custom, &arg, 1, NULL) : KR_VALUE_NULL;
    }
    char small[64];
    size_t n = (size_t)(idx - start);
    char *text = n < sizeof small ? small : kr_gc_alloc_atomic(n + 1);
    if (!text) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    for (size_t k = 0; k < n; k++)
        text[k] = (char)kr_str_char(s, start + (int64_t)k);
    text[n] = 0;
    if (!is_float)
        return kr_int_from_string(th, text, n, 10);
    double d;
    if (!kr_numfmt_parse_float(text, n, &d)) {
        kr_err_set_string(th, &kr_exc_ValueError, "could not convert string to float");
        return KR_VALUE_NULL;
    }
    return kr_float_new(th, d);
}

static Value parse_constant(Thread *th, Scanner *sc, const char *name, int64_t idx, int64_t *next)
{
    Str *n = kr_str_intern_cstr(th, name);
    if (!n)
        return KR_VALUE_NULL;
    *next = idx + n->len;
    Value arg = kr_from_obj(n);
    return kr_vm_call(th, sc->parse_constant, &arg, 1, NULL);
}

/* Does s[idx:] start with the ASCII word w? */
static bool has_word(const Str *s, int64_t idx, const char *w)
{
    int64_t n = (int64_t)strlen(w);
    if (idx + n > s->len)
        return false;
    for (int64_t k = 0; k < n; k++)
        if (kr_str_char(s, idx + k) != (unsigned char)w[k])
            return false;
    return true;
}

static Value scan_nested(Thread *th, Scanner *sc, Str *s, int64_t idx, int64_t *next, bool object)
{
    if (!enter_nested(th, object ? " while decoding a JSON object from a unicode string"
                                 : " while decoding a JSON array from a unicode string"))
        return KR_VALUE_NULL;
    Value r = object ? parse_object(th, sc, s, idx, next) : parse_array(th, sc, s, idx, next);
    leave_nested(th);
    return r;
}

/* One JSON value starting at s[idx]. */
static Value scan_once(Thread *th, Scanner *sc, Str *s, int64_t idx, int64_t *next)
{
    if (idx < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "idx cannot be negative");
        return KR_VALUE_NULL;
    }
    if (idx >= s->len) {
        raise_stop_iteration(th, idx);
        return KR_VALUE_NULL;
    }
    switch (kr_str_char(s, idx)) {
    case '"': {
        Str *r = scanstring(th, s, idx + 1, sc->is_strict, next);
        return r ? kr_from_obj(r) : KR_VALUE_NULL;
    }
    case '{': return scan_nested(th, sc, s, idx + 1, next, true);
    case '[': return scan_nested(th, sc, s, idx + 1, next, false);
    case 'n':
        if (has_word(s, idx, "null")) {
            *next = idx + 4;
            return KR_NONE;
        }
        break;
    case 't':
        if (has_word(s, idx, "true")) {
            *next = idx + 4;
            return KR_TRUE;
        }
        break;
    case 'f':
        if (has_word(s, idx, "false")) {
            *next = idx + 5;
            return KR_FALSE;
        }
        break;
    case 'N':
        if (has_word(s, idx, "NaN"))
            return parse_constant(th, sc, "NaN", idx, next);
        break;
    case 'I':
        if (has_word(s, idx, "Infinity"))
            return parse_constant(th, sc, "Infinity", idx, next);
        break;
    case '-':
        if (has_word(s, idx, "-Infinity"))
            return parse_constant(th, sc, "-Infinity", idx, next);
        break;
    }
    return match_number(th, sc, s, idx, next);
}

static Value scanner_call(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"string", "idx", NULL};
    Value a[2];
    if (kr_libutil_parse(th, "scan_once", args, nargs, kw, names, 0, 2, a) < 0)
        return KR_VALUE_NULL;
    int64_t idx, next = -1;
    if (kr_libutil_as_ssize(th, a[1], &idx) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(a[0]))
        return first_arg_not_str(th, a[0]);
    Scanner *sc = (Scanner *)kr_as_obj(self);
    sc->memo = kr_dict_new(th);
    if (!sc->memo)
        return KR_VALUE_NULL;
    Value r = scan_once(th, sc, kr_as_str(a[0]), idx, &next);
    sc->memo = NULL;
    Tuple *t = r ? kr_tuple_new(th, 2) : NULL;
    if (!t)
        return KR_VALUE_NULL;
    t->items[0] = r;
    t->items[1] = kr_from_smallint(next);
    return kr_from_obj(t);
}

static Value scanner_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"context", NULL};
    Value ctx;
    if (kr_libutil_parse(th, "make_scanner", args, nargs, kw, names, 0, 1, &ctx) < 0)
        return KR_VALUE_NULL;
    Scanner *sc = kr_libutil_alloc(th, type);
    if (!sc)
        return KR_VALUE_NULL;
    static const char *const attrs[] = {"strict", "object_hook", "object_pairs_hook",
                                        "parse_float", "parse_int", "parse_constant"};
    Value *slots[] = {&sc->strict, &sc->object_hook, &sc->object_pairs_hook,
                      &sc->parse_float, &sc->parse_int, &sc->parse_constant};
    for (int i = 0; i < 6; i++) {
        *slots[i] = kr_object_getattr(th, ctx, kr_str_intern_cstr(th, attrs[i]));
        if (!*slots[i])
            return KR_VALUE_NULL;
        if (i == 0) {
            int t = kr_object_truth(th, sc->strict);
            if (t < 0)
                return KR_VALUE_NULL;
            sc->is_strict = t;
            sc->strict = t ? KR_TRUE : KR_FALSE;
        }
    }
    return kr_from_obj(sc);
}

static const MemberDef scanner_members[] = {
    {"strict", offsetof(Scanner, strict), NULL, NULL, "strict", KR_MEMBER_READONLY},
    {"object_hook", offsetof(Scanner, object_hook), NULL, NULL, "object_hook", KR_MEMBER_READONLY},
    {"object_pairs_hook", offsetof(Scanner, object_pairs_hook), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"parse_float", offsetof(Scanner, parse_float), NULL, NULL, "parse_float", KR_MEMBER_READONLY},
    {"parse_int", offsetof(Scanner, parse_int), NULL, NULL, "parse_int", KR_MEMBER_READONLY},
    {"parse_constant", offsetof(Scanner, parse_constant), NULL, NULL, "parse_constant",
     KR_MEMBER_READONLY},
    {NULL, 0, NULL, NULL, NULL, 0},
};

static Type scanner_type = {
    .hdr = {&kr_type_type}, .name = "_json.Scanner", .size = sizeof(Scanner),
    .flags = KR_TYPE_BASETYPE, .new_ = scanner_new, .call = scanner_call,
    .members = scanner_members,
};

/* ---- string escaping ----------------------------------------------------------- */

static const char hexdig[] = "0123456789abcdef";

static void put_u4(Buf *b, uint32_t c)
{
    char e[6] = {'\\', 'u', hexdig[(c >> 12) & 15], hexdig[(c >> 8) & 15], hexdig[(c >> 4) & 15],
                 hexdig[c & 15]};
    kr_buf_write(b, e, 6);
}

/* The two-character escape of c, or 0. */
static char short_escape(uint32_t c)
{
    switch (c) {
    case '\\': return '\\';
    case '"': return '"';
    case '\b': return 'b';
    case '\f': return 'f';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\t': return 't';
    default: return 0;
    }
}

/* Append the JSON form of s, quotes included; ascii_only escapes every
 * non-ASCII character (pairs of \u escapes above the BMP). */
static void escape_str(Buf *b, const Str *s, bool ascii_only)
{
    kr_buf_reserve(b, (size_t)s->len + 2);
    kr_buf_putc(b, '"');
    int64_t i = 0;
    while (i < s->len) {
        if (s->kind == 1) {     /* copy the run of characters that need nothing */
            int64_t j = i;
            while (j < s->len && s->data[j] >= ' ' && s->data[j] != '"' && s->data[j] != '\\' &&
                   s->data[j] < 0x7f)
                j++;
            kr_buf_write(b, s->data + i, (size_t)(j - i));
            if ((i = j) >= s->len)
                break;
        }
        uint32_t c = kr_str_char(s, i++);
        char e = short_escape(c);
        if (e) {
            char two[2] = {'\\', e};
            kr_buf_write(b, two, 2);
        } else if (c < ' ') {
            put_u4(b, c);
        } else if (c < 0x7f || !ascii_only) {
            kr_buf_put_utf8(b, c);
        } else if (c >= 0x10000) {
            put_u4(b, 0xD800 + ((c - 0x10000) >> 10));
            put_u4(b, 0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            put_u4(b, c);
        }
    }
    kr_buf_putc(b, '"');
}

static Value escape_value(Thread *th, Value v, bool ascii_only)
{
    if (!kr_str_check(v))
        return first_arg_not_str(th, v);
    Buf b = {0};
    escape_str(&b, kr_as_str(v), ascii_only);
    Str *r = kr_str_from_buf(th, &b);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

KR_LIB_FUNC(json_encode_basestring_ascii)
{
    if (kr_libutil_check_positional(th, "encode_basestring_ascii", nargs, 1, 1) < 0 ||
        kr_libutil_no_keywords(th, "encode_basestring_ascii", kw) < 0)
        return KR_VALUE_NULL;
    return escape_value(th, args[0], true);
}

KR_LIB_FUNC(json_encode_basestring)
{
    if (kr_libutil_check_positional(th, "encode_basestring", nargs, 1, 1) < 0 ||
        kr_libutil_no_keywords(th, "encode_basestring", kw) < 0)
        return KR_VALUE_NULL;
    return escape_value(th, args[0], false);
}

/* ---- the encoder --------------------------------------------------------------------- */

typedef struct Encoder {
    Obj hdr;
    Value markers, defaultfn, encoder, indent, key_separator, item_separator;
    Value sort_keys_v, skipkeys_v;
    bool sort_keys, skipkeys, allow_nan;
    int fast;          /* 1: encode_basestring_ascii, 2: encode_basestring, 0: call encoder */
} Encoder;

static int encode_obj(Thread *th, Encoder *e, Buf *b, Value obj);

static int put_str_value(Thread *th, Buf *b, Value v)
{
    if (!v)
        return -1;
    kr_str_to_buf(b, kr_as_str(v));
    return 0;
}

static int encode_string(Thread *th, Encoder *e, Buf *b, Value s)
{
    if (e->fast) {
        escape_str(b, kr_as_str(s), e->fast == 1);
        return 0;
    }
    Value r = kr_vm_call(th, e->encoder, &s, 1, NULL);
    if (!r)
        return -1;
    if (!kr_str_check(r)) {
        kr_err_format(th, &kr_exc_TypeError, "encoder() must return a string, not %s",
                      kr_type_name(r));
        return -1;
    }
    return put_str_value(th, b, r);
}

static int encode_float(Thread *th, Encoder *e, Buf *b, Value v)
{
    double d;
    if (kr_float_as_double(th, v, &d) < 0)
        return -1;
    if (isfinite(d)) {          /* float.__repr__'s digits, written in place */
        char digits[KR_DTOA_BUFSIZE];
        kr_buf_write(b, digits, kr_dtoa_repr(d, digits));
        return 0;
    }
    if (!e->allow_nan) {
        kr_err_set_string(th, &kr_exc_ValueError, "Out of range float values are not JSON compliant");
        return -1;
    }
    kr_buf_puts(b, d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN");
    return 0;
}

static int encode_int(Thread *th, Buf *b, Value v)
{
    if (kr_is_smallint(v)) {
        char digits[32];
        int64_t i = kr_as_smallint(v);
        char *p = kr_int_u64_digits(i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i, 10, false,
                                    digits + sizeof digits);
        if (i < 0)
            *--p = '-';
        kr_buf_write(b, p, (size_t)(digits + sizeof digits - p));
        return 0;
    }
    return put_str_value(th, b, kr_int_repr(th, v));
}

/* The marker of a container being encoded (its id), or NULL when the
 * encoder does not check for cycles.  Sets "Circular reference detected". */
static int mark(Thread *th, Encoder *e, Value obj, Value *ident)
{
    *ident = KR_VALUE_NULL;
    if (e->markers == KR_NONE)
        return 0;
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)obj);
    Value id = kr_int_from_mpz(th, z);
    mpz_clear(z);
    if (!id)
        return -1;
    Dict *m = kr_as_dict(e->markers);
    Value seen = kr_dict_get(th, m, id);
    if (seen || kr_err_occurred(th)) {
        if (seen)
            kr_err_set_string(th, &kr_exc_ValueError, "Circular reference detected");
        return -1;
    }
    *ident = id;
    return kr_dict_set(th, m, id, obj);
}

static int unmark(Thread *th, Encoder *e, Value ident)
{
    return ident && kr_dict_del(th, kr_as_dict(e->markers), ident) < 0 ? -1 : 0;
}

static int encode_list(Thread *th, Encoder *e, Buf *b, Value seq)
{
    const Value *items;
    int64_t n;
    bool is_list = kr_isinstance_type(seq, &kr_list_type);
    if (is_list) {
        items = kr_as_list(seq)->items;
        n = kr_as_list(seq)->size;
    } else {
        items = kr_as_tuple(seq)->items;
        n = kr_as_tuple(seq)->size;
    }
    if (n == 0) {
        kr_buf_puts(b, "[]");
        return 0;
    }
    Value ident;
    if (mark(th, e, seq, &ident) < 0)
        return -1;
    kr_buf_putc(b, '[');
    /* a list may change under a default() or encoder() call: re-read it */
    for (int64_t i = 0; i < n; i++) {
        if (i && put_str_value(th, b, e->item_separator) < 0)
            return -1;
        if (encode_obj(th, e, b, items[i]) < 0)
            return -1;
        if (is_list) {
            items = kr_as_list(seq)->items;
            n = kr_as_list(seq)->size;
        }
    }
    kr_buf_putc(b, ']');
    return unmark(th, e, ident);
}

/* One "key": value pair; a key that is skipped writes nothing. */
static int encode_pair(Thread *th, Encoder *e, Buf *b, bool *first, Value key, Value value)
{
    Value k;
    if (kr_str_check(key)) {
        k = key;
    } else if (kr_is_float(key) || kr_isinstance_type(key, &kr_float_type)) {
        Buf kb = {0};
        if (encode_float(th, e, &kb, key) < 0) {
            kr_buf_free(&kb);
            return -1;
        }
        Str *ks = kr_str_from_buf(th, &kb);
        if (!ks)
            return -1;
        k = kr_from_obj(ks);
    } else if (key == KR_TRUE || key == KR_FALSE || key == KR_NONE) {
        Str *ks = kr_str_from_cstr(th, key == KR_TRUE ? "true" : key == KR_FALSE ? "false" : "null");
        if (!ks)
            return -1;
        k = kr_from_obj(ks);
    } else if (kr_is_int(key)) {
        k = kr_int_repr(th, key);
        if (!k)
            return -1;
    } else if (e->skipkeys) {
        return 0;
    } else {
        kr_err_format(th, &kr_exc_TypeError, "keys must be str, int, float, bool or None, not %s",
                      kr_type_name(key));
        return -1;
    }
    if (!*first && put_str_value(th, b, e->item_separator) < 0)
        return -1;
    *first = false;
    if (encode_string(th, e, b, k) < 0 || put_str_value(th, b, e->key_separator) < 0)
        return -1;
    return encode_obj(th, e, b, value);
}

/* list(d.items()), sorted when asked: the order for sort_keys and for
 * dict subclasses (whose items() may be overridden). */
static List *dict_items(Thread *th, Encoder *e, Value d)
{
    Value f = kr_object_getattr(th, d, kr_str_intern_cstr(th, "items"));
    Value its = f ? kr_vm_call(th, f, NULL, 0, NULL) : KR_VALUE_NULL;
    List *l = its ? kr_list_from_iterable(th, its) : NULL;
    if (l && e->sort_keys && kr_list_sort(th, l, KR_VALUE_NULL, false) < 0)
        return NULL;
    return l;
}

static int encode_dict(Thread *th, Encoder *e, Buf *b, Value dv)
{
    Dict *d = kr_as_dict(dv);
    if (d->used == 0) {
        kr_buf_puts(b, "{}");
        return 0;
    }
    Value ident;
    if (mark(th, e, dv, &ident) < 0)
        return -1;
    kr_buf_putc(b, '{');
    bool first = true;
    if (e->sort_keys || !kr_is_dict(dv)) {
        List *items = dict_items(th, e, dv);
        if (!items)
            return -1;
        for (int64_t i = 0; i < items->size; i++) {
            Value it = items->items[i];
            if (!kr_isinstance_type(it, &kr_tuple_type) || kr_as_tuple(it)->size != 2) {
                kr_err_set_string(th, &kr_exc_ValueError, "items must return 2-tuples");
                return -1;
            }
            if (encode_pair(th, e, b, &first, kr_as_tuple(it)->items[0], kr_as_tuple(it)->items[1]) < 0)
                return -1;
        }
    } else {
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(d, &pos, &k, &v))
            if (encode_pair(th, e, b, &first, k, v) < 0)
                return -1;
    }
    kr_buf_putc(b, '}');
    return unmark(th, e, ident);
}

static int encode_nested(Thread *th, Encoder *e, Buf *b, Value obj, int which)
{
    if (!enter_nested(th, " while encoding a JSON object"))
        return -1;
    int r = which == 0 ? encode_list(th, e, b, obj) : which == 1 ? encode_dict(th, e, b, obj)
                                                                  : encode_obj(th, e, b, obj);
    leave_nested(th);
    return r;
}

/* An object json cannot write itself: default(obj), checked for cycles. */
static int encode_other(Thread *th, Encoder *e, Buf *b, Value obj)
{
    Value ident;
    if (mark(th, e, obj, &ident) < 0)
        return -1;
    Value o = kr_vm_call(th, e->defaultfn, &obj, 1, NULL);
    if (!o || encode_nested(th, e, b, o, 2) < 0)
        return -1;
    return unmark(th, e, ident);
}

static int encode_obj(Thread *th, Encoder *e, Buf *b, Value obj)
{
    if (obj == KR_NONE) {
        kr_buf_puts(b, "null");
        return 0;
    }
    if (obj == KR_TRUE || obj == KR_FALSE) {
        kr_buf_puts(b, obj == KR_TRUE ? "true" : "false");
        return 0;
    }
    if (kr_str_check(obj))
        return encode_string(th, e, b, obj);
    if (kr_is_int(obj))
        return encode_int(th, b, obj);
    if (kr_is_float(obj) || kr_isinstance_type(obj, &kr_float_type))
        return encode_float(th, e, b, obj);
    if (kr_isinstance_type(obj, &kr_list_type) || kr_isinstance_type(obj, &kr_tuple_type))
        return encode_nested(th, e, b, obj, 0);
    if (kr_dict_check(obj))
        return encode_nested(th, e, b, obj, 1);
    return encode_other(th, e, b, obj);
}

static Value encoder_call(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"obj", "_current_indent_level", NULL};
    Value a[2];
    if (kr_libutil_parse(th, "_iterencode", args, nargs, kw, names, 0, 2, a) < 0)
        return KR_VALUE_NULL;
    int64_t level;
    if (kr_libutil_as_ssize(th, a[1], &level) < 0)
        return KR_VALUE_NULL;
    Buf b = {0};
    if (encode_obj(th, (Encoder *)kr_as_obj(self), &b, a[0]) < 0) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    Str *s = kr_str_from_buf(th, &b);
    List *l = s ? kr_list_new(th, 0) : NULL;
    if (!l || kr_list_append(th, l, kr_from_obj(s)) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(l);
}

static int which_fast(Value f)
{
    if (!kr_is_obj(f) || kr_as_obj(f)->type != &kr_builtin_type)
        return 0;
    KrCallFn fn = ((Builtin *)kr_as_obj(f))->def->fn;
    return fn == json_encode_basestring_ascii ? 1 : fn == json_encode_basestring ? 2 : 0;
}

static Value encoder_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"markers", "default", "encoder", "indent", "key_separator",
                                        "item_separator", "sort_keys", "skipkeys", "allow_nan", NULL};
    Value a[9];
    if (kr_libutil_parse(th, "make_encoder", args, nargs, kw, names, 0, 9, a) < 0)
        return KR_VALUE_NULL;
    if (a[0] != KR_NONE && !kr_dict_check(a[0]))
        return kr_err_type_error(th, "make_encoder() argument 1 must be dict or None, not %s",
                                 kr_type_name(a[0]));
    for (int i = 4; i < 6; i++)
        if (!kr_str_check(a[i]))
            return kr_err_type_error(th, "make_encoder() argument %d must be str, not %s", i + 1,
                                     kr_type_name(a[i]));
    int flags[3];
    for (int i = 0; i < 3; i++)
        if ((flags[i] = kr_object_truth(th, a[6 + i])) < 0)
            return KR_VALUE_NULL;
    Encoder *e = kr_libutil_alloc(th, type);
    if (!e)
        return KR_VALUE_NULL;
    e->markers = a[0];
    e->defaultfn = a[1];
    e->encoder = a[2];
    e->indent = a[3];
    e->key_separator = a[4];
    e->item_separator = a[5];
    e->sort_keys = flags[0];
    e->skipkeys = flags[1];
    e->allow_nan = flags[2];
    e->sort_keys_v = flags[0] ? KR_TRUE : KR_FALSE;
    e->skipkeys_v = flags[1] ? KR_TRUE : KR_FALSE;
    e->fast = which_fast(a[2]);
    return kr_from_obj(e);
}

static const MemberDef encoder_members[] = {
    {"markers", offsetof(Encoder, markers), NULL, NULL, "markers", KR_MEMBER_READONLY},
    {"default", offsetof(Encoder, defaultfn), NULL, NULL, "default", KR_MEMBER_READONLY},
    {"encoder", offsetof(Encoder, encoder), NULL, NULL, "encoder", KR_MEMBER_READONLY},
    {"indent", offsetof(Encoder, indent), NULL, NULL, "indent", KR_MEMBER_READONLY},
    {"key_separator", offsetof(Encoder, key_separator), NULL, NULL, "key_separator",
     KR_MEMBER_READONLY},
    {"item_separator", offsetof(Encoder, item_separator), NULL, NULL, "item_separator",
     KR_MEMBER_READONLY},
    {"sort_keys", offsetof(Encoder, sort_keys_v), NULL, NULL, "sort_keys", KR_MEMBER_READONLY},
    {"skipkeys", offsetof(Encoder, skipkeys_v), NULL, NULL, "skipkeys", KR_MEMBER_READONLY},
    {NULL, 0, NULL, NULL, NULL, 0},
};

static Type encoder_type = {
    .hdr = {&kr_type_type}, .name = "_json.Encoder", .size = sizeof(Encoder),
    .flags = KR_TYPE_BASETYPE, .new_ = encoder_new, .call = encoder_call,
    .members = encoder_members,
};

/* ---- the module ---------------------------------------------------------------------- */

static const MethodDef json_functions[] = {
    {"encode_basestring_ascii", json_encode_basestring_ascii, "($module, s, /)",
     "encode_basestring_ascii(string) -> string\n\n"
     "Return an ASCII-only JSON representation of a Python string", 0},
    {"encode_basestring", json_encode_basestring, "($module, s, /)",
     "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string", 0},
    {"scanstring", json_scanstring, NULL,
     "scanstring(string, end, strict=True) -> (string, end)\n\n"
     "Scan the string s for a JSON string. End is the index of the\n"
     "character in s after the quote that started the JSON string.\n"
     "Unescapes all valid JSON string escape sequences and raises ValueError\n"
     "on attempt to decode an invalid string. If strict is False then literal\n"
     "control characters are allowed in the string.\n\n"
     "Returns a tuple of the decoded string and the index of the character in s\n"
     "after the end quote.", KR_METH_VARARGS},
    {NULL, NULL, NULL, NULL, 0},
};

int kr_mod__json_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_json", json_functions);
    Str *doc = m ? kr_str_from_cstr(th, "json speedups\n") : NULL;
    if (!doc || kr_type_ready(th, &scanner_type) < 0 || kr_type_ready(th, &encoder_type) < 0 ||
        kr_libutil_add_value(th, m, "make_scanner", kr_from_obj(&scanner_type)) < 0 ||
        kr_libutil_add_value(th, m, "make_encoder", kr_from_obj(&encoder_type)) < 0 ||
        kr_libutil_add_value(th, m, "__doc__", kr_from_obj(doc)) < 0)
        return -1;
    return 0;
}
