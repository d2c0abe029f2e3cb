/*
 * symtable.h -- scope analysis: which name lives where, for the compiler.
 *
 * Between the parser and the code generator sits CPython's symbol table
 * pass (Python/symtable.c, 3.11 semantics), and krait reproduces it exactly,
 * because the result is observable: it decides LOAD_FAST vs LOAD_DEREF vs
 * LOAD_GLOBAL vs LOAD_NAME, the contents of co_varnames / co_cellvars /
 * co_freevars, the generator/coroutine flags, and a family of SyntaxErrors.
 *
 * The pass has two halves, as in CPython:
 *
 *   1. A walk over the AST builds one SymBlock per scope -- the module, each
 *      class, function and lambda, and each comprehension (3.11 compiles
 *      comprehensions as nested functions; inlining came in 3.12) -- and
 *      records raw facts per name: SYM_DEF_LOCAL (assigned here), SYM_USE,
 *      SYM_DEF_PARAM, SYM_DEF_GLOBAL / SYM_DEF_NONLOCAL (declared), ...
 *      Errors that need only local facts ("name 'x' is parameter and global",
 *      walrus rules in comprehensions, ...) are raised here.
 *   2. An analysis pass walks the block tree top-down with the sets of names
 *      bound and declared global in enclosing scopes, resolving each name to
 *      a SymScope; on the way back up it collects free variables, turns
 *      locals captured by inner functions into cells, and adds the free
 *      names that a function only passes through to an inner closure.
 *      "no binding for nonlocal 'x' found" and friends come from here.
 *
 *     module "top"                         SymBlock tree (children in source
 *       ├── function "f"   params a, b      order, exactly as CPython's
 *       │     └── listcomp  params .0       ste_children); every block owns
 *       └── class "C"                       a table name -> Symbol
 *             └── function "m"              {flags, scope}
 *
 * Annotations under `from __future__ import annotations` are walked in a
 * throw-away annotation block (they become strings, so they bind nothing),
 * which is not linked into the tree -- as in CPython.
 *
 * Representation: flag bits and scope numbers are CPython's own values, so
 * `raw flags | scope << SYM_SCOPE_OFFSET` is exactly the integer Python's
 * `symtable` module exposes, and the differential test (tools/symcheck.py)
 * can compare them bit for bit.  Everything is allocated in the caller's
 * arena (the AST's), so the tables die with the tree; names are the AST's
 * strings, or arena copies where mangling makes a new one.
 *
 * For the compiler: find a scope's block with kr_sym_block_of(st, node)
 * (node = the Mod, the FunctionDef/AsyncFunctionDef/ClassDef Stmt, or the
 * Lambda/ListComp/SetComp/DictComp/GeneratorExp Expr), mangle a name with
 * kr_sym_mangle when inside a class, then kr_sym_scope().  kr_sym_varnames,
 * kr_sym_cellvars and kr_sym_freevars give the ordered name lists from
 * which CPython's compiler derives co_varnames (prefix), co_cellvars and
 * co_freevars; kr_sym_code_flags gives the CO_* bits the block decides.
 * Beyond scopes, the compiler reads: SYM_DEF_FREE_CLASS on a class's symbol
 * (a class-body read of that name is LOAD_CLASSDEREF: namespace first, then
 * the cell), needs_class_closure (create the __class__ cell and store
 * __classcell__), comprehension / generator / coroutine / returns_value for
 * its own errors ("'return' with value in async generator", ...), and
 * SymTable.future_* (annotations as strings; the late-future-import check,
 * which in 3.11 is the compiler's).  Locals other than parameters enter
 * co_varnames in the order the compiler first emits them, as in CPython.
 */
#ifndef KR_SYMTABLE_H
#define KR_SYMTABLE_H

#include "core/arena.h"
#include "parse/ast.h"
#include "parse/diag.h"

