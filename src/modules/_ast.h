/*
 * _ast.h -- the C AST as Python objects: the classes of lib/_ast.py
 * (generated), filled in by modules/_ast.c for compile(..., PyCF_ONLY_AST).
 */
#ifndef KR_MOD_AST_H
#define KR_MOD_AST_H

#include "objects/object.h"
#include "parse/ast.h"

/* The tree as _ast node objects (imports _ast on first use). */
KR_MUST_CHECK Value kr_mod__ast_from_mod(Thread *th, const Mod *mod);
/* A tree of node objects as a C AST in arena, checked with CPython's
 * messages; mode 0, 1, 2 wants a Module, Expression, Interactive. */
KR_MUST_CHECK Mod *kr_mod__ast_to_mod(Thread *th, Arena *arena, Value tree, int mode);
/* The checks CPython makes of a tree before compiling it (_ast_validate.c):
 * contexts, non-empty bodies, matching lengths; 0, or -1 with a ValueError. */
KR_MUST_CHECK int kr_mod__ast_validate(Thread *th, const Mod *mod);
/* 1 if v is an _ast.AST instance, 0 if not (or _ast was never imported). */
int kr_mod__ast_is_node(Thread *th, Value v);

#endif
