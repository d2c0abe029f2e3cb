/*
 * iter.c -- the builtin iterator types: enumerate, zip, reversed, map,
 * filter, and callable_iterator (iter(f, sentinel)).  Each is a type whose new_ slot takes the constructor's
 * arguments and whose next slot produces items (NULL without an exception
 * when exhausted, object.h).
 */
#include "objects/object.h"

#include "core/state.h"
#include "gc/gc.h"
#include "modules/modules.h"
#include "objects/argparse.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/dict.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/seq.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

extern Type kr_enumerate_type, kr_zip_type, kr_reversed_type, kr_map_type, kr_filter_type;

/* A subclass made by a class statement (all five types are subclassable,
 * as CPython's) allocates through object.c to get its shape. */
static void *new_obj(Thread *th, Type *t, size_t size)
{
    if (t->flags & KR_TYPE_HEAP)
        return kr_object_alloc_sub(th, t, 0);
    Obj *o = kr_gc_alloc(size);
    if (!o) {
        kr_err_no_memory(th);
        return NULL;
    }
    o->type = t;
    return o;
}

static Value iter_self(Thread *th, Value v) { return v; }

/* ---- enumerate ----------------------------------------------------------- */

typedef struct Enumerate {
    Obj hdr;
    Value it;
    Value count;          /* an int (small or big) */
} Enumerate;

static Value enumerate_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"iterable", "start", NULL};
    static const ArgSpec spec = {"enumerate", names, 0, 2, 0};
    Value kv[2] = {KR_VALUE_NULL, kr_from_smallint(0)};
    if (kr_argparse(th, &spec, args, nargs, kw, kv) < 0)
        return KR_VALUE_NULL;
    Value iterable = kv[0], start = kv[1];
    if (!iterable)      /* CPython's enumerate_vectorcall words it without "(pos 1)" */
        return kr_err_type_error(th, "enumerate() missing required argument 'iterable'");
    if (!kr_is_int(start))
        return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer", kr_type_name(start));
    Enumerate *e = new_obj(th, t, sizeof *e);
    if (!e)
        return KR_VALUE_NULL;
    e->it = kr_object_iter(th, iterable);
    if (!e->it)
        return KR_VALUE_NULL;
    e->count = start;
    return kr_from_obj(e);
}

