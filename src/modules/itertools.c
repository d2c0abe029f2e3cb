/*
 * itertools.c -- the itertools module: every iterator of CPython 3.11's
 * itertools, with its argument rules, error messages and reprs.
 *
 * Each iterator is a small type whose new_ slot parses the arguments and
 * whose next slot produces one item (NULL without an exception when
 * exhausted, object.h).  Exhausted iterators drop their source so that a
 * finished chain or islice stops calling it (CPython clears lz->it the
 * same way, and the difference is observable with a source that would
 * produce more items later).
 *
 * CPython reuses the result tuple of product/combinations/permutations
 * when nobody else holds it; krait has no reference counts, so it builds
 * a fresh tuple per item.  The indices live in atomic int64 arrays.
 *
 * tee keeps the items one copy has produced and another has not yet read
 * in a linked list of fixed-size links shared by all copies (CPython's
 * teedataobject): a link no copy points at any more becomes garbage, so a
 * tee's memory is bounded by the distance between its fastest and its
 * slowest copy.
 */
#include <stdatomic.h>
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

extern Type kr_classmethod_type;

#define ITER_TYPE(cname, pyname, sz, newfn, nextfn)                                   \
    Type cname = {.hdr = {&kr_type_type}, .name = "itertools." pyname, .size = sz,     \
                  .flags = KR_TYPE_BASETYPE, .new_ = newfn,                            \
                  .iter = kr_libutil_iter_self, .next = nextfn}

/* the same with CPython's doc, whose signature inspect.signature reads */
#define ITER_TYPE_DOC(cname, pyname, sz, newfn, nextfn, text)                          \
    Type cname = {.hdr = {&kr_type_type}, .name = "itertools." pyname, .size = sz,     \
                  .flags = KR_TYPE_BASETYPE, .new_ = newfn, .doc = text,               \
                  .iter = kr_libutil_iter_self, .next = nextfn}

/* Keywords are refused unless t is a subclass with an __init__ of its own,
 * which takes them (CPython tests tp_init against the base's). */
static int no_keywords(Thread *th, Type *t, const char *name, Tuple *kw)
{
    Str *init = KR_NAME(th, __init__);
    if (kw && kw->size && kr_type_lookup(t, init) != kr_type_lookup(&kr_object_type, init))
        return 0;
    return kr_libutil_no_keywords(th, name, kw);
}

static Value tuple_value(Tuple *t) { return t ? kr_from_obj(t) : KR_VALUE_NULL; }

/* The repr prefix: the type's own name, so subclasses show theirs. */
static void put_type_name(Buf *b, Value self)
{
    const char *n = kr_type_name(self);
    const char *dot = strrchr(n, '.');
    kr_buf_puts(b, dot ? dot + 1 : n);
}

/* ---- count ------------------------------------------------------------------ */

typedef struct Count {
    Obj hdr;
    Value cnt, step;
} Count;

extern Type kr_itertools_count_type;

/* PyNumber_Check: what count() accepts as start and step. */
static bool is_number(Value v)
{
    Type *t = kr_type_of(v);
    return kr_is_int(v) || kr_is_double(v) || t->index || t->int_ || t->float_ ||
           kr_isinstance_type(v, &kr_complex_type) || kr_isinstance_type(v, &kr_float_type);
}

static Value count_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"start", "step", NULL};
    Value a[2];
    if (kr_libutil_parse(th, "count", args, nargs, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    Value start = a[0] ? a[0] : kr_from_smallint(0), step = a[1] ? a[1] : kr_from_smallint(1);
    if (!is_number(start) || !is_number(step))
        return kr_err_type_error(th, "a number is required");
    Count *c = kr_libutil_alloc(th, t);
    if (!c)
        return KR_VALUE_NULL;
    c->cnt = start;
    c->step = step;
    return kr_from_obj(c);
}

static Value count_next(Thread *th, Value v)
{
    Count *c = (Count *)kr_as_obj(v);
    Value r = c->cnt;
    Value n = kr_object_binop(th, r, c->step, KR_OP_ADD);
    if (!n)
        return KR_VALUE_NULL;
    c->cnt = n;
    return r;
}

static Value count_repr(Thread *th, Value v)
{
    Count *c = (Count *)kr_as_obj(v);
    Buf b;
    kr_buf_init(&b);
    put_type_name(&b, v);
    kr_buf_putc(&b, '(');
    bool unit = c->step == kr_from_smallint(1) || c->step == KR_TRUE;
    if (kr_libutil_repr_put(th, &b, c->cnt) < 0 ||
        (!unit && (kr_buf_puts(&b, ", "), kr_libutil_repr_put(th, &b, c->step) < 0))) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    kr_buf_putc(&b, ')');
    return kr_libutil_buf_value(th, &b);
}

Type kr_itertools_count_type = {
    .hdr = {&kr_type_type}, .name = "itertools.count", .size = sizeof(Count),
    .flags = KR_TYPE_BASETYPE, .new_ = count_new, .iter = kr_libutil_iter_self,
    .next = count_next, .repr = count_repr,
    .doc = "count(start=0, step=1)\n--\n\n"
           "Return a count object whose .__next__() method returns consecutive values.\n\n"
           "Equivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n"
           "        while 1:\n            yield x\n            x += step",
};

/* ---- cycle ------------------------------------------------------------------- */

typedef struct Cycle {
    Obj hdr;
    Value it;             /* NULL after the first pass */
    List *saved;
    int64_t index;
    bool firstpass;       /* restored by pickle: saved already holds its items */
} Cycle;

static Value cycle_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (no_keywords(th, t, "cycle", kw) < 0 || kr_libutil_check_positional(th, "cycle", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    Cycle *c = kr_libutil_alloc(th, t);
    if (!c || !(c->it = kr_object_iter(th, args[0])) || !(c->saved = kr_list_new(th, 0)))
        return KR_VALUE_NULL;
    return kr_from_obj(c);
}

static Value cycle_next(Thread *th, Value v)
{
    Cycle *c = (Cycle *)kr_as_obj(v);
    if (c->it) {
        Value x = kr_object_next(th, c->it);
        if (x)
            return !c->firstpass && kr_list_append(th, c->saved, x) < 0 ? KR_VALUE_NULL : x;
        if (kr_err_occurred(th))
            return KR_VALUE_NULL;
        c->it = KR_VALUE_NULL;
    }
    if (c->saved->size == 0)
        return KR_VALUE_NULL;
    Value x = c->saved->items[c->index++];
    if (c->index >= c->saved->size)
        c->index = 0;
    return x;
}

ITER_TYPE_DOC(kr_itertools_cycle_type, "cycle", sizeof(Cycle), cycle_new, cycle_next,
    "cycle(iterable, /)\n"
    "--\n"
    "\n"
    "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.");

/* ---- repeat ------------------------------------------------------------------ */

typedef struct Repeat {
    Obj hdr;
    Value elem;
    int64_t cnt;          /* -1: forever */
} Repeat;

static Value repeat_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"object", "times", NULL};
    Value a[2];
    if (kr_libutil_parse(th, "repeat", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    int64_t cnt = -1;
    if (a[1] && kr_libutil_as_ssize(th, a[1], &cnt) < 0)
        return KR_VALUE_NULL;
    Repeat *r = kr_libutil_alloc(th, t);
    if (!r)
        return KR_VALUE_NULL;
    r->elem = a[0];
    r->cnt = a[1] ? (cnt < 0 ? 0 : cnt) : -1;
    return kr_from_obj(r);
}

static Value repeat_next(Thread *th, Value v)
{
    Repeat *r = (Repeat *)kr_as_obj(v);
    if (r->cnt == 0)
        return KR_VALUE_NULL;
    if (r->cnt > 0)
        r->cnt--;
    return r->elem;
}

static Value repeat_repr(Thread *th, Value v)
{
    Repeat *r = (Repeat *)kr_as_obj(v);
    Buf b;
    kr_buf_init(&b);
    put_type_name(&b, v);
    kr_buf_putc(&b, '(');
    if (kr_libutil_repr_put(th, &b, r->elem) < 0) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    if (r->cnt >= 0)
        kr_buf_printf(&b, ", %lld", (long long)r->cnt);
    kr_buf_putc(&b, ')');
    return kr_libutil_buf_value(th, &b);
}

static Value repeat_length_hint(Thread *th, Value self, const Value *args, size_t nargs,
                                Tuple *kw)
{
    Repeat *r = (Repeat *)kr_as_obj(args[0]);
    if (r->cnt < 0)
        return kr_err_type_error(th, "len() of unsized object");
    return kr_from_smallint(r->cnt);
}

static const MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, "($self, /)", NULL, 0},
    {0},
};

Type kr_itertools_repeat_type = {
    .hdr = {&kr_type_type}, .name = "itertools.repeat", .size = sizeof(Repeat),
    .flags = KR_TYPE_BASETYPE, .new_ = repeat_new, .iter = kr_libutil_iter_self,
    .next = repeat_next, .repr = repeat_repr, .methods = repeat_methods,
};

/* ---- accumulate --------------------------------------------------------------- */

typedef struct Accumulate {
    Obj hdr;
    Value it, total, func, initial;
} Accumulate;

