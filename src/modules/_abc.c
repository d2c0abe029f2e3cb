/*
 * _abc.c -- the _abc module: the C core of abc.ABCMeta (what abc.py
 * imports: _abc_init, _abc_register, _abc_instancecheck,
 * _abc_subclasscheck, _get_dump, _reset_registry, _reset_caches,
 * get_cache_token).
 *
 * Each ABC keeps an `_abc_data` object in its `_abc_impl` attribute: the
 * registry of virtual subclasses and the positive and negative caches of
 * subclass checks.  As in CPython the sets hold weak references to the
 * classes, so registering a class does not keep it alive; classes that
 * cannot be weakly referenced (builtin types, which live forever) are held
 * directly.  Registering anywhere bumps the invalidation counter, which
 * empties every negative cache lazily.
 *
 * The counter is per interpreter; it lives in the module's dict, under a
 * name CPython does not use, so there is no process-global state.
 */
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct AbcData {
    Obj hdr;
    Value registry, cache, negative_cache;   /* sets */
    int64_t negative_cache_version;
} AbcData;

extern Type kr_abc_data_type;

static Str *name(Thread *th, const char *s) { return kr_str_intern_cstr(th, s); }

static Dict *module_dict(Thread *th)
{
    Value m = kr_dict_get_str(th->vm->modules, name(th, "_abc"));
    return m ? ((Module *)kr_as_obj(m))->dict : NULL;
}

static int64_t counter(Thread *th)
{
    Dict *d = module_dict(th);
    Value c = d ? kr_dict_get_str(d, name(th, "_krait_invalidation_counter")) : KR_VALUE_NULL;
    int64_t n = 0;
    if (c && kr_int_as_i64(th, c, &n) < 0)
        kr_err_clear(th);
    return n;
}

static int bump_counter(Thread *th)
{
    Dict *d = module_dict(th);
    Value n = kr_int_from_i64(th, counter(th) + 1);
    return d && n ? kr_dict_set_str(th, d, name(th, "_krait_invalidation_counter"), n) : -1;
}

static Value new_set(Thread *th)
{
    return kr_vm_call(th, kr_from_obj(&kr_set_type), NULL, 0, NULL);
}

static Value call_method(Thread *th, Value obj, const char *meth, Value arg)
{
    Value m = kr_object_getattr(th, obj, name(th, meth));
    return m ? kr_vm_call(th, m, arg ? &arg : NULL, arg ? 1 : 0, NULL) : KR_VALUE_NULL;
}

/* What a set stores for cls: a weak reference, or cls itself when it
 * cannot be weakly referenced (a static builtin type). */
static Value set_key(Thread *th, Value cls)
{
    if (!kr_is_obj(cls) || !kr_gc_is_heap_ptr(kr_as_obj(cls)))
        return cls;
    Value ref = kr_dict_get_str(th->vm->modules, name(th, "_weakref"));
    Value reftype = ref ? kr_dict_get_str(((Module *)kr_as_obj(ref))->dict, name(th, "ref")) : 0;
    return reftype ? kr_vm_call(th, reftype, &cls, 1, NULL) : cls;
}

static int set_has(Thread *th, Value set, Value cls)
{
    Value k = set_key(th, cls);
    return k ? kr_object_contains(th, set, k) : -1;
}

static int set_add(Thread *th, Value set, Value cls)
{
    Value k = set_key(th, cls);
    return k && call_method(th, set, "add", k) ? 0 : -1;
}

static AbcData *impl_of(Thread *th, Value cls)
{
    Value v = kr_object_getattr(th, cls, name(th, "_abc_impl"));
    if (!v)
        return NULL;
    if (!kr_is_type(v, &kr_abc_data_type)) {
        kr_err_set_string(th, &kr_exc_TypeError, "_abc_impl is set to a wrong type");
        return NULL;
    }
    return (AbcData *)kr_as_obj(v);
}

