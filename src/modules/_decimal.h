/*
 * _decimal.h -- the layouts shared by the native decimal module's files
 * (module `_decimal`; docs/design.md "A native decimal on GMP").
 *
 * A Decimal is (sign, coefficient, exponent) or a special value.  The
 * coefficient is an unsigned integer held in a machine word when it fits
 * (the common case: prices, counters), else in an mpz whose limbs come
 * from the collector (GMP's allocator is routed through kr_gc_alloc_atomic,
 * objects/int.c), so a Dec is ordinary scanned memory with no finalizer.
 * Invariant: `big` is set iff the coefficient does not fit in a uint64_t;
 * w and z share their memory, so only the one `big` names is read.
 * NaNs keep their diagnostic payload in the coefficient.
 */
#ifndef KR_DECIMAL_H
#define KR_DECIMAL_H

#include <gmp.h>

#include "objects/object.h"

typedef enum DecKind { DEC_FINITE, DEC_INF, DEC_NAN, DEC_SNAN } DecKind;

typedef struct Dec {
    Obj hdr;
    int64_t exp;
    /* One or the other, and the flags last, so that a Decimal is 27 bytes
     * (DEC_ALLOC_SIZE) and takes Boehm's 32-byte size class, where an
     * mpz_t here (16 bytes) made it 48: decimal_pi allocates a Dec per
     * operation, and a third less memory marched through per operation
     * is a third fewer fresh cache lines and collections. */
    union {
        uint64_t w;        /* when !big */
        mpz_ptr z;         /* when big: its own block (kr_dec_set_coef) */
    };
    uint8_t kind;          /* DecKind */
    uint8_t sign;          /* 1: negative (also -0, -Infinity, -NaN) */
    uint8_t big;           /* the coefficient is z, not w */
} Dec;
/* What an exact Decimal takes: through `big`, not sizeof's padding to 32
 * (which Boehm's extra byte would push to 48).  A subclass's instance
 * keeps sizeof(Dec), so its __dict__ slot after it stays aligned. */
#define DEC_ALLOC_SIZE (offsetof(Dec, big) + 1)

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

struct Module;
extern Type kr_dec_type, kr_dec_context_type;

/* A context: precision, rounding, exponent limits, and the flags and
 * traps as bit sets (1 << DecSignal, signals only, no conditions). */
typedef struct DecContext {
    Obj hdr;
    int64_t prec, emin, emax;
    int32_t round, capitals, clamp;
    uint32_t flags, traps;
    Value flags_view, traps_view;   /* their SignalDicts, made on demand */
} DecContext;

/* What the module made once (a collector root): the signal classes in
 * DecSignal order, DecimalTuple, the context variable and its methods,
 * the template contexts, the SignalDict class. */
typedef struct DecState {
    Value signals[DEC_SIG_COUNT];
    Value decimal_tuple;
    Value ctxvar, ctxvar_get, ctxvar_set;
    Value default_ctx, basic_ctx, extended_ctx;
    Value signaldict;
    Value ln10;                     /* digits of ln(10), grown on demand */
} DecState;
extern DecState *kr_dec_state;

/* Above this precision an inexact result cannot be computed (it would
 * need 10**prec): only exact ones are, as libmpdec does for MAX_PREC. */
#define DEC_HUGE_PREC 10000000LL
/* Does |z| have more than n digits? */
bool kr_dec_mpz_over(const mpz_t z, int64_t n);
/* a / b when the quotient terminates: true with it in r (the spec's
 * ideal exponent); false when it does not. */
bool kr_dec_exact_div(const Dec *a, const Dec *b, Dec *r);

#define DEC_BIT(sig) ((uint32_t)1 << (sig))
#define DEC_INVALID_BITS                                                   \
    (DEC_BIT(DEC_SIG_INVALID) | DEC_BIT(DEC_SIG_CONVSYNTAX) |             \
     DEC_BIT(DEC_SIG_DIVIMPOSSIBLE) | DEC_BIT(DEC_SIG_DIVUNDEFINED) |     \
     DEC_BIT(DEC_SIG_INVALIDCONTEXT))

