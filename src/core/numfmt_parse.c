/*
 * numfmt_parse.c -- text to numbers: float(str), int(str, base),
 * float.fromhex(), and the int_max_str_digits limit.  See numfmt.h.
 *
 * The same first step as CPython.  Both float() and int() first rewrite a
 * str into ASCII (_PyUnicode_TransformDecimalAndSpaceToASCII): characters
 * below 127 stay, Unicode whitespace becomes ' ', a Unicode decimal digit
 * becomes its ASCII digit, and anything else ends the text with a '?' that
 * no grammar accepts.  After that only ASCII rules apply -- which is why
 * "\x1c1" is not a number although '\x1c'.isspace(): the stripping uses
 * C's isspace on the rewritten text, and \x1c is ASCII and not C space.
 *
 * float().  CPython strips whitespace, removes underscores (each must sit
 * between two digits), then calls its own correctly rounded strtod, which
 * accepts [sign] digits [. digits] [e [sign] digits] or inf, infinity,
 * nan; a trailing "e" without digits is not part of the number, so "1e"
 * fails on the leftover.  We validate that grammar here and hand the
 * validated text to the C library's strtod -- glibc's is correctly rounded
 * too, and after validation it never sees hex or "nan(...)" forms.  (Both
 * strtod and printf follow LC_NUMERIC; krait keeps the C library's numeric
 * locale at "C", as CPython's own number code assumes.)
 *
 * int().  PyLong_FromString's rules, in its order: whitespace, sign, the
 * base's prefix (base 0 picks the base from it; "0" followed by a digit in
 * base 0 is only valid if the whole value is zero), at most one '_' after
 * the prefix, digits with single underscores between them, the
 * int_max_str_digits limit (counted before anything after the digits is
 * looked at, and not applied to the power-of-two bases), whitespace, end.
 */
#include "core/numfmt.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/unicode.h"

/* Below this many digits the str-digits limit is never checked, as CPython's
 * _PY_LONG_MAX_STR_DIGITS_THRESHOLD. */
#define STR_DIGITS_THRESHOLD 640

static bool fail(NumErr *err, NumErrKind kind, const char *msg)
{
    err->kind = kind;
    kr_buf_init(&err->msg);
    if (msg)
        kr_buf_puts(&err->msg, msg);
    return false;
}

/* C's isspace in the "C" locale, as CPython's Py_ISSPACE. */
static bool is_c_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

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

/* The ASCII rewrite described in the header; out is NUL-terminated. */
static void to_ascii(const char *s, size_t len, Buf *out)
{
    if (!kr_buf_reserve(out, len))
        return;
    out->data[out->len] = '\0';
    for (size_t i = 0; i < len;) {
        uint32_t cp = next_cp(s, len, &i);
        if (cp < 127) {
            kr_buf_putc(out, (char)cp);
        } else if (kr_unicode_isspace(cp)) {
            kr_buf_putc(out, ' ');
        } else {
            int d = kr_unicode_decimal(cp);
            if (d < 0) {
                kr_buf_putc(out, '?');
                return;
            }
            kr_buf_putc(out, (char)('0' + d));
        }
    }
}

/* ---------------------------------------------------------------------- */
/* float()                                                                */
/* ---------------------------------------------------------------------- */

static bool match_word(const char *s, const char *word)
{
    for (; *word; s++, word++)
        if ((*s | 0x20) != *word)
            return false;
    return true;
}

/* _Py_parse_inf_or_nan: [sign] inf | infinity | nan, any case.  Returns the
 * length matched, 0 if none. */
static size_t parse_inf_or_nan(const char *s, size_t len, double *out)
{
    size_t i = 0;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    if (len - i >= 3 && match_word(s + i, "inf")) {
        i += 3;
        if (len - i >= 5 && match_word(s + i, "inity"))
            i += 5;
        *out = neg ? -INFINITY : INFINITY;
        return i;
    }
    if (len - i >= 3 && match_word(s + i, "nan")) {
        *out = neg ? -NAN : NAN;
        return i + 3;
    }
    return 0;
}

/* Length of the decimal number at s ([sign] digits [. digits] [e [sign]
 * digits], at least one digit before the exponent), 0 if none. */
