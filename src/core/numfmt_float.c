/*
 * numfmt_float.c -- doubles to text: the e/f/g/r layouts, float.hex(),
 * as_integer_ratio() and round(x, n).  See numfmt.h.
 *
 * Digits, then layout.  CPython's PyOS_double_to_string asks David Gay's
 * dtoa for the digits of x in one of three modes and then lays them out
 * (format_float_short).  We keep that split; core/dtoa.h gives the digits:
 *
 *   mode 0  shortest round-trip digits   kr_dtoa_shortest
 *   mode 2  n significant digits         kr_dtoa_precision ("%.*e")
 *   mode 3  n digits after the point     kr_dtoa_fixed     ("%.*f")
 *
 * Modes 2 and 3 round the double's exact binary value once, to nearest
 * with ties to even, for any precision -- the digits Gay's dtoa produces.
 * The layout code below then works on (digits, decpt) exactly
 * as format_float_short does: the digits with trailing zeros removed, and
 * the position of the decimal point, value = 0.DIGITS * 10**decpt.
 *
 * round(x, n) is CPython's double_round: round x to n decimal places on its
 * exact value (ties to even), then read that decimal string back with a
 * correctly rounded strtod.  kr_dtoa_fixed does the first half for any n,
 * negative n (tens, hundreds) included.
 */
#include "core/numfmt.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/dtoa.h"

/* Digits of |x| as Gay's dtoa returns them.  Most fit in small[]; long
 * precisions spill to the heap. */
typedef struct Digits {
    char *d;          /* the digits, no trailing zeros; may be empty (rounds to 0) */
    size_t n;
    int64_t decpt;
    char small[96];
} Digits;

/* Room for n digits in d (its old contents are not kept). */
static void digits_reserve(Digits *d, size_t n)
{
    d->d = n < sizeof d->small ? d->small : malloc(n + 1);
    if (!d->d)
        kr_fatal("out of memory");
}

static void digits_free(Digits *d)
{
    if (d->d != d->small)
        free(d->d);
}

/* The digits of finite |ax| in the given mode (see the file header). */
static void get_digits(double ax, int mode, int64_t ndigits, Digits *d)
{
    int decpt;
    if (mode == 0) {
        bool neg;
        digits_reserve(d, 18);
        d->n = (size_t)kr_dtoa_shortest(ax, d->small, &decpt, &neg);
    } else if (mode == 2) {
        digits_reserve(d, ndigits < KR_DTOA_MAX_DIGITS ? (size_t)ndigits : KR_DTOA_MAX_DIGITS);
        d->n = (size_t)kr_dtoa_precision(ax, (int)ndigits, d->d, &decpt);
    } else {
        int64_t most = ndigits + 310;
        digits_reserve(d, most < KR_DTOA_MAX_DIGITS ? (size_t)most : KR_DTOA_MAX_DIGITS);
        d->n = (size_t)kr_dtoa_fixed(ax, (int)ndigits, d->d, &decpt);
    }
    d->decpt = decpt;
}

static void put_zeros(Buf *out, int64_t n)
{
    if (n <= 0)
        return;
    if (!kr_buf_reserve(out, (size_t)n))
        return;
    memset(out->data + out->len, '0', (size_t)n);
    out->len += (size_t)n;
    out->data[out->len] = '\0';
}

/*
 * format_float_short's layout.  Think of the digits padded with zeros on
 * both sides without end; the output is the slice [vstart, vend) of that
 * string with a point after position decpt, then maybe an exponent.  The
 * format code decides whether an exponent is used and where vend is.
 */
