/*
 * compiler.h -- the compiler's internal state, shared by compile.c
 * (statements), compile_expr.c (expressions) and emit.c (instruction
 * buffer, constants, exception and line tables, code objects).
 *
 * One Unit per code object being built (module, class body, function,
 * lambda, comprehension), stacked as the compiler descends.
 *
 * REGISTERS.  A unit's registers are laid out as the frame will be:
 *   [0, nlocals)            local variables (co_varnames; parameters first)
 *   [nlocals, +ncells)      cells of locals captured by inner functions
 *   [.., +nfree)            free variables (cells from the closure)
 *   [ntemps_base, ...)      temporaries, allocated like a stack
 * `top` is the first free temporary; an expression that needs scratch
 * registers takes them at top and gives them back when done (Lua's
 * freereg discipline), so a call's callee and arguments, allocated in
 * order at top, are contiguous, as CALL requires.  `maxregs` becomes the
 * frame size.
 *
 * DEFINITE ASSIGNMENT.  Reading a local that may be unbound must raise
 * UnboundLocalError.  Instead of checking on every read, the compiler
 * tracks which locals are certainly bound on the current path (assigned[])
 * conservatively -- branches restore the state from before them -- and
 * emits CHECK_BOUND only for the others.  A local that is ever deleted
 * (del x, or an `except ... as x` which deletes x) is never assumed bound.
 *
 * Everything here is C data except `consts`, the unit's constant pool,
 * a List in collector memory; Units themselves are therefore allocated
 * with kr_gc_alloc (they hold that pointer), and the instruction, line,
 * and exception arrays are malloc'ed bytes.
 */
#ifndef KR_COMPILER_H
#define KR_COMPILER_H

#include <setjmp.h>

#include "compile/compile.h"
#include "compile/symtable.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "vm/opcodes.h"

/* A block the compiler is inside, for break/continue/return. */
typedef enum FBlockKind {
    FB_LOOP,            /* while / for: break and continue targets */
    FB_FOR_ITER,        /* (unused marker kept for clarity) */
    FB_TRY_BODY,        /* protected range of a try (except or finally) */
    FB_HANDLER,         /* inside an except handler: POP_EXCEPT on exit */
    FB_FINALLY_BODY,    /* try body of try/finally: run the finally on exit */
    FB_FINALLY_END,     /* exceptional finally body: POP_EXCEPT on exit */
    FB_WITH,            /* with body: call __exit__(None, None, None) on exit */
    FB_STAR_HANDLER,    /* except* handler body: no break/continue/return out of it */
    FB_ASYNC_WITH,      /* async with body: await __aexit__(None, None, None) on exit */
} FBlockKind;

typedef struct PatchList {
    int *at;
    int n, cap;
} PatchList;

/* A protected range being emitted: closed pieces become ExcEntry rows. */
typedef struct Protect {
    int start;          /* pc where the current piece began, -1 when paused */
    int handler;        /* label: pc of the handler, patched later */
    int reg;            /* register that receives the exception */
    int *entries;       /* indices of the exception-table rows for this range */
    int nentries, capentries;
} Protect;

typedef struct FBlock {
    FBlockKind kind;
    int continue_pc;             /* FB_LOOP */
    PatchList breaks;            /* FB_LOOP */
    Protect *protect;            /* FB_TRY_BODY, FB_FINALLY_BODY, FB_HANDLER, FB_FINALLY_END */
    int reg;                     /* FB_HANDLER / FB_FINALLY_END: the exception register */
    StmtSeq *finalbody;          /* FB_FINALLY_BODY */
} FBlock;

/* A source range: what each instruction records for tracebacks (PEP 657). */
typedef struct Loc {
    int lineno, col, end_lineno, end_col;
} Loc;

#define KR_SET_LOC(u, node)                                                   \
    do {                                                                      \
        (u)->lineno = (node)->lineno;                                         \
        (u)->col = (node)->col_offset;                                        \
        (u)->end_lineno = (node)->end_lineno;                                 \
        (u)->end_col = (node)->end_col_offset;                                \
    } while (0)
#define KR_GET_LOC(u) ((Loc){(u)->lineno, (u)->col, (u)->end_lineno, (u)->end_col})
#define KR_PUT_LOC(u, l)                                                      \
    do {                                                                      \
        (u)->lineno = (l).lineno;                                             \
        (u)->col = (l).col;                                                   \
        (u)->end_lineno = (l).end_lineno;                                     \
        (u)->end_col = (l).end_col;                                           \
    } while (0)

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    SymBlock *block;
    List *consts;               /* collector memory */
    Dict *const_index;          /* (value, type) -> index */
    Instr *code;
    int *lines;                 /* line of each instruction */
    int ncode, capcode;
    ExcEntry *exc;
    int nexc, capexc;
    const char **regnames;      /* name of each local/cell/free register */
    int nlocals, ncells, nfree, nnamed;
    int top, maxregs;
    bool *assigned;             /* per named register: certainly bound here */
    bool *deleted;              /* per named register: deleted somewhere */
    bool fast;                  /* function scope: locals in registers */
    int lineno, firstlineno;
    int col, end_lineno, end_col;   /* with lineno: the node being compiled (col -1: none) */
    int32_t *pos;               /* per instruction: line, end line, col, end col */
    int cappos;
    const char *name, *qualname;
    const char *private_name;   /* enclosing class name, for mangling */
    FBlock fblocks[64];
    int nfblocks;
    int argcount, posonlyargcount, kwonlyargcount;
    int flags;
};

