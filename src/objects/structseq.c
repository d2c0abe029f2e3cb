/*
 * structseq.c -- struct sequence types (see structseq.h).
 *
 * The type object, its MemberDef array and its descriptor all live in
 * collector memory: a struct sequence type is reachable from the module
 * that exposes it, like any class.
 */
#include "objects/structseq.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/argparse.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/list.h"
#include "objects/seq.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

/* Field i of an instance, whether visible or not. */
static size_t field_offset(int i)
{
    return offsetof(Tuple, items) + sizeof(Value) * (size_t)i;
}

/* Visible fields carry this MemberDef flag, so the type itself records
 * n_in_sequence (a Type has no field for it). */
enum { IN_SEQUENCE = 0x100 };

static int count_fields(const Type *t, int *visible)
{
    int n = 0;
    *visible = 0;
    for (; t->members[n].name; n++)
        *visible += (t->members[n].flags & IN_SEQUENCE) != 0;
    return n;
}

static Value structseq_repr(Thread *th, Value v)
{
    Type *t = kr_type_of(v);
    Tuple *tup = kr_as_tuple(v);
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "%s(", t->name);
    for (int64_t i = 0; i < tup->size; i++) {
        Value r = kr_object_repr(th, tup->items[i]);
        if (!r) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        kr_buf_printf(&b, "%s%s=", i ? ", " : "", t->members[i].name);
        kr_str_to_buf(&b, kr_as_str(r));
    }
    kr_buf_putc(&b, ')');
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* Compares as a tuple with any tuple (tuple's own compare wants exact tuples). */
static Value structseq_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!kr_is_obj(b) || !(kr_type_of(b)->flags & KR_TYPE_TUPLE_SUBCLASS))
        return KR_NOTIMPL;
    Tuple *x = kr_as_tuple(a), *y = kr_as_tuple(b);
    return kr_seq_richcompare(th, x->items, x->size, y->items, y->size, op);
}

Value kr_structseq_new(Thread *th, Type *type, const Value *values)
{
    int visible;
    int n = count_fields(type, &visible);
    Tuple *t = kr_gc_alloc(field_offset(n));
    if (!t) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    t->hdr.type = type;
    t->size = visible;
    for (int i = 0; i < n; i++)
        t->items[i] = values[i];
    return kr_from_obj(t);
}

/* T(sequence, dict=None): CPython's structseq_new; the dict gives the
 * fields past the sequence by name (what __reduce__ produces). */
static Value structseq_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"sequence", "dict", NULL};
    static const ArgSpec spec = {"structseq", names, 0, 2, 1};
    Value a[2] = {KR_VALUE_NULL, KR_VALUE_NULL};
    if (kr_argparse(th, &spec, args, nargs, kw, a) < 0)
        return KR_VALUE_NULL;
    Value extra = a[1] && kr_is_dict(a[1]) ? a[1] : KR_VALUE_NULL;
    if (a[1] && !extra) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes a dict as second arg, if any",
                      type->name);
        return KR_VALUE_NULL;
    }
    Tuple *src = kr_is_tuple(a[0]) ? kr_as_tuple(a[0]) : NULL;
    if (!src) {
        List *l = kr_list_from_iterable(th, a[0]);
        src = l ? kr_tuple_from_array(th, l->items, l->size) : NULL;
        if (!src)
            return KR_VALUE_NULL;
    }
    int visible;
    int n = count_fields(type, &visible);
    int64_t min = visible, len = src->size;
    if (len < min || len > n) {
        if (min == n)
            kr_err_format(th, &kr_exc_TypeError, "%s() takes a %d-sequence (%lld-sequence given)",
                          type->name, n, (long long)len);
        else if (len < min)
            kr_err_format(th, &kr_exc_TypeError,
                          "%s() takes an at least %lld-sequence (%lld-sequence given)", type->name,
                          (long long)min, (long long)len);
        else
            kr_err_format(th, &kr_exc_TypeError,
                          "%s() takes an at most %d-sequence (%lld-sequence given)", type->name, n,
                          (long long)len);
        return KR_VALUE_NULL;
    }
    Value *vals = kr_gc_alloc(sizeof(Value) * (size_t)(n + 1));
    if (!vals) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    for (int i = 0; i < n; i++) {
        Value v = i >= len && extra ? kr_dict_get_str(kr_as_dict(extra),
                                                      kr_str_intern_cstr(th, type->members[i].name))
                                    : KR_VALUE_NULL;
        vals[i] = i < len ? src->items[i] : v ? v : KR_NONE;
    }
    return kr_structseq_new(th, type, vals);
}

/* (type(s), (visible fields, {name: value} of the others)), as
 * CPython's structseq_reduce (helper "pickle"). */
