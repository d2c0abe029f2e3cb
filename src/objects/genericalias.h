/*
 * genericalias.h -- types.GenericAlias (list[int]) and types.UnionType
 * (int | str); see genericalias.c.
 */
#ifndef KR_GENERICALIAS_H
#define KR_GENERICALIAS_H

#include "objects/object.h"

extern Type kr_genericalias_type, kr_union_type;

/* origin[args]: args a tuple, or one item. */
KR_MUST_CHECK Value kr_genericalias_new(Thread *th, Value origin, Value args);
/* a | b on classes, aliases, unions and None; NotImplemented otherwise. */
KR_MUST_CHECK Value kr_union_or(Thread *th, Value a, Value b);
/* The classes of a union (a tuple). */
Tuple *kr_union_args(Value u);
static inline bool kr_is_union(Value v) { return kr_is_type(v, &kr_union_type); }
/* The __class_getitem__ of builtin generic classes (a KR_METH_CLASS def). */
extern const MethodDef kr_genericalias_class_getitem;
/* Ready both types; give list, tuple, dict, set, frozenset, enumerate
 * their __class_getitem__.  0 or -1. */
KR_MUST_CHECK int kr_genericalias_init(Thread *th);

#endif
