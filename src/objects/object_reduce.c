/*
 * object_reduce.c -- object.__reduce__ and object.__reduce_ex__, the
 * default pickling protocol copy and pickle build on (CPython 3.11's
 * reduce_newobj and _common_reduce in Objects/typeobject.c).
 *
 * Protocol 2 and up describe an instance as
 *     (copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems)
 * (copyreg.__newobj_ex__ when __getnewargs_ex__ gives keywords); older
 * protocols defer to copyreg._reduce_ex, which is Python.  The state is
 * whatever the object's __getstate__ returns.
 */
#include "objects/object_methods.h"

#include <string.h>

#include "core/state.h"
#include "objects/argparse.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/generator.h"
#include "vm/vm.h"

#define METHOD(name) KR_OBJECT_METHOD_FN(name)

static Value copyreg_attr(Thread *th, const char *name)
{
    Str *m = kr_str_intern_cstr(th, "copyreg"), *n = kr_str_intern_cstr(th, name);
    Value mod = m && n ? kr_vm_import(th, m, true) : KR_VALUE_NULL;
    return mod ? kr_object_getattr(th, mod, n) : KR_VALUE_NULL;
}

/* obj.name() looked up on the type, as CPython's _PyObject_LookupSpecial
 * (an instance __getattr__ is not consulted); *found false when absent. */
static Value call_special(Thread *th, Value obj, const char *name, bool *found)
{
    Str *n = kr_str_intern_cstr(th, name);
    Value f = n ? kr_type_lookup(kr_type_of(obj), n) : KR_VALUE_NULL;
    *found = f != KR_VALUE_NULL;
    if (!f)
        return KR_VALUE_NULL;
    KrDescrGetFn get = kr_type_of(f)->descr_get;
    if (get && !(f = get(th, f, obj, kr_from_obj(kr_type_of(obj)))))
        return KR_VALUE_NULL;
    return kr_vm_call(th, f, NULL, 0, NULL);
}

/* obj.name(), or *found false (and no error) when obj has no such
 * attribute. */
static Value call_optional(Thread *th, Value obj, const char *name, bool *found)
{
    Str *n = kr_str_intern_cstr(th, name);
    Value f = n ? kr_object_getattr(th, obj, n) : KR_VALUE_NULL;
    *found = f != KR_VALUE_NULL;
    if (!f) {
        if (n && kr_err_matches(th, &kr_exc_AttributeError))
            kr_err_clear(th);
        return KR_VALUE_NULL;
    }
    return kr_vm_call(th, f, NULL, 0, NULL);
}

/* __getnewargs_ex__ / __getnewargs__: *args (a tuple or NULL) and *kwargs
 * (a dict or NULL).  -1 on error. */
static int new_arguments(Thread *th, Value obj, Value *args, Value *kwargs)
{
    *args = *kwargs = KR_VALUE_NULL;
    bool found;
    Value r = call_special(th, obj, "__getnewargs_ex__", &found);
    if (found) {
        if (!r)
            return -1;
        if (!kr_is_tuple(r)) {
            kr_err_format(th, &kr_exc_TypeError, "__getnewargs_ex__ should return a tuple, not '%s'",
                          kr_type_name(r));
            return -1;
        }
        Tuple *t = kr_as_tuple(r);
        if (t->size != 2) {
            kr_err_format(th, &kr_exc_ValueError,
                          "__getnewargs_ex__ should return a tuple of length 2, not %d",
                          (int)t->size);
            return -1;
        }
        if (!kr_is_tuple(t->items[0])) {
            kr_err_format(th, &kr_exc_TypeError,
                          "first item of the tuple returned by __getnewargs_ex__ must be a tuple, "
                          "not '%s'", kr_type_name(t->items[0]));
            return -1;
        }
        if (!kr_is_dict(t->items[1])) {
            kr_err_format(th, &kr_exc_TypeError,
                          "second item of the tuple returned by __getnewargs_ex__ must be a dict, "
                          "not '%s'", kr_type_name(t->items[1]));
            return -1;
        }
        *args = t->items[0];
        *kwargs = t->items[1];
        return 0;
    }
    if (kr_err_occurred(th))
        return -1;
    r = call_special(th, obj, "__getnewargs__", &found);
    if (found) {
        if (!r)
            return -1;
        if (!kr_is_tuple(r)) {
            kr_err_format(th, &kr_exc_TypeError, "__getnewargs__ should return a tuple, not '%s'",
                          kr_type_name(r));
            return -1;
        }
        *args = r;
    }
    return kr_err_occurred(th) ? -1 : 0;
}

