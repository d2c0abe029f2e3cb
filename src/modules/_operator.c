/*
 * _operator.c -- the _operator module: Python's operators as functions,
 * plus itemgetter, attrgetter and methodcaller.
 *
 * operator.py imports everything from here; its pure-Python fallbacks
 * differ in reprs and error messages, so these are native, as CPython's.
 * Each operator function is one line calling the generic protocol the
 * interpreter uses for the operator itself (objects/object.c), so
 * `operator.add(a, b)` and `a + b` cannot disagree.
 */
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

/* ---- unary and binary operators ------------------------------------------------ */

#define UNARY(pyname, expr)                                                          \
    KR_LIB_FUNC(op_##pyname)                                                         \
    {                                                                                \
        if (kr_call_check_args(th, "_operator." #pyname, nargs, 1, 1, kw) < 0)                    \
            return KR_VALUE_NULL;                                                    \
        Value a = args[0];                                                           \
        return expr;                                                                 \
    }

static Value truth_value(Thread *th, Value a, bool negate)
{
    int t = kr_object_truth(th, a);
    return t < 0 ? KR_VALUE_NULL : kr_from_bool(negate ? !t : t);
}

UNARY(neg, kr_object_neg(th, a))
UNARY(pos, kr_object_pos(th, a))
UNARY(inv, kr_object_invert(th, a))
UNARY(invert, kr_object_invert(th, a))
UNARY(abs, kr_type_of(a)->abs ? kr_type_of(a)->abs(th, a)
                              : kr_err_type_error(th, "bad operand type for abs(): '%s'",
                                                  kr_type_name(a)))
UNARY(index, kr_object_index(th, a))
UNARY(truth, truth_value(th, a, false))
UNARY(not_, truth_value(th, a, true))

static int binary_args(Thread *th, const char *name, size_t nargs, Tuple *kw)
{
    if (kw && kw->size) {
        kr_err_format(th, &kr_exc_TypeError, "_operator.%s() takes no keyword arguments", name);
        return -1;
    }
    return kr_libutil_check_positional(th, name, nargs, 2, 2);
}

#define BINARY(pyname, expr)                                                         \
    KR_LIB_FUNC(op_##pyname)                                                         \
    {                                                                                \
        if (binary_args(th, #pyname, nargs, kw) < 0)                                 \
            return KR_VALUE_NULL;                                                    \
        Value a = args[0], b = args[1];                                              \
        return expr;                                                                 \
    }

#define ARITH(pyname, ipyname, op)                                                   \
    BINARY(pyname, kr_object_binop(th, a, b, op))                                    \
    BINARY(ipyname, kr_object_inplace(th, a, b, op))

ARITH(add, iadd, KR_OP_ADD)
ARITH(sub, isub, KR_OP_SUB)
ARITH(mul, imul, KR_OP_MUL)
ARITH(matmul, imatmul, KR_OP_MATMUL)
ARITH(truediv, itruediv, KR_OP_TRUEDIV)
ARITH(floordiv, ifloordiv, KR_OP_FLOORDIV)
ARITH(mod, imod, KR_OP_MOD)
ARITH(pow, ipow, KR_OP_POW)
ARITH(lshift, ilshift, KR_OP_LSHIFT)
ARITH(rshift, irshift, KR_OP_RSHIFT)
ARITH(and_, iand, KR_OP_AND)
ARITH(or_, ior, KR_OP_OR)
ARITH(xor, ixor, KR_OP_XOR)

BINARY(lt, kr_object_richcompare(th, a, b, KR_LT))
BINARY(le, kr_object_richcompare(th, a, b, KR_LE))
BINARY(eq, kr_object_richcompare(th, a, b, KR_EQ))
BINARY(ne, kr_object_richcompare(th, a, b, KR_NE))
BINARY(gt, kr_object_richcompare(th, a, b, KR_GT))
BINARY(ge, kr_object_richcompare(th, a, b, KR_GE))
BINARY(is_, kr_from_bool(a == b))
BINARY(is_not, kr_from_bool(a != b))
BINARY(getitem, kr_object_getitem(th, a, b))

static Value contains_value(Thread *th, Value a, Value b)
{
    int r = kr_object_contains(th, a, b);
    return r < 0 ? KR_VALUE_NULL : kr_from_bool(r);
}
BINARY(contains, contains_value(th, a, b))

static Value delitem_value(Thread *th, Value a, Value b)
{
    return kr_object_setitem(th, a, b, KR_VALUE_NULL) < 0 ? KR_VALUE_NULL : KR_NONE;
}
BINARY(delitem, delitem_value(th, a, b))

KR_LIB_FUNC(op_setitem)
{
    if (kr_libutil_no_keywords(th, "_operator.setitem", kw) < 0 ||
        kr_libutil_check_positional(th, "setitem", nargs, 3, 3) < 0)
        return KR_VALUE_NULL;
    return kr_object_setitem(th, args[0], args[1], args[2]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

/* PySequence_Check: what concat accepts as its first operand. */
static bool is_sequence(Value v)
{
    Type *t = kr_type_of(v);
    return t->getitem && !kr_isinstance_type(v, &kr_dict_type);
}

static Value concat_value(Thread *th, Value a, Value b, bool inplace)
{
    if (!is_sequence(a))
        return kr_err_type_error(th, "'%s' object can't be concatenated", kr_type_name(a));
    return inplace ? kr_object_inplace(th, a, b, KR_OP_ADD) : kr_object_binop(th, a, b, KR_OP_ADD);
}
BINARY(concat, concat_value(th, a, b, false))
BINARY(iconcat, concat_value(th, a, b, true))

/* countOf and indexOf walk the iterable comparing by identity, then ==. */
static Value seq_search(Thread *th, Value seq, Value x, bool count)
{
    Value it = kr_object_iter(th, seq);
    if (!it)
        return KR_VALUE_NULL;
    int64_t n = 0;
    for (;;) {
        Value y = kr_object_next(th, it);
        if (!y)
            break;
        int eq = kr_object_richcompare_bool(th, y, x, KR_EQ);
        if (eq < 0)
            return KR_VALUE_NULL;
        if (eq && !count)
            return kr_int_from_i64(th, n);
        n += count ? eq : 1;
    }
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    if (count)
        return kr_int_from_i64(th, n);
    kr_err_set_string(th, &kr_exc_ValueError, "sequence.index(x): x not in sequence");
    return KR_VALUE_NULL;
}
BINARY(countOf, seq_search(th, a, b, true))
BINARY(indexOf, seq_search(th, a, b, false))

/* length_hint(obj, default=0): len(), then __length_hint__, then default. */
KR_LIB_FUNC(op_length_hint)
{
    if (kr_libutil_no_keywords(th, "_operator.length_hint", kw) < 0 ||
        kr_libutil_check_positional(th, "length_hint", nargs, 1, 2) < 0)
        return KR_VALUE_NULL;
    int64_t dflt = 0;
    if (nargs == 2) {
        if (!kr_is_int(args[1]))
            return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer",
                                     kr_type_name(args[1]));
        if (kr_libutil_as_ssize(th, args[1], &dflt) < 0)
            return KR_VALUE_NULL;
    }
    int64_t n;
    if (kr_object_length_hint(th, args[0], dflt, &n) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, n);
}

KR_LIB_FUNC(op_call)
{
    if (nargs < 1)
        return kr_err_type_error(th, "call expected at least 1 argument, got 0");
    return kr_vm_call(th, args[0], args + 1, nargs - 1, kw);
}

/* _compare_digest: a comparison whose time does not depend on where the
 * operands differ (for secrets), on ASCII str or bytes-like operands. */
KR_LIB_FUNC(op_compare_digest)
{
    if (binary_args(th, "_compare_digest", nargs, kw) < 0)
        return KR_VALUE_NULL;
    Value a = args[0], b = args[1];
    const unsigned char *pa, *pb;
    int64_t la, lb;
    if (kr_is_str(a) && kr_is_str(b)) {
        if (!kr_as_str(a)->ascii || !kr_as_str(b)->ascii)
            return kr_err_type_error(th, "comparing strings with non-ASCII characters is not supported");
        pa = kr_as_str(a)->data, la = kr_as_str(a)->len;
        pb = kr_as_str(b)->data, lb = kr_as_str(b)->len;
    } else {
        bool ba = kr_isinstance_type(a, &kr_bytes_type) || kr_isinstance_type(a, &kr_bytearray_type);
        bool bb = kr_isinstance_type(b, &kr_bytes_type) || kr_isinstance_type(b, &kr_bytearray_type);
        if (!ba && !bb)
            return kr_err_type_error(th, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                                     kr_type_name(a), kr_type_name(b));
        if (!ba || !bb)
            return kr_err_type_error(th, "a bytes-like object is required, not '%s'",
                                     kr_type_name(ba ? b : a));
        ByteView *va = KR_BYTES_VIEW(a), *vb = KR_BYTES_VIEW(b);
        pa = va->data, la = va->len, pb = vb->data, lb = vb->len;
    }
    /* Always walk b's length, comparing against a or against b itself. */
    const volatile unsigned char *left = la == lb ? pa : pb;
    unsigned result = la == lb ? 0 : 1;
    for (int64_t i = 0; i < lb; i++)
        result |= left[i] ^ pb[i];
    return kr_from_bool(result == 0);
}

/* ---- itemgetter, attrgetter, methodcaller ------------------------------------------ */

/* One layout: the items (or attribute paths, or (name, args) ), and for
 * methodcaller the keyword names and values. */
typedef struct Getter {
    Obj hdr;
    Tuple *items;
    Value name;           /* methodcaller */
    Tuple *kwnames;       /* methodcaller, NULL: none */
    Tuple *kwvalues;
} Getter;

extern Type kr_operator_itemgetter_type, kr_operator_attrgetter_type,
    kr_operator_methodcaller_type;

static Value itemgetter_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "itemgetter", kw) < 0)
        return KR_VALUE_NULL;
    if (nargs == 0)
        return kr_err_type_error(th, "itemgetter expected 1 argument, got 0");
    Getter *g = kr_libutil_alloc(th, t);
    if (!g || !(g->items = kr_tuple_from_array(th, args, (int64_t)nargs)))
        return KR_VALUE_NULL;
    return kr_from_obj(g);
}

static int getter_call_args(Thread *th, const char *name, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, name, kw) < 0)
        return -1;
    return kr_libutil_check_positional(th, name, nargs, 1, 1);
}

static Value itemgetter_call(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    Getter *g = (Getter *)kr_as_obj(self);
    if (getter_call_args(th, "itemgetter", nargs, kw) < 0)
        return KR_VALUE_NULL;
    if (g->items->size == 1)
        return kr_object_getitem(th, args[0], g->items->items[0]);
    Tuple *r = kr_tuple_new(th, g->items->size);
    if (!r)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < g->items->size; i++)
        if (!(r->items[i] = kr_object_getitem(th, args[0], g->items->items[i])))
            return KR_VALUE_NULL;
    return kr_from_obj(r);
}

/* "operator.NAME(a, b)" from the getter's items. */
static Value getter_repr(Thread *th, Value self, const char *name)
{
    Getter *g = (Getter *)kr_as_obj(self);
    int r = kr_repr_enter(th, self);
    if (r < 0)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "operator.%s(", name);
    if (r) {
        kr_buf_puts(&b, "...)");
        return kr_libutil_buf_value(th, &b);
    }
    Value err = KR_NONE;
    for (int64_t i = 0; i < g->items->size && err; i++) {
        if (i)
            kr_buf_puts(&b, ", ");
        if (kr_libutil_repr_put(th, &b, g->items->items[i]) < 0)
            err = KR_VALUE_NULL;
    }
    for (int64_t i = 0; g->kwnames && i < g->kwnames->size && err; i++) {
        kr_buf_puts(&b, ", ");
        if (kr_libutil_str_put(th, &b, g->kwnames->items[i]) < 0)
            err = KR_VALUE_NULL;
        kr_buf_putc(&b, '=');
        if (err && kr_libutil_repr_put(th, &b, g->kwvalues->items[i]) < 0)
            err = KR_VALUE_NULL;
    }
    kr_repr_leave(th, self);
    if (!err) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    kr_buf_putc(&b, ')');
    return kr_libutil_buf_value(th, &b);
}

