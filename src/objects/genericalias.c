/*
 * genericalias.c -- types.GenericAlias (`list[int]`) and types.UnionType
 * (`int | str`), the two objects PEP 585 and PEP 604 put behind
 * subscripting a builtin class and or-ing classes.
 *
 * A GenericAlias is (origin, args): calling it calls the origin, every
 * attribute it does not own is read from the origin, and as a base of a
 * class statement it stands for its origin (__mro_entries__).  A union is
 * a flat tuple of distinct args; isinstance()/issubclass() read a union
 * as the tuple of its args (object.c).  Parameters (`__parameters__`) are
 * the args that are type variables (anything with `__typing_subst__`),
 * collected as CPython's _Py_make_parameters does, so typing's TypeVar
 * works once typing imports.
 *
 * The builtin generic classes get a `__class_getitem__` here, at start-up
 * (kr_genericalias_init), so their own files need not know about aliases.
 */
#include "objects/genericalias.h"

#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct GenericAlias {
    Obj hdr;
    Value origin;
    Tuple *args;
    Tuple *params;          /* computed on first use; NULL until then */
} GenericAlias;

typedef struct Union {
    Obj hdr;
    Tuple *args;
    Tuple *params;
} Union;

extern Type kr_genericalias_type, kr_union_type;

static bool is_class(Value v)
{
    return kr_is_obj(v) && (kr_type_of(v)->flags & KR_TYPE_TYPE_SUBCLASS);
}

/* getattr that reports a missing attribute as NULL with no error. */
static Value lookup_optional(Thread *th, Value obj, const char *name, bool *failed)
{
    *failed = false;
    Str *n = kr_str_intern_cstr(th, name);
    Value v = n ? kr_object_getattr(th, obj, n) : KR_VALUE_NULL;
    if (v)
        return v;
    if (n && kr_err_matches(th, &kr_exc_AttributeError))
        kr_err_clear(th);
    else
        *failed = true;
    return KR_VALUE_NULL;
}

/* ---- repr ---------------------------------------------------------------------------- */

/* CPython's ga_repr_item: "..." for Ellipsis, repr() for aliases, else
 * module.qualname (no module for builtins), falling back on repr(). */
static int repr_item(Thread *th, Buf *b, Value p)
{
    if (p == KR_ELLIPSIS) {
        kr_buf_puts(b, "...");
        return 0;
    }
    bool failed;
    Value origin = lookup_optional(th, p, "__origin__", &failed);
    Value args = origin && !failed ? lookup_optional(th, p, "__args__", &failed) : 0;
    Value qn = !failed && !(origin && args) ? lookup_optional(th, p, "__qualname__", &failed) : 0;
    Value mod = qn && !failed ? lookup_optional(th, p, "__module__", &failed) : 0;
    if (failed)
        return -1;
    if (qn && mod && !kr_is_none(mod) && kr_is_str(qn) && kr_is_str(mod)) {
        if (strcmp((const char *)kr_as_str(mod)->data, "builtins") != 0) {
            kr_str_to_buf(b, kr_as_str(mod));
            kr_buf_putc(b, '.');
        }
        kr_str_to_buf(b, kr_as_str(qn));
        return 0;
    }
    Value r = kr_object_repr(th, p);
    if (!r)
        return -1;
    kr_str_to_buf(b, kr_as_str(r));
    return 0;
}

