/*
 * compile.c -- statements, functions, classes and comprehensions to
 * register code; the compiler's entry point.
 *
 * The pipeline per code object: symtable.c has already resolved every
 * name to a scope; a Unit is opened for the block (its registers laid out
 * from the symbol table: parameters, other locals, cells, free variables),
 * a prologue makes the cells and copies the closure, the body is compiled,
 * and emit.c assembles the Code.  Nested functions are compiled when their
 * `def` is reached, into a child Unit, and become a constant of the parent.
 *
 * CONTROL FLOW THROUGH try/finally.  `return`, `break` and `continue`
 * leave blocks that need work on the way out: an except handler restores
 * the previously handled exception (POP_EXCEPT), a finally runs its body.
 * The compiler keeps a stack of such blocks (FBlock) and, at the jump,
 * emits that work inline for each block it leaves, innermost first,
 * pausing each left block's protected range (emit.c) so the inlined code
 * is not covered by the handler it belongs to.  This is the
 * zero-cost-exception design: the normal path runs straight-line code and
 * never touches the exception table.
 */
#include "compile/compiler.h"

#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "modules/modules.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/tuple.h"
#include "vm/errors.h"

/* ---- units ----------------------------------------------------------------------- */

static const char *qualname_for(Compiler *c, const char *name)
{
    Unit *p = c->u;
    if (!p || !p->parent)                 /* module level */
        return name;
    /* `global name` in the enclosing scope: the qualname is the bare name
     * (CPython's compiler_set_qualname, force_global) */
    const char *mangled = kr_sym_mangle(c->arena, p->private_name, name);
    if (kr_sym_scope(p->block, mangled) == SCOPE_GLOBAL_EXPLICIT)
        return name;
    const char *pq = p->qualname ? p->qualname : p->name;
    bool in_function = p->block->type == BLOCK_FUNCTION;
    size_t n = strlen(pq) + strlen(name) + 16;
    char *q = kr_arena_alloc(c->arena, n);
    snprintf(q, n, "%s.%s%s", pq, in_function ? "<locals>." : "", name);
    return q;
}

static Unit *unit_open(Compiler *c, SymBlock *b, const char *name, const char *qualname,
                       int firstlineno)
{
    Thread *th = c->th;
    Unit *u = kr_gc_alloc(sizeof *u);
    if (!u) {
        kr_err_no_memory(th);
        kr_emit_fail(c);
    }
    u->parent = c->u;
    u->block = b;
    u->consts = kr_list_new(th, 0);
    u->const_index = kr_dict_new(th);
    if (!u->consts || !u->const_index)
        kr_emit_fail(c);
    u->fast = b->type == BLOCK_FUNCTION;
    u->name = name;
    u->qualname = qualname;
    u->firstlineno = firstlineno;
    u->lineno = firstlineno;
    u->col = -1;
    u->private_name = b->type == BLOCK_CLASS ? name : (c->u ? c->u->private_name : NULL);
    /* CPython's co_flags also carry the module's __future__ features. */
    u->flags = kr_sym_code_flags(b) | c->st->future_features;

    /* Registers: locals (parameters first), cells, frees. */
    int nparams;
    const char *const *params = kr_sym_varnames(b, &nparams);
    int ncells, nfree;
    const char **cells = kr_sym_cellvars(c->arena, b, &ncells);
    const char **frees = kr_sym_freevars(c->arena, b, &nfree);
    const char **names = kr_arena_alloc(c->arena, sizeof(char *) * (size_t)(b->nsyms + ncells + nfree + 1));
    int n = 0;
    if (u->fast) {
        for (int i = 0; i < nparams; i++)
            names[n++] = params[i];
        for (int i = 0; i < b->nsyms; i++) {
            const Symbol *s = &b->syms[i];
            if (s->scope != SCOPE_LOCAL || (s->flags & SYM_DEF_PARAM))
                continue;
            names[n++] = s->name;
        }
    }
    u->nlocals = n;
    for (int i = 0; i < ncells; i++)
        names[n++] = cells[i];
    for (int i = 0; i < nfree; i++)
        names[n++] = frees[i];
    u->ncells = ncells;
    u->nfree = nfree;
    u->nnamed = n;
    u->regnames = names;
    u->top = u->maxregs = n;
    u->assigned = kr_arena_alloc(c->arena, (size_t)n + 1);
    u->deleted = kr_arena_alloc(c->arena, (size_t)n + 1);
    for (int i = 0; i < nparams && u->fast; i++)
        u->assigned[i] = true;
    c->u = u;

    /* Prologue: cells (a parameter's cell starts with the argument), then
     * the closure's cells. */
    for (int i = 0; i < ncells; i++) {
        int reg = u->nlocals + i;
        for (int p = 0; p < nparams && u->fast; p++)
            if (strcmp(params[p], cells[i]) == 0)
                kr_emit_op(c, OP_MOVE, 0, (unsigned)reg, (unsigned)p, 0);
        kr_emit_op(c, OP_MAKE_CELL, 0, (unsigned)reg, 0, 0);
    }
    if (nfree)
        kr_emit_op(c, OP_COPY_FREE_VARS, 0, (unsigned)(u->nlocals + ncells), (unsigned)nfree, 0);
    return u;
}

static Code *unit_close(Compiler *c)
{
    Code *code = kr_emit_code(c);
    c->u = c->u->parent;
    return code;
}

static void emit_return_none(Compiler *c)
{
    /* trace: the implicit return is artificial, as CPython's: no line
     * event; f_lineno gives it the line before it (emit.c's linetable). */
    Unit *u = c->u;
    int line = u->lineno, col = u->col, end_line = u->end_lineno, end_col = u->end_col;
    u->lineno = u->col = u->end_lineno = u->end_col = -1;
    int save = u->top;
    int r = kr_emit_reg(c);
    kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)r, kr_emit_const(c, KR_NONE), 0);
    kr_emit_op(c, OP_RETURN, 0, (unsigned)r, 0, 0);
    kr_emit_free_to(c, save);
    u->lineno = line;
    u->col = col;
    u->end_lineno = end_line;
    u->end_col = end_col;
}

/* Scan a body for `del x` and `except ... as x` (not into nested scopes):
 * those locals are never assumed bound. */
static void mark_deleted_target(Compiler *c, Expr *t)
{
    if (t->kind == K_Name) {
        int r = kr_comp_named_reg(c, kr_comp_mangle(c, t->v.Name.id));
        if (r >= 0)
            c->u->deleted[r] = true;
    } else if (t->kind == K_Tuple || t->kind == K_List) {
        ExprSeq *e = t->kind == K_Tuple ? t->v.Tuple.elts : t->v.List.elts;
        for (int i = 0; e && i < e->n; i++)
            mark_deleted_target(c, e->items[i]);
    }
}

static void scan_deletes(Compiler *c, StmtSeq *body)
{
    for (int i = 0; body && i < body->n; i++) {
        Stmt *s = body->items[i];
        switch (s->kind) {
        case K_Delete:
            for (int k = 0; k < s->v.Delete.targets->n; k++)
                mark_deleted_target(c, s->v.Delete.targets->items[k]);
            break;
        case K_If: scan_deletes(c, s->v.If.body); scan_deletes(c, s->v.If.orelse); break;
        case K_While: scan_deletes(c, s->v.While.body); scan_deletes(c, s->v.While.orelse); break;
        case K_For: scan_deletes(c, s->v.For.body); scan_deletes(c, s->v.For.orelse); break;
        case K_With: scan_deletes(c, s->v.With.body); break;
        case K_Match:
            for (int k = 0; k < s->v.Match.cases->n; k++)
                scan_deletes(c, s->v.Match.cases->items[k]->body);
            break;
        case K_Try:
        case K_TryStar:
            scan_deletes(c, s->v.Try.body);
            scan_deletes(c, s->v.Try.orelse);
            scan_deletes(c, s->v.Try.finalbody);
            for (int k = 0; s->v.Try.handlers && k < s->v.Try.handlers->n; k++) {
                Excepthandler *h = s->v.Try.handlers->items[k];
                if (h->v.ExceptHandler.name) {
                    int r = kr_comp_named_reg(c, kr_comp_mangle(c, h->v.ExceptHandler.name));
                    if (r >= 0)
                        c->u->deleted[r] = true;
                }
                scan_deletes(c, h->v.ExceptHandler.body);
            }
            break;
        default:
            break;
        }
    }
}

/* ---- definite assignment across branches --------------------------------------------- */

static bool *save_assigned(Compiler *c)
{
    Unit *u = c->u;
    bool *copy = kr_arena_alloc(c->arena, (size_t)u->nnamed + 1);
    memcpy(copy, u->assigned, (size_t)u->nnamed);
    return copy;
}

static void restore_assigned(Compiler *c, const bool *saved)
{
    memcpy(c->u->assigned, saved, (size_t)c->u->nnamed);
}

/* ---- fblocks ------------------------------------------------------------------------ */

static void emit_async_exit(Compiler *c, int exit_reg);

/* CPython's CO_MAXBLOCKS: the limit is part of the language as implemented. */
#define MAX_BLOCKS 20