static Value itemgetter_repr(Thread *th, Value v) { return getter_repr(th, v, "itemgetter"); }

/* itemgetter / attrgetter pickle as (type(g), the arguments it was made
 * with), as CPython's (helper "pickle"). */
static Value getter_reduce(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "__reduce__", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Getter *g = (Getter *)kr_as_obj(args[0]);
    Value r[2] = {kr_from_obj(kr_type_of(args[0])), kr_from_obj(g->items)};
    Tuple *t = kr_tuple_from_array(th, r, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MethodDef getter_methods[] = {
    {"__reduce__", getter_reduce, "($self, /)", "Return state information for pickling", 0},
    {0},
};

Type kr_operator_itemgetter_type = {
    .hdr = {&kr_type_type}, .name = "operator.itemgetter", .size = sizeof(Getter),
    .new_ = itemgetter_new, .call = itemgetter_call, .repr = itemgetter_repr,
    .methods = getter_methods,
};

/* attrgetter keeps each dotted name as a tuple of interned parts. */
static Value attrgetter_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "attrgetter", kw) < 0)
        return KR_VALUE_NULL;
    if (nargs == 0)
        return kr_err_type_error(th, "attrgetter expected 1 argument, got 0");
    Getter *g = kr_libutil_alloc(th, t);
    if (!g || !(g->items = kr_tuple_from_array(th, args, (int64_t)nargs)) ||
        !(g->kwvalues = kr_tuple_new(th, (int64_t)nargs)))
        return KR_VALUE_NULL;
    Str *dot = kr_str_from_cstr(th, ".");
    if (!dot)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (!kr_is_str(args[i]))
            return kr_err_type_error(th, "attribute name must be a string");
        Str *s = kr_as_str(args[i]);
        List *parts = kr_list_new(th, 0);
        if (!parts)
            return KR_VALUE_NULL;
        int64_t start = 0;
        for (;;) {
            int64_t at = kr_str_find(s, dot, start, s->len);
            Str *p = kr_str_substr(th, s, start, at < 0 ? s->len : at);
            if (!p || !(p = kr_str_intern(th, p)) || kr_list_append(th, parts, kr_from_obj(p)) < 0)
                return KR_VALUE_NULL;
            if (at < 0)
                break;
            start = at + 1;
        }
        Tuple *pt = kr_tuple_from_array(th, parts->items, parts->size);
        if (!pt)
            return KR_VALUE_NULL;
        g->kwvalues->items[i] = kr_from_obj(pt);
    }
    return kr_from_obj(g);
}

