/*
 * _collections.c -- the _collections module: deque, defaultdict,
 * _count_elements (Counter's loop) and _tuplegetter (namedtuple's field
 * descriptors).  OrderedDict stays pure Python: collections/__init__.py
 * falls back to its own when _collections lacks it.
 *
 * DEQUE.  A ring buffer: one collector-scanned array of cap Values, the
 * items at head, head+1, ... (mod cap).
 *
 *     items: | c | d | . | . | a | b |      head = 4, size = 4
 *
 * Both ends are O(1), indexing is O(1) (CPython's block list makes it
 * O(n/64)), and growth doubles the array and unrolls it to head = 0.
 * `state` counts mutations; iterators and the searching methods compare
 * it to detect "deque mutated during iteration", as CPython does.
 *
 * DEFAULTDICT.  CPython's defaultdict is a dict subclass in C.  Builtin
 * subclassing is being built elsewhere (helper "layout"); to stay
 * independent of it, defaultdict here is a C type whose instances *begin
 * with a Dict* layout (the Dict struct embedded first, then the
 * factory), with `base = dict`: every dict method and slot works on it
 * unchanged, and isinstance(d, dict) holds.  Only the slots that must
 * differ (getitem with __missing__, repr, copy, |) are its own.
 */
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/object_methods.h"
#include "objects/seq.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread_lock.h"

/* ---- deque -------------------------------------------------------------------- */

typedef struct Deque {
    Obj hdr;
    Value *items;         /* cap slots, scanned */
    int64_t cap, head, size;
    int64_t maxlen;       /* -1: unbounded */
    uint64_t state;       /* bumped by every mutation */
} Deque;

extern Type kr_collections_deque_type, kr_collections_deque_iter_type,
    kr_collections_deque_reviter_type;

static bool is_deque(Value v) { return kr_isinstance_type(v, &kr_collections_deque_type); }
static Deque *as_deque(Value v) { return (Deque *)kr_as_obj(v); }

/* cap is 0 or a power of two (deque_reserve doubles from 8), so "mod cap"
 * is a mask: every append and popleft (asyncio's ready queue) takes one,
 * and a 64-bit division costs tens of cycles. */
static int64_t wrap(const Deque *d, int64_t i) { return i & (d->cap - 1); }

static Value *slot_at(Deque *d, int64_t i) { return &d->items[wrap(d, d->head + i)]; }

static int deque_reserve(Thread *th, Deque *d, int64_t need)
{
    if (need <= d->cap)
        return 0;
    int64_t cap = d->cap ? d->cap * 2 : 8;
    while (cap < need)
        cap *= 2;
    Value *items = kr_gc_alloc(sizeof(Value) * (size_t)cap);
    if (!items) {
        kr_err_no_memory(th);
        return -1;
    }
    for (int64_t i = 0; i < d->size; i++)
        items[i] = *slot_at(d, i);
    d->items = items;
    d->cap = cap;
    d->head = 0;
    return 0;
}

static Value deque_popleft_raw(Deque *d)
{
    Value *s = slot_at(d, 0);
    Value v = *s;
    *s = KR_VALUE_NULL;
    d->head = wrap(d, d->head + 1);
    d->size--;
    d->state++;
    return v;
}

static Value deque_pop_raw(Deque *d)
{
    Value *s = slot_at(d, d->size - 1);
    Value v = *s;
    *s = KR_VALUE_NULL;
    d->size--;
    d->state++;
    return v;
}

static int deque_append_raw(Thread *th, Deque *d, Value v)
{
    if (d->maxlen == 0)
        return 0;
    if (deque_reserve(th, d, d->size + 1) < 0)
        return -1;
    *slot_at(d, d->size) = v;
    d->size++;
    d->state++;
    if (d->maxlen >= 0 && d->size > d->maxlen)
        deque_popleft_raw(d);
    return 0;
}

static int deque_appendleft_raw(Thread *th, Deque *d, Value v)
{
    if (d->maxlen == 0)
        return 0;
    if (deque_reserve(th, d, d->size + 1) < 0)
        return -1;
    d->head = wrap(d, d->head + d->cap - 1);
    d->items[d->head] = v;
    d->size++;
    d->state++;
    if (d->maxlen >= 0 && d->size > d->maxlen)
        deque_pop_raw(d);
    return 0;
}

static void deque_clear_raw(Deque *d)
{
    d->items = NULL;
    d->cap = d->head = d->size = 0;
    d->state++;
}

/* extend / extendleft: a snapshot first when extending by itself. */
static int deque_extend_raw(Thread *th, Deque *d, Value iterable, bool left)
{
    if (kr_from_obj(d) == iterable) {
        List *l = kr_list_from_iterable(th, iterable);
        if (!l)
            return -1;
        iterable = kr_from_obj(l);
    }
    Value it = kr_object_iter(th, iterable);
    if (!it)
        return -1;
    for (;;) {
        Value x = kr_object_next(th, it);
        if (!x)
            return kr_err_occurred(th) ? -1 : 0;
        if ((left ? deque_appendleft_raw(th, d, x) : deque_append_raw(th, d, x)) < 0)
            return -1;
    }
}

static Value deque_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    Deque *d = kr_libutil_alloc(th, t);
    if (!d)
        return KR_VALUE_NULL;
    d->maxlen = -1;
    return kr_from_obj(d);
}

