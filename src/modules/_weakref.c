/*
 * _weakref.c -- the _weakref module: ref (ReferenceType), proxy
 * (ProxyType, CallableProxyType), getweakrefcount, getweakrefs,
 * _remove_dead_weakref.
 *
 * A weak reference holds its referent in a collector weak slot (a hidden
 * pointer registered as a disappearing link, gc/gc.h): the collector
 * clears the slot when the referent becomes unreachable, so ref() then
 * returns None.
 *
 * Callbacks, getweakrefcount and getweakrefs need the list of weak
 * references to an object.  That list lives in the data of a finalizer
 * the first weak reference adds to the referent (kr_gc_finalizer_data
 * finds it again), so there is no side table keyed by address: the list
 * dies with the object, and the finalizer -- run at a safe point once the
 * referent is unreachable -- calls the callbacks, newest reference first
 * as CPython does.  The list holds the references themselves weakly too,
 * so a reference nobody keeps does not have its callback called.
 *
 * Only collector-heap objects can be weakly referenced: instances of
 * classes, functions, classes, sets, and the library types whose CPython
 * counterparts allow it; ints, strs, tuples, lists and dicts cannot, as in
 * CPython ("cannot create weak reference to 'int' object").
 */
#include <stdio.h>
#include <string.h>

#include "modules/gcmodule.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/generator.h"

typedef struct WeakRef {
    Obj hdr;
    KrWeakSlot slot;      /* the referent, hidden from the scanner */
    Value callback;       /* KR_NONE: none */
    int64_t hash;         /* -1: not computed yet */
} WeakRef;

/* The weak references to one object, in creation order.  Held by the
 * referent's finalizer record; the slots are weak links to the refs. */
typedef struct RefList {
    int64_t n, cap;
    KrWeakSlot *slots;
} RefList;

extern Type kr_weakref_ref_type, kr_weakref_proxy_type, kr_weakref_callable_proxy_type;

static bool is_proxy(Value v)
{
    return kr_is_type(v, &kr_weakref_proxy_type) || kr_is_type(v, &kr_weakref_callable_proxy_type);
}

static Value referent(WeakRef *r)
{
    void *p = kr_gc_weak_get(&r->slot);
    return p ? kr_from_obj(p) : KR_VALUE_NULL;
}

/* Types whose instances may be weakly referenced. */
static bool weakrefable(Value v)
{
    if (!kr_is_obj(v))
        return false;
    Type *t = kr_type_of(v);
    if (t->flags & KR_TYPE_TYPE_SUBCLASS)
        return true;                /* classes -- static builtin ones too -- and metaclass instances */
    if (!kr_gc_is_heap_ptr(kr_as_obj(v)))
        return false;
    if (t->flags & KR_TYPE_HEAP)    /* (layout) CPython's tp_weaklistoffset: */
        return (t->flags & KR_TYPE_HAS_WEAKREF) != 0;   /* not for __slots__ without
                                       __weakref__, nor int/tuple/bytes subclasses */
    if (t->flags & KR_TYPE_HAS_WEAKREF)     /* a builtin that says so (memoryview) */
        return true;
    if (t == &kr_function_type || t == &kr_set_type || t == &kr_frozenset_type ||
        t == &kr_code_type || t == &kr_method_type || t == &kr_module_type)
        return true;
    /* generators of all kinds (asyncio keeps its async generators in a WeakSet) */
    if (t == &kr_generator_type || t == &kr_coroutine_type || t == &kr_async_generator_type)
        return true;
    /* Library types (their names carry a module: "collections.deque"). */
    return strchr(t->name, '.') != NULL && !is_proxy(v) && t != &kr_weakref_ref_type;
}

/* ---- the per-object list, and the referent's finalizer ---------------------------- */

static void referent_died(void *obj, void *data, void *ctx);

static RefList *reflist_of(Obj *o)
{
    return kr_gc_finalizer_data(o, referent_died);
}

