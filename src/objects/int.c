/*
 * int.c -- Python int: 48-bit small ints in the Value, GMP beyond.
 *
 * The representation invariant (int.h) makes most operations two-tier:
 * both operands small -> a few machine instructions with an overflow
 * check; otherwise load both into mpz_t, compute, and normalise the result
 * back to a small int when it fits.  The VM inlines the small-small case of
 * + and - itself; everything here is the complete operator.
 *
 * Python semantics that differ from C's and are kept here:
 *   - // and % round toward negative infinity (GMP's fdiv_*), and the
 *     remainder takes the divisor's sign;
 *   - ** with a negative exponent gives a float; 0 ** -1 raises;
 *   - / is true division, correctly rounded: directly when both fit in 53
 *     bits (the common case), else by a scaled integer division with a
 *     sticky bit (int_truediv) -- subnormal results may round twice;
 *   - >> of a negative number rounds down (fdiv_q_2exp), << checks size;
 *   - & | ^ ~ act on infinite two's complement (GMP's mpz_and etc. do).
 *   - hash(n) is n mod (2**61 - 1) with the sign kept, -1 mapped to -2:
 *     the same numbers CPython prints, and hash(n) == hash(float(n)).
 *
 * Big-int results above a sanity limit raise MemoryError up front, since
 * GMP itself aborts on allocation failure.
 */
#include "objects/int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "modules/modules.h"
#include "objects/argparse.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/slotwrap.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

#define HASH_MODULUS (((int64_t)1 << 61) - 1)
/* Largest big int we agree to build, in bits: above this GMP's own
 * allocation (which aborts on failure) could be asked for gigabytes. */
#define MAX_BITS ((uint64_t)1 << 36)

/* ---- GMP memory: atomic collector memory --------------------------------- */

static void *gmp_alloc(size_t n)
{
    void *p = kr_gc_alloc_atomic(n);
    if (!p)
        kr_fatal("out of memory in a big-int operation (%zu bytes)", n);
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n)
{
    void *q = kr_gc_realloc(p, n);
    if (!q)
        kr_fatal("out of memory in a big-int operation (%zu bytes)", n);
    return q;
}

static void gmp_free(void *p, size_t n)
{
    /* The collector reclaims it; freeing early would be a hint only, and
     * temporaries are freed with mpz_clear in hot loops, so do give it back. */
    kr_gc_free(p);
}

