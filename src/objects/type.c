/*
 * type.c -- type objects: `type` and `object`, making types ready, MRO
 * lookup, and heap types (class statements).
 *
 * Builtin types are static structs with designated initializers (one per
 * type file).  kr_type_ready turns the static description into a live type,
 * once, at VM start:
 *
 *   1. hdr.type := type, base := object when unset;
 *   2. every NULL slot is inherited from the base (INHERIT_SLOTS below);
 *   3. __mro__ := (t,) + base.__mro__ (builtins have single inheritance);
 *   4. __dict__ := the MethodDef table as method descriptors, the
 *      MemberDef table as member descriptors, then a slot wrapper for each
 *      slot the type fills itself (slotwrap.c: int.__add__, list.__len__).
 *
 * Slots are the only way the VM reaches behaviour.  A heap type (a class
 * statement) fills the slot for each dunder its namespace defines with a
 * trampoline that looks the dunder up along the MRO and calls it
 * (slot_* below), and inherits the rest; so `a + b` on instances of a
 * Python class costs one slot call plus one Python call, and builtin
 * operands never look at a dict.
 *
 * MRO: heap types use C3 linearisation over their bases, as CPython.
 *
 * Version tags are assigned here (a per-process counter); caches that key
 * on them arrive with specialisation.
 */
#include "objects/object.h"

#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/list.h"
#include "objects/slotwrap.h"
#include "objects/int.h"
#include "modules/gcmodule.h"
#include "vm/call.h"
#include "vm/errors.h"

/* Type version tags: one process-wide atomic counter (see dict.c). */
static uint32_t next_version = 1;

bool kr_type_is_subtype(const Type *t, const Type *base)
{
    if (t == base)
        return true;
    if (t->mro) {
        for (int64_t i = 0; i < t->mro->size; i++)
            if ((Type *)kr_as_obj(t->mro->items[i]) == base)
                return true;
        return false;
    }
    for (const Type *b = t->base; b; b = b->base)
        if (b == base)
            return true;
    return false;
}

Value kr_type_lookup(Type *t, Str *name)
{
    Tuple *mro = t->mro;
    if (!mro)
        return t->dict ? kr_dict_get_str(t->dict, name) : KR_VALUE_NULL;
    for (int64_t i = 0; i < mro->size; i++) {
        Type *b = (Type *)kr_as_obj(mro->items[i]);
        if (b->dict) {
            Value v = kr_dict_get_str(b->dict, name);
            if (v)
                return v;
        }
    }
    return KR_VALUE_NULL;
}

const char *kr_type_name(Value v)
{
    return kr_type_of(v)->name;
}

/* Every slot a type inherits from its base when it leaves it NULL.  One
 * list, so adding a slot to Type means adding one line here. */
#define INHERIT_SLOTS(X)                                                      \
    X(new_) X(init) X(call) X(finalize) X(repr) X(str) X(hash) X(richcompare) \
    X(bool_) X(getattr) X(setattr) X(descr_get) X(descr_set) X(iter) X(next)  \
    X(len) X(getitem) X(setitem) X(contains) X(pow3) X(neg) X(pos) X(invert)  \
    X(abs) X(index) X(int_) X(float_)

static void inherit_slots(Type *t, const Type *b)
{
#define INHERIT(f) if (!t->f) t->f = b->f;
    INHERIT_SLOTS(INHERIT)
#undef INHERIT
    for (int i = 0; i < KR_BINOP_COUNT; i++) {
        if (!t->binop[i])
            t->binop[i] = b->binop[i];
        if (!t->inplace[i])
            t->inplace[i] = b->inplace[i];
    }
    if (!t->dict_offset)
        t->dict_offset = b->dict_offset;
    t->flags |= b->flags & (KR_TYPE_INT_SUBCLASS | KR_TYPE_STR_SUBCLASS |
                            KR_TYPE_TUPLE_SUBCLASS | KR_TYPE_LIST_SUBCLASS |
                            KR_TYPE_DICT_SUBCLASS | KR_TYPE_EXC_SUBCLASS |
                            KR_TYPE_TYPE_SUBCLASS);
}

/* A member descriptor: one MemberDef of a builtin type. */
typedef struct MemberDescr {
    Obj hdr;
    const MemberDef *def;
    Type *owner;
} MemberDescr;

static Value member_get(Thread *th, Value descr, Value obj, Value type)
{
    MemberDescr *d = (MemberDescr *)kr_as_obj(descr);
    if (!obj || kr_is_none(obj))
        return descr;
    if (d->def->get)
        return d->def->get(th, obj);
    Value v = *(Value *)((char *)kr_as_obj(obj) + d->def->offset);
    if (!v) {
        kr_err_format(th, &kr_exc_AttributeError, "'%s' object has no attribute '%s'",
                      kr_type_name(obj), d->def->name);
        return KR_VALUE_NULL;
    }
    return v;
}