static Value enumerate_next(Thread *th, Value v)
{
    Enumerate *e = (Enumerate *)kr_as_obj(v);
    Value x = kr_object_next(th, e->it);
    if (!x)
        return KR_VALUE_NULL;
    Value pair[2] = {e->count, x};
    Value n = kr_object_binop(th, e->count, kr_from_smallint(1), KR_OP_ADD);
    if (!n)
        return KR_VALUE_NULL;
    e->count = n;
    Tuple *t = kr_tuple_from_array(th, pair, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* (type(e), (iterator, count)): CPython's enum_reduce. */
static Value enumerate_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                              Tuple *kwnames)
{
    if (kr_call_check_args(th, "enumerate.__reduce__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    Enumerate *e = (Enumerate *)kr_as_obj(args[0]);
    Value pair[2] = {e->it, e->count};
    Tuple *inner = kr_tuple_from_array(th, pair, 2);
    Value items[2] = {kr_from_obj(kr_type_of(args[0])), inner ? kr_from_obj(inner) : 0};
    Tuple *t = inner ? kr_tuple_from_array(th, items, 2) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MethodDef enumerate_methods[] = {
    {"__reduce__", enumerate_reduce, NULL, NULL, 0},
    {0},
};

Type kr_enumerate_type = {
    .hdr = {&kr_type_type}, .name = "enumerate", .flags = KR_TYPE_BASETYPE,
    .size = sizeof(Enumerate),
    .new_ = enumerate_new, .iter = iter_self, .next = enumerate_next,
    .methods = enumerate_methods,
};

/* ---- zip ------------------------------------------------------------------ */

typedef struct Zip {
    Obj hdr;
    Tuple *its;
    bool strict;
} Zip;

static Value zip_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"strict", NULL};
    Value kv[1] = {KR_FALSE};
    if (kw && kw->size > 1)
        return kr_err_type_error(th, "zip() takes at most 1 keyword argument (%lld given)",
                                 (long long)kw->size);
    if (kw && kr_mod_parse_kwargs(th, "zip", args + nargs, kw, names, kv) < 0)
        return KR_VALUE_NULL;
    Zip *z = new_obj(th, t, sizeof *z);
    if (!z)
        return KR_VALUE_NULL;
    z->its = kr_tuple_new(th, (int64_t)nargs);
    if (!z->its)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < nargs; i++) {
        Value it = kr_object_iter(th, args[i]);
        if (!it)
            return KR_VALUE_NULL;
        z->its->items[i] = it;
    }
    int s = kr_object_truth(th, kv[0]);
    if (s < 0)
        return KR_VALUE_NULL;
    z->strict = s;
    return kr_from_obj(z);
}

/* (zip, iterators) or (zip, iterators, True) for a strict zip. */
static Value zip_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                        Tuple *kwnames)
{
    if (kr_call_check_args(th, "zip.__reduce__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    Zip *z = (Zip *)kr_as_obj(args[0]);
    Value items[3] = {kr_from_obj(&kr_zip_type), kr_from_obj(z->its), KR_TRUE};
    Tuple *t = kr_tuple_from_array(th, items, z->strict ? 3 : 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value zip_setstate(Thread *th, Value unused, const Value *args, size_t nargs,
                          Tuple *kwnames)
{
    if (kr_call_check_args(th, "zip.__setstate__", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    int s = kr_object_truth(th, args[1]);
    if (s < 0)
        return KR_VALUE_NULL;
    ((Zip *)kr_as_obj(args[0]))->strict = s;
    return KR_NONE;
}

static const MethodDef zip_methods[] = {
    {"__reduce__", zip_reduce, NULL, NULL, 0},
    {"__setstate__", zip_setstate, NULL, NULL, 0},
    {0},
};

/* One step of a zip into out[0..n): 1, or 0 when it ended (an exception
 * set if it failed, or if a strict zip's lengths differ). */
static int zip_fill(Thread *th, Zip *z, Value *out)
{
    int64_t n = z->its->size;
    if (n == 0)
        return 0;
    for (int64_t i = 0; i < n; i++) {
        Value x = kr_object_next(th, z->its->items[i]);
        if (!x) {
            if (kr_err_occurred(th) || !z->strict)
                return 0;
            if (i > 0) {
                kr_err_format(th, &kr_exc_ValueError, "zip() argument %lld is shorter than argument%s%lld",
                              (long long)i + 1, i == 1 ? " " : "s 1-", (long long)i);
                return KR_VALUE_NULL;
            }
            for (int64_t j = 1; j < n; j++) {
                Value y = kr_object_next(th, z->its->items[j]);
                if (y) {
                    kr_err_format(th, &kr_exc_ValueError, "zip() argument %lld is longer than argument%s%lld",
                                  (long long)j + 1, j == 1 ? " " : "s 1-", (long long)j);
                    return 0;
                }
                if (kr_err_occurred(th))
                    return 0;
            }
            return 0;
        }
        out[i] = x;
    }
    return 1;
}

static Value zip_next(Thread *th, Value v)
{
    Zip *z = (Zip *)kr_as_obj(v);
    int64_t n = z->its->size;
    if (n == 0)
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_new(th, n);
    if (!t)
        return KR_VALUE_NULL;
    return zip_fill(th, z, t->items) ? kr_from_obj(t) : KR_VALUE_NULL;
}

Type kr_zip_type = {
    .hdr = {&kr_type_type}, .name = "zip", .flags = KR_TYPE_BASETYPE,
    .size = sizeof(Zip),
    .new_ = zip_new, .iter = iter_self, .next = zip_next, .methods = zip_methods,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n"
    "\n"
    "   >>> list(zip('abcdefg', range(3), range(4)))\n"
    "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n"
    "\n"
    "The zip object yields n-length tuples, where n is the number of iterables\n"
    "passed as positional arguments to zip().  The i-th element in every tuple\n"
    "comes from the i-th iterable argument to zip().  This continues until the\n"
    "shortest argument is exhausted.\n"
    "\n"
    "If strict is true and one of the arguments is exhausted before the others,\n"
    "raise a ValueError.",
};

/* `for a, b in zip(...)` / enumerate(...) / d.items(): FOR_ITER asks for
 * the items without a tuple, which UNPACK would take apart at once
 * (helper "perfa").  out may be written even when the answer is not 1. */
int kr_iter_next_unpacked(Thread *th, Value it, Value *out, unsigned n)
{
    Type *t = kr_as_obj(it)->type;
    if (t == &kr_zip_type) {
        Zip *z = (Zip *)kr_as_obj(it);
        if (z->its->size != (int64_t)n)
            return KR_ITER_NO_FUSE;
        return zip_fill(th, z, out) ? 1 : kr_err_occurred(th) ? -1 : 0;
    }
    if (n != 2)
        return KR_ITER_NO_FUSE;
    if (t == &kr_enumerate_type) {
        Enumerate *e = (Enumerate *)kr_as_obj(it);
        Value x = kr_object_next(th, e->it);
        if (!x)
            return kr_err_occurred(th) ? -1 : 0;
        Value c = e->count, next;
        if (kr_is_smallint(c) && kr_as_smallint(c) < KR_SMALLINT_MAX)
            next = kr_from_smallint(kr_as_smallint(c) + 1);
        else if (!(next = kr_object_binop(th, c, kr_from_smallint(1), KR_OP_ADD)))
            return -1;
        e->count = next;
        out[0] = c;
        out[1] = x;
        return 1;
    }
    if (t == &kr_dict_itemiter_type || t == &kr_dict_revitemiter_type)
        return kr_dict_items_next2(th, it, out);
    return KR_ITER_NO_FUSE;
}

/* ---- reversed --------------------------------------------------------------- */

typedef struct Reversed {
    Obj hdr;
    Value seq;
    int64_t i;
} Reversed;

static Value reversed_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_argparse_pos(th, "reversed", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    Type *st = kr_type_of(args[0]);
    /* __reversed__ first (list, dict, range, views, classes); None in
     * its place means "not reversible", as CPython. */
    Str *rname = kr_str_intern_cstr(th, "__reversed__");
    if (!rname)
        return KR_VALUE_NULL;
    Value meth = kr_type_lookup(st, rname);
    if (meth && meth != KR_NONE)     /* looked up on the type, as a slot */
        return kr_vm_call_special(th, meth, args[0], NULL, 0);
    if (meth || !st->len || !st->getitem || kr_is_dict(args[0])) {
        kr_err_format(th, &kr_exc_TypeError, "'%s' object is not reversible", st->name);
        return KR_VALUE_NULL;
    }
    Reversed *r = new_obj(th, t, sizeof *r);
    if (!r)
        return KR_VALUE_NULL;
    r->seq = args[0];
    if (kr_object_len(th, args[0], &r->i) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(r);
}

static Value reversed_next(Thread *th, Value v)
{
    Reversed *r = (Reversed *)kr_as_obj(v);
    if (r->i <= 0) {
        r->seq = KR_NONE;     /* exhausted: let the sequence go, as CPython */
        return KR_VALUE_NULL;
    }
    r->i--;
    Value x = kr_object_getitem(th, r->seq, kr_from_smallint(r->i));
    if (!x && kr_err_matches(th, &kr_exc_IndexError)) {
        kr_err_clear(th);
        r->i = 0;
        r->seq = KR_NONE;
    }
    return x;
}

static Value reversed_length_hint(Thread *th, Value unused, const Value *args, size_t nargs,
                                  Tuple *kwnames)
{
    if (kr_call_check_args(th, "reversed.__length_hint__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    Reversed *r = (Reversed *)kr_as_obj(args[0]);
    int64_t n;
    if (r->i <= 0)
        return kr_from_smallint(0);
    if (kr_object_len(th, r->seq, &n) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(r->i <= n ? r->i : 0);    /* the sequence may have shrunk */
}

/* (reversed, (seq,), index) while running, (iter, ((),)) once done --
 * CPython's reversed_reduce. */
static Value reversed_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                             Tuple *kwnames)
{
    if (kr_call_check_args(th, "reversed.__reduce__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    Reversed *r = (Reversed *)kr_as_obj(args[0]);
    if (r->i <= 0) {
        /* exhausted: (type(r), ((),)), as CPython ("O(())") */
        Value empty = kr_from_obj(th->vm->empty_tuple);
        Tuple *args1 = kr_tuple_from_array(th, &empty, 1);
        Value pair[2] = {kr_from_obj(kr_type_of(args[0])), args1 ? kr_from_obj(args1) : 0};
        Tuple *t = args1 ? kr_tuple_from_array(th, pair, 2) : NULL;
        return t ? kr_from_obj(t) : KR_VALUE_NULL;
    }
    Tuple *inner = kr_tuple_from_array(th, &r->seq, 1);
    Value items[3] = {kr_from_obj(&kr_reversed_type), inner ? kr_from_obj(inner) : 0,
                      kr_from_smallint(r->i - 1)};
    Tuple *t = inner ? kr_tuple_from_array(th, items, 3) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value reversed_setstate(Thread *th, Value unused, const Value *args, size_t nargs,
                               Tuple *kwnames)
{
    if (kr_call_check_args(th, "reversed.__setstate__", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Reversed *r = (Reversed *)kr_as_obj(args[0]);
    int64_t n, len;
    if (!kr_is_int(args[1]))
        return kr_err_type_error(th, "an integer is required");
    if (kr_int_as_i64(th, args[1], &n) < 0)
        return KR_VALUE_NULL;
    if (r->i > 0) {        /* an exhausted iterator stays exhausted */
        if (kr_object_len(th, r->seq, &len) < 0)
            return KR_VALUE_NULL;
        if (n < -1)
            n = -1;
        if (n > len - 1)
            n = len - 1;
        r->i = n + 1;
    }
    return KR_NONE;
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, NULL, NULL, 0},
    {"__reduce__", reversed_reduce, NULL, NULL, 0},
    {"__setstate__", reversed_setstate, NULL, NULL, 0},
    {0},
};

Type kr_reversed_type = {
    .hdr = {&kr_type_type}, .name = "reversed", .flags = KR_TYPE_BASETYPE,
    .size = sizeof(Reversed),
    .new_ = reversed_new, .iter = iter_self, .next = reversed_next,
    .methods = reversed_methods,
};

/* ---- map and filter ------------------------------------------------------------ */

typedef struct MapIter {
    Obj hdr;
    Value func;
    Tuple *its;
} MapIter;

static Value map_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kw && kw->size)
        return kr_err_type_error(th, "map() takes no keyword arguments");
    if (nargs < 2)
        return kr_err_type_error(th, "map() must have at least two arguments.");
    MapIter *m = new_obj(th, t, sizeof *m);
    if (!m)
        return KR_VALUE_NULL;
    m->func = args[0];
    m->its = kr_tuple_new(th, (int64_t)nargs - 1);
    if (!m->its)
        return KR_VALUE_NULL;
    for (size_t i = 1; i < nargs; i++)
        if (!(m->its->items[i - 1] = kr_object_iter(th, args[i])))
            return KR_VALUE_NULL;
    return kr_from_obj(m);
}

static Value map_next(Thread *th, Value v)
{
    MapIter *m = (MapIter *)kr_as_obj(v);
    Value argv[8];
    int64_t n = m->its->size;
    Value *a = argv;
    if (n > 8 && !(a = kr_gc_alloc(sizeof(Value) * (size_t)n))) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    for (int64_t i = 0; i < n; i++)
        if (!(a[i] = kr_object_next(th, m->its->items[i])))
            return KR_VALUE_NULL;
    return kr_vm_call(th, m->func, a, (size_t)n, NULL);
}

/* (map, (func, *iterators)) and (filter, (func, iterator)): CPython's
 * map_reduce / filter_reduce. */
static Value mapiter_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                            Tuple *kwnames)
{
    if (kr_call_check_args(th, "__reduce__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    MapIter *m = (MapIter *)kr_as_obj(args[0]);
    Tuple *inner = kr_tuple_new(th, m->its->size + 1);
    if (!inner)
        return KR_VALUE_NULL;
    inner->items[0] = m->func;
    for (int64_t i = 0; i < m->its->size; i++)
        inner->items[i + 1] = m->its->items[i];
    Value items[2] = {kr_from_obj(kr_type_of(args[0])), kr_from_obj(inner)};
    Tuple *t = kr_tuple_from_array(th, items, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MethodDef mapiter_methods[] = {
    {"__reduce__", mapiter_reduce, NULL, NULL, 0},
    {0},
};

Type kr_map_type = {
    .hdr = {&kr_type_type}, .name = "map", .flags = KR_TYPE_BASETYPE,
    .size = sizeof(MapIter),
    .new_ = map_new, .iter = iter_self, .next = map_next, .methods = mapiter_methods,
};

static Value filter_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_argparse_pos(th, "filter", nargs, 2, 2, kw) < 0)
        return KR_VALUE_NULL;
    MapIter *m = new_obj(th, t, sizeof *m);
    if (!m)
        return KR_VALUE_NULL;
    m->func = args[0];
    m->its = kr_tuple_new(th, 1);
    if (!m->its || !(m->its->items[0] = kr_object_iter(th, args[1])))
        return KR_VALUE_NULL;
    return kr_from_obj(m);
}

static Value filter_next(Thread *th, Value v)
{
    MapIter *m = (MapIter *)kr_as_obj(v);
    for (;;) {
        Value x = kr_object_next(th, m->its->items[0]);
        if (!x)
            return KR_VALUE_NULL;
        Value keep = x;
        if (m->func != KR_NONE && !(keep = kr_vm_call(th, m->func, &x, 1, NULL)))
            return KR_VALUE_NULL;
        int t = kr_object_truth(th, keep);
        if (t < 0)
            return KR_VALUE_NULL;
        if (t)
            return x;
    }
}

Type kr_filter_type = {
    .hdr = {&kr_type_type}, .name = "filter", .flags = KR_TYPE_BASETYPE,
    .size = sizeof(MapIter),
    .new_ = filter_new, .iter = iter_self, .next = filter_next, .methods = mapiter_methods,
};

/* ---- callable_iterator ------------------------------------------------------ */

/* iter(func, sentinel): calls func until it returns something equal to
 * sentinel or raises StopIteration; then func is dropped for good. */
typedef struct CallIter {
    Obj hdr;
    Value func;           /* KR_VALUE_NULL once exhausted */
    Value sentinel;
} CallIter;

extern Type kr_calliter_type;

Value kr_calliter_new(Thread *th, Value func, Value sentinel)
{
    if (!(kr_calliter_type.flags & KR_TYPE_READY) && kr_type_ready(th, &kr_calliter_type) < 0)
        return KR_VALUE_NULL;
    CallIter *c = new_obj(th, &kr_calliter_type, sizeof *c);
    if (!c)
        return KR_VALUE_NULL;
    c->func = func;
    c->sentinel = sentinel;
    return kr_from_obj(c);
}

static Value calliter_next(Thread *th, Value v)
{
    CallIter *c = (CallIter *)kr_as_obj(v);
    if (!c->func)
        return KR_VALUE_NULL;
    Value x = kr_vm_call(th, c->func, NULL, 0, NULL);
    if (!x) {
        if (kr_err_matches(th, &kr_exc_StopIteration)) {
            kr_err_clear(th);
            c->func = KR_VALUE_NULL;
        }
        return KR_VALUE_NULL;
    }
    int eq = kr_object_richcompare_bool(th, c->sentinel, x, KR_EQ);
    if (eq < 0)
        return KR_VALUE_NULL;
    if (!eq)
        return x;
    c->func = KR_VALUE_NULL;
    return KR_VALUE_NULL;
}

/* (iter, (func, sentinel)) while running, (iter, ((),)) once done. */
static Value calliter_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                             Tuple *kwnames)
{
    if (kr_call_check_args(th, "callable_iterator.__reduce__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    CallIter *c = (CallIter *)kr_as_obj(args[0]);
    if (!c->func)
        return kr_seq_iter_reduce(th, KR_VALUE_NULL, 0, kr_from_obj(th->vm->empty_tuple));
    Str *name = kr_str_intern_cstr(th, "iter");
    Value iter = name ? kr_dict_get_str(th->vm->builtins, name) : KR_VALUE_NULL;
    if (!iter)
        return KR_VALUE_NULL;
    Value pair[2] = {c->func, c->sentinel};
    Tuple *inner = kr_tuple_from_array(th, pair, 2);
    Value items[2] = {iter, inner ? kr_from_obj(inner) : KR_VALUE_NULL};
    Tuple *t = inner ? kr_tuple_from_array(th, items, 2) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MethodDef calliter_methods[] = {
    {"__reduce__", calliter_reduce, NULL, NULL, 0},
    {0},
};

Type kr_calliter_type = {
    .hdr = {&kr_type_type}, .name = "callable_iterator", .size = sizeof(CallIter),
    .iter = iter_self, .next = calliter_next, .methods = calliter_methods,
};
