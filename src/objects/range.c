/*
 * range.c -- range objects and their iterator.
 *
 * Bounds are int64 (a range over big ints is a rare case that raises
 * OverflowError here for now).  The iterator is what `for i in range(n)`
 * runs; the VM will specialise FOR_ITER on it so the loop allocates
 * nothing and never calls a slot.
 */
#include "objects/object.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/argparse.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/range.h"
#include "objects/seq.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

static int as_bound(Thread *th, Value v, int64_t *out)
{
    if (!kr_is_int(v)) {
        if (!kr_type_of(v)->index) {
            kr_err_format(th, &kr_exc_TypeError,
                          "'%s' object cannot be interpreted as an integer", kr_type_name(v));
            return -1;
        }
        v = kr_object_index(th, v);
        if (!v)
            return -1;
    }
    return kr_int_as_i64(th, v, out);
}

/* A range() argument as an exact int, through __index__. */
static Value index_value(Thread *th, Value v)
{
    if (!kr_is_int(v) && !kr_type_of(v)->index) {
        kr_err_format(th, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name(v));
        return KR_VALUE_NULL;
    }
    Value i = kr_object_index(th, v);
    return i ? kr_range_plain_int(th, i) : KR_VALUE_NULL;
}

static Value range_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (kwnames)
        return kr_err_type_error(th, "range() takes no keyword arguments");
    if (nargs < 1 || nargs > 3) {
        if (nargs == 0)
            return kr_err_type_error(th, "range expected at least 1 argument, got 0");
        kr_err_format(th, &kr_exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
        return KR_VALUE_NULL;
    }
    Value v[3] = {kr_from_smallint(0), KR_VALUE_NULL, kr_from_smallint(1)};
    for (size_t i = 0; i < nargs; i++) {
        Value x = index_value(th, args[i]);
        if (!x)
            return KR_VALUE_NULL;
        v[nargs == 1 ? 1 : i] = x;
    }
    if (kr_int_sign(v[2]) == 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "range() arg 3 must not be zero");
        return KR_VALUE_NULL;
    }
    return kr_range_make(th, v[0], v[1], v[2]);
}

