/*
 * str_format.c -- str.format() and printf-style `str % args`.
 *
 * str.format walks the template once: literal text (with {{ and }}
 * escapes) is copied, each replacement field {name!conv:spec} is resolved
 * -- automatic or manual numbering, keyword names, then any chain of
 * .attribute and [index] -- converted, and formatted with format()
 * (modules/builtins.c), after expanding fields nested in the spec.
 *
 * `%` supports the conversions programs use (s r a d i u x X o e E f F g G
 * c %), flags (- + space # 0), width and precision (also *), and the
 * mapping form %(name)s.  Numbers go through the C library's printf, which
 * rounds correctly, as CPython's own formatting does.
 */
#include <math.h>
#include <stdio.h>
#include <limits.h>
#include <string.h>

#include "core/numfmt.h"

#include "core/state.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

/* %a: the repr with non-ASCII characters escaped, as ascii() writes it. */
static void put_ascii_repr(Buf *body, const Str *s)
{
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c < 128)
            kr_buf_putc(body, (char)c);
        else
            kr_buf_printf(body, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
    }
}

/* ---- str.format ----------------------------------------------------------------- */

typedef struct FmtState {
    const Value *args;
    size_t nargs;
    const Value *kwvalues;
    Tuple *kwnames;
    int auto_index;          /* -1: manual numbering in use */
    int depth;
    Value mapping;           /* str.format_map: names are looked up here */
} FmtState;

static Value kw_lookup(FmtState *st, Str *name)
{
    for (int64_t i = 0; st->kwnames && i < st->kwnames->size; i++)
        if (kr_str_eq(kr_as_str(st->kwnames->items[i]), name))
            return st->kwvalues[i];
    return KR_VALUE_NULL;
}

