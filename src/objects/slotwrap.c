/*
 * slotwrap.c -- slot wrappers: the dunders of builtin types.
 *
 * The VM reaches a builtin type's behaviour through its slots only, but
 * Python code reaches it by name: `(1).__add__(2)`, `int.__add__(1, 'a')`
 * (NotImplemented), `object.__init__(self)`, `super().__eq__(other)`,
 * `list.__hash__ is None`.  CPython answers these with one descriptor per
 * (type, dunder), a 'wrapper_descriptor' in the type's dict, which binds to
 * a 'method-wrapper'.  krait does the same: kr_type_ready calls
 * kr_slotwrap_add, which walks the SLOTDEFS table below and, for each slot
 * the type fills itself (not inherited), adds a descriptor unless a
 * MethodDef of that name is already there.
 *
 * A wrapper always calls the OWNER's slot (the type whose dict holds it),
 * never the slot of the instance's type: `super().__len__()` inside a Python
 * subclass of list must reach list's len, not the subclass's trampoline
 * that would look __len__ up again and recurse.
 *
 * One slot may give several dunders, as in CPython: binop[ADD] gives
 * __add__ (slot(self, other)) and __radd__ (slot(other, self)); setitem
 * gives __setitem__ and __delitem__; richcompare gives the six comparisons.
 * A type whose hash slot is kr_object_unhashable gets __hash__ = None.
 *
 * __new__ is not a descriptor but a builtin bound to the owner type, taking
 * the class to instantiate first (CPython's tp_new_wrapper), so that
 * `object.__new__(cls)` and `int.__new__(cls, 5)` work; it refuses a class
 * that is not a subtype of the owner.
 *
 * The VM's method-call fast path (vm.c, object.c) treats a wrapper
 * descriptor like a method descriptor: `x.__eq__(y)` calls it with self
 * first and allocates no method-wrapper.
 */
#include "objects/slotwrap.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/set.h"
#include "objects/list.h"
#include "objects/dict.h"
#include "objects/doctab.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/object_methods.h"
#include "objects/nameerror.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct SlotDef SlotDef;
/* Call the slot described by d on owner t; args are those after self. */
typedef Value (*KrWrapFn)(Thread *th, const SlotDef *d, Type *t, Value self, const Value *args,
                          size_t nargs, Tuple *kw);

struct SlotDef {
    const char *name;
    size_t offset;          /* of the slot (a function pointer) in Type */
    KrWrapFn wrap;
    int op;                 /* a BinOp or a comparison, for shared wrappers */
    short min, max;         /* positional arguments after self; max -1: any */
    bool kw;                /* keyword arguments allowed */
};

typedef struct SlotWrapper {
    Obj hdr;
    const SlotDef *def;
    Type *owner;
} SlotWrapper;

typedef struct MethodWrapper {
    Obj hdr;
    SlotWrapper *descr;
    Value self;
} MethodWrapper;

#define SLOT(T, t, d) (*(T *)((char *)(t) + (d)->offset))
#define WRAP(name)                                                                         \
    static Value name(Thread *th, const SlotDef *d, Type *t, Value self, const Value *args, \
                      size_t nargs, Tuple *kw)

WRAP(w_unary) { return SLOT(KrUnaryFn, t, d)(th, self); }

WRAP(w_next)
{
    Value r = t->next(th, self);
    if (!r && !kr_err_occurred(th)) {
        Value e = kr_object_call(th, kr_from_obj(&kr_exc_StopIteration), NULL, 0, NULL);
        if (e)
            kr_err_set(th, e);
    }
    return r;
}

/* CPython's sequences implement + and * as sq_concat / sq_repeat, whose
 * wrappers raise rather than return NotImplemented: list.__add__(1) is a
 * TypeError.  krait's sequences use the binop slots, so the wrapper turns
 * their NotImplemented into CPython's errors. */
