/*
 * mappingproxy.c -- read-only proxies of mappings (CPython's
 * Objects/descrobject.c mappingproxy): every read goes to the mapping,
 * nothing writes.  type.__dict__ returns one around the class's dict.
 */
#include "objects/mappingproxy.h"

#include "core/buf.h"
#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/genericalias.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct MappingProxy {
    Obj hdr;
    Value mapping;
} MappingProxy;

static Value mapping_of(Value v) { return ((MappingProxy *)kr_as_obj(v))->mapping; }

Value kr_mappingproxy_new(Thread *th, Value mapping)
{
    MappingProxy *p = kr_gc_alloc(sizeof *p);
    if (!p) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    p->hdr.type = &kr_mappingproxy_type;
    p->mapping = mapping;
    return kr_from_obj(p);
}

static Value proxy_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    if (kw && kw->size) {
        kr_err_set_string(th, &kr_exc_TypeError, "mappingproxy() takes no keyword arguments");
        return KR_VALUE_NULL;
    }
    if (kr_call_check_args(th, "mappingproxy", nargs, 1, 1, NULL) < 0)
        return KR_VALUE_NULL;
    Type *t = kr_type_of(args[0]);
    if (!t->getitem || (t->flags & (KR_TYPE_LIST_SUBCLASS | KR_TYPE_TUPLE_SUBCLASS))) {
        kr_err_format(th, &kr_exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                      kr_type_name(args[0]));
        return KR_VALUE_NULL;
    }
    return kr_mappingproxy_new(th, args[0]);
}

static Value proxy_getitem(Thread *th, Value self, Value key)
{
    return kr_object_getitem(th, mapping_of(self), key);
}

static int proxy_contains(Thread *th, Value self, Value key)
{
    return kr_object_contains(th, mapping_of(self), key);
}

static int proxy_len(Thread *th, Value self, int64_t *len)
{
    return kr_object_len(th, mapping_of(self), len);
}

/* No .setitem: writes fail with the generic "does not support item
 * assignment" error and there is no __setitem__, as in CPython. */

static Value proxy_iter(Thread *th, Value self) { return kr_object_iter(th, mapping_of(self)); }
static Value proxy_str(Thread *th, Value self) { return kr_object_str(th, mapping_of(self)); }

static Value proxy_repr(Thread *th, Value self)
{
    Value r = kr_object_repr(th, mapping_of(self));
    if (!r)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "mappingproxy(");
    kr_str_to_buf(&b, kr_as_str(r));
    kr_buf_putc(&b, ')');
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value proxy_richcompare(Thread *th, Value a, Value b, int op)
{
    return kr_object_richcompare(th, mapping_of(a), b, op);
}

/* a | b on the mappings behind either side (a new dict). */
static Value proxy_or(Thread *th, Value a, Value b)
{
    if (kr_is_type(a, &kr_mappingproxy_type))
        a = mapping_of(a);
    if (kr_is_type(b, &kr_mappingproxy_type))
        b = mapping_of(b);
    return kr_object_binop(th, a, b, KR_OP_OR);
}

static Value proxy_ior(Thread *th, Value a, Value b)
{
    kr_err_format(th, &kr_exc_TypeError, "'|=' is not supported by %s; use '|' instead",
                  kr_type_name(a));
    return KR_VALUE_NULL;
}

/* proxy.name(*args): the mapping's own method. */
static Value forward(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw)
{
    Str *n = kr_str_intern_cstr(th, name);
    Value m = n ? kr_object_getattr(th, mapping_of(args[0]), n) : KR_VALUE_NULL;
    return m ? kr_vm_call(th, m, args + 1, nargs - 1, kw) : KR_VALUE_NULL;
}

#define FORWARD(cname, pyname, min, max)                                                   \
    static Value cname(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw) \
    {                                                                                      \
        if (kr_call_check_args(th, pyname, nargs - 1, min, max, kw) < 0)                   \
            return KR_VALUE_NULL;                                                          \
        return forward(th, pyname, args, nargs, NULL);                                     \
    }
FORWARD(proxy_get, "get", 1, 2)
FORWARD(proxy_keys, "keys", 0, 0)
FORWARD(proxy_values, "values", 0, 0)
FORWARD(proxy_items, "items", 0, 0)
FORWARD(proxy_copy, "copy", 0, 0)
#undef FORWARD

static Value proxy_reversed(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "__reversed__", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Str *n = kr_str_intern_cstr(th, "reversed");
    Value bi = n ? kr_dict_get_str(th->vm->builtins, n) : KR_VALUE_NULL;
    Value m = mapping_of(args[0]);
    return bi ? kr_vm_call(th, bi, &m, 1, NULL) : KR_VALUE_NULL;
}

static const MethodDef proxy_methods[] = {
    {"get", proxy_get, "($self, key, default=None, /)", NULL, 0},
    {"keys", proxy_keys, "($self, /)", NULL, 0},
    {"values", proxy_values, "($self, /)", NULL, 0},
    {"items", proxy_items, "($self, /)", NULL, 0},
    {"copy", proxy_copy, "($self, /)", NULL, 0},
    {"__reversed__", proxy_reversed, "($self, /)", NULL, 0},
    KR_GENERIC_ALIAS_METHODDEF,
    {0},
};

Type kr_mappingproxy_type = {
    .hdr = {&kr_type_type},
    .name = "mappingproxy",
    .size = sizeof(MappingProxy),
    .methods = proxy_methods,
    .new_ = proxy_new,
    .repr = proxy_repr,
    .str = proxy_str,
    .richcompare = proxy_richcompare,
    .iter = proxy_iter,
    .len = proxy_len,
    .getitem = proxy_getitem,
    .hash = kr_object_unhashable,
    .contains = proxy_contains,
    .binop = {[KR_OP_OR] = proxy_or},
    .inplace = {[KR_OP_OR] = proxy_ior},
};