static Value accumulate_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"iterable", "func", "initial", NULL};
    Value a[3];
    if (kr_libutil_parse_kwonly(th, "accumulate", args, nargs, kw, names, 0, 1, 1, a) < 0)
        return KR_VALUE_NULL;
    Accumulate *acc = kr_libutil_alloc(th, t);
    if (!acc || !(acc->it = kr_object_iter(th, a[0])))
        return KR_VALUE_NULL;
    acc->func = a[1] && a[1] != KR_NONE ? a[1] : KR_VALUE_NULL;
    acc->initial = a[2] && a[2] != KR_NONE ? a[2] : KR_VALUE_NULL;
    return kr_from_obj(acc);
}

static Value accumulate_next(Thread *th, Value v)
{
    Accumulate *a = (Accumulate *)kr_as_obj(v);
    if (a->initial) {
        a->total = a->initial;
        a->initial = KR_VALUE_NULL;
        return a->total;
    }
    Value x = kr_object_next(th, a->it);
    if (!x)
        return KR_VALUE_NULL;
    if (a->total) {
        Value pair[2] = {a->total, x};
        x = a->func ? kr_vm_call(th, a->func, pair, 2, NULL)
                    : kr_object_binop(th, a->total, x, KR_OP_ADD);
        if (!x)
            return KR_VALUE_NULL;
    }
    return a->total = x;
}

ITER_TYPE_DOC(kr_itertools_accumulate_type, "accumulate", sizeof(Accumulate), accumulate_new,
          accumulate_next,
    "accumulate(iterable, func=None, *, initial=None)\n"
    "--\n"
    "\n"
    "Return series of accumulated sums (or other binary function results).");

/* ---- chain -------------------------------------------------------------------- */

typedef struct Chain {
    Obj hdr;
    Value source;         /* iterator over the iterables; NULL when done */
    Value active;         /* iterator over the current one */
} Chain;

extern Type kr_itertools_chain_type;

static Value chain_make(Thread *th, Type *t, Value source)
{
    Chain *c = kr_libutil_alloc(th, t);
    if (!c)
        return KR_VALUE_NULL;
    c->source = source;
    return kr_from_obj(c);
}

static Value chain_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (no_keywords(th, t, "chain", kw) < 0)
        return KR_VALUE_NULL;
    Tuple *tup = kr_tuple_from_array(th, args, (int64_t)nargs);
    Value src = tup ? kr_object_iter(th, kr_from_obj(tup)) : KR_VALUE_NULL;
    return src ? chain_make(th, t, src) : KR_VALUE_NULL;
}

static Value chain_from_iterable(Thread *th, Value self, const Value *args, size_t nargs,
                                 Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "chain.from_iterable", kw) < 0)
        return KR_VALUE_NULL;
    if (nargs != 2)
        return kr_err_type_error(th, "chain.from_iterable() takes exactly one argument (%zu given)",
                                 nargs - 1);
    Value src = kr_object_iter(th, args[1]);
    return src ? chain_make(th, (Type *)kr_as_obj(args[0]), src) : KR_VALUE_NULL;
}

static Value chain_next(Thread *th, Value v)
{
    Chain *c = (Chain *)kr_as_obj(v);
    while (c->source) {
        if (!c->active) {
            Value iterable = kr_object_next(th, c->source);
            if (!iterable) {
                c->source = KR_VALUE_NULL;
                return KR_VALUE_NULL;
            }
            if (!(c->active = kr_object_iter(th, iterable)))
                return KR_VALUE_NULL;
        }
        Value x = kr_object_next(th, c->active);
        if (x || kr_err_occurred(th))
            return x;
        c->active = KR_VALUE_NULL;
    }
    return KR_VALUE_NULL;
}

ITER_TYPE(kr_itertools_chain_type, "chain", sizeof(Chain), chain_new, chain_next);

static const MethodDef chain_from_iterable_def = {
    "from_iterable", chain_from_iterable, "($type, iterable, /)", NULL, 0,
};

/* chain.from_iterable is a classmethod: a builtin wrapped in classmethod,
 * stored once the type is ready (MethodDef has no class-method form yet). */
static int chain_add_classmethod(Thread *th)
{
    Value f = kr_builtin_new(th, &chain_from_iterable_def, KR_VALUE_NULL, KR_VALUE_NULL);
    Value cm = f ? kr_vm_call(th, kr_from_obj(&kr_classmethod_type), &f, 1, NULL) : KR_VALUE_NULL;
    Str *n = cm ? kr_str_intern_cstr(th, "from_iterable") : NULL;
    return n ? kr_dict_set_str(th, kr_itertools_chain_type.dict, n, cm) : -1;
}

/* ---- compress, dropwhile, takewhile, filterfalse, starmap ------------------------ */

/* One layout for the iterators made of a function (or selectors) and a
 * source iterator. */
typedef struct FuncIter {
    Obj hdr;
    Value func;
    Value it;
    bool done;            /* dropwhile: stopped dropping; takewhile: stopped */
} FuncIter;

static Value funciter_make(Thread *th, Type *t, Value func, Value iterable)
{
    FuncIter *f = kr_libutil_alloc(th, t);
    if (!f || !(f->it = kr_object_iter(th, iterable)))
        return KR_VALUE_NULL;
    f->func = func;
    return kr_from_obj(f);
}

static Value compress_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"data", "selectors", NULL};
    Value a[2];
    if (kr_libutil_parse(th, "compress", args, nargs, kw, names, 0, 2, a) < 0)
        return KR_VALUE_NULL;
    Value data = kr_object_iter(th, a[0]);
    Value sel = data ? kr_object_iter(th, a[1]) : KR_VALUE_NULL;
    FuncIter *f = sel ? kr_libutil_alloc(th, t) : NULL;
    if (!f)
        return KR_VALUE_NULL;
    f->it = data;
    f->func = sel;
    return kr_from_obj(f);
}

static Value compress_next(Thread *th, Value v)
{
    FuncIter *f = (FuncIter *)kr_as_obj(v);
    for (;;) {
        Value x = kr_object_next(th, f->it);
        Value s = x ? kr_object_next(th, f->func) : KR_VALUE_NULL;
        if (!s)
            return KR_VALUE_NULL;
        int ok = kr_object_truth(th, s);
        if (ok)
            return ok < 0 ? KR_VALUE_NULL : x;
    }
}

ITER_TYPE_DOC(kr_itertools_compress_type, "compress", sizeof(FuncIter), compress_new, compress_next,
    "compress(data, selectors)\n"
    "--\n"
    "\n"
    "Return data elements corresponding to true selector elements.\n"
    "\n"
    "Forms a shorter iterator from selected data elements using the selectors to\n"
    "choose the data elements.");

