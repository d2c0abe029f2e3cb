/*
 * function.h -- callables: Python functions, cells, builtin functions,
 * method descriptors and bound methods.
 *
 * A Function pairs a Code with what a def statement evaluated: globals,
 * defaults, keyword defaults and the closure (a tuple of Cells).  Calling
 * one never recurses on the C stack from the VM: the interpreter pushes a
 * frame and continues (vm/call.c).
 *
 * Builtins are described by a MethodDef (object.h) and wrapped in a
 * Builtin object that may carry a bound `self` (a module, or the object of
 * a bound builtin method).
 */
#ifndef KR_FUNCTION_H
#define KR_FUNCTION_H

#include "objects/object.h"
#include "objects/code.h"

typedef struct Function {
    Obj hdr;
    Code *code;
    Dict *globals;
    Dict *builtins;
    Tuple *defaults;          /* NULL: none */
    Dict *kwdefaults;         /* NULL: none */
    Tuple *closure;           /* NULL: none; else Cells, co_freevars order */
    Str *name, *qualname;
    Value module;             /* __module__ */
    Value doc;
    Dict *dict;               /* NULL until an attribute is set */
    Dict *annotations;        /* NULL until made (def with annotations, or asked) */
} Function;

typedef struct Cell {
    Obj hdr;
    Value ref;                /* KR_VALUE_NULL: empty */
} Cell;

typedef struct Builtin {
    Obj hdr;
    const MethodDef *def;
    Value self;               /* KR_VALUE_NULL: unbound (a plain function) */
    Value module;             /* __module__ name, or NULL */
    Type *owner;              /* a bound method descriptor's type (slot wrappers
                                 call the owner's slot, not self's) */
} Builtin;

/* The type whose method a call of `callable` (a MethodDescr or a bound
 * Builtin made from one) belongs to. */
Type *kr_method_owner(Value callable);

/* An unbound builtin method in a type's dict (list.append). */
typedef struct MethodDescr {
    Obj hdr;
    const MethodDef *def;
    Type *owner;
} MethodDescr;

typedef struct BoundMethod {
    Obj hdr;
    Value func;
    Value self;
} BoundMethod;

extern Type kr_function_type, kr_cell_type, kr_builtin_type, kr_method_descr_type,
    kr_method_type, kr_classmethod_descr_type;

/* __name__, __qualname__, __objclass__, __doc__ of a method descriptor, and
 * of a classmethod_descriptor (same layout). */
Value kr_method_descr_getattr(Thread *th, Value obj, Str *name);

static inline bool kr_is_function(Value v) { return kr_is_obj(v) && kr_as_obj(v)->type == &kr_function_type; }

KR_MUST_CHECK Function *kr_function_new(Thread *th, Code *code, Dict *globals, Str *qualname);
KR_MUST_CHECK Cell *kr_cell_new(Thread *th, Value v);
KR_MUST_CHECK Value kr_builtin_new(Thread *th, const MethodDef *def, Value self, Value module);
KR_MUST_CHECK Value kr_method_descr_new(Thread *th, const MethodDef *def, Type *owner);
KR_MUST_CHECK Value kr_method_new(Thread *th, Value func, Value self);

#endif