static Value ga_repr(Thread *th, Value self)
{
    GenericAlias *ga = (GenericAlias *)kr_as_obj(self);
    Buf b;
    kr_buf_init(&b);
    if (repr_item(th, &b, ga->origin) < 0)
        return KR_VALUE_NULL;
    kr_buf_putc(&b, '[');
    if (ga->args->size == 0)
        kr_buf_puts(&b, "()");      /* tuple[()] */
    for (int64_t i = 0; i < ga->args->size; i++) {
        if (i)
            kr_buf_puts(&b, ", ");
        Value a = ga->args->items[i];
        if (kr_isinstance_type(a, &kr_list_type)) {   /* Callable[[int], str] */
            List *l = (List *)kr_as_obj(a);
            kr_buf_putc(&b, '[');
            for (int64_t k = 0; k < l->size; k++) {
                if (k)
                    kr_buf_puts(&b, ", ");
                if (repr_item(th, &b, l->items[k]) < 0)
                    return KR_VALUE_NULL;
            }
            kr_buf_putc(&b, ']');
        } else if (repr_item(th, &b, a) < 0) {
            return KR_VALUE_NULL;
        }
    }
    kr_buf_putc(&b, ']');
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* ---- parameters ---------------------------------------------------------------------- */

static int add_unique(Thread *th, List *l, Value v)
{
    for (int64_t i = 0; i < l->size; i++)
        if (l->items[i] == v)
            return 0;
    return kr_list_append(th, l, v);
}

/* The type variables among args, in order, each once. */
static Tuple *make_parameters(Thread *th, Tuple *args)
{
    List *out = kr_list_new(th, 0);
    if (!out)
        return NULL;
    for (int64_t i = 0; i < args->size; i++) {
        Value a = args->items[i];
        if (is_class(a))
            continue;
        bool failed;
        Value subst = lookup_optional(th, a, "__typing_subst__", &failed);
        if (failed)
            return NULL;
        if (subst) {
            if (add_unique(th, out, a) < 0)
                return NULL;
            continue;
        }
        Value ps = lookup_optional(th, a, "__parameters__", &failed);
        if (failed)
            return NULL;
        if (ps && kr_is_tuple(ps))
            for (int64_t k = 0; k < kr_as_tuple(ps)->size; k++)
                if (add_unique(th, out, kr_as_tuple(ps)->items[k]) < 0)
                    return NULL;
    }
    return kr_tuple_from_array(th, out->items, out->size);
}

static Value ga_parameters(Thread *th, Value self)
{
    GenericAlias *ga = (GenericAlias *)kr_as_obj(self);
    if (!ga->params && !(ga->params = make_parameters(th, ga->args)))
        return KR_VALUE_NULL;
    return kr_from_obj(ga->params);
}

/* ---- GenericAlias ---------------------------------------------------------------------- */

Value kr_genericalias_new(Thread *th, Value origin, Value args)
{
    Tuple *t = kr_is_tuple(args) ? kr_as_tuple(args) : kr_tuple_from_array(th, &args, 1);
    GenericAlias *ga = t ? kr_gc_alloc(sizeof *ga) : NULL;
    if (!ga) {
        if (t)
            kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    ga->hdr.type = &kr_genericalias_type;
    ga->origin = origin;
    ga->args = t;
    return kr_from_obj(ga);
}

static Value ga_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kw && kw->size)
        return kr_err_type_error(th, "GenericAlias() takes no keyword arguments");
    if (nargs != 2)
        return kr_err_type_error(th, "GenericAlias expected 2 arguments, got %d", (int)nargs);
    Value v = kr_genericalias_new(th, args[0], args[1]);
    if (v)
        kr_as_obj(v)->type = t;
    return v;
}

/* The names a GenericAlias answers itself; the rest come from the origin. */
static const char *const ga_own_attrs[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL,
};

static Value ga_getattr(Thread *th, Value self, Str *name)
{
    for (const char *const *p = ga_own_attrs; *p; p++)
        if (name->kind == 1 && strcmp(*p, (const char *)name->data) == 0)
            return kr_object_generic_getattr(th, self, name);
    return kr_object_getattr(th, ((GenericAlias *)kr_as_obj(self))->origin, name);
}

/* list[int](...) is list(...), remembering the alias as __orig_class__
 * when the result accepts attributes. */