static int reflist_add(Thread *th, Obj *o, Obj *ref)
{
    RefList *l = reflist_of(o);
    if (!l) {
        if (!(l = kr_gc_alloc(sizeof *l)))
            goto nomem;
        kr_gc_add_finalizer(o, referent_died, l);
    }
    if (l->n == l->cap) {
        int64_t cap = l->cap ? l->cap * 2 : 4;
        KrWeakSlot *slots = kr_gc_alloc(sizeof(KrWeakSlot) * (size_t)cap);
        if (!slots)
            goto nomem;
        for (int64_t i = 0; i < l->n; i++)
            kr_gc_weak_move(&l->slots[i], &slots[i]);
        l->slots = slots;
        l->cap = cap;
    }
    if (!kr_gc_weak_set(&l->slots[l->n], ref))
        goto nomem;
    l->n++;
    return 0;
nomem:
    kr_err_no_memory(th);
    return -1;
}

/* The referent is unreachable: call the callbacks of the references
 * still alive, newest first. */
static void referent_died(void *obj, void *data, void *ctx)
{
    Thread *th = ctx;
    RefList *l = data;
    if (!th || !l)
        return;
    Value exc = th->exc, handled = th->handled;
    for (int64_t i = l->n - 1; i >= 0; i--) {
        Obj *ro = kr_gc_weak_get(&l->slots[i]);
        if (!ro)
            continue;
        WeakRef *r = (WeakRef *)ro;
        kr_gc_weak_clear(&r->slot);
        if (r->callback == KR_NONE || !r->callback)
            continue;
        Value cb = r->callback, rv = kr_from_obj(ro);
        r->callback = KR_NONE;
        th->exc = KR_VALUE_NULL;
        if (!kr_vm_call(th, cb, &rv, 1, NULL))
            kr_mod_gc_write_unraisable(th, kr_err_fetch(th), cb);
    }
    th->exc = exc;
    th->handled = handled;
}

static bool is_basic(Obj *r, Type *t)
{
    return r->type == t && ((WeakRef *)r)->callback == KR_NONE;
}

/* Live refs and proxies to o, in CPython's list order: the shared plain
 * ref, the plain proxy, then the others newest first. */
static List *refs_to(Thread *th, Value o)
{
    List *out = kr_list_new(th, 0);
    RefList *l = out && kr_is_obj(o) && kr_gc_is_heap_ptr(kr_as_obj(o)) ? reflist_of(kr_as_obj(o)) : NULL;
    for (int pass = 0; l && pass < 3; pass++) {
        for (int64_t k = 0; k < l->n; k++) {
            int64_t i = pass == 2 ? l->n - 1 - k : k;
            Obj *r = kr_gc_weak_get(&l->slots[i]);
            if (!r || !referent((WeakRef *)r))
                continue;
            bool basic_ref = is_basic(r, &kr_weakref_ref_type);
            bool basic_proxy = is_basic(r, &kr_weakref_proxy_type) ||
                               is_basic(r, &kr_weakref_callable_proxy_type);
            bool take = pass == 0 ? basic_ref : pass == 1 ? basic_proxy : !basic_ref && !basic_proxy;
            if (take && kr_list_append(th, out, kr_from_obj(r)) < 0)
                return NULL;
        }
    }
    return out;
}

/* ---- ref ---------------------------------------------------------------------------- */

static Value make_ref(Thread *th, Type *t, Value obj, Value callback)
{
    if (!weakrefable(obj))
        return kr_err_type_error(th, "cannot create weak reference to '%s' object",
                                 kr_type_name(obj));
    if (callback == KR_NONE && (t == &kr_weakref_ref_type || t == &kr_weakref_proxy_type ||
                                t == &kr_weakref_callable_proxy_type)) {
        /* A plain ref or proxy without callback is shared, as in CPython. */
        List *existing = refs_to(th, obj);
        if (!existing)
            return KR_VALUE_NULL;
        for (int64_t i = 0; i < existing->size; i++) {
            WeakRef *r = (WeakRef *)kr_as_obj(existing->items[i]);
            if (r->hdr.type == t && r->callback == KR_NONE)
                return existing->items[i];
        }
    }
    WeakRef *r = kr_libutil_alloc(th, t);
    if (!r)
        return KR_VALUE_NULL;
    r->callback = callback;
    r->hash = -1;
    /* up to four table updates (links and finalizer): one window */
    kr_gc_table_updates_begin();
    int ok = kr_gc_weak_set(&r->slot, kr_as_obj(obj));
    if (!ok)
        kr_err_no_memory(th);
    /* A static object (a builtin type) never dies: no list, no callback. */
    else if (kr_gc_is_heap_ptr(kr_as_obj(obj)) && reflist_add(th, kr_as_obj(obj), &r->hdr) < 0)
        ok = 0;
    kr_gc_table_updates_end();
    return ok ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* ref(object[, callback]): keywords are left to a subclass's __init__,
 * as CPython's parse_weakref_init_args. */
static int ref_args(Thread *th, const char *fn, size_t nargs)
{
    if (nargs >= 1 && nargs <= 2)
        return 0;
    kr_err_type_error(th, "%s expected %s, got %zu", fn,
                      nargs < 1 ? "at least 1 argument" : "at most 2 arguments", nargs);
    return -1;
}

static Value ref_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (ref_args(th, "__new__", nargs) < 0)
        return KR_VALUE_NULL;
    return make_ref(th, t, args[0], nargs == 2 ? args[1] : KR_NONE);
}

