/*
 * structseq.h -- struct sequences: tuples whose items also have names
 * (CPython's PyStructSequence; sys.version_info, sys.flags,
 * os.stat_result, time.struct_time).
 *
 * A struct sequence type is made at run time from a StructSeqDesc and is
 * a subclass of tuple with the tuple's layout:
 *
 *   | type | size = n_in_sequence | items[n_fields] |
 *
 * The first n_in_sequence fields are the tuple's items; the rest (such as
 * os.stat_result's st_atime float) follow them in the same block but are
 * outside `size`, so only their names reach them.  Each field is a member
 * descriptor reading its slot, and repr shows the visible fields as
 * `name(field=value, ...)`.
 */
#ifndef KR_STRUCTSEQ_H
#define KR_STRUCTSEQ_H

#include "objects/object.h"

typedef struct StructSeqDesc {
    const char *name;             /* tp_name, e.g. "sys.version_info" */
    const char *const *fields;    /* field names, NULL-ended */
    int n_in_sequence;            /* how many are tuple items */
    bool constructible;           /* may Python code call the type? */
} StructSeqDesc;

/* Make the type (ready, immutable).  NULL with an exception. */
KR_MUST_CHECK Type *kr_structseq_new_type(Thread *th, const StructSeqDesc *desc);
/* The same for a type in static storage (`static Type T;`), as CPython's
 * PyStructSequence_InitType2: fills and readies it once; 0 or -1. */
KR_MUST_CHECK int kr_structseq_init_type(Thread *th, Type *t, const StructSeqDesc *desc);
/* An instance; values holds one Value per field. */
KR_MUST_CHECK Value kr_structseq_new(Thread *th, Type *type, const Value *values);

#endif