/* The predicate iterators take exactly (predicate, iterable), positional. */
static Value pred_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw,
                      const char *name)
{
    if (no_keywords(th, t, name, kw) < 0 || kr_libutil_check_positional(th, name, nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    return funciter_make(th, t, args[0], args[1]);
}

/* pred(x) as a truth value; -1 on error. */
static int call_pred(Thread *th, Value pred, Value x)
{
    Value r = pred == KR_NONE ? x : kr_vm_call(th, pred, &x, 1, NULL);
    return r ? kr_object_truth(th, r) : -1;
}

static Value dropwhile_new(Thread *th, Type *t, const Value *a, size_t n, Tuple *kw)
{
    return pred_new(th, t, a, n, kw, "dropwhile");
}

static Value dropwhile_next(Thread *th, Value v)
{
    FuncIter *f = (FuncIter *)kr_as_obj(v);
    for (;;) {
        Value x = kr_object_next(th, f->it);
        if (!x || f->done)
            return x;
        int ok = call_pred(th, f->func, x);
        if (ok < 0)
            return KR_VALUE_NULL;
        if (!ok) {
            f->done = true;
            return x;
        }
    }
}

ITER_TYPE_DOC(kr_itertools_dropwhile_type, "dropwhile", sizeof(FuncIter), dropwhile_new,
          dropwhile_next,
    "dropwhile(predicate, iterable, /)\n"
    "--\n"
    "\n"
    "Drop items from the iterable while predicate(item) is true.\n"
    "\n"
    "Afterwards, return every element until the iterable is exhausted.");

static Value takewhile_new(Thread *th, Type *t, const Value *a, size_t n, Tuple *kw)
{
    return pred_new(th, t, a, n, kw, "takewhile");
}

static Value takewhile_next(Thread *th, Value v)
{
    FuncIter *f = (FuncIter *)kr_as_obj(v);
    if (f->done)
        return KR_VALUE_NULL;
    Value x = kr_object_next(th, f->it);
    if (!x)
        return KR_VALUE_NULL;
    int ok = call_pred(th, f->func, x);
    if (ok < 0)
        return KR_VALUE_NULL;
    if (ok)
        return x;
    f->done = true;
    return KR_VALUE_NULL;
}

ITER_TYPE_DOC(kr_itertools_takewhile_type, "takewhile", sizeof(FuncIter), takewhile_new,
          takewhile_next,
    "takewhile(predicate, iterable, /)\n"
    "--\n"
    "\n"
    "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.");

static Value filterfalse_new(Thread *th, Type *t, const Value *a, size_t n, Tuple *kw)
{
    return pred_new(th, t, a, n, kw, "filterfalse");
}

static Value filterfalse_next(Thread *th, Value v)
{
    FuncIter *f = (FuncIter *)kr_as_obj(v);
    for (;;) {
        Value x = kr_object_next(th, f->it);
        if (!x)
            return KR_VALUE_NULL;
        int ok = call_pred(th, f->func, x);
        if (ok <= 0)
            return ok < 0 ? KR_VALUE_NULL : x;
    }
}

ITER_TYPE_DOC(kr_itertools_filterfalse_type, "filterfalse", sizeof(FuncIter), filterfalse_new,
          filterfalse_next,
    "filterfalse(function, iterable, /)\n"
    "--\n"
    "\n"
    "Return those items of iterable for which function(item) is false.\n"
    "\n"
    "If function is None, return the items that are false.");

static Value starmap_new(Thread *th, Type *t, const Value *a, size_t n, Tuple *kw)
{
    return pred_new(th, t, a, n, kw, "starmap");
}

static Value starmap_next(Thread *th, Value v)
{
    FuncIter *f = (FuncIter *)kr_as_obj(v);
    Value x = kr_object_next(th, f->it);
    if (!x)
        return KR_VALUE_NULL;
    Tuple *args;
    if (kr_is_tuple(x)) {
        args = kr_as_tuple(x);
    } else {
        List *l = kr_type_of(x)->iter ? kr_list_from_iterable(th, x) : NULL;
        if (!l) {
            if (!kr_type_of(x)->iter)
                kr_err_format(th, &kr_exc_TypeError, "'%s' object is not iterable", kr_type_name(x));
            return KR_VALUE_NULL;
        }
        if (!(args = kr_tuple_from_array(th, l->items, l->size)))
            return KR_VALUE_NULL;
    }
    return kr_vm_call(th, f->func, args->items, (size_t)args->size, NULL);
}

ITER_TYPE_DOC(kr_itertools_starmap_type, "starmap", sizeof(FuncIter), starmap_new, starmap_next,
    "starmap(function, iterable, /)\n"
    "--\n"
    "\n"
    "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.");

/* ---- groupby ------------------------------------------------------------------ */

typedef struct GroupBy {
    Obj hdr;
    Value it, keyfunc;
    Value tgtkey, currkey, currvalue;
    Value currgrouper;    /* the only _grouper that may still produce items */
} GroupBy;

typedef struct Grouper {
    Obj hdr;
    Value parent;
    Value tgtkey;
} Grouper;

extern Type kr_itertools_grouper_type;

static Value groupby_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"iterable", "key", NULL};
    Value a[2];
    if (kr_libutil_parse(th, "groupby", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    GroupBy *g = kr_libutil_alloc(th, t);
    if (!g || !(g->it = kr_object_iter(th, a[0])))
        return KR_VALUE_NULL;
    g->keyfunc = a[1] ? a[1] : KR_NONE;
    return kr_from_obj(g);
}

/* Advance to the next item: currvalue and currkey.  -1 when exhausted
 * (no exception) or on error. */
static int groupby_step(Thread *th, GroupBy *g)
{
    Value x = kr_object_next(th, g->it);
    if (!x)
        return -1;
    Value k = g->keyfunc == KR_NONE ? x : kr_vm_call(th, g->keyfunc, &x, 1, NULL);
    if (!k)
        return -1;
    g->currvalue = x;
    g->currkey = k;
    return 0;
}

static Value groupby_next(Thread *th, Value v)
{
    GroupBy *g = (GroupBy *)kr_as_obj(v);
    g->currgrouper = KR_VALUE_NULL;
    /* Skip the rest of the current group. */
    for (;;) {
        if (!g->currkey) {
            /* nothing read yet */
        } else if (!g->tgtkey) {
            break;
        } else {
            int eq = kr_object_richcompare_bool(th, g->tgtkey, g->currkey, KR_EQ);
            if (eq < 0)
                return KR_VALUE_NULL;
            if (!eq)
                break;
        }
        if (groupby_step(th, g) < 0)
            return KR_VALUE_NULL;
    }
    g->tgtkey = g->currkey;
    Grouper *gr = kr_libutil_alloc(th, &kr_itertools_grouper_type);
    if (!gr)
        return KR_VALUE_NULL;
    gr->parent = v;
    gr->tgtkey = g->tgtkey;
    g->currgrouper = kr_from_obj(gr);
    Value pair[2] = {g->currkey, kr_from_obj(gr)};
    return tuple_value(kr_tuple_from_array(th, pair, 2));
}

ITER_TYPE_DOC(kr_itertools_groupby_type, "groupby", sizeof(GroupBy), groupby_new, groupby_next,
    "groupby(iterable, key=None)\n"
    "--\n"
    "\n"
    "make an iterator that returns consecutive keys and groups from the iterable\n"
    "\n"
    "  iterable\n"
    "    Elements to divide into groups according to the key function.\n"
    "  key\n"
    "    A function for computing the group category for each element.\n"
    "    If the key function is not specified or is None, the element itself\n"
    "    is used for grouping.");

static Value grouper_next(Thread *th, Value v)
{
    Grouper *gr = (Grouper *)kr_as_obj(v);
    GroupBy *g = (GroupBy *)kr_as_obj(gr->parent);
    if (g->currgrouper != v)
        return KR_VALUE_NULL;
    if (!g->currvalue && groupby_step(th, g) < 0)
        return KR_VALUE_NULL;
    int eq = kr_object_richcompare_bool(th, gr->tgtkey, g->currkey, KR_EQ);
    if (eq <= 0)
        return KR_VALUE_NULL;
    Value r = g->currvalue;
    g->currvalue = KR_VALUE_NULL;
    return r;
}

Type kr_itertools_grouper_type = {
    .hdr = {&kr_type_type}, .name = "itertools._grouper", .size = sizeof(Grouper),
    .iter = kr_libutil_iter_self, .next = grouper_next,
};

/* ---- islice ------------------------------------------------------------------ */

typedef struct ISlice {
    Obj hdr;
    Value it;             /* NULL once exhausted */
    int64_t next, stop, step, cnt;   /* stop == -1: none */
} ISlice;

/* v as an index; -1 with an exception for a non-integer or one past
 * int64 (the callers turn both into islice's ValueErrors). */
static int64_t as_ssize_or_error(Thread *th, Value v)
{
    int64_t r;
    return kr_libutil_as_ssize(th, v, &r) < 0 ? -1 : r;
}

static const char islice_stop_msg[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

static Value islice_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (no_keywords(th, t, "islice", kw) < 0)
        return KR_VALUE_NULL;
    if (kr_libutil_check_positional(th, "islice", nargs, 2, 4) < 0)
        return KR_VALUE_NULL;
    int64_t start = 0, stop = -1, step = 1;
    Value a1 = args[1];
    if (nargs == 2) {
        if (a1 != KR_NONE && (stop = as_ssize_or_error(th, a1)) == -1) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_ValueError, islice_stop_msg);
            return KR_VALUE_NULL;
        }
    } else {
        if (a1 != KR_NONE && (start = as_ssize_or_error(th, a1)) == -1)
            kr_err_clear(th);
        if (args[2] != KR_NONE && (stop = as_ssize_or_error(th, args[2])) == -1) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_ValueError, islice_stop_msg);
            return KR_VALUE_NULL;
        }
    }
    if (start < 0 || stop < -1) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        return KR_VALUE_NULL;
    }
    if (nargs == 4 && args[3] != KR_NONE && (step = as_ssize_or_error(th, args[3])) == -1)
        kr_err_clear(th);
    if (step < 1) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "Step for islice() must be a positive integer or None.");
        return KR_VALUE_NULL;
    }
    ISlice *s = kr_libutil_alloc(th, t);
    if (!s || !(s->it = kr_object_iter(th, args[0])))
        return KR_VALUE_NULL;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return kr_from_obj(s);
}

static Value islice_next(Thread *th, Value v)
{
    ISlice *s = (ISlice *)kr_as_obj(v);
    if (!s->it)
        return KR_VALUE_NULL;
    while (s->cnt < s->next) {
        Value x = kr_object_next(th, s->it);
        if (!x)
            goto empty;
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop)
        goto empty;
    Value x = kr_object_next(th, s->it);
    if (!x)
        goto empty;
    s->cnt++;
    /* a step up to sys.maxsize may pass INT64_MAX: the sum wraps (done
     * unsigned, as CPython's islice_next) and then reads as the stop */
    int64_t old = s->next;
    s->next = (int64_t)((uint64_t)s->next + (uint64_t)s->step);
    if (s->next < old || (s->stop != -1 && s->next > s->stop))
        s->next = s->stop;
    return x;
empty:
    s->it = KR_VALUE_NULL;
    return KR_VALUE_NULL;
}

ITER_TYPE(kr_itertools_islice_type, "islice", sizeof(ISlice), islice_new, islice_next);

/* ---- pairwise ------------------------------------------------------------------ */

