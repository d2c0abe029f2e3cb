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
    Dict *dict;               /* __dict__: __name__, __doc__, ... copied from func */
} Wrapper;

#define WR(v) ((Wrapper *)kr_as_obj(v))

/* Copy one attribute of wrapped to wrapper, if wrapped has it. */
static int copy_attr(Thread *th, Value wrapper, Value wrapped, const char *name)
{
    Str *n = kr_str_intern_cstr(th, name);
    Value v = n ? kr_object_getattr(th, wrapped, n) : KR_VALUE_NULL;
    if (!v) {
        if (!n || !kr_err_matches(th, &kr_exc_AttributeError))
            return -1;
        kr_err_clear(th);
        return 0;
    }
    return kr_object_setattr(th, wrapper, n, v);
}

/* staticmethod(f) and classmethod(f) look like f (CPython 3.11's
 * functools_wraps): its __module__, __name__, __qualname__, __doc__ and
 * __annotations__ land in the wrapper's __dict__. */
static Value wrapper_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (nargs != 1 || (kw && kw->size)) {
        if (kw && kw->size)
            return kr_err_type_error(th, "%s() takes no keyword arguments", t->name);
        return kr_err_type_error(th, "%s expected 1 argument, got %zu", t->name, nargs);
    }
    Wrapper *w = (Wrapper *)kr_object_alloc_sub(th, t, 0);     /* t: maybe a subclass */
    if (!w)
        return KR_VALUE_NULL;
    w->hdr.type = t;
    w->func = args[0];
    Value self = kr_from_obj(w);
    static const char *const copied[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                         "__annotations__"};
    for (size_t i = 0; i < KR_ARRAY_LEN(copied); i++)
        if (copy_attr(th, self, args[0], copied[i]) < 0)
            return KR_VALUE_NULL;
    return self;
}

