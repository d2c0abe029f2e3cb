/*
 * none.c -- the singletons None, NotImplemented and Ellipsis.
 *
 * None is an immediate (core/value.h), so NoneType has no instances in
 * memory; NotImplemented and Ellipsis are static objects, never collected.
 */
#include "objects/object.h"

#include "core/state.h"
#include "modules/modules.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "vm/errors.h"

static Value const_str(Thread *th, const char *s)
{
    Str *r = kr_str_from_cstr(th, s);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value none_repr(Thread *th, Value v) { return const_str(th, "None"); }
static int none_bool(Thread *th, Value v) { return 0; }
static int none_hash(Thread *th, Value v, int64_t *h)
{
    *h = 0xFCA86420;   /* CPython 3.12 made hash(None) constant; any fixed value will do */
    return 0;
}

static Value none_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (nargs || kwnames)
        return kr_err_type_error(th, "NoneType takes no arguments");
    return KR_NONE;
}

Type kr_none_type = {
    .hdr = {&kr_type_type},
    .name = "NoneType",
    .flags = KR_TYPE_IMMUTABLE,
    .new_ = none_new,
    .repr = none_repr,
    .bool_ = none_bool,
    .hash = none_hash,
};

static Value notimpl_repr(Thread *th, Value v) { return const_str(th, "NotImplemented"); }

/* type(NotImplemented)() and type(...)() give the singletons back. */
static Value singleton_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (nargs || kwnames)
        return kr_err_type_error(th, "%s takes no arguments",
                                 t == &kr_notimpl_type ? "NotImplementedType" : "EllipsisType");
    return t == &kr_notimpl_type ? KR_NOTIMPL : KR_ELLIPSIS;
}

/* Ellipsis and NotImplemented pickle as the builtins of those names. */
static Value notimpl_reduce(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    return const_str(th, "NotImplemented");
}

static Value ellipsis_reduce(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    return const_str(th, "Ellipsis");
}

static const MethodDef notimpl_methods[] = {
    {"__reduce__", notimpl_reduce, "($self, /)", NULL, 0},
    {0},
};

static const MethodDef ellipsis_methods[] = {
    {"__reduce__", ellipsis_reduce, "($self, /)", NULL, 0},
    {0},
};

/* bool(NotImplemented) is true but deprecated (3.9): a DeprecationWarning
 * through _warnings.warn, which an "error" filter turns into a raise. */
static int notimpl_bool(Thread *th, Value self)
{
    return kr_mod_warn(th, &kr_exc_DeprecationWarning,
                       "NotImplemented should not be used in a boolean context") < 0 ? -1 : 1;
}

Type kr_notimpl_type = {
    .hdr = {&kr_type_type},
    .name = "NotImplementedType",
    .flags = KR_TYPE_IMMUTABLE,
    .new_ = singleton_new,
    .repr = notimpl_repr,
    .bool_ = notimpl_bool,
    .methods = notimpl_methods,
};
Obj kr_notimpl_obj = {&kr_notimpl_type};

static Value ellipsis_repr(Thread *th, Value v) { return const_str(th, "Ellipsis"); }

Type kr_ellipsis_type = {
    .hdr = {&kr_type_type},
    .name = "ellipsis",
    .flags = KR_TYPE_IMMUTABLE,
    .new_ = singleton_new,
    .repr = ellipsis_repr,
    .methods = ellipsis_methods,
};
Obj kr_ellipsis_obj = {&kr_ellipsis_type};