typedef struct Pairwise {
    Obj hdr;
    Value it, old;
} Pairwise;

static Value pairwise_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "pairwise", kw) < 0 || kr_libutil_check_positional(th, "pairwise", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    Pairwise *p = kr_libutil_alloc(th, t);
    if (!p || !(p->it = kr_object_iter(th, args[0])))
        return KR_VALUE_NULL;
    return kr_from_obj(p);
}

static Value pairwise_next(Thread *th, Value v)
{
    Pairwise *p = (Pairwise *)kr_as_obj(v);
    if (!p->it)
        return KR_VALUE_NULL;
    if (!p->old && !(p->old = kr_object_next(th, p->it))) {
        p->it = KR_VALUE_NULL;
        return KR_VALUE_NULL;
    }
    Value x = kr_object_next(th, p->it);
    if (!x) {
        p->it = p->old = KR_VALUE_NULL;
        return KR_VALUE_NULL;
    }
    Value pair[2] = {p->old, x};
    p->old = x;
    return tuple_value(kr_tuple_from_array(th, pair, 2));
}

ITER_TYPE_DOC(kr_itertools_pairwise_type, "pairwise", sizeof(Pairwise), pairwise_new, pairwise_next,
    "pairwise(iterable, /)\n"
    "--\n"
    "\n"
    "Return an iterator of overlapping pairs taken from the input iterator.\n"
    "\n"
    "    s -> (s0,s1), (s1,s2), (s2, s3), ...");

/* ---- tee ---------------------------------------------------------------------- */

enum { TEE_LINK = 57 };   /* items per link, as CPython's LINKCELLS */

typedef struct TeeLink {
    Obj hdr;
    Value it;             /* the shared source iterator */
    _Atomic int n;        /* items filled */
    _Atomic bool running; /* a copy is in the source's __next__ to fill this link: another
                             copy (a thread, a re-entrant call) must not wait */
    struct TeeLink *next;
    Value values[TEE_LINK];
} TeeLink;

typedef struct Tee {
    Obj hdr;
    TeeLink *link;
    int index;
} Tee;

extern Type kr_itertools_tee_type, kr_itertools_teedata_type;

static Value tee_from_iterator(Thread *th, Type *t, Value it)
{
    Tee *tee = kr_libutil_alloc(th, t);
    TeeLink *l = tee ? kr_libutil_alloc(th, &kr_itertools_teedata_type) : NULL;
    if (!l)
        return KR_VALUE_NULL;
    l->it = it;
    tee->link = l;
    return kr_from_obj(tee);
}

static Value tee_copy_of(Thread *th, Tee *src)
{
    Tee *c = kr_libutil_alloc(th, &kr_itertools_tee_type);
    if (!c)
        return KR_VALUE_NULL;
    c->link = src->link;
    c->index = src->index;
    return kr_from_obj(c);
}

static Value tee_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "_tee", kw) < 0 || kr_libutil_check_positional(th, "_tee", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    Value it = kr_object_iter(th, args[0]);
    if (!it)
        return KR_VALUE_NULL;
    if (kr_is_type(it, &kr_itertools_tee_type))
        return tee_copy_of(th, (Tee *)kr_as_obj(it));
    return tee_from_iterator(th, t, it);
}

static Value tee_next(Thread *th, Value v)
{
    Tee *tee = (Tee *)kr_as_obj(v);
    TeeLink *l = tee->link;
    if (tee->index >= TEE_LINK) {
        TeeLink *n = __atomic_load_n(&l->next, __ATOMIC_ACQUIRE);
        if (!n) {
            /* copies on two threads may both get here: one link wins */
            TeeLink *fresh = kr_libutil_alloc(th, &kr_itertools_teedata_type);
            if (!fresh)
                return KR_VALUE_NULL;
            fresh->it = l->it;
            n = __atomic_compare_exchange_n(&l->next, &n, fresh, false, __ATOMIC_ACQ_REL,
                                            __ATOMIC_ACQUIRE) ? fresh : n;
        }
        l = tee->link = n;
        tee->index = 0;
    }
    if (tee->index < l->n)
        return l->values[tee->index++];
    if (atomic_exchange(&l->running, true)) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "cannot re-enter the tee iterator");
        return KR_VALUE_NULL;
    }
    if (tee->index < l->n) {      /* another copy filled it meanwhile */
        atomic_store(&l->running, false);
        return l->values[tee->index++];
    }
    Value x = kr_object_next(th, l->it);
    if (x) {
        l->values[l->n] = x;
        atomic_fetch_add(&l->n, 1);
        tee->index++;
    }
    atomic_store(&l->running, false);
    return x;
}

static Value tee_copy_method(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    return tee_copy_of(th, (Tee *)kr_as_obj(args[0]));
}

static const MethodDef tee_methods[] = {
    {"__copy__", tee_copy_method, "($self, /)", NULL, 0},
    {0},
};

Type kr_itertools_tee_type = {
    .hdr = {&kr_type_type}, .name = "itertools._tee", .size = sizeof(Tee),
    .new_ = tee_new, .iter = kr_libutil_iter_self, .next = tee_next, .methods = tee_methods,
};

Type kr_itertools_teedata_type = {
    .hdr = {&kr_type_type}, .name = "itertools._tee_dataobject", .size = sizeof(TeeLink),
};

KR_LIB_FUNC(itertools_tee)
{
    if (kr_libutil_no_keywords(th, "itertools.tee", kw) < 0 || kr_libutil_check_positional(th, "tee", nargs, 1, 2) < 0)
        return KR_VALUE_NULL;
    int64_t n = 2;
    if (nargs == 2 && kr_libutil_as_ssize(th, args[1], &n) < 0)
        return KR_VALUE_NULL;
    if (n < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "n must be >= 0");
        return KR_VALUE_NULL;
    }
    Tuple *r = kr_tuple_new(th, n);
    if (!r)
        return KR_VALUE_NULL;
    if (n == 0)
        return kr_from_obj(r);
    Value it = kr_object_iter(th, args[0]);
    if (!it)
        return KR_VALUE_NULL;
    /* An iterator that can copy itself is copied; others get wrapped. */
    Value copy = KR_VALUE_NULL;
    Value first = kr_object_getmethod(th, it, kr_str_intern_cstr(th, "__copy__"), &copy);
    if (first) {
        r->items[0] = it;
    } else {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
        if (!(r->items[0] = tee_from_iterator(th, &kr_itertools_tee_type, it)))
            return KR_VALUE_NULL;
    }
    for (int64_t i = 1; i < n; i++) {
        Value c = r->items[i - 1];
        Value m = kr_object_getattr(th, c, kr_str_intern_cstr(th, "__copy__"));
        if (!m || !(r->items[i] = kr_vm_call(th, m, NULL, 0, NULL)))
            return KR_VALUE_NULL;
    }
    return kr_from_obj(r);
}

/* ---- zip_longest ---------------------------------------------------------------- */

typedef struct ZipLongest {
    Obj hdr;
    Tuple *its;           /* an exhausted iterator's slot holds NULL */
    int64_t active;
    Value fill;
} ZipLongest;

static Value zip_longest_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    Value fill = KR_NONE;
    if (kw && kw->size) {
        Str *k = kr_as_str(kw->items[0]);
        if (kw->size > 1 || k->len != 9 || memcmp(k->data, "fillvalue", 9) != 0)
            return kr_err_type_error(th, "zip_longest() got an unexpected keyword argument");
        fill = args[nargs];
    }
    ZipLongest *z = kr_libutil_alloc(th, t);
    if (!z || !(z->its = kr_tuple_new(th, (int64_t)nargs)))
        return KR_VALUE_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!(z->its->items[i] = kr_object_iter(th, args[i])))
            return KR_VALUE_NULL;
    z->active = (int64_t)nargs;
    z->fill = fill;
    return kr_from_obj(z);
}

static Value zip_longest_next(Thread *th, Value v)
{
    ZipLongest *z = (ZipLongest *)kr_as_obj(v);
    int64_t n = z->its->size;
    if (n == 0 || z->active == 0)
        return KR_VALUE_NULL;
    Tuple *r = kr_tuple_new(th, n);
    if (!r)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < n; i++) {
        Value x = KR_VALUE_NULL;
        if (z->its->items[i]) {
            x = kr_object_next(th, z->its->items[i]);
            if (!x) {
                if (kr_err_occurred(th))
                    return KR_VALUE_NULL;
                z->its->items[i] = KR_VALUE_NULL;
                if (--z->active == 0)
                    return KR_VALUE_NULL;
            }
        }
        r->items[i] = x ? x : z->fill;
    }
    return kr_from_obj(r);
}

ITER_TYPE(kr_itertools_zip_longest_type, "zip_longest", sizeof(ZipLongest), zip_longest_new,
          zip_longest_next);

/* ---- combinatorics ---------------------------------------------------------------- */

/* product, permutations, combinations and combinations_with_replacement
 * share one layout: the pool(s), an index vector, and (permutations) a
 * cycle vector. */
