/*
 * _functools.c -- the _functools module: partial, reduce, cmp_to_key and
 * the C core of lru_cache (_lru_cache_wrapper).
 *
 * functools.py prefers these over its pure-Python versions, which differ
 * in repr and in error messages.
 *
 * partial flattens: partial(partial(f, 1), 2) holds f and (1, 2), as
 * CPython does when both are exactly partial, so nesting costs nothing at
 * call time.  The keywords are a dict; a call's keywords override them.
 *
 * The LRU cache is a dict from key to result used as an ordered list: a
 * hit deletes and reinserts its key (moving it to the end), eviction
 * removes the first live entry.  The compact dict keeps insertion order
 * and reuses deleted slots when it resizes, so both are amortised O(1)
 * without CPython's separate linked list.
 */
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

/* ---- partial ---------------------------------------------------------------------- */

typedef struct Partial {
    Obj hdr;
    Value fn;
    Tuple *args;
    Dict *kw;
    Dict *dict;           /* instance attributes (__dict__) */
} Partial;

extern Type kr_functools_partial_type;

static bool is_callable(Value v) { return kr_type_of(v)->call != NULL; }

static Value partial_call(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw);

static Value partial_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (nargs < 1)
        return kr_err_type_error(th, "type 'partial' takes at least one argument");
    Value fn = args[0];
    if (!is_callable(fn))
        return kr_err_type_error(th, "the first argument must be callable");
    Tuple *inner = NULL;
    Dict *kwd = NULL;
    /* Flatten a partial (of any partial type) that has no attributes of
     * its own, as CPython 3.11 does. */
    if (kr_type_of(fn)->call == kr_functools_partial_type.call &&
        !(((Partial *)kr_as_obj(fn))->dict && ((Partial *)kr_as_obj(fn))->dict->used)) {
        Partial *p = (Partial *)kr_as_obj(fn);
        fn = p->fn;
        inner = p->args;
        if (!(kwd = kr_dict_copy(th, p->kw)))
            return KR_VALUE_NULL;
    } else if (!(kwd = kr_dict_new(th))) {
        return KR_VALUE_NULL;
    }
    int64_t ninner = inner ? inner->size : 0;
    Partial *p = kr_libutil_alloc(th, t);
    if (!p || !(p->args = kr_tuple_new(th, ninner + (int64_t)nargs - 1)))
        return KR_VALUE_NULL;
    if (ninner)
        kr_values_copy(p->args->items, inner->items, (size_t)ninner);
    kr_values_copy(p->args->items + ninner, args + 1, nargs - 1);
    for (int64_t i = 0; kw && i < kw->size; i++)
        if (kr_dict_set(th, kwd, kw->items[i], args[nargs + (size_t)i]) < 0)
            return KR_VALUE_NULL;
    p->fn = fn;
    p->kw = kwd;
    return kr_from_obj(p);
}

static Value partial_call(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    Partial *p = (Partial *)kr_as_obj(self);
    int64_t npre = p->args->size, nkw = kw ? kw->size : 0;
    Dict *merged = p->kw;
    if (nkw) {
        if (!(merged = kr_dict_copy(th, p->kw)))
            return KR_VALUE_NULL;
        for (int64_t i = 0; i < nkw; i++)
            if (kr_dict_set(th, merged, kw->items[i], args[nargs + (size_t)i]) < 0)
                return KR_VALUE_NULL;
    }
    int64_t nk = merged->used;
    Tuple *all = kr_tuple_new(th, npre + (int64_t)nargs + nk);
    Tuple *names = all && nk ? kr_tuple_new(th, nk) : NULL;
    if (!all || (nk && !names))
        return KR_VALUE_NULL;
    kr_values_copy(all->items, p->args->items, (size_t)npre);
    kr_values_copy(all->items + npre, args, nargs);
    int64_t pos = 0, i = 0;
    Value k, v;
    while (kr_dict_next(merged, &pos, &k, &v)) {
        if (!kr_is_str(k))
            return kr_err_type_error(th, "keywords must be strings");
        Str *ks = kr_str_intern(th, kr_as_str(k));
        if (!ks)
            return KR_VALUE_NULL;
        names->items[i] = kr_from_obj(ks);
        all->items[npre + (int64_t)nargs + i++] = v;
    }
    return kr_vm_call(th, p->fn, all->items, (size_t)(npre + (int64_t)nargs), names);
}