static Value attr_path(Thread *th, Value obj, Tuple *parts)
{
    for (int64_t i = 0; i < parts->size && obj; i++)
        obj = kr_object_getattr(th, obj, kr_as_str(parts->items[i]));
    return obj;
}

static Value attrgetter_call(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    Getter *g = (Getter *)kr_as_obj(self);
    if (getter_call_args(th, "attrgetter", nargs, kw) < 0)
        return KR_VALUE_NULL;
    if (g->items->size == 1)
        return attr_path(th, args[0], kr_as_tuple(g->kwvalues->items[0]));
    Tuple *r = kr_tuple_new(th, g->items->size);
    if (!r)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < g->items->size; i++)
        if (!(r->items[i] = attr_path(th, args[0], kr_as_tuple(g->kwvalues->items[i]))))
            return KR_VALUE_NULL;
    return kr_from_obj(r);
}

static Value attrgetter_repr(Thread *th, Value v)
{
    Getter *g = (Getter *)kr_as_obj(v);
    Tuple *saved = g->kwvalues;
    g->kwvalues = NULL;
    Value r = getter_repr(th, v, "attrgetter");
    g->kwvalues = saved;
    return r;
}

Type kr_operator_attrgetter_type = {
    .hdr = {&kr_type_type}, .name = "operator.attrgetter", .size = sizeof(Getter),
    .new_ = attrgetter_new, .call = attrgetter_call, .repr = attrgetter_repr,
    .methods = getter_methods,
};

