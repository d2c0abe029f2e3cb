/*
 * dtoa.c -- doubles to decimal digits, exactly, and CPython's 'r' layout.
 *
 * Three questions are answered here, each the way David Gay's dtoa.c
 * (CPython's Python/dtoa.c) answers it, because Python's output is defined
 * by that code:
 *
 *   mode 0  the shortest digits that read back as x      kr_dtoa_shortest
 *   mode 2  x rounded to n significant digits  ("%.*e")   kr_dtoa_precision
 *   mode 3  x rounded to n places after the point ("%.*f") kr_dtoa_fixed
 *
 * Modes 2 and 3 round the *exact* binary value of x, ties to even; mode 0
 * picks, among the shortest strings inside x's rounding interval (ends
 * included when x's significand is even, since strtod rounds ties to even),
 * the one closest to x, ties to the even last digit.
 *
 * Shortest: Schubfach.  Raffaello Giulietti's algorithm (2020) scales the
 * interval ends and x by one power of ten 10**-k, chosen so that the
 * interval is between one and ten units wide at that scale.  Then the
 * interval holds at most one multiple of ten units (a candidate one digit
 * shorter; if it is there it is the answer, and any trailing zeros come
 * off later) and at least one integer (of the two integers around x, the
 * one inside, or the nearer when both are).  Each of the three scaled
 * numbers is one 64x128-bit multiply by a table entry (the leading 128
 * bits of 10**-k, rounded up) with "round to odd" keeping the one bit of
 * inexactness that matters for the comparisons; the paper proves 128 bits
 * suffice for every double.  No loop, no bignum: about 17 ns for the
 * significand and as much again to print it, against ~7 us for the
 * printf-and-strtod search this replaced.
 *
 * Fixed precision: scale by 10**s and round once.  Both modes come down to
 * R = round_half_even(|x| * 10**s) for some s (mode 3: s = n; mode 2:
 * s = n - 1 - floor(log10 |x|)), whose decimal digits are the answer.
 * When R fits in 64 bits (at most 19 digits, which covers '%.17g', '.2f'
 * and nearly every real format) there are two fast ways:
 *
 *   exact    for 0 <= s <= 27, |x| * 10**s = c * 5**s * 2**(q+s) with
 *            c * 5**s below 2**116: a shift decides the rounding exactly,
 *            ties included (2.5 -> "2", 0.125 -> "0.12").
 *   approx   otherwise, c times the 128-bit table entry for 10**s, which
 *            is exact to within c units of the 181-bit product.  The
 *            rounding is decided unless the fraction lies within that
 *            error of one half; then (7 in a million random bit patterns
 *            at 1..19 digits, and always for exact ties the exact path
 *            does not cover, like 25 at one digit) we fall back to
 *   bignum   the exact decimal expansion of x (a double has at most 767
 *            significant digits and 1074 fractional ones), generated only
 *            as far as the rounding position, and rounded as text.  This
 *            also serves long results: '%.120f', '.2f' of 1e300.
 *
 * The layout for the 'r' format (repr) follows CPython's format_float_short;
 * see dtoa.h for the rules.  Everything works on plain C data: no
 * allocation, no collector.
 */
#include "core/dtoa.h"

#include <math.h>
#include <string.h>

#include "core/dtoa_tables.h"

typedef unsigned __int128 u128;

/* ------------------------------------------------------------------------
 * Small arithmetic
 */

/* floor(log10(2**e)) and floor(log10(3/4 * 2**e)) for |e| <= 1100, and
 * floor(log2(10**s)) for |s| <= 360; tools/gen_dtoa_tables.py checks the
 * constants exactly over those ranges.  (Arithmetic right shift of a
 * negative int is what gcc and clang do.) */
static int floor_log10_pow2(int e) { return (e * 1262611) >> 22; }
static int floor_log10_three_quarters_pow2(int e) { return (e * 1262611 - 524031) >> 22; }
static int floor_log2_pow10(int s) { return (s * 1741647) >> 19; }

static const uint64_t *pow10_entry(int s)
{
    return pow10_g[s - KR_POW10_MIN];
}