static FBlock *push_fblock(Compiler *c, FBlockKind kind)
{
    Unit *u = c->u;
    if (u->nfblocks >= MAX_BLOCKS) {
        Stmt *s = c->cur_stmt;
        kr_emit_syntax_error(c, "too many statically nested blocks", s->lineno, s->col_offset,
                             s->end_lineno, s->end_col_offset);
    }
    FBlock *f = &u->fblocks[u->nfblocks++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    return f;
}

static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

/* Emit the exit work of fblocks [stop, top) innermost first, pausing their
 * protected ranges; returns how many were paused (resume_from() undoes). */
static void unwind_fblocks(Compiler *c, int stop, bool *paused)
{
    Unit *u = c->u;
    for (int i = u->nfblocks - 1; i >= stop; i--) {
        FBlock *f = &u->fblocks[i];
        if (f->protect && f->protect->start >= 0) {
            kr_emit_protect_pause(c, f->protect);
            paused[i] = true;
        }
        switch (f->kind) {
        case FB_HANDLER:
        case FB_FINALLY_END:
            kr_emit_op(c, OP_POP_EXCEPT, 0, (unsigned)f->reg, 0, 0);
            break;
        case FB_WITH:
            kr_emit_op(c, OP_WITH_EXIT, 0, (unsigned)f->reg, 0, 0);
            break;
        case FB_STAR_HANDLER: {
            /* CPython reports a `return x` at x: the value was compiled last */
            Stmt *st = c->cur_stmt;
            Loc l = {st->lineno, st->col_offset, st->end_lineno, st->end_col_offset};
            if (st->kind == K_Return && st->v.Return.value) {
                Expr *v = st->v.Return.value;
                l = (Loc){v->lineno, v->col_offset, v->end_lineno, v->end_col_offset};
            }
            kr_emit_syntax_error(c, "'break', 'continue' and 'return' cannot appear in an except* block",
                                 l.lineno, l.col, l.end_lineno, l.end_col);
            break;
        }
        case FB_ASYNC_WITH:
            emit_async_exit(c, f->reg);
            break;
        case FB_FINALLY_BODY: {
            /* The finally body runs with the blocks above it gone. */
            int saved = u->nfblocks;
            FBlock copy[64];
            int n = saved - i;
            memcpy(copy, &u->fblocks[i], sizeof(FBlock) * (size_t)n);
            u->nfblocks = i;
            bool *as = save_assigned(c);
            kr_comp_stmts(c, f->finalbody);
            restore_assigned(c, as);
            memcpy(&u->fblocks[i], copy, sizeof(FBlock) * (size_t)n);
            u->nfblocks = saved;
            break;
        }
        default:
            break;
        }
    }
}

static void resume_fblocks(Compiler *c, int stop, const bool *paused)
{
    Unit *u = c->u;
    for (int i = stop; i < u->nfblocks; i++)
        if (paused[i])
            kr_emit_protect_resume(c, u->fblocks[i].protect);
}

static int innermost_loop(Compiler *c)
{
    for (int i = c->u->nfblocks - 1; i >= 0; i--)
        if (c->u->fblocks[i].kind == FB_LOOP)
            return i;
    return -1;
}

/* ---- statements --------------------------------------------------------------------- */

static void compile_assign(Compiler *c, Stmt *s)
{
    ExprSeq *targets = s->v.Assign.targets;
    Expr *value = s->v.Assign.value;
    int save = c->u->top;
    if (targets->n == 1) {
        Expr *t = targets->items[0];
        int direct = kr_comp_direct_target(c, t);
        if (direct >= 0) {
            kr_comp_expr_to(c, value, direct);
            kr_comp_store(c, t, direct);    /* marks it assigned */
            kr_emit_free_to(c, save);
            return;
        }
        /* a, b = x, y: no tuple is built. */
        if ((t->kind == K_Tuple || t->kind == K_List) && value->kind == K_Tuple) {
            ExprSeq *te = t->kind == K_Tuple ? t->v.Tuple.elts : t->v.List.elts;
            ExprSeq *ve = value->v.Tuple.elts;
            bool simple = te && ve && te->n == ve->n;
            for (int i = 0; simple && i < te->n; i++)
                simple = te->items[i]->kind != K_Starred && ve->items[i]->kind != K_Starred;
            if (simple) {
                int base = kr_emit_regs(c, te->n);
                for (int i = 0; i < te->n; i++)
                    kr_comp_expr_to(c, ve->items[i], base + i);
                for (int i = 0; i < te->n; i++)
                    kr_comp_store(c, te->items[i], base + i);
                kr_emit_free_to(c, save);
                return;
            }
        }
    }
    int r = kr_comp_expr(c, value);
    for (int i = 0; i < targets->n; i++)
        kr_comp_store(c, targets->items[i], r);
    kr_emit_free_to(c, save);
}

static const unsigned augop_of[] = {
    [K_Add] = KR_OP_ADD, [K_Sub] = KR_OP_SUB, [K_Mult] = KR_OP_MUL, [K_MatMult] = KR_OP_MATMUL,
    [K_Div] = KR_OP_TRUEDIV, [K_Mod] = KR_OP_MOD, [K_Pow] = KR_OP_POW,
    [K_LShift] = KR_OP_LSHIFT, [K_RShift] = KR_OP_RSHIFT, [K_BitOr] = KR_OP_OR,
    [K_BitXor] = KR_OP_XOR, [K_BitAnd] = KR_OP_AND, [K_FloorDiv] = KR_OP_FLOORDIV,
};

static void compile_augassign(Compiler *c, Stmt *s)
{
    Expr *t = s->v.AugAssign.target;
    unsigned op = augop_of[s->v.AugAssign.op];
    int save = c->u->top;
    switch (t->kind) {
    case K_Name: {
        int cur = kr_comp_expr(c, t);
        int v = kr_comp_expr(c, s->v.AugAssign.value);
        int direct = kr_comp_direct_target(c, t);
        int dst = direct >= 0 ? direct : kr_emit_reg(c);
        KR_SET_LOC(c->u, s);
        kr_emit_op(c, OP_INPLACE_OP, op, (unsigned)dst, (unsigned)cur, (unsigned)v);
        kr_comp_store(c, t, dst);
        break;
    }
    case K_Attribute: {
        int obj = kr_comp_expr(c, t->v.Attribute.value);
        unsigned name = kr_emit_name(c, kr_comp_mangle(c, t->v.Attribute.attr));
        int cur = kr_emit_reg(c);
        kr_emit_op(c, OP_GET_ATTR, 0, (unsigned)cur, (unsigned)obj, name);
        int v = kr_comp_expr(c, s->v.AugAssign.value);
        KR_SET_LOC(c->u, s);
        kr_emit_op(c, OP_INPLACE_OP, op, (unsigned)cur, (unsigned)cur, (unsigned)v);
        kr_emit_op(c, OP_SET_ATTR, 0, (unsigned)obj, name, (unsigned)cur);
        break;
    }
    case K_Subscript: {
        int obj = kr_comp_expr(c, t->v.Subscript.value);
        int key = kr_comp_expr(c, t->v.Subscript.slice);
        int cur = kr_emit_reg(c);
        kr_emit_op(c, OP_GET_ITEM, 0, (unsigned)cur, (unsigned)obj, (unsigned)key);
        int v = kr_comp_expr(c, s->v.AugAssign.value);
        KR_SET_LOC(c->u, s);
        kr_emit_op(c, OP_INPLACE_OP, op, (unsigned)cur, (unsigned)cur, (unsigned)v);
        kr_emit_op(c, OP_SET_ITEM, 0, (unsigned)obj, (unsigned)key, (unsigned)cur);
        break;
    }
    default:
        kr_emit_syntax_error(c, "illegal expression for augmented assignment", t->lineno,
                             t->col_offset, t->end_lineno, t->end_col_offset);
    }
    kr_emit_free_to(c, save);
}

/* An if/elif/.../else chain is compiled in one loop, not one C call per
 * elif (the AST nests each elif in the previous orelse), so generated code
 * with thousands of branches needs no compiler recursion. */
static void compile_if(Compiler *c, Stmt *s)
{
    bool *before = save_assigned(c);
    PatchList done = {0};
    for (;;) {
        PatchList orelse = {0};
        kr_comp_jump_if(c, s->v.If.test, false, &orelse);
        kr_comp_stmts(c, s->v.If.body);
        restore_assigned(c, before);
        StmtSeq *rest = s->v.If.orelse;
        if (!rest || !rest->n) {
            kr_emit_patch_list(c, &orelse, kr_emit_pc(c));
            break;
        }
        kr_emit_patchlist_add(&done, kr_emit_jump(c, OP_JUMP, 0));
        kr_emit_patch_list(c, &orelse, kr_emit_pc(c));
        if (rest->n == 1 && rest->items[0]->kind == K_If) {
            s = rest->items[0];            /* an elif */
            KR_SET_LOC(c->u, s);
            continue;
        }
        kr_comp_stmts(c, rest);
        restore_assigned(c, before);
        break;
    }
    kr_emit_patch_list(c, &done, kr_emit_pc(c));
}

/* trace: instructions the compiler adds -- a loop's closing jump, the
 * jump out of a try body, an except clause's cleanup -- have no line of
 * their own, as CPython marks them artificial, so they make no line
 * event (vm/trace.c); tracebacks give them the line before them (emit.c's
 * linetable skips line -1).  no_line() returns the location to restore. */
typedef struct SavedLoc {
    int lineno, col, end_lineno, end_col;
} SavedLoc;

static SavedLoc no_line(Unit *u)
{
    SavedLoc s = {u->lineno, u->col, u->end_lineno, u->end_col};
    u->lineno = u->end_lineno = u->col = u->end_col = -1;
    return s;
}

static void restore_loc(Unit *u, SavedLoc s)
{
    u->lineno = s.lineno;
    u->col = s.col;
    u->end_lineno = s.end_lineno;
    u->end_col = s.end_col;
}

/* A loop's closing jump back to its top, with no line (above). */
static void emit_loop_close(Compiler *c, int top)
{
    SavedLoc s = no_line(c->u);
    kr_emit_jump_to(c, OP_JUMP, 0, top);
    restore_loc(c->u, s);
}

static void compile_while(Compiler *c, Stmt *s)
{
    bool *before = save_assigned(c);
    int top = kr_emit_pc(c);
    PatchList exit = {0};
    kr_comp_jump_if(c, s->v.While.test, false, &exit);
    FBlock *f = push_fblock(c, FB_LOOP);
    f->continue_pc = top;
    int fi = c->u->nfblocks - 1;
    kr_comp_stmts(c, s->v.While.body);
    emit_loop_close(c, top);
    PatchList breaks = c->u->fblocks[fi].breaks;
    pop_fblock(c);
    restore_assigned(c, before);
    kr_emit_patch_list(c, &exit, kr_emit_pc(c));
    kr_comp_stmts(c, s->v.While.orelse);
    restore_assigned(c, before);
    kr_emit_patch_list(c, &breaks, kr_emit_pc(c));
}

static void compile_for(Compiler *c, Stmt *s)
{
    int save = c->u->top;
    int src = kr_comp_expr(c, s->v.For.iter);
    int it = kr_emit_reg(c);
    KR_SET_LOC(c->u, s->v.For.iter);
    kr_emit_op(c, OP_GET_ITER, 0, (unsigned)it, (unsigned)src, 0);
    bool *before = save_assigned(c);
    int direct = kr_comp_direct_target(c, s->v.For.target);
    int item = direct >= 0 ? direct : kr_emit_reg(c);
    int top = kr_emit_pc(c);
    KR_SET_LOC(c->u, s);
    kr_emit_op(c, OP_FOR_ITER, 0, (unsigned)it, (unsigned)item, 0);
    int exit = kr_emit_jump(c, OP_JUMP, 0);
    kr_comp_store(c, s->v.For.target, item);
    FBlock *f = push_fblock(c, FB_LOOP);
    f->continue_pc = top;
    int fi = c->u->nfblocks - 1;
    kr_comp_stmts(c, s->v.For.body);
    emit_loop_close(c, top);
    PatchList breaks = c->u->fblocks[fi].breaks;
    pop_fblock(c);
    restore_assigned(c, before);
    kr_emit_patch_here(c, exit);
    kr_comp_stmts(c, s->v.For.orelse);
    restore_assigned(c, before);
    kr_emit_patch_list(c, &breaks, kr_emit_pc(c));
    kr_emit_free_to(c, save);
}

static void compile_break_continue(Compiler *c, Stmt *s, bool is_break)
{
    int loop = innermost_loop(c);
    if (loop < 0) {
        /* CPython unwinds before it looks for the loop: an except* block
         * on the way is the error reported */
        for (int i = c->u->nfblocks - 1; i >= 0; i--)
            if (c->u->fblocks[i].kind == FB_STAR_HANDLER)
                kr_emit_syntax_error(c, "'break', 'continue' and 'return' cannot appear in an "
                                     "except* block", s->lineno, s->col_offset, s->end_lineno,
                                     s->end_col_offset);
        kr_emit_syntax_error(c, is_break ? "'break' outside loop" : "'continue' not properly in loop",
                             s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    }
    bool paused[64] = {0};
    if (c->u->nfblocks > loop + 1)      /* trace: its line comes before the unwinding's */
        kr_emit_op(c, OP_NOP, 0, 0, 0, 0);
    unwind_fblocks(c, loop + 1, paused);
    if (is_break)
        kr_emit_patchlist_add(&c->u->fblocks[loop].breaks, kr_emit_jump(c, OP_JUMP, 0));
    else
        kr_emit_jump_to(c, OP_JUMP, 0, c->u->fblocks[loop].continue_pc);
    resume_fblocks(c, loop + 1, paused);
}

static void compile_return(Compiler *c, Stmt *s)
{
    if (c->u->block->type != BLOCK_FUNCTION)
        kr_emit_syntax_error(c, "'return' outside function", s->lineno, s->col_offset,
                             s->end_lineno, s->end_col_offset);
    if (s->v.Return.value && (c->u->flags & KR_CO_ASYNC_GENERATOR))
        kr_emit_syntax_error(c, "'return' with value in async generator", s->lineno,
                             s->col_offset, s->end_lineno, s->end_col_offset);
    int save = c->u->top;
    int r;
    if (s->v.Return.value) {
        r = kr_comp_expr(c, s->v.Return.value);
        if (c->u->nfblocks && r < c->u->nnamed) {
            /* a finally body could rebind the local: keep the value */
            int t = kr_emit_reg(c);
            kr_emit_op(c, OP_MOVE, 0, (unsigned)t, (unsigned)r, 0);
            r = t;
        }
    } else {
        r = kr_emit_reg(c);
        kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)r, kr_emit_const(c, KR_NONE), 0);
    }
    bool paused[64] = {0};
    int unwind_at = kr_emit_pc(c);
    unwind_fblocks(c, 0, paused);
    KR_SET_LOC(c->u, s);
    if (kr_emit_pc(c) != unwind_at)
        no_line(c->u);      /* trace: after a finally body, the return is artificial */
    kr_emit_op(c, OP_RETURN, 0, (unsigned)r, 0, 0);
    resume_fblocks(c, 0, paused);
    kr_emit_free_to(c, save);
}

