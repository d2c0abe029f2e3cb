/*
 * _contextvars.c -- context variables (PEP 567): ContextVar, Token,
 * Context and copy_context, what contextvars.py re-exports.
 *
 * A Context maps ContextVars to values.  The mapping must be cheap to copy
 * (copy_context() is called for every asyncio callback), so it is never
 * changed in place: ContextVar.set replaces the running context's `vars`
 * with an updated copy, and Context.copy() shares the current one.  CPython
 * uses a HAMT for O(log n) updates; krait copies the dict on each set,
 * which is O(n) in the number of variables -- few in practice (see
 * docs/differences.md).  Iteration order therefore is insertion order, not
 * CPython's hash order.
 *
 * The running context lives in Thread.context (KR_VALUE_NULL until first
 * needed); Context.run links the previous one in `prev` and restores it.
 */
#include <stdio.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/argparse.h"
#include "objects/dict.h"
#include "objects/genericalias.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/exception.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct Context {
    Obj hdr;
    Dict *vars;               /* never mutated once shared: see above */
    Value prev;               /* the context run() replaced; KR_VALUE_NULL */
    bool entered;
} Context;

typedef struct ContextVar {
    Obj hdr;
    Value name;               /* a str */
    Value default_;           /* KR_VALUE_NULL: none */
} ContextVar;

typedef struct Token {
    Obj hdr;
    Value ctx, var;
    Value old_value;          /* KR_VALUE_NULL: the variable was unset */
    bool used;
} Token;

extern Type kr_context_type, kr_contextvar_type, kr_token_type, kr_token_missing_type;

static Obj token_missing = {&kr_token_missing_type};

#define CV_FUNC(name) KR_LIB_FUNC(name)

/* ---- the running context ---- */

static Context *context_alloc(Thread *th, Dict *vars)
{
    Context *c = kr_libutil_alloc(th, &kr_context_type);
    if (c && !(c->vars = vars ? vars : kr_dict_new(th)))
        return NULL;
    return c;
}

static Context *current(Thread *th)
{
    if (!th->context) {
        Context *c = context_alloc(th, NULL);
        if (!c)
            return NULL;
        th->context = kr_from_obj(c);
    }
    return (Context *)kr_as_obj(th->context);
}

Obj *kr_mod_contextvars_vars(Thread *th)
{
    return th->context ? (Obj *)((Context *)kr_as_obj(th->context))->vars : NULL;
}

static int enter(Thread *th, Context *c)
{
    if (c->entered) {
        kr_err_format(th, &kr_exc_RuntimeError, "cannot enter context: %R is already entered",
                      kr_from_obj(c));
        return -1;
    }
    c->prev = th->context;
    c->entered = true;
    th->context = kr_from_obj(c);
    return 0;
}

static void leave(Thread *th, Context *c)
{
    th->context = c->prev;
    c->prev = KR_VALUE_NULL;
    c->entered = false;
}

/* ---- Context ---- */

static Context *as_context(Value v) { return (Context *)kr_as_obj(v); }

static Value context_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (nargs || (kw && kw->size)) {
        kr_err_set_string(th, &kr_exc_TypeError, "Context() does not accept any arguments");
        return KR_VALUE_NULL;
    }
    Context *c = context_alloc(th, NULL);
    return c ? kr_from_obj(c) : KR_VALUE_NULL;
}

static int no_keywords(Thread *th, const char *qualname, Tuple *kw)
{
    return kw && kw->size ? kr_argparse_noargs(th, qualname, 0, kw) : 0;
}

static int check_key(Thread *th, Value key)
{
    if (kr_type_of(key) == &kr_contextvar_type)
        return 0;
    kr_err_format(th, &kr_exc_TypeError, "a ContextVar key was expected, got %R", key);
    return -1;
}

static Value context_getitem(Thread *th, Value self, Value key)
{
    if (check_key(th, key) < 0)
        return KR_VALUE_NULL;
    Value v = kr_dict_get(th, as_context(self)->vars, key);
    if (!v && !kr_err_occurred(th))
        kr_err_set_object(th, &kr_exc_KeyError, key);
    return v;
}