static int member_set(Thread *th, Value descr, Value obj, Value value)
{
    MemberDescr *d = (MemberDescr *)kr_as_obj(descr);
    if (d->def->get && !d->def->set) {
        /* A computed attribute without a setter (CPython's getset). */
        kr_err_format(th, &kr_exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                      d->def->name, d->owner->name);
        return -1;
    }
    if ((d->def->flags & KR_MEMBER_READONLY) || (!d->def->set && !d->def->offset)) {
        kr_err_format(th, &kr_exc_AttributeError, "readonly attribute");
        return -1;
    }
    if (d->def->set)
        return d->def->set(th, obj, NULL, value);
    *(Value *)((char *)kr_as_obj(obj) + d->def->offset) = value;
    return 0;
}

static Value member_repr(Thread *th, Value v)
{
    MemberDescr *d = (MemberDescr *)kr_as_obj(v);
    char buf[256];
    snprintf(buf, sizeof buf, "<member '%s' of '%s' objects>", d->def->name, d->owner->name);
    Str *s = kr_str_from_cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

Type kr_member_descr_type = {
    .name = "member_descriptor",
    .size = sizeof(MemberDescr),
    .flags = KR_TYPE_IMMUTABLE,
    .descr_get = member_get,
    .descr_set = member_set,
    .repr = member_repr,
};

static int add_methods(Thread *th, Type *t)
{
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Value v;
        if (m->flags & KR_METH_STATIC)
            v = kr_builtin_new(th, m, KR_VALUE_NULL, KR_VALUE_NULL);
        else
            v = kr_method_descr_new(th, m, t);
        Str *name = v ? kr_str_intern_cstr(th, m->name) : NULL;
        if (!name || kr_dict_set_str(th, t->dict, name, v) < 0)
            return -1;
    }
    for (const MemberDef *m = t->members; m && m->name; m++) {
        MemberDescr *d = kr_gc_alloc(sizeof *d);
        if (!d) {
            kr_err_no_memory(th);
            return -1;
        }
        d->hdr.type = &kr_member_descr_type;
        d->def = m;
        d->owner = t;
        Str *name = kr_str_intern_cstr(th, m->name);
        if (!name || kr_dict_set_str(th, t->dict, name, kr_from_obj(d)) < 0)
            return -1;
    }
    return 0;
}

/* Slot wrappers (__init__, __add__, ... in builtin types' dicts) are made
 * in slotwrap.c, from the slots each type fills itself. */

int kr_type_ready(Thread *th, Type *t)
{
    if (t->flags & KR_TYPE_READY)
        return 0;
    if (!t->hdr.type)
        t->hdr.type = &kr_type_type;
    if (!t->base && t != &kr_object_type)
        t->base = &kr_object_type;
    if (t->base && kr_type_ready(th, t->base) < 0)
        return -1;
    /* Record which slots the type sets itself before inheritance fills the rest. */
    Type own = *t;
    if (t->base)
        inherit_slots(t, t->base);
    int64_t nbase = t->base && t->base->mro ? t->base->mro->size : 0;
    Tuple *mro = kr_tuple_new(th, 1 + nbase);
    if (!mro)
        return -1;
    mro->items[0] = kr_from_obj(t);
    for (int64_t i = 0; i < nbase; i++)
        mro->items[1 + i] = t->base->mro->items[i];
    t->mro = mro;
    if (!t->bases) {
        Value b = t->base ? kr_from_obj(t->base) : 0;
        t->bases = kr_tuple_from_array(th, &b, t->base ? 1 : 0);
        if (!t->bases)
            return -1;
    }
    t->dict = kr_dict_new(th);
    if (!t->dict || add_methods(th, t) < 0)
        return -1;
    own.base = t->base;
    if (kr_slotwrap_add(th, t, &own) < 0)
        return -1;
    t->version = __atomic_fetch_add(&next_version, 1, __ATOMIC_RELAXED);
    t->flags |= KR_TYPE_READY;
    return 0;
}

/* ---- the `type` type ---------------------------------------------------- */