static Value seq_check(Thread *th, Type *t, int op, Value other, Value r)
{
    if (r != KR_NOTIMPL || (op != KR_OP_ADD && op != KR_OP_MUL))
        return r;
    if (!(t->flags & (KR_TYPE_STR_SUBCLASS | KR_TYPE_LIST_SUBCLASS | KR_TYPE_TUPLE_SUBCLASS)) &&
        t != &kr_bytes_type && t != &kr_bytearray_type)
        return r;
    if (op == KR_OP_MUL)
        return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer",
                                 kr_type_name(other));
    if (t->flags & KR_TYPE_STR_SUBCLASS)
        return kr_err_type_error(th, "can only concatenate str (not \"%s\") to str",
                                 kr_type_name(other));
    if (t->flags & (KR_TYPE_LIST_SUBCLASS | KR_TYPE_TUPLE_SUBCLASS))
        return kr_err_type_error(th, "can only concatenate %s (not \"%s\") to %s", t->name,
                                 kr_type_name(other), t->name);
    return kr_err_type_error(th, "can't concat %s to %s", kr_type_name(other), t->name);
}

/* sq_repeat's wrapper wants an index up front: [1].__mul__('x') is "'str'
 * object cannot be interpreted as an integer", where [1] * 'x' (which the
 * binop slot itself reports) is "can't multiply sequence by non-int". */
static bool seq_repeat_non_index(Type *t, int op, Value other)
{
    return op == KR_OP_MUL && !kr_is_int(other) && !kr_type_of(other)->index &&
           ((t->flags & (KR_TYPE_STR_SUBCLASS | KR_TYPE_LIST_SUBCLASS | KR_TYPE_TUPLE_SUBCLASS)) ||
            t == &kr_bytes_type || t == &kr_bytearray_type);
}

WRAP(w_binop)
{
    if (seq_repeat_non_index(t, d->op, args[0]))
        return seq_check(th, t, d->op, args[0], KR_NOTIMPL);
    return seq_check(th, t, d->op, args[0], t->binop[d->op](th, self, args[0]));
}
WRAP(w_rbinop)
{
    if (seq_repeat_non_index(t, d->op, args[0]))
        return seq_check(th, t, d->op, args[0], KR_NOTIMPL);
    Value r = t->binop[d->op](th, args[0], self);
    return d->op == KR_OP_MUL ? seq_check(th, t, d->op, args[0], r) : r;
}
WRAP(w_inplace) { return t->inplace[d->op](th, self, args[0]); }

/* pow(a, b, mod) for a type without a pow3 slot: builtins.pow does it
 * (int's three-argument power lives there). */
static Value pow3_builtin(Thread *th, Value a, Value b, Value mod)
{
    Str *n = kr_str_intern_cstr(th, "pow");
    Value f = n ? kr_dict_get_str(th->vm->builtins, n) : KR_VALUE_NULL;
    if (!f)
        return n ? KR_NOTIMPL : KR_VALUE_NULL;
    Value argv[3] = {a, b, mod};
    return kr_object_call(th, f, argv, 3, NULL);
}

WRAP(w_pow)
{
    if (nargs > 1 && !kr_is_none(args[1]))
        return t->pow3 ? t->pow3(th, self, args[0], args[1]) : pow3_builtin(th, self, args[0], args[1]);
    return t->binop[KR_OP_POW](th, self, args[0]);
}

WRAP(w_rpow)
{
    if (nargs > 1 && !kr_is_none(args[1]))
        return t->pow3 ? t->pow3(th, args[0], self, args[1]) : pow3_builtin(th, args[0], self, args[1]);
    return t->binop[KR_OP_POW](th, args[0], self);
}

WRAP(w_cmp) { return t->richcompare(th, self, args[0], d->op); }

WRAP(w_hash)
{
    int64_t h;
    if (t->hash(th, self, &h) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, h);
}

WRAP(w_len)
{
    int64_t n;
    if (t->len(th, self, &n) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, n);
}