static Value ga_call(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    Value r = kr_vm_call(th, ((GenericAlias *)kr_as_obj(self))->origin, args, nargs, kw);
    if (!r)
        return KR_VALUE_NULL;
    Str *n = kr_str_intern_cstr(th, "__orig_class__");
    if (!n)
        return KR_VALUE_NULL;
    if (kr_object_setattr(th, r, n, self) < 0) {
        if (!kr_err_matches(th, &kr_exc_AttributeError) && !kr_err_matches(th, &kr_exc_TypeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
    }
    return r;
}

static Value ga_richcompare(Thread *th, Value a, Value b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_isinstance_type(b, &kr_genericalias_type))
        return KR_NOTIMPL;
    GenericAlias *x = (GenericAlias *)kr_as_obj(a), *y = (GenericAlias *)kr_as_obj(b);
    int eq = kr_object_richcompare_bool(th, x->origin, y->origin, KR_EQ);
    if (eq > 0)
        eq = kr_object_richcompare_bool(th, kr_from_obj(x->args), kr_from_obj(y->args), KR_EQ);
    if (eq < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(op == KR_EQ ? eq : !eq);
}

static int ga_hash(Thread *th, Value self, int64_t *h)
{
    GenericAlias *ga = (GenericAlias *)kr_as_obj(self);
    int64_t h0, h1;
    if (kr_object_hash(th, ga->origin, &h0) < 0 || kr_object_hash(th, kr_from_obj(ga->args), &h1) < 0)
        return -1;
    *h = h0 ^ h1;
    if (*h == -1)
        *h = -2;
    return 0;
}

/* alias[item]: substitute the alias's type variables (CPython's
 * _Py_subs_parameters, without the variadic forms). */
static Value ga_getitem(Thread *th, Value self, Value item)
{
    GenericAlias *ga = (GenericAlias *)kr_as_obj(self);
    if (!ga_parameters(th, self))
        return KR_VALUE_NULL;
    int64_t np = ga->params->size;
    if (np == 0) {
        kr_err_format(th, &kr_exc_TypeError, "%R is not a generic class", self);
        return KR_VALUE_NULL;
    }
    Tuple *items = kr_is_tuple(item) ? kr_as_tuple(item) : kr_tuple_from_array(th, &item, 1);
    if (!items)
        return KR_VALUE_NULL;
    if (items->size != np) {
        kr_err_format(th, &kr_exc_TypeError, "Too %s arguments for %R; actual %d, expected %d",
                      items->size > np ? "many" : "few", self, (int)items->size, (int)np);
        return KR_VALUE_NULL;
    }
    Tuple *out = kr_tuple_new(th, ga->args->size);
    if (!out)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < ga->args->size; i++) {
        Value a = ga->args->items[i], v = a;
        for (int64_t k = 0; k < np; k++)
            if (ga->params->items[k] == a) {
                bool failed;
                Value subst = lookup_optional(th, a, "__typing_subst__", &failed);
                if (failed)
                    return KR_VALUE_NULL;
                v = subst ? kr_vm_call(th, subst, &items->items[k], 1, NULL) : items->items[k];
                if (!v)
                    return KR_VALUE_NULL;
            }
        out->items[i] = v;
    }
    return kr_genericalias_new(th, ga->origin, kr_from_obj(out));
}

static Value ga_mro_entries(Thread *th, Value unused, const Value *args, size_t nargs,
                            Tuple *kw)
{
    if (kr_call_check_args(th, "__mro_entries__", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_from_array(th, &((GenericAlias *)kr_as_obj(args[0]))->origin, 1);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value ga_instancecheck(Thread *th, Value unused, const Value *args, size_t nargs,
                              Tuple *kw)
{
    return kr_err_type_error(th, "isinstance() argument 2 cannot be a parameterized generic");
}

static Value ga_subclasscheck(Thread *th, Value unused, const Value *args, size_t nargs,
                              Tuple *kw)
{
    return kr_err_type_error(th, "issubclass() argument 2 cannot be a parameterized generic");
}

static Value ga_origin(Thread *th, Value self) { return ((GenericAlias *)kr_as_obj(self))->origin; }
static Value ga_args(Thread *th, Value self) { return kr_from_obj(((GenericAlias *)kr_as_obj(self))->args); }

static const MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, "($self, bases, /)", NULL, 0},
    {"__instancecheck__", ga_instancecheck, "($self, obj, /)", NULL, 0},
    {"__subclasscheck__", ga_subclasscheck, "($self, obj, /)", NULL, 0},
    {0},
};

static const MemberDef ga_members[] = {
    {"__origin__", 0, ga_origin, NULL, NULL, KR_MEMBER_READONLY},
    {"__args__", 0, ga_args, NULL, NULL, KR_MEMBER_READONLY},
    {"__parameters__", 0, ga_parameters, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Value kr_union_or(Thread *th, Value a, Value b);

Type kr_genericalias_type = {
    .hdr = {&kr_type_type},
    .name = "types.GenericAlias",
    .size = sizeof(GenericAlias),
    .flags = KR_TYPE_BASETYPE,
    .new_ = ga_new,
    .repr = ga_repr,
    .call = ga_call,
    .getattr = ga_getattr,
    .richcompare = ga_richcompare,
    .hash = ga_hash,
    .getitem = ga_getitem,
    .binop = {[KR_OP_OR] = kr_union_or},
    .methods = ga_methods,
    .members = ga_members,
};

/* ---- UnionType ---------------------------------------------------------------------------- */

static bool unionable(Value v)
{
    return kr_is_none(v) || is_class(v) || kr_isinstance_type(v, &kr_genericalias_type) ||
           kr_is_type(v, &kr_union_type);
}

/* Append v's members (a union's args, None as NoneType) to l, each once. */
static int flatten_into(Thread *th, List *l, Value v)
{
    if (kr_is_type(v, &kr_union_type)) {
        Tuple *args = ((Union *)kr_as_obj(v))->args;
        for (int64_t i = 0; i < args->size; i++)
            if (flatten_into(th, l, args->items[i]) < 0)
                return -1;
        return 0;
    }
    if (kr_is_none(v))
        v = kr_from_obj(&kr_none_type);
    for (int64_t i = 0; i < l->size; i++) {
        Value o = l->items[i];
        bool both_alias = kr_isinstance_type(o, &kr_genericalias_type) &&
                          kr_isinstance_type(v, &kr_genericalias_type);
        int same = o == v;
        if (!same && both_alias && (same = kr_object_richcompare_bool(th, o, v, KR_EQ)) < 0)
            return -1;
        if (same)
            return 0;
    }
    return kr_list_append(th, l, v);
}

/* a | b for classes, aliases, unions and None (type.__or__ and friends). */
Value kr_union_or(Thread *th, Value a, Value b)
{
    if (!unionable(a) || !unionable(b))
        return KR_NOTIMPL;
    List *l = kr_list_new(th, 0);
    if (!l || flatten_into(th, l, a) < 0 || flatten_into(th, l, b) < 0)
        return KR_VALUE_NULL;
    if (l->size == 1)
        return l->items[0];
    Union *u = kr_gc_alloc(sizeof *u);
    if (!u || !(u->args = kr_tuple_from_array(th, l->items, l->size))) {
        if (!u)
            kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    u->hdr.type = &kr_union_type;
    return kr_from_obj(u);
}

Tuple *kr_union_args(Value u)
{
    return ((Union *)kr_as_obj(u))->args;
}

static Value union_repr(Thread *th, Value self)
{
    Tuple *args = ((Union *)kr_as_obj(self))->args;
    Buf b;
    kr_buf_init(&b);
    for (int64_t i = 0; i < args->size; i++) {
        if (i)
            kr_buf_puts(&b, " | ");
        if (args->items[i] == kr_from_obj(&kr_none_type))
            kr_buf_puts(&b, "None");
        else if (repr_item(th, &b, args->items[i]) < 0)
            return KR_VALUE_NULL;
    }
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* Unions are equal when their args are equal as sets. */
static Value union_richcompare(Thread *th, Value a, Value b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_is_type(b, &kr_union_type))
        return KR_NOTIMPL;
    Tuple *x = kr_union_args(a), *y = kr_union_args(b);
    int eq = 1;
    for (int pass = 0; pass < 2 && eq > 0; pass++) {
        Tuple *p = pass ? y : x, *q = pass ? x : y;
        for (int64_t i = 0; i < p->size && eq > 0; i++)
            if ((eq = kr_object_contains(th, kr_from_obj(q), p->items[i])) < 0)
                return KR_VALUE_NULL;
    }
    return kr_from_bool(op == KR_EQ ? eq : !eq);
}

static int union_hash(Thread *th, Value self, int64_t *h)
{
    Tuple *args = kr_union_args(self);
    uint64_t acc = 0x345678;
    for (int64_t i = 0; i < args->size; i++) {
        int64_t hi;
        if (kr_object_hash(th, args->items[i], &hi) < 0)
            return -1;
        acc ^= (uint64_t)hi;     /* order-free, as hash(frozenset(args)) */
    }
    *h = (int64_t)acc == -1 ? -2 : (int64_t)acc;
    return 0;
}

static Value union_args(Thread *th, Value self) { return kr_from_obj(kr_union_args(self)); }

static Value union_parameters(Thread *th, Value self)
{
    Union *u = (Union *)kr_as_obj(self);
    if (!u->params && !(u->params = make_parameters(th, u->args)))
        return KR_VALUE_NULL;
    return kr_from_obj(u->params);
}

static const MemberDef union_members[] = {
    {"__args__", 0, union_args, NULL, NULL, KR_MEMBER_READONLY},
    {"__parameters__", 0, union_parameters, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Type kr_union_type = {
    .hdr = {&kr_type_type},
    .name = "types.UnionType",
    .size = sizeof(Union),
    .repr = union_repr,
    .richcompare = union_richcompare,
    .hash = union_hash,
    .binop = {[KR_OP_OR] = kr_union_or},
    .members = union_members,
};

/* ---- __class_getitem__ of the builtin generic classes -------------------------------------- */

static Value class_getitem(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "__class_getitem__", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return kr_genericalias_new(th, args[0], args[1]);
}

const MethodDef kr_genericalias_class_getitem = {
    "__class_getitem__", class_getitem, "($cls, item, /)",
    "See PEP 585", KR_METH_CLASS,
};

int kr_genericalias_init(Thread *th)
{
    extern Type kr_classmethod_type, kr_enumerate_type;
    if (kr_type_ready(th, &kr_genericalias_type) < 0 || kr_type_ready(th, &kr_union_type) < 0)
        return -1;
    Type *const generic[] = {
        &kr_list_type, &kr_tuple_type, &kr_dict_type, &kr_set_type, &kr_frozenset_type,
        &kr_enumerate_type,
    };
    Str *name = KR_NAME(th, __class_getitem__);
    for (size_t i = 0; i < KR_ARRAY_LEN(generic); i++) {
        if (kr_type_ready(th, generic[i]) < 0)
            return -1;
        Value f = kr_builtin_new(th, &kr_genericalias_class_getitem, KR_VALUE_NULL, KR_VALUE_NULL);
        Value cm = f ? kr_classmethod_type.new_(th, &kr_classmethod_type, &f, 1, NULL) : 0;
        if (!cm || kr_dict_set_str(th, generic[i]->dict, name, cm) < 0)
            return -1;
    }
    return 0;
}
