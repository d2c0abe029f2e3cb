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
 * MRO: heap types use C3 linearisation over their bases, as CPython, or
 * what their metaclass's mro() returns.
 *
 * The class-creation protocol (type.__new__, __init_subclass__,
 * __set_name__, metaclass calculation) is the last section; vm.c holds
 * builtins.__build_class__, which a class statement calls.  Assigning a
 * dunder, __bases__, __name__ or __qualname__ on a class, and __class__
 * on an instance, are checked here with CPython's messages; the first two
 * re-derive the slots of the class and of its subclasses, which each
 * type lists weakly (__subclasses__()).
 *
 * Version tags are assigned here (a per-process counter); caches that key
 * on them arrive with specialisation.
 */
#include "objects/object.h"

#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/argparse.h"
#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/doctab.h"
#include "objects/mappingproxy.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/object_methods.h"
#include "objects/genericalias.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicodeerror.h"
#include "objects/list.h"
#include "objects/shape.h"
#include "objects/slotwrap.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/module.h"
#include "modules/gcmodule.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "core/unicode.h"
#include "vm/frame.h"
#include "vm/thread_lock.h"

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

Value kr_type_lookup_cached(Thread *th, Type *t, Str *name)
{
    /* both are collector addresses, alike in their low and high bits: a
     * multiplicative hash spreads them over the whole table (the xor of
     * the shifted addresses alone left many classes of one module
     * fighting over a few entries) */
    uint64_t h = (((uintptr_t)t >> 4) ^ ((uintptr_t)name << 5)) * 0x9E3779B97F4A7C15ull;
    LookupCacheEntry *e = &th->lookup_cache[h >> (64 - KR_LOOKUP_CACHE_BITS)];
    uint64_t epoch = __atomic_load_n(&th->vm->type_epoch, __ATOMIC_RELAXED);
    if (e->type == t && e->name == name && e->epoch == epoch)
        return e->value;
    Value v = kr_type_lookup(t, name);
    e->type = t;
    e->name = name;
    e->epoch = epoch;
    e->value = v;
    return v;
}

/* The per-thread cached lookup once the class's MRO exists (a class
 * still being made has none yet, and its answers would be cached
 * against the epoch that its finished MRO does not bump). */
static inline Value lookup(Thread *th, Type *t, Str *name)
{
    return t->mro ? kr_type_lookup_cached(th, t, name) : kr_type_lookup(t, name);
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
    X(abs) X(index) X(int_) X(float_) X(as_buffer)

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
    t->flags |= b->flags & KR_TYPE_INHERITED_FLAGS;
}

/* A member descriptor: one MemberDef of a builtin type. */
typedef struct MemberDescr {
    Obj hdr;
    const MemberDef *def;
    Type *owner;
} MemberDescr;

/* Where a member's Value lives: slots of str/bytes/tuple subclasses sit
 * past the items (object.c, instance storage). */
static Value *member_addr(const MemberDescr *d, Value obj)
{
    Obj *o = kr_as_obj(obj);
    size_t shift = d->def->flags & KR_MEMBER_SLOT ? kr_object_ext_shift(o) : 0;
    return (Value *)((char *)o + d->def->offset + shift);
}

/* CPython's descr_check: a member of A applies only to instances of A
 * (float.real.__get__('x') must not read a str as a float). */
