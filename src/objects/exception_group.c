/*
 * exception_group.c -- BaseExceptionGroup and ExceptionGroup (PEP 654),
 * add_note, and the two operations `except*` needs: matching a handler's
 * type against the exception being handled, and combining what the
 * handlers raised into the exception re-raised at the end.  CPython
 * 3.11's Objects/exceptions.c and ceval.c are the reference; messages
 * are theirs.
 *
 * A group is an Exc followed by its message and its tuple of
 * sub-exceptions (ExcGroup).  Both classes are lines of exceptions.def;
 * kr_exception_group_setup gives them their layout and methods before
 * they are made ready, and kr_exception_group_finish gives ExceptionGroup
 * its second base, Exception, afterwards (the table records one base).
 *
 * SPLITTING.  split(), subgroup() and except* all walk the group tree
 * with a matcher -- an exception type (or tuple), a predicate, or, for
 * except*'s re-raise, the set of leaf exceptions a handler re-raised --
 * and rebuild the matching and non-matching parts with derive(), copying
 * the original's traceback, cause, context and notes onto each part.
 */
#include "objects/exception.h"

#include <stdio.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/vm.h"

static inline ExcGroup *as_group(Value v) { return (ExcGroup *)kr_as_obj(v); }

bool kr_exception_is_group(Value v)
{
    return kr_is_exc(v) && kr_isinstance_type(v, &kr_exc_BaseExceptionGroup);
}

/* PySequence_Check: anything with __getitem__ that is not a mapping. */
static bool is_sequence(Value v)
{
    Type *t = kr_type_of(v);
    return t->getitem && !(t->flags & KR_TYPE_DICT_SUBCLASS);
}

/* ---- construction ---------------------------------------------------------------- */

/* Check the sub-exceptions; *base_nested: one is not an Exception. */
static Tuple *check_exceptions(Thread *th, Value seq, bool *base_nested)
{
    if (!is_sequence(seq)) {
        kr_err_set_string(th, &kr_exc_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    Value t = kr_vm_call(th, kr_from_obj(&kr_tuple_type), &seq, 1, NULL);
    if (!t)
        return NULL;
    Tuple *excs = kr_as_tuple(t);
    if (excs->size == 0) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "second argument (exceptions) must be a non-empty sequence");
        return NULL;
    }
    for (int64_t i = 0; i < excs->size; i++) {
        if (!kr_is_exc(excs->items[i])) {
            kr_err_format(th, &kr_exc_ValueError,
                          "Item %lld of second argument (exceptions) is not an exception",
                          (long long)i);
            return NULL;
        }
        if (!kr_isinstance_type(excs->items[i], &kr_exc_Exception))
            *base_nested = true;
    }
    return excs;
}

