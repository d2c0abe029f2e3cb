/*
 * parse_target.c -- assignment, del and for targets (CPython 3.11's
 * "ASSIGNMENT TARGETS" rules), and naming what cannot be a target.
 *
 * A target is parsed by its own grammar, not by parsing an expression and
 * checking it afterwards: `a.b[c] = x` reaches star_target, whose
 * t_primary consumes the longest chain of attribute / subscript / call
 * steps that is still followed by another '.', '[' or '(' (t_lookahead);
 * the final step must then be an attribute or subscript with no lookahead
 * after it.  So `f().x = 1` is a target and `f() = 1` is not, without
 * backtracking over the whole expression.
 *
 * t_primary is left-recursive in the grammar; as in parse_expr.c it is a
 * loop here, and memoized because target_with_star_atom, del_target and
 * single_subscript_attribute_target each try it twice at one position.
 *
 * When a target does not parse, the second pass parses the same text as an
 * expression and asks kr_parse_invalid_target for the first part that cannot
 * be assigned to; kr_parse_expr_name gives the "cannot assign to %s" noun
 * (CPython's _PyPegen_get_invalid_target and _PyPegen_get_expr_name).
 */
#include "parse/parse_expr.h"

#include <string.h>

/* ---- expression contexts ------------------------------------------------ */

static ExprSeq *set_seq_ctx(Parser *p, ExprSeq *seq, ExprContext ctx)
{
    ExprSeq *out = kr_ast_expr_seq_new(p->arena, seq->n);
    for (int i = 0; i < seq->n; i++)
        out->items[i] = kr_parse_set_ctx(p, seq->items[i], ctx);
    return out;
}

Expr *kr_parse_set_ctx(Parser *p, Expr *e, ExprContext ctx)
{
    Arena *a = p->arena;
#define POS e->lineno, e->col_offset, e->end_lineno, e->end_col_offset
    switch (e->kind) {
    case K_Name:
        return kr_ast_Name(a, e->v.Name.id, ctx, POS);
    case K_Tuple:
        return kr_ast_Tuple(a, set_seq_ctx(p, e->v.Tuple.elts, ctx), ctx, POS);
    case K_List:
        return kr_ast_List(a, set_seq_ctx(p, e->v.List.elts, ctx), ctx, POS);
    case K_Subscript:
        return kr_ast_Subscript(a, e->v.Subscript.value, e->v.Subscript.slice, ctx, POS);
    case K_Attribute:
        return kr_ast_Attribute(a, e->v.Attribute.value, e->v.Attribute.attr, ctx, POS);
    case K_Starred:
        return kr_ast_Starred(a, kr_parse_set_ctx(p, e->v.Starred.value, ctx), ctx, POS);
    default:
        return e;
    }
#undef POS
}

/* ---- t_primary ---------------------------------------------------------- */

/* t_lookahead: '(' | '[' | '.' */
static bool t_lookahead(Parser *p)
{
    Token *t = peek(p);
    return t && (t->kind == T_LPAR || t->kind == T_LSQB || t->kind == T_DOT);
}

/* One step of t_primary's left recursion, applied to a (begun at token
 * `start`), each alternative requiring t_lookahead after it:
 *   | a '.' b=NAME &t_lookahead             -> Attribute(a, b, Load)
 *   | a '[' b=slices ']' &t_lookahead       -> Subscript(a, b, Load)
 *   | a b=genexp &t_lookahead               -> Call(a, [b], [])
 *   | a '(' b=[arguments] ')' &t_lookahead  -> Call(a, b.args, b.keywords)
 * NULL if none applies (mark unchanged). */
static Expr *t_primary_step(Parser *p, Expr *a, int start)
{
    int m = p->mark;
    if (eat(p, T_DOT)) {
        if (eat(p, T_NAME) && t_lookahead(p))
            return kr_ast_Attribute(p->arena, a, kr_parse_identifier(p, tok(p, m + 1)), K_Load,
                                    EXTRA_FROM(start));
        if (p->error)
            return NULL;
        p->mark = m;
    }
    if (eat(p, T_LSQB)) {
        Expr *s = kr_parse_slices(p);
        if (s && eat(p, T_RSQB) && t_lookahead(p))
            return kr_ast_Subscript(p->arena, a, s, K_Load, EXTRA_FROM(start));
        if (p->error)
            return NULL;
        p->mark = m;
    }
    Expr *g = kr_parse_trailer_genexp(p);
    if (g && t_lookahead(p)) {
        ExprSeq *args = kr_ast_expr_seq_new(p->arena, 1);
        args->items[0] = g;
        return kr_ast_Call(p->arena, a, args, kr_parse_empty_seq(p), EXTRA_FROM(start));
    }
    if (p->error)
        return NULL;
    p->mark = m;
    ExprSeq *args;
    KeywordSeq *kws;
    if (kr_parse_call_args(p, &args, &kws) && t_lookahead(p))
        return kr_ast_Call(p->arena, a, args, kws, EXTRA_FROM(start));
    p->mark = m;
    return NULL;
}