static bool member_applies(Thread *th, const MemberDescr *d, Value obj)
{
    if (kr_isinstance_type(obj, d->owner))
        return true;
    kr_err_format(th, &kr_exc_TypeError,
                  "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  d->def->name, d->owner->name, kr_type_name(obj));
    return false;
}

static Value member_get(Thread *th, Value descr, Value obj, Value type)
{
    MemberDescr *d = (MemberDescr *)kr_as_obj(descr);
    if (!obj)
        return descr;
    if (!member_applies(th, d, obj))
        return KR_VALUE_NULL;
    if (d->def->get)
        return d->def->get(th, obj);
    Value v = *member_addr(d, obj);
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
    if (d->def->get && !d->def->set && !(d->def->flags & KR_MEMBER_READONLY)) {
        /* a getset without setter (int.real), as opposed to a read-only
         * member (range.start, flagged READONLY): CPython words them so */
        kr_err_format(th, &kr_exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                      d->def->name, d->owner->name);
        return -1;
    }
    if ((d->def->flags & KR_MEMBER_READONLY) || (!d->def->set && !d->def->offset)) {
        kr_err_format(th, &kr_exc_AttributeError, "readonly attribute");
        return -1;
    }
    if (!member_applies(th, d, obj))
        return -1;
    if (d->def->set)
        return d->def->set(th, obj, NULL, value);
    Value *p = member_addr(d, obj);
    if (!value && !*p && (d->def->flags & KR_MEMBER_SLOT)) {
        kr_err_format(th, &kr_exc_AttributeError, "%s", d->def->name);
        return -1;
    }
    *p = value;
    return 0;
}

static Value member_repr(Thread *th, Value v)
{
    MemberDescr *d = (MemberDescr *)kr_as_obj(v);
    char buf[256];
    snprintf(buf, sizeof buf, kr_is_type(v, &kr_getset_descr_type) ? "<attribute '%s' of '%s' objects>"
                                                                    : "<member '%s' of '%s' objects>",
             d->def->name, d->owner->name);
    Str *s = kr_str_from_cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value type_special_attr(Thread *th, Type *t, Str *name);

static Value member_name(Thread *th, Value v)
{
    Str *s = kr_str_from_cstr(th, ((MemberDescr *)kr_as_obj(v))->def->name);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value member_qualname(Thread *th, Value v)
{
    MemberDescr *d = (MemberDescr *)kr_as_obj(v);
    Value owner = type_special_attr(th, d->owner, KR_NAME(th, __qualname__));
    if (!owner || !kr_is_str(owner))
        return owner ? kr_err_type_error(th, "<descriptor>.__objclass__.__qualname__ is not a unicode object")
                     : KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    kr_str_to_buf(&b, kr_as_str(owner));
    kr_buf_printf(&b, ".%s", d->def->name);
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value member_objclass(Thread *th, Value v)
{
    return kr_from_obj(((MemberDescr *)kr_as_obj(v))->owner);
}

static Value member_doc(Thread *th, Value v)
{
    const char *doc = ((MemberDescr *)kr_as_obj(v))->def->doc;
    Str *s = doc ? kr_str_from_cstr(th, doc) : NULL;
    return s ? kr_from_obj(s) : doc ? KR_VALUE_NULL : KR_NONE;
}

/* what inspect reads of a descriptor: the name and the class it belongs to */
static const MemberDef member_members[] = {
    {"__name__", 0, member_name, NULL, NULL, KR_MEMBER_READONLY},
    {"__qualname__", 0, member_qualname, NULL, NULL, KR_MEMBER_READONLY},
    {"__objclass__", 0, member_objclass, NULL, NULL, KR_MEMBER_READONLY},
    {"__doc__", 0, member_doc, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Type kr_member_descr_type = {
    .name = "member_descriptor",
    .size = sizeof(MemberDescr),
    .flags = KR_TYPE_IMMUTABLE,
    .descr_get = member_get,
    .descr_set = member_set,
    .repr = member_repr,
    .members = member_members,
};

/* A computed attribute (a MemberDef with a getter and not flagged
 * READONLY: float.real, a class's __dict__) is a getset_descriptor, as in
 * CPython; it behaves as a member descriptor, only its type and repr
 * differ. */
Type kr_getset_descr_type = {
    .name = "getset_descriptor",
    .size = sizeof(MemberDescr),
    .flags = KR_TYPE_IMMUTABLE,
    .descr_get = member_get,
    .descr_set = member_set,
    .repr = member_repr,
    .members = member_members,
};

bool kr_is_member_descr(Value v)
{
    return kr_is_type(v, &kr_member_descr_type) || kr_is_type(v, &kr_getset_descr_type);
}

Value kr_member_descr_new(Thread *th, const MemberDef *def, Type *owner)
{
    MemberDescr *d = kr_gc_alloc(sizeof *d);
    if (!d) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    bool getset = def->get && !(def->flags & (KR_MEMBER_READONLY | KR_MEMBER_PLAIN));
    d->hdr.type = getset ? &kr_getset_descr_type : &kr_member_descr_type;
    d->def = def;
    d->owner = owner;
    return kr_from_obj(d);
}

/* For the interpreter's attribute caches (vm/interp.c, helper "perfa"):
 * the byte offset of a plain __slots__ entry, read and written as a bare
 * Value, or -1 for any other descriptor. */
int64_t kr_type_slot_offset(Value descr)
{
    if (!kr_is_obj(descr) || kr_type_of(descr) != &kr_member_descr_type)
        return -1;
    const MemberDef *def = ((MemberDescr *)kr_as_obj(descr))->def;
    if (!(def->flags & KR_MEMBER_SLOT) || (def->flags & KR_MEMBER_READONLY) || def->get ||
        def->set || !def->offset)
        return -1;
    return (int64_t)def->offset;
}

/* A builtin classmethod (int.from_bytes, dict.fromkeys) is a
 * classmethod_descriptor (classmethod_descr.c): bound to the class it is
 * looked up on, so a subclass receives itself as args[0]. */
Value kr_classmethod_descr_new(Thread *th, const MethodDef *def, Type *owner);

static int add_methods(Thread *th, Type *t)
{
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Value v;
        if (m->flags & KR_METH_STATIC) {
            /* no self, but the owner names it (str.maketrans: __qualname__,
             * repr, pickling as getattr(str, 'maketrans')) */
            v = kr_builtin_new(th, m, KR_VALUE_NULL, KR_VALUE_NULL);
            if (v)
                ((Builtin *)kr_as_obj(v))->owner = t;
        } else if (m->flags & KR_METH_CLASS) {
            v = kr_classmethod_descr_new(th, m, t);
        } else
            v = kr_method_descr_new(th, m, t);
        Str *name = v ? kr_str_intern_cstr(th, m->name) : NULL;
        if (!name || kr_dict_set_str(th, t->dict, name, v) < 0)
            return -1;
    }
    for (const MemberDef *m = t->members; m && m->name; m++) {
        Value d = kr_member_descr_new(th, m, t);
        Str *name = d ? kr_str_intern_cstr(th, m->name) : NULL;
        if (!name || kr_dict_set_str(th, t->dict, name, d) < 0)
            return -1;
    }
    return 0;
}

/* A type's doc may open with its signature, CPython's internal doc
 * format "name(sig)\n--\n\n" then the text: the end of the signature's
 * ")" (*sig: where it starts, past the name; *text: where the text
 * starts), or NULL. */
static const char *doc_signature(const char *tname, const char *doc, const char **sig,
                                 const char **text)
{
    const char *dot = strrchr(tname, '.');
    const char *name = dot ? dot + 1 : tname;
    size_t n = strlen(name);
    if (!doc || strncmp(doc, name, n) != 0 || doc[n] != '(')
        return NULL;
    const char *end = strstr(doc, ")\n--\n\n");
    if (!end)
        return NULL;
    *sig = doc + n;
    *text = end + 6;
    return end + 1;
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
    /* A builtin type's __doc__ is its doc text, or None, as CPython's
     * type_ready makes it without tp_doc (None.__doc__ must work: enum's
     * DynamicClassAttribute reads it).  Types whose instances answer
     * __doc__ in their own getattr (functions, methods) get no None; the
     * class's own __doc__ is type_get_doc's, never object's inherited. */
    const char *sig, *text = t->doc;
    if (t->doc && !doc_signature(t->name, t->doc, &sig, &text))
        text = t->doc;           /* the signature is __text_signature__'s */
    Str *doc = t->doc ? kr_str_from_cstr(th, text) : NULL;
    if (t->doc && (!doc || kr_dict_set_str(th, t->dict, KR_NAME(th, __doc__), kr_from_obj(doc)) < 0))
        return -1;
    if (t != &kr_object_type && (!t->getattr || t->getattr == kr_object_generic_getattr) &&
        !kr_dict_get_str(t->dict, KR_NAME(th, __doc__)) &&
        kr_dict_set_str(th, t->dict, KR_NAME(th, __doc__), KR_NONE) < 0)
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

/* type.__call__ (CPython type_call): type(x) is the one-argument form, only
 * for `type` itself; otherwise __new__, then __init__ when __new__
 * returned an instance of the class called. */
static Value type_call(Thread *th, Value callable, const Value *args, size_t nargs,
                       Tuple *kwnames)
{
    Type *t = (Type *)kr_as_obj(callable);
    if (t == &kr_type_type) {
        if (nargs == 1) {
            if (kwnames && kwnames->size)
                return kr_err_type_error(th, "type() takes no keyword arguments");
            return kr_from_obj(kr_type_of(args[0]));
        }
        if (nargs != 3)
            return kr_err_type_error(th, "type() takes 1 or 3 arguments");
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

/* The attributes CPython computes with getsets on type: data descriptors
 * of the metatype, so they come first.  KR_VALUE_NULL, no error: not one. */
static int type_setattr(Thread *th, Value obj, Str *name, Value value);

/* C.__annotations__ (helper "builtins"): the class's own, never a base's;
 * a class without one gets an empty dict on first access, a builtin type
 * has none (CPython's type_get_annotations). */
static Value type_annotations(Thread *th, Type *t)
{
    Str *name = KR_NAME(th, __annotations__);
    Value v = kr_dict_get_str(t->dict, name);
    if (v) {
        KrDescrGetFn get = kr_type_of(v)->descr_get;
        return get ? get(th, v, KR_VALUE_NULL, kr_from_obj(t)) : v;
    }
    if (!(t->flags & KR_TYPE_HEAP)) {
        kr_err_format(th, &kr_exc_AttributeError, "type object '%s' has no attribute '%U'",
                      t->name, name);
        return KR_VALUE_NULL;
    }
    Dict *d = kr_dict_new(th);
    if (!d || type_setattr(th, kr_from_obj(t), name, kr_from_obj(d)) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(d);
}

static Value type_special_attr(Thread *th, Type *t, Str *name)
{
    if (name == KR_NAME(th, __name__)) {
        if (t->flags & KR_TYPE_HEAP) {
            /* a top-level class's __qualname__ is its __name__: that str,
             * not a fresh one per read (`type(o).__name__` in hot code) */
            Str *q = t->qualname;
            size_t n = strlen(t->name);
            if (q && q->hdr.type == &kr_str_type && q->ascii && (size_t)q->len == n &&
                memcmp(q->data, t->name, n) == 0)
                return kr_from_obj(q);
            /* a nested class's too: the same str each read, as CPython's
             * ht_name (inspect.classify_class_attrs compares with `is`) */
            Str *r = kr_str_intern_cstr(th, t->name);
            return r ? kr_from_obj(r) : KR_VALUE_NULL;
        }
        const char *dot = strrchr(t->name, '.');
        return str_or_none(th, dot ? dot + 1 : t->name);
    }
    if (name == KR_NAME(th, __qualname__)) {
        if (t->qualname)
            return kr_from_obj(t->qualname);
        /* sre: a static type's qualname drops its module, as __name__ does */
        const char *dot = t->flags & KR_TYPE_HEAP ? NULL : strrchr(t->name, '.');
        return str_or_none(th, dot ? dot + 1 : t->name);
    }
    if (name == KR_NAME(th, __mro__))      /* None while a metaclass mro() runs */
        return t->mro ? kr_from_obj(t->mro) : KR_NONE;
    if (name == KR_NAME(th, __bases__)) {
        if (t->bases)
            return kr_from_obj(t->bases);
        /* a builtin type not made ready yet: its one base, as it will be */
        Value b = t->base ? kr_from_obj(t->base) : KR_VALUE_NULL;
        Tuple *bt = kr_tuple_from_array(th, &b, t->base ? 1 : 0);
        return bt ? kr_from_obj(bt) : KR_VALUE_NULL;
    }
    if (name == KR_NAME(th, __base__))
        return t->base ? kr_from_obj(t->base) : KR_NONE;
    if (name == KR_NAME(th, __dict__))   /* read-only (helper "imp") */
        return kr_mappingproxy_new(th, kr_from_obj(t->dict));
    if (name == KR_NAME(th, __abstractmethods__)) {
        /* the class's own entry only (set by abc.ABCMeta); never type's */
        Value v = t != &kr_type_type ? kr_dict_get_str(t->dict, name) : KR_VALUE_NULL;
        if (!v)
            kr_err_set_object(th, &kr_exc_AttributeError, kr_from_obj(name));
        return v;
    }
    if (name == KR_NAME(th, __module__) && !(t->flags & KR_TYPE_HEAP)) {
        /* "sys.version_info": module sys, as CPython's type_module */
        const char *dot = strrchr(t->name, '.');
        if (!dot)
            return str_or_none(th, "builtins");
        Str *m = kr_str_from_utf8(th, t->name, (size_t)(dot - t->name));
        return m ? kr_from_obj(m) : KR_VALUE_NULL;
    }
    if (name == KR_NAME(th, __annotations__))
        return type_annotations(th, t);
    return KR_VALUE_NULL;
}

/* C.__doc__, as CPython's getset on type (type_get_doc): the class's own
 * __doc__ (bound to no instance if it is a descriptor), else None -- never
 * a base's, so a builtin type without a doc does not show object's. */
static Value type_get_doc(Thread *th, Type *t)
{
    Value v = kr_dict_get_str(t->dict, KR_NAME(th, __doc__));
    if (!v)
        return KR_NONE;
    KrDescrGetFn get = kr_type_of(v)->descr_get;
    return get ? get(th, v, KR_VALUE_NULL, kr_from_obj(t)) : v;
}

/* CPython's type_getattro: a data descriptor on the metatype, then the
 * class's own MRO (descriptors bound with no instance), then anything
 * else the metatype has. */
static Value type_getattr_impl(Thread *th, Value obj, Str *name, bool quiet)
{
    Type *t = (Type *)kr_as_obj(obj);
    Value v = type_special_attr(th, t, name);
    if (v || kr_err_occurred(th))
        return v;
    Type *meta = kr_type_of(obj);
    Value mv = lookup(th, meta, name);
    KrDescrGetFn meta_get = NULL;
    if (mv) {
        Type *mt = kr_type_of(mv);
        meta_get = mt->descr_get;
        if (meta_get && mt->descr_set)
            return meta_get(th, mv, obj, kr_from_obj(meta));
    }
    if (name == KR_NAME(th, __doc__))
        return type_get_doc(th, t);
    v = lookup(th, t, name);
    if (v) {
        KrDescrGetFn get = kr_type_of(v)->descr_get;
        return get ? get(th, v, KR_VALUE_NULL, obj) : v;
    }
    if (meta_get)
        return meta_get(th, mv, obj, kr_from_obj(meta));
    if (mv)
        return mv;
    if (!quiet)
        kr_err_format(th, &kr_exc_AttributeError, "type object '%s' has no attribute '%U'",
                      t->name, name);
    return KR_VALUE_NULL;
}

static Value type_getattr(Thread *th, Value obj, Str *name)
{
    return type_getattr_impl(th, obj, name, false);
}

static Value type_lookupattr(Thread *th, Value obj, Str *name)
{
    return type_getattr_impl(th, obj, name, true);
}

static bool is_dunder(const Str *name)
{
    int64_t n = name->len;
    return n > 4 && kr_str_char(name, 0) == '_' && kr_str_char(name, 1) == '_' &&
           kr_str_char(name, n - 1) == '_' && kr_str_char(name, n - 2) == '_';
}

static int set_bases(Thread *th, Type *t, Value value);

/* C.__abstractmethods__ = names: kept in the class's dict; a true value
 * makes object.__new__ refuse the class (CPython's type_set_abstractmethods). */
static int set_abstractmethods(Thread *th, Type *t, Value value)
{
    int truth = value ? kr_object_truth(th, value) : 0;
    if (truth < 0)
        return -1;
    Str *name = KR_NAME(th, __abstractmethods__);
    if (value) {
        if (kr_dict_set_str(th, t->dict, name, value) < 0)
            return -1;
    } else {
        int r = kr_dict_del(th, t->dict, kr_from_obj(name));
        if (r == 0)
            kr_err_set_object(th, &kr_exc_AttributeError, kr_from_obj(name));
        if (r <= 0)
            return -1;
    }
    t->version = __atomic_fetch_add(&next_version, 1, __ATOMIC_RELAXED);
    if (truth)
        t->flags |= KR_TYPE_ABSTRACT;
    else
        t->flags &= ~(uint32_t)KR_TYPE_ABSTRACT;
    return 0;
}

static int refresh_slots(Thread *th, Type *t);

/* A UnicodeEncodeError for a lone surrogate in s, as CPython's
 * PyUnicode_AsUTF8 of a type's name or doc raises. */
static int check_utf8(Thread *th, Str *s)
{
    if (s->ascii)
        return 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c >= 0xD800 && c <= 0xDFFF) {
            kr_unicodeerror_encode(th, "utf-8", s, i, i + 1, "surrogates not allowed");
            return -1;
        }
    }
    return 0;
}

/* __name__ / __qualname__ / __bases__: checked, and stored in the type
 * itself (CPython's type_set_name ...).  1: not one of these. */
static int type_set_special(Thread *th, Type *t, Str *name, Value value)
{
    bool is_name = name == KR_NAME(th, __name__), is_qual = name == KR_NAME(th, __qualname__);
    bool is_bases = name == KR_NAME(th, __bases__);
    if (name == KR_NAME(th, __mro__) || name == KR_NAME(th, __base__)) {
        kr_err_set_string(th, &kr_exc_AttributeError, "readonly attribute");
        return -1;
    }
    if (name == KR_NAME(th, __dict__)) {
        kr_err_set_string(th, &kr_exc_AttributeError,
                          "attribute '__dict__' of 'type' objects is not writable");
        return -1;
    }
    if (name == KR_NAME(th, __abstractmethods__))
        return set_abstractmethods(th, t, value);
    if (!is_name && !is_qual && !is_bases)
        return 1;
    if (!value) {
        kr_err_format(th, &kr_exc_TypeError,
                      "cannot delete '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    if (is_bases)
        return set_bases(th, t, value);
    if (!kr_str_check(value)) {
        kr_err_format(th, &kr_exc_TypeError, "can only assign string to %s.%U, not '%s'",
                      t->name, name, kr_type_name(value));
        return -1;
    }
    /* a str subclass instance names the type by its text */
    if (!kr_is_str(value) && !(value = kr_object_builtin_self(th, &kr_str_type, value)))
        return -1;
    if (is_qual) {
        t->qualname = kr_as_str(value);
        return 0;
    }
    size_t len;
    const char *u = check_utf8(th, kr_as_str(value)) < 0 ? NULL
                                                         : kr_str_utf8(th, kr_as_str(value), &len);
    if (!u)
        return -1;
    if (strlen(u) != len) {
        kr_err_set_string(th, &kr_exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    t->name = u;
    return 0;
}

static int type_setattr(Thread *th, Value obj, Str *name, Value value)
{
    Type *t = (Type *)kr_as_obj(obj);
    if (!(t->flags & KR_TYPE_HEAP)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    /* A data descriptor on the metatype (a property of a metaclass). */
    Value mv = kr_type_lookup(kr_type_of(obj), name);
    if (mv && kr_type_of(mv)->descr_set)
        return kr_type_of(mv)->descr_set(th, mv, obj, value);
    int r = type_set_special(th, t, name, value);
    if (r <= 0)
        return r;
    t->version = __atomic_fetch_add(&next_version, 1, __ATOMIC_RELAXED);
    __atomic_fetch_add(&th->vm->type_epoch, 1, __ATOMIC_RELAXED);
    if (!value) {
        r = kr_dict_del(th, t->dict, kr_from_obj(name));
        if (r == 0)
            kr_err_format(th, &kr_exc_AttributeError, "type object '%s' has no attribute '%U'",
                          t->name, name);
        if (r <= 0)
            return -1;
    } else if (kr_dict_set_str(th, t->dict, name, value) < 0) {
        return -1;
    }
    return is_dunder(name) ? refresh_slots(th, t) : 0;
}

/* "Can't instantiate abstract class C with abstract methods a, b". */
static Value abstract_error(Thread *th, Type *t)
{
    Value am = kr_dict_get_str(t->dict, KR_NAME(th, __abstractmethods__));
    List *names = am ? kr_list_from_iterable(th, am) : NULL;
    if (!names || kr_list_sort(th, names, KR_VALUE_NULL, false) < 0)
        return KR_VALUE_NULL;
    Str *sep = kr_str_from_cstr(th, ", ");
    Str *joined = sep ? kr_str_join_array(th, sep, names->items, (size_t)names->size) : NULL;
    if (!joined)
        return KR_VALUE_NULL;
    kr_err_format(th, &kr_exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
                  t->name, names->size > 1 ? "s" : "", joined);
    return KR_VALUE_NULL;
}

static int type_hash(Thread *th, Value v, int64_t *h)
{
    *h = (int64_t)(v >> 4);
    return 0;
}

static Value type_new(Thread *th, Type *meta, const Value *args, size_t nargs, Tuple *kwnames);
static int type_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames);
static Value type_mro_method(Thread *th, Value self, const Value *args, size_t nargs,
                             Tuple *kwnames);
static Value type_subclasses_method(Thread *th, Value self, const Value *args, size_t nargs,
                                    Tuple *kwnames);

/* type.__instancecheck__ / __subclasscheck__: the plain checks, for
 * metaclasses that extend them through super(). */
static Value type_instancecheck(Thread *th, Value self, const Value *args, size_t nargs,
                                Tuple *kwnames)
{
    if (kr_call_check_args(th, "__instancecheck__", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(kr_isinstance_type(args[1], (Type *)kr_as_obj(args[0])));
}

static Value type_subclasscheck(Thread *th, Value self, const Value *args, size_t nargs,
                                Tuple *kwnames)
{
    if (kr_call_check_args(th, "__subclasscheck__", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_obj(args[1]) || !(kr_type_of(args[1])->flags & KR_TYPE_TYPE_SUBCLASS))
        return kr_err_type_error(th, "issubclass() arg 1 must be a class");
    return kr_from_bool(kr_type_is_subtype((Type *)kr_as_obj(args[1]), (Type *)kr_as_obj(args[0])));
}

/* type.__prepare__(name, bases, **kw): a fresh dict, whatever it is given. */
static Value type_prepare(Thread *th, Value self, const Value *args, size_t nargs,
                          Tuple *kwnames)
{
    Dict *d = kr_dict_new(th);
    return d ? kr_from_obj(d) : KR_VALUE_NULL;
}

/* type.__dir__(): the names in the class's namespace and its bases',
 * unsorted (dir() sorts) -- what a metaclass's __dir__ reaches with super(). */
static Value type_dir_method(Thread *th, Value self, const Value *args, size_t nargs,
                             Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "type.__dir__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Dict *names = kr_dict_new(th);
    Tuple *mro = ((Type *)kr_as_obj(args[0]))->mro;
    for (int64_t i = 0; names && mro && i < mro->size; i++) {
        Dict *d = ((Type *)kr_as_obj(mro->items[i]))->dict;
        int64_t pos = 0;
        Value k, v;
        while (d && kr_dict_next(d, &pos, &k, &v))
            if (kr_dict_set(th, names, k, KR_NONE) < 0)
                return KR_VALUE_NULL;
    }
    List *l = names ? kr_list_from_iterable(th, kr_from_obj(names)) : NULL;
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

static const MethodDef type_methods[] = {
    {"__dir__", type_dir_method, "($self, /)", "Specialized __dir__ implementation for types.", 0},
    {"__prepare__", type_prepare, NULL,
     "Create the namespace for the class statement", KR_METH_CLASS},
    {"mro", type_mro_method, "($self, /)", "Return a type's method resolution order.", 0},
    {"__subclasses__", type_subclasses_method, "($self, /)",
     "Return a list of immediate subclasses.", 0},
    {"__instancecheck__", type_instancecheck, "($self, instance, /)",
     "Check if an object is an instance.", 0},
    {"__subclasscheck__", type_subclasscheck, "($self, subclass, /)",
     "Check if a class is a subclass.", 0},
    {0},
};

/* type.__dict__['__mro__'] and ['__dict__'] exist as descriptors, which
 * inspect.getattr_static reads; C.__mro__ itself is answered earlier, by
 * type_special_attr. */
static Value type_get_special(Thread *th, Value self, Str *name)
{
    if (!kr_is_obj(self) || !(kr_type_of(self)->flags & KR_TYPE_TYPE_SUBCLASS)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "descriptor '%U' for 'type' objects doesn't apply to a '%s' object", name,
                      kr_type_name(self));
        return KR_VALUE_NULL;
    }
    return type_special_attr(th, (Type *)kr_as_obj(self), name);
}

static Value type_get_mro(Thread *th, Value self)
{
    return type_get_special(th, self, KR_NAME(th, __mro__));
}

static Value type_get_dict(Thread *th, Value self)
{
    return type_get_special(th, self, KR_NAME(th, __dict__));
}

static Value type_get_name(Thread *th, Value self)
{
    return type_get_special(th, self, KR_NAME(th, __name__));
}

static Value type_get_qualname(Thread *th, Value self)
{
    return type_get_special(th, self, KR_NAME(th, __qualname__));
}

static Value type_get_bases(Thread *th, Value self)
{
    return type_get_special(th, self, KR_NAME(th, __bases__));
}

static Value type_get_base(Thread *th, Value self)
{
    return type_get_special(th, self, KR_NAME(th, __base__));
}

/* type.__dict__['__name__'].__set__(C, v), also reached by C.__name__ = v
 * (type_setattr finds the data descriptor on the metatype first). */
static int type_set_descr(Thread *th, Value self, Str *name, Value value)
{
    if (!kr_is_obj(self) || !(kr_type_of(self)->flags & KR_TYPE_TYPE_SUBCLASS)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "descriptor '%U' for 'type' objects doesn't apply to a '%s' object", name,
                      kr_type_name(self));
        return -1;
    }
    Type *t = (Type *)kr_as_obj(self);
    if (!(t->flags & KR_TYPE_HEAP)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    return type_set_special(th, t, name, value);
}

static int type_set_name(Thread *th, Value self, Str *unused, Value value)
{
    return type_set_descr(th, self, KR_NAME(th, __name__), value);
}

static int type_set_qualname(Thread *th, Value self, Str *unused, Value value)
{
    return type_set_descr(th, self, KR_NAME(th, __qualname__), value);
}

static int type_set_bases(Thread *th, Value self, Str *unused, Value value)
{
    return type_set_descr(th, self, KR_NAME(th, __bases__), value);
}

/* __flags__: krait's flags in CPython's Py_TPFLAGS_* bit positions, for
 * the code that tests them (inspect.isabstract reads IS_ABSTRACT). */
static Value type_get_flags(Thread *th, Value self)
{
    static const struct { uint32_t kr; uint64_t py; } bits[] = {
        {KR_TYPE_HEAP, 1u << 9}, {KR_TYPE_BASETYPE, 1u << 10}, {KR_TYPE_READY, 1u << 12},
        {KR_TYPE_IMMUTABLE, 1u << 8}, {KR_TYPE_ABSTRACT, 1u << 20},
        {KR_TYPE_SEQUENCE, 1u << 5}, {KR_TYPE_MAPPING, 1u << 6}, {KR_TYPE_MATCH_SELF, 1u << 22},
        {KR_TYPE_INT_SUBCLASS, 1u << 24}, {KR_TYPE_LIST_SUBCLASS, 1u << 25},
        {KR_TYPE_TUPLE_SUBCLASS, 1u << 26}, {KR_TYPE_BYTES_SUBCLASS, 1u << 27},
        {KR_TYPE_STR_SUBCLASS, 1u << 28}, {KR_TYPE_DICT_SUBCLASS, 1u << 29},
        {KR_TYPE_EXC_SUBCLASS, 1u << 30}, {KR_TYPE_TYPE_SUBCLASS, 1u << 31},
    };
    const Type *t = (const Type *)kr_as_obj(self);
    uint64_t f = 1u << 14;     /* HAVE_GC: every krait object is the collector's */
    for (size_t i = 0; i < KR_ARRAY_LEN(bits); i++)
        if (t->flags & bits[i].kr)
            f |= bits[i].py;
    return kr_int_from_i64(th, (int64_t)f);
}

/* __text_signature__: a builtin type's constructor signature, for
 * inspect.signature -- from the tables (objects/doctab.c), else from a doc
 * in CPython's internal format ("name(sig)\n--\n\n...", itertools' types);
 * a class's from its __doc__ in that format; else None. */
static Value type_get_text_signature(Thread *th, Value self)
{
    const Type *t = (const Type *)kr_as_obj(self);
    const char *sig = kr_doctab_type_sig(t), *text;
    size_t n = sig ? strlen(sig) : 0, len;
    if (!sig && t->doc) {
        const char *end = doc_signature(t->name, t->doc, &sig, &text);
        n = end ? (size_t)(end - sig) : 0;
        sig = end ? sig : NULL;
    }
    Value doc = t->flags & KR_TYPE_HEAP ? kr_dict_get_str(t->dict, KR_NAME(th, __doc__)) : 0;
    if (doc && kr_is_str(doc)) {     /* "Name(sig)\n--\n\n...", as a builtin's doc starts */
        const char *dtext = kr_str_utf8(th, kr_as_str(doc), &len);
        if (!dtext)
            return KR_VALUE_NULL;
        sig = kr_doctab_sig_from_doc(t->name, dtext, &n);
    }
    Str *s = sig ? kr_str_from_utf8(th, sig, n) : NULL;
    return s ? kr_from_obj(s) : sig ? KR_VALUE_NULL : KR_NONE;
}

static const MemberDef type_members[] = {
    {"__text_signature__", 0, type_get_text_signature, NULL, NULL, KR_MEMBER_READONLY},
    {"__flags__", 0, type_get_flags, NULL, NULL, KR_MEMBER_READONLY},
    {"__base__", 0, type_get_base, NULL, NULL, KR_MEMBER_READONLY},
    {"__mro__", 0, type_get_mro, NULL, NULL, KR_MEMBER_READONLY},
    {"__name__", 0, type_get_name, type_set_name, NULL, 0},
    {"__qualname__", 0, type_get_qualname, type_set_qualname, NULL, 0},
    {"__bases__", 0, type_get_bases, type_set_bases, NULL, 0},
    {"__dict__", 0, type_get_dict, NULL, NULL, 0},
    {0},
};

Type kr_type_type = {
    .hdr = {&kr_type_type},
    .name = "type",
    .size = sizeof(Type),
    .doc = "type(object) -> the object's type\n"
           "type(name, bases, dict, **kwds) -> a new type",
    .flags = KR_TYPE_IMMUTABLE | KR_TYPE_TYPE_SUBCLASS | KR_TYPE_BASETYPE,
    .repr = type_repr,
    .binop = {[KR_OP_OR] = kr_union_or},     /* int | str (genericalias.c) */
    .new_ = type_new,
    .init = type_init,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .hash = type_hash,
    .methods = type_methods,
    .members = type_members,
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
    return kr_object_repr(th, v);     /* with its recursion check: __repr__ may be object.__str__ */
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

static Value abstract_error(Thread *th, Type *t);

static Value object_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    /* CPython's excess_args rules: a class with its own __new__ must not
     * pass arguments on; one with neither __new__ nor __init__ takes none */
    if ((nargs || (kwnames && kwnames->size)) && t->new_ != object_new) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "object.__new__() takes exactly one argument (the type to instantiate)");
        return KR_VALUE_NULL;
    }
    if ((nargs || kwnames) && t->init == kr_object_type.init) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no arguments", t->name);
        return KR_VALUE_NULL;
    }
    if (KR_UNLIKELY(t->flags & KR_TYPE_ABSTRACT))
        return abstract_error(th, t);
    Obj *o = kr_object_alloc_sub(th, t, 0);     /* zeroed, shape set (object.c) */
    if (!o)
        return KR_VALUE_NULL;
    return kr_from_obj(o);
}

/* CPython's excess_args rules, mirrored from object_new: a class with its
 * own __init__ must not pass arguments on to object's. */
static const Type *builtin_base(const Type *t);
static int object_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    Type *t = kr_type_of(self);
    if (!nargs && !(kwnames && kwnames->size))
        return 0;
    /* only over object itself: some builtin types that do their work in
     * __new__ here have an __init__ of their own in CPython (property) */
    if (t->init != object_init && builtin_base(t) == &kr_object_type) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "object.__init__() takes exactly one argument (the instance to initialize)");
        return -1;
    }
    if (t->new_ == object_new) {
        kr_err_format(th, &kr_exc_TypeError,
                      "%s.__init__() takes exactly one argument (the instance to initialize)",
                      t->name);
        return -1;
    }
    return 0;
}

static const Type *builtin_base(const Type *t)
{
    while (t->flags & KR_TYPE_HEAP)
        t = t->base;
    return t;
}

/* A heap class whose instances are laid out exactly as its base's. */
static bool adds_nothing(const Type *t)
{
    return (t->flags & KR_TYPE_HEAP) && t->base && t->size == t->base->size &&
           t->dict_offset == t->base->dict_offset && (!t->slot_names || !t->slot_names->size);
}

static bool same_slot_names(const Tuple *a, const Tuple *b)
{
    int64_t na = a ? a->size : 0, nb = b ? b->size : 0;
    if (na != nb)
        return false;
    if (na == 0)
        return true;
    if (a->size != b->size)
        return false;
    for (int64_t i = 0; i < a->size; i++)   /* interned: compare pointers */
        if (a->items[i] != b->items[i])
            return false;
    return true;
}

/* Instances of `from` may become instances of `to` (CPython's
 * compatible_for_assignment): past the classes that add nothing to their
 * base's layout, the same class, or siblings adding the same layout. */
static bool same_layout(const Type *from, const Type *to)
{
    while (adds_nothing(from))
        from = from->base;
    while (adds_nothing(to))
        to = to->base;
    if (from == to)
        return true;
    return from->base == to->base && from->size == to->size &&
           from->dict_offset == to->dict_offset && from->item_size == to->item_size &&
           builtin_base(from) == builtin_base(to) &&
           (from->flags & KR_TYPE_HAS_SHAPE) == (to->flags & KR_TYPE_HAS_SHAPE) &&
           same_slot_names(from->slot_names, to->slot_names);
}

static Value object_get_class(Thread *th, Value self)
{
    return kr_from_obj(kr_type_of(self));
}

/* Whether d is object.__class__'s descriptor: GET_ATTR answers
 * `obj.__class__` (dataclass __eq__, Flag operators) without the
 * descriptor call (vm/ops_attr.inc). */
bool kr_type_is_class_member(Value d)
{
    return kr_is_type(d, &kr_getset_descr_type) &&
           ((MemberDescr *)kr_as_obj(d))->def->get == object_get_class;
}

static int object_set_class(Thread *th, Value self, Str *unused, Value value)
{
    if (!value) {
        kr_err_set_string(th, &kr_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!kr_is_obj(value) || !(kr_type_of(value)->flags & KR_TYPE_TYPE_SUBCLASS)) {
        kr_err_format(th, &kr_exc_TypeError, "__class__ must be set to a class, not '%s' object",
                      kr_type_name(value));
        return -1;
    }
    Type *to = (Type *)kr_as_obj(value), *from = kr_type_of(self);
    bool modules = kr_type_is_subtype(to, &kr_module_type) && kr_type_is_subtype(from, &kr_module_type);
    if (!kr_is_obj(self) || (!modules && (!(to->flags & KR_TYPE_HEAP) || !(from->flags & KR_TYPE_HEAP)))) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "__class__ assignment only supported for mutable types "
                          "or ModuleType subclasses");
        return -1;
    }
    if (!same_layout(from, to)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "__class__ assignment: '%s' object layout differs from '%s'", to->name,
                      from->name);
        return -1;
    }
    /* (layout) a shape implies its class (shape.h): the instance leaves
     * shape mode before it changes class, or attribute caches would
     * keep answering for the old one */
    if ((from->flags & KR_TYPE_HAS_SHAPE) && !kr_object_get_dict(th, self))
        return -1;
    kr_as_obj(self)->type = to;
    if (to->flags & KR_TYPE_TYPE_SUBCLASS)     /* a new metatype: class-object caches */
        __atomic_fetch_add(&th->vm->type_epoch, 1, __ATOMIC_RELAXED);
    return 0;
}

static const MemberDef object_members[] = {
    {"__class__", 0, object_get_class, object_set_class, "the object's class", 0},
    {0},
};

static Value object_init_subclass(Thread *th, Value self, const Value *args, size_t nargs,
                                  Tuple *kwnames);

static const MethodDef object_methods[] = {
    {"__init_subclass__", object_init_subclass, "($cls, /)",
     "This method is called when a class is subclassed.", KR_METH_CLASS},
    KR_OBJECT_METHOD_DEFS       /* __format__, __dir__, ... (object_methods.c) */
    {0},
};

Type kr_object_type = {
    .hdr = {&kr_type_type},
    .name = "object",
    .size = sizeof(Obj),
    .doc = "The base class of the class hierarchy.\n\n"
           "When called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
    .flags = KR_TYPE_IMMUTABLE | KR_TYPE_BASETYPE,
    .new_ = object_new,
    .init = object_init,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = kr_object_generic_getattr,
    .setattr = kr_object_generic_setattr,
    .methods = object_methods,
    .members = object_members,
};

/* ---- heap types: slots that call dunders --------------------------------- */

static Value call_dunder(Thread *th, Value self, Str *name, const Value *args, size_t nargs,
                         bool *found)
{
    Value f = kr_type_lookup_cached(th, kr_type_of(self), name);
    *found = f != KR_VALUE_NULL;
    if (!f)
        return KR_VALUE_NULL;
    Value argv[4];
    argv[0] = self;
    for (size_t i = 0; i < nargs && i < 3; i++)
        argv[1 + i] = args[i];
    if (kr_is_type(f, &kr_wrapper_descr_type))     /* a builtin base's dunder */
        return kr_slotwrap_call(th, f, argv, nargs + 1);
    if (kr_is_function(f) || kr_is_type(f, &kr_method_descr_type))
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

/* int(x) asks __int__ first, as CPython's nb_int (before __index__) */
static Value slot_int(Thread *th, Value v)
{
    Value r = slot_unary(th, v, KR_NAME___int__);
    if (r && !kr_is_int(r))
        return kr_err_type_error(th, "__int__ returned non-int (type %s)", kr_type_name(r));
    return kr_int_exact_result(th, r, "__int__");
}
/* `__iter__ = None` and `__contains__ = None` opt out, as CPython's
 * slot_tp_iter and slot_sq_contains say. */
static bool dunder_is_none(Thread *th, Value v, int name_id)
{
    return kr_type_lookup_cached(th, kr_type_of(v), th->vm->names[name_id]) == KR_NONE;
}

static Value slot_iter(Thread *th, Value v)
{
    if (dunder_is_none(th, v, KR_NAME___iter__))
        return kr_err_type_error(th, "'%s' object is not iterable", kr_type_name(v));
    return slot_unary(th, v, KR_NAME___iter__);
}

/* A plain StopIteration is exhaustion (NULL, no exception); one carrying
 * a value stays pending, as a generator's return does (gen_iternext), so
 * `yield from` an iterator class gets the value. */
static Value slot_next(Thread *th, Value v)
{
    Value r = slot_unary(th, v, KR_NAME___next__);
    if (!r && kr_err_matches(th, &kr_exc_StopIteration)) {
        Exc *e = (Exc *)kr_as_obj(th->exc);
        if (!kr_is_exc(th->exc) || !e->args->size || e->args->items[0] == KR_NONE)
            kr_err_clear(th);
    }
    return r;
}

static int slot_hash(Thread *th, Value v, int64_t *h)
{
    Value f = lookup(th, kr_type_of(v), KR_NAME(th, __hash__));
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
            /* A value that fits a C hash is the hash itself, as CPython's
             * slot_tp_hash (str.__hash__ of a str subclass is 64 bits). */
            if (kr_int_as_i64(th, r, h) < 0) {
                kr_err_clear(th);
                *h = kr_int_hash(r);
            }
            if (*h == -1)
                *h = -2;
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

static int slot_len(Thread *th, Value v, int64_t *len);

static int slot_bool(Thread *th, Value v)
{
    bool found;
    Value r = call_dunder(th, v, KR_NAME(th, __bool__), NULL, 0, &found);
    if (!found) {
        if (kr_err_occurred(th))
            return -1;
        /* no __bool__: __len__, checked as len() checks it */
        if (!kr_type_lookup_cached(th, kr_type_of(v), KR_NAME(th, __len__)))
            return kr_err_occurred(th) ? -1 : 1;
        int64_t n;
        return slot_len(th, v, &n) < 0 ? -1 : n != 0;
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
    /* CPython's slot_sq_length: the result through __index__, checked for
     * sign first, then for size */
    if (!kr_is_smallint(r) && !(r = kr_object_index(th, r)))
        return -1;
    if (kr_is_smallint(r) ? kr_as_smallint(r) < 0 : kr_int_sign(r) < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    if (!kr_is_smallint(r) && kr_int_as_i64(th, r, len) < 0) {
        kr_err_clear(th);
        kr_err_set_string(th, &kr_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (kr_is_smallint(r))
        *len = kr_as_smallint(r);
    return 0;
}

static Value slot_getitem(Thread *th, Value v, Value key)
{
    bool found;
    return call_dunder(th, v, KR_NAME(th, __getitem__), &key, 1, &found);
}

static int slot_setitem(Thread *th, Value v, Value key, Value value)
{
    /* one of the pair inherited from a builtin: its slot, called directly */
    Value f = kr_type_lookup_cached(th, kr_type_of(v), value ? KR_NAME(th, __setitem__)
                                                             : KR_NAME(th, __delitem__));
    KrSetItemFn builtin = f ? kr_slotwrap_setitem_of(f, v, value != KR_VALUE_NULL) : NULL;
    if (builtin)
        return builtin(th, v, key, value);
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
    if (dunder_is_none(th, v, KR_NAME___contains__)) {
        kr_err_format(th, &kr_exc_TypeError, "'%s' object is not a container", kr_type_name(v));
        return -1;
    }
    bool found;
    Value r = call_dunder(th, v, KR_NAME(th, __contains__), &item, 1, &found);
    if (!r)
        return -1;
    return kr_object_truth(th, r);
}

static Value slot_call(Thread *th, Value callable, const Value *args, size_t nargs,
                       Tuple *kwnames)
{
    Value f = lookup(th, kr_type_of(callable), KR_NAME(th, __call__));
    if (!f)
        return kr_err_type_error(th, "'%s' object is not callable", kr_type_name(callable));
    /* as any dunder: a function binds, another descriptor gives what its
     * __get__ gives, anything else (`__call__ = dict`) is called as is */
    KrDescrGetFn get = kr_type_of(f)->descr_get;
    Value bound = kr_is_function(f) || kr_is_type(f, &kr_method_descr_type) ||
                          kr_is_type(f, &kr_wrapper_descr_type) ? kr_method_new(th, f, callable)
                  : get ? get(th, f, callable, kr_from_obj(kr_type_of(callable))) : f;
    if (!bound)
        return KR_VALUE_NULL;
    /* one level of the recursion count, as CPython's _PyObject_Call: a
     * __call__ that is an instance of the class itself loops in C */
    if (KR_UNLIKELY(th->recursion_depth >= th->vm->recursion_limit)) {
        kr_err_set_string(th, &kr_exc_RecursionError,
                          "maximum recursion depth exceeded while calling a Python object");
        return KR_VALUE_NULL;
    }
    th->recursion_depth++;
    Value r = kr_object_call(th, bound, args, nargs, kwnames);
    th->recursion_depth--;
    return r;
}

static const int richcmp_names[] = {
    [KR_LT] = KR_NAME___lt__, [KR_LE] = KR_NAME___le__, [KR_EQ] = KR_NAME___eq__,
    [KR_NE] = KR_NAME___ne__, [KR_GT] = KR_NAME___gt__, [KR_GE] = KR_NAME___ge__,
};

/* A comparison dunder that cannot even be bound (a property raising) is
 * NotImplemented, not an error (CPython's slot_tp_richcompare clears
 * what lookup_maybe_method raised). */
static Value slot_richcompare(Thread *th, Value a, Value b, int op)
{
    Value f = kr_type_lookup_cached(th, kr_type_of(a), th->vm->names[richcmp_names[op]]);
    if (!f)
        return kr_object_type.richcompare(th, a, b, op);
    if (kr_is_function(f) || kr_is_type(f, &kr_method_descr_type) ||
        kr_is_type(f, &kr_wrapper_descr_type)) {
        Value argv[2] = {a, b};
        return kr_vm_call(th, f, argv, 2, NULL);
    }
    KrDescrGetFn get = kr_type_of(f)->descr_get;
    if (get && !(f = get(th, f, a, kr_from_obj(kr_type_of(a))))) {
        kr_err_clear(th);
        return KR_NOTIMPL;
    }
    return kr_vm_call(th, f, &b, 1, NULL);
}

/* __getattr__ as the fallback of the generic lookup.  With quiet, a
 * missing attribute without a __getattr__ to ask is NULL with no
 * exception (kr_object_lookupattr). */
static Value getattr_hook(Thread *th, Value obj, Str *name, bool quiet)
{
    /* The generic lookup first: a class's own (type_getattr) when obj is
     * a class whose metaclass defines __getattr__.  It never builds the
     * AttributeError that __getattr__ would replace. */
    bool is_class = kr_type_of(obj)->flags & KR_TYPE_TYPE_SUBCLASS;
    Value r = is_class ? type_getattr_impl(th, obj, name, true)
                       : kr_object_generic_lookup(th, obj, name);
    if (r || (kr_err_occurred(th) && !kr_err_matches(th, &kr_exc_AttributeError)))
        return r;
    Value f = kr_type_lookup(kr_type_of(obj), KR_NAME(th, __getattr__));
    if (!f) {
        if (quiet || kr_err_occurred(th))
            return KR_VALUE_NULL;
        return is_class ? type_getattr(th, obj, name) : kr_object_generic_getattr(th, obj, name);
    }
    kr_err_clear(th);
    bool found;
    Value n = kr_from_obj(name);
    return call_dunder(th, obj, KR_NAME(th, __getattr__), &n, 1, &found);
}

static Value slot_getattr_hook(Thread *th, Value obj, Str *name)
{
    return getattr_hook(th, obj, name, false);
}

static Value slot_lookupattr_hook(Thread *th, Value obj, Str *name)
{
    return getattr_hook(th, obj, name, true);
}

KrGetAttrFn kr_type_quiet_getattr(KrGetAttrFn f)
{
    if (f == kr_object_generic_getattr)
        return kr_object_generic_lookup;
    if (f == type_getattr)
        return type_lookupattr;
    if (f == slot_getattr_hook)
        return slot_lookupattr_hook;
    return f;
}

/* The slow path of the class-object attribute cache (object.h).  The
 * entry holds what type_getattr finds in the class's own MRO; it is valid
 * while the epoch stands, since the epoch moves on any change to a class
 * dict, a class's bases or a class's metatype.  A metatype __getattr__
 * does not matter: it runs only when the lookup fails, and failures are
 * not cached. */
Value kr_type_getattr_site(Thread *th, Code *code, uint32_t at, Value cls, Str *name)
{
    Type *meta = kr_type_of(cls), *t = (Type *)kr_as_obj(cls);
    if (meta->getattr != type_getattr && meta->getattr != slot_getattr_hook)
        return meta->getattr(th, cls, name);
    uint64_t epoch = __atomic_load_n(&th->vm->type_epoch, __ATOMIC_RELAXED);
    Value v = type_special_attr(th, t, name);
    if (v)
        return v;
    if (kr_err_occurred(th)) {      /* no __abstractmethods__: the slot's own answer */
        kr_err_clear(th);
        return meta->getattr(th, cls, name);
    }
    Value mv = kr_type_lookup_cached(th, meta, name);
    if ((mv && kr_type_of(mv)->descr_set) || name == KR_NAME(th, __doc__))
        return meta->getattr(th, cls, name);
    v = kr_type_lookup_cached(th, t, name);
    if (!v)
        return meta->getattr(th, cls, name);
    InlineCache *ic = kr_object_cache_at(code, at);
    if (ic)
        kr_ic_fill(ic, KR_CLASS_KEY(t), epoch + 1, v);
    Value r = kr_object_class_get(th, v, cls);
    return r ? r : kr_type_class_get_failed(th, cls, name);
}

/* A cached class attribute's __get__ failed (DynamicClassAttribute raises
 * AttributeError when read on the class): a metatype __getattr__ gets its
 * turn, as in getattr_hook. */
Value kr_type_class_get_failed(Thread *th, Value cls, Str *name)
{
    if (kr_type_of(cls)->getattr != slot_getattr_hook ||
        !kr_err_matches(th, &kr_exc_AttributeError) ||
        !kr_type_lookup(kr_type_of(cls), KR_NAME(th, __getattr__)))
        return KR_VALUE_NULL;
    kr_err_clear(th);
    bool found;
    Value n = kr_from_obj(name);
    return call_dunder(th, cls, KR_NAME(th, __getattr__), &n, 1, &found);
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
    Value f = kr_type_lookup_cached(th, kr_type_of(self), KR_NAME(th, __init__));
    if (!f)
        return 0;
    Value r;
    if (kr_is_function(f) || kr_is_type(f, &kr_method_descr_type) ||
        kr_is_type(f, &kr_wrapper_descr_type)) {
        r = kr_vm_call_method(th, f, self, args, nargs, kwnames);
    } else {
        /* another descriptor is bound first (a property raising its
         * AttributeError), as CPython's lookup_method */
        KrDescrGetFn get = kr_type_of(f)->descr_get;
        if (get && !(f = get(th, f, self, kr_from_obj(kr_type_of(self)))))
            return -1;
        r = kr_vm_call(th, f, args, nargs, kwnames);
    }
    if (!r)
        return -1;
    if (!kr_is_none(r)) {
        kr_err_format(th, &kr_exc_TypeError, "__init__() should return None, not '%s'",
                      kr_type_name(r));
        return -1;
    }
    return 0;
}

/* For CALL, which constructs instances inside the running loop
 * (vm/ops_call.inc, helper "perfa"): the Python __init__ to run on a fresh
 * object.__new__(t) when calling t means exactly that -- t of metatype
 * type, object's __new__, an __init__ defined in Python -- else NULL. */
Value kr_type_py_init(Thread *th, Type *t)
{
    if (t->hdr.type != &kr_type_type || !(t->flags & KR_TYPE_HEAP) || t->new_ != object_new ||
        t->init != slot_init)
        return KR_VALUE_NULL;
    Value f = kr_type_lookup_cached(th, t, KR_NAME(th, __init__));
    return f && kr_is_function(f) ? f : KR_VALUE_NULL;
}

/* __get__ / __set__ / __delete__ defined in Python: descriptors. */
static Value slot_descr_get(Thread *th, Value descr, Value obj, Value type)
{
    bool found;
    Value args[2] = {obj ? obj : KR_NONE, type ? type : KR_NONE};
    return call_dunder(th, descr, KR_NAME(th, __get__), args, 2, &found);
}

static int slot_descr_set(Thread *th, Value descr, Value obj, Value value)
{
    bool found;
    Value args[2] = {obj, value};
    Value r = value ? call_dunder(th, descr, KR_NAME(th, __set__), args, 2, &found)
                    : call_dunder(th, descr, KR_NAME(th, __delete__), args, 1, &found);
    if (!found && !kr_err_occurred(th))
        kr_err_set_string(th, &kr_exc_AttributeError, value ? "__set__" : "__delete__");
    return r ? 0 : -1;
}

/* Binary operators: a heap type's slot is called as slot(a, b) whichever
 * side the instance is on (CPython's SLOT1BINFULL): if a is ours, try
 * a.__op__(b); if b is ours, try b.__rop__(a).  Their names, interned
 * (names.def): the trampolines run on every operator of a class instance,
 * and interning from C text each time was a tenth of raytrace (helper
 * "perfa"); class creation checks all 39 (fill_slots). */
#define BINOP_IDS(o) {KR_NAME___##o##__, KR_NAME___r##o##__, KR_NAME___i##o##__}
static const uint16_t binop_name_ids[KR_BINOP_COUNT][3] = {
    BINOP_IDS(add), BINOP_IDS(sub), BINOP_IDS(mul), BINOP_IDS(matmul), BINOP_IDS(truediv),
    BINOP_IDS(mod), BINOP_IDS(pow), BINOP_IDS(lshift), BINOP_IDS(rshift), BINOP_IDS(or),
    BINOP_IDS(xor), BINOP_IDS(and), BINOP_IDS(floordiv),
};
#undef BINOP_IDS
#define BINOP_NAME(th, op, k) ((th)->vm->names[binop_name_ids[op][k]])

static const KrBinaryFn slot_binops[KR_BINOP_COUNT];

/* CPython's SLOT1BINFULL: a's __op__ runs only when a's slot is this same
 * trampoline, so MyList() + x (list's + is sq_concat) goes to x.__radd__;
 * b's __rop__ goes first when b's class is a subclass of a's that
 * overrides it (C() // D() is D.__rfloordiv__). */
static Value slot_binop_n(Thread *th, Value a, Value b, int op)
{
    Type *ta = kr_type_of(a), *tb = kr_type_of(b);
    Str *rname = BINOP_NAME(th, op, 1);
    bool found, do_other = tb != ta && tb->binop[op] == slot_binops[op];
    Value r;
    if (ta->binop[op] == slot_binops[op]) {
        /* a subclass that overrides the reflected method goes first */
        if (do_other && kr_type_is_subtype(tb, ta) &&
            kr_type_lookup_cached(th, tb, rname) != kr_type_lookup_cached(th, ta, rname)) {
            r = call_dunder(th, b, rname, &a, 1, &found);
            if ((found && r != KR_NOTIMPL) || kr_err_occurred(th))
                return r;
            do_other = false;
        }
        r = call_dunder(th, a, BINOP_NAME(th, op, 0), &b, 1, &found);
        if ((found && r != KR_NOTIMPL) || kr_err_occurred(th) || tb == ta)
            return found ? r : KR_NOTIMPL;
    }
    if (do_other) {
        r = call_dunder(th, b, rname, &a, 1, &found);
        if (found || kr_err_occurred(th))
            return r;
    }
    return KR_NOTIMPL;
}

static Value slot_inplace_n(Thread *th, Value a, Value b, int op)
{
    bool found;
    Value r = call_dunder(th, a, BINOP_NAME(th, op, 2), &b, 1, &found);
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
    Value f = lookup(th, t, KR_NAME(th, __new__));
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
    if (HAS(__int__)) t->int_ = slot_int;
    if (HAS(__iter__)) t->iter = slot_iter;
    if (HAS(__next__)) t->next = slot_next;
    if (HAS(__bool__) || HAS(__len__)) t->bool_ = slot_bool;
    if (HAS(__len__)) t->len = slot_len;
    if (HAS(__getitem__)) t->getitem = slot_getitem;
    if (HAS(__setitem__) || HAS(__delitem__)) t->setitem = slot_setitem;
    if (HAS(__contains__)) t->contains = slot_contains;
    if (HAS(__call__)) t->call = slot_call;
    if (HAS(__init__)) t->init = slot_init;
    if (HAS(__new__)) t->new_ = slot_new;
    /* __del__: run by the collector's finalizers (modules/gc.c). */
    if (HAS(__del__)) t->finalize = kr_mod_gc_slot_del;
    if (HAS(__getattr__)) t->getattr = slot_getattr_hook;
    if (HAS(__getattribute__)) t->getattr = slot_getattribute;
    if (HAS(__setattr__) || HAS(__delattr__)) t->setattr = slot_setattr;
    if (HAS(__get__)) t->descr_get = slot_descr_get;
    if (HAS(__set__) || HAS(__delete__)) t->descr_set = slot_descr_set;
    if (HAS(__eq__) || HAS(__ne__) || HAS(__lt__) || HAS(__le__) || HAS(__gt__) || HAS(__ge__))
        t->richcompare = slot_richcompare;
    if (HAS(__hash__)) t->hash = slot_hash;
#undef HAS
    for (int i = 0; i < KR_BINOP_COUNT; i++) {
        for (int k = 0; k < 3; k++) {
            if (ns_has(ns, th->vm->names[binop_name_ids[i][k]])) {
                if (k < 2)
                    t->binop[i] = slot_binops[i];
                else
                    t->inplace[i] = slot_inplaces[i];
            }
        }
    }
    return 0;
}


/* The slots fill_slots may point at trampolines: a refresh (a dunder set
 * on the class, __bases__ assigned) clears them and derives them again. */
#define FILLED_SLOTS(X)                                                       \
    X(repr) X(str) X(neg) X(pos) X(invert) X(abs) X(index) X(float_) X(iter)  \
    X(next) X(bool_) X(len) X(getitem) X(setitem) X(contains) X(call) X(init) \
    X(new_) X(getattr) X(setattr) X(richcompare) X(hash) X(descr_get) X(descr_set)

/* Inherit along the MRO what the class does not define itself: from each
 * class in turn, the slots it defines (differs from its own base), as
 * CPython's inherit_slots over the MRO, so `class C(A, B)` gets B's
 * __len__ when A has none. */
static void inherit_from_mro(Type *t)
{
    extern Value kr_seqiter_new(Thread *th, Value seq);
    for (int64_t i = 1; i < t->mro->size; i++) {
        const Type *b = (Type *)kr_as_obj(t->mro->items[i]);
        const Type *bb = b->base;
        bool had_iter = t->iter != NULL;
#define INHERIT_DEFINED(f) if (!t->f && b->f && (!bb || b->f != bb->f)) t->f = b->f;
        INHERIT_SLOTS(INHERIT_DEFINED)
#undef INHERIT_DEFINED
        /* iteration by index is a fallback (below), not a defined __iter__:
         * a mixin with only __getitem__ must not hide a later base's
         * __iter__ (class C(LRUMixin, OrderedDict)) */
        if (!had_iter && t->iter == kr_seqiter_new)
            t->iter = NULL;
        for (int k = 0; k < KR_BINOP_COUNT; k++) {
            if (!t->binop[k] && b->binop[k] && (!bb || b->binop[k] != bb->binop[k]))
                t->binop[k] = b->binop[k];
            if (!t->inplace[k] && b->inplace[k] && (!bb || b->inplace[k] != bb->inplace[k]))
                t->inplace[k] = b->inplace[k];
        }
    }
    /* sre: __getitem__ without __iter__ iterates by index (seqiter.c) */
    if (!t->iter && t->getitem == slot_getitem) {
        t->iter = kr_seqiter_new;
    }
}

/* A class whose __getattr__ hook comes from one class and whose Python
 * __getattribute__ from another (class B(A) with A.__getattribute__ and
 * B.__getattr__): the hook must call that __getattribute__ first, as
 * CPython's slot_tp_getattr_hook does, not the generic lookup. */
static void combine_getattr(Thread *th, Type *t)
{
    if (t->getattr != slot_getattr_hook)
        return;
    Value ga = kr_type_lookup(t, KR_NAME(th, __getattribute__));
    if (ga && !kr_is_type(ga, &kr_wrapper_descr_type) && !kr_is_type(ga, &kr_method_descr_type))
        t->getattr = slot_getattribute;
}

/* ---- subclass lists: weak, for __subclasses__() and refreshing --------------------- */

/* One weak reference to a subclass.  The block is atomic (the collector
 * does not scan it), so the slot alone does not keep the subclass alive. */
typedef struct SubRef {
    Obj hdr;
    KrWeakSlot slot;
} SubRef;

static Type subref_type = {.name = "subclass_ref", .size = sizeof(SubRef)};

/* Drop sub (NULL: only dead entries) from base's subclass list. */
static void remove_subclass(Type *base, Type *sub)
{
    if (!base->subclasses)
        return;
    List *l = (List *)kr_as_obj(base->subclasses);
    int64_t j = 0;
    for (int64_t i = 0; i < l->size; i++) {
        SubRef *r = (SubRef *)kr_as_obj(l->items[i]);
        void *p = kr_gc_weak_get(&r->slot);
        if (p && p != sub)
            l->items[j++] = l->items[i];
    }
    for (int64_t i = j; i < l->size; i++)
        l->items[i] = KR_VALUE_NULL;   /* let the dropped refs be collected */
    l->size = j;
}

static int add_subclass(Thread *th, Type *base, Type *sub)
{
    if (!base->subclasses) {
        List *l = kr_list_new(th, 0);
        if (!l)
            return -1;
        base->subclasses = kr_from_obj(l);
    }
    List *l = (List *)kr_as_obj(base->subclasses);
    if (l->size >= 16 && (l->size & (l->size - 1)) == 0)
        remove_subclass(base, NULL);   /* drop dead entries, amortised */
    SubRef *r = kr_gc_alloc_atomic(sizeof *r);
    if (!r || !kr_gc_weak_set(&r->slot, sub)) {
        kr_err_no_memory(th);
        return -1;
    }
    r->hdr.type = &subref_type;
    return kr_list_append(th, l, kr_from_obj(r));
}

/* The live direct subclasses of t, in creation order. */
static List *live_subclasses(Thread *th, Type *t)
{
    List *out = kr_list_new(th, 0);
    if (!out || !t->subclasses)
        return out;
    List *l = (List *)kr_as_obj(t->subclasses);
    for (int64_t i = 0; i < l->size; i++) {
        void *p = kr_gc_weak_get(&((SubRef *)kr_as_obj(l->items[i]))->slot);
        if (p && kr_list_append(th, out, kr_from_obj(p)) < 0)
            return NULL;
    }
    return out;
}

static Value type_subclasses_method(Thread *th, Value self, const Value *args, size_t nargs,
                                    Tuple *kwnames)
{
    List *l = live_subclasses(th, (Type *)kr_as_obj(args[0]));
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

/* Derive t's slots again from its dict and MRO, then its subclasses'. */
/* The next slot of a class whose __next__ was deleted: the loop that
 * holds one of its iterators calls it without a check (CPython's
 * _PyObject_NextNotImplemented). */
static Value next_not_implemented(Thread *th, Value v)
{
    kr_err_format(th, &kr_exc_TypeError, "'%s' object is not iterable", kr_type_name(v));
    return KR_VALUE_NULL;
}

static int refresh_slots(Thread *th, Type *t)
{
    bool had_next = t->next != NULL;
#define CLEAR(f) t->f = NULL;
    FILLED_SLOTS(CLEAR)
#undef CLEAR
    for (int k = 0; k < KR_BINOP_COUNT; k++)
        t->binop[k] = t->inplace[k] = NULL;
    if (fill_slots(th, t, t->dict) < 0)
        return -1;
    inherit_from_mro(t);
    combine_getattr(th, t);
    if (had_next && !t->next)
        t->next = next_not_implemented;
    t->version = __atomic_fetch_add(&next_version, 1, __ATOMIC_RELAXED);
    List *subs = live_subclasses(th, t);
    if (!subs)
        return -1;
    for (int64_t i = 0; i < subs->size; i++)
        if (refresh_slots(th, (Type *)kr_as_obj(subs->items[i])) < 0)
            return -1;
    return 0;
}

/* ---- MRO ------------------------------------------------------------------------------ */

/* The error when C3 finds no head that is in no tail: CPython's
 * set_mro_error lists the remaining heads, each once, in order. */
static void mro_error(Thread *th, Tuple *bases, const int64_t *pos)
{
    int64_t nb = bases->size;
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
    Value seen[64];
    int nseen = 0;
    for (int64_t i = 0; i <= nb; i++) {
        Tuple *s = i < nb ? ((Type *)kr_as_obj(bases->items[i]))->mro : bases;
        if (pos[i] >= s->size)
            continue;
        Value h = s->items[pos[i]];
        bool dup = false;
        for (int k = 0; k < nseen; k++)
            dup |= seen[k] == h;
        if (dup || nseen == 64)
            continue;
        seen[nseen++] = h;
    }
    for (int k = 0; k < nseen; k++) {
        kr_buf_puts(&b, k ? ", " : " ");
        kr_buf_puts(&b, ((Type *)kr_as_obj(seen[k]))->name);
    }
    Str *msg = kr_str_from_buf(th, &b);
    if (msg)
        kr_err_set_object(th, &kr_exc_TypeError, kr_from_obj(msg));
}

/* C3 linearisation (CPython's mro_implementation). */
static Tuple *compute_mro(Thread *th, Type *t, Tuple *bases)
{
    int64_t nb = bases->size;
    for (int64_t i = 0; i < nb; i++) {
        /* a base whose own mro() is still running (CPython's mro_implementation) */
        Type *b = (Type *)kr_as_obj(bases->items[i]);
        if (!b->mro) {
            kr_err_format(th, &kr_exc_TypeError, "Cannot extend an incomplete type '%s'", b->name);
            return NULL;
        }
    }
    for (int64_t i = 0; i < nb; i++)
        for (int64_t j = i + 1; j < nb; j++)
            if (bases->items[i] == bases->items[j]) {
                kr_err_format(th, &kr_exc_TypeError, "duplicate base class %s",
                              ((Type *)kr_as_obj(bases->items[i]))->name);
                return NULL;
            }
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
            mro_error(th, bases, pos);
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

/* ---- instance layout ------------------------------------------------------
 *
 * What a heap type's instances look like (object.c, "instance storage",
 * draws it): the builtin base's layout, then one Value per __slots__ name
 * each class along the chain declared, then the attribute dict unless
 * every class declared __slots__ without '__dict__'.  The rules and
 * messages are CPython 3.11's (typeobject.c: best_base, type_new_slots).
 */

/* The type whose layout t's instances extend: t itself if it adds fields
 * to its base's layout (slots, or a bigger builtin struct), else its base's
 * solid base.  The attribute dict does not count (CPython's extra_ivars). */
static Type *solid_base(Type *t)
{
    Type *b = t->base ? solid_base(t->base) : &kr_object_type;
    if (t->flags & KR_TYPE_HEAP)
        return t->slot_names && t->slot_names->size ? t : b;
    return t->base && t->size != t->base->size ? t : b;
}

/* The base whose layout the new class extends; every other base's solid
 * base must be an ancestor of it. */
static Type *best_base(Thread *th, Tuple *bases)
{
    Type *base = NULL, *winner = NULL;
    for (int64_t i = 0; i < bases->size; i++) {
        Value b = bases->items[i];
        if (!kr_is_obj(b) || !(kr_type_of(b)->flags & KR_TYPE_TYPE_SUBCLASS)) {
            kr_err_type_error(th, "bases must be types");
            return NULL;
        }
        Type *bt = (Type *)kr_as_obj(b);
        if (!(bt->flags & KR_TYPE_BASETYPE)) {
            kr_err_format(th, &kr_exc_TypeError, "type '%s' is not an acceptable base type",
                          bt->name);
            return NULL;
        }
        Type *cand = solid_base(bt);
        if (!winner || kr_type_is_subtype(cand, winner)) {
            if (winner && cand == winner)
                continue;
            winner = cand;
            base = bt;
        } else if (!kr_type_is_subtype(winner, cand)) {
            kr_err_set_string(th, &kr_exc_TypeError,
                              "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

static bool is_identifier(const Str *s)
{
    if (s->len == 0 || !kr_unicode_is_xid_start(kr_str_char(s, 0)))
        return false;
    for (int64_t i = 1; i < s->len; i++)
        if (!kr_unicode_is_xid_continue(kr_str_char(s, i)))
            return false;
    return true;
}

/* Private name mangling (`__x` in class _C_ is `_C__x`), as the compiler
 * does for attribute names. */
static Str *mangle(Thread *th, const char *cls, Str *name)
{
    size_t n;
    const char *u = kr_str_utf8(th, name, &n);
    if (!u)
        return NULL;
    while (*cls == '_')
        cls++;
    if (n < 2 || u[0] != '_' || u[1] != '_' || (u[n - 1] == '_' && u[n - 2] == '_') ||
        memchr(u, '.', n) || !*cls)
        return name;
    Buf b;
    kr_buf_init(&b);
    kr_buf_putc(&b, '_');
    kr_buf_puts(&b, cls);
    kr_buf_puts(&b, u);
    return kr_str_from_buf(th, &b);
}

/* __slots__ as a tuple of strs (a single str is one name). */
static Tuple *slots_tuple(Thread *th, Value slots)
{
    List *l = kr_isinstance_type(slots, &kr_str_type) ? kr_list_from_array(th, &slots, 1)
                                                      : kr_list_from_iterable(th, slots);
    if (!l)
        return NULL;
    for (int64_t i = 0; i < l->size; i++) {
        Value v = l->items[i];
        if (!kr_isinstance_type(v, &kr_str_type)) {
            kr_err_format(th, &kr_exc_TypeError, "__slots__ items must be strings, not '%s'",
                          kr_type_name(v));
            return NULL;
        }
        if (!is_identifier(kr_as_str(v))) {
            kr_err_set_string(th, &kr_exc_TypeError, "__slots__ must be identifiers");
            return NULL;
        }
    }
    return kr_tuple_from_array(th, l->items, l->size);
}

static bool str_is(const Str *s, const char *c)
{
    size_t n = strlen(c);
    return s->kind == 1 && (size_t)s->len == n && memcmp(s->data, c, n) == 0;
}

/* A member descriptor for slot `name` at `offset` in t's instances. */
static int add_slot_member(Thread *th, Type *t, Str *name, size_t offset)
{
    MemberDef *def = kr_gc_alloc(sizeof *def);
    MemberDescr *d = kr_gc_alloc(sizeof *d);
    size_t n;
    const char *u = kr_str_utf8(th, name, &n);
    if (!def || !d || !u) {
        if (u)
            kr_err_no_memory(th);
        return -1;
    }
    def->name = u;
    def->offset = offset;
    def->flags = KR_MEMBER_SLOT;
    d->hdr.type = &kr_member_descr_type;
    d->def = def;
    d->owner = t;
    return kr_dict_set_str(th, t->dict, name, kr_from_obj(d));
}

/* Does t's layout have items, in CPython's terms (tp_itemsize != 0)?
 * Such types allow no nonempty __slots__ and no __weakref__.  krait's int
 * is fixed-size (a BigInt) but CPython's is not, so int counts. */
static bool has_items(Type *t)
{
    Type *bb = kr_type_builtin_base(t);
    return (bb->item_size != 0 && bb != &kr_str_type) || bb == &kr_int_type ||
           bb == &kr_type_type;
}

/* Check the __slots__ names, drop __dict__/__weakref__ (noting them in
 * *add_dict / *add_weak) and mangle the rest, rejecting class-variable
 * clashes.  The names are sorted, as CPython lays them out. */
static Tuple *check_slots(Thread *th, Type *t, Type *base, Tuple *raw, Dict *ns,
                          bool *add_dict, bool *add_weak)
{
    bool var = has_items(base);
    if (raw->size && var) {
        kr_err_format(th, &kr_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                      base->name);
        return NULL;
    }
    List *names = kr_list_new(th, 0);
    if (!names)
        return NULL;
    for (int64_t i = 0; i < raw->size; i++) {
        Str *s = kr_as_str(raw->items[i]);
        if (str_is(s, "__dict__")) {
            if (base->dict_offset || *add_dict) {
                kr_err_set_string(th, &kr_exc_TypeError, "__dict__ slot disallowed: we already got one");
                return NULL;
            }
            *add_dict = true;
            continue;
        }
        if (str_is(s, "__weakref__")) {
            if ((base->flags & KR_TYPE_HAS_WEAKREF) || *add_weak || var) {
                kr_err_set_string(th, &kr_exc_TypeError, "__weakref__ slot disallowed: "
                                  "either we already got one, or __itemsize__ != 0");
                return NULL;
            }
            *add_weak = true;
            continue;
        }
        Str *m = mangle(th, t->name, s);
        if (!m || !(m = kr_str_intern(th, m)))
            return NULL;
        if (kr_dict_get_str(ns, m)) {
            Str *r = kr_str_repr(th, m);
            if (r)
                kr_err_format(th, &kr_exc_ValueError, "%U in __slots__ conflicts with class variable", r);
            return NULL;
        }
        if (kr_list_append(th, names, kr_from_obj(m)) < 0)
            return NULL;
    }
    if (kr_list_sort(th, names, KR_VALUE_NULL, false) < 0)
        return NULL;
    return kr_tuple_from_array(th, names->items, names->size);
}

/* The __dict__ or __weakref__ descriptor of the class that introduces it,
 * unless the namespace already has the name (CPython's add_getset keeps
 * what is there). */
static int add_class_descr(Thread *th, Type *t, const MemberDef *def)
{
    Str *name = kr_str_intern_cstr(th, def->name);
    if (!name)
        return -1;
    if (kr_dict_get_str(t->dict, name))
        return 0;
    Value d = kr_member_descr_new(th, def, t);
    return d ? kr_dict_set_str(th, t->dict, name, d) : -1;
}

/* A class with __slots__ over several bases still gets the dict or the
 * weak reference support a base other than its layout base has (CPython's
 * type_new_slots: "secondary bases may provide weakrefs or dict"). */
static void secondary_bases_layout(Type *t, Type *base, bool may_add_dict, bool may_add_weak,
                                   bool *add_dict, bool *add_weak)
{
    for (int64_t i = 0; i < t->bases->size; i++) {
        Type *b = (Type *)kr_as_obj(t->bases->items[i]);
        if (b == base)
            continue;
        if (may_add_dict && b->dict_offset)
            *add_dict = true;
        if (may_add_weak && (b->flags & KR_TYPE_HAS_WEAKREF))
            *add_weak = true;
    }
}

/* Size, dict offset and slot members of a new heap type t over `base`. */
static int layout_instances(Thread *th, Type *t, Type *base, Dict *ns)
{
    Type *bb = kr_type_builtin_base(base);
    t->flags |= base->flags & (KR_TYPE_VAR_TAIL | KR_TYPE_HAS_WEAKREF);
    if (bb->item_size || bb == &kr_str_type)
        t->flags |= KR_TYPE_VAR_TAIL;
    /* a metaclass's instances are classes: they have their own __dict__ */
    bool add_dict = !base->dict_offset && bb != &kr_type_type;
    bool add_weak = !(t->flags & KR_TYPE_HAS_WEAKREF);
    if (has_items(base))
        add_weak = false;
    bool may_add_dict = add_dict, may_add_weak = add_weak;
    Value slots = kr_dict_get_str(ns, KR_NAME(th, __slots__));
    Tuple *names = NULL;
    if (slots) {
        Tuple *raw = slots_tuple(th, slots);
        add_dict = add_weak = false;
        if (!raw || !(names = check_slots(th, t, base, raw, ns, &add_dict, &add_weak)))
            return -1;
        t->slot_names = names;
        t->flags |= KR_TYPE_HAS_SLOTS;
    }
    t->flags |= base->flags & KR_TYPE_HAS_SLOTS;
    if (slots)
        secondary_bases_layout(t, base, may_add_dict, may_add_weak, &add_dict, &add_weak);
    if (add_weak)
        t->flags |= KR_TYPE_HAS_WEAKREF;
    size_t size = (base->size + 7) & ~(size_t)7;
    t->dict = ns;       /* the members go straight into the namespace */
    for (int64_t i = 0; names && i < names->size; i++) {
        if (add_slot_member(th, t, kr_as_str(names->items[i]), size) < 0)
            return -1;
        size += sizeof(Value);
    }
    if (add_dict && add_class_descr(th, t, &kr_object_dict_member) < 0)
        return -1;
    if (add_weak && add_class_descr(th, t, &kr_object_weakref_member) < 0)
        return -1;
    t->dict_offset = base->dict_offset;
    t->flags |= base->flags & KR_TYPE_HAS_SHAPE;
    if (add_dict && !(t->flags & KR_TYPE_VAR_TAIL)) {
        /* attributes in shapes, with a dict on demand (shape.h) */
        t->dict_offset = size;
        size += sizeof(InstAttrs);
        t->flags |= KR_TYPE_HAS_SHAPE;
    } else if (add_dict) {
        t->dict_offset = size;
        size += sizeof(Dict *);
    }
    t->size = size;
    return 0;
}

static Value type_mro_method(Thread *th, Value self, const Value *args, size_t nargs,
                             Tuple *kwnames)
{
    Type *t = (Type *)kr_as_obj(args[0]);
    Tuple *mro = t->flags & KR_TYPE_HEAP ? compute_mro(th, t, t->bases) : t->mro;
    List *l = mro ? kr_list_from_array(th, mro->items, mro->size) : NULL;
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

static bool is_type_value(Value v)
{
    return kr_is_obj(v) && (kr_type_of(v)->flags & KR_TYPE_TYPE_SUBCLASS);
}

/* t's MRO: C3, or what its metaclass's own mro() returns (CPython
 * mro_invoke), checked to hold classes only. */
static Tuple *mro_internal(Thread *th, Type *t)
{
    Type *meta = kr_type_of(kr_from_obj(t));
    Value f = meta == &kr_type_type ? KR_VALUE_NULL : kr_type_lookup(meta, KR_NAME(th, mro));
    if (!f || (kr_is_type(f, &kr_method_descr_type) && kr_method_owner(f) == &kr_type_type))
        return compute_mro(th, t, t->bases);
    Value r = kr_vm_call_method(th, f, kr_from_obj(t), NULL, 0, NULL);
    if (!r)
        return NULL;
    List *items = kr_list_new(th, 0);
    Value it = items ? kr_object_iter(th, r) : KR_VALUE_NULL;
    if (!it)
        return NULL;
    Value v;
    while ((v = kr_object_next(th, it))) {
        if (!is_type_value(v)) {
            kr_err_format(th, &kr_exc_TypeError, "mro() returned a non-class ('%s')",
                          kr_type_name(v));
            return NULL;
        }
        Type *b = (Type *)kr_as_obj(v);
        if (!kr_type_is_subtype(builtin_base(t), builtin_base(b))) {
            kr_err_format(th, &kr_exc_TypeError,
                          "mro() returned base with unsuitable layout ('%s')", b->name);
            return NULL;
        }
        if (kr_list_append(th, items, v) < 0)
            return NULL;
    }
    if (kr_err_occurred(th))
        return NULL;
    if (items->size == 0) {
        kr_err_set_string(th, &kr_exc_TypeError, "type MRO must not be empty");
        return NULL;
    }
    return kr_tuple_from_array(th, items->items, items->size);
}

/* ---- making a heap type ------------------------------------------------------------- */

/* A fresh heap type of metatype meta: layout from the solid base, MRO,
 * slots.  ns becomes its __dict__ (the caller has copied and prepared it).
 * The class body's __class__ cell, if any, is filled before the MRO is
 * computed: a metaclass's mro() may run methods that read __class__. */
static Type *new_heap_type(Thread *th, Type *meta, Str *name, Tuple *bases, Dict *ns,
                           Value cell)
{
    Type *base = best_base(th, bases);
    if (!base)
        return NULL;
    Type *t = kr_gc_alloc(meta->size > sizeof(Type) ? meta->size : sizeof(Type));
    if (!t) {
        kr_err_no_memory(th);
        return NULL;
    }
    t->hdr.type = meta;
    size_t nlen;
    const char *n8 = kr_str_utf8(th, name, &nlen);
    if (!n8)
        return NULL;
    t->name = n8;
    t->qualname = name;
    Value qn = kr_dict_get_str(ns, KR_NAME(th, __qualname__));
    if (qn) {
        t->qualname = kr_as_str(qn);
        if (kr_dict_del(th, ns, kr_from_obj(KR_NAME(th, __qualname__))) < 0)
            return NULL;
    }
    t->flags = KR_TYPE_HEAP | KR_TYPE_BASETYPE | KR_TYPE_READY;
    t->base = base;
    t->bases = bases;
    if (layout_instances(th, t, base, ns) < 0)
        return NULL;
    t->flags |= base->flags & KR_TYPE_INHERITED_FLAGS;
    /* A class without a docstring has __doc__ None -- added after the
     * __slots__ checks, which must not see it as a class variable.  A str
     * docstring must encode to UTF-8, as CPython's tp_doc copy does. */
    Value doc = kr_dict_get_str(ns, KR_NAME(th, __doc__));
    if (!doc && kr_dict_set_str(th, ns, KR_NAME(th, __doc__), KR_NONE) < 0)
        return NULL;
    if (doc && kr_is_str(doc) && check_utf8(th, kr_as_str(doc)) < 0)
        return NULL;
    t->dict = ns;
    if (cell)
        ((Cell *)kr_as_obj(cell))->ref = kr_from_obj(t);
    t->mro = mro_internal(th, t);
    if (!t->mro)
        return NULL;
    if (fill_slots(th, t, ns) < 0)
        return NULL;
    inherit_from_mro(t);
    combine_getattr(th, t);
    /* a match statement's sequence/mapping flag: the first class along
     * the MRO that has one decides (CPython's inherit_patma_flags) */
    t->flags &= ~(uint32_t)(KR_TYPE_SEQUENCE | KR_TYPE_MAPPING);
    for (int64_t i = 1; i < t->mro->size; i++) {
        uint32_t f = ((Type *)kr_as_obj(t->mro->items[i]))->flags &
                     (KR_TYPE_SEQUENCE | KR_TYPE_MAPPING);
        if (f) {
            t->flags |= f;
            break;
        }
    }
    if (t->getattr == kr_object_generic_getattr || !t->getattr)
        t->getattr = kr_object_generic_getattr;
    t->version = __atomic_fetch_add(&next_version, 1, __ATOMIC_RELAXED);
    for (int64_t i = 0; i < bases->size; i++)
        if (add_subclass(th, (Type *)kr_as_obj(bases->items[i]), t) < 0)
            return NULL;
    return t;
}

/* ---- the class-creation protocol ---------------------------------------------------- *
 *
 * A class statement calls builtins.__build_class__ (vm.c), which finds
 * the metaclass, calls its __prepare__, runs the body in the namespace it
 * returned, and calls metaclass(name, bases, namespace, **keywords).
 * type.__new__ (type_new below) then, as CPython 3.11's type_new:
 *   1. finds the most derived metaclass of the bases, deferring to it;
 *   2. copies the namespace and prepares it: __module__, __qualname__,
 *      __doc__, the implicit staticmethod __new__ and classmethods
 *      __init_subclass__ / __class_getitem__, __hash__ = None beside __eq__;
 *   3. makes the type (new_heap_type: layout, MRO -- maybe the
 *      metaclass's mro() --, slots), fills the __classcell__;
 *   4. calls __set_name__ on the namespace's values, then the parent's
 *      __init_subclass__ with the class statement's keywords. */

Type *kr_type_calculate_meta(Thread *th, Type *meta, Tuple *bases)
{
    Type *winner = meta;
    for (int64_t i = 0; i < bases->size; i++) {
        Type *tt = kr_type_of(bases->items[i]);
        if (kr_type_is_subtype(winner, tt))
            continue;
        if (kr_type_is_subtype(tt, winner)) {
            winner = tt;
            continue;
        }
        kr_err_set_string(th, &kr_exc_TypeError,
                          "metaclass conflict: the metaclass of a derived class must be a "
                          "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Wrap a plain function found under `name` in ns as a static/classmethod. */
static int wrap_implicit(Thread *th, Dict *ns, Str *name, Type *wrapper)
{
    Value f = kr_dict_get_str(ns, name);
    if (!f || !kr_is_function(f))
        return 0;
    Value w = wrapper->new_(th, wrapper, &f, 1, NULL);
    return w ? kr_dict_set_str(th, ns, name, w) : -1;
}

static int prepare_namespace(Thread *th, Dict *ns)
{
    extern Type kr_staticmethod_type, kr_classmethod_type;
    if (!kr_dict_get_str(ns, KR_NAME(th, __module__))) {
        Frame *f = th->frame;
        Value mod = f && f->globals ? kr_dict_get_str(f->globals, KR_NAME(th, __name__)) : 0;
        if (mod && kr_dict_set_str(th, ns, KR_NAME(th, __module__), mod) < 0)
            return -1;
    }
    Value qn = kr_dict_get_str(ns, KR_NAME(th, __qualname__));
    if (qn && !kr_is_str(qn)) {
        kr_err_format(th, &kr_exc_TypeError, "type __qualname__ must be a str, not %s",
                      kr_type_name(qn));
        return -1;
    }
    if (wrap_implicit(th, ns, KR_NAME(th, __new__), &kr_staticmethod_type) < 0 ||
        wrap_implicit(th, ns, KR_NAME(th, __init_subclass__), &kr_classmethod_type) < 0 ||
        wrap_implicit(th, ns, KR_NAME(th, __class_getitem__), &kr_classmethod_type) < 0)
        return -1;
    if (kr_dict_get_str(ns, KR_NAME(th, __eq__)) && !kr_dict_get_str(ns, KR_NAME(th, __hash__)) &&
        kr_dict_set_str(th, ns, KR_NAME(th, __hash__), KR_NONE) < 0)
        return -1;
    Value cell = kr_dict_get_str(ns, KR_NAME(th, __classcell__));
    if (cell && !kr_is_type(cell, &kr_cell_type)) {
        kr_err_format(th, &kr_exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                      kr_from_obj(kr_type_of(cell)));
        return -1;
    }
    return 0;
}

/* Attach a cause (and context) to the exception now set, as CPython's
 * _PyErr_FormatFromCause. */
static void set_cause(Thread *th, Value cause)
{
    Value exc = th->exc;
    if (exc && kr_is_obj(exc) && (kr_type_of(exc)->flags & KR_TYPE_EXC_SUBCLASS)) {
        Exc *e = (Exc *)kr_as_obj(exc);
        e->cause = cause;
        e->context = cause;
        e->suppress_context = true;
    }
}

/* __set_name__(owner, name) on every value of the new class's namespace
 * that has one; errors become RuntimeError, as in 3.11. */
static int call_set_names(Thread *th, Type *t)
{
    Dict *copy = kr_dict_copy(th, t->dict);
    if (!copy)
        return -1;
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(copy, &pos, &k, &v)) {
        Value f = kr_type_lookup(kr_type_of(v), KR_NAME(th, __set_name__));
        if (!f)
            continue;
        Value args[2] = {kr_from_obj(t), k};
        KrDescrGetFn get = kr_type_of(f)->descr_get;
        Value r;
        if (kr_is_function(f) || !get) {
            r = kr_vm_call_method(th, f, v, args, 2, NULL);
        } else {
            Value bound = get(th, f, v, kr_from_obj(kr_type_of(v)));
            r = bound ? kr_vm_call(th, bound, args, 2, NULL) : KR_VALUE_NULL;
        }
        if (!r) {
            Value cause = kr_err_fetch(th);
            kr_err_format(th, &kr_exc_RuntimeError,
                          "Error calling __set_name__ on '%s' instance %R in '%s'",
                          kr_type_name(v), k, t->name);
            set_cause(th, cause);
            return -1;
        }
    }
    return 0;
}

/* super(t, t).__init_subclass__(**kw): the first class after t in its MRO
 * that has one. */
static int call_init_subclass(Thread *th, Type *t, const Value *kwvals, Tuple *kwnames)
{
    Value f = KR_VALUE_NULL;
    int64_t start = 0;
    while (start < t->mro->size && t->mro->items[start] != kr_from_obj(t))
        start++;
    if (start == t->mro->size) {
        /* A custom mro() left the class out: super(t, t) refuses it. */
        kr_err_set_string(th, &kr_exc_TypeError,
                          "super(type, obj): obj must be an instance or subtype of type");
        return -1;
    }
    for (int64_t i = start + 1; i < t->mro->size && !f; i++) {
        Type *b = (Type *)kr_as_obj(t->mro->items[i]);
        f = b->dict ? kr_dict_get_str(b->dict, KR_NAME(th, __init_subclass__)) : 0;
    }
    if (!f)
        return 0;
    KrDescrGetFn get = kr_type_of(f)->descr_get;
    if (get && !(f = get(th, f, KR_VALUE_NULL, kr_from_obj(t))))
        return -1;
    Value r = kr_vm_call(th, f, kwvals, 0, kwnames);
    return r ? 0 : -1;
}

static Value object_init_subclass(Thread *th, Value self, const Value *args, size_t nargs,
                                  Tuple *kwnames)
{
    Type *t = (Type *)kr_as_obj(args[0]);
    size_t len;
    const char *qn = t->qualname ? kr_str_utf8(th, t->qualname, &len) : t->name;
    if (!qn)
        return KR_VALUE_NULL;
    if (kwnames && kwnames->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                      qn);
        return KR_VALUE_NULL;
    }
    if (nargs > 1) {
        kr_err_format(th, &kr_exc_TypeError,
                      "%s.__init_subclass__() takes no arguments (%d given)", qn, (int)nargs - 1);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

/* type.__new__(meta, name, bases, ns, **kw). */
static Value type_new(Thread *th, Type *meta, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (nargs != 3) {
        kr_err_format(th, &kr_exc_TypeError, "type.__new__() takes exactly 3 arguments (%d given)",
                      (int)nargs);
        return KR_VALUE_NULL;
    }
    static const char *const what[3] = {"str", "tuple", "dict"};
    bool ok[3] = {kr_is_str(args[0]) || kr_isinstance_type(args[0], &kr_str_type),
                  kr_isinstance_type(args[1], &kr_tuple_type),
                  kr_isinstance_type(args[2], &kr_dict_type)};
    for (int i = 0; i < 3; i++)
        if (!ok[i]) {
            kr_err_format(th, &kr_exc_TypeError, "type.__new__() argument %d must be %s, not %s",
                          i + 1, what[i], kr_type_name(args[i]));
            return KR_VALUE_NULL;
        }
    /* the name must be valid UTF-8 without NULs (CPython's tp_name) */
    Str *nm = kr_as_str(args[0]);
    const unsigned char *np = nm->data;
    int64_t nlen = nm->len;
    Value utf8 = nm->ascii ? KR_NONE : kr_bytes_encode(th, nm, KR_VALUE_NULL, KR_VALUE_NULL);
    if (!utf8 || (!nm->ascii && kr_bytes_view(th, utf8, &np, &nlen) < 0))
        return KR_VALUE_NULL;
    if (memchr(np, 0, (size_t)nlen)) {
        kr_err_set_string(th, &kr_exc_ValueError, "type name must not contain null characters");
        return KR_VALUE_NULL;
    }
    Tuple *bases = kr_as_tuple(args[1]);
    for (int64_t i = 0; i < bases->size; i++) {
        Value b = bases->items[i];
        if (is_type_value(b))
            continue;
        Value me = kr_object_getattr(th, b, KR_NAME(th, __mro_entries__));
        if (me) {
            kr_err_set_string(th, &kr_exc_TypeError, "type() doesn't support MRO entry "
                              "resolution; use types.new_class()");
            return KR_VALUE_NULL;
        }
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
    }
    Type *winner = kr_type_calculate_meta(th, meta, bases);
    if (!winner)
        return KR_VALUE_NULL;
    if (winner != meta && winner->new_ != type_new)
        return winner->new_(th, winner, args, nargs, kwnames);
    meta = winner;
    if (bases->size == 0) {
        Value objv = kr_from_obj(&kr_object_type);
        if (!(bases = kr_tuple_from_array(th, &objv, 1)))
            return KR_VALUE_NULL;
    }
    Dict *ns = kr_dict_copy(th, kr_as_dict(args[2]));
    if (!ns || prepare_namespace(th, ns) < 0)
        return KR_VALUE_NULL;
    Value cell = kr_dict_get_str(ns, KR_NAME(th, __classcell__));
    if (cell && kr_dict_del(th, ns, kr_from_obj(KR_NAME(th, __classcell__))) < 0)
        return KR_VALUE_NULL;
    Type *t = new_heap_type(th, meta, kr_as_str(args[0]), bases, ns, cell);
    if (!t)
        return KR_VALUE_NULL;
    size_t nkw = kwnames ? (size_t)kwnames->size : 0;
    KR_UNUSED(nkw);
    if (call_set_names(th, t) < 0 || call_init_subclass(th, t, args + nargs, kwnames) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(t);
}

static int type_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (kwnames && kwnames->size && nargs == 1) {
        kr_err_set_string(th, &kr_exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        kr_err_set_string(th, &kr_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

Value kr_type_new_heap(Thread *th, Str *name, Tuple *bases, Dict *ns)
{
    Value args[3] = {kr_from_obj(name), kr_from_obj(bases), kr_from_obj(ns)};
    return type_new(th, &kr_type_type, args, 3, NULL);
}

/* Recompute the MRO of t's subclasses, deepest last; on failure the
 * caller restores what it saved in `undo` (pairs of type, old MRO). */
static int mro_subclasses(Thread *th, Type *t, List *undo)
{
    List *subs = live_subclasses(th, t);
    if (!subs)
        return -1;
    for (int64_t i = 0; i < subs->size; i++) {
        Type *sub = (Type *)kr_as_obj(subs->items[i]);
        if (kr_list_append(th, undo, subs->items[i]) < 0 ||
            kr_list_append(th, undo, kr_from_obj(sub->mro)) < 0)
            return -1;
        Tuple *mro = mro_internal(th, sub);
        if (!mro)
            return -1;
        sub->mro = mro;
        if (mro_subclasses(th, sub, undo) < 0)
            return -1;
    }
    return 0;
}

/* The __base__ chain is set before a reentrant mro() runs, the MRO only
 * after, so a cycle made from inside mro() shows in the chain first
 * (CPython's type_is_subtype_base_chain). */
static bool base_chain_has(const Type *t, const Type *base)
{
    for (; t; t = t->base)
        if (t == base)
            return true;
    return false;
}

/* C.__bases__ = (...): CPython's type_set_bases. */
static int set_bases(Thread *th, Type *t, Value value)
{
    if (!kr_is_tuple(value)) {
        kr_err_format(th, &kr_exc_TypeError, "can only assign tuple to %s.__bases__, not %s",
                      t->name, kr_type_name(value));
        return -1;
    }
    Tuple *bases = kr_as_tuple(value);
    if (bases->size == 0) {
        kr_err_format(th, &kr_exc_TypeError,
                      "can only assign non-empty tuple to %s.__bases__, not ()", t->name);
        return -1;
    }
    for (int64_t i = 0; i < bases->size; i++) {
        Value b = bases->items[i];
        if (!is_type_value(b)) {
            kr_err_format(th, &kr_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                          t->name, kr_type_name(b));
            return -1;
        }
        if (kr_type_is_subtype((Type *)kr_as_obj(b), t) || base_chain_has((Type *)kr_as_obj(b), t)) {
            kr_err_set_string(th, &kr_exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    Type *nb = best_base(th, bases);
    if (!nb)
        return -1;
    if (!same_layout(t->base, nb)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "__bases__ assignment: '%s' object layout differs from '%s'", nb->name,
                      t->base->name);
        return -1;
    }
    Tuple *old_bases = t->bases, *old_mro = t->mro;
    Type *old_base = t->base;
    t->bases = bases;
    t->base = nb;
    List *undo = kr_list_new(th, 0);
    Tuple *mro = undo ? mro_internal(th, t) : NULL;
    if (mro) {
        t->mro = mro;
        if (mro_subclasses(th, t, undo) == 0) {
            /* an mro() that assigned __bases__ again has done all this */
            if (t->bases != bases)
                return 0;
            for (int64_t i = 0; i < old_bases->size; i++)
                remove_subclass((Type *)kr_as_obj(old_bases->items[i]), t);
            for (int64_t i = 0; i < bases->size; i++)
                if (add_subclass(th, (Type *)kr_as_obj(bases->items[i]), t) < 0)
                    return -1;
            __atomic_fetch_add(&th->vm->type_epoch, 1, __ATOMIC_RELAXED);
            return refresh_slots(th, t);
        }
        for (int64_t i = undo->size - 2; i >= 0; i -= 2)
            ((Type *)kr_as_obj(undo->items[i]))->mro = kr_as_tuple(undo->items[i + 1]);
    }
    if (t->bases == bases) {    /* else a reentrant assignment stands */
        t->bases = old_bases;
        t->base = old_base;
        t->mro = old_mro;
    }
    return -1;
}
