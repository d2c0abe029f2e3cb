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

static Value super_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "super", nargs, 0, 2, kw) < 0)
        return KR_VALUE_NULL;
    Value type, obj;
    if (nargs == 0) {
        Frame *f = th->frame;
        Code *code = f ? f->code : NULL;
        if (!code || !code->argcount) {
            kr_err_set_string(th, &kr_exc_RuntimeError, "super(): no arguments");
            return KR_VALUE_NULL;
        }
        int64_t idx = -1;
        for (int64_t i = 0; i < code->freevars->size; i++)
            if (strcmp((const char *)kr_as_str(code->freevars->items[i])->data, "__class__") == 0)
                idx = i;
        if (idx < 0) {
            kr_err_set_string(th, &kr_exc_RuntimeError, "super(): __class__ cell not found");
            return KR_VALUE_NULL;
        }
        Cell *cell = (Cell *)kr_as_obj(f->regs[code->nlocals + code->ncells + (uint32_t)idx]);
        type = cell->ref;
        obj = f->regs[0];
        if (obj && kr_is_type(obj, &kr_cell_type))
            obj = ((Cell *)kr_as_obj(obj))->ref;
        if (!type) {
            kr_err_set_string(th, &kr_exc_RuntimeError, "super(): empty __class__ cell");
            return KR_VALUE_NULL;
        }
        if (!obj) {
            kr_err_set_string(th, &kr_exc_RuntimeError, "super(): arg[0] deleted");
            return KR_VALUE_NULL;
        }
    } else {
        type = args[0];
        obj = nargs > 1 ? args[1] : KR_NONE;
    }
    if (!is_type(type))
        return kr_err_type_error(th, "super() argument 1 must be a type, not %s", kr_type_name(type));
    Type *ot;
    if (is_type(obj) && kr_type_is_subtype((Type *)kr_as_obj(obj), (Type *)kr_as_obj(type)))
        ot = (Type *)kr_as_obj(obj);
    else if (kr_isinstance_type(obj, (Type *)kr_as_obj(type)))
        ot = kr_type_of(obj);
    else if (!(ot = claimed_class(th, obj, (Type *)kr_as_obj(type))))
        return kr_err_occurred(th) ? KR_VALUE_NULL
                                   : kr_err_type_error(th, "super(type, obj): obj must be an "
                                                           "instance or subtype of type");
    Super *s = (Super *)kr_object_alloc_sub(th, t, 0);     /* t: maybe a subclass */
    if (!s) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    s->hdr.type = t;
    s->type = (Type *)kr_as_obj(type);
    s->obj = obj;
    s->obj_type = ot;
    return kr_from_obj(s);
}

static Value super_getattr(Thread *th, Value self, Str *name)
{
    Super *s = (Super *)kr_as_obj(self);
    Tuple *mro = s->obj_type->mro;
    if (!mro)       /* the class's mro() is still running: super's own attributes */
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
    .size = sizeof(Super),
    .flags = KR_TYPE_BASETYPE,
    .new_ = super_new,
    .getattr = super_getattr,
};