void kr_int_init_gmp(void)
{
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

/* ---- conversions ----------------------------------------------------------- */

void kr_int_to_mpz(Value v, mpz_t z)
{
    if (kr_is_smallint(v))
        mpz_set_si(z, kr_as_smallint(v));
    else if (kr_is_bool(v))
        mpz_set_si(z, v == KR_TRUE);
    else
        mpz_set(z, ((BigInt *)kr_as_obj(v))->z);
}

/* Most big ints are a limb or two: 2**47 <= |v| < 2**64 (time_ns(),
 * hashes, 64-bit masks, an LCG's state).  Those are one pointer-free
 * block -- the header (whose type is the static int type), the mpz_t and
 * the limbs right after it -- so making one is a single atomic allocation,
 * where GMP's own init would add a second for the limbs.  A BigInt is
 * never written after it is made, so GMP never reallocates or frees these
 * limbs.  `size` is the mpz's signed limb count; the caller fills them. */
#define INLINE_LIMBS 4
static BigInt *bigint_inline(Thread *th, int size)
{
    int n = size < 0 ? -size : size;
    BigInt *b = kr_gc_alloc_atomic(sizeof *b + (size_t)n * sizeof(mp_limb_t));
    if (!b) {
        kr_err_no_memory(th);
        return NULL;
    }
    b->hdr.type = &kr_int_type;
    b->z->_mp_alloc = n;
    b->z->_mp_size = size;
    b->z->_mp_d = (mp_limb_t *)(b + 1);
    return b;
}

Value kr_int_from_mpz(Thread *th, const mpz_t z)
{
    if (mpz_fits_slong_p(z)) {
        long i = mpz_get_si(z);
        if (kr_smallint_fits(i))
            return kr_from_smallint(i);
    }
    size_t n = mpz_size(z);
    if (n <= INLINE_LIMBS) {
        BigInt *b = bigint_inline(th, z->_mp_size);
        if (b)
            memcpy(b->z->_mp_d, z->_mp_d, n * sizeof(mp_limb_t));
        return b ? kr_from_obj(b) : KR_VALUE_NULL;
    }
    BigInt *b = kr_gc_alloc(sizeof *b);
    if (!b) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    b->hdr.type = &kr_int_type;
    mpz_init_set(b->z, z);
    return kr_from_obj(b);
}

Value kr_int_from_i64(Thread *th, int64_t i)
{
    if (kr_smallint_fits(i))
        return kr_from_smallint(i);
    BigInt *b = bigint_inline(th, i < 0 ? -1 : 1);
    if (b)
        b->z->_mp_d[0] = i < 0 ? -(mp_limb_t)i : (mp_limb_t)i;
    return b ? kr_from_obj(b) : KR_VALUE_NULL;
}

int kr_int_as_i64(Thread *th, Value v, int64_t *out)
{
    if (kr_is_smallint(v)) {
        *out = kr_as_smallint(v);
        return 0;
    }
    if (kr_is_bool(v)) {
        *out = v == KR_TRUE;
        return 0;
    }
    if (!kr_is_int(v)) {
        /* Callers ought to pass ints (after __index__), but many builtins
         * hand their arguments straight here: a wrong type is TypeError,
         * never a read of a BigInt that is not one. */
        kr_err_format(th, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name(v));
        return -1;
    }
    BigInt *b = (BigInt *)kr_as_obj(v);
    if (!mpz_fits_slong_p(b->z)) {
        kr_err_set_string(th, &kr_exc_OverflowError,
                          "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = mpz_get_si(b->z);
    return 0;
}

int kr_int_sign(Value v)
{
    if (kr_is_smallint(v)) {
        int64_t i = kr_as_smallint(v);
        return (i > 0) - (i < 0);
    }
    if (kr_is_bool(v))
        return v == KR_TRUE;
    return mpz_sgn(((BigInt *)kr_as_obj(v))->z);
}

/* Round-half-even conversion of a big int to double (CPython's
 * _PyLong_Frexp + ldexp): keep 55 bits plus a sticky bit. */
static double mpz_to_double(const mpz_t z, bool *overflow)
{
    size_t nbits = mpz_sizeinbase(z, 2);
    *overflow = false;
    if (nbits <= 63)    /* fits int64: the hardware conversion rounds half to even */
        return (double)mpz_get_si(z);
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    size_t shift = nbits - 55;
    bool sticky = mpz_scan1(t, 0) < shift;
    mpz_fdiv_q_2exp(t, t, shift);
    uint64_t m = mpz_get_ui(t) | (sticky ? 1 : 0);
    mpz_clear(t);
    /* m has 55 significant bits: round to 53, half to even. */
    uint64_t low = m & 3;
    m >>= 2;
    if (low > 2 || (low == 2 && (m & 1)))
        m++;
    double d = ldexp((double)m, (int)shift + 2);
    if (isinf(d))
        *overflow = true;
    return mpz_sgn(z) < 0 ? -d : d;
}

double kr_int_to_double(Value v, bool *overflow)
{
    *overflow = false;
    if (kr_is_smallint(v))
        return (double)kr_as_smallint(v);
    if (kr_is_bool(v))
        return v == KR_TRUE;
    return mpz_to_double(((BigInt *)kr_as_obj(v))->z, overflow);
}

int64_t kr_int_hash(Value v)
{
    if (kr_is_smallint(v)) {
        int64_t i = kr_as_smallint(v);
        return i == -1 ? -2 : i;
    }
    if (kr_is_bool(v))
        return v == KR_TRUE;
    const mpz_t *z = &((BigInt *)kr_as_obj(v))->z;
    int64_t h = (int64_t)mpz_fdiv_ui(*z, (unsigned long)HASH_MODULUS);
    if (mpz_sgn(*z) < 0) {
        /* |v| mod M with the sign of v. */
        mpz_t a;
        mpz_init(a);
        mpz_abs(a, *z);
        h = -(int64_t)mpz_fdiv_ui(a, (unsigned long)HASH_MODULUS);
        mpz_clear(a);
    }
    return h == -1 ? -2 : h;
}

/* ---- repr and parsing ------------------------------------------------------ */

char *kr_int_u64_digits(uint64_t v, int base, bool upper, char *end)
{
    static const char lower_digits[] = "0123456789abcdef", upper_digits[] = "0123456789ABCDEF";
    const char *dig = upper ? upper_digits : lower_digits;
    char *p = end;
    if (base == 10) {       /* the common case: two digits per division */
        while (v >= 100) {
            unsigned r = (unsigned)(v % 100);
            v /= 100;
            *--p = (char)('0' + r % 10);
            *--p = (char)('0' + r / 10);
        }
        if (v >= 10)
            *--p = (char)('0' + v % 10), v /= 10;
        *--p = (char)('0' + v);
        return p;
    }
    unsigned shift = base == 16 ? 4 : base == 8 ? 3 : 1;
    do {
        *--p = dig[v & ((uint64_t)base - 1)];
        v >>= shift;
    } while (v);
    return p;
}

/* str() of a small int: the digits go straight into an ASCII str, since
 * str(i) of loop counters and sizes is the bulk of all int->text work. */
static Value small_repr(Thread *th, int64_t i)
{
    char buf[32];
    char *end = buf + sizeof buf;
    char *p = kr_int_u64_digits(i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i, 10, false, end);
    if (i < 0)
        *--p = '-';
    Str *s = end - p == 1 ? kr_str_from_char(th, (unsigned char)*p)
                          : kr_str_alloc(th, end - p, 1, true);
    if (!s)
        return KR_VALUE_NULL;
    if (end - p > 1)
        memcpy(s->data, p, (size_t)(end - p));
    return kr_from_obj(s);
}

Value kr_int_repr(Thread *th, Value v)
{
    if (kr_is_smallint(v) || kr_is_bool(v))
        return small_repr(th, kr_is_bool(v) ? v == KR_TRUE : kr_as_smallint(v));
    const mpz_t *z = &((BigInt *)kr_as_obj(v))->z;
    size_t digits = mpz_sizeinbase(*z, 10);
    int limit = th->vm->int_max_str_digits;
    if (limit > 0 && digits > (size_t)limit + 1) {
        kr_err_format(th, &kr_exc_ValueError,
                      "Exceeds the limit (%d digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit", limit);
        return KR_VALUE_NULL;
    }
    char *s = kr_gc_alloc_atomic(digits + 2);
    if (!s) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    mpz_get_str(s, 10, *z);
    size_t n = strlen(s);
    if (limit > 0 && n - (s[0] == '-') > (size_t)limit) {
        kr_err_format(th, &kr_exc_ValueError,
                      "Exceeds the limit (%d digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit", limit);
        return KR_VALUE_NULL;
    }
    Str *r = kr_str_from_utf8(th, s, n);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* Parse an int literal as int(s, base) does: whitespace around, a sign,
 * an optional 0x/0o/0b prefix (base 0 or matching base), single
 * underscores between digits.  KR_VALUE_NULL with no error: malformed. */
static Value parse_int(Thread *th, const char *s, size_t len, int base)
{
    size_t i = 0, end = len;
    while (i < end && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')))
        i++;
    while (end > i && (s[end - 1] == ' ' || (s[end - 1] >= '\t' && s[end - 1] <= '\r')))
        end--;
    bool neg = false;
    if (i < end && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    if (i + 1 < end && s[i] == '0') {
        char p = (char)(s[i + 1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            i += 2;
            if (i < end && s[i] == '_')
                i++;
        }
    }
    bool base0 = base == 0;
    if (base == 0)
        base = 10;
    if (i >= end)
        return KR_VALUE_NULL;
    if (base == 10 && end - i <= 18 && (!base0 || s[i] != '0' || end - i == 1)) {
        /* Up to 18 plain decimal digits fit an int64: no GMP, no copy. */
        int64_t acc = 0;
        size_t k = i;
        while (k < end && s[k] >= '0' && s[k] <= '9')
            acc = acc * 10 + (s[k++] - '0');
        if (k == end)
            return kr_int_from_i64(th, neg ? -acc : acc);
    }
    char *digits = kr_gc_alloc_atomic(end - i + 1);
    if (!digits) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    size_t n = 0;
    bool prev_us = true, nonzero = false;
    for (; i < end; i++) {
        char c = s[i];
        if (c == '_') {
            if (prev_us)
                return KR_VALUE_NULL;
            prev_us = true;
            continue;
        }
        int d = c >= '0' && c <= '9' ? c - '0'
              : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
        if (d >= base)
            return KR_VALUE_NULL;
        if (d)
            nonzero = true;
        digits[n++] = c;
        prev_us = false;
    }
    if (prev_us)
        return KR_VALUE_NULL;
    /* "010" is not a valid literal with base 0 (leading zeros). */
    if (base0 && base == 10 && digits[0] == '0' && nonzero)
        return KR_VALUE_NULL;
    digits[n] = 0;
    int limit = th->vm->int_max_str_digits;
    if (limit > 0 && (base & (base - 1)) != 0 && n > (size_t)limit) {
        kr_err_format(th, &kr_exc_ValueError,
                      "Exceeds the limit (%d digits) for integer string conversion: "
                      "value has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                      limit, n);
        return KR_VALUE_NULL;
    }
    mpz_t z;
    if (mpz_init_set_str(z, digits, base) != 0) {
        mpz_clear(z);
        return KR_VALUE_NULL;
    }
    if (neg)
        mpz_neg(z, z);
    Value r = kr_int_from_mpz(th, z);
    mpz_clear(z);
    return r;
}

Value kr_int_from_string(Thread *th, const char *s, size_t len, int base)
{
    return parse_int(th, s, len, base);
}

/* ---- arithmetic -------------------------------------------------------------- */

static bool is_intlike(Value v) { return kr_is_int(v); }

/* An instance of an int subclass is a BigInt (plus its class's extension)
 * whose value may well be small.  As an operand it reads as the exact int
 * it holds -- a small int when it fits -- so the small/big invariant holds
 * inside the arithmetic; a big value is read in place. */
static Value int_operand(Value v)
{
    if (KR_LIKELY(!kr_is_obj(v)) || kr_as_obj(v)->type == &kr_int_type)
        return v;
    const BigInt *b = (const BigInt *)kr_as_obj(v);
    if (mpz_fits_slong_p(b->z) && kr_smallint_fits(mpz_get_si(b->z)))
        return kr_from_smallint(mpz_get_si(b->z));
    return v;
}

/* The exact int an int subclass instance holds (int(x), +x, x.__index__()). */
static Value int_exact(Thread *th, Value v)
{
    if (kr_is_obj(v) && kr_as_obj(v)->type != &kr_int_type)
        return kr_int_from_mpz(th, ((BigInt *)kr_as_obj(v))->z);
    return v;
}


static Value zero_division(Thread *th, const char *msg)
{
    kr_err_set_string(th, &kr_exc_ZeroDivisionError, msg);
    return KR_VALUE_NULL;
}

static Value int_truediv(Thread *th, Value a, Value b)
{
    if (kr_int_sign(b) == 0)
        return zero_division(th, "division by zero");
    if (kr_is_smallint(a) && kr_is_smallint(b)) {
        int64_t x = kr_as_smallint(a), y = kr_as_smallint(b);
        if (llabs(x) <= ((int64_t)1 << 53) && llabs(y) <= ((int64_t)1 << 53))
            return kr_float_new(th, (double)x / (double)y);
    }
    /* Correctly rounded: scale so the integer quotient has at least 55
     * bits, fold a nonzero remainder into one extra sticky bit, and let
     * mpz_to_double round that to 53 bits (half to even). */
    mpz_t za, zb, q, r;
    mpz_inits(za, zb, q, r, NULL);
    kr_int_to_mpz(a, za);
    kr_int_to_mpz(b, zb);
    bool neg = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    mpz_abs(za, za);
    mpz_abs(zb, zb);
    long k = 55 - ((long)mpz_sizeinbase(za, 2) - (long)mpz_sizeinbase(zb, 2));
    if (mpz_sgn(za) == 0)
        k = 0;
    if (k > 0)
        mpz_mul_2exp(za, za, (mp_bitcnt_t)k);
    else if (k < 0)
        mpz_mul_2exp(zb, zb, (mp_bitcnt_t)-k);
    mpz_tdiv_qr(q, r, za, zb);
    mpz_mul_2exp(q, q, 1);
    if (mpz_sgn(r))
        mpz_setbit(q, 0);
    bool overflow;
    long exp2 = -k - 1;
    double d = exp2 > 1100 ? HUGE_VAL : ldexp(mpz_to_double(q, &overflow), (int)(exp2 < -2000 ? -2000 : exp2));
    if (neg)
        d = -d;
    mpz_clears(za, zb, q, r, NULL);
    if (isinf(d)) {
        kr_err_set_string(th, &kr_exc_OverflowError,
                          "integer division result too large for a float");
        return KR_VALUE_NULL;
    }
    return kr_float_new(th, d);
}

static Value int_pow(Thread *th, Value a, Value b)
{
    if (kr_int_sign(b) < 0) {
        double x, y;
        if (kr_float_as_double(th, a, &x) < 0 || kr_float_as_double(th, b, &y) < 0)
            return KR_VALUE_NULL;
        if (x == 0.0) {
            kr_err_set_string(th, &kr_exc_ZeroDivisionError,
                              "0.0 cannot be raised to a negative power");
            return KR_VALUE_NULL;
        }
        return kr_float_new(th, pow(x, y));
    }
    mpz_t za;
    mpz_init(za);
    kr_int_to_mpz(a, za);
    /* Trivial bases first: they allow any exponent. */
    if (mpz_cmpabs_ui(za, 1) <= 0) {
        int64_t e = 0;
        bool odd = true;
        if (kr_is_smallint(b)) {
            e = kr_as_smallint(b);
            odd = e & 1;
        } else if (kr_is_bigint(b)) {
            odd = mpz_odd_p(((BigInt *)kr_as_obj(b))->z);
            e = 1;
        } else {
            e = b == KR_TRUE;
            odd = e;
        }
        long base = mpz_get_si(za);
        mpz_clear(za);
        if (e == 0)
            return kr_from_smallint(1);
        return kr_from_smallint(base == -1 ? (odd ? -1 : 1) : base);
    }
    int64_t e;
    if (!kr_is_smallint(b) && !kr_is_bool(b)) {
        mpz_clear(za);
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    e = kr_is_bool(b) ? b == KR_TRUE : kr_as_smallint(b);
    if ((uint64_t)e * mpz_sizeinbase(za, 2) > MAX_BITS) {
        mpz_clear(za);
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    mpz_pow_ui(za, za, (unsigned long)e);
    Value r = kr_int_from_mpz(th, za);
    mpz_clear(za);
    return r;
}

/* v's value as a read-only mpz without copying: a big int's own, or a
 * small int's in *limb, viewed through tmp. */
static mpz_srcptr mpz_view(Value v, mpz_t tmp, mp_limb_t *limb)
{
    if (kr_is_obj(v))
        return ((const BigInt *)kr_as_obj(v))->z;
    int64_t x = kr_is_bool(v) ? v == KR_TRUE : kr_as_smallint(v);
    *limb = x < 0 ? (mp_limb_t)0 - (mp_limb_t)x : (mp_limb_t)x;
    return mpz_roinit_n(tmp, limb, x < 0 ? -1 : x > 0);
}

/* r as an int, taking over its limbs when it needs a BigInt (no copy);
 * r is cleared either way. */
static Value int_take_mpz(Thread *th, mpz_t r)
{
    if (mpz_fits_slong_p(r) && kr_smallint_fits(mpz_get_si(r))) {
        Value v = kr_from_smallint(mpz_get_si(r));
        mpz_clear(r);
        return v;
    }
    if (mpz_size(r) <= INLINE_LIMBS) {      /* one pointer-free block instead */
        Value v = kr_int_from_mpz(th, r);
        mpz_clear(r);
        return v;
    }
    BigInt *b = kr_gc_alloc(sizeof *b);
    if (!b) {
        mpz_clear(r);
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    b->hdr.type = &kr_int_type;
    b->z[0] = r[0];
    return kr_from_obj(b);
}

/* Big-int arithmetic: the operands are read in place (a small one through
 * a one-limb view) and the result's limbs move into the new int, so an
 * operation costs GMP's work and one allocation -- not three copies. */
static Value int_big(Thread *th, Value a, Value b, BinOp op)
{
    if (op == KR_OP_TRUEDIV)
        return int_truediv(th, a, b);
    if (op == KR_OP_POW)
        return int_pow(th, a, b);
    mpz_t va, vb, r;
    mp_limb_t la, lb;
    mpz_srcptr za = mpz_view(a, va, &la), zb = mpz_view(b, vb, &lb);
    mpz_init(r);
    Value result = KR_VALUE_NULL;
    switch (op) {
    case KR_OP_ADD: mpz_add(r, za, zb); break;
    case KR_OP_SUB: mpz_sub(r, za, zb); break;
    case KR_OP_MUL: mpz_mul(r, za, zb); break;
    case KR_OP_FLOORDIV:
    case KR_OP_MOD:
        if (mpz_sgn(zb) == 0) {
            zero_division(th, op == KR_OP_MOD ? "integer modulo by zero"
                                              : "integer division or modulo by zero");
            goto out;
        }
        if (op == KR_OP_FLOORDIV)
            mpz_fdiv_q(r, za, zb);
        else
            mpz_fdiv_r(r, za, zb);
        break;
    case KR_OP_AND: mpz_and(r, za, zb); break;
    case KR_OP_OR: mpz_ior(r, za, zb); break;
    case KR_OP_XOR: mpz_xor(r, za, zb); break;
    case KR_OP_LSHIFT:
    case KR_OP_RSHIFT:
        if (mpz_sgn(zb) < 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "negative shift count");
            goto out;
        }
        if (op == KR_OP_RSHIFT) {
            if (!mpz_fits_ulong_p(zb))
                mpz_set_si(r, mpz_sgn(za) < 0 ? -1 : 0);
            else
                mpz_fdiv_q_2exp(r, za, mpz_get_ui(zb));
        } else {
            if (mpz_sgn(za) == 0) {
                mpz_set_ui(r, 0);
                break;
            }
            if (!mpz_fits_ulong_p(zb) || mpz_get_ui(zb) + mpz_sizeinbase(za, 2) > MAX_BITS) {
                kr_err_set_string(th, &kr_exc_OverflowError, "too many digits in integer");
                goto out;
            }
            mpz_mul_2exp(r, za, mpz_get_ui(zb));
        }
        break;
    default:
        result = KR_NOTIMPL;
        goto out;
    }
    return int_take_mpz(th, r);
out:
    mpz_clear(r);
    return result;
}

/* Floor division and modulo of small ints, Python rounding. */
static inline int64_t floordiv64(int64_t x, int64_t y)
{
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0)))
        q--;
    return q;
}

static inline int64_t mod64(int64_t x, int64_t y)
{
    int64_t m = x % y;
    if (m != 0 && ((m < 0) != (y < 0)))
        m += y;
    return m;
}

/* v as an int64 when it is one: a small int, a bool, or a big int (or an
 * int subclass instance) whose value fits. */
static bool as_i64(Value v, int64_t *out)
{
    if (kr_is_smallint(v)) {
        *out = kr_as_smallint(v);
        return true;
    }
    if (kr_is_bool(v)) {
        *out = v == KR_TRUE;
        return true;
    }
    const BigInt *b = (const BigInt *)kr_as_obj(v);
    if (!mpz_fits_slong_p(b->z))
        return false;
    *out = mpz_get_si(b->z);
    return true;
}

/* x op y on int64 operands in 128 bits: true with *r exact, or false when
 * the op must go to GMP (a shift too long) or raises (*err set then). */
static bool binop_i64(Thread *th, int64_t x, int64_t y, BinOp op, __int128 *r, bool *err)
{
    switch (op) {
    case KR_OP_ADD: *r = (__int128)x + y; return true;
    case KR_OP_SUB: *r = (__int128)x - y; return true;
    case KR_OP_MUL: *r = (__int128)x * y; return true;
    case KR_OP_FLOORDIV:
    case KR_OP_MOD:
        if (y == 0) {
            zero_division(th, op == KR_OP_MOD ? "integer modulo by zero"
                                              : "integer division or modulo by zero");
            *err = true;
            return false;
        }
        if (y == -1)            /* (INT64_MIN // -1 overflows int64) */
            *r = op == KR_OP_FLOORDIV ? -(__int128)x : 0;
        else
            *r = op == KR_OP_FLOORDIV ? floordiv64(x, y) : mod64(x, y);
        return true;
    case KR_OP_AND: *r = x & y; return true;
    case KR_OP_OR: *r = x | y; return true;
    case KR_OP_XOR: *r = x ^ y; return true;
    case KR_OP_RSHIFT:
    case KR_OP_LSHIFT:
        if (y < 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "negative shift count");
            *err = true;
            return false;
        }
        if (op == KR_OP_RSHIFT) {
            *r = y >= 63 ? (x < 0 ? -1 : 0) : x >> y;
            return true;
        }
        if (x == 0 || y < 63) {     /* |x| < 2**63: the product fits 126 bits */
            *r = x == 0 ? 0 : (__int128)x * ((__int128)1 << y);
            return true;
        }
        return false;
    default:
        return false;
    }
}

/* ---- the 128-bit tier --------------------------------------------------------
 * Values of up to two limbs whose magnitude fits 127 bits (64-bit masks and
 * hashes, an LCG's product before its mask) are computed in __int128 with
 * overflow checks; only a result that overflows goes to GMP. */

typedef __int128 i128;
#define I128_MAX ((i128)(((unsigned __int128)1 << 127) - 1))
#define I128_MIN (-I128_MAX - 1)

static bool as_i128(Value v, i128 *out)
{
    int64_t x;
    if (as_i64(v, &x)) {
        *out = x;
        return true;
    }
    const BigInt *b = (const BigInt *)kr_as_obj(v);
    int size = b->z->_mp_size, n = size < 0 ? -size : size;
    if (n > 2)
        return false;
    unsigned __int128 mag = b->z->_mp_d[0];
    if (n == 2)
        mag |= (unsigned __int128)b->z->_mp_d[1] << 64;
    if (mag > (unsigned __int128)I128_MAX)
        return false;
    *out = size < 0 ? -(i128)mag : (i128)mag;
    return true;
}

/* x op y for __int128 operands: true with *r exact; false when it must go
 * to GMP (an overflow) or raises (*err set then). */
static bool binop_i128(Thread *th, i128 x, i128 y, BinOp op, i128 *r, bool *err)
{
    switch (op) {
    case KR_OP_ADD: return !__builtin_add_overflow(x, y, r);
    case KR_OP_SUB: return !__builtin_sub_overflow(x, y, r);
    case KR_OP_MUL: return !__builtin_mul_overflow(x, y, r);
    case KR_OP_FLOORDIV:
    case KR_OP_MOD: {
        if (y == 0) {
            zero_division(th, op == KR_OP_MOD ? "integer modulo by zero"
                                              : "integer division or modulo by zero");
            *err = true;
            return false;
        }
        if (y == -1) {
            if (op == KR_OP_MOD) {
                *r = 0;
                return true;
            }
            return !__builtin_sub_overflow((i128)0, x, r);
        }
        i128 q = x / y, m = x % y;
        if (m != 0 && (m < 0) != (y < 0)) {
            q--;
            m += y;
        }
        *r = op == KR_OP_FLOORDIV ? q : m;
        return true;
    }
    case KR_OP_AND: *r = x & y; return true;
    case KR_OP_OR: *r = x | y; return true;
    case KR_OP_XOR: *r = x ^ y; return true;
    case KR_OP_RSHIFT:
        if (y < 0)
            return false;               /* GMP's path raises the ValueError */
        *r = y >= 127 ? (x < 0 ? -1 : 0) : x >> y;
        return true;
    case KR_OP_LSHIFT:
        if (y < 0 || y >= 127)
            return x == 0 && y >= 0 ? (*r = 0, true) : false;
        return !__builtin_mul_overflow(x, (i128)1 << y, r);
    default:
        return false;
    }
}

/* An exact __int128 as an int: at most two inline limbs. */
static Value int_from_i128(Thread *th, i128 v)
{
    if (v >= INT64_MIN && v <= INT64_MAX)
        return kr_int_from_i64(th, (int64_t)v);
    unsigned __int128 mag = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
    int n = (mag >> 64) ? 2 : 1;
    BigInt *b = bigint_inline(th, v < 0 ? -n : n);
    if (!b)
        return KR_VALUE_NULL;
    b->z->_mp_d[0] = (mp_limb_t)mag;
    if (n == 2)
        b->z->_mp_d[1] = (mp_limb_t)(mag >> 64);
    return kr_from_obj(b);
}

/* Ints whose values fit in 64 bits (all small ints, and the big ints an
 * overflowing small op produces, such as an LCG's state * multiplier) are
 * computed in 128 bits; GMP only sees results past 64 bits. */
Value kr_int_binop(Thread *th, Value a, Value b, BinOp op)
{
    if (!is_intlike(a) || !is_intlike(b))
        return KR_NOTIMPL;
    if (op == KR_OP_MATMUL)
        return KR_NOTIMPL;
    int64_t x, y;
    bool err = false;
    if (as_i64(a, &x) && as_i64(b, &y)) {
        __int128 r;
        if (binop_i64(th, x, y, op, &r, &err))
            return int_from_i128(th, r);
        if (err)
            return KR_VALUE_NULL;
    } else if (op != KR_OP_TRUEDIV && op != KR_OP_POW) {
        i128 x2, y2, r;
        if (as_i128(a, &x2) && as_i128(b, &y2)) {
            if (binop_i128(th, x2, y2, op, &r, &err))
                return int_from_i128(th, r);
            if (err)
                return KR_VALUE_NULL;
        }
    }
    a = int_operand(a);
    b = int_operand(b);
    if (kr_is_bool(a))
        a = kr_from_smallint(a == KR_TRUE);
    if (kr_is_bool(b))
        b = kr_from_smallint(b == KR_TRUE);
    return int_big(th, a, b, op);
}

/* ---- dying temporaries ----------------------------------------------------
 * `q * j + r`: the product is a fresh BigInt that only the addition will
 * read.  A mark-sweep collector leaves its limbs allocated until the next
 * collection, where CPython's refcount frees them at once and reuses them
 * hot -- pidigits spent a third of its time allocating limbs.  The VM
 * (ops_arith.inc, "Dying temporaries") calls this when it knows an operand
 * (bit 1: a, bit 2: b) is such a value, that nothing else can reach: the
 * result is computed into that operand's own limbs when it owns them, and
 * whatever dies is given back (kr_gc_free).  Both operands are exact ints
 * (small or BigInt of type int). */
static bool owns_limbs(const BigInt *b) { return b->z->_mp_d != (const mp_limb_t *)(b + 1); }

static void bigint_free(Value v)
{
    BigInt *b = (BigInt *)kr_as_obj(v);
    if (owns_limbs(b))
        kr_gc_free(b->z->_mp_d);
    kr_gc_free(b);
}

static void free_dying(Value a, Value b, unsigned dying, Value keep)
{
    if ((dying & 1) && a != keep)
        bigint_free(a);
    if ((dying & 2) && b != keep)
        bigint_free(b);
}

Value kr_int_binop_temps(Thread *th, Value a, Value b, BinOp op, unsigned dying)
{
    if (a == b || !kr_is_obj(a))
        dying &= ~1u;
    if (a == b || !kr_is_obj(b))
        dying &= ~2u;
    BigInt *t = NULL;           /* the operand the result is computed into */
    if ((dying & 1) && owns_limbs((BigInt *)kr_as_obj(a)))
        t = (BigInt *)kr_as_obj(a);
    else if ((dying & 2) && owns_limbs((BigInt *)kr_as_obj(b)))
        t = (BigInt *)kr_as_obj(b);
    mpz_t va, vb;
    mp_limb_t la, lb;
    mpz_srcptr za = mpz_view(a, va, &la), zb = mpz_view(b, vb, &lb);
    if (t && (op == KR_OP_FLOORDIV || op == KR_OP_MOD) && mpz_sgn(zb) == 0)
        t = NULL;               /* kr_int_binop raises */
    switch (t ? op : KR_BINOP_COUNT) {
    case KR_OP_ADD: mpz_add(t->z, za, zb); break;
    case KR_OP_SUB: mpz_sub(t->z, za, zb); break;
    case KR_OP_MUL: mpz_mul(t->z, za, zb); break;
    case KR_OP_FLOORDIV: mpz_fdiv_q(t->z, za, zb); break;
    case KR_OP_MOD: mpz_fdiv_r(t->z, za, zb); break;
    case KR_OP_AND: mpz_and(t->z, za, zb); break;
    case KR_OP_OR: mpz_ior(t->z, za, zb); break;
    case KR_OP_XOR: mpz_xor(t->z, za, zb); break;
    default: {
        Value r = kr_int_binop(th, a, b, op);
        if (r && r != KR_NOTIMPL)
            free_dying(a, b, dying, KR_VALUE_NULL);
        return r;
    }
    }
    Value r = kr_from_obj(t);
    if (mpz_size(t->z) <= INLINE_LIMBS) {   /* small or inline: a new value */
        r = kr_int_from_mpz(th, t->z);
        if (!r)
            return KR_VALUE_NULL;
    }
    free_dying(a, b, dying, r);
    return r;
}

Value kr_int_add_slow(Thread *th, Value a, Value b) { return kr_object_binop(th, a, b, KR_OP_ADD); }
Value kr_int_sub_slow(Thread *th, Value a, Value b) { return kr_object_binop(th, a, b, KR_OP_SUB); }

static int int_cmp(Value a, Value b)
{
    a = int_operand(a);
    b = int_operand(b);
    if (kr_is_bool(a))
        a = kr_from_smallint(a == KR_TRUE);
    if (kr_is_bool(b))
        b = kr_from_smallint(b == KR_TRUE);
    if (kr_is_smallint(a) && kr_is_smallint(b)) {
        int64_t x = kr_as_smallint(a), y = kr_as_smallint(b);
        return (x > y) - (x < y);
    }
    if (kr_is_smallint(a))
        return -mpz_sgn(((BigInt *)kr_as_obj(b))->z);    /* |big| > any small */
    if (kr_is_smallint(b))
        return mpz_sgn(((BigInt *)kr_as_obj(a))->z);
    int c = mpz_cmp(((BigInt *)kr_as_obj(a))->z, ((BigInt *)kr_as_obj(b))->z);
    return (c > 0) - (c < 0);
}

static Value cmp_result(int c, int op)
{
    return kr_from_bool(kr_cmp_i64(c, 0, op));
}

Value kr_int_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!is_intlike(a) || !is_intlike(b))
        return KR_NOTIMPL;
    return cmp_result(int_cmp(a, b), op);
}

/* ---- slots ------------------------------------------------------------------ */

#define INT_BINOP(name, op) \
    static Value int_##name(Thread *th, Value a, Value b) { return kr_int_binop(th, a, b, op); }
INT_BINOP(add, KR_OP_ADD)
INT_BINOP(sub, KR_OP_SUB)
INT_BINOP(mul, KR_OP_MUL)
INT_BINOP(truediv_slot, KR_OP_TRUEDIV)
INT_BINOP(floordiv, KR_OP_FLOORDIV)
INT_BINOP(mod, KR_OP_MOD)
INT_BINOP(pow_slot, KR_OP_POW)
INT_BINOP(lshift, KR_OP_LSHIFT)
INT_BINOP(rshift, KR_OP_RSHIFT)
INT_BINOP(and_, KR_OP_AND)
INT_BINOP(or_, KR_OP_OR)
INT_BINOP(xor_, KR_OP_XOR)

static Value int_neg(Thread *th, Value a)
{
    if (kr_is_smallint(a))
        return kr_int_from_i64(th, -kr_as_smallint(a));
    return kr_int_binop(th, kr_from_smallint(0), a, KR_OP_SUB);
}

static Value int_pos(Thread *th, Value a)
{
    return kr_is_bool(a) ? kr_from_smallint(a == KR_TRUE) : int_exact(th, a);
}

static Value int_abs(Thread *th, Value a)
{
    return kr_int_sign(a) < 0 ? int_neg(th, a) : int_pos(th, a);
}

static Value int_invert(Thread *th, Value a)
{
    /* ~x == -(x+1) */
    if (kr_is_smallint(a))
        return kr_int_from_i64(th, ~kr_as_smallint(a));
    if (kr_is_bool(a))
        return kr_from_smallint(a == KR_TRUE ? -2 : -1);
    mpz_t z;
    mpz_init(z);
    mpz_com(z, ((BigInt *)kr_as_obj(a))->z);
    Value r = kr_int_from_mpz(th, z);
    mpz_clear(z);
    return r;
}

static int int_hash_slot(Thread *th, Value v, int64_t *h)
{
    *h = kr_int_hash(v);
    return 0;
}

static int int_bool(Thread *th, Value v) { return kr_int_sign(v) != 0; }

static Value int_float(Thread *th, Value v)
{
    bool overflow;
    double d = kr_int_to_double(v, &overflow);
    if (overflow) {
        kr_err_set_string(th, &kr_exc_OverflowError, "int too large to convert to float");
        return KR_VALUE_NULL;
    }
    return kr_float_new(th, d);
}

static Value int_index(Thread *th, Value v) { return int_pos(th, v); }

/* int(b'12', base): the bytes are the digits (ASCII only). */
static Value int_from_bytes_text(Thread *th, Value x, int base)
{
    const unsigned char *data;
    int64_t len;
    if (kr_bytes_view(th, x, &data, &len) < 0)
        return KR_VALUE_NULL;
    Value r = parse_int(th, (const char *)data, (size_t)len, base);
    if (!r && !kr_err_occurred(th)) {
        Str *rep = kr_bytes_repr(th, data, len);
        if (rep)
            kr_err_format(th, &kr_exc_ValueError, "invalid literal for int() with base %d: %U",
                          base, rep);
    }
    return r;
}

Value kr_int_exact_result(Thread *th, Value r, const char *dunder)
{
    if (!r || kr_is_smallint(r) || (kr_is_obj(r) && kr_as_obj(r)->type == &kr_int_type))
        return r;
    char msg[300];
    snprintf(msg, sizeof msg, "%s returned non-int (type %s).  The ability to return an instance "
             "of a strict subclass of int is deprecated, and may be removed in a future version "
             "of Python.", dunder, kr_type_name(r));
    if (kr_mod_warn(th, &kr_exc_DeprecationWarning, msg) < 0)
        return KR_VALUE_NULL;
    return int_pos(th, r);
}

/* int(x) for anything but an exact int, a str and a float, in CPython's
 * PyNumber_Long order: __int__, __index__, __trunc__ (deprecated), then
 * the text of a buffer. */
static Value int_from_other(Thread *th, Value x)
{
    Type *xt = kr_type_of(x);
    Str *iname = KR_NAME(th, __int__);
    /* an int subclass that keeps int's __int__ is its value */
    if (kr_is_int(x) && kr_type_lookup(xt, iname) == kr_type_lookup(&kr_int_type, iname))
        return int_pos(th, x);
    if (xt->int_)
        return kr_int_exact_result(th, xt->int_(th, x), "__int__");
    if (xt->index)
        return kr_int_exact_result(th, kr_object_index(th, x), "__index__");
    Str *tname = kr_str_intern_cstr(th, "__trunc__");
    if (!tname)
        return KR_VALUE_NULL;
    if (kr_type_lookup(xt, tname)) {
        if (kr_mod_warn(th, &kr_exc_DeprecationWarning,
                        "The delegation of int() to __trunc__ is deprecated.") < 0)
            return KR_VALUE_NULL;
        Value f = kr_object_getattr(th, x, tname);
        Value r = f ? kr_object_call(th, f, NULL, 0, NULL) : KR_VALUE_NULL;
        if (!r || kr_is_int(r))
            return r ? int_pos(th, r) : r;
        if (!kr_type_of(r)->index)
            return kr_err_type_error(th, "__trunc__ returned non-Integral (type %s)", kr_type_name(r));
        Value k = kr_object_index(th, r);
        return k ? int_pos(th, k) : k;
    }
    if (kr_bytes_like(x) || kr_buffer_check(x))
        return int_from_bytes_text(th, x, 10);
    kr_err_format(th, &kr_exc_TypeError,
                  "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                  xt->name);
    return KR_VALUE_NULL;
}

/* int.__new__(I, ...) for a subclass I: the exact value, boxed in a
 * BigInt-shaped instance of I (object.c, instance storage). */
static Value int_new_sub(Thread *th, Type *t, Value v)
{
    if (!v)
        return KR_VALUE_NULL;
    BigInt *b = (BigInt *)kr_object_alloc_sub(th, t, 0);
    if (!b)
        return KR_VALUE_NULL;
    mpz_init(b->z);
    kr_int_to_mpz(v, b->z);
    return kr_from_obj(b);
}

static Value int_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (t != &kr_int_type)
        return int_new_sub(th, t, int_new(th, &kr_int_type, args, nargs, kwnames));
    Value argv[2];
    if (kwnames && kwnames->size) {
        /* int(x, base=b): the keyword becomes the second positional. */
        static const char *const names[] = {"", "base", NULL};
        static const ArgSpec spec = {"int", names, 1, 2, 0};
        argv[0] = argv[1] = KR_VALUE_NULL;
        if (kr_argparse(th, &spec, args, nargs, kwnames, argv) < 0)
            return KR_VALUE_NULL;
        if (!argv[0])
            return kr_err_type_error(th, "int() missing string argument");
        args = argv;
        nargs = 2;
    }
    if (nargs > 2) {
        kr_err_format(th, &kr_exc_TypeError, "int() takes at most 2 arguments (%zu given)", nargs);
        return KR_VALUE_NULL;
    }
    if (nargs == 0)
        return kr_from_smallint(0);
    Value x = args[0];
    if (nargs == 2) {
        /* any __index__ object; a huge one is just out of range */
        if (!is_intlike(args[1]) && !kr_type_of(args[1])->index)
            return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer",
                                     kr_type_name(args[1]));
        Value bv = kr_object_index(th, args[1]);
        if (!bv)
            return KR_VALUE_NULL;
        int64_t base = kr_is_bool(bv) ? bv == KR_TRUE : kr_is_smallint(bv) ? kr_as_smallint(bv) : -1;
        if (base != 0 && (base < 2 || base > 36)) {
            kr_err_set_string(th, &kr_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
            return KR_VALUE_NULL;
        }
        if (kr_bytes_like(x))
            return int_from_bytes_text(th, x, (int)base);
        if (!kr_str_check(x))
            return kr_err_type_error(th, "int() can't convert non-string with explicit base");
        size_t len;
        const char *s = kr_str_decimal_ascii(th, kr_as_str(x), &len);
        if (!s)
            return KR_VALUE_NULL;
        Value r = parse_int(th, s, len, (int)base);
        if (!r && !kr_err_occurred(th)) {
            Str *rep = kr_str_repr(th, kr_as_str(x));
            if (rep)
                kr_err_format(th, &kr_exc_ValueError, "invalid literal for int() with base %d: %U",
                              (int)base, rep);
        }
        return r;
    }
    if (kr_is_smallint(x) || kr_is_bool(x) || kr_type_of(x) == &kr_int_type)
        return int_pos(th, x);
    if (kr_is_float(x)) {
        double d = kr_float_value(x);
        if (isnan(d)) {
            kr_err_set_string(th, &kr_exc_ValueError, "cannot convert float NaN to integer");
            return KR_VALUE_NULL;
        }
        if (isinf(d)) {
            kr_err_set_string(th, &kr_exc_OverflowError,
                              "cannot convert float infinity to integer");
            return KR_VALUE_NULL;
        }
        d = trunc(d);
        if (fabs(d) < 9e18)     /* an int64; boxed past the small-int range */
            return kr_int_from_i64(th, (int64_t)d);
        mpz_t z;
        mpz_init_set_d(z, d);
        Value r = kr_int_from_mpz(th, z);
        mpz_clear(z);
        return r;
    }
    if (kr_str_check(x)) {
        size_t len;
        const char *s = kr_str_decimal_ascii(th, kr_as_str(x), &len);
        if (!s)
            return KR_VALUE_NULL;
        Value r = parse_int(th, s, len, 10);
        if (!r && !kr_err_occurred(th)) {
            Str *rep = kr_str_repr(th, kr_as_str(x));
            if (rep)
                kr_err_format(th, &kr_exc_ValueError,
                              "invalid literal for int() with base 10: %U", rep);
        }
        return r;
    }
    return int_from_other(th, x);
}

static Value int_bit_length(Thread *th, Value self, const Value *args, size_t nargs,
                            Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "int.bit_length", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Value v = args[0];
    if (kr_is_bigint(v))
        return kr_from_smallint((int64_t)mpz_sizeinbase(((BigInt *)kr_as_obj(v))->z, 2));
    int64_t i = kr_is_bool(v) ? v == KR_TRUE : kr_as_smallint(v);
    uint64_t u = i < 0 ? (uint64_t)-i : (uint64_t)i;
    return kr_from_smallint(u ? 64 - __builtin_clzll(u) : 0);
}

static Value int_format_method(Thread *th, Value self, const Value *args, size_t nargs,
                               Tuple *kwnames)
{
    if (kr_argparse_one(th, "int.__format__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "__format__() argument must be str, not %s",
                                 kr_arg_type_name(args[1]));
    return kr_int_format_spec(th, args[0], args[1]);
}

/* ---- methods beyond the slots (int.to_bytes, __round__, ...) ------------- */

#define METHOD(name) \
    static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kwnames)

static Value index_i64(Thread *th, Value v, int64_t *out)
{
    Value i = kr_object_index(th, v);
    if (!i || kr_int_as_i64(th, i, out) < 0)
        return KR_VALUE_NULL;
    return i;
}

/* byteorder= of to_bytes/from_bytes: 1 little, 0 big, -1 error. */
static int byteorder_little(Thread *th, const char *fname, Value v)
{
    if (!kr_str_check(v)) {
        kr_err_format(th, &kr_exc_TypeError, "%s() argument 'byteorder' must be str, not %s",
                      fname, kr_type_name(v));
        return -1;
    }
    Str *s = kr_as_str(v);
    if (s->len == 6 && memcmp(s->data, "little", 6) == 0 && s->kind == 1)
        return 1;
    if (s->len == 3 && memcmp(s->data, "big", 3) == 0 && s->kind == 1)
        return 0;
    kr_err_set_string(th, &kr_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* to_bytes(length=1, byteorder='big', *, signed=False): two's complement
 * when signed, computed on the magnitude with GMP's mpz_export. */
METHOD(int_to_bytes)
{
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    static const ArgSpec spec = {"to_bytes", names, 0, 2, 0};
    Value a[3] = {kr_from_smallint(1), KR_VALUE_NULL, KR_FALSE};
    if (kr_argparse(th, &spec, args + 1, nargs - 1, kwnames, a) < 0)
        return KR_VALUE_NULL;
    int64_t len;
    if (!index_i64(th, a[0], &len))
        return KR_VALUE_NULL;
    if (len < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "length argument must be non-negative");
        return KR_VALUE_NULL;
    }
    int little = a[1] ? byteorder_little(th, "to_bytes", a[1]) : 0;
    int is_signed = little < 0 ? -1 : kr_object_truth(th, a[2]);
    if (little < 0 || is_signed < 0)
        return KR_VALUE_NULL;
    mpz_t z;
    mpz_init(z);
    kr_int_to_mpz(args[0], z);
    if (mpz_sgn(z) < 0 && !is_signed) {
        mpz_clear(z);
        kr_err_set_string(th, &kr_exc_OverflowError, "can't convert negative int to unsigned");
        return KR_VALUE_NULL;
    }
    /* In range: unsigned 0 <= z < 2**(8 len); signed -2**(8 len - 1) <= z
     * < 2**(8 len - 1), i.e. z (or ~z for negatives) fits in 8 len - 1 bits. */
    uint64_t avail = (uint64_t)len * 8;
    mpz_t m;
    mpz_init(m);
    if (mpz_sgn(z) < 0)
        mpz_com(m, z);           /* -z - 1 >= 0 */
    else
        mpz_set(m, z);
    uint64_t need = mpz_sgn(m) ? mpz_sizeinbase(m, 2) + (is_signed ? 1 : 0) : 0;
    mpz_clear(m);
    if (need > avail) {
        mpz_clear(z);
        kr_err_set_string(th, &kr_exc_OverflowError, "int too big to convert");
        return KR_VALUE_NULL;
    }
    if (mpz_sgn(z) < 0) {        /* two's complement in len bytes: z + 2**avail */
        mpz_t p;
        mpz_init(p);
        mpz_setbit(p, (mp_bitcnt_t)avail);
        mpz_add(z, z, p);
        mpz_clear(p);
    }
    Bytes *b = kr_bytes_alloc(th, len);
    if (!b) {
        mpz_clear(z);
        return KR_VALUE_NULL;
    }
    memset(b->data, 0, (size_t)len);
    size_t count = 0, nbytes = mpz_sgn(z) ? (mpz_sizeinbase(z, 2) + 7) / 8 : 0;
    if (nbytes)
        mpz_export(b->data + (little ? 0 : (size_t)len - nbytes), &count, little ? -1 : 1, 1, 0,
                   0, z);
    mpz_clear(z);
    return kr_from_obj(b);
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod:
 * for a subclass the result goes through the subclass's constructor. */
METHOD(int_from_bytes)
{
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    static const ArgSpec spec = {"from_bytes", names, 0, 2, 1};
    Value a[3] = {KR_VALUE_NULL, KR_VALUE_NULL, KR_FALSE};
    if (kr_argparse(th, &spec, args + 1, nargs - 1, kwnames, a) < 0)
        return KR_VALUE_NULL;
    int little = a[1] ? byteorder_little(th, "from_bytes", a[1]) : 0;
    int is_signed = little < 0 ? -1 : kr_object_truth(th, a[2]);
    if (little < 0 || is_signed < 0)
        return KR_VALUE_NULL;
    Value src = a[0];
    if (!kr_bytes_like(src)) {
        /* PyObject_Bytes: __bytes__, else PyBytes_FromObject -- a buffer or
         * any iterable of ints but a str */
        Type *st = kr_type_of(src);
        Str *bname = kr_str_intern_cstr(th, "__bytes__");
        Value conv = bname ? kr_type_lookup(st, bname) : KR_VALUE_NULL;
        if (conv) {
            src = kr_vm_call_method(th, conv, src, NULL, 0, NULL);
            if (src && !kr_bytes_check(src))
                return kr_err_type_error(th, "__bytes__ returned non-bytes (type %s)",
                                         kr_type_name(src));
        } else if (kr_buffer_check(src)) {
            src = kr_bytes_coerce(th, src);
        } else {
            if (kr_str_check(src) || !st->iter)
                return kr_err_type_error(th, "cannot convert '%s' object to bytes", st->name);
            src = kr_bytes_from_iterable(th, src);
        }
        if (!src)
            return KR_VALUE_NULL;
    }
    const unsigned char *data;
    int64_t len;
    if (kr_bytes_view(th, src, &data, &len) < 0)
        return KR_VALUE_NULL;
    mpz_t z;
    mpz_init(z);
    if (len)
        mpz_import(z, (size_t)len, little ? -1 : 1, 1, 0, 0, data);
    if (is_signed && len && (data[little ? len - 1 : 0] & 0x80)) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, (mp_bitcnt_t)len * 8);
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    Value r = kr_int_from_mpz(th, z);
    mpz_clear(z);
    Value cls = args[0];
    if (!r || cls == kr_from_obj(&kr_int_type))
        return r;
    return kr_object_call(th, cls, &r, 1, NULL);
}

METHOD(int_bit_count)
{
    if (kr_argparse_noargs(th, "int.bit_count", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    mpz_t z;
    mpz_init(z);
    kr_int_to_mpz(args[0], z);
    mpz_abs(z, z);
    Value r = kr_int_from_i64(th, (int64_t)mpz_popcount(z));
    mpz_clear(z);
    return r;
}

METHOD(int_as_integer_ratio)
{
    if (kr_argparse_noargs(th, "int.as_integer_ratio", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Value items[2] = {int_pos(th, args[0]), kr_from_smallint(1)};
    Tuple *t = items[0] ? kr_tuple_from_array(th, items, 2) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* conjugate, __trunc__, __floor__, __ceil__ and __index__-like methods all
 * return self as an exact int. */
static Value int_self_method(Thread *th, const char *name, const Value *args, size_t nargs,
                             Tuple *kwnames)
{
    if (kr_argparse_noargs(th, name, nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return int_pos(th, args[0]);
}

METHOD(int_conjugate) { return int_self_method(th, "int.conjugate", args, nargs, kwnames); }
METHOD(int_trunc) { return int_self_method(th, "int.__trunc__", args, nargs, kwnames); }
METHOD(int_floor) { return int_self_method(th, "int.__floor__", args, nargs, kwnames); }
METHOD(int_ceil) { return int_self_method(th, "int.__ceil__", args, nargs, kwnames); }

METHOD(int_getnewargs)
{
    if (kr_argparse_noargs(th, "int.__getnewargs__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Value v = int_pos(th, args[0]);
    Tuple *t = v ? kr_tuple_from_array(th, &v, 1) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* __round__(ndigits=None): a negative ndigits rounds to a multiple of
 * 10**-ndigits, half to even; anything else returns self unchanged. */
METHOD(int_round)
{
    if (kr_argparse_pos(th, "int.__round__", nargs - 1, 0, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (nargs == 1)
        return int_pos(th, args[0]);
    Value nd = kr_object_index(th, args[1]);
    if (!nd)
        return KR_VALUE_NULL;
    if (kr_int_sign(nd) >= 0)
        return int_pos(th, args[0]);
    mpz_t z, p, q, r, e;
    mpz_inits(z, p, q, r, e, NULL);
    kr_int_to_mpz(nd, e);
    mpz_neg(e, e);
    kr_int_to_mpz(args[0], z);
    /* |x| < 10**k for k beyond the digits of x: the result is 0. */
    if (mpz_cmp_ui(e, mpz_sizeinbase(z, 10) + 1) > 0) {
        mpz_clears(z, p, q, r, e, NULL);
        return kr_from_smallint(0);
    }
    mpz_ui_pow_ui(p, 10, mpz_get_ui(e));
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    Value res = kr_int_from_mpz(th, q);
    mpz_clears(z, p, q, r, e, NULL);
    return res;
}

/* __divmod__ / __rdivmod__: (a // b, a % b), NotImplemented for non-ints
 * (divmod() itself is in builtins.c). */
static Value int_divmod_pair(Thread *th, Value a, Value b)
{
    if (!is_intlike(a) || !is_intlike(b))
        return KR_NOTIMPL;
    Value items[2] = {kr_int_binop(th, a, b, KR_OP_FLOORDIV), KR_VALUE_NULL};
    if (!items[0] || !(items[1] = kr_int_binop(th, a, b, KR_OP_MOD)))
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_from_array(th, items, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

METHOD(int_divmod_m)
{
    if (kr_slotwrap_check_one(th, "__divmod__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return int_divmod_pair(th, args[0], args[1]);
}

METHOD(int_rdivmod_m)
{
    if (kr_slotwrap_check_one(th, "__rdivmod__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return int_divmod_pair(th, args[1], args[0]);
}

METHOD(int_sizeof)
{
    if (kr_argparse_noargs(th, "int.__sizeof__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    /* CPython's layout: 24-byte header plus 4 bytes per 30-bit digit, and
     * one digit for zero too (3.11). */
    mpz_t z;
    mpz_init(z);
    kr_int_to_mpz(args[0], z);
    size_t bits = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 1;
    mpz_clear(z);
    size_t digits = (bits + 29) / 30;
    return kr_int_from_i64(th, (int64_t)(24 + 4 * (digits ? digits : 1)));
}

static const MethodDef int_methods[] = {
    {"bit_length", int_bit_length, "($self, /)",
    "Number of bits necessary to represent self in binary.\n"
    "\n"
    ">>> bin(37)\n"
    "'0b100101'\n"
    ">>> (37).bit_length()\n"
    "6", 0},
    {"__format__", int_format_method, "($self, format_spec, /)", NULL, 0},
    {"to_bytes", int_to_bytes, "($self, /, length=1, byteorder='big', *, signed=False)", NULL, 0},
    {"from_bytes", int_from_bytes, "($type, /, bytes, byteorder='big', *, signed=False)", NULL,
     KR_METH_CLASS},
    {"bit_count", int_bit_count, "($self, /)",
    "Number of ones in the binary representation of the absolute value of self.\n"
    "\n"
    "Also known as the population count.\n"
    "\n"
    ">>> bin(13)\n"
    "'0b1101'\n"
    ">>> (13).bit_count()\n"
    "3", 0},
    {"as_integer_ratio", int_as_integer_ratio, "($self, /)",
    "Return integer ratio.\n"
    "\n"
    "Return a pair of integers, whose ratio is exactly equal to the original int\n"
    "and with a positive denominator.\n"
    "\n"
    ">>> (10).as_integer_ratio()\n"
    "(10, 1)\n"
    ">>> (-10).as_integer_ratio()\n"
    "(-10, 1)\n"
    ">>> (0).as_integer_ratio()\n"
    "(0, 1)", 0},
    {"conjugate", int_conjugate, NULL, NULL, 0},
    {"__trunc__", int_trunc, NULL, NULL, 0},
    {"__floor__", int_floor, NULL, NULL, 0},
    {"__ceil__", int_ceil, NULL, NULL, 0},
    {"__round__", int_round, NULL, NULL, 0},
    {"__getnewargs__", int_getnewargs, "($self, /)", NULL, 0},
    {"__sizeof__", int_sizeof, "($self, /)", NULL, 0},
    {"__divmod__", int_divmod_m, "($self, value, /)", NULL, KR_METH_SLOT},
    {"__rdivmod__", int_rdivmod_m, "($self, value, /)", NULL, KR_METH_SLOT},
    {0},
};

static Value int_self(Thread *th, Value v) { return int_pos(th, v); }
static Value int_zero(Thread *th, Value v) { return kr_from_smallint(0); }
static Value int_one(Thread *th, Value v) { return kr_from_smallint(1); }

static const MemberDef int_members[] = {
    {"real", 0, int_self, NULL, "the real part of a complex number", 0},
    {"imag", 0, int_zero, NULL, "the imaginary part of a complex number", 0},
    {"numerator", 0, int_self, NULL, NULL, 0},
    {"denominator", 0, int_one, NULL, NULL, 0},
    {0},
};

Type kr_int_type = {
    .hdr = {&kr_type_type},
    .name = "int",
    .doc = "int([x]) -> integer\n"
    "int(x, base=10) -> integer\n"
    "\n"
    "Convert a number or string to an integer, or return 0 if no arguments\n"
    "are given.  If x is a number, return x.__int__().  For floating point\n"
    "numbers, this truncates towards zero.\n"
    "\n"
    "If x is not a number or if base is given, then x must be a string,\n"
    "bytes, or bytearray instance representing an integer literal in the\n"
    "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
    "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
    "Base 0 means to interpret the base from the string as an integer literal.\n"
    ">>> int('0b100', base=0)\n"
    "4",
    .size = sizeof(BigInt),
    .flags = KR_TYPE_IMMUTABLE | KR_TYPE_INT_SUBCLASS | KR_TYPE_BASETYPE,
    .new_ = int_new,
    .repr = kr_int_repr,
    .hash = int_hash_slot,
    .richcompare = kr_int_richcompare,
    .bool_ = int_bool,
    .binop = {
        [KR_OP_ADD] = int_add, [KR_OP_SUB] = int_sub, [KR_OP_MUL] = int_mul,
        [KR_OP_TRUEDIV] = int_truediv_slot, [KR_OP_FLOORDIV] = int_floordiv,
        [KR_OP_MOD] = int_mod, [KR_OP_POW] = int_pow_slot, [KR_OP_LSHIFT] = int_lshift,
        [KR_OP_RSHIFT] = int_rshift, [KR_OP_AND] = int_and_, [KR_OP_OR] = int_or_,
        [KR_OP_XOR] = int_xor_,
    },
    .neg = int_neg,
    .pos = int_pos,
    .abs = int_abs,
    .invert = int_invert,
    .index = int_index,
    .int_ = int_pos,
    .float_ = int_float,
    .methods = int_methods,
    .members = int_members,
};
