/*
 * function.c -- Python functions, cells, builtin functions, method
 * descriptors and bound methods.
 *
 * Method binding follows CPython: a Function (and a MethodDescr) is a
 * non-data descriptor, so `obj.f` finds it on the type and binds it to
 * obj, making a BoundMethod; the VM's LOAD_METHOD avoids that allocation
 * for the common `obj.f(...)` by passing obj as the first argument
 * (kr_object_getmethod).  Calling a bound method prepends self in a small
 * on-stack argument array.
 */
#include "objects/function.h"
#include "objects/module.h"

#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

static void *alloc_obj(Thread *th, size_t size, Type *t)
{
    Obj *o = kr_gc_alloc(size);
    if (!o) {
        kr_err_no_memory(th);
        return NULL;
    }
    o->type = t;
    return o;
}

static Value str_value(Thread *th, const char *s)
{
    Str *r = kr_str_from_cstr(th, s);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* ---- Function ---------------------------------------------------------------- */

Function *kr_function_new(Thread *th, Code *code, Dict *globals, Str *qualname)
{
    Function *f = alloc_obj(th, sizeof *f, &kr_function_type);
    if (!f)
        return NULL;
    f->code = code;
    f->globals = globals;
    f->builtins = th->vm->builtins;
    f->name = code->name;
    f->qualname = qualname ? qualname : code->name;
    f->doc = KR_NONE;
    Value mod = kr_dict_get_str(globals, KR_NAME(th, __name__));
    f->module = mod ? mod : KR_NONE;
    return f;
}

static Value function_repr(Thread *th, Value v)
{
    Function *f = (Function *)kr_as_obj(v);
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "<function ");
    kr_str_to_buf(&b, f->qualname);
    kr_buf_printf(&b, " at %#llx>", (unsigned long long)v);
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value function_get(Thread *th, Value descr, Value obj, Value type)
{
    if (!obj || obj == KR_NONE)
        return descr;
    return kr_method_new(th, descr, obj);
}

static Value function_getattr(Thread *th, Value obj, Str *name)
{
    Function *f = (Function *)kr_as_obj(obj);
    if (name == KR_NAME(th, __name__))
        return kr_from_obj(f->name);
    if (name == KR_NAME(th, __qualname__))
        return kr_from_obj(f->qualname);
    if (name == KR_NAME(th, __module__))
        return f->module;
    if (name == KR_NAME(th, __doc__))
        return f->doc;
    if (f->dict) {
        Value v = kr_dict_get_str(f->dict, name);
        if (v)
            return v;
    }
    return kr_object_generic_getattr(th, obj, name);
}

static int function_setattr(Thread *th, Value obj, Str *name, Value value)
{
    Function *f = (Function *)kr_as_obj(obj);
    if (name == KR_NAME(th, __doc__)) {
        f->doc = value ? value : KR_NONE;
        return 0;
    }
    if (!f->dict && !(f->dict = kr_dict_new(th)))
        return -1;
    if (!value) {
        int r = kr_dict_del(th, f->dict, kr_from_obj(name));
        if (r == 0)
            kr_err_format(th, &kr_exc_AttributeError, "'function' object has no attribute '%U'", name);
        return r > 0 ? 0 : -1;
    }
    return kr_dict_set_str(th, f->dict, name, value);
}

Type kr_function_type = {
    .hdr = {&kr_type_type},
    .name = "function",
    .size = sizeof(Function),
    .flags = KR_TYPE_IMMUTABLE,
    .call = kr_vm_call,
    .repr = function_repr,
    .descr_get = function_get,
    .getattr = function_getattr,
    .setattr = function_setattr,
};

/* ---- Cell ------------------------------------------------------------------------ */

Cell *kr_cell_new(Thread *th, Value v)
{
    Cell *c = alloc_obj(th, sizeof *c, &kr_cell_type);
    if (c)
        c->ref = v;
    return c;
}

static Value cell_repr(Thread *th, Value v)
{
    Cell *c = (Cell *)kr_as_obj(v);
    char buf[128];
    if (!c->ref)
        snprintf(buf, sizeof buf, "<cell at %#llx: empty>", (unsigned long long)v);
    else
        snprintf(buf, sizeof buf, "<cell at %#llx: %s object at %#llx>", (unsigned long long)v,
                 kr_type_name(c->ref), (unsigned long long)c->ref);
    return str_value(th, buf);
}

Type kr_cell_type = {
    .hdr = {&kr_type_type},
    .name = "cell",
    .size = sizeof(Cell),
    .flags = KR_TYPE_IMMUTABLE,
    .repr = cell_repr,
};

/* ---- Builtin functions ------------------------------------------------------------- */

Value kr_builtin_new(Thread *th, const MethodDef *def, Value self, Value module)
{
    Builtin *b = alloc_obj(th, sizeof *b, &kr_builtin_type);
    if (!b)
        return KR_VALUE_NULL;
    b->def = def;
    b->self = self;
    b->module = module;
    return kr_from_obj(b);
}

/* Call fn with self prepended to args. */
static Value call_with_self(Thread *th, KrCallFn fn, Value callable, Value self,
                            const Value *args, size_t nargs, Tuple *kwnames)
{
    size_t total = nargs + (kwnames ? (size_t)kwnames->size : 0);
    Value small[16];
    Value *argv = small;
    if (total + 1 > KR_ARRAY_LEN(small)) {
        argv = kr_gc_alloc(sizeof(Value) * (total + 1));
        if (!argv) {
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
    }
    argv[0] = self;
    if (total)
        memcpy(argv + 1, args, sizeof(Value) * total);
    return fn(th, callable, argv, nargs + 1, kwnames);
}

static Value builtin_call(Thread *th, Value callable, const Value *args, size_t nargs,
                          Tuple *kwnames)
{
    /* a builtin call is one level of CPython's recursion count too, and the
     * level whose overflow reads " while calling a Python object" (repr(self)
     * inside __repr__ trips here) */
    if (KR_UNLIKELY(th->recursion_depth >= th->vm->recursion_limit)) {
        kr_err_set_string(th, &kr_exc_RecursionError,
                          "maximum recursion depth exceeded while calling a Python object");
        return KR_VALUE_NULL;
    }
    Builtin *b = (Builtin *)kr_as_obj(callable);
    th->recursion_depth++;
    Value r = b->self && !kr_is_type(b->self, &kr_module_type)
                  ? call_with_self(th, b->def->fn, callable, b->self, args, nargs, kwnames)
                  : b->def->fn(th, callable, args, nargs, kwnames);
    th->recursion_depth--;
    return r;
}

static Value builtin_repr(Thread *th, Value v)
{
    Builtin *b = (Builtin *)kr_as_obj(v);
    char buf[256];
    if (b->self && !kr_is_type(b->self, &kr_module_type))
        snprintf(buf, sizeof buf, "<built-in method %s of %s object at %#llx>", b->def->name,
                 kr_type_name(b->self), (unsigned long long)b->self);
    else
        snprintf(buf, sizeof buf, "<built-in function %s>", b->def->name);
    return str_value(th, buf);
}

static Value builtin_getattr(Thread *th, Value obj, Str *name)
{
    Builtin *b = (Builtin *)kr_as_obj(obj);
    if (name == KR_NAME(th, __name__) || (name == KR_NAME(th, __qualname__) && !b->owner))
        return str_value(th, b->def->name);
    if (name == KR_NAME(th, __qualname__)) {        /* 'abc'.upper: "str.upper" */
        char buf[256];
        snprintf(buf, sizeof buf, "%s.%s", b->owner->name, b->def->name);
        return str_value(th, buf);
    }
    if (name == KR_NAME(th, __self__) && b->self)
        return b->self;
    if (name == KR_NAME(th, __doc__))
        return b->def->doc ? str_value(th, b->def->doc) : KR_NONE;
    return kr_object_generic_getattr(th, obj, name);
}

Type kr_builtin_type = {
    .hdr = {&kr_type_type},
    .name = "builtin_function_or_method",
    .size = sizeof(Builtin),
    .flags = KR_TYPE_IMMUTABLE,
    .call = builtin_call,
    .repr = builtin_repr,
    .getattr = builtin_getattr,
};

/* ---- Method descriptors (list.append) ------------------------------------------------ */

Value kr_method_descr_new(Thread *th, const MethodDef *def, Type *owner)
{
    MethodDescr *d = alloc_obj(th, sizeof *d, &kr_method_descr_type);
    if (!d)
        return KR_VALUE_NULL;
    d->def = def;
    d->owner = owner;
    return kr_from_obj(d);
}

static Value method_descr_call(Thread *th, Value callable, const Value *args, size_t nargs,
                               Tuple *kwnames)
{
    MethodDescr *d = (MethodDescr *)kr_as_obj(callable);
    if (nargs < 1) {
        kr_err_format(th, &kr_exc_TypeError, "unbound method %s.%s() needs an argument",
                      d->owner->name, d->def->name);
        return KR_VALUE_NULL;
    }
    if (!kr_isinstance_type(args[0], d->owner)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      d->def->name, d->owner->name, kr_type_name(args[0]));
        return KR_VALUE_NULL;
    }
    return d->def->fn(th, callable, args, nargs, kwnames);
}

static Value method_descr_get(Thread *th, Value descr, Value obj, Value type)
{
    if (!obj || obj == KR_NONE)
        return descr;
    MethodDescr *d = (MethodDescr *)kr_as_obj(descr);
    Value b = kr_builtin_new(th, d->def, obj, KR_VALUE_NULL);
    if (b)
        ((Builtin *)kr_as_obj(b))->owner = d->owner;
    return b;
}

Type *kr_method_owner(Value callable)
{
    if (kr_is_type(callable, &kr_method_descr_type))
        return ((MethodDescr *)kr_as_obj(callable))->owner;
    if (kr_is_type(callable, &kr_builtin_type))
        return ((Builtin *)kr_as_obj(callable))->owner;
    return NULL;
}

static Value method_descr_repr(Thread *th, Value v)
{
    MethodDescr *d = (MethodDescr *)kr_as_obj(v);
    char buf[256];
    snprintf(buf, sizeof buf, "<method '%s' of '%s' objects>", d->def->name, d->owner->name);
    return str_value(th, buf);
}

/* str.upper.__name__ / __qualname__ / __objclass__ / __doc__ (helper "methods"). */
static Value method_descr_getattr(Thread *th, Value obj, Str *name)
{
    MethodDescr *d = (MethodDescr *)kr_as_obj(obj);
    if (name == KR_NAME(th, __name__))
        return str_value(th, d->def->name);
    if (name == KR_NAME(th, __qualname__)) {
        char buf[256];
        snprintf(buf, sizeof buf, "%s.%s", d->owner->name, d->def->name);
        return str_value(th, buf);
    }
    if (name == KR_NAME(th, __objclass__))
        return kr_from_obj(d->owner);
    if (name == KR_NAME(th, __doc__))
        return d->def->doc ? str_value(th, d->def->doc) : KR_NONE;
    return kr_object_generic_getattr(th, obj, name);
}

Type kr_method_descr_type = {
    .hdr = {&kr_type_type},
    .name = "method_descriptor",
    .size = sizeof(MethodDescr),
    .flags = KR_TYPE_IMMUTABLE,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .repr = method_descr_repr,
    .getattr = method_descr_getattr,
};

/* ---- Bound methods ----------------------------------------------------------------- */

Value kr_method_new(Thread *th, Value func, Value self)
{
    BoundMethod *m = alloc_obj(th, sizeof *m, &kr_method_type);
    if (!m)
        return KR_VALUE_NULL;
    m->func = func;
    m->self = self;
    return kr_from_obj(m);
}

static Value method_call(Thread *th, Value callable, const Value *args, size_t nargs,
                         Tuple *kwnames)
{
    BoundMethod *m = (BoundMethod *)kr_as_obj(callable);
    return kr_vm_call_method(th, m->func, m->self, args, nargs, kwnames);
}

static Value method_repr(Thread *th, Value v)
{
    BoundMethod *m = (BoundMethod *)kr_as_obj(v);
    Value selfr = kr_object_repr(th, m->self);
    if (!selfr)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "<bound method ");
    if (kr_is_function(m->func))
        kr_str_to_buf(&b, ((Function *)kr_as_obj(m->func))->qualname);
    else
        kr_buf_puts(&b, "?");
    kr_buf_puts(&b, " of ");
    kr_str_to_buf(&b, kr_as_str(selfr));
    kr_buf_putc(&b, '>');
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value method_getattr(Thread *th, Value obj, Str *name)
{
    BoundMethod *m = (BoundMethod *)kr_as_obj(obj);
    Value r = kr_object_generic_getattr(th, obj, name);
    if (r || !kr_err_matches(th, &kr_exc_AttributeError))
        return r;
    kr_err_clear(th);
    return kr_object_getattr(th, m->func, name);
}

Type kr_method_type = {
    .hdr = {&kr_type_type},
    .name = "method",
    .size = sizeof(BoundMethod),
    .flags = KR_TYPE_IMMUTABLE,
    .call = method_call,
    .repr = method_repr,
    .getattr = method_getattr,
};