static Value partial_repr(Thread *th, Value self)
{
    Partial *p = (Partial *)kr_as_obj(self);
    int r = kr_repr_enter(th, self);
    if (r < 0)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    if (r) {
        kr_buf_puts(&b, "...");
        return kr_libutil_buf_value(th, &b);
    }
    kr_buf_printf(&b, "%s(", kr_type_name(self));
    int err = kr_libutil_repr_put(th, &b, p->fn);
    for (int64_t i = 0; i < p->args->size && !err; i++) {
        kr_buf_puts(&b, ", ");
        err = kr_libutil_repr_put(th, &b, p->args->items[i]);
    }
    int64_t pos = 0;
    Value k, v;
    while (!err && kr_dict_next(p->kw, &pos, &k, &v)) {
        kr_buf_puts(&b, ", ");
        err = kr_libutil_str_put(th, &b, k);
        kr_buf_putc(&b, '=');
        if (!err)
            err = kr_libutil_repr_put(th, &b, v);
    }
    kr_repr_leave(th, self);
    if (err) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    kr_buf_putc(&b, ')');
    return kr_libutil_buf_value(th, &b);
}

/* ---- pickling partial objects (helper "pickle") ---------------------------------- */

/* (type(p), (p.func,), (p.func, p.args, p.keywords, p.__dict__ or None)) */
KR_LIB_FUNC(partial_reduce)
{
    Partial *p = (Partial *)kr_as_obj(args[0]);
    Value state[4] = {p->fn, kr_from_obj(p->args), kr_from_obj(p->kw),
                      p->dict ? kr_from_obj(p->dict) : KR_NONE};
    Tuple *st = kr_tuple_from_array(th, state, 4);
    Tuple *fa = st ? kr_tuple_from_array(th, &p->fn, 1) : NULL;
    Value r[3] = {kr_from_obj(kr_type_of(args[0])), fa ? kr_from_obj(fa) : KR_VALUE_NULL,
                  st ? kr_from_obj(st) : KR_VALUE_NULL};
    Tuple *t = fa ? kr_tuple_from_array(th, r, 3) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value invalid_state(Thread *th)
{
    kr_err_set_string(th, &kr_exc_TypeError, "invalid partial state");
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(partial_setstate)
{
    if (kr_libutil_check_positional(th, "__setstate__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Partial *p = (Partial *)kr_as_obj(args[0]);
    Value state = args[1];
    if (!kr_tuple_check(state) || kr_as_tuple(state)->size != 4)
        return invalid_state(th);
    Value *it = kr_as_tuple(state)->items;
    if (!is_callable(it[0]) || !kr_tuple_check(it[1]) || (it[2] != KR_NONE && !kr_dict_check(it[2])))
        return invalid_state(th);
    Tuple *fa = kr_as_tuple(it[1]);
    if (!kr_is_tuple(it[1]) && !(fa = kr_tuple_from_array(th, fa->items, fa->size)))
        return KR_VALUE_NULL;
    Dict *kwd = it[2] == KR_NONE ? kr_dict_new(th)
               : kr_is_dict(it[2]) ? kr_as_dict(it[2]) : kr_dict_copy(th, kr_as_dict(it[2]));
    if (!kwd)
        return KR_VALUE_NULL;
    if (it[3] != KR_NONE && !kr_dict_check(it[3]))
        return kr_err_type_error(th, "setting partial object's dictionary to a non-dict");
    p->fn = it[0];
    p->args = fa;
    p->kw = kwd;
    p->dict = it[3] == KR_NONE ? NULL : kr_as_dict(it[3]);
    return KR_NONE;
}

static const MethodDef partial_methods[] = {
    {"__reduce__", partial_reduce, "($self, /)", NULL, 0},
    {"__setstate__", partial_setstate, "($self, state, /)", NULL, 0},
    KR_GENERIC_ALIAS_METHODDEF,
    {0},
};

static const MemberDef partial_members[] = {
    {"func", offsetof(Partial, fn), NULL, NULL, "function object to use in future partial calls",
     KR_MEMBER_READONLY},
    {"args", offsetof(Partial, args), NULL, NULL, "tuple of arguments to future partial calls",
     KR_MEMBER_READONLY},
    {"keywords", offsetof(Partial, kw), NULL, NULL,
     "dictionary of keyword arguments to future partial calls", KR_MEMBER_READONLY},
    {0},
};

Type kr_functools_partial_type = {
    .hdr = {&kr_type_type}, .name = "functools.partial", .size = sizeof(Partial),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(Partial, dict),
    .new_ = partial_new, .call = partial_call, .repr = partial_repr,
    .members = partial_members, .methods = partial_methods,
};

/* ---- reduce --------------------------------------------------------------------- */

KR_LIB_FUNC(functools_reduce)
{
    if (kr_libutil_no_keywords(th, "reduce", kw) < 0 ||
        kr_libutil_check_positional(th, "reduce", nargs, 2, 3) < 0)
        return KR_VALUE_NULL;
    Value it = kr_object_iter(th, args[1]);
    if (!it) {
        if (kr_err_matches(th, &kr_exc_TypeError)) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_TypeError, "reduce() arg 2 must support iteration");
        }
        return KR_VALUE_NULL;
    }
    Value acc = nargs == 3 ? args[2] : KR_VALUE_NULL;
    for (;;) {
        Value x = kr_object_next(th, it);
        if (!x)
            break;
        if (!acc) {
            acc = x;
            continue;
        }
        Value pair[2] = {acc, x};
        if (!(acc = kr_vm_call(th, args[0], pair, 2, NULL)))
            return KR_VALUE_NULL;
    }
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    if (!acc)
        return kr_err_type_error(th, "reduce() of empty iterable with no initial value");
    return acc;
}

/* ---- cmp_to_key ------------------------------------------------------------------- */

typedef struct KeyWrapper {
    Obj hdr;
    Value cmp;
    Value obj;            /* NULL in the wrapper cmp_to_key returns */
} KeyWrapper;

extern Type kr_functools_keywrapper_type;

static Value keywrapper_call(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"obj", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "K", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    KeyWrapper *k = kr_libutil_alloc(th, &kr_functools_keywrapper_type);
    if (!k)
        return KR_VALUE_NULL;
    k->cmp = ((KeyWrapper *)kr_as_obj(self))->cmp;
    k->obj = a[0];
    return kr_from_obj(k);
}

static Value keywrapper_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!kr_is_type(b, &kr_functools_keywrapper_type))
        return kr_err_type_error(th, "other argument must be K instance");
    KeyWrapper *ka = (KeyWrapper *)kr_as_obj(a), *kb = (KeyWrapper *)kr_as_obj(b);
    if (!ka->obj || !kb->obj) {
        kr_err_set_string(th, &kr_exc_AttributeError, "object");
        return KR_VALUE_NULL;
    }
    Value pair[2] = {ka->obj, kb->obj};
    Value r = kr_vm_call(th, ka->cmp, pair, 2, NULL);
    return r ? kr_object_richcompare(th, r, kr_from_smallint(0), op) : KR_VALUE_NULL;
}

