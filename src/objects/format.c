/*
 * format.c -- the format-spec mini-language: format(x, spec) and
 * f"{x:spec}" for int, float and str (CPython's Python/formatter_unicode.c).
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * One parser (parse_spec) and one padder (pad) are shared; each type
 * produces its digits, then pad() applies fill, alignment and the sign.
 * Floats are formatted with the C library's correctly rounded printf for
 * the fixed types (f, e, g, %) and with core/dtoa for repr-like output
 * (no type, or 'r'), which is what CPython does with its own dtoa.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/dtoa.h"
#include "core/numfmt.h"
#include "core/state.h"
#include "gc/gc.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "vm/errors.h"

typedef struct Spec {
    uint32_t fill;
    char align;          /* '<', '>', '^', '=' or 0 */
    char sign;           /* '+', '-', ' ' or 0 */
    bool alt, zero;
    bool z;              /* 'z': coerce negative zero (floats only) */
    int64_t width;       /* -1: none */
    char grouping;       /* ',', '_' or 0 */
    int64_t precision;   /* -1: none */
    char type;           /* 0: none; DEL for a non-ASCII code */
    uint32_t type_cp;    /* the code as written, for the error message */
} Spec;

/* ValueError "Unknown format code ..." as CPython spells the code. */
static Value unknown_code(Thread *th, const Spec *sp, const char *tname)
{
    uint32_t c = sp->type_cp;
    if (c > 32 && c < 128)
        kr_err_format(th, &kr_exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                      (int)c, tname);
    else {
        char hex[16];       /* (kr_err_format has no %x) */
        snprintf(hex, sizeof hex, "\\x%x", (unsigned)c);
        kr_err_format(th, &kr_exc_ValueError, "Unknown format code '%s' for object of type '%s'",
                      hex, tname);
    }
    return KR_VALUE_NULL;
}