typedef struct Combi {
    Obj hdr;
    Tuple *pools;         /* product: a tuple of tuples; others: (pool,) */
    int64_t *indices;     /* atomic */
    int64_t *cycles;      /* permutations only */
    int64_t r;
    Tuple *result;        /* the previous result; NULL before the first */
    bool stopped;
} Combi;

static int64_t *alloc_indices(Thread *th, int64_t n)
{
    int64_t *p = kr_gc_alloc_atomic(sizeof(int64_t) * (size_t)(n ? n : 1));
    if (!p)
        kr_err_no_memory(th);
    return p;
}

static Tuple *pool_of(Thread *th, Value iterable)
{
    if (kr_is_tuple(iterable))
        return kr_as_tuple(iterable);
    List *l = kr_list_from_iterable(th, iterable);
    return l ? kr_tuple_from_array(th, l->items, l->size) : NULL;
}

static Value product_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    int64_t repeat = 1;
    if (kw && kw->size) {
        for (int64_t i = 0; i < kw->size; i++) {
            Str *ki = kr_as_str(kw->items[i]);
            if (ki->len != 6 || memcmp(ki->data, "repeat", 6) != 0)
                return kr_err_type_error(th, "'%U' is an invalid keyword argument for product()", ki);
        }
        if (kr_libutil_as_ssize(th, args[nargs], &repeat) < 0)
            return KR_VALUE_NULL;
        if (repeat < 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "repeat argument cannot be negative");
            return KR_VALUE_NULL;
        }
    }
    if (nargs && repeat > INT64_MAX / (int64_t)nargs) {
        kr_err_set_string(th, &kr_exc_OverflowError, "repeat argument too large");
        return KR_VALUE_NULL;
    }
    int64_t npools = (int64_t)nargs * repeat;
    Combi *c = kr_libutil_alloc(th, t);
    if (!c || !(c->pools = kr_tuple_new(th, npools)) || !(c->indices = alloc_indices(th, npools)))
        return KR_VALUE_NULL;
    for (size_t i = 0; i < nargs; i++) {
        Tuple *p = pool_of(th, args[i]);
        if (!p)
            return KR_VALUE_NULL;
        for (int64_t j = 0; j < repeat; j++)
            c->pools->items[j * (int64_t)nargs + (int64_t)i] = kr_from_obj(p);
    }
    memset(c->indices, 0, sizeof(int64_t) * (size_t)npools);
    c->r = npools;
    return kr_from_obj(c);
}

static Tuple *product_pool(Combi *c, int64_t i) { return kr_as_tuple(c->pools->items[i]); }

static Value product_next(Thread *th, Value v)
{
    Combi *c = (Combi *)kr_as_obj(v);
    int64_t n = c->r;
    if (c->stopped)
        return KR_VALUE_NULL;
    if (!c->result) {
        for (int64_t i = 0; i < n; i++)
            if (product_pool(c, i)->size == 0) {
                c->stopped = true;
                return KR_VALUE_NULL;
            }
    } else {
        /* Odometer: bump the rightmost index that can move. */
        int64_t i = n - 1;
        for (; i >= 0; i--) {
            if (++c->indices[i] < product_pool(c, i)->size)
                break;
            c->indices[i] = 0;
        }
        if (i < 0) {
            c->stopped = true;
            return KR_VALUE_NULL;
        }
    }
    Tuple *r = kr_tuple_new(th, n);
    if (!r)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < n; i++)
        r->items[i] = product_pool(c, i)->items[c->indices[i]];
    c->result = r;
    return kr_from_obj(r);
}

ITER_TYPE(kr_itertools_product_type, "product", sizeof(Combi), product_new, product_next);

/* (iterable, r) for the three selections; r_required for combinations. */
static Combi *selection_new(Thread *th, Type *t, const char *name, const Value *args,
                            size_t nargs, Tuple *kw, bool r_required)
{
    static const char *const names[] = {"iterable", "r", NULL};
    Value a[2];
    if (kr_libutil_parse(th, name, args, nargs, kw, names, 0, r_required ? 2 : 1, a) < 0)
        return NULL;
    Tuple *pool = pool_of(th, a[0]);
    if (!pool)
        return NULL;
    int64_t r = pool->size;
    if (a[1] && a[1] != KR_NONE) {
        if (!kr_is_int(a[1])) {
            kr_err_format(th, &kr_exc_TypeError, "Expected int as r");
            return NULL;
        }
        if (kr_libutil_as_ssize(th, a[1], &r) < 0)
            return NULL;
    }
    if (r < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "r must be non-negative");
        return NULL;
    }
    Combi *c = kr_libutil_alloc(th, t);
    if (!c || !(c->pools = kr_tuple_from_array(th, (Value[]){kr_from_obj(pool)}, 1)))
        return NULL;
    c->r = r;
    return c;
}

static Tuple *sel_pool(Combi *c) { return kr_as_tuple(c->pools->items[0]); }

static Value sel_result(Thread *th, Combi *c)
{
    Tuple *r = kr_tuple_new(th, c->r);
    if (!r)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < c->r; i++)
        r->items[i] = sel_pool(c)->items[c->indices[i]];
    c->result = r;
    return kr_from_obj(r);
}

static Value combinations_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    Combi *c = selection_new(th, t, "combinations", args, nargs, kw, true);
    if (!c || !(c->indices = alloc_indices(th, c->r)))
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < c->r; i++)
        c->indices[i] = i;
    c->stopped = c->r > sel_pool(c)->size;
    return kr_from_obj(c);
}

static Value combinations_next(Thread *th, Value v)
{
    Combi *c = (Combi *)kr_as_obj(v);
    int64_t n = sel_pool(c)->size, r = c->r;
    if (c->stopped)
        return KR_VALUE_NULL;
    if (c->result) {
        /* The rightmost index not at its maximum n - r + i. */
        int64_t i = r - 1;
        while (i >= 0 && c->indices[i] == i + n - r)
            i--;
        if (i < 0) {
            c->stopped = true;
            return KR_VALUE_NULL;
        }
        c->indices[i]++;
        for (int64_t j = i + 1; j < r; j++)
            c->indices[j] = c->indices[j - 1] + 1;
    }
    return sel_result(th, c);
}

ITER_TYPE_DOC(kr_itertools_combinations_type, "combinations", sizeof(Combi), combinations_new,
          combinations_next,
    "combinations(iterable, r)\n"
    "--\n"
    "\n"
    "Return successive r-length combinations of elements in the iterable.\n"
    "\n"
    "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)");

static Value cwr_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    Combi *c = selection_new(th, t, "combinations_with_replacement", args, nargs, kw, true);
    if (!c || !(c->indices = alloc_indices(th, c->r)))
        return KR_VALUE_NULL;
    memset(c->indices, 0, sizeof(int64_t) * (size_t)c->r);
    c->stopped = sel_pool(c)->size == 0 && c->r > 0;
    return kr_from_obj(c);
}

static Value cwr_next(Thread *th, Value v)
{
    Combi *c = (Combi *)kr_as_obj(v);
    int64_t n = sel_pool(c)->size, r = c->r;
    if (c->stopped)
        return KR_VALUE_NULL;
    if (c->result) {
        int64_t i = r - 1;
        while (i >= 0 && c->indices[i] == n - 1)
            i--;
        if (i < 0) {
            c->stopped = true;
            return KR_VALUE_NULL;
        }
        int64_t idx = c->indices[i] + 1;
        for (int64_t j = i; j < r; j++)
            c->indices[j] = idx;
    }
    return sel_result(th, c);
}

ITER_TYPE_DOC(kr_itertools_cwr_type, "combinations_with_replacement", sizeof(Combi), cwr_new,
          cwr_next,
    "combinations_with_replacement(iterable, r)\n"
    "--\n"
    "\n"
    "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n"
    "\n"
    "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')");

static Value permutations_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    Combi *c = selection_new(th, t, "permutations", args, nargs, kw, false);
    if (!c)
        return KR_VALUE_NULL;
    int64_t n = sel_pool(c)->size;
    if (!(c->indices = alloc_indices(th, n)) || !(c->cycles = alloc_indices(th, c->r)))
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < n; i++)
        c->indices[i] = i;
    for (int64_t i = 0; i < c->r; i++)
        c->cycles[i] = n - i;
    c->stopped = c->r > n;
    return kr_from_obj(c);
}

static Value permutations_next(Thread *th, Value v)
{
    Combi *c = (Combi *)kr_as_obj(v);
    int64_t n = sel_pool(c)->size, r = c->r;
    if (c->stopped)
        return KR_VALUE_NULL;
    if (c->result) {
        if (n == 0)
            goto stop;
        int64_t i = r - 1;
        for (; i >= 0; i--) {
            if (--c->cycles[i] == 0) {
                /* Rotate indices[i:] left by one. */
                int64_t first = c->indices[i];
                memmove(c->indices + i, c->indices + i + 1, sizeof(int64_t) * (size_t)(n - i - 1));
                c->indices[n - 1] = first;
                c->cycles[i] = n - i;
            } else {
                int64_t j = c->cycles[i];
                int64_t tmp = c->indices[i];
                c->indices[i] = c->indices[n - j];
                c->indices[n - j] = tmp;
                break;
            }
        }
        if (i < 0)
            goto stop;
    }
    return sel_result(th, c);
stop:
    c->stopped = true;
    return KR_VALUE_NULL;
}