/* iter(obj) for a list subclass, iter(obj.items()) for a dict subclass,
 * else None: the listitems / dictitems of the reduce tuple. */
static Value items_of(Thread *th, Value obj, bool dict)
{
    Type *t = kr_type_of(obj);
    if (!(t->flags & (dict ? KR_TYPE_DICT_SUBCLASS : KR_TYPE_LIST_SUBCLASS)))
        return KR_NONE;
    if (!dict)
        return kr_object_iter(th, obj);
    bool found;
    Value items = call_optional(th, obj, "items", &found);
    return items ? kr_object_iter(th, items) : KR_VALUE_NULL;
}

/* Whether instances of t can be made by calling its __new__: not when it
 * has none, refuses (generators, coroutines), or is a builtin that only
 * inherited object's (frames, iterators ...: CPython's tp_new == NULL, so
 * pickling them says "cannot pickle 'frame' object"). */
static bool can_new(Type *t)
{
    if (!t->new_ || t->new_ == kr_gen_no_new)
        return false;
    return (t->flags & KR_TYPE_HEAP) || t == &kr_object_type || t->base != &kr_object_type ||
           t->new_ != kr_object_type.new_;
}

/* Whether the default __getstate__ would lose state kept in C fields:
 * the instance's builtin layout is more than object's and neither
 * __getnewargs__ nor an own __getstate__ describes it (CPython's
 * object_getstate_default with required=1, which compares basicsizes). */
static bool c_state_lost(Thread *th, Type *t)
{
    Type *b = kr_type_builtin_base(t);
    /* the attribute dict is state __getstate__ does carry */
    size_t own = b->size - (b->dict_offset ? sizeof(Value) : 0);
    if (b == &kr_object_type || (own <= sizeof(Obj) && !b->item_size))
        return false;
    Str *gs = kr_str_intern_cstr(th, "__getstate__");
    return gs && kr_type_lookup(t, gs) == kr_type_lookup(&kr_object_type, gs);
}

static Value reduce_newobj(Thread *th, Value obj)
{
    Type *t = kr_type_of(obj);
    if (!can_new(t)) {
        kr_err_format(th, &kr_exc_TypeError, "cannot pickle '%s' object", kr_type_name(obj));
        return KR_VALUE_NULL;
    }
    Value args, kwargs;
    if (new_arguments(th, obj, &args, &kwargs) < 0)
        return KR_VALUE_NULL;
    Value newobj, newargs;
    Value cls = kr_from_obj(t);
    if (!kwargs || kr_as_dict(kwargs)->used == 0) {
        newobj = copyreg_attr(th, "__newobj__");
        Tuple *a = args ? kr_as_tuple(args) : NULL;
        Tuple *na = kr_tuple_new(th, 1 + (a ? a->size : 0));
        if (!newobj || !na)
            return KR_VALUE_NULL;
        na->items[0] = cls;
        for (int64_t i = 0; a && i < a->size; i++)
            na->items[1 + i] = a->items[i];
        newargs = kr_from_obj(na);
    } else {
        newobj = copyreg_attr(th, "__newobj_ex__");
        Value parts[3] = {cls, args ? args : kr_from_obj(th->vm->empty_tuple), kwargs};
        Tuple *na = kr_tuple_from_array(th, parts, 3);
        if (!newobj || !na)
            return KR_VALUE_NULL;
        newargs = kr_from_obj(na);
    }
    if (!args && !(t->flags & (KR_TYPE_LIST_SUBCLASS | KR_TYPE_DICT_SUBCLASS)) &&
        c_state_lost(th, t)) {
        kr_err_format(th, &kr_exc_TypeError, "cannot pickle '%s' object", kr_type_name(obj));
        return KR_VALUE_NULL;
    }
    bool found;
    Value state = call_optional(th, obj, "__getstate__", &found);
    if (!state) {
        if (found || kr_err_occurred(th))
            return KR_VALUE_NULL;
        state = KR_NONE;
    }
    Value list_items = items_of(th, obj, false);
    Value dict_items = list_items ? items_of(th, obj, true) : KR_VALUE_NULL;
    if (!dict_items)
        return KR_VALUE_NULL;
    Value r[5] = {newobj, newargs, state, list_items, dict_items};
    Tuple *rt = kr_tuple_from_array(th, r, 5);
    return rt ? kr_from_obj(rt) : KR_VALUE_NULL;
}