static Value resolve_field(Thread *th, FmtState *st, Str *f, int64_t a, int64_t b)
{
    /* first part: up to '.' or '[' */
    int64_t i = a;
    while (i < b && kr_str_char(f, i) != '.' && kr_str_char(f, i) != '[')
        i++;
    Value obj;
    bool numeric = i > a;
    for (int64_t k = a; k < i; k++)
        numeric = numeric && kr_str_char(f, k) >= '0' && kr_str_char(f, k) <= '9';
    if (st->mapping && (i == a || numeric)) {
        kr_err_set_string(th, &kr_exc_ValueError, "Format string contains positional fields");
        return KR_VALUE_NULL;
    }
    if (i == a) {
        if (st->auto_index < 0) {
            kr_err_set_string(th, &kr_exc_ValueError,
                              "cannot switch from manual field specification to automatic field numbering");
            return KR_VALUE_NULL;
        }
        int64_t n = st->auto_index++;
        if ((size_t)n >= st->nargs) {
            kr_err_format(th, &kr_exc_IndexError,
                          "Replacement index %lld out of range for positional args tuple", (long long)n);
            return KR_VALUE_NULL;
        }
        obj = st->args[n];
    } else if (numeric) {
        if (st->auto_index > 0) {
            kr_err_set_string(th, &kr_exc_ValueError,
                              "cannot switch from automatic field numbering to manual field specification");
            return KR_VALUE_NULL;
        }
        st->auto_index = -1;
        int64_t n = 0;
        for (int64_t k = a; k < i; k++) {
            int d = (int)(kr_str_char(f, k) - '0');
            if (n > (INT64_MAX - d) / 10) {      /* CPython's get_integer */
                kr_err_set_string(th, &kr_exc_ValueError, "Too many decimal digits in format string");
                return KR_VALUE_NULL;
            }
            n = n * 10 + d;
        }
        if ((size_t)n >= st->nargs) {
            kr_err_format(th, &kr_exc_IndexError,
                          "Replacement index %lld out of range for positional args tuple", (long long)n);
            return KR_VALUE_NULL;
        }
        obj = st->args[n];
    } else {
        Str *name = kr_str_substr(th, f, a, i);
        if (!name)
            return KR_VALUE_NULL;
        obj = st->mapping ? kr_object_getitem(th, st->mapping, kr_from_obj(name))
                          : kw_lookup(st, name);
        if (!obj && st->mapping)
            return KR_VALUE_NULL;
        if (!obj) {
            kr_err_set_object(th, &kr_exc_KeyError, kr_from_obj(name));
            return KR_VALUE_NULL;
        }
    }
    while (i < b) {
        uint32_t c = kr_str_char(f, i);
        int64_t j = i + 1;
        if (c == '.') {
            while (j < b && kr_str_char(f, j) != '.' && kr_str_char(f, j) != '[')
                j++;
            if (j == i + 1) {
                kr_err_set_string(th, &kr_exc_ValueError, "Empty attribute in format string");
                return KR_VALUE_NULL;
            }
            Str *attr = kr_str_substr(th, f, i + 1, j);
            if (!attr || !(attr = kr_str_intern(th, attr)))
                return KR_VALUE_NULL;
            obj = kr_object_getattr(th, obj, attr);
            i = j;
        } else {
            while (j < b && kr_str_char(f, j) != ']')
                j++;
            if (j == i + 1 && j < b) {
                kr_err_set_string(th, &kr_exc_ValueError, "Empty attribute in format string");
                return KR_VALUE_NULL;
            }
            if (j + 1 < b && kr_str_char(f, j + 1) != '.' && kr_str_char(f, j + 1) != '[') {
                kr_err_set_string(th, &kr_exc_ValueError,
                                  "Only '.' or '[' may follow ']' in format field specifier");
                return KR_VALUE_NULL;
            }
            Str *key = kr_str_substr(th, f, i + 1, j);
            if (!key)
                return KR_VALUE_NULL;
            Value k = kr_from_obj(key);
            bool digits = key->len > 0;
            for (int64_t m = 0; m < key->len; m++)
                digits = digits && kr_str_char(key, m) >= '0' && kr_str_char(key, m) <= '9';
            if (digits) {
                size_t len;
                const char *u = kr_str_utf8(th, key, &len);
                k = u ? kr_int_from_string(th, u, len, 10) : KR_VALUE_NULL;
                if (!k)
                    return KR_VALUE_NULL;
            }
            obj = kr_object_getitem(th, obj, k);
            i = j + 1;
        }
        if (!obj)
            return KR_VALUE_NULL;
    }
    return obj;
}

static int format_into(Thread *th, FmtState *st, Str *f, Buf *out);
static int expand_spec(Thread *th, FmtState *st, Str *raw, Str **spec);

/*
 * A short spec without nested fields, for an exact str, int or float, is
 * read in place: a Str on the C stack holds a copy of its characters, so
 * "{:>6}" costs no allocation for the spec.  Only these types qualify:
 * their formatting (format.c) reads the spec and keeps no reference to it,
 * whereas a __format__ written in Python could store it.
 */
enum { SPEC_INLINE = 48 };
typedef union SpecView {
    Str s;
    unsigned char room[sizeof(Str) + SPEC_INLINE * 4 + 4];
} SpecView;

static bool is_builtin_formattable(Value v)
{
    return kr_is_str(v) || kr_is_smallint(v) || kr_is_bigint(v) || kr_is_double(v);
}

/* view = f[a:b] when it has no braces (else false: the spec needs expanding). */
static bool spec_view(SpecView *view, const Str *f, int64_t a, int64_t b)
{
    Str *s = &view->s;
    s->hdr.type = &kr_str_type;
    s->len = b - a;
    s->hash = -1;
    s->interned = false;
    uint32_t maxc = 0;
    for (int64_t k = a; k < b; k++) {
        uint32_t c = kr_str_char(f, k);
        if (c == '{' || c == '}')
            return false;
        if (c > maxc)
            maxc = c;
    }
    /* the canonical (narrowest) kind, as every str has */
    s->kind = maxc < 0x100 ? 1 : maxc < 0x10000 ? 2 : 4;
    s->ascii = maxc < 0x80;
    for (int64_t k = a; k < b; k++) {
        uint32_t c = kr_str_char(f, k);
        switch (s->kind) {
        case 1: s->data[k - a] = (unsigned char)c; break;
        case 2: ((uint16_t *)s->data)[k - a] = (uint16_t)c; break;
        default: ((uint32_t *)s->data)[k - a] = c; break;
        }
    }
    memset(s->data + (size_t)s->len * s->kind, 0, s->kind);
    return true;
}

