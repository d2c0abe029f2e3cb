/*
 * test_value.c -- white-box checks of the NaN-boxed Value encoding.
 *
 * Every class of value must round-trip and be recognised by exactly one
 * classifier; this is checked for the edge cases of each range (zeroes,
 * infinities, NaNs, subnormals, the largest finite doubles, the small-int
 * bounds) and for a million pseudo-random bit patterns.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/value.h"

static int failures;

#define CHECK(c)                                                          \
    do {                                                                  \
        if (!(c)) {                                                       \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c); \
            failures++;                                                   \
        }                                                                 \
    } while (0)

static int classes(Value v)
{
    return kr_is_null(v) + kr_is_none(v) + kr_is_bool(v) + kr_is_obj(v) +
           kr_is_double(v) + kr_is_smallint(v);
}

static void check_double(double d)
{
    if (!kr_double_fits(d))
        return;
    Value v = kr_from_double_unchecked(d);
    CHECK(kr_is_double(v));
    CHECK(classes(v) == 1);
    CHECK(kr_double_bits(kr_as_double(v)) == kr_double_bits(d));
}

static void check_int(int64_t i)
{
    Value v = kr_from_smallint(i);
    CHECK(kr_is_smallint(v));
    CHECK(classes(v) == 1);
    CHECK(kr_as_smallint(v) == i);
}

int main(void)
{
    double specials[] = {0.0, -0.0, 1.0, -1.0, 0.1, DBL_MAX, -DBL_MAX, DBL_MIN,
                         -DBL_MIN, 4.9e-324, -4.9e-324, INFINITY, -INFINITY,
                         NAN, -NAN};
    for (size_t i = 0; i < KR_ARRAY_LEN(specials); i++) {
        CHECK(kr_double_fits(specials[i]));
        check_double(specials[i]);
    }
    /* The negative NaNs that must go to the heap. */
    uint64_t heap_nan = 0xFFFC000000000001ull;
    double d;
    memcpy(&d, &heap_nan, sizeof d);
    CHECK(!kr_double_fits(d));

    int64_t ints[] = {0, 1, -1, 42, KR_SMALLINT_MIN, KR_SMALLINT_MAX,
                      KR_SMALLINT_MIN + 1, KR_SMALLINT_MAX - 1};
    for (size_t i = 0; i < KR_ARRAY_LEN(ints); i++)
        check_int(ints[i]);
    CHECK(!kr_smallint_fits(KR_SMALLINT_MAX + 1));
    CHECK(!kr_smallint_fits(KR_SMALLINT_MIN - 1));

    CHECK(classes(KR_VALUE_NULL) == 1 && kr_is_null(KR_VALUE_NULL));
    CHECK(classes(KR_NONE) == 1 && kr_is_none(KR_NONE));
    CHECK(classes(KR_TRUE) == 1 && kr_is_bool(KR_TRUE));
    CHECK(classes(KR_FALSE) == 1 && kr_is_bool(KR_FALSE));
    static int object;
    Value o = kr_from_obj(&object);
    CHECK(kr_is_obj(o) && classes(o) == 1 && (void *)kr_as_obj(o) == (void *)&object);

    uint64_t x = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < 1000000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        memcpy(&d, &x, sizeof d);
        check_double(d);
        check_int(kr_as_smallint(x | KR_INT_TAG));
    }
    if (failures) {
        fprintf(stderr, "test_value: %d failures\n", failures);
        return 1;
    }
    printf("test_value: ok\n");
    return 0;
}
