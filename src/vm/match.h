/*
 * match.h -- the runtime half of the match statement (PEP 634): what the
 * pattern-matching instructions (ops_match.inc) call.  The compiler half
 * is compile/compile_match.c.
 */
#ifndef KR_MATCH_H
#define KR_MATCH_H

#include "objects/object.h"
#include "objects/tuple.h"

/* Mark the builtin types that sequence, mapping and class patterns treat
 * specially (KR_TYPE_SEQUENCE, KR_TYPE_MAPPING, KR_TYPE_MATCH_SELF). */
void kr_match_init_types(void);
/* MATCH_KEYS: the tuple of subject.get(k) for each key in keys, or None
 * when one is missing. */
KR_MUST_CHECK Value kr_match_keys(Thread *th, Value subject, Value keys);
/* MATCH_CLASS: the tuple of the npos positional and then the keyword
 * attributes (kwnames) if subject is an instance of cls, else None. */
KR_MUST_CHECK Value kr_match_class(Thread *th, Value subject, Value cls, unsigned npos,
                                   Value kwnames);
/* COPY_DICT_WITHOUT_KEYS: dict(subject) without the keys in the tuple. */
KR_MUST_CHECK Value kr_match_copy_without_keys(Thread *th, Value subject, Value keys);

#endif
