/*
 * namespace.c -- types.SimpleNamespace: an object that is just its
 * attributes (sys.implementation is one).  Attributes live in a Dict at
 * dict_offset, so the generic getattr/setattr serve them; repr lists them
 * in insertion order as namespace(a=1, b=2).
 */
#include <stddef.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/namespace.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

typedef struct Namespace {
    Obj hdr;
    Dict *dict;
} Namespace;


Value kr_namespace_new(Thread *th, Dict *attrs)
{
    Namespace *ns = kr_gc_alloc(sizeof *ns);
    if (!ns) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    ns->hdr.type = &kr_namespace_type;
    ns->dict = attrs ? attrs : kr_dict_new(th);
    return ns->dict ? kr_from_obj(ns) : KR_VALUE_NULL;
}

static Value namespace_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    if (nargs) {
        kr_err_format(th, &kr_exc_TypeError, "no positional arguments expected");
        return KR_VALUE_NULL;
    }
    Value v = kr_namespace_new(th, NULL);
    if (!v)
        return v;
    kr_as_obj(v)->type = type;
    Dict *d = ((Namespace *)kr_as_obj(v))->dict;
    for (int64_t i = 0; kw && i < kw->size; i++)
        if (kr_dict_set_str(th, d, kr_as_str(kw->items[i]), args[i]) < 0)
            return KR_VALUE_NULL;
    return v;
}

static Value namespace_repr(Thread *th, Value v)
{
    Dict *d = ((Namespace *)kr_as_obj(v))->dict;
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, kr_type_of(v) == &kr_namespace_type ? "namespace" : kr_type_name(v));
    /* a namespace reached again through its own values: "namespace(...)" */
    int e = kr_repr_enter(th, v);
    if (e) {
        kr_buf_puts(&b, "(...)");
        Str *s = e > 0 ? kr_str_from_buf(th, &b) : NULL;
        if (e < 0)
            kr_buf_free(&b);
        return s ? kr_from_obj(s) : KR_VALUE_NULL;
    }
    kr_buf_putc(&b, '(');
    int64_t pos = 0;
    Value key, val;
    bool first = true;
    while (kr_dict_next(d, &pos, &key, &val)) {
        if (!kr_is_str(key))
            continue;
        Value r = kr_object_repr(th, val);
        if (!r) {
            kr_repr_leave(th, v);
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        if (!first)
            kr_buf_puts(&b, ", ");
        first = false;
        kr_str_to_buf(&b, kr_as_str(key));
        kr_buf_putc(&b, '=');
        kr_str_to_buf(&b, kr_as_str(r));
    }
    kr_repr_leave(th, v);
    kr_buf_putc(&b, ')');
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value namespace_richcompare(Thread *th, Value a, Value b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_is_obj(b) ||
        !kr_type_is_subtype(kr_type_of(b), &kr_namespace_type))
        return KR_NOTIMPL;
    return kr_object_richcompare(th, kr_from_obj(((Namespace *)kr_as_obj(a))->dict),
                                 kr_from_obj(((Namespace *)kr_as_obj(b))->dict), op);
}

/* (type(ns), (), ns.__dict__): CPython's namespace_reduce (helper "pickle"). */
static Value namespace_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                              Tuple *kw)
{
    Namespace *ns = (Namespace *)kr_as_obj(args[0]);
    Value r[3] = {kr_from_obj(kr_type_of(args[0])), kr_from_obj(th->vm->empty_tuple),
                  ns->dict ? kr_from_obj(ns->dict) : KR_NONE};
    if (!ns->dict) {
        Dict *d = kr_dict_new(th);
        if (!d)
            return KR_VALUE_NULL;
        r[2] = kr_from_obj(d);
    }
    Tuple *t = kr_tuple_from_array(th, r, 3);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MethodDef namespace_methods[] = {
    {"__reduce__", namespace_reduce, NULL, "Return state information for pickling", 0},
    {0},
};

Type kr_namespace_type = {
    .hdr = {&kr_type_type},
    .name = "types.SimpleNamespace",
    .size = sizeof(Namespace),
    .dict_offset = offsetof(Namespace, dict),
    .flags = KR_TYPE_BASETYPE,
    .new_ = namespace_new,
    .repr = namespace_repr,
    .richcompare = namespace_richcompare,
    .methods = namespace_methods,
};
