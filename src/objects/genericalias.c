/*
 * genericalias.c -- types.GenericAlias (`list[int]`) and types.UnionType
 * (`int | str`), CPython 3.11's genericaliasobject.c and unionobject.c.
 *
 * Both are small records over their arguments.  A GenericAlias forwards
 * every attribute except its own few to its origin, so `list[int].append`
 * is list.append; calling it calls the origin and tags the instance with
 * __orig_class__.  Type parameters (typing.TypeVar and friends) are
 * recognised by duck typing, as CPython does: an argument with
 * `__typing_subst__` is a parameter, one with `__parameters__` contributes
 * its own; `alias[...]` substitutes them.
 *
 * `__class_getitem__` is installed on the builtin types that have it in
 * CPython (kr_genericalias_init), rather than in each type's own table.
 */
#include "objects/genericalias.h"

#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/argparse.h"
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
    Tuple *params;            /* __parameters__, computed on first use */
    bool starred;             /* `*tuple[int]`: __unpacked__ */
} GenericAlias;

typedef struct Union {
    Obj hdr;
    Tuple *args;
    Tuple *params;
} Union;

#define GA(v) ((GenericAlias *)kr_as_obj(v))
#define UN(v) ((Union *)kr_as_obj(v))

static bool is_ga(Value v) { return kr_is_obj(v) && kr_isinstance_type(v, &kr_genericalias_type); }
static bool is_type(Value v)
{
    return kr_is_obj(v) && (kr_type_of(v)->flags & KR_TYPE_TYPE_SUBCLASS);
}

/* getattr that answers NULL without an exception when the attribute is
 * missing (AttributeError), and NULL with one for any other failure. */
static Value getattr_opt(Thread *th, Value v, const char *name)
{
    Str *n = kr_str_intern_cstr(th, name);
    if (!n)
        return KR_VALUE_NULL;
    Value r = kr_object_getattr(th, v, n);
    if (!r && kr_err_matches(th, &kr_exc_AttributeError))
        kr_err_clear(th);
    return r;
}

/* Is s the ASCII text t? */
static bool str_is(const Str *s, const char *t)
{
    size_t n = strlen(t);
    if (s->len != (int64_t)n || s->kind != 1)
        return false;
    return memcmp(s->data, t, n) == 0;
}

static Tuple *as_args(Thread *th, Value args)
{
    if (kr_is_tuple(args))
        return kr_as_tuple(args);
    return kr_tuple_from_array(th, &args, 1);
}

