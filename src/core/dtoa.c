/*
 * dtoa.c -- shortest round-trip float digits and CPython's 'r' layout.
 *
 * Finding the digits.  The shortest decimal string that reads back as x is
 * found by asking the C library for x correctly rounded to p significant
 * digits ("%.*e") and reading the candidate back with strtod; the smallest p
 * that gives x again is the answer.  glibc's printf and strtod are both
 * exact (they use arbitrary precision internally), so that p is the
 * shortest length, and the correctly rounded p-digit string is the
 * closest one of that length -- the same choice Gay's dtoa mode 0 (CPython's
 * repr) makes.
 *
 * One subtlety: at a power of two the gap to the next smaller double is half
 * the gap to the next larger one, so the interval of decimals that read back
 * as x is lopsided.  The nearest p-digit string can then fall just outside
 * the narrow side while the next p-digit string on the wide side is still
 * inside.  So when the nearest candidate fails, its two p-digit neighbours
 * are tried as well (only one of them can be on the other side of x).
 *
 * Cost: about six printf/strtod probes for a "random" double (the length
 * is found by galloping then bisecting), one for the short literals found
 * in source code.  That is fine for the AST printer
 * and for a first float.__repr__; a table-driven algorithm (Ryu) can replace
 * kr_dtoa_shortest later without touching its callers.
 *
 * Laying out the digits follows CPython's format_float_short for the 'r'
 * format code; see dtoa.h for the rules.
 */
#include "core/dtoa.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A candidate: significant digits and the decimal point position. */
typedef struct Digits {
    char d[20];
    int n;        /* number of digits in d */
    int decpt;    /* value = 0.d * 10**decpt */
} Digits;

/* |x| correctly rounded to p significant digits, trailing zeros dropped. */
static void round_to(double ax, int p, Digits *out)
{
    char tmp[40];
    snprintf(tmp, sizeof tmp, "%.*e", p - 1, ax);
    /* tmp is "D.DDDDe[+-]XX" (or "De[+-]XX" when p == 1) */
    int n = 0;
    const char *s = tmp;
    for (; *s != 'e'; s++)
        if (*s != '.')
            out->d[n++] = *s;
    int exp10 = atoi(s + 1);
    while (n > 1 && out->d[n - 1] == '0')
        n--;
    out->d[n] = '\0';
    out->n = n;
    out->decpt = exp10 + 1;
}

/* Does the candidate, read back by strtod, give exactly ax? */
static bool reads_back(const Digits *c, double ax)
{
    char tmp[48];
    snprintf(tmp, sizeof tmp, "0.%se%d", c->d, c->decpt);
    return strtod(tmp, NULL) == ax;
}

/*
 * The p-digit neighbour of c one unit in the last place up (dir = +1) or
 * down (dir = -1).  c has at most p digits; it is first padded to exactly p.
 * Returns false when there is no such neighbour of the same length.
 */
static bool neighbour(const Digits *c, int p, int dir, Digits *out)
{
    *out = *c;
    for (int i = out->n; i < p; i++)
        out->d[i] = '0';
    out->n = p;
    int i = p - 1;
    if (dir > 0) {
        while (i >= 0 && out->d[i] == '9')
            out->d[i--] = '0';
        if (i < 0)
            return false;      /* 99..9 + 1 gains a digit: no longer shorter */
        out->d[i]++;
    } else {
        while (i >= 0 && out->d[i] == '0')
            out->d[i--] = '9';
        if (i < 0 || (i == 0 && out->d[0] == '1'))
            return false;      /* 10..0 - 1 loses a digit: handled by p-1 */
        out->d[i]--;
    }
    while (out->n > 1 && out->d[out->n - 1] == '0')
        out->n--;
    out->d[out->n] = '\0';
    return true;
}

/* The shortest round-tripping p-digit string at precision p, if any. */
static bool shortest_at(double ax, int p, Digits *out)
{
    round_to(ax, p, out);
    if (reads_back(out, ax))
        return true;
    for (int dir = -1; dir <= 1; dir += 2) {
        Digits nb;
        if (neighbour(out, p, dir, &nb) && reads_back(&nb, ax)) {
            *out = nb;
            return true;
        }
    }
    return false;
}

int kr_dtoa_shortest(double x, char digits[static 18], int *decpt, bool *neg)
{
    *neg = signbit(x) != 0;
    double ax = fabs(x);
    if (ax == 0.0) {
        strcpy(digits, "0");
        *decpt = 1;
        return 1;
    }
    /* Gallop (1, 2, 4, 8, 16) then bisect: short literals cost one probe,
     * 17-digit values about six.  Valid because "some p-digit string reads
     * back" is monotone in p and shortest_at decides it exactly. */
    Digits c, best;
    int lo = 0, hi = 17;               /* lo fails (vacuously), hi succeeds */
    for (int p = 1; p < 17; p *= 2) {
        if (shortest_at(ax, p, &c)) {
            hi = p;
            best = c;
            break;
        }
        lo = p;
    }
    if (hi == 17)
        shortest_at(ax, 17, &best);    /* 17 digits always read back */
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (shortest_at(ax, mid, &c)) {
            hi = mid;
            best = c;
        } else {
            lo = mid;
        }
    }
    memcpy(digits, best.d, (size_t)best.n + 1);
    *decpt = best.decpt;
    return best.n;
}

/* "inf"/"nan" with CPython's sign rules: a NaN's sign is never shown. */
static size_t format_nonfinite(double x, unsigned flags, char *buf)
{
    char *p = buf;
    bool neg = isinf(x) && x < 0;
    if (neg)
        *p++ = '-';
    else if (flags & KR_DTOA_SIGN)
        *p++ = '+';
    strcpy(p, isinf(x) ? "inf" : "nan");
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
    p += sprintf(p, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
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