static void compile_raise(Compiler *c, Stmt *s)
{
    int save = c->u->top;
    if (!s->v.Raise.exc) {
        kr_emit_op(c, OP_RAISE, 0, 0, 0, 0);
    } else {
        int e = kr_comp_expr(c, s->v.Raise.exc);
        if (s->v.Raise.cause) {
            int cause = kr_comp_expr(c, s->v.Raise.cause);
            KR_SET_LOC(c->u, s);
            kr_emit_op(c, OP_RAISE, 2, (unsigned)e, (unsigned)cause, 0);
        } else {
            KR_SET_LOC(c->u, s);
            kr_emit_op(c, OP_RAISE, 1, (unsigned)e, 0, 0);
        }
    }
    kr_emit_free_to(c, save);
}

/* try: ... except ...: ... else: ... (no finally; see compile_try). */
static void compile_try_except(Compiler *c, Stmt *s)
{
    Unit *u = c->u;
    int save = u->top;
    int r = kr_emit_regs(c, 3);
    bool *before = save_assigned(c);
    Protect *p = kr_emit_protect_begin(c, r);
    FBlock *f = push_fblock(c, FB_TRY_BODY);
    f->protect = p;
    kr_comp_stmts(c, s->v.Try.body);
    pop_fblock(c);
    kr_emit_protect_pause(c, p);
    kr_comp_stmts(c, s->v.Try.orelse);
    restore_assigned(c, before);
    PatchList end = {0};
    SavedLoc loc = no_line(u);
    kr_emit_patchlist_add(&end, kr_emit_jump(c, OP_JUMP, 0));
    restore_loc(u, loc);

    kr_emit_protect_handler_here(c, p);
    ExcepthandlerSeq *hs = s->v.Try.handlers;
    KR_SET_LOC(u, hs->items[0]);
    kr_emit_op(c, OP_PUSH_EXC_INFO, 0, (unsigned)r, 0, 0);
    Protect *q = kr_emit_protect_begin(c, r + 2);
    for (int i = 0; i < hs->n; i++) {
        Excepthandler *h = hs->items[i];
        KR_SET_LOC(u, h);
        int next = -1;
        if (h->v.ExceptHandler.type) {
            int s2 = u->top;
            int t = kr_comp_expr(c, h->v.ExceptHandler.type);
            int m = kr_emit_reg(c);
            KR_SET_LOC(u, h);
            kr_emit_op(c, OP_CHECK_EXC_MATCH, 0, (unsigned)m, (unsigned)r, (unsigned)t);
            next = kr_emit_jump(c, OP_JUMP_IF_FALSE, (unsigned)m);
            kr_emit_free_to(c, s2);
        } else if (i != hs->n - 1) {
            kr_emit_syntax_error(c, "default 'except:' must be last", h->lineno, h->col_offset,
                                 h->end_lineno, h->end_col_offset);
        }
        Expr name_expr;
        const char *name = h->v.ExceptHandler.name;
        if (name) {
            memset(&name_expr, 0, sizeof name_expr);
            name_expr.kind = K_Name;
            name_expr.v.Name.id = name;
            name_expr.v.Name.ctx = K_Store;
            name_expr.lineno = h->lineno;
            kr_comp_store(c, &name_expr, r);
        }
        FBlock *hf = push_fblock(c, FB_HANDLER);
        hf->protect = q;
        hf->reg = r;
        kr_comp_stmts(c, h->v.ExceptHandler.body);
        pop_fblock(c);
        no_line(u);
        kr_emit_op(c, OP_POP_EXCEPT, 0, (unsigned)r, 0, 0);
        if (name) {
            /* CPython: name = None; del name */
            name_expr.lineno = name_expr.end_lineno = -1;
            name_expr.col_offset = name_expr.end_col_offset = -1;
            int t = kr_emit_reg(c);
            kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)t, kr_emit_const(c, KR_NONE), 0);
            kr_comp_store(c, &name_expr, t);
            name_expr.v.Name.ctx = K_Del;
            kr_comp_delete(c, &name_expr);
            kr_emit_free_to(c, r + 3);
        }
        kr_emit_patchlist_add(&end, kr_emit_jump(c, OP_JUMP, 0));
        restore_assigned(c, before);
        if (next >= 0)
            kr_emit_patch_here(c, next);
    }
    kr_emit_op(c, OP_RERAISE, 0, (unsigned)r, 0, 0);
    kr_emit_protect_handler_here(c, q);
    kr_emit_op(c, OP_POP_EXCEPT, 0, (unsigned)r, 0, 0);
    kr_emit_op(c, OP_RERAISE, 0, (unsigned)(r + 2), 0, 0);
    kr_emit_patch_list(c, &end, kr_emit_pc(c));
    restore_assigned(c, before);
    kr_emit_free_to(c, save);
}

/* The handler's `as` name as a Name expression (kind K_Store). */
static Expr handler_name(const Excepthandler *h)
{
    Expr e;
    memset(&e, 0, sizeof e);
    e.kind = K_Name;
    e.v.Name.id = h->v.ExceptHandler.name;
    e.v.Name.ctx = K_Store;
    e.lineno = h->lineno;
    return e;
}

/* CPython's cleanup of an `except ... as name`: name = None; del name. */
static void clear_handler_name(Compiler *c, Expr *name)
{
    int save = c->u->top;
    int t = kr_emit_reg(c);
    kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)t, kr_emit_const(c, KR_NONE), 0);
    name->v.Name.ctx = K_Store;
    kr_comp_store(c, name, t);
    name->v.Name.ctx = K_Del;
    kr_comp_delete(c, name);
    kr_emit_free_to(c, save);
}

/* One except* clause (see compile_try_star for the registers): split what
 * is left by the clause's type, run the body on the match, and collect
 * whatever the body raises into the list. */
static void compile_star_handler(Compiler *c, Excepthandler *h, int r, const bool *before)
{
    Unit *u = c->u;
    KR_SET_LOC(u, h);
    int save = u->top;
    int t = kr_comp_expr(c, h->v.ExceptHandler.type);
    KR_SET_LOC(u, h);
    kr_emit_op(c, OP_CHECK_EG_MATCH, 0, (unsigned)(r + 5), (unsigned)(r + 3), (unsigned)t);
    kr_emit_free_to(c, save);
    int none = kr_emit_reg(c);
    kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)none, kr_emit_const(c, KR_NONE), 0);
    kr_emit_op(c, OP_IS_OP, 0, (unsigned)none, (unsigned)(r + 5), (unsigned)none);
    int next = kr_emit_jump(c, OP_JUMP_IF_TRUE, (unsigned)none);
    kr_emit_free_to(c, save);
    Expr name = handler_name(h);
    if (h->v.ExceptHandler.name)
        kr_comp_store(c, &name, r + 5);
    Protect *hp = kr_emit_protect_begin(c, r + 6);
    FBlock *f = push_fblock(c, FB_STAR_HANDLER);
    f->protect = hp;
    kr_comp_stmts(c, h->v.ExceptHandler.body);
    pop_fblock(c);
    kr_emit_protect_pause(c, hp);
    restore_assigned(c, before);
    if (h->v.ExceptHandler.name)
        clear_handler_name(c, &name);
    int done = kr_emit_jump(c, OP_JUMP, 0);
    kr_emit_protect_handler_here(c, hp);
    kr_emit_op(c, OP_LIST_APPEND, 0, (unsigned)(r + 4), (unsigned)(r + 6), 0);
    if (h->v.ExceptHandler.name)
        clear_handler_name(c, &name);
    kr_emit_patch_here(c, done);
    kr_emit_patch_here(c, next);
}

/* try: ... except* T as e: ... else: ... (PEP 654; no finally, see
 * compile_try).  Registers r .. r+6:
 *   r    the exception caught          r+1  the handled one before it
 *   r+2  an error in the machinery      r+3  what no clause matched yet
 *   r+4  list: what handlers raised, then the unmatched rest
 *   r+5  a clause's match; at the end, what to raise   r+6  a handler's error
 *
 *       body                         protected: exception -> H, in r
 *       else body; JUMP end
 *   H:  PUSH_EXC_INFO r              protected: exception -> C, in r+2
 *       MOVE r+3 r; BUILD_LIST r+4
 *       each clause (compile_star_handler)
 *       LIST_APPEND r+4 r+3
 *       PREP_RERAISE_STAR r+5 r r+4
 *       if r+5 is None: POP_EXCEPT r; JUMP end
 *       POP_EXCEPT r; RERAISE r+5
 *   C:  POP_EXCEPT r; RERAISE r+2
 */