static Value type_repr(Thread *th, Value v)
{
    Type *t = (Type *)kr_as_obj(v);
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "<class '");
    if (t->flags & KR_TYPE_HEAP) {
        Value mod = kr_dict_get_str(t->dict, KR_NAME(th, __module__));
        if (mod && kr_is_str(mod) && strcmp((char *)kr_as_str(mod)->data, "builtins") != 0) {
            kr_str_to_buf(&b, kr_as_str(mod));
            kr_buf_putc(&b, '.');
        }
        kr_str_to_buf(&b, t->qualname);
    } else {
        kr_buf_puts(&b, t->name);
    }
    kr_buf_puts(&b, "'>");
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value type_call(Thread *th, Value callable, const Value *args, size_t nargs,
                       Tuple *kwnames)
{
    Type *t = (Type *)kr_as_obj(callable);
    if (t == &kr_type_type && nargs == 1 && !kwnames)
        return kr_from_obj(kr_type_of(args[0]));
    if (t == &kr_type_type && nargs == 3 && !kwnames) {
        if (!kr_is_str(args[0]) || !kr_is_tuple(args[1]) || !kr_is_dict(args[2]))
            return kr_err_type_error(th, "type() argument types");
        return kr_type_new_heap(th, kr_as_str(args[0]), kr_as_tuple(args[1]),
                                kr_as_dict(args[2]));
    }
    if (!t->new_) {
        kr_err_format(th, &kr_exc_TypeError, "cannot create '%s' instances", t->name);
        return KR_VALUE_NULL;
    }
    Value obj = t->new_(th, t, args, nargs, kwnames);
    if (!obj)
        return KR_VALUE_NULL;
    Type *ot = kr_type_of(obj);
    if (ot->init && kr_type_is_subtype(ot, t) && ot->init(th, obj, args, nargs, kwnames) < 0)
        return KR_VALUE_NULL;
    return obj;
}

static Value str_or_none(Thread *th, const char *s)
{
    Str *r = kr_str_from_cstr(th, s);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value type_getattr(Thread *th, Value obj, Str *name)
{
    Type *t = (Type *)kr_as_obj(obj);
    /* The few type attributes that are computed (CPython: type_getsets). */
    if (name == KR_NAME(th, __name__)) {
        if (t->flags & KR_TYPE_HEAP) {
            Value n = kr_dict_get_str(t->dict, KR_NAME(th, __qualname__));
            KR_UNUSED(n);
            const char *full = t->name;
            const char *dot = strrchr(full, '.');
            return str_or_none(th, dot ? dot + 1 : full);
        }
        const char *dot = strrchr(t->name, '.');
        return str_or_none(th, dot ? dot + 1 : t->name);
    }
    if (name == KR_NAME(th, __qualname__))
        return t->qualname ? kr_from_obj(t->qualname) : str_or_none(th, t->name);
    if (name == KR_NAME(th, __mro__))
        return kr_from_obj(t->mro);
    if (name == KR_NAME(th, __bases__))
        return kr_from_obj(t->bases);
    if (name == KR_NAME(th, __base__))
        return t->base ? kr_from_obj(t->base) : KR_NONE;
    if (name == KR_NAME(th, __dict__))
        return kr_from_obj(t->dict);
    if (name == KR_NAME(th, __module__) && !(t->flags & KR_TYPE_HEAP))
        return str_or_none(th, "builtins");
    /* Data descriptors on the metatype would come first; the metatype
     * (type) has none reachable from Python yet beyond those above. */
    Value v = kr_type_lookup(t, name);
    if (v) {
        KrDescrGetFn get = kr_type_of(v)->descr_get;
        if (get)
            return get(th, v, KR_VALUE_NULL, obj);
        return v;
    }
    Value mv = kr_type_lookup(&kr_type_type, name);
    if (mv) {
        KrDescrGetFn get = kr_type_of(mv)->descr_get;
        return get ? get(th, mv, obj, kr_from_obj(&kr_type_type)) : mv;
    }
    kr_err_format(th, &kr_exc_AttributeError, "type object '%s' has no attribute '%U'",
                  t->name, name);
    return KR_VALUE_NULL;
}

static int type_setattr(Thread *th, Value obj, Str *name, Value value)
{
    Type *t = (Type *)kr_as_obj(obj);
    if (!(t->flags & KR_TYPE_HEAP)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    t->version = __atomic_fetch_add(&next_version, 1, __ATOMIC_RELAXED);
    __atomic_fetch_add(&th->vm->type_epoch, 1, __ATOMIC_RELAXED);
    if (!value) {
        int r = kr_dict_del(th, t->dict, kr_from_obj(name));
        if (r == 0)
            kr_err_format(th, &kr_exc_AttributeError, "%U", name);
        return r > 0 ? 0 : -1;
    }
    return kr_dict_set_str(th, t->dict, name, value);
}

static int type_hash(Thread *th, Value v, int64_t *h)
{
    *h = (int64_t)(v >> 4);
    return 0;
}

static Value type_mro_method(Thread *th, Value self, const Value *args, size_t nargs,
                             Tuple *kwnames)
{
    Type *t = (Type *)kr_as_obj(args[0]);
    List *l = kr_list_from_array(th, t->mro->items, t->mro->size);
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, "($self, /)", "Return a type's method resolution order.", 0},
    {0},
};

Type kr_type_type = {
    .hdr = {&kr_type_type},
    .name = "type",
    .size = sizeof(Type),
    .flags = KR_TYPE_IMMUTABLE | KR_TYPE_TYPE_SUBCLASS | KR_TYPE_BASETYPE,
    .repr = type_repr,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .hash = type_hash,
    .methods = type_methods,
};

/* ---- the `object` type -------------------------------------------------- */

static Value object_repr(Thread *th, Value v)
{
    Type *t = kr_type_of(v);
    char buf[300];
    if (t->flags & KR_TYPE_HEAP) {
        Value mod = kr_dict_get_str(t->dict, KR_NAME(th, __module__));
        const char *ms = mod && kr_is_str(mod) ? (const char *)kr_as_str(mod)->data : "?";
        snprintf(buf, sizeof buf, "<%s.%s object at %#llx>", ms,
                 t->qualname ? (const char *)t->qualname->data : t->name,
                 (unsigned long long)v);
    } else {
        snprintf(buf, sizeof buf, "<%s object at %#llx>", t->name, (unsigned long long)v);
    }
    return str_or_none(th, buf);
}

static Value object_str(Thread *th, Value v)
{
    return kr_type_of(v)->repr(th, v);
}

static int object_hash(Thread *th, Value v, int64_t *h)
{
    /* CPython: the address rotated right by 4 (Py_HashPointer). */
    uint64_t y = v;
    y = (y >> 4) | (y << 60);
    *h = (int64_t)y == -1 ? -2 : (int64_t)y;
    return 0;
}

static Value object_richcompare(Thread *th, Value a, Value b, int op)
{
    if (op == KR_EQ)
        return a == b ? KR_TRUE : KR_NOTIMPL;
    if (op == KR_NE) {
        /* By default, __ne__ inverts __eq__ (CPython object_richcompare). */
        KrRichCmpFn eq = kr_type_of(a)->richcompare;
        if (eq == object_richcompare)
            return a == b ? KR_FALSE : KR_NOTIMPL;
        Value r = eq(th, a, b, KR_EQ);
        if (!r || r == KR_NOTIMPL)
            return r;
        int t = kr_object_truth(th, r);
        return t < 0 ? KR_VALUE_NULL : kr_from_bool(!t);
    }
    return KR_NOTIMPL;
}

static Value object_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    if ((nargs || kwnames) && t->init == kr_object_type.init) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no arguments", t->name);
        return KR_VALUE_NULL;
    }
    Obj *o = kr_gc_alloc(t->size);
    if (!o) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    o->type = t;
    if (t->finalize)
        kr_mod_gc_track_del(o);   /* __del__ (modules/gc.c) */
    return kr_from_obj(o);
}