WRAP(w_bool)
{
    int r = t->bool_(th, self);
    return r < 0 ? KR_VALUE_NULL : kr_from_bool(r);
}

WRAP(w_contains)
{
    int r = t->contains(th, self, args[0]);
    return r < 0 ? KR_VALUE_NULL : kr_from_bool(r);
}

WRAP(w_getitem) { return t->getitem(th, self, args[0]); }

WRAP(w_setitem)
{
    return t->setitem(th, self, args[0], args[1]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

WRAP(w_delitem)
{
    return t->setitem(th, self, args[0], KR_VALUE_NULL) < 0 ? KR_VALUE_NULL : KR_NONE;
}

WRAP(w_call) { return t->call(th, self, args, nargs, kw); }

WRAP(w_init) { return t->init(th, self, args, nargs, kw) < 0 ? KR_VALUE_NULL : KR_NONE; }

static Str *attr_name(Thread *th, Value v)
{
    if (!kr_str_check(v)) {
        kr_err_type_error(th, "attribute name must be string, not '%s'", kr_type_name(v));
        return NULL;
    }
    /* a str subclass instance names the attribute by its text */
    if (!kr_is_str(v) && !(v = kr_object_builtin_self(th, &kr_str_type, v)))
        return NULL;
    return kr_str_intern(th, kr_as_str(v));
}

WRAP(w_getattribute)
{
    Str *n = attr_name(th, args[0]);
    if (!n)
        return KR_VALUE_NULL;
    Value v = t->getattr(th, self, n);
    if (!v)
        kr_exc_attr_context(th, self, n);   /* AttributeError.name/.obj, as getattr() */
    return v;
}

/* CPython's hackcheck: object.__setattr__(str, ...) must not jump over
 * type's own __setattr__ (which guards builtin types and keeps caches
 * right) between self's class and the wrapper's owner t.  Other builtin
 * types' setattr slots here do what object's does (module's, ...), so
 * only type's counts. */
static bool setattr_applies(Thread *th, Type *t, Value self, const char *what)
{
    Type *own = kr_type_of(self);
    for (Type *b = own; b && b->setattr != t->setattr; b = b->base) {
        if (b == &kr_type_type) {
            kr_err_format(th, &kr_exc_TypeError, "can't apply this %s to %s object", what,
                          own->name);
            return false;
        }
    }
    return true;
}

WRAP(w_setattr)
{
    if (!setattr_applies(th, t, self, "__setattr__"))
        return KR_VALUE_NULL;
    Str *n = attr_name(th, args[0]);
    return n && t->setattr(th, self, n, args[1]) == 0 ? KR_NONE : KR_VALUE_NULL;
}

WRAP(w_delattr)
{
    if (!setattr_applies(th, t, self, "__delattr__"))
        return KR_VALUE_NULL;
    Str *n = attr_name(th, args[0]);
    return n && t->setattr(th, self, n, KR_VALUE_NULL) == 0 ? KR_NONE : KR_VALUE_NULL;
}

WRAP(w_get)
{
    Value obj = args[0], type = nargs > 1 ? args[1] : KR_NONE;
    if (kr_is_none(obj) && kr_is_none(type)) {
        kr_err_set_string(th, &kr_exc_TypeError, "__get__(None, None) is invalid");
        return KR_VALUE_NULL;
    }
    /* As CPython's wrap_descr_get: an instance of None means class
     * access, which the slot receives as NULL. */
    return t->descr_get(th, self, kr_is_none(obj) ? KR_VALUE_NULL : obj, type);
}

WRAP(w_set) { return t->descr_set(th, self, args[0], args[1]) < 0 ? KR_VALUE_NULL : KR_NONE; }
WRAP(w_delete)
{
    return t->descr_set(th, self, args[0], KR_VALUE_NULL) < 0 ? KR_VALUE_NULL : KR_NONE;
}

#define OFF(f) offsetof(Type, f)
#define U(name, f) {name, OFF(f), w_unary, 0, 0, 0, false}
#define BIN(n, rn, in, op)                                                      \
    {n, OFF(binop[op]), w_binop, op, 1, 1, false},                                \
    {rn, OFF(binop[op]), w_rbinop, op, 1, 1, false},                              \
    {in, OFF(inplace[op]), w_inplace, op, 1, 1, false}
#define CMP(n, op) {n, OFF(richcompare), w_cmp, op, 1, 1, false}

static const SlotDef slotdefs[] = {
    U("__repr__", repr), U("__str__", str),
    {"__hash__", OFF(hash), w_hash, 0, 0, 0, false},
    {"__call__", OFF(call), w_call, 0, 0, -1, true},
    {"__getattribute__", OFF(getattr), w_getattribute, 0, 1, 1, false},
    {"__setattr__", OFF(setattr), w_setattr, 0, 2, 2, false},
    {"__delattr__", OFF(setattr), w_delattr, 0, 1, 1, false},
    CMP("__lt__", KR_LT), CMP("__le__", KR_LE), CMP("__eq__", KR_EQ),
    CMP("__ne__", KR_NE), CMP("__gt__", KR_GT), CMP("__ge__", KR_GE),
    U("__iter__", iter),
    {"__next__", OFF(next), w_next, 0, 0, 0, false},
    {"__get__", OFF(descr_get), w_get, 0, 1, 2, false},
    {"__set__", OFF(descr_set), w_set, 0, 2, 2, false},
    {"__delete__", OFF(descr_set), w_delete, 0, 1, 1, false},
    {"__init__", OFF(init), w_init, 0, 0, -1, true},
    BIN("__add__", "__radd__", "__iadd__", KR_OP_ADD),
    BIN("__sub__", "__rsub__", "__isub__", KR_OP_SUB),
    BIN("__mul__", "__rmul__", "__imul__", KR_OP_MUL),
    BIN("__mod__", "__rmod__", "__imod__", KR_OP_MOD),
    {"__pow__", OFF(binop[KR_OP_POW]), w_pow, KR_OP_POW, 1, 2, false},
    {"__rpow__", OFF(binop[KR_OP_POW]), w_rpow, KR_OP_POW, 1, 2, false},
    {"__ipow__", OFF(inplace[KR_OP_POW]), w_inplace, KR_OP_POW, 1, 1, false},
    U("__neg__", neg), U("__pos__", pos), U("__abs__", abs),
    {"__bool__", OFF(bool_), w_bool, 0, 0, 0, false},
    U("__invert__", invert),
    BIN("__lshift__", "__rlshift__", "__ilshift__", KR_OP_LSHIFT),
    BIN("__rshift__", "__rrshift__", "__irshift__", KR_OP_RSHIFT),
    BIN("__and__", "__rand__", "__iand__", KR_OP_AND),
    BIN("__xor__", "__rxor__", "__ixor__", KR_OP_XOR),
    BIN("__or__", "__ror__", "__ior__", KR_OP_OR),
    U("__int__", int_), U("__float__", float_),
    BIN("__floordiv__", "__rfloordiv__", "__ifloordiv__", KR_OP_FLOORDIV),
    BIN("__truediv__", "__rtruediv__", "__itruediv__", KR_OP_TRUEDIV),
    U("__index__", index),
    BIN("__matmul__", "__rmatmul__", "__imatmul__", KR_OP_MATMUL),
    {"__len__", OFF(len), w_len, 0, 0, 0, false},
    {"__getitem__", OFF(getitem), w_getitem, 0, 1, 1, false},
    {"__setitem__", OFF(setitem), w_setitem, 0, 2, 2, false},
    {"__delitem__", OFF(setitem), w_delitem, 0, 1, 1, false},
    {"__contains__", OFF(contains), w_contains, 0, 1, 1, false},
};

/* Check self and the argument count, then call the owner's slot. */
static Value call_slot(Thread *th, SlotWrapper *w, Value self, const Value *args, size_t nargs,
                       Tuple *kw)
{
    const SlotDef *d = w->def;
    if (!kr_isinstance_type(self, w->owner)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "descriptor '%s' requires a '%s' object but received a '%s'", d->name,
                      w->owner->name, kr_type_name(self));
        return KR_VALUE_NULL;
    }
    /* CPython's wrapperdescr_raw_call refuses keywords before the count */
    if (KR_UNLIKELY(!d->kw && kw && kw->size)) {
        kr_err_format(th, &kr_exc_TypeError, "wrapper %s() takes no keyword arguments", d->name);
        return KR_VALUE_NULL;
    }
    if (!d->kw || d->max >= 0) {
        if (kr_call_check_args(th, d->name, nargs, (size_t)d->min,
                               d->max < 0 ? (size_t)-1 : (size_t)d->max, d->kw ? NULL : kw) < 0)
            return KR_VALUE_NULL;
    }
    /* a builtin call is one level of the recursion count (function.c's
     * builtin_call): `C.__repr__ = C.__str__` loops through here */
    if (KR_UNLIKELY(th->recursion_depth >= th->vm->recursion_limit)) {
        kr_err_set_string(th, &kr_exc_RecursionError,
                          "maximum recursion depth exceeded while calling a Python object");
        return KR_VALUE_NULL;
    }
    th->recursion_depth++;
    Value r = d->wrap(th, d, w->owner, self, args, nargs, kw);
    th->recursion_depth--;
    return r;
}

static Value descr_call(Thread *th, Value callable, const Value *args, size_t nargs, Tuple *kw)
{
    SlotWrapper *w = (SlotWrapper *)kr_as_obj(callable);
    if (nargs < 1) {
        kr_err_format(th, &kr_exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                      w->def->name, w->owner->name);
        return KR_VALUE_NULL;
    }
    return call_slot(th, w, args[0], args + 1, nargs - 1, kw);
}

Value kr_slotwrap_call(Thread *th, Value f, const Value *argv, size_t nargs)
{
    return descr_call(th, f, argv, nargs, NULL);
}

KrSetItemFn kr_slotwrap_setitem_of(Value f, Value self, bool set)
{
    if (!kr_is_type(f, &kr_wrapper_descr_type))
        return NULL;
    SlotWrapper *w = (SlotWrapper *)kr_as_obj(f);
    if (w->def->wrap != (set ? w_setitem : w_delitem) ||
        !kr_type_is_subtype(kr_type_of(self), w->owner))
        return NULL;
    return w->owner->setitem;
}

static Value descr_get(Thread *th, Value descr, Value obj, Value type)
{
    if (!obj || kr_is_none(obj))
        return descr;
    SlotWrapper *w = (SlotWrapper *)kr_as_obj(descr);
    if (!kr_isinstance_type(obj, w->owner)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      w->def->name, w->owner->name, kr_type_name(obj));
        return KR_VALUE_NULL;
    }
    MethodWrapper *m = kr_gc_alloc(sizeof *m);
    if (!m) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    m->hdr.type = &kr_method_wrapper_type;
    m->descr = w;
    m->self = obj;
    return kr_from_obj(m);
}

