/*
 * object_methods.c -- the methods every object inherits from `object`:
 * __format__, __sizeof__, __dir__, __getstate__ and __subclasshook__ (CPython's
 * object_methods in Objects/typeobject.c).
 *
 * They live apart from type.c, which holds object's slots and its method
 * table; object_methods.h gives that table these entries.
 * __reduce_ex__/__reduce__ follow CPython's copyreg protocol (so copy and
 * pickle work on plain classes); __init_subclass__ is the class-creation
 * protocol's, in type.c.
 */
#include "objects/object_methods.h"

#include "core/state.h"
#include "objects/argparse.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"
#include "vm/errors.h"

#define METHOD(name) KR_OBJECT_METHOD_FN(name)

/* object.__format__(spec): str(self) for an empty spec, else TypeError --
 * a class must define __format__ to accept a spec. */
METHOD(kr_object_format_m)
{
    if (kr_argparse_one(th, "object.__format__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_str(args[1]))
        return kr_err_type_error(th, "__format__() argument must be str, not %s",
                                 kr_type_name(args[1]));
    if (kr_as_str(args[1])->len > 0)
        return kr_err_type_error(th, "unsupported format string passed to %s.__format__",
                                 kr_type_name(args[0]));
    return kr_object_str(th, args[0]);
}

/* The instance size in krait's own layout; CPython's numbers differ
 * (docs/differences.md). */
METHOD(kr_object_sizeof_m)
{
    if (kr_argparse_noargs(th, "object.__sizeof__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Type *t = kr_type_of(args[0]);
    int64_t n = 0;
    if (t->item_size && t->len && t->len(th, args[0], &n) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, (int64_t)t->size + n * (int64_t)t->item_size);
}

static int add_keys(Thread *th, Dict *names, Dict *from)
{
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(from, &pos, &k, &v))
        if (kr_dict_set(th, names, k, KR_NONE) < 0)
            return -1;
    return 0;
}

/* object.__dir__(): the instance's __dict__ keys, then every name along
 * its class's MRO, unsorted (dir() sorts). */
METHOD(kr_object_dir_m)
{
    if (kr_argparse_noargs(th, "object.__dir__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Dict *names = kr_dict_new(th);
    if (!names)
        return KR_VALUE_NULL;
    Value d = kr_object_getattr(th, args[0], KR_NAME(th, __dict__));
    if (!d) {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
    } else if (kr_is_dict(d) && add_keys(th, names, kr_as_dict(d)) < 0) {
        return KR_VALUE_NULL;
    }
    Tuple *mro = kr_type_of(args[0])->mro;
    for (int64_t i = 0; mro && i < mro->size; i++) {
        Type *t = (Type *)kr_as_obj(mro->items[i]);
        if (t->dict && add_keys(th, names, t->dict) < 0)
            return KR_VALUE_NULL;
    }
    List *out = kr_list_new(th, 0);
    int64_t pos = 0;
    Value k, v;
    while (out && kr_dict_next(names, &pos, &k, &v))
        if (kr_list_append(th, out, k) < 0)
            return KR_VALUE_NULL;
    return out ? kr_from_obj(out) : KR_VALUE_NULL;
}

/* object.__getstate__() (3.11): the instance __dict__ when it has a
 * non-empty one, else None (no __slots__ support yet). */
METHOD(kr_object_getstate_m)
{
    if (kr_argparse_noargs(th, "object.__getstate__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Value d = kr_object_getattr(th, args[0], KR_NAME(th, __dict__));
    if (!d) {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
        return KR_NONE;
    }
    return kr_is_dict(d) && kr_as_dict(d)->used ? d : KR_NONE;
}

/* ---- pickling: __reduce_ex__ and __reduce__ (CPython's reduce_newobj) ---- */

static Value copyreg_attr(Thread *th, const char *name)
{
    Str *mod = kr_str_intern_cstr(th, "copyreg");
    Value m = mod ? kr_vm_import(th, mod, true) : KR_VALUE_NULL;
    Str *attr = m ? kr_str_intern_cstr(th, name) : NULL;
    return attr ? kr_object_getattr(th, m, attr) : KR_VALUE_NULL;
}

static Value call_method0(Thread *th, Value obj, const char *name, bool *found)
{
    Str *n = kr_str_intern_cstr(th, name);
    *found = n && kr_type_lookup(kr_type_of(obj), n);
    if (!*found)
        return KR_VALUE_NULL;
    Value f = kr_object_getattr(th, obj, n);
    return f ? kr_object_call(th, f, NULL, 0, NULL) : KR_VALUE_NULL;
}

/* The first builtin type in obj's MRO: what its instances are made of. */
static Type *solid_base(Value obj)
{
    Type *t = kr_type_of(obj);
    while (t->base && (t->flags & KR_TYPE_HEAP))
        t = t->base;
    return t;
}

/* Protocol 2 and up: (copyreg.__newobj__, (cls, *args), state, listitems,
 * dictitems), args from __getnewargs__ (no __getnewargs_ex__ keywords). */
static Value reduce_newobj(Thread *th, Value obj)
{
    bool found;
    Value args = call_method0(th, obj, "__getnewargs__", &found);
    if (found && !args)
        return KR_VALUE_NULL;
    if (found && !kr_is_tuple(args))
        return kr_err_type_error(th, "__getnewargs__ should return a tuple, not '%s'",
                                 kr_type_name(args));
    Type *base = solid_base(obj);
    bool list = kr_isinstance_type(obj, &kr_list_type), dict = kr_isinstance_type(obj, &kr_dict_type);
    if (!found && base != &kr_object_type && !list && !dict)
        return kr_err_type_error(th, "cannot pickle '%s' object", kr_type_name(obj));
    Value state = call_method0(th, obj, "__getstate__", &found);
    Value newobj = state ? copyreg_attr(th, "__newobj__") : KR_VALUE_NULL;
    if (!newobj)
        return KR_VALUE_NULL;
    int64_t n = args ? kr_as_tuple(args)->size : 0;
    Tuple *newargs = kr_tuple_new(th, n + 1);
    if (!newargs)
        return KR_VALUE_NULL;
    newargs->items[0] = kr_from_obj(kr_type_of(obj));
    for (int64_t i = 0; i < n; i++)
        newargs->items[i + 1] = kr_as_tuple(args)->items[i];
    Value items[5] = {newobj, kr_from_obj(newargs), state, KR_NONE, KR_NONE};
    if (list && !(items[3] = kr_object_iter(th, obj)))
        return KR_VALUE_NULL;
    if (dict) {
        Value its = call_method0(th, obj, "items", &found);
        if (!its || !(items[4] = kr_object_iter(th, its)))
            return KR_VALUE_NULL;
    }
    Tuple *r = kr_tuple_from_array(th, items, 5);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value common_reduce(Thread *th, Value obj, int64_t proto)
{
    if (proto >= 2)
        return reduce_newobj(th, obj);
    Value f = copyreg_attr(th, "_reduce_ex");
    Value argv[2] = {obj, kr_from_smallint(proto)};
    return f ? kr_object_call(th, f, argv, 2, NULL) : KR_VALUE_NULL;
}

METHOD(kr_object_reduce_m)
{
    if (kr_argparse_noargs(th, "object.__reduce__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return common_reduce(th, args[0], 0);
}

/* __reduce_ex__(protocol): a class's own __reduce__ wins over the default. */
METHOD(kr_object_reduce_ex_m)
{
    if (kr_argparse_one(th, "object.__reduce_ex__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Value pv = kr_object_index(th, args[1]);
    int64_t proto;
    if (!pv || kr_int_as_i64(th, pv, &proto) < 0)
        return KR_VALUE_NULL;
    Str *name = kr_str_intern_cstr(th, "__reduce__");
    Value mine = name ? kr_type_lookup(kr_type_of(args[0]), name) : KR_VALUE_NULL;
    Value base = name ? kr_type_lookup(&kr_object_type, name) : KR_VALUE_NULL;
    if (mine && mine != base) {
        Value f = kr_object_getattr(th, args[0], name);
        return f ? kr_object_call(th, f, NULL, 0, NULL) : KR_VALUE_NULL;
    }
    return common_reduce(th, args[0], proto);
}

/* object.__subclasshook__(subclass), a classmethod: "no opinion". */
METHOD(kr_object_subclasshook_m) { return KR_NOTIMPL; }