/* t_primary: steps over `a=atom &t_lookahead`, the longest chain. */
MEMO_RULE(Expr, t_primary, MEMO_T_PRIMARY, MEMO_ALWAYS)
static Expr *t_primary_body(Parser *p)
{
    int start = p->mark;
    Expr *a = kr_parse_atom(p);
    if (!a || !t_lookahead(p))
        return NULL;
    for (;;) {
        Expr *b = t_primary_step(p, a, start);
        if (!b)
            break;
        a = b;
    }
    return p->error ? NULL : a;
}

/* The two alternatives every target rule starts with:
 *   | a=t_primary '.' b=NAME !t_lookahead        -> Attribute(a, b, ctx)
 *   | a=t_primary '[' b=slices ']' !t_lookahead  -> Subscript(a, b, ctx) */
static Expr *subscript_attribute_target(Parser *p, ExprContext ctx)
{
    int start = p->mark;
    Expr *a = t_primary(p);
    if (!a)
        return NULL;
    int m = p->mark;
    if (eat(p, T_DOT) && eat(p, T_NAME) && !t_lookahead(p))
        return kr_ast_Attribute(p->arena, a, kr_parse_identifier(p, tok(p, m + 1)), ctx,
                                EXTRA_FROM(start));
    if (p->error)
        return NULL;
    p->mark = m;
    if (eat(p, T_LSQB)) {
        Expr *s = kr_parse_slices(p);
        if (s && eat(p, T_RSQB) && !t_lookahead(p))
            return kr_ast_Subscript(p->arena, a, s, ctx, EXTRA_FROM(start));
    }
    return NULL;
}

/* ---- star targets ----------------------------------------------------- */

static Expr *star_target(Parser *p);
static Expr *target_with_star_atom(Parser *p);

/* star_targets: a=star_target !',' -> a
 *             | a=star_target b=(',' c=star_target)* [','] -> Tuple(Store) */
RULE(Expr, star_targets)
static Expr *star_targets_body(Parser *p)
{
    int start = p->mark;
    Expr *a = star_target(p);
    if (!a || !at(p, T_COMMA))
        return p->error ? NULL : a;
    Vec v;
    vec_init(&v);
    vec_push(&v, a);
    for (;;) {
        int m = p->mark;
        Expr *c = NULL;
        if (eat(p, T_COMMA))
            c = star_target(p);
        if (!c) {
            p->mark = m;
            break;
        }
        vec_push(&v, c);
    }
    Expr *res = NULL;
    if (!p->error) {
        eat(p, T_COMMA);
        res = kr_ast_Tuple(p->arena, VEC_EXPRS(p, &v), K_Store, EXTRA_FROM(start));
    }
    vec_free(&v);
    return res;
}

/* star_targets_list_seq: ','.star_target+ [','], into v */
static bool star_targets_list_seq(Parser *p, Vec *v)
{
    if (!kr_parse_gather(p, star_target, v))
        return false;
    eat(p, T_COMMA);
    return true;
}

/* star_targets_tuple_seq:
 *   | a=star_target b=(',' c=star_target)+ [','] | a=star_target ','
 * i.e. at least one comma; into v */
static bool star_targets_tuple_seq(Parser *p, Vec *v)
{
    int start = p->mark, n = v->n;
    if (!kr_parse_gather(p, star_target, v))
        return false;
    if (eat(p, T_COMMA) || v->n - n > 1)
        return true;
    v->n = n;
    p->mark = start;
    return false;
}

/* star_target (memo): '*' a=(!'*' star_target) -> Starred(a as Store, Store)
 *                   | target_with_star_atom */
MEMO_RULE(Expr, star_target, MEMO_STAR_TARGET, MEMO_ALWAYS)
static Expr *star_target_body(Parser *p)
{
    int start = p->mark;
    if (eat(p, T_STAR)) {
        if (!at(p, T_STAR)) {
            Expr *a = star_target(p);
            if (a)
                return kr_ast_Starred(p->arena, kr_parse_set_ctx(p, a, K_Store), K_Store,
                                      EXTRA_FROM(start));
        }
        if (p->error)
            return NULL;
        p->mark = start;
    }
    return target_with_star_atom(p);
}

