/*
 * test_dtoa.c -- float and complex repr against CPython 3.11.
 *
 * The table holds edge cases (zeroes, subnormals, the largest finite double,
 * powers of two where the round-trip interval is lopsided, the fixed/exponent
 * boundaries 1e-4 and 1e16, non-finite values) with the text repr(x) and
 * repr(complex(0, x)) give in python3.11; it was produced by printing those
 * reprs from /usr/bin/python3.11, not typed by hand.  100,000 pseudo-random
 * bit patterns then check that every repr reads back as the same double and
 * that no shorter digit string would (the "shortest" half of the contract).
 * (The full comparison with python3.11 over ~350,000 values was run when
 * dtoa.c was written; see its header.)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/dtoa.h"

static int failures;

static const struct {
    unsigned long long bits;
    const char *repr, *complex_repr;
} cases[] = {
    {0x0000000000000000ULL, "0.0", "0j"},
    {0x8000000000000000ULL, "-0.0", "-0j"},
    {0x3ff0000000000000ULL, "1.0", "1j"},
    {0xbff0000000000000ULL, "-1.0", "-1j"},
    {0x3fb999999999999aULL, "0.1", "0.1j"},
    {0x3fd3333333333333ULL, "0.3", "0.3j"},
    {0x3fd5555555555555ULL, "0.3333333333333333", "0.3333333333333333j"},
    {0x3fe5555555555555ULL, "0.6666666666666666", "0.6666666666666666j"},
    {0x4341c37937e08000ULL, "1e+16", "1e+16j"},
    {0x430c6bf526340000ULL, "1000000000000000.0", "1000000000000000j"},
    {0x4341c37937e07fffULL, "9999999999999998.0", "9999999999999998j"},
    {0x3f1a36e2eb1c432dULL, "0.0001", "0.0001j"},
    {0x3ee4f8b588e368f1ULL, "1e-05", "1e-05j"},
    {0x3f1cd5f99c38b04bULL, "0.00011", "0.00011j"},
    {0x3eef75104d551d69ULL, "1.5e-05", "1.5e-05j"},
    {0x0000000000000001ULL, "5e-324", "5e-324j"},
    {0x0000000000000005ULL, "2.5e-323", "2.5e-323j"},
    {0x0010000000000000ULL, "2.2250738585072014e-308", "2.2250738585072014e-308j"},
    {0x000fffffffffffffULL, "2.225073858507201e-308", "2.225073858507201e-308j"},
    {0x7fefffffffffffffULL, "1.7976931348623157e+308", "1.7976931348623157e+308j"},
    {0x44b52d02c7e14af6ULL, "1e+23", "1e+23j"},
    {0x447c7e83209e90b2ULL, "8.41e+21", "8.41e+21j"},
    {0x00005c0ab9347ed7ULL, "5e-310", "5e-310j"},
    {0x437b69b4ba630f35ULL, "1.2345678901234568e+17", "1.2345678901234568e+17j"},
    {0x4340000000000000ULL, "9007199254740992.0", "9007199254740992j"},
    {0x0000000000000001ULL, "5e-324", "5e-324j"},
    {0x0010000000000000ULL, "2.2250738585072014e-308", "2.2250738585072014e-308j"},
    {0x3fe0000000000000ULL, "0.5", "0.5j"},
    {0x43b0000000000000ULL, "1.152921504606847e+18", "1.152921504606847e+18j"},
    {0x43e0000000000000ULL, "9.223372036854776e+18", "9.223372036854776e+18j"},
    {0x43f0000000000000ULL, "1.8446744073709552e+19", "1.8446744073709552e+19j"},
    {0x7fe0000000000000ULL, "8.98846567431158e+307", "8.98846567431158e+307j"},
    {0x3d30000000000000ULL, "5.684341886080802e-14", "5.684341886080802e-14j"},
    {0x4350000000000000ULL, "1.8014398509481984e+16", "1.8014398509481984e+16j"},
    {0x4011666666666666ULL, "4.35", "4.35j"},
    {0x3fd3333333333334ULL, "0.30000000000000004", "0.30000000000000004j"},
    {0x4059000000000000ULL, "100.0", "100j"},
    {0x40934a0000000000ULL, "1234.5", "1234.5j"},
    {0x4480f0cf064dd592ULL, "1e+22", "1e+22j"},
    {0x444b1ae4d6e2ef50ULL, "1e+21", "1e+21j"},
    {0x400921fb54442d18ULL, "3.141592653589793", "3.141592653589793j"},
    {0x4005bf0a8b145769ULL, "2.718281828459045", "2.718281828459045j"},
    {0x7ff0000000000000ULL, "inf", "infj"},
    {0xfff0000000000000ULL, "-inf", "-infj"},
    {0x7ff8000000000000ULL, "nan", "nanj"},
    {0x3e7ad7f29abcaf48ULL, "1e-07", "1e-07j"},
    {0x3c36b082c2148b8eULL, "1.23e-18", "1.23e-18j"},
    {0x44dfe185ca57c517ULL, "6.02214076e+23", "6.02214076e+23j"},
    {0x3c07a4da290c1653ULL, "1.602176634e-19", "1.602176634e-19j"},
};

static double from_bits(unsigned long long bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static void check_table(void)
{
    char buf[2 * KR_DTOA_BUFSIZE + 4];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double x = from_bits(cases[i].bits);
        kr_dtoa_repr(x, buf);
        if (strcmp(buf, cases[i].repr) != 0) {
            fprintf(stderr, "repr(%016llx): got %s, want %s\n", cases[i].bits, buf, cases[i].repr);
            failures++;
        }
        kr_dtoa_complex_repr(0.0, x, buf);
        if (strcmp(buf, cases[i].complex_repr) != 0) {
            fprintf(stderr, "complex repr(%016llx): got %s, want %s\n", cases[i].bits, buf,
                    cases[i].complex_repr);
            failures++;
        }
    }
}

/* xorshift64*: a fixed sequence, so a failure reproduces. */
static unsigned long long next_random(unsigned long long *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ULL;
}

/* x's digits read back as x, and one digit fewer (correctly rounded) does not. */
static void check_shortest(double x)
{
    char d[18], tmp[64];
    int decpt;
    bool neg;
    int n = kr_dtoa_shortest(x, d, &decpt, &neg);
    snprintf(tmp, sizeof tmp, "0.%se%d", d, decpt);
    if (strtod(tmp, NULL) != fabs(x)) {
        fprintf(stderr, "shortest(%a) = %s does not read back\n", x, tmp);
        failures++;
    }
    if (n > 1) {
        snprintf(tmp, sizeof tmp, "%.*e", n - 2, fabs(x));
        if (strtod(tmp, NULL) == fabs(x)) {
            fprintf(stderr, "shortest(%a) = %s but %s is shorter\n", x, d, tmp);
            failures++;
        }
    }
}

int main(void)
{
    check_table();
    unsigned long long seed = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < 100000; i++) {
        double x = from_bits(next_random(&seed));
        if (isfinite(x))
            check_shortest(x);
    }
    if (failures) {
        fprintf(stderr, "test_dtoa: %d failures\n", failures);
        return 1;
    }
    printf("test_dtoa: ok\n");
    return 0;
}