typedef struct Compiler {
    Thread *th;
    Arena *arena;
    SymTable *st;
    const char *filename;
    Str *filename_str;
    const char *src;
    size_t srclen;
    size_t line_at;           /* annotation_text's cursor: where line line_no starts */
    int line_no;              /* (0: not set) */
    Unit *u;
    int depth;                  /* AST recursion depth guard */
    jmp_buf *bail;              /* compile errors unwind the compiler only */
    CompileStatus status;
    SyntaxErr *err;
    Stmt *cur_stmt;             /* the statement being compiled (error locations) */
    bool interactive;           /* compile(..., 'single'): echo expression statements */
    int optimize;               /* 1: no asserts, __debug__ False; 2: no docstrings either */
} Compiler;

/* ---- emit.c ----------------------------------------------------------- */
int kr_emit(Compiler *c, Instr i);
int kr_emit_op(Compiler *c, Opcode op, unsigned x, unsigned a, unsigned b, unsigned c_);
int kr_emit_jump(Compiler *c, Opcode op, unsigned a);      /* returns its pc, to patch */
void kr_emit_patch(Compiler *c, int at, int target);
void kr_emit_patch_here(Compiler *c, int at);
void kr_emit_patch_list(Compiler *c, PatchList *l, int target);
void kr_emit_patchlist_add(PatchList *l, int at);
void kr_emit_jump_to(Compiler *c, Opcode op, unsigned a, int target);
int kr_emit_pc(Compiler *c);
unsigned kr_emit_const(Compiler *c, Value v);
unsigned kr_emit_name(Compiler *c, const char *name);     /* interned str constant */
int kr_emit_reg(Compiler *c);                             /* allocate a temporary */
int kr_emit_regs(Compiler *c, int n);                     /* n contiguous temporaries */
void kr_emit_free_to(Compiler *c, int top);
KR_NORETURN void kr_emit_fail(Compiler *c);               /* exception pending in th */
KR_NORETURN void kr_emit_syntax_error(Compiler *c, const char *msg, int lineno, int col,
                                      int end_lineno, int end_col);
Protect *kr_emit_protect_begin(Compiler *c, int reg);
void kr_emit_protect_pause(Compiler *c, Protect *p);
void kr_emit_protect_resume(Compiler *c, Protect *p);
void kr_emit_protect_handler_here(Compiler *c, Protect *p);
Code *kr_emit_code(Compiler *c);

/* ---- warn.c: SyntaxWarnings (or SyntaxErrors under an "error" filter) --- */
void kr_warn_assert(Compiler *c, Stmt *s);
void kr_warn_compare(Compiler *c, Expr *e);
void kr_warn_call(Compiler *c, Expr *e);
void kr_warn_subscript(Compiler *c, Expr *e);

/* ---- compile.c / compile_expr.c ---------------------------------------- */
void kr_comp_stmts(Compiler *c, StmtSeq *s);
void kr_comp_stmt(Compiler *c, Stmt *s);
/* Evaluate e; the result is in the returned register, which may be a
 * local variable's (read-only for the caller) or a fresh temporary. */
int kr_comp_expr(Compiler *c, Expr *e);
/* Evaluate e into register r. */
void kr_comp_expr_to(Compiler *c, Expr *e, int r);
/* Jump to the returned pc's target when bool(e) == cond (patch it). */
void kr_comp_jump_if(Compiler *c, Expr *e, bool cond, PatchList *to);
/* Store register r into an assignment target. */
void kr_comp_store(Compiler *c, Expr *target, int r);
/* SyntaxError "cannot assign to __debug__" at the current node if id is it */
void kr_comp_forbid_debug(Compiler *c, const char *id);
void kr_comp_delete(Compiler *c, Expr *target);
/* The register of a fast local/cell/free name, or -1. */
int kr_comp_named_reg(Compiler *c, const char *name);
const char *kr_comp_mangle(Compiler *c, const char *name);
/* Build a function object for a def/lambda body into register dst. */
void kr_comp_function(Compiler *c, const void *node, const char *name, Arguments *args,
                      StmtSeq *body, Expr *lambda_body, ExprSeq *decorators, int dst,
                      int lineno);
void kr_comp_class(Compiler *c, Stmt *s, int dst);
/* R[base] := R[base](R[base+1..base+nfixed], *args, **kws): a call window
 * whose leading arguments are already in place (compile_expr.c). */
void kr_comp_call_window(Compiler *c, Loc loc, int base, int nfixed, ExprSeq *args,
                         KeywordSeq *kws);
void kr_comp_comprehension(Compiler *c, Expr *e, int dst);
int kr_comp_direct_target(Compiler *c, Expr *t);
/* The Value of a literal constant of the AST. */
Value kr_comp_const(Compiler *c, const AstConst *k);

/* ---- compile_match.c ------------------------------------------------------ */
void kr_comp_match(Compiler *c, Stmt *s);
/* async (compile.c): is the unit an `async def` body?  Emit
 * `R[dst] := await R[src]` (where: GET_AWAITABLE's X). */
bool kr_comp_in_async_def(Compiler *c);
void kr_comp_await(Compiler *c, int dst, int src, int where);

#endif