/* An alias of type `type` (GenericAlias or a subclass of it). */
static Value ga_make(Thread *th, Type *type, Value origin, Value args, bool starred)
{
    Tuple *t = as_args(th, args);
    GenericAlias *ga = t ? kr_gc_alloc(type->size > sizeof *ga ? type->size : sizeof *ga) : NULL;
    if (!ga) {
        if (t)
            kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    ga->hdr.type = type;
    ga->origin = origin;
    ga->args = t;
    ga->starred = starred;
    return kr_from_obj(ga);
}

Value kr_genericalias_new(Thread *th, Value origin, Value args)
{
    return ga_make(th, &kr_genericalias_type, origin, args, false);
}

/* ---- parameters and substitution (CPython's _Py_make_parameters and
 *      _Py_subs_parameters) ---- */

static int64_t tuple_index(const Tuple *t, Value v)
{
    for (int64_t i = 0; i < t->size; i++)
        if (t->items[i] == v)
            return i;
    return -1;
}

static Tuple *make_parameters(Thread *th, Tuple *args)
{
    List *params = kr_list_new(th, 0);
    if (!params)
        return NULL;
    for (int64_t i = 0; i < args->size; i++) {
        Value a = args->items[i];
        if (is_type(a))
            continue;
        Value subst = getattr_opt(th, a, "__typing_subst__");
        if (!subst && kr_err_occurred(th))
            return NULL;
        if (subst) {
            bool seen = false;
            for (int64_t k = 0; k < params->size; k++)
                seen |= params->items[k] == a;
            if (!seen && kr_list_append(th, params, a) < 0)
                return NULL;
            continue;
        }
        Value sub = getattr_opt(th, a, "__parameters__");
        if (!sub && kr_err_occurred(th))
            return NULL;
        if (!sub || !kr_is_tuple(sub))
            continue;
        Tuple *st = kr_as_tuple(sub);
        for (int64_t j = 0; j < st->size; j++) {
            bool seen = false;
            for (int64_t k = 0; k < params->size; k++)
                seen |= params->items[k] == st->items[j];
            if (!seen && kr_list_append(th, params, st->items[j]) < 0)
                return NULL;
        }
    }
    return kr_tuple_from_array(th, params->items, params->size);
}

/* A parameter that is a TypeVarTuple: its type is iterable (it unpacks
 * as `*Ts`), which is how CPython tells it from the others. */
static bool is_tvt(Value param) { return kr_type_of(param)->iter != NULL; }

/* Append items[0:n] to l. */
static int list_extend(Thread *th, List *l, const Value *items, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        if (kr_list_append(th, l, items[i]) < 0)
            return -1;
    return 0;
}

static Value tuple_of(Thread *th, List *l)
{
    Tuple *t = kr_tuple_from_array(th, l->items, l->size);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* An argument that is itself generic (`list[T]` inside `dict[str,
 * list[T]]`): subscript it with the items its own parameters map to; a
 * TypeVarTuple's tuple of items spreads out. */
static Value subs_tvars(Thread *th, Value arg, Tuple *params, const Value *items)
{
    Value sub = getattr_opt(th, arg, "__parameters__");
    if (!sub)
        return kr_err_occurred(th) ? KR_VALUE_NULL : arg;
    if (!kr_is_tuple(sub) || kr_as_tuple(sub)->size == 0)
        return arg;
    Tuple *sp = kr_as_tuple(sub);
    List *picked = kr_list_new(th, 0);
    if (!picked)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < sp->size; i++) {
        int64_t k = tuple_index(params, sp->items[i]);
        Value v = k >= 0 ? items[k] : sp->items[i];
        int r = k >= 0 && is_tvt(params->items[k]) && kr_is_tuple(v)
                    ? list_extend(th, picked, kr_as_tuple(v)->items, kr_as_tuple(v)->size)
                    : kr_list_append(th, picked, v);
        if (r < 0)
            return KR_VALUE_NULL;
    }
    Value t = tuple_of(th, picked);
    return t ? kr_object_getitem(th, arg, t) : KR_VALUE_NULL;
}

/* The arguments a starred tuple alias stands for (`*tuple[int, str]`),
 * or NULL (with no exception) when arg is not one. */
static Value unpacked_tuple_args(Thread *th, Value arg)
{
    if (is_ga(arg) && GA(arg)->starred && GA(arg)->origin == kr_from_obj(&kr_tuple_type))
        return kr_from_obj(GA(arg)->args);
    Value r = getattr_opt(th, arg, "__typing_unpacked_tuple_args__");
    return r == KR_NONE ? KR_VALUE_NULL : r;
}

/* The subscript's items with every `*tuple[X, Y]` spread into X, Y (an
 * unbounded `*tuple[X, ...]` stays as it is). */
static Tuple *unpack_args(Thread *th, Value item)
{
    Tuple *items = as_args(th, item);
    List *out = items ? kr_list_new(th, 0) : NULL;
    if (!out)
        return NULL;
    for (int64_t i = 0; i < items->size; i++) {
        Value it = items->items[i];
        if (!is_type(it)) {
            Value sub = unpacked_tuple_args(th, it);
            if (sub && kr_is_tuple(sub)) {
                Tuple *st = kr_as_tuple(sub);
                if (!(st->size && st->items[st->size - 1] == KR_ELLIPSIS)) {
                    if (list_extend(th, out, st->items, st->size) < 0)
                        return NULL;
                    continue;
                }
            }
            if (kr_err_occurred(th))
                return NULL;
        }
        if (kr_list_append(th, out, it) < 0)
            return NULL;
    }
    return kr_tuple_from_array(th, out->items, out->size);
}

/* Is arg `*Ts` for a TypeVarTuple Ts?  -1 on error. */
static int is_unpacked_tvt(Thread *th, Value arg)
{
    if (is_type(arg))
        return 0;
    Value v = getattr_opt(th, arg, "__typing_is_unpacked_typevartuple__");
    if (!v)
        return kr_err_occurred(th) ? -1 : 0;
    return kr_object_truth(th, v);
}

/* self[item] for an alias or union with arguments args and parameters
 * params: the substituted argument tuple. */
static Tuple *subs_parameters(Thread *th, Value self, Tuple *args, Tuple *params, Value item)
{
    int64_t nparams = params->size;
    if (nparams == 0) {
        kr_err_format(th, &kr_exc_TypeError, "%R is not a generic class", self);
        return NULL;
    }
    Tuple *items = unpack_args(th, item);
    if (!items)
        return NULL;
    for (int64_t i = 0; i < nparams; i++) {
        Value prep = getattr_opt(th, params->items[i], "__typing_prepare_subst__");
        if (!prep && kr_err_occurred(th))
            return NULL;
        if (prep && prep != KR_NONE) {
            Value pa[2] = {self, kr_from_obj(items)};
            Value r = kr_vm_call(th, prep, pa, 2, NULL);
            if (!r || !(items = as_args(th, r)))
                return NULL;
        }
    }
    if (items->size != nparams) {
        kr_err_format(th, &kr_exc_TypeError, "Too %s arguments for %R; actual %d, expected %d",
                      items->size > nparams ? "many" : "few", self, (int)items->size,
                      (int)nparams);
        return NULL;
    }
    List *out = kr_list_new(th, 0);
    if (!out)
        return NULL;
    for (int64_t i = 0; i < args->size; i++) {
        Value a = args->items[i];
        if (is_type(a)) {
            if (kr_list_append(th, out, a) < 0)
                return NULL;
            continue;
        }
        int unpack = is_unpacked_tvt(th, a);
        if (unpack < 0)
            return NULL;
        Value subst = getattr_opt(th, a, "__typing_subst__");
        if (!subst && kr_err_occurred(th))
            return NULL;
        if (subst) {
            int64_t k = tuple_index(params, a);
            a = kr_vm_call(th, subst, &items->items[k < 0 ? 0 : k], 1, NULL);
        } else {
            a = subs_tvars(th, a, params, items->items);
        }
        if (!a)
            return NULL;
        int r = unpack && kr_is_tuple(a)
                    ? list_extend(th, out, kr_as_tuple(a)->items, kr_as_tuple(a)->size)
                    : kr_list_append(th, out, a);
        if (r < 0)
            return NULL;
    }
    return kr_tuple_from_array(th, out->items, out->size);
}

/* ---- repr ---- */

/* How an argument prints inside `list[...]` or `int | ...`: a class by
 * its qualified name (without "builtins."), `...`, aliases by repr. */
static int repr_item(Thread *th, Buf *b, Value p)
{
    if (p == KR_ELLIPSIS) {
        kr_buf_puts(b, "...");
        return 0;
    }
    Value r = KR_VALUE_NULL;
    if (is_ga(p)) {
        r = kr_object_repr(th, p);
    } else {
        Value origin = getattr_opt(th, p, "__origin__");
        Value args = origin ? getattr_opt(th, p, "__args__") : KR_VALUE_NULL;
        if (kr_err_occurred(th))
            return -1;
        if (origin && args) {
            r = kr_object_repr(th, p);
        } else {
            Value qn = getattr_opt(th, p, "__qualname__");
            Value mod = qn ? getattr_opt(th, p, "__module__") : KR_VALUE_NULL;
            if (kr_err_occurred(th))
                return -1;
            if (!qn || !mod || !kr_str_check(qn) || !kr_str_check(mod)) {
                r = kr_object_repr(th, p);
            } else {
                if (!str_is(kr_as_str(mod), "builtins")) {
                    kr_str_to_buf(b, kr_as_str(mod));
                    kr_buf_putc(b, '.');
                }
                kr_str_to_buf(b, kr_as_str(qn));
                return 0;
            }
        }
    }
    if (!r)
        return -1;
    kr_str_to_buf(b, kr_as_str(r));
    return 0;
}

static Value buf_result(Thread *th, Buf *b, int status)
{
    if (status < 0) {
        kr_buf_free(b);
        return KR_VALUE_NULL;
    }
    Str *s = kr_str_from_buf(th, b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value ga_repr(Thread *th, Value self)
{
    GenericAlias *ga = GA(self);
    Buf b;
    kr_buf_init(&b);
    if (ga->starred)
        kr_buf_putc(&b, '*');
    int st = repr_item(th, &b, ga->origin);
    kr_buf_putc(&b, '[');
    if (st == 0 && ga->args->size == 0)
        kr_buf_puts(&b, "()");
    for (int64_t i = 0; st == 0 && i < ga->args->size; i++) {
        if (i)
            kr_buf_puts(&b, ", ");
        st = repr_item(th, &b, ga->args->items[i]);
    }
    kr_buf_putc(&b, ']');
    return buf_result(th, &b, st);
}

/* ---- GenericAlias behaviour ---- */

/* The names an alias answers itself; everything else is its origin's. */
static const char *const ga_own_attrs[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__",
};

static Value ga_getattr(Thread *th, Value self, Str *name)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(ga_own_attrs); i++)
        if (str_is(name, ga_own_attrs[i]))
            return kr_object_generic_getattr(th, self, name);
    return kr_object_getattr(th, GA(self)->origin, name);
}

static Value ga_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!is_ga(a) || !is_ga(b) || (op != KR_EQ && op != KR_NE))
        return KR_NOTIMPL;
    if (GA(a)->starred != GA(b)->starred)
        return kr_from_bool(op == KR_NE);
    int eq = kr_object_richcompare_bool(th, GA(a)->origin, GA(b)->origin, KR_EQ);
    if (eq > 0)
        eq = kr_object_richcompare_bool(th, kr_from_obj(GA(a)->args), kr_from_obj(GA(b)->args),
                                        KR_EQ);
    if (eq < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(op == KR_EQ ? eq : !eq);
}

