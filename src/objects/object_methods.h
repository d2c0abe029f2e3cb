/*
 * object_methods.h -- the methods of `object` defined in object_methods.c,
 * as MethodDef entries for object's table in type.c (which adds the
 * class-protocol ones, __init_subclass__).
 */
#ifndef KR_OBJECT_METHODS_H
#define KR_OBJECT_METHODS_H

#include "objects/object.h"

#define KR_OBJECT_METHOD_FN(name) \
    Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kwnames)

KR_OBJECT_METHOD_FN(kr_object_format_m);
KR_OBJECT_METHOD_FN(kr_object_sizeof_m);
KR_OBJECT_METHOD_FN(kr_object_dir_m);
KR_OBJECT_METHOD_FN(kr_object_getstate_m);
KR_OBJECT_METHOD_FN(kr_object_subclasshook_m);
KR_OBJECT_METHOD_FN(kr_object_reduce_m);     /* object_reduce.c */
KR_OBJECT_METHOD_FN(kr_object_reduce_ex_m);
KR_OBJECT_METHOD_FN(kr_set_reduce_m);        /* set and frozenset */
/* (getattr, (owner, name)): how a method, a slot wrapper or a descriptor
 * pickles (object_reduce.c); name is a C string. */
KR_MUST_CHECK Value kr_object_getattr_reduction(Thread *th, Value owner, const char *name);
/* self.__getstate__(): the state a builtin container's __reduce__ sends
 * (CPython's _PyObject_GetState): None, the __dict__, or (dict, slots). */
KR_MUST_CHECK Value kr_object_call_getstate(Thread *th, Value self);

#define KR_OBJECT_METHOD_DEFS                                                                 \
    {"__format__", kr_object_format_m, "($self, format_spec, /)", "Default object formatter.", 0}, \
    {"__sizeof__", kr_object_sizeof_m, "($self, /)", "Size of object in memory, in bytes.", 0},   \
    {"__dir__", kr_object_dir_m, "($self, /)", "Default dir() implementation.", 0},              \
    {"__getstate__", kr_object_getstate_m, "($self, /)", "Helper for pickle.", 0},                \
    {"__reduce__", kr_object_reduce_m, "($self, /)", "Helper for pickle.", 0},                   \
    {"__reduce_ex__", kr_object_reduce_ex_m, "($self, protocol, /)", "Helper for pickle.", 0},  \
    {"__subclasshook__", kr_object_subclasshook_m, NULL,                                        \
     "Abstract classes can override this to customize issubclass().",                            \
     KR_METH_CLASS | KR_METH_VARARGS},

#endif
