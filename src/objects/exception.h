/*
 * exception.h -- exception objects and the builtin exception hierarchy.
 *
 * The hierarchy is one table, exceptions.def (STYLE.md principle 4): each
 * line names a class, its base and its C struct.  From it come the static
 * Type objects (kr_exc_ValueError, ...), their registration in builtins,
 * and nothing else needs to list them.
 *
 * Every instance is an Exc: args, the traceback, __cause__, __context__,
 * __suppress_context__, and a dict for attributes that Python code sets
 * (and for subclasses' fields until shapes arrive).
 */
#ifndef KR_EXCEPTION_H
#define KR_EXCEPTION_H

#include "objects/list.h"
#include "objects/object.h"

typedef struct Exc {
    Obj hdr;
    Tuple *args;
    Value traceback;          /* Traceback or KR_NONE */
    Value cause;              /* KR_NONE when unset */
    Value context;            /* KR_NONE when unset */
    bool suppress_context;
    Dict *dict;               /* NULL until needed */
} Exc;

/* BaseExceptionGroup and its subclasses (exception_group.c). */
typedef struct ExcGroup {
    Exc exc;
    Value msg;                /* str */
    Value excs;               /* Tuple of exceptions, non-empty */
} ExcGroup;

/* One traceback entry per frame the exception passed through (innermost
 * last in the chain; tb_next points inward, as CPython's). */
/* StopIteration's value: its first argument unless `value` was assigned. */
Value kr_exception_stop_value(Thread *th, Value exc);

typedef struct Traceback {
    Obj hdr;
    Value next;               /* Traceback or KR_NONE */
    Value code;               /* the frame's Code */
    uint32_t pc;
    int lineno;
    int64_t lasti;            /* tb_lasti: 2 * pc, or what TracebackType() was given */
    /* For tb_frame (vm/frame.c kr_frame_object_of_tb), made on first use:
     * the activation's record and registers (to find it while it still
     * runs) and what a detached frame object shows once it has returned. */
    Value frame;              /* the frame object, once made; else NULL */
    struct Frame *rec;
    Value *regs;
    Dict *globals, *builtins, *locals;
    Value *saved;             /* a function's registers (locals, cells, free
                                 variables) as the exception left it */
} Traceback;

#define KR_EXC(name, base) extern Type kr_exc_##name;
#include "objects/exceptions.def"
#undef KR_EXC

extern Type kr_traceback_type;

static inline bool kr_is_exc(Value v)
{
    return kr_is_obj(v) && (kr_as_obj(v)->type->flags & KR_TYPE_EXC_SUBCLASS);
}

/* Make all exception types ready and add them to a namespace dict. */
KR_MUST_CHECK int kr_exception_init(Thread *th, Dict *builtins);
/* A new instance of type with the given args. */
KR_MUST_CHECK Value kr_exception_new(Thread *th, Type *type, const Value *args, size_t nargs);
/* Prepend a traceback entry for frame f at instruction pc to exc's
 * traceback. */
int kr_exception_add_tb(Thread *th, Value exc, struct Frame *f, uint32_t pc, int lineno);


/* ---- exception groups and notes (exception_group.c) ---- */
bool kr_exception_is_group(Value v);
/* except*: split exc by the clause's type into *match (handled, None when
 * nothing matches; a naked exception comes wrapped in a group) and *rest. */
KR_MUST_CHECK int kr_exception_star_match(Thread *th, Value exc, Value type, Value *match,
                                          Value *rest);
/* except*: what to raise after the handlers ran, given the exception
 * handled and the list of what handlers raised plus the unhandled rest
 * (None entries skipped); None when nothing is left. */
KR_MUST_CHECK Value kr_exception_prep_reraise_star(Thread *th, Value orig, List *excs);
/* BaseException.add_note */
/* (type(exc), args[, __dict__]): BaseException.__reduce__, which OSError's
 * reuses with its own args. */
KR_MUST_CHECK Value kr_exception_reduce_with(Thread *th, Value exc, Tuple *args);
Value kr_exception_add_note(Thread *th, Value unused, const Value *args, size_t nargs,
                            Tuple *kwnames);
void kr_exception_group_setup(void);
KR_MUST_CHECK int kr_exception_group_finish(Thread *th);

#endif