static int deque_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"iterable", "maxlen", NULL};
    Value a[2];
    if (kr_libutil_parse(th, "deque", args, nargs, kw, names, 0, 0, a) < 0)
        return -1;
    Deque *d = as_deque(self);
    int64_t maxlen = -1;
    if (a[1] && a[1] != KR_NONE) {
        if (!kr_is_int(a[1])) {
            kr_err_set_string(th, &kr_exc_TypeError, "an integer is required");
            return -1;
        }
        if (kr_libutil_as_ssize(th, a[1], &maxlen) < 0)
            return -1;
        if (maxlen < 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    d->maxlen = maxlen;
    if (d->size)
        deque_clear_raw(d);
    return a[0] ? deque_extend_raw(th, d, a[0], false) : 0;
}

#define DEQUE_METHOD(name) \
    static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
#define SELF as_deque(args[0])
#define ARGS(pyname, lo, hi) \
    if (kr_call_check_args(th, "deque." pyname, nargs - 1, lo, hi, kw) < 0) return KR_VALUE_NULL

static Value pop_empty(Thread *th)
{
    kr_err_set_string(th, &kr_exc_IndexError, "pop from an empty deque");
    return KR_VALUE_NULL;
}

DEQUE_METHOD(deque_append)
{
    ARGS("append", 1, 1);
    bool lk = kr_objlock(th, SELF);     /* atomic under threads (vm/thread_lock.h) */
    int r = deque_append_raw(th, SELF, args[1]);
    kr_objunlock(th, SELF, lk);
    return r < 0 ? KR_VALUE_NULL : KR_NONE;
}

DEQUE_METHOD(deque_appendleft)
{
    ARGS("appendleft", 1, 1);
    bool lk = kr_objlock(th, SELF);
    int r = deque_appendleft_raw(th, SELF, args[1]);
    kr_objunlock(th, SELF, lk);
    return r < 0 ? KR_VALUE_NULL : KR_NONE;
}

DEQUE_METHOD(deque_pop)
{
    ARGS("pop", 0, 0);
    bool lk = kr_objlock(th, SELF);
    Value r = SELF->size ? deque_pop_raw(SELF) : KR_VALUE_NULL;
    kr_objunlock(th, SELF, lk);
    return r ? r : pop_empty(th);
}

DEQUE_METHOD(deque_popleft)
{
    ARGS("popleft", 0, 0);
    bool lk = kr_objlock(th, SELF);
    Value r = SELF->size ? deque_popleft_raw(SELF) : KR_VALUE_NULL;
    kr_objunlock(th, SELF, lk);
    return r ? r : pop_empty(th);
}

DEQUE_METHOD(deque_extend)
{
    ARGS("extend", 1, 1);
    return deque_extend_raw(th, SELF, args[1], false) < 0 ? KR_VALUE_NULL : KR_NONE;
}

DEQUE_METHOD(deque_extendleft)
{
    ARGS("extendleft", 1, 1);
    return deque_extend_raw(th, SELF, args[1], true) < 0 ? KR_VALUE_NULL : KR_NONE;
}

DEQUE_METHOD(deque_clear)
{
    ARGS("clear", 0, 0);
    deque_clear_raw(SELF);
    return KR_NONE;
}

/* Rotate right by n (left when negative), one item at a time: O(|n|)
 * moves in the ring, with no allocation. */
static void deque_rotate_raw(Deque *d, int64_t n)
{
    if (d->size <= 1)
        return;
    n %= d->size;
    if (n < 0)
        n += d->size;
    if (n > d->size / 2)
        n -= d->size;
    for (; n > 0; n--) {
        d->head = wrap(d, d->head + d->cap - 1);
        d->items[d->head] = *slot_at(d, d->size);
        *slot_at(d, d->size) = KR_VALUE_NULL;
    }
    for (; n < 0; n++) {
        *slot_at(d, d->size) = d->items[d->head];
        d->items[d->head] = KR_VALUE_NULL;
        d->head = wrap(d, d->head + 1);
    }
    d->state++;
}

DEQUE_METHOD(deque_rotate)
{
    ARGS("rotate", 0, 1);
    int64_t n = 1;
    if (nargs == 2 && kr_libutil_as_ssize(th, args[1], &n) < 0)
        return KR_VALUE_NULL;
    Deque *d = SELF;
    /* The ring needs one spare slot for the moves. */
    if (d->size > 1 && deque_reserve(th, d, d->size + 1) < 0)
        return KR_VALUE_NULL;
    deque_rotate_raw(d, n);
    return KR_NONE;
}

DEQUE_METHOD(deque_reverse)
{
    ARGS("reverse", 0, 0);
    Deque *d = SELF;
    for (int64_t i = 0, j = d->size - 1; i < j; i++, j--) {
        Value t = *slot_at(d, i);
        *slot_at(d, i) = *slot_at(d, j);
        *slot_at(d, j) = t;
    }
    d->state++;
    return KR_NONE;
}

static Value mutated(Thread *th)
{
    kr_err_set_string(th, &kr_exc_RuntimeError, "deque mutated during iteration");
    return KR_VALUE_NULL;
}

/* The first index in [start, stop) holding an item == x; -1 if none,
 * -2 on error.  A comparison that mutates the deque is a RuntimeError,
 * for remove() an IndexError (CPython's deque_remove). */
static int64_t deque_find(Thread *th, Deque *d, Value x, int64_t start, int64_t stop,
                          Type *mutation_error)
{
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < d->size; i++) {
        int eq = kr_object_richcompare_bool(th, *slot_at(d, i), x, KR_EQ);
        if (eq < 0)
            return -2;
        if (d->state != state) {
            kr_err_set_string(th, mutation_error, "deque mutated during iteration");
            return -2;
        }
        if (eq)
            return i;
    }
    return -1;
}