static void layout(const Digits *d, char code, int64_t precision, unsigned flags, bool upper,
                   Buf *out)
{
    const char *digits = d->d;
    int64_t ndig = (int64_t)d->n, decpt = d->decpt;
    int64_t vend = ndig, exp = 0;
    bool use_exp = false, add_dot_0 = flags & KR_DTSF_ADD_DOT_0, alt = flags & KR_DTSF_ALT;

    switch (code) {
    case 'e':
        use_exp = true;
        vend = precision;
        break;
    case 'f':
        vend = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            use_exp = true;
        if (alt)
            vend = precision;
        break;
    default: /* 'r': exponent outside 1e-4 <= |x| < 1e16 */
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    /* the point must fall inside (vstart, vend]; strictly inside when a
     * ".0" is wanted on an integer without exponent */
    int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    int64_t min_end = (!use_exp && add_dot_0) ? decpt + 1 : decpt;
    if (vend < min_end)
        vend = min_end;

    if (decpt <= 0) {
        put_zeros(out, decpt - vstart);
        kr_buf_putc(out, '.');
        put_zeros(out, -decpt);
    } else {
        put_zeros(out, -vstart);
    }
    if (0 < decpt && decpt <= ndig) {
        kr_buf_write(out, digits, (size_t)decpt);
        kr_buf_putc(out, '.');
        kr_buf_write(out, digits + decpt, (size_t)(ndig - decpt));
    } else {
        kr_buf_write(out, digits, (size_t)ndig);
    }
    if (ndig < decpt) {
        put_zeros(out, decpt - ndig);
        kr_buf_putc(out, '.');
        put_zeros(out, vend - decpt);
    } else {
        put_zeros(out, vend - ndig);
    }
    /* a trailing point goes, unless '#' asked for it */
    if (out->data[out->len - 1] == '.' && !alt)
        out->data[--out->len] = '\0';
    if (use_exp)
        kr_buf_printf(out, "%c%+.02d", upper ? 'E' : 'e', (int)exp);
}

void kr_numfmt_double_to_string(double x, char code, int precision, unsigned flags, Buf *out)
{
    bool upper = code == 'E' || code == 'F' || code == 'G';
    int mode = 0;
    int64_t ndigits = precision, prec = precision;
    switch (code) {
    case 'E': case 'e':
        code = 'e';
        mode = 2;
        ndigits = prec = (int64_t)precision + 1;   /* digits in all, not after the point */
        break;
    case 'F': case 'f':
        code = 'f';
        mode = 3;
        break;
    case 'G': case 'g':
        code = 'g';
        mode = 2;
        if (precision == 0)   /* 'g' with no digits makes no sense: one */
            ndigits = prec = 1;
        break;
    default:
        code = 'r';
        break;
    }
    bool neg = signbit(x) && !isnan(x);   /* the sign of a nan is never shown */
    if (!isfinite(x)) {
        if (neg)
            kr_buf_putc(out, '-');
        else if (flags & KR_DTSF_SIGN)
            kr_buf_putc(out, '+');
        kr_buf_puts(out, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return;
    }
    Digits d;
    get_digits(fabs(x), mode, ndigits, &d);
    /* 'z': a result that reads as zero drops its minus sign */
    if ((flags & KR_DTSF_NO_NEG_0) && neg && (d.n == 0 || (d.n == 1 && d.d[0] == '0')))
        neg = false;
    if (neg)
        kr_buf_putc(out, '-');
    else if (flags & KR_DTSF_SIGN)
        kr_buf_putc(out, '+');
    layout(&d, code, prec, flags, upper, out);
    digits_free(&d);
}

/* ---------------------------------------------------------------------- */

void kr_numfmt_float_hex(double x, Buf *out)
{
    if (!isfinite(x)) {
        kr_buf_puts(out, isnan(x) ? "nan" : x < 0 ? "-inf" : "inf");
        return;
    }
    if (x == 0.0) {
        kr_buf_puts(out, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
        return;
    }
    /* m in [1, 2) for normal numbers; subnormals keep the exponent at
     * -1022 and a leading 0, as CPython prints them */
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    static const char hex[] = "0123456789abcdef";
    char s[20];
    int si = 0;
    s[si++] = hex[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        s[si++] = hex[(int)m];
        m -= (int)m;
    }
    s[si] = '\0';
    kr_buf_printf(out, "%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', e < 0 ? -e : e);
}

static bool set_err(NumErr *err, NumErrKind kind, const char *msg)
{
    err->kind = kind;
    kr_buf_init(&err->msg);
    kr_buf_puts(&err->msg, msg);
    return false;
}

bool kr_numfmt_float_ratio(double x, int64_t *mant, int *exp2, NumErr *err)
{
    if (isinf(x))
        return set_err(err, KR_NUMERR_OVERFLOW, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return set_err(err, KR_NUMERR_VALUE, "cannot convert NaN to integer ratio");
    if (x == 0.0) {
        *mant = 0;
        *exp2 = 0;
        return true;
    }
    /* 53 bits of mantissa as an integer, then the trailing zero bits out */
    int e;
    double f = frexp(x, &e);
    int64_t m = (int64_t)ldexp(f, 53);
    e -= 53;
    while ((m & 1) == 0) {
        m /= 2;
        e++;
    }
    *mant = m;
    *exp2 = e;
    return true;
}

double kr_numfmt_round_half_even(double x)
{
    double r = round(x);
    if (fabs(x - r) == 0.5)
        r = 2.0 * round(x / 2.0);
    return r;
}

bool kr_numfmt_round(double x, int64_t ndigits, double *out, NumErr *err)
{
    /* CPython's bounds: beyond them every double rounds to itself, or to
     * a zero of its sign */
    const int64_t ndigits_max = (int64_t)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const int64_t ndigits_min = -(int64_t)((DBL_MAX_EXP + 1) * 0.30103);
    if (!isfinite(x) || ndigits > ndigits_max) {
        *out = x;
        return true;
    }
    if (ndigits < ndigits_min) {
        *out = 0.0 * x;
        return true;
    }
    /* the exact value rounded (ties to even) as "[-]0.DIGITSeDECPT" */
    char digits[KR_DTOA_MAX_DIGITS + 1], text[KR_DTOA_MAX_DIGITS + 32];
    int decpt;
    int n = kr_dtoa_fixed(x, (int)ndigits, digits, &decpt);
    const char *sign = signbit(x) ? "-" : "";
    if (n == 0)
        snprintf(text, sizeof text, "%s0", sign);
    else
        snprintf(text, sizeof text, "%s0.%se%d", sign, digits, decpt);
    errno = 0;
    double r = strtod(text, NULL);
    bool overflow = errno == ERANGE && fabs(r) >= 1.0;
    if (overflow)
        return set_err(err, KR_NUMERR_OVERFLOW, "rounded value too large to represent");
    *out = r;
    return true;
}

/* ---- fast "%.Nf" ------------------------------------------------------------ */

/* x = m * 2**e exactly, with m < 2**53.  Then x * 10**p = m * 10**p / 2**-e,
 * and m * 10**p < 2**53 * 2**57 fits 128 bits, so the rounding of x to p
 * decimals is one 128-bit multiply, shift and compare -- the same exact
 * ties-to-even rounding dtoa's mode 3 does with bignums. */
int kr_numfmt_fixed_fast(double x, int precision, char *out)
{
    static const uint64_t pow10[18] = {
        1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
        100000000ull, 1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull,
        10000000000000ull, 100000000000000ull, 1000000000000000ull, 10000000000000000ull,
        100000000000000000ull};
    if (!(x >= 0 && x < 9.2e18) || precision < 0 || precision > 17)
        return -1;
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int biased = (int)(bits >> 52);
    uint64_t m = bits & (((uint64_t)1 << 52) - 1);
    int e = biased ? biased - 1075 : -1074;
    if (biased)
        m |= (uint64_t)1 << 52;
    unsigned __int128 q = (unsigned __int128)m * pow10[precision];
    if (e >= 0) {
        q <<= e;                /* x < 2**63: at most 2**63 * 10**17 < 2**120 */
    } else if (e > -120) {
        unsigned s = (unsigned)-e;
        unsigned __int128 rem = q & ((((unsigned __int128)1) << s) - 1);
        unsigned __int128 half = ((unsigned __int128)1) << (s - 1);
        q >>= s;
        if (rem > half || (rem == half && (q & 1)))
            q++;
    } else {
        q = 0;                  /* x < 2**-67: far below half a unit of 10**-17 */
    }
    char buf[64];
    char *end = buf + sizeof buf, *p = end;
    while (q > UINT64_MAX) {        /* 128-bit division only for the high digits */
        *--p = (char)('0' + (int)(q % 10));
        q /= 10;
    }
    uint64_t lo = (uint64_t)q;
    do {
        *--p = (char)('0' + (int)(lo % 10));
        lo /= 10;
    } while (lo);
    while (end - p < precision + 1)
        *--p = '0';
    size_t nint = (size_t)(end - p) - (size_t)precision;
    memcpy(out, p, nint);
    size_t n = nint;
    if (precision) {
        out[n++] = '.';
        memcpy(out + n, p + nint, (size_t)precision);
        n += (size_t)precision;
    }
    out[n] = 0;
    return (int)n;
}