/* 10**i for i in [0, 19], 5**i for i in [0, 27]. */
static const uint64_t pow10_u64[20] = {
    1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u,
    1000000000u, 10000000000u, 100000000000u, 1000000000000u, 10000000000000u,
    100000000000000u, 1000000000000000u, 10000000000000000u,
    100000000000000000u, 1000000000000000000u, 10000000000000000000u,
};
static const uint64_t pow5_u64[28] = {
    1u, 5u, 25u, 125u, 625u, 3125u, 15625u, 78125u, 390625u, 1953125u,
    9765625u, 48828125u, 244140625u, 1220703125u, 6103515625u, 30517578125u,
    152587890625u, 762939453125u, 3814697265625u, 19073486328125u,
    95367431640625u, 476837158203125u, 2384185791015625u, 11920928955078125u,
    59604644775390625u, 298023223876953125u, 1490116119384765625u,
    7450580596923828125u,
};

/* A finite |x| as c * 2**q with c < 2**53 (the significand with its
 * hidden bit; subnormals have q = -1074 and no hidden bit). */
typedef struct Binary {
    uint64_t c;
    int q;
    bool lower_closer;   /* c is a power of two above the subnormals: the
                            next double down is half as far as the next up */
} Binary;

static Binary decompose(double ax)
{
    uint64_t bits;
    memcpy(&bits, &ax, sizeof bits);
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    int be = (int)(bits >> 52) & 0x7ff;
    if (be == 0)
        return (Binary){frac, -1074, false};
    return (Binary){frac | UINT64_C(1) << 52, be - 1075, frac == 0 && be > 1};
}

static int bit_length(uint64_t v)
{
    return v ? 64 - __builtin_clzll(v) : 0;
}

/* "00" "01" .. "99": two digits per division halves the chain of
 * dependent divisions that dominates printing a 17-digit significand. */
static const char digit_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* Decimal digits of v (v > 0) into out, no NUL; returns how many. */
static int write_u64(uint64_t v, char *out)
{
    char tmp[20];
    char *p = tmp + sizeof tmp;
    while (v >= 100) {
        unsigned pair = (unsigned)(v % 100);
        v /= 100;
        p -= 2;
        memcpy(p, digit_pairs + 2 * pair, 2);
    }
    if (v >= 10) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * v, 2);
    } else {
        *--p = (char)('0' + v);
    }
    int n = (int)(tmp + sizeof tmp - p);
    memcpy(out, p, (size_t)n);
    return n;
}

/* Digits of R * 10**-s: R's digits without trailing zeros, NUL-terminated;
 * returns their count and sets *decpt.  R == 0 gives no digits and
 * decpt = -s (Gay's "no digits, fcvt style"). */
static int emit_scaled(uint64_t r, int s, char *digits, int *decpt)
{
    if (r == 0) {
        digits[0] = '\0';
        *decpt = -s;
        return 0;
    }
    char tmp[20];           /* R may have one digit more than the caller's room: 10**n */
    int n = write_u64(r, tmp);
    *decpt = n - s;
    while (tmp[n - 1] == '0')
        n--;
    memcpy(digits, tmp, (size_t)n);
    digits[n] = '\0';
    return n;
}

/* ------------------------------------------------------------------------
 * Mode 0: Schubfach
 */

/* floor(g * cp / 2**128), with the lowest bit set when the 64 bits below
 * are more than 1 ("round to odd"; g is an over-estimate by < 1, so a
 * remainder of 0 or 1 counts as exact). */
static uint64_t round_to_odd(const uint64_t g[2], uint64_t cp)
{
    u128 lo = (u128)g[1] * cp;
    u128 hi = (u128)g[0] * cp + (uint64_t)(lo >> 64);
    uint64_t y1 = (uint64_t)(hi >> 64), y0 = (uint64_t)hi;
    return y1 | (y0 > 1);
}

/*
 * The shortest decimal in b's rounding interval, nearest b: returns its
 * significand and sets *k so that the decimal is significand * 10**k.  The
 * significand may still end in zeros.  Quantities carry two extra bits
 * (cb = 4c) so the interval ends c -/+ 1/2 (or c - 1/4) are integers.
 */