static int object_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    Type *t = kr_type_of(self);
    if ((nargs || kwnames) && t->new_ == object_new) {
        kr_err_format(th, &kr_exc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", t->name);
        return -1;
    }
    return 0;
}

Type kr_object_type = {
    .hdr = {&kr_type_type},
    .name = "object",
    .size = sizeof(Obj),
    .flags = KR_TYPE_IMMUTABLE | KR_TYPE_BASETYPE,
    .new_ = object_new,
    .init = object_init,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = kr_object_generic_getattr,
    .setattr = kr_object_generic_setattr,
};

/* ---- heap types: slots that call dunders --------------------------------- */

static Value call_dunder(Thread *th, Value self, Str *name, const Value *args, size_t nargs,
                         bool *found)
{
    Value f = kr_type_lookup(kr_type_of(self), name);
    *found = f != KR_VALUE_NULL;
    if (!f)
        return KR_VALUE_NULL;
    Value argv[4];
    argv[0] = self;
    for (size_t i = 0; i < nargs && i < 3; i++)
        argv[1 + i] = args[i];
    if (kr_is_function(f) || kr_is_type(f, &kr_method_descr_type) ||
        kr_is_type(f, &kr_wrapper_descr_type))
        return kr_vm_call(th, f, argv, nargs + 1, NULL);
    KrDescrGetFn get = kr_type_of(f)->descr_get;
    if (get) {
        f = get(th, f, self, kr_from_obj(kr_type_of(self)));
        if (!f)
            return KR_VALUE_NULL;
    }
    return kr_vm_call(th, f, argv + 1, nargs, NULL);
}

static Value slot_unary(Thread *th, Value self, int name_id)
{
    bool found;
    Value r = call_dunder(th, self, th->vm->names[name_id], NULL, 0, &found);
    if (!found && !kr_err_occurred(th))
        kr_err_format(th, &kr_exc_TypeError, "bad operand type for unary op: '%s'",
                      kr_type_name(self));
    return r;
}

