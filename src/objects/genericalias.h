/*
 * genericalias.h -- types.GenericAlias (`list[int]`) and types.UnionType
 * (`int | str`).
 */
#ifndef KR_GENERICALIAS_H
#define KR_GENERICALIAS_H

#include "objects/object.h"

extern Type kr_genericalias_type, kr_union_type;

/* GenericAlias(origin, args): args a tuple, or one argument. */
KR_MUST_CHECK Value kr_genericalias_new(Thread *th, Value origin, Value args);
/* a | b for types, aliases, unions and None: a UnionType (or the one
 * argument left after removing duplicates); NotImplemented otherwise. */
KR_MUST_CHECK Value kr_union_or(Thread *th, Value a, Value b);
/* Install __class_getitem__ on the builtin types that have it. */
KR_MUST_CHECK int kr_genericalias_init(Thread *th);

#endif