static Value keywrapper_obj(Thread *th, Value self)
{
    KeyWrapper *k = (KeyWrapper *)kr_as_obj(self);
    if (!k->obj) {
        kr_err_set_string(th, &kr_exc_AttributeError, "obj");
        return KR_VALUE_NULL;
    }
    return k->obj;
}

static const MemberDef keywrapper_members[] = {
    {"obj", 0, keywrapper_obj, NULL, "Value wrapped by a key function.", KR_MEMBER_READONLY},
    {0},
};

Type kr_functools_keywrapper_type = {
    .hdr = {&kr_type_type}, .name = "functools.KeyWrapper", .size = sizeof(KeyWrapper),
    .call = keywrapper_call, .richcompare = keywrapper_richcompare,
    .hash = kr_object_unhashable, .members = keywrapper_members,
};

KR_LIB_FUNC(functools_cmp_to_key)
{
    static const char *const names[] = {"mycmp", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "cmp_to_key", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    KeyWrapper *k = kr_libutil_alloc(th, &kr_functools_keywrapper_type);
    if (!k)
        return KR_VALUE_NULL;
    k->cmp = a[0];
    return kr_from_obj(k);
}

/* ---- _lru_cache_wrapper --------------------------------------------------------- */

typedef struct LruCache {
    Obj hdr;
    Value fn;
    Dict *cache;
    int64_t maxsize;      /* -1: unbounded */
    bool typed;
    int64_t hits, misses;
    Value cache_info_type;
    Value kwd_mark;       /* separates positional from keyword parts of a key */
    Dict *dict;
} LruCache;

extern Type kr_functools_lru_type;

static Value lru_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"user_function", "maxsize", "typed", "cache_info_type",
                                        NULL};
    Value a[4];
    if (kr_libutil_parse(th, "lru_cache", args, nargs, kw, names, 0, 4, a) < 0)
        return KR_VALUE_NULL;
    if (!is_callable(a[0]))
        return kr_err_type_error(th, "the first argument must be callable");
    int64_t maxsize = -1;
    if (a[1] != KR_NONE) {
        if (!kr_is_int(a[1]))
            return kr_err_type_error(th, "maxsize should be integer or None");
        if (kr_libutil_as_ssize(th, a[1], &maxsize) < 0)
            return KR_VALUE_NULL;
        if (maxsize < 0)
            maxsize = 0;
    }
    int typed = kr_object_truth(th, a[2]);
    if (typed < 0)
        return KR_VALUE_NULL;
    LruCache *c = kr_libutil_alloc(th, t);
    Obj *mark = c ? kr_libutil_alloc(th, &kr_object_type) : NULL;
    if (!mark || !(c->cache = kr_dict_new(th)))
        return KR_VALUE_NULL;
    c->fn = a[0];
    c->maxsize = maxsize;
    c->typed = typed;
    c->cache_info_type = a[3];
    c->kwd_mark = kr_from_obj(mark);
    return kr_from_obj(c);
}