DEQUE_METHOD(deque_count)
{
    ARGS("count", 1, 1);
    Deque *d = SELF;
    uint64_t state = d->state;
    int64_t n = 0;
    for (int64_t i = 0; i < d->size; i++) {
        int eq = kr_object_richcompare_bool(th, *slot_at(d, i), args[1], KR_EQ);
        if (eq < 0)
            return KR_VALUE_NULL;
        if (d->state != state)
            return mutated(th);
        n += eq;
    }
    return kr_int_from_i64(th, n);
}

static Value not_in_deque(Thread *th, Value x)
{
    kr_err_format(th, &kr_exc_ValueError, "%R is not in deque", x);
    return KR_VALUE_NULL;
}

/* list.index's clamping of start/stop. */
static int64_t clamp_index(int64_t i, int64_t n)
{
    if (i < 0 && (i += n) < 0)
        return 0;
    return i > n ? n : i;
}

DEQUE_METHOD(deque_index)
{
    if (kr_libutil_no_keywords(th, "deque.index", kw) < 0 ||
        kr_libutil_check_positional(th, "index", nargs - 1, 1, 3) < 0)
        return KR_VALUE_NULL;
    Deque *d = SELF;
    int64_t start = 0, stop = d->size;
    /* big ints saturate, as CPython's _PyEval_SliceIndexNotNone */
    if ((nargs > 2 && kr_seq_bound(th, args[2], d->size, &start) < 0) ||
        (nargs > 3 && kr_seq_bound(th, args[3], d->size, &stop) < 0))
        return KR_VALUE_NULL;
    start = clamp_index(start, d->size);
    stop = clamp_index(stop, d->size);
    int64_t i = deque_find(th, d, args[1], start, stop, &kr_exc_RuntimeError);
    if (i == -2)
        return KR_VALUE_NULL;
    return i < 0 ? not_in_deque(th, args[1]) : kr_int_from_i64(th, i);
}

static int deque_del_at(Thread *th, Deque *d, int64_t i)
{
    if (deque_reserve(th, d, d->size + 1) < 0)
        return -1;
    deque_rotate_raw(d, -i);
    deque_popleft_raw(d);
    deque_rotate_raw(d, i);
    return 0;
}

DEQUE_METHOD(deque_remove)
{
    ARGS("remove", 1, 1);
    Deque *d = SELF;
    int64_t i = deque_find(th, d, args[1], 0, d->size, &kr_exc_IndexError);
    if (i == -2)
        return KR_VALUE_NULL;
    if (i < 0)
        return not_in_deque(th, args[1]);
    return deque_del_at(th, d, i) < 0 ? KR_VALUE_NULL : KR_NONE;
}

DEQUE_METHOD(deque_insert)
{
    if (kr_libutil_no_keywords(th, "deque.insert", kw) < 0 ||
        kr_libutil_check_positional(th, "insert", nargs - 1, 2, 2) < 0)
        return KR_VALUE_NULL;
    Deque *d = SELF;
    int64_t i;
    if (kr_libutil_as_ssize(th, args[1], &i) < 0)
        return KR_VALUE_NULL;
    if (d->maxlen == d->size) {
        kr_err_set_string(th, &kr_exc_IndexError, "deque already at its maximum size");
        return KR_VALUE_NULL;
    }
    i = clamp_index(i, d->size);
    if (deque_reserve(th, d, d->size + 2) < 0)
        return KR_VALUE_NULL;
    deque_rotate_raw(d, -i);
    if (deque_appendleft_raw(th, d, args[2]) < 0)
        return KR_VALUE_NULL;
    deque_rotate_raw(d, i);
    return KR_NONE;
}

/* A new deque of self's type with the same maxlen (CPython calls the type
 * for subclasses, so their __init__ runs). */
static Value deque_copy_value(Thread *th, Value self)
{
    Deque *d = as_deque(self);
    Value argv[2] = {self, d->maxlen < 0 ? KR_NONE : kr_from_smallint(d->maxlen)};
    Type *t = kr_type_of(self);
    if (t == &kr_collections_deque_type) {
        Value r = deque_new(th, t, NULL, 0, NULL);
        if (!r || deque_init(th, r, argv, 2, NULL) < 0)
            return KR_VALUE_NULL;
        return r;
    }
    return kr_vm_call(th, kr_from_obj(t), argv, d->maxlen < 0 ? 1 : 2, NULL);
}

DEQUE_METHOD(deque_copy)
{
    ARGS("copy", 0, 0);
    return deque_copy_value(th, args[0]);
}

/* What __getstate__ gives (a __dict__, None, or (dict, slots) for a
 * subclass with __slots__), as CPython 3.11's _PyObject_GetState. */
static Value reduce_state(Thread *th, Value self)
{
    return kr_object_call_getstate(th, self);
}

/* (type, () or ((), maxlen), state, iter(self)), as CPython's, for copy
 * and pickle. */
DEQUE_METHOD(deque_reduce)
{
    ARGS("__reduce__", 0, 0);
    Deque *d = SELF;
    Value inner[2] = {kr_from_obj(th->vm->empty_tuple), kr_int_from_i64(th, d->maxlen)};
    Tuple *a = d->maxlen < 0 ? th->vm->empty_tuple
               : inner[1] ? kr_tuple_from_array(th, inner, 2) : NULL;
    Value r[4] = {kr_from_obj(kr_type_of(args[0])), a ? kr_from_obj(a) : KR_VALUE_NULL,
                  a ? reduce_state(th, args[0]) : KR_VALUE_NULL, KR_VALUE_NULL};
    if (!r[2] || !(r[3] = kr_object_iter(th, args[0])))
        return KR_VALUE_NULL;
    Tuple *rt = kr_tuple_from_array(th, r, 4);
    return rt ? kr_from_obj(rt) : KR_VALUE_NULL;
}

