/*
 * warn.c -- the compiler's SyntaxWarnings, as CPython 3.11's compile.c
 * emits them: an assert of a non-empty tuple, `is` with a literal, and a
 * literal called or subscripted the way a missing comma produces
 * (`[(1, 2) (3, 4)]`).
 *
 * A warning goes through _warnings.warn_explicit with the compiled file's
 * name and the node's line.  When a filter turns it into an exception
 * that is a SyntaxWarning, the compilation fails with a SyntaxError of
 * the same message at the node instead, which reports better (CPython's
 * compiler_warn); any other exception propagates.
 *
 * "Literal" means what CPython's AST optimizer has made a Constant by the
 * time its compiler looks: literals, a unary operator or a binary
 * operator over literals, a tuple of literals.
 */
#include "compile/compiler.h"

#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

static Loc loc_of(const Expr *e)
{
    return (Loc){e->lineno, e->col_offset, e->end_lineno, e->end_col_offset};
}

/* Warn msg at loc; a SyntaxWarning raised by an "error" filter becomes a
 * SyntaxError there. */
static void warn(Compiler *c, const char *msg, Loc loc)
{
    Thread *th = c->th;
    Str *mn = kr_str_intern_cstr(th, "_warnings"), *fn = kr_str_intern_cstr(th, "warn_explicit");
    Value mod = mn ? kr_vm_import(th, mn, true) : KR_VALUE_NULL;
    Value f = mod && fn ? kr_object_getattr(th, mod, fn) : KR_VALUE_NULL;
    Str *m = f ? kr_str_from_cstr(th, msg) : NULL;
    if (!m)
        kr_emit_fail(c);
    Value args[4] = {kr_from_obj(m), kr_from_obj(&kr_exc_SyntaxWarning),
                     kr_from_obj(c->filename_str), kr_from_smallint(loc.lineno)};
    if (kr_vm_call(th, f, args, 4, NULL))
        return;
    if (!kr_err_matches(th, &kr_exc_SyntaxWarning))
        kr_emit_fail(c);
    kr_err_clear(th);
    kr_emit_syntax_error(c, msg, loc.lineno, loc.col, loc.end_lineno, loc.end_col);
}

static bool is_singleton(const Expr *e)
{
    ConstKind k = e->v.Constant.value->kind;
    return k == CONST_NONE || k == CONST_TRUE || k == CONST_FALSE || k == CONST_ELLIPSIS;
}

/* Would CPython's AST optimizer have folded e into a Constant? */
static bool folds(const Expr *e)
{
    switch (e->kind) {
    case K_Constant:
        return true;
    case K_UnaryOp:
        return e->v.UnaryOp.op != K_Not && e->v.UnaryOp.operand->kind == K_Constant &&
               !is_singleton(e->v.UnaryOp.operand);
    case K_BinOp:
        return folds(e->v.BinOp.left) && folds(e->v.BinOp.right) &&
               e->v.BinOp.left->kind != K_Tuple && e->v.BinOp.right->kind != K_Tuple;
    case K_Tuple:
        for (int i = 0; e->v.Tuple.elts && i < e->v.Tuple.elts->n; i++)
            if (!folds(e->v.Tuple.elts->items[i]))
                return false;
        return e->v.Tuple.ctx == K_Load;
    default:
        return false;
    }
}

static const char *const_type_name(const AstConst *k)
{
    switch (k->kind) {
    case CONST_NONE: return "NoneType";
    case CONST_TRUE: case CONST_FALSE: return "bool";
    case CONST_ELLIPSIS: return "ellipsis";
    case CONST_INT: return "int";
    case CONST_FLOAT: return "float";
    case CONST_COMPLEX: return "complex";
    case CONST_STR: return "str";
    case CONST_BYTES: return "bytes";
    case CONST_TUPLE: return "tuple";
    case CONST_FROZENSET: return "frozenset";
    }
    return NULL;
}

/* The type e surely evaluates to, by its form alone (CPython's
 * infer_type), or NULL. */