static void compile_try_star(Compiler *c, Stmt *s)
{
    Unit *u = c->u;
    int save = u->top;
    int r = kr_emit_regs(c, 7);
    bool *before = save_assigned(c);
    Protect *p = kr_emit_protect_begin(c, r);
    FBlock *f = push_fblock(c, FB_TRY_BODY);
    f->protect = p;
    kr_comp_stmts(c, s->v.TryStar.body);
    pop_fblock(c);
    kr_emit_protect_pause(c, p);
    kr_comp_stmts(c, s->v.TryStar.orelse);
    restore_assigned(c, before);
    PatchList end = {0};
    kr_emit_patchlist_add(&end, kr_emit_jump(c, OP_JUMP, 0));

    kr_emit_protect_handler_here(c, p);
    ExcepthandlerSeq *hs = s->v.TryStar.handlers;
    KR_SET_LOC(u, hs->items[0]);
    kr_emit_op(c, OP_PUSH_EXC_INFO, 0, (unsigned)r, 0, 0);
    Protect *q = kr_emit_protect_begin(c, r + 2);
    kr_emit_op(c, OP_MOVE, 0, (unsigned)(r + 3), (unsigned)r, 0);
    kr_emit_op(c, OP_BUILD_LIST, 0, (unsigned)(r + 4), (unsigned)(r + 4), 0);
    for (int i = 0; i < hs->n; i++)
        compile_star_handler(c, hs->items[i], r, before);
    kr_emit_op(c, OP_LIST_APPEND, 0, (unsigned)(r + 4), (unsigned)(r + 3), 0);
    kr_emit_op(c, OP_PREP_RERAISE_STAR, 0, (unsigned)(r + 5), (unsigned)r, (unsigned)(r + 4));
    kr_emit_protect_pause(c, q);
    int none = kr_emit_reg(c);
    kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)none, kr_emit_const(c, KR_NONE), 0);
    kr_emit_op(c, OP_IS_OP, 0, (unsigned)none, (unsigned)(r + 5), (unsigned)none);
    int reraise = kr_emit_jump(c, OP_JUMP_IF_FALSE, (unsigned)none);
    kr_emit_op(c, OP_POP_EXCEPT, 0, (unsigned)r, 0, 0);
    kr_emit_patchlist_add(&end, kr_emit_jump(c, OP_JUMP, 0));
    kr_emit_patch_here(c, reraise);
    kr_emit_op(c, OP_POP_EXCEPT, 0, (unsigned)r, 0, 0);
    kr_emit_op(c, OP_RERAISE, 0, (unsigned)(r + 5), 0, 0);
    kr_emit_protect_handler_here(c, q);
    kr_emit_op(c, OP_POP_EXCEPT, 0, (unsigned)r, 0, 0);
    kr_emit_op(c, OP_RERAISE, 0, (unsigned)(r + 2), 0, 0);
    kr_emit_patch_list(c, &end, kr_emit_pc(c));
    restore_assigned(c, before);
    kr_emit_free_to(c, save);
}

static void compile_try(Compiler *c, Stmt *s)
{
    StmtSeq *fin = s->v.Try.finalbody;
    void (*try_except)(Compiler *, Stmt *) =
        s->kind == K_TryStar ? compile_try_star : compile_try_except;
    if (!fin || fin->n == 0) {
        try_except(c, s);
        return;
    }
    Unit *u = c->u;
    int save = u->top;
    int r = kr_emit_regs(c, 3);
    bool *before = save_assigned(c);
    Protect *p = kr_emit_protect_begin(c, r);
    FBlock *f = push_fblock(c, FB_FINALLY_BODY);
    f->protect = p;
    f->finalbody = fin;
    if (s->v.Try.handlers && s->v.Try.handlers->n) {
        try_except(c, s);
    } else {
        kr_comp_stmts(c, s->v.Try.body);
    }
    pop_fblock(c);
    kr_emit_protect_pause(c, p);
    restore_assigned(c, before);
    kr_comp_stmts(c, fin);
    restore_assigned(c, before);
    int j = kr_emit_jump(c, OP_JUMP, 0);

    kr_emit_protect_handler_here(c, p);
    kr_emit_op(c, OP_PUSH_EXC_INFO, 0, (unsigned)r, 0, 0);
    Protect *q = kr_emit_protect_begin(c, r + 2);
    FBlock *fe = push_fblock(c, FB_FINALLY_END);
    fe->protect = q;
    fe->reg = r;
    kr_comp_stmts(c, fin);
    pop_fblock(c);
    restore_assigned(c, before);
    kr_emit_op(c, OP_POP_EXCEPT, 0, (unsigned)r, 0, 0);
    kr_emit_op(c, OP_RERAISE, 0, (unsigned)r, 0, 0);
    kr_emit_protect_handler_here(c, q);
    kr_emit_op(c, OP_POP_EXCEPT, 0, (unsigned)r, 0, 0);
    kr_emit_op(c, OP_RERAISE, 0, (unsigned)(r + 2), 0, 0);
    kr_emit_patch_here(c, j);
    kr_emit_free_to(c, save);
}

/* with A as x, B: body  ==  with A as x: (with B: body), each as:
 *
 *       BEFORE_WITH   r0 mgr           r0 = __exit__, r1 = __enter__()
 *       (store r1 into the target)
 *       body                           protected: exception -> H, in r2
 *       WITH_EXIT     r0               __exit__(None, None, None)
 *       JUMP          end
 *   H:  PUSH_EXC_INFO r2               protected: exception -> C, in r4
 *       WITH_EXCEPT   r5 r0 r2         r5 = __exit__(type, exc, tb)
 *       JUMP_IF_FALSE r5 -> R
 *       POP_EXCEPT    r2               suppressed
 *       JUMP          end
 *   R:  RERAISE       r2
 *   C:  POP_EXCEPT    r2
 *       RERAISE       r4
 */
static void compile_with_items(Compiler *c, Stmt *s, int i)
{
    WithitemSeq *items = s->v.With.items;
    Withitem *w = items->items[i];
    int save = c->u->top;
    int r = kr_emit_regs(c, 6);
    int mgr = kr_comp_expr(c, w->context_expr);
    KR_SET_LOC(c->u, s);
    kr_emit_op(c, OP_BEFORE_WITH, 0, (unsigned)r, (unsigned)mgr, 0);
    kr_emit_free_to(c, r + 6);
    if (w->optional_vars)
        kr_comp_store(c, w->optional_vars, r + 1);
    bool *before = save_assigned(c);
    Protect *p = kr_emit_protect_begin(c, r + 2);
    FBlock *f = push_fblock(c, FB_WITH);
    f->protect = p;
    f->reg = r;
    if (i + 1 < items->n)
        compile_with_items(c, s, i + 1);
    else
        kr_comp_stmts(c, s->v.With.body);
    pop_fblock(c);
    kr_emit_protect_pause(c, p);
    restore_assigned(c, before);
    KR_SET_LOC(c->u, s);
    kr_emit_op(c, OP_WITH_EXIT, 0, (unsigned)r, 0, 0);
    PatchList end = {0};
    kr_emit_patchlist_add(&end, kr_emit_jump(c, OP_JUMP, 0));
    kr_emit_protect_handler_here(c, p);
    kr_emit_op(c, OP_PUSH_EXC_INFO, 0, (unsigned)(r + 2), 0, 0);
    Protect *q = kr_emit_protect_begin(c, r + 4);
    kr_emit_op(c, OP_WITH_EXCEPT, 0, (unsigned)(r + 5), (unsigned)r, (unsigned)(r + 2));
    int reraise = kr_emit_jump(c, OP_JUMP_IF_FALSE, (unsigned)(r + 5));
    kr_emit_op(c, OP_POP_EXCEPT, 0, (unsigned)(r + 2), 0, 0);
    kr_emit_patchlist_add(&end, kr_emit_jump(c, OP_JUMP, 0));
    kr_emit_patch_here(c, reraise);
    kr_emit_op(c, OP_RERAISE, 0, (unsigned)(r + 2), 0, 0);
    kr_emit_protect_handler_here(c, q);
    kr_emit_op(c, OP_POP_EXCEPT, 0, (unsigned)(r + 2), 0, 0);
    kr_emit_op(c, OP_RERAISE, 0, (unsigned)(r + 4), 0, 0);
    kr_emit_patch_list(c, &end, kr_emit_pc(c));
    restore_assigned(c, before);
    kr_emit_free_to(c, save);
}

/* ---- async for, async with ------------------------------------------------------------ */

bool kr_comp_in_async_def(Compiler *c)
{
    const SymBlock *b = c->u->block;
    return b->type == BLOCK_FUNCTION && b->comprehension == COMP_NONE &&
           strcmp(b->name, "lambda") != 0 && ((const Stmt *)b->node)->kind == K_AsyncFunctionDef;
}

/* R[dst] := what driving the awaitable iterator R[it] to its end returns. */
static void emit_send_loop(Compiler *c, int dst, int it)
{
    int save = c->u->top;
    int sent = kr_emit_reg(c);
    kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)sent, kr_emit_const(c, KR_NONE), 0);
    kr_emit_op(c, OP_YIELD_FROM, 0, (unsigned)dst, (unsigned)it, (unsigned)sent);
    kr_emit_free_to(c, save);
}

void kr_comp_await(Compiler *c, int dst, int src, int where)
{
    int save = c->u->top;
    int it = kr_emit_reg(c);
    kr_emit_op(c, OP_GET_AWAITABLE, (unsigned)where, (unsigned)it, (unsigned)src, 0);
    emit_send_loop(c, dst, it);
    kr_emit_free_to(c, save);
}

/* await __aexit__(None, None, None): leaving an async with normally. */
static void emit_async_exit(Compiler *c, int exit_reg)
{
    int save = c->u->top;
    int t = kr_emit_regs(c, 4);
    kr_emit_op(c, OP_MOVE, 0, (unsigned)t, (unsigned)exit_reg, 0);
    for (int i = 1; i <= 3; i++)
        kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)(t + i), kr_emit_const(c, KR_NONE), 0);
    kr_emit_op(c, OP_CALL, 0, (unsigned)t, 3, 0);
    kr_comp_await(c, t, t, 2);
    kr_emit_free_to(c, save);
}

/*
 * async for: each step awaits __anext__() inside a protected range whose
 * handler ends the loop on StopAsyncIteration (CPython's END_ASYNC_FOR):
 *
 *       GET_AITER     it src
 *   T:  GET_ANEXT     aw it             protected: exception -> H, in exc
 *       LOAD_CONST    sent None
 *       YIELD_FROM    item aw sent
 *       (store item into the target); body; JUMP T
 *   H:  END_ASYNC_FOR exc               StopAsyncIteration: on; else re-raise
 *       else body
 */