static Value methodcaller_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (nargs == 0)
        return kr_err_type_error(th, "methodcaller needs at least one argument, the method name");
    if (!kr_is_str(args[0]))
        return kr_err_type_error(th, "method name must be a string");
    Getter *g = kr_libutil_alloc(th, t);
    Str *name = g ? kr_str_intern(th, kr_as_str(args[0])) : NULL;
    if (!name)
        return KR_VALUE_NULL;
    g->name = kr_from_obj(name);
    if (!(g->items = kr_tuple_from_array(th, args + 1, (int64_t)nargs - 1)))
        return KR_VALUE_NULL;
    if (kw && kw->size) {
        g->kwnames = kw;
        if (!(g->kwvalues = kr_tuple_from_array(th, args + nargs, kw->size)))
            return KR_VALUE_NULL;
    }
    return kr_from_obj(g);
}

static Value methodcaller_call(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    Getter *g = (Getter *)kr_as_obj(self);
    if (getter_call_args(th, "methodcaller", nargs, kw) < 0)
        return KR_VALUE_NULL;
    Value m = kr_object_getattr(th, args[0], kr_as_str(g->name));
    if (!m)
        return KR_VALUE_NULL;
    int64_t n = g->items->size, nk = g->kwnames ? g->kwnames->size : 0;
    Tuple *all = kr_tuple_new(th, n + nk);
    if (!all)
        return KR_VALUE_NULL;
    kr_values_copy(all->items, g->items->items, (size_t)n);
    if (nk)
        kr_values_copy(all->items + n, g->kwvalues->items, (size_t)nk);
    return kr_vm_call(th, m, all->items, (size_t)n, g->kwnames);
}