static uint64_t schubfach(Binary b, int *k_out)
{
    uint64_t c = b.c;
    int q = b.q;
    bool even = (c & 1) == 0;
    uint64_t cbl = 4 * c - 2 + b.lower_closer, cb = 4 * c, cbr = 4 * c + 2;
    int k = b.lower_closer ? floor_log10_three_quarters_pow2(q) : floor_log10_pow2(q);
    int h = q + floor_log2_pow10(-k) + 1;   /* in [1, 4] */
    const uint64_t *g = pow10_entry(-k);
    uint64_t vbl = round_to_odd(g, cbl << h);
    uint64_t vb = round_to_odd(g, cb << h);
    uint64_t vbr = round_to_odd(g, cbr << h);
    /* the interval ends, in quarter units at scale 10**k; an end belongs to
     * the interval only when c is even (strtod's ties go to even) */
    uint64_t lower = vbl + !even, upper = vbr - !even;

    uint64_t s = vb / 4;
    if (s >= 10) {
        /* one digit shorter: at most one multiple of 10 fits, take it if so */
        uint64_t sp = s / 10;
        bool up_inside = lower <= 40 * sp;
        bool wp_inside = 40 * sp + 40 <= upper;
        if (up_inside != wp_inside) {
            *k_out = k + 1;
            return sp + wp_inside;
        }
    }
    bool u_inside = lower <= 4 * s;
    bool w_inside = 4 * s + 4 <= upper;
    *k_out = k;
    if (u_inside != w_inside)
        return s + w_inside;
    /* both s and s + 1 are inside: the nearer, ties to even */
    uint64_t mid = 4 * s + 2;
    bool round_up = vb > mid || (vb == mid && (s & 1) != 0);
    return s + round_up;
}

int kr_dtoa_shortest(double x, char digits[static 18], int *decpt, bool *neg)
{
    *neg = signbit(x) != 0;
    double ax = fabs(x);
    if (ax == 0.0) {
        digits[0] = '0';
        digits[1] = '\0';
        *decpt = 1;
        return 1;
    }
    Binary b = decompose(ax);
    uint64_t sig;
    int k;
    if (b.q <= 0 && b.q >= -52 && (b.c & ((UINT64_C(1) << -b.q) - 1)) == 0) {
        sig = b.c >> -b.q;    /* an integer below 2**53: its digits are exact */
        k = 0;
    } else {
        sig = schubfach(b, &k);
    }
    return emit_scaled(sig, -k, digits, decpt);
}

/* ------------------------------------------------------------------------
 * Modes 2 and 3: the fast paths
 */

/* R = round_half_even(c * 2**q * 10**s) for 0 <= s <= 27, exactly.  False
 * when R does not fit in 64 bits. */
static bool scale_exact(Binary b, int s, uint64_t *r)
{
    u128 m = (u128)b.c * pow5_u64[s];    /* < 2**116 */
    int e = b.q + s;
    if (e >= 0) {
        if (e >= 64 || (m >> (64 - e)) != 0)
            return false;
        *r = (uint64_t)m << e;
        return true;
    }
    int u = -e;
    if (u > 120) {              /* m / 2**u < 2**-4: rounds to zero */
        *r = 0;
        return true;
    }
    u128 n = m >> u, frac = m & (((u128)1 << u) - 1), half = (u128)1 << (u - 1);
    if (n >> 64)
        return false;
    *r = (uint64_t)n + (frac > half || (frac == half && (n & 1)));
    return true;
}

/* A 192-bit fraction compared as (high 128, low 64) pairs. */
static int cmp192(u128 ah, uint64_t al, u128 bh, uint64_t bl)
{
    if (ah != bh)
        return ah < bh ? -1 : 1;
    return al < bl ? -1 : al > bl;
}

/*
 * R = round_half_even(c * 2**q * 10**s) through the 128-bit table, for s in
 * its range.  P = c * g is at most c above the exact c * 10**s * 2**-r,
 * so with t = -(q + r) fractional bits the exact fraction lies in
 * [frac - c, frac).  False when that range straddles one half (including
 * exact ties) or R would not fit in 64 bits.
 */
static bool scale_approx(Binary b, int s, uint64_t *r)
{
    if (s < KR_POW10_MIN || s > KR_POW10_MAX)
        return false;
    const uint64_t *g = pow10_entry(s);
    int t = -(b.q + floor_log2_pow10(s) - 127);
    if (t >= 192) {            /* P < 2**181: far below one half */
        *r = 0;
        return true;
    }
    if (t < 65)                /* P >= 2**127, so R >= 2**63 at least */
        return false;
    u128 lo = (u128)b.c * g[1];
    u128 hi = (u128)b.c * g[0] + (uint64_t)(lo >> 64);   /* P = hi:lo64 */
    uint64_t pl = (uint64_t)lo;
    int th = t - 64;           /* fraction bits within hi, in [1, 127] */
    u128 n = hi >> th;
    if (n >> 64)
        return false;
    u128 fh = hi & (((u128)1 << th) - 1);
    u128 half_h = (u128)1 << (th - 1);
    if (fh == 0 && pl < b.c) {         /* within c of an integer: round to it */
        *r = (uint64_t)n;
        return true;
    }
    if (cmp192(fh, pl, half_h, 0) <= 0) {       /* exact < frac <= half */
        *r = (uint64_t)n;
        return true;
    }
    /* frac - c as a 192-bit value; compare it with half */
    u128 dh = fh - (pl < b.c);
    uint64_t dl = pl - b.c;
    if (cmp192(dh, dl, half_h, 0) > 0) {
        *r = (uint64_t)n + 1;
        return true;
    }
    return false;
}

