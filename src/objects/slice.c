/*
 * slice.c -- slice objects and index clamping (CPython's sliceobject.c).
 */
#include "objects/slice.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/argparse.h"
#include "objects/exception.h"
#include "objects/seq.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

Value kr_slice_new(Thread *th, Value start, Value stop, Value step)
{
    Slice *s = kr_gc_alloc(sizeof *s);
    if (!s) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    s->hdr.type = &kr_slice_type;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return kr_from_obj(s);
}

/* A slice bound other than None or a small int (bound has those). */
static int bound_slow(Thread *th, Value v, int64_t *out)
{
    if (!kr_is_int(v)) {
        if (!kr_type_of(v)->index) {
            kr_err_set_string(th, &kr_exc_TypeError,
                              "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        v = kr_object_index(th, v);
        if (!v)
            return -1;
    } else if (kr_is_obj(v) && !kr_is_bigint(v) && !(v = kr_object_index(th, v))) {
        return -1;      /* (layout) an int subclass instance: its exact value */
    }
    if (kr_is_smallint(v)) {
        *out = kr_as_smallint(v);
    } else if (kr_is_bool(v)) {
        *out = v == KR_TRUE;
    } else {
        *out = kr_int_sign(v) < 0 ? -((int64_t)1 << 62) : ((int64_t)1 << 62);
    }
    return 0;
}

/* A slice bound: None -> dflt; ints clamp (big ints to +-2**62).  Inline
 * for the usual None and small ints: three calls per slice otherwise cost
 * as much as the rest of the slicing (fannkuch's perm[:k+1] = perm[k::-1]). */
static inline int bound(Thread *th, Value v, int64_t dflt, int64_t *out)
{
    if (v == KR_NONE) {
        *out = dflt;
        return 0;
    }
    if (KR_LIKELY(kr_is_smallint(v))) {
        *out = kr_as_smallint(v);
        return 0;
    }
    return bound_slow(th, v, out);
}

int kr_slice_indices(Thread *th, Value slice, int64_t len, int64_t *start, int64_t *stop,
                     int64_t *step, int64_t *slicelen)
{
    Slice *s = (Slice *)kr_as_obj(slice);
    if (bound(th, s->step, 1, step) < 0)
        return -1;
    if (*step == 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    bool neg = *step < 0;
    if (bound(th, s->start, neg ? len - 1 : 0, start) < 0 ||
        bound(th, s->stop, neg ? -1 : len, stop) < 0)
        return -1;
    if (s->start != KR_NONE) {
        if (*start < 0) {
            *start += len;
            if (*start < 0)
                *start = neg ? -1 : 0;
        } else if (*start >= len) {
            *start = neg ? len - 1 : len;
        }
    }
    if (s->stop != KR_NONE) {
        if (*stop < 0) {
            *stop += len;
            if (*stop < 0)
                *stop = neg ? -1 : 0;
        } else if (*stop >= len) {
            *stop = neg ? len - 1 : len;
        }
    }
    if (neg)
        *slicelen = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    else
        *slicelen = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    return 0;
}

static Value slice_repr(Thread *th, Value v)
{
    Slice *s = (Slice *)kr_as_obj(v);
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "slice(");
    Value parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++) {
        Value r = kr_object_repr(th, parts[i]);
        if (!r) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        if (i)
            kr_buf_puts(&b, ", ");
        kr_str_to_buf(&b, kr_as_str(r));
    }
    kr_buf_putc(&b, ')');
    Str *r = kr_str_from_buf(th, &b);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value slice_new_slot(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (kwnames && kwnames->size)
        return kr_err_type_error(th, "slice() takes no keyword arguments");
    if (nargs < 1)
        return kr_err_type_error(th, "slice expected at least 1 argument, got 0");
    if (nargs > 3)
        return kr_err_type_error(th, "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1)
        return kr_slice_new(th, KR_NONE, args[0], KR_NONE);
    return kr_slice_new(th, args[0], args[1], nargs == 3 ? args[2] : KR_NONE);
}

/* a bound of slice.indices as an exact int, or the default for None */
static Value exact_bound(Thread *th, Value v, Value dflt)
{
    if (v == KR_NONE)
        return dflt;
    if (!kr_is_int(v) && !kr_type_of(v)->index) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return KR_VALUE_NULL;
    }
    return kr_object_index(th, v);
}

static int int_cmp(Thread *th, Value a, Value b, int *out)
{
    Value d = kr_int_binop(th, a, b, KR_OP_SUB);
    if (!d)
        return -1;
    *out = kr_int_sign(d);
    return 0;
}

/* start or stop: negative counts from length, then clipped to [lower, upper] */
static Value clip_bound(Thread *th, Value v, Value length, Value lower, Value upper)
{
    int c;
    if (kr_int_sign(v) < 0 && !(v = kr_int_binop(th, v, length, KR_OP_ADD)))
        return KR_VALUE_NULL;
    if (int_cmp(th, v, lower, &c) < 0)
        return KR_VALUE_NULL;
    if (c < 0)
        return lower;
    if (int_cmp(th, v, upper, &c) < 0)
        return KR_VALUE_NULL;
    return c > 0 ? upper : v;
}

/* slice.indices(length): the bounds a sequence of that length would use,
 * in exact ints whatever their size (CPython's _PySlice_GetLongIndices). */
static Value slice_indices_m(Thread *th, Value unused, const Value *args, size_t nargs,
                             Tuple *kwnames)
{
    if (kr_argparse_one(th, "slice.indices", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Value length = kr_object_index(th, args[1]);
    if (!length)
        return KR_VALUE_NULL;
    if (kr_int_sign(length) < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "length should not be negative");
        return KR_VALUE_NULL;
    }
    Slice *sl = (Slice *)kr_as_obj(args[0]);
    Value step = exact_bound(th, sl->step, kr_from_smallint(1));
    if (!step)
        return KR_VALUE_NULL;
    if (kr_int_sign(step) == 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "slice step cannot be zero");
        return KR_VALUE_NULL;
    }
    bool neg = kr_int_sign(step) < 0;
    Value lower = kr_from_smallint(neg ? -1 : 0);
    Value upper = neg ? kr_int_binop(th, length, lower, KR_OP_ADD) : length;
    Value start = upper ? exact_bound(th, sl->start, KR_VALUE_NULL) : KR_VALUE_NULL;
    if (upper && !start && !kr_err_occurred(th))
        start = neg ? upper : lower;
    else if (start)
        start = clip_bound(th, start, length, lower, upper);
    Value stop = start ? exact_bound(th, sl->stop, KR_VALUE_NULL) : KR_VALUE_NULL;
    if (start && !stop && !kr_err_occurred(th))
        stop = neg ? lower : upper;
    else if (stop)
        stop = clip_bound(th, stop, length, lower, upper);
    if (!stop)
        return KR_VALUE_NULL;
    Value items[3] = {start, stop, step};
    Tuple *t = kr_tuple_from_array(th, items, 3);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* Slices compare as the tuples (start, stop, step) do. */
static Value slice_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!kr_is_type(a, &kr_slice_type) || !kr_is_type(b, &kr_slice_type))
        return KR_NOTIMPL;
    Slice *x = (Slice *)kr_as_obj(a), *y = (Slice *)kr_as_obj(b);
    Value xs[3] = {x->start, x->stop, x->step}, ys[3] = {y->start, y->stop, y->step};
    return kr_seq_richcompare(th, xs, 3, ys, 3, op);
}

/* (slice, (start, stop, step)): copy and pickle rebuild it by a call. */
static Value slice_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                          Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "slice.__reduce__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Slice *sl = (Slice *)kr_as_obj(args[0]);
    Value items[3] = {sl->start, sl->stop, sl->step};
    Tuple *a = kr_tuple_from_array(th, items, 3);
    Value r[2] = {kr_from_obj(&kr_slice_type), a ? kr_from_obj(a) : KR_VALUE_NULL};
    Tuple *rt = a ? kr_tuple_from_array(th, r, 2) : NULL;
    return rt ? kr_from_obj(rt) : KR_VALUE_NULL;
}

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_m, "($self, length, /)", NULL, 0},
    {"__reduce__", slice_reduce, "($self, /)", "Return state information for pickling.", 0},
    {0},
};

static const MemberDef slice_members[] = {
    {"start", offsetof(Slice, start), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"stop", offsetof(Slice, stop), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"step", offsetof(Slice, step), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Type kr_slice_type = {
    .hdr = {&kr_type_type},
    .name = "slice",
    .size = sizeof(Slice),
    .flags = KR_TYPE_IMMUTABLE,
    .new_ = slice_new_slot,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .hash = kr_object_unhashable,
    .methods = slice_methods,
    .members = slice_members,
};
