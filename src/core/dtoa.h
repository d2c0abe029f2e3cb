/*
 * dtoa.h -- doubles to text the way CPython prints them.
 *
 * Python's repr(float) is the *shortest* decimal string that reads back as
 * the same double (David Gay's "mode 0"), laid out by float_repr_style 'r':
 * fixed notation when 1e-4 <= |x| < 1e16, otherwise an exponent with a sign
 * and at least two digits ("1e+16", "1.5e-05").  repr(float) then appends
 * ".0" to integral fixed values; repr(complex) formats each part the same way
 * but without the ".0".  The AST printer, float.__repr__/__str__, complex
 * and format() all build on the two layers declared here: the digits, and
 * their layout.  The digits also come correctly rounded to a fixed number
 * of places, for format()'s 'e', 'f' and 'g' (core/numfmt.c lays those out).
 */
#ifndef KR_DTOA_H
#define KR_DTOA_H

#include "core/common.h"

/* Room for any output of this file: sign, 17 digits, point, "e-324", NUL. */
#define KR_DTOA_BUFSIZE 32

/*
 * The shortest round-tripping digits of a finite |x|: writes 1..17 decimal
 * digits (no leading or trailing zeros, "0" for zero) and a NUL to digits,
 * and sets *decpt so that |x| == 0.DIGITS * 10**decpt.  *neg is the sign bit
 * (true for -0.0).  Returns the number of digits.
 */
int kr_dtoa_shortest(double x, char digits[static 18], int *decpt, bool *neg);

/*
 * Fixed precision, correctly rounded: the exact binary value of |x| rounded
 * once, ties to even, as glibc's printf and Gay's dtoa modes 2 and 3 do.
 * Both write the digits without trailing zeros and a NUL, set *decpt so
 * that the result is 0.DIGITS * 10**decpt, and return the digit count.
 * The sign of x is ignored.  No double has more than 767 significant
 * digits, so neither ever writes more than KR_DTOA_MAX_DIGITS + 1 bytes.
 */
#define KR_DTOA_MAX_DIGITS 767

/* Mode 2, "%.{ndigits-1}e": ndigits (>= 1) significant digits.  Writes at
 * most min(ndigits, 767) digits; zero gives "0" with decpt 1. */
int kr_dtoa_precision(double x, int ndigits, char *digits, int *decpt);

/* Mode 3, "%.{ndigits}f": rounded to a multiple of 10**-ndigits (ndigits
 * may be negative: -2 rounds to hundreds).  Writes at most
 * min(ndigits + 310, 767) digits.  A result of zero has no digits and
 * decpt = -ndigits (Gay's "no digits, fcvt style"). */
int kr_dtoa_fixed(double x, int ndigits, char *digits, int *decpt);

/* Layout flags for kr_dtoa_format_r. */
enum {
    KR_DTOA_ADD_DOT_0 = 1,    /* "1.0" rather than "1" (repr(float)) */
    KR_DTOA_SIGN = 2,         /* always a sign: "+1" (complex imaginary part) */
};

/*
 * x in CPython's 'r' style with the given flags: "inf", "nan", "-0.0",
 * "0.0001", "1e-05", "1e+16", "123.5".  Writes at most KR_DTOA_BUFSIZE bytes
 * including the NUL; returns the length.
 */
size_t kr_dtoa_format_r(double x, unsigned flags, char buf[static KR_DTOA_BUFSIZE]);

/* repr(float): kr_dtoa_format_r(x, KR_DTOA_ADD_DOT_0). */
size_t kr_dtoa_repr(double x, char buf[static KR_DTOA_BUFSIZE]);

/* repr(complex(re, im)): "1j", "-0j", "(1+2j)", "(nan+infj)", "(-0-1j)".
 * Writes at most 2 * KR_DTOA_BUFSIZE + 4 bytes including the NUL. */
size_t kr_dtoa_complex_repr(double re, double im, char buf[static 2 * KR_DTOA_BUFSIZE + 4]);

#endif
