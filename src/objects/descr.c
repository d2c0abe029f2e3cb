/*
 * descr.c -- the descriptor types written in Python as decorators:
 * staticmethod, classmethod and property.
 *
 * Each is a small object holding the wrapped callable(s), whose
 * descr_get slot decides what an attribute lookup returns:
 *   staticmethod  the function itself, unbound
 *   classmethod   the function bound to the class
 *   property      fget(obj) -- and as a data descriptor (descr_set), it
 *                 wins over the instance dict, as CPython's does.
 */
#include "objects/object.h"

#include "core/state.h"
#include "gc/gc.h"
#include "modules/modules.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

extern Type kr_staticmethod_type, kr_classmethod_type, kr_property_type;

typedef struct Wrapper {
    Obj hdr;
    Value func;
} Wrapper;

static Value wrapper_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, t->name, nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    Wrapper *w = (Wrapper *)kr_object_alloc_sub(th, t, 0);     /* t: maybe a subclass */
    if (!w) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    w->hdr.type = t;
    w->func = args[0];
    return kr_from_obj(w);
}

static Value staticmethod_get(Thread *th, Value descr, Value obj, Value type)
{
    return ((Wrapper *)kr_as_obj(descr))->func;
}

static Value staticmethod_call(Thread *th, Value callable, const Value *args, size_t nargs,
                               Tuple *kw)
{
    return kr_vm_call(th, ((Wrapper *)kr_as_obj(callable))->func, args, nargs, kw);
}

/* __isabstractmethod__ of the wrapped function (abc.abstractmethod under
 * @classmethod / @staticmethod). */
static Value wrapper_isabstract(Thread *th, Value self)
{
    Value v = kr_object_getattr(th, ((Wrapper *)kr_as_obj(self))->func,
                                kr_str_intern_cstr(th, "__isabstractmethod__"));
    if (v || !kr_err_matches(th, &kr_exc_AttributeError))
        return v ? kr_from_bool(kr_object_truth(th, v) > 0) : KR_VALUE_NULL;
    kr_err_clear(th);
    return KR_FALSE;
}

static const MemberDef wrapper_members[] = {
    {"__func__", offsetof(Wrapper, func), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"__wrapped__", offsetof(Wrapper, func), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"__isabstractmethod__", 0, wrapper_isabstract, NULL, NULL, 0},
    {0},
};

Type kr_staticmethod_type = {
    .hdr = {&kr_type_type}, .name = "staticmethod", .size = sizeof(Wrapper),
    .flags = KR_TYPE_BASETYPE, .new_ = wrapper_new, .descr_get = staticmethod_get,
    .call = staticmethod_call, .members = wrapper_members,
};

static Value classmethod_get(Thread *th, Value descr, Value obj, Value type)
{
    if (!type || type == KR_NONE)
        type = kr_from_obj(kr_type_of(obj));
    return kr_method_new(th, ((Wrapper *)kr_as_obj(descr))->func, type);
}

Type kr_classmethod_type = {
    .hdr = {&kr_type_type}, .name = "classmethod", .size = sizeof(Wrapper),
    .flags = KR_TYPE_BASETYPE, .new_ = wrapper_new, .descr_get = classmethod_get,
    .members = wrapper_members,
};

/* ---- property ------------------------------------------------------------------ */

typedef struct Property {
    Obj hdr;
    Value fget, fset, fdel, doc;
} Property;

static Value property_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    Value kv[4] = {KR_NONE, KR_NONE, KR_NONE, KR_NONE};
    if (nargs > 4)
        return kr_err_type_error(th, "property() takes at most 4 arguments (%zu given)", nargs);
    for (size_t i = 0; i < nargs; i++)
        kv[i] = args[i];
    if (kr_mod_parse_kwargs(th, "property", args + nargs, kw, names, kv) < 0)
        return KR_VALUE_NULL;
    Property *p = (Property *)kr_object_alloc_sub(th, t, 0);   /* t: maybe a subclass */
    if (!p) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    p->hdr.type = t;
    p->fget = kv[0];
    p->fset = kv[1];
    p->fdel = kv[2];
    p->doc = kv[3];
    return kr_from_obj(p);
}

