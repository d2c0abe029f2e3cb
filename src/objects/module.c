/*
 * module.c -- module objects.  Attribute access reads the module's dict;
 * builtin modules are a MethodDef table turned into Builtin functions
 * bound to the module (modules/builtins.c, modules/sys.c).
 */
#include "objects/module.h"

#include <stddef.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/str.h"
#include "modules/modules.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

Module *kr_module_new(Thread *th, Str *name)
{
    Module *m = kr_gc_alloc(sizeof *m);
    if (!m) {
        kr_err_no_memory(th);
        return NULL;
    }
    m->hdr.type = &kr_module_type;
    m->name = name;
    m->dict = kr_dict_new(th);
    if (!m->dict || kr_dict_set_str(th, m->dict, KR_NAME(th, __name__), kr_from_obj(name)) < 0 ||
        kr_dict_set_str(th, m->dict, KR_NAME(th, __doc__), KR_NONE) < 0)
        return NULL;
    return m;
}

int kr_module_add_functions(Thread *th, Module *m, const MethodDef *defs)
{
    for (const MethodDef *d = defs; d->name; d++) {
        Value f = kr_builtin_new(th, d, kr_from_obj(m), kr_from_obj(m->name));
        Str *name = f ? kr_str_intern_cstr(th, d->name) : NULL;
        if (!name || kr_dict_set_str(th, m->dict, name, f) < 0)
            return -1;
    }
    return 0;
}

static Value module_getattr(Thread *th, Value obj, Str *name)
{
    Module *m = (Module *)kr_as_obj(obj);
    Value v = kr_dict_get_str(m->dict, name);
    if (v)
        return v;
    if (name == KR_NAME(th, __dict__))
        return kr_from_obj(m->dict);
    /* __annotations__ is made empty on first access (CPython's
     * module_get_annotations; helper "builtins"). */
    if (name == KR_NAME(th, __annotations__)) {
        Dict *d = kr_dict_new(th);
        if (!d || kr_dict_set_str(th, m->dict, name, kr_from_obj(d)) < 0)
            return KR_VALUE_NULL;
        return kr_from_obj(d);
    }
    v = kr_object_generic_getattr(th, obj, name);
    if (v || !kr_err_matches(th, &kr_exc_AttributeError))
        return v;
    kr_err_clear(th);
    /* krait installs importlib's finders when a program first needs them */
    if (m == th->vm->sys_module && ((v = kr_vm_sys_import_state(th, name)) || kr_err_occurred(th)))
        return v;
    /* PEP 562: the module's own __getattr__, then CPython's wording, which
     * names the module by its __name__ entry */
    Value hook = kr_dict_get_str(m->dict, KR_NAME(th, __getattr__));
    if (hook) {
        Value arg = kr_from_obj(name);
        return kr_vm_call(th, hook, &arg, 1, NULL);
    }
    Value mname = kr_dict_get_str(m->dict, KR_NAME(th, __name__));
    if (mname && kr_is_str(mname) && kr_vm_module_initializing(th, obj))
        kr_err_format(th, &kr_exc_AttributeError,
                      "partially initialized module '%U' has no attribute '%U' "
                      "(most likely due to a circular import)", kr_as_str(mname), name);
    else if (mname && kr_is_str(mname))
        kr_err_format(th, &kr_exc_AttributeError, "module '%U' has no attribute '%U'",
                      kr_as_str(mname), name);
    else
        kr_err_format(th, &kr_exc_AttributeError, "module has no attribute '%U'", name);
    return KR_VALUE_NULL;
}

static int module_setattr(Thread *th, Value obj, Str *name, Value value)
{
    Module *m = (Module *)kr_as_obj(obj);
    if (name == KR_NAME(th, __dict__)) {
        kr_err_set_string(th, &kr_exc_AttributeError, "readonly attribute");
        return -1;
    }
    if (name == KR_NAME(th, __class__))     /* object's descriptor: mod.__class__ = Sub */
        return kr_object_generic_setattr(th, obj, name, value);
    if (!value) {
        int r = kr_dict_del(th, m->dict, kr_from_obj(name));
        if (r == 0)     /* PyObject_GenericSetAttr's words */
            kr_err_format(th, &kr_exc_AttributeError, "'%s' object has no attribute '%U'",
                          kr_type_of(obj)->name, name);
        return r > 0 ? 0 : -1;
    }
    return kr_dict_set_str(th, m->dict, name, value);
}

/* An attribute of a module, spec or loader; KR_VALUE_NULL with no error
 * when it has none. */
static Value attr_opt(Thread *th, Value obj, const char *name)
{
    Str *n = kr_str_intern_cstr(th, name);
    Value v = n ? kr_object_getattr(th, obj, n) : KR_VALUE_NULL;
    if (!v && kr_err_matches(th, &kr_exc_AttributeError))
        kr_err_clear(th);
    return v;
}