static Value methodcaller_repr(Thread *th, Value v)
{
    Getter *g = (Getter *)kr_as_obj(v);
    Tuple *saved = g->items;
    Tuple *withname = kr_tuple_new(th, saved->size + 1);
    if (!withname)
        return KR_VALUE_NULL;
    withname->items[0] = g->name;
    kr_values_copy(withname->items + 1, saved->items, (size_t)saved->size);
    g->items = withname;
    Value r = getter_repr(th, v, "methodcaller");
    g->items = saved;
    return r;
}

/* (methodcaller, (name, *args)), or with keywords
 * (partial(methodcaller, name, **kwargs), args): CPython's mc_reduce. */
static Value methodcaller_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                                 Tuple *kw)
{
    if (kr_call_check_args(th, "__reduce__", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Getter *g = (Getter *)kr_as_obj(args[0]);
    Value type = kr_from_obj(kr_type_of(args[0]));
    Value r[2] = {type, KR_VALUE_NULL};
    if (!g->kwnames) {
        Tuple *a = kr_tuple_new(th, g->items->size + 1);
        if (!a)
            return KR_VALUE_NULL;
        a->items[0] = g->name;
        kr_values_copy(a->items + 1, g->items->items, (size_t)g->items->size);
        r[1] = kr_from_obj(a);
    } else {
        Str *m = kr_str_intern_cstr(th, "functools");
        Value mod = m ? kr_vm_import(th, m, true) : KR_VALUE_NULL;
        Value partial = mod ? kr_object_getattr(th, mod, kr_str_intern_cstr(th, "partial")) : KR_VALUE_NULL;
        int64_t nk = g->kwnames->size;
        Tuple *pa = partial ? kr_tuple_new(th, 2 + nk) : NULL;
        if (!pa)
            return KR_VALUE_NULL;
        pa->items[0] = type;
        pa->items[1] = g->name;
        kr_values_copy(pa->items + 2, g->kwvalues->items, (size_t)nk);
        if (!(r[0] = kr_vm_call(th, partial, pa->items, 2, g->kwnames)))
            return KR_VALUE_NULL;
        r[1] = kr_from_obj(g->items);
    }
    Tuple *t = kr_tuple_from_array(th, r, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MethodDef methodcaller_methods[] = {
    {"__reduce__", methodcaller_reduce, "($self, /)", "Return state information for pickling", 0},
    {0},
};

Type kr_operator_methodcaller_type = {
    .hdr = {&kr_type_type}, .name = "operator.methodcaller", .size = sizeof(Getter),
    .new_ = methodcaller_new, .call = methodcaller_call, .repr = methodcaller_repr,
    .methods = methodcaller_methods,
};

/* ---- the module ------------------------------------------------------------------ */

#define F1(n) {#n, op_##n, "($module, a, /)", NULL, 0}
#define F2(n) {#n, op_##n, "($module, a, b, /)", NULL, 0}

static const MethodDef operator_functions[] = {
    F1(neg), F1(pos), F1(inv), F1(invert), F1(abs), F1(index), F1(truth), F1(not_),
    F2(add), F2(sub), F2(mul), F2(matmul), F2(truediv), F2(floordiv), F2(mod), F2(pow),
    F2(lshift), F2(rshift), F2(and_), F2(or_), F2(xor),
    F2(iadd), F2(isub), F2(imul), F2(imatmul), F2(itruediv), F2(ifloordiv), F2(imod),
    F2(ipow), F2(ilshift), F2(irshift), F2(iand), F2(ior), F2(ixor),
    F2(lt), F2(le), F2(eq), F2(ne), F2(gt), F2(ge), F2(is_), F2(is_not),
    F2(getitem), F2(contains), F2(delitem), F2(concat), F2(iconcat), F2(countOf), F2(indexOf),
    {"setitem", op_setitem, "($module, a, b, c, /)", NULL, 0},
    {"length_hint", op_length_hint, "($module, obj, default=0, /)", NULL, 0},
    {"call", op_call, "($module, obj, /, *args, **kwargs)", NULL, 0},
    {"_compare_digest", op_compare_digest, "($module, a, b, /)", NULL, 0},
    {0},
};

int kr_mod__operator_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_operator", operator_functions);
    if (!m || kr_libutil_add_type(th, m, &kr_operator_itemgetter_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_operator_attrgetter_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_operator_methodcaller_type) < 0)
        return -1;
    return 0;
}