static Value cstr_value(Thread *th, const char *s)
{
    Str *r = kr_str_from_cstr(th, s);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value descr_repr(Thread *th, Value v)
{
    SlotWrapper *w = (SlotWrapper *)kr_as_obj(v);
    char buf[300];
    snprintf(buf, sizeof buf, "<slot wrapper '%s' of '%s' objects>", w->def->name,
             w->owner->name);
    return cstr_value(th, buf);
}

/* __doc__ and __text_signature__ of a slot wrapper and of its bound
 * method-wrapper come from objects/doctab.c's table. */
static Value wrapper_name(Thread *th, const SlotDef *d, Type *owner, Str *name)
{
    if (name == KR_NAME(th, __name__))
        return cstr_value(th, d->name);
    if (name == KR_NAME(th, __qualname__)) {
        char buf[300];
        snprintf(buf, sizeof buf, "%s.%s", owner->name, d->name);
        return cstr_value(th, buf);
    }
    if (name == KR_NAME(th, __objclass__))
        return kr_from_obj(owner);
    const char *sig, *doc;
    bool known = kr_doctab_slot(owner, d->name, &sig, &doc);
    if (name == KR_NAME(th, __doc__))
        return known ? cstr_value(th, doc) : KR_NONE;
    if (name == kr_str_intern_cstr(th, "__text_signature__"))
        return known ? cstr_value(th, sig) : KR_NONE;
    return KR_VALUE_NULL;
}

static Value descr_getattr(Thread *th, Value obj, Str *name)
{
    SlotWrapper *w = (SlotWrapper *)kr_as_obj(obj);
    Value v = wrapper_name(th, w->def, w->owner, name);
    if (v || kr_err_occurred(th))
        return v;
    return kr_object_generic_getattr(th, obj, name);
}

/* getattr(owner, name) and getattr(self, name): CPython's wrapper_reduce
 * and descr_reduce. */
static Value descr_reduce(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "__reduce__", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    SlotWrapper *w = (SlotWrapper *)kr_as_obj(args[0]);
    return kr_object_getattr_reduction(th, kr_from_obj(w->owner), w->def->name);
}

static Value mw_reduce(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "__reduce__", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    MethodWrapper *m = (MethodWrapper *)kr_as_obj(args[0]);
    return kr_object_getattr_reduction(th, m->self, m->descr->def->name);
}

static const MethodDef descr_methods[] = {
    {"__reduce__", descr_reduce, NULL, NULL, 0},
    {0},
};

static const MethodDef mw_methods[] = {
    {"__reduce__", mw_reduce, NULL, NULL, 0},
    {0},
};

Type kr_wrapper_descr_type = {
    .hdr = {&kr_type_type},
    .name = "wrapper_descriptor",
    .size = sizeof(SlotWrapper),
    .flags = KR_TYPE_IMMUTABLE,
    .call = descr_call,
    .descr_get = descr_get,
    .repr = descr_repr,
    .getattr = descr_getattr,
    .methods = descr_methods,
};

/* ---- method-wrapper: a slot wrapper bound to an object -------------------------- */

static Value mw_call(Thread *th, Value callable, const Value *args, size_t nargs, Tuple *kw)
{
    MethodWrapper *m = (MethodWrapper *)kr_as_obj(callable);
    return call_slot(th, m->descr, m->self, args, nargs, kw);
}

static Value mw_repr(Thread *th, Value v)
{
    MethodWrapper *m = (MethodWrapper *)kr_as_obj(v);
    char buf[300];
    snprintf(buf, sizeof buf, "<method-wrapper '%s' of %s object at %#llx>",
             m->descr->def->name, kr_type_name(m->self), (unsigned long long)m->self);
    return cstr_value(th, buf);
}

static Value mw_getattr(Thread *th, Value obj, Str *name)
{
    MethodWrapper *m = (MethodWrapper *)kr_as_obj(obj);
    if (name == KR_NAME(th, __self__))
        return m->self;
    Value v = wrapper_name(th, m->descr->def, m->descr->owner, name);
    if (v || kr_err_occurred(th))
        return v;
    return kr_object_generic_getattr(th, obj, name);
}

static Value mw_richcompare(Thread *th, Value a, Value b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_is_type(b, &kr_method_wrapper_type))
        return KR_NOTIMPL;
    MethodWrapper *x = (MethodWrapper *)kr_as_obj(a), *y = (MethodWrapper *)kr_as_obj(b);
    bool eq = x->descr == y->descr && x->self == y->self;
    return kr_from_bool(op == KR_EQ ? eq : !eq);
}