static Value abc_data_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    AbcData *d = kr_libutil_alloc(th, t);
    if (!d || !(d->registry = new_set(th)) || !(d->cache = new_set(th)) ||
        !(d->negative_cache = new_set(th)))
        return KR_VALUE_NULL;
    d->negative_cache_version = counter(th);
    return kr_from_obj(d);
}

Type kr_abc_data_type = {
    .hdr = {&kr_type_type}, .name = "_abc._abc_data", .size = sizeof(AbcData),
    .new_ = abc_data_new,
};

static int is_abstract(Thread *th, Value v)
{
    Value a = kr_object_lookupattr(th, v, name(th, "__isabstractmethod__"));
    if (!a)
        return kr_err_occurred(th) ? -1 : 0;
    return kr_object_truth(th, a);
}

/* __abstractmethods__: the abstract names of the namespace, and those of
 * the bases' abstract methods still abstract here. */
static int compute_abstracts(Thread *th, Value cls)
{
    Value abstracts = new_set(th);
    Type *t = (Type *)kr_as_obj(cls);
    if (!abstracts)
        return -1;
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(t->dict, &pos, &k, &v)) {
        int a = is_abstract(th, v);
        if (a < 0 || (a && !call_method(th, abstracts, "add", k)))
            return -1;
    }
    for (int64_t i = 0; i < t->bases->size; i++) {
        Value base_abs = kr_object_getattr(th, t->bases->items[i], name(th, "__abstractmethods__"));
        if (!base_abs) {
            if (!kr_err_matches(th, &kr_exc_AttributeError))
                return -1;
            kr_err_clear(th);
            continue;
        }
        Value it = kr_object_iter(th, base_abs);
        if (!it)
            return -1;
        Value n;
        while ((n = kr_object_next(th, it))) {
            if (!kr_is_str(n))
                continue;
            Value val = kr_object_getattr(th, cls, kr_as_str(n));
            if (!val) {
                if (!kr_err_matches(th, &kr_exc_AttributeError))
                    return -1;
                kr_err_clear(th);
                continue;
            }
            int a = is_abstract(th, val);
            if (a < 0 || (a && !call_method(th, abstracts, "add", n)))
                return -1;
        }
        if (kr_err_occurred(th))
            return -1;
    }
    Value fs = kr_vm_call(th, kr_from_obj(&kr_frozenset_type), &abstracts, 1, NULL);
    return fs ? kr_object_setattr(th, cls, name(th, "__abstractmethods__"), fs) : -1;
}

/* collections.abc's Sequence and Mapping say in __abc_tpflags__ which
 * CPython type flag (1 << 5, 1 << 6) match statements test; the ABC takes
 * it as KR_TYPE_SEQUENCE or KR_TYPE_MAPPING, which its subclasses inherit
 * and register() passes on, and the entry leaves the class dict. */
#define ABC_TPFLAGS_SEQUENCE (1 << 5)
#define ABC_TPFLAGS_MAPPING (1 << 6)
#define COLLECTION_FLAGS (KR_TYPE_SEQUENCE | KR_TYPE_MAPPING)

