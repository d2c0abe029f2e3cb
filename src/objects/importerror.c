/*
 * importerror.c -- ImportError(*args, name=None, path=None), CPython's
 * ImportError_init/ImportError_str: the fields live in the instance's
 * dict, so subclasses and pickling see plain attributes.
 */
#include "objects/importerror.h"

#include "core/state.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

/* Stored in the instance itself, past any descriptor a subclass defines:
 * CPython's fields are C members, so importlib.metadata's
 * PackageNotFoundError, whose `name` is a read-only property, still gets
 * constructed. */
static int set_field(Thread *th, Value self, const char *name, Value v)
{
    Str *n = kr_str_intern_cstr(th, name);
    return n ? kr_object_attr_store(th, self, n, v) < 0 ? -1 : 0 : -1;
}

static int importerror_init(Thread *th, Value self, const Value *args, size_t nargs,
                            Tuple *kwnames)
{
    static const char *const names[] = {"name", "path", NULL};
    Value kw[2] = {KR_NONE, KR_NONE};
    /* "ImportError" as CPython's format names it, for subclasses too */
    if (kr_mod_parse_kwargs(th, "ImportError", args + nargs, kwnames, names, kw) < 0)
        return -1;
    Exc *e = (Exc *)kr_as_obj(self);
    if (!(e->args = kr_tuple_from_array(th, args, (int64_t)nargs)))
        return -1;
    if (set_field(th, self, "msg", nargs == 1 ? args[0] : KR_NONE) < 0 ||
        set_field(th, self, "name", kw[0]) < 0 || set_field(th, self, "path", kw[1]) < 0)
        return -1;
    return 0;
}

static Value importerror_str(Thread *th, Value self)
{
    Str *k = kr_str_intern_cstr(th, "msg");
    Dict *d = ((Exc *)kr_as_obj(self))->dict;
    Value msg = k && d ? kr_dict_get_str(d, k) : KR_VALUE_NULL;
    if (msg && kr_is_str(msg))
        return msg;
    Exc *e = (Exc *)kr_as_obj(self);
    if (e->args->size == 0)
        return kr_from_obj(th->vm->empty_str);
    return kr_object_str(th, e->args->size == 1 ? e->args->items[0] : kr_from_obj(e->args));
}

void kr_importerror_prepare(void)
{
    Type *const types[] = {&kr_exc_ImportError, &kr_exc_ModuleNotFoundError};
    for (size_t i = 0; i < KR_ARRAY_LEN(types); i++) {
        types[i]->init = importerror_init;
        types[i]->str = importerror_str;
    }
}

int kr_importerror_set_name(Thread *th, Value exc, Value name)
{
    return set_field(th, exc, "name", name);
}
