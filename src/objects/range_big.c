/*
 * range_big.c -- ranges whose bounds or length do not fit in int64
 * (range(10**20), range(2**64, 2**64 + 10)).
 *
 * range.c keeps the int64 representation for everything else, since the
 * VM's FOR_ITER reads its iterator directly.  A big range carries its
 * start, stop, step and length as Python ints in Range.big and computes
 * with the generic int operations: these ranges are rare, so clarity wins
 * over speed.  Iterating one gives a `longrange_iterator`, as in CPython.
 */
#include "objects/range.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/seq.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

enum { B_START, B_STOP, B_STEP, B_LEN };

static Value binop(Thread *th, Value a, Value b, BinOp op)
{
    return a && b ? kr_int_binop(th, a, b, op) : KR_VALUE_NULL;
}

static int cmp(Value a, Value b)
{
    mpz_t x, y;
    mpz_inits(x, y, NULL);
    kr_int_to_mpz(a, x);
    kr_int_to_mpz(b, y);
    int c = mpz_cmp(x, y);
    mpz_clears(x, y, NULL);
    return (c > 0) - (c < 0);
}

/* An exact int from any int-like (bools and int subclasses included). */
Value kr_range_plain_int(Thread *th, Value v)
{
    if (kr_is_smallint(v) || kr_is_bigint(v))
        return v;
    mpz_t z;
    mpz_init(z);
    kr_int_to_mpz(v, z);
    Value r = kr_int_from_mpz(th, z);
    mpz_clear(z);
    return r;
}

static bool fits64(Value v, int64_t *out)
{
    if (kr_is_smallint(v)) {
        *out = kr_as_smallint(v);
        return true;
    }
    mpz_t z;
    mpz_init(z);
    kr_int_to_mpz(v, z);
    bool ok = mpz_fits_slong_p(z);
    if (ok)
        *out = mpz_get_si(z);
    mpz_clear(z);
    return ok;
}

/* max(0, ceil((stop - start) / step)), CPython's compute_range_length. */
static Value length_of(Thread *th, Value start, Value stop, Value step)
{
    Value zero = kr_from_smallint(0);
    bool up = kr_int_sign(step) > 0;
    if (up ? cmp(start, stop) >= 0 : cmp(start, stop) <= 0)
        return zero;
    /* (stop - start - 1) // step + 1 going up; (start - stop - 1) // -step + 1 down */
    Value diff = up ? binop(th, stop, start, KR_OP_SUB) : binop(th, start, stop, KR_OP_SUB);
    Value span = binop(th, diff, kr_from_smallint(1), KR_OP_SUB);
    Value absstep = up ? step : binop(th, zero, step, KR_OP_SUB);
    return binop(th, binop(th, span, absstep, KR_OP_FLOORDIV), kr_from_smallint(1), KR_OP_ADD);
}

Value kr_range_make(Thread *th, Value start, Value stop, Value step)
{
    Value len = length_of(th, start, stop, step);
    if (!len)
        return KR_VALUE_NULL;
    Range *r = kr_gc_alloc(sizeof *r);
    if (!r) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    r->hdr.type = &kr_range_type;
    int64_t v[4];
    /* int64 bounds whose length and end points stay well inside int64 */
    if (fits64(start, &v[0]) && fits64(stop, &v[1]) && fits64(step, &v[2]) &&
        fits64(len, &v[3]) && v[3] < ((int64_t)1 << 62) && v[0] > -((int64_t)1 << 62) &&
        v[0] < ((int64_t)1 << 62) && v[1] > -((int64_t)1 << 62) && v[1] < ((int64_t)1 << 62) &&
        v[2] > -((int64_t)1 << 62) && v[2] < ((int64_t)1 << 62)) {
        r->start = v[0];
        r->stop = v[1];
        r->step = v[2];
        r->len = v[3];
        return kr_from_obj(r);
    }
    Value items[4] = {start, stop, step, len};
    r->big = kr_tuple_from_array(th, items, 4);
    return r->big ? kr_from_obj(r) : KR_VALUE_NULL;
}