/* ref.__init__ refuses keywords (a subclass's own __init__ may take them). */
static int ref_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "ref", kw) < 0)
        return -1;
    return ref_args(th, "__init__", nargs);
}

static Value ref_call(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "weakref", kw) < 0 ||
        kr_libutil_check_positional(th, "weakref", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    Value o = referent((WeakRef *)kr_as_obj(self));
    return o ? o : KR_NONE;
}

static int ref_hash(Thread *th, Value self, int64_t *h)
{
    WeakRef *r = (WeakRef *)kr_as_obj(self);
    if (r->hash == -1) {
        Value o = referent(r);
        if (!o) {
            kr_err_set_string(th, &kr_exc_TypeError, "weak object has gone away");
            return -1;
        }
        if (kr_object_hash(th, o, &r->hash) < 0)
            return -1;
    }
    *h = r->hash;
    return 0;
}

static Value ref_richcompare(Thread *th, Value a, Value b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_isinstance_type(a, &kr_weakref_ref_type) ||
        !kr_isinstance_type(b, &kr_weakref_ref_type))
        return KR_NOTIMPL;
    Value x = referent((WeakRef *)kr_as_obj(a)), y = referent((WeakRef *)kr_as_obj(b));
    if (!x || !y)
        return kr_from_bool((a == b) == (op == KR_EQ));
    return kr_object_richcompare(th, x, y, op);
}