static size_t scan_decimal(const char *s, size_t len)
{
    size_t i = 0, ndig = 0;
    if (i < len && (s[i] == '+' || s[i] == '-'))
        i++;
    for (; i < len && is_digit(s[i]); i++)
        ndig++;
    if (i < len && s[i] == '.')
        for (i++; i < len && is_digit(s[i]); i++)
            ndig++;
    if (ndig == 0)
        return 0;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < len && (s[j] == '+' || s[j] == '-'))
            j++;
        if (j < len && is_digit(s[j])) {
            while (j < len && is_digit(s[j]))
                j++;
            i = j;
        }
    }
    return i;
}

/* Copy s without underscores, each of which must sit between two digits
 * (_Py_string_to_number_with_underscores).  False if one does not. */
static bool drop_underscores(const char *s, size_t len, Buf *out)
{
    char prev = '\0';
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '_') {
            if (!is_digit(prev))
                return false;
        } else {
            if (prev == '_' && !is_digit(c))
                return false;
            kr_buf_putc(out, c);
        }
        prev = c;
    }
    return prev != '_';
}

bool kr_numfmt_parse_float(const char *s, size_t len, double *out)
{
    Buf a, clean;
    kr_buf_init(&a);
    kr_buf_init(&clean);
    to_ascii(s, len, &a);
    bool ok = false;
    const char *p = a.data ? a.data : "";
    size_t n = a.len;
    /* an embedded NUL ends the number, and then fails the end check */
    size_t nul = strlen(p);
    while (n > 0 && is_c_space(*p))
        p++, n--;
    while (n > 1 && is_c_space(p[n - 1]))
        n--;
    if (a.failed || nul < a.len || !drop_underscores(p, n, &clean) || clean.failed)
        goto done;
    p = clean.data ? clean.data : "";
    n = clean.len;
    if (n == 0)
        goto done;
    size_t used = scan_decimal(p, n);
    if (used == n) {
        *out = strtod(p, NULL);
        ok = true;
    } else if (used == 0 && parse_inf_or_nan(p, n, out) == n) {
        ok = true;
    }
done:
    kr_buf_free(&a);
    kr_buf_free(&clean);
    return ok;
}

/* ---------------------------------------------------------------------- */
/* float.fromhex()                                                        */
/* ---------------------------------------------------------------------- */

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        return (c | 0x20) - 'a' + 10;
    return -1;
}

/* A hex coefficient: its significant nibbles (leading zeros gone) and the
 * binary exponent of the last one's lowest bit. */
typedef struct HexNum {
    Buf nib;          /* nibble values 0..15, most significant first */
    int64_t exp;      /* value = NIBBLES * 2**exp */
} HexNum;

/* Bit of the coefficient with weight 2**p (0 outside it). */
static int hex_bit(const HexNum *h, int64_t p)
{
    int64_t off = p - h->exp;
    if (off < 0)
        return 0;
    int64_t j = (int64_t)h->nib.len - 1 - off / 4;
    if (j < 0)
        return 0;
    return (h->nib.data[j] >> (off % 4)) & 1;
}

/*
 * The double nearest the coefficient, ties to even, or false on overflow.
 * top is one more than the exponent of the leading bit; lsb the exponent
 * of the last bit a double can keep there (fixed at -1074 for subnormals).
 */
static bool hex_round(const HexNum *h, double *out)
{
    int lead = h->nib.data[0], bits = 0;
    for (; lead; lead >>= 1)
        bits++;
    int64_t top = h->exp + 4 * ((int64_t)h->nib.len - 1) + bits;
    if (top < DBL_MIN_EXP - DBL_MANT_DIG) {   /* below half the smallest subnormal */
        *out = 0.0;
        return true;
    }
    if (top > DBL_MAX_EXP)
        return false;
    int64_t lsb = (top > DBL_MIN_EXP ? top : DBL_MIN_EXP) - DBL_MANT_DIG;
    uint64_t m = 0;
    for (int64_t p = top - 1; p >= lsb; p--)
        m = m << 1 | (uint64_t)hex_bit(h, p);
    if (hex_bit(h, lsb - 1)) {
        bool sticky = false;
        for (int64_t p = lsb - 2; p >= h->exp && !sticky; p--)
            sticky = hex_bit(h, p);
        if (sticky || (m & 1)) {
            m++;
            if (top == DBL_MAX_EXP && m == (uint64_t)1 << DBL_MANT_DIG)
                return false;
        }
    }
    *out = ldexp((double)m, (int)lsb);
    return true;
}