static Value deque_maxlen(Thread *th, Value self)
{
    Deque *d = as_deque(self);
    return d->maxlen < 0 ? KR_NONE : kr_int_from_i64(th, d->maxlen);
}

static Value deque_reversed_m(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw);

/* ---- deque slots ---- */

static int deque_len(Thread *th, Value v, int64_t *n)
{
    *n = as_deque(v)->size;
    return 0;
}

/* Index from a subscript: ints only, negative from the end. */
static int deque_index_arg(Thread *th, Deque *d, Value key, int64_t *out)
{
    if (!kr_type_of(key)->index) {
        kr_err_format(th, &kr_exc_TypeError, "sequence index must be integer, not '%s'",
                      kr_type_name(key));
        return -1;
    }
    int64_t i;
    if (kr_libutil_as_ssize(th, key, &i) < 0)
        return -1;
    if (i < 0)
        i += d->size;
    if (i < 0 || i >= d->size) {
        kr_err_set_string(th, &kr_exc_IndexError, "deque index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

static Value deque_getitem(Thread *th, Value v, Value key)
{
    Deque *d = as_deque(v);
    int64_t i;
    return deque_index_arg(th, d, key, &i) < 0 ? KR_VALUE_NULL : *slot_at(d, i);
}

static int deque_setitem(Thread *th, Value v, Value key, Value value)
{
    Deque *d = as_deque(v);
    int64_t i;
    if (deque_index_arg(th, d, key, &i) < 0)
        return -1;
    if (!value)
        return deque_del_at(th, d, i);
    *slot_at(d, i) = value;
    return 0;
}

static int deque_contains(Thread *th, Value v, Value x)
{
    Deque *d = as_deque(v);
    int64_t i = deque_find(th, d, x, 0, d->size, &kr_exc_RuntimeError);
    return i == -2 ? -1 : i >= 0;
}

static Value deque_repr(Thread *th, Value v)
{
    Deque *d = as_deque(v);
    Buf b;
    kr_buf_init(&b);
    int r = kr_repr_enter(th, v);
    if (r) {
        if (r < 0)
            return KR_VALUE_NULL;
        kr_buf_puts(&b, "[...]");
        return kr_libutil_buf_value(th, &b);
    }
    List *items = kr_list_new(th, d->size);
    if (!items) {
        kr_repr_leave(th, v);
        return KR_VALUE_NULL;
    }
    for (int64_t i = 0; i < d->size; i++)
        items->items[i] = *slot_at(d, i);
    kr_buf_printf(&b, "%s(", kr_libutil_short_name(v));
    int err = kr_libutil_repr_put(th, &b, kr_from_obj(items));
    kr_repr_leave(th, v);
    if (err) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    if (d->maxlen >= 0)
        kr_buf_printf(&b, ", maxlen=%lld", (long long)d->maxlen);
    kr_buf_putc(&b, ')');
    return kr_libutil_buf_value(th, &b);
}

/* Sequence comparison, as tuples compare: the first differing pair
 * decides, else the lengths. */
static Value deque_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!is_deque(a) || !is_deque(b))
        return KR_NOTIMPL;
    Deque *x = as_deque(a), *y = as_deque(b);
    if ((op == KR_EQ || op == KR_NE) && x->size != y->size)
        return kr_from_bool(op == KR_NE);
    int64_t i = 0;
    for (; i < x->size && i < y->size; i++) {
        int eq = kr_object_richcompare_bool(th, *slot_at(x, i), *slot_at(y, i), KR_EQ);
        if (eq < 0)
            return KR_VALUE_NULL;
        if (!eq)
            break;
    }
    if (i >= x->size || i >= y->size) {
        int64_t p = x->size, q = y->size;
        bool r = op == KR_LT ? p < q : op == KR_LE ? p <= q : op == KR_EQ ? p == q
               : op == KR_NE ? p != q : op == KR_GT ? p > q : p >= q;
        return kr_from_bool(r);
    }
    if (op == KR_EQ)
        return KR_FALSE;
    if (op == KR_NE)
        return KR_TRUE;
    return kr_object_richcompare(th, *slot_at(x, i), *slot_at(y, i), op);
}

static Value deque_add(Thread *th, Value a, Value b)
{
    if (!is_deque(a))
        return KR_NOTIMPL;
    if (!is_deque(b))
        return kr_err_type_error(th, "can only concatenate deque (not \"%s\") to deque",
                                 kr_type_name(b));
    Value r = deque_copy_value(th, a);
    return r && deque_extend_raw(th, as_deque(r), b, false) == 0 ? r : KR_VALUE_NULL;
}

static Value deque_iadd(Thread *th, Value a, Value b)
{
    return deque_extend_raw(th, as_deque(a), b, false) < 0 ? KR_VALUE_NULL : a;
}

static int64_t repeat_count(Thread *th, Value n, bool *ok)
{
    int64_t c = 0;
    *ok = kr_type_of(n)->index && kr_libutil_as_ssize(th, n, &c) == 0;
    return c;
}

/* d * n: a list of the items repeated, trimmed to maxlen from the left. */
static Value deque_mul(Thread *th, Value a, Value b)
{
    Value dv = is_deque(a) ? a : b, nv = is_deque(a) ? b : a;
    if (!kr_type_of(nv)->index) {
        if (dv == b)
            return KR_NOTIMPL;
        return kr_err_type_error(th, "can't multiply sequence by non-int of type '%s'",
                                 kr_type_name(nv));
    }
    bool ok;
    int64_t n = repeat_count(th, nv, &ok);
    if (!ok)
        return KR_VALUE_NULL;
    Deque *d = as_deque(dv);
    int64_t size = d->size;
    if (size && n > 0 && INT64_MAX / size < n) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    List *l = kr_list_new(th, 0);
    if (!l)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < d->size; i++)
        if (kr_list_append(th, l, *slot_at(d, i)) < 0)
            return KR_VALUE_NULL;
    Value r = deque_copy_value(th, dv);
    if (!r)
        return KR_VALUE_NULL;
    Deque *rd = as_deque(r);
    deque_clear_raw(rd);
    int64_t total = size * (n > 0 ? n : 0);
    int64_t skip = rd->maxlen >= 0 && total > rd->maxlen ? total - rd->maxlen : 0;
    for (int64_t i = skip; i < total; i++)
        if (deque_append_raw(th, rd, l->items[i % size]) < 0)
            return KR_VALUE_NULL;
    return r;
}