static bool scale_fast(Binary b, int s, uint64_t *r)
{
    if (s >= 0 && s <= 27)
        return scale_exact(b, s, r);
    return scale_approx(b, s, r);
}

/* ------------------------------------------------------------------------
 * Modes 2 and 3: the exact expansion
 */

/* The decimal expansion of |x|, as far as asked: d[0, point) is the
 * integer part (empty when it is 0), d[point, n) the fraction's first
 * digits, and sticky says whether any nonzero digit follows. */
typedef struct Expansion {
    char d[16 + 1080 + 320];
    int n, point;
    bool sticky;
} Expansion;

/* Little-endian 32-bit limbs: room for 2**1074 * 10**9. */
typedef struct Big {
    uint32_t w[36];
    int n;
} Big;

/* b = b * m + 0; m < 2**32. */
static void big_mul_small(Big *b, uint32_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t p = (uint64_t)b->w[i] * m + carry;
        b->w[i] = (uint32_t)p;
        carry = p >> 32;
    }
    if (carry)
        b->w[b->n++] = (uint32_t)carry;
}

/* b = b / m, returning the remainder; m < 2**32. */
static uint32_t big_div_small(Big *b, uint32_t m)
{
    uint64_t rem = 0;
    for (int i = b->n - 1; i >= 0; i--) {
        uint64_t cur = rem << 32 | b->w[i];
        b->w[i] = (uint32_t)(cur / m);
        rem = cur % m;
    }
    while (b->n > 0 && b->w[b->n - 1] == 0)
        b->n--;
    return (uint32_t)rem;
}

static Big big_from_u64(uint64_t v)
{
    Big b = {.n = 0};
    for (; v; v >>= 32)
        b.w[b.n++] = (uint32_t)v;
    return b;
}

/* b << shift, shift < 1024 (c * 2**q for q <= 971). */
static void big_shl(Big *b, int shift)
{
    int words = shift / 32, bits = shift % 32;
    Big r = {.n = b->n + words + 1};
    memset(r.w, 0, sizeof r.w);
    for (int i = 0; i < b->n; i++) {
        uint64_t v = (uint64_t)b->w[i] << bits;
        r.w[i + words] |= (uint32_t)v;
        r.w[i + words + 1] |= (uint32_t)(v >> 32);
    }
    while (r.n > 0 && r.w[r.n - 1] == 0)
        r.n--;
    *b = r;
}

/* Nine digits of v < 10**9, zero-padded. */
static void put9(char *out, uint32_t v)
{
    for (int i = 8; i >= 0; i--) {
        out[i] = (char)('0' + v % 10);
        v /= 10;
    }
}

/* The integer part c * 2**q (q >= 0) by repeated division by 10**9. */
static void expand_big_integer(Binary b, Expansion *e)
{
    Big v = big_from_u64(b.c);
    big_shl(&v, b.q);
    char rev[360];                 /* 9-digit groups, least significant first */
    int groups = 0;
    while (v.n > 0)
        put9(rev + 9 * groups++, big_div_small(&v, 1000000000u));
    int n = 0;
    for (int gi = groups - 1; gi >= 0; gi--) {
        memcpy(e->d + n, rev + 9 * gi, 9);
        n += 9;
    }
    int lead = 0;
    while (lead < n - 1 && e->d[lead] == '0')
        lead++;
    memmove(e->d, e->d + lead, (size_t)(n - lead));
    e->n = e->point = n - lead;
}

/*
 * |x| = c * 2**q written out with at least frac_digits digits after the
 * point (fewer when the fraction ends sooner: it has at most -q digits).
 * The fraction F / 2**-q yields nine digits per step: F *= 10**9, the
 * next digits are F >> -q, and F keeps the bits below.
 */