/* format(obj, spec) appended to out. */
static int format_with(Thread *th, Value obj, Str *spec, Buf *out)
{
    Value s = kr_mod_builtins_format(th, obj, kr_from_obj(spec));
    if (!s)
        return -1;
    kr_str_to_buf(out, kr_as_str(s));
    return 0;
}

static int render_field(Thread *th, FmtState *st, Str *f, int64_t a, int64_t b, Buf *out)
{
    /* split name[!conv][:spec] -- the spec may contain nested fields */
    int64_t i = a, bracket = 0;
    while (i < b) {
        uint32_t c = kr_str_char(f, i);
        if (c == '[')
            bracket++;
        else if (c == ']')
            bracket--;
        else if (!bracket && (c == '!' || c == ':'))
            break;
        i++;
    }
    int64_t name_end = i;
    uint32_t conv = 0;
    if (i < b && kr_str_char(f, i) == '!') {
        if (i + 1 >= b) {
            kr_err_set_string(th, &kr_exc_ValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        conv = kr_str_char(f, i + 1);
        i += 2;
        if (i < b && kr_str_char(f, i) != ':') {
            kr_err_set_string(th, &kr_exc_ValueError, "expected ':' after conversion specifier");
            return -1;
        }
    }
    Value obj = resolve_field(th, st, f, a, name_end);
    if (!obj)
        return -1;
    if (conv == 'r' || conv == 'a')
        obj = kr_object_repr(th, obj);
    else if (conv == 's')
        obj = kr_object_str(th, obj);
    else if (conv) {
        kr_err_format(th, &kr_exc_ValueError, "Unknown conversion specifier %c", (int)conv);
        return -1;
    }
    if (obj && conv == 'a' && !kr_as_str(obj)->ascii) {
        Buf esc;
        kr_buf_init(&esc);
        put_ascii_repr(&esc, kr_as_str(obj));
        Str *e = kr_str_from_buf(th, &esc);
        obj = e ? kr_from_obj(e) : KR_VALUE_NULL;
    }
    if (!obj)
        return -1;
    Str *spec = th->vm->empty_str;
    if (i < b && kr_str_char(f, i) == ':' && is_builtin_formattable(obj) && b - i - 1 <= SPEC_INLINE) {
        SpecView view;
        if (spec_view(&view, f, i + 1, b))
            return format_with(th, obj, &view.s, out);
    }
    if (i < b && kr_str_char(f, i) == ':') {
        Str *raw = kr_str_substr(th, f, i + 1, b);
        if (!raw)
            return -1;
        bool nested = false;
        for (int64_t k = 0; k < raw->len && !nested; k++)
            nested = kr_str_char(raw, k) == '{' || kr_str_char(raw, k) == '}';
        if (!nested)
            spec = raw;         /* the usual spec: no fields inside, nothing to expand */
        else if (++st->depth > 1) {     /* CPython allows one level of fields in a spec */
            kr_err_set_string(th, &kr_exc_ValueError, "Max string recursion exceeded");
            return -1;
        } else if (expand_spec(th, st, raw, &spec) < 0) {
            return -1;
        }
    }
    if (spec->len == 0 && kr_is_str(obj)) {      /* "{}" of a str: the text itself */
        kr_str_to_buf(out, kr_as_str(obj));
        return 0;
    }
    if (spec->len == 0 && kr_is_smallint(obj)) {  /* "{}" of a small int: its digits */
        char digits[32];
        int64_t v = kr_as_smallint(obj);
        char *p = kr_int_u64_digits(v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, 10, false,
                                    digits + sizeof digits);
        if (v < 0)
            *--p = '-';
        kr_buf_write(out, p, (size_t)(digits + sizeof digits - p));
        return 0;
    }
    return format_with(th, obj, spec, out);
}

/* A spec with fields in it ("{:{width}}") is itself formatted first. */
static int expand_spec(Thread *th, FmtState *st, Str *raw, Str **spec)
{
    Buf sb;
    kr_buf_init(&sb);
    int r = format_into(th, st, raw, &sb);
    st->depth--;
    if (r < 0) {
        kr_buf_free(&sb);
        return -1;
    }
    *spec = kr_str_from_buf(th, &sb);
    return *spec ? 0 : -1;
}

static int format_into(Thread *th, FmtState *st, Str *f, Buf *out)
{
    int64_t n = f->len;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = kr_str_char(f, i);
        if (c == '}') {
            if (i + 1 < n && kr_str_char(f, i + 1) == '}') {
                kr_buf_putc(out, '}');
                i++;
                continue;
            }
            kr_err_set_string(th, &kr_exc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (c != '{') {
            if (f->ascii) {     /* copy the literal run up to the next brace at once */
                int64_t j = i + 1;
                while (j < n && f->data[j] != '{' && f->data[j] != '}')
                    j++;
                kr_buf_write(out, f->data + i, (size_t)(j - i));
                i = j - 1;
            } else {
                kr_buf_put_utf8(out, c);
            }
            continue;
        }
        if (i + 1 < n && kr_str_char(f, i + 1) == '{') {
            kr_buf_putc(out, '{');
            i++;
            continue;
        }
        int64_t depth = 1, j = i + 1;
        while (j < n && depth) {
            uint32_t d = kr_str_char(f, j);
            if (d == '{')
                depth++;
            else if (d == '}')
                depth--;
            if (depth)
                j++;
        }
        if (depth) {
            kr_err_set_string(th, &kr_exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (render_field(th, st, f, i + 1, j, out) < 0)
            return -1;
        i = j;
    }
    return 0;
}

Value kr_str_format_method(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kwnames)
{
    FmtState st = {args + 1, nargs - 1, args + nargs, kwnames, 0, 0, KR_VALUE_NULL};
    Buf b;
    kr_buf_init(&b);
    if (format_into(th, &st, kr_as_str(args[0]), &b) < 0) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* str.format_map(mapping): like format(**mapping), but each name is looked
 * up with mapping[name] when used, so dict subclasses' __missing__ works. */
Value kr_str_format_map(Thread *th, Str *fmt, Value mapping)
{
    FmtState st = {NULL, 0, NULL, NULL, 0, 0, mapping};
    Buf b;
    kr_buf_init(&b);
    if (format_into(th, &st, fmt, &b) < 0) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* ---- printf-style % ------------------------------------------------------------------ */

static int next_arg(Thread *th, const Value *items, int64_t n, int64_t *k, Value *out)
{
    if (*k >= n) {
        kr_err_set_string(th, &kr_exc_TypeError, "not enough arguments for format string");
        return -1;
    }
    *out = items[(*k)++];
    return 0;
}

/* Longer than the usual function: a directive's parts (key, flags, width,
 * precision, conversion) are parsed in sequence and consumed together;
 * split up, they would travel as eight parameters. */
/* An integer's digits (after its sign and 0x/0o prefix) padded with
 * zeros to prec digits: "%.3d" % 5 is "005", "%#.5x" % 255 "0x000ff". */
static void put_int_with_precision(Buf *b, const Str *s, int prec)
{
    int64_t i = 0;
    if (i < s->len && strchr("+- ", (int)kr_str_char(s, i)))
        i++;
    if (i + 1 < s->len && kr_str_char(s, i) == '0' && strchr("xXo", (int)kr_str_char(s, i + 1)))
        i += 2;
    for (int64_t j = 0; j < i; j++)
        kr_buf_putc(b, (char)kr_str_char(s, j));
    for (int64_t pad = prec - (s->len - i); pad > 0; pad--)
        kr_buf_putc(b, '0');
    for (int64_t j = i; j < s->len; j++)
        kr_buf_putc(b, (char)kr_str_char(s, j));
}

/* The argument a '*' width or precision takes: an int, as an int64 (a
 * huge one saturates; the callers' range checks then report it). */
static int star_arg(Thread *th, Value v, int64_t *out)
{
    if (!kr_is_int(v)) {
        kr_err_set_string(th, &kr_exc_TypeError, "* wants int");
        return -1;
    }
    if (kr_int_as_i64(th, v, out) == 0)
        return 0;
    if (!kr_err_matches(th, &kr_exc_OverflowError))
        return -1;
    kr_err_clear(th);
    *out = kr_int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
    return 0;
}

/* A directive's flags, as bits: "%-+ #0" in any order and number. */
enum { PCT_LEFT = 1, PCT_PLUS = 2, PCT_SPACE = 4, PCT_ALT = 8, PCT_ZERO = 16 };

static unsigned pct_flag(uint32_t c)
{
    switch (c) {
    case '-': return PCT_LEFT;
    case '+': return PCT_PLUS;
    case ' ': return PCT_SPACE;
    case '#': return PCT_ALT;
    case '0': return PCT_ZERO;
    default: return 0;
    }
}

/* %d %i %u %x %X %o of an int (or a float, for the decimal ones) through
 * format(): the flags become a format spec in its order, sign, '#', '0'. */
static int put_pct_int(Thread *th, Buf *b, uint32_t conv, Value arg, unsigned flags, int width,
                       int prec)
{
    bool hexoct = conv == 'x' || conv == 'X' || conv == 'o';
    if (!kr_is_int(arg)) {
        /* CPython: int(x) for %d (__int__ too), __index__ for %x %o */
        if (!hexoct && (kr_is_float(arg) || kr_type_of(arg)->int_)) {
            Value iv = kr_int_type.new_(th, &kr_int_type, &arg, 1, NULL);
            if (!iv)
                return -1;
            arg = iv;
        } else if (kr_type_of(arg)->index) {
            if (!(arg = kr_object_index(th, arg)))
                return -1;
        } else {
            kr_err_format(th, &kr_exc_TypeError,
                          hexoct ? "%%%c format: an integer is required, not %s"
                              : "%%%c format: a real number is required, not %s",
                          (int)conv, kr_type_name(arg));
            return -1;
        }
    }
    char spec[24];
    int sl = 0;
    if (flags & (PCT_PLUS | PCT_SPACE))
        spec[sl++] = flags & PCT_PLUS ? '+' : ' ';
    if (flags & PCT_ALT)
        spec[sl++] = '#';
    if ((flags & PCT_ZERO) && !(flags & PCT_LEFT) && width > 0)
        sl += snprintf(spec + sl, sizeof spec - (size_t)sl, "0%d", width);
    spec[sl++] = (char)(conv == 'i' || conv == 'u' ? 'd' : conv);
    spec[sl] = 0;
    Str *ss = kr_str_from_cstr(th, spec);
    Value r = ss ? kr_int_format_spec(th, arg, kr_from_obj(ss)) : KR_VALUE_NULL;
    if (!r)
        return -1;
    if (prec > 0)
        put_int_with_precision(b, kr_as_str(r), prec);
    else
        kr_str_to_buf(b, kr_as_str(r));
    return 0;
}

/* %e %E %f %F %g %G */
static int put_pct_float(Thread *th, Buf *b, uint32_t conv, Value arg, unsigned flags, int width,
                         int prec)
{
    double d;
    if (kr_float_as_double(th, arg, &d) < 0)
        return -1;
    if (isnan(d))
        d = fabs(d);        /* CPython prints every NaN as "nan" */
    char cf[16], out[512];
    bool plain = !(flags & (PCT_PLUS | PCT_SPACE | PCT_ALT));
    int fast = -1;
    if (plain && (conv == 'f' || conv == 'F') && !signbit(d)) {
        fast = kr_numfmt_fixed_fast(d, prec < 0 ? 6 : prec, out);
    } else if (plain && (conv == 'f' || conv == 'F') && !isnan(d)) {
        fast = kr_numfmt_fixed_fast(-d, prec < 0 ? 6 : prec, out + 1);
        out[0] = '-';
    }
    if (fast < 0) {
        snprintf(cf, sizeof cf, "%%%s%s.*%c",
                 flags & PCT_PLUS ? "+" : flags & PCT_SPACE ? " " : "",
                 flags & PCT_ALT ? "#" : "", (char)conv);
        snprintf(out, sizeof out, cf, prec < 0 ? 6 : prec, d);
    }
    int len = (int)strlen(out);
    if ((flags & PCT_ZERO) && !(flags & PCT_LEFT) && width > len) {
        int sign = (out[0] == '-' || out[0] == '+' || out[0] == ' ') ? 1 : 0;
        kr_buf_write(b, out, (size_t)sign);
        for (int z = len; z < width; z++)
            kr_buf_putc(b, '0');
        kr_buf_write(b, out + sign, (size_t)(len - sign));
    } else {
        kr_buf_write(b, out, (size_t)len);
    }
    return 0;
}

/* One directive's text, before padding to its width, appended to b (not
 * to a buffer of its own: a format of many fields would pay a malloc per
 * field).  at is the conversion's index, for the error message. */
static int put_directive(Thread *th, Buf *b, uint32_t conv, Value arg, unsigned flags,
                         int width, int prec, int64_t at)
{
    if (conv == 's' && kr_is_str(arg) && prec < 0) {
        kr_str_to_buf(b, kr_as_str(arg));
        return 0;
    }
    if ((conv == 'd' || conv == 'i' || conv == 'u') && kr_is_smallint(arg) && prec < 0 &&
        !(flags & PCT_ALT)) {
        /* "%d", "%05d", "%+d" of a small int: sign, zeros, digits */
        char digits[32];
        int64_t v = kr_as_smallint(arg);
        char *p = kr_int_u64_digits(v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, 10, false,
                                    digits + sizeof digits);
        size_t nd = (size_t)(digits + sizeof digits - p);
        char sign = v < 0 ? '-' : flags & PCT_PLUS ? '+' : flags & PCT_SPACE ? ' ' : 0;
        if (sign)
            kr_buf_putc(b, sign);
        if ((flags & PCT_ZERO) && !(flags & PCT_LEFT))
            for (int64_t z = (int64_t)nd + (sign != 0); z < width; z++)
                kr_buf_putc(b, '0');
        kr_buf_write(b, p, nd);
        return 0;
    }
    switch (conv) {
    case 's': case 'r': case 'a': {
        Value s = conv == 's' ? kr_object_str(th, arg) : kr_object_repr(th, arg);
        if (!s)
            return -1;
        Str *ss = kr_as_str(s);
        if (conv == 'a') {
            Buf esc;
            kr_buf_init(&esc);
            put_ascii_repr(&esc, ss);
            if (!(ss = kr_str_from_buf(th, &esc)))
                return -1;
        }
        if (prec >= 0 && prec < ss->len && !(ss = kr_str_substr(th, ss, 0, prec)))
            return -1;
        kr_str_to_buf(b, ss);
        return 0;
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        return put_pct_int(th, b, conv, arg, flags, width, prec);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return put_pct_float(th, b, conv, arg, flags, width, prec);
    case 'c':
        if (kr_str_check(arg) && kr_as_str(arg)->len == 1) {
            kr_str_to_buf(b, kr_as_str(arg));
        } else {
            int64_t cp;
            if (!kr_is_int(arg)) {
                kr_err_set_string(th, &kr_exc_TypeError, "%c requires int or char");
                return -1;
            }
            if (kr_int_as_i64(th, arg, &cp) < 0 || cp < 0 || cp > 0x10FFFF) {
                kr_err_clear(th);
                kr_err_set_string(th, &kr_exc_OverflowError, "%c arg not in range(0x110000)");
                return -1;
            }
            kr_buf_put_utf8(b, (uint32_t)cp);
        }
        return 0;
    default: {
        char hex[16];
        snprintf(hex, sizeof hex, "%x", (unsigned)conv);
        kr_err_format(th, &kr_exc_ValueError,
                      "unsupported format character '%c' (0x%s) at index %lld", (int)conv, hex,
                      (long long)at);
        return -1;
    }
    }
}

/* Pad the directive written at b[at, len) with spaces to width code
 * points (UTF-8 bytes that start one), on the left unless left. */
static void pad_directive(Buf *b, size_t at, int width, bool left)
{
    if (width <= 0)
        return;
    int64_t cps = 0;
    for (size_t q = at; q < b->len; q++)
        cps += ((unsigned char)b->data[q] & 0xC0) != 0x80;
    if (cps >= width)
        return;
    size_t padn = (size_t)(width - cps);
    kr_buf_reserve(b, padn);
    if (!left) {
        memmove(b->data + at + padn, b->data + at, b->len - at);
        memset(b->data + at, ' ', padn);
    } else {
        memset(b->data + b->len, ' ', padn);
    }
    b->len += padn;
    b->data[b->len] = '\0';
}

static Value str_mod(Thread *th, Value fmtv, Value argsv)
{
    Str *f = kr_as_str(fmtv);
    const Value *items = &argsv;
    int64_t n = 1, k = 0;
    /* CPython: any object with __getitem__ but a tuple or str is the
     * mapping of %(key)s (a dict subclass, a class's mappingproxy) */
    bool mapping = false;
    if (kr_isinstance_type(argsv, &kr_tuple_type)) {   /* PyTuple_Check: subclasses too */
        items = kr_as_tuple(argsv)->items;
        n = kr_as_tuple(argsv)->size;
    } else {
        mapping = kr_type_of(argsv)->getitem && !kr_str_check(argsv);
    }
    Buf b;
    kr_buf_init(&b);
    for (int64_t i = 0; i < f->len; i++) {
        uint32_t c = kr_str_char(f, i);
        if (c != '%') {
            if (f->ascii) {     /* copy the literal run up to the next '%' at once */
                const char *run = (const char *)f->data + i;
                const char *pct = memchr(run, '%', (size_t)(f->len - i));
                size_t k = pct ? (size_t)(pct - run) : (size_t)(f->len - i);
                kr_buf_write(&b, run, k);
                i += (int64_t)k - 1;
            } else {
                kr_buf_put_utf8(&b, c);
            }
            continue;
        }
        if (++i >= f->len)
            goto incomplete;
        if (kr_str_char(f, i) == '%') {     /* only "%%" right away is a percent sign */
            kr_buf_putc(&b, '%');
            continue;
        }
        Value arg = KR_VALUE_NULL;
        if (kr_str_char(f, i) == '(') {
            int64_t j = i + 1, depth = 1;       /* balanced: "%((x))s" has the key "(x)" */
            for (; j < f->len; j++) {
                uint32_t kc = kr_str_char(f, j);
                depth += kc == '(' ? 1 : kc == ')' ? -1 : 0;
                if (!depth)
                    break;
            }
            if (j >= f->len) {
                kr_err_set_string(th, &kr_exc_ValueError, "incomplete format key");
                goto fail;
            }
            Str *key = kr_str_substr(th, f, i + 1, j);
            if (!key)
                goto fail;
            if (!mapping) {
                kr_err_set_string(th, &kr_exc_TypeError, "format requires a mapping");
                goto fail;
            }
            arg = kr_object_getitem(th, argsv, kr_from_obj(key));
            if (!arg)
                goto fail;
            i = j + 1;
        }
        unsigned flags = 0;
        for (unsigned fl; i < f->len && (fl = pct_flag(kr_str_char(f, i))); i++)
            flags |= fl;
        int width = -1, prec = -1;
        if (i < f->len && kr_str_char(f, i) == '*') {
            Value w;
            int64_t wv;
            if (next_arg(th, items, n, &k, &w) < 0 || star_arg(th, w, &wv) < 0)
                goto fail;
            if (wv < 0) {       /* "%*d" % (-5, x) left-justifies */
                flags |= PCT_LEFT;
                wv = wv == INT64_MIN ? INT64_MAX : -wv;
            }
            if (wv > INT_MAX) {     /* CPython: a Py_ssize_t width it cannot allocate */
                kr_err_no_memory(th);
                goto fail;
            }
            width = (int)wv;
            i++;
        } else {
            int64_t wv = -1;
            while (i < f->len && kr_str_char(f, i) >= '0' && kr_str_char(f, i) <= '9') {
                int d = (int)(kr_str_char(f, i++) - '0');
                if (wv > (INT64_MAX - d) / 10) {
                    kr_err_set_string(th, &kr_exc_ValueError, "width too big");
                    goto fail;
                }
                wv = (wv < 0 ? 0 : wv * 10) + d;
            }
            if (wv > INT_MAX) {
                kr_err_no_memory(th);
                goto fail;
            }
            width = (int)wv;
        }
        if (i < f->len && kr_str_char(f, i) == '.') {
            i++;
            prec = 0;
            if (i < f->len && kr_str_char(f, i) == '*') {
                Value p;
                int64_t pv;
                if (next_arg(th, items, n, &k, &p) < 0 || star_arg(th, p, &pv) < 0)
                    goto fail;
                if (pv > INT_MAX || pv < INT_MIN) {
                    kr_err_set_string(th, &kr_exc_OverflowError,
                                      "Python int too large to convert to C int");
                    goto fail;
                }
                prec = pv < 0 ? 0 : (int)pv;
                i++;
            } else {
                while (i < f->len && kr_str_char(f, i) >= '0' && kr_str_char(f, i) <= '9') {
                    int d = (int)(kr_str_char(f, i++) - '0');
                    if (prec > (INT_MAX - d) / 10) {
                        kr_err_set_string(th, &kr_exc_ValueError, "precision too big");
                        goto fail;
                    }
                    prec = prec * 10 + d;
                }
            }
        }
        if (i < f->len && (kr_str_char(f, i) == 'l' || kr_str_char(f, i) == 'h' || kr_str_char(f, i) == 'L'))
            i++;
        if (i >= f->len)
            goto incomplete;
        uint32_t conv = kr_str_char(f, i);
        if (!arg && next_arg(th, items, n, &k, &arg) < 0)
            goto fail;
        if (conv == '%') {      /* "% %": not a literal any more */
            kr_err_format(th, &kr_exc_ValueError,
                          "unsupported format character '%%' (0x25) at index %lld", (long long)i);
            goto fail;
        }
        size_t at = b.len;
        if (put_directive(th, &b, conv, arg, flags, width, prec, i) < 0)
            goto fail;
        pad_directive(&b, at, width, flags & PCT_LEFT);
    }
    if (k < n && !mapping) {
        kr_err_set_string(th, &kr_exc_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    {
        Str *s = kr_str_from_buf(th, &b);
        return s ? kr_from_obj(s) : KR_VALUE_NULL;
    }
incomplete:
    kr_err_set_string(th, &kr_exc_ValueError, "incomplete format");
fail:
    kr_buf_free(&b);
    return KR_VALUE_NULL;
}

Value kr_str_mod(Thread *th, Value a, Value b)
{
    if (!kr_str_check(a))
        return KR_NOTIMPL;
    return str_mod(th, a, b);
}