/* ValueError for 'z' on a type without negative zero. */
static Value no_z(Thread *th, const char *what)
{
    kr_err_format(th, &kr_exc_ValueError,
                  "Negative zero coercion (z) not allowed in %s format specifier", what);
    return KR_VALUE_NULL;
}

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static int parse_spec(Thread *th, Str *s, Spec *sp, const char *tname)
{
    memset(sp, 0, sizeof *sp);
    sp->fill = ' ';
    sp->width = sp->precision = -1;
    int64_t i = 0, n = s->len;
    bool fill_given = false;
    if (n >= 2 && is_align(kr_str_char(s, 1))) {
        fill_given = true;
        sp->fill = kr_str_char(s, 0);
        sp->align = (char)kr_str_char(s, 1);
        i = 2;
    } else if (n >= 1 && is_align(kr_str_char(s, 0))) {
        sp->align = (char)kr_str_char(s, 0);
        i = 1;
    }
    if (i < n && (kr_str_char(s, i) == '+' || kr_str_char(s, i) == '-' || kr_str_char(s, i) == ' '))
        sp->sign = (char)kr_str_char(s, i++);
    if (i < n && kr_str_char(s, i) == 'z') {
        sp->z = true;
        i++;
    }
    if (i < n && kr_str_char(s, i) == '#') {
        sp->alt = true;
        i++;
    }
    if (i < n && kr_str_char(s, i) == '0') {
        /* CPython: a '0' fills with zeros unless a fill was given, and
         * means '=' only where the default alignment is right (numbers) */
        sp->zero = true;
        if (!fill_given)
            sp->fill = '0';
        if (!sp->align && strcmp(tname, "str") != 0)
            sp->align = '=';
        i++;
    }
    while (i < n && kr_str_char(s, i) >= '0' && kr_str_char(s, i) <= '9') {
        sp->width = (sp->width < 0 ? 0 : sp->width * 10) + (kr_str_char(s, i++) - '0');
        if (sp->width > 1000000000) {
            kr_err_set_string(th, &kr_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
    }
    if (i < n && (kr_str_char(s, i) == ',' || kr_str_char(s, i) == '_')) {
        sp->grouping = (char)kr_str_char(s, i++);
        uint32_t c = i < n ? kr_str_char(s, i) : 0;
        if ((c == ',' || c == '_') && c != (uint32_t)sp->grouping) {
            kr_err_set_string(th, &kr_exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (i < n && kr_str_char(s, i) == '.') {
        i++;
        if (i >= n || kr_str_char(s, i) < '0' || kr_str_char(s, i) > '9') {
            kr_err_set_string(th, &kr_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
        sp->precision = 0;
        while (i < n && kr_str_char(s, i) >= '0' && kr_str_char(s, i) <= '9') {
            int d = (int)(kr_str_char(s, i++) - '0');
            if (sp->precision > (INT64_MAX - d) / 10) {     /* CPython's get_integer */
                kr_err_set_string(th, &kr_exc_ValueError, "Too many decimal digits in format string");
                return -1;
            }
            sp->precision = sp->precision * 10 + d;
        }
    }
    if (i < n) {
        sp->type_cp = kr_str_char(s, i++);
        sp->type = sp->type_cp < 0x80 ? (char)sp->type_cp : 0x7f;
    }
    /* PEP 378 / 515: which types take a separator (CPython's
     * parse_internal_render_format_spec) */
    char ty = sp->type ? sp->type : strcmp(tname, "str") == 0 ? 's' : 0;
    if (sp->grouping && i >= n && ty && !strchr("defgEG%F", ty) &&
        !(sp->grouping == '_' && strchr("boxX", ty))) {
        kr_err_format(th, &kr_exc_ValueError, "Cannot specify '%c' with '%c'.", sp->grouping,
                      (int)ty);
        return -1;
    }
    if (i < n) {
        kr_err_format(th, &kr_exc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                      s, tname);
        return -1;
    }
    return 0;
}

/* Insert grouping separators every `every` digits into digits[0..n).
 * Zero padding ('0' fill, '=' alignment) pads inside the grouping, as
 * CPython does: leading zeros join the digits until the grouped text is
 * at least min_len long ("{:08,}".format(5) is '0,000,005'). */
static void group(Buf *out, const char *digits, size_t n, char sep, int every, int64_t min_len)
{
    size_t m = n;
    while (m && (int64_t)(m + (m - 1) / (size_t)every) < min_len)
        m++;
    for (size_t i = 0; i < m; i++) {
        if (i && (m - i) % (size_t)every == 0)
            kr_buf_putc(out, sep);
        kr_buf_putc(out, i < m - n ? '0' : digits[i - (m - n)]);
    }
}

/* The width the digits must fill for zero padding, or 0 without it. */
static int64_t zero_fill_width(const Spec *sp, size_t other)
{
    return sp->align == '=' && sp->fill == '0' && sp->width > 0 ? sp->width - (int64_t)other : 0;
}

static bool ascii_bytes(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

/* pad() when everything is ASCII (nearly always): the result str is
 * allocated at its final size and filled in place, no UTF-8 round trip. */
static Value pad_ascii(Thread *th, const char *prefix, size_t plen, const char *body,
                       size_t blen, char fill, int64_t left, int64_t mid, int64_t right)
{
    Str *s = kr_str_alloc(th, left + (int64_t)plen + mid + (int64_t)blen + right, 1, true);
    if (!s)
        return KR_VALUE_NULL;
    char *p = (char *)s->data;
    memset(p, fill, (size_t)left);
    p += left;
    memcpy(p, prefix, plen);
    p += plen;
    memset(p, fill, (size_t)mid);
    p += mid;
    memcpy(p, body, blen);
    memset(p + blen, fill, (size_t)right);
    return kr_from_obj(s);
}

/* Pad body (UTF-8, `len` code points) with sign/prefix per the spec. */
static Value pad(Thread *th, const Spec *sp, const char *prefix, const char *body, int64_t len,
                 char default_align)
{
    char align = sp->align ? sp->align : default_align;
    int64_t plen = (int64_t)strlen(prefix);
    int64_t total = plen + len;
    int64_t padn = sp->width > total ? sp->width - total : 0;
    int64_t left = align == '>' ? padn : align == '^' ? padn / 2 : 0;
    int64_t right = align == '<' ? padn : align == '^' ? padn - padn / 2 : 0;
    size_t blen = strlen(body);
    if (sp->fill < 0x80 && (size_t)len == blen && ascii_bytes(body, blen))
        return align == '=' ? pad_ascii(th, prefix, (size_t)plen, body, blen, (char)sp->fill, 0, padn, 0)
                            : pad_ascii(th, prefix, (size_t)plen, body, blen, (char)sp->fill, left, 0, right);
    Buf b;
    kr_buf_init(&b);
    if (align == '=') {
        kr_buf_puts(&b, prefix);
        for (int64_t i = 0; i < padn; i++)
            kr_buf_put_utf8(&b, sp->fill);
        kr_buf_write(&b, body, strlen(body));
    } else {
        for (int64_t i = 0; i < left; i++)
            kr_buf_put_utf8(&b, sp->fill);
        kr_buf_puts(&b, prefix);
        kr_buf_write(&b, body, strlen(body));
        for (int64_t i = 0; i < right; i++)
            kr_buf_put_utf8(&b, sp->fill);
    }
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

Value kr_str_format_spec(Thread *th, Str *s, Str *specs)
{
    if (specs->len == 0)
        return kr_from_obj(s);
    Spec sp;
    if (parse_spec(th, specs, &sp, "str") < 0)
        return KR_VALUE_NULL;
    if (sp.type && sp.type != 's') {
        return unknown_code(th, &sp, "str");
    }
    if (sp.sign) {
        kr_err_set_string(th, &kr_exc_ValueError, "Sign not allowed in string format specifier");
        return KR_VALUE_NULL;
    }
    if (sp.z)
        return no_z(th, "string");
    if (sp.align == '=') {
        kr_err_set_string(th, &kr_exc_ValueError, "'=' alignment not allowed in string format specifier");
        return KR_VALUE_NULL;
    }
    int64_t n = s->len;
    if (sp.precision >= 0 && sp.precision < n)
        n = sp.precision;
    if (s->ascii && sp.fill < 0x80) {
        char align = sp.align ? sp.align : '<';
        int64_t padn = sp.width > n ? sp.width - n : 0;
        int64_t left = align == '>' ? padn : align == '^' ? padn / 2 : 0;
        if (padn == 0 && n == s->len && s->hdr.type == &kr_str_type)
            return kr_from_obj(s);
        return pad_ascii(th, "", 0, (const char *)s->data, (size_t)n, (char)sp.fill, left, 0,
                         padn - left);
    }
    Str *cut = kr_str_substr(th, s, 0, n);
    if (!cut)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    kr_str_to_buf(&b, cut);
    kr_buf_putc(&b, 0);
    Value r = pad(th, &sp, "", b.data, n, '<');
    kr_buf_free(&b);
    return r;
}

/* format(n, 'c'): the character n, which may be NUL (so the padding is
 * written here rather than through pad(), which takes C strings). */
static Value format_char(Thread *th, const Spec *sp, Value v)
{
    if (sp->sign) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "Sign not allowed with integer format specifier 'c'");
        return KR_VALUE_NULL;
    }
    if (sp->alt) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "Alternate form (#) not allowed with integer format specifier 'c'");
        return KR_VALUE_NULL;
    }
    int64_t cp = -1;
    if (kr_is_bigint(v) || kr_int_as_i64(th, v, &cp) < 0 || cp < 0 || cp > 0x10ffff) {
        kr_err_clear(th);
        kr_err_set_string(th, &kr_exc_OverflowError, "%c arg not in range(0x110000)");
        return KR_VALUE_NULL;
    }
    char align = sp->align ? sp->align : '<';
    int64_t padn = sp->width > 1 ? sp->width - 1 : 0;
    int64_t left = align == '>' || align == '=' ? padn : align == '^' ? padn / 2 : 0;
    Buf b;
    kr_buf_init(&b);
    for (int64_t i = 0; i < padn + 1; i++)
        kr_buf_put_utf8(&b, i == left ? (uint32_t)cp : sp->fill);
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

Value kr_int_format_spec(Thread *th, Value v, Value specv)
{
    Str *specs = kr_as_str(specv);
    if (specs->len == 0)
        return kr_object_str(th, v);
    Spec sp;
    if (parse_spec(th, specs, &sp, "int") < 0)
        return KR_VALUE_NULL;
    char t = sp.type ? sp.type : 'd';
    if (strchr("eEfFgG%", t)) {
        double d;
        if (kr_float_as_double(th, v, &d) < 0)
            return KR_VALUE_NULL;
        return kr_float_format_spec(th, kr_float_new(th, d), specv);
    }
    int base = t == 'x' || t == 'X' ? 16 : t == 'o' ? 8 : t == 'b' ? 2 : 10;
    if (!strchr("dxXobnc", t)) {
        return unknown_code(th, &sp, kr_type_name(v));
    }
    if (sp.z)
        return no_z(th, "integer");
    if (sp.precision >= 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "Precision not allowed in integer format specifier");
        return KR_VALUE_NULL;
    }
    if (sp.grouping && (t == 'c' || t == 'n' || (sp.grouping == ',' && t != 'd'))) {
        kr_err_format(th, &kr_exc_ValueError, "Cannot specify '%c' with '%c'.", sp.grouping, t);
        return KR_VALUE_NULL;
    }
    if (t == 'c')
        return format_char(th, &sp, v);
    char small[72];
    char *digits;
    bool neg;
    if (!kr_is_bigint(v) && (kr_is_smallint(v) || kr_is_bool(v))) {
        /* a small int's digits come from a division loop, not from GMP */
        int64_t i = kr_is_bool(v) ? v == KR_TRUE : kr_as_smallint(v);
        neg = i < 0;
        small[sizeof small - 1] = 0;
        digits = kr_int_u64_digits(neg ? (uint64_t)0 - (uint64_t)i : (uint64_t)i, base, t == 'X',
                                   small + sizeof small - 1);
    } else {
        mpz_t z;
        mpz_init(z);
        kr_int_to_mpz(v, z);
        neg = mpz_sgn(z) < 0;
        mpz_abs(z, z);
        digits = kr_gc_alloc_atomic(mpz_sizeinbase(z, base) + 2);
        if (!digits) {
            mpz_clear(z);
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
        mpz_get_str(digits, t == 'X' ? -16 : base, z);
        mpz_clear(z);
    }
    size_t n = strlen(digits);
    /* decimal output obeys sys.set_int_max_str_digits as str(int) does
     * ("%d" % big and format(big, 'd') alike); power-of-two bases do not */
    int limit = th->vm->int_max_str_digits;
    if (base == 10 && limit > 0 && n > (size_t)limit) {
        kr_err_format(th, &kr_exc_ValueError,
                      "Exceeds the limit (%d digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit", limit);
        return KR_VALUE_NULL;
    }
    char prefix[8] = {0};
    size_t pl = 0;
    if (neg)
        prefix[pl++] = '-';
    else if (sp.sign == '+' || sp.sign == ' ')
        prefix[pl++] = sp.sign;
    if (sp.alt && base != 10) {
        prefix[pl++] = '0';
        prefix[pl++] = t == 'X' ? 'X' : t == 'x' ? 'x' : t == 'o' ? 'o' : 'b';
    }
    if (!sp.grouping)
        return pad(th, &sp, prefix, digits, (int64_t)n, '>');
    Buf body;
    kr_buf_init(&body);
    group(&body, digits, n, sp.grouping, base == 10 ? 3 : 4, zero_fill_width(&sp, pl));
    kr_buf_putc(&body, 0);
    Value r = pad(th, &sp, prefix, body.data, (int64_t)body.len - 1, '>');
    kr_buf_free(&body);
    return r;
}

/* Are the digits of a formatted magnitude all zeros (up to its exponent)? */
static bool shows_zero(const char *buf)
{
    for (; *buf && *buf != 'e' && *buf != 'E' && *buf != '%'; buf++)
        if (*buf != '0' && *buf != '.')
            return false;
    return true;
}

/* No type with a precision: 'g', but a result that would look integral
 * gets a digit after the point, and so the exponent form already takes
 * over at exponent precision-1 (CPython's Py_DTSF_ADD_DOT_0 with 'g'). */
static void no_type_precision(char *buf, size_t size, double a, int64_t prec, bool alt)
{
    int p = prec == 0 ? 1 : (int)prec;
    char e[512];
    snprintf(e, sizeof e, "%.*e", p - 1, a);
    char *ep = strchr(e, 'e');
    int x = ep ? atoi(ep + 1) : 0;
    if (ep && x == p - 1 && !strpbrk(buf, "eE")) {
        *ep = 0;
        size_t n = strlen(e);
        if (!alt && strchr(e, '.')) {       /* %g drops the mantissa's trailing zeros */
            while (n && e[n - 1] == '0')
                e[--n] = 0;
            if (n && e[n - 1] == '.')
                e[--n] = 0;
        }
        /* snprintf never overruns buf; testing its result keeps -O1's
         * -Wformat-truncation (the ASan build) quiet */
        if (snprintf(buf, size, "%se%c%02d", e, x < 0 ? '-' : '+', x < 0 ? -x : x) >= (int)size)
            buf[size - 1] = 0;
        return;
    }
    if (!strpbrk(buf, ".eEn") && strlen(buf) + 3 < size)
        strcat(buf, ".0");
}

Value kr_float_format_spec(Thread *th, Value v, Value specv)
{
    Str *specs = kr_as_str(specv);
    double d = kr_float_value(v);
    if (specs->len == 0)        /* str(self): a subclass's __str__ (CPython's format_obj) */
        return kr_object_str(th, v);
    Spec sp;
    if (parse_spec(th, specs, &sp, "float") < 0)
        return KR_VALUE_NULL;
    char t = sp.type;
    if (t && !strchr("eEfFgGn%r", t)) {
        return unknown_code(th, &sp, "float");
    }
    if (sp.precision > INT32_MAX) {
        kr_err_set_string(th, &kr_exc_ValueError, "precision too big");
        return KR_VALUE_NULL;
    }
    bool neg = signbit(d) && !isnan(d);
    double a = fabs(d);
    char buf[512];
    if (!t && sp.precision < 0) {
        char tmp[KR_DTOA_BUFSIZE];
        kr_dtoa_format_r(a, KR_DTOA_ADD_DOT_0, tmp);
        snprintf(buf, sizeof buf, "%s", tmp);
    } else {
        int prec = sp.precision < 0 ? 6 : (int)(sp.precision > 400 ? 400 : sp.precision);
        char ct = t ? t : 'g';
        if (ct == 'n')
            ct = 'g';
        if (ct == '%') {
            a *= 100;
            int n = sp.alt ? -1 : kr_numfmt_fixed_fast(a, prec, buf);
            if (n >= 0)
                memcpy(buf + n, "%", 2);
            else
                snprintf(buf, sizeof buf, sp.alt ? "%#.*f%%" : "%.*f%%", prec, a);
        } else if ((ct == 'f' || ct == 'F') && !sp.alt && kr_numfmt_fixed_fast(a, prec, buf) >= 0) {
            /* buf holds the digits: the common "{:.2f}" without printf */
        } else {
            char fmt[16];
            snprintf(fmt, sizeof fmt, sp.alt ? "%%#.*%c" : "%%.*%c", ct);
            snprintf(buf, sizeof buf, fmt, (ct == 'g' || ct == 'G') && prec == 0 ? 1 : prec, a);
            if (!t && isfinite(a))
                no_type_precision(buf, sizeof buf, a, prec, sp.alt);
        }
        if (isinf(a))
            snprintf(buf, sizeof buf, "%s%s", (ct >= 'A' && ct <= 'Z') ? "INF" : "inf", ct == '%' ? "%" : "");
        if (isnan(a))
            snprintf(buf, sizeof buf, "%s%s", (ct >= 'A' && ct <= 'Z') ? "NAN" : "nan", ct == '%' ? "%" : "");
    }
    if (sp.z && neg && shows_zero(buf))
        neg = false;        /* 'z': a negative value that rounds to zero loses its sign */
    char prefix[4] = {0};
    if (neg)
        prefix[0] = '-';
    else if (sp.sign == '+' || sp.sign == ' ')
        prefix[0] = sp.sign;
    Buf body;
    kr_buf_init(&body);
    if (sp.grouping) {
        size_t intlen = strspn(buf, "0123456789");
        group(&body, buf, intlen, sp.grouping, 3,
              zero_fill_width(&sp, strlen(prefix) + strlen(buf + intlen)));
        kr_buf_puts(&body, buf + intlen);
    } else {
        kr_buf_puts(&body, buf);
    }
    kr_buf_putc(&body, 0);
    Value r = pad(th, &sp, prefix, body.data, (int64_t)body.len - 1, '>');
    kr_buf_free(&body);
    return r;
}