static void expand(Binary b, int frac_digits, Expansion *e)
{
    e->sticky = false;
    if (b.q >= 0) {
        expand_big_integer(b, e);
        return;
    }
    int fbits = -b.q;
    uint64_t ip = fbits >= 64 ? 0 : b.c >> fbits;
    e->n = e->point = ip ? write_u64(ip, e->d) : 0;
    Big f = big_from_u64(fbits >= 64 ? b.c : b.c & ((UINT64_C(1) << fbits) - 1));
    int word = fbits / 32, bit = fbits % 32;
    for (int done = 0; done < frac_digits && f.n > 0; done += 9) {
        big_mul_small(&f, 1000000000u);
        uint64_t hi = 0;
        if (word < f.n)
            hi = f.w[word] >> bit;
        if (bit && word + 1 < f.n)
            hi |= (uint64_t)f.w[word + 1] << (32 - bit);
        put9(e->d + e->n, (uint32_t)hi);
        e->n += 9;
        if (word < f.n) {
            f.w[word] &= (UINT32_C(1) << bit) - 1;
            f.n = word + 1;
        }
        while (f.n > 0 && f.w[f.n - 1] == 0)
            f.n--;
    }
    e->sticky = f.n > 0;
}

/*
 * Round the expansion to its first `cut` digits (counting from d[0], so
 * leading zeros count), ties to even, and write the result without
 * leading or trailing zeros.  A result of zero has no digits and
 * decpt = point - cut.
 */
static int round_expansion(Expansion *e, int cut, char *digits, int *decpt)
{
    char *d = e->d;
    int decpt_at = e->point;        /* value = 0.d * 10**decpt_at */
    int zero_decpt = e->point - cut;
    if (cut < 0) {                  /* even the first digit is below half a unit */
        digits[0] = '\0';
        *decpt = zero_decpt;
        return 0;
    }
    int keep = cut < e->n ? cut : e->n;
    bool up = false;
    if (cut < e->n) {
        int rd = d[cut] - '0';
        bool rest = e->sticky;
        for (int i = cut + 1; i < e->n && !rest; i++)
            rest = d[i] != '0';
        bool odd = cut > 0 && ((d[cut - 1] - '0') & 1);
        up = rd > 5 || (rd == 5 && (rest || odd));
    }
    int start = 0;
    if (up) {
        int i = keep - 1;
        while (i >= 0 && d[i] == '9')
            d[i--] = '0';
        if (i >= 0) {
            d[i]++;
        } else {                    /* 99..9 + 1: one more digit in front */
            d[0] = '1';
            if (keep == 0)
                keep = 1;
            else
                memset(d + 1, '0', (size_t)keep - 1);
            decpt_at++;
        }
    }
    while (start < keep && d[start] == '0')
        start++;
    while (keep > start && d[keep - 1] == '0')
        keep--;
    if (keep == start) {
        digits[0] = '\0';
        *decpt = zero_decpt;
        return 0;
    }
    int n = keep - start;
    memcpy(digits, d + start, (size_t)n);
    digits[n] = '\0';
    *decpt = decpt_at - start;
    return n;
}

/* ------------------------------------------------------------------------
 * Modes 2 and 3: entry points
 */

int kr_dtoa_precision(double x, int ndigits, char *digits, int *decpt)
{
    double ax = fabs(x);
    if (ndigits < 1)
        ndigits = 1;
    if (ax == 0.0) {
        digits[0] = '0';
        digits[1] = '\0';
        *decpt = 1;
        return 1;
    }
    Binary b = decompose(ax);
    /* 2**E <= ax < 2**(E+1), so floor(log10 ax) is k or k + 1 */
    int k = floor_log10_pow2(b.q + bit_length(b.c) - 1);
    if (ndigits <= 19) {
        uint64_t r;
        int s = ndigits - 1 - k;
        if (scale_fast(b, s, &r)) {
            if (r <= pow10_u64[ndigits] || (s--, scale_fast(b, s, &r)))
                return emit_scaled(r, s, digits, decpt);
        }
    }
    Expansion e;
    expand(b, ndigits - k, &e);
    int lead = 0;                   /* leading zeros of a value below 1 */
    while (lead < e.n && e.d[lead] == '0')
        lead++;
    return round_expansion(&e, lead + ndigits, digits, decpt);
}

