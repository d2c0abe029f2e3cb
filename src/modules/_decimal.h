/*
 * _decimal.h -- the layouts shared by the native decimal module's files
 * (module `_krait_decimal` until the whole of CPython's `_decimal` API is
 * there; docs/design.md "decimal").
 *
 * A Decimal is (sign, coefficient, exponent) or a special value.  The
 * coefficient is an unsigned integer held in a machine word when it fits
 * (the common case: prices, counters), else in an mpz whose limbs come
 * from the collector (GMP's allocator is routed through kr_gc_alloc_atomic,
 * objects/int.c), so a Dec is ordinary scanned memory with no finalizer.
 * Invariant: `big` is set iff the coefficient does not fit in a uint64_t.
 * NaNs keep their diagnostic payload in the coefficient.
 */
#ifndef KR_DECIMAL_H
#define KR_DECIMAL_H

#include <gmp.h>

#include "objects/object.h"

typedef enum DecKind { DEC_FINITE, DEC_INF, DEC_NAN, DEC_SNAN } DecKind;

typedef struct Dec {
    Obj hdr;
    uint8_t kind;          /* DecKind */
    uint8_t sign;          /* 1: negative (also -0, -Infinity, -NaN) */
    uint8_t big;           /* the coefficient is z, not w */
    int64_t exp;
    uint64_t w;
    mpz_t z;               /* initialised only when big */
} Dec;

/* The rounding modes, in the order of the module's string constants. */
typedef enum DecRound {
    DEC_ROUND_UP, DEC_ROUND_DOWN, DEC_ROUND_CEILING, DEC_ROUND_FLOOR,
    DEC_ROUND_HALF_UP, DEC_ROUND_HALF_DOWN, DEC_ROUND_HALF_EVEN, DEC_ROUND_05UP,
} DecRound;

/* libmpdec's limits on a 64-bit machine, which CPython exposes. */
#define DEC_MAX_PREC 999999999999999999LL
#define DEC_MAX_EMAX 999999999999999999LL
#define DEC_MIN_EMIN (-999999999999999999LL)
#define DEC_MIN_ETINY (DEC_MIN_EMIN - (DEC_MAX_PREC - 1))

/* The signals, indexes into the module's table of exception classes. */
typedef enum DecSignal {
    DEC_SIG_CLAMPED, DEC_SIG_INVALID, DEC_SIG_DIVZERO, DEC_SIG_INEXACT, DEC_SIG_ROUNDED,
    DEC_SIG_SUBNORMAL, DEC_SIG_OVERFLOW, DEC_SIG_UNDERFLOW, DEC_SIG_FLOATOP,
    /* the conditions reported under InvalidOperation */
    DEC_SIG_CONVSYNTAX, DEC_SIG_DIVIMPOSSIBLE, DEC_SIG_DIVUNDEFINED, DEC_SIG_INVALIDCONTEXT,
    DEC_SIG_COUNT
} DecSignal;

extern Type kr_dec_type;

static inline bool kr_is_dec(Value v) { return kr_isinstance_type(v, &kr_dec_type); }
static inline Dec *kr_as_dec(Value v) { return (Dec *)kr_as_obj(v); }

/* ---- _decimal.c: values and the module --------------------------------- */

/* A new zero Dec of type t (Decimal or a subclass); NULL with MemoryError. */
KR_MUST_CHECK Dec *kr_dec_alloc(Thread *th, Type *t);
/* Set d's coefficient from z (any size; d's previous one is dropped). */
void kr_dec_set_coef(Dec *d, const mpz_t z);
/* Load d's coefficient into z (initialised by the caller). */
void kr_dec_get_coef(const Dec *d, mpz_t z);
static inline bool kr_dec_coef_zero(const Dec *d) { return !d->big && d->w == 0; }
/* The digits of d's coefficient ("0" for zero), collector memory; *n its length. */
KR_MUST_CHECK char *kr_dec_digits(Thread *th, const Dec *d, int64_t *n);
/* Raise the signal's exception, as a trapped condition does: the class
 * called with a list of the conditions (CPython's "[<class '...'>]"). */
void kr_dec_raise(Thread *th, DecSignal cond);
/* Value v (Decimal, int) as a Dec; NULL result without exception: not a
 * number the operation accepts (NotImplemented). */
KR_MUST_CHECK Dec *kr_dec_from_int(Thread *th, Value v);
KR_MUST_CHECK Dec *kr_dec_from_double(Thread *th, Type *t, double x);
KR_MUST_CHECK Value kr_dec_str(Thread *th, Value v);

/* ---- _decimal_num.c: comparisons, hashing, conversions ------------------ */

KR_MUST_CHECK Value kr_dec_richcompare(Thread *th, Value a, Value b, int op);
KR_MUST_CHECK int kr_dec_hash(Thread *th, Value v, int64_t *out);
KR_MUST_CHECK Value kr_dec_to_int(Thread *th, Value v);
KR_MUST_CHECK Value kr_dec_to_float(Thread *th, Value v);
/* d rounded to an integer in mode, as a Python int (NaN/Inf raise). */
KR_MUST_CHECK Value kr_dec_round_int(Thread *th, const Dec *d, DecRound mode);
/* d with exponent exp, the coefficient rounded in mode (finite d). */
KR_MUST_CHECK Dec *kr_dec_rescale(Thread *th, const Dec *d, int64_t exp, DecRound mode);
/* Number of decimal digits in d's coefficient (1 for zero). */
int64_t kr_dec_ndigits(const Dec *d);
/* Would rounding away a remainder increment the kept part q?  half is the
 * remainder compared with half a unit (-1, 0, 1), rnz whether it is
 * nonzero, odd/last the parity and last digit of q. */
bool kr_dec_round_up(DecRound mode, int sign, int half, bool rnz, unsigned last);

Value kr_dec_round_method(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw);
Value kr_dec_floor_method(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw);
Value kr_dec_ceil_method(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw);
Value kr_dec_trunc_method(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw);

#endif
