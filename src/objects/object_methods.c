/*
 * object_methods.c -- the methods every object inherits from `object`:
 * __format__, __sizeof__, __dir__, __getstate__ and __subclasshook__ (CPython's
 * object_methods in Objects/typeobject.c).
 *
 * They live apart from type.c, which holds object's slots and its method
 * table; object_methods.h gives that table these entries.
 * __reduce_ex__/__reduce__ are in object_reduce.c; __init_subclass__ is
 * the class-creation protocol's, in type.c.
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
#include "vm/errors.h"

#define METHOD(name) KR_OBJECT_METHOD_FN(name)

/* object.__format__(spec): str(self) for an empty spec, else TypeError --
 * a class must define __format__ to accept a spec. */
METHOD(kr_object_format_m)
{
    if (kr_argparse_one(th, "object.__format__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "__format__() argument must be str, not %s",
                                 kr_arg_type_name(args[1]));
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

static Value slot_values(Thread *th, Value obj, Tuple *names, Dict **out);

/* compress (tarfile copies its __slots__ TarInfo): the values of the
 * __slots__ declared along the MRO that are set, as copyreg._slotnames
 * orders them; NULL result with no error when there are none. */
static Value slot_state(Thread *th, Value obj, Dict **out)
{
    Type *t = kr_type_of(obj);
    Tuple *mro = t->mro;
    *out = NULL;
    /* a class's own __slotnames__ (what copyreg._slotnames cached, or set
     * by hand) is the list to use, as CPython's _PyType_GetSlotNames; a
     * copy, since a __getattr__ may change the list meanwhile */
    Value own = t->dict ? kr_dict_get_str(t->dict, kr_str_intern_cstr(th, "__slotnames__")) : 0;
    if (own == KR_NONE)
        return KR_NONE;
    if (own && kr_is_list(own)) {
        List *l = (List *)kr_as_obj(own);
        int64_t n = kr_list_len(l);
        Tuple *copy = kr_tuple_from_array(th, l->items, n);
        if (!copy)
            return KR_VALUE_NULL;
        return slot_values(th, obj, copy, out);
    }
    for (int64_t i = 0; mro && i < mro->size; i++) {
        Tuple *names = ((Type *)kr_as_obj(mro->items[i]))->slot_names;
        if (names && !slot_values(th, obj, names, out))
            return KR_VALUE_NULL;
    }
    return KR_NONE;
}

/* The values of the attributes named in names that are set, added to
 * *out (made on first need). */
static Value slot_values(Thread *th, Value obj, Tuple *names, Dict **out)
{
    for (int64_t j = 0; j < names->size; j++) {
        Value name = names->items[j];
        if (!kr_str_check(name))
            return kr_err_type_error(th, "attribute name must be string, not '%s'",
                                     kr_type_name(name));
        /* a str subclass instance names the attribute by its text */
        if (!kr_is_str(name) && !(name = kr_object_builtin_self(th, &kr_str_type, name)))
            return KR_VALUE_NULL;
        Value v = kr_object_getattr(th, obj, kr_as_str(name));
        if (!v && !kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        if (!v) {
            kr_err_clear(th);
            continue;
        }
        if ((!*out && !(*out = kr_dict_new(th))) || kr_dict_set(th, *out, name, v) < 0)
            return KR_VALUE_NULL;
    }
    return KR_NONE;
}

/* object.__getstate__() (3.11): the instance __dict__ when it has a
 * non-empty one, else None; (that, {slot: value}) when slots are set. */
METHOD(kr_object_getstate_m)
{
    if (kr_argparse_noargs(th, "object.__getstate__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Value d = kr_object_getattr(th, args[0], KR_NAME(th, __dict__));
    if (!d) {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
    }
    Value state = d && kr_is_dict(d) && kr_as_dict(d)->used ? d : KR_NONE;
    Dict *slots;
    if (!slot_state(th, args[0], &slots))
        return KR_VALUE_NULL;
    if (!slots)
        return state;
    Value pair[2] = {state, kr_from_obj(slots)};
    Tuple *t = kr_tuple_from_array(th, pair, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* object.__subclasshook__(subclass), a classmethod: "no opinion". */
METHOD(kr_object_subclasshook_m) { return KR_NOTIMPL; }