/* A tuple key with its hash computed once (Python's _HashedSeq): the
 * arguments' __hash__ runs once per call, however many times the cache
 * dict looks the key up, moves or evicts it. */
typedef struct LruKey {
    Obj hdr;
    Value items;      /* the tuple */
    int64_t hash;
} LruKey;

static Type lru_key_type;

static int lru_key_hash(Thread *th, Value v, int64_t *h)
{
    *h = ((LruKey *)kr_as_obj(v))->hash;
    return 0;
}

static Value lru_key_richcompare(Thread *th, Value a, Value b, int op)
{
    if (op != KR_EQ || !kr_is_type(b, &lru_key_type))
        return KR_NOTIMPL;
    return kr_object_richcompare(th, ((LruKey *)kr_as_obj(a))->items,
                                 ((LruKey *)kr_as_obj(b))->items, op);
}

static Type lru_key_type = {
    .hdr = {&kr_type_type}, .name = "functools._lru_key", .size = sizeof(LruKey),
    .hash = lru_key_hash, .richcompare = lru_key_richcompare,
};

/* The key for a call, as functools._make_key: the positional args, then
 * a marker and the keyword items, then (typed) every argument's type; a
 * lone int or str argument is its own key. */
static Value make_key(Thread *th, LruCache *c, const Value *args, size_t nargs, Tuple *kw)
{
    int64_t nkw = kw ? kw->size : 0;
    if (nkw == 0 && nargs == 1 && !c->typed &&
        (kr_is_int(args[0]) && !kr_is_bool(args[0]) ? true : kr_is_str(args[0])))
        return args[0];
    int64_t n = (int64_t)nargs + (nkw ? 1 + 2 * nkw : 0);
    int64_t ntypes = c->typed ? (int64_t)nargs + nkw : 0;
    Tuple *key = kr_tuple_new(th, n + ntypes);
    if (!key)
        return KR_VALUE_NULL;
    kr_values_copy(key->items, args, nargs);
    if (nkw) {
        key->items[nargs] = c->kwd_mark;
        for (int64_t i = 0; i < nkw; i++) {
            key->items[(int64_t)nargs + 1 + 2 * i] = kw->items[i];
            key->items[(int64_t)nargs + 2 + 2 * i] = args[nargs + (size_t)i];
        }
    }
    for (int64_t i = 0; i < ntypes; i++)
        key->items[n + i] = kr_from_obj(kr_type_of(args[i]));
    LruKey *k = kr_libutil_alloc(th, &lru_key_type);
    if (!k || kr_object_hash(th, kr_from_obj(key), &k->hash) < 0)
        return KR_VALUE_NULL;
    k->items = kr_from_obj(key);
    return kr_from_obj(k);
}

