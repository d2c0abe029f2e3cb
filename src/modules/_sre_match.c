/*
 * _sre_match.c -- re.Match: the result of a successful match.
 *
 * A Match keeps the subject, the pattern and the spans of every group in
 * one allocation (the spans are plain integers in its tail); groups are
 * sliced out of the subject only when asked for, as CPython does.
 */
#include <stdio.h>
#include <string.h>

#include "modules/_sre.h"
#include "modules/libutil.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

#define MATCH(v) ((SreMatch *)kr_as_obj(v))
#define MATCH_METHOD(name) \
    static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)

Value kr_sre_match_new(Thread *th, SrePattern *p, const SreSubject *s, const SreState *st)
{
    size_t n = p->groups + 1;
    SreMatch *m = kr_gc_alloc(sizeof(SreMatch) + 2 * n * sizeof(int64_t));
    if (!m) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    m->hdr.type = &kr_sre_match_type;
    m->string = s->obj;
    m->src = s->src;
    m->pattern = p;
    m->pos = st->pos;
    m->endpos = st->endpos;
    m->lastindex = st->lastindex;
    m->ngroups = n;
    kr_sre_spans(st, n, m->marks);
    return kr_from_obj(m);
}

/* The group number `index` names: an int, or a group name.  IndexError
 * "no such group" otherwise (CPython's match_getindex). */
static int group_index(Thread *th, SreMatch *m, Value index, int64_t *out)
{
    int64_t i = -1;
    if (kr_is_int(index) || kr_type_of(index)->index) {
        Value v = kr_object_index(th, index);
        if (!v)
            return -1;
        if (!kr_is_bigint(v) && kr_int_as_i64(th, v, &i) < 0)
            return -1;
    } else if (m->pattern->groupindex) {
        /* an exact str: its names are interned (sre_compile), so the
         * constant in m.group("name") is usually found by identity */
        Value v = kr_is_str(index) ? kr_dict_get_str(m->pattern->groupindex, kr_as_str(index))
                                   : kr_dict_get(th, m->pattern->groupindex, index);
        if (!v && kr_err_occurred(th))
            return -1;
        if (v && kr_is_int(v) && kr_int_as_i64(th, v, &i) < 0)
            return -1;
    }
    if (i < 0 || (uint64_t)i >= m->ngroups) {
        kr_err_set_string(th, &kr_exc_IndexError, "no such group");
        return -1;
    }
    *out = i;
    return 0;
}

/* Group g of m, or def when it did not participate. */
static Value group_value(Thread *th, SreMatch *m, int64_t g, Value def)
{
    int64_t i = m->marks[2 * g], j = m->marks[2 * g + 1];
    if (i < 0 || j < 0)
        return def;
    SreSubject s;
    if (kr_sre_subject(th, m->src, &s) < 0)
        return KR_VALUE_NULL;
    /* a bytearray may have shrunk since */
    i = i < s.len ? i : s.len;
    j = j < s.len ? j : s.len;
    return kr_sre_slice(th, &s, i, j);
}

static Value group_of(Thread *th, SreMatch *m, Value index, Value def)
{
    int64_t g;
    return group_index(th, m, index, &g) < 0 ? KR_VALUE_NULL : group_value(th, m, g, def);
}

MATCH_METHOD(match_group)
{
    if (kr_libutil_no_keywords(th, "Match.group", kw) < 0)
        return KR_VALUE_NULL;
    SreMatch *m = MATCH(args[0]);
    if (nargs == 1)
        return group_value(th, m, 0, KR_NONE);
    if (nargs == 2)
        return group_of(th, m, args[1], KR_NONE);
    Tuple *t = kr_tuple_new(th, (int64_t)nargs - 1);
    if (!t)
        return KR_VALUE_NULL;
    for (size_t i = 1; i < nargs; i++)
        if (!(t->items[i - 1] = group_of(th, m, args[i], KR_NONE)))
            return KR_VALUE_NULL;
    return kr_from_obj(t);
}

static Value match_getitem(Thread *th, Value self, Value key)
{
    return group_of(th, MATCH(self), key, KR_NONE);
}

