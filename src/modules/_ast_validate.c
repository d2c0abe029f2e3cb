/*
 * _ast_validate.c -- the checks compile(tree) makes before compiling a
 * tree of node objects: what the parser guarantees and the compiler
 * relies on (expression contexts, non-empty bodies, matching lengths),
 * with the ValueErrors of CPython 3.11's validator (Python/ast.c).
 * Walks the C AST that _ast.c built; 0 when valid, -1 with the error set.
 */
#include "modules/_ast.h"

#include <string.h>

#include "objects/exception.h"
#include "vm/errors.h"

typedef struct Check {
    Thread *th;
    int depth;
} Check;

#define MAX_DEPTH 3000

static int expr(Check *k, const Expr *e, ExprContext ctx);
static int stmts(Check *k, const StmtSeq *s);

static int fail(Check *k, const char *msg)
{
    kr_err_set_string(k->th, &kr_exc_ValueError, msg);
    return -1;
}

/* CPython's VALIDATE_POSITIONS: a node's line and column ranges must be
 * ordered (negative values only as "no position", on both ends). */
static int positions(Check *k, int line, int col, int end_line, int end_col)
{
    if (line > end_line) {
        kr_err_format(k->th, &kr_exc_ValueError, "AST node line range (%d, %d) is not valid",
                      line, end_line);
        return -1;
    }
    if ((line < 0 && end_line != line) || (col < 0 && col != end_col)) {
        kr_err_format(k->th, &kr_exc_ValueError,
                      "AST node column range (%d, %d) for line range (%d, %d) is not valid",
                      col, end_col, line, end_line);
        return -1;
    }
    if (line == end_line && col > end_col) {
        kr_err_format(k->th, &kr_exc_ValueError, "line %d, column %d-%d is not a valid range",
                      line, col, end_col);
        return -1;
    }
    return 0;
}

static const char *ctx_name(ExprContext c)
{
    return c == K_Load ? "Load" : c == K_Store ? "Store" : "Del";
}

static int nonempty(Check *k, int n, const char *what, const char *owner)
{
    if (n)
        return 0;
    kr_err_format(k->th, &kr_exc_ValueError, "empty %s on %s", what, owner);
    return -1;
}

/* Every item of an expression list; a NULL item only where null_ok (the
 * keys of {**d}, the kw_defaults of arguments without one). */
static int exprs(Check *k, const ExprSeq *s, ExprContext ctx, bool null_ok)
{
    for (int i = 0; s && i < s->n; i++) {
        if (!s->items[i]) {
            if (null_ok)
                continue;
            return fail(k, "None disallowed in expression list");
        }
        if (expr(k, s->items[i], ctx) < 0)
            return -1;
    }
    return 0;
}

static int opt_expr(Check *k, const Expr *e) { return e ? expr(k, e, K_Load) : 0; }

static int body(Check *k, const StmtSeq *s, const char *owner)
{
    return nonempty(k, s ? s->n : 0, "body", owner) < 0 ? -1 : stmts(k, s);
}

static int args_annotations(Check *k, const ArgSeq *s)
{
    for (int i = 0; s && i < s->n; i++)
        if (opt_expr(k, s->items[i]->annotation) < 0)
            return -1;
    return 0;
}

static int arguments(Check *k, const Arguments *a)
{
    if (args_annotations(k, a->posonlyargs) < 0 || args_annotations(k, a->args) < 0
        || (a->vararg && opt_expr(k, a->vararg->annotation) < 0)
        || args_annotations(k, a->kwonlyargs) < 0
        || (a->kwarg && opt_expr(k, a->kwarg->annotation) < 0))
        return -1;
    int npos = (a->posonlyargs ? a->posonlyargs->n : 0) + (a->args ? a->args->n : 0);
    if ((a->defaults ? a->defaults->n : 0) > npos)
        return fail(k, "more positional defaults than args on arguments");
    if ((a->kw_defaults ? a->kw_defaults->n : 0) != (a->kwonlyargs ? a->kwonlyargs->n : 0))
        return fail(k, "length of kwonlyargs is not the same as kw_defaults on arguments");
    return exprs(k, a->defaults, K_Load, false) < 0 ? -1 : exprs(k, a->kw_defaults, K_Load, true);
}