static Value repr_str(Thread *th, Buf *b)
{
    Str *s = kr_str_from_buf(th, b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static bool put_repr(Thread *th, Buf *b, Value v)
{
    Value r = kr_object_repr(th, v);
    if (r)
        kr_str_to_buf(b, kr_as_str(r));
    return r != KR_VALUE_NULL;
}

/* "<module " repr(name) then: nothing, " (" repr(extra) ")", " from "
 * repr(extra), or " (" extra ")" for extra a str -- by the format given
 * as "", "(%R)", "from %R" or "(%U)". */
static Value module_repr_fmt(Thread *th, const char *fmt, Value name, Value extra)
{
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "<module ");
    bool ok = put_repr(th, &b, name);
    if (ok && strstr(fmt, "(%R)")) {
        kr_buf_puts(&b, " (");
        ok = put_repr(th, &b, extra);
        kr_buf_putc(&b, ')');
    } else if (ok && strstr(fmt, "from %R")) {
        kr_buf_puts(&b, " from ");
        ok = put_repr(th, &b, extra);
    } else if (ok && strstr(fmt, "(%U)")) {
        kr_buf_puts(&b, " (");
        kr_str_to_buf(&b, kr_as_str(extra));
        kr_buf_putc(&b, ')');
    }
    if (!ok) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    kr_buf_putc(&b, '>');
    return repr_str(th, &b);
}

/* importlib._bootstrap._module_repr_from_spec */
static Value repr_from_spec(Thread *th, Value spec)
{
    Value name = attr_opt(th, spec, "name"), origin, loader;
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    if (!name || name == KR_NONE)
        name = kr_from_obj(kr_str_intern_cstr(th, "?"));
    if (!(origin = attr_opt(th, spec, "origin")) && kr_err_occurred(th))
        return KR_VALUE_NULL;
    if (!origin || origin == KR_NONE) {
        if (!(loader = attr_opt(th, spec, "loader")) && kr_err_occurred(th))
            return KR_VALUE_NULL;
        if (!loader || loader == KR_NONE)
            return module_repr_fmt(th, "<module %R>", name, KR_NONE);
        return module_repr_fmt(th, "<module %R (%R)>", name, loader);
    }
    Value loc = attr_opt(th, spec, "has_location");
    int has = loc ? kr_object_truth(th, loc) : 0;
    if (has < 0 || kr_err_occurred(th))
        return KR_VALUE_NULL;
    if (has)
        return module_repr_fmt(th, "<module %R from %R>", name, origin);
    Value s = kr_object_str(th, origin);
    return s ? module_repr_fmt(th, "<module %R (%U)>", name, s) : KR_VALUE_NULL;
}

/* CPython 3.11's importlib._bootstrap._module_repr, in C: the spec (when
 * true), else the loader's module_repr(), else __name__ and __file__.  A
 * module that has no __loader__ at all is shown as CPython shows its
 * built-in modules. */
static Value module_repr(Thread *th, Value v)
{
    Module *m = (Module *)kr_as_obj(v);
    Value loader = attr_opt(th, v, "__loader__");
    Value spec = kr_err_occurred(th) ? KR_VALUE_NULL : attr_opt(th, v, "__spec__");
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    int has_spec = spec ? kr_object_truth(th, spec) : 0;
    if (has_spec < 0)
        return KR_VALUE_NULL;
    if (has_spec)
        return repr_from_spec(th, spec);
    /* importlib.abc.Loader's module_repr warns: asked only without a spec */
    Value lrepr = loader && loader != KR_NONE ? attr_opt(th, loader, "module_repr") : 0;
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    if (lrepr) {
        Value r = kr_vm_call(th, lrepr, &v, 1, NULL);
        if (r)
            return r;
        if (!kr_err_matches(th, &kr_exc_Exception))
            return KR_VALUE_NULL;
        kr_err_clear(th);
    }
    Value name = attr_opt(th, v, "__name__");
    if (!name && kr_err_occurred(th))
        return KR_VALUE_NULL;
    if (!name)
        name = kr_from_obj(kr_str_intern_cstr(th, "?"));
    Value file = attr_opt(th, v, "__file__");
    if (file)
        return module_repr_fmt(th, "<module %R from %R>", name, file);
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    Str *lk = kr_str_intern_cstr(th, "__loader__");
    if (lk && !kr_dict_get_str(m->dict, lk)) {
        Str *bi = kr_str_intern_cstr(th, "built-in");
        return bi ? module_repr_fmt(th, "<module %R (%U)>", name, kr_from_obj(bi)) : KR_VALUE_NULL;
    }
    if (!loader || loader == KR_NONE)
        return module_repr_fmt(th, "<module %R>", name, KR_NONE);
    return module_repr_fmt(th, "<module %R (%R)>", name, loader);
}

/* module.__dir__(): the dict's __dir__() if it defines one, else its keys. */
static Value module_dir(Thread *th, Value unused, const Value *args, size_t nargs,
                        Tuple *kwnames)
{
    if (kr_call_check_args(th, "__dir__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    /* self.__dict__ as getattr finds it: a subclass may replace it */
    Value d = kr_object_getattr(th, args[0], KR_NAME(th, __dict__));
    if (!d)
        return KR_VALUE_NULL;
    if (!kr_is_dict(d))
        return kr_err_type_error(th, "<module>.__dict__ is not a dictionary");
    Dict *dict = kr_as_dict(d);
    Str *dn = kr_str_intern_cstr(th, "__dir__");
    Value f = dn ? kr_dict_get_str(dict, dn) : KR_VALUE_NULL;
    if (f)
        return kr_vm_call(th, f, NULL, 0, NULL);
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    List *l = kr_list_new(th, 0);
    int64_t pos = 0;
    Value k;
    while (l && kr_dict_next(dict, &pos, &k, NULL))
        if (kr_list_append(th, l, k) < 0)
            return KR_VALUE_NULL;
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

static const MethodDef module_methods[] = {
    {"__dir__", module_dir, "($self, /)", NULL, 0},
    {0},
};

/* module.__new__ makes an empty module (its __name__ unset, as
 * CPython's new_module); __init__(name, doc=None) fills the dict with
 * __name__, __doc__ and, as CPython, __package__, __loader__ and __spec__
 * set to None -- what importlib's module_from_spec makes. */
static Value module_new_py(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    size_t size = type->size > sizeof(Module) ? type->size : sizeof(Module);
    /* a subclass (importlib.util._LazyModule): its instances may be larger */
    Module *m = kr_gc_alloc(size);
    if (!m) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    memset(m, 0, size);
    m->hdr.type = type;
    m->name = kr_str_intern_cstr(th, "?");
    m->dict = kr_dict_new(th);
    return m->name && m->dict ? kr_from_obj(m) : KR_VALUE_NULL;
}

static int module_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"name", "doc", NULL};
    Value a[2] = {nargs > 0 ? args[0] : 0, nargs > 1 ? args[1] : KR_NONE};
    if (nargs > 2) {
        kr_err_type_error(th, "module() takes at most 2 arguments (%zu given)", nargs);
        return -1;
    }
    if (kr_mod_parse_kwargs(th, "module", args + nargs, kw, names, a) < 0)
        return -1;
    if (!a[0]) {
        kr_err_type_error(th, "module() missing required argument 'name' (pos 1)");
        return -1;
    }
    if (!kr_is_str(a[0])) {
        kr_err_type_error(th, "module() argument 'name' must be str, not %s", kr_type_name(a[0]));
        return -1;
    }
    Module *m = (Module *)kr_as_obj(self);
    m->name = kr_as_str(a[0]);
    if (kr_dict_set_str(th, m->dict, KR_NAME(th, __name__), a[0]) < 0 ||
        kr_dict_set_str(th, m->dict, KR_NAME(th, __doc__), a[1]) < 0)
        return -1;
    static const char *const none_attrs[] = {"__package__", "__loader__", "__spec__"};
    for (size_t i = 0; i < 3; i++) {
        Str *k = kr_str_intern_cstr(th, none_attrs[i]);
        if (!k || kr_dict_set_str(th, m->dict, k, KR_NONE) < 0)
            return -1;
    }
    return 0;
}

/* m.__dict__ for a subclass whose __getattr__ puts the generic lookup
 * first (a member in CPython, over md_dict) */
static Value module_dict_get(Thread *th, Value self)
{
    return kr_from_obj(((Module *)kr_as_obj(self))->dict);
}

static const MemberDef module_members[] = {
    {"__dict__", 0, module_dict_get, NULL, NULL, KR_MEMBER_READONLY | KR_MEMBER_PLAIN},
    {NULL, 0, NULL, NULL, NULL, 0},
};

/* dict_offset: the generic attribute code (a subclass's __getattr__ hook,
 * object.__setattr__) sees the module's own dict as the instance dict, so
 * a subclass adds none of its own, as CPython's tp_dictoffset = md_dict */
Type kr_module_type = {
    .hdr = {&kr_type_type},
    .name = "module",
    .doc = "Create a module object.\n\n"
           "The name must be a string; the optional doc argument can have any type.",
    .size = sizeof(Module),
    /* the module's dict is its __dict__, for subclasses too (py.error) */
    .dict_offset = offsetof(Module, dict),
    .members = module_members,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .repr = module_repr,
    .new_ = module_new_py,
    .init = module_init,
    .methods = module_methods,
    .flags = KR_TYPE_BASETYPE,
};
