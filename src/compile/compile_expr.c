/*
 * compile_expr.c -- expressions to register code.
 *
 * The two entry points differ in who chooses the result register:
 *
 *   kr_comp_expr(c, e)        -> r   the value is in r: for a local variable
 *                                    its own register (no copy), otherwise a
 *                                    fresh temporary at the top
 *   kr_comp_expr_to(c, e, r)         the value is in r, a register the caller
 *                                    chose (an argument slot, an assignment's
 *                                    local)
 *
 * so `x = a + b` with locals is one BINARY_OP x, a, b.  Writing straight
 * into a local's register is safe only when the expression reads
 * everything it needs before its last instruction writes the result; for
 * the forms where that is not so (and/or, chained comparisons, the
 * conditional expression), expr_to goes through a temporary when the
 * destination is a named register.
 *
 * Conditions compile to jumps directly (kr_comp_jump_if), so `if a and not
 * b:` evaluates no boolean objects.
 */
#include "compile/compiler.h"

#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/tuple.h"
#include "vm/errors.h"

#define MAX_DEPTH 2000

static void enter(Compiler *c)
{
    if (++c->depth > MAX_DEPTH) {
        c->status = COMPILE_RECURSION;
        kr_emit_fail(c);
    }
}

static void leave(Compiler *c) { c->depth--; }

/* ---- constants ------------------------------------------------------------- */

static Value const_value(Compiler *c, const AstConst *k);

/* A tuple or frozenset Constant (only compile() of an ast object makes
 * them): its items' values, built each compile. */
static Value const_seq_value(Compiler *c, const AstConst *k)
{
    Thread *th = c->th;
    if (k->kind == CONST_TUPLE) {
        Tuple *t = kr_tuple_new(th, k->seq.n);
        for (int i = 0; t && i < k->seq.n; i++)
            t->items[i] = const_value(c, k->seq.items[i]);
        return t ? kr_from_obj(t) : KR_VALUE_NULL;
    }
    Set *s = kr_set_new(th, &kr_frozenset_type);
    for (int i = 0; s && i < k->seq.n; i++)
        if (kr_set_add(th, s, const_value(c, k->seq.items[i])) < 0)
            return KR_VALUE_NULL;
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* A big int constant from its decimal digits, with no int_max_str_digits
 * limit: the literal's size was checked (or not) when it was parsed. */
static Value big_int_const(Thread *th, const AstConst *k)
{
    mpz_t z;
    if (mpz_init_set_str(z, k->s.data, 10) != 0)
        kr_fatal("bad big int constant: %s", k->s.data);
    Value v = kr_int_from_mpz(th, z);
    mpz_clear(z);
    return v;
}

static Value const_value(Compiler *c, const AstConst *k)
{
    Thread *th = c->th;
    Value v = KR_VALUE_NULL;
    switch (k->kind) {
    case CONST_NONE: return KR_NONE;
    case CONST_TRUE: return KR_TRUE;
    case CONST_FALSE: return KR_FALSE;
    case CONST_ELLIPSIS: return KR_ELLIPSIS;
    case CONST_INT:
        v = k->big ? big_int_const(th, k) : kr_int_from_i64(th, k->i);
        break;
    case CONST_FLOAT:
        v = kr_float_new(th, k->f);
        break;
    case CONST_STR: {
        Str *s = kr_str_from_utf8(th, k->s.data, k->s.len);
        if (s && s->len <= 40)
            s = kr_str_intern(th, s);
        v = s ? kr_from_obj(s) : KR_VALUE_NULL;
        break;
    }
    case CONST_COMPLEX:
        v = kr_complex_new(th, 0.0, k->f);
        break;
    case CONST_BYTES:
        v = kr_bytes_value(kr_bytes_new(th, k->s.data, (int64_t)k->s.len));
        break;
    case CONST_TUPLE:
    case CONST_FROZENSET:
        v = const_seq_value(c, k);
        break;
    }
    if (!v) {
        if (!kr_err_occurred(th))
            kr_err_no_memory(th);
        kr_emit_fail(c);
    }
    return v;
}

Value kr_comp_const(Compiler *c, const AstConst *k)
{
    return const_value(c, k);
}

/* A compile-time constant value of e, or NULL (for folding). */
static Value fold(Compiler *c, Expr *e)
{
    if (e->kind == K_Constant && e->v.Constant.value->kind != CONST_BYTES &&
        e->v.Constant.value->kind != CONST_COMPLEX)
        return const_value(c, e->v.Constant.value);
    if (e->kind == K_UnaryOp && e->v.UnaryOp.op == K_USub) {
        Value v = fold(c, e->v.UnaryOp.operand);
        if (v && (kr_is_int(v) || kr_is_float(v)) && !kr_is_bool(v)) {
            Value r = kr_object_neg(c->th, v);
            if (!r)
                kr_emit_fail(c);
            return r;
        }
        return KR_VALUE_NULL;
    }
    if (e->kind == K_Tuple && e->v.Tuple.ctx == K_Load) {
        ExprSeq *elts = e->v.Tuple.elts;
        int n = elts ? elts->n : 0;
        Tuple *t = kr_tuple_new(c->th, n);
        if (!t)
            kr_emit_fail(c);
        for (int i = 0; i < n; i++) {
            Value v = fold(c, elts->items[i]);
            if (!v)
                return KR_VALUE_NULL;
            t->items[i] = v;
        }
        return kr_from_obj(t);
    }
    return KR_VALUE_NULL;
}

/* ---- names -------------------------------------------------------------------- */

const char *kr_comp_mangle(Compiler *c, const char *name)
{
    return kr_sym_mangle(c->arena, c->u->private_name, name);
}

int kr_comp_named_reg(Compiler *c, const char *name)
{
    Unit *u = c->u;
    /* Backwards: a parameter that is also a cell has two registers, and
     * every access after the prologue goes through the cell's. */
    for (int i = u->nnamed - 1; i >= 0; i--)
        if (strcmp(u->regnames[i], name) == 0)
            return i;
    return -1;
}

static SymScope scope_of(Compiler *c, const char *name)
{
    SymScope s = kr_sym_scope(c->u->block, name);
    return s == SCOPE_NONE ? SCOPE_GLOBAL_IMPLICIT : s;
}

static int load_name(Compiler *c, const char *id, int dst)
{
    Unit *u = c->u;
    if (strcmp(id, "__debug__") == 0) {     /* a constant, as CPython's ast_opt makes it */
        if (dst < 0)
            dst = kr_emit_reg(c);
        kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)dst, kr_emit_const(c, c->optimize ? KR_FALSE : KR_TRUE), 0);
        return dst;
    }
    const char *name = kr_comp_mangle(c, id);
    SymScope scope = scope_of(c, name);
    if (scope == SCOPE_CELL || scope == SCOPE_FREE) {
        int cell = kr_comp_named_reg(c, name);
        if (cell >= 0) {
            if (dst < 0)
                dst = kr_emit_reg(c);
            if (!u->fast)   /* a class body: its namespace may shadow the cell */
                kr_emit_op(c, OP_LOAD_CLASSDEREF, 0, (unsigned)dst, (unsigned)cell,
                           kr_emit_name(c, name));
            else
                kr_emit_op(c, OP_LOAD_DEREF, 0, (unsigned)dst, (unsigned)cell, 0);
            return dst;
        }
    }
    if (u->fast && scope == SCOPE_LOCAL) {
        int r = kr_comp_named_reg(c, name);
        if (!u->assigned[r]) {
            kr_emit_op(c, OP_CHECK_BOUND, 0, (unsigned)r, 0, 0);
            if (!u->deleted[r])
                u->assigned[r] = true;
        }
        if (dst >= 0 && dst != r)
            kr_emit_op(c, OP_MOVE, 0, (unsigned)dst, (unsigned)r, 0);
        return dst >= 0 ? dst : r;
    }
    if (dst < 0)
        dst = kr_emit_reg(c);
    Opcode op = (scope == SCOPE_GLOBAL_EXPLICIT || (u->fast && scope == SCOPE_GLOBAL_IMPLICIT))
                    ? OP_LOAD_GLOBAL : OP_LOAD_NAME;
    kr_emit_op(c, op, 0, (unsigned)dst, kr_emit_name(c, name), 0);
    return dst;
}