static int keywords(Check *k, const KeywordSeq *s)
{
    for (int i = 0; s && i < s->n; i++)
        if (expr(k, s->items[i]->value, K_Load) < 0)
            return -1;
    return 0;
}

static int comprehension(Check *k, const ComprehensionSeq *gens)
{
    if (!gens || !gens->n)
        return fail(k, "comprehension with no generators");
    for (int i = 0; i < gens->n; i++) {
        const Comprehension *c = gens->items[i];
        if (expr(k, c->target, K_Store) < 0 || expr(k, c->iter, K_Load) < 0
            || exprs(k, c->ifs, K_Load, false) < 0)
            return -1;
    }
    return 0;
}

/* The context an expression kind carries, or 0 for kinds without one. */
static ExprContext context_of(const Expr *e)
{
    switch (e->kind) {
    case K_Attribute: return e->v.Attribute.ctx;
    case K_Subscript: return e->v.Subscript.ctx;
    case K_Starred: return e->v.Starred.ctx;
    case K_Name: return e->v.Name.ctx;
    case K_List: return e->v.List.ctx;
    case K_Tuple: return e->v.Tuple.ctx;
    default: return 0;
    }
}

static int expr_body(Check *k, const Expr *e, ExprContext ctx)
{
    switch (e->kind) {
    case K_BoolOp:
        if (!e->v.BoolOp.values || e->v.BoolOp.values->n < 2)
            return fail(k, "BoolOp with less than 2 values");
        return exprs(k, e->v.BoolOp.values, K_Load, false);
    case K_NamedExpr: return expr(k, e->v.NamedExpr.value, K_Load);
    case K_BinOp:
        return expr(k, e->v.BinOp.left, K_Load) < 0 ? -1 : expr(k, e->v.BinOp.right, K_Load);
    case K_UnaryOp: return expr(k, e->v.UnaryOp.operand, K_Load);
    case K_Lambda:
        return arguments(k, e->v.Lambda.args) < 0 ? -1 : expr(k, e->v.Lambda.body, K_Load);
    case K_IfExp:
        return expr(k, e->v.IfExp.test, K_Load) < 0 || expr(k, e->v.IfExp.body, K_Load) < 0
            ? -1 : expr(k, e->v.IfExp.orelse, K_Load);
    case K_Dict:
        if ((e->v.Dict.keys ? e->v.Dict.keys->n : 0) != (e->v.Dict.values ? e->v.Dict.values->n : 0))
            return fail(k, "Dict doesn't have the same number of keys as values");
        return exprs(k, e->v.Dict.keys, K_Load, true) < 0 ? -1
             : exprs(k, e->v.Dict.values, K_Load, false);
    case K_Set: return exprs(k, e->v.Set.elts, K_Load, false);
    case K_ListComp:
        return comprehension(k, e->v.ListComp.generators) < 0 ? -1 : expr(k, e->v.ListComp.elt, K_Load);
    case K_SetComp:
        return comprehension(k, e->v.SetComp.generators) < 0 ? -1 : expr(k, e->v.SetComp.elt, K_Load);
    case K_GeneratorExp:
        return comprehension(k, e->v.GeneratorExp.generators) < 0 ? -1
             : expr(k, e->v.GeneratorExp.elt, K_Load);
    case K_DictComp:
        return comprehension(k, e->v.DictComp.generators) < 0 || expr(k, e->v.DictComp.key, K_Load) < 0
            ? -1 : expr(k, e->v.DictComp.value, K_Load);
    case K_Await: return expr(k, e->v.Await.value, K_Load);
    case K_Yield: return opt_expr(k, e->v.Yield.value);
    case K_YieldFrom: return expr(k, e->v.YieldFrom.value, K_Load);
    case K_Compare: {
        int nc = e->v.Compare.comparators ? e->v.Compare.comparators->n : 0;
        if (!nc)
            return fail(k, "Compare with no comparators");
        if (nc != (e->v.Compare.ops ? e->v.Compare.ops->n : 0))
            return fail(k, "Compare has a different number of comparators and operands");
        return exprs(k, e->v.Compare.comparators, K_Load, false) < 0 ? -1
             : expr(k, e->v.Compare.left, K_Load);
    }
    case K_Call:
        return expr(k, e->v.Call.func, K_Load) < 0 || exprs(k, e->v.Call.args, K_Load, false) < 0
            ? -1 : keywords(k, e->v.Call.keywords);
    case K_FormattedValue:
        return expr(k, e->v.FormattedValue.value, K_Load) < 0 ? -1
             : opt_expr(k, e->v.FormattedValue.format_spec);
    case K_JoinedStr: return exprs(k, e->v.JoinedStr.values, K_Load, false);
    case K_Constant: return 0;
    case K_Attribute: return expr(k, e->v.Attribute.value, K_Load);
    case K_Subscript:
        return expr(k, e->v.Subscript.slice, K_Load) < 0 ? -1 : expr(k, e->v.Subscript.value, K_Load);
    case K_Starred: return expr(k, e->v.Starred.value, ctx);
    case K_Name:
        for (const char *const *c = (const char *const[]){"None", "True", "False", NULL}; *c; c++)
            if (!strcmp(e->v.Name.id, *c)) {
                kr_err_format(k->th, &kr_exc_ValueError,
                              "identifier field can't represent '%s' constant", *c);
                return -1;
            }
        return 0;
    case K_List: return exprs(k, e->v.List.elts, ctx, false);
    case K_Tuple: return exprs(k, e->v.Tuple.elts, ctx, false);
    case K_Slice:
        return opt_expr(k, e->v.Slice.lower) < 0 || opt_expr(k, e->v.Slice.upper) < 0
            ? -1 : opt_expr(k, e->v.Slice.step);
    }
    return 0;
}