static void compile_async_for(Compiler *c, Stmt *s)
{
    int save = c->u->top;
    int src = kr_comp_expr(c, s->v.AsyncFor.iter);
    int it = kr_emit_reg(c);
    KR_SET_LOC(c->u, s->v.AsyncFor.iter);
    kr_emit_op(c, OP_GET_AITER, 0, (unsigned)it, (unsigned)src, 0);
    bool *before = save_assigned(c);
    int direct = kr_comp_direct_target(c, s->v.AsyncFor.target);
    int item = direct >= 0 ? direct : kr_emit_reg(c);
    int exc = kr_emit_reg(c), aw = kr_emit_reg(c);
    int top = kr_emit_pc(c);
    Protect *p = kr_emit_protect_begin(c, exc);
    KR_SET_LOC(c->u, s);
    kr_emit_op(c, OP_GET_ANEXT, 0, (unsigned)aw, (unsigned)it, 0);
    emit_send_loop(c, item, aw);
    kr_emit_protect_pause(c, p);
    kr_comp_store(c, s->v.AsyncFor.target, item);
    FBlock *f = push_fblock(c, FB_LOOP);
    f->continue_pc = top;
    int fi = c->u->nfblocks - 1;
    kr_comp_stmts(c, s->v.AsyncFor.body);
    emit_loop_close(c, top);
    PatchList breaks = c->u->fblocks[fi].breaks;
    pop_fblock(c);
    restore_assigned(c, before);
    kr_emit_protect_handler_here(c, p);
    KR_SET_LOC(c->u, s);
    kr_emit_op(c, OP_END_ASYNC_FOR, 0, (unsigned)exc, 0, 0);
    kr_comp_stmts(c, s->v.AsyncFor.orelse);
    restore_assigned(c, before);
    kr_emit_patch_list(c, &breaks, kr_emit_pc(c));
    kr_emit_free_to(c, save);
}

/* async with: compile_with_items' layout (r .. r+5), with __aenter__()'s
 * and __aexit__()'s results awaited. */
static void compile_async_with_items(Compiler *c, Stmt *s, int i)
{
    WithitemSeq *items = s->v.AsyncWith.items;
    Withitem *w = items->items[i];
    int save = c->u->top;
    int r = kr_emit_regs(c, 6);
    int mgr = kr_comp_expr(c, w->context_expr);
    KR_SET_LOC(c->u, s);
    kr_emit_op(c, OP_BEFORE_ASYNC_WITH, 0, (unsigned)r, (unsigned)mgr, 0);
    kr_emit_free_to(c, r + 6);
    kr_comp_await(c, r + 1, r + 1, 1);
    if (w->optional_vars)
        kr_comp_store(c, w->optional_vars, r + 1);
    bool *before = save_assigned(c);
    Protect *p = kr_emit_protect_begin(c, r + 2);
    FBlock *f = push_fblock(c, FB_ASYNC_WITH);
    f->protect = p;
    f->reg = r;
    if (i + 1 < items->n)
        compile_async_with_items(c, s, i + 1);
    else
        kr_comp_stmts(c, s->v.AsyncWith.body);
    pop_fblock(c);
    kr_emit_protect_pause(c, p);
    restore_assigned(c, before);
    KR_SET_LOC(c->u, s);
    emit_async_exit(c, r);
    PatchList end = {0};
    kr_emit_patchlist_add(&end, kr_emit_jump(c, OP_JUMP, 0));
    kr_emit_protect_handler_here(c, p);
    kr_emit_op(c, OP_PUSH_EXC_INFO, 0, (unsigned)(r + 2), 0, 0);
    Protect *q = kr_emit_protect_begin(c, r + 4);
    kr_emit_op(c, OP_WITH_EXCEPT, 0, (unsigned)(r + 5), (unsigned)r, (unsigned)(r + 2));
    kr_comp_await(c, r + 5, r + 5, 2);
    int reraise = kr_emit_jump(c, OP_JUMP_IF_FALSE, (unsigned)(r + 5));
    kr_emit_op(c, OP_POP_EXCEPT, 0, (unsigned)(r + 2), 0, 0);
    kr_emit_patchlist_add(&end, kr_emit_jump(c, OP_JUMP, 0));
    kr_emit_patch_here(c, reraise);
    kr_emit_op(c, OP_RERAISE, 0, (unsigned)(r + 2), 0, 0);
    kr_emit_protect_handler_here(c, q);
    kr_emit_op(c, OP_POP_EXCEPT, 0, (unsigned)(r + 2), 0, 0);
    kr_emit_op(c, OP_RERAISE, 0, (unsigned)(r + 4), 0, 0);
    kr_emit_patch_list(c, &end, kr_emit_pc(c));
    restore_assigned(c, before);
    kr_emit_free_to(c, save);
}

static void compile_assert(Compiler *c, Stmt *s)
{
    if (c->optimize > 0)
        return;     /* -O, or compile(optimize=1) */
    kr_warn_assert(c, s);
    int save = c->u->top;
    PatchList ok = {0};
    kr_comp_jump_if(c, s->v.Assert.test, true, &ok);
    int e = kr_emit_reg(c);
    KR_SET_LOC(c->u, s);
    kr_emit_op(c, OP_LOAD_ASSERTION_ERROR, 0, (unsigned)e, 0, 0);
    if (s->v.Assert.msg) {
        kr_comp_expr_to(c, s->v.Assert.msg, kr_emit_reg(c));
        KR_SET_LOC(c->u, s);
        kr_emit_op(c, OP_CALL, 0, (unsigned)e, 1, 0);
    }
    kr_emit_op(c, OP_RAISE, 1, (unsigned)e, 0, 0);
    kr_emit_patch_list(c, &ok, kr_emit_pc(c));
    kr_emit_free_to(c, save);
}

static void compile_import(Compiler *c, Stmt *s)
{
    AliasSeq *names = s->v.Import.names;
    for (int i = 0; i < names->n; i++) {
        Alias *a = names->items[i];
        int save = c->u->top;
        int r = kr_emit_reg(c);
        kr_emit_op(c, OP_IMPORT_NAME, a->asname ? 1 : 0, (unsigned)r, kr_emit_name(c, a->name), 0);
        const char *bind = a->asname;
        if (!bind) {
            /* `import a.b` binds a */
            const char *dot = strchr(a->name, '.');
            bind = dot ? kr_arena_strndup(c->arena, a->name, (size_t)(dot - a->name)) : a->name;
        }
        Expr n;
        memset(&n, 0, sizeof n);
        n.kind = K_Name;
        n.v.Name.id = bind;
        n.v.Name.ctx = K_Store;
        n.lineno = s->lineno;
        kr_comp_store(c, &n, r);
        kr_emit_free_to(c, save);
    }
}


static void store_to_name(Compiler *c, const char *name, int r, int lineno)
{
    Expr n;
    memset(&n, 0, sizeof n);
    n.kind = K_Name;
    n.v.Name.id = name;
    n.v.Name.ctx = K_Store;
    n.lineno = lineno;
    kr_comp_store(c, &n, r);
}

static void compile_import_from(Compiler *c, Stmt *s)
{
    const char *mod = s->v.ImportFrom.module;
    if (mod && strcmp(mod, "__future__") == 0 && s->v.ImportFrom.level == 0) {
        if (s->lineno > c->st->future_lineno)
            kr_emit_syntax_error(c, "from __future__ imports must occur at the beginning of the file",
                                 s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
        return;     /* the feature itself was recorded by the symbol table */
    }
    AliasSeq *names = s->v.ImportFrom.names;
    int level = s->v.ImportFrom.level;
    if (level > 127) {
        kr_err_format(c->th, &kr_exc_SystemError, "relative import beyond 127 levels (line %d)",
                      s->lineno);
        kr_emit_fail(c);
    }
    int save = c->u->top;
    int m = kr_emit_reg(c);
    /* X: bit 0 = bind the module itself, bits 1.. = the relative level */
    kr_emit_op(c, OP_IMPORT_NAME, 1 | (unsigned)level << 1, (unsigned)m, kr_emit_name(c, mod ? mod : ""), 0);
    if (names->n == 1 && strcmp(names->items[0]->name, "*") == 0) {
        kr_emit_op(c, OP_IMPORT_STAR, 0, (unsigned)m, 0, 0);
        kr_emit_free_to(c, save);
        return;
    }
    for (int i = 0; i < names->n; i++) {
        Alias *a = names->items[i];
        int r = kr_emit_reg(c);
        kr_emit_op(c, OP_IMPORT_FROM, 0, (unsigned)r, (unsigned)m, kr_emit_name(c, a->name));
        store_to_name(c, a->asname ? a->asname : a->name, r, s->lineno);
        kr_emit_free_to(c, m + 1);
    }
    kr_emit_free_to(c, save);
}

/* ---- annotations and docstrings -------------------------------------------------- */

/* The docstring of a body: its first statement, when that is a string
 * constant (an expression statement); none under -OO. */
static Expr *docstring_of(Compiler *c, StmtSeq *body)
{
    if (c->optimize >= 2 || !body || body->n == 0 || body->items[0]->kind != K_Expr)
        return NULL;
    Expr *e = body->items[0]->v.Expr.value;
    return e->kind == K_Constant && e->v.Constant.value->kind == CONST_STR ? e : NULL;
}

static Value str_const(Compiler *c, const char *data, size_t len)
{
    Str *s = kr_str_from_utf8(c->th, data, len);
    if (!s)
        kr_emit_fail(c);
    return kr_from_obj(s);
}

/* Module and class bodies: __doc__ = the docstring (CPython stores it
 * instead of evaluating the statement).  Returns the statements left. */
static void store_docstring(Compiler *c, Expr *doc)
{
    int save = c->u->top;
    int r = kr_emit_reg(c);
    const AstConst *k = doc->v.Constant.value;
    kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)r, kr_emit_const(c, str_const(c, k->s.data, k->s.len)), 0);
    kr_emit_op(c, OP_STORE_NAME, 0, (unsigned)r, kr_emit_name(c, "__doc__"), 0);
    kr_emit_free_to(c, save);
}

/* Does a module or class body hold an annotated assignment (outside nested
 * functions and classes)?  Then it starts by making __annotations__
 * (CPython's find_ann and SETUP_ANNOTATIONS). */
static bool find_ann(StmtSeq *body)
{
    for (int i = 0; body && i < body->n; i++) {
        Stmt *s = body->items[i];
        bool found = false;
        switch (s->kind) {
        case K_AnnAssign:
            return true;
        case K_For:
            found = find_ann(s->v.For.body) || find_ann(s->v.For.orelse);
            break;
        case K_AsyncFor:
            found = find_ann(s->v.AsyncFor.body) || find_ann(s->v.AsyncFor.orelse);
            break;
        case K_While:
            found = find_ann(s->v.While.body) || find_ann(s->v.While.orelse);
            break;
        case K_If:
            found = find_ann(s->v.If.body) || find_ann(s->v.If.orelse);
            break;
        case K_With:
            found = find_ann(s->v.With.body);
            break;
        case K_AsyncWith:
            found = find_ann(s->v.AsyncWith.body);
            break;
        case K_Try:
        case K_TryStar:
            found = find_ann(s->v.Try.body) || find_ann(s->v.Try.orelse) ||
                    find_ann(s->v.Try.finalbody);
            for (int h = 0; !found && s->v.Try.handlers && h < s->v.Try.handlers->n; h++)
                found = find_ann(s->v.Try.handlers->items[h]->v.ExceptHandler.body);
            break;
        case K_Match:
            for (int m = 0; !found && m < s->v.Match.cases->n; m++)
                found = find_ann(s->v.Match.cases->items[m]->body);
            break;
        default:
            break;
        }
        if (found)
            return true;
    }
    return false;
}