/* CPython's forbidden_name for a store: reported at the node being
 * compiled (a def, an import, an except handler, an attribute). */
void kr_comp_forbid_debug(Compiler *c, const char *id)
{
    if (strcmp(id, "__debug__") != 0)
        return;
    Unit *u = c->u;
    Stmt *st = c->cur_stmt;
    if (u->col >= 0)
        kr_emit_syntax_error(c, "cannot assign to __debug__", u->lineno, u->col, u->end_lineno,
                             u->end_col);
    kr_emit_syntax_error(c, "cannot assign to __debug__", st ? st->lineno : u->lineno,
                         st ? st->col_offset : 0, st ? st->end_lineno : u->lineno,
                         st ? st->end_col_offset : 0);
}

static void store_name(Compiler *c, const char *id, int r)
{
    kr_comp_forbid_debug(c, id);
    Unit *u = c->u;
    const char *name = kr_comp_mangle(c, id);
    SymScope scope = scope_of(c, name);
    if (scope == SCOPE_CELL || scope == SCOPE_FREE) {
        int cell = kr_comp_named_reg(c, name);
        if (cell >= 0) {
            kr_emit_op(c, OP_STORE_DEREF, 0, (unsigned)cell, (unsigned)r, 0);
            return;
        }
    }
    if (u->fast && scope == SCOPE_LOCAL) {
        int reg = kr_comp_named_reg(c, name);
        if (reg != r)
            kr_emit_op(c, OP_MOVE, 0, (unsigned)reg, (unsigned)r, 0);
        if (!u->deleted[reg])
            u->assigned[reg] = true;
        return;
    }
    Opcode op = (scope == SCOPE_GLOBAL_EXPLICIT || (u->fast && scope == SCOPE_GLOBAL_IMPLICIT))
                    ? OP_STORE_GLOBAL : OP_STORE_NAME;
    kr_emit_op(c, op, 0, (unsigned)r, kr_emit_name(c, name), 0);
}

/* The register a store to this Name target writes directly, or -1. */
static int direct_target(Compiler *c, Expr *t)
{
    if (t->kind != K_Name || !c->u->fast)
        return -1;
    const char *name = kr_comp_mangle(c, t->v.Name.id);
    if (scope_of(c, name) != SCOPE_LOCAL)
        return -1;
    return kr_comp_named_reg(c, name);
}

/* Does evaluating e possibly rebind a local of this scope?  Only an
 * assignment expression can (comprehension and lambda bodies are other
 * scopes; a walrus there binds through a cell).  Used to keep a left
 * operand that is a variable's own register from seeing the new value. */
static bool has_walrus(const Expr *e)
{
    if (!e)
        return false;
    switch (e->kind) {
    case K_NamedExpr: return true;
    case K_BinOp: return has_walrus(e->v.BinOp.left) || has_walrus(e->v.BinOp.right);
    case K_UnaryOp: return has_walrus(e->v.UnaryOp.operand);
    case K_BoolOp:
        for (int i = 0; i < e->v.BoolOp.values->n; i++)
            if (has_walrus(e->v.BoolOp.values->items[i]))
                return true;
        return false;
    case K_Compare:
        if (has_walrus(e->v.Compare.left))
            return true;
        for (int i = 0; i < e->v.Compare.comparators->n; i++)
            if (has_walrus(e->v.Compare.comparators->items[i]))
                return true;
        return false;
    case K_IfExp:
        return has_walrus(e->v.IfExp.test) || has_walrus(e->v.IfExp.body) ||
               has_walrus(e->v.IfExp.orelse);
    case K_Call:
        if (has_walrus(e->v.Call.func))
            return true;
        for (int i = 0; e->v.Call.args && i < e->v.Call.args->n; i++)
            if (has_walrus(e->v.Call.args->items[i]))
                return true;
        for (int i = 0; e->v.Call.keywords && i < e->v.Call.keywords->n; i++)
            if (has_walrus(e->v.Call.keywords->items[i]->value))
                return true;
        return false;
    case K_Attribute: return has_walrus(e->v.Attribute.value);
    case K_Subscript: return has_walrus(e->v.Subscript.value) || has_walrus(e->v.Subscript.slice);
    case K_Starred: return has_walrus(e->v.Starred.value);
    case K_Slice:
        return has_walrus(e->v.Slice.lower) || has_walrus(e->v.Slice.upper) ||
               has_walrus(e->v.Slice.step);
    case K_Tuple:
    case K_List:
    case K_Set: {
        ExprSeq *elts = e->kind == K_Tuple ? e->v.Tuple.elts : e->kind == K_List ? e->v.List.elts
                                                                               : e->v.Set.elts;
        for (int i = 0; elts && i < elts->n; i++)
            if (has_walrus(elts->items[i]))
                return true;
        return false;
    }
    case K_Dict:
        for (int i = 0; e->v.Dict.values && i < e->v.Dict.values->n; i++)
            if ((e->v.Dict.keys->items[i] && has_walrus(e->v.Dict.keys->items[i])) ||
                has_walrus(e->v.Dict.values->items[i]))
                return true;
        return false;
    case K_JoinedStr:
        for (int i = 0; e->v.JoinedStr.values && i < e->v.JoinedStr.values->n; i++)
            if (has_walrus(e->v.JoinedStr.values->items[i]))
                return true;
        return false;
    case K_FormattedValue:
        return has_walrus(e->v.FormattedValue.value) || has_walrus(e->v.FormattedValue.format_spec);
    default:
        return false;
    }
}