static int context_contains(Thread *th, Value self, Value key)
{
    if (check_key(th, key) < 0)
        return -1;
    Value v = kr_dict_get(th, as_context(self)->vars, key);
    return v ? 1 : kr_err_occurred(th) ? -1 : 0;
}

static int context_len(Thread *th, Value self, int64_t *len)
{
    *len = as_context(self)->vars->used;
    return 0;
}

static Value context_iter(Thread *th, Value self)
{
    return kr_object_iter(th, kr_from_obj(as_context(self)->vars));
}

static Value context_richcompare(Thread *th, Value a, Value b, int op)
{
    if (kr_type_of(b) != &kr_context_type || (op != KR_EQ && op != KR_NE))
        return KR_NOTIMPL;
    return kr_object_richcompare(th, kr_from_obj(as_context(a)->vars),
                                 kr_from_obj(as_context(b)->vars), op);
}

static Value context_repr(Thread *th, Value self)
{
    char s[64];
    snprintf(s, sizeof s, "<_contextvars.Context object at %p>", (void *)kr_as_obj(self));
    Str *r = kr_str_from_cstr(th, s);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

CV_FUNC(context_get)
{
    if (no_keywords(th, "Context.get", kw) < 0 ||
        kr_call_check_args(th, "get", nargs - 1, 1, 2, NULL) < 0 || check_key(th, args[1]) < 0)
        return KR_VALUE_NULL;
    Value v = kr_dict_get(th, as_context(args[0])->vars, args[1]);
    if (v || kr_err_occurred(th))
        return v;
    return nargs > 2 ? args[2] : KR_NONE;
}

/* keys(), values(), items(): iterators over a snapshot, which the vars
 * dict always is. */
static Value dict_view_iter(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                            const char *qualname, const char *name)
{
    if (kr_argparse_noargs(th, qualname, nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Value d = kr_from_obj(as_context(args[0])->vars);
    Str *meth = kr_str_intern_cstr(th, name);
    Value m = meth ? kr_object_getattr(th, d, meth) : KR_VALUE_NULL;
    Value view = m ? kr_vm_call(th, m, NULL, 0, NULL) : KR_VALUE_NULL;
    return view ? kr_object_iter(th, view) : KR_VALUE_NULL;
}

CV_FUNC(context_keys) { return dict_view_iter(th, args, nargs, kw, "Context.keys", "keys"); }
CV_FUNC(context_values) { return dict_view_iter(th, args, nargs, kw, "Context.values", "values"); }
CV_FUNC(context_items) { return dict_view_iter(th, args, nargs, kw, "Context.items", "items"); }

CV_FUNC(context_copy)
{
    if (kr_argparse_noargs(th, "Context.copy", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Context *c = context_alloc(th, as_context(args[0])->vars);
    return c ? kr_from_obj(c) : KR_VALUE_NULL;
}

CV_FUNC(context_run)
{
    if (nargs < 2) {
        kr_err_set_string(th, &kr_exc_TypeError, "run() missing 1 required positional argument");
        return KR_VALUE_NULL;
    }
    Context *c = as_context(args[0]);
    if (enter(th, c) < 0)
        return KR_VALUE_NULL;
    Value r = kr_vm_call(th, args[1], args + 2, nargs - 2, kw);
    leave(th, c);
    return r;
}

static const MethodDef context_methods[] = {
    {"get", context_get, NULL, NULL, 0},
    {"items", context_items, "($self, /)", NULL, 0},
    {"keys", context_keys, "($self, /)", NULL, 0},
    {"values", context_values, "($self, /)", NULL, 0},
    {"copy", context_copy, "($self, /)", NULL, 0},
    {"run", context_run, NULL, NULL, 0},
    {0},
};

Type kr_context_type = {
    .hdr = {&kr_type_type}, .name = "_contextvars.Context", .size = sizeof(Context),
    .methods = context_methods, .new_ = context_new, .repr = context_repr,
    .hash = kr_object_unhashable, .richcompare = context_richcompare,
    .iter = context_iter, .len = context_len, .getitem = context_getitem,
    .contains = context_contains,
};

CV_FUNC(copy_context)
{
    if (kr_argparse_noargs(th, "_contextvars.copy_context", nargs, kw) < 0)
        return KR_VALUE_NULL;
    Context *cur = current(th);
    Context *c = cur ? context_alloc(th, cur->vars) : NULL;
    return c ? kr_from_obj(c) : KR_VALUE_NULL;
}

/* ---- ContextVar ---- */

static ContextVar *as_var(Value v) { return (ContextVar *)kr_as_obj(v); }

static Value contextvar_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (nargs != 1) {
        if (nargs == 0)
            kr_err_format(th, &kr_exc_TypeError,
                          "ContextVar() takes exactly 1 positional argument (0 given)");
        else
            kr_err_format(th, &kr_exc_TypeError,
                          "ContextVar() takes at most 1 positional argument (%zd given)",
                          (ssize_t)nargs);
        return KR_VALUE_NULL;
    }
    Value def = KR_VALUE_NULL;
    Str *k_default = kr_str_intern_cstr(th, "default");
    if (!k_default)
        return KR_VALUE_NULL;
    size_t nkw = kw ? (size_t)kw->size : 0;
    for (size_t i = 0; i < nkw; i++) {
        Str *k = (Str *)kr_as_obj(kw->items[i]);
        if (!kr_str_eq(k, k_default)) {
            kr_err_format(th, &kr_exc_TypeError,
                          "'%U' is an invalid keyword argument for ContextVar()", k);
            return KR_VALUE_NULL;
        }
        def = args[nargs + i];
    }
    if (!kr_str_check(args[0])) {
        kr_err_set_string(th, &kr_exc_TypeError, "context variable name must be a str");
        return KR_VALUE_NULL;
    }
    ContextVar *v = kr_libutil_alloc(th, t);
    if (!v)
        return KR_VALUE_NULL;
    v->name = args[0];
    v->default_ = def;
    return kr_from_obj(v);
}

static Value contextvar_repr(Thread *th, Value self)
{
    ContextVar *v = as_var(self);
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "<ContextVar name=");
    if (kr_libutil_repr_put(th, &b, v->name) < 0)
        goto fail;
    if (v->default_) {
        kr_buf_puts(&b, " default=");
        if (kr_libutil_repr_put(th, &b, v->default_) < 0)
            goto fail;
    }
    kr_buf_printf(&b, " at %p>", (void *)kr_as_obj(self));
    return kr_libutil_buf_value(th, &b);
fail:
    kr_buf_free(&b);
    return KR_VALUE_NULL;
}

CV_FUNC(contextvar_get)
{
    if (no_keywords(th, "ContextVar.get", kw) < 0 ||
        kr_call_check_args(th, "get", nargs - 1, 0, 1, NULL) < 0)
        return KR_VALUE_NULL;
    ContextVar *var = as_var(args[0]);
    if (th->context) {
        Value v = kr_dict_get(th, as_context(th->context)->vars, args[0]);
        if (v || kr_err_occurred(th))
            return v;
    }
    if (nargs > 1)
        return args[1];
    if (var->default_)
        return var->default_;
    kr_err_set_object(th, &kr_exc_LookupError, args[0]);
    return KR_VALUE_NULL;
}

/* Give var the value v (KR_VALUE_NULL: unset it) in the running context,
 * by replacing the context's vars with an updated copy. */
static int assign(Thread *th, Context *c, Value var, Value v)
{
    Dict *vars = kr_dict_copy(th, c->vars);
    if (!vars)
        return -1;
    if (v ? kr_dict_set(th, vars, var, v) < 0 : kr_dict_del(th, vars, var) < 0)
        return -1;
    c->vars = vars;
    return 0;
}

CV_FUNC(contextvar_set)
{
    if (kr_argparse_one(th, "ContextVar.set", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Context *c = current(th);
    Token *t = c ? kr_libutil_alloc(th, &kr_token_type) : NULL;
    if (!t)
        return KR_VALUE_NULL;
    t->old_value = kr_dict_get(th, c->vars, args[0]);
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    t->ctx = kr_from_obj(c);
    t->var = args[0];
    return assign(th, c, args[0], args[1]) < 0 ? KR_VALUE_NULL : kr_from_obj(t);
}

CV_FUNC(contextvar_reset)
{
    if (kr_argparse_one(th, "ContextVar.reset", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    if (kr_type_of(args[1]) != &kr_token_type) {
        kr_err_format(th, &kr_exc_TypeError, "expected an instance of Token, got %R", args[1]);
        return KR_VALUE_NULL;
    }
    Token *t = (Token *)kr_as_obj(args[1]);
    if (t->used) {
        kr_err_format(th, &kr_exc_RuntimeError, "%R has already been used once", args[1]);
        return KR_VALUE_NULL;
    }
    if (t->var != args[0]) {
        kr_err_format(th, &kr_exc_ValueError, "%R was created by a different ContextVar",
                      args[1]);
        return KR_VALUE_NULL;
    }
    Context *c = current(th);
    if (!c)
        return KR_VALUE_NULL;
    if (t->ctx != kr_from_obj(c)) {
        kr_err_format(th, &kr_exc_ValueError, "%R was created in a different Context", args[1]);
        return KR_VALUE_NULL;
    }
    t->used = true;
    if (!t->old_value && !kr_dict_get(th, c->vars, args[0])) {
        if (!kr_err_occurred(th))
            kr_err_set_object(th, &kr_exc_LookupError, args[0]);
        return KR_VALUE_NULL;
    }
    return assign(th, c, args[0], t->old_value) < 0 ? KR_VALUE_NULL : KR_NONE;
}


static const MethodDef contextvar_methods[] = {
    {"get", contextvar_get, NULL, NULL, 0},
    {"set", contextvar_set, NULL, NULL, 0},
    {"reset", contextvar_reset, NULL, NULL, 0},
    KR_GENERIC_ALIAS_METHODDEF,
    {0},
};

static const MemberDef contextvar_members[] = {
    {"name", offsetof(ContextVar, name), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Type kr_contextvar_type = {
    .hdr = {&kr_type_type}, .name = "_contextvars.ContextVar", .size = sizeof(ContextVar),
    .methods = contextvar_methods, .members = contextvar_members, .new_ = contextvar_new,
    .repr = contextvar_repr,
};

/* ---- Token ---- */

static Value token_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    kr_err_set_string(th, &kr_exc_RuntimeError, "Tokens can only be created by ContextVars");
    return KR_VALUE_NULL;
}

static Value token_repr(Thread *th, Value self)
{
    Token *t = (Token *)kr_as_obj(self);
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, t->used ? "<Token used var=" : "<Token var=");
    if (kr_libutil_repr_put(th, &b, t->var) < 0) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    kr_buf_printf(&b, " at %p>", (void *)kr_as_obj(self));
    return kr_libutil_buf_value(th, &b);
}

static Value token_var(Thread *th, Value self) { return ((Token *)kr_as_obj(self))->var; }

static Value token_old_value(Thread *th, Value self)
{
    Value v = ((Token *)kr_as_obj(self))->old_value;
    return v ? v : kr_from_obj(&token_missing);
}

static const MethodDef token_methods[] = {
    KR_GENERIC_ALIAS_METHODDEF,
    {0},
};

static const MemberDef token_members[] = {
    {"var", 0, token_var, NULL, NULL, 0},
    {"old_value", 0, token_old_value, NULL, NULL, 0},
    {0},
};

Type kr_token_type = {
    .hdr = {&kr_type_type}, .name = "_contextvars.Token", .size = sizeof(Token),
    .methods = token_methods, .members = token_members, .new_ = token_new,
    .repr = token_repr, .hash = kr_object_unhashable,
};

static Value missing_repr(Thread *th, Value self)
{
    Str *r = kr_str_from_cstr(th, "<Token.MISSING>");
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

Type kr_token_missing_type = {
    .hdr = {&kr_type_type}, .name = "Token.MISSING", .size = sizeof(Obj),
    .repr = missing_repr,
};

/* ---- the module ---- */

static const MethodDef contextvars_functions[] = {
    {"copy_context", copy_context, "($module, /)", NULL, 0},
    {0},
};

int kr_mod__contextvars_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_contextvars", contextvars_functions);
    if (!m || kr_libutil_add_type(th, m, &kr_context_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_contextvar_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_token_type) < 0 ||
        kr_type_ready(th, &kr_token_missing_type) < 0)
        return -1;
    Str *k = kr_str_intern_cstr(th, "MISSING");
    return k ? kr_dict_set_str(th, kr_token_type.dict, k, kr_from_obj(&token_missing)) : -1;
}