static int mw_hash(Thread *th, Value v, int64_t *h)
{
    MethodWrapper *m = (MethodWrapper *)kr_as_obj(v);
    *h = (int64_t)(((uint64_t)(uintptr_t)m->descr >> 4) ^ ((uint64_t)m->self >> 4));
    if (*h == -1)
        *h = -2;
    return 0;
}

Type kr_method_wrapper_type = {
    .hdr = {&kr_type_type},
    .name = "method-wrapper",
    .size = sizeof(MethodWrapper),
    .flags = KR_TYPE_IMMUTABLE,
    .call = mw_call,
    .repr = mw_repr,
    .getattr = mw_getattr,
    .richcompare = mw_richcompare,
    .hash = mw_hash,
    .methods = mw_methods,
};

/* ---- __new__: a builtin bound to the owner type ----------------------------------- */

static Value new_wrapper(Thread *th, Value callable, const Value *args, size_t nargs, Tuple *kw)
{
    /* args[0] is the owner (the builtin's self), args[1] the class. */
    Type *owner = (Type *)kr_as_obj(args[0]);
    if (nargs < 2) {
        kr_err_format(th, &kr_exc_TypeError, "%s.__new__(): not enough arguments", owner->name);
        return KR_VALUE_NULL;
    }
    Value cls = args[1];
    if (!kr_is_obj(cls) || !(kr_type_of(cls)->flags & KR_TYPE_TYPE_SUBCLASS)) {
        kr_err_format(th, &kr_exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                      owner->name, kr_type_name(cls));
        return KR_VALUE_NULL;
    }
    Type *sub = (Type *)kr_as_obj(cls);
    if (!kr_type_is_subtype(sub, owner)) {
        kr_err_format(th, &kr_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                      owner->name, sub->name, sub->name, owner->name);
        return KR_VALUE_NULL;
    }
    return owner->new_(th, sub, args + 2, nargs - 2, kw);
}

