/*
 * match.c -- the runtime checks of the match statement (PEP 634), with
 * CPython 3.11's semantics and messages (ceval.c's match_class,
 * match_keys).
 *
 * Which subjects a sequence or mapping pattern accepts is a property of
 * the subject's type, as in CPython: a type flag (KR_TYPE_SEQUENCE,
 * KR_TYPE_MAPPING), inherited by subclasses (type.c), so the test is one
 * load.  As in CPython, collections.abc's Sequence and Mapping carry the
 * flag too, and registering a class with them sets it (modules/_abc.c).  str, bytes and
 * bytearray are deliberately not sequences here.  KR_TYPE_MATCH_SELF marks
 * the builtins whose class pattern `int(x)` matches the subject itself.
 */
#include "vm/match.h"

#include "core/state.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/errors.h"

extern Type kr_bool_type, kr_bytearray_type, kr_memoryview_type, kr_mappingproxy_type;

void kr_match_init_types(void)
{
    static Type *const sequences[] = {&kr_list_type, &kr_tuple_type, &kr_range_type,
                                      &kr_memoryview_type};
    static Type *const selves[] = {
        &kr_bool_type, &kr_bytearray_type, &kr_bytes_type, &kr_dict_type, &kr_float_type,
        &kr_frozenset_type, &kr_int_type, &kr_list_type, &kr_set_type, &kr_str_type,
        &kr_tuple_type,
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(sequences); i++)
        sequences[i]->flags |= KR_TYPE_SEQUENCE;
    kr_dict_type.flags |= KR_TYPE_MAPPING;
    kr_mappingproxy_type.flags |= KR_TYPE_MAPPING;
    for (size_t i = 0; i < KR_ARRAY_LEN(selves); i++)
        selves[i]->flags |= KR_TYPE_MATCH_SELF;
}

Value kr_match_keys(Thread *th, Value subject, Value keys)
{
    Tuple *k = kr_as_tuple(keys);
    if (k->size == 0)
        return kr_from_obj(k);
    Value get = kr_object_getattr(th, subject, KR_NAME(th, get));
    if (!get)
        return KR_VALUE_NULL;
    /* A fresh object stands for "missing": no value get() returns can be it. */
    Value dummy = kr_vm_call(th, kr_from_obj(&kr_object_type), NULL, 0, NULL);
    Set *seen = kr_set_new(th, &kr_set_type);
    Tuple *values = kr_tuple_new(th, k->size);
    if (!dummy || !seen || !values)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < k->size; i++) {
        Value key = k->items[i];
        int dup = kr_set_contains(th, seen, key);
        if (dup < 0 || (!dup && kr_set_add(th, seen, key) < 0))
            return KR_VALUE_NULL;
        if (dup) {
            kr_err_format(th, &kr_exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            return KR_VALUE_NULL;
        }
        Value args[2] = {key, dummy};
        Value v = kr_vm_call(th, get, args, 2, NULL);
        if (!v)
            return KR_VALUE_NULL;
        if (v == dummy)
            return KR_NONE;
        values->items[i] = v;
    }
    return kr_from_obj(values);
}

/* subject.name for a class pattern: NULL with no error when the attribute
 * is missing (the pattern fails), NULL with an error otherwise. */
static Value class_attr(Thread *th, Value subject, Type *cls, Value name, Set *seen)
{
    int dup = kr_set_contains(th, seen, name);
    if (dup < 0 || (!dup && kr_set_add(th, seen, name) < 0))
        return KR_VALUE_NULL;
    if (dup) {
        kr_err_format(th, &kr_exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                      cls->name, name);
        return KR_VALUE_NULL;
    }
    Value v = kr_object_getattr(th, subject, kr_as_str(name));
    if (!v && kr_err_matches(th, &kr_exc_AttributeError))
        kr_err_clear(th);
    return v;
}

/* The positional attribute names of cls (its __match_args__), or NULL with
 * *self set when cls matches the subject itself. */
static Tuple *match_args(Thread *th, Type *cls, unsigned npos, bool *self)
{
    Value ma = kr_object_getattr(th, kr_from_obj(cls), KR_NAME(th, __match_args__));
    Tuple *names = NULL;
    if (ma) {
        if (!kr_is_tuple(ma)) {
            kr_err_format(th, &kr_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                          cls->name, kr_type_name(ma));
            return NULL;
        }
        names = kr_as_tuple(ma);
    } else {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return NULL;
        kr_err_clear(th);
        *self = (cls->flags & KR_TYPE_MATCH_SELF) != 0;
        names = kr_tuple_new(th, 0);
        if (!names)
            return NULL;
    }
    int64_t allowed = *self ? 1 : names->size;
    if (allowed < (int64_t)npos) {
        kr_err_format(th, &kr_exc_TypeError, "%s() accepts %lld positional sub-pattern%s (%u given)",
                      cls->name, (long long)allowed, allowed == 1 ? "" : "s", npos);
        return NULL;
    }
    return names;
}

Value kr_match_class(Thread *th, Value subject, Value cls, unsigned npos, Value kwnames)
{
    if (!kr_is_obj(cls) || !(kr_type_of(cls)->flags & KR_TYPE_TYPE_SUBCLASS)) {
        kr_err_set_string(th, &kr_exc_TypeError, "called match pattern must be a type");
        return KR_VALUE_NULL;
    }
    int r = kr_object_isinstance(th, subject, cls);
    if (r <= 0)
        return r < 0 ? KR_VALUE_NULL : KR_NONE;
    Type *t = (Type *)kr_as_obj(cls);
    Tuple *kw = kr_as_tuple(kwnames);
    Tuple *attrs = kr_tuple_new(th, (int64_t)npos + kw->size);
    Set *seen = kr_set_new(th, &kr_set_type);
    if (!attrs || !seen)
        return KR_VALUE_NULL;
    int64_t n = 0;
    if (npos) {
        bool self = false;
        Tuple *names = match_args(th, t, npos, &self);
        if (!names)
            return KR_VALUE_NULL;
        if (self)
            attrs->items[n++] = subject;
        for (unsigned i = 0; !self && i < npos; i++) {
            Value name = names->items[i];
            if (!kr_is_str(name)) {
                kr_err_format(th, &kr_exc_TypeError,
                              "__match_args__ elements must be strings (got %s)", kr_type_name(name));
                return KR_VALUE_NULL;
            }
            Value v = class_attr(th, subject, t, name, seen);
            if (!v)
                return kr_err_occurred(th) ? KR_VALUE_NULL : KR_NONE;
            attrs->items[n++] = v;
        }
    }
    for (int64_t i = 0; i < kw->size; i++) {
        Value v = class_attr(th, subject, t, kw->items[i], seen);
        if (!v)
            return kr_err_occurred(th) ? KR_VALUE_NULL : KR_NONE;
        attrs->items[n++] = v;
    }
    return kr_from_obj(attrs);
}

Value kr_match_copy_without_keys(Thread *th, Value subject, Value keys)
{
    Value copy = kr_vm_call(th, kr_from_obj(&kr_dict_type), &subject, 1, NULL);
    if (!copy)
        return KR_VALUE_NULL;
    Tuple *k = kr_as_tuple(keys);
    for (int64_t i = 0; i < k->size; i++)
        if (kr_dict_del(th, kr_as_dict(copy), k->items[i]) < 0)
            return KR_VALUE_NULL;
    return copy;
}