static Expr *star_atom(Parser *p);

/* target_with_star_atom (memo): the attribute/subscript forms | star_atom */
MEMO_RULE(Expr, target_with_star_atom, MEMO_TARGET_WITH_STAR_ATOM, MEMO_ALWAYS)
static Expr *target_with_star_atom_body(Parser *p)
{
    int start = p->mark;
    Expr *e = subscript_attribute_target(p, K_Store);
    if (e || p->error)
        return e;
    p->mark = start;
    return star_atom(p);
}

/* star_atom:
 *   | a=NAME -> Name(Store)
 *   | '(' a=target_with_star_atom ')' -> a as Store
 *   | '(' a=[star_targets_tuple_seq] ')' -> Tuple(a, Store)
 *   | '[' a=[star_targets_list_seq] ']' -> List(a, Store) */
RULE(Expr, star_atom)
static Expr *star_atom_body(Parser *p)
{
    int start = p->mark;
    Token *t = peek(p);
    if (!t)
        return NULL;
    if (t->kind == T_NAME)
        return kr_parse_name(p, K_Store);
    bool paren = t->kind == T_LPAR;
    if (!paren && t->kind != T_LSQB)
        return NULL;
    p->mark++;
    if (paren) {
        Expr *a = target_with_star_atom(p);
        if (a && eat(p, T_RPAR))
            return kr_parse_set_ctx(p, a, K_Store);
        if (p->error)
            return NULL;
        p->mark = start + 1;
    }
    Vec v;
    vec_init(&v);
    int m = p->mark;
    if (!(paren ? star_targets_tuple_seq(p, &v) : star_targets_list_seq(p, &v)))
        p->mark = m;
    Expr *res = NULL;
    if (!p->error && eat(p, paren ? T_RPAR : T_RSQB)) {
        ExprSeq *elts = VEC_EXPRS(p, &v);
        res = paren ? kr_ast_Tuple(p->arena, elts, K_Store, EXTRA_FROM(start))
                    : kr_ast_List(p->arena, elts, K_Store, EXTRA_FROM(start));
    }
    vec_free(&v);
    return res;
}

/* ---- single targets ----------------------------------------------------- */

/* single_subscript_attribute_target: the attribute/subscript forms */
RULE(Expr, single_subscript_attribute_target)
static Expr *single_subscript_attribute_target_body(Parser *p)
{
    return subscript_attribute_target(p, K_Store);
}

/* single_target: single_subscript_attribute_target | a=NAME -> Name(Store)
 *              | '(' a=single_target ')' -> a */
RULE(Expr, single_target)
static Expr *single_target_body(Parser *p)
{
    int start = p->mark;
    Expr *e = single_subscript_attribute_target(p);
    if (e || p->error)
        return e;
    p->mark = start;
    e = kr_parse_name(p, K_Store);
    if (e)
        return e;
    if (eat(p, T_LPAR)) {
        e = single_target(p);
        if (e && eat(p, T_RPAR))
            return e;
    }
    return NULL;
}

/* ---- del targets ------------------------------------------------------ */

static Expr *del_target(Parser *p);

/* ','.del_target+ [','], into v */
static bool del_targets(Parser *p, Vec *v)
{
    if (!kr_parse_gather(p, del_target, v))
        return false;
    eat(p, T_COMMA);
    return true;
}

/* del_t_atom:
 *   | a=NAME -> Name(Del)
 *   | '(' a=del_target ')' -> a as Del
 *   | '(' a=[del_targets] ')' -> Tuple(a, Del)
 *   | '[' a=[del_targets] ']' -> List(a, Del) */
RULE(Expr, del_t_atom)
static Expr *del_t_atom_body(Parser *p)
{
    int start = p->mark;
    Token *t = peek(p);
    if (!t)
        return NULL;
    if (t->kind == T_NAME)
        return kr_parse_name(p, K_Del);
    bool paren = t->kind == T_LPAR;
    if (!paren && t->kind != T_LSQB)
        return NULL;
    p->mark++;
    if (paren) {
        Expr *a = del_target(p);
        if (a && eat(p, T_RPAR))
            return kr_parse_set_ctx(p, a, K_Del);
        if (p->error)
            return NULL;
        p->mark = start + 1;
    }
    Vec v;
    vec_init(&v);
    int m = p->mark;
    if (!del_targets(p, &v))
        p->mark = m;
    Expr *res = NULL;
    if (!p->error && eat(p, paren ? T_RPAR : T_RSQB)) {
        ExprSeq *elts = VEC_EXPRS(p, &v);
        res = paren ? kr_ast_Tuple(p->arena, elts, K_Del, EXTRA_FROM(start))
                    : kr_ast_List(p->arena, elts, K_Del, EXTRA_FROM(start));
    }
    vec_free(&v);
    return res;
}