static const MethodDef new_def = {
    "__new__", new_wrapper, "($type, *args, **kwargs)",
    "Create and return a new object.  See help(type) for accurate signature.", KR_METH_STATIC};

/* Slots some builtin types fill for speed where CPython's type has none
 * of that name: truth of str/bytes/bytearray/set/frozenset comes from the
 * length there, and concatenation of the sequences is sq_concat, which
 * gives __add__ but no __radd__.  No wrapper for these (helper "methods"),
 * so dir() and hasattr() agree with CPython. */
static bool cpython_lacks(const Type *t, const char *name)
{
    static const Type *const no_bool[] = {&kr_str_type, &kr_bytes_type, &kr_bytearray_type,
                                          &kr_set_type, &kr_frozenset_type};
    static const Type *const no_radd[] = {&kr_str_type, &kr_bytes_type, &kr_bytearray_type,
                                          &kr_list_type, &kr_tuple_type};
    const Type *const *list = NULL;
    size_t n = 0;
    if (strcmp(name, "__bool__") == 0) {
        list = no_bool;
        n = KR_ARRAY_LEN(no_bool);
    } else if (strcmp(name, "__radd__") == 0) {
        list = no_radd;
        n = KR_ARRAY_LEN(no_radd);
    }
    for (size_t i = 0; i < n; i++)
        if (list[i] == t)
            return true;
    return false;
}