static Value structseq_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                              Tuple *kw)
{
    Type *t = kr_type_of(args[0]);
    Tuple *self = kr_as_tuple(args[0]);
    int visible;
    int n = count_fields(t, &visible);
    Tuple *vis = kr_tuple_from_array(th, self->items, self->size);
    Dict *d = vis ? kr_dict_new(th) : NULL;
    if (!d)
        return KR_VALUE_NULL;
    Value *all = self->items;
    for (int i = (int)self->size; i < n; i++) {
        Str *name = kr_str_intern_cstr(th, t->members[i].name);
        if (!name || kr_dict_set_str(th, d, name, all[i]) < 0)
            return KR_VALUE_NULL;
    }
    Value pair[2] = {kr_from_obj(vis), kr_from_obj(d)};
    Tuple *a = kr_tuple_from_array(th, pair, 2);
    Value r[2] = {kr_from_obj(t), a ? kr_from_obj(a) : KR_VALUE_NULL};
    Tuple *rt = a ? kr_tuple_from_array(th, r, 2) : NULL;
    return rt ? kr_from_obj(rt) : KR_VALUE_NULL;
}

static const MethodDef structseq_methods[] = {
    {"__reduce__", structseq_reduce, NULL, NULL, 0},
    {0},
};

/* A type Python code may not call (sys.version_info's, sys.flags'). */
static Value structseq_no_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot create '%s' instances", type->name);
    return KR_VALUE_NULL;
}

static int set_int(Thread *th, Type *t, const char *name, int64_t v)
{
    Str *s = kr_str_intern_cstr(th, name);
    return s ? kr_dict_set_str(th, t->dict, s, kr_from_smallint(v)) : -1;
}

/* Fill and ready t from desc; members is room for the fields plus an end
 * marker, in memory that lives as long as t. */
static int init_type(Thread *th, Type *t, MemberDef *m, const StructSeqDesc *desc)
{
    int n = 0;
    while (desc->fields[n])
        n++;
    for (int i = 0; i < n; i++) {
        m[i].name = desc->fields[i];
        m[i].offset = field_offset(i);
        m[i].flags = KR_MEMBER_READONLY | (i < desc->n_in_sequence ? IN_SEQUENCE : 0);
    }
    t->hdr.type = &kr_type_type;
    t->name = desc->name;
    t->flags = KR_TYPE_IMMUTABLE;
    t->size = sizeof(Tuple);
    t->item_size = sizeof(Value);
    t->base = &kr_tuple_type;
    t->members = m;
    t->methods = structseq_methods;
    t->repr = structseq_repr;
    t->richcompare = structseq_richcompare;
    t->new_ = desc->constructible ? structseq_new : structseq_no_new;
    const char *dot = strrchr(desc->name, '.');
    t->qualname = kr_str_from_cstr(th, dot ? dot + 1 : desc->name);
    if (!t->qualname || kr_type_ready(th, t) < 0)
        return -1;
    Tuple *match = kr_tuple_new(th, desc->n_in_sequence);
    Str *k = kr_str_intern_cstr(th, "__match_args__");
    if (!match || !k)
        return -1;
    for (int i = 0; i < desc->n_in_sequence; i++) {
        Str *f = kr_str_intern_cstr(th, desc->fields[i]);
        if (!f)
            return -1;
        match->items[i] = kr_from_obj(f);
    }
    if (kr_dict_set_str(th, t->dict, k, kr_from_obj(match)) < 0 ||
        set_int(th, t, "n_sequence_fields", desc->n_in_sequence) < 0 ||
        set_int(th, t, "n_fields", n) < 0 || set_int(th, t, "n_unnamed_fields", 0) < 0)
        return -1;
    return 0;
}

static size_t count_desc_fields(const StructSeqDesc *desc)
{
    size_t n = 0;
    while (desc->fields[n])
        n++;
    return n;
}

Type *kr_structseq_new_type(Thread *th, const StructSeqDesc *desc)
{
    size_t n = count_desc_fields(desc);
    Type *t = kr_gc_alloc(sizeof *t);
    MemberDef *m = kr_gc_alloc(sizeof *m * (n + 1));
    if (!t || !m) {
        kr_err_no_memory(th);
        return NULL;
    }
    return init_type(th, t, m, desc) < 0 ? NULL : t;
}

int kr_structseq_init_type(Thread *th, Type *t, const StructSeqDesc *desc)
{
    if (t->flags & KR_TYPE_READY)
        return 0;
    /* MemberDefs hold no collector pointers, and a static type lives for
     * the process: plain memory that is never freed. */
    MemberDef *m = calloc(count_desc_fields(desc) + 1, sizeof *m);
    if (!m) {
        kr_err_no_memory(th);
        return -1;
    }
    return init_type(th, t, m, desc);
}