/* Evaluate `first`, which is read before `later` is evaluated: when it is
 * a variable's register and `later` may rebind variables, snapshot it. */
static int operand_before(Compiler *c, Expr *first, Expr *later)
{
    int r = kr_comp_expr(c, first);
    if (r < c->u->nnamed && has_walrus(later)) {
        int t = kr_emit_reg(c);
        kr_emit_op(c, OP_MOVE, 0, (unsigned)t, (unsigned)r, 0);
        r = t;
    }
    return r;
}

/* ---- stores and deletes ---------------------------------------------------------- */

static void store_unpack(Compiler *c, Expr *target, ExprSeq *elts, int r)
{
    int n = elts ? elts->n : 0;
    int star = -1;
    for (int i = 0; i < n; i++)
        if (elts->items[i]->kind == K_Starred) {
            if (star >= 0)
                kr_emit_syntax_error(c, "multiple starred expressions in assignment",
                                     target->lineno, target->col_offset, target->end_lineno,
                                     target->end_col_offset);
            star = i;
        }
    /* CPython's limits (its UNPACK_EX packs both counts in one oparg) */
    if (star >= (1 << 8) || (star >= 0 && n - star - 1 >= (INT_MAX >> 8)))
        kr_emit_syntax_error(c, "too many expressions in star-unpacking assignment",
                             target->lineno, target->col_offset, target->end_lineno,
                             target->end_col_offset);
    int save = c->u->top;
    int base = kr_emit_regs(c, n);
    if (star < 0) {
        kr_emit_op(c, OP_UNPACK, 0, (unsigned)base, (unsigned)r, (unsigned)n);
    } else {
        kr_emit_op(c, OP_UNPACK_EX, (unsigned)star, (unsigned)base, (unsigned)r, (unsigned)n);
    }
    for (int i = 0; i < n; i++) {
        Expr *t = elts->items[i];
        kr_comp_store(c, t->kind == K_Starred ? t->v.Starred.value : t, base + i);
    }
    kr_emit_free_to(c, save);
}