static Value common_reduce(Thread *th, Value self, int64_t proto)
{
    if (proto >= 2)
        return reduce_newobj(th, self);
    /* copyreg._reduce_ex refuses an object whose first builtin base is its
     * own class; it tells builtins by type.__flags__, which krait's types
     * do not have, so the test is made here */
    Type *t = kr_type_of(self);
    if (!(t->flags & KR_TYPE_HEAP) && t != &kr_object_type) {
        const char *dot = strrchr(t->name, '.');
        kr_err_format(th, &kr_exc_TypeError, "cannot pickle '%s' object", dot ? dot + 1 : t->name);
        return KR_VALUE_NULL;
    }
    Value f = copyreg_attr(th, "_reduce_ex");
    Value a[2] = {self, kr_from_smallint(proto)};
    return f ? kr_vm_call(th, f, a, 2, NULL) : KR_VALUE_NULL;
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
    int64_t proto;
    if (!kr_is_int(args[1])) {
        kr_err_format(th, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name(args[1]));
        return KR_VALUE_NULL;
    }
    if (kr_int_as_i64(th, args[1], &proto) < 0)
        return KR_VALUE_NULL;
    Str *rn = kr_str_intern_cstr(th, "__reduce__");
    Value own = rn ? kr_type_lookup(kr_type_of(args[0]), rn) : KR_VALUE_NULL;
    Value base = rn ? kr_type_lookup(&kr_object_type, rn) : KR_VALUE_NULL;
    if (own && own != base) {
        Value f = kr_object_getattr(th, args[0], rn);
        return f ? kr_vm_call(th, f, NULL, 0, NULL) : KR_VALUE_NULL;
    }
    return common_reduce(th, args[0], proto);
}

Value kr_object_getattr_reduction(Thread *th, Value owner, const char *name)
{
    Str *g = kr_str_intern_cstr(th, "getattr");
    Value getattr = g ? kr_dict_get_str(th->vm->builtins, g) : KR_VALUE_NULL;
    Str *n = getattr ? kr_str_from_cstr(th, name) : NULL;
    Value pair[2] = {owner, n ? kr_from_obj(n) : KR_VALUE_NULL};
    Tuple *args = n ? kr_tuple_from_array(th, pair, 2) : NULL;
    Value items[2] = {getattr, args ? kr_from_obj(args) : KR_VALUE_NULL};
    Tuple *r = args ? kr_tuple_from_array(th, items, 2) : NULL;
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

Value kr_object_call_getstate(Thread *th, Value self)
{
    Value f = kr_object_getattr(th, self, kr_str_intern_cstr(th, "__getstate__"));
    return f ? kr_vm_call(th, f, NULL, 0, NULL) : KR_VALUE_NULL;
}

/* set.__reduce__ / frozenset.__reduce__: (type(s), (list(s),), state), as
 * CPython's set_reduce. */
METHOD(kr_set_reduce_m)
{
    if (kr_argparse_noargs(th, "__reduce__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    List *items = kr_list_from_iterable(th, args[0]);
    if (!items)
        return KR_VALUE_NULL;
    Value lv = kr_from_obj(items);
    Tuple *a = kr_tuple_from_array(th, &lv, 1);
    Value state = a ? kr_object_call_getstate(th, args[0]) : KR_VALUE_NULL;
    if (!state)
        return KR_VALUE_NULL;
    Value r[3] = {kr_from_obj(kr_type_of(args[0])), kr_from_obj(a), state};
    Tuple *rt = kr_tuple_from_array(th, r, 3);
    return rt ? kr_from_obj(rt) : KR_VALUE_NULL;
}
