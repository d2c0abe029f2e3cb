/*
 * super.c -- super(): attribute lookup that starts after a given class in
 * an object's MRO.
 *
 * The zero-argument form reads the calling frame, as CPython does: the
 * class is the `__class__` cell the compiler creates for any method that
 * mentions super (symtable: needs_class_closure), and the object is the
 * method's first argument.  super() is called from Python through CALL,
 * so th->frame is the method's own frame when super_new runs.
 */
#include "objects/object.h"

#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/frame.h"

typedef struct Super {
    Obj hdr;
    Type *type;          /* start after this class */
    Value obj;           /* the instance (or a class, for classmethods) */
    Type *obj_type;      /* whose MRO is searched */
} Super;

extern Type kr_super_type;

static bool is_type(Value v)
{
    return kr_is_obj(v) && (kr_type_of(v)->flags & KR_TYPE_TYPE_SUBCLASS);
}

/* The slow way of CPython's supercheck: a proxy may claim, by its
 * __class__ attribute, a class that is a subtype of type. */
static Type *claimed_class(Thread *th, Value obj, Type *type)
{
    Value c = kr_object_getattr(th, obj, KR_NAME(th, __class__));
    if (!c) {
        if (kr_err_matches(th, &kr_exc_AttributeError))
            kr_err_clear(th);
        return NULL;
    }
    if (!is_type(c) || (Type *)kr_as_obj(c) == kr_type_of(obj) ||
        !kr_type_is_subtype((Type *)kr_as_obj(c), type))
        return NULL;
    return (Type *)kr_as_obj(c);
}

/* The class whose MRO super(type, obj) searches: obj's own type, obj
 * itself when it is a subclass of type (classmethods), or the class a
 * proxy claims; NULL with the error set otherwise (CPython's supercheck). */
static Type *super_check(Thread *th, Type *type, Value obj)
{
    Type *ot = NULL;
    if (is_type(obj) && kr_type_is_subtype((Type *)kr_as_obj(obj), type))
        ot = (Type *)kr_as_obj(obj);
    else if (kr_isinstance_type(obj, type))
        ot = kr_type_of(obj);
    else if (!(ot = claimed_class(th, obj, type)) && !kr_err_occurred(th))
        kr_err_type_error(th, "super(type, obj): obj must be an instance or subtype of type");
    return ot;
}

/* Does the first argument live in a cell (a closure captures it)?  Then
 * its register holds the cell; otherwise a cell there is the argument. */
static bool first_arg_is_cell(const Code *code)
{
    Str *first = kr_as_str(code->varnames->items[0]);
    for (int64_t i = 0; i < code->cellvars->size; i++)
        if (kr_str_eq(kr_as_str(code->cellvars->items[i]), first))
            return true;
    return false;
}

/* super() with no arguments: the __class__ cell and first argument of
 * the calling frame. */
static int super_from_frame(Thread *th, Value *type, Value *obj)
{
    Frame *f = th->frame;
    Code *code = f ? f->code : NULL;
    if (!code || !code->argcount) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    int64_t idx = -1;
    for (int64_t i = 0; i < code->freevars->size; i++)
        if (strcmp((const char *)kr_as_str(code->freevars->items[i])->data, "__class__") == 0)
            idx = i;
    if (idx < 0) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "super(): __class__ cell not found");
        return -1;
    }
    Cell *cell = (Cell *)kr_as_obj(f->regs[code->nlocals + code->ncells + (uint32_t)idx]);
    *type = cell->ref;
    *obj = f->regs[0];
    if (*obj && kr_is_type(*obj, &kr_cell_type) && first_arg_is_cell(code))
        *obj = ((Cell *)kr_as_obj(*obj))->ref;
    if (!*type) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "super(): empty __class__ cell");
        return -1;
    }
    if (!*obj) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    return 0;
}

/* As CPython, super's work is in __init__ (a subclass of super may call
 * it again); __new__ only allocates. */
static Value super_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    Super *s = (Super *)kr_object_alloc_sub(th, t, 0);     /* t: maybe a subclass */
    if (!s)
        return KR_VALUE_NULL;
    s->hdr.type = t;
    return kr_from_obj(s);
}