int kr_dtoa_fixed(double x, int ndigits, char *digits, int *decpt)
{
    double ax = fabs(x);
    if (ax == 0.0) {
        digits[0] = '\0';
        *decpt = -ndigits;
        return 0;
    }
    Binary b = decompose(ax);
    int k = floor_log10_pow2(b.q + bit_length(b.c) - 1);
    uint64_t r;
    /* R <= 10**(k + 2 + ndigits) must stay within 64 bits */
    if (k + 2 + ndigits <= 19 && scale_fast(b, ndigits, &r))
        return emit_scaled(r, ndigits, digits, decpt);
    Expansion e;
    expand(b, ndigits + 1, &e);
    return round_expansion(&e, e.point + ndigits, digits, decpt);
}

/* ------------------------------------------------------------------------
 * The 'r' layout
 */

/* "inf"/"nan" with CPython's sign rules: a NaN's sign is never shown. */
static size_t format_nonfinite(double x, unsigned flags, char *buf)
{
    char *p = buf;
    bool neg = isinf(x) && x < 0;
    if (neg)
        *p++ = '-';
    else if (flags & KR_DTOA_SIGN)
        *p++ = '+';
    memcpy(p, isinf(x) ? "inf" : "nan", 4);
    return (size_t)(p - buf) + 3;
}

/* d[0] '.' d[1:] 'e' sign exponent, with at least two exponent digits. */
static char *layout_exponent(char *p, const char *d, int n, int decpt)
{
    *p++ = d[0];
    if (n > 1) {
        *p++ = '.';
        memcpy(p, d + 1, (size_t)n - 1);
        p += n - 1;
    }
    int e = decpt - 1;
    *p++ = 'e';
    *p++ = e < 0 ? '-' : '+';
    if (e < 0)
        e = -e;
    if (e >= 100)
        *p++ = (char)('0' + e / 100);
    *p++ = (char)('0' + e / 10 % 10);
    *p++ = (char)('0' + e % 10);
    return p;
}

/* Fixed notation; decpt is within (-4, 16], so at most 20 characters. */
static char *layout_fixed(char *p, const char *d, int n, int decpt, unsigned flags)
{
    if (decpt <= 0) {
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -decpt; i++)
            *p++ = '0';
        memcpy(p, d, (size_t)n);
        return p + n;
    }
    if (decpt < n) {
        memcpy(p, d, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, d + decpt, (size_t)(n - decpt));
        return p + (n - decpt);
    }
    memcpy(p, d, (size_t)n);
    p += n;
    for (int i = n; i < decpt; i++)
        *p++ = '0';
    if (flags & KR_DTOA_ADD_DOT_0) {
        *p++ = '.';
        *p++ = '0';
    }
    return p;
}

size_t kr_dtoa_format_r(double x, unsigned flags, char buf[static KR_DTOA_BUFSIZE])
{
    if (!isfinite(x))
        return format_nonfinite(x, flags, buf);
    char d[18];
    int decpt;
    bool neg;
    int n = kr_dtoa_shortest(x, d, &decpt, &neg);
    char *p = buf;
    if (neg)
        *p++ = '-';
    else if (flags & KR_DTOA_SIGN)
        *p++ = '+';
    /* CPython's 'r' rule: exponent form outside 1e-4 <= |x| < 1e16. */
    if (decpt <= -4 || decpt > 16)
        p = layout_exponent(p, d, n, decpt);
    else
        p = layout_fixed(p, d, n, decpt, flags);
    *p = '\0';
    return (size_t)(p - buf);
}

size_t kr_dtoa_repr(double x, char buf[static KR_DTOA_BUFSIZE])
{
    return kr_dtoa_format_r(x, KR_DTOA_ADD_DOT_0, buf);
}

size_t kr_dtoa_complex_repr(double re, double im, char buf[static 2 * KR_DTOA_BUFSIZE + 4])
{
    char *p = buf;
    /* A real part of +0.0 is left out, and so are the parentheses. */
    if (re == 0.0 && !signbit(re)) {
        p += kr_dtoa_format_r(im, 0, p);
        *p++ = 'j';
        *p = '\0';
        return (size_t)(p - buf);
    }
    *p++ = '(';
    p += kr_dtoa_format_r(re, 0, p);
    p += kr_dtoa_format_r(im, KR_DTOA_SIGN, p);
    *p++ = 'j';
    *p++ = ')';
    *p = '\0';
    return (size_t)(p - buf);
}