ITER_TYPE_DOC(kr_itertools_permutations_type, "permutations", sizeof(Combi), permutations_new,
          permutations_next,
    "permutations(iterable, r=None)\n"
    "--\n"
    "\n"
    "Return successive r-length permutations of elements in the iterable.\n"
    "\n"
    "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)");

/* ---- pickling (helper "pickle") ---------------------------------------------------
 * CPython 3.11's __reduce__ / __setstate__ of each iterator, so a pickled
 * iterator resumes where it was.  The method tables are attached to the
 * types at module start-up (kr_mod_itertools_init). */

static Value tuple_of(Thread *th, const Value *items, int64_t n)
{
    return tuple_value(kr_tuple_from_array(th, items, n));
}

/* (a, b) and (a, b, c) reduce values; NULL parts propagate. */
static Value reduce2(Thread *th, Value a, Value b)
{
    Value r[2] = {a, b};
    return b ? tuple_of(th, r, 2) : KR_VALUE_NULL;
}

static Value reduce3(Thread *th, Value a, Value b, Value c)
{
    Value r[3] = {a, b, c};
    return b && c ? tuple_of(th, r, 3) : KR_VALUE_NULL;
}

#define SELF_TYPE kr_from_obj(kr_type_of(args[0]))
#define OR_NONE(v) ((v) ? (v) : KR_NONE)

KR_LIB_FUNC(count_reduce)
{
    Count *c = (Count *)kr_as_obj(args[0]);
    bool unit = c->step == kr_from_smallint(1);
    Value a[2] = {c->cnt, c->step};
    return reduce2(th, SELF_TYPE, tuple_of(th, a, unit ? 1 : 2));
}

KR_LIB_FUNC(repeat_reduce)
{
    Repeat *r = (Repeat *)kr_as_obj(args[0]);
    Value a[2] = {r->elem, kr_from_smallint(r->cnt)};
    return reduce2(th, SELF_TYPE, tuple_of(th, a, r->cnt >= 0 ? 2 : 1));
}

/* cycle: (type, (iterator,), (saved, firstpass)); once cycling through
 * saved, the iterator is one over saved moved to the current index. */
KR_LIB_FUNC(cycle_reduce)
{
    Cycle *c = (Cycle *)kr_as_obj(args[0]);
    Value it = c->it;
    bool firstpass = c->firstpass;
    if (!it) {
        if (!(it = kr_object_iter(th, kr_from_obj(c->saved))))
            return KR_VALUE_NULL;
        for (int64_t i = 0; i < c->index; i++)
            if (!kr_object_next(th, it))
                return KR_VALUE_NULL;
        firstpass = true;
    }
    Value st[2] = {kr_from_obj(c->saved), kr_from_bool(firstpass)};
    return reduce3(th, SELF_TYPE, tuple_of(th, &it, 1), tuple_of(th, st, 2));
}

