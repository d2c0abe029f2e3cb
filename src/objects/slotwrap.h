/*
 * slotwrap.h -- slot wrappers: the dunders (__add__, __eq__, __len__, ...)
 * that builtin types expose for the slots they fill (see slotwrap.c).
 */
#ifndef KR_SLOTWRAP_H
#define KR_SLOTWRAP_H

#include "objects/object.h"

/* 'wrapper_descriptor' (int.__add__) and 'method-wrapper' ((1).__add__). */
extern Type kr_wrapper_descr_type, kr_method_wrapper_type;

/* Add a wrapper to t's dict for each slot `own` (t's static description,
 * before inheritance) fills, unless the name is already there.  0 or -1. */
KR_MUST_CHECK int kr_slotwrap_add(Thread *th, Type *t, const Type *own);

/* The argument check of a binary dunder written by hand (int.__divmod__):
 * one positional argument, with a slot wrapper's messages.  0 or -1. */
KR_MUST_CHECK int kr_slotwrap_check_one(Thread *th, const char *name, size_t nargs,
                                       Tuple *kwnames);

/* Call wrapper descriptor f with argv[0] as self and the rest as its
 * arguments: a heap type's slot that finds a builtin's dunder (type.c's
 * call_dunder) skips the generic call's dispatch. */
Value kr_slotwrap_call(Thread *th, Value f, const Value *argv, size_t nargs);

/* The owner's setitem slot when f is the wrapper of builtin __setitem__
 * (set) or __delitem__ (!set) and self an instance of its owner, else
 * NULL: a class that defines only one of the pair (collections.Counter
 * defines __delitem__) stores through dict's slot with no call between. */
typedef int (*KrSetItemFn)(Thread *th, Value obj, Value key, Value value);
KrSetItemFn kr_slotwrap_setitem_of(Value f, Value self, bool set);

#endif