static Value property_get(Thread *th, Value descr, Value obj, Value type)
{
    Property *p = (Property *)kr_as_obj(descr);
    if (!obj || obj == KR_NONE)
        return descr;
    if (p->fget == KR_NONE) {
        kr_err_set_string(th, &kr_exc_AttributeError, "property has no getter");
        return KR_VALUE_NULL;
    }
    return kr_vm_call(th, p->fget, &obj, 1, NULL);
}

static int property_set(Thread *th, Value descr, Value obj, Value value)
{
    Property *p = (Property *)kr_as_obj(descr);
    Value f = value ? p->fset : p->fdel;
    if (f == KR_NONE) {
        kr_err_set_string(th, &kr_exc_AttributeError, value ? "can't set attribute" : "can't delete attribute");
        return -1;
    }
    Value args[2] = {obj, value};
    return kr_vm_call(th, f, args, value ? 2 : 1, NULL) ? 0 : -1;
}

/* p.setter(f) / p.getter(f) / p.deleter(f): a copy with one accessor replaced. */
static Value property_copy(Thread *th, Value self, int which, Value f)
{
    Property *old = (Property *)kr_as_obj(self);
    Property *p = kr_gc_alloc(sizeof *p);
    if (!p) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    *p = *old;
    if (which == 0)
        p->fget = f;
    else if (which == 1)
        p->fset = f;
    else
        p->fdel = f;
    return kr_from_obj(p);
}

#define ACCESSOR(name, which)                                                          \
    static Value name(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw) \
    {                                                                                  \
        if (kr_call_check_args(th, #name, nargs - 1, 1, 1, kw) < 0)                   \
            return KR_VALUE_NULL;                                                      \
        return property_copy(th, args[0], which, args[1]);                             \
    }
ACCESSOR(getter, 0)
ACCESSOR(setter, 1)
ACCESSOR(deleter, 2)

static const MethodDef property_methods[] = {
    {"getter", getter, "($self, fget, /)", NULL, 0},
    {"setter", setter, "($self, fset, /)", NULL, 0},
    {"deleter", deleter, "($self, fdel, /)", NULL, 0},
    {0},
};

/* __isabstractmethod__: any accessor is abstract (abc.abstractmethod
 * under @property; CPython's property_get___isabstractmethod__). */
static Value property_isabstract(Thread *th, Value self)
{
    Property *p = (Property *)kr_as_obj(self);
    Value fns[3] = {p->fget, p->fset, p->fdel};
    Str *name = kr_str_intern_cstr(th, "__isabstractmethod__");
    for (int i = 0; i < 3 && name; i++) {
        if (!fns[i] || fns[i] == KR_NONE)
            continue;
        Value v = kr_object_getattr(th, fns[i], name);
        if (!v) {
            if (!kr_err_matches(th, &kr_exc_AttributeError))
                return KR_VALUE_NULL;
            kr_err_clear(th);
            continue;
        }
        int t = kr_object_truth(th, v);
        if (t)
            return t < 0 ? KR_VALUE_NULL : KR_TRUE;
    }
    return name ? KR_FALSE : KR_VALUE_NULL;
}

static const MemberDef property_members[] = {
    {"fget", offsetof(Property, fget), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"fset", offsetof(Property, fset), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"fdel", offsetof(Property, fdel), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"__isabstractmethod__", 0, property_isabstract, NULL, NULL, 0},
    {0},
};

Type kr_property_type = {
    .hdr = {&kr_type_type}, .name = "property", .size = sizeof(Property),
    .flags = KR_TYPE_BASETYPE, .new_ = property_new, .descr_get = property_get,
    .descr_set = property_set, .methods = property_methods, .members = property_members,
};