void kr_comp_store(Compiler *c, Expr *t, int r)
{
    int save = c->u->top;
    Loc saveline = KR_GET_LOC(c->u);
    KR_SET_LOC(c->u, t);
    switch (t->kind) {
    case K_Name:
        /* a name a statement binds (def, import, except) has no position of
         * its own: the error is at the statement's or the handler's */
        if (t->end_lineno == 0)
            KR_PUT_LOC(c->u, saveline);
        store_name(c, t->v.Name.id, r);
        break;
    case K_Starred:
        kr_emit_syntax_error(c, "starred assignment target must be in a list or tuple",
                             t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
    case K_Attribute: {
        kr_comp_forbid_debug(c, t->v.Attribute.attr);
        int obj = kr_comp_expr(c, t->v.Attribute.value);
        KR_SET_LOC(c->u, t);
        kr_emit_op(c, OP_SET_ATTR, 0, (unsigned)obj, kr_emit_name(c, kr_comp_mangle(c, t->v.Attribute.attr)),
                   (unsigned)r);
        break;
    }
    case K_Subscript: {
        int obj = kr_comp_expr(c, t->v.Subscript.value);
        int key = kr_comp_expr(c, t->v.Subscript.slice);
        KR_SET_LOC(c->u, t);
        kr_emit_op(c, OP_SET_ITEM, 0, (unsigned)obj, (unsigned)key, (unsigned)r);
        break;
    }
    case K_Tuple:
        store_unpack(c, t, t->v.Tuple.elts, r);
        break;
    case K_List:
        store_unpack(c, t, t->v.List.elts, r);
        break;
    default:
        kr_emit_syntax_error(c, "cannot assign to expression", t->lineno, t->col_offset,
                             t->end_lineno, t->end_col_offset);
    }
    KR_PUT_LOC(c->u, saveline);
    kr_emit_free_to(c, save);
}

void kr_comp_delete(Compiler *c, Expr *t)
{
    Unit *u = c->u;
    int save = u->top;
    KR_SET_LOC(u, t);
    switch (t->kind) {
    case K_Name: {
        if (strcmp(t->v.Name.id, "__debug__") == 0)
            kr_emit_syntax_error(c, "cannot delete __debug__", t->lineno, t->col_offset,
                                 t->end_lineno, t->end_col_offset);
        const char *name = kr_comp_mangle(c, t->v.Name.id);
        SymScope scope = scope_of(c, name);
        int reg = kr_comp_named_reg(c, name);
        if ((scope == SCOPE_CELL || scope == SCOPE_FREE) && reg >= 0) {
            kr_emit_op(c, OP_DELETE_DEREF, 0, (unsigned)reg, 0, 0);
        } else if (u->fast && scope == SCOPE_LOCAL) {
            kr_emit_op(c, OP_DELETE_FAST, 0, (unsigned)reg, 0, 0);
            u->assigned[reg] = false;
        } else {
            Opcode op = (scope == SCOPE_GLOBAL_EXPLICIT || (u->fast && scope == SCOPE_GLOBAL_IMPLICIT))
                            ? OP_DELETE_GLOBAL : OP_DELETE_NAME;
            kr_emit_op(c, op, 0, 0, kr_emit_name(c, name), 0);
        }
        break;
    }
    case K_Attribute: {
        int obj = kr_comp_expr(c, t->v.Attribute.value);
        kr_emit_op(c, OP_DEL_ATTR, 0, (unsigned)obj, kr_emit_name(c, kr_comp_mangle(c, t->v.Attribute.attr)), 0);
        break;
    }
    case K_Subscript: {
        int obj = kr_comp_expr(c, t->v.Subscript.value);
        int key = kr_comp_expr(c, t->v.Subscript.slice);
        KR_SET_LOC(u, t);
        kr_emit_op(c, OP_DEL_ITEM, 0, (unsigned)obj, (unsigned)key, 0);
        break;
    }
    case K_Tuple:
    case K_List: {
        ExprSeq *elts = t->kind == K_Tuple ? t->v.Tuple.elts : t->v.List.elts;
        for (int i = 0; elts && i < elts->n; i++)
            kr_comp_delete(c, elts->items[i]);
        break;
    }
    default:
        kr_emit_syntax_error(c, "cannot delete expression", t->lineno, t->col_offset,
                             t->end_lineno, t->end_col_offset);
    }
    kr_emit_free_to(c, save);
}

static int cmp_of(Cmpop op);

/* ---- conditions --------------------------------------------------------------------- */

void kr_comp_jump_if(Compiler *c, Expr *e, bool cond, PatchList *to)
{
    int save = c->u->top;
    enter(c);
    if (e->kind == K_UnaryOp && e->v.UnaryOp.op == K_Not) {
        kr_comp_jump_if(c, e->v.UnaryOp.operand, !cond, to);
    } else if (e->kind == K_BoolOp) {
        ExprSeq *vs = e->v.BoolOp.values;
        bool is_and = e->v.BoolOp.op == K_And;
        if (is_and == cond) {
            /* (and, jump if true) / (or, jump if false): all must agree. */
            PatchList skip = {0};
            for (int i = 0; i < vs->n - 1; i++)
                kr_comp_jump_if(c, vs->items[i], !cond, &skip);
            kr_comp_jump_if(c, vs->items[vs->n - 1], cond, to);
            kr_emit_patch_list(c, &skip, kr_emit_pc(c));
        } else {
            for (int i = 0; i < vs->n; i++)
                kr_comp_jump_if(c, vs->items[i], cond, to);
        }
    } else if (e->kind == K_Compare && e->v.Compare.ops->n == 1 &&
               cmp_of(e->v.Compare.ops->items[0]) >= 0) {
        kr_warn_compare(c, e);
        int op = cmp_of(e->v.Compare.ops->items[0]);
        Expr *right = e->v.Compare.comparators->items[0];
        int l = operand_before(c, e->v.Compare.left, right);
        Value k = fold(c, right);
        KR_SET_LOC(c->u, e);
        if (k) {
            kr_emit_op(c, OP_CMP_BRANCH_K, (unsigned)op, cond ? 1 : 0, (unsigned)l, kr_emit_const(c, k));
        } else {
            int r = kr_comp_expr(c, right);
            KR_SET_LOC(c->u, e);
            kr_emit_op(c, OP_CMP_BRANCH, (unsigned)op, cond ? 1 : 0, (unsigned)l, (unsigned)r);
        }
        kr_emit_patchlist_add(to, kr_emit_jump(c, OP_JUMP, 0));
    } else {
        Value k = fold(c, e);
        if (k && (kr_is_bool(k) || kr_is_none(k) || kr_is_smallint(k))) {
            int t = kr_object_truth(c->th, k);
            if (t == cond)
                kr_emit_patchlist_add(to, kr_emit_jump(c, OP_JUMP, 0));
        } else {
            int r = kr_comp_expr(c, e);
            KR_SET_LOC(c->u, e);
            kr_emit_patchlist_add(to, kr_emit_jump(c, cond ? OP_JUMP_IF_TRUE : OP_JUMP_IF_FALSE,
                                                   (unsigned)r));
        }
    }
    leave(c);
    kr_emit_free_to(c, save);
}

/* ---- operators ------------------------------------------------------------------------ */

static void compare_op(Compiler *c, Cmpop op, int dst, int l, int r)
{
    switch (op) {
    case K_Eq: kr_emit_op(c, OP_COMPARE_OP, KR_EQ, (unsigned)dst, (unsigned)l, (unsigned)r); break;
    case K_NotEq: kr_emit_op(c, OP_COMPARE_OP, KR_NE, (unsigned)dst, (unsigned)l, (unsigned)r); break;
    case K_Lt: kr_emit_op(c, OP_COMPARE_OP, KR_LT, (unsigned)dst, (unsigned)l, (unsigned)r); break;
    case K_LtE: kr_emit_op(c, OP_COMPARE_OP, KR_LE, (unsigned)dst, (unsigned)l, (unsigned)r); break;
    case K_Gt: kr_emit_op(c, OP_COMPARE_OP, KR_GT, (unsigned)dst, (unsigned)l, (unsigned)r); break;
    case K_GtE: kr_emit_op(c, OP_COMPARE_OP, KR_GE, (unsigned)dst, (unsigned)l, (unsigned)r); break;
    case K_Is: kr_emit_op(c, OP_IS_OP, 0, (unsigned)dst, (unsigned)l, (unsigned)r); break;
    case K_IsNot: kr_emit_op(c, OP_IS_OP, 1, (unsigned)dst, (unsigned)l, (unsigned)r); break;
    case K_In: kr_emit_op(c, OP_CONTAINS_OP, 0, (unsigned)dst, (unsigned)l, (unsigned)r); break;
    case K_NotIn: kr_emit_op(c, OP_CONTAINS_OP, 1, (unsigned)dst, (unsigned)l, (unsigned)r); break;
    }
}

/* The rich-comparison operator of a Cmpop, or -1 (is, in). */
static int cmp_of(Cmpop op)
{
    switch (op) {
    case K_Eq: return KR_EQ;
    case K_NotEq: return KR_NE;
    case K_Lt: return KR_LT;
    case K_LtE: return KR_LE;
    case K_Gt: return KR_GT;
    case K_GtE: return KR_GE;
    default: return -1;
    }
}

static void compile_compare(Compiler *c, Expr *e, int dst)
{
    kr_warn_compare(c, e);
    CmpopSeq *ops = e->v.Compare.ops;
    ExprSeq *cmps = e->v.Compare.comparators;
    int l = operand_before(c, e->v.Compare.left, e);
    if (ops->n == 1) {
        int op = cmp_of(ops->items[0]);
        Value k = op >= 0 ? fold(c, cmps->items[0]) : KR_VALUE_NULL;
        if (k) {
            KR_SET_LOC(c->u, e);
            kr_emit_op(c, OP_COMPARE_OP_K, (unsigned)op, (unsigned)dst, (unsigned)l, kr_emit_const(c, k));
            return;
        }
        int r = kr_comp_expr(c, cmps->items[0]);
        KR_SET_LOC(c->u, e);
        compare_op(c, ops->items[0], dst, l, r);
        return;
    }
    /* a < b < c: b is evaluated once, into a temporary that outlives the
     * first comparison. */
    PatchList done = {0};
    for (int i = 0; i < ops->n; i++) {
        int save = c->u->top;
        int r = kr_emit_reg(c);
        kr_comp_expr_to(c, cmps->items[i], r);
        KR_SET_LOC(c->u, e);
        compare_op(c, ops->items[i], dst, l, r);
        if (i < ops->n - 1) {
            kr_emit_patchlist_add(&done, kr_emit_jump(c, OP_JUMP_IF_FALSE, (unsigned)dst));
            l = r;
            (void)save;
        }
    }
    kr_emit_patch_list(c, &done, kr_emit_pc(c));
}

/* Displays and calls with up to this many operands evaluate them into
 * consecutive registers for one BUILD_* or CALL; longer ones (generated
 * code: a 100,000-element list literal) are built item by item, as
 * starred ones are, so no expression needs more than a few hundred
 * registers (16-bit register fields, emit.c). */
#define INLINE_OPERANDS_MAX 256

/* ---- calls ---------------------------------------------------------------------------- */

static bool has_star(ExprSeq *args, KeywordSeq *kws)
{
    for (int i = 0; args && i < args->n; i++)
        if (args->items[i]->kind == K_Starred)
            return true;
    for (int i = 0; kws && i < kws->n; i++)
        if (!kws->items[i]->arg)
            return true;
    return false;
}

/* f(*args, **kwargs) and mixtures: build a tuple and a dict, CALL_EX.
 * The first nfixed positional arguments are already in R[base+1..]
 * (a class statement's body function and name). */
static void call_ex(Compiler *c, Loc loc, ExprSeq *args, KeywordSeq *kws, int base, int nfixed)
{
    /* CALL_EX wants the tuple in R[base+1] and the dict in R[base+2]; the
     * fixed arguments start the list in place. */
    kr_emit_free_to(c, base + 1);
    int lst = kr_emit_reg(c);
    kr_emit_op(c, OP_BUILD_LIST, 0, (unsigned)lst, (unsigned)(base + 1), (unsigned)nfixed);
    for (int i = 0; args && i < args->n; i++) {
        int save = c->u->top;
        Expr *a = args->items[i];
        if (a->kind == K_Starred) {
            int r = kr_comp_expr(c, a->v.Starred.value);
            /* f(*x) alone names f when x is not iterable */
            unsigned fn = args->n == 1 && nfixed == 0 ? (unsigned)base + 1 : 0;
            kr_emit_op(c, OP_LIST_EXTEND, 0, (unsigned)lst, (unsigned)r, fn);
        } else {
            int r = kr_comp_expr(c, a);
            kr_emit_op(c, OP_LIST_APPEND, 0, (unsigned)lst, (unsigned)r, 0);
        }
        kr_emit_free_to(c, save);
    }
    kr_emit_op(c, OP_LIST_TO_TUPLE, 0, (unsigned)lst, (unsigned)lst, 0);
    unsigned x = 0;
    if (kws && kws->n) {
        x = 1;
        int d = kr_emit_reg(c);
        kr_emit_op(c, OP_BUILD_DICT, 0, (unsigned)d, 0, 0);
        bool merged = false;   /* after a **, a named keyword may repeat a key */
        for (int i = 0; i < kws->n; i++) {
            int save = c->u->top;
            Keyword *k = kws->items[i];
            if (!k->arg) {
                int r = kr_comp_expr(c, k->value);
                /* X: the call's only keyword item, so nothing else goes into
                 * R[d] and CALL_EX merely reads it (ops_build.inc) */
                kr_emit_op(c, OP_DICT_MERGE, kws->n == 1, (unsigned)d, (unsigned)r, (unsigned)base);
                merged = true;
            } else {
                int kr = kr_emit_regs(c, 2);
                kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)kr, kr_emit_name(c, k->arg), 0);
                kr_comp_expr_to(c, k->value, kr + 1);
                if (merged) {
                    int one = kr_emit_reg(c);
                    kr_emit_op(c, OP_BUILD_DICT, 0, (unsigned)one, (unsigned)kr, 1);
                    kr_emit_op(c, OP_DICT_MERGE, 0, (unsigned)d, (unsigned)one, (unsigned)base);
                } else {
                    kr_emit_op(c, OP_DICT_SET, 0, (unsigned)d, (unsigned)kr, (unsigned)(kr + 1));
                }
            }
            kr_emit_free_to(c, save);
        }
    }
    KR_PUT_LOC(c->u, loc);
    kr_emit_op(c, OP_CALL_EX, x, (unsigned)base, 0, 0);
}

