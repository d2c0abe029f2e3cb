/*
 * tuple.c -- Python tuple: immutable, items inline after the header.
 *
 * Hash is CPython 3.8+'s xxHash-based tuplehash, so hash((1, 2)) prints
 * the same number.  Comparison is lexicographic with the first unequal
 * pair decided by a full rich compare (CPython's tuplerichcompare).
 */
#include "objects/tuple.h"

#include <string.h>

#include "objects/seq.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/argparse.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/errors.h"

/* ALLOCATION.  Tuples are made as often as strs (arguments, returns of
 * several values, dict items): the common case pops the thread's free
 * list (gc.h) with no call and no stack frame, and the slots are left as
 * the collector hands them over, zeroed, for the caller to fill. */
static __attribute__((noinline)) Tuple *tuple_alloc_slow(Thread *th, int64_t n)
{
    Tuple *t;
    if (n < 0 || (uint64_t)n > ((uint64_t)1 << 40) ||
        !(t = kr_gc_alloc(sizeof(Tuple) + sizeof(Value) * (size_t)n))) {
        kr_err_no_memory(th);
        return NULL;
    }
    t->hdr.type = &kr_tuple_type;
    t->size = n;
    return t;
}

static inline Tuple *tuple_alloc(Thread *th, int64_t n)
{
    Tuple *t = (uint64_t)n <= 64 ? kr_gc_try_alloc(sizeof(Tuple) + sizeof(Value) * (size_t)n) : NULL;
    if (KR_UNLIKELY(!t))
        return tuple_alloc_slow(th, n);
    t->hdr.type = &kr_tuple_type;
    t->size = n;
    return t;
}

Tuple *kr_tuple_new(Thread *th, int64_t n)
{
    if (n == 0 && th->vm->empty_tuple)
        return th->vm->empty_tuple;
    Tuple *t = tuple_alloc(th, n);
    if (t)
        for (int64_t i = 0; i < n; i++)
            t->items[i] = KR_NONE;
    return t;
}

Tuple *kr_tuple_from_array(Thread *th, const Value *items, int64_t n)
{
    if (n == 0 && th->vm->empty_tuple)
        return th->vm->empty_tuple;
    Tuple *t = tuple_alloc(th, n);
    if (t && n)
        memcpy(t->items, items, sizeof(Value) * (size_t)n);
    return t;
}

/* repr of a sequence of items between open and close: shared with list. */
Value kr_seq_repr(Thread *th, const Value *items, int64_t n, const char *open,
                  const char *close, bool one_comma)
{
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, open);
    for (int64_t i = 0; i < n; i++) {
        if (i)
            kr_buf_puts(&b, ", ");
        Value r = kr_object_repr(th, items[i]);
        if (!r) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        kr_str_to_buf(&b, kr_as_str(r));
    }
    if (one_comma && n == 1)
        kr_buf_putc(&b, ',');
    kr_buf_puts(&b, close);
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value tuple_repr(Thread *th, Value v)
{
    Tuple *t = kr_as_tuple(v);
    return kr_seq_repr(th, t->items, t->size, "(", ")", true);
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) ((x << 31) | (x >> 33))

static int tuple_hash(Thread *th, Value v, int64_t *h)
{
    Tuple *t = kr_as_tuple(v);
    uint64_t acc = XXPRIME_5;
    /* hash(((((...),),),)) recurses in C once per level */
    if (KR_UNLIKELY(kr_c_stack_exhausted(th))) {
        kr_err_set_string(th, &kr_exc_RecursionError, "maximum recursion depth exceeded while hashing");
        return -1;
    }
    for (int64_t i = 0; i < t->size; i++) {
        int64_t lane;
        if (kr_object_hash(th, t->items[i], &lane) < 0)
            return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->size ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        acc = 1546275796;
    *h = (int64_t)acc;
    return 0;
}

/* Lexicographic comparison of two item arrays (tuple and list). */
Value kr_seq_richcompare(Thread *th, const Value *a, int64_t na, const Value *b, int64_t nb,
                         int op)
{
    int64_t i;
    for (i = 0; i < na && i < nb; i++) {
        int eq = kr_object_richcompare_bool(th, a[i], b[i], KR_EQ);
        if (eq < 0)
            return KR_VALUE_NULL;
        if (!eq)
            break;
    }
    if (i >= na || i >= nb) {
        int c = (na > nb) - (na < nb);
        return kr_from_bool(kr_cmp_i64(c, 0, op));
    }
    if (op == KR_EQ)
        return KR_FALSE;
    if (op == KR_NE)
        return KR_TRUE;
    return kr_object_richcompare(th, a[i], b[i], op);
}

Value kr_tuple_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!kr_tuple_check(a) || !kr_tuple_check(b))
        return KR_NOTIMPL;
    Tuple *x = kr_as_tuple(a), *y = kr_as_tuple(b);
    return kr_seq_richcompare(th, x->items, x->size, y->items, y->size, op);
}