static void setup_annotations(Compiler *c, StmtSeq *body)
{
    if (!find_ann(body))
        return;
    /* SETUP_ANNOTATIONS as a call of a builtin held as a constant: it
     * keeps an __annotations__ the namespace already has (exec). */
    Value setup = kr_builtin_new(c->th, &kr_mod_builtins_setup_annotations_def, KR_VALUE_NULL,
                                 KR_VALUE_NULL);
    if (!setup)
        kr_emit_fail(c);
    int save = c->u->top;
    int r = kr_emit_reg(c);
    kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)r, kr_emit_const(c, setup), 0);
    kr_emit_op(c, OP_CALL, 0, (unsigned)r, 0, 0);
    kr_emit_free_to(c, save);
}

static bool future_annotations(Compiler *c)
{
    return (c->st->future_features & KR_FUTURE_ANNOTATIONS) != 0;
}

/* The text of an annotation under `from __future__ import annotations`.
 * CPython unparses the AST; krait takes the source segment, which is the
 * same text when the source is written in the canonical style
 * (docs/differences.md).  A constant is its repr, as unparse gives. */
static Value annotation_text(Compiler *c, Expr *e)
{
    if (e->kind == K_Constant) {
        Buf b;
        kr_buf_init(&b);
        kr_ast_const_repr(&b, e->v.Constant.value);
        Str *s = kr_str_from_buf(c->th, &b);
        if (!s)
            kr_emit_fail(c);
        return kr_from_obj(s);
    }
    const char *p = c->src, *end = c->src + c->srclen;
    if (!p)
        return str_const(c, "...", 3);
    /* from where the previous annotation's line began, when that is not
     * past this one: a scan from the top each time was quadratic in the
     * module's size (sqlglot's annotated modules, 20% of a cold run) */
    int line = 1;
    if (c->line_no > 0 && c->line_no <= e->lineno) {
        line = c->line_no;
        p += c->line_at;
    }
    for (; line < e->lineno && p < end; p++)
        if (*p == '\n')
            line++;
    c->line_no = line;
    c->line_at = (size_t)(p - c->src);
    const char *start = p + e->col_offset;
    for (int line = e->lineno; line < e->end_lineno && p < end; p++)
        if (*p == '\n')
            line++;
    const char *stop = p + e->end_col_offset;
    if (start > end || stop > end || stop < start)
        return str_const(c, "...", 3);
    return str_const(c, start, (size_t)(stop - start));
}

/* Evaluate an annotation into register r: its value, or its text under
 * the annotations future. */
static void comp_annotation_to(Compiler *c, Expr *ann, int r)
{
    if (future_annotations(c)) {
        kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)r, kr_emit_const(c, annotation_text(c, ann)), 0);
    } else if (ann->kind == K_Starred) {
        /* `*args: *Ts` (PEP 646): the annotation is the one item of Ts,
         * as CPython's [annotation] = [*Ts] */
        kr_comp_expr_to(c, ann->v.Starred.value, r);
        kr_emit_op(c, OP_UNPACK, 0, (unsigned)r, (unsigned)r, 1);
    } else {
        kr_comp_expr_to(c, ann, r);
    }
}

/* Evaluate an expression for its side effects only. */
static void comp_discard(Compiler *c, Expr *e)
{
    int save = c->u->top;
    kr_comp_expr(c, e);
    kr_emit_free_to(c, save);
}

/* x: ann [= value].  A simple name in a module or class body records
 * __annotations__[name] = ann; a complex target without a value has its
 * object (and subscript) evaluated; a complex target's annotation is
 * evaluated, not stored, at module and class level (CPython's
 * compiler_annassign).  Function bodies never evaluate annotations. */
static void compile_annassign(Compiler *c, Stmt *s)
{
    Expr *t = s->v.AnnAssign.target, *ann = s->v.AnnAssign.annotation;
    bool has_value = s->v.AnnAssign.value != NULL;
    bool top = c->u->block->type != BLOCK_FUNCTION;
    KR_SET_LOC(c->u, s);
    if (t->kind == K_Name || t->kind == K_Attribute)
        kr_comp_forbid_debug(c, t->kind == K_Name ? t->v.Name.id : t->v.Attribute.attr);
    if (has_value) {
        int r = kr_comp_expr(c, s->v.AnnAssign.value);
        kr_comp_store(c, t, r);
    }
    if (t->kind == K_Name && s->v.AnnAssign.simple && top) {
        int save = c->u->top;
        int w = kr_emit_regs(c, 3);
        comp_annotation_to(c, ann, w + 2);
        KR_SET_LOC(c->u, s);
        kr_emit_op(c, OP_LOAD_NAME, 0, (unsigned)w, kr_emit_name(c, "__annotations__"), 0);
        kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)(w + 1),
                   kr_emit_name(c, kr_comp_mangle(c, t->v.Name.id)), 0);
        kr_emit_op(c, OP_SET_ITEM, 0, (unsigned)w, (unsigned)(w + 1), (unsigned)(w + 2));
        kr_emit_free_to(c, save);
        return;
    }
    if (!has_value && t->kind == K_Attribute) {
        comp_discard(c, t->v.Attribute.value);
    } else if (!has_value && t->kind == K_Subscript) {
        comp_discard(c, t->v.Subscript.value);
        Expr *sl = t->v.Subscript.slice;
        if (sl->kind == K_Slice) {
            Expr *parts[3] = {sl->v.Slice.lower, sl->v.Slice.upper, sl->v.Slice.step};
            for (int i = 0; i < 3; i++)
                if (parts[i])
                    comp_discard(c, parts[i]);
        } else if (sl->kind == K_Tuple) {
            for (int i = 0; i < sl->v.Tuple.elts->n; i++)
                comp_discard(c, sl->v.Tuple.elts->items[i]);
        } else {
            comp_discard(c, sl);
        }
    }
    if (!s->v.AnnAssign.simple && top && !future_annotations(c))
        comp_discard(c, ann);
}

/* A function's annotations as a dict in register dst, or false when it has
 * none: parameters in CPython 3.11's order (args, then positional-only,
 * *args, keyword-only, **kwargs), then 'return'. */
static bool function_annotations(Compiler *c, Arguments *args, Expr *returns, int dst)
{
    int cap = 2 + (args->args ? args->args->n : 0) + (args->posonlyargs ? args->posonlyargs->n : 0) +
              (args->kwonlyargs ? args->kwonlyargs->n : 0);
    Arg **list = kr_arena_alloc(c->arena, sizeof(Arg *) * (size_t)cap);
    int n = 0;
    ArgSeq *seqs[3] = {args->args, args->posonlyargs, NULL};
    for (int k = 0; k < 3; k++) {
        if (k == 2 && args->vararg && args->vararg->annotation)
            list[n++] = args->vararg;
        if (k == 2)
            seqs[k] = args->kwonlyargs;
        for (int i = 0; seqs[k] && i < seqs[k]->n; i++)
            if (seqs[k]->items[i]->annotation)
                list[n++] = seqs[k]->items[i];
    }
    if (args->kwarg && args->kwarg->annotation)
        list[n++] = args->kwarg;
    int total = n + (returns != NULL);
    if (total == 0)
        return false;
    int save = c->u->top;
    int b = kr_emit_regs(c, 2 * total);
    for (int i = 0; i < n; i++) {
        kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)(b + 2 * i),
                   kr_emit_name(c, kr_comp_mangle(c, list[i]->arg)), 0);
        comp_annotation_to(c, list[i]->annotation, b + 2 * i + 1);
    }
    if (returns) {
        kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)(b + 2 * n), kr_emit_name(c, "return"), 0);
        comp_annotation_to(c, returns, b + 2 * n + 1);
    }
    kr_emit_op(c, OP_BUILD_DICT, 0, (unsigned)dst, (unsigned)b, (unsigned)total);
    kr_emit_free_to(c, save);
    return true;
}

/* An expression statement of compile(..., 'single'): its value goes to
 * sys.displayhook, through a builtin held as a constant (no opcode). */
static void compile_print_expr(Compiler *c, Expr *e)
{
    Value hook = kr_builtin_new(c->th, &kr_mod_sys_print_expr_def, KR_VALUE_NULL, KR_VALUE_NULL);
    if (!hook)
        kr_emit_fail(c);
    int save = c->u->top;
    int w = kr_emit_regs(c, 2);
    kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)w, kr_emit_const(c, hook), 0);
    kr_comp_expr_to(c, e, w + 1);
    kr_emit_op(c, OP_CALL, 0, (unsigned)w, 1, 0);
    kr_emit_free_to(c, save);
}