static inline bool kr_is_dec(Value v) { return kr_isinstance_type(v, &kr_dec_type); }
static inline Dec *kr_as_dec(Value v) { return (Dec *)kr_as_obj(v); }

/* ---- _decimal.c: values and the module --------------------------------- */

/* A new zero Dec of type t (Decimal or a subclass); NULL with MemoryError. */
KR_MUST_CHECK Dec *kr_dec_alloc(Thread *th, Type *t);
/* Set d's coefficient from z (any size; d's previous one is dropped; a
 * copy, so z may be another Dec's). */
void kr_dec_set_coef(Dec *d, const mpz_t z);
/* Load d's coefficient into z (initialised by the caller). */
void kr_dec_get_coef(const Dec *d, mpz_t z);
static inline bool kr_dec_coef_zero(const Dec *d) { return !d->big && d->w == 0; }
/* The digits of d's coefficient ("0" for zero), collector memory; *n its length. */
KR_MUST_CHECK char *kr_dec_digits(Thread *th, const Dec *d, int64_t *n);
/* ---- _decimal_context.c ---- */

/* The thread's (task's) current context; NULL with an exception. */
KR_MUST_CHECK DecContext *kr_dec_current(Thread *th);
/* A context argument: None means the current one; else TypeError. */
KR_MUST_CHECK DecContext *kr_dec_context_arg(Thread *th, Value v);
/* Record the conditions in status (DEC_BIT set) in ctx's flags; raise
 * the first trapped one, as CPython does: 0, or -1 with it raised. */
KR_MUST_CHECK int kr_dec_status(Thread *th, DecContext *ctx, uint32_t status);
KR_MUST_CHECK int kr_dec_context_init(Thread *th, struct Module *m);
const char *kr_dec_round_name(int round);
/* A rounding-mode string as DecRound: 0, or -1 with CPython's TypeError. */
KR_MUST_CHECK int kr_dec_round_arg(Thread *th, Value v, int32_t *out);

/* ---- _decimal_arith.c ---- */

/* a quantized to b's exponent in mode (-1: ctx's rounding), under ctx. */
KR_MUST_CHECK Value kr_dec_quantize(Thread *th, DecContext *ctx, const Dec *a, const Dec *b,
                                    int mode);
KR_MUST_CHECK Value kr_dec_neg(Thread *th, Value v);
KR_MUST_CHECK Value kr_dec_pos(Thread *th, Value v);
KR_MUST_CHECK Value kr_dec_abs(Thread *th, Value v);
KR_MUST_CHECK Value kr_dec_binop(Thread *th, Value a, Value b, BinOp op);
/* The pieces the other operations are built of (conditions go to *st,
 * DEC_BIT set; the result is NULL only on MemoryError): */
void kr_dec_finalize(DecContext *ctx, Dec *r, uint32_t *st);     /* round r into ctx */
bool kr_dec_drop_digits(mpz_t c, int64_t k, DecRound mode, int sign);
KR_MUST_CHECK Dec *kr_dec_nan_result(Thread *th, DecContext *ctx, const Dec *a, const Dec *b,
                                     uint32_t *st);
KR_MUST_CHECK Dec *kr_dec_invalid(Thread *th, uint32_t *st, DecSignal cond);
KR_MUST_CHECK Dec *kr_dec_signed_inf(Thread *th, int sign);
KR_MUST_CHECK Dec *kr_dec_add(Thread *th, DecContext *ctx, const Dec *a, const Dec *b,
                              int negate_b, uint32_t *st);
KR_MUST_CHECK Dec *kr_dec_mul(Thread *th, DecContext *ctx, const Dec *a, const Dec *b,
                              uint32_t *st);
KR_MUST_CHECK Dec *kr_dec_div(Thread *th, DecContext *ctx, const Dec *a, const Dec *b,
                              uint32_t *st);
/* Record *stp (NULL: nothing) in ctx, raising if trapped, and return r.
 * A pointer, so that r's computation in the same call is seen. */
