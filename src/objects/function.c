/*
 * function.c -- Python functions, cells, builtin functions, method
 * descriptors and bound methods.
 *
 * Method binding follows CPython: a Function (and a MethodDescr) is a
 * non-data descriptor, so `obj.f` finds it on the type and binds it to
 * obj, making a BoundMethod; the VM's LOAD_METHOD avoids that allocation
 * for the common `obj.f(...)` by passing obj as the first argument
 * (kr_object_getmethod).  Calling a bound method prepends self in a small
 * on-stack argument array.
 */
#include "objects/function.h"
#include "objects/object_methods.h"
#include "objects/module.h"
#include "modules/modules.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/doctab.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"


static void *alloc_obj(Thread *th, size_t size, Type *t)
{
    Obj *o = kr_gc_alloc(size);
    if (!o) {
        kr_err_no_memory(th);
        return NULL;
    }
    o->type = t;
    return o;
}

static Value str_value(Thread *th, const char *s)
{
    Str *r = kr_str_from_cstr(th, s);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* ---- Function ---------------------------------------------------------------- */

Function *kr_function_new(Thread *th, Code *code, Dict *globals, Str *qualname)
{
    Function *f = alloc_obj(th, sizeof *f, &kr_function_type);
    if (!f)
        return NULL;
    f->code = code;
    f->globals = globals;
    f->builtins = th->vm->builtins;
    f->name = code->name;
    f->qualname = qualname ? qualname : code->name;
    /* A def's code has its docstring (or None) as co_consts[0]; CPython
     * takes any str there, so a lambda returning a str constant has it
     * as its __doc__ too. */
    f->doc = code->consts->size && kr_is_str(code->consts->items[0]) ? code->consts->items[0]
                                                                    : KR_NONE;
    Value mod = kr_dict_get_str(globals, KR_NAME(th, __name__));
    f->module = mod ? mod : KR_NONE;
    return f;
}

static Value function_repr(Thread *th, Value v)
{
    Function *f = (Function *)kr_as_obj(v);
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "<function ");
    kr_str_to_buf(&b, f->qualname);
    kr_buf_printf(&b, " at %#llx>", (unsigned long long)v);
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value function_get(Thread *th, Value descr, Value obj, Value type)
{
    if (!obj || obj == KR_NONE)
        return descr;
    return kr_method_new(th, descr, obj);
}

/* ---- function attributes: members computed from the Function's fields ---- */

#define AS_FUNC(v) ((Function *)kr_as_obj(v))

static Value or_none(Obj *o) { return o ? kr_from_obj(o) : KR_NONE; }

static Value func_get_code(Thread *th, Value f) { return kr_from_obj(AS_FUNC(f)->code); }
static Value func_get_globals(Thread *th, Value f) { return kr_from_obj(AS_FUNC(f)->globals); }
static Value func_get_builtins(Thread *th, Value f) { return kr_from_obj(AS_FUNC(f)->builtins); }
static Value func_get_closure(Thread *th, Value f) { return or_none((Obj *)AS_FUNC(f)->closure); }
static Value func_get_defaults(Thread *th, Value f) { return or_none((Obj *)AS_FUNC(f)->defaults); }
static Value func_get_kwdefaults(Thread *th, Value f) { return or_none((Obj *)AS_FUNC(f)->kwdefaults); }

/* __annotations__ and __dict__ are made empty on first access, as CPython does. */
static Value func_get_annotations(Thread *th, Value v)
{
    Function *f = AS_FUNC(v);
    if (!f->annotations && !(f->annotations = kr_dict_new(th)))
        return KR_VALUE_NULL;
    return kr_from_obj(f->annotations);
}

static Value func_get_dict(Thread *th, Value v)
{
    Function *f = AS_FUNC(v);
    if (!f->dict && !(f->dict = kr_dict_new(th)))
        return KR_VALUE_NULL;
    return kr_from_obj(f->dict);
}

static int func_set_code(Thread *th, Value v, Str *unused, Value value)
{
    if (!value || !kr_is_type(value, &kr_code_type)) {
        kr_err_set_string(th, &kr_exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    Code *c = (Code *)kr_as_obj(value);
    Function *f = AS_FUNC(v);
    int64_t nclosure = f->closure ? f->closure->size : 0;
    if ((int64_t)c->nfree != nclosure) {
        kr_err_format(th, &kr_exc_ValueError,
                      "%U() requires a code object with %lld free vars, not %lld", f->name,
                      (long long)nclosure, (long long)c->nfree);
        return -1;
    }
    f->code = c;
    return 0;
}

static int func_set_defaults(Thread *th, Value v, Str *unused, Value value)
{
    if (value && value != KR_NONE && !kr_is_tuple(value)) {
        kr_err_set_string(th, &kr_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    AS_FUNC(v)->defaults = value && value != KR_NONE && kr_as_tuple(value)->size ? kr_as_tuple(value) : NULL;
    return 0;
}

static int func_set_kwdefaults(Thread *th, Value v, Str *unused, Value value)
{
    if (value && value != KR_NONE && !kr_is_dict(value)) {
        kr_err_set_string(th, &kr_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    AS_FUNC(v)->kwdefaults = value && value != KR_NONE ? kr_as_dict(value) : NULL;
    return 0;
}

static int func_set_annotations(Thread *th, Value v, Str *unused, Value value)
{
    if (value && value != KR_NONE && !kr_is_dict(value)) {
        kr_err_set_string(th, &kr_exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    AS_FUNC(v)->annotations = value && value != KR_NONE ? kr_as_dict(value) : NULL;
    return 0;
}

static int func_set_dict(Thread *th, Value v, Str *unused, Value value)
{
    if (!value) {
        kr_err_set_string(th, &kr_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!kr_is_dict(value)) {
        kr_err_format(th, &kr_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      kr_type_name(value));
        return -1;
    }
    AS_FUNC(v)->dict = kr_as_dict(value);
    return 0;
}

static int func_set_name(Thread *th, Value v, Str *unused, Value value, bool qual)
{
    if (!value || !kr_is_str(value)) {
        kr_err_format(th, &kr_exc_TypeError, "__%sname__ must be set to a string object",
                      qual ? "qual" : "");
        return -1;
    }
    if (qual)
        AS_FUNC(v)->qualname = kr_as_str(value);
    else
        AS_FUNC(v)->name = kr_as_str(value);
    return 0;
}

static Value func_get_name(Thread *th, Value f) { return kr_from_obj(AS_FUNC(f)->name); }
static Value func_get_qualname(Thread *th, Value f) { return kr_from_obj(AS_FUNC(f)->qualname); }
static int func_set_name_(Thread *th, Value v, Str *n, Value value) { return func_set_name(th, v, n, value, false); }
static int func_set_qualname(Thread *th, Value v, Str *n, Value value) { return func_set_name(th, v, n, value, true); }

static const MemberDef function_members[] = {
    {"__code__", 0, func_get_code, func_set_code, NULL, 0},
    {"__defaults__", 0, func_get_defaults, func_set_defaults, NULL, 0},
    {"__kwdefaults__", 0, func_get_kwdefaults, func_set_kwdefaults, NULL, 0},
    {"__annotations__", 0, func_get_annotations, func_set_annotations, NULL, 0},
    {"__dict__", 0, func_get_dict, func_set_dict, NULL, 0},
    {"__name__", 0, func_get_name, func_set_name_, NULL, 0},
    {"__qualname__", 0, func_get_qualname, func_set_qualname, NULL, 0},
    {"__globals__", 0, func_get_globals, NULL, NULL, KR_MEMBER_READONLY},
    {"__builtins__", 0, func_get_builtins, NULL, NULL, KR_MEMBER_READONLY},
    {"__closure__", 0, func_get_closure, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Value function_getattr(Thread *th, Value obj, Str *name)
{
    Function *f = (Function *)kr_as_obj(obj);
    if (name == KR_NAME(th, __name__))
        return kr_from_obj(f->name);
    if (name == KR_NAME(th, __qualname__))
        return kr_from_obj(f->qualname);
    if (name == KR_NAME(th, __module__))
        return f->module;
    if (name == KR_NAME(th, __doc__))
        return f->doc;
    Value d = kr_type_lookup(&kr_function_type, name);
    if (d && kr_is_member_descr(d))
        return kr_type_of(d)->descr_get(th, d, obj, kr_from_obj(&kr_function_type));
    if (f->dict) {
        Value v = kr_dict_get_str(f->dict, name);
        if (v)
            return v;
    }
    return kr_object_generic_getattr(th, obj, name);
}

static int function_setattr(Thread *th, Value obj, Str *name, Value value)
{
    Function *f = (Function *)kr_as_obj(obj);
    if (name == KR_NAME(th, __doc__)) {
        f->doc = value ? value : KR_NONE;
        return 0;
    }
    if (name == KR_NAME(th, __module__)) {
        f->module = value ? value : KR_NONE;
        return 0;
    }
    Value d = kr_type_lookup(&kr_function_type, name);
    if (d && kr_is_member_descr(d))
        return kr_type_of(d)->descr_set(th, d, obj, value);
    if (!f->dict && !(f->dict = kr_dict_new(th)))
        return -1;
    if (!value) {
        int r = kr_dict_del(th, f->dict, kr_from_obj(name));
        if (r == 0)
            kr_err_format(th, &kr_exc_AttributeError, "'function' object has no attribute '%U'", name);
        return r > 0 ? 0 : -1;
    }
    return kr_dict_set_str(th, f->dict, name, value);
}

/* function(code, globals, name=None, argdefs=None, closure=None): what
 * types.FunctionType builds, with CPython 3.11's checks and messages. */
static Value function_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"code", "globals", "name", "argdefs", "closure", NULL};
    Value kv[5] = {0, 0, KR_NONE, KR_NONE, KR_NONE};
    if (nargs > 5)
        return kr_err_type_error(th, "function() takes at most 5 arguments (%zu given)", nargs);
    for (size_t i = 0; i < nargs; i++)
        kv[i] = args[i];
    if (kr_mod_parse_kwargs(th, "function", args + nargs, kw, names, kv) < 0)
        return KR_VALUE_NULL;
    if (!kv[0] || !kv[1])
        return kr_err_type_error(th, "function() missing required argument '%s' (pos %d)",
                                 kv[0] ? "globals" : "code", kv[0] ? 2 : 1);
    if (!kr_is_type(kv[0], &kr_code_type))
        return kr_err_type_error(th, "function() argument 'code' must be code, not %s",
                                 kr_type_name(kv[0]));
    if (!kr_is_dict(kv[1]))
        return kr_err_type_error(th, "function() argument 'globals' must be dict, not %s",
                                 kr_type_name(kv[1]));
    if (kv[2] != KR_NONE && !kr_is_str(kv[2]))
        return kr_err_type_error(th, "arg 3 (name) must be None or string");
    if (kv[3] != KR_NONE && !kr_is_tuple(kv[3]))
        return kr_err_type_error(th, "arg 4 (defaults) must be None or tuple");
    Code *code = (Code *)kr_as_obj(kv[0]);
    Value closure = kv[4];
    if (code->nfree && !kr_is_tuple(closure))
        return kr_err_type_error(th, "arg 5 (closure) must be tuple");
    int64_t nclosure = kr_is_tuple(closure) ? kr_as_tuple(closure)->size : 0;
    if (closure != KR_NONE && !kr_is_tuple(closure))
        return kr_err_type_error(th, "arg 5 (closure) must be None or tuple");
    if (nclosure != (int64_t)code->nfree) {
        kr_err_format(th, &kr_exc_ValueError, "%U requires closure of length %u, not %lld",
                      code->name, code->nfree, (long long)nclosure);
        return KR_VALUE_NULL;
    }
    for (int64_t i = 0; i < nclosure; i++) {
        Value c = kr_as_tuple(closure)->items[i];
        if (!kr_is_type(c, &kr_cell_type))
            return kr_err_type_error(th, "arg 5 (closure) expected cell, found %s", kr_type_name(c));
    }
    Function *f = kr_function_new(th, code, kr_as_dict(kv[1]), code->qualname);
    if (!f)
        return KR_VALUE_NULL;
    if (kv[2] != KR_NONE)
        f->name = kr_as_str(kv[2]);
    if (kv[3] != KR_NONE && kr_as_tuple(kv[3])->size)
        f->defaults = kr_as_tuple(kv[3]);
    if (nclosure)
        f->closure = kr_as_tuple(closure);
    return kr_from_obj(f);
}

Type kr_function_type = {
    .hdr = {&kr_type_type},
    .name = "function",
    .doc = "Create a function object.\n\n"
           "  code\n    a code object\n"
           "  globals\n    the globals dictionary\n"
           "  name\n    a string that overrides the name from the code object\n"
           "  argdefs\n    a tuple that specifies the default argument values\n"
           "  closure\n    a tuple that supplies the bindings for free variables",
    .size = sizeof(Function),
    .flags = KR_TYPE_IMMUTABLE,
    .call = kr_vm_call,
    .repr = function_repr,
    .new_ = function_new,
    .members = function_members,
    .descr_get = function_get,
    .getattr = function_getattr,
    .setattr = function_setattr,
};

/* ---- Cell ------------------------------------------------------------------------ */

Cell *kr_cell_new(Thread *th, Value v)
{
    Cell *c = alloc_obj(th, sizeof *c, &kr_cell_type);
    if (c)
        c->ref = v;
    return c;
}

static Value cell_repr(Thread *th, Value v)
{
    Cell *c = (Cell *)kr_as_obj(v);
    char buf[128];
    if (!c->ref)
        snprintf(buf, sizeof buf, "<cell at %#llx: empty>", (unsigned long long)v);
    else
        snprintf(buf, sizeof buf, "<cell at %#llx: %s object at %#llx>", (unsigned long long)v,
                 kr_type_name(c->ref), (unsigned long long)c->ref);
    return str_value(th, buf);
}

static Value cell_get_contents(Thread *th, Value v)
{
    Cell *c = (Cell *)kr_as_obj(v);
    if (!c->ref)
        kr_err_set_string(th, &kr_exc_ValueError, "Cell is empty");
    return c->ref;
}

static int cell_set_contents(Thread *th, Value v, Str *unused, Value value)
{
    ((Cell *)kr_as_obj(v))->ref = value;
    return 0;
}

/* cell() and cell(value): types.CellType. */
static Value cell_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    if (kw && kw->size)
        return kr_err_type_error(th, "cell() takes no keyword arguments");
    if (nargs > 1)
        return kr_err_type_error(th, "cell expected at most 1 argument, got %zu", nargs);
    Cell *c = kr_cell_new(th, nargs ? args[0] : KR_VALUE_NULL);
    return c ? kr_from_obj(c) : KR_VALUE_NULL;
}

static const MemberDef cell_members[] = {
    {"cell_contents", 0, cell_get_contents, cell_set_contents, NULL, 0},
    {0},
};

/* Cells compare by their contents; an empty cell sorts first. */
static Value cell_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!kr_is_type(b, &kr_cell_type))
        return KR_NOTIMPL;
    Value x = ((Cell *)kr_as_obj(a))->ref, y = ((Cell *)kr_as_obj(b))->ref;
    if (x && y)
        return kr_object_richcompare(th, x, y, op);
    int c = (x != 0) - (y != 0);
    static const bool table[6][3] = {{1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {1, 0, 1}, {0, 0, 1}, {0, 1, 1}};
    return kr_from_bool(table[op][c + 1]);
}

Type kr_cell_type = {
    .hdr = {&kr_type_type},
    .name = "cell",
    .size = sizeof(Cell),
    .flags = KR_TYPE_IMMUTABLE,
    .repr = cell_repr,
    .new_ = cell_new,
    .members = cell_members,
    .richcompare = cell_richcompare,
};

/* ---- Builtin functions ------------------------------------------------------------- */

Value kr_builtin_new(Thread *th, const MethodDef *def, Value self, Value module)
{
    Builtin *b = alloc_obj(th, sizeof *b, &kr_builtin_type);
    if (!b)
        return KR_VALUE_NULL;
    b->def = def;
    b->self = self;
    b->module = module;
    return kr_from_obj(b);
}

/* Call fn with self prepended to args. */
static Value call_with_self(Thread *th, KrCallFn fn, Value callable, Value self,
                            const Value *args, size_t nargs, Tuple *kwnames)
{
    size_t total = nargs + (kwnames ? (size_t)kwnames->size : 0);
    Value small[16];
    Value *argv = small;
    if (total + 1 > KR_ARRAY_LEN(small)) {
        argv = kr_gc_alloc(sizeof(Value) * (total + 1));
        if (!argv) {
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
    }
    argv[0] = self;
    if (total)
        memcpy(argv + 1, args, sizeof(Value) * total);
    return fn(th, callable, argv, nargs + 1, kwnames);
}

/* Whether def's text signature makes every parameter positional-only:
 * "($module, x, /)", "($self, /)" -- the METH_O, METH_NOARGS and
 * positional-only METH_FASTCALL functions of CPython, whose vectorcall
 * refuses any keyword before the function runs.  A signature with
 * parameters after the "/" ("*, key=None", "**kwargs"), or none at all,
 * leaves keywords to the function. */
static bool sig_refuses_keywords(const char *sig)
{
    if (!sig)
        return false;
    size_t n = strlen(sig);
    while (n && sig[n - 1] == ' ')
        n--;
    return n >= 2 && sig[n - 1] == ')' && sig[n - 2] == '/';
}

/* CPython's "list.append() takes no keyword arguments": the name is
 * _PyObject_FunctionStr's, "module.name" for a module's function (bare in
 * builtins) and "Type.name" for a method. */
static __attribute__((noinline, cold)) Value refuse_keywords(Thread *th, const MethodDef *def,
                                                           Type *owner, Value module)
{
    if (def->flags & KR_METH_SLOT) {
        kr_err_format(th, &kr_exc_TypeError, "wrapper %s() takes no keyword arguments",
                      def->name);
        return KR_VALUE_NULL;
    }
    const char *prefix = NULL;
    size_t n = 0;
    if (owner && owner->qualname) {
        prefix = kr_str_utf8(th, owner->qualname, &n);
    } else if (owner) {
        const char *dot = strrchr(owner->name, '.');
        prefix = dot ? dot + 1 : owner->name;
    } else if (module && kr_is_str(module)) {
        prefix = kr_str_utf8(th, kr_as_str(module), &n);
        if (prefix && strcmp(prefix, "builtins") == 0)
            prefix = NULL;
    }
    if (prefix)
        kr_err_format(th, &kr_exc_TypeError, "%s.%s() takes no keyword arguments", prefix,
                      def->name);
    else
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", def->name);
    return KR_VALUE_NULL;
}

/* A call of b with keywords that its CPython counterpart refuses: the
 * TypeError set and true.  Out of line, so builtin_call's frame stays as
 * small as it was (the collector scans stacks conservatively). */
static __attribute__((noinline, cold)) bool builtin_refuses_keywords(Thread *th, Builtin *b,
                                                                     const Value *args,
                                                                     size_t nargs, Tuple *kwnames)
{
    if (!kwnames->size)
        return false;
    if (b->def->flags & KR_METH_VARARGS) {
        refuse_keywords(th, b->def, NULL, KR_VALUE_NULL);
        return true;
    }
    if (!sig_refuses_keywords(b->def->sig))
        return false;
    /* a class method names the class it is bound to, as CPython's
     * __qualname__ of a builtin method does */
    Type *owner = b->self && kr_isinstance_type(b->self, &kr_type_type)
                      ? (Type *)kr_as_obj(b->self)
                  : b->owner ? b->owner
                  : b->self && !kr_is_type(b->self, &kr_module_type) ? kr_type_of(b->self)
                  /* wrapped in a classmethod object: the class comes first */
                  : (b->def->flags & KR_METH_CLASS) && nargs &&
                            kr_isinstance_type(args[0], &kr_type_type)
                      ? (Type *)kr_as_obj(args[0])
                      : NULL;
    refuse_keywords(th, b->def, owner, b->module);
    return true;
}

static Value builtin_call(Thread *th, Value callable, const Value *args, size_t nargs,
                          Tuple *kwnames)
{
    /* a builtin call is one level of CPython's recursion count too, and the
     * level whose overflow reads " while calling a Python object" (repr(self)
     * inside __repr__ trips here) */
    if (KR_UNLIKELY(th->recursion_depth >= th->vm->recursion_limit)) {
        kr_err_set_string(th, &kr_exc_RecursionError,
                          "maximum recursion depth exceeded while calling a Python object");
        return KR_VALUE_NULL;
    }
    Builtin *b = (Builtin *)kr_as_obj(callable);
    if (KR_UNLIKELY(kwnames != NULL) && builtin_refuses_keywords(th, b, args, nargs, kwnames))
        return KR_VALUE_NULL;
    Value self = b->self;
    /* layout: int methods see an int subclass instance as its exact int */
    if (KR_UNLIKELY(b->owner == &kr_int_type || b->owner == &kr_str_type) && self &&
        !(self = kr_object_builtin_self(th, b->owner, self)))
        return KR_VALUE_NULL;
    th->recursion_depth++;
    /* a module's function gets no self; a method of object bound to a
     * module (m.__reduce_ex__) has an owner and does */
    Value r = b->self && (b->owner || !kr_is_type(b->self, &kr_module_type))
                  ? call_with_self(th, b->def->fn, callable, self, args, nargs, kwnames)
                  : b->def->fn(th, callable, args, nargs, kwnames);
    th->recursion_depth--;
    return r;
}

static Value builtin_repr(Thread *th, Value v)
{
    Builtin *b = (Builtin *)kr_as_obj(v);
    char buf[256];
    if (b->self && !kr_is_type(b->self, &kr_module_type))
        snprintf(buf, sizeof buf, "<built-in method %s of %s object at %#llx>", b->def->name,
                 kr_type_name(b->self), (unsigned long long)b->self);
    else if (!b->self && b->owner)      /* a static method: str.maketrans */
        snprintf(buf, sizeof buf, "<built-in method %s of type object at %#llx>", b->def->name,
                 (unsigned long long)(uintptr_t)b->owner);
    else
        snprintf(buf, sizeof buf, "<built-in function %s>", b->def->name);
    return str_value(th, buf);
}

/* def's docstring, or the table's for owner.name (objects/doctab.c). */
static Value builtin_doc(Thread *th, const MethodDef *def, const char *owner)
{
    const char *doc = def->doc ? def->doc : owner ? kr_doctab_doc(owner, def->name) : NULL;
    return doc ? str_value(th, doc) : KR_NONE;
}

static Value builtin_getattr(Thread *th, Value obj, Str *name)
{
    Builtin *b = (Builtin *)kr_as_obj(obj);
    if (name == KR_NAME(th, __name__))
        return str_value(th, b->def->name);
    if (name == KR_NAME(th, __qualname__)) {
        /* a bound method of a builtin type: "list.append" */
        Type *owner = b->owner ? b->owner
                    : b->self && !kr_is_type(b->self, &kr_module_type) ? kr_type_of(b->self) : NULL;
        if (!owner)
            return str_value(th, b->def->name);
        const char *dot = strrchr(owner->name, '.');
        char buf[256];
        snprintf(buf, sizeof buf, "%s.%s", dot ? dot + 1 : owner->name, b->def->name);
        return str_value(th, buf);
    }
    if (name == KR_NAME(th, __self__) && b->self)
        return b->self;
    if (name == KR_NAME(th, __doc__)) {
        size_t n;
        return builtin_doc(th, b->def, b->owner ? b->owner->name
                                       : b->module && kr_is_str(b->module)
                                           ? kr_str_utf8(th, kr_as_str(b->module), &n)
                                           : NULL);
    }
    if (name == KR_NAME(th, __module__))
        return b->module ? b->module : KR_NONE;
    Str *self_name = kr_str_intern_cstr(th, "__self__");
    if (name == self_name)
        return b->self ? b->self : KR_NONE;
    Str *sig_name = kr_str_intern_cstr(th, "__text_signature__");
    if (name == sig_name)
        return b->def->sig ? str_value(th, b->def->sig) : KR_NONE;
    return kr_object_generic_getattr(th, obj, name);
}

/* (getattr, (owner, name)): how pickle finds a method again. */
static Value getattr_reduction(Thread *th, Value owner, const char *name)
{
    Str *g = kr_str_intern_cstr(th, "getattr");
    Value getattr = g ? kr_dict_get_str(th->vm->builtins, g) : KR_VALUE_NULL;
    Value n = getattr ? str_value(th, name) : KR_VALUE_NULL;
    if (!n)
        return KR_VALUE_NULL;
    Value pair[2] = {owner, n};
    Tuple *args = kr_tuple_from_array(th, pair, 2);
    Value items[2] = {getattr, args ? kr_from_obj(args) : KR_VALUE_NULL};
    Tuple *r = args ? kr_tuple_from_array(th, items, 2) : NULL;
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* A module's function pickles by name (pickle finds it as module.name),
 * a bound method as getattr(self, name) -- CPython's meth_reduce. */
static Value builtin_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                            Tuple *kwnames)
{
    if (kr_call_check_args(th, "__reduce__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    Builtin *b = (Builtin *)kr_as_obj(args[0]);
    if (!b->self && b->owner)           /* a static method: getattr(str, 'maketrans') */
        return getattr_reduction(th, kr_from_obj(b->owner), b->def->name);
    if (!b->self || (!b->owner && kr_is_type(b->self, &kr_module_type)))
        return str_value(th, b->def->name);
    return getattr_reduction(th, b->self, b->def->name);
}

/* Builtins are equal when they are the same C function bound to the
 * same object (identity), as CPython's meth_richcompare: each read of
 * object.__init_subclass__ makes a new one. */
static Value builtin_richcompare(Thread *th, Value a, Value b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_is_type(b, &kr_builtin_type))
        return KR_NOTIMPL;
    Builtin *x = (Builtin *)kr_as_obj(a), *y = (Builtin *)kr_as_obj(b);
    bool eq = x->self == y->self && x->def == y->def && x->owner == y->owner;
    return kr_from_bool(eq == (op == KR_EQ));
}

static int builtin_hash(Thread *th, Value v, int64_t *h)
{
    Builtin *b = (Builtin *)kr_as_obj(v);
    *h = (int64_t)(((uint64_t)b->self >> 4) ^ ((uintptr_t)b->def >> 4));
    if (*h == -1)
        *h = -2;
    return 0;
}

static const MethodDef builtin_methods[] = {
    {"__reduce__", builtin_reduce, NULL, NULL, 0},
    {0},
};

Type kr_builtin_type = {
    .hdr = {&kr_type_type},
    .name = "builtin_function_or_method",
    .size = sizeof(Builtin),
    .flags = KR_TYPE_IMMUTABLE,
    .methods = builtin_methods,
    .richcompare = builtin_richcompare,
    .hash = builtin_hash,
    .call = builtin_call,
    .repr = builtin_repr,
    .getattr = builtin_getattr,
};

/* ---- Method descriptors (list.append) ------------------------------------------------ */

Value kr_method_descr_new(Thread *th, const MethodDef *def, Type *owner)
{
    MethodDescr *d = alloc_obj(th, sizeof *d, &kr_method_descr_type);
    if (!d)
        return KR_VALUE_NULL;
    d->def = def;
    d->owner = owner;
    return kr_from_obj(d);
}

/* builtin_refuses_keywords for a call through the type (list.append(l,
 * x=1)): always "Type.name". */
static __attribute__((noinline, cold)) bool descr_refuses_keywords(Thread *th, MethodDescr *d,
                                                                   Tuple *kwnames)
{
    if (!kwnames->size ||
        !((d->def->flags & KR_METH_VARARGS) || sig_refuses_keywords(d->def->sig)))
        return false;
    refuse_keywords(th, d->def, d->owner, KR_VALUE_NULL);
    return true;
}

static Value method_descr_call(Thread *th, Value callable, const Value *args, size_t nargs,
                               Tuple *kwnames)
{
    MethodDescr *d = (MethodDescr *)kr_as_obj(callable);
    if (nargs < 1) {
        kr_err_format(th, &kr_exc_TypeError, "unbound method %s.%s() needs an argument",
                      d->owner->name, d->def->name);
        return KR_VALUE_NULL;
    }
    if (!kr_isinstance_type(args[0], d->owner)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      d->def->name, d->owner->name, kr_type_name(args[0]));
        return KR_VALUE_NULL;
    }
    /* layout: int and str methods see a subclass instance as its exact value */
    if (KR_UNLIKELY(d->owner == &kr_int_type || d->owner == &kr_str_type) &&
        kr_is_obj(args[0]) && kr_as_obj(args[0])->type != d->owner) {
        if (kwnames && descr_refuses_keywords(th, d, kwnames))
            return KR_VALUE_NULL;
        Value self = kr_object_builtin_self(th, d->owner, args[0]);
        return self ? call_with_self(th, d->def->fn, callable, self, args + 1, nargs - 1, kwnames)
                    : KR_VALUE_NULL;
    }
    if (KR_UNLIKELY(kwnames != NULL) && descr_refuses_keywords(th, d, kwnames))
        return KR_VALUE_NULL;
    return d->def->fn(th, callable, args, nargs, kwnames);
}

static Value method_descr_get(Thread *th, Value descr, Value obj, Value type)
{
    if (!obj || obj == KR_NONE)
        return descr;
    MethodDescr *d = (MethodDescr *)kr_as_obj(descr);
    if (!kr_isinstance_type(obj, d->owner)) {    /* str.upper.__get__(5) */
        kr_err_format(th, &kr_exc_TypeError,
                      "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      d->def->name, d->owner->name, kr_type_name(obj));
        return KR_VALUE_NULL;
    }
    Value b = kr_builtin_new(th, d->def, obj, KR_VALUE_NULL);
    if (b)
        ((Builtin *)kr_as_obj(b))->owner = d->owner;
    return b;
}

Type *kr_method_owner(Value callable)
{
    if (kr_is_type(callable, &kr_method_descr_type))
        return ((MethodDescr *)kr_as_obj(callable))->owner;
    if (kr_is_type(callable, &kr_builtin_type))
        return ((Builtin *)kr_as_obj(callable))->owner;
    return NULL;
}

static Value method_descr_repr(Thread *th, Value v)
{
    MethodDescr *d = (MethodDescr *)kr_as_obj(v);
    char buf[256];
    snprintf(buf, sizeof buf, "<method '%s' of '%s' objects>", d->def->name, d->owner->name);
    return str_value(th, buf);
}

/* str.upper.__name__ / __qualname__ / __objclass__ / __doc__ (helper "methods"). */
Value kr_method_descr_getattr(Thread *th, Value obj, Str *name)
{
    MethodDescr *d = (MethodDescr *)kr_as_obj(obj);
    if (name == KR_NAME(th, __name__))
        return str_value(th, d->def->name);
    if (name == KR_NAME(th, __qualname__)) {
        char buf[256];
        snprintf(buf, sizeof buf, "%s.%s", d->owner->name, d->def->name);
        return str_value(th, buf);
    }
    if (name == KR_NAME(th, __objclass__))
        return kr_from_obj(d->owner);
    if (name == KR_NAME(th, __doc__))
        return builtin_doc(th, d->def, d->owner->name);
    if (name == kr_str_intern_cstr(th, "__text_signature__"))
        return d->def->sig ? str_value(th, d->def->sig) : KR_NONE;
    return kr_object_generic_getattr(th, obj, name);
}

static Value method_descr_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                                 Tuple *kwnames)
{
    if (kr_call_check_args(th, "__reduce__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    MethodDescr *d = (MethodDescr *)kr_as_obj(args[0]);
    return getattr_reduction(th, kr_from_obj(d->owner), d->def->name);
}

static const MethodDef method_descr_methods[] = {
    {"__reduce__", method_descr_reduce, NULL, NULL, 0},
    {0},
};

Type kr_method_descr_type = {
    .hdr = {&kr_type_type},
    .name = "method_descriptor",
    .size = sizeof(MethodDescr),
    .flags = KR_TYPE_IMMUTABLE,
    .methods = method_descr_methods,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .repr = method_descr_repr,
    .getattr = kr_method_descr_getattr,
};

/* ---- Bound methods ----------------------------------------------------------------- */

Value kr_method_new(Thread *th, Value func, Value self)
{
    BoundMethod *m = alloc_obj(th, sizeof *m, &kr_method_type);
    if (!m)
        return KR_VALUE_NULL;
    m->func = func;
    m->self = self;
    return kr_from_obj(m);
}

static Value method_call(Thread *th, Value callable, const Value *args, size_t nargs,
                         Tuple *kwnames)
{
    BoundMethod *m = (BoundMethod *)kr_as_obj(callable);
    return kr_vm_call_method(th, m->func, m->self, args, nargs, kwnames);
}

static Value method_repr(Thread *th, Value v)
{
    BoundMethod *m = (BoundMethod *)kr_as_obj(v);
    Value selfr = kr_object_repr(th, m->self);
    if (!selfr)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "<bound method ");
    if (kr_is_function(m->func)) {
        kr_str_to_buf(&b, ((Function *)kr_as_obj(m->func))->qualname);
    } else {
        /* any callable: its __qualname__, else __name__, else "?" */
        Value n = kr_object_getattr(th, m->func, KR_NAME(th, __qualname__));
        if (!n && kr_err_matches(th, &kr_exc_AttributeError)) {
            kr_err_clear(th);
            n = kr_object_getattr(th, m->func, KR_NAME(th, __name__));
        }
        if (!n && kr_err_matches(th, &kr_exc_AttributeError))
            kr_err_clear(th);
        if (!n && kr_err_occurred(th)) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        if (n && kr_is_str(n))
            kr_str_to_buf(&b, kr_as_str(n));
        else
            kr_buf_puts(&b, "?");
    }
    kr_buf_puts(&b, " of ");
    kr_str_to_buf(&b, kr_as_str(selfr));
    kr_buf_putc(&b, '>');
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value method_getattr(Thread *th, Value obj, Str *name)
{
    BoundMethod *m = (BoundMethod *)kr_as_obj(obj);
    if (name == KR_NAME(th, __doc__))    /* the function's, not the type's */
        return kr_object_getattr(th, m->func, name);
    Value r = kr_object_generic_getattr(th, obj, name);
    if (r || !kr_err_matches(th, &kr_exc_AttributeError))
        return r;
    kr_err_clear(th);
    return kr_object_getattr(th, m->func, name);
}

static const MemberDef method_members[] = {
    {"__func__", offsetof(BoundMethod, func), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"__self__", offsetof(BoundMethod, self), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

/* Bound methods are equal when they bind the same object (identity) to
 * equal functions, as CPython's method_richcompare. */
static Value method_richcompare(Thread *th, Value a, Value b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_is_type(b, &kr_method_type))
        return KR_NOTIMPL;
    BoundMethod *x = (BoundMethod *)kr_as_obj(a), *y = (BoundMethod *)kr_as_obj(b);
    int eq = x->self == y->self ? kr_object_richcompare_bool(th, x->func, y->func, KR_EQ) : 0;
    if (eq < 0)
        return KR_VALUE_NULL;
    return kr_from_bool((eq != 0) == (op == KR_EQ));
}

static int method_hash(Thread *th, Value v, int64_t *h)
{
    BoundMethod *m = (BoundMethod *)kr_as_obj(v);
    int64_t fh;
    if (kr_object_hash(th, m->func, &fh) < 0)
        return -1;
    *h = (int64_t)((uint64_t)m->self >> 4) ^ fh;
    if (*h == -1)
        *h = -2;
    return 0;
}

/* Setting an attribute on a bound method is refused, as in CPython
 * (reading falls through to the function), except through a data
 * descriptor of the type: __class__'s TypeError, __func__'s read-only. */
static int method_setattr(Thread *th, Value obj, Str *name, Value value)
{
    Value d = kr_type_lookup(kr_type_of(obj), name);
    if (d && kr_type_of(d)->descr_set)
        return kr_type_of(d)->descr_set(th, d, obj, value);
    kr_err_format(th, &kr_exc_AttributeError, "'method' object has no attribute '%U'", name);
    return -1;
}

/* A bound method pickles as getattr(self, func.__name__), CPython's
 * method___reduce__ (zoneinfo pickles by a bound classmethod). */
static Value method_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                           Tuple *kwnames)
{
    if (kr_call_check_args(th, "__reduce__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    BoundMethod *m = (BoundMethod *)kr_as_obj(args[0]);
    Value n = kr_object_getattr(th, m->func, KR_NAME(th, __name__));
    size_t len;
    const char *name = n && kr_str_check(n) ? kr_str_utf8(th, kr_as_str(n), &len) : NULL;
    if (!name && n && !kr_err_occurred(th))
        kr_err_type_error(th, "method.__name__ must be a string");
    return name ? getattr_reduction(th, m->self, name) : KR_VALUE_NULL;
}

static const MethodDef method_methods[] = {
    {"__reduce__", method_reduce, NULL, NULL, 0},
    {0},
};

/* types.MethodType(function, instance) -- CPython's method_new. */
static Value method_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (kwnames && kwnames->size)
        return kr_err_type_error(th, "method() takes no keyword arguments");
    if (nargs != 2)
        return kr_err_type_error(th, "method expected 2 arguments, got %zu", nargs);
    if (!kr_type_of(args[0])->call)
        return kr_err_type_error(th, "first argument must be callable");
    if (args[1] == KR_NONE)
        return kr_err_type_error(th, "instance must not be None");
    return kr_method_new(th, args[0], args[1]);
}

Type kr_method_type = {
    .hdr = {&kr_type_type},
    .name = "method",
    .doc = "Create a bound instance method object.",
    .size = sizeof(BoundMethod),
    .flags = KR_TYPE_IMMUTABLE,
    .new_ = method_new,
    .call = method_call,
    .repr = method_repr,
    .getattr = method_getattr,
    .setattr = method_setattr,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .members = method_members,
    .methods = method_methods,
};