static void compile_async_stmt(Compiler *c, Stmt *s)
{
    if (s->kind == K_AsyncFunctionDef) {
        /* same fields as FunctionDef; the symbol table marks it a coroutine */
        int r = kr_emit_reg(c);
        kr_comp_function(c, s, s->v.AsyncFunctionDef.name, s->v.AsyncFunctionDef.args,
                         s->v.AsyncFunctionDef.body, NULL, s->v.AsyncFunctionDef.decorator_list,
                         r, s->lineno);
        store_to_name(c, s->v.AsyncFunctionDef.name, r, s->lineno);
        return;
    }
    bool is_with = s->kind == K_AsyncWith;
    if (!kr_comp_in_async_def(c))
        kr_emit_syntax_error(c, is_with ? "'async with' outside async function"
                                        : "'async for' outside async function",
                             s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    if (is_with)
        compile_async_with_items(c, s, 0);
    else
        compile_async_for(c, s);
}

/* One statement.  Over 100 lines because it is the dispatch switch over
 * every statement kind; each case is a line or two or a named function. */
void kr_comp_stmt(Compiler *c, Stmt *s)
{
    Unit *u = c->u;
    KR_SET_LOC(u, s);
    Stmt *outer_stmt = c->cur_stmt;
    c->cur_stmt = s;
    int save = u->top;
    if (++c->depth > 2000) {
        c->status = COMPILE_RECURSION;
        kr_emit_fail(c);
    }
    switch (s->kind) {
    case K_Expr:
        if (c->interactive && !u->parent)
            compile_print_expr(c, s->v.Expr.value);
        else
            kr_comp_expr(c, s->v.Expr.value);
        break;
    case K_Assign:
        compile_assign(c, s);
        break;
    case K_AugAssign:
        compile_augassign(c, s);
        break;
    case K_AnnAssign:
        compile_annassign(c, s);
        break;
    case K_If:
        compile_if(c, s);
        break;
    case K_While:
        compile_while(c, s);
        break;
    case K_For:
        compile_for(c, s);
        break;
    case K_Break:
        compile_break_continue(c, s, true);
        break;
    case K_Continue:
        compile_break_continue(c, s, false);
        break;
    case K_Return:
        compile_return(c, s);
        break;
    case K_Raise:
        compile_raise(c, s);
        break;
    case K_Try:
    case K_TryStar:
        /* trace: the `try:` line gets its line event, as CPython 3.11's NOP. */
        kr_emit_op(c, OP_NOP, 0, 0, 0, 0);
        compile_try(c, s);
        break;
    case K_Assert:
        compile_assert(c, s);
        break;
    case K_Match:
        kr_comp_match(c, s);
        break;
    case K_Delete:
        for (int i = 0; i < s->v.Delete.targets->n; i++)
            kr_comp_delete(c, s->v.Delete.targets->items[i]);
        break;
    case K_Pass:
        /* trace: `pass` has its line event, as CPython's NOP */
        kr_emit_op(c, OP_NOP, 0, 0, 0, 0);
        break;
    case K_Global:
    case K_Nonlocal:
        break;
    case K_Import:
        compile_import(c, s);
        break;
    case K_ImportFrom:
        compile_import_from(c, s);
        break;
    case K_With:
        compile_with_items(c, s, 0);
        break;
    case K_AsyncWith:
    case K_AsyncFor:
    case K_AsyncFunctionDef:
        compile_async_stmt(c, s);
        break;
    case K_FunctionDef: {
        int r = kr_emit_reg(c);
        kr_comp_function(c, s, s->v.FunctionDef.name, s->v.FunctionDef.args,
                         s->v.FunctionDef.body, NULL, s->v.FunctionDef.decorator_list, r,
                         s->lineno);
        store_to_name(c, s->v.FunctionDef.name, r, s->lineno);
        break;
    }
    case K_ClassDef: {
        int r = kr_emit_reg(c);
        kr_comp_class(c, s, r);
        store_to_name(c, s->v.ClassDef.name, r, s->lineno);
        break;
    }
    default:
        kr_err_format(c->th, &kr_exc_SystemError,
                      "this statement is not supported yet by krait's compiler (line %d)",
                      s->lineno);
        kr_emit_fail(c);
    }
    c->depth--;
    c->cur_stmt = outer_stmt;
    kr_emit_free_to(c, save);
}

void kr_comp_stmts(Compiler *c, StmtSeq *s)
{
    for (int i = 0; s && i < s->n; i++)
        kr_comp_stmt(c, s->items[i]);
}

/* ---- functions ------------------------------------------------------------------------ */

/* Emit, in the current unit, the closure tuple for a child code object:
 * the cells named by its free variables, from our registers. */
static void emit_closure(Compiler *c, Code *child, int dst)
{
    int n = (int)child->freevars->size;
    int save = c->u->top;
    int base = kr_emit_regs(c, n);
    for (int i = 0; i < n; i++) {
        Str *name = kr_as_str(child->freevars->items[i]);
        int reg = kr_comp_named_reg(c, (const char *)name->data);
        if (reg < 0) {
            kr_err_format(c->th, &kr_exc_SystemError, "no cell for free variable '%U'", name);
            kr_emit_fail(c);
        }
        kr_emit_op(c, OP_MOVE, 0, (unsigned)(base + i), (unsigned)reg, 0);
    }
    kr_emit_op(c, OP_BUILD_TUPLE, 0, (unsigned)dst, (unsigned)base, (unsigned)n);
    kr_emit_free_to(c, save);
}

/* R[dst] := deco[0](deco[1](...deco[n-1](R[dst]))): decorators, evaluated
 * earlier into registers deco.., apply innermost (last) first. */
static void apply_decorators(Compiler *c, int deco, int ndeco, int dst)
{
    for (int i = ndeco - 1; i >= 0; i--) {
        int s2 = c->u->top;
        int w = kr_emit_regs(c, 2);
        kr_emit_op(c, OP_MOVE, 0, (unsigned)w, (unsigned)(deco + i), 0);
        kr_emit_op(c, OP_MOVE, 0, (unsigned)(w + 1), (unsigned)dst, 0);
        kr_emit_op(c, OP_CALL, 0, (unsigned)w, 1, 0);
        kr_emit_op(c, OP_MOVE, 0, (unsigned)dst, (unsigned)w, 0);
        kr_emit_free_to(c, s2);
    }
}


/* No parameter may be named __debug__ (CPython's compiler_check_debug_args),
 * reported at the def or lambda. */
static void check_debug_args(Compiler *c, Arguments *args)
{
    ArgSeq *seqs[] = {args->posonlyargs, args->args, args->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; seqs[k] && i < seqs[k]->n; i++)
            kr_comp_forbid_debug(c, seqs[k]->items[i]->arg);
    if (args->vararg)
        kr_comp_forbid_debug(c, args->vararg->arg);
    if (args->kwarg)
        kr_comp_forbid_debug(c, args->kwarg->arg);
}

void kr_comp_function(Compiler *c, const void *node, const char *name, Arguments *args,
                      StmtSeq *body, Expr *lambda_body, ExprSeq *decorators, int dst,
                      int lineno)
{
    check_debug_args(c, args);
    int save = c->u->top;
    /* Decorators are evaluated before the defaults and the function. */
    int ndeco = decorators ? decorators->n : 0;
    int deco = kr_emit_regs(c, ndeco);
    for (int i = 0; i < ndeco; i++)
        kr_comp_expr_to(c, decorators->items[i], deco + i);
    /* [defaults tuple, kwdefaults dict, closure tuple, annotations dict] */
    int extra = kr_emit_regs(c, 4);
    unsigned flags = 0;
    int ndef = args->defaults ? args->defaults->n : 0;
    if (ndef) {
        int s2 = c->u->top;
        int b = kr_emit_regs(c, ndef);
        for (int i = 0; i < ndef; i++)
            kr_comp_expr_to(c, args->defaults->items[i], b + i);
        kr_emit_op(c, OP_BUILD_TUPLE, 0, (unsigned)extra, (unsigned)b, (unsigned)ndef);
        kr_emit_free_to(c, s2);
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; args->kw_defaults && i < args->kw_defaults->n; i++)
        nkw += args->kw_defaults->items[i] != NULL;
    if (nkw) {
        int s2 = c->u->top;
        int b = kr_emit_regs(c, 2 * nkw), k = 0;
        for (int i = 0; i < args->kw_defaults->n; i++) {
            Expr *d = args->kw_defaults->items[i];
            if (!d)
                continue;
            kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)(b + 2 * k), kr_emit_name(c, kr_comp_mangle(c, args->kwonlyargs->items[i]->arg)), 0);
            kr_comp_expr_to(c, d, b + 2 * k + 1);
            k++;
        }
        kr_emit_op(c, OP_BUILD_DICT, 0, (unsigned)(extra + 1), (unsigned)b, (unsigned)nkw);
        kr_emit_free_to(c, s2);
        flags |= 2;
    }

    Expr *returns = lambda_body ? NULL : ((const Stmt *)node)->v.FunctionDef.returns;
    if (function_annotations(c, args, returns, extra + 3))
        flags |= 8;

    SymBlock *b = kr_sym_block_of(c->st, node);
    if (!b) {
        kr_err_set_string(c->th, &kr_exc_SystemError, "no symbol table for a function");
        kr_emit_fail(c);
    }
    const char *qn = qualname_for(c, name);
    /* co_firstlineno is the first decorator's line, as CPython's (trace events
     * and inspect count from it) */
    Unit *u = unit_open(c, b, name, qn, ndeco ? decorators->items[0]->lineno : lineno);
    u->argcount = (args->posonlyargs ? args->posonlyargs->n : 0) + (args->args ? args->args->n : 0);
    u->posonlyargcount = args->posonlyargs ? args->posonlyargs->n : 0;
    u->kwonlyargcount = args->kwonlyargs ? args->kwonlyargs->n : 0;
    if (lambda_body) {
        int r = kr_comp_expr(c, lambda_body);
        kr_emit_op(c, OP_RETURN, 0, (unsigned)r, 0, 0);
    } else {
        scan_deletes(c, body);
        /* co_consts[0] is the docstring or None, as in CPython 3.11: a
         * function's __doc__ is its code's first constant when a str. */
        Expr *doc = docstring_of(c, body);
        kr_emit_const(c, doc ? str_const(c, doc->v.Constant.value->s.data,
                                         doc->v.Constant.value->s.len)
                             : KR_NONE);
        /* the docstring statement itself is not code (no line event), as
         * CPython's compiler_function starts after it */
        for (int i = doc ? 1 : 0; body && i < body->n; i++)
            kr_comp_stmt(c, body->items[i]);
        emit_return_none(c);
    }
    Code *code = unit_close(c);
    if (code->nfree) {
        emit_closure(c, code, extra + 2);
        flags |= 4;
    }
    c->u->lineno = lineno;
    c->u->col = -1;
    kr_emit_op(c, OP_MAKE_FUNCTION, flags, (unsigned)dst, kr_emit_const(c, kr_from_obj(code)),
               (unsigned)extra);
    apply_decorators(c, deco, ndeco, dst);
    kr_emit_free_to(c, save > dst ? save : dst + 1);
}

void kr_comp_class(Compiler *c, Stmt *s, int dst)
{
    int save = c->u->top;
    ExprSeq *decorators = s->v.ClassDef.decorator_list;
    int ndeco = decorators ? decorators->n : 0;
    int deco = kr_emit_regs(c, ndeco);
    for (int i = 0; i < ndeco; i++)
        kr_comp_expr_to(c, decorators->items[i], deco + i);
    SymBlock *b = kr_sym_block_of(c->st, s);
    const char *name = s->v.ClassDef.name;
    const char *qn = qualname_for(c, name);
    Unit *u = unit_open(c, b, name, qn, ndeco ? decorators->items[0]->lineno : s->lineno);
    /* __module__ = __name__; __qualname__ = '...' */
    int t = kr_emit_reg(c);
    kr_emit_op(c, OP_LOAD_NAME, 0, (unsigned)t, kr_emit_name(c, "__name__"), 0);
    kr_emit_op(c, OP_STORE_NAME, 0, (unsigned)t, kr_emit_name(c, "__module__"), 0);
    Str *qs = kr_str_from_cstr(c->th, qn);
    if (!qs)
        kr_emit_fail(c);
    kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)t, kr_emit_const(c, kr_from_obj(qs)), 0);
    kr_emit_op(c, OP_STORE_NAME, 0, (unsigned)t, kr_emit_name(c, "__qualname__"), 0);
    kr_emit_free_to(c, t);
    StmtSeq *body = s->v.ClassDef.body;
    Expr *doc = docstring_of(c, body);
    if (doc)
        store_docstring(c, doc);
    setup_annotations(c, body);
    for (int i = doc ? 1 : 0; body && i < body->n; i++)
        kr_comp_stmt(c, body->items[i]);
    if (b->needs_class_closure) {
        int cell = kr_comp_named_reg(c, "__class__");
        kr_emit_op(c, OP_STORE_NAME, 0, (unsigned)cell, kr_emit_name(c, "__classcell__"), 0);
        /* The body returns its cell, so __build_class__ can check that
         * the metaclass filled it (CPython does the same). */
        kr_emit_op(c, OP_RETURN, 0, (unsigned)cell, 0, 0);
    } else {
        emit_return_none(c);
    }
    (void)u;
    Code *code = unit_close(c);

    /* The class statement is a call: __build_class__(func, name, *bases,
     * **keywords), with __build_class__ read from builtins at run time as
     * CPython's LOAD_BUILD_CLASS does, so replacing it takes effect. */
    int base = kr_emit_regs(c, 3);
    int extra = kr_emit_regs(c, 3);
    unsigned flags = 0;
    if (code->nfree) {
        emit_closure(c, code, extra + 2);
        flags |= 4;
    }
    KR_SET_LOC(c->u, s);
    kr_emit_op(c, OP_LOAD_BUILD_CLASS, 0, (unsigned)base, 0, 0);
    kr_emit_op(c, OP_MAKE_FUNCTION, flags, (unsigned)(base + 1),
               kr_emit_const(c, kr_from_obj(code)), (unsigned)extra);
    Str *ns = kr_str_intern_cstr(c->th, name);
    if (!ns)
        kr_emit_fail(c);
    kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)(base + 2), kr_emit_const(c, kr_from_obj(ns)), 0);
    Loc loc = {s->lineno, s->col_offset, s->end_lineno, s->end_col_offset};
    kr_comp_call_window(c, loc, base, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords);
    kr_emit_op(c, OP_MOVE, 0, (unsigned)dst, (unsigned)base, 0);
    apply_decorators(c, deco, ndeco, dst);
    kr_emit_free_to(c, save > dst ? save : dst + 1);
}