static Value big_repr(Thread *th, const Range *r)
{
    Value st = r->big->items[2];
    int n = kr_is_smallint(st) && kr_as_smallint(st) == 1 ? 2 : 3;
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "range(");
    for (int i = 0; i < n; i++) {
        Value rep = kr_object_repr(th, r->big->items[i]);
        if (!rep) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        if (i)
            kr_buf_puts(&b, ", ");
        kr_str_to_buf(&b, kr_as_str(rep));
    }
    kr_buf_putc(&b, ')');
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value range_repr(Thread *th, Value v)
{
    Range *r = (Range *)kr_as_obj(v);
    if (r->big)
        return big_repr(th, r);
    Buf b;
    kr_buf_init(&b);
    if (r->step == 1)
        kr_buf_printf(&b, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    else
        kr_buf_printf(&b, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                      (long long)r->step);
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static int range_len(Thread *th, Value v, int64_t *n)
{
    Range *r = (Range *)kr_as_obj(v);
    if (r->big)
        return kr_range_big_len(th, r, n);
    *n = r->len;
    return 0;
}

static int range_bool(Thread *th, Value v)
{
    Range *r = (Range *)kr_as_obj(v);
    return r->big ? kr_int_sign(r->big->items[3]) != 0 : r->len != 0;
}

static Value range_getitem(Thread *th, Value v, Value key)
{
    Range *r = (Range *)kr_as_obj(v);
    if (kr_is_type(key, &kr_slice_type) && r->big)
        return kr_range_slice(th, r, key);
    if (kr_is_type(key, &kr_slice_type)) {
        int64_t start, stop, step, n;
        if (kr_slice_indices(th, key, r->len, &start, &stop, &step, &n) < 0)
            return KR_VALUE_NULL;
        Range *s = kr_gc_alloc(sizeof *s);
        if (!s) {
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
        s->hdr.type = &kr_range_type;
        s->start = r->start + start * r->step;
        s->step = r->step * step;
        s->stop = r->start + stop * r->step;     /* CPython's compute_slice */
        s->len = n;
        return kr_from_obj(s);
    }
    int64_t i;
    if (!kr_is_int(key) && !kr_type_of(key)->index)
        return kr_err_type_error(th, "range indices must be integers or slices, not %s",
                                 kr_type_name(key));
    if (r->big) {
        Value iv = kr_object_index(th, key);
        return iv ? kr_range_big_item(th, r, iv) : KR_VALUE_NULL;
    }
    if (as_bound(th, key, &i) < 0) {
        if (!kr_err_matches(th, &kr_exc_OverflowError))
            return KR_VALUE_NULL;
        kr_err_clear(th);       /* a big index is simply out of range */
        i = r->len;
    }
    if (i < 0)
        i += r->len;
    if (i < 0 || i >= r->len) {
        kr_err_set_string(th, &kr_exc_IndexError, "range object index out of range");
        return KR_VALUE_NULL;
    }
    return kr_int_from_i64(th, r->start + i * r->step);
}

static int range_contains(Thread *th, Value v, Value x)
{
    Range *r = (Range *)kr_as_obj(v);
    if (kr_is_bool(x))
        x = kr_from_smallint(x == KR_TRUE);
    if (kr_is_int(x) && (r->big || !kr_is_smallint(x)))
        return kr_range_contains_int(th, r, x);
    if (r->big) {
        /* any other object: compared with each item, as CPython does */
        Value it = kr_range_big_iter(th, r, false);
        for (Value y; it && (y = kr_object_next(th, it));) {
            int eq = kr_object_richcompare_bool(th, y, x, KR_EQ);
            if (eq)
                return eq;
        }
        return it && !kr_err_occurred(th) ? 0 : -1;
    }
    if (!kr_is_smallint(x)) {
        /* Non-ints: compare by equality, as CPython's fallback does. */
        for (int64_t i = 0; i < r->len; i++) {
            int eq = kr_object_richcompare_bool(th, kr_from_smallint(r->start + i * r->step), x, KR_EQ);
            if (eq)
                return eq;
        }
        return 0;
    }
    int64_t n = kr_as_smallint(x);
    if (r->step > 0 ? (n < r->start || n >= r->stop) : (n > r->start || n <= r->stop))
        return 0;
    return (n - r->start) % r->step == 0;
}

static Value range_iter(Thread *th, Value v)
{
    Range *r = (Range *)kr_as_obj(v);
    if (r->big)
        return kr_range_big_iter(th, r, false);
    RangeIter *it = kr_gc_alloc(sizeof *it);
    if (!it) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    it->hdr.type = &kr_range_iter_type;
    it->next = it->first = r->start;
    it->step = r->step;
    it->remaining = it->len = r->len;
    return kr_from_obj(it);
}

static Value range_iter_next(Thread *th, Value v)
{
    RangeIter *it = (RangeIter *)kr_as_obj(v);
    if (it->remaining <= 0)
        return KR_VALUE_NULL;
    it->remaining--;
    int64_t n = it->next;
    it->next += it->step;
    return kr_int_from_i64(th, n);
}

static Value iter_self(Thread *th, Value v) { return v; }

/* ---- methods and attributes ------------------------------------------------------ */

#define METHOD(name) \
    static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kwnames)
#define SELF ((Range *)kr_as_obj(args[0]))

/* Item-by-item equality with x: the position of the first match (want
 * == 0) or the number of matches (want == 1), as an int; NULL on error. */
static Value scan_equal(Thread *th, Value range, Value x, int want)
{
    Value it = range_iter(th, range);
    int64_t i = 0, n = 0;
    for (Value y; it && (y = kr_object_next(th, it)); i++) {
        int eq = kr_object_richcompare_bool(th, y, x, KR_EQ);
        if (eq < 0)
            return KR_VALUE_NULL;
        if (eq && want == 0)
            return kr_int_from_i64(th, i);
        n += eq;
    }
    if (!it || kr_err_occurred(th))
        return KR_VALUE_NULL;
    return want == 0 ? KR_NONE : kr_int_from_i64(th, n);
}

/* The position of x in r as an int, None if absent, NULL on error.  Ints
 * are placed arithmetically; anything else is compared item by item. */
static Value range_position(Thread *th, Value range, Value x)
{
    Range *r = (Range *)kr_as_obj(range);
    if (!kr_is_int(x))
        return scan_equal(th, range, x, 0);
    int c = range_contains(th, range, x);
    if (c <= 0)
        return c < 0 ? KR_VALUE_NULL : KR_NONE;
    Value start = kr_range_field(th, r, 0), step = kr_range_field(th, r, 2);
    Value plain = kr_range_plain_int(th, x);
    Value off = plain && start ? kr_int_binop(th, plain, start, KR_OP_SUB) : KR_VALUE_NULL;
    return off && step ? kr_int_binop(th, off, step, KR_OP_FLOORDIV) : KR_VALUE_NULL;
}

METHOD(range_index)
{
    if (kr_argparse_one(th, "range.index", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Value i = range_position(th, args[0], args[1]);
    if (i == KR_NONE) {
        if (kr_is_int(args[1])) {
            Value rep = kr_object_repr(th, args[1]);
            if (rep)
                kr_err_format(th, &kr_exc_ValueError, "%U is not in range", kr_as_str(rep));
        } else {
            kr_err_set_string(th, &kr_exc_ValueError, "sequence.index(x): x not in sequence");
        }
        return KR_VALUE_NULL;
    }
    return i;
}

METHOD(range_count)
{
    if (kr_argparse_one(th, "range.count", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (kr_is_int(args[1])) {
        int c = range_contains(th, args[0], args[1]);
        return c < 0 ? KR_VALUE_NULL : kr_from_smallint(c);
    }
    return scan_equal(th, args[0], args[1], 1);
}

/* reversed(range): an iterator from the last item down, no list built. */
METHOD(range_reversed)
{
    if (kr_argparse_noargs(th, "range.__reversed__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Range *r = SELF;
    if (r->big)
        return kr_range_big_iter(th, r, true);
    Value v = range_iter(th, args[0]);
    if (!v)
        return v;
    RangeIter *it = (RangeIter *)kr_as_obj(v);
    it->next = it->first = r->start + (r->len - 1) * r->step;
    it->step = -r->step;
    return v;
}

/* Two ranges are equal when they give the same sequence: same length, and
 * for a non-empty one the same start, and for a longer one the same step.
 * Compared as Python ints, so big ranges take the same path. */
static int range_same(Thread *th, const Range *a, const Range *b)
{
    if (!a->big && !b->big) {
        if (a->len != b->len)
            return 0;
        return a->len == 0 || (a->start == b->start && (a->len == 1 || a->step == b->step));
    }
    Value len = kr_range_field(th, a, 3), other = kr_range_field(th, b, 3);
    int eq = len && other ? kr_object_richcompare_bool(th, len, other, KR_EQ) : -1;
    if (eq <= 0 || kr_int_sign(len) == 0)
        return eq;
    static const int then[2] = {0, 2};          /* start, then step */
    for (int k = 0; k < 2; k++) {
        if (k == 1 && kr_is_smallint(len) && kr_as_smallint(len) == 1)
            return 1;
        Value x = kr_range_field(th, a, then[k]), y = kr_range_field(th, b, then[k]);
        eq = x && y ? kr_object_richcompare_bool(th, x, y, KR_EQ) : -1;
        if (eq <= 0)
            return eq;
    }
    return 1;
}

static Value range_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!kr_is_type(a, &kr_range_type) || !kr_is_type(b, &kr_range_type) ||
        (op != KR_EQ && op != KR_NE))
        return KR_NOTIMPL;
    int eq = range_same(th, (Range *)kr_as_obj(a), (Range *)kr_as_obj(b));
    return eq < 0 ? KR_VALUE_NULL : kr_from_bool(op == KR_EQ ? eq : !eq);
}

/* hash((len, start, step)) with None for the parts equality ignores. */
static int range_hash(Thread *th, Value v, int64_t *out)
{
    Range *r = (Range *)kr_as_obj(v);
    Value len = kr_range_field(th, r, 3);
    if (!len)
        return -1;
    Value items[3] = {len, KR_NONE, KR_NONE};
    int sign = kr_int_sign(len);
    bool one = kr_is_smallint(len) && kr_as_smallint(len) == 1;
    if (sign > 0 && !(items[1] = kr_range_field(th, r, 0)))
        return -1;
    if (sign > 0 && !one && !(items[2] = kr_range_field(th, r, 2)))
        return -1;
    Tuple *t = kr_tuple_from_array(th, items, 3);
    return t ? kr_object_hash(th, kr_from_obj(t), out) : -1;
}

static Value range_start(Thread *th, Value v) { return kr_range_field(th, (Range *)kr_as_obj(v), 0); }
static Value range_stop(Thread *th, Value v) { return kr_range_field(th, (Range *)kr_as_obj(v), 1); }
static Value range_step(Thread *th, Value v) { return kr_range_field(th, (Range *)kr_as_obj(v), 2); }

/* (range, (start, stop, step)) -- CPython's range_reduce. */
static Value range_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                          Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "range.__reduce__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    const Range *r = (Range *)kr_as_obj(args[0]);
    Value f[3];
    for (int i = 0; i < 3; i++)
        if (!(f[i] = kr_range_field(th, r, i)))
            return KR_VALUE_NULL;
    Tuple *inner = kr_tuple_from_array(th, f, 3);
    Value items[2] = {kr_from_obj(&kr_range_type), inner ? kr_from_obj(inner) : 0};
    Tuple *t = inner ? kr_tuple_from_array(th, items, 2) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MethodDef range_methods[] = {
    {"__reduce__", range_reduce, NULL, NULL, 0},
    {"index", range_index, NULL, NULL, 0},
    {"count", range_count, NULL, NULL, 0},
    {"__reversed__", range_reversed, NULL, NULL, 0},
    {0},
};

static const MemberDef range_members[] = {
    {"start", 0, range_start, NULL, NULL, KR_MEMBER_READONLY},
    {"stop", 0, range_stop, NULL, NULL, KR_MEMBER_READONLY},
    {"step", 0, range_step, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Value range_iter_length_hint(Thread *th, Value unused, const Value *args, size_t nargs,
                                    Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "range_iterator.__length_hint__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    int64_t n = ((RangeIter *)kr_as_obj(args[0]))->remaining;
    return kr_from_smallint(n < 0 ? 0 : n);
}

/* (iter, (range(first, first + len * step, step),), index), CPython's
 * rangeiter_reduce. */
static Value range_iter_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                               Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "range_iterator.__reduce__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    RangeIter *it = (RangeIter *)kr_as_obj(args[0]);
    Value r = kr_range_make(th, kr_from_smallint(it->first),
                            kr_from_smallint(it->first + it->len * it->step),
                            kr_from_smallint(it->step));
    int64_t done = it->len - (it->remaining < 0 ? 0 : it->remaining);
    return r ? kr_seq_iter_reduce(th, r, done, KR_NONE) : KR_VALUE_NULL;
}

static Value range_iter_setstate(Thread *th, Value unused, const Value *args, size_t nargs,
                                 Tuple *kwnames)
{
    if (kr_argparse_one(th, "range_iterator.__setstate__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    RangeIter *it = (RangeIter *)kr_as_obj(args[0]);
    int64_t index;
    if (kr_seq_setstate_index(th, args[1], it->len, &index) < 0)
        return KR_VALUE_NULL;
    it->remaining = it->len - index;
    it->next = it->first + index * it->step;
    return KR_NONE;
}

static const MethodDef range_iter_methods[] = {
    {"__length_hint__", range_iter_length_hint, NULL, NULL, 0},
    {"__reduce__", range_iter_reduce, NULL, NULL, 0},
    {"__setstate__", range_iter_setstate, NULL, NULL, 0},
    {0},
};

Type kr_range_iter_type = {
    .hdr = {&kr_type_type},
    .name = "range_iterator",
    .size = sizeof(RangeIter),
    .iter = iter_self,
    .next = range_iter_next,
    .methods = range_iter_methods,
};

Type kr_range_type = {
    .hdr = {&kr_type_type},
    .name = "range",
    .size = sizeof(Range),
    .flags = KR_TYPE_IMMUTABLE,
    .new_ = range_new,
    .repr = range_repr,
    .len = range_len,
    .bool_ = range_bool,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .richcompare = range_richcompare,
    .hash = range_hash,
    .methods = range_methods,
    .members = range_members,
};