static Value deque_imul(Thread *th, Value a, Value b)
{
    if (!kr_type_of(b)->index)
        return KR_NOTIMPL;
    Value r = deque_mul(th, a, b);
    if (!r)
        return KR_VALUE_NULL;
    Deque *d = as_deque(a), *src = as_deque(r);
    d->items = src->items;
    d->cap = src->cap;
    d->head = src->head;
    d->size = src->size;
    d->state++;
    return a;
}

static int deque_bool(Thread *th, Value v) { return as_deque(v)->size != 0; }

/* ---- deque iterators ---- */

typedef struct DequeIter {
    Obj hdr;
    Value deque;
    int64_t index;
    uint64_t state;
} DequeIter;

static Value deque_iter_make(Thread *th, Value v, Type *t)
{
    DequeIter *it = kr_libutil_alloc(th, t);
    if (!it)
        return KR_VALUE_NULL;
    it->deque = v;
    it->state = as_deque(v)->state;
    return kr_from_obj(it);
}

static Value deque_iter(Thread *th, Value v)
{
    return deque_iter_make(th, v, &kr_collections_deque_iter_type);
}

static Value deque_reversed_m(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    ARGS("__reversed__", 0, 0);
    return deque_iter_make(th, args[0], &kr_collections_deque_reviter_type);
}

static Value deque_iter_step(Thread *th, Value v, bool reverse)
{
    DequeIter *it = (DequeIter *)kr_as_obj(v);
    if (!it->deque)
        return KR_VALUE_NULL;
    Deque *d = as_deque(it->deque);
    if (d->state != it->state) {
        it->deque = KR_VALUE_NULL;
        return mutated(th);
    }
    if (it->index >= d->size)     /* the deque is kept, as CPython (pickling) */
        return KR_VALUE_NULL;
    int64_t i = it->index++;
    return *slot_at(d, reverse ? d->size - 1 - i : i);
}

static Value deque_iter_next(Thread *th, Value v) { return deque_iter_step(th, v, false); }
static Value deque_reviter_next(Thread *th, Value v) { return deque_iter_step(th, v, true); }

static Value deque_iter_length_hint(Thread *th, Value unused, const Value *args, size_t nargs,
                                    Tuple *kw)
{
    DequeIter *it = (DequeIter *)kr_as_obj(args[0]);
    int64_t n = it->deque ? as_deque(it->deque)->size - it->index : 0;
    return kr_from_smallint(n > 0 ? n : 0);
}

/* (type(it), (deque, items consumed)): CPython's dequeiter_reduce
 * (helper "pickle"); the iterator types take those two arguments back. */
static Value deque_iter_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                               Tuple *kw)
{
    DequeIter *it = (DequeIter *)kr_as_obj(args[0]);
    Value d = it->deque;
    if (!d) {
        List *l = kr_list_new(th, 0);
        Value empty = l ? kr_from_obj(l) : KR_VALUE_NULL;
        Tuple *a = l ? kr_tuple_from_array(th, &empty, 1) : NULL;
        Value r[2] = {kr_dict_get_str(th->vm->builtins, kr_str_intern_cstr(th, "iter")),
                      a ? kr_from_obj(a) : KR_VALUE_NULL};
        Tuple *t = a && r[0] ? kr_tuple_from_array(th, r, 2) : NULL;
        return t ? kr_from_obj(t) : KR_VALUE_NULL;
    }
    Value pair[2] = {d, kr_from_smallint(it->index)};
    Tuple *a = kr_tuple_from_array(th, pair, 2);
    Value r[2] = {kr_from_obj(kr_type_of(args[0])), a ? kr_from_obj(a) : KR_VALUE_NULL};
    Tuple *t = a ? kr_tuple_from_array(th, r, 2) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value deque_iter_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, t->name, kw) < 0 ||
        kr_libutil_check_positional(th, t->name, nargs, 1, 2) < 0)
        return KR_VALUE_NULL;
    if (!kr_isinstance_type(args[0], &kr_collections_deque_type))
        return kr_err_type_error(th, "%s() argument 1 must be collections.deque, not %s",
                                 t->name, kr_type_name(args[0]));
    int64_t index = 0;
    if (nargs == 2 && kr_libutil_as_ssize(th, args[1], &index) < 0)
        return KR_VALUE_NULL;
    Value v = deque_iter_make(th, args[0], t);
    if (!v)
        return KR_VALUE_NULL;
    DequeIter *it = (DequeIter *)kr_as_obj(v);
    int64_t size = as_deque(args[0])->size;
    it->index = index < 0 ? 0 : index > size ? size : index;
    return v;
}