MATCH_METHOD(match_groups)
{
    static const char *const names[] = {"default", NULL};
    Value def = KR_NONE;
    if (kr_libutil_parse(th, "groups", args + 1, nargs - 1, kw, names, 0, 0, &def) < 0)
        return KR_VALUE_NULL;
    if (!def)
        def = KR_NONE;
    SreMatch *m = MATCH(args[0]);
    Tuple *t = kr_tuple_new(th, (int64_t)m->ngroups - 1);
    if (!t)
        return KR_VALUE_NULL;
    for (size_t g = 1; g < m->ngroups; g++)
        if (!(t->items[g - 1] = group_value(th, m, (int64_t)g, def)))
            return KR_VALUE_NULL;
    return kr_from_obj(t);
}

MATCH_METHOD(match_groupdict)
{
    static const char *const names[] = {"default", NULL};
    Value def = KR_NONE;
    if (kr_libutil_parse(th, "groupdict", args + 1, nargs - 1, kw, names, 0, 0, &def) < 0)
        return KR_VALUE_NULL;
    if (!def)
        def = KR_NONE;
    SreMatch *m = MATCH(args[0]);
    Dict *d = kr_dict_new(th);
    if (!d)
        return KR_VALUE_NULL;
    int64_t pos = 0;
    Value k, v;
    while (m->pattern->groupindex && kr_dict_next(m->pattern->groupindex, &pos, &k, &v)) {
        Value g = group_of(th, m, k, def);
        if (!g || kr_dict_set(th, d, k, g) < 0)
            return KR_VALUE_NULL;
    }
    return kr_from_obj(d);
}

/* The group argument of start/end/span: default 0. */
static int span_arg(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                    int64_t *g)
{
    char qual[16];
    snprintf(qual, sizeof qual, "Match.%s", name);
    if (kr_libutil_no_keywords(th, qual, kw) < 0 ||
        kr_libutil_check_positional(th, name, nargs - 1, 0, 1) < 0)
        return -1;
    *g = 0;
    return nargs == 2 ? group_index(th, MATCH(args[0]), args[1], g) : 0;
}

MATCH_METHOD(match_start)
{
    int64_t g;
    if (span_arg(th, "start", args, nargs, kw, &g) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, MATCH(args[0])->marks[2 * g]);
}

MATCH_METHOD(match_end)
{
    int64_t g;
    if (span_arg(th, "end", args, nargs, kw, &g) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, MATCH(args[0])->marks[2 * g + 1]);
}

static Value pair(Thread *th, int64_t a, int64_t b)
{
    Tuple *t = kr_tuple_new(th, 2);
    if (!t)
        return KR_VALUE_NULL;
    t->items[0] = kr_from_smallint(a);
    t->items[1] = kr_from_smallint(b);
    return kr_from_obj(t);
}

MATCH_METHOD(match_span)
{
    int64_t g;
    if (span_arg(th, "span", args, nargs, kw, &g) < 0)
        return KR_VALUE_NULL;
    SreMatch *m = MATCH(args[0]);
    return pair(th, m->marks[2 * g], m->marks[2 * g + 1]);
}

/* Template expansion lives in Python (re._expand), as in CPython 3.11. */
MATCH_METHOD(match_expand)
{
    static const char *const names[] = {"template", NULL};
    Value tmpl;
    if (kr_libutil_parse(th, "expand", args + 1, nargs - 1, kw, names, 0, 1, &tmpl) < 0)
        return KR_VALUE_NULL;
    Value fn = kr_sre_re_attr(th, "_expand");
    if (!fn)
        return KR_VALUE_NULL;
    Value argv[3] = {kr_from_obj(MATCH(args[0])->pattern), args[0], tmpl};
    return kr_vm_call(th, fn, argv, 3, NULL);
}

MATCH_METHOD(match_copy)
{
    if (nargs != 1 || (kw && kw->size))
        return kr_err_type_error(th, "Match.__copy__() takes no arguments (%zu given)",
                                 nargs - 1 + (kw ? (size_t)kw->size : 0));
    return args[0];
}

MATCH_METHOD(match_deepcopy)
{
    if (nargs != 2 || (kw && kw->size))
        return kr_err_type_error(th, "Match.__deepcopy__() takes exactly one argument (%zu given)",
                                 nargs - 1 + (kw ? (size_t)kw->size : 0));
    return args[0];
}