/* Compile-time checks on a call's keywords (CPython's validate_keywords). */
static void check_keywords(Compiler *c, Loc call, KeywordSeq *kws)
{
    for (int i = 0; kws && i < kws->n; i++) {
        Keyword *k = kws->items[i];
        if (!k->arg)
            continue;
        if (strcmp(k->arg, "__debug__") == 0)   /* CPython reports the whole call */
            kr_emit_syntax_error(c, "cannot assign to __debug__", call.lineno, call.col,
                                 call.end_lineno, call.end_col);
        for (int j = i + 1; j < kws->n; j++) {
            Keyword *o = kws->items[j];
            if (o->arg && strcmp(o->arg, k->arg) == 0) {
                char msg[300];
                snprintf(msg, sizeof msg, "keyword argument repeated: %s", k->arg);
                kr_emit_syntax_error(c, msg, o->lineno, o->col_offset, o->end_lineno,
                                     o->end_col_offset);
            }
        }
    }
}

static unsigned kwnames_const(Compiler *c, KeywordSeq *kws)
{
    if (!kws || kws->n == 0)
        return 0;
    Tuple *t = kr_tuple_new(c->th, kws->n);
    if (!t)
        kr_emit_fail(c);
    for (int i = 0; i < kws->n; i++) {
        Str *s = kr_str_intern_cstr(c->th, kws->items[i]->arg);
        if (!s)
            kr_emit_fail(c);
        t->items[i] = kr_from_obj(s);
    }
    return kr_emit_const(c, kr_from_obj(t)) + 1;
}

static void compile_call(Compiler *c, Expr *e, int dst)
{
    kr_warn_call(c, e);
    Expr *fn = e->v.Call.func;
    ExprSeq *args = e->v.Call.args;
    KeywordSeq *kws = e->v.Call.keywords;
    check_keywords(c, (Loc){e->lineno, e->col_offset, e->end_lineno, e->end_col_offset}, kws);
    int save = c->u->top;
    int nargs = (args ? args->n : 0) + (kws ? kws->n : 0);
    /* The result register can be the call window's base when it is the
     * topmost temporary (the usual case: an argument slot, or a fresh
     * temporary); that saves a MOVE. */
    bool reuse = dst >= c->u->nnamed && dst == c->u->top - 1;
    int base = reuse ? dst : kr_emit_reg(c);
    if (has_star(args, kws) || nargs > INLINE_OPERANDS_MAX) {
        kr_comp_expr_to(c, fn, base);
        call_ex(c, (Loc){e->lineno, e->col_offset, e->end_lineno, e->end_col_offset}, args, kws,
                base, 0);
    } else if (fn->kind == K_Attribute) {
        kr_emit_reg(c);   /* base + 1: self */
        int obj = kr_comp_expr(c, fn->v.Attribute.value);
        KR_SET_LOC(c->u, fn);
        kr_emit_op(c, OP_LOAD_METHOD, 0, (unsigned)base, (unsigned)obj,
                   kr_emit_name(c, kr_comp_mangle(c, fn->v.Attribute.attr)));
        kr_emit_free_to(c, base + 2);
        for (int i = 0; args && i < args->n; i++)
            kr_comp_expr_to(c, args->items[i], kr_emit_reg(c));
        for (int i = 0; kws && i < kws->n; i++)
            kr_comp_expr_to(c, kws->items[i]->value, kr_emit_reg(c));
        KR_SET_LOC(c->u, e);
        kr_emit_op(c, OP_CALL_METHOD, 0, (unsigned)base, (unsigned)nargs, kwnames_const(c, kws));
    } else {
        kr_comp_expr_to(c, fn, base);
        for (int i = 0; args && i < args->n; i++)
            kr_comp_expr_to(c, args->items[i], kr_emit_reg(c));
        for (int i = 0; kws && i < kws->n; i++)
            kr_comp_expr_to(c, kws->items[i]->value, kr_emit_reg(c));
        KR_SET_LOC(c->u, e);
        kr_emit_op(c, OP_CALL, 0, (unsigned)base, (unsigned)nargs, kwnames_const(c, kws));
    }
    if (dst != base)
        kr_emit_op(c, OP_MOVE, 0, (unsigned)dst, (unsigned)base, 0);
    kr_emit_free_to(c, save > dst ? save : dst + 1);
}

