/*
 * _ast.c -- the C AST (parse/ast_gen.h) as objects of _ast's node classes,
 * and back.
 *
 * The classes themselves are Python (lib/_ast.py) and so is ast.py, both
 * run unchanged; only the two walks are C, generated from ast.def into
 * _ast_gen.inc: to_<type> (C AST -> objects, for PyCF_ONLY_AST) and
 * from_<type> (objects -> C AST in an arena, for compile(tree), with
 * CPython's obj2ast messages).  What the generated code needs is here:
 * making a node (a call of its class, as CPython's ast2obj does), reading
 * and setting a field, the leaves (identifiers, ints, constants) and the
 * error reports.  Class objects and field names are looked up once per
 * conversion and kept in the Conv on the C stack, which the collector
 * scans; the arena holds only C data.
 */
#include "modules/_ast.h"

#include <limits.h>
#include <math.h>
#include <string.h>

#include "core/state.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

typedef struct Conv Conv;

static List *new_list(Conv *cv, int n);
static Value new_node(Conv *cv, int cls);
static Value singleton(Conv *cv, int cls);
static int set(Conv *cv, Value obj, int field, Value v);
static Value to_str(Conv *cv, const char *s);
static Value to_const(Conv *cv, const AstConst *k);

/* what the generated objects -> C AST half uses */
static Arena *arena_of(Conv *cv);
static int enter(Conv *cv);
static void leave(Conv *cv);
static int is_node(Conv *cv, Value obj, int cls);
static int field(Conv *cv, Value obj, int f, const char *owner, bool optional, Value *out);
static int attr_int(Conv *cv, Value obj, int f, const char *owner, bool optional, int *out, int dflt);
static int not_a_list(Conv *cv, const char *owner, int f, Value v);
static int changed_size(Conv *cv, const char *owner, int f);
static int expected(Conv *cv, const char *what, Value obj);
static int required(Conv *cv, int f, const char *ctor);
static int from_identifier(Conv *cv, Value v, const char **out);
static int from_string(Conv *cv, Value v, const char **out);
static int from_int(Conv *cv, Value v, int *out);
static int from_constant(Conv *cv, Value v, AstConst **out);

#include "modules/_ast_gen.inc"

struct Conv {
    Thread *th;
    Dict *ns;                        /* _ast's namespace */
    Arena *arena;                    /* objects -> C AST: where the nodes go */
    int depth;                       /* objects -> C AST: nesting, bounded */
    Value classes[N_CLASSES];        /* looked up on first use */
    Value singletons[N_CLASSES];     /* Load(), Add(), ...: one each, as CPython */
    Str *fields[N_FIELDS];
};

/* Deeper than the parser ever nests, shallow enough for the C stack. */
#define MAX_DEPTH 3000

static List *new_list(Conv *cv, int n) { return kr_list_new(cv->th, n); }

static Value class_of(Conv *cv, int cls)
{
    if (!cv->classes[cls]) {
        Str *name = kr_str_intern_cstr(cv->th, class_names[cls]);
        Value c = name ? kr_dict_get_str(cv->ns, name) : KR_VALUE_NULL;
        if (!c) {
            if (name)
                kr_err_format(cv->th, &kr_exc_SystemError, "_ast has no class %s", class_names[cls]);
            return KR_VALUE_NULL;
        }
        cv->classes[cls] = c;
    }
    return cv->classes[cls];
}

static Value new_node(Conv *cv, int cls)
{
    Value c = class_of(cv, cls);
    return c ? kr_object_call(cv->th, c, NULL, 0, NULL) : KR_VALUE_NULL;
}

/* Load(), Add(), ...: one instance of each for every tree, as CPython
 * (its per-interpreter singletons), kept in _ast._singletons by name. */
static Value singleton(Conv *cv, int cls)
{
    if (cv->singletons[cls])
        return cv->singletons[cls];
    Thread *th = cv->th;
    Str *key = kr_str_intern_cstr(th, "_singletons");
    Value d = key ? kr_dict_get_str(cv->ns, key) : KR_VALUE_NULL;
    Str *name = kr_str_intern_cstr(th, class_names[cls]);
    if (!name)
        return KR_VALUE_NULL;
    Value obj = d && kr_is_dict(d) ? kr_dict_get_str(kr_as_dict(d), name) : KR_VALUE_NULL;
    if (!obj) {
        obj = new_node(cv, cls);
        if (!obj || (d && kr_is_dict(d) && kr_dict_set(th, kr_as_dict(d), kr_from_obj(name), obj) < 0))
            return KR_VALUE_NULL;
    }
    return cv->singletons[cls] = obj;
}

