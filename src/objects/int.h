/*
 * int.h -- Python int: small ints inline in the Value, big ints with GMP.
 *
 * Invariant: an int whose value fits in 48 bits is ALWAYS a small int
 * (core/value.h); a BigInt object always holds a value outside that range.
 * So two ints are equal iff both are small and their words are equal, or
 * both are big and mpz_cmp says so: no cross-representation compare.  Every
 * operation that produces a big result normalises it (kr_int_from_mpz).
 *
 * GMP allocates its limbs through kr_gc_alloc_atomic (they are pointer-free
 * bytes), so a BigInt itself is scanned memory: its mpz_t holds the limb
 * pointer.
 */
#ifndef KR_INT_H
#define KR_INT_H

#include <gmp.h>

#include "objects/object.h"

typedef struct BigInt {
    Obj hdr;
    mpz_t z;
} BigInt;

static inline bool kr_is_bigint(Value v) { return kr_is_obj(v) && kr_as_obj(v)->type == &kr_int_type; }
/* int, bool or an int subclass */
static inline bool kr_is_int(Value v)
{
    return kr_is_smallint(v) || kr_is_bool(v) || kr_is_bigint(v) ||
           (kr_is_obj(v) && (kr_as_obj(v)->type->flags & KR_TYPE_INT_SUBCLASS));
}

void kr_int_init_gmp(void);
KR_MUST_CHECK Value kr_int_from_i64(Thread *th, int64_t i);
KR_MUST_CHECK Value kr_int_from_mpz(Thread *th, const mpz_t z);   /* normalises */
KR_MUST_CHECK Value kr_int_from_string(Thread *th, const char *s, size_t len, int base);
/* Load v (int or bool) into z (initialised by the caller). */
void kr_int_to_mpz(Value v, mpz_t z);
/* v as int64: 0, or -1 with OverflowError set. */
KR_MUST_CHECK int kr_int_as_i64(Thread *th, Value v, int64_t *out);
KR_MUST_CHECK Value kr_int_repr(Thread *th, Value v);
/* The digits of v in base 2, 8, 10 or 16 (upper: 'A'-'F'), written
 * backwards so that they END at `end`; returns where they start.  The
 * buffer before `end` must hold 64 bytes. */
char *kr_int_u64_digits(uint64_t v, int base, bool upper, char *end);
KR_MUST_CHECK Value kr_int_binop(Thread *th, Value a, Value b, BinOp op);
/* a op b for exact ints of which the ones flagged in `dying` (1: a, 2: b)
 * are fresh values nothing else references (the VM's dying temporaries):
 * their memory is reused or given back. */
KR_MUST_CHECK Value kr_int_binop_temps(Thread *th, Value a, Value b, BinOp op, unsigned dying);
KR_MUST_CHECK Value kr_int_richcompare(Thread *th, Value a, Value b, int op);
int64_t kr_int_hash(Value v);
int kr_int_sign(Value v);
double kr_int_to_double(Value v, bool *overflow);
/* The slow path of small-int arithmetic (overflow into a big int). */
KR_MUST_CHECK Value kr_int_add_slow(Thread *th, Value a, Value b);
KR_MUST_CHECK Value kr_int_sub_slow(Thread *th, Value a, Value b);
KR_MUST_CHECK Value kr_int_format_spec(Thread *th, Value v, Value spec);
/* What __int__ or __index__ (named by dunder) returned, an int, made exact:
 * a bool or an int subclass instance there is deprecated, so it warns
 * (CPython's _PyLong_FromNbInt, PyNumber_Index).  r may be NULL. */
KR_MUST_CHECK Value kr_int_exact_result(Thread *th, Value r, const char *dunder);

#endif