/* A call whose callable is in R[base] and whose first nfixed positional
 * arguments are in R[base+1..base+nfixed]; the rest come from args and
 * kws (a class statement: __build_class__(func, name, *bases, **kw)).
 * The result lands in R[base]; temporaries above base are freed. */
void kr_comp_call_window(Compiler *c, Loc loc, int base, int nfixed, ExprSeq *args,
                         KeywordSeq *kws)
{
    check_keywords(c, loc, kws);
    if (has_star(args, kws)) {
        kr_emit_free_to(c, base + 1 + nfixed);
        call_ex(c, loc, args, kws, base, nfixed);
    } else {
        int nargs = nfixed + (args ? args->n : 0) + (kws ? kws->n : 0);
        kr_emit_free_to(c, base + 1 + nfixed);
        for (int i = 0; args && i < args->n; i++)
            kr_comp_expr_to(c, args->items[i], kr_emit_reg(c));
        for (int i = 0; kws && i < kws->n; i++)
            kr_comp_expr_to(c, kws->items[i]->value, kr_emit_reg(c));
        KR_PUT_LOC(c->u, loc);
        kr_emit_op(c, OP_CALL, 0, (unsigned)base, (unsigned)nargs, kwnames_const(c, kws));
    }
    kr_emit_free_to(c, base + 1);
}

/* ---- displays ---------------------------------------------------------------------------- */

static void compile_sequence(Compiler *c, ExprSeq *elts, Opcode build, int dst, bool tuple)
{
    int n = elts ? elts->n : 0;
    bool star = false;
    for (int i = 0; i < n; i++)
        star |= elts->items[i]->kind == K_Starred;
    int save = c->u->top;
    if (!star && n <= INLINE_OPERANDS_MAX) {
        int base = kr_emit_regs(c, n);
        for (int i = 0; i < n; i++)
            kr_comp_expr_to(c, elts->items[i], base + i);
        kr_emit_op(c, build, 0, (unsigned)dst, (unsigned)base, (unsigned)n);
        kr_emit_free_to(c, save);
        return;
    }
    bool set = build == OP_BUILD_SET;
    int lst = kr_emit_reg(c);
    kr_emit_op(c, set ? OP_BUILD_SET : OP_BUILD_LIST, 0, (unsigned)lst, 0, 0);
    for (int i = 0; i < n; i++) {
        int s2 = c->u->top;
        Expr *x = elts->items[i];
        if (x->kind == K_Starred)
            kr_emit_op(c, set ? OP_SET_UPDATE : OP_LIST_EXTEND, 0, (unsigned)lst,
                       (unsigned)kr_comp_expr(c, x->v.Starred.value), 0);
        else
            kr_emit_op(c, set ? OP_SET_ADD : OP_LIST_APPEND, 0, (unsigned)lst,
                       (unsigned)kr_comp_expr(c, x), 0);
        kr_emit_free_to(c, s2);
    }
    if (tuple)
        kr_emit_op(c, OP_LIST_TO_TUPLE, 0, (unsigned)dst, (unsigned)lst, 0);
    else
        kr_emit_op(c, OP_MOVE, 0, (unsigned)dst, (unsigned)lst, 0);
    kr_emit_free_to(c, save);
}

static void compile_dict(Compiler *c, Expr *e, int dst)
{
    ExprSeq *keys = e->v.Dict.keys, *vals = e->v.Dict.values;
    int n = vals ? vals->n : 0;
    bool unpack = false;
    for (int i = 0; i < n; i++)
        unpack |= keys->items[i] == NULL;
    int save = c->u->top;
    if (!unpack && n <= INLINE_OPERANDS_MAX / 2) {
        int base = kr_emit_regs(c, 2 * n);
        for (int i = 0; i < n; i++) {
            kr_comp_expr_to(c, keys->items[i], base + 2 * i);
            kr_comp_expr_to(c, vals->items[i], base + 2 * i + 1);
        }
        KR_SET_LOC(c->u, e);
        kr_emit_op(c, OP_BUILD_DICT, 0, (unsigned)dst, (unsigned)base, (unsigned)n);
        kr_emit_free_to(c, save);
        return;
    }
    int d = kr_emit_reg(c);
    kr_emit_op(c, OP_BUILD_DICT, 0, (unsigned)d, 0, 0);
    for (int i = 0; i < n; i++) {
        int s2 = c->u->top;
        if (!keys->items[i]) {
            kr_emit_op(c, OP_DICT_UPDATE, 0, (unsigned)d, (unsigned)kr_comp_expr(c, vals->items[i]), 0);
        } else {
            int k = kr_emit_reg(c);
            kr_comp_expr_to(c, keys->items[i], k);
            int v = kr_comp_expr(c, vals->items[i]);
            kr_emit_op(c, OP_DICT_SET, 0, (unsigned)d, (unsigned)k, (unsigned)v);
        }
        kr_emit_free_to(c, s2);
    }
    kr_emit_op(c, OP_MOVE, 0, (unsigned)dst, (unsigned)d, 0);
    kr_emit_free_to(c, save);
}

