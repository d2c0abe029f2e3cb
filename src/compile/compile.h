/*
 * compile.h -- AST to code objects: the compiler's public face.
 */
#ifndef KR_COMPILE_H
#define KR_COMPILE_H

#include "objects/code.h"
#include "parse/ast.h"
#include "parse/diag.h"

typedef enum CompileStatus {
    COMPILE_OK,
    COMPILE_SYNTAX_ERROR,     /* *err holds it (symbol table or compiler) */
    COMPILE_ERROR,            /* an exception is pending in th (MemoryError, ...) */
    COMPILE_RECURSION,        /* "maximum recursion depth exceeded during compilation" */
} CompileStatus;

/* Compile a Module.  src[0..len) is the source (for SyntaxError text). */
CompileStatus kr_compile_module(Thread *th, Arena *arena, Mod *mod, const char *filename,
                                const char *src, size_t len, Code **out, SyntaxErr *err);

/* Compile any Mod: a Module, an Expression (its code returns the value)
 * or an Interactive statement (expression statements call
 * sys.displayhook).  future_flags: features given by compile()'s flags
 * (KR_FUTURE_*, symtable.h), added to the module's own.  optimize is
 * compile()'s: -1 the interpreter's (-O), 1 drops asserts and makes
 * __debug__ False, 2 also drops docstrings. */
CompileStatus kr_compile_mod(Thread *th, Arena *arena, Mod *mod, const char *filename,
                             const char *src, size_t len, int future_flags, int optimize,
                             Code **out, SyntaxErr *err);

#endif