/* ---- dunders CPython defines as methods beside the slot ---------------------------
 *
 * set.__contains__, dict.__getitem__, ... are method_descriptors in CPython
 * (METH_COEXIST: a faster call than through the slot), so they bind to
 * builtin methods, which have a __module__ (check__all__ in the tests
 * reads it off keyword.iskeyword, a frozenset's bound __contains__). */

/* One argument after self, or CPython's METH_O complaint. */
static int coexist_check(Thread *th, Value callable, const char *name, size_t nargs, Tuple *kw)
{
    char full[128];
    snprintf(full, sizeof full, "%s.%s", kr_method_owner(callable)->name, name);
    return kr_call_check_args(th, full, nargs - 1, 1, 1, kw);
}

static Value coexist_contains(Thread *th, Value callable, const Value *args, size_t nargs,
                              Tuple *kw)
{
    if (coexist_check(th, callable, "__contains__", nargs, kw) < 0)
        return KR_VALUE_NULL;
    int r = kr_method_owner(callable)->contains(th, args[0], args[1]);
    return r < 0 ? KR_VALUE_NULL : kr_from_bool(r);
}

static Value coexist_getitem(Thread *th, Value callable, const Value *args, size_t nargs,
                             Tuple *kw)
{
    if (coexist_check(th, callable, "__getitem__", nargs, kw) < 0)
        return KR_VALUE_NULL;
    return kr_method_owner(callable)->getitem(th, args[0], args[1]);
}