static void compile_fstring_part(Compiler *c, Expr *part, int dst)
{
    if (part->kind != K_FormattedValue) {
        kr_comp_expr_to(c, part, dst);
        return;
    }
    int save = c->u->top;
    int v = kr_comp_expr(c, part->v.FormattedValue.value);
    unsigned spec = KR_NO_REG;
    if (part->v.FormattedValue.format_spec) {
        int s = kr_emit_reg(c);
        kr_comp_expr_to(c, part->v.FormattedValue.format_spec, s);
        spec = (unsigned)s;
    }
    int conv = part->v.FormattedValue.conversion;
    unsigned x = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    KR_SET_LOC(c->u, part);
    kr_emit_op(c, OP_FORMAT_VALUE, x, (unsigned)dst, (unsigned)v, spec);
    kr_emit_free_to(c, save);
}

static void compile_joined(Compiler *c, Expr *e, int dst)
{
    ExprSeq *vs = e->v.JoinedStr.values;
    int n = vs ? vs->n : 0;
    if (n == 0) {
        kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)dst, kr_emit_const(c, kr_from_obj(c->th->vm->empty_str)), 0);
        return;
    }
    if (n == 1) {
        compile_fstring_part(c, vs->items[0], dst);
        return;
    }
    int save = c->u->top;
    int base = kr_emit_regs(c, n);
    for (int i = 0; i < n; i++)
        compile_fstring_part(c, vs->items[i], base + i);
    kr_emit_op(c, OP_BUILD_STRING, 0, (unsigned)dst, (unsigned)base, (unsigned)n);
    kr_emit_free_to(c, save);
}

static void compile_slice(Compiler *c, Expr *e, int dst)
{
    int save = c->u->top;
    int base = kr_emit_regs(c, 3);
    Expr *parts[3] = {e->v.Slice.lower, e->v.Slice.upper, e->v.Slice.step};
    for (int i = 0; i < 3; i++) {
        if (parts[i])
            kr_comp_expr_to(c, parts[i], base + i);
        else
            kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)(base + i), kr_emit_const(c, KR_NONE), 0);
    }
    kr_emit_op(c, OP_BUILD_SLICE, 0, (unsigned)dst, (unsigned)base, 3);
    kr_emit_free_to(c, save);
}

/* ---- comprehensions: nested functions, as CPython 3.11 compiles them ------------------- */

void kr_comp_comprehension(Compiler *c, Expr *e, int dst);

/* ---- the dispatcher ------------------------------------------------------------------------ */

static const unsigned binop_of[] = {
    [K_Add] = KR_OP_ADD, [K_Sub] = KR_OP_SUB, [K_Mult] = KR_OP_MUL, [K_MatMult] = KR_OP_MATMUL,
    [K_Div] = KR_OP_TRUEDIV, [K_Mod] = KR_OP_MOD, [K_Pow] = KR_OP_POW,
    [K_LShift] = KR_OP_LSHIFT, [K_RShift] = KR_OP_RSHIFT, [K_BitOr] = KR_OP_OR,
    [K_BitXor] = KR_OP_XOR, [K_BitAnd] = KR_OP_AND, [K_FloorDiv] = KR_OP_FLOORDIV,
};

/* Whether operand e of a BinOp, just compiled into register r, is a dying
 * temporary (vm/interp.c): another BinOp whose BINARY_OP, the last
 * instruction emitted, wrote a temporary of this expression (r >= save)
 * that the BINARY_OP about to be emitted alone reads.  That producer is
 * marked FRESH. */
enum { DYING_TEMPS = 1 };

static bool dying_temp(Compiler *c, Expr *e, int r, int save)
{
    Unit *u = c->u;
    if (!DYING_TEMPS || e->kind != K_BinOp || r < save || u->ncode == 0)
        return false;
    Instr *last = &u->code[u->ncode - 1];
    Opcode op = KR_OPC(*last);
    if ((op != OP_BINARY_OP && op != OP_BINARY_OP_K) || KR_A(*last) != (unsigned)r)
        return false;
    *last |= (Instr)KR_BINOP_FRESH << 8;
    return true;
}