static int ga_hash(Thread *th, Value self, int64_t *hash)
{
    int64_t h0, h1;
    if (kr_object_hash(th, GA(self)->origin, &h0) < 0 ||
        kr_object_hash(th, kr_from_obj(GA(self)->args), &h1) < 0)
        return -1;
    *hash = h0 ^ h1;
    if (*hash == -1)
        *hash = -2;
    return 0;
}

/* Calling the alias makes an instance of the origin, tagged with the
 * alias as __orig_class__ where the instance allows it. */
static Value ga_call(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    Value obj = kr_vm_call(th, GA(self)->origin, args, nargs, kwnames);
    if (!obj)
        return KR_VALUE_NULL;
    Str *n = kr_str_intern_cstr(th, "__orig_class__");
    if (!n)
        return KR_VALUE_NULL;
    if (kr_object_setattr(th, obj, n, self) < 0) {
        if (!kr_err_matches(th, &kr_exc_AttributeError) && !kr_err_matches(th, &kr_exc_TypeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
    }
    return obj;
}

static Tuple *ga_params(Thread *th, GenericAlias *ga)
{
    if (!ga->params)
        ga->params = make_parameters(th, ga->args);
    return ga->params;
}

static Value ga_getitem(Thread *th, Value self, Value item)
{
    GenericAlias *ga = GA(self);
    Tuple *params = ga_params(th, ga);
    Tuple *args = params ? subs_parameters(th, self, ga->args, params, item) : NULL;
    return args ? ga_make(th, &kr_genericalias_type, ga->origin, kr_from_obj(args), ga->starred)
                : KR_VALUE_NULL;
}

/* iter(tuple[int]) yields `*tuple[int]` once: how `*` unpacks an alias
 * in a subscript or a `*args: *Ts` annotation (generic_alias_iterator). */
typedef struct GaIter {
    Obj hdr;
    Value alias;              /* NULL once exhausted */
} GaIter;

static Type ga_iter_type;

static Value ga_iter(Thread *th, Value self)
{
    GaIter *it = kr_gc_alloc(sizeof *it);
    if (!it)
        return kr_err_no_memory(th), KR_VALUE_NULL;
    it->hdr.type = &ga_iter_type;
    it->alias = self;
    return kr_from_obj(it);
}

static Value ga_iter_self(Thread *th, Value v) { return v; }

static Value ga_iter_next(Thread *th, Value v)
{
    GaIter *it = (GaIter *)kr_as_obj(v);
    if (!it->alias)
        return KR_VALUE_NULL;
    GenericAlias *ga = GA(it->alias);
    it->alias = KR_VALUE_NULL;
    return ga_make(th, &kr_genericalias_type, ga->origin, kr_from_obj(ga->args), true);
}

static Value ga_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (kwnames && kwnames->size)
        return kr_err_type_error(th, "GenericAlias() takes no keyword arguments");
    if (nargs != 2) {
        kr_err_format(th, &kr_exc_TypeError, "GenericAlias expected 2 arguments, got %d",
                      (int)nargs);
        return KR_VALUE_NULL;
    }
    return ga_make(th, t, args[0], args[1], false);
}

#define METHOD(name) \
    static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kwnames)