static Value wrapper_repr(Thread *th, Value self)
{
    Value r = kr_object_repr(th, WR(self)->func);
    if (!r)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "<%s(", kr_type_of(self) == &kr_classmethod_type ||
                                  kr_isinstance_type(self, &kr_classmethod_type)
                                  ? "classmethod" : "staticmethod");
    kr_str_to_buf(&b, kr_as_str(r));
    kr_buf_puts(&b, ")>");
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* getattr(f, '__isabstractmethod__', False) as a bool (abc's marker). */
static Value abstract_of(Thread *th, Value f)
{
    Str *n = kr_str_intern_cstr(th, "__isabstractmethod__");
    Value v = n ? kr_object_getattr(th, f, n) : KR_VALUE_NULL;
    if (!v) {
        if (!n || !kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
        return KR_FALSE;
    }
    int t = kr_object_truth(th, v);
    return t < 0 ? KR_VALUE_NULL : kr_from_bool(t);
}

static Value wrapper_isabstract(Thread *th, Value self) { return abstract_of(th, WR(self)->func); }

static const MemberDef wrapper_members[] = {
    {"__func__", offsetof(Wrapper, func), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"__wrapped__", offsetof(Wrapper, func), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"__isabstractmethod__", 0, wrapper_isabstract, NULL, NULL, 0},
    {0},
};

static Value staticmethod_get(Thread *th, Value descr, Value obj, Value type)
{
    return WR(descr)->func;
}

static Value staticmethod_call(Thread *th, Value callable, const Value *args, size_t nargs,
                               Tuple *kw)
{
    return kr_vm_call(th, WR(callable)->func, args, nargs, kw);
}


Type kr_staticmethod_type = {
    .hdr = {&kr_type_type}, .name = "staticmethod", .size = sizeof(Wrapper),
    .flags = KR_TYPE_BASETYPE, .new_ = wrapper_new, .descr_get = staticmethod_get,
    .call = staticmethod_call, .repr = wrapper_repr, .members = wrapper_members,
    .dict_offset = offsetof(Wrapper, dict),
};

/* The function bound to the class -- through the function's own __get__
 * when it has one, so classmethod(property(...)) chains as in 3.11. */
static Value classmethod_get(Thread *th, Value descr, Value obj, Value type)
{
    if (!type || type == KR_NONE)
        type = kr_from_obj(kr_type_of(obj));
    Value f = WR(descr)->func;
    KrDescrGetFn get = kr_type_of(f)->descr_get;
    if (get && !kr_is_function(f))
        return get(th, f, type, type);
    return kr_method_new(th, f, type);
}

Type kr_classmethod_type = {
    .hdr = {&kr_type_type}, .name = "classmethod", .size = sizeof(Wrapper),
    .flags = KR_TYPE_BASETYPE, .new_ = wrapper_new, .descr_get = classmethod_get,
    .repr = wrapper_repr, .members = wrapper_members, .dict_offset = offsetof(Wrapper, dict),
};

/* ---- property ------------------------------------------------------------------ */

typedef struct Property {
    Obj hdr;
    Value fget, fset, fdel, doc;
    Value name;               /* from __set_name__, for messages; NULL if never set */
    bool getter_doc;          /* doc was taken from fget.__doc__ */
} Property;

#define PR(v) ((Property *)kr_as_obj(v))

/* property's __new__ makes an empty property and __init__ fills it, as
 * CPython's (PyType_GenericNew + property_init): a subclass may give its
 * own __init__ other parameters and call property.__init__ itself
 * (toolz's InstanceProperty takes classval=). */
static Value property_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    Property *p = (Property *)kr_object_alloc_sub(th, t, 0);   /* t: maybe a subclass */
    if (!p)
        return KR_VALUE_NULL;
    p->hdr.type = t;
    p->fget = p->fset = p->fdel = p->doc = KR_NONE;
    return kr_from_obj(p);
}

static int property_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    Value kv[4] = {KR_NONE, KR_NONE, KR_NONE, KR_NONE};
    if (nargs > 4) {
        kr_err_type_error(th, "property() takes at most 4 arguments (%zu given)", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        kv[i] = args[i];
    if (kr_mod_parse_kwargs(th, "property", args + nargs, kw, names, kv) < 0)
        return -1;
    Property *p = PR(self);
    p->fget = kv[0];
    p->fset = kv[1];
    p->fdel = kv[2];
    p->doc = kv[3];
    p->getter_doc = false;
    if (p->doc == KR_NONE && p->fget != KR_NONE) {
        /* no doc given: the getter's docstring, as CPython's property_init */
        Value d = kr_object_getattr(th, p->fget, KR_NAME(th, __doc__));
        if (!d) {
            if (!kr_err_matches(th, &kr_exc_AttributeError))
                return -1;
            kr_err_clear(th);
        } else {
            p->doc = d;
            p->getter_doc = true;
        }
    }
    /* A subclass keeps the doc in the instance's __dict__: its class's own
     * __doc__ would hide the member (CPython's property_init). */
    if (kr_type_of(self) != &kr_property_type && p->doc != KR_NONE &&
        kr_object_setattr(th, self, KR_NAME(th, __doc__), p->doc) < 0)
        return -1;
    return 0;
}

/* "property 'x' of 'A' object has no getter", or the forms without the
 * name when __set_name__ never ran. */
static void property_error(Thread *th, Property *p, Value obj, const char *what)
{
    Type *t = kr_type_of(obj);
    const char *qn = t->qualname ? kr_str_utf8(th, t->qualname, &(size_t){0}) : t->name;
    if (!qn)
        return;
    if (p->name && kr_str_check(p->name))
        kr_err_format(th, &kr_exc_AttributeError, "property %R of '%s' object has no %s", p->name,
                      qn, what);
    else
        kr_err_format(th, &kr_exc_AttributeError, "property of '%s' object has no %s", qn, what);
}

static Value property_get(Thread *th, Value descr, Value obj, Value type)
{
    Property *p = PR(descr);
    if (!obj || obj == KR_NONE)
        return descr;
    if (p->fget == KR_NONE) {
        property_error(th, p, obj, "getter");
        return KR_VALUE_NULL;
    }
    return kr_vm_call(th, p->fget, &obj, 1, NULL);
}

static int property_set(Thread *th, Value descr, Value obj, Value value)
{
    Property *p = PR(descr);
    Value f = value ? p->fset : p->fdel;
    if (f == KR_NONE) {
        property_error(th, p, obj, value ? "setter" : "deleter");
        return -1;
    }
    Value args[2] = {obj, value};
    return kr_vm_call(th, f, args, value ? 2 : 1, NULL) ? 0 : -1;
}

/* p.getter(f) / p.setter(f) / p.deleter(f): type(p)(fget, fset, fdel, doc)
 * with one accessor replaced, as CPython's property_copy -- a subclass
 * of property gets an instance of itself. */
static Value property_copy(Thread *th, Value self, int which, Value f)
{
    Property *old = PR(self);
    Value a[4] = {old->fget, old->fset, old->fdel, old->doc};
    a[which] = f;
    if (old->getter_doc && a[0] != KR_NONE)
        a[3] = KR_NONE;            /* the new getter's docstring, if any */
    Value p = kr_vm_call(th, kr_from_obj(kr_type_of(self)), a, 4, NULL);
    if (p && kr_isinstance_type(p, &kr_property_type))
        PR(p)->name = old->name;
    return p;
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

static Value property_set_name(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (kw && kw->size)
        return kr_err_type_error(th, "property.__set_name__() takes no keyword arguments");
    if (nargs - 1 != 2)
        return kr_err_type_error(th, "__set_name__() takes 2 positional arguments but %zu were given",
                                 nargs - 1);
    PR(args[0])->name = args[2];
    return KR_NONE;
}

static Value property_isabstract(Thread *th, Value self)
{
    Property *p = PR(self);
    Value fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        if (fs[i] == KR_NONE)
            continue;
        Value r = abstract_of(th, fs[i]);
        if (r != KR_FALSE)
            return r;
    }
    return KR_FALSE;
}

static const MethodDef property_methods[] = {
    {"getter", getter, "($self, fget, /)", NULL, 0},
    {"setter", setter, "($self, fset, /)", NULL, 0},
    {"deleter", deleter, "($self, fdel, /)", NULL, 0},
    {"__set_name__", property_set_name, "($self, owner, name, /)", NULL, 0},
    {0},
};

static const MemberDef property_members[] = {
    {"fget", offsetof(Property, fget), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"fset", offsetof(Property, fset), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"fdel", offsetof(Property, fdel), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"__doc__", offsetof(Property, doc), NULL, NULL, NULL, 0},
    {"__isabstractmethod__", 0, property_isabstract, NULL, NULL, 0},
    {0},
};


Type kr_property_type = {
    .hdr = {&kr_type_type}, .name = "property", .size = sizeof(Property),
    .flags = KR_TYPE_BASETYPE, .new_ = property_new, .init = property_init,
    .descr_get = property_get,
    .descr_set = property_set, .methods = property_methods, .members = property_members,
};