static Value slot_repr(Thread *th, Value v) { return slot_unary(th, v, KR_NAME___repr__); }
static Value slot_str(Thread *th, Value v) { return slot_unary(th, v, KR_NAME___str__); }
static Value slot_neg(Thread *th, Value v) { return slot_unary(th, v, KR_NAME___neg__); }
static Value slot_pos(Thread *th, Value v) { return slot_unary(th, v, KR_NAME___pos__); }
static Value slot_invert(Thread *th, Value v) { return slot_unary(th, v, KR_NAME___invert__); }
static Value slot_abs(Thread *th, Value v) { return slot_unary(th, v, KR_NAME___abs__); }
static Value slot_index(Thread *th, Value v) { return slot_unary(th, v, KR_NAME___index__); }
static Value slot_float(Thread *th, Value v) { return slot_unary(th, v, KR_NAME___float__); }
static Value slot_iter(Thread *th, Value v) { return slot_unary(th, v, KR_NAME___iter__); }

static Value slot_next(Thread *th, Value v)
{
    Value r = slot_unary(th, v, KR_NAME___next__);
    if (!r && kr_err_matches(th, &kr_exc_StopIteration))
        kr_err_clear(th);
    return r;
}

static int slot_hash(Thread *th, Value v, int64_t *h)
{
    Value f = kr_type_lookup(kr_type_of(v), KR_NAME(th, __hash__));
    if (f == KR_NONE) {
        kr_err_format(th, &kr_exc_TypeError, "unhashable type: '%s'", kr_type_name(v));
        return -1;
    }
    bool found;
    Value r = call_dunder(th, v, KR_NAME(th, __hash__), NULL, 0, &found);
    if (!r)
        return -1;
    if (!kr_is_smallint(r)) {
        if (kr_is_int(r)) {
            extern int64_t kr_int_hash(Value v);
            *h = kr_int_hash(r);
            return 0;
        }
        kr_err_set_string(th, &kr_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    *h = kr_as_smallint(r);
    if (*h == -1)
        *h = -2;
    return 0;
}

static int slot_bool(Thread *th, Value v)
{
    bool found;
    Value r = call_dunder(th, v, KR_NAME(th, __bool__), NULL, 0, &found);
    if (!found) {
        if (kr_err_occurred(th))
            return -1;
        r = call_dunder(th, v, KR_NAME(th, __len__), NULL, 0, &found);
        if (!found)
            return kr_err_occurred(th) ? -1 : 1;
        if (!r)
            return -1;
        return kr_object_truth(th, r);
    }
    if (!r)
        return -1;
    if (!kr_is_bool(r)) {
        kr_err_format(th, &kr_exc_TypeError, "__bool__ should return bool, returned %s",
                      kr_type_name(r));
        return -1;
    }
    return r == KR_TRUE;
}

static int slot_len(Thread *th, Value v, int64_t *len)
{
    bool found;
    Value r = call_dunder(th, v, KR_NAME(th, __len__), NULL, 0, &found);
    if (!r)
        return -1;
    if (!kr_is_smallint(r)) {
        kr_err_format(th, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name(r));
        return -1;
    }
    *len = kr_as_smallint(r);
    if (*len < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return 0;
}

static Value slot_getitem(Thread *th, Value v, Value key)
{
    bool found;
    return call_dunder(th, v, KR_NAME(th, __getitem__), &key, 1, &found);
}

static int slot_setitem(Thread *th, Value v, Value key, Value value)
{
    bool found;
    Value args[2] = {key, value};
    Value r = value ? call_dunder(th, v, KR_NAME(th, __setitem__), args, 2, &found)
                    : call_dunder(th, v, KR_NAME(th, __delitem__), args, 1, &found);
    if (!found && !kr_err_occurred(th))
        kr_err_format(th, &kr_exc_TypeError, "'%s' object does not support item %s",
                      kr_type_name(v), value ? "assignment" : "deletion");
    return r ? 0 : -1;
}

static int slot_contains(Thread *th, Value v, Value item)
{
    bool found;
    Value r = call_dunder(th, v, KR_NAME(th, __contains__), &item, 1, &found);
    if (!r)
        return -1;
    return kr_object_truth(th, r);
}

static Value slot_call(Thread *th, Value callable, const Value *args, size_t nargs,
                       Tuple *kwnames)
{
    Value f = kr_type_lookup(kr_type_of(callable), KR_NAME(th, __call__));
    if (!f)
        return kr_err_type_error(th, "'%s' object is not callable", kr_type_name(callable));
    Value bound = kr_method_new(th, f, callable);
    if (!bound)
        return KR_VALUE_NULL;
    return kr_object_call(th, bound, args, nargs, kwnames);
}

static const int richcmp_names[] = {
    [KR_LT] = KR_NAME___lt__, [KR_LE] = KR_NAME___le__, [KR_EQ] = KR_NAME___eq__,
    [KR_NE] = KR_NAME___ne__, [KR_GT] = KR_NAME___gt__, [KR_GE] = KR_NAME___ge__,
};

static Value slot_richcompare(Thread *th, Value a, Value b, int op)
{
    bool found;
    Value r = call_dunder(th, a, th->vm->names[richcmp_names[op]], &b, 1, &found);
    if (!found && !kr_err_occurred(th))
        return kr_object_type.richcompare(th, a, b, op);
    return r;
}

static Value slot_getattr_hook(Thread *th, Value obj, Str *name)
{
    Value r = kr_object_generic_getattr(th, obj, name);
    if (r || !kr_err_matches(th, &kr_exc_AttributeError))
        return r;
    Value f = kr_type_lookup(kr_type_of(obj), KR_NAME(th, __getattr__));
    if (!f)
        return r;
    kr_err_clear(th);
    bool found;
    Value n = kr_from_obj(name);
    return call_dunder(th, obj, KR_NAME(th, __getattr__), &n, 1, &found);
}

/* A class's own __getattribute__, with __getattr__ as the fallback on
 * AttributeError, as CPython's slot_tp_getattr_hook. */
static Value slot_getattribute(Thread *th, Value obj, Str *name)
{
    bool found;
    Value n = kr_from_obj(name);
    Value r = call_dunder(th, obj, KR_NAME(th, __getattribute__), &n, 1, &found);
    if (r || !kr_err_matches(th, &kr_exc_AttributeError))
        return r;
    if (!kr_type_lookup(kr_type_of(obj), KR_NAME(th, __getattr__)))
        return r;
    kr_err_clear(th);
    return call_dunder(th, obj, KR_NAME(th, __getattr__), &n, 1, &found);
}

/* __setattr__ / __delattr__ defined in Python (object's are slot wrappers,
 * found along the MRO when the class defines only one of the two). */
static int slot_setattr(Thread *th, Value obj, Str *name, Value value)
{
    bool found;
    Value args[2] = {kr_from_obj(name), value};
    Value r = value ? call_dunder(th, obj, KR_NAME(th, __setattr__), args, 2, &found)
                    : call_dunder(th, obj, KR_NAME(th, __delattr__), args, 1, &found);
    return r ? 0 : -1;
}

static int slot_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    Value f = kr_type_lookup(kr_type_of(self), KR_NAME(th, __init__));
    if (!f)
        return 0;
    Value r = kr_vm_call_method(th, f, self, args, nargs, kwnames);
    if (!r)
        return -1;
    if (!kr_is_none(r)) {
        kr_err_format(th, &kr_exc_TypeError, "__init__() should return None, not '%s'",
                      kr_type_name(r));
        return -1;
    }
    return 0;
}

/* Binary operators: a heap type's slot is called as slot(a, b) whichever
 * side the instance is on (CPython's SLOT1BINFULL): if a is ours, try
 * a.__op__(b); if b is ours, try b.__rop__(a). */
static const char *const binop_names[KR_BINOP_COUNT][3] = {
    {"__add__", "__radd__", "__iadd__"},       {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},       {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__mod__", "__rmod__", "__imod__"},
    {"__pow__", "__rpow__", "__ipow__"},       {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__rshift__", "__rrshift__", "__irshift__"}, {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},       {"__and__", "__rand__", "__iand__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
};

static Value slot_binop_n(Thread *th, Value a, Value b, int op)
{
    Type *ta = kr_type_of(a), *tb = kr_type_of(b);
    bool found;
    if (ta->binop[op] && (ta->flags & KR_TYPE_HEAP)) {
        Str *n = kr_str_intern_cstr(th, binop_names[op][0]);
        if (!n)
            return KR_VALUE_NULL;
        Value r = call_dunder(th, a, n, &b, 1, &found);
        if (found || kr_err_occurred(th)) {
            if (!r || r != KR_NOTIMPL)
                return r;
        }
    }
    if (tb != ta && (tb->flags & KR_TYPE_HEAP)) {
        Str *n = kr_str_intern_cstr(th, binop_names[op][1]);
        if (!n)
            return KR_VALUE_NULL;
        Value r = call_dunder(th, b, n, &a, 1, &found);
        if (found || kr_err_occurred(th))
            return r;
    }
    return KR_NOTIMPL;
}

static Value slot_inplace_n(Thread *th, Value a, Value b, int op)
{
    bool found;
    Str *n = kr_str_intern_cstr(th, binop_names[op][2]);
    if (!n)
        return KR_VALUE_NULL;
    Value r = call_dunder(th, a, n, &b, 1, &found);
    if (!found && !kr_err_occurred(th))
        return KR_NOTIMPL;
    return r;
}

#define BINOP_TRAMPOLINES(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12)
#define DEFINE_TRAMPOLINE(i)                                                    \
    static Value slot_binop_##i(Thread *th, Value a, Value b) { return slot_binop_n(th, a, b, i); } \
    static Value slot_inplace_##i(Thread *th, Value a, Value b) { return slot_inplace_n(th, a, b, i); }
BINOP_TRAMPOLINES(DEFINE_TRAMPOLINE)
#define NAME_TRAMPOLINE(i) slot_binop_##i,
static const KrBinaryFn slot_binops[KR_BINOP_COUNT] = {BINOP_TRAMPOLINES(NAME_TRAMPOLINE)};
#undef NAME_TRAMPOLINE
#define NAME_TRAMPOLINE(i) slot_inplace_##i,
static const KrBinaryFn slot_inplaces[KR_BINOP_COUNT] = {BINOP_TRAMPOLINES(NAME_TRAMPOLINE)};
#undef NAME_TRAMPOLINE

/* A class's __new__: looked up (a staticmethod, see fill_slots) and called
 * with the class first, as CPython's slot_tp_new. */
static Value slot_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    Value f = kr_type_lookup(t, KR_NAME(th, __new__));
    if (!f)
        return object_new(th, t, args, nargs, kwnames);
    KrDescrGetFn get = kr_type_of(f)->descr_get;
    if (get && !(f = get(th, f, KR_VALUE_NULL, kr_from_obj(t))))
        return KR_VALUE_NULL;
    size_t n = nargs + (kwnames ? (size_t)kwnames->size : 0);
    Value small[8];
    Value *argv = n + 1 <= 8 ? small : kr_gc_alloc(sizeof(Value) * (n + 1));
    if (!argv) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    argv[0] = kr_from_obj(t);
    kr_values_copy(argv + 1, args, n);
    return kr_vm_call(th, f, argv, nargs + 1, kwnames);
}

static bool ns_has(Dict *ns, Str *name)
{
    return kr_dict_get_str(ns, name) != KR_VALUE_NULL;
}

/* Point the slots of t at trampolines for each dunder its namespace has. */
static int fill_slots(Thread *th, Type *t, Dict *ns)
{
#define HAS(n) ns_has(ns, KR_NAME(th, n))
    if (HAS(__repr__)) t->repr = slot_repr;
    if (HAS(__str__)) t->str = slot_str;
    if (HAS(__neg__)) t->neg = slot_neg;
    if (HAS(__pos__)) t->pos = slot_pos;
    if (HAS(__invert__)) t->invert = slot_invert;
    if (HAS(__abs__)) t->abs = slot_abs;
    if (HAS(__index__)) t->index = slot_index;
    if (HAS(__float__)) t->float_ = slot_float;
    if (HAS(__iter__)) t->iter = slot_iter;
    if (HAS(__next__)) t->next = slot_next;
    if (HAS(__bool__) || HAS(__len__)) t->bool_ = slot_bool;
    if (HAS(__len__)) t->len = slot_len;
    if (HAS(__getitem__)) t->getitem = slot_getitem;
    if (HAS(__setitem__) || HAS(__delitem__)) t->setitem = slot_setitem;
    if (HAS(__contains__)) t->contains = slot_contains;
    if (HAS(__call__)) t->call = slot_call;
    if (HAS(__init__)) t->init = slot_init;
    if (HAS(__new__)) {
        /* __new__ is implicitly a staticmethod (CPython type_new). */
        Value f = kr_dict_get_str(ns, KR_NAME(th, __new__));
        if (kr_is_function(f)) {
            extern Type kr_staticmethod_type;
            Value sm = kr_staticmethod_type.new_(th, &kr_staticmethod_type, &f, 1, NULL);
            if (!sm || kr_dict_set_str(th, ns, KR_NAME(th, __new__), sm) < 0)
                return -1;
        }
        t->new_ = slot_new;
    }
    /* __del__: run by the collector's finalizers (modules/gc.c). */
    Str *del = kr_str_intern_cstr(th, "__del__");
    if (!del)
        return -1;
    if (ns_has(ns, del)) t->finalize = kr_mod_gc_slot_del;
    if (HAS(__getattr__)) t->getattr = slot_getattr_hook;
    if (HAS(__getattribute__)) t->getattr = slot_getattribute;
    if (HAS(__setattr__) || HAS(__delattr__)) t->setattr = slot_setattr;
    if (HAS(__eq__) || HAS(__ne__) || HAS(__lt__) || HAS(__le__) || HAS(__gt__) || HAS(__ge__))
        t->richcompare = slot_richcompare;
    if (HAS(__hash__) || (HAS(__eq__) && !HAS(__hash__))) {
        if (HAS(__eq__) && !HAS(__hash__) && kr_dict_set_str(th, ns, KR_NAME(th, __hash__), KR_NONE) < 0)
            return -1;
        t->hash = slot_hash;
    }
#undef HAS
    for (int i = 0; i < KR_BINOP_COUNT; i++) {
        for (int k = 0; k < 3; k++) {
            Str *n = kr_str_intern_cstr(th, binop_names[i][k]);
            if (!n)
                return -1;
            if (ns_has(ns, n)) {
                if (k < 2)
                    t->binop[i] = slot_binops[i];
                else
                    t->inplace[i] = slot_inplaces[i];
            }
        }
    }
    return 0;
}

/* C3 linearisation (CPython's mro_internal). */
static Tuple *compute_mro(Thread *th, Type *t, Tuple *bases)
{
    int64_t nb = bases->size;
    /* Sequences to merge: each base's MRO, then the bases list. */
    List *result = kr_list_new(th, 0);
    if (!result || kr_list_append(th, result, kr_from_obj(t)) < 0)
        return NULL;
    int64_t *pos = kr_gc_alloc_atomic(sizeof(int64_t) * (size_t)(nb + 1));
    if (!pos) {
        kr_err_no_memory(th);
        return NULL;
    }
    memset(pos, 0, sizeof(int64_t) * (size_t)(nb + 1));
#define SEQ(i) ((i) < nb ? ((Type *)kr_as_obj(bases->items[i]))->mro : bases)
    for (;;) {
        bool empty = true;
        Value cand = 0;
        for (int64_t i = 0; i <= nb; i++) {
            Tuple *s = SEQ(i);
            if (pos[i] >= s->size)
                continue;
            empty = false;
            Value c = s->items[pos[i]];
            bool in_tail = false;
            for (int64_t j = 0; j <= nb && !in_tail; j++) {
                Tuple *sj = SEQ(j);
                for (int64_t k = pos[j] + 1; k < sj->size; k++)
                    if (sj->items[k] == c) {
                        in_tail = true;
                        break;
                    }
            }
            if (!in_tail) {
                cand = c;
                break;
            }
        }
        if (empty)
            break;
        if (!cand) {
            kr_err_set_string(th, &kr_exc_TypeError,
                              "Cannot create a consistent method resolution order (MRO)");
            return NULL;
        }
        if (kr_list_append(th, result, cand) < 0)
            return NULL;
        for (int64_t i = 0; i <= nb; i++) {
            Tuple *s = SEQ(i);
            if (pos[i] < s->size && s->items[pos[i]] == cand)
                pos[i]++;
        }
    }
#undef SEQ
    return kr_tuple_from_array(th, result->items, result->size);
}

Value kr_type_new_heap(Thread *th, Str *name, Tuple *bases, Dict *ns)
{
    Value objv = kr_from_obj(&kr_object_type);
    if (bases->size == 0) {
        bases = kr_tuple_from_array(th, &objv, 1);
        if (!bases)
            return KR_VALUE_NULL;
    }
    Type *base = NULL;
    for (int64_t i = 0; i < bases->size; i++) {
        Value b = bases->items[i];
        if (!kr_is_obj(b) || !(kr_type_of(b)->flags & KR_TYPE_TYPE_SUBCLASS))
            return kr_err_type_error(th, "bases must be types");
        Type *bt = (Type *)kr_as_obj(b);
        if (!(bt->flags & KR_TYPE_BASETYPE)) {
            kr_err_format(th, &kr_exc_TypeError, "type '%s' is not an acceptable base type",
                          bt->name);
            return KR_VALUE_NULL;
        }
        /* The solid base: the one with the largest instance layout. */
        if (!base || bt->size > base->size)
            base = bt;
    }
    Type *t = kr_gc_alloc(sizeof(Type));
    if (!t) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    t->hdr.type = &kr_type_type;
    size_t nlen;
    const char *n8 = kr_str_utf8(th, name, &nlen);
    if (!n8)
        return KR_VALUE_NULL;
    t->name = n8;
    t->qualname = name;
    Value qn = kr_dict_get_str(ns, KR_NAME(th, __qualname__));
    if (qn && kr_is_str(qn)) {
        t->qualname = kr_as_str(qn);
        if (kr_dict_del(th, ns, qn ? kr_from_obj(KR_NAME(th, __qualname__)) : 0) < 0)
            return KR_VALUE_NULL;
    }
    t->flags = KR_TYPE_HEAP | KR_TYPE_BASETYPE | KR_TYPE_READY;
    t->base = base;
    t->bases = bases;
    t->size = base->size;
    t->dict_offset = base->dict_offset;
    if (!t->dict_offset) {
        t->dict_offset = (base->size + 7) & ~(size_t)7;
        t->size = t->dict_offset + sizeof(Dict *);
    }
    inherit_slots(t, base);
    if (t->getattr == kr_object_generic_getattr || !t->getattr)
        t->getattr = kr_object_generic_getattr;
    t->mro = compute_mro(th, t, bases);
    if (!t->mro)
        return KR_VALUE_NULL;
    t->dict = ns;
    if (fill_slots(th, t, ns) < 0)
        return KR_VALUE_NULL;
    t->version = __atomic_fetch_add(&next_version, 1, __ATOMIC_RELAXED);
    return kr_from_obj(t);
}