static Value lru_call(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    LruCache *c = (LruCache *)kr_as_obj(self);
    if (c->maxsize == 0) {
        c->misses++;
        return kr_vm_call(th, c->fn, args, nargs, kw);
    }
    Value key = make_key(th, c, args, nargs, kw);
    if (!key)
        return KR_VALUE_NULL;
    Value r = kr_dict_get(th, c->cache, key);
    if (r) {
        c->hits++;
        /* Move to the end: most recently used. */
        if (c->maxsize > 0 && (kr_dict_del(th, c->cache, key) < 0 ||
                               kr_dict_set(th, c->cache, key, r) < 0))
            return KR_VALUE_NULL;
        return r;
    }
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    c->misses++;
    if (!(r = kr_vm_call(th, c->fn, args, nargs, kw)))
        return KR_VALUE_NULL;
    /* the call may have cached this key itself (recursion, threads): it
     * stays as it is, and nothing is evicted for it (bpo-35780) */
    if (c->maxsize > 0) {
        Value again = kr_dict_get(th, c->cache, key);
        if (again)
            return r;
        if (kr_err_occurred(th))
            return KR_VALUE_NULL;
    }
    if (c->maxsize > 0 && c->cache->used >= c->maxsize) {
        int64_t pos = 0;
        Value k, v;
        if (kr_dict_next(c->cache, &pos, &k, &v) && kr_dict_del(th, c->cache, k) < 0)
            return KR_VALUE_NULL;
    }
    if (kr_dict_set(th, c->cache, key, r) < 0)
        return KR_VALUE_NULL;
    return r;
}

/* A cached function used as a method binds like a plain function. */
static Value lru_descr_get(Thread *th, Value self, Value obj, Value type)
{
    if (!obj || obj == KR_NONE)
        return self;
    return kr_method_new(th, self, obj);
}

static Value lru_cache_info(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    LruCache *c = (LruCache *)kr_as_obj(args[0]);
    Value hits = kr_int_from_i64(th, c->hits), misses = kr_int_from_i64(th, c->misses);
    Value size = c->maxsize < 0 ? KR_NONE : kr_int_from_i64(th, c->maxsize);
    Value curr = kr_int_from_i64(th, c->cache->used);
    if (!hits || !misses || !size || !curr)
        return KR_VALUE_NULL;
    Value argv[4] = {hits, misses, size, curr};
    return kr_vm_call(th, c->cache_info_type, argv, 4, NULL);
}

static Value lru_cache_clear(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    LruCache *c = (LruCache *)kr_as_obj(args[0]);
    Dict *d = kr_dict_new(th);
    if (!d)
        return KR_VALUE_NULL;
    c->cache = d;
    c->hits = c->misses = 0;
    return KR_NONE;
}

static Value lru_copy(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    return args[0];
}

/* A cached function pickles as the global it replaces: its __qualname__
 * (CPython's lru_cache_reduce; helper "pickle"). */
static Value lru_reduce(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    return kr_object_getattr(th, args[0], KR_NAME(th, __qualname__));
}

static const MethodDef lru_methods[] = {
    {"__reduce__", lru_reduce, "($self, /)", NULL, 0},
    {"cache_info", lru_cache_info, "($self, /)", "Report cache statistics", 0},
    {"cache_clear", lru_cache_clear, "($self, /)", "Clear the cache and cache statistics", 0},
    {"__copy__", lru_copy, "($self, /)", NULL, 0},
    {"__deepcopy__", lru_copy, "($self, memo, /)", NULL, 0},
    {0},
};

Type kr_functools_lru_type = {
    .hdr = {&kr_type_type}, .name = "functools._lru_cache_wrapper", .size = sizeof(LruCache),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(LruCache, dict),
    .new_ = lru_new, .call = lru_call, .descr_get = lru_descr_get, .methods = lru_methods,
};

/* ---- the module --------------------------------------------------------------------- */

static const MethodDef functools_functions[] = {
    {"reduce", functools_reduce, "($module, function, iterable, initial=<unrepresentable>, /)",
     NULL, KR_METH_VARARGS},
    {"cmp_to_key", functools_cmp_to_key, "($module, /, mycmp)", NULL, 0},
    {0},
};

int kr_mod__functools_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_functools", functools_functions);
    if (!m || kr_libutil_add_type(th, m, &kr_functools_partial_type) < 0 ||
        kr_type_ready(th, &kr_functools_keywrapper_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_functools_lru_type) < 0)
        return -1;
    return 0;
}
