/*
 * numfmt.c -- format() for int, float, complex and str, and '%' formatting.
 * See numfmt.h for the API; numfmt_float.c makes the digits of a double.
 *
 * Every numeric format() ends in one layout, CPython's calc_number_widths
 * and fill_number:
 *
 *   | lpad | sign | prefix | spad | grouped digits | rest | rpad |
 *
 * sign comes from the number and the spec's sign option; prefix is "0x" and
 * friends; the digits are the integer digits, grouped with ',' or '_' from
 * the right; rest is whatever follows them (".25e+10", a '%', the
 * character of 'c').  Width minus everything else is padding, and the
 * alignment says which one of lpad, spad, rpad gets it.  The one twist is
 * zero padding ('0' fill with '=' alignment, which the "0" flag sets): the
 * zeros then count as digits, so they get grouped too -- format(1234,
 * "010,") is "00,001,234" -- exactly as CPython's
 * _PyUnicode_InsertThousandsGrouping does it, with its min_width.
 *
 * Widths count code points, never bytes: the fill can be any character,
 * and str input is UTF-8.  Error messages are CPython 3.11's, in its order
 * of checks (tests/unit/test_numfmt.c compares them all with python3.11).
 */
#include "core/numfmt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/unicode.h"

/* ---------------------------------------------------------------------- */
/* Errors and small helpers                                               */
/* ---------------------------------------------------------------------- */

static bool fail(NumErr *err, NumErrKind kind, const char *msg)
{
    err->kind = kind;
    kr_buf_init(&err->msg);
    kr_buf_puts(&err->msg, msg);
    return false;
}

/* "Unknown format code 'x' for object of type 'float'" */
static bool unknown_type(uint32_t type, const char *type_name, NumErr *err)
{
    fail(err, KR_NUMERR_VALUE, "");
    if (type > 32 && type < 128)
        kr_buf_printf(&err->msg, "Unknown format code '%c' for object of type '%.200s'", (char)type,
                      type_name);
    else
        kr_buf_printf(&err->msg, "Unknown format code '\\x%x' for object of type '%.200s'",
                      (unsigned)type, type_name);
    return false;
}

/* One code point of WTF-8 text at s[*i]; malformed bytes read as U+FFFD. */
static uint32_t next_cp(const char *s, size_t len, size_t *i)
{
    unsigned char c = (unsigned char)s[(*i)++];
    if (c < 0x80)
        return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
    if (extra < 0)
        return 0xFFFD;
    uint32_t cp = c & (0x3F >> extra);
    for (int k = 0; k < extra; k++) {
        if (*i >= len || ((unsigned char)s[*i] & 0xC0) != 0x80)
            return 0xFFFD;
        cp = cp << 6 | ((unsigned char)s[(*i)++] & 0x3F);
    }
    return cp;
}

/* Code points in UTF-8 text: every byte that is not a continuation byte. */
static size_t count_cps(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Byte length of the first ncp code points of s. */
static size_t prefix_bytes(const char *s, size_t len, size_t ncp)
{
    size_t i = 0;
    while (i < len && ncp > 0) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        ncp--;
    }
    return i;
}

static void put_fill(Buf *out, uint32_t fill, int64_t n)
{
    if (n <= 0)
        return;
    if (fill < 0x80) {
        if (!kr_buf_reserve(out, (size_t)n))
            return;
        memset(out->data + out->len, (int)fill, (size_t)n);
        out->len += (size_t)n;
        out->data[out->len] = '\0';
        return;
    }
    while (n-- > 0)
        kr_buf_put_utf8(out, fill);
}

/* ---------------------------------------------------------------------- */
/* Parsing the spec                                                       */
/* ---------------------------------------------------------------------- */

/* The spec as code points, with the cursor: end - pos is what is left. */
typedef struct SpecText {
    uint32_t *cp;
    size_t pos, end;
} SpecText;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static uint32_t peek(const SpecText *t, size_t ahead)
{
    return t->pos + ahead < t->end ? t->cp[t->pos + ahead] : 0;
}

/*
 * get_integer: Unicode decimal digits at the cursor into *out (unchanged
 * if there are none).  Returns the count of digits, -1 on overflow.
 */