bool kr_numfmt_float_fromhex(const char *s, size_t len, double *out, NumErr *err)
{
    static const char invalid[] = "invalid hexadecimal floating-point string";
    size_t i = 0;
    while (i < len && is_c_space(s[i]))
        i++;
    double x = 0.0;
    bool neg = false;
    size_t special = parse_inf_or_nan(s + i, len - i, &x);
    if (special) {
        i += special;
        goto finished;
    }
    if (i < len && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    if (i + 1 < len && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
        i += 2;

    HexNum h;
    kr_buf_init(&h.nib);
    int64_t fdigits = 0, ndigits = 0;
    for (; i < len && hex_value(s[i]) >= 0; i++, ndigits++)
        if (h.nib.len || hex_value(s[i]))
            kr_buf_putc(&h.nib, (char)hex_value(s[i]));
    if (i < len && s[i] == '.')
        for (i++; i < len && hex_value(s[i]) >= 0; i++, ndigits++, fdigits++)
            if (h.nib.len || hex_value(s[i]))
                kr_buf_putc(&h.nib, (char)hex_value(s[i]));
    if (ndigits == 0) {
        kr_buf_free(&h.nib);
        return fail(err, KR_NUMERR_VALUE, invalid);
    }
    /* [p [sign] digits]; the exponent saturates far beyond any double */
    int64_t exp = 0;
    if (i < len && (s[i] == 'p' || s[i] == 'P')) {
        i++;
        bool eneg = false;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            eneg = s[i++] == '-';
        if (!(i < len && is_digit(s[i]))) {
            kr_buf_free(&h.nib);
            return fail(err, KR_NUMERR_VALUE, invalid);
        }
        for (; i < len && is_digit(s[i]); i++)
            if (exp < ((int64_t)1 << 50))
                exp = exp * 10 + (s[i] - '0');
        if (eneg)
            exp = -exp;
    }
    h.exp = exp - 4 * fdigits;
    bool ok = h.nib.len == 0 || exp < -((int64_t)1 << 49) ? (x = 0.0, true)
            : exp > ((int64_t)1 << 49)                    ? false
                                                          : hex_round(&h, &x);
    kr_buf_free(&h.nib);
    /* overflow is reported before anything after the number is looked at */
    if (!ok)
        return fail(err, KR_NUMERR_OVERFLOW, "hexadecimal value too large to represent as a float");
finished:
    while (i < len && is_c_space(s[i]))
        i++;
    if (i != len)
        return fail(err, KR_NUMERR_VALUE, invalid);
    *out = neg ? -x : x;
    return true;
}

/* ---------------------------------------------------------------------- */
/* int()                                                                  */
/* ---------------------------------------------------------------------- */

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    return 99;
}

/* The base prefix letter for a base, or 0. */
static char prefix_letter(int base)
{
    return base == 16 ? 'x' : base == 8 ? 'o' : base == 2 ? 'b' : 0;
}

/*
 * Scan digits of base with single underscores between them; *ndigits
 * counts digits only.  Returns the index after the run, or SIZE_MAX on a
 * doubled or trailing underscore.
 */
static size_t scan_int_digits(const char *p, size_t n, size_t i, int base, size_t *ndigits)
{
    char prev = '\0';
    for (; i < n && (digit_value(p[i]) < base || p[i] == '_'); i++) {
        if (p[i] == '_' && prev == '_')
            return SIZE_MAX;
        if (p[i] != '_')
            ++*ndigits;
        prev = p[i];
    }
    return prev == '_' ? SIZE_MAX : i;
}

/* Fill out->digits (underscores dropped) and the small value if it fits. */
static void collect_int(const char *p, size_t start, size_t end, IntText *out)
{
    uint64_t v = 0;
    bool fits = true;
    const uint64_t limit = out->negative ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    for (size_t i = start; i < end; i++) {
        if (p[i] == '_')
            continue;
        kr_buf_putc(&out->digits, p[i]);
        uint64_t d = (uint64_t)digit_value(p[i]);
        if (fits && v <= (limit - d) / (uint64_t)out->base)
            v = v * (uint64_t)out->base + d;
        else
            fits = false;
    }
    out->small = fits;
    out->value = !fits ? 0 : out->negative ? (int64_t)(0 - v) : (int64_t)v;
}

static bool int_limit_error(int64_t limit, size_t ndigits, NumErr *err)
{
    fail(err, KR_NUMERR_VALUE, NULL);
    kr_buf_printf(&err->msg,
                  "Exceeds the limit (%lld digits) for integer string conversion: value has %zu "
                  "digits; use sys.set_int_max_str_digits() to increase the limit",
                  (long long)limit, ndigits);
    return false;
}

/* PyLong_FromString on the ASCII text p (n bytes, NUL-terminated). */
static bool parse_int_ascii(const char *p, size_t n, int base, int64_t max_digits, IntText *out,
                            NumErr *err)
{
    size_t i = 0;
    while (i < n && is_c_space(p[i]))
        i++;
    if (i < n && (p[i] == '+' || p[i] == '-'))
        out->negative = p[i++] == '-';
    bool zero_only = false;   /* base 0, "0" then more: only zero is valid */
    if (base == 0) {
        char c = i + 1 < n ? (char)(p[i + 1] | 0x20) : 0;
        if (i >= n || p[i] != '0')
            base = 10;
        else
            base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : (zero_only = true, 10);
    }
    if (i + 1 < n && p[i] == '0' && prefix_letter(base) &&
        (p[i + 1] | 0x20) == prefix_letter(base)) {
        i += 2;
        if (i < n && p[i] == '_')   /* one underscore allowed after a prefix */
            i++;
    }
    out->base = base;
    if (i < n && p[i] == '_')
        return fail(err, KR_NUMERR_SYNTAX, NULL);
    size_t start = i, ndigits = 0;
    size_t end = scan_int_digits(p, n, i, base, &ndigits);
    if (end == SIZE_MAX)
        return fail(err, KR_NUMERR_SYNTAX, NULL);
    if ((base & (base - 1)) != 0 && ndigits > STR_DIGITS_THRESHOLD && max_digits > 0 &&
        ndigits > (uint64_t)max_digits)
        return int_limit_error(max_digits, ndigits, err);
    if (end == start)
        return fail(err, KR_NUMERR_SYNTAX, NULL);
    for (i = end; i < n && is_c_space(p[i]);)
        i++;
    if (i != n)
        return fail(err, KR_NUMERR_SYNTAX, NULL);
    collect_int(p, start, end, out);
    if (zero_only && !(out->small && out->value == 0))
        return fail(err, KR_NUMERR_SYNTAX, NULL);
    return true;
}

bool kr_numfmt_parse_int(const char *s, size_t len, int base, int64_t max_str_digits, IntText *out,
                         NumErr *err)
{
    out->negative = false;
    out->base = base;
    out->small = false;
    out->value = 0;
    kr_buf_init(&out->digits);
    if ((base != 0 && base < 2) || base > 36)
        return fail(err, KR_NUMERR_VALUE, "int() base must be >= 2 and <= 36, or 0");
    Buf a;
    kr_buf_init(&a);
    to_ascii(s, len, &a);
    /* an embedded NUL ends the text for PyLong_FromString; what follows
     * then fails the end check */
    const char *p = a.data ? a.data : "";
    size_t n = strlen(p);
    bool ok = !a.failed && parse_int_ascii(p, n, base, max_str_digits, out, err);
    if (a.failed)
        ok = fail(err, KR_NUMERR_VALUE, "out of memory reading an int");
    if (ok && n != a.len)
        ok = fail(err, KR_NUMERR_SYNTAX, NULL);
    kr_buf_free(&a);
    if (!ok) {
        kr_buf_free(&out->digits);
        kr_buf_init(&out->digits);
    }
    return ok;
}

bool kr_numfmt_check_str_digits(size_t ndigits, int64_t limit, NumErr *err)
{
    if (limit <= 0 || ndigits <= (uint64_t)limit)
        return true;
    fail(err, KR_NUMERR_VALUE, NULL);
    kr_buf_printf(&err->msg,
                  "Exceeds the limit (%lld digits) for integer string conversion; use "
                  "sys.set_int_max_str_digits() to increase the limit",
                  (long long)limit);
    return false;
}