static const char *infer_type(const Expr *e)
{
    switch (e->kind) {
    case K_Tuple: return "tuple";
    case K_List: case K_ListComp: return "list";
    case K_Dict: case K_DictComp: return "dict";
    case K_Set: case K_SetComp: return "set";
    case K_GeneratorExp: return "generator";
    case K_Lambda: return "function";
    case K_JoinedStr: case K_FormattedValue: return "str";
    case K_Constant: return const_type_name(e->v.Constant.value);
    case K_UnaryOp:     /* a folded -1, ~2, +1.5 */
        return folds(e) ? infer_type(e->v.UnaryOp.operand) : NULL;
    default: return NULL;
    }
}

void kr_warn_assert(Compiler *c, Stmt *s)
{
    Expr *t = s->v.Assert.test;
    if (t->kind == K_Tuple && t->v.Tuple.elts && t->v.Tuple.elts->n > 0)
        warn(c, "assertion is always true, perhaps remove parentheses?",
             (Loc){s->lineno, s->col_offset, s->end_lineno, s->end_col_offset});
}

/* `x is 1`: identity with a literal (CPython's check_compare). */
void kr_warn_compare(Compiler *c, Expr *e)
{
    Expr *left = e->v.Compare.left;
    bool left_ok = !folds(left) || (left->kind == K_Constant && is_singleton(left));
    for (int i = 0; i < e->v.Compare.ops->n; i++) {
        Expr *r = e->v.Compare.comparators->items[i];
        bool right_ok = !folds(r) || (r->kind == K_Constant && is_singleton(r));
        Cmpop op = e->v.Compare.ops->items[i];
        if ((op == K_Is || op == K_IsNot) && (!left_ok || !right_ok)) {
            warn(c, op == K_Is ? "\"is\" with a literal. Did you mean \"==\"?"
                               : "\"is not\" with a literal. Did you mean \"!=\"?",
                 loc_of(e));
            return;
        }
        left_ok = right_ok;
    }
}

/* `(1, 2) (3, 4)`: calling what cannot be called (check_caller). */
void kr_warn_call(Compiler *c, Expr *e)
{
    Expr *f = e->v.Call.func;
    switch (f->kind) {
    case K_Constant: case K_Tuple: case K_List: case K_ListComp: case K_Dict: case K_DictComp:
    case K_Set: case K_SetComp: case K_GeneratorExp: case K_JoinedStr: case K_FormattedValue:
        break;
    case K_UnaryOp:
        if (folds(f))
            break;
        return;
    default:
        return;
    }
    char msg[256];
    snprintf(msg, sizeof msg, "'%s' object is not callable; perhaps you missed a comma?",
             infer_type(f));
    warn(c, msg, loc_of(e));
}

/* `{1, 2} [i, j]` and `[1, 2] [3, 4]`: subscripting what cannot be, or
 * with an index that cannot be one (check_subscripter, check_index). */
void kr_warn_subscript(Compiler *c, Expr *e)
{
    Expr *v = e->v.Subscript.value, *s = e->v.Subscript.slice;
    char msg[256];
    const char *vt = infer_type(v);
    bool not_subscriptable = false;
    if (v->kind == K_Constant || (v->kind == K_UnaryOp && folds(v))) {
        ConstKind k = v->kind == K_Constant ? v->v.Constant.value->kind
                                            : v->v.UnaryOp.operand->v.Constant.value->kind;
        not_subscriptable = k != CONST_STR && k != CONST_BYTES;
    } else {
        not_subscriptable = v->kind == K_Set || v->kind == K_SetComp ||
                            v->kind == K_GeneratorExp || v->kind == K_Lambda;
    }
    if (not_subscriptable) {
        snprintf(msg, sizeof msg, "'%s' object is not subscriptable; perhaps you missed a comma?",
                 vt);
        warn(c, msg, loc_of(e));
        return;
    }
    const char *it = infer_type(s);
    if (!it || !strcmp(it, "int") || !strcmp(it, "bool"))
        return;
    bool indexable = v->kind == K_Tuple || v->kind == K_List || v->kind == K_ListComp ||
                     v->kind == K_JoinedStr || v->kind == K_FormattedValue ||
                     (v->kind == K_Constant && (v->v.Constant.value->kind == CONST_STR ||
                                                v->v.Constant.value->kind == CONST_BYTES));
    if (!indexable)
        return;
    snprintf(msg, sizeof msg,
             "%s indices must be integers or slices, not %s; perhaps you missed a comma?", vt, it);
    warn(c, msg, loc_of(e));
}