static const MethodDef deque_iter_methods[] = {
    {"__reduce__", deque_iter_reduce, "($self, /)", NULL, 0},
    {"__length_hint__", deque_iter_length_hint, "($self, /)", NULL, 0},
    {0},
};

Type kr_collections_deque_iter_type = {
    .hdr = {&kr_type_type}, .name = "_collections._deque_iterator", .size = sizeof(DequeIter),
    .new_ = deque_iter_new, .iter = kr_libutil_iter_self, .next = deque_iter_next,
    .methods = deque_iter_methods,
};

Type kr_collections_deque_reviter_type = {
    .hdr = {&kr_type_type}, .name = "_collections._deque_reverse_iterator",
    .size = sizeof(DequeIter), .new_ = deque_iter_new, .iter = kr_libutil_iter_self,
    .next = deque_reviter_next,
    .methods = deque_iter_methods,
};


static const MethodDef deque_methods[] = {
    {"append", deque_append, "($self, x, /)", "Add an element to the right side of the deque.", 0},
    {"appendleft", deque_appendleft, "($self, x, /)", "Add an element to the left side of the deque.", 0},
    {"pop", deque_pop, "($self, /)", "Remove and return the rightmost element.", 0},
    {"popleft", deque_popleft, "($self, /)", "Remove and return the leftmost element.", 0},
    {"extend", deque_extend, "($self, iterable, /)", NULL, 0},
    {"extendleft", deque_extendleft, "($self, iterable, /)", NULL, 0},
    {"clear", deque_clear, "($self, /)", "Remove all elements from the deque.", 0},
    {"copy", deque_copy, "($self, /)", "Return a shallow copy of a deque.", 0},
    {"__copy__", deque_copy, "($self, /)", "Return a shallow copy of a deque.", 0},
    {"__reduce__", deque_reduce, "($self, /)", "Return state information for pickling.", 0},
    KR_GENERIC_ALIAS_METHODDEF,
    {"count", deque_count, "($self, value, /)", NULL, 0},
    {"index", deque_index, NULL, NULL, 0},
    {"insert", deque_insert, "($self, index, object, /)", NULL, 0},
    {"remove", deque_remove, "($self, value, /)", NULL, 0},
    {"reverse", deque_reverse, "($self, /)", NULL, 0},
    {"rotate", deque_rotate, NULL, NULL, 0},
    {"__reversed__", deque_reversed_m, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef deque_members[] = {
    {"maxlen", 0, deque_maxlen, NULL, "maximum size of a deque or None if unbounded", 0},
    {0},
};

Type kr_collections_deque_type = {
    .hdr = {&kr_type_type}, .name = "collections.deque", .size = sizeof(Deque),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_SEQ_CONCAT | KR_TYPE_SEQUENCE, .new_ = deque_new, .init = deque_init,
    .repr = deque_repr, .hash = kr_object_unhashable, .richcompare = deque_richcompare,
    .bool_ = deque_bool, .iter = deque_iter, .len = deque_len, .getitem = deque_getitem,
    .setitem = deque_setitem, .contains = deque_contains,
    .binop = {[KR_OP_ADD] = deque_add, [KR_OP_MUL] = deque_mul},
    .inplace = {[KR_OP_ADD] = deque_iadd, [KR_OP_MUL] = deque_imul},
    .methods = deque_methods, .members = deque_members,
};

/* ---- defaultdict ----------------------------------------------------------------- */

typedef struct DefaultDict {
    Dict dict;            /* first: a DefaultDict is a Dict (see the header) */
    Value factory;        /* None: no default */
} DefaultDict;

extern Type kr_collections_defaultdict_type;

static DefaultDict *as_dd(Value v) { return (DefaultDict *)kr_as_obj(v); }

/* A fresh instance of t with an empty dict inside: the Dict fields are
 * taken from a new dict, whose header is then dropped. */
static DefaultDict *dd_alloc(Thread *th, Type *t)
{
    DefaultDict *dd = kr_libutil_alloc(th, t);
    Dict *fresh = dd ? kr_dict_new(th) : NULL;
    if (!fresh)
        return NULL;
    memcpy((char *)dd + sizeof(Obj), (char *)fresh + sizeof(Obj), sizeof(Dict) - sizeof(Obj));
    dd->factory = KR_NONE;
    return dd;
}

static Value dd_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    DefaultDict *dd = dd_alloc(th, t);
    return dd ? kr_from_obj(dd) : KR_VALUE_NULL;
}

/* dict.update(self, *args, **kw): items of any dict (subclasses
 * included) copied here, anything else through dict's own method. */
static int dict_update(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (nargs == 1 && !kw && kr_isinstance_type(args[0], &kr_dict_type)) {
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(kr_as_dict(args[0]), &pos, &k, &v))
            if (kr_dict_set(th, kr_as_dict(self), k, v) < 0)
                return -1;
        return 0;
    }
    Value m = kr_type_lookup(&kr_dict_type, kr_str_intern_cstr(th, "update"));
    return m && kr_vm_call_method(th, m, self, args, nargs, kw) ? 0 : -1;
}