static int take_tpflags(Thread *th, Type *t)
{
    Str *key = name(th, "__abc_tpflags__");
    Value v = key ? kr_dict_get_str(t->dict, key) : KR_VALUE_NULL;
    if (!v)
        return key ? 0 : -1;
    if (kr_is_smallint(v)) {
        int64_t f = kr_as_smallint(v);
        if ((f & ABC_TPFLAGS_SEQUENCE) && (f & ABC_TPFLAGS_MAPPING)) {
            kr_err_set_string(th, &kr_exc_TypeError, "__abc_tpflags__ cannot be both "
                              "Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
            return -1;
        }
        if (f & ABC_TPFLAGS_SEQUENCE)
            t->flags |= KR_TYPE_SEQUENCE;
        if (f & ABC_TPFLAGS_MAPPING)
            t->flags |= KR_TYPE_MAPPING;
    }
    return kr_dict_del(th, t->dict, kr_from_obj(key));
}

/* CPython's set_collection_flag_recursive: a registered class and its
 * subclasses become sequences (or mappings); builtin types keep theirs. */
static int set_collection_flag(Thread *th, Type *t, uint32_t flag)
{
    if (!(t->flags & KR_TYPE_HEAP) || (t->flags & KR_TYPE_IMMUTABLE) ||
        (t->flags & COLLECTION_FLAGS) == flag)
        return 0;
    t->flags = (t->flags & ~(uint32_t)COLLECTION_FLAGS) | flag;
    Value m = kr_object_getattr(th, kr_from_obj(t), name(th, "__subclasses__"));
    Value subs = m ? kr_vm_call(th, m, NULL, 0, NULL) : KR_VALUE_NULL;
    if (!subs)
        return -1;
    List *l = kr_as_list(subs);
    for (int64_t i = 0; i < l->size; i++)
        if (set_collection_flag(th, (Type *)kr_as_obj(l->items[i]), flag) < 0)
            return -1;
    return 0;
}

KR_LIB_FUNC(abc_init)
{
    if (kr_call_check_args(th, "_abc_init", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    Value cls = args[0];
    if (!kr_isinstance_type(cls, &kr_type_type)) {
        kr_err_format(th, &kr_exc_AttributeError, "'%s' object has no attribute '__dict__'",
                      kr_type_name(cls));
        return KR_VALUE_NULL;
    }
    if (compute_abstracts(th, cls) < 0 || take_tpflags(th, (Type *)kr_as_obj(cls)) < 0)
        return KR_VALUE_NULL;
    Value data = abc_data_new(th, &kr_abc_data_type, NULL, 0, NULL);
    if (!data || kr_object_setattr(th, cls, name(th, "_abc_impl"), data) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

static int is_subclass(Thread *th, Value a, Value b)
{
    Value argv[2] = {a, b};
    Value f = kr_dict_get_str(th->vm->builtins, name(th, "issubclass"));
    Value r = f ? kr_vm_call(th, f, argv, 2, NULL) : KR_VALUE_NULL;
    return r ? kr_object_truth(th, r) : -1;
}

KR_LIB_FUNC(abc_register)
{
    if (kr_libutil_no_keywords(th, "_abc_register", kw) < 0 ||
        kr_libutil_check_positional(th, "_abc_register", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    Value cls = args[0], sub = args[1];
    if (!kr_isinstance_type(sub, &kr_type_type))
        return kr_err_type_error(th, "Can only register classes");
    int r = is_subclass(th, sub, cls);
    if (r)
        return r < 0 ? KR_VALUE_NULL : sub;
    if ((r = is_subclass(th, cls, sub))) {
        if (r > 0)
            kr_err_set_string(th, &kr_exc_RuntimeError, "Refusing to create an inheritance cycle");
        return KR_VALUE_NULL;
    }
    AbcData *d = impl_of(th, cls);
    if (!d || set_add(th, d->registry, sub) < 0 || bump_counter(th) < 0)
        return KR_VALUE_NULL;
    uint32_t flag = kr_isinstance_type(cls, &kr_type_type)
                        ? ((Type *)kr_as_obj(cls))->flags & COLLECTION_FLAGS : 0;
    if (flag && set_collection_flag(th, (Type *)kr_as_obj(sub), flag) < 0)
        return KR_VALUE_NULL;
    return sub;
}

static Value subclasscheck(Thread *th, Value cls, Value sub)
{
    Value m = kr_object_getattr(th, cls, name(th, "__subclasscheck__"));
    return m ? kr_vm_call(th, m, &sub, 1, NULL) : KR_VALUE_NULL;
}

KR_LIB_FUNC(abc_instancecheck)
{
    if (kr_libutil_no_keywords(th, "_abc_instancecheck", kw) < 0 ||
        kr_libutil_check_positional(th, "_abc_instancecheck", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    Value cls = args[0], inst = args[1];
    AbcData *d = impl_of(th, cls);
    Value sub = d ? kr_object_getattr(th, inst, KR_NAME(th, __class__)) : KR_VALUE_NULL;
    if (!sub)
        return KR_VALUE_NULL;
    int r = set_has(th, d->cache, sub);
    if (r)
        return r < 0 ? KR_VALUE_NULL : KR_TRUE;
    Value subtype = kr_from_obj(kr_type_of(inst));
    if (subtype == sub) {
        if (d->negative_cache_version == counter(th) &&
            (r = set_has(th, d->negative_cache, sub)))
            return r < 0 ? KR_VALUE_NULL : KR_FALSE;
        return subclasscheck(th, cls, sub);
    }
    Value res = subclasscheck(th, cls, sub);
    if (!res)
        return KR_VALUE_NULL;
    if ((r = kr_object_truth(th, res)))
        return r < 0 ? KR_VALUE_NULL : res;
    return subclasscheck(th, cls, subtype);
}

/* Record the outcome in the positive or negative cache. */
static Value remember(Thread *th, AbcData *d, Value sub, bool yes)
{
    return set_add(th, yes ? d->cache : d->negative_cache, sub) < 0 ? KR_VALUE_NULL
                                                                     : kr_from_bool(yes);
}

/* The registry's classes (weak references resolved, dead ones skipped). */
static List *registry_classes(Thread *th, AbcData *d)
{
    List *l = kr_list_from_iterable(th, d->registry);
    for (int64_t i = 0; l && i < l->size; i++) {
        Value v = l->items[i];
        if (!kr_isinstance_type(v, &kr_type_type)) {
            Value c = kr_vm_call(th, v, NULL, 0, NULL);
            if (!c)
                return NULL;
            l->items[i] = c;
        }
    }
    return l;
}

KR_LIB_FUNC(abc_subclasscheck)
{
    if (kr_libutil_no_keywords(th, "_abc_subclasscheck", kw) < 0 ||
        kr_libutil_check_positional(th, "_abc_subclasscheck", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    Value cls = args[0], sub = args[1];
    if (!kr_isinstance_type(sub, &kr_type_type))
        return kr_err_type_error(th, "issubclass() arg 1 must be a class");
    AbcData *d = impl_of(th, cls);
    if (!d)
        return KR_VALUE_NULL;
    /* 1. The positive cache. */
    int r = set_has(th, d->cache, sub);
    if (r)
        return r < 0 ? KR_VALUE_NULL : KR_TRUE;
    /* 2. The negative cache, emptied when anything was registered since. */
    int64_t now = counter(th);
    if (d->negative_cache_version < now) {
        if (!call_method(th, d->negative_cache, "clear", KR_VALUE_NULL))
            return KR_VALUE_NULL;
        d->negative_cache_version = now;
    } else if ((r = set_has(th, d->negative_cache, sub))) {
        return r < 0 ? KR_VALUE_NULL : KR_FALSE;
    }
    /* 3. The subclass hook. */
    Value hook = kr_object_getattr(th, cls, name(th, "__subclasshook__"));
    Value ok = hook ? kr_vm_call(th, hook, &sub, 1, NULL) : KR_VALUE_NULL;
    if (!ok)
        return KR_VALUE_NULL;
    if (ok != KR_NOTIMPL) {
        if (!kr_is_bool(ok)) {
            kr_err_set_string(th, &kr_exc_AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
            return KR_VALUE_NULL;
        }
        return remember(th, d, sub, ok == KR_TRUE);
    }
    /* 4. A direct subclass. */
    Type *st = (Type *)kr_as_obj(sub);
    for (int64_t i = 0; st->mro && i < st->mro->size; i++)
        if (st->mro->items[i] == cls)
            return remember(th, d, sub, true);
    /* 5. A subclass of a registered class. */
    List *reg = registry_classes(th, d);
    if (!reg)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < reg->size; i++) {
        if (reg->items[i] == KR_NONE)
            continue;
        if ((r = is_subclass(th, sub, reg->items[i])))
            return r < 0 ? KR_VALUE_NULL : remember(th, d, sub, true);
    }
    /* 6. A subclass of a subclass (cls.__subclasses__(), when available). */
    Value subs = kr_object_getattr(th, cls, name(th, "__subclasses__"));
    if (subs && (subs = kr_vm_call(th, subs, NULL, 0, NULL))) {
        List *l = kr_list_from_iterable(th, subs);
        if (!l)
            return KR_VALUE_NULL;
        for (int64_t i = 0; i < l->size; i++)
            if ((r = is_subclass(th, sub, l->items[i])))
                return r < 0 ? KR_VALUE_NULL : remember(th, d, sub, true);
    } else if (kr_err_matches(th, &kr_exc_AttributeError)) {
        kr_err_clear(th);
    } else {
        return KR_VALUE_NULL;
    }
    return remember(th, d, sub, false);
}

KR_LIB_FUNC(abc_get_dump)
{
    if (kr_call_check_args(th, "_get_dump", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    AbcData *d = impl_of(th, args[0]);
    if (!d)
        return KR_VALUE_NULL;
    Value copies[3] = {d->registry, d->cache, d->negative_cache};
    Value items[4];
    for (int i = 0; i < 3; i++)
        if (!(items[i] = call_method(th, copies[i], "copy", KR_VALUE_NULL)))
            return KR_VALUE_NULL;
    if (!(items[3] = kr_int_from_i64(th, d->negative_cache_version)))
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_from_array(th, items, 4);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value clear_sets(Thread *th, Value cls, bool registry)
{
    AbcData *d = impl_of(th, cls);
    if (!d)
        return KR_VALUE_NULL;
    if (registry)
        return call_method(th, d->registry, "clear", KR_VALUE_NULL) ? KR_NONE : KR_VALUE_NULL;
    if (!call_method(th, d->cache, "clear", KR_VALUE_NULL) ||
        !call_method(th, d->negative_cache, "clear", KR_VALUE_NULL))
        return KR_VALUE_NULL;
    return KR_NONE;
}

KR_LIB_FUNC(abc_reset_registry)
{
    if (kr_call_check_args(th, "_reset_registry", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return clear_sets(th, args[0], true);
}

KR_LIB_FUNC(abc_reset_caches)
{
    if (kr_call_check_args(th, "_reset_caches", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return clear_sets(th, args[0], false);
}

KR_LIB_FUNC(abc_get_cache_token)
{
    if (kr_call_check_args(th, "get_cache_token", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, counter(th));
}

static const MethodDef abc_functions[] = {
    {"_abc_init", abc_init, "($module, self, /)", NULL, 0},
    {"_abc_register", abc_register, "($module, self, subclass, /)", NULL, 0},
    {"_abc_instancecheck", abc_instancecheck, "($module, self, instance, /)", NULL, 0},
    {"_abc_subclasscheck", abc_subclasscheck, "($module, self, subclass, /)", NULL, 0},
    {"_get_dump", abc_get_dump, "($module, self, /)", NULL, 0},
    {"_reset_registry", abc_reset_registry, "($module, self, /)", NULL, 0},
    {"_reset_caches", abc_reset_caches, "($module, self, /)", NULL, 0},
    {"get_cache_token", abc_get_cache_token, "($module, /)", NULL, 0},
    {0},
};

int kr_mod__abc_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_abc", abc_functions);
    if (!m || kr_libutil_add_type(th, m, &kr_abc_data_type) < 0 ||
        kr_libutil_add_value(th, m, "_krait_invalidation_counter", kr_from_smallint(0)) < 0)
        return -1;
    return 0;
}