static const MethodDef contains_in = {"__contains__", coexist_contains, NULL,
                                      "x.__contains__(y) <==> y in x.", 0};
static const MethodDef dict_contains = {"__contains__", coexist_contains, "($self, key, /)",
                                        "True if the dictionary has the specified key, else False.",
                                        0};
static const MethodDef getitem_of = {"__getitem__", coexist_getitem, NULL,
                                     "x.__getitem__(y) <==> x[y]", 0};

static const MethodDef *coexist_def(const Type *t, const char *name)
{
    bool contains = strcmp(name, "__contains__") == 0, getitem = strcmp(name, "__getitem__") == 0;
    if (contains && (t == &kr_set_type || t == &kr_frozenset_type))
        return &contains_in;
    if (contains && t == &kr_dict_type)
        return &dict_contains;
    if (getitem && (t == &kr_dict_type || t == &kr_list_type))
        return &getitem_of;
    return NULL;
}

int kr_slotwrap_add(Thread *th, Type *t, const Type *own)
{
    const Type *b = t->base;
    for (size_t i = 0; i < KR_ARRAY_LEN(slotdefs); i++) {
        const SlotDef *d = &slotdefs[i];
        void *f = SLOT(void *, own, d);
        if (!f || (b && f == SLOT(void *, b, d)) || cpython_lacks(t, d->name))
            continue;       /* not filled, inherited unchanged, or not CPython's */
        Str *name = kr_str_intern_cstr(th, d->name);
        if (!name)
            return -1;
        if (kr_dict_get_str(t->dict, name))
            continue;       /* an explicit method of the same name wins */
        Value v;
        const MethodDef *co = coexist_def(t, d->name);
        if (d->offset == OFF(hash) && own->hash == kr_object_unhashable) {
            v = KR_NONE;
        } else if (co) {
            v = kr_method_descr_new(th, co, t);
            if (!v)
                return -1;
        } else {
            SlotWrapper *w = kr_gc_alloc(sizeof *w);
            if (!w) {
                kr_err_no_memory(th);
                return -1;
            }
            w->hdr.type = &kr_wrapper_descr_type;
            w->def = d;
            w->owner = t;
            v = kr_from_obj(w);
        }
        if (kr_dict_set_str(th, t->dict, name, v) < 0)
            return -1;
    }
    if (own->new_ && (!b || own->new_ != b->new_)) {
        Str *name = kr_str_intern_cstr(th, "__new__");
        if (!name)
            return -1;
        if (!kr_dict_get_str(t->dict, name)) {
            Value v = kr_builtin_new(th, &new_def, kr_from_obj(t), KR_VALUE_NULL);
            if (!v || kr_dict_set_str(th, t->dict, name, v) < 0)
                return -1;
        }
    }
    return 0;
}

int kr_slotwrap_check_one(Thread *th, const char *name, size_t nargs, Tuple *kwnames)
{
    if (kwnames && kwnames->size) {
        kr_err_format(th, &kr_exc_TypeError, "wrapper %s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs == 1)
        return 0;
    kr_err_format(th, &kr_exc_TypeError, "expected 1 argument, got %zu", nargs);
    return -1;
}