static int dd_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    Value factory = KR_NONE;
    if (nargs > 0) {
        factory = args[0];
        if (factory != KR_NONE && !kr_type_of(factory)->call) {
            kr_err_set_string(th, &kr_exc_TypeError, "first argument must be callable or None");
            return -1;
        }
        args++;
        nargs--;
    }
    as_dd(self)->factory = factory;
    if (nargs > 1) {
        kr_err_format(th, &kr_exc_TypeError, "dict expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    if (nargs == 1 && dict_update(th, self, args, 1, NULL) < 0)
        return -1;
    for (int64_t i = 0; kw && i < kw->size; i++)
        if (kr_dict_set(th, kr_as_dict(self), kw->items[i], args[nargs + (size_t)i]) < 0)
            return -1;
    return 0;
}

static Value dd_missing_value(Thread *th, Value self, Value key)
{
    DefaultDict *dd = as_dd(self);
    if (dd->factory == KR_NONE) {
        kr_err_set_object(th, &kr_exc_KeyError, key);
        return KR_VALUE_NULL;
    }
    Value v = kr_vm_call(th, dd->factory, NULL, 0, NULL);
    if (!v || kr_object_setitem(th, self, key, v) < 0)
        return KR_VALUE_NULL;
    return v;
}

static Value dd_missing(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "__missing__", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return dd_missing_value(th, args[0], args[1]);
}

/* d[key]: a miss calls __missing__ (looked up, so subclasses can
 * override it). */
static Value dd_getitem(Thread *th, Value self, Value key)
{
    Value r = kr_dict_get(th, &as_dd(self)->dict, key);
    if (r || kr_err_occurred(th))
        return r;
    Type *t = kr_type_of(self);
    if (t != &kr_collections_defaultdict_type) {
        Value m = kr_type_lookup(t, kr_str_intern_cstr(th, "__missing__"));
        if (m)
            return kr_vm_call_method(th, m, self, &key, 1, NULL);
    }
    return dd_missing_value(th, self, key);
}

static Value dd_repr(Thread *th, Value self)
{
    DefaultDict *dd = as_dd(self);
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "%s(", kr_libutil_short_name(self));
    int r = kr_repr_enter(th, self);
    if (r < 0)
        return KR_VALUE_NULL;
    int err = 0;
    if (r)
        kr_buf_puts(&b, "...");
    else
        err = kr_libutil_repr_put(th, &b, dd->factory);
    if (!r)
        kr_repr_leave(th, self);
    kr_buf_puts(&b, ", ");
    if (err || kr_dict_type.repr == NULL) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    Value inner = kr_dict_type.repr(th, self);
    if (!inner) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    kr_str_to_buf(&b, kr_as_str(inner));
    kr_buf_putc(&b, ')');
    return kr_libutil_buf_value(th, &b);
}

/* A defaultdict of self's type, same factory, same items. */
static Value dd_copy_value(Thread *th, Value self)
{
    Value argv[2] = {as_dd(self)->factory, self};
    return kr_vm_call(th, kr_from_obj(kr_type_of(self)), argv, 2, NULL);
}

static Value dd_copy(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "copy", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return dd_copy_value(th, args[0]);
}

/* (type, (factory,) or (), None, None, iter(self.items())), as CPython's. */
static Value dd_reduce(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "__reduce__", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Value f = as_dd(args[0])->factory;
    Tuple *a = f == KR_NONE ? th->vm->empty_tuple : kr_tuple_from_array(th, &f, 1);
    Str *items = a ? kr_str_intern_cstr(th, "items") : NULL;
    Value m = items ? kr_object_getattr(th, args[0], items) : KR_VALUE_NULL;
    Value view = m ? kr_vm_call(th, m, NULL, 0, NULL) : KR_VALUE_NULL;
    Value it = view ? kr_object_iter(th, view) : KR_VALUE_NULL;
    if (!it)
        return KR_VALUE_NULL;
    Value r[5] = {kr_from_obj(kr_type_of(args[0])), kr_from_obj(a), KR_NONE, KR_NONE, it};
    Tuple *rt = kr_tuple_from_array(th, r, 5);
    return rt ? kr_from_obj(rt) : KR_VALUE_NULL;
}

static Value dd_or(Thread *th, Value a, Value b)
{
    bool left = kr_isinstance_type(a, &kr_collections_defaultdict_type);
    Value self = left ? a : b, other = left ? b : a;
    if (!kr_isinstance_type(other, &kr_dict_type))
        return KR_NOTIMPL;
    Value r = dd_copy_value(th, self);
    if (!r)
        return KR_VALUE_NULL;
    if (!left) {
        /* other | self: other's items, then self's on top. */
        Value clear = kr_type_lookup(&kr_dict_type, kr_str_intern_cstr(th, "clear"));
        if (!clear || !kr_vm_call_method(th, clear, r, NULL, 0, NULL) ||
            dict_update(th, r, &other, 1, NULL) < 0 || dict_update(th, r, &self, 1, NULL) < 0)
            return KR_VALUE_NULL;
        return r;
    }
    return dict_update(th, r, &other, 1, NULL) < 0 ? KR_VALUE_NULL : r;
}

static Value dd_ior(Thread *th, Value a, Value b)
{
    return dict_update(th, a, &b, 1, NULL) < 0 ? KR_VALUE_NULL : a;
}

/* == with any dict: same keys, equal values (dict's own compare wants
 * exact dicts on both sides). */