/* ---- comprehensions ------------------------------------------------------------------------ */

static void comp_generator(Compiler *c, Expr *e, ComprehensionSeq *gens, int gi, int result)
{
    Comprehension *g = gens->items[gi];
    int save = c->u->top;
    int it;
    if (gi == 0) {
        it = 0;    /* the .0 parameter: the outermost iterator, made by the caller */
    } else {
        int src = kr_comp_expr(c, g->iter);
        it = kr_emit_reg(c);
        kr_emit_op(c, g->is_async ? OP_GET_AITER : OP_GET_ITER, 0, (unsigned)it, (unsigned)src, 0);
    }
    int item = kr_emit_reg(c);
    int top = kr_emit_pc(c);
    int exit = -1;
    Protect *p = NULL;
    KR_SET_LOC(c->u, e);
    if (g->is_async) {
        /* as compile_async_for: the handler ends the loop */
        int exc = kr_emit_reg(c), aw = kr_emit_reg(c);
        p = kr_emit_protect_begin(c, exc);
        kr_emit_op(c, OP_GET_ANEXT, 0, (unsigned)aw, (unsigned)it, 0);
        emit_send_loop(c, item, aw);
        kr_emit_protect_pause(c, p);
    } else {
        kr_emit_op(c, OP_FOR_ITER, 0, (unsigned)it, (unsigned)item, 0);
        exit = kr_emit_jump(c, OP_JUMP, 0);
    }
    kr_comp_store(c, g->target, item);
    PatchList skip = {0};
    for (int i = 0; g->ifs && i < g->ifs->n; i++)
        kr_comp_jump_if(c, g->ifs->items[i], false, &skip);
    if (gi + 1 < gens->n) {
        comp_generator(c, e, gens, gi + 1, result);
    } else {
        int s2 = c->u->top;
        if (e->kind == K_DictComp) {
            int k = kr_emit_reg(c);
            kr_comp_expr_to(c, e->v.DictComp.key, k);
            int v = kr_comp_expr(c, e->v.DictComp.value);
            kr_emit_op(c, OP_DICT_SET, 0, (unsigned)result, (unsigned)k, (unsigned)v);
        } else if (e->kind == K_GeneratorExp) {
            int v = kr_comp_expr(c, e->v.GeneratorExp.elt);
            int sent = kr_emit_reg(c);
            kr_emit_op(c, OP_YIELD, 0, (unsigned)sent, (unsigned)v, 0);
        } else {
            int v = kr_comp_expr(c, e->kind == K_ListComp ? e->v.ListComp.elt : e->v.SetComp.elt);
            kr_emit_op(c, e->kind == K_SetComp ? OP_SET_ADD : OP_LIST_APPEND, 0, (unsigned)result,
                       (unsigned)v, 0);
        }
        kr_emit_free_to(c, s2);
    }
    kr_emit_patch_list(c, &skip, top);
    kr_emit_jump_to(c, OP_JUMP, 0, top);
    if (p) {
        kr_emit_protect_handler_here(c, p);
        KR_SET_LOC(c->u, e);
        kr_emit_op(c, OP_END_ASYNC_FOR, 0, (unsigned)p->reg, 0, 0);
    } else {
        kr_emit_patch_here(c, exit);
    }
    kr_emit_free_to(c, save);
}

void kr_comp_comprehension(Compiler *c, Expr *e, int dst)
{
    ComprehensionSeq *gens = e->kind == K_ListComp ? e->v.ListComp.generators
                           : e->kind == K_SetComp ? e->v.SetComp.generators
                           : e->kind == K_GeneratorExp ? e->v.GeneratorExp.generators
                           : e->v.DictComp.generators;
    int save = c->u->top;
    SymBlock *b = kr_sym_block_of(c->st, e);
    if (!b) {
        kr_err_set_string(c->th, &kr_exc_SystemError, "no symbol table for a comprehension");
        kr_emit_fail(c);
    }
    /* A comprehension with `async for` or `await` is a coroutine, awaited
     * right after the call -- possible only where await is; a generator
     * expression becomes an async generator instead, allowed anywhere. */
    bool awaited = b->coroutine && e->kind != K_GeneratorExp;
    if (awaited && !kr_comp_in_async_def(c) && c->u->block->comprehension == COMP_NONE)
        kr_emit_syntax_error(c, "asynchronous comprehension outside of an asynchronous function",
                             e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    const char *name = e->kind == K_ListComp ? "<listcomp>"
                     : e->kind == K_GeneratorExp ? "<genexpr>"
                     : e->kind == K_SetComp ? "<setcomp>" : "<dictcomp>";
    Unit *u = unit_open(c, b, name, qualname_for(c, name), e->lineno);
    u->argcount = 1;
    int result = kr_emit_reg(c);
    if (e->kind == K_GeneratorExp) {
        comp_generator(c, e, gens, 0, result);
        kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)result, kr_emit_const(c, KR_NONE), 0);
    } else {
        kr_emit_op(c, e->kind == K_DictComp ? OP_BUILD_DICT
                      : e->kind == K_SetComp ? OP_BUILD_SET : OP_BUILD_LIST, 0, (unsigned)result, 0, 0);
        comp_generator(c, e, gens, 0, result);
    }
    kr_emit_op(c, OP_RETURN, 0, (unsigned)result, 0, 0);
    Code *code = unit_close(c);

    int base = kr_emit_regs(c, 2);
    int extra = kr_emit_regs(c, 3);
    unsigned flags = 0;
    if (code->nfree) {
        emit_closure(c, code, extra + 2);
        flags |= 4;
    }
    KR_SET_LOC(c->u, e);
    kr_emit_op(c, OP_MAKE_FUNCTION, flags, (unsigned)base, kr_emit_const(c, kr_from_obj(code)),
               (unsigned)extra);
    int src = kr_comp_expr(c, gens->items[0]->iter);
    kr_emit_op(c, gens->items[0]->is_async ? OP_GET_AITER : OP_GET_ITER, 0, (unsigned)(base + 1),
               (unsigned)src, 0);
    kr_emit_op(c, OP_CALL, 0, (unsigned)base, 1, 0);
    if (awaited)
        kr_comp_await(c, base, base, 0);
    kr_emit_op(c, OP_MOVE, 0, (unsigned)dst, (unsigned)base, 0);
    kr_emit_free_to(c, save);
}

/* ---- entry --------------------------------------------------------------------------------- */

/* A NUL-terminated arena copy of line LINENO (1-based) of SRC, which need
 * not itself be NUL-terminated; with its newline when KEEP_NL (an error's
 * text keeps it, diag.h). */
static const char *source_line(Arena *arena, const char *src, size_t len, int lineno,
                               bool keep_nl)
{
    const char *p = src, *end = src + len;
    for (int line = 1; line < lineno && p < end; p++)
        if (*p == '\n')
            line++;
    const char *e = p;
    while (e < end && *e != '\n')
        e++;
    if (keep_nl && e < end)
        e++;
    return kr_arena_strndup(arena, p, (size_t)(e - p));
}

CompileStatus kr_compile_module(Thread *th, Arena *arena, Mod *mod, const char *filename,
                                const char *src, size_t len, Code **out, SyntaxErr *err)
{
    return kr_compile_mod(th, arena, mod, filename, src, len, 0, -1, out, err);
}

/* The top-level code of a Module, an Interactive statement or an
 * Expression (whose code returns its value). */
static void compile_top(Compiler *c, Mod *mod)
{
    if (mod->kind == K_Expression) {
        int r = kr_comp_expr(c, mod->v.Expression.body);
        kr_emit_op(c, OP_RETURN, 0, (unsigned)r, 0, 0);
        return;
    }
    StmtSeq *body = mod->kind == K_Interactive ? mod->v.Interactive.body : mod->v.Module.body;
    c->interactive = mod->kind == K_Interactive;
    Expr *doc = mod->kind == K_Module ? docstring_of(c, body) : NULL;
    if (doc)
        store_docstring(c, doc);
    setup_annotations(c, body);
    for (int i = doc ? 1 : 0; body && i < body->n; i++)
        kr_comp_stmt(c, body->items[i]);
    emit_return_none(c);
}

CompileStatus kr_compile_mod(Thread *th, Arena *arena, Mod *mod, const char *filename,
                             const char *src, size_t len, int future_flags, int optimize,
                             Code **out, SyntaxErr *err)
{
    SymResult sr = kr_sym_build(arena, mod, filename, src, len, future_flags);
    if (!sr.st) {
        if (sr.error == SYMERR_RECURSION)
            return COMPILE_RECURSION;
        *err = sr.err;
        return COMPILE_SYNTAX_ERROR;
    }
    Compiler cc;
    memset(&cc, 0, sizeof cc);
    Compiler *c = &cc;
    c->th = th;
    c->arena = arena;
    c->st = sr.st;
    c->filename = filename;
    c->src = src;
    c->srclen = len;
    c->err = err;
    c->optimize = optimize < 0 ? th->vm->optimize : optimize;
    jmp_buf bail;
    c->bail = &bail;
    if (setjmp(bail)) {
        if (c->status == COMPILE_SYNTAX_ERROR && err->lineno > 0 && src) {
            /* The error's source line, as CPython fills it in, and its byte
             * columns as 1-based character offsets (diag.h). */
            err->text = source_line(arena, src, len, err->lineno, true);
            err->offset = kr_diag_char_offset(err->text, err->offset - 1) + 1;
            if (err->end_lineno == err->lineno)
                err->end_offset = kr_diag_char_offset(err->text, err->end_offset - 1) + 1;
            else if (err->end_offset > 0) {
                const char *eline = source_line(arena, src, len, err->end_lineno, false);
                err->end_offset = kr_diag_char_offset(eline, err->end_offset - 1) + 1;
            }
        }
        return c->status;
    }
    c->filename_str = kr_str_from_cstr(th, filename);
    if (!c->filename_str)
        kr_emit_fail(c);
    c->st->future_features |= future_flags;
    unit_open(c, sr.st->top, "<module>", NULL, 1);
    compile_top(c, mod);
    *out = unit_close(c);
    return COMPILE_OK;
}
