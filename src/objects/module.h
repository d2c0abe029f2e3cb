/*
 * module.h -- module objects: a name and a namespace dict.
 */
#ifndef KR_MODULE_H
#define KR_MODULE_H

#include "objects/object.h"

typedef struct Module {
    Obj hdr;
    Dict *dict;
    Str *name;
} Module;

extern Type kr_module_type;

KR_MUST_CHECK Module *kr_module_new(Thread *th, Str *name);
/* Add the functions of a method table to a module's dict. */
KR_MUST_CHECK int kr_module_add_functions(Thread *th, Module *m, const MethodDef *defs);

#endif
