/*
 * module.c -- module objects.  Attribute access reads the module's dict;
 * builtin modules are a MethodDef table turned into Builtin functions
 * bound to the module (modules/builtins.c, modules/sys.c).
 */
#include "objects/module.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/str.h"
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

Type kr_module_type = {
    .hdr = {&kr_type_type},
    .name = "module",
    .size = sizeof(Module),
    .getattr = module_getattr,
    .setattr = module_setattr,
    .repr = module_repr,
};
