/*
 * module.c -- module objects.  Attribute access reads the module's dict;
 * builtin modules are a MethodDef table turned into Builtin functions
 * bound to the module (modules/builtins.c, modules/sys.c).
 */
#include "objects/module.h"

#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/str.h"
#include "modules/modules.h"
#include "vm/call.h"
#include "vm/errors.h"

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
    if (!v && kr_err_matches(th, &kr_exc_AttributeError)) {
        kr_err_clear(th);
        /* PEP 562: a module-level __getattr__(name) answers for what is missing */
        Value hook = kr_dict_get_str(m->dict, KR_NAME(th, __getattr__));
        if (hook) {
            Value arg = kr_from_obj(name);
            return kr_vm_call(th, hook, &arg, 1, NULL);
        }
        kr_err_format(th, &kr_exc_AttributeError, "module '%U' has no attribute '%U'", m->name, name);
    }
    return v;
}

static int module_setattr(Thread *th, Value obj, Str *name, Value value)
{
    Module *m = (Module *)kr_as_obj(obj);
    if (!value) {
        int r = kr_dict_del(th, m->dict, kr_from_obj(name));
        if (r == 0)
            kr_err_format(th, &kr_exc_AttributeError, "%U", name);
        return r > 0 ? 0 : -1;
    }
    return kr_dict_set_str(th, m->dict, name, value);
}

static Value module_repr(Thread *th, Value v)
{
    Module *m = (Module *)kr_as_obj(v);
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "<module '");
    kr_str_to_buf(&b, m->name);
    kr_buf_puts(&b, "' (built-in)>");
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* module(name, doc=None): what importlib's module_from_spec makes (helper
 * "imp"); sets __name__, __doc__ and, as CPython, __package__, __loader__
 * and __spec__ to None. */
static Value module_new_py(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"name", "doc", NULL};
    Value a[2] = {nargs > 0 ? args[0] : 0, nargs > 1 ? args[1] : KR_NONE};
    if (nargs > 2)
        return kr_err_type_error(th, "module() takes at most 2 arguments (%zu given)", nargs);
    if (kr_mod_parse_kwargs(th, "module", args + nargs, kw, names, a) < 0)
        return KR_VALUE_NULL;
    if (!a[0])
        return kr_err_type_error(th, "module() missing required argument 'name' (pos 1)");
    if (!kr_is_str(a[0]))
        return kr_err_type_error(th, "module() argument 'name' must be str, not %s",
                                 kr_type_name(a[0]));
    Module *m = kr_module_new(th, kr_as_str(a[0]));
    if (m && type != &kr_module_type) {
        /* a subclass (importlib.util._LazyModule): its instances may be larger */
        Module *sub = kr_gc_alloc(type->size);
        if (!sub) {
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
        memset(sub, 0, type->size);
        sub->hdr.type = type;
        sub->name = m->name;
        sub->dict = m->dict;
        m = sub;
    }
    if (!m || kr_dict_set_str(th, m->dict, KR_NAME(th, __doc__), a[1]) < 0)
        return KR_VALUE_NULL;
    static const char *const none_attrs[] = {"__package__", "__loader__", "__spec__"};
    for (size_t i = 0; i < 3; i++) {
        Str *k = kr_str_intern_cstr(th, none_attrs[i]);
        if (!k || kr_dict_set_str(th, m->dict, k, KR_NONE) < 0)
            return KR_VALUE_NULL;
    }
    return kr_from_obj(m);
}

Type kr_module_type = {
    .hdr = {&kr_type_type},
    .name = "module",
    .size = sizeof(Module),
    .getattr = module_getattr,
    .setattr = module_setattr,
    .repr = module_repr,
    .new_ = module_new_py,
    .flags = KR_TYPE_BASETYPE,
};