static int tuple_len(Thread *th, Value v, int64_t *n)
{
    *n = kr_as_tuple(v)->size;
    return 0;
}

/* A sequence index: int (or __index__), negative from the end. */
int kr_seq_repeat_count(Thread *th, Value n, int64_t *out)
{
    Type *t = kr_type_of(n);
    if (!kr_is_int(n) && !t->index) {    /* n's __rmul__ ran first (binop1) */
        kr_err_format(th, &kr_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      kr_type_name(n));
        return -1;
    }
    Value k = kr_object_index(th, n);
    if (!k)
        return -1;
    int64_t c;
    if (kr_int_as_i64(th, k, &c) < 0) {
        kr_err_clear(th);
        kr_err_format(th, &kr_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *out = c < 0 ? 0 : c;
    return 1;
}

int kr_seq_index(Thread *th, Value key, int64_t len, int64_t *out, const char *what)
{
    if (!kr_is_smallint(key)) {
        if (!kr_is_int(key) && !kr_type_of(key)->index) {
            kr_err_format(th, &kr_exc_TypeError, "%s indices must be integers or slices, not %s",
                          what, kr_type_name(key));
            return -1;
        }
        key = kr_object_index(th, key);
        if (!key)
            return -1;
        if (!kr_is_smallint(key)) {
            kr_err_format(th, &kr_exc_IndexError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
    }
    int64_t i = kr_as_smallint(key);
    if (i < 0)
        i += len;
    if (i < 0 || i >= len) {
        kr_err_format(th, &kr_exc_IndexError, "%s index out of range", what);
        return -1;
    }
    *out = i;
    return 0;
}

static Value tuple_getitem(Thread *th, Value v, Value key)
{
    Tuple *t = kr_as_tuple(v);
    if (kr_is_type(key, &kr_slice_type)) {
        int64_t start, stop, step, n;
        if (kr_slice_indices(th, key, t->size, &start, &stop, &step, &n) < 0)
            return KR_VALUE_NULL;
        if (step == 1 && n == t->size && kr_is_tuple(v))
            return v;       /* t[:] is t, as in CPython */
        Tuple *r = kr_tuple_new(th, n);
        if (!r)
            return KR_VALUE_NULL;
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            r->items[i] = t->items[j];
        return kr_from_obj(r);
    }
    int64_t i;
    if (kr_seq_index(th, key, t->size, &i, "tuple") < 0)
        return KR_VALUE_NULL;
    return t->items[i];
}

static int tuple_contains(Thread *th, Value v, Value item)
{
    Tuple *t = kr_as_tuple(v);
    for (int64_t i = 0; i < t->size; i++) {
        int r = kr_object_richcompare_bool(th, t->items[i], item, KR_EQ);
        if (r)
            return r;
    }
    return 0;
}

static Value tuple_add(Thread *th, Value a, Value b)
{
    if (!kr_tuple_check(a) || !kr_tuple_check(b)) {
        if (kr_tuple_check(a) && !kr_tuple_check(b)) {
            kr_err_format(th, &kr_exc_TypeError,
                          "can only concatenate tuple (not \"%s\") to tuple", kr_type_name(b));
            return KR_VALUE_NULL;
        }
        return KR_NOTIMPL;
    }
    Tuple *x = kr_as_tuple(a), *y = kr_as_tuple(b);
    Tuple *r = kr_tuple_new(th, x->size + y->size);
    if (!r)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < x->size; i++)
        r->items[i] = x->items[i];
    for (int64_t i = 0; i < y->size; i++)
        r->items[x->size + i] = y->items[i];
    return kr_from_obj(r);
}

static Value tuple_mul(Thread *th, Value a, Value b)
{
    if (!kr_tuple_check(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    if (!kr_tuple_check(a))
        return KR_NOTIMPL;
    int64_t n;
    int ok = kr_seq_repeat_count(th, b, &n);
    if (ok <= 0)
        return ok < 0 ? KR_VALUE_NULL : KR_NOTIMPL;
    Tuple *x = kr_as_tuple(a);
    if (n == 1 && x->hdr.type == &kr_tuple_type)     /* t * 1 is t, as in CPython */
        return a;
    if (x->size && n > ((int64_t)1 << 40) / x->size) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    Tuple *r = kr_tuple_new(th, x->size * n);
    if (!r)
        return KR_VALUE_NULL;
    for (int64_t k = 0; k < n; k++)
        for (int64_t i = 0; i < x->size; i++)
            r->items[k * x->size + i] = x->items[i];
    return kr_from_obj(r);
}

static Value tuple_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (t != &kr_tuple_type) {
        /* A subclass instance: the items copied into its layout.  One
         * with its own __init__ may take keywords (CPython's tuple_new). */
        if (t->init != kr_tuple_type.init)
            kwnames = NULL;
        Value v = tuple_new(th, &kr_tuple_type, args, nargs, kwnames);
        return v ? kr_object_copy_as(th, t, v, sizeof(Tuple) +
                                     (size_t)kr_as_tuple(v)->size * sizeof(Value))
                 : KR_VALUE_NULL;
    }
    if (kr_call_check_args(th, "tuple", nargs, 0, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (nargs == 0)
        return kr_from_obj(th->vm->empty_tuple);
    if (kr_is_tuple(args[0]))
        return args[0];
    List *l = kr_list_from_iterable(th, args[0]);
    if (!l)
        return KR_VALUE_NULL;
    Tuple *r = kr_tuple_from_array(th, l->items, l->size);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* Iterator over a tuple (also used for list: it rechecks the length each
 * step, so a list growing during iteration is seen, as in CPython). */
typedef struct SeqIter {
    Obj hdr;
    Value seq;
    int64_t i;
} SeqIter;

static Value tuple_iter(Thread *th, Value v)
{
    SeqIter *it = kr_gc_alloc(sizeof *it);
    if (!it) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    it->hdr.type = &kr_tuple_iter_type;
    it->seq = v;
    return kr_from_obj(it);
}

/* At the end the iterator lets go of its tuple (CPython's it_seq = NULL,
 * so the tuple can be freed): it holds the empty tuple instead, which
 * every method reads as exhausted. */
static Value tuple_iter_next(Thread *th, Value v)
{
    SeqIter *it = (SeqIter *)kr_as_obj(v);
    Tuple *t = kr_as_tuple(it->seq);
    if (it->i >= t->size) {
        it->seq = kr_from_obj(th->vm->empty_tuple);
        it->i = 0;
        return KR_VALUE_NULL;
    }
    return t->items[it->i++];
}

static Value iter_self(Thread *th, Value v) { return v; }
extern const MethodDef kr_tuple_iter_methods[];

Type kr_tuple_iter_type = {
    .hdr = {&kr_type_type},
    .name = "tuple_iterator",
    .size = sizeof(SeqIter),
    .iter = iter_self,
    .next = tuple_iter_next,
    .methods = kr_tuple_iter_methods,
};

Value kr_seq_iter_reduce(Thread *th, Value seq, int64_t index, Value empty)
{
    Str *name = kr_str_intern_cstr(th, "iter");
    Value iter = name ? kr_dict_get_str(th->vm->builtins, name) : KR_VALUE_NULL;
    if (!iter)
        return KR_VALUE_NULL;
    Value a = seq ? seq : empty;
    Tuple *inner = kr_tuple_from_array(th, &a, 1);
    if (!inner)
        return KR_VALUE_NULL;
    Value items[3] = {iter, kr_from_obj(inner), kr_from_smallint(index)};
    Tuple *r = kr_tuple_from_array(th, items, seq ? 3 : 2);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

int kr_seq_setstate_index(Thread *th, Value state, int64_t len, int64_t *out)
{
    if (!kr_is_int(state)) {
        kr_err_set_string(th, &kr_exc_TypeError, "an integer is required");
        return -1;
    }
    if (kr_int_as_i64(th, state, out) < 0)
        return -1;
    if (*out < 0)
        *out = 0;
    if (len >= 0 && *out > len)
        *out = len;
    return 0;
}

static Value tuple_iter_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                               Tuple *kw)
{
    if (kr_argparse_noargs(th, "tuple_iterator.__reduce__", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    SeqIter *it = (SeqIter *)kr_as_obj(args[0]);
    bool done = it->i >= kr_as_tuple(it->seq)->size;
    return kr_seq_iter_reduce(th, done ? KR_VALUE_NULL : it->seq, it->i,
                              kr_from_obj(th->vm->empty_tuple));
}

static Value tuple_iter_setstate(Thread *th, Value unused, const Value *args, size_t nargs,
                                 Tuple *kw)
{
    if (kr_argparse_one(th, "tuple_iterator.__setstate__", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    SeqIter *it = (SeqIter *)kr_as_obj(args[0]);
    return kr_seq_setstate_index(th, args[1], kr_as_tuple(it->seq)->size, &it->i) < 0
               ? KR_VALUE_NULL : KR_NONE;
}

int kr_seq_bound(Thread *th, Value v, int64_t len, int64_t *out)
{
    if (!kr_is_int(v) && !kr_type_of(v)->index) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "slice indices must be integers or have an __index__ method");
        return -1;
    }
    Value i = kr_object_index(th, v);
    if (!i)
        return -1;
    if (kr_is_bigint(i))
        *out = kr_int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    else if (kr_int_as_i64(th, i, out) < 0)
        return -1;
    if (*out < 0 && (*out += len) < 0)
        *out = 0;
    return 0;
}

static Value tuple_index_m(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_argparse_pos(th, "tuple.index", nargs - 1, 1, 3, kw) < 0)
        return KR_VALUE_NULL;
    Tuple *t = kr_as_tuple(args[0]);
    int64_t start = 0, stop = t->size;
    if ((nargs > 2 && kr_seq_bound(th, args[2], t->size, &start) < 0) ||
        (nargs > 3 && kr_seq_bound(th, args[3], t->size, &stop) < 0))
        return KR_VALUE_NULL;
    for (int64_t i = start; i < stop && i < t->size; i++) {
        int r = kr_object_richcompare_bool(th, t->items[i], args[1], KR_EQ);
        if (r < 0)
            return KR_VALUE_NULL;
        if (r)
            return kr_from_smallint(i);
    }
    kr_err_set_string(th, &kr_exc_ValueError, "tuple.index(x): x not in tuple");
    return KR_VALUE_NULL;
}

static Value tuple_count_m(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_argparse_one(th, "tuple.count", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Tuple *t = kr_as_tuple(args[0]);
    int64_t n = 0;
    for (int64_t i = 0; i < t->size; i++) {
        int r = kr_object_richcompare_bool(th, t->items[i], args[1], KR_EQ);
        if (r < 0)
            return KR_VALUE_NULL;
        n += r;
    }
    return kr_from_smallint(n);
}

static Value tuple_getnewargs_m(Thread *th, Value unused, const Value *args, size_t nargs,
                                Tuple *kw)
{
    if (kr_argparse_noargs(th, "tuple.__getnewargs__", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Tuple *self = kr_as_tuple(args[0]);
    Tuple *copy = kr_tuple_from_array(th, self->items, self->size);
    Value v = copy ? kr_from_obj(copy) : KR_VALUE_NULL;
    Tuple *r = v ? kr_tuple_from_array(th, &v, 1) : NULL;
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value tuple_iter_length_hint(Thread *th, Value unused, const Value *args, size_t nargs,
                                    Tuple *kw)
{
    if (kr_argparse_noargs(th, "tuple_iterator.__length_hint__", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    SeqIter *it = (SeqIter *)kr_as_obj(args[0]);
    int64_t n = kr_as_tuple(it->seq)->size - it->i;
    return kr_from_smallint(n < 0 ? 0 : n);
}

const MethodDef kr_tuple_iter_methods[] = {
    {"__length_hint__", tuple_iter_length_hint, NULL, NULL, 0},
    {"__reduce__", tuple_iter_reduce, NULL, NULL, 0},
    {"__setstate__", tuple_iter_setstate, NULL, NULL, 0},
    {0},
};

static const MethodDef tuple_methods[] = {
    {"index", tuple_index_m, NULL, NULL, 0},
    {"count", tuple_count_m, "($self, value, /)", NULL, 0},
    {"__getnewargs__", tuple_getnewargs_m, "($self, /)", NULL, 0},
    {0},
};

Type kr_tuple_type = {
    .hdr = {&kr_type_type},
    .name = "tuple",
    .size = sizeof(Tuple),
    .item_size = sizeof(Value),
    .flags = KR_TYPE_IMMUTABLE | KR_TYPE_TUPLE_SUBCLASS | KR_TYPE_BASETYPE | KR_TYPE_SEQ_CONCAT,
    .new_ = tuple_new,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = kr_tuple_richcompare,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .binop = {[KR_OP_ADD] = tuple_add, [KR_OP_MUL] = tuple_mul},
    .methods = tuple_methods,
};
