/*
 * classmethod_descr.c -- builtin class methods (int.from_bytes,
 * dict.fromkeys, float.fromhex): CPython's classmethod_descriptor.
 *
 * A MethodDef flagged KR_METH_CLASS goes into its type's dict as one of
 * these.  Looking it up through the type or an instance binds it to the
 * class (the instance's class), so the function receives the class as
 * args[0] and a subclass gets itself: MyInt.from_bytes(...) builds a MyInt.
 * The bound result is an ordinary builtin method, as in CPython.
 */
#include "objects/function.h"

#include <stdio.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "vm/errors.h"

Type kr_classmethod_descr_type;

Value kr_classmethod_descr_new(Thread *th, const MethodDef *def, Type *owner)
{
    Value d = kr_method_descr_new(th, def, owner);
    if (d)
        kr_as_obj(d)->type = &kr_classmethod_descr_type;
    return d;
}

static Value classmethod_descr_get(Thread *th, Value descr, Value obj, Value type)
{
    MethodDescr *d = (MethodDescr *)kr_as_obj(descr);
    if (!type || type == KR_NONE)
        type = kr_from_obj(kr_type_of(obj));
    Value b = kr_builtin_new(th, d->def, type, KR_VALUE_NULL);
    if (b)
        ((Builtin *)kr_as_obj(b))->owner = d->owner;
    return b;
}

static Value classmethod_descr_repr(Thread *th, Value v)
{
    MethodDescr *d = (MethodDescr *)kr_as_obj(v);
    char buf[256];
    snprintf(buf, sizeof buf, "<method '%s' of '%s' objects>", d->def->name, d->owner->name);
    Str *s = kr_str_from_cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

Type kr_classmethod_descr_type = {
    .hdr = {&kr_type_type},
    .name = "classmethod_descriptor",
    .size = sizeof(MethodDescr),
    .flags = KR_TYPE_IMMUTABLE,
    .descr_get = classmethod_descr_get,
    .repr = classmethod_descr_repr,
    .getattr = kr_method_descr_getattr,
};