static Value dd_richcompare(Thread *th, Value a, Value b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_isinstance_type(a, &kr_dict_type) ||
        !kr_isinstance_type(b, &kr_dict_type))
        return KR_NOTIMPL;
    Dict *x = kr_as_dict(a), *y = kr_as_dict(b);
    bool eq = x->used == y->used;
    int64_t pos = 0;
    Value k, v;
    while (eq && kr_dict_next(x, &pos, &k, &v)) {
        Value w = kr_dict_get(th, y, k);
        if (!w) {
            if (kr_err_occurred(th))
                return KR_VALUE_NULL;
            eq = false;
            break;
        }
        int e = kr_object_richcompare_bool(th, v, w, KR_EQ);
        if (e < 0)
            return KR_VALUE_NULL;
        eq = e;
    }
    return kr_from_bool(op == KR_EQ ? eq : !eq);
}

static const MethodDef dd_methods[] = {
    {"__reduce__", dd_reduce, "($self, /)", "Return state information for pickling.", 0},
    {"__missing__", dd_missing, "($self, key, /)", NULL, 0},
    {"copy", dd_copy, "($self, /)", "D.copy() -> a shallow copy of D.", 0},
    {"__copy__", dd_copy, "($self, /)", "D.copy() -> a shallow copy of D.", 0},
    {0},
};

static const MemberDef dd_members[] = {
    {"default_factory", offsetof(DefaultDict, factory), NULL, NULL,
     "Factory for default value called by __missing__().", 0},
    {0},
};

Type kr_collections_defaultdict_type = {
    .hdr = {&kr_type_type}, .name = "collections.defaultdict", .size = sizeof(DefaultDict),
    .flags = KR_TYPE_BASETYPE, .base = &kr_dict_type,
    .new_ = dd_new, .init = dd_init, .getitem = dd_getitem, .repr = dd_repr,
    .richcompare = dd_richcompare,
    .binop = {[KR_OP_OR] = dd_or}, .inplace = {[KR_OP_OR] = dd_ior},
    .methods = dd_methods, .members = dd_members,
};

/* ---- _count_elements, _tuplegetter ---------------------------------------------------- */

KR_LIB_FUNC(collections_count_elements)
{
    if (kr_libutil_no_keywords(th, "_count_elements", kw) < 0 ||
        kr_libutil_check_positional(th, "_count_elements", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    Value mapping = args[0];
    Value it = kr_object_iter(th, args[1]);
    if (!it)
        return KR_VALUE_NULL;
    Value get = kr_object_getattr(th, mapping, kr_str_intern_cstr(th, "get"));
    if (!get)
        return KR_VALUE_NULL;
    Value zero = kr_from_smallint(0), one = kr_from_smallint(1);
    for (;;) {
        Value x = kr_object_next(th, it);
        if (!x)
            return kr_err_occurred(th) ? KR_VALUE_NULL : KR_NONE;
        Value gargs[2] = {x, zero};
        Value old = kr_vm_call(th, get, gargs, 2, NULL);
        Value n = old ? kr_object_binop(th, old, one, KR_OP_ADD) : KR_VALUE_NULL;
        if (!n || kr_object_setitem(th, mapping, x, n) < 0)
            return KR_VALUE_NULL;
    }
}

typedef struct TupleGetter {
    Obj hdr;
    int64_t index;
    Value doc;
} TupleGetter;

static Value tuplegetter_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "_tuplegetter", kw) < 0 ||
        kr_libutil_check_positional(th, "_tuplegetter", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    int64_t i;
    if (kr_libutil_as_ssize(th, args[0], &i) < 0)
        return KR_VALUE_NULL;
    TupleGetter *g = kr_libutil_alloc(th, t);
    if (!g)
        return KR_VALUE_NULL;
    g->index = i;
    g->doc = args[1];
    return kr_from_obj(g);
}

static Value tuplegetter_get(Thread *th, Value self, Value obj, Value type)
{
    TupleGetter *g = (TupleGetter *)kr_as_obj(self);
    if (!obj || obj == KR_NONE)
        return self;
    if (!kr_isinstance_type(obj, &kr_tuple_type)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object",
                      (long long)g->index, kr_type_name(obj));
        return KR_VALUE_NULL;
    }
    Tuple *t = kr_as_tuple(obj);
    if (g->index < 0 || g->index >= t->size) {
        kr_err_set_string(th, &kr_exc_IndexError, "tuple index out of range");
        return KR_VALUE_NULL;
    }
    return t->items[g->index];
}

static int tuplegetter_set(Thread *th, Value self, Value obj, Value value)
{
    kr_err_set_string(th, &kr_exc_AttributeError, value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static const MemberDef tuplegetter_members[] = {
    {"__doc__", offsetof(TupleGetter, doc), NULL, NULL, NULL, 0},
    {0},
};

Type kr_collections_tuplegetter_type = {
    .hdr = {&kr_type_type}, .name = "_collections._tuplegetter", .size = sizeof(TupleGetter),
    .new_ = tuplegetter_new, .descr_get = tuplegetter_get, .descr_set = tuplegetter_set,
    .members = tuplegetter_members,
};

/* ---- the module ---------------------------------------------------------------------- */

static const MethodDef collections_functions[] = {
    {"_count_elements", collections_count_elements, "($module, mapping, iterable, /)", NULL, 0},
    {0},
};

int kr_mod__collections_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_collections", collections_functions);
    if (!m || kr_libutil_add_type(th, m, &kr_collections_deque_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_collections_defaultdict_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_collections_tuplegetter_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_collections_deque_iter_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_collections_deque_reviter_type) < 0)
        return -1;
    return 0;
}