KR_MUST_CHECK Value kr_dec_deliver(Thread *th, DecContext *ctx, Dec *r, const uint32_t *stp);
/* v (Decimal or int) as a Dec, else TypeError "conversion from ...". */
KR_MUST_CHECK Dec *kr_dec_operand(Thread *th, Value v);
extern const MethodDef kr_dec_arith_methods[];
/* _decimal_more.c: the remaining operations, for Decimal and Context */
extern const MethodDef kr_dec_more_methods[], kr_dec_more_context_methods[];
extern const MethodDef kr_dec_more_methods2[], kr_dec_more_context_methods2[];
extern const MethodDef kr_dec_more_methods3[], kr_dec_more_context_methods3[];
/* _decimal_transc.c: correctly rounded exp, ln, log10, and x**y for a
 * non-integer y (x, y finite, x > 0, x != 1, y != 0 -- see op_power). */
KR_MUST_CHECK Value kr_dec_exp(Thread *th, DecContext *ctx, const Dec *a);
KR_MUST_CHECK Value kr_dec_ln(Thread *th, DecContext *ctx, const Dec *a);
KR_MUST_CHECK Value kr_dec_log10(Thread *th, DecContext *ctx, const Dec *a);
Value kr_dec_power_rest(Thread *th, DecContext *ctx, const Dec *x, const Dec *y, int sign,
                        bool int_y, bool *done);
/* _decimal_format.c: __format__ */
extern const MethodDef kr_dec_format_methods[];
/* x ** y for Decimal/int operands (NotImplemented otherwise). */
KR_MUST_CHECK Value kr_dec_power_value(Thread *th, Value x, Value y);     /* Decimal's, spliced in */
/* pow(x, y, z) for Decimal/int operands (NotImplemented otherwise). */
KR_MUST_CHECK Value kr_dec_power3_value(Thread *th, Value x, Value y, Value z);
extern const MethodDef kr_dec_context_methods[];   /* Context's arithmetic */
/* Signal cond in the current context: 0 if not trapped, or -1 with the
 * exception raised. */
KR_MUST_CHECK int kr_dec_raise(Thread *th, DecSignal cond);
/* Value v (Decimal, int) as a Dec; NULL result without exception: not a
 * number the operation accepts (NotImplemented). */
KR_MUST_CHECK Dec *kr_dec_from_int(Thread *th, Value v);
KR_MUST_CHECK Dec *kr_dec_from_double(Thread *th, Type *t, double x);
KR_MUST_CHECK Value kr_dec_str(Thread *th, Value v);
/* Decimal(v, context) without the exact-construction range check (v NULL:
 * Decimal()), for create_decimal, which rounds into its context. */
KR_MUST_CHECK Value kr_dec_construct(Thread *th, Value v, Value context);
/* v's scientific (eng false) or engineering text, ctx's capitals. */
KR_MUST_CHECK Value kr_dec_text(Thread *th, Value v, bool eng, DecContext *ctx);

/* ---- _decimal_num.c: comparisons, hashing, conversions ------------------ */

KR_MUST_CHECK Value kr_dec_richcompare(Thread *th, Value a, Value b, int op);
KR_MUST_CHECK int kr_dec_hash(Thread *th, Value v, int64_t *out);
KR_MUST_CHECK Value kr_dec_to_int(Thread *th, Value v);
KR_MUST_CHECK Value kr_dec_to_float(Thread *th, Value v);
/* d rounded to an integer in mode, as a Python int (NaN/Inf raise). */
KR_MUST_CHECK Value kr_dec_round_int(Thread *th, const Dec *d, DecRound mode);
/* d with exponent exp, the coefficient rounded in mode (finite d). */
KR_MUST_CHECK Dec *kr_dec_rescale(Thread *th, const Dec *d, int64_t exp, DecRound mode);
/* a vs b, neither a NaN: -1, 0, 1. */
int kr_dec_cmp(const Dec *a, const Dec *b);
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