static int super_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (kw && kw->size) {
        kr_err_set_string(th, &kr_exc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    if (kr_call_check_args(th, "super()", nargs, 0, 2, NULL) < 0)
        return -1;
    Value type, obj = KR_VALUE_NULL;
    if (nargs == 0) {
        if (super_from_frame(th, &type, &obj) < 0)
            return -1;
    } else {
        type = args[0];
        if (nargs > 1 && args[1] != KR_NONE)
            obj = args[1];      /* super(C, None) is unbound, as super(C) */
    }
    if (!is_type(type)) {
        kr_err_type_error(th, "super() argument 1 must be a type, not %s", kr_type_name(type));
        return -1;
    }
    Type *ot = NULL;
    if (obj && !(ot = super_check(th, (Type *)kr_as_obj(type), obj)))
        return -1;
    Super *s = (Super *)kr_as_obj(self);
    s->type = (Type *)kr_as_obj(type);
    s->obj = obj;
    s->obj_type = ot;
    return 0;
}

/* An unbound super(C) is a descriptor: looked up on an instance it
 * becomes super(C, instance), of the same (sub)class of super. */
static Value super_descr_get(Thread *th, Value self, Value obj, Value type)
{
    Super *s = (Super *)kr_as_obj(self);
    if (!obj || obj == KR_NONE || s->obj)
        return self;
    Value args[2] = {kr_from_obj(s->type), obj};
    return kr_vm_call(th, kr_from_obj(kr_type_of(self)), args, 2, NULL);
}

static Value super_repr(Thread *th, Value self)
{
    Super *s = (Super *)kr_as_obj(self);
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "<super: <class '%s'>, ", s->type ? s->type->name : "NULL");
    if (s->obj_type)
        kr_buf_printf(&b, "<%s object>>", s->obj_type->name);
    else
        kr_buf_puts(&b, "NULL>");
    Str *r = kr_str_from_buf(th, &b);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value super_thisclass(Thread *th, Value self)
{
    Type *t = ((Super *)kr_as_obj(self))->type;
    return t ? kr_from_obj(t) : KR_NONE;
}

static Value super_self(Thread *th, Value self)
{
    Value o = ((Super *)kr_as_obj(self))->obj;
    return o ? o : KR_NONE;
}

static Value super_self_class(Thread *th, Value self)
{
    Type *t = ((Super *)kr_as_obj(self))->obj_type;
    return t ? kr_from_obj(t) : KR_NONE;
}

static const MemberDef super_members[] = {
    {"__thisclass__", 0, super_thisclass, NULL, "the class invoking super()", KR_MEMBER_READONLY},
    {"__self__", 0, super_self, NULL, "the instance invoking super(); may be None",
     KR_MEMBER_READONLY},
    {"__self_class__", 0, super_self_class, NULL,
     "the type of the instance invoking super(); may be None", KR_MEMBER_READONLY},
    {0},
};

static Value super_getattr(Thread *th, Value self, Str *name)
{
    Super *s = (Super *)kr_as_obj(self);
    /* unbound, or super.__class__: super's own attributes; while the
     * class's mro() is still running, too */
    Tuple *mro = s->obj_type ? s->obj_type->mro : NULL;
    if (!mro || name == KR_NAME(th, __class__))
        return kr_object_generic_getattr(th, self, name);
    int64_t i = 0;
    while (i < mro->size && (Type *)kr_as_obj(mro->items[i]) != s->type)
        i++;
    for (i++; i < mro->size; i++) {
        Type *b = (Type *)kr_as_obj(mro->items[i]);
        Value v = b->dict ? kr_dict_get_str(b->dict, name) : KR_VALUE_NULL;
        if (!v)
            continue;
        KrDescrGetFn get = kr_type_of(v)->descr_get;
        if (!get)
            return v;
        Value inst = s->obj == kr_from_obj(s->obj_type) ? KR_VALUE_NULL : s->obj;
        return get(th, v, inst, kr_from_obj(s->obj_type));
    }
    return kr_object_generic_getattr(th, self, name);
}

Type kr_super_type = {
    .hdr = {&kr_type_type},
    .name = "super",
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)\n"
           "Typical use to call a cooperative superclass method:\n"
           "class C(B):\n"
           "    def meth(self, arg):\n"
           "        super().meth(arg)\n"
           "This works for class methods too:\n"
           "class C(B):\n"
           "    @classmethod\n"
           "    def cmeth(cls, arg):\n"
           "        super().cmeth(arg)\n",
    .size = sizeof(Super),
    .flags = KR_TYPE_BASETYPE,
    .new_ = super_new,
    .init = super_init,
    .getattr = super_getattr,
    .descr_get = super_descr_get,
    .repr = super_repr,
    .members = super_members,
};