KR_LIB_FUNC(cycle_setstate)
{
    Cycle *c = (Cycle *)kr_as_obj(args[0]);
    if (kr_libutil_check_positional(th, "__setstate__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Value st = args[1];
    if (!kr_is_tuple(st))
        return kr_err_type_error(th, "state is not a tuple");
    if (kr_as_tuple(st)->size != 2)
        return kr_err_type_error(th, "function takes exactly 2 arguments (%lld given)",
                                 (long long)kr_as_tuple(st)->size);
    if (!kr_is_list(kr_as_tuple(st)->items[0]))
        return kr_err_type_error(th, "argument 1 must be list, not %s",
                                 kr_type_name(kr_as_tuple(st)->items[0]));
    if (!kr_is_int(kr_as_tuple(st)->items[1]))
        return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer",
                                 kr_type_name(kr_as_tuple(st)->items[1]));
    int t = kr_object_truth(th, kr_as_tuple(st)->items[1]);
    if (t < 0)
        return KR_VALUE_NULL;
    c->saved = kr_as_list(kr_as_tuple(st)->items[0]);
    c->firstpass = t;
    c->index = 0;
    return KR_NONE;
}

/* accumulate: a pending initial value goes first through a chain. */
KR_LIB_FUNC(accumulate_reduce)
{
    Accumulate *a = (Accumulate *)kr_as_obj(args[0]);
    Value it = a->it;
    if (a->initial) {
        Value first = tuple_of(th, &a->initial, 1);
        Value parts[2] = {first, a->it};
        Tuple *pt = first ? kr_tuple_from_array(th, parts, 2) : NULL;
        it = pt ? chain_new(th, &kr_itertools_chain_type, pt->items, 2, NULL) : KR_VALUE_NULL;
        if (!it)
            return KR_VALUE_NULL;
    }
    if (a->total == KR_NONE) {
        /* a running total of None cannot travel as the state (None means
         * "no state"): islice(accumulate(chain((None,), it), func), 1, None) */
        Value none = KR_NONE;
        Value first = tuple_of(th, &none, 1);
        Value parts[2] = {first, a->it};
        Value ch = first ? chain_new(th, &kr_itertools_chain_type, parts, 2, NULL) : KR_VALUE_NULL;
        Value aa[2] = {ch, OR_NONE(a->func)};
        Value acc = ch ? kr_vm_call(th, SELF_TYPE, aa, 2, NULL) : KR_VALUE_NULL;
        Value ia[3] = {acc, kr_from_smallint(1), KR_NONE};
        return acc ? reduce2(th, kr_from_obj(&kr_itertools_islice_type), tuple_of(th, ia, 3))
                   : KR_VALUE_NULL;
    }
    Value ca[2] = {it, OR_NONE(a->func)};
    return reduce3(th, SELF_TYPE, tuple_of(th, ca, 2), OR_NONE(a->total));
}

KR_LIB_FUNC(accumulate_setstate)
{
    if (kr_libutil_check_positional(th, "__setstate__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    ((Accumulate *)kr_as_obj(args[0]))->total = args[1] == KR_NONE ? KR_VALUE_NULL : args[1];
    return KR_NONE;
}

KR_LIB_FUNC(chain_reduce)
{
    Chain *c = (Chain *)kr_as_obj(args[0]);
    Value empty = kr_from_obj(th->vm->empty_tuple);
    if (!c->source)
        return tuple_of(th, (Value[]){SELF_TYPE, empty}, 2);
    Value st[2] = {c->source, c->active};
    return reduce3(th, SELF_TYPE, empty, tuple_of(th, st, c->active ? 2 : 1));
}

KR_LIB_FUNC(chain_setstate)
{
    if (kr_libutil_check_positional(th, "__setstate__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Chain *c = (Chain *)kr_as_obj(args[0]);
    Value st = args[1];
    if (!kr_is_tuple(st))
        return kr_err_type_error(th, "state is not a tuple");
    Tuple *t = kr_as_tuple(st);
    if (t->size < 1 || t->size > 2)
        return kr_err_type_error(th, "function takes at least 1 argument (%lld given)", (long long)t->size);
    if (!kr_type_of(t->items[0])->next || (t->size == 2 && !kr_type_of(t->items[1])->next))
        return kr_err_type_error(th, "Arguments must be iterators.");
    c->source = t->items[0];
    c->active = t->size == 2 ? t->items[1] : KR_VALUE_NULL;
    return KR_NONE;
}

/* compress, filterfalse, starmap: (type, (func-or-data, iterator)). */
KR_LIB_FUNC(funciter_reduce)
{
    FuncIter *f = (FuncIter *)kr_as_obj(args[0]);
    bool compress = kr_isinstance_type(args[0], &kr_itertools_compress_type);
    Value a[2] = {compress ? f->it : f->func, compress ? f->func : f->it};
    return reduce2(th, SELF_TYPE, tuple_of(th, a, 2));
}

/* dropwhile / takewhile also carry their flag as the state. */
KR_LIB_FUNC(flagiter_reduce)
{
    FuncIter *f = (FuncIter *)kr_as_obj(args[0]);
    Value a[2] = {f->func, f->it};
    return reduce3(th, SELF_TYPE, tuple_of(th, a, 2), kr_from_bool(f->done));
}

KR_LIB_FUNC(flagiter_setstate)
{
    if (kr_libutil_check_positional(th, "__setstate__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    int t = kr_object_truth(th, args[1]);
    if (t < 0)
        return KR_VALUE_NULL;
    ((FuncIter *)kr_as_obj(args[0]))->done = t;
    return KR_NONE;
}

KR_LIB_FUNC(islice_reduce)
{
    ISlice *s = (ISlice *)kr_as_obj(args[0]);
    if (!s->it) {
        List *l = kr_list_new(th, 0);
        Value it = l ? kr_object_iter(th, kr_from_obj(l)) : KR_VALUE_NULL;
        Value a[2] = {it, kr_from_smallint(0)};
        return it ? reduce3(th, SELF_TYPE, tuple_of(th, a, 2), kr_from_smallint(0)) : KR_VALUE_NULL;
    }
    Value a[4] = {s->it, kr_from_smallint(s->next),
                  s->stop == -1 ? KR_NONE : kr_from_smallint(s->stop), kr_from_smallint(s->step)};
    return reduce3(th, SELF_TYPE, tuple_of(th, a, 4), kr_from_smallint(s->cnt));
}

KR_LIB_FUNC(islice_setstate)
{
    if (kr_libutil_check_positional(th, "__setstate__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    int64_t cnt;
    if (kr_libutil_as_ssize(th, args[1], &cnt) < 0)
        return KR_VALUE_NULL;
    ((ISlice *)kr_as_obj(args[0]))->cnt = cnt;
    return KR_NONE;
}

/* zip_longest: exhausted iterators are pickled as empty tuples. */
KR_LIB_FUNC(zip_longest_reduce)
{
    ZipLongest *z = (ZipLongest *)kr_as_obj(args[0]);
    Tuple *its = kr_tuple_new(th, z->its->size);
    if (!its)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < its->size; i++)
        its->items[i] = z->its->items[i] ? z->its->items[i] : kr_from_obj(th->vm->empty_tuple);
    return reduce3(th, SELF_TYPE, kr_from_obj(its), z->fill);
}

KR_LIB_FUNC(zip_longest_setstate)
{
    if (kr_libutil_check_positional(th, "__setstate__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    ((ZipLongest *)kr_as_obj(args[0]))->fill = args[1];
    return KR_NONE;
}

static Value index_tuple(Thread *th, const int64_t *v, int64_t n)
{
    Tuple *t = kr_tuple_new(th, n);
    for (int64_t i = 0; t && i < n; i++)
        t->items[i] = kr_from_smallint(v[i]);
    return tuple_value(t);
}

/* indices (and cycles) from a state tuple, each clamped to [0, limit(i)). */
static int read_indices(Thread *th, Value st, int64_t *out, int64_t n, const int64_t *limits,
                        int64_t limit)
{
    if (!kr_is_tuple(st) || kr_as_tuple(st)->size != n) {
        kr_err_set_string(th, &kr_exc_ValueError, "invalid arguments");
        return -1;
    }
    for (int64_t i = 0; i < n; i++) {
        int64_t v;
        if (kr_libutil_as_ssize(th, kr_as_tuple(st)->items[i], &v) < 0)
            return -1;
        int64_t hi = limits ? limits[i] : limit;
        out[i] = v < 0 ? 0 : v > hi - 1 ? hi - 1 : v;
    }
    return 0;
}

KR_LIB_FUNC(product_reduce)
{
    Combi *c = (Combi *)kr_as_obj(args[0]);
    if (c->stopped) {
        Value empty = kr_from_obj(th->vm->empty_tuple);
        return reduce2(th, SELF_TYPE, tuple_of(th, &empty, 1));
    }
    if (!c->result)
        return reduce2(th, SELF_TYPE, kr_from_obj(c->pools));
    return reduce3(th, SELF_TYPE, kr_from_obj(c->pools), index_tuple(th, c->indices, c->r));
}

/* The previous result rebuilt from restored indices, so the next call
 * advances from it. */
static Value rebuild_result(Thread *th, Combi *c, bool product)
{
    Tuple *r = kr_tuple_new(th, c->r);
    if (!r)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < c->r; i++)
        r->items[i] = (product ? product_pool(c, i) : sel_pool(c))->items[c->indices[i]];
    c->result = r;
    return KR_NONE;
}

KR_LIB_FUNC(product_setstate)
{
    if (kr_libutil_check_positional(th, "__setstate__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Combi *c = (Combi *)kr_as_obj(args[0]);
    int64_t *limits = alloc_indices(th, c->r);
    if (!limits)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < c->r; i++) {
        limits[i] = product_pool(c, i)->size;
        if (limits[i] == 0) {
            c->stopped = true;
            return KR_NONE;
        }
    }
    if (read_indices(th, args[1], c->indices, c->r, limits, 0) < 0)
        return KR_VALUE_NULL;
    return rebuild_result(th, c, true);
}

/* combinations / combinations_with_replacement: (type, (pool, r), indices). */
KR_LIB_FUNC(selection_reduce)
{
    Combi *c = (Combi *)kr_as_obj(args[0]);
    Value a[2] = {c->pools->items[0], kr_from_smallint(c->r)};
    if (!c->result || c->stopped) {
        if (c->stopped) {
            Value e[2] = {kr_from_obj(th->vm->empty_tuple), kr_from_smallint(c->r)};
            return reduce2(th, SELF_TYPE, tuple_of(th, e, 2));
        }
        return reduce2(th, SELF_TYPE, tuple_of(th, a, 2));
    }
    return reduce3(th, SELF_TYPE, tuple_of(th, a, 2), index_tuple(th, c->indices, c->r));
}

KR_LIB_FUNC(selection_setstate)
{
    if (kr_libutil_check_positional(th, "__setstate__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Combi *c = (Combi *)kr_as_obj(args[0]);
    int64_t n = sel_pool(c)->size;
    if (read_indices(th, args[1], c->indices, c->r, NULL, n ? n : 1) < 0)
        return KR_VALUE_NULL;
    return rebuild_result(th, c, false);
}

/* permutations: (type, (pool, r), (indices, cycles)). */
KR_LIB_FUNC(permutations_reduce)
{
    Combi *c = (Combi *)kr_as_obj(args[0]);
    Value a[2] = {c->pools->items[0], kr_from_smallint(c->r)};
    if (c->stopped) {
        Value e[2] = {kr_from_obj(th->vm->empty_tuple), kr_from_smallint(c->r)};
        return reduce2(th, SELF_TYPE, tuple_of(th, e, 2));
    }
    if (!c->result)
        return reduce2(th, SELF_TYPE, tuple_of(th, a, 2));
    Value st[2] = {index_tuple(th, c->indices, sel_pool(c)->size), index_tuple(th, c->cycles, c->r)};
    if (!st[0] || !st[1])
        return KR_VALUE_NULL;
    return reduce3(th, SELF_TYPE, tuple_of(th, a, 2), tuple_of(th, st, 2));
}

KR_LIB_FUNC(permutations_setstate)
{
    if (kr_libutil_check_positional(th, "__setstate__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Combi *c = (Combi *)kr_as_obj(args[0]);
    Value st = args[1];
    int64_t n = sel_pool(c)->size;
    if (!kr_is_tuple(st) || kr_as_tuple(st)->size != 2) {
        kr_err_set_string(th, &kr_exc_ValueError, "invalid arguments");
        return KR_VALUE_NULL;
    }
    int64_t *limits = alloc_indices(th, c->r);
    if (!limits)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < c->r; i++)
        limits[i] = n - i + 1;
    if (read_indices(th, kr_as_tuple(st)->items[0], c->indices, n, NULL, n ? n : 1) < 0 ||
        read_indices(th, kr_as_tuple(st)->items[1], c->cycles, c->r, limits, 0) < 0)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < c->r; i++)
        if (c->cycles[i] < 1)
            c->cycles[i] = 1;
    return rebuild_result(th, c, false);
}

/* groupby: (type, (it, keyfunc)[, (currkey, currvalue, tgtkey)]). */
KR_LIB_FUNC(groupby_reduce)
{
    GroupBy *g = (GroupBy *)kr_as_obj(args[0]);
    Value a[2] = {g->it, g->keyfunc};
    if (g->tgtkey && g->currkey && g->currvalue) {
        Value st[3] = {g->currkey, g->currvalue, g->tgtkey};
        return reduce3(th, SELF_TYPE, tuple_of(th, a, 2), tuple_of(th, st, 3));
    }
    return reduce2(th, SELF_TYPE, tuple_of(th, a, 2));
}

KR_LIB_FUNC(groupby_setstate)
{
    if (kr_libutil_check_positional(th, "__setstate__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    GroupBy *g = (GroupBy *)kr_as_obj(args[0]);
    if (!kr_is_tuple(args[1]))
        return kr_err_type_error(th, "state is not a tuple");
    Tuple *t = kr_as_tuple(args[1]);
    if (t->size != 3)
        return kr_err_type_error(th, "function takes exactly 3 arguments (%lld given)",
                                 (long long)t->size);
    g->currkey = t->items[0];
    g->currvalue = t->items[1];
    g->tgtkey = t->items[2];
    return KR_NONE;
}

/* _grouper: (type, (parent, tgtkey)) while it is the live group, else an
 * exhausted iterator. */
KR_LIB_FUNC(grouper_reduce)
{
    Grouper *gr = (Grouper *)kr_as_obj(args[0]);
    GroupBy *g = (GroupBy *)kr_as_obj(gr->parent);
    if (g->currgrouper != args[0]) {
        Value empty = kr_from_obj(th->vm->empty_tuple);
        Value it = kr_dict_get_str(th->vm->builtins, kr_str_intern_cstr(th, "iter"));
        return it ? reduce2(th, it, tuple_of(th, &empty, 1)) : KR_VALUE_NULL;
    }
    Value a[2] = {gr->parent, gr->tgtkey};
    return reduce2(th, SELF_TYPE, tuple_of(th, a, 2));
}

static Value grouper_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "_grouper", kw) < 0 ||
        kr_libutil_check_positional(th, "_grouper", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    if (!kr_isinstance_type(args[0], &kr_itertools_groupby_type))
        return kr_err_type_error(th, "_grouper() argument 1 must be itertools.groupby, not %s",
                                 kr_type_name(args[0]));
    Grouper *gr = kr_libutil_alloc(th, t);
    if (!gr)
        return KR_VALUE_NULL;
    gr->parent = args[0];
    gr->tgtkey = args[1];
    ((GroupBy *)kr_as_obj(args[0]))->currgrouper = kr_from_obj(gr);
    return kr_from_obj(gr);
}

/* tee: (type, ((),), (its data link, index)); a data link:
 * (type, (source iterator, its values, the next link or None)). */
KR_LIB_FUNC(tee_reduce)
{
    Tee *t = (Tee *)kr_as_obj(args[0]);
    Value empty = kr_from_obj(th->vm->empty_tuple);
    Value st[2] = {kr_from_obj(t->link), kr_from_smallint(t->index)};
    return reduce3(th, SELF_TYPE, tuple_of(th, &empty, 1), tuple_of(th, st, 2));
}

KR_LIB_FUNC(tee_setstate)
{
    if (kr_libutil_check_positional(th, "__setstate__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Tee *t = (Tee *)kr_as_obj(args[0]);
    Value st = args[1];
    if (!kr_is_tuple(st))
        return kr_err_type_error(th, "state is not a tuple");
    Tuple *s = kr_as_tuple(st);
    int64_t index;
    if (s->size != 2 || !kr_is_type(s->items[0], &kr_itertools_teedata_type))
        return kr_err_type_error(th, "invalid tee state");
    if (kr_libutil_as_ssize(th, s->items[1], &index) < 0)
        return KR_VALUE_NULL;
    if (index < 0 || index > TEE_LINK) {
        kr_err_set_string(th, &kr_exc_ValueError, "Index out of range");
        return KR_VALUE_NULL;
    }
    t->link = (TeeLink *)kr_as_obj(s->items[0]);
    t->index = (int)index;
    return KR_NONE;
}

KR_LIB_FUNC(teedata_reduce)
{
    TeeLink *l = (TeeLink *)kr_as_obj(args[0]);
    List *values = kr_list_from_array(th, l->values, l->n);
    if (!values)
        return KR_VALUE_NULL;
    Value a[3] = {l->it, kr_from_obj(values), l->next ? kr_from_obj(l->next) : KR_NONE};
    return reduce2(th, SELF_TYPE, tuple_of(th, a, 3));
}

static Value teedata_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "_tee_dataobject", kw) < 0 ||
        kr_libutil_check_positional(th, "_tee_dataobject", nargs, 3, 3) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_list(args[1]))
        return kr_err_type_error(th, "_tee_dataobject() argument 2 must be list, not %s",
                                 kr_type_name(args[1]));
    List *values = kr_as_list(args[1]);
    Value next = args[2];
    if (values->size > TEE_LINK || (next != KR_NONE && values->size != TEE_LINK)) {
        kr_err_set_string(th, &kr_exc_ValueError, values->size > TEE_LINK
                          ? "_tee_dataobject too many values" : "_tee_dataobject should have a next");
        return KR_VALUE_NULL;
    }
    if (next != KR_NONE && !kr_is_type(next, &kr_itertools_teedata_type))
        return kr_err_type_error(th, "_tee_dataobject next must be a _tee_dataobject");
    TeeLink *l = kr_libutil_alloc(th, t);
    if (!l)
        return KR_VALUE_NULL;
    l->it = args[0];
    l->n = (int)values->size;
    kr_values_copy(l->values, values->items, (size_t)values->size);
    l->next = next == KR_NONE ? NULL : (TeeLink *)kr_as_obj(next);
    return kr_from_obj(l);
}

#define REDUCE_DEF(fn) {"__reduce__", fn, "($self, /)", "Return state information for pickling.", 0}
#define SETSTATE_DEF(fn) {"__setstate__", fn, "($self, state, /)", "Set state information for unpickling.", 0}

static const MethodDef count_pickle[] = {REDUCE_DEF(count_reduce), {0}};
static const MethodDef repeat_pickle[] = {
    {"__length_hint__", repeat_length_hint, "($self, /)", NULL, 0}, REDUCE_DEF(repeat_reduce), {0}};
static const MethodDef cycle_pickle[] = {REDUCE_DEF(cycle_reduce), SETSTATE_DEF(cycle_setstate), {0}};
static const MethodDef accumulate_pickle[] = {
    REDUCE_DEF(accumulate_reduce), SETSTATE_DEF(accumulate_setstate), {0}};
static const MethodDef chain_pickle[] = {REDUCE_DEF(chain_reduce), SETSTATE_DEF(chain_setstate), {0}};
static const MethodDef funciter_pickle[] = {REDUCE_DEF(funciter_reduce), {0}};
static const MethodDef flagiter_pickle[] = {
    REDUCE_DEF(flagiter_reduce), SETSTATE_DEF(flagiter_setstate), {0}};
static const MethodDef islice_pickle[] = {REDUCE_DEF(islice_reduce), SETSTATE_DEF(islice_setstate), {0}};
static const MethodDef zip_longest_pickle[] = {
    REDUCE_DEF(zip_longest_reduce), SETSTATE_DEF(zip_longest_setstate), {0}};
static const MethodDef product_pickle[] = {
    REDUCE_DEF(product_reduce), SETSTATE_DEF(product_setstate), {0}};
static const MethodDef selection_pickle[] = {
    REDUCE_DEF(selection_reduce), SETSTATE_DEF(selection_setstate), {0}};
static const MethodDef groupby_pickle[] = {
    REDUCE_DEF(groupby_reduce), SETSTATE_DEF(groupby_setstate), {0}};
static const MethodDef grouper_pickle[] = {REDUCE_DEF(grouper_reduce), {0}};
static const MethodDef tee_pickle[] = {
    {"__copy__", tee_copy_method, "($self, /)", NULL, 0},
    REDUCE_DEF(tee_reduce), SETSTATE_DEF(tee_setstate), {0}};
static const MethodDef teedata_pickle[] = {REDUCE_DEF(teedata_reduce), {0}};
static const MethodDef permutations_pickle[] = {
    REDUCE_DEF(permutations_reduce), SETSTATE_DEF(permutations_setstate), {0}};

/* Attach the pickling methods before the types are made ready. */
static void attach_pickling(void)
{
    kr_itertools_count_type.methods = count_pickle;
    kr_itertools_repeat_type.methods = repeat_pickle;
    kr_itertools_cycle_type.methods = cycle_pickle;
    kr_itertools_accumulate_type.methods = accumulate_pickle;
    kr_itertools_chain_type.methods = chain_pickle;
    kr_itertools_compress_type.methods = funciter_pickle;
    kr_itertools_filterfalse_type.methods = funciter_pickle;
    kr_itertools_starmap_type.methods = funciter_pickle;
    kr_itertools_dropwhile_type.methods = flagiter_pickle;
    kr_itertools_takewhile_type.methods = flagiter_pickle;
    kr_itertools_islice_type.methods = islice_pickle;
    kr_itertools_zip_longest_type.methods = zip_longest_pickle;
    kr_itertools_product_type.methods = product_pickle;
    kr_itertools_combinations_type.methods = selection_pickle;
    kr_itertools_cwr_type.methods = selection_pickle;
    kr_itertools_permutations_type.methods = permutations_pickle;
    kr_itertools_groupby_type.methods = groupby_pickle;
    kr_itertools_grouper_type.methods = grouper_pickle;
    kr_itertools_grouper_type.new_ = grouper_new;
    kr_itertools_tee_type.methods = tee_pickle;
    kr_itertools_teedata_type.methods = teedata_pickle;
    kr_itertools_teedata_type.new_ = teedata_new;
}

/* ---- the module ------------------------------------------------------------------ */

static const MethodDef itertools_functions[] = {
    {"tee", itertools_tee, "($module, iterable, n=2, /)", NULL, 0},
    {0},
};

int kr_mod_itertools_init(Thread *th)
{
    static Type *const types[] = {
        &kr_itertools_count_type, &kr_itertools_cycle_type, &kr_itertools_repeat_type,
        &kr_itertools_accumulate_type, &kr_itertools_chain_type, &kr_itertools_compress_type,
        &kr_itertools_dropwhile_type, &kr_itertools_takewhile_type,
        &kr_itertools_filterfalse_type, &kr_itertools_starmap_type, &kr_itertools_groupby_type,
        &kr_itertools_grouper_type, &kr_itertools_islice_type, &kr_itertools_pairwise_type,
        &kr_itertools_tee_type, &kr_itertools_teedata_type, &kr_itertools_zip_longest_type,
        &kr_itertools_product_type, &kr_itertools_combinations_type, &kr_itertools_cwr_type,
        &kr_itertools_permutations_type,
    };
    attach_pickling();
    Module *m = kr_libutil_module(th, "itertools", itertools_functions);
    if (!m)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(types); i++)
        if (kr_libutil_add_type(th, m, types[i]) < 0)
            return -1;
    return chain_add_classmethod(th);
}