/* Raw facts about a name in one block (CPython's DEF_* / USE values). */
enum {
    SYM_DEF_GLOBAL = 1,         /* `global` statement */
    SYM_DEF_LOCAL = 2,          /* bound here: assignment, def, for, with, ... */
    SYM_DEF_PARAM = 4,          /* formal parameter */
    SYM_DEF_NONLOCAL = 8,       /* `nonlocal` statement (or a walrus reaching out) */
    SYM_USE = 16,               /* read */
    SYM_DEF_FREE = 32,          /* (unused by 3.11, kept for the numbering) */
    SYM_DEF_FREE_CLASS = 64,    /* free in a method, and bound in this class */
    SYM_DEF_IMPORT = 128,       /* bound by import */
    SYM_DEF_ANNOT = 256,        /* annotated: `x: int` */
    SYM_DEF_COMP_ITER = 512,    /* a comprehension's iteration variable */
};
#define SYM_DEF_BOUND (SYM_DEF_LOCAL | SYM_DEF_PARAM | SYM_DEF_IMPORT)
#define SYM_SCOPE_OFFSET 11

/* Resolved scope of a name (CPython's scope numbers). */
typedef enum SymScope {
    SCOPE_NONE = 0,             /* name unknown in this block */
    SCOPE_LOCAL = 1,            /* fast local (function) or namespace (module/class) */
    SCOPE_GLOBAL_EXPLICIT = 2,  /* declared `global` */
    SCOPE_GLOBAL_IMPLICIT = 3,  /* not bound in any enclosing function */
    SCOPE_FREE = 4,             /* bound in an enclosing function: read a cell */
    SCOPE_CELL = 5,             /* local, but captured by an inner scope */
} SymScope;

typedef enum BlockType {
    BLOCK_FUNCTION,             /* def, lambda, comprehension */
    BLOCK_CLASS,
    BLOCK_MODULE,
    BLOCK_ANNOTATION,           /* future-annotations only; never in the tree */
} BlockType;

typedef enum CompKind {
    COMP_NONE, COMP_LIST, COMP_DICT, COMP_SET, COMP_GENEXP,
} CompKind;

typedef struct Symbol {
    const char *name;           /* mangled */
    int flags;                  /* SYM_DEF_* / SYM_USE */
    SymScope scope;             /* valid after analysis */
} Symbol;

/* A `global`/`nonlocal` declaration site (or the target of a walrus that
 * reaches out of a comprehension): analysis errors point at it. */
typedef struct SymDirective {
    const char *name;
    int lineno, col_offset, end_lineno, end_col_offset;
} SymDirective;

typedef struct SymBlock SymBlock;
struct SymBlock {
    BlockType type;
    CompKind comprehension;
    const char *name;           /* "top", "lambda", "listcomp", "genexpr", ... or the def's name */
    const void *node;           /* the AST node that opened the block */
    int lineno, col_offset, end_lineno, end_col_offset;
    SymBlock *parent;

    /* Symbols in insertion order (CPython dict order), with a hash index. */
    Symbol *syms;
    int nsyms, symcap;
    int *index;                 /* open addressing: slot -> syms position + 1 */
    int indexcap;               /* power of two */

    const char **params;        /* parameters in order: co_varnames' prefix */
    int nparams, paramcap;
    SymBlock **children;
    int nchildren, childcap;
    SymDirective *directives;
    int ndirectives, directivecap;

    bool nested;                /* inside a function (directly or not) */
    bool free;                  /* has free variables (or implicit globals when nested) */
    bool child_free;            /* some child has free variables */
    bool generator, coroutine;
    bool varargs, varkeywords;
    bool returns_value;         /* `return expr` seen */
    bool needs_class_closure;   /* class: some method uses __class__/super() */
    bool comp_iter_target;      /* walking a comprehension target (pass 1 state) */
    int comp_iter_expr;         /* walking a comprehension iterable (pass 1 state) */
};