METHOD(ga_mro_entries)
{
    Value o = GA(args[0])->origin;
    Tuple *t = kr_tuple_from_array(th, &o, 1);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

METHOD(ga_instancecheck)
{
    return kr_err_type_error(th, "isinstance() argument 2 cannot be a parameterized generic");
}

METHOD(ga_subclasscheck)
{
    return kr_err_type_error(th, "issubclass() argument 2 cannot be a parameterized generic");
}

METHOD(ga_reduce)
{
    GenericAlias *ga = GA(args[0]);
    if (ga->starred) {         /* next(iter(tuple[int])) */
        Value plain = kr_genericalias_new(th, ga->origin, kr_from_obj(ga->args));
        Value it = plain ? kr_object_iter(th, plain) : KR_VALUE_NULL;
        Str *nn = it ? kr_str_intern_cstr(th, "next") : NULL;
        Value next = nn ? kr_dict_get_str(th->vm->builtins, nn) : KR_VALUE_NULL;
        Tuple *a = next ? kr_tuple_from_array(th, &it, 1) : NULL;
        Value pair[2] = {next, a ? kr_from_obj(a) : KR_VALUE_NULL};
        Tuple *r = a ? kr_tuple_from_array(th, pair, 2) : NULL;
        return r ? kr_from_obj(r) : KR_VALUE_NULL;
    }
    Value inner[2] = {ga->origin, kr_from_obj(ga->args)};
    Tuple *a = kr_tuple_from_array(th, inner, 2);
    Value outer[2] = {kr_from_obj(kr_type_of(args[0])), a ? kr_from_obj(a) : KR_VALUE_NULL};
    Tuple *r = a ? kr_tuple_from_array(th, outer, 2) : NULL;
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* dir(): the origin's names and the alias's own. */
METHOD(ga_dir)
{
    Str *dn = kr_str_intern_cstr(th, "dir");
    Value f = dn ? kr_dict_get_str(th->vm->builtins, dn) : KR_VALUE_NULL;
    Value names = f ? kr_vm_call(th, f, &GA(args[0])->origin, 1, NULL) : KR_VALUE_NULL;
    if (!names)
        return KR_VALUE_NULL;
    List *l = kr_list_new(th, 0);
    Value it = l ? kr_object_iter(th, names) : KR_VALUE_NULL;
    if (!it)
        return KR_VALUE_NULL;
    Value v;
    while ((v = kr_object_next(th, it)))
        if (kr_list_append(th, l, v) < 0)
            return KR_VALUE_NULL;
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    for (size_t i = 0; i < KR_ARRAY_LEN(ga_own_attrs); i++) {
        Str *s = kr_str_intern_cstr(th, ga_own_attrs[i]);
        if (!s)
            return KR_VALUE_NULL;
        bool seen = false;
        for (int64_t k = 0; k < l->size && !seen; k++)
            seen = kr_str_check(l->items[k]) && kr_str_eq(kr_as_str(l->items[k]), s);
        if (!seen && kr_list_append(th, l, kr_from_obj(s)) < 0)
            return KR_VALUE_NULL;
    }
    return kr_from_obj(l);
}

static Value ga_get_origin(Thread *th, Value self) { return GA(self)->origin; }
static Value ga_get_args(Thread *th, Value self) { return kr_from_obj(GA(self)->args); }
static Value ga_get_params(Thread *th, Value self)
{
    Tuple *p = ga_params(th, GA(self));
    return p ? kr_from_obj(p) : KR_VALUE_NULL;
}
static Value ga_get_unpacked(Thread *th, Value self) { return kr_from_bool(GA(self)->starred); }
static Value ga_get_unpacked_args(Thread *th, Value self)
{
    GenericAlias *ga = GA(self);
    bool tuple = ga->starred && ga->origin == kr_from_obj(&kr_tuple_type);
    return tuple ? kr_from_obj(ga->args) : KR_NONE;
}

static const MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, "($self, bases, /)", NULL, 0},
    {"__instancecheck__", ga_instancecheck, "($self, obj, /)", NULL, 0},
    {"__subclasscheck__", ga_subclasscheck, "($self, cls, /)", NULL, 0},
    {"__reduce__", ga_reduce, "($self, /)", NULL, 0},
    {"__dir__", ga_dir, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef ga_members[] = {
    {"__origin__", 0, ga_get_origin, NULL, NULL, KR_MEMBER_READONLY},
    {"__args__", 0, ga_get_args, NULL, NULL, KR_MEMBER_READONLY},
    {"__parameters__", 0, ga_get_params, NULL, NULL, KR_MEMBER_READONLY},
    {"__unpacked__", 0, ga_get_unpacked, NULL, NULL, KR_MEMBER_READONLY},
    {"__typing_unpacked_tuple_args__", 0, ga_get_unpacked_args, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

/* ---- UnionType ---- */

static bool is_unionable(Value v)
{
    return v == KR_NONE || is_type(v) || is_ga(v) || kr_is_union(v);
}

/* Append v (None as NoneType; a union's own arguments) unless already
 * there: aliases compare by ==, everything else by identity (3.11). */
static int union_add(Thread *th, List *l, Value v)
{
    if (kr_is_union(v)) {
        Tuple *a = UN(v)->args;
        for (int64_t i = 0; i < a->size; i++)
            if (union_add(th, l, a->items[i]) < 0)
                return -1;
        return 0;
    }
    if (v == KR_NONE)
        v = kr_from_obj(&kr_none_type);
    for (int64_t i = 0; i < l->size; i++) {
        Value w = l->items[i];
        if (w == v)
            return 0;
        if (is_ga(w) && is_ga(v)) {
            int eq = kr_object_richcompare_bool(th, w, v, KR_EQ);
            if (eq != 0)
                return eq < 0 ? -1 : 0;
        }
    }
    return kr_list_append(th, l, v);
}

static Value union_from_list(Thread *th, List *l)
{
    if (l->size == 1)
        return l->items[0];
    Union *u = kr_gc_alloc(sizeof *u);
    Tuple *t = u ? kr_tuple_from_array(th, l->items, l->size) : NULL;
    if (!t) {
        if (!u)
            kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    u->hdr.type = &kr_union_type;
    u->args = t;
    return kr_from_obj(u);
}

Value kr_union_or(Thread *th, Value a, Value b)
{
    if (!is_unionable(a) || !is_unionable(b))
        return KR_NOTIMPL;
    List *l = kr_list_new(th, 0);
    if (!l || union_add(th, l, a) < 0 || union_add(th, l, b) < 0)
        return KR_VALUE_NULL;
    return union_from_list(th, l);
}

static Value union_repr(Thread *th, Value self)
{
    Tuple *a = UN(self)->args;
    Buf b;
    kr_buf_init(&b);
    int st = 0;
    for (int64_t i = 0; st == 0 && i < a->size; i++) {
        if (i)
            kr_buf_puts(&b, " | ");
        if (a->items[i] == kr_from_obj(&kr_none_type))
            kr_buf_puts(&b, "None");
        else
            st = repr_item(th, &b, a->items[i]);
    }
    return buf_result(th, &b, st);
}

/* Unions are equal when they hold the same arguments in any order. */
static int union_contains_all(Thread *th, const Tuple *x, const Tuple *y)
{
    for (int64_t i = 0; i < x->size; i++) {
        int found = 0;
        for (int64_t k = 0; k < y->size && !found; k++) {
            found = kr_object_richcompare_bool(th, x->items[i], y->items[k], KR_EQ);
            if (found < 0)
                return -1;
        }
        if (!found)
            return 0;
    }
    return 1;
}

static Value union_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!kr_is_union(a) || !kr_is_union(b) || (op != KR_EQ && op != KR_NE))
        return KR_NOTIMPL;
    int eq = union_contains_all(th, UN(a)->args, UN(b)->args);
    if (eq > 0)
        eq = union_contains_all(th, UN(b)->args, UN(a)->args);
    if (eq < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(op == KR_EQ ? eq : !eq);
}

/* As hash(frozenset(args)): order-independent. */
static int union_hash(Thread *th, Value self, int64_t *hash)
{
    Value fs = kr_vm_call(th, kr_from_obj(&kr_frozenset_type), (Value[]){kr_from_obj(UN(self)->args)},
                          1, NULL);
    return fs ? kr_object_hash(th, fs, hash) : -1;
}

static Value union_getitem(Thread *th, Value self, Value item)
{
    Union *u = UN(self);
    if (!u->params && !(u->params = make_parameters(th, u->args)))
        return KR_VALUE_NULL;
    Tuple *args = subs_parameters(th, self, u->args, u->params, item);
    if (!args)
        return KR_VALUE_NULL;
    Value r = args->items[0];
    for (int64_t i = 1; r && i < args->size; i++)
        r = kr_object_binop(th, r, args->items[i], KR_OP_OR);
    return r;
}

/* isinstance(x, int | str): as with the tuple of the arguments. */
METHOD(union_instancecheck)
{
    Tuple *a = UN(args[0])->args;
    for (int64_t i = 0; i < a->size; i++) {
        int r = kr_object_isinstance(th, args[1], a->items[i]);
        if (r != 0)
            return r < 0 ? KR_VALUE_NULL : KR_TRUE;
    }
    return KR_FALSE;
}

METHOD(union_subclasscheck)
{
    Tuple *a = UN(args[0])->args;
    for (int64_t i = 0; i < a->size; i++) {
        Str *n = kr_str_intern_cstr(th, "issubclass");
        Value f = n ? kr_dict_get_str(th->vm->builtins, n) : KR_VALUE_NULL;
        Value pair[2] = {args[1], a->items[i]};
        Value rv = f ? kr_vm_call(th, f, pair, 2, NULL) : KR_VALUE_NULL;
        int r = rv ? rv == KR_TRUE : -1;
        if (r != 0)
            return r < 0 ? KR_VALUE_NULL : KR_TRUE;
    }
    return KR_FALSE;
}

/* u.__module__ is its type's ("types"), which the typing module reads. */
static Value union_getattr(Thread *th, Value self, Str *name)
{
    if (str_is(name, "__module__"))
        return kr_object_getattr(th, kr_from_obj(kr_type_of(self)), name);
    return kr_object_generic_getattr(th, self, name);
}

static Value union_get_args(Thread *th, Value self) { return kr_from_obj(UN(self)->args); }
static Value union_get_params(Thread *th, Value self)
{
    Union *u = UN(self);
    if (!u->params && !(u->params = make_parameters(th, u->args)))
        return KR_VALUE_NULL;
    return kr_from_obj(u->params);
}

static const MethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, "($self, obj, /)", NULL, 0},
    {"__subclasscheck__", union_subclasscheck, "($self, cls, /)", NULL, 0},
    {0},
};

static const MemberDef union_members[] = {
    {"__args__", 0, union_get_args, NULL, NULL, KR_MEMBER_READONLY},
    {"__parameters__", 0, union_get_params, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

/* (iter, (alias,)): unpickles as a fresh iterator */
METHOD(ga_iter_reduce)
{
    GaIter *it = (GaIter *)kr_as_obj(args[0]);
    Str *n = kr_str_intern_cstr(th, "iter");
    Value f = n ? kr_dict_get_str(th->vm->builtins, n) : KR_VALUE_NULL;
    Value a = it->alias ? it->alias : KR_NONE;
    Tuple *inner = f ? kr_tuple_from_array(th, &a, 1) : NULL;
    Value pair[2] = {f, inner ? kr_from_obj(inner) : KR_VALUE_NULL};
    Tuple *r = inner ? kr_tuple_from_array(th, pair, 2) : NULL;
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static const MethodDef ga_iter_methods[] = {
    {"__reduce__", ga_iter_reduce, "($self, /)", NULL, 0},
    {0},
};

static Type ga_iter_type = {
    .hdr = {&kr_type_type},
    .name = "generic_alias_iterator",
    .size = sizeof(GaIter),
    .iter = ga_iter_self,
    .next = ga_iter_next,
    .methods = ga_iter_methods,
};

Type kr_genericalias_type = {
    .hdr = {&kr_type_type},
    .name = "types.GenericAlias",
    .size = sizeof(GenericAlias),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_HAS_WEAKREF,   /* subclasses too */
    .new_ = ga_new,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattr = ga_getattr,
    .call = ga_call,
    .getitem = ga_getitem,
    .iter = ga_iter,
    .binop = {[KR_OP_OR] = kr_union_or},
    .methods = ga_methods,
    .members = ga_members,
};

Type kr_union_type = {
    .hdr = {&kr_type_type},
    .name = "types.UnionType",
    .size = sizeof(Union),
    .flags = KR_TYPE_IMMUTABLE,
    .repr = union_repr,
    .hash = union_hash,
    .getattr = union_getattr,
    .richcompare = union_richcompare,
    .getitem = union_getitem,
    .binop = {[KR_OP_OR] = kr_union_or},
    .methods = union_methods,
    .members = union_members,
};

/* ---- __class_getitem__ on the builtin types ---- */

/* One argument, as CPython's METH_O: "list.__class_getitem__() takes
 * exactly one argument (0 given)", named by the class's last component. */
Value kr_genericalias_class_getitem_m(Thread *th, Value unused, const Value *args, size_t nargs,
                                      Tuple *kwnames)
{
    if (nargs != 2 || (kwnames && kwnames->size)) {
        const char *n = ((Type *)kr_as_obj(args[0]))->name, *dot = strrchr(n, '.');
        char qual[160];
        snprintf(qual, sizeof qual, "%s.__class_getitem__", dot ? dot + 1 : n);
        if (kr_argparse_one(th, qual, nargs - 1, kwnames) < 0)
            return KR_VALUE_NULL;
    }
    return kr_genericalias_new(th, args[0], args[1]);
}

const MethodDef kr_genericalias_class_getitem = {
    "__class_getitem__", kr_genericalias_class_getitem_m, "($cls, item, /)",
    "See PEP 585", KR_METH_CLASS,
};

Tuple *kr_union_args(Value u) { return UN(u)->args; }

int kr_genericalias_init(Thread *th)
{
    extern Type kr_classmethod_type, kr_enumerate_type;
    if (kr_type_ready(th, &kr_genericalias_type) < 0 || kr_type_ready(th, &kr_union_type) < 0 ||
        kr_type_ready(th, &ga_iter_type) < 0 ||
        kr_type_ready(th, &kr_classmethod_type) < 0)
        return -1;
    Type *const generic[] = {
        &kr_list_type, &kr_dict_type, &kr_tuple_type, &kr_set_type, &kr_frozenset_type,
        &kr_enumerate_type,
    };
    Str *name = KR_NAME(th, __class_getitem__);
    for (size_t i = 0; i < KR_ARRAY_LEN(generic); i++) {
        if (kr_type_ready(th, generic[i]) < 0)
            return -1;
        Value fn = kr_builtin_new(th, &kr_genericalias_class_getitem, KR_VALUE_NULL, KR_VALUE_NULL);
        Value cm = fn ? kr_classmethod_type.new_(th, &kr_classmethod_type, &fn, 1, NULL)
                      : KR_VALUE_NULL;
        if (!cm || kr_dict_set_str(th, generic[i]->dict, name, cm) < 0)
            return -1;
    }
    return 0;
}