/* Compute e into dst (dst >= 0), or anywhere (dst < 0): returns the register. */
static int expr(Compiler *c, Expr *e, int dst)
{
    Unit *u = c->u;
    Loc saveline = KR_GET_LOC(u);
    KR_SET_LOC(u, e);
    enter(c);
    if (e->kind == K_Name) {    /* Load, or the read half of an augmented assignment */
        int r = load_name(c, e->v.Name.id, dst);
        leave(c);
        KR_PUT_LOC(u, saveline);
        return r;
    }
    Value k = fold(c, e);
    if (dst < 0)
        dst = kr_emit_reg(c);
    int save = u->top;
    if (k) {
        kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)dst, kr_emit_const(c, k), 0);
        goto done;
    }
    switch (e->kind) {
    case K_BinOp: {
        int l = operand_before(c, e->v.BinOp.left, e->v.BinOp.right);
        unsigned x = binop_of[e->v.BinOp.op];
        if (dying_temp(c, e->v.BinOp.left, l, save))
            x |= KR_BINOP_B_DIES;
        Value kr = fold(c, e->v.BinOp.right);
        KR_SET_LOC(u, e);
        if (kr) {
            kr_emit_op(c, OP_BINARY_OP_K, x, (unsigned)dst, (unsigned)l, kr_emit_const(c, kr));
            break;
        }
        int r = kr_comp_expr(c, e->v.BinOp.right);
        if (dying_temp(c, e->v.BinOp.right, r, save))
            x |= KR_BINOP_C_DIES;
        KR_SET_LOC(u, e);
        kr_emit_op(c, OP_BINARY_OP, x, (unsigned)dst, (unsigned)l, (unsigned)r);
        break;
    }
    case K_UnaryOp: {
        int r = kr_comp_expr(c, e->v.UnaryOp.operand);
        KR_SET_LOC(u, e);
        static const Opcode ops[] = {[K_Invert] = OP_UNARY_INVERT, [K_Not] = OP_UNARY_NOT,
                                     [K_UAdd] = OP_UNARY_POS, [K_USub] = OP_UNARY_NEG};
        kr_emit_op(c, ops[e->v.UnaryOp.op], 0, (unsigned)dst, (unsigned)r, 0);
        break;
    }
    case K_BoolOp: {
        ExprSeq *vs = e->v.BoolOp.values;
        PatchList done = {0};
        Opcode jop = e->v.BoolOp.op == K_And ? OP_JUMP_IF_FALSE : OP_JUMP_IF_TRUE;
        for (int i = 0; i < vs->n; i++) {
            kr_comp_expr_to(c, vs->items[i], dst);
            if (i < vs->n - 1)
                kr_emit_patchlist_add(&done, kr_emit_jump(c, jop, (unsigned)dst));
        }
        kr_emit_patch_list(c, &done, kr_emit_pc(c));
        break;
    }
    case K_Compare:
        compile_compare(c, e, dst);
        break;
    case K_IfExp: {
        PatchList orelse = {0};
        kr_comp_jump_if(c, e->v.IfExp.test, false, &orelse);
        kr_comp_expr_to(c, e->v.IfExp.body, dst);
        int j = kr_emit_jump(c, OP_JUMP, 0);
        kr_emit_patch_list(c, &orelse, kr_emit_pc(c));
        kr_comp_expr_to(c, e->v.IfExp.orelse, dst);
        kr_emit_patch_here(c, j);
        break;
    }
    case K_Call:
        compile_call(c, e, dst);
        break;
    case K_Attribute: {
        int obj = kr_comp_expr(c, e->v.Attribute.value);
        KR_SET_LOC(u, e);
        kr_emit_op(c, OP_GET_ATTR, 0, (unsigned)dst, (unsigned)obj,
                   kr_emit_name(c, kr_comp_mangle(c, e->v.Attribute.attr)));
        break;
    }
    case K_Subscript: {
        kr_warn_subscript(c, e);
        int obj = operand_before(c, e->v.Subscript.value, e->v.Subscript.slice);
        int key = kr_comp_expr(c, e->v.Subscript.slice);
        KR_SET_LOC(u, e);
        kr_emit_op(c, OP_GET_ITEM, 0, (unsigned)dst, (unsigned)obj, (unsigned)key);
        break;
    }
    case K_Slice:
        compile_slice(c, e, dst);
        break;
    case K_Tuple:
        compile_sequence(c, e->v.Tuple.elts, OP_BUILD_TUPLE, dst, true);
        break;
    case K_List:
        compile_sequence(c, e->v.List.elts, OP_BUILD_LIST, dst, false);
        break;
    case K_Set:
        compile_sequence(c, e->v.Set.elts, OP_BUILD_SET, dst, false);
        break;
    case K_Dict:
        compile_dict(c, e, dst);
        break;
    case K_JoinedStr:
        compile_joined(c, e, dst);
        break;
    case K_FormattedValue:
        compile_fstring_part(c, e, dst);
        break;
    case K_NamedExpr: {
        kr_comp_expr_to(c, e->v.NamedExpr.value, dst);
        kr_comp_store(c, e->v.NamedExpr.target, dst);
        break;
    }
    case K_Lambda:
        kr_comp_function(c, e, "<lambda>", e->v.Lambda.args, NULL, e->v.Lambda.body, NULL, dst,
                         e->lineno);
        break;
    case K_ListComp:
    case K_SetComp:
    case K_DictComp:
    case K_GeneratorExp:
        kr_comp_comprehension(c, e, dst);
        break;
    case K_Constant:
        kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)dst, kr_emit_const(c, const_value(c, e->v.Constant.value)), 0);
        break;
    case K_Starred:
        kr_emit_syntax_error(c, "can't use starred expression here", e->lineno, e->col_offset,
                             e->end_lineno, e->end_col_offset);
    case K_Yield:
    case K_YieldFrom:
        if (u->block->type != BLOCK_FUNCTION)
            kr_emit_syntax_error(c, "'yield' outside function", e->lineno, e->col_offset,
                                 e->end_lineno, e->end_col_offset);
        if (e->kind == K_YieldFrom && kr_comp_in_async_def(c))
            kr_emit_syntax_error(c, "'yield from' inside async function", e->lineno,
                                 e->col_offset, e->end_lineno, e->end_col_offset);
        if (e->kind == K_Yield) {
            int v = kr_emit_reg(c);
            if (e->v.Yield.value)
                kr_comp_expr_to(c, e->v.Yield.value, v);
            else
                kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)v, kr_emit_const(c, KR_NONE), 0);
            KR_SET_LOC(u, e);
            kr_emit_op(c, OP_YIELD, 0, (unsigned)dst, (unsigned)v, 0);
        } else {
            /* yield from: GET_YIELD_FROM_ITER, then YIELD_FROM sends R[C] (None
             * first) until the sub-iterator returns; its value lands in
             * dst (vm/generator.c forwards send/throw/close). */
            int src = kr_comp_expr(c, e->v.YieldFrom.value);
            int it = kr_emit_reg(c), sent = kr_emit_reg(c);
            KR_SET_LOC(u, e);
            kr_emit_op(c, OP_GET_YIELD_FROM_ITER, 0, (unsigned)it, (unsigned)src, 0);
            kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)sent, kr_emit_const(c, KR_NONE), 0);
            kr_emit_op(c, OP_YIELD_FROM, 0, (unsigned)dst, (unsigned)it, (unsigned)sent);
        }
        break;
    case K_Await:
        if (u->block->type != BLOCK_FUNCTION)
            kr_emit_syntax_error(c, "'await' outside function", e->lineno, e->col_offset,
                                 e->end_lineno, e->end_col_offset);
        if (!kr_comp_in_async_def(c) && u->block->comprehension == COMP_NONE)
            kr_emit_syntax_error(c, "'await' outside async function", e->lineno, e->col_offset,
                                 e->end_lineno, e->end_col_offset);
        {
            int src = kr_comp_expr(c, e->v.Await.value);
            KR_SET_LOC(u, e);
            kr_comp_await(c, dst, src, 0);
        }
        break;
    default:
        kr_err_format(c->th, &kr_exc_SystemError,
                      "%s is not supported yet by krait's compiler (line %d)",
                      e->kind == K_GeneratorExp ? "a generator expression"
                      : e->kind == K_Yield || e->kind == K_YieldFrom ? "yield"
                      : e->kind == K_Await ? "await" : "this expression",
                      e->lineno);
        kr_emit_fail(c);
    }
done:
    kr_emit_free_to(c, save);
    leave(c);
    KR_PUT_LOC(u, saveline);
    return dst;
}

int kr_comp_expr(Compiler *c, Expr *e)
{
    return expr(c, e, -1);
}

/* Forms whose result register is written before all their operands are
 * read: they must not target a named register directly. */
static bool writes_early(Expr *e)
{
    return e->kind == K_BoolOp || e->kind == K_Compare || e->kind == K_IfExp ||
           e->kind == K_NamedExpr;
}

void kr_comp_expr_to(Compiler *c, Expr *e, int r)
{
    if (r < c->u->nnamed && writes_early(e)) {
        int save = c->u->top;
        int t = expr(c, e, -1);
        kr_emit_op(c, OP_MOVE, 0, (unsigned)r, (unsigned)t, 0);
        kr_emit_free_to(c, save);
        return;
    }
    int got = expr(c, e, r);
    if (got != r)
        kr_emit_op(c, OP_MOVE, 0, (unsigned)r, (unsigned)got, 0);
}

/* Used by compile.c for `x = value` with x a local: the register to
 * evaluate into directly, or -1. */
int kr_comp_direct_target(Compiler *c, Expr *t)
{
    return direct_target(c, t);
}