static Value group_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (nargs != 2) {
        kr_err_format(th, &kr_exc_TypeError,
                      "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
        return KR_VALUE_NULL;
    }
    if (!kr_is_str(args[0])) {
        kr_err_format(th, &kr_exc_TypeError,
                      "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                      kr_arg_type_name(args[0]));
        return KR_VALUE_NULL;
    }
    if (kwnames && kwnames->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", t->name);
        return KR_VALUE_NULL;
    }
    bool base_nested = false;
    Tuple *excs = check_exceptions(th, args[1], &base_nested);
    if (!excs)
        return KR_VALUE_NULL;
    if (t == &kr_exc_BaseExceptionGroup) {
        if (!base_nested)
            t = &kr_exc_ExceptionGroup;
    } else if (t == &kr_exc_ExceptionGroup) {
        if (base_nested) {
            kr_err_set_string(th, &kr_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            return KR_VALUE_NULL;
        }
    } else if (base_nested && kr_type_is_subtype(t, &kr_exc_Exception)) {
        kr_err_format(th, &kr_exc_TypeError, "Cannot nest BaseExceptions in '%s'", t->name);
        return KR_VALUE_NULL;
    }
    ExcGroup *g = kr_gc_alloc(t->size);
    if (!g) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    g->exc.hdr.type = t;
    g->exc.args = kr_tuple_from_array(th, args, 2);
    if (!g->exc.args)
        return KR_VALUE_NULL;
    g->exc.traceback = g->exc.cause = g->exc.context = KR_NONE;
    g->msg = args[0];
    g->excs = kr_from_obj(excs);
    return kr_from_obj(g);
}

/* BaseExceptionGroup(msg, excs) called from C: upgraded to ExceptionGroup
 * when every member is an Exception. */
static Value make_group(Thread *th, Value msg, Value excs)
{
    Value args[2] = {msg, excs};
    return kr_vm_call(th, kr_from_obj(&kr_exc_BaseExceptionGroup), args, 2, NULL);
}

static Value group_str(Thread *th, Value v)
{
    ExcGroup *g = as_group(v);
    int64_t n = kr_as_tuple(g->excs)->size;
    Buf b;
    char tail[64];
    kr_buf_init(&b);
    kr_str_to_buf(&b, kr_as_str(g->msg));
    snprintf(tail, sizeof tail, " (%lld sub-exception%s)", (long long)n, n > 1 ? "s" : "");
    kr_buf_puts(&b, tail);
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value get_message(Thread *th, Value self) { return as_group(self)->msg; }
static Value get_exceptions(Thread *th, Value self) { return as_group(self)->excs; }

/* CPython's argument errors for the group methods: split and subgroup
 * unpack a tuple (PyArg_UnpackTuple), derive parses one ("O"), add_note
 * is METH_O. */
enum { ARGS_UNPACK, ARGS_PARSE, ARGS_METH_O };

static int one_arg(Thread *th, const char *name, int style, size_t nargs, Tuple *kwnames)
{
    if (kwnames && kwnames->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs == 1)
        return 0;
    if (style == ARGS_UNPACK)
        kr_err_format(th, &kr_exc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
    else if (style == ARGS_PARSE)
        kr_err_format(th, &kr_exc_TypeError, "function takes exactly 1 argument (%zu given)", nargs);
    else
        kr_err_format(th, &kr_exc_TypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
    return -1;
}

/* ---- splitting ------------------------------------------------------------------- */

typedef enum MatcherKind { MATCH_TYPE, MATCH_PREDICATE, MATCH_LEAVES } MatcherKind;

typedef struct Matcher {
    MatcherKind kind;
    Value v;            /* the type or tuple; the predicate; a List of leaves */
} Matcher;

static bool is_exc_class(Value v)
{
    return kr_is_obj(v) && (kr_type_of(v)->flags & KR_TYPE_TYPE_SUBCLASS) &&
           (((Type *)kr_as_obj(v))->flags & KR_TYPE_EXC_SUBCLASS);
}

static int matcher_of(Thread *th, Value v, Matcher *m)
{
    bool types = is_exc_class(v);
    if (kr_is_tuple(v)) {
        types = true;
        for (int64_t i = 0; i < kr_as_tuple(v)->size; i++)
            types &= is_exc_class(kr_as_tuple(v)->items[i]);
    }
    if (types) {
        *m = (Matcher){MATCH_TYPE, v};
        return 0;
    }
    if (kr_type_of(v)->call) {
        *m = (Matcher){MATCH_PREDICATE, v};
        return 0;
    }
    kr_err_set_string(th, &kr_exc_TypeError,
                      "expected a function, exception type or tuple of exception types");
    return -1;
}

static int matches(Thread *th, Value exc, const Matcher *m)
{
    switch (m->kind) {
    case MATCH_TYPE:
        return kr_vm_exc_match(th, exc, m->v);
    case MATCH_PREDICATE: {
        Value r = kr_vm_call(th, m->v, &exc, 1, NULL);
        return r ? kr_object_truth(th, r) : -1;
    }
    case MATCH_LEAVES:
        if (kr_exception_is_group(exc))
            return 0;
        for (int64_t i = 0; i < kr_as_list(m->v)->size; i++)
            if (kr_as_list(m->v)->items[i] == exc)
                return 1;
        return 0;
    }
    return 0;
}

static Value get_notes(Thread *th, Value exc)
{
    Dict *d = ((Exc *)kr_as_obj(exc))->dict;
    return d ? kr_dict_get_str(d, KR_NAME(th, __notes__)) : KR_VALUE_NULL;
}

/* orig.derive(excs) with orig's traceback, cause, context and notes. */
static Value subset(Thread *th, Value orig, List *excs)
{
    Value derive = kr_object_getattr(th, orig, KR_NAME(th, derive));
    Value arg = kr_from_obj(excs);
    Value eg = derive ? kr_vm_call(th, derive, &arg, 1, NULL) : KR_VALUE_NULL;
    if (!eg)
        return KR_VALUE_NULL;
    if (!kr_exception_is_group(eg)) {
        kr_err_set_string(th, &kr_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
        return KR_VALUE_NULL;
    }
    Exc *o = (Exc *)kr_as_obj(orig), *e = (Exc *)kr_as_obj(eg);
    e->traceback = o->traceback;
    e->context = o->context;
    e->cause = o->cause;
    e->suppress_context = true;   /* as PyException_SetCause does */
    Value notes = get_notes(th, orig);
    if (notes && is_sequence(notes)) {
        List *copy = kr_list_from_iterable(th, notes);
        if (!copy || kr_object_setattr(th, eg, KR_NAME(th, __notes__), kr_from_obj(copy)) < 0)
            return KR_VALUE_NULL;
    }
    return eg;
}

/* Split exc by m: *match and *rest are the parts (None when empty). */
static int split(Thread *th, Value exc, const Matcher *m, bool with_rest, Value *match, Value *rest)
{
    *match = *rest = KR_NONE;
    if (kr_c_stack_exhausted(th)) {
        kr_err_set_string(th, &kr_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    int r = matches(th, exc, m);
    if (r) {
        *match = exc;
        return r < 0 ? -1 : 0;
    }
    if (!kr_exception_is_group(exc)) {
        if (with_rest)
            *rest = exc;
        return 0;
    }
    Tuple *excs = kr_as_tuple(as_group(exc)->excs);
    List *ml = kr_list_new(th, 0), *rl = kr_list_new(th, 0);
    if (!ml || !rl)
        return -1;
    for (int64_t i = 0; i < excs->size; i++) {
        Value sm, sr;
        if (split(th, excs->items[i], m, with_rest, &sm, &sr) < 0)
            return -1;
        if ((sm != KR_NONE && kr_list_append(th, ml, sm) < 0) ||
            (sr != KR_NONE && kr_list_append(th, rl, sr) < 0))
            return -1;
    }
    if (ml->size && !(*match = subset(th, exc, ml)))
        return -1;
    if (rl->size && !(*rest = subset(th, exc, rl)))
        return -1;
    return 0;
}

static Value group_split(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kwnames)
{
    Matcher m;
    Value match, rest;
    if (one_arg(th, "split", ARGS_UNPACK, nargs - 1, kwnames) < 0 ||
        matcher_of(th, args[1], &m) < 0 || split(th, args[0], &m, true, &match, &rest) < 0)
        return KR_VALUE_NULL;
    Value pair[2] = {match, rest};
    Tuple *t = kr_tuple_from_array(th, pair, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value group_subgroup(Thread *th, Value unused, const Value *args, size_t nargs,
                            Tuple *kwnames)
{
    Matcher m;
    Value match, rest;
    if (one_arg(th, "subgroup", ARGS_UNPACK, nargs - 1, kwnames) < 0 ||
        matcher_of(th, args[1], &m) < 0 || split(th, args[0], &m, false, &match, &rest) < 0)
        return KR_VALUE_NULL;
    return match;
}

static Value group_derive(Thread *th, Value unused, const Value *args, size_t nargs,
                          Tuple *kwnames)
{
    if (one_arg(th, "derive", ARGS_PARSE, nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return make_group(th, as_group(args[0])->msg, args[1]);
}

/* ---- add_note ---------------------------------------------------------------------- */

Value kr_exception_add_note(Thread *th, Value unused, const Value *args, size_t nargs,
                            Tuple *kwnames)
{
    if (one_arg(th, "BaseException.add_note", ARGS_METH_O, nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Value note = args[1];
    if (!kr_is_str(note)) {
        kr_err_format(th, &kr_exc_TypeError, "note must be a str, not '%s'", kr_type_name(note));
        return KR_VALUE_NULL;
    }
    Value notes = kr_object_getattr(th, args[0], KR_NAME(th, __notes__));
    if (!notes) {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
        List *l = kr_list_new(th, 0);
        if (!l || kr_object_setattr(th, args[0], KR_NAME(th, __notes__), kr_from_obj(l)) < 0)
            return KR_VALUE_NULL;
        notes = kr_from_obj(l);
    }
    if (!kr_is_list(notes)) {
        kr_err_set_string(th, &kr_exc_TypeError, "Cannot add note: __notes__ is not a list");
        return KR_VALUE_NULL;
    }
    if (kr_list_append(th, kr_as_list(notes), note) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

/* ---- except* ------------------------------------------------------------------------ */

/* An except* clause may not name a group type (nor a non-exception). */
static int check_star_type(Thread *th, Value type)
{
    const Tuple *types = kr_is_tuple(type) ? kr_as_tuple(type) : NULL;
    int64_t n = types ? types->size : 1;
    for (int64_t i = 0; i < n; i++) {
        Value t = types ? types->items[i] : type;
        if (!is_exc_class(t)) {
            kr_err_set_string(th, &kr_exc_TypeError,
                              "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
        if (kr_type_is_subtype((Type *)kr_as_obj(t), &kr_exc_BaseExceptionGroup)) {
            kr_err_set_string(th, &kr_exc_TypeError,
                              "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return -1;
        }
    }
    return 0;
}

int kr_exception_star_match(Thread *th, Value exc, Value type, Value *match, Value *rest)
{
    if (check_star_type(th, type) < 0)
        return -1;
    *match = KR_NONE;
    *rest = exc;
    if (exc == KR_NONE)
        return 0;
    int r = kr_vm_exc_match(th, exc, type);
    if (r < 0)
        return -1;
    if (r) {
        *rest = KR_NONE;
        if (kr_exception_is_group(exc)) {
            *match = exc;
            return 0;
        }
        /* a naked exception is handled as a group of one */
        Tuple *one = kr_tuple_from_array(th, &exc, 1);
        Value g = one ? make_group(th, kr_from_obj(th->vm->empty_str), kr_from_obj(one)) : KR_VALUE_NULL;
        if (!g)
            return -1;
        /* 3.11.2 (the oracle) leaves the wrapper without a traceback;
         * later 3.11 releases copy the exception's */
        *match = g;
        return 0;
    }
    if (!kr_exception_is_group(exc))
        return 0;
    Value fn = kr_object_getattr(th, exc, KR_NAME(th, split));
    Value pair = fn ? kr_vm_call(th, fn, &type, 1, NULL) : KR_VALUE_NULL;
    if (!pair)
        return -1;
    if (!kr_is_tuple(pair) || kr_as_tuple(pair)->size != 2) {
        kr_err_format(th, &kr_exc_TypeError, "%s.split must return a 2-tuple, got %s",
                      kr_type_name(exc), kr_type_name(pair));
        return -1;
    }
    *match = kr_as_tuple(pair)->items[0];
    *rest = kr_as_tuple(pair)->items[1];
    return 0;
}

/* A handler re-raised e (a bare `raise`) rather than raising something new
 * when e carries exactly orig's traceback, cause and context.  Notes are
 * not compared: in 3.11.2 (the oracle) a note added before a bare `raise`
 * still counts as a re-raise. */
static bool same_metadata(Value e, Value orig)
{
    Exc *a = (Exc *)kr_as_obj(e), *b = (Exc *)kr_as_obj(orig);
    return a->traceback == b->traceback && a->cause == b->cause && a->context == b->context;
}

static int collect_leaves(Thread *th, Value e, List *leaves)
{
    if (kr_c_stack_exhausted(th)) {
        kr_err_set_string(th, &kr_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    if (!kr_exception_is_group(e))
        return kr_list_append(th, leaves, e);
    Tuple *excs = kr_as_tuple(as_group(e)->excs);
    for (int64_t i = 0; i < excs->size; i++)
        if (collect_leaves(th, excs->items[i], leaves) < 0)
            return -1;
    return 0;
}

Value kr_exception_prep_reraise_star(Thread *th, Value orig, List *excs)
{
    if (excs->size == 0)
        return KR_NONE;
    if (!kr_exception_is_group(orig))
        return excs->items[0];   /* a naked exception: at most one handler ran */
    List *raised = kr_list_new(th, 0), *leaves = kr_list_new(th, 0);
    if (!raised || !leaves)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < excs->size; i++) {
        Value e = excs->items[i];
        if (e == KR_NONE)
            continue;
        int r = same_metadata(e, orig) ? collect_leaves(th, e, leaves)
                                           : kr_list_append(th, raised, e);
        if (r < 0)
            return KR_VALUE_NULL;
    }
    /* the part of orig made of the leaves that were re-raised */
    Matcher m = {MATCH_LEAVES, kr_from_obj(leaves)};
    Value reraised, unused;
    if (split(th, orig, &m, false, &reraised, &unused) < 0)
        return KR_VALUE_NULL;
    if (raised->size == 0)
        return reraised;
    if (reraised != KR_NONE && kr_list_append(th, raised, reraised) < 0)
        return KR_VALUE_NULL;
    return make_group(th, kr_from_obj(th->vm->empty_str), kr_from_obj(raised));
}

/* ---- the types ---------------------------------------------------------------------- */

static const MemberDef group_members[] = {
    {"message", 0, get_message, NULL, NULL, KR_MEMBER_READONLY},
    {"exceptions", 0, get_exceptions, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static const MethodDef group_methods[] = {
    {"derive", group_derive, "($self, excs, /)", NULL, 0},
    {"split", group_split, "($self, matcher_value, /)", NULL, 0},
    {"subgroup", group_subgroup, "($self, matcher_value, /)", NULL, 0},
    {0},
};

void kr_exception_group_setup(void)
{
    Type *t = &kr_exc_BaseExceptionGroup;
    t->size = sizeof(ExcGroup);
    t->new_ = group_new;
    t->str = group_str;
    t->members = group_members;
    t->methods = group_methods;
    /* the table gave ExceptionGroup Exc's slots: it must not inherit them */
    kr_exc_ExceptionGroup.size = sizeof(ExcGroup);
    kr_exc_ExceptionGroup.new_ = group_new;
    kr_exc_ExceptionGroup.str = group_str;
}

int kr_exception_group_finish(Thread *th)
{
    /* ExceptionGroup(BaseExceptionGroup, Exception): the MRO
     * (ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object) */
    Type *t = &kr_exc_ExceptionGroup;
    Value bases[2] = {kr_from_obj(&kr_exc_BaseExceptionGroup), kr_from_obj(&kr_exc_Exception)};
    Value mro[5] = {kr_from_obj(t), bases[0], bases[1], kr_from_obj(&kr_exc_BaseException),
                    kr_from_obj(&kr_object_type)};
    Tuple *b = kr_tuple_from_array(th, bases, 2), *m = kr_tuple_from_array(th, mro, 5);
    if (!b || !m)
        return -1;
    t->bases = b;
    t->mro = m;
    return 0;
}