/* `from __future__ import ...` features (CPython's CO_FUTURE_* values). */
enum {
    KR_FUTURE_DIVISION = 0x20000,
    KR_FUTURE_ABSOLUTE_IMPORT = 0x40000,
    KR_FUTURE_WITH_STATEMENT = 0x80000,
    KR_FUTURE_PRINT_FUNCTION = 0x100000,
    KR_FUTURE_UNICODE_LITERALS = 0x200000,
    KR_FUTURE_BARRY_AS_BDFL = 0x400000,
    KR_FUTURE_GENERATOR_STOP = 0x800000,
    KR_FUTURE_ANNOTATIONS = 0x1000000,
};

typedef struct SymTable {
    SymBlock *top;
    int future_features;        /* KR_FUTURE_* found in the module */
    int future_lineno;          /* line of the last future import (0: none) */
    /* node -> block map for kr_sym_block_of (open addressing) */
    SymBlock **blocks;
    int nblocks, blockcap;
} SymTable;

typedef enum SymErrorKind {
    SYMERR_NONE,
    SYMERR_SYNTAX,              /* SyntaxError in err */
    SYMERR_RECURSION,           /* RecursionError: "maximum recursion depth exceeded
                                 * during compilation" (no location) */
} SymErrorKind;

typedef struct SymResult {
    SymTable *st;               /* NULL on error */
    SymErrorKind error;
    SyntaxErr err;              /* when error == SYMERR_SYNTAX */
} SymResult;

/* Build and analyse the symbol table of mod (a Module, Interactive or
 * Expression).  Runs the __future__ scan first, as CPython's compile does,
 * so its errors ("future feature x is not defined", "not a chance") come
 * from here too.  src[0..len) is used only for the `text` of an error: pass
 * the raw bytes of the file named filename, as CPython re-reads that file
 * (so a line in a non-UTF-8 file gets no text), or NULL when there is no
 * file (-c, compile() of a string).  future_flags adds features given by
 * the caller (compile()'s flags).  The pass never crashes on a valid AST:
 * nesting deeper than CPython allows gives SYMERR_RECURSION. */
SymResult kr_sym_build(Arena *arena, Mod *mod, const char *filename, const char *src,
                       size_t len, int future_flags);

/* The block opened by an AST node, or NULL. */
SymBlock *kr_sym_block_of(const SymTable *st, const void *node);

/* Private-name mangling: `__x` inside class `C` is `_C__x` (CPython's
 * _Py_Mangle).  private is the innermost enclosing class name or NULL.
 * Returns name itself when nothing changes. */
const char *kr_sym_mangle(Arena *arena, const char *private_name, const char *name);

/* A name's symbol in a block (name already mangled), or NULL. */
const Symbol *kr_sym_lookup(const SymBlock *b, const char *name);
/* Its resolved scope, SCOPE_NONE when absent. */
SymScope kr_sym_scope(const SymBlock *b, const char *name);

/* Parameters in order (the first co_varnames). */
const char *const *kr_sym_varnames(const SymBlock *b, int *n);
/* Sorted names of scope CELL, plus "__class__" for a class that needs the
 * implicit __class__ cell: CPython's u_cellvars.  Arena-allocated. */
const char **kr_sym_cellvars(Arena *arena, const SymBlock *b, int *n);
/* Sorted names of scope FREE or flagged SYM_DEF_FREE_CLASS: u_freevars. */
const char **kr_sym_freevars(Arena *arena, const SymBlock *b, int *n);

/* CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED,
 * CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR as this block decides them
 * (CPython's compute_code_flags without the inherited compiler flags). */
int kr_sym_code_flags(const SymBlock *b);

/* The canonical text of all tables, one line per block and per symbol, as
 * `krait -X dump-symtable` prints it and tools/symcheck.py reproduces from
 * python3.11's `symtable` module. */
void kr_sym_dump(Buf *out, const SymTable *st);

#endif
