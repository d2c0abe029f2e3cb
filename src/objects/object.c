/*
 * object.c -- the generic protocols: what `a + b`, `a < b`, `x.attr`,
 * `hash(x)`, `str(x)`, `bool(x)`, `x[k]` and `iter(x)` mean for any value.
 *
 * Each protocol is a short function over the type slots (object.h).  The
 * VM inlines the common cases (small ints, floats, exact lists, ...) and
 * calls these for everything else, so they are the slow paths, written for
 * correctness first: they implement CPython 3.11's rules exactly,
 *
 *   binary ops   binary_op1: if type(b) is a proper subtype of type(a) with
 *                its own slot, b's slot goes first (so a subclass can
 *                override a reflected operator); a slot may return
 *                NotImplemented to pass; both passing is a TypeError naming
 *                the operator and both types.
 *   comparisons  do_richcompare: the same subtype-first rule with the
 *                swapped operator; == and != fall back to identity.
 *   attributes   PyObject_GenericGetAttr: a data descriptor on the type
 *                wins over the instance dict, which wins over a non-data
 *                descriptor (a function: binds a method) or a plain class
 *                attribute.
 *
 * and keep the error messages byte-identical, since tests compare them.
 */
#include "modules/gcmodule.h"
#include "objects/object.h"
#include "objects/slotwrap.h"

#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/nameerror.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/shape.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/genericalias.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread_lock.h"

/* ---- repr, str, hash, truth -------------------------------------------- */

int kr_repr_enter(Thread *th, Value v)
{
    Obj *o = kr_as_obj(v);
    for (int i = 0; i < th->repr_depth; i++)
        if (th->repr_stack[i] == o)
            return 1;
    if (th->repr_depth == th->repr_cap) {
        int cap = th->repr_cap ? th->repr_cap * 2 : 16;
        Obj **ns = kr_gc_alloc(sizeof *ns * (size_t)cap);
        if (!ns) {
            kr_err_no_memory(th);
            return -1;
        }
        if (th->repr_depth)
            memcpy(ns, th->repr_stack, sizeof *ns * (size_t)th->repr_depth);
        th->repr_stack = ns;
        th->repr_cap = cap;
    }
    th->repr_stack[th->repr_depth++] = o;
    return 0;
}

void kr_repr_leave(Thread *th, Value v)
{
    Obj *o = kr_as_obj(v);
    for (int i = th->repr_depth - 1; i >= 0; i--)
        if (th->repr_stack[i] == o) {
            memmove(th->repr_stack + i, th->repr_stack + i + 1,
                    sizeof *th->repr_stack * (size_t)(th->repr_depth - i - 1));
            th->repr_depth--;
            return;
        }
}

/* Guard C recursion in repr of nested containers: a list containing itself
 * is handled by the container (Py_ReprEnter), deep nesting by this. */
#define KR_C_RECURSION_LIMIT 8000

Value kr_object_repr(Thread *th, Value v)
{
    Type *t = kr_type_of(v);
    /* PyObject_Repr is also one level of CPython's Python recursion count,
     * which puts the overflow of a __repr__ calling repr(self) where
     * CPython's is (on the builtin call) */
    if (++th->c_recursion_depth > KR_C_RECURSION_LIMIT ||
        th->recursion_depth >= th->vm->recursion_limit || kr_c_stack_exhausted(th)) {
        th->c_recursion_depth--;
        kr_err_set_string(th, &kr_exc_RecursionError,
                          "maximum recursion depth exceeded while getting the repr of an object");
        return KR_VALUE_NULL;
    }
    th->recursion_depth++;
    Value r = t->repr(th, v);
    th->recursion_depth--;
    th->c_recursion_depth--;
    if (r && !kr_str_check(r)) {
        kr_err_format(th, &kr_exc_TypeError, "__repr__ returned non-string (type %s)",
                      kr_type_name(r));
        return KR_VALUE_NULL;
    }
    return r;
}

/* An exact str with the text of s, an instance of a str subclass. */
static Value str_exact(Thread *th, Value v)
{
    Str *s = kr_as_str(v);
    Str *r = kr_str_alloc(th, s->len, s->kind, s->ascii);
    if (!r)
        return KR_VALUE_NULL;
    memcpy(r->data, s->data, (size_t)s->len * s->kind);
    return kr_from_obj(r);
}

Value kr_object_str(Thread *th, Value v)
{
    if (kr_is_str(v))
        return v;
    Type *t = kr_type_of(v);
    /* str(S('x')) is the exact 'x' unless S defines __str__ (CPython's
     * unicode_str); a __str__ may return a str subclass instance as is. */
    if ((t->flags & KR_TYPE_STR_SUBCLASS) && t->str == kr_str_type.str)
        return str_exact(th, v);
    if (KR_UNLIKELY(kr_c_stack_exhausted(th))) {  /* str(E(E(E(...)))) */
        kr_err_set_string(th, &kr_exc_RecursionError,
                          "maximum recursion depth exceeded while getting the str of an object");
        return KR_VALUE_NULL;
    }
    Value r = t->str ? t->str(th, v) : kr_object_repr(th, v);
    if (r && !kr_str_check(r)) {
        kr_err_format(th, &kr_exc_TypeError, "__str__ returned non-string (type %s)",
                      kr_type_name(r));
        return KR_VALUE_NULL;
    }
    return r;
}