Value kr_range_field(Thread *th, const Range *r, int which)
{
    if (r->big)
        return r->big->items[which];
    int64_t v = which == B_START ? r->start : which == B_STOP ? r->stop
              : which == B_STEP ? r->step : r->len;
    return kr_int_from_i64(th, v);
}

int kr_range_big_len(Thread *th, const Range *r, int64_t *n)
{
    if (!fits64(r->big->items[B_LEN], n)) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

/* r[i] for an int i. */
Value kr_range_big_item(Thread *th, const Range *r, Value i)
{
    Value len = r->big->items[B_LEN];
    if (kr_int_sign(i) < 0)
        i = binop(th, i, len, KR_OP_ADD);
    if (!i)
        return KR_VALUE_NULL;
    if (kr_int_sign(i) < 0 || cmp(i, len) >= 0) {
        kr_err_set_string(th, &kr_exc_IndexError, "range object index out of range");
        return KR_VALUE_NULL;
    }
    return binop(th, r->big->items[B_START], binop(th, i, r->big->items[B_STEP], KR_OP_MUL),
                 KR_OP_ADD);
}

/* A slice bound over length len (CPython's _PySlice_GetLongIndices). */
static Value slice_bound(Thread *th, Value v, Value dflt, Value lower, Value upper, Value len)
{
    if (v == KR_NONE)
        return dflt;
    Value i = kr_object_index(th, v);
    if (!i)
        return KR_VALUE_NULL;
    if (kr_int_sign(i) < 0) {
        i = binop(th, i, len, KR_OP_ADD);
        return i && cmp(i, lower) < 0 ? lower : i;
    }
    return cmp(i, upper) > 0 ? upper : i;
}

Value kr_range_slice(Thread *th, const Range *r, Value slice)
{
    Slice *s = (Slice *)kr_as_obj(slice);
    Value step = KR_NONE == s->step ? kr_from_smallint(1) : kr_object_index(th, s->step);
    if (!step)
        return KR_VALUE_NULL;
    if (kr_int_sign(step) == 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "slice step cannot be zero");
        return KR_VALUE_NULL;
    }
    Value len = kr_range_field(th, r, B_LEN);
    bool down = kr_int_sign(step) < 0;
    Value lower = down ? kr_from_smallint(-1) : kr_from_smallint(0);
    Value upper = down ? binop(th, len, kr_from_smallint(1), KR_OP_SUB) : len;
    if (!upper)
        return KR_VALUE_NULL;
    Value start = slice_bound(th, s->start, down ? upper : lower, lower, upper, len);
    Value stop = start ? slice_bound(th, s->stop, down ? lower : upper, lower, upper, len)
                       : KR_VALUE_NULL;
    Value rstart = kr_range_field(th, r, B_START), rstep = kr_range_field(th, r, B_STEP);
    Value nstart = binop(th, rstart, binop(th, start, rstep, KR_OP_MUL), KR_OP_ADD);
    Value nstop = binop(th, rstart, binop(th, stop, rstep, KR_OP_MUL), KR_OP_ADD);
    Value nstep = binop(th, rstep, step, KR_OP_MUL);
    return nstart && nstop && nstep ? kr_range_make(th, nstart, nstop, nstep) : KR_VALUE_NULL;
}

/* x in r for an int x: within the bounds and on the step. */
int kr_range_contains_int(Thread *th, const Range *r, Value x)
{
    Value start = kr_range_field(th, r, B_START), stop = kr_range_field(th, r, B_STOP);
    Value step = kr_range_field(th, r, B_STEP);
    if (!start || !stop || !step)
        return -1;
    if (kr_int_sign(step) > 0 ? (cmp(x, start) < 0 || cmp(x, stop) >= 0)
                              : (cmp(x, start) > 0 || cmp(x, stop) <= 0))
        return 0;
    Value rem = binop(th, binop(th, x, start, KR_OP_SUB), step, KR_OP_MOD);
    return rem ? kr_int_sign(rem) == 0 : -1;
}

/* ---- longrange_iterator ------------------------------------------------------------ */

typedef struct LongRangeIter {
    Obj hdr;
    Value next, step, remaining;
} LongRangeIter;