static int64_t get_integer(SpecText *t, int64_t *out, NumErr *err)
{
    int64_t acc = 0, n = 0;
    for (; t->pos < t->end; t->pos++, n++) {
        int d = kr_unicode_decimal(t->cp[t->pos]);
        if (d < 0)
            break;
        if (acc > (INT64_MAX - d) / 10) {
            fail(err, KR_NUMERR_VALUE, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    if (n)
        *out = acc;
    return n;
}

/* The grouping character is only allowed with some types (PEP 378, 515). */
static bool check_grouping(FormatSpec *f, NumErr *err)
{
    switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
        return true;
    case 'b': case 'o': case 'x': case 'X':
        if (f->grouping == '_') {
            f->group_size = 4;
            return true;
        }
        break;
    }
    fail(err, KR_NUMERR_VALUE, "");
    if (f->type > 32 && f->type < 128)
        kr_buf_printf(&err->msg, "Cannot specify '%c' with '%c'.", f->grouping, (char)f->type);
    else
        kr_buf_printf(&err->msg, "Cannot specify '%c' with '\\x%x'.", f->grouping,
                      (unsigned)f->type);
    return false;
}

/* The mini-language after the cursor; the caller owns t's storage. */
static bool parse_fields(SpecText *t, const char *spec, size_t len, const char *type_name,
                         char default_align, FormatSpec *f, NumErr *err)
{
    bool fill_given = false, align_given = false;
    if (t->end - t->pos >= 2 && is_align(peek(t, 1))) {
        f->fill = peek(t, 0);
        f->align = (char)peek(t, 1);
        fill_given = align_given = true;
        t->pos += 2;
    } else if (t->end > t->pos && is_align(peek(t, 0))) {
        f->align = (char)peek(t, 0);
        align_given = true;
        t->pos++;
    }
    uint32_t c = peek(t, 0);
    if (t->pos < t->end && (c == '+' || c == '-' || c == ' ')) {
        f->sign = (char)c;
        t->pos++;
    }
    if (t->pos < t->end && peek(t, 0) == 'z') {
        f->no_neg_zero = true;
        t->pos++;
    }
    if (t->pos < t->end && peek(t, 0) == '#') {
        f->alternate = true;
        t->pos++;
    }
    /* "0" before the width: zero fill, and '=' alignment where the type's
     * default alignment is '>' (numbers; not str since 3.10) */
    if (!fill_given && t->pos < t->end && peek(t, 0) == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>')
            f->align = '=';
        t->pos++;
    }
    if (get_integer(t, &f->width, err) < 0)
        return false;
    if (t->pos < t->end && peek(t, 0) == ',') {
        f->grouping = ',';
        t->pos++;
    }
    if (t->pos < t->end && peek(t, 0) == '_') {
        if (f->grouping)
            return fail(err, KR_NUMERR_VALUE, "Cannot specify both ',' and '_'.");
        f->grouping = '_';
        t->pos++;
    }
    if (t->pos < t->end && peek(t, 0) == ',' && f->grouping == '_')
        return fail(err, KR_NUMERR_VALUE, "Cannot specify both ',' and '_'.");
    if (t->pos < t->end && peek(t, 0) == '.') {
        t->pos++;
        int64_t n = get_integer(t, &f->precision, err);
        if (n < 0)
            return false;
        if (n == 0)
            return fail(err, KR_NUMERR_VALUE, "Format specifier missing precision");
    }
    if (t->end - t->pos > 1) {
        fail(err, KR_NUMERR_VALUE, "Invalid format specifier '");
        kr_buf_write(&err->msg, spec, len);
        kr_buf_printf(&err->msg, "' for object of type '%.200s'", type_name);
        return false;
    }
    if (t->end - t->pos == 1)
        f->type = t->cp[t->pos++];
    return !f->grouping || check_grouping(f, err);
}

bool kr_numfmt_parse_spec(const char *spec, size_t len, uint32_t default_type, char default_align,
                          const char *type_name, FormatSpec *out, NumErr *err)
{
    *out = (FormatSpec){.fill = ' ', .type = default_type, .align = default_align,
                        .group_size = 3, .width = -1, .precision = -1};
    uint32_t small[32];
    SpecText t = {.cp = len <= KR_ARRAY_LEN(small) ? small : malloc(len * sizeof(uint32_t))};
    if (!t.cp)
        kr_fatal("out of memory");
    for (size_t i = 0; i < len;)
        t.cp[t.end++] = next_cp(spec, len, &i);
    bool ok = parse_fields(&t, spec, len, type_name, default_align, out, err);
    if (t.cp != small)
        free(t.cp);
    return ok;
}

/* ---------------------------------------------------------------------- */
/* The number layout                                                      */
/* ---------------------------------------------------------------------- */

/* A formatted number cut into the pieces of the header's diagram. */
typedef struct NumParts {
    char sign;                 /* '-' if the number is negative, else '\0' */
    const char *prefix;        /* "0x" or "" */
    const char *digits;        /* integer digits, ASCII */
    size_t n_digits;
    const char *rest;          /* after the digits: point, fraction, exponent... */
    size_t n_rest, rest_cps;   /* bytes and code points of rest */
} NumParts;

/* Lower-case hex digits and 'x' become upper case for 'X'. */
static char upper_if(char c, bool upper)
{
    return upper && c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

/*
 * CPython's InsertThousandsGrouping: the digits in groups of `group` from
 * the right, with sep between groups, left-padded with zeros to at least
 * min_width characters (zeros and separators included).  group 0 means no
 * grouping.  Built right to left into tmp, then reversed onto out.
 */
static void put_grouped(Buf *out, const char *d, size_t n, int64_t min_width, char sep, int group,
                        bool upper)
{
    if (group == 0 && min_width <= (int64_t)n) {   /* the common case: digits as they are */
        if (!kr_buf_reserve(out, n))
            return;
        for (size_t i = 0; i < n; i++)
            out->data[out->len++] = upper_if(d[i], upper);
        out->data[out->len] = '\0';
        return;
    }
    Buf tmp;
    kr_buf_init(&tmp);
    int64_t remaining = (int64_t)n;
    size_t pos = n;
    bool use_sep = false;
    for (;;) {
        int64_t l = remaining > min_width ? remaining : min_width;
        if (l < 1)
            l = 1;
        bool last = group == 0;
        if (!last && l > group)
            l = group;
        int64_t chars = remaining < l ? remaining : l;
        if (use_sep)
            kr_buf_putc(&tmp, sep);
        for (int64_t k = 0; k < chars; k++)
            kr_buf_putc(&tmp, upper_if(d[--pos], upper));
        for (int64_t k = chars; k < l; k++)
            kr_buf_putc(&tmp, '0');
        if (last)
            break;
        use_sep = true;
        remaining -= chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0)
            break;
        min_width -= 1;
    }
    if (tmp.failed)
        out->failed = true;
    if (!kr_buf_reserve(out, tmp.len)) {
        kr_buf_free(&tmp);
        return;
    }
    for (size_t i = tmp.len; i-- > 0;)
        out->data[out->len++] = tmp.data[i];
    out->data[out->len] = '\0';
    kr_buf_free(&tmp);
}

/* Characters the grouped digits take (put_grouped without the writing). */
static int64_t grouped_len(int64_t n, int64_t min_width, int group)
{
    if (n == 0)
        return 0;    /* 'c' and inf/nan: no digits, and no zero padding of them */
    if (group == 0)
        return n > min_width ? n : min_width;
    int64_t count = 0, remaining = n;
    for (bool use_sep = false;; use_sep = true) {
        int64_t l = remaining > min_width ? remaining : min_width;
        if (l < 1)
            l = 1;
        if (l > group)
            l = group;
        count += use_sep + l;
        remaining -= remaining < l ? remaining : l;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0)
            return count;
        min_width -= 1;
    }
}

/* calc_number_widths + fill_number: p laid out by the spec's fill, align,
 * width, sign and grouping. */
static void put_number(Buf *out, const NumParts *p, const FormatSpec *f, bool upper)
{
    char sign = p->sign;
    if (f->sign == '+')
        sign = sign == '-' ? '-' : '+';
    else if (f->sign == ' ')
        sign = sign == '-' ? '-' : ' ';
    size_t n_prefix = strlen(p->prefix);
    int64_t non_digit = (sign != 0) + (int64_t)n_prefix + (int64_t)p->rest_cps;
    int64_t min_width = f->fill == '0' && f->align == '=' ? f->width - non_digit : 0;
    int group = f->grouping ? f->group_size : 0;
    int64_t n_grouped = grouped_len((int64_t)p->n_digits, min_width, group);
    int64_t pad = f->width - (non_digit + n_grouped), lpad = 0, spad = 0, rpad = 0;
    if (pad > 0) {
        switch (f->align) {
        case '<': rpad = pad; break;
        case '^': lpad = pad / 2; rpad = pad - lpad; break;
        case '=': spad = pad; break;
        default: lpad = pad; break;
        }
    }
    put_fill(out, f->fill, lpad);
    if (sign)
        kr_buf_putc(out, sign);
    for (size_t i = 0; i < n_prefix; i++)
        kr_buf_putc(out, upper_if(p->prefix[i], upper));
    put_fill(out, f->fill, spad);
    if (p->n_digits)
        put_grouped(out, p->digits, p->n_digits, min_width, f->grouping, group, upper);
    kr_buf_write(out, p->rest, p->n_rest);
    put_fill(out, f->fill, rpad);
}

/* Split a formatted float ("-1234.5e+10", "inf") into sign, integer
 * digits and rest (parse_number). */
static void split_float(const char *s, size_t len, NumParts *p)
{
    *p = (NumParts){.prefix = ""};
    if (len && s[0] == '-') {
        p->sign = '-';
        s++, len--;
    }
    size_t i = 0;
    while (i < len && s[i] >= '0' && s[i] <= '9')
        i++;
    p->digits = s;
    p->n_digits = i;
    p->rest = s + i;
    p->n_rest = p->rest_cps = len - i;
}

/* ---------------------------------------------------------------------- */
/* format() for str, float, complex                                       */
/* ---------------------------------------------------------------------- */

bool kr_numfmt_format_str(const char *s, size_t len, const FormatSpec *f, Buf *out, NumErr *err)
{
    if (f->type != 's')
        return unknown_type(f->type, "str", err);
    if (f->sign == ' ')
        return fail(err, KR_NUMERR_VALUE, "Space not allowed in string format specifier");
    if (f->sign)
        return fail(err, KR_NUMERR_VALUE, "Sign not allowed in string format specifier");
    if (f->no_neg_zero)
        return fail(err, KR_NUMERR_VALUE,
                    "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alternate)
        return fail(err, KR_NUMERR_VALUE,
                    "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        return fail(err, KR_NUMERR_VALUE, "'=' alignment not allowed in string format specifier");
    int64_t n = (int64_t)count_cps(s, len);
    if (f->precision >= 0 && n > f->precision) {
        len = prefix_bytes(s, len, (size_t)f->precision);
        n = f->precision;
    }
    int64_t total = f->width > n ? f->width : n, lpad = 0;
    if (f->align == '>')
        lpad = total - n;
    else if (f->align == '^')
        lpad = (total - n) / 2;
    put_fill(out, f->fill, lpad);
    kr_buf_write(out, s, len);
    put_fill(out, f->fill, total - n - lpad);
    return true;
}

static bool is_float_type(uint32_t t)
{
    return t == '\0' || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' ||
           t == 'n' || t == '%';
}

bool kr_numfmt_format_float(double x, const FormatSpec *f, const char *type_name, Buf *out,
                            NumErr *err)
{
    if (!is_float_type(f->type))
        return unknown_type(f->type, type_name, err);
    if (f->precision > INT32_MAX)
        return fail(err, KR_NUMERR_VALUE, "precision too big");
    unsigned flags = (f->alternate ? KR_DTSF_ALT : 0) | (f->no_neg_zero ? KR_DTSF_NO_NEG_0 : 0);
    char type = (char)f->type;
    int precision = (int)f->precision, default_precision = 6;
    bool pct = false;
    if (type == '\0') {
        /* repr-like when no precision; else 'g' that keeps a ".0" */
        flags |= KR_DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    } else if (type == 'n') {
        type = 'g';   /* the "C" locale: no grouping, '.' */
    } else if (type == '%') {
        type = 'f';
        x *= 100;
        pct = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    Buf tmp;
    kr_buf_init(&tmp);
    kr_numfmt_double_to_string(x, type, precision, flags, &tmp);
    if (pct)
        kr_buf_putc(&tmp, '%');
    NumParts p;
    split_float(tmp.data, tmp.len, &p);
    put_number(out, &p, f, false);
    kr_buf_free(&tmp);
    return true;
}

bool kr_numfmt_format_complex(double re, double im, const FormatSpec *f, const char *type_name,
                              Buf *out, NumErr *err)
{
    if (!is_float_type(f->type) || f->type == '%')
        return unknown_type(f->type, type_name, err);
    if (f->precision > INT32_MAX)
        return fail(err, KR_NUMERR_VALUE, "precision too big");
    if (f->fill == '0')
        return fail(err, KR_NUMERR_VALUE, "Zero padding is not allowed in complex format specifier");
    if (f->align == '=')
        return fail(err, KR_NUMERR_VALUE,
                    "'=' alignment flag is not allowed in complex format specifier");
    unsigned flags = (f->alternate ? KR_DTSF_ALT : 0) | (f->no_neg_zero ? KR_DTSF_NO_NEG_0 : 0);
    char type = (char)f->type;
    int precision = (int)f->precision, default_precision = 6;
    bool skip_re = false, parens = false;
    if (type == '\0') {
        /* like repr(): no real part if it is +0.0, else parentheses */
        type = 'r';
        default_precision = 0;
        if (re == 0.0 && !signbit(re))
            skip_re = true;
        else
            parens = true;
    } else if (type == 'n') {
        type = 'g';
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    Buf rs, is, body;
    kr_buf_init(&rs);
    kr_buf_init(&is);
    kr_buf_init(&body);
    kr_numfmt_double_to_string(re, type, precision, flags, &rs);
    kr_numfmt_double_to_string(im, type, precision, flags, &is);
    /* each part is laid out without padding; the imaginary one always has a
     * sign unless it stands alone */
    FormatSpec part = *f;
    part.fill = ' ';
    part.align = '<';
    part.width = -1;
    NumParts p;
    if (parens)
        kr_buf_putc(&body, '(');
    if (!skip_re) {
        split_float(rs.data, rs.len, &p);
        put_number(&body, &p, &part, false);
        part.sign = '+';
    }
    split_float(is.data, is.len, &p);
    put_number(&body, &p, &part, false);
    kr_buf_putc(&body, 'j');
    if (parens)
        kr_buf_putc(&body, ')');
    int64_t n = (int64_t)body.len, total = f->width > n ? f->width : n, lpad = 0;
    if (f->align == '>')
        lpad = total - n;
    else if (f->align == '^')
        lpad = (total - n) / 2;
    put_fill(out, f->fill, lpad);
    kr_buf_write(out, body.data, body.len);
    put_fill(out, f->fill, total - n - lpad);
    kr_buf_free(&rs);
    kr_buf_free(&is);
    kr_buf_free(&body);
    return true;
}

/* ---------------------------------------------------------------------- */
/* format() for int                                                       */
/* ---------------------------------------------------------------------- */

int kr_numfmt_int_kind(const FormatSpec *f, const char *type_name, NumErr *err)
{
    switch (f->type) {
    case 'b': case 'o': case 'x': case 'X': case 'd': case 'n': case 'c':
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return 10;
    default:
        unknown_type(f->type, type_name, err);
        return 0;
    }
    if (f->precision != -1) {
        fail(err, KR_NUMERR_VALUE, "Precision not allowed in integer format specifier");
        return 0;
    }
    if (f->no_neg_zero) {
        fail(err, KR_NUMERR_VALUE,
             "Negative zero coercion (z) not allowed in integer format specifier");
        return 0;
    }
    if (f->type == 'c' && f->sign) {
        fail(err, KR_NUMERR_VALUE, "Sign not allowed with integer format specifier 'c'");
        return 0;
    }
    if (f->type == 'c' && f->alternate) {
        fail(err, KR_NUMERR_VALUE,
             "Alternate form (#) not allowed with integer format specifier 'c'");
        return 0;
    }
    return f->type == 'b' ? 2 : f->type == 'o' ? 8 : f->type == 'x' || f->type == 'X' ? 16 : 10;
}

/* 'c': the character v, laid out as a number with only a "rest". */
static bool format_char(int64_t v, const FormatSpec *f, Buf *out, NumErr *err)
{
    if (v < 0 || v > 0x10FFFF)
        return fail(err, KR_NUMERR_OVERFLOW, "%c arg not in range(0x110000)");
    Buf ch;
    kr_buf_init(&ch);
    kr_buf_put_utf8(&ch, (uint32_t)v);
    NumParts p = {.prefix = "", .digits = "", .rest = ch.data, .n_rest = ch.len, .rest_cps = 1};
    put_number(out, &p, f, false);
    kr_buf_free(&ch);
    return true;
}

/* Digits (in the base int_kind chose) to double, for the float types. */
static bool digits_to_double(bool negative, const char *digits, size_t n, double *out, NumErr *err)
{
    Buf tmp;
    kr_buf_init(&tmp);
    if (negative)
        kr_buf_putc(&tmp, '-');
    kr_buf_write(&tmp, digits, n);
    double d = strtod(tmp.data, NULL);   /* correctly rounded, as PyLong_AsDouble */
    kr_buf_free(&tmp);
    if (isinf(d))
        return fail(err, KR_NUMERR_OVERFLOW, "int too large to convert to float");
    *out = d;
    return true;
}

bool kr_numfmt_format_int_digits(bool negative, const char *digits, size_t n,
                                 const FormatSpec *f, const char *type_name,
                                 int64_t max_str_digits, Buf *out, NumErr *err)
{
    int base = kr_numfmt_int_kind(f, type_name, err);
    if (!base)
        return false;
    if (f->type == 'c') {
        /* PyLong_AsLong first: only then the character range */
        uint64_t m = 0, limit = negative ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
        for (size_t i = 0; i < n; i++) {
            if (m > (limit - (uint64_t)(digits[i] - '0')) / 10)
                return fail(err, KR_NUMERR_OVERFLOW, "Python int too large to convert to C long");
            m = m * 10 + (uint64_t)(digits[i] - '0');
        }
        return format_char(negative ? (int64_t)(0 - m) : (int64_t)m, f, out, err);
    }
    if (base == 10 && f->type != 'd' && f->type != 'n') {
        double d = 0.0;  /* set by digits_to_double; the zero quiets -O1 */
        return digits_to_double(negative, digits, n, &d, err) &&
               kr_numfmt_format_float(d, f, type_name, out, err);
    }
    if (base == 10 && !kr_numfmt_check_str_digits(n, max_str_digits, err))
        return false;
    static const char *const prefixes[17] = {[2] = "0b", [8] = "0o", [16] = "0x"};
    NumParts p = {.sign = negative ? '-' : '\0',
                  .prefix = f->alternate && prefixes[base] ? prefixes[base] : "",
                  .digits = digits, .n_digits = n, .rest = ""};
    put_number(out, &p, f, f->type == 'X');
    return true;
}

bool kr_numfmt_format_i64(int64_t v, const FormatSpec *f, const char *type_name, Buf *out,
                          NumErr *err)
{
    int base = kr_numfmt_int_kind(f, type_name, err);
    if (!base)
        return false;
    if (f->type == 'c')
        return format_char(v, f, out, err);
    if (base == 10 && f->type != 'd' && f->type != 'n')
        return kr_numfmt_format_float((double)v, f, type_name, out, err);
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    char buf[72];
    size_t i = sizeof buf;
    do {
        buf[--i] = "0123456789abcdef"[m % (unsigned)base];
        m /= (unsigned)base;
    } while (m);
    return kr_numfmt_format_int_digits(v < 0, buf + i, sizeof buf - i, f, type_name, 0, out, err);
}

/* ---------------------------------------------------------------------- */
/* '%' formatting                                                         */
/* ---------------------------------------------------------------------- */

/* Decimal digits at fmt[*i] into *out, failing with msg past max. */
static bool pct_number(const char *fmt, size_t len, size_t *i, int64_t max, int64_t *out,
                       const char *msg, NumErr *err)
{
    int64_t v = 0;
    for (; *i < len && fmt[*i] >= '0' && fmt[*i] <= '9'; ++*i) {
        int d = fmt[*i] - '0';
        if (v > (max - d) / 10)
            return fail(err, KR_NUMERR_VALUE, msg);
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

/*
 * unicode_format_arg_parse, for the text after one '%': "%%", a
 * "(key)" with balanced parentheses, flags, width, precision, an ignored
 * h/l/L, and the conversion character.
 */
bool kr_numfmt_pct_parse(const char *fmt, size_t len, size_t *pos, PctSpec *out, NumErr *err)
{
    static const char incomplete[] = "incomplete format";
    *out = (PctSpec){.width = -1, .prec = -1};
    size_t i = *pos;
    if (i < len && fmt[i] == '%') {
        out->conv = '%';
        *pos = i + 1;
        return true;
    }
    if (i < len && fmt[i] == '(') {
        int depth = 1;
        size_t j = i + 1;
        for (; j < len && depth > 0; j++)
            depth += fmt[j] == '(' ? 1 : fmt[j] == ')' ? -1 : 0;
        if (depth > 0)
            return fail(err, KR_NUMERR_VALUE, "incomplete format key");
        out->has_key = true;
        out->key_start = i + 1;
        out->key_len = j - 1 - (i + 1);
        i = j;
    }
    for (; i < len; i++) {
        const char *flag = strchr("-+ #0", fmt[i]);
        if (!flag || !fmt[i])
            break;
        static const unsigned bits[] = {KR_PCT_LJUST, KR_PCT_SIGN, KR_PCT_BLANK, KR_PCT_ALT,
                                        KR_PCT_ZERO};
        out->flags |= bits[flag - "-+ #0"];
    }
    if (i < len && fmt[i] == '*') {
        out->flags |= KR_PCT_WIDTH_STAR;
        i++;
    } else if (i < len && fmt[i] >= '0' && fmt[i] <= '9') {
        if (!pct_number(fmt, len, &i, INT64_MAX, &out->width, "width too big", err))
            return false;
    }
    if (i < len && fmt[i] == '.') {
        out->prec = 0;
        i++;
        if (i < len && fmt[i] == '*') {
            out->flags |= KR_PCT_PREC_STAR;
            i++;
        } else if (!pct_number(fmt, len, &i, INT32_MAX, &out->prec, "precision too big", err)) {
            return false;
        }
    }
    if (i < len && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L'))
        i++;
    if (i >= len)
        return fail(err, KR_NUMERR_VALUE, incomplete);
    out->conv = next_cp(fmt, len, &i);
    *pos = i;
    return true;
}

void kr_numfmt_pct_set_width(PctSpec *spec, int64_t width)
{
    if (width < 0) {
        spec->flags |= KR_PCT_LJUST;
        width = width == INT64_MIN ? INT64_MAX : -width;
    }
    spec->width = width;
}

void kr_numfmt_pct_set_prec(PctSpec *spec, int64_t prec)
{
    spec->prec = prec < 0 ? 0 : prec;
}

/*
 * unicode_format_arg_output: s (UTF-8) padded to the width.  For numbers
 * the sign (from s, or added by '+' / ' ') and a '#' prefix "0x"/"0o" go
 * before zero padding but after space padding, and zero padding needs the
 * '0' flag; padding on the right is always spaces.
 */
/* bytes_units: s is bytes data, measured and cut in bytes, not code points. */
static void pct_output(const char *s, size_t n, const PctSpec *spec, bool numeric,
                       bool bytes_units, Buf *out)
{
    unsigned flags = spec->flags;
    uint32_t conv = spec->conv;
    char fill = numeric && (flags & KR_PCT_ZERO) ? '0' : ' ';
    int64_t len = bytes_units ? (int64_t)n : (int64_t)count_cps(s, n), width = spec->width;
    if ((conv == 's' || conv == 'r' || conv == 'a' || conv == 'b') && spec->prec >= 0 &&
        len > spec->prec) {
        n = bytes_units ? (size_t)spec->prec : prefix_bytes(s, n, (size_t)spec->prec);
        len = spec->prec;
    }
    char sign = 0;
    if (numeric) {
        if (n > 0 && (s[0] == '-' || s[0] == '+')) {
            sign = s[0];
            s++, n--, len--;
        } else if (flags & KR_PCT_SIGN) {
            sign = '+';
        } else if (flags & KR_PCT_BLANK) {
            sign = ' ';
        }
    }
    if (width < len)
        width = len;
    if (sign) {
        if (fill != ' ')
            kr_buf_putc(out, sign);
        if (width > len)
            width--;
    }
    bool prefix = (flags & KR_PCT_ALT) && (conv == 'x' || conv == 'X' || conv == 'o');
    if (prefix) {
        if (fill != ' ') {
            kr_buf_write(out, s, 2);
            s += 2, n -= 2;
        }
        width = width - 2 < 0 ? 0 : width - 2;
        len -= 2;
    }
    if (width > len && !(flags & KR_PCT_LJUST)) {
        put_fill(out, (uint32_t)fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (sign)
            kr_buf_putc(out, sign);
        if (prefix) {
            kr_buf_write(out, s, 2);
            s += 2, n -= 2;
        }
    }
    kr_buf_write(out, s, n);
    put_fill(out, ' ', width - len);
}

void kr_numfmt_pct_float(double x, const PctSpec *spec, Buf *out)
{
    Buf tmp;
    kr_buf_init(&tmp);
    int prec = spec->prec < 0 ? 6 : (int)spec->prec;
    kr_numfmt_double_to_string(x, (char)spec->conv, prec,
                               spec->flags & KR_PCT_ALT ? KR_DTSF_ALT : 0, &tmp);
    pct_output(tmp.data, tmp.len, spec, true, false, out);
    kr_buf_free(&tmp);
}

/* _PyUnicode_FormatLong: sign, "0x"/"0o" with '#', zeros up to the
 * precision, the digits; all upper case for 'X'. */
void kr_numfmt_pct_int_digits(bool negative, const char *digits, size_t n, const PctSpec *spec,
                              Buf *out)
{
    Buf tmp;
    kr_buf_init(&tmp);
    bool upper = spec->conv == 'X';
    if (negative)
        kr_buf_putc(&tmp, '-');
    if ((spec->flags & KR_PCT_ALT) && spec->conv != 'd' && spec->conv != 'i' && spec->conv != 'u') {
        kr_buf_putc(&tmp, '0');
        kr_buf_putc(&tmp, spec->conv == 'o' ? 'o' : upper ? 'X' : 'x');
    }
    if (spec->prec > (int64_t)n)
        put_fill(&tmp, '0', spec->prec - (int64_t)n);
    for (size_t i = 0; i < n; i++)
        kr_buf_putc(&tmp, upper_if(digits[i], upper));
    pct_output(tmp.data, tmp.len, spec, true, false, out);
    kr_buf_free(&tmp);
}

void kr_numfmt_pct_i64(int64_t v, const PctSpec *spec, Buf *out)
{
    unsigned base = spec->conv == 'o' ? 8 : spec->conv == 'x' || spec->conv == 'X' ? 16 : 10;
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    char buf[24];
    size_t i = sizeof buf;
    do {
        buf[--i] = "0123456789abcdef"[m % base];
        m /= base;
    } while (m);
    kr_numfmt_pct_int_digits(v < 0, buf + i, sizeof buf - i, spec, out);
}

void kr_numfmt_pct_str(const char *s, size_t len, const PctSpec *spec, Buf *out)
{
    pct_output(s, len, spec, false, false, out);
}

void kr_numfmt_pct_bytes(const char *s, size_t len, const PctSpec *spec, Buf *out)
{
    pct_output(s, len, spec, false, true, out);
}