static int expr(Check *k, const Expr *e, ExprContext ctx)
{
    if (positions(k, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset) < 0)
        return -1;
    ExprContext actual = context_of(e);
    if (!actual && ctx != K_Load) {
        kr_err_format(k->th, &kr_exc_ValueError, "expression which can't be assigned to in %s context",
                      ctx_name(ctx));
        return -1;
    }
    if (actual && actual != ctx) {
        kr_err_format(k->th, &kr_exc_ValueError, "expression must have %s context but has %s instead",
                      ctx_name(ctx), ctx_name(actual));
        return -1;
    }
    if (++k->depth > MAX_DEPTH) {
        k->depth--;
        kr_err_set_string(k->th, &kr_exc_RecursionError,
                          "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int r = expr_body(k, e, ctx);
    k->depth--;
    return r;
}

/* ---- match patterns ---- */

static int name_ok(Check *k, const char *id)
{
    for (const char *const *c = (const char *const[]){"None", "True", "False", NULL}; *c; c++)
        if (!strcmp(id, *c)) {
            kr_err_format(k->th, &kr_exc_ValueError, "identifier field can't represent '%s' constant", *c);
            return -1;
        }
    return 0;
}

static int capture(Check *k, const char *id)
{
    if (!strcmp(id, "_"))
        return fail(k, "can't capture name '_' in patterns");
    return name_ok(k, id);
}

/* A value pattern: a number, string or bytes literal (negated, or a
 * complex sum), an attribute lookup, or an f-string. */
static int match_value(Check *k, const Expr *e)
{
    if (expr(k, e, K_Load) < 0)
        return -1;
    switch (e->kind) {
    case K_Constant: {
        ConstKind c = e->v.Constant.value->kind;
        if (c == CONST_INT || c == CONST_FLOAT || c == CONST_COMPLEX || c == CONST_STR || c == CONST_BYTES)
            return 0;
        return fail(k, "unexpected constant inside of a literal pattern");
    }
    case K_Attribute:
    case K_JoinedStr:
        return 0;
    case K_UnaryOp:
        if (e->v.UnaryOp.op == K_USub)
            return match_value(k, e->v.UnaryOp.operand);
        break;
    case K_BinOp:
        if (e->v.BinOp.op == K_Add || e->v.BinOp.op == K_Sub)
            return match_value(k, e->v.BinOp.left) < 0 ? -1 : match_value(k, e->v.BinOp.right);
        break;
    default:
        break;
    }
    return fail(k, "patterns may only match literals and attribute lookups");
}

static int pattern(Check *k, const Pattern *p, bool star_ok);

static int patterns(Check *k, const PatternSeq *s, bool star_ok)
{
    for (int i = 0; s && i < s->n; i++)
        if (pattern(k, s->items[i], star_ok) < 0)
            return -1;
    return 0;
}

static int mapping_pattern(Check *k, const Pattern *p)
{
    const ExprSeq *keys = p->v.MatchMapping.keys;
    if ((keys ? keys->n : 0) != (p->v.MatchMapping.patterns ? p->v.MatchMapping.patterns->n : 0))
        return fail(k, "MatchMapping doesn't have the same number of keys as patterns");
    if (p->v.MatchMapping.rest && capture(k, p->v.MatchMapping.rest) < 0)
        return -1;
    for (int i = 0; keys && i < keys->n; i++) {
        const Expr *key = keys->items[i];
        /* None, True and False are fine as keys, though not as values. */
        if (key->kind == K_Constant && (key->v.Constant.value->kind == CONST_NONE
                                        || key->v.Constant.value->kind == CONST_TRUE
                                        || key->v.Constant.value->kind == CONST_FALSE))
            continue;
        if (match_value(k, key) < 0)
            return -1;
    }
    return patterns(k, p->v.MatchMapping.patterns, false);
}

static int class_pattern(Check *k, const Pattern *p)
{
    const IdentifierSeq *attrs = p->v.MatchClass.kwd_attrs;
    if ((attrs ? attrs->n : 0) != (p->v.MatchClass.kwd_patterns ? p->v.MatchClass.kwd_patterns->n : 0))
        return fail(k, "MatchClass doesn't have the same number of keyword attributes as patterns");
    if (expr(k, p->v.MatchClass.cls, K_Load) < 0)
        return -1;
    const Expr *cls = p->v.MatchClass.cls;
    while (cls->kind == K_Attribute)
        cls = cls->v.Attribute.value;
    if (cls->kind != K_Name)
        return fail(k, "MatchClass cls field can only contain Name or Attribute nodes.");
    for (int i = 0; attrs && i < attrs->n; i++)
        if (name_ok(k, attrs->items[i]) < 0)
            return -1;
    return patterns(k, p->v.MatchClass.patterns, false) < 0 ? -1
         : patterns(k, p->v.MatchClass.kwd_patterns, false);
}

static int pattern(Check *k, const Pattern *p, bool star_ok)
{
    if (!p)
        return fail(k, "None disallowed in pattern list");
    switch (p->kind) {
    case K_MatchValue: return match_value(k, p->v.MatchValue.value);
    case K_MatchSingleton: {
        ConstKind c = p->v.MatchSingleton.value->kind;
        if (c != CONST_NONE && c != CONST_TRUE && c != CONST_FALSE)
            return fail(k, "MatchSingleton can only contain True, False and None");
        return 0;
    }
    case K_MatchSequence: return patterns(k, p->v.MatchSequence.patterns, true);
    case K_MatchMapping: return mapping_pattern(k, p);
    case K_MatchClass: return class_pattern(k, p);
    case K_MatchStar:
        if (!star_ok)
            return fail(k, "can't use MatchStar here");
        return p->v.MatchStar.name ? capture(k, p->v.MatchStar.name) : 0;
    case K_MatchAs:
        if (p->v.MatchAs.name && capture(k, p->v.MatchAs.name) < 0)
            return -1;
        if (!p->v.MatchAs.pattern)
            return 0;
        if (!p->v.MatchAs.name)
            return fail(k, "MatchAs must specify a target name if a pattern is given");
        return pattern(k, p->v.MatchAs.pattern, false);
    case K_MatchOr:
        if (!p->v.MatchOr.patterns || p->v.MatchOr.patterns->n < 2)
            return fail(k, "MatchOr requires at least 2 patterns");
        return patterns(k, p->v.MatchOr.patterns, false);
    }
    return 0;
}

static int withitems(Check *k, const WithitemSeq *s, const char *owner)
{
    if (nonempty(k, s ? s->n : 0, "items", owner) < 0)
        return -1;
    for (int i = 0; i < s->n; i++)
        if (expr(k, s->items[i]->context_expr, K_Load) < 0
            || (s->items[i]->optional_vars && expr(k, s->items[i]->optional_vars, K_Store) < 0))
            return -1;
    return 0;
}

static int try_parts(Check *k, const Stmt *s, const char *owner)
{
    /* Try and TryStar have the same fields. */
    const StmtSeq *b = s->v.Try.body, *orelse = s->v.Try.orelse, *fin = s->v.Try.finalbody;
    const ExcepthandlerSeq *h = s->v.Try.handlers;
    if (body(k, b, owner) < 0)
        return -1;
    int nh = h ? h->n : 0;
    if (!nh && !(fin && fin->n)) {
        kr_err_format(k->th, &kr_exc_ValueError, "%s has neither except handlers nor finalbody", owner);
        return -1;
    }
    if (!nh && orelse && orelse->n) {
        kr_err_format(k->th, &kr_exc_ValueError, "%s has orelse but no except handlers", owner);
        return -1;
    }
    for (int i = 0; i < nh; i++)
        if (opt_expr(k, h->items[i]->v.ExceptHandler.type) < 0
            || body(k, h->items[i]->v.ExceptHandler.body, "ExceptHandler") < 0)
            return -1;
    return stmts(k, fin) < 0 ? -1 : stmts(k, orelse);
}

static int stmt(Check *k, const Stmt *s)
{
    if (positions(k, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset) < 0)
        return -1;
    switch (s->kind) {
    case K_FunctionDef:
    case K_AsyncFunctionDef: {
        /* FunctionDef and AsyncFunctionDef have the same fields. */
        const char *owner = s->kind == K_FunctionDef ? "FunctionDef" : "AsyncFunctionDef";
        return body(k, s->v.FunctionDef.body, owner) < 0 || arguments(k, s->v.FunctionDef.args) < 0
            || exprs(k, s->v.FunctionDef.decorator_list, K_Load, false) < 0
            ? -1 : opt_expr(k, s->v.FunctionDef.returns);
    }
    case K_ClassDef:
        return body(k, s->v.ClassDef.body, "ClassDef") < 0
            || exprs(k, s->v.ClassDef.bases, K_Load, false) < 0 || keywords(k, s->v.ClassDef.keywords) < 0
            ? -1 : exprs(k, s->v.ClassDef.decorator_list, K_Load, false);
    case K_Return: return opt_expr(k, s->v.Return.value);
    case K_Delete:
        return nonempty(k, s->v.Delete.targets ? s->v.Delete.targets->n : 0, "targets", "Delete") < 0
            ? -1 : exprs(k, s->v.Delete.targets, K_Del, false);
    case K_Assign:
        return nonempty(k, s->v.Assign.targets ? s->v.Assign.targets->n : 0, "targets", "Assign") < 0
            || exprs(k, s->v.Assign.targets, K_Store, false) < 0 ? -1 : expr(k, s->v.Assign.value, K_Load);
    case K_AugAssign:
        return expr(k, s->v.AugAssign.target, K_Store) < 0 ? -1 : expr(k, s->v.AugAssign.value, K_Load);
    case K_AnnAssign:
        if (s->v.AnnAssign.simple && s->v.AnnAssign.target->kind != K_Name) {
            kr_err_set_string(k->th, &kr_exc_TypeError, "AnnAssign with simple non-Name target");
            return -1;
        }
        return expr(k, s->v.AnnAssign.target, K_Store) < 0 || opt_expr(k, s->v.AnnAssign.value) < 0
            ? -1 : expr(k, s->v.AnnAssign.annotation, K_Load);
    case K_For:
    case K_AsyncFor: {
        const char *owner = s->kind == K_For ? "For" : "AsyncFor";
        return expr(k, s->v.For.target, K_Store) < 0 || expr(k, s->v.For.iter, K_Load) < 0
            || body(k, s->v.For.body, owner) < 0 ? -1 : stmts(k, s->v.For.orelse);
    }
    case K_While:
        return expr(k, s->v.While.test, K_Load) < 0 || body(k, s->v.While.body, "While") < 0
            ? -1 : stmts(k, s->v.While.orelse);
    case K_If:
        return expr(k, s->v.If.test, K_Load) < 0 || body(k, s->v.If.body, "If") < 0
            ? -1 : stmts(k, s->v.If.orelse);
    case K_With:
        return withitems(k, s->v.With.items, "With") < 0 ? -1 : body(k, s->v.With.body, "With");
    case K_AsyncWith:
        return withitems(k, s->v.AsyncWith.items, "AsyncWith") < 0 ? -1
             : body(k, s->v.AsyncWith.body, "AsyncWith");
    case K_Match: {
        const MatchCaseSeq *cases = s->v.Match.cases;
        if (expr(k, s->v.Match.subject, K_Load) < 0
            || nonempty(k, cases ? cases->n : 0, "cases", "Match") < 0)
            return -1;
        for (int i = 0; i < cases->n; i++)
            if (pattern(k, cases->items[i]->pattern, false) < 0 || opt_expr(k, cases->items[i]->guard) < 0
                || body(k, cases->items[i]->body, "match_case") < 0)
                return -1;
        return 0;
    }
    case K_Raise:
        if (!s->v.Raise.exc && s->v.Raise.cause)
            return fail(k, "Raise with cause but no exception");
        return opt_expr(k, s->v.Raise.exc) < 0 ? -1 : opt_expr(k, s->v.Raise.cause);
    case K_Try: return try_parts(k, s, "Try");
    case K_TryStar: return try_parts(k, s, "TryStar");
    case K_Assert: return expr(k, s->v.Assert.test, K_Load) < 0 ? -1 : opt_expr(k, s->v.Assert.msg);
    case K_Import:
        return nonempty(k, s->v.Import.names ? s->v.Import.names->n : 0, "names", "Import");
    case K_ImportFrom:
        if (s->v.ImportFrom.level < 0)
            return fail(k, "Negative ImportFrom level");
        return nonempty(k, s->v.ImportFrom.names ? s->v.ImportFrom.names->n : 0, "names", "ImportFrom");
    case K_Global:
        return nonempty(k, s->v.Global.names ? s->v.Global.names->n : 0, "names", "Global");
    case K_Nonlocal:
        return nonempty(k, s->v.Nonlocal.names ? s->v.Nonlocal.names->n : 0, "names", "Nonlocal");
    case K_Expr: return expr(k, s->v.Expr.value, K_Load);
    case K_Pass:
    case K_Break:
    case K_Continue: return 0;
    }
    return 0;
}

static int stmts(Check *k, const StmtSeq *s)
{
    for (int i = 0; s && i < s->n; i++) {
        if (!s->items[i])
            return fail(k, "None disallowed in statement list");
        if (++k->depth > MAX_DEPTH) {
            k->depth--;
            kr_err_set_string(k->th, &kr_exc_RecursionError,
                              "maximum recursion depth exceeded during compilation");
            return -1;
        }
        int r = stmt(k, s->items[i]);
        k->depth--;
        if (r < 0)
            return -1;
    }
    return 0;
}

int kr_mod__ast_validate(Thread *th, const Mod *mod)
{
    Check k = {.th = th};
    switch (mod->kind) {
    case K_Module: return stmts(&k, mod->v.Module.body);
    case K_Interactive: return stmts(&k, mod->v.Interactive.body);
    case K_Expression: return expr(&k, mod->v.Expression.body, K_Load);
    case K_FunctionType: return 0;
    }
    return 0;
}