int kr_object_hash(Thread *th, Value v, int64_t *hash)
{
    if (kr_is_str(v)) {
        *hash = kr_str_hash(kr_as_str(v));
        return 0;
    }
    if (kr_is_smallint(v)) {    /* int.c's kr_int_hash without the two calls */
        int64_t i = kr_as_smallint(v);
        *hash = i == -1 ? -2 : i;
        return 0;
    }
    Type *t = kr_type_of(v);
    if (!t->hash) {
        kr_err_format(th, &kr_exc_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(th, v, hash);
}

/* The hash slot of mutable containers: one function, so that slotwrap.c
 * can recognise it and give the type __hash__ = None, as CPython. */
int kr_object_unhashable(Thread *th, Value v, int64_t *hash)
{
    kr_err_format(th, &kr_exc_TypeError, "unhashable type: '%s'", kr_type_name(v));
    return -1;
}

int kr_object_truth(Thread *th, Value v)
{
    if (v == KR_TRUE)
        return 1;
    if (v == KR_FALSE || v == KR_NONE)
        return 0;
    if (kr_is_smallint(v))
        return kr_as_smallint(v) != 0;
    Type *t = kr_type_of(v);
    if (t->bool_)
        return t->bool_(th, v);
    if (t->len) {
        int64_t n;
        if (t->len(th, v, &n) < 0)
            return -1;
        return n != 0;
    }
    return 1;
}

/* ---- comparison ---------------------------------------------------------- */

static const int swapped_op[] = {
    [KR_LT] = KR_GT, [KR_LE] = KR_GE, [KR_EQ] = KR_EQ,
    [KR_NE] = KR_NE, [KR_GT] = KR_LT, [KR_GE] = KR_LE,
};
static const char *const cmp_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

static Value richcompare(Thread *th, Value a, Value b, int op);

/* Comparing nested containers recurses in C (list == list compares the
 * items, ...): bound it like repr, so a 200,000-deep list raises
 * RecursionError instead of overflowing the C stack. */
Value kr_object_richcompare(Thread *th, Value a, Value b, int op)
{
    if (KR_UNLIKELY(++th->c_recursion_depth > KR_C_RECURSION_LIMIT || kr_c_stack_exhausted(th))) {
        th->c_recursion_depth--;
        kr_err_set_string(th, &kr_exc_RecursionError,
                          "maximum recursion depth exceeded in comparison");
        return KR_VALUE_NULL;
    }
    Value r = richcompare(th, a, b, op);
    th->c_recursion_depth--;
    return r;
}

static Value richcompare(Thread *th, Value a, Value b, int op)
{
    Type *ta = kr_type_of(a), *tb = kr_type_of(b);
    bool reflected_done = false;
    Value r;
    /* CPython's do_richcompare: a proper subtype's slot goes first even
     * when it is the inherited one (test_datetime's date != datetime) */
    if (ta != tb && tb->richcompare && kr_type_is_subtype(tb, ta)) {
        reflected_done = true;
        r = tb->richcompare(th, b, a, swapped_op[op]);
        if (r != KR_NOTIMPL)
            return r;
    }
    if (ta->richcompare) {
        r = ta->richcompare(th, a, b, op);
        if (r != KR_NOTIMPL)
            return r;
    }
    if (!reflected_done && tb->richcompare) {
        r = tb->richcompare(th, b, a, swapped_op[op]);
        if (r != KR_NOTIMPL)
            return r;
    }
    if (op == KR_EQ)
        return kr_from_bool(a == b);
    if (op == KR_NE)
        return kr_from_bool(a != b);
    kr_err_format(th, &kr_exc_TypeError,
                  "'%s' not supported between instances of '%s' and '%s'", cmp_symbol[op],
                  ta->name, tb->name);
    return KR_VALUE_NULL;
}

/* Equality of two exact strs or two exact bytes (tuple keys, list.index,
 * `in`): their text, with no slot call and no recursion guard. */
static __attribute__((noinline)) bool text_eq(Value a, Value b)
{
    if (kr_is_str(a))
        return kr_str_eq(kr_as_str(a), kr_as_str(b));
    const Bytes *x = kr_as_bytes(a), *y = kr_as_bytes(b);
    return x->len == y->len && memcmp(x->data, y->data, (size_t)x->len) == 0;
}

int kr_object_richcompare_bool(Thread *th, Value a, Value b, int op)
{
    /* Identity implies equality for containers' purposes (PyObject_RichCompareBool). */
    if (a == b && (op == KR_EQ || op == KR_NE))
        return op == KR_EQ;
    if (kr_is_smallint(a) && kr_is_smallint(b))      /* sort, min/max, containers */
        return kr_cmp_i64(kr_as_smallint(a), kr_as_smallint(b), op);
    if ((op == KR_EQ || op == KR_NE) && kr_is_obj(a) && kr_is_obj(b) &&
        kr_as_obj(a)->type == kr_as_obj(b)->type &&
        (kr_as_obj(a)->type == &kr_bytes_type || kr_as_obj(a)->type == &kr_str_type))
        return text_eq(a, b) == (op == KR_EQ);
    Value r = kr_object_richcompare(th, a, b, op);
    if (!r)
        return -1;
    return kr_object_truth(th, r);
}

/* ---- arithmetic ---------------------------------------------------------- */

static const char *const binop_symbol[KR_BINOP_COUNT] = {
    "+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//",
};
static const char *const inplace_symbol[KR_BINOP_COUNT] = {
    "+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//=",
};

/* Whether f, t's slot for op, is a builtin sequence's + or * (CPython's
 * sq_concat / sq_repeat, not an nb_ slot: see KR_TYPE_SEQ_CONCAT). */
static bool is_seq_slot(const Type *t, KrBinaryFn f, BinOp op)
{
    return (op == KR_OP_ADD || op == KR_OP_MUL) && (t->flags & KR_TYPE_SEQ_CONCAT) &&
           f == kr_type_builtin_base((Type *)t)->binop[op];
}

/* The right operand's number slot, which CPython runs before a's sequence
 * concat or repeat: NotImplemented when b has none (or is a sequence too). */
static Value seq_other_first(Thread *th, Value a, Value b, BinOp op)
{
    Type *ta = kr_type_of(a), *tb = kr_type_of(b);
    KrBinaryFn sb = tb->binop[op];
    if (tb == ta || !sb || sb == ta->binop[op] || is_seq_slot(tb, sb, op))
        return KR_NOTIMPL;
    return sb(th, a, b);
}

/* CPython's binary_op1: NotImplemented when neither side handles it. */
static Value binop1(Thread *th, Value a, Value b, BinOp op)
{
    Type *ta = kr_type_of(a), *tb = kr_type_of(b);
    KrBinaryFn sa = ta->binop[op];
    KrBinaryFn sb = tb != ta ? tb->binop[op] : NULL;
    if (sb == sa)
        sb = NULL;
    Value r;
    if (sa && sb && is_seq_slot(ta, sa, op)) {
        r = seq_other_first(th, a, b, op);
        return r != KR_NOTIMPL ? r : sa(th, a, b);
    }
    if (sa) {
        if (sb && kr_type_is_subtype(tb, ta)) {
            r = sb(th, a, b);
            if (r != KR_NOTIMPL)
                return r;
            sb = NULL;
        }
        r = sa(th, a, b);
        if (r != KR_NOTIMPL)
            return r;
    }
    if (sb)
        return sb(th, a, b);
    return KR_NOTIMPL;
}

static Value binop_error(Thread *th, Value a, Value b, const char *sym)
{
    kr_err_format(th, &kr_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                  sym, kr_type_name(a), kr_type_name(b));
    return KR_VALUE_NULL;
}

Value kr_object_binop(Thread *th, Value a, Value b, BinOp op)
{
    Value r = binop1(th, a, b, op);
    if (r != KR_NOTIMPL)
        return r;
    if (op == KR_OP_ADD && kr_is_str(a) && !kr_is_str(b)) {
        kr_err_format(th, &kr_exc_TypeError, "can only concatenate str (not \"%s\") to str",
                      kr_type_name(b));
        return KR_VALUE_NULL;
    }
    if (op == KR_OP_MUL) {
        /* CPython tries sequence repetition last and names the culprit. */
        bool sa = kr_type_of(a)->flags & KR_TYPE_SEQ_CONCAT;
        bool sb = kr_type_of(b)->flags & KR_TYPE_SEQ_CONCAT;
        if (sa || sb) {
            Value other = sa ? b : a;
            if (!kr_type_of(other)->index) {
                kr_err_format(th, &kr_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                              kr_type_name(other));
                return KR_VALUE_NULL;
            }
        }
    }
    return binop_error(th, a, b, binop_symbol[op]);
}

Value kr_object_inplace(Thread *th, Value a, Value b, BinOp op)
{
    Type *ta = kr_type_of(a);
    KrBinaryFn ip = ta->inplace[op];
    if (ip) {
        /* list += x: sq_inplace_concat comes after x's __radd__ */
        Value r = is_seq_slot(ta, ta->binop[op], op) && ip == kr_type_builtin_base(ta)->inplace[op]
                      ? seq_other_first(th, a, b, op) : KR_NOTIMPL;
        if (r == KR_NOTIMPL)
            r = ip(th, a, b);
        if (r != KR_NOTIMPL)
            return r;
    }
    Value r = binop1(th, a, b, op);
    if (r != KR_NOTIMPL)
        return r;
    if (op == KR_OP_ADD && kr_is_str(a) && !kr_is_str(b)) {
        kr_err_format(th, &kr_exc_TypeError, "can only concatenate str (not \"%s\") to str",
                      kr_type_name(b));
        return KR_VALUE_NULL;
    }
    return binop_error(th, a, b, inplace_symbol[op]);
}

static Value unary(Thread *th, Value a, KrUnaryFn f, const char *sym)
{
    if (!f) {
        kr_err_format(th, &kr_exc_TypeError, "bad operand type for unary %s: '%s'", sym,
                      kr_type_name(a));
        return KR_VALUE_NULL;
    }
    return f(th, a);
}

Value kr_object_neg(Thread *th, Value a) { return unary(th, a, kr_type_of(a)->neg, "-"); }
Value kr_object_pos(Thread *th, Value a) { return unary(th, a, kr_type_of(a)->pos, "+"); }
Value kr_object_invert(Thread *th, Value a) { return unary(th, a, kr_type_of(a)->invert, "~"); }

Value kr_object_index(Thread *th, Value v)
{
    if (kr_is_int(v)) {
        if (kr_is_bool(v))
            return kr_from_smallint(v == KR_TRUE);
        if (kr_is_obj(v) && kr_as_obj(v)->type != &kr_int_type)
            return kr_int_type.index(th, v);    /* a subclass: its exact int */
        return v;
    }
    Type *t = kr_type_of(v);
    if (!t->index) {
        kr_err_format(th, &kr_exc_TypeError,
                      "'%s' object cannot be interpreted as an integer", t->name);
        return KR_VALUE_NULL;
    }
    Value r = t->index(th, v);
    if (r && !kr_is_int(r)) {
        kr_err_format(th, &kr_exc_TypeError, "__index__ returned non-int (type %s)",
                      kr_type_name(r));
        return KR_VALUE_NULL;
    }
    return kr_int_exact_result(th, r, "__index__");
}

/* ---- instance storage ------------------------------------------------------
 *
 * An instance of a heap type is laid out as its builtin base's instance
 * (object: just the header; int: a BigInt; list: a List ...) followed by
 * the extension the class chain adds: one Value per __slots__ name, then
 * the attribute dict unless __slots__ left it out.
 *
 *     | builtin part           | slot values ...   | Dict * |
 *     0                        builtin->size        dict_offset
 *
 * For str, bytes and tuple the builtin part has a variable length (the
 * items are inline), so the extension cannot sit at a fixed offset.
 * Their subclasses carry KR_TYPE_VAR_TAIL: offsets are computed as if
 * the items were empty and moved by kr_object_ext_shift, the aligned item
 * bytes, which the instance's own length gives.  (CPython puts the dict
 * at a negative offset from the end; this is the same idea, and it also
 * lets str subclasses have __slots__.)
 *
 * Every instance of a subclass lives in scanned memory, even of str and
 * bytes, whose exact instances are atomic: the header points at a heap
 * type and the extension holds Values.
 */

Type *kr_type_builtin_base(Type *t)
{
    while (t->flags & KR_TYPE_HEAP)
        t = t->base;
    return t;
}

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

size_t kr_object_ext_shift(const Obj *o)
{
    uint32_t f = o->type->flags;
    if (KR_LIKELY(!(f & KR_TYPE_VAR_TAIL)))
        return 0;
    if (f & KR_TYPE_STR_SUBCLASS) {
        const Str *s = (const Str *)o;
        return align8((size_t)(s->len + 1) * s->kind);
    }
    if (f & KR_TYPE_TUPLE_SUBCLASS)
        return (size_t)((const Tuple *)o)->size * sizeof(Value);
    return align8((size_t)((const Str *)o)->len + 1);   /* bytes: len at the same place */
}

Dict **kr_object_dict_slot(Value obj)
{
    if (!kr_is_obj(obj))
        return NULL;
    Obj *o = kr_as_obj(obj);
    size_t off = o->type->dict_offset;
    if (!off)
        return NULL;
    return (Dict **)((char *)o + off + kr_object_ext_shift(o));
}

Obj *kr_object_alloc_sub(Thread *th, Type *t, size_t var_bytes)
{
    size_t n = t->size + align8(var_bytes);
    Shape *root = t->flags & KR_TYPE_HAS_SHAPE ? kr_shape_root(th, t) : NULL;
    Obj *o = kr_gc_alloc(n);      /* zeroed */
    if (!o || ((t->flags & KR_TYPE_HAS_SHAPE) && !root)) {
        kr_err_no_memory(th);
        return NULL;
    }
    o->type = t;
    if (root)
        ((InstAttrs *)((char *)o + t->dict_offset))->shape = root;
    if (t->finalize)
        kr_mod_gc_track_del(o);   /* a class with __del__ (modules/gc.c) */
    return o;
}

Value kr_object_copy_as(Thread *th, Type *t, Value exact, size_t nbytes)
{
    Type *b = kr_type_builtin_base(t);
    Obj *o = kr_object_alloc_sub(th, t, nbytes - b->size);
    if (!o)
        return KR_VALUE_NULL;
    memcpy((char *)o + sizeof(Obj), (char *)kr_as_obj(exact) + sizeof(Obj),
           nbytes - sizeof(Obj));
    return kr_from_obj(o);
}

Value kr_object_builtin_self(Thread *th, Type *owner, Value self)
{
    if (!kr_is_obj(self) || kr_as_obj(self)->type == owner)
        return self;
    if (owner == &kr_int_type && kr_is_int(self))
        return kr_int_type.index(th, self);     /* int_index: the exact value */
    if (owner == &kr_str_type && kr_str_check(self))
        return str_exact(th, self);     /* so "return self unchanged" is exact */
    return self;
}

/* ---- an instance's own attributes: shapes or a dict (shape.h) ------------ */

static InstAttrs *inst_attrs(Value obj)
{
    Obj *o = kr_as_obj(obj);
    return (InstAttrs *)((char *)o + o->type->dict_offset);
}

static bool is_shaped(Value obj)
{
    return kr_is_obj(obj) && (kr_as_obj(obj)->type->flags & KR_TYPE_HAS_SHAPE);
}

/* A zeroed InstAttrs (dict, shape and values all NULL) is a valid empty
 * instance, so code that allocates instances of a class with plain
 * kr_gc_alloc(t->size) is still right: its shape is the class's root,
 * filled in here on first use.  NULL (error set) if that fails. */
static Shape *shape_of(Thread *th, Value obj, InstAttrs *ia)
{
    if (!ia->shape)
        ia->shape = kr_shape_root(th, kr_as_obj(obj)->type);
    return ia->shape;
}

Value kr_object_attr_get(Value obj, Str *name)
{
    if (is_shaped(obj)) {
        InstAttrs *ia = inst_attrs(obj);
        if (!ia->dict) {
            int64_t i = ia->shape ? kr_shape_lookup(ia->shape, name) : -1;
            return i >= 0 ? ia->values[i] : KR_VALUE_NULL;
        }
    }
    Dict **dp = kr_object_dict_slot(obj);
    return dp && *dp ? kr_dict_get_str(*dp, name) : KR_VALUE_NULL;
}

/* Leave shape mode for good: the attributes move to a dict, in order. */
static Dict *to_dict_mode(Thread *th, InstAttrs *ia)
{
    Dict *d = kr_dict_new(th);
    if (!d)
        return NULL;
    /* the shape's index holds the names in insertion order */
    Value k, v;
    int64_t pos = 0;
    while (ia->shape && kr_dict_next(ia->shape->index, &pos, &k, &v))
        if (kr_dict_set(th, d, k, ia->values[kr_as_smallint(v)]) < 0)
            return NULL;
    /* values stays: another thread that read the shape just before may
     * still index the array (a stale read, never a NULL one); shape NULL
     * makes every later lookup and inline cache miss, then see dict */
    ia->dict = d;
    ia->shape = NULL;
    return d;
}

/* Add or replace `name` on a shaped instance; NULL value deletes. */
static int shape_store(Thread *th, InstAttrs *ia, Str *name, Value value)
{
    int64_t i = kr_shape_lookup(ia->shape, name);
    if (i >= 0 && value) {
        ia->values[i] = value;
        return 0;
    }
    if (i < 0 && !value)
        return 1;
    /* deletion and too many attributes go to dict mode; so do names that
     * are not exact strs (they cannot be interned) */
    Shape *s = ia->shape;
    if (!value || s->count >= KR_SHAPE_MAX || !kr_is_str(kr_from_obj(name))) {
        Dict *d = to_dict_mode(th, ia);
        if (!d)
            return -1;
        if (value)
            return kr_dict_set_str(th, d, name, value);
        return kr_dict_del(th, d, kr_from_obj(name)) < 0 ? -1 : 0;
    }
    Str *iname = kr_str_intern(th, name);
    Shape *next = iname ? kr_shape_add(th, s, iname) : NULL;
    if (!next)
        return -1;
    int64_t n = s->count, have = ia->values ? kr_shape_capacity(n) : 0;
    if (n + 1 > have) {
        Value *nv = kr_gc_alloc(sizeof(Value) * (size_t)kr_shape_capacity(n + 1));
        if (!nv) {
            kr_err_no_memory(th);
            return -1;
        }
        kr_values_copy(nv, ia->values, (size_t)n);
        ia->values = nv;
    }
    ia->values[n] = value;
    ia->shape = next;
    return 0;
}

int kr_object_attr_store(Thread *th, Value obj, Str *name, Value value)
{
    if (is_shaped(obj)) {
        InstAttrs *ia = inst_attrs(obj);
        if (!ia->dict)
            return shape_of(th, obj, ia) ? shape_store(th, ia, name, value) : -1;
    }
    Dict **dp = kr_object_dict_slot(obj);
    if (!*dp && !(*dp = kr_dict_new(th)))
        return -1;
    if (!value) {
        int r = kr_dict_del(th, *dp, kr_from_obj(name));
        return r < 0 ? -1 : r == 0;
    }
    return kr_dict_set_str(th, *dp, name, value);
}

Dict *kr_object_get_dict(Thread *th, Value obj)
{
    if (is_shaped(obj)) {
        InstAttrs *ia = inst_attrs(obj);
        return ia->dict ? ia->dict : to_dict_mode(th, ia);
    }
    Dict **dp = kr_object_dict_slot(obj);
    if (!dp)
        return NULL;
    if (!*dp)
        *dp = kr_dict_new(th);
    return *dp;
}

/* True if the class that gives obj's instances their __dict__ is a
 * builtin one (functools.partial): its descriptor is CPython's
 * PyObject_GenericSetDict, which refuses deletion. */
static bool dict_from_builtin(Value obj)
{
    Type *t = kr_type_of(obj);
    while (t->base && t->base->dict_offset)
        t = t->base;
    return !(t->flags & KR_TYPE_HEAP) && t->dict_offset;
}

/* obj.__dict__ = value (CPython's subtype_setdict). */
static int set_dict(Thread *th, Value obj, Value value)
{
    if (!value && dict_from_builtin(obj)) {
        kr_err_set_string(th, &kr_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!value) {       /* del obj.__dict__: a fresh empty one next time */
        Dict *d = kr_dict_new(th);
        if (!d)
            return -1;
        value = kr_from_obj(d);
    }
    if (!kr_dict_check(value)) {
        kr_err_format(th, &kr_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      kr_type_name(value));
        return -1;
    }
    if (is_shaped(obj)) {
        InstAttrs *ia = inst_attrs(obj);
        ia->shape = NULL;       /* values stays, as in to_dict_mode */
    }
    *kr_object_dict_slot(obj) = kr_as_dict(value);
    return 0;
}

/* The __dict__ and __weakref__ descriptors a class statement puts in the
 * class that introduces them (type.c, layout_instances), as CPython's
 * subtype_getsets: `C.__dict__['__dict__']`, `vars(C)`. */

/* The __dict__ descriptor of the nearest builtin base that has one (a
 * metaclass's instances are classes: type's own __dict__ answers), as
 * CPython's get_builtin_base_with_dict; KR_VALUE_NULL if none. */
static Value builtin_dict_descr(Thread *th, Value obj)
{
    for (Type *t = kr_type_of(obj); t; t = t->base) {
        if (t->flags & KR_TYPE_HEAP)
            continue;
        Value d = kr_dict_get_str(t->dict, KR_NAME(th, __dict__));
        if (d && kr_type_of(d)->descr_get)
            return d;
    }
    return KR_VALUE_NULL;
}

static Value dict_descr_get(Thread *th, Value obj)
{
    if (!kr_object_dict_slot(obj)) {
        Value d = builtin_dict_descr(th, obj);
        if (d)
            return kr_type_of(d)->descr_get(th, d, obj, kr_from_obj(kr_type_of(obj)));
        kr_err_set_string(th, &kr_exc_AttributeError, "This object has no __dict__");
        return KR_VALUE_NULL;
    }
    Dict *d = kr_object_get_dict(th, obj);
    return d ? kr_from_obj(d) : KR_VALUE_NULL;
}

static int dict_descr_set(Thread *th, Value obj, Str *name, Value value)
{
    if (!kr_object_dict_slot(obj)) {
        Value d = builtin_dict_descr(th, obj);
        if (d && kr_type_of(d)->descr_set)
            return kr_type_of(d)->descr_set(th, d, obj, value);
        kr_err_set_string(th, &kr_exc_AttributeError, "This object has no __dict__");
        return -1;
    }
    return set_dict(th, obj, value);
}

static Value weakref_descr_get(Thread *th, Value obj)
{
    return KR_NONE;     /* the first weak reference is not tracked here */
}

const MemberDef kr_object_dict_member = {
    "__dict__", 0, dict_descr_get, dict_descr_set,
    "dictionary for instance variables (if defined)", 0,
};
const MemberDef kr_object_weakref_member = {
    "__weakref__", 0, weakref_descr_get, NULL,
    "list of weak references to the object (if defined)", 0,
};

/* ---- the inline caches of GET_ATTR / SET_ATTR / LOAD_METHOD on shaped
 * instances (vm/ops_attr.inc has the fast paths; these are the slow ones).
 *
 * An entry is keyed on (a = the instance's shape, b = type_epoch + 1): the
 * shape fixes the class and where each instance attribute is, the epoch
 * moves whenever any class attribute changes, so a hit proves the class
 * still has no data descriptor for the name.  What v holds:
 *   GET_ATTR      the attribute's index in the values array (small int)
 *   LOAD_METHOD   the function found on the class (the shape proves the
 *                 instance does not shadow it)
 *   SET_ATTR      the index (small int) when the name is already there,
 *                 else the shape the instance moves to (index: count - 1)
 * A second kind of GET_ATTR / LOAD_METHOD entry, told apart by the low bit
 * of `a` (shape | 1; shapes are aligned), says "the instance does not have
 * the name: v is what the class has", a property, a constant or any
 * other descriptor, applied with its __get__ on a hit
 * (kr_object_class_attr).  It is checked only after the first kind
 * misses, so instance fields pay nothing for it.
 * Entries are filled only for classes using the generic __getattribute__
 * / __setattr__; anything else stays on the generic path.
 */

InlineCache *kr_object_cache_at(Code *code, uint32_t at)
{
    if (!code->caches)
        code->caches = kr_gc_alloc(sizeof(InlineCache) * code->ninstrs);
    return code->caches ? &code->caches[at] : NULL;
}

static inline __attribute__((always_inline)) void cache_fill(Thread *th, Code *code, uint32_t at,
                                                          Shape *s, Value v, bool class_attr)
{
    InlineCache *ic = kr_object_cache_at(code, at);
    if (!ic)
        return;
    /* an index rides in the guard word (vm/thread_lock.h) */
    uint64_t key = (uint64_t)(uintptr_t)s | class_attr;
    if (!class_attr && kr_is_smallint(v))
        key = KR_IC_PACK(key, kr_as_smallint(v));
    kr_ic_fill(ic, key, th->vm->type_epoch + 1, v);
}

static bool is_data_descr(Value d)
{
    return d && kr_type_of(d)->descr_set != NULL;
}

Value kr_object_getattr_shaped(Thread *th, Code *code, uint32_t at, Value obj, Str *name)
{
    Type *t = kr_as_obj(obj)->type;
    InstAttrs *ia = inst_attrs(obj);
    if (t->getattr != kr_object_generic_getattr)
        return t->getattr(th, obj, name);
    if (!ia->dict && shape_of(th, obj, ia)) {
        int64_t i = kr_shape_lookup(ia->shape, name);
        if (i >= 0 && !is_data_descr(kr_type_lookup_cached(th, t, name))) {
            cache_fill(th, code, at, ia->shape, kr_from_smallint(i), false);
            return ia->values[i];
        }
        Value d = i < 0 ? kr_type_lookup_cached(th, t, name) : KR_VALUE_NULL;
        if (d) {
            cache_fill(th, code, at, ia->shape, d, true);
            return kr_object_class_attr(th, d, obj);
        }
    }
    return KR_VALUE_NULL;       /* vm.c's cached lookup (and its errors) */
}

Value kr_object_class_attr(Thread *th, Value d, Value obj)
{
    KrDescrGetFn get = kr_type_of(d)->descr_get;
    return get ? get(th, d, obj, kr_from_obj(kr_type_of(obj))) : d;
}

Value kr_object_getmethod_shaped(Thread *th, Code *code, uint32_t at, Value obj, Str *name,
                                 Value *self_out)
{
    Type *t = kr_as_obj(obj)->type;
    InstAttrs *ia = inst_attrs(obj);
    if (t->getattr != kr_object_generic_getattr)
        return kr_object_getmethod(th, obj, name, self_out);
    if (!ia->dict && shape_of(th, obj, ia)) {
        int64_t i = kr_shape_lookup(ia->shape, name);
        Value d = kr_type_lookup_cached(th, t, name);
        if (i >= 0)     /* the instance's own attribute, unless a data descriptor wins */
            return is_data_descr(d) ? KR_VALUE_NULL : ia->values[i];
        if (d && (kr_is_function(d) || kr_is_type(d, &kr_method_descr_type) ||
                  kr_is_type(d, &kr_wrapper_descr_type))) {
            cache_fill(th, code, at, ia->shape, d, false);
            *self_out = obj;
            return d;
        }
        if (d) {
            cache_fill(th, code, at, ia->shape, d, true);
            return kr_object_class_attr(th, d, obj);
        }
    }
    /* not a plain method, or dict mode (whose dict vm.c reads): vm.c's
     * cached lookup */
    return KR_VALUE_NULL;
}

int kr_object_setattr_shaped(Thread *th, Code *code, uint32_t at, Value obj, Str *name,
                             Value value)
{
    Type *t = kr_as_obj(obj)->type;
    InstAttrs *ia = inst_attrs(obj);
    if (t->setattr != kr_object_generic_setattr || ia->dict || name == KR_NAME(th, __dict__) ||
        !shape_of(th, obj, ia) || is_data_descr(kr_type_lookup_cached(th, t, name)))
        return kr_object_setattr(th, obj, name, value);
    Shape *before = ia->shape;
    int64_t i = kr_shape_lookup(before, name);
    if (shape_store(th, ia, name, value) < 0)
        return -1;
    if (ia->shape == before)
        cache_fill(th, code, at, before, kr_from_smallint(i), false);
    else if (ia->shape)
        cache_fill(th, code, at, before, kr_from_obj(ia->shape), false);
    return 0;
}

/* ---- attributes ---------------------------------------------------------- */

/* "'T' object has no attribute 'name'".  Programs raise and catch this
 * one by the hundred thousand (docutils: 250,000), so the common case --
 * an ASCII type name, a Latin-1 attribute name -- is assembled in place
 * rather than through kr_err_format's byte buffer and UTF-8 decoding. */
static Value no_attribute(Thread *th, Value obj, Str *name)
{
    static const char mid[] = "' object has no attribute '";
    const char *tn = kr_type_name(obj);
    size_t tl = strlen(tn), ml = sizeof mid - 1;
    if (name->kind == 1 && kr_bytes_ascii((const unsigned char *)tn, tl) && tl < 4096) {
        int64_t len = (int64_t)(tl + ml) + name->len + 2;
        th->exc = KR_VALUE_NULL;        /* as kr_err_format */
        Str *m = kr_str_alloc(th, len, 1, name->ascii);
        if (!m)
            return KR_VALUE_NULL;
        unsigned char *d = m->data;
        *d++ = '\'';
        memcpy(d, tn, tl);
        memcpy(d + tl, mid, ml);
        memcpy(d + tl + ml, name->data, (size_t)name->len);
        d[tl + ml + (size_t)name->len] = '\'';
        kr_err_set_object(th, &kr_exc_AttributeError, kr_from_obj(m));
        return KR_VALUE_NULL;
    }
    kr_err_format(th, &kr_exc_AttributeError, "'%s' object has no attribute '%U'", tn, name);
    return KR_VALUE_NULL;
}

/* object.__getattribute__; with quiet, a missing attribute is NULL with no
 * exception (hasattr and friends throw the AttributeError away anyway). */
static inline __attribute__((always_inline)) Value generic_getattr(Thread *th, Value obj,
                                                                   Str *name, bool quiet)
{
    Type *t = kr_type_of(obj);
    Value descr = kr_type_lookup_cached(th, t, name);
    KrDescrGetFn get = NULL;
    if (descr) {
        Type *dt = kr_type_of(descr);
        get = dt->descr_get;
        if (get && dt->descr_set)
            return get(th, descr, obj, kr_from_obj(t));
    }
    Value v = kr_object_attr_get(obj, name);
    if (v)
        return v;
    if (get)
        return get(th, descr, obj, kr_from_obj(t));
    if (descr)      /* a class attribute, even one named __class__ */
        return descr;
    if (name == KR_NAME(th, __class__))
        return kr_from_obj(t);
    if (name == KR_NAME(th, __weakref__) && (t->flags & KR_TYPE_HAS_WEAKREF))
        return KR_NONE;     /* no weak references to it yet: krait has no weakref module */
    if (name == KR_NAME(th, __dict__) && kr_object_dict_slot(obj)) {
        Dict *d = kr_object_get_dict(th, obj);
        return d ? kr_from_obj(d) : KR_VALUE_NULL;
    }
    return quiet ? KR_VALUE_NULL : no_attribute(th, obj, name);
}

Value kr_object_generic_getattr(Thread *th, Value obj, Str *name)
{
    return generic_getattr(th, obj, name, false);
}

Value kr_object_generic_lookup(Thread *th, Value obj, Str *name)
{
    return generic_getattr(th, obj, name, true);
}

int kr_object_generic_setattr(Thread *th, Value obj, Str *name, Value value)
{
    Type *t = kr_type_of(obj);
    Value descr = kr_type_lookup_cached(th, t, name);
    if (descr) {
        KrDescrSetFn set = kr_type_of(descr)->descr_set;
        if (set)
            return set(th, descr, obj, value);
    }
    Dict **dp = kr_object_dict_slot(obj);
    if (!dp) {
        if (descr)
            kr_err_format(th, &kr_exc_AttributeError,
                          "'%s' object attribute '%U' is read-only", t->name, name);
        else
            kr_err_format(th, &kr_exc_AttributeError, "'%s' object has no attribute '%U'",
                          t->name, name);
        return -1;
    }
    if (name == KR_NAME(th, __dict__))
        return set_dict(th, obj, value);
    int r = kr_object_attr_store(th, obj, name, value);
    if (r > 0) {
        no_attribute(th, obj, name);
        return -1;
    }
    return r;
}

Value kr_object_getattr(Thread *th, Value obj, Str *name)
{
    Value r = kr_type_of(obj)->getattr(th, obj, name);
    if (KR_UNLIKELY(!r))
        kr_exc_attr_context(th, obj, name);     /* AttributeError.name/.obj */
    return r;
}

Value kr_object_lookupattr(Thread *th, Value obj, Str *name)
{
    KrGetAttrFn f = kr_type_quiet_getattr(kr_type_of(obj)->getattr);
    Value r = f(th, obj, name);
    if (!r && kr_err_matches(th, &kr_exc_AttributeError))
        kr_err_clear(th);       /* a hook or a descriptor raised it */
    return r;
}

int kr_object_setattr(Thread *th, Value obj, Str *name, Value value)
{
    KrSetAttrFn f = kr_type_of(obj)->setattr;
    if (!f) {
        kr_err_format(th, &kr_exc_AttributeError, "'%s' object has no attribute '%U'",
                      kr_type_name(obj), name);
        return -1;
    }
    return f(th, obj, name, value);
}

Value kr_object_getmethod(Thread *th, Value obj, Str *name, Value *self_out)
{
    Type *t = kr_type_of(obj);
    *self_out = KR_VALUE_NULL;
    if (t->getattr != kr_object_generic_getattr)
        return t->getattr(th, obj, name);
    Value descr = kr_type_lookup_cached(th, t, name);
    if (descr && (kr_is_function(descr) || kr_is_type(descr, &kr_method_descr_type) ||
                  kr_is_type(descr, &kr_wrapper_descr_type))) {
        if (!kr_object_attr_get(obj, name)) {
            *self_out = obj;
            return descr;
        }
    }
    return kr_object_generic_getattr(th, obj, name);
}

/* ---- items, containers, iteration, calls --------------------------------- */

Value kr_object_getitem(Thread *th, Value obj, Value key)
{
    Type *t = kr_type_of(obj);
    if (!t->getitem) {
        if (obj == kr_from_obj(&kr_type_type))   /* type[int], as CPython */
            return kr_genericalias_new(th, obj, key);
        if (kr_is_obj(obj) && (t->flags & KR_TYPE_TYPE_SUBCLASS)) {
            /* PEP 560: C[key] on a class without a metaclass __getitem__. */
            Value f = kr_type_lookup((Type *)kr_as_obj(obj), KR_NAME(th, __class_getitem__));
            if (f) {
                KrDescrGetFn get = kr_type_of(f)->descr_get;
                if (get && !(f = get(th, f, KR_VALUE_NULL, obj)))
                    return KR_VALUE_NULL;
                return kr_vm_call(th, f, &key, 1, NULL);
            }
            kr_err_format(th, &kr_exc_TypeError, "type '%s' is not subscriptable",
                          ((Type *)kr_as_obj(obj))->name);
            return KR_VALUE_NULL;
        }
        kr_err_format(th, &kr_exc_TypeError, "'%s' object is not subscriptable", t->name);
        return KR_VALUE_NULL;
    }
    return t->getitem(th, obj, key);
}

int kr_object_setitem(Thread *th, Value obj, Value key, Value value)
{
    Type *t = kr_type_of(obj);
    if (!t->setitem) {
        if (value)
            kr_err_format(th, &kr_exc_TypeError,
                          "'%s' object does not support item assignment", t->name);
        else    /* CPython's sequence path (an index into a sized type) says
                 * "doesn't", its mapping path "does not" */
            kr_err_format(th, &kr_exc_TypeError, "'%s' object %s support item deletion",
                          t->name, t->len && kr_is_int(key) ? "doesn't" : "does not");
        return -1;
    }
    return t->setitem(th, obj, key, value);
}

int kr_object_contains(Thread *th, Value container, Value item)
{
    Type *t = kr_type_of(container);
    if (t->contains)
        return t->contains(th, container, item);
    /* CPython's _PySequence_IterSearch: any TypeError of iter() reads so */
    Value it = kr_object_iter(th, container);
    if (!it) {
        if (kr_err_matches(th, &kr_exc_TypeError))
            kr_err_format(th, &kr_exc_TypeError, "argument of type '%s' is not iterable",
                          t->name);
        return -1;
    }
    for (;;) {
        Value x = kr_object_next(th, it);
        if (!x)
            return kr_err_occurred(th) ? -1 : 0;
        int r = kr_object_richcompare_bool(th, x, item, KR_EQ);
        if (r != 0)
            return r;
    }
}

int kr_object_len(Thread *th, Value v, int64_t *len)
{
    Type *t = kr_type_of(v);
    if (!t->len) {
        kr_err_format(th, &kr_exc_TypeError, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(th, v, len);
}

/* PyObject_LengthHint: len(v) when its type has one (a TypeError from it
 * means "no length"), else what v.__length_hint__() says (NotImplemented
 * or a TypeError: no hint), else dflt.  -1 with an error set on failure. */
int kr_object_length_hint(Thread *th, Value v, int64_t dflt, int64_t *out)
{
    Type *t = kr_type_of(v);
    if (t->len) {
        if (t->len(th, v, out) == 0)
            return 0;
        if (!kr_err_matches(th, &kr_exc_TypeError))
            return -1;
        kr_err_clear(th);
    }
    *out = dflt;
    Value m = kr_type_lookup_cached(th, t, KR_NAME(th, __length_hint__));
    if (!m)
        return 0;
    Value r = kr_vm_call_method(th, m, v, NULL, 0, NULL);
    if (!r) {
        if (!kr_err_matches(th, &kr_exc_TypeError))
            return -1;
        kr_err_clear(th);
        return 0;
    }
    if (r == KR_NOTIMPL)
        return 0;
    if (!kr_is_int(r)) {
        kr_err_format(th, &kr_exc_TypeError, "__length_hint__ must be an integer, not %s",
                      kr_type_name(r));
        return -1;
    }
    if (kr_int_as_i64(th, r, out) < 0) {
        kr_err_clear(th);
        kr_err_format(th, &kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    if (*out < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return 0;
}

/* Iteration over anything with __getitem__ but no __iter__ (the old
 * sequence protocol) is not built yet; such objects are "not iterable". */
Value kr_object_iter(Thread *th, Value v)
{
    Type *t = kr_type_of(v);
    if (!t->iter) {
        kr_err_format(th, &kr_exc_TypeError, "'%s' object is not iterable", t->name);
        return KR_VALUE_NULL;
    }
    Value it = t->iter(th, v);
    if (it && !kr_type_of(it)->next) {
        kr_err_format(th, &kr_exc_TypeError, "iter() returned non-iterator of type '%s'",
                      kr_type_name(it));
        return KR_VALUE_NULL;
    }
    return it;
}

Value kr_object_next(Thread *th, Value it)
{
    /* map(f, map(f, ...)) 300,000 deep recurses here once per level */
    if (KR_UNLIKELY(kr_c_stack_exhausted(th))) {
        kr_err_set_string(th, &kr_exc_RecursionError, "maximum recursion depth exceeded");
        return KR_VALUE_NULL;
    }
    Value r = kr_type_of(it)->next(th, it);
    if (!r && th->exc && kr_err_matches(th, &kr_exc_StopIteration))
        kr_err_clear(th);    /* a generator's return value: exhaustion all the same */
    return r;
}

Value kr_object_call(Thread *th, Value callable, const Value *args, size_t nargs,
                     Tuple *kwnames)
{
    return kr_vm_call(th, callable, args, nargs, kwnames);
}

/* A metaclass's __instancecheck__ / __subclasscheck__ (not type's own:
 * the plain check is the same and faster).  *found false: none. */
static int call_check_hook(Thread *th, Value cls, Str *name, Value arg, bool *found)
{
    *found = false;
    if (!kr_is_obj(cls) || kr_type_of(cls) == &kr_type_type)
        return 0;
    Type *meta = kr_type_of(cls);
    Value f = meta->mro ? kr_type_lookup_cached(th, meta, name) : kr_type_lookup(meta, name);
    if (!f || kr_method_owner(f) == &kr_type_type)
        return 0;
    *found = true;
    Value r = kr_vm_call_method(th, f, cls, &arg, 1, NULL);
    return r ? kr_object_truth(th, r) : -1;
}

int kr_object_issubclass_hook(Thread *th, Value cls, Value base, bool *found)
{
    return call_check_hook(th, base, KR_NAME(th, __subclasscheck__), cls, found);
}

static bool is_type_value(Value v)
{
    return kr_is_obj(v) && (kr_type_of(v)->flags & KR_TYPE_TYPE_SUBCLASS);
}

/* cls.__bases__ if it is a tuple; KR_VALUE_NULL otherwise, with an error
 * only if the lookup raised other than AttributeError (CPython's
 * abstract_get_bases: any object with a tuple __bases__ is a "class"). */
static Value abstract_bases(Thread *th, Value cls)
{
    Str *n = kr_str_intern_cstr(th, "__bases__");
    Value b = n ? kr_object_lookupattr(th, cls, n) : KR_VALUE_NULL;
    return b && kr_is_tuple(b) ? b : KR_VALUE_NULL;
}

static bool check_class(Thread *th, Value cls, const char *msg)
{
    if (abstract_bases(th, cls))
        return true;
    if (!kr_err_occurred(th))
        kr_err_set_string(th, &kr_exc_TypeError, msg);
    return false;
}

/* Enter one level of the recursion count, or raise RecursionError with
 * CPython's " in __instancecheck__"-style suffix. */
static bool enter_check(Thread *th, const char *where)
{
    if (KR_UNLIKELY(th->recursion_depth >= th->vm->recursion_limit || kr_c_stack_exhausted(th))) {
        kr_err_format(th, &kr_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return false;
    }
    th->recursion_depth++;
    return true;
}

/* CPython's abstract_issubclass: walk __bases__ tuples up from derived. */
static int abstract_issubclass(Thread *th, Value derived, Value cls)
{
    Value bases;
    Tuple *t;
    for (;;) {
        if (derived == cls)
            return 1;
        if (!(bases = abstract_bases(th, derived)))
            return kr_err_occurred(th) ? -1 : 0;
        t = kr_as_tuple(bases);
        if (t->size != 1)
            break;
        derived = t->items[0];      /* single inheritance: no recursion */
    }
    int r = 0;
    for (int64_t i = 0; i < t->size && r == 0; i++) {
        if (!enter_check(th, " in __issubclass__"))
            return -1;
        r = abstract_issubclass(th, t->items[i], cls);
        th->recursion_depth--;
    }
    return r;
}

/* isinstance without a metaclass hook (CPython's object_isinstance). */
static int plain_isinstance(Thread *th, Value v, Value cls)
{
    Value c;
    if (!is_type_value(cls)) {
        if (!check_class(th, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
            return -1;
        c = kr_object_lookupattr(th, v, KR_NAME(th, __class__));
        if (!c)
            return kr_err_occurred(th) ? -1 : 0;
        return abstract_issubclass(th, c, cls);
    }
    Type *t = kr_type_of(v);
    if (kr_type_is_subtype(t, (Type *)kr_as_obj(cls)))
        return 1;
    if (!(t->flags & KR_TYPE_HEAP))
        return 0;
    /* A class may claim another __class__ (CPython's object_isinstance);
     * only Python classes can, so builtins skip the lookup, and so do
     * classes that leave object's __class__ descriptor (which answers t)
     * in charge. */
    Str *cn = KR_NAME(th, __class__);
    if (t->getattr == kr_object_generic_getattr &&
        kr_type_lookup_cached(th, t, cn) == kr_type_lookup_cached(th, &kr_object_type, cn))
        return 0;
    c = kr_object_lookupattr(th, v, cn);
    if (!c)
        return kr_err_occurred(th) ? -1 : 0;
    return c != kr_from_obj(t) && is_type_value(c) &&
           kr_type_is_subtype((Type *)kr_as_obj(c), (Type *)kr_as_obj(cls));
}

int kr_object_isinstance(Thread *th, Value v, Value cls)
{
    if (kr_is_obj(cls) && kr_type_of(v) == (Type *)kr_as_obj(cls))
        return 1;
    if (kr_is_union(cls))             /* int | str reads as (int, str) */
        cls = kr_from_obj(kr_union_args(cls));
    if (kr_is_tuple(cls)) {
        Tuple *t = kr_as_tuple(cls);
        if (!enter_check(th, " in __instancecheck__"))
            return -1;
        int r = 0;
        for (int64_t i = 0; i < t->size && r == 0; i++)
            r = kr_object_isinstance(th, v, t->items[i]);
        th->recursion_depth--;
        return r;
    }
    bool found;
    int hook = call_check_hook(th, cls, KR_NAME(th, __instancecheck__), v, &found);
    if (found)
        return hook;
    return plain_isinstance(th, v, cls);
}

/* issubclass without a metaclass hook (CPython's recursive_issubclass). */
static int plain_issubclass(Thread *th, Value derived, Value cls)
{
    if (is_type_value(cls) && is_type_value(derived))
        return kr_type_is_subtype((Type *)kr_as_obj(derived), (Type *)kr_as_obj(cls));
    if (!check_class(th, derived, "issubclass() arg 1 must be a class") ||
        (!kr_is_union(cls) &&
         !check_class(th, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")))
        return -1;
    return abstract_issubclass(th, derived, cls);
}

int kr_object_issubclass(Thread *th, Value derived, Value cls)
{
    if (kr_is_union(cls))             /* int | str reads as (int, str) */
        cls = kr_from_obj(kr_union_args(cls));
    if (kr_is_tuple(cls)) {
        Tuple *t = kr_as_tuple(cls);
        if (!enter_check(th, " in __subclasscheck__"))
            return -1;
        int r = 0;
        for (int64_t i = 0; i < t->size && r == 0; i++)
            r = kr_object_issubclass(th, derived, t->items[i]);
        th->recursion_depth--;
        return r;
    }
    bool found;
    int hook = kr_object_issubclass_hook(th, derived, cls, &found);
    if (found)
        return hook;
    return plain_issubclass(th, derived, cls);
}