/* obj.<field> = v; v NULL means its conversion failed (exception set). */
static int set(Conv *cv, Value obj, int field, Value v)
{
    if (!v)
        return -1;
    if (!cv->fields[field] && !(cv->fields[field] = kr_str_intern_cstr(cv->th, field_names[field])))
        return -1;
    return kr_object_setattr(cv->th, obj, cv->fields[field], v);
}

/* An identifier or string field: WTF-8 text, NULL for an absent optional. */
static Value to_str(Conv *cv, const char *s)
{
    if (!s)
        return KR_NONE;
    Str *r = kr_str_from_utf8(cv->th, s, strlen(s));
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* A big int constant from its decimal digits, with no int_max_str_digits
 * limit: the literal's size was checked (or not) when it was parsed. */
static Value big_int_const(Thread *th, const AstConst *k)
{
    mpz_t z;
    if (mpz_init_set_str(z, k->s.data, 10) != 0)
        kr_fatal("bad big int constant: %s", k->s.data);
    Value v = kr_int_from_mpz(th, z);
    mpz_clear(z);
    return v;
}

static Value to_const(Conv *cv, const AstConst *k)
{
    Thread *th = cv->th;
    switch (k->kind) {
    case CONST_NONE: return KR_NONE;
    case CONST_TRUE: return KR_TRUE;
    case CONST_FALSE: return KR_FALSE;
    case CONST_ELLIPSIS: return KR_ELLIPSIS;
    case CONST_INT:
        return k->big ? big_int_const(th, k) : kr_int_from_i64(th, k->i);
    case CONST_FLOAT: return kr_float_new(th, k->f);
    case CONST_COMPLEX: return kr_complex_new(th, 0.0, k->f);
    case CONST_STR: {
        Str *s = kr_str_from_utf8(th, k->s.data, k->s.len);
        return s ? kr_from_obj(s) : KR_VALUE_NULL;
    }
    case CONST_BYTES: return kr_bytes_value(kr_bytes_new(th, k->s.data, (int64_t)k->s.len));
    case CONST_TUPLE: {
        Tuple *t = kr_tuple_new(th, k->seq.n);
        for (int i = 0; t && i < k->seq.n; i++)
            if (!(t->items[i] = to_const(cv, k->seq.items[i])))
                return KR_VALUE_NULL;
        return t ? kr_from_obj(t) : KR_VALUE_NULL;
    }
    case CONST_FROZENSET: {
        Set *s = kr_set_new(th, &kr_frozenset_type);
        for (int i = 0; s && i < k->seq.n; i++) {
            Value x = to_const(cv, k->seq.items[i]);
            if (!x || kr_set_add(th, s, x) < 0)
                return KR_VALUE_NULL;
        }
        return s ? kr_from_obj(s) : KR_VALUE_NULL;
    }
    }
    return KR_VALUE_NULL;
}

/* ---- objects -> C AST ------------------------------------------------------ */

static Arena *arena_of(Conv *cv) { return cv->arena; }

static int enter(Conv *cv)
{
    if (++cv->depth <= MAX_DEPTH)
        return 0;
    cv->depth--;
    kr_err_set_string(cv->th, &kr_exc_RecursionError,
                      "maximum recursion depth exceeded during ast construction");
    return -1;
}

static void leave(Conv *cv) { cv->depth--; }

static int is_node(Conv *cv, Value obj, int cls)
{
    Value c = class_of(cv, cls);
    return c ? kr_object_isinstance(cv->th, obj, c) : -1;
}

/* obj.<f> into *out.  Missing: an error unless optional (then *out is
 * NULL, as it is for None in an optional field). */
static int field(Conv *cv, Value obj, int f, const char *owner, bool optional, Value *out)
{
    Thread *th = cv->th;
    if (!cv->fields[f] && !(cv->fields[f] = kr_str_intern_cstr(th, field_names[f])))
        return -1;
    Value v = kr_object_getattr(th, obj, cv->fields[f]);
    if (!v) {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return -1;
        kr_err_clear(th);
        if (!optional) {
            kr_err_format(th, &kr_exc_TypeError, "required field \"%s\" missing from %s",
                          field_names[f], owner);
            return -1;
        }
    }
    *out = optional && v == KR_NONE ? KR_VALUE_NULL : v;
    return 0;
}

static int attr_int(Conv *cv, Value obj, int f, const char *owner, bool optional, int *out, int dflt)
{
    Value v;
    if (field(cv, obj, f, owner, optional, &v) < 0)
        return -1;
    *out = dflt;
    return v ? from_int(cv, v, out) : 0;
}

static int not_a_list(Conv *cv, const char *owner, int f, Value v)
{
    kr_err_format(cv->th, &kr_exc_TypeError, "%s field \"%s\" must be a list, not a %T", owner,
                  field_names[f], v);
    return -1;
}

static int changed_size(Conv *cv, const char *owner, int f)
{
    kr_err_format(cv->th, &kr_exc_RuntimeError, "%s field \"%s\" changed size during iteration",
                  owner, field_names[f]);
    return -1;
}

static int expected(Conv *cv, const char *what, Value obj)
{
    kr_err_format(cv->th, &kr_exc_TypeError, "expected some sort of %s, but got %R", what, obj);
    return -1;
}

static int required(Conv *cv, int f, const char *ctor)
{
    kr_err_format(cv->th, &kr_exc_ValueError, "field '%s' is required for %s", field_names[f], ctor);
    return -1;
}

/* A str as NUL-terminated WTF-8 in the arena (an embedded NUL is refused,
 * as the C AST's strings cannot hold one). */
static const char *arena_text(Conv *cv, Value v)
{
    size_t len;
    const char *p = kr_str_utf8(cv->th, kr_as_str(v), &len);
    if (!p)
        return NULL;
    if (memchr(p, 0, len)) {
        kr_err_set_string(cv->th, &kr_exc_ValueError, "embedded null character in AST string");
        return NULL;
    }
    char *copy = kr_arena_alloc(cv->arena, len + 1);
    memcpy(copy, p, len);
    copy[len] = 0;
    return copy;
}

static int from_text(Conv *cv, Value v, const char **out, const char *what)
{
    if (v == KR_NONE) {
        *out = NULL;
        return 0;
    }
    if (!kr_is_str(v)) {
        kr_err_format(cv->th, &kr_exc_TypeError, "AST %s must be of type str", what);
        return -1;
    }
    *out = arena_text(cv, v);
    return *out ? 0 : -1;
}

static int from_identifier(Conv *cv, Value v, const char **out)
{
    return from_text(cv, v, out, "identifier");
}

static int from_string(Conv *cv, Value v, const char **out)
{
    return from_text(cv, v, out, "string");
}

static int from_int(Conv *cv, Value v, int *out)
{
    int64_t i;
    if (!kr_is_int(v)) {
        kr_err_format(cv->th, &kr_exc_ValueError, "invalid integer value: %R", v);
        return -1;
    }
    if (kr_int_as_i64(cv->th, v, &i) < 0)
        return -1;
    if (i < INT_MIN || i > INT_MAX) {
        kr_err_set_string(cv->th, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)i;
    return 0;
}

static int from_constant(Conv *cv, Value v, AstConst **out);

/* A tuple or frozenset Constant: each element a valid constant itself
 * (CPython's validate_constant), in iteration order. */
static int constant_items(Conv *cv, Value v, AstConst *k)
{
    List *items = kr_list_from_iterable(cv->th, v);
    if (!items)
        return -1;
    k->kind = kr_is_tuple(v) ? CONST_TUPLE : CONST_FROZENSET;
    k->seq.n = (int)items->size;
    k->seq.items = kr_arena_alloc(cv->arena, sizeof(AstConst *) * ((size_t)items->size + 1));
    for (int64_t i = 0; i < items->size; i++)
        if (from_constant(cv, items->items[i], &k->seq.items[i]) < 0)
            return -1;
    return 0;
}

/* A Constant's value as the parser would have made it.  What the parser
 * never makes (tuples, frozensets, complex numbers with a real part) has
 * no AstConst form yet. */
static int from_constant(Conv *cv, Value v, AstConst **out)
{
    Thread *th = cv->th;
    AstConst *k = kr_arena_alloc(cv->arena, sizeof *k);
    memset(k, 0, sizeof *k);
    *out = k;
    if (v == KR_NONE || v == KR_ELLIPSIS || kr_is_bool(v)) {
        k->kind = v == KR_NONE ? CONST_NONE : v == KR_ELLIPSIS ? CONST_ELLIPSIS
                : v == KR_TRUE ? CONST_TRUE : CONST_FALSE;
    } else if (kr_is_smallint(v)) {
        k->kind = CONST_INT;
        k->i = kr_as_smallint(v);
    } else if (kr_is_bigint(v)) {
        /* decimal digits with no int_max_str_digits limit: a literal is
         * not a conversion the user asked for */
        mpz_t z;
        mpz_init(z);
        kr_int_to_mpz(v, z);
        char *digits = kr_arena_alloc(cv->arena, mpz_sizeinbase(z, 10) + 2);
        mpz_get_str(digits, 10, z);
        mpz_clear(z);
        k->s.data = digits;
        k->kind = CONST_INT;
        k->big = true;
        k->s.len = strlen(k->s.data);
    } else if (kr_is_double(v) || (kr_is_obj(v) && kr_as_obj(v)->type == &kr_float_type)) {
        k->kind = CONST_FLOAT;
        k->f = kr_float_value(v);
    } else if (kr_is_str(v)) {
        /* a Constant's text is counted, so it may hold NUL ('\0' in pickle.py) */
        size_t len;
        const char *p = kr_str_utf8(th, kr_as_str(v), &len);
        char *copy = p ? kr_arena_alloc(cv->arena, len + 1) : NULL;
        if (!copy)
            return -1;
        memcpy(copy, p, len);
        copy[len] = 0;
        k->kind = CONST_STR;
        k->s.data = copy;
        k->s.len = len;
    } else if (kr_is_bytes(v)) {
        Bytes *b = kr_as_bytes(v);
        char *copy = kr_arena_alloc(cv->arena, (size_t)b->len + 1);
        memcpy(copy, b->data, (size_t)b->len);
        k->kind = CONST_BYTES;
        k->s.data = copy;
        k->s.len = (size_t)b->len;
    } else if (kr_is_complex(v) && kr_as_complex(v)->real == 0.0
               && !signbit(kr_as_complex(v)->real)) {
        k->kind = CONST_COMPLEX;
        k->f = kr_as_complex(v)->imag;
    } else if (kr_is_tuple(v) || kr_is_type(v, &kr_frozenset_type)) {
        return constant_items(cv, v, k);
    } else if (kr_is_complex(v)) {
        kr_err_format(th, &kr_exc_NotImplementedError,
                      "compile() of an AST: a %T Constant is not supported yet", v);
        return -1;
    } else {
        kr_err_format(th, &kr_exc_TypeError, "got an invalid type in Constant: %T", v);
        return -1;
    }
    return 0;
}

/* ---- entry points ------------------------------------------------------------ */

static Dict *ast_namespace(Thread *th)
{
    Str *name = kr_str_intern_cstr(th, "_ast");
    Value m = name ? kr_vm_import(th, name, true) : KR_VALUE_NULL;
    return m ? ((Module *)kr_as_obj(m))->dict : NULL;
}

Value kr_mod__ast_from_mod(Thread *th, const Mod *mod)
{
    Conv cv = {.th = th, .ns = ast_namespace(th)};
    return cv.ns ? to_mod(&cv, mod) : KR_VALUE_NULL;
}

Mod *kr_mod__ast_to_mod(Thread *th, Arena *arena, Value tree, int mode)
{
    static const int classes[] = {C_Module, C_Expression, C_Interactive};
    Conv cv = {.th = th, .ns = ast_namespace(th), .arena = arena};
    if (!cv.ns)
        return NULL;
    int r = is_node(&cv, tree, classes[mode]);
    if (r <= 0) {
        if (r == 0)
            kr_err_format(th, &kr_exc_TypeError, "expected %s node, got %T", class_names[classes[mode]],
                          tree);
        return NULL;
    }
    Mod *mod = NULL;
    return from_mod(&cv, tree, &mod) < 0 || kr_mod__ast_validate(th, mod) < 0 ? NULL : mod;
}

int kr_mod__ast_is_node(Thread *th, Value v)
{
    Str *name = kr_str_intern_cstr(th, "_ast");
    Value m = name ? kr_dict_get_str(th->vm->modules, name) : KR_VALUE_NULL;
    if (!m || !kr_isinstance_type(m, &kr_module_type))
        return 0;
    Str *ast = kr_str_intern_cstr(th, "AST");
    Value cls = ast ? kr_dict_get_str(((Module *)kr_as_obj(m))->dict, ast) : KR_VALUE_NULL;
    if (!cls)
        return 0;
    int r = kr_object_isinstance(th, v, cls);
    if (r < 0)
        kr_err_clear(th);
    return r > 0;
}