Value kr_range_big_iter(Thread *th, const Range *r, bool reverse)
{
    LongRangeIter *it = kr_gc_alloc(sizeof *it);
    if (!it) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    it->hdr.type = &kr_longrange_iter_type;
    Value len = r->big->items[B_LEN], step = r->big->items[B_STEP];
    it->remaining = len;
    it->next = r->big->items[B_START];
    it->step = step;
    if (reverse) {
        Value last = binop(th, len, kr_from_smallint(1), KR_OP_SUB);
        it->next = binop(th, it->next, binop(th, last, step, KR_OP_MUL), KR_OP_ADD);
        it->step = binop(th, kr_from_smallint(0), step, KR_OP_SUB);
        if (!it->next || !it->step)
            return KR_VALUE_NULL;
    }
    return kr_from_obj(it);
}

static Value longrange_next(Thread *th, Value v)
{
    LongRangeIter *it = (LongRangeIter *)kr_as_obj(v);
    if (kr_int_sign(it->remaining) <= 0)
        return KR_VALUE_NULL;
    Value x = it->next;
    Value next = binop(th, x, it->step, KR_OP_ADD);
    Value rem = binop(th, it->remaining, kr_from_smallint(1), KR_OP_SUB);
    if (!next || !rem)
        return KR_VALUE_NULL;
    it->next = next;
    it->remaining = rem;
    return x;
}

static Value longrange_length_hint(Thread *th, Value unused, const Value *args, size_t nargs,
                                   Tuple *kwnames)
{
    return ((LongRangeIter *)kr_as_obj(args[0]))->remaining;
}

/* (iter, (range(next, next + remaining * step, step),)): CPython's
 * longrangeiter_reduce rebuilds the rest as a range. */
static Value longrange_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                              Tuple *kwnames)
{
    if (kr_call_check_args(th, "__reduce__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    LongRangeIter *it = (LongRangeIter *)kr_as_obj(args[0]);
    Value rem = kr_int_sign(it->remaining) > 0 ? it->remaining : kr_from_smallint(0);
    Value span = binop(th, rem, it->step, KR_OP_MUL);
    Value stop = span ? binop(th, it->next, span, KR_OP_ADD) : KR_VALUE_NULL;
    if (!stop)
        return KR_VALUE_NULL;
    Value r = kr_range_make(th, it->next, stop, it->step);
    return r ? kr_seq_iter_reduce(th, r, 0, KR_NONE) : KR_VALUE_NULL;
}

/* Skip index items (clamped to 0..remaining), as CPython's
 * longrangeiter_setstate after the reduce above. */
static Value longrange_setstate(Thread *th, Value unused, const Value *args, size_t nargs,
                                Tuple *kwnames)
{
    if (kr_call_check_args(th, "__setstate__", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    LongRangeIter *it = (LongRangeIter *)kr_as_obj(args[0]);
    Value n = args[1];
    if (!kr_is_int(n))
        return kr_err_type_error(th, "an integer is required");
    if (kr_int_sign(n) < 0)
        n = kr_from_smallint(0);
    int gt = kr_object_richcompare_bool(th, n, it->remaining, KR_GT);
    if (gt < 0)
        return KR_VALUE_NULL;
    if (gt)
        n = it->remaining;
    Value skip = binop(th, n, it->step, KR_OP_MUL);
    Value next = skip ? binop(th, it->next, skip, KR_OP_ADD) : KR_VALUE_NULL;
    Value rem = next ? binop(th, it->remaining, n, KR_OP_SUB) : KR_VALUE_NULL;
    if (!rem)
        return KR_VALUE_NULL;
    it->next = next;
    it->remaining = rem;
    return KR_NONE;
}

static const MethodDef longrange_methods[] = {
    {"__length_hint__", longrange_length_hint, "($self, /)", NULL, 0},
    {"__reduce__", longrange_reduce, NULL, NULL, 0},
    {"__setstate__", longrange_setstate, NULL, NULL, 0},
    {0},
};

static Value iter_self(Thread *th, Value v) { return v; }

Type kr_longrange_iter_type = {
    .hdr = {&kr_type_type},
    .name = "longrange_iterator",
    .size = sizeof(LongRangeIter),
    .iter = iter_self,
    .next = longrange_next,
    .methods = longrange_methods,
};
