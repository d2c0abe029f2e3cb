/*
 * argparse.h -- argument binding for builtin methods with keywords, with
 * Argument Clinic's messages (CPython's _PyArg_UnpackKeywords).
 *
 * A method declares its parameters as a NULL-terminated list of names;
 * the first `maxpos` may be given by position, the rest only by keyword,
 * and the first `minreq` are required.  Positional-only parameters are
 * those before `posonly`; naming them is the "invalid keyword" error.
 * Methods whose parameters are all positional-only keep using
 * kr_call_check_args, whose messages are _PyArg_CheckPositional's.
 *
 * This is the stop-gap before parsing is derived from MethodDef.sig
 * (STYLE.md principle 9): same inputs, so the switch will be mechanical.
 */
#ifndef KR_ARGPARSE_H
#define KR_ARGPARSE_H

#include "objects/object.h"
#include "objects/tuple.h"

typedef struct ArgSpec {
    const char *fname;              /* "to_bytes" */
    const char *const *names;       /* every parameter, NULL-terminated */
    int posonly;                    /* how many are positional-only */
    int maxpos;                     /* how many may be given by position */
    int minreq;                     /* how many are required */
} ArgSpec;

/* Fills out[0..n) (n = number of names); parameters not given stay as the
 * caller initialised them.  0 on success, -1 with TypeError set. */
KR_MUST_CHECK int kr_argparse(Thread *th, const ArgSpec *spec, const Value *args, size_t nargs,
                              Tuple *kwnames, Value *out);

/* A method of no arguments (METH_NOARGS): "int.bit_count() takes no
 * arguments (1 given)".  qualname is "type.method"; nargs excludes self. */
KR_MUST_CHECK int kr_argparse_noargs(Thread *th, const char *qualname, size_t nargs,
                                     Tuple *kwnames);
/* A method of exactly one argument (METH_O): "float.fromhex() takes
 * exactly one argument (0 given)". */
KR_MUST_CHECK int kr_argparse_one(Thread *th, const char *qualname, size_t nargs,
                                  Tuple *kwnames);
/* Positional-only parameters (_PyArg_CheckPositional): "center expected at
 * least 1 argument, got 0", and "str.center() takes no keyword arguments". */
KR_MUST_CHECK int kr_argparse_pos(Thread *th, const char *qualname, size_t nargs, size_t min,
                                  size_t max, Tuple *kwnames);

/* One of the three above by arity: (0, 0) noargs, (1, 1) one, else pos. */
KR_MUST_CHECK int kr_argparse_check(Thread *th, const char *qualname, size_t nargs, size_t min,
                                    size_t max, Tuple *kwnames);

/* The index in kwnames of the keyword `name` (an ASCII C string), or -1. */
int kr_argparse_find_keyword(Tuple *kwnames, const char *name);

/* kr_argparse_check for a method shared by several types (dict/set/bytes
 * families): the qualified name "<type of self>.name" is composed only
 * when an error is reported. */
KR_MUST_CHECK int kr_argparse_check_of_slow(Thread *th, Value self, const char *name,
                                            size_t nargs, size_t min, size_t max,
                                            Tuple *kwnames);
/* inline: the count check is all a well-formed call pays (helper pgen) */
KR_MUST_CHECK static inline int kr_argparse_check_of(Thread *th, Value self, const char *name,
                                                     size_t nargs, size_t min, size_t max,
                                                     Tuple *kwnames)
{
    if ((!kwnames || kwnames->size == 0) && nargs >= min && nargs <= max)
        return 0;
    return kr_argparse_check_of_slow(th, self, name, nargs, min, max, kwnames);
}

#endif
