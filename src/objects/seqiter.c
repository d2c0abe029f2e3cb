/*
 * seqiter.c -- the old sequence iteration protocol (CPython's `iterator`
 * type): a class with __getitem__ and no __iter__ iterates by calling
 * __getitem__(0), (1), ... until IndexError or StopIteration.  re's
 * parser relies on it (its SubPattern defines only __getitem__/__len__).
 * type.c points such classes' iter slot at kr_seqiter_new.
 */
#include "objects/object.h"

#include "gc/gc.h"
#include "objects/exception.h"
#include "objects/seq.h"
#include "objects/tuple.h"
#include "core/state.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct SeqIter {
    Obj hdr;
    Value seq;            /* KR_VALUE_NULL once exhausted */
    int64_t index;
} SeqIter;

static Type seqiter_type;

Value kr_seqiter_new(Thread *th, Value seq)
{
    if (!(seqiter_type.flags & KR_TYPE_READY) && kr_type_ready(th, &seqiter_type) < 0)
        return KR_VALUE_NULL;
    SeqIter *it = kr_gc_alloc(sizeof *it);
    if (!it) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    it->hdr.type = &seqiter_type;
    it->seq = seq;
    return kr_from_obj(it);
}

static Value seqiter_next(Thread *th, Value self)
{
    SeqIter *it = (SeqIter *)kr_as_obj(self);
    if (!it->seq)
        return KR_VALUE_NULL;
    Value v = kr_object_getitem(th, it->seq, kr_from_smallint(it->index));
    if (v) {
        it->index++;
        return v;
    }
    if (kr_err_matches(th, &kr_exc_IndexError) || kr_err_matches(th, &kr_exc_StopIteration)) {
        kr_err_clear(th);
        it->seq = KR_VALUE_NULL;
    }
    return KR_VALUE_NULL;
}

static Value seqiter_iter(Thread *th, Value self) { return self; }

/* (iter, (seq,), index) while running, (iter, ((),)) once done: CPython's
 * iter_reduce; __setstate__ moves the index (never below 0). */
static Value seqiter_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                            Tuple *kwnames)
{
    if (kr_call_check_args(th, "__reduce__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    SeqIter *it = (SeqIter *)kr_as_obj(args[0]);
    if (!it->seq)
        return kr_seq_iter_reduce(th, KR_VALUE_NULL, 0, kr_from_obj(th->vm->empty_tuple));
    return kr_seq_iter_reduce(th, it->seq, it->index, KR_NONE);
}

static Value seqiter_setstate(Thread *th, Value unused, const Value *args, size_t nargs,
                              Tuple *kwnames)
{
    if (kr_call_check_args(th, "__setstate__", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    SeqIter *it = (SeqIter *)kr_as_obj(args[0]);
    int64_t index;
    if (kr_seq_setstate_index(th, args[1], -1, &index) < 0)
        return KR_VALUE_NULL;
    if (it->seq)
        it->index = index;
    return KR_NONE;
}

static const MethodDef seqiter_methods[] = {
    {"__reduce__", seqiter_reduce, NULL, NULL, 0},
    {"__setstate__", seqiter_setstate, NULL, NULL, 0},
    {0},
};

static Type seqiter_type = {
    .hdr = {&kr_type_type}, .name = "iterator", .size = sizeof(SeqIter),
    .iter = seqiter_iter, .next = seqiter_next, .methods = seqiter_methods,
};