static Value ref_repr(Thread *th, Value self)
{
    Value o = referent((WeakRef *)kr_as_obj(self));
    char buf[256];
    if (!o)
        snprintf(buf, sizeof buf, "<weakref at %#llx; dead>", (unsigned long long)self);
    else
        snprintf(buf, sizeof buf, "<weakref at %#llx; to '%s' at %#llx>", (unsigned long long)self,
                 kr_type_name(o), (unsigned long long)o);
    Str *s = kr_str_from_cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value ref_callback_get(Thread *th, Value self)
{
    Value cb = ((WeakRef *)kr_as_obj(self))->callback;
    return cb ? cb : KR_NONE;
}

static const MemberDef ref_members[] = {
    {"__callback__", 0, ref_callback_get, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Type kr_weakref_ref_type = {
    .hdr = {&kr_type_type}, .name = "weakref.ReferenceType", .size = sizeof(WeakRef),
    .flags = KR_TYPE_BASETYPE, .new_ = ref_new, .init = ref_init, .call = ref_call,
    .hash = ref_hash, .richcompare = ref_richcompare, .repr = ref_repr, .members = ref_members,
};

/* ---- proxy ------------------------------------------------------------------------ */

/* The referent, or ReferenceError. */
static Value live(Thread *th, Value proxy)
{
    Value o = referent((WeakRef *)kr_as_obj(proxy));
    if (!o)
        kr_err_set_string(th, &kr_exc_ReferenceError, "weakly-referenced object no longer exists");
    return o;
}

/* Unwrap operands that are proxies (CPython's UNWRAP). */
static bool unwrap(Thread *th, Value *v)
{
    if (is_proxy(*v) && !(*v = live(th, *v)))
        return false;
    return true;
}

static Value proxy_getattr(Thread *th, Value self, Str *name)
{
    Value o = live(th, self);
    return o ? kr_object_getattr(th, o, name) : KR_VALUE_NULL;
}

static int proxy_setattr(Thread *th, Value self, Str *name, Value v)
{
    Value o = live(th, self);
    return o ? kr_object_setattr(th, o, name, v) : -1;
}

static Value proxy_repr(Thread *th, Value self)
{
    Value o = referent((WeakRef *)kr_as_obj(self));
    char buf[256];
    snprintf(buf, sizeof buf, "<weakproxy at %#llx; to '%s' at %#llx>",
             (unsigned long long)self, o ? kr_type_name(o) : "NoneType", (unsigned long long)o);
    if (!o)
        snprintf(buf, sizeof buf, "<weakproxy at %#llx; dead>", (unsigned long long)self);
    Str *s = kr_str_from_cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value proxy_str(Thread *th, Value self)
{
    Value o = live(th, self);
    return o ? kr_object_str(th, o) : KR_VALUE_NULL;
}

static Value proxy_call(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    Value o = live(th, self);
    return o ? kr_vm_call(th, o, args, nargs, kw) : KR_VALUE_NULL;
}

static int proxy_len(Thread *th, Value self, int64_t *n)
{
    Value o = live(th, self);
    return o ? kr_object_len(th, o, n) : -1;
}

static int proxy_bool(Thread *th, Value self)
{
    Value o = live(th, self);
    return o ? kr_object_truth(th, o) : -1;
}

static Value proxy_getitem(Thread *th, Value self, Value k)
{
    Value o = live(th, self);
    return o ? kr_object_getitem(th, o, k) : KR_VALUE_NULL;
}

static int proxy_setitem(Thread *th, Value self, Value k, Value v)
{
    Value o = live(th, self);
    return o ? kr_object_setitem(th, o, k, v) : -1;
}

static int proxy_contains(Thread *th, Value self, Value x)
{
    Value o = live(th, self);
    return o ? kr_object_contains(th, o, x) : -1;
}

static Value proxy_iter(Thread *th, Value self)
{
    Value o = live(th, self);
    return o ? kr_object_iter(th, o) : KR_VALUE_NULL;
}

static Value proxy_next(Thread *th, Value self)
{
    Value o = live(th, self);
    if (!o)
        return KR_VALUE_NULL;
    if (!kr_type_of(o)->next)
        return kr_err_type_error(th, "Weakref proxy referenced a non-iterator '%s' object",
                                 kr_type_name(o));
    return kr_object_next(th, o);
}

static Value proxy_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!unwrap(th, &a) || !unwrap(th, &b))
        return KR_VALUE_NULL;
    return kr_object_richcompare(th, a, b, op);
}

static int proxy_hash(Thread *th, Value v, int64_t *h)
{
    kr_err_format(th, &kr_exc_TypeError, "unhashable type: '%s'", kr_type_name(v));
    return -1;
}

#define PROXY_BINOP(op)                                                       \
    static Value proxy_binop_##op(Thread *th, Value a, Value b)               \
    {                                                                         \
        if (!unwrap(th, &a) || !unwrap(th, &b))                               \
            return KR_VALUE_NULL;                                             \
        return kr_object_binop(th, a, b, op);                                 \
    }                                                                         \
    static Value proxy_inplace_##op(Thread *th, Value a, Value b)             \
    {                                                                         \
        if (!unwrap(th, &a) || !unwrap(th, &b))                               \
            return KR_VALUE_NULL;                                             \
        return kr_object_inplace(th, a, b, op);                               \
    }
PROXY_BINOP(KR_OP_ADD) PROXY_BINOP(KR_OP_SUB) PROXY_BINOP(KR_OP_MUL)
PROXY_BINOP(KR_OP_TRUEDIV) PROXY_BINOP(KR_OP_FLOORDIV) PROXY_BINOP(KR_OP_MOD)
PROXY_BINOP(KR_OP_AND) PROXY_BINOP(KR_OP_OR) PROXY_BINOP(KR_OP_XOR)
PROXY_BINOP(KR_OP_MATMUL) PROXY_BINOP(KR_OP_POW) PROXY_BINOP(KR_OP_LSHIFT)
PROXY_BINOP(KR_OP_RSHIFT)

#define PROXY_UNARY(name, fn)                                                 \
    static Value proxy_##name(Thread *th, Value self)                         \
    {                                                                         \
        Value o = live(th, self);                                             \
        return o ? fn(th, o) : KR_VALUE_NULL;                                 \
    }
PROXY_UNARY(neg, kr_object_neg) PROXY_UNARY(pos, kr_object_pos)
PROXY_UNARY(invert, kr_object_invert) PROXY_UNARY(index, kr_object_index)

/* __bytes__ and __reversed__: the referent's own, as CPython's proxy_methods. */
static Value proxy_call_method(Thread *th, Value self, const char *name)
{
    Value o = live(th, self);
    Str *n = o ? kr_str_intern_cstr(th, name) : NULL;
    Value m = n ? kr_object_getattr(th, o, n) : KR_VALUE_NULL;
    return m ? kr_vm_call(th, m, NULL, 0, NULL) : KR_VALUE_NULL;
}

static Value proxy_bytes(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "__bytes__", kw) < 0 ||
        kr_libutil_check_positional(th, "__bytes__", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return proxy_call_method(th, args[0], "__bytes__");
}

static Value proxy_reversed(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "__reversed__", kw) < 0 ||
        kr_libutil_check_positional(th, "__reversed__", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return proxy_call_method(th, args[0], "__reversed__");
}

static const MethodDef proxy_methods[] = {
    {"__bytes__", proxy_bytes, "($self, /)", NULL, 0},
    {"__reversed__", proxy_reversed, "($self, /)", NULL, 0},
    {0},
};

#define PROXY_SLOTS                                                                       \
    .getattr = proxy_getattr, .setattr = proxy_setattr, .repr = proxy_repr,               \
    .str = proxy_str, .len = proxy_len, .bool_ = proxy_bool, .getitem = proxy_getitem,    \
    .setitem = proxy_setitem, .contains = proxy_contains, .iter = proxy_iter,             \
    .next = proxy_next, .richcompare = proxy_richcompare, .hash = proxy_hash,             \
    .binop = {[KR_OP_ADD] = proxy_binop_KR_OP_ADD, [KR_OP_SUB] = proxy_binop_KR_OP_SUB,   \
              [KR_OP_MUL] = proxy_binop_KR_OP_MUL, [KR_OP_TRUEDIV] = proxy_binop_KR_OP_TRUEDIV, \
              [KR_OP_FLOORDIV] = proxy_binop_KR_OP_FLOORDIV, [KR_OP_MOD] = proxy_binop_KR_OP_MOD, \
              [KR_OP_AND] = proxy_binop_KR_OP_AND, [KR_OP_OR] = proxy_binop_KR_OP_OR,    \
              [KR_OP_XOR] = proxy_binop_KR_OP_XOR, [KR_OP_MATMUL] = proxy_binop_KR_OP_MATMUL, \
              [KR_OP_POW] = proxy_binop_KR_OP_POW, [KR_OP_LSHIFT] = proxy_binop_KR_OP_LSHIFT, \
              [KR_OP_RSHIFT] = proxy_binop_KR_OP_RSHIFT},                                \
    .inplace = {[KR_OP_ADD] = proxy_inplace_KR_OP_ADD, [KR_OP_SUB] = proxy_inplace_KR_OP_SUB, \
                [KR_OP_MUL] = proxy_inplace_KR_OP_MUL,                                   \
                [KR_OP_TRUEDIV] = proxy_inplace_KR_OP_TRUEDIV,                           \
                [KR_OP_FLOORDIV] = proxy_inplace_KR_OP_FLOORDIV,                         \
                [KR_OP_MOD] = proxy_inplace_KR_OP_MOD, [KR_OP_AND] = proxy_inplace_KR_OP_AND, \
                [KR_OP_OR] = proxy_inplace_KR_OP_OR, [KR_OP_XOR] = proxy_inplace_KR_OP_XOR, \
                [KR_OP_MATMUL] = proxy_inplace_KR_OP_MATMUL,                             \
                [KR_OP_POW] = proxy_inplace_KR_OP_POW,                                   \
                [KR_OP_LSHIFT] = proxy_inplace_KR_OP_LSHIFT,                             \
                [KR_OP_RSHIFT] = proxy_inplace_KR_OP_RSHIFT},                            \
    .neg = proxy_neg, .pos = proxy_pos, .invert = proxy_invert, .index = proxy_index,     \
    .methods = proxy_methods

Type kr_weakref_proxy_type = {
    .hdr = {&kr_type_type}, .name = "weakref.ProxyType", .size = sizeof(WeakRef),
    PROXY_SLOTS,
};

Type kr_weakref_callable_proxy_type = {
    .hdr = {&kr_type_type}, .name = "weakref.CallableProxyType", .size = sizeof(WeakRef),
    .call = proxy_call, PROXY_SLOTS,
};

/* ---- module functions ------------------------------------------------------------- */

KR_LIB_FUNC(weakref_proxy)
{
    if (kr_libutil_no_keywords(th, "_weakref.proxy", kw) < 0 ||
        kr_libutil_check_positional(th, "proxy", nargs, 1, 2) < 0)
        return KR_VALUE_NULL;
    Value o = args[0];
    Type *t = kr_type_of(o)->call ? &kr_weakref_callable_proxy_type : &kr_weakref_proxy_type;
    return make_ref(th, t, o, nargs == 2 ? args[1] : KR_NONE);
}

KR_LIB_FUNC(weakref_getweakrefcount)
{
    if (kr_call_check_args(th, "_weakref.getweakrefcount", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    List *l = refs_to(th, args[0]);
    return l ? kr_int_from_i64(th, l->size) : KR_VALUE_NULL;
}

KR_LIB_FUNC(weakref_getweakrefs)
{
    if (kr_call_check_args(th, "_weakref.getweakrefs", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    List *l = refs_to(th, args[0]);
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

KR_LIB_FUNC(weakref_remove_dead_weakref)
{
    if (kr_libutil_no_keywords(th, "_remove_dead_weakref", kw) < 0 ||
        kr_libutil_check_positional(th, "_remove_dead_weakref", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    if (!kr_isinstance_type(args[0], &kr_dict_type))
        return kr_err_type_error(th, "_remove_dead_weakref() argument 1 must be dict, not %s",
                                 kr_type_name(args[0]));
    Dict *d = kr_as_dict(args[0]);
    Value v = kr_dict_get(th, d, args[1]);
    if (!v)
        return kr_err_occurred(th) ? KR_VALUE_NULL : KR_NONE;
    if (kr_isinstance_type(v, &kr_weakref_ref_type) && !referent((WeakRef *)kr_as_obj(v)) &&
        kr_dict_del(th, d, args[1]) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

static const MethodDef weakref_functions[] = {
    {"proxy", weakref_proxy, "($module, object, callback=None, /)", NULL, 0},
    {"getweakrefcount", weakref_getweakrefcount, "($module, object, /)", NULL, 0},
    {"getweakrefs", weakref_getweakrefs, "($module, object, /)", NULL, 0},
    {"_remove_dead_weakref", weakref_remove_dead_weakref, "($module, dct, key, /)", NULL, 0},
    {0},
};

int kr_mod__weakref_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_weakref", weakref_functions);
    if (!m || kr_type_ready(th, &kr_weakref_ref_type) < 0 ||
        kr_type_ready(th, &kr_weakref_proxy_type) < 0 ||
        kr_type_ready(th, &kr_weakref_callable_proxy_type) < 0)
        return -1;
    if (kr_libutil_add_value(th, m, "ref", kr_from_obj(&kr_weakref_ref_type)) < 0 ||
        kr_libutil_add_value(th, m, "ReferenceType", kr_from_obj(&kr_weakref_ref_type)) < 0 ||
        kr_libutil_add_value(th, m, "ProxyType", kr_from_obj(&kr_weakref_proxy_type)) < 0 ||
        kr_libutil_add_value(th, m, "CallableProxyType",
                             kr_from_obj(&kr_weakref_callable_proxy_type)) < 0)
        return -1;
    return 0;
}