/* del_target (memo): the attribute/subscript forms in Del | del_t_atom */
MEMO_RULE(Expr, del_target, MEMO_DEL_TARGET, MEMO_ALWAYS)
static Expr *del_target_body(Parser *p)
{
    int start = p->mark;
    Expr *e = subscript_attribute_target(p, K_Del);
    if (e || p->error)
        return e;
    p->mark = start;
    return del_t_atom(p);
}

/* ---- entry points ----------------------------------------------------- */

Expr *kr_parse_star_targets(Parser *p) { return star_targets(p); }
Expr *kr_parse_star_target(Parser *p) { return star_target(p); }
Expr *kr_parse_single_target(Parser *p) { return single_target(p); }
Expr *kr_parse_single_subscript_attribute_target(Parser *p)
{
    return single_subscript_attribute_target(p);
}

ExprSeq *kr_parse_del_targets(Parser *p)
{
    int start = p->mark;
    if (!enter(p))
        return NULL;
    Vec v;
    vec_init(&v);
    ExprSeq *seq = NULL;
    if (del_targets(p, &v) && !p->error)
        seq = VEC_EXPRS(p, &v);
    else
        p->mark = start;
    vec_free(&v);
    kr_parse_leave(p);
    return p->error ? NULL : seq;
}

/* ---- invalid targets ---------------------------------------------------- */

Expr *kr_parse_invalid_target(Expr *e, TargetKind kind)
{
    if (!e)
        return NULL;
    ExprSeq *elts = NULL;
    switch (e->kind) {
    /* Only List and Tuple are searched: they are the containers that can
     * hold valid targets when parsed as expressions.  A Set, Dict, ... is
     * wrong as a whole. */
    case K_List: elts = e->v.List.elts; break;
    case K_Tuple: elts = e->v.Tuple.elts; break;
    case K_Starred:
        if (kind == TARGET_DEL)
            return e;
        return kr_parse_invalid_target(e->v.Starred.value, kind);
    case K_Compare:
        /* `for a in b` parses the target and iterable as the comparison
         * `a in b`; its left side is the real target. */
        if (kind == TARGET_FOR) {
            if (e->v.Compare.ops->items[0] == K_In)
                return kr_parse_invalid_target(e->v.Compare.left, kind);
            return NULL;
        }
        return e;
    case K_Name:
    case K_Subscript:
    case K_Attribute:
        return NULL;
    default:
        return e;
    }
    for (int i = 0; elts && i < elts->n; i++) {
        Expr *bad = kr_parse_invalid_target(elts->items[i], kind);
        if (bad)
            return bad;
    }
    return NULL;
}

static const char *const_name(const AstConst *c)
{
    switch (c->kind) {
    case CONST_NONE: return "None";
    case CONST_TRUE: return "True";
    case CONST_FALSE: return "False";
    case CONST_ELLIPSIS: return "ellipsis";
    default: return "literal";
    }
}

const char *kr_parse_expr_name(const Expr *e)
{
    switch (e->kind) {
    case K_Attribute: return "attribute";
    case K_Subscript: return "subscript";
    case K_Starred: return "starred";
    case K_Name: return "name";
    case K_List: return "list";
    case K_Tuple: return "tuple";
    case K_Lambda: return "lambda";
    case K_Call: return "function call";
    case K_BoolOp: case K_BinOp: case K_UnaryOp: return "expression";
    case K_GeneratorExp: return "generator expression";
    case K_Yield: case K_YieldFrom: return "yield expression";
    case K_Await: return "await expression";
    case K_ListComp: return "list comprehension";
    case K_SetComp: return "set comprehension";
    case K_DictComp: return "dict comprehension";
    case K_Dict: return "dict literal";
    case K_Set: return "set display";
    case K_JoinedStr: case K_FormattedValue: return "f-string expression";
    case K_Constant: return const_name(e->v.Constant.value);
    case K_Compare: return "comparison";
    case K_IfExp: return "conditional expression";
    case K_NamedExpr: return "named expression";
    default: return "expression";
    }
}

void *kr_parse_raise_invalid_target(Parser *p, TargetKind kind, Expr *e)
{
    Expr *bad = kr_parse_invalid_target(e, kind);
    if (!bad)
        return NULL;
    return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(
        bad, kind == TARGET_DEL ? "cannot delete %s" : "cannot assign to %s",
        kr_parse_expr_name(bad));
}