static Value match_repr(Thread *th, Value self)
{
    SreMatch *m = MATCH(self);
    Value g0 = group_value(th, m, 0, KR_NONE);
    Value r = g0 ? kr_object_repr(th, g0) : KR_VALUE_NULL;
    if (!r)
        return KR_VALUE_NULL;
    Str *rs = kr_as_str(r);
    if (rs->len > 50 && !(rs = kr_str_substr(th, rs, 0, 50)))   /* %.50R */
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "<re.Match object; span=(%lld, %lld), match=", (long long)m->marks[0],
                  (long long)m->marks[1]);
    kr_str_to_buf(&b, rs);
    kr_buf_putc(&b, '>');
    return kr_libutil_buf_value(th, &b);
}

static Value match_lastindex(Thread *th, Value self)
{
    SreMatch *m = MATCH(self);
    return m->lastindex >= 0 ? kr_int_from_i64(th, m->lastindex) : KR_NONE;
}

static Value match_lastgroup(Thread *th, Value self)
{
    SreMatch *m = MATCH(self);
    Tuple *ig = m->pattern->indexgroup;
    if (!ig || m->lastindex < 0 || m->lastindex >= ig->size)
        return KR_NONE;
    return ig->items[m->lastindex];
}

static Value match_regs(Thread *th, Value self)
{
    SreMatch *m = MATCH(self);
    Tuple *t = kr_tuple_new(th, (int64_t)m->ngroups);
    if (!t)
        return KR_VALUE_NULL;
    for (size_t g = 0; g < m->ngroups; g++)
        if (!(t->items[g] = pair(th, m->marks[2 * g], m->marks[2 * g + 1])))
            return KR_VALUE_NULL;
    return kr_from_obj(t);
}

static Value match_pos(Thread *th, Value self) { return kr_int_from_i64(th, MATCH(self)->pos); }
static Value match_endpos(Thread *th, Value self)
{
    return kr_int_from_i64(th, MATCH(self)->endpos);
}
static Value match_re(Thread *th, Value self) { return kr_from_obj(MATCH(self)->pattern); }
static Value match_string(Thread *th, Value self) { return MATCH(self)->string; }

static const MethodDef match_methods[] = {
    {"group", match_group, NULL, NULL, 0},
    {"start", match_start, "($self, group=0, /)", NULL, 0},
    {"end", match_end, "($self, group=0, /)", NULL, 0},
    {"span", match_span, "($self, group=0, /)", NULL, 0},
    {"groups", match_groups, "($self, /, default=None)", NULL, 0},
    {"groupdict", match_groupdict, "($self, /, default=None)", NULL, 0},
    {"expand", match_expand, "($self, /, template)", NULL, 0},
    {"__copy__", match_copy, "($self, /)", NULL, 0},
    {"__deepcopy__", match_deepcopy, "($self, memo, /)", NULL, 0},
    KR_GENERIC_ALIAS_METHODDEF,
    {0},
};

static const MemberDef match_members[] = {
    {"lastindex", 0, match_lastindex, NULL, "The integer index of the last matched capturing group.", KR_MEMBER_READONLY},
    {"lastgroup", 0, match_lastgroup, NULL, "The name of the last matched capturing group.", KR_MEMBER_READONLY},
    {"regs", 0, match_regs, NULL, NULL, KR_MEMBER_READONLY},
    {"string", 0, match_string, NULL, "The string passed to match() or search().", KR_MEMBER_READONLY},
    {"re", 0, match_re, NULL, "The regular expression object.", KR_MEMBER_READONLY},
    {"pos", 0, match_pos, NULL, "The index into the string at which the RE engine started looking for a match.", KR_MEMBER_READONLY},
    {"endpos", 0, match_endpos, NULL, "The index into the string beyond which the RE engine will not go.", KR_MEMBER_READONLY},
    {0},
};

static Value match_new_refused(Thread *th, Type *t, const Value *args, size_t nargs,
                               Tuple *kw)
{
    return kr_err_type_error(th, "cannot create 're.Match' instances");
}

Type kr_sre_match_type = {
    .hdr = {&kr_type_type}, .name = "re.Match", .size = sizeof(SreMatch),
    .new_ = match_new_refused, .repr = match_repr, .getitem = match_getitem,
    .methods = match_methods, .members = match_members,
};
