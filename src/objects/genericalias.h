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
/* The classes of a union (a tuple): isinstance()/issubclass() read a
 * union as that tuple (object.c, builtins.c). */
Tuple *kr_union_args(Value u);
static inline bool kr_is_union(Value v) { return kr_is_type(v, &kr_union_type); }
/* The __class_getitem__ of builtin generic classes (a KR_METH_CLASS def),
 * and its function for the MethodDef tables of other types. */
extern const MethodDef kr_genericalias_class_getitem;
KR_MUST_CHECK Value kr_genericalias_class_getitem_m(Thread *th, Value unused, const Value *args,
                                                    size_t nargs, Tuple *kwnames);
#define KR_GENERIC_ALIAS_METHODDEF \
    {"__class_getitem__", kr_genericalias_class_getitem_m, "($cls, item, /)", "See PEP 585", \
     KR_METH_CLASS}
/* Ready both types and give list, tuple, dict, set, frozenset and
 * enumerate their __class_getitem__ (BaseExceptionGroup gets it from vm.c
 * once exceptions exist).  0 or -1. */
KR_MUST_CHECK int kr_genericalias_init(Thread *th);

#endif
