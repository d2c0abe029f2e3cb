/*
 * parse_expr.c -- expressions: CPython 3.11's python.gram, rule by rule.
 *
 * Each grammar rule is a function of the same name whose alternatives are
 * tried in the grammar's order.  Keeping the order (and the lookaheads) is
 * not pedantry: the position of a plain "invalid syntax" is the furthest
 * token the parser ever fetched (parse_core.c), so a rule that looks one
 * token further than CPython's, or one less, moves the caret.
 *
 * Three kinds of liberty are taken, none visible from outside:
 *
 *  - Left recursion.  pegen grows `a=sum '+' b=term | term` from a seed;
 *    here it is a loop: parse the operand, then repeatedly try each
 *    continuation in grammar order.  Both take the longest match and build
 *    the same left-leaning tree, and both try the same continuations at the
 *    same positions, so they fetch the same tokens.  primary and t_primary
 *    (parse_target.c) are loops the same way.
 *
 *  - Shared prefixes.  `A B | A` is parsed as `A [B]` when A would only be
 *    parsed again at the same position: a rule's result depends only on
 *    where it starts (and on the pass), so the second parse could only give
 *    the first one's answer.
 *
 *  - Memoization.  The rules CPython memoizes -- those marked (memo) and
 *    the left-recursive ones, which pegen memoizes implicitly -- are
 *    memoized here too (MEMO_RULE, parse_expr.h).  This is what keeps
 *    parsing linear: `(((x)))` tries tuple, then group, then genexp at every
 *    level, and without the memo on `expression` that is 3^depth work.  It
 *    also keeps the second pass faithful, since a memo hit is exactly when
 *    CPython does not run a rule's invalid_* alternatives again.
 *
 * The invalid_* rules run only in the second pass (INVALID_RULES),
 * at the place the grammar lists them.  They never produce a node: each
 * either raises CPython's message or fails (and its wrapper restores the
 * mark).  Two details of the C code pegen generates decide which message
 * wins, and are reproduced here:
 *   - only an alternative that is a lone invalid_* item is skipped in the
 *     first pass; `'{' invalid_double_starred_kvpairs '}'` in dict runs in
 *     both passes, so `{1: 1, x 2}` already fails in the first one;
 *   - an alternative that matched but whose action yields no node (and
 *     raises nothing) ends its rule: later alternatives are not tried
 *     (invalid_expression's comma check at bracket level 0, for one).
 *
 * Sequences are gathered in a Vec (parse_seq.h) and copied once into the
 * arena; every path out of a function that owns a Vec frees it.
 */
#include "parse/parse_expr.h"

#include <errno.h>
#include <gmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- small shared helpers -------------------------------------------- */

void *kr_parse_empty_seq(Parser *p)
{
    /* Every sequence type has the AnySeq layout; a zeroed one is empty. */
    return kr_arena_alloc(p->arena, sizeof(AnySeq));
}

ExprSeq *kr_parse_expr_seq(Parser *p, const Vec *v)
{
    return VEC_EXPRS(p, v);
}

bool kr_parse_gather(Parser *p, ExprRule elem, Vec *v)
{
    Expr *e = elem(p);
    if (!e)
        return false;
    vec_push(v, e);
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_COMMA))
            break;
        e = elem(p);
        if (!e) {
            p->mark = m;
            break;
        }
        vec_push(v, e);
    }
    return !p->error;
}

static AstConst *new_const(Parser *p, ConstKind kind)
{
    AstConst *c = kr_arena_alloc(p->arena, sizeof *c);
    c->kind = kind;
    return c;
}

/* A node spanning exactly the token at index i. */
#define TOKEN_POS(i) tok(p, i)->lineno, tok(p, i)->col_offset, \
                     tok(p, i)->end_lineno, tok(p, i)->end_col_offset

Expr *kr_parse_name(Parser *p, ExprContext ctx)
{
    int i = p->mark;
    if (!eat(p, T_NAME))
        return NULL;
    return kr_ast_Name(p->arena, kr_parse_identifier(p, tok(p, i)), ctx, TOKEN_POS(i));
}

static Expr *name(Parser *p) { return kr_parse_name(p, K_Load); }

/* SOFT_KEYWORD as CPython 3.11's _PyPegen_soft_keyword_token matches it:
 * it compares only the token's length of each keyword, so any prefix of
 * "_", "case" or "match" counts ("c", "ma", ...).  Faithfully reproduced,
 * since it decides whether "Perhaps you forgot a comma?" is offered. */
static bool is_soft_keyword(const Token *t)
{
    static const char *const soft[] = {"_", "case", "match"};
    size_t n = (size_t)(t->end - t->start);
    if (t->kind != T_NAME)
        return false;
    for (size_t i = 0; i < KR_ARRAY_LEN(soft); i++)
        if (n <= strlen(soft[i]) && !memcmp(t->start, soft[i], n))
            return true;
    return false;
}

/* CPython's _PyPegen_check_legacy_stmt: `print` and `exec` were statements
 * in Python 2, and get their own message. */
static bool is_legacy_name(const Expr *e)
{
    return e->kind == K_Name &&
           (!strcmp(e->v.Name.id, "print") || !strcmp(e->v.Name.id, "exec"));
}

/* The bracket depth after token i (CPython keeps it in each Token; here it
 * is recounted, which only the second pass's invalid_expression needs). */
static int token_level(Parser *p, int i)
{
    int level = 0;
    for (int k = 0; k <= i && k < p->fill; k++) {
        switch (p->tokens[k].kind) {
        case T_LPAR: case T_LSQB: case T_LBRACE: level++; break;
        case T_RPAR: case T_RSQB: case T_RBRACE: if (level) level--; break;
        default: break;
        }
    }
    return level;
}

/* ---- forward declarations: the rules are mutually recursive ----------- */

static Expr *expression(Parser *p);
static Expr *expression_without_invalid(Parser *p);
static Expr *star_expressions(Parser *p);
static Expr *star_expression(Parser *p);
static Expr *star_named_expression(Parser *p);
static Expr *named_expression(Parser *p);
static Expr *assignment_expression(Parser *p);
static Expr *disjunction(Parser *p);
static Expr *bitwise_or(Parser *p);
static Expr *factor(Parser *p);
static Expr *primary(Parser *p);
static Expr *atom(Parser *p);
static Expr *slices(Parser *p);
static Expr *lambdef(Parser *p);
static Expr *yield_expr(Parser *p);
static Expr *starred_expression(Parser *p);
static Expr *list(Parser *p);
static Expr *tuple(Parser *p);
static Expr *genexp(Parser *p);
static ComprehensionSeq *for_if_clauses(Parser *p);
static void *invalid_expression(Parser *p);
static void *invalid_legacy_expression(Parser *p);
static void *invalid_named_expression(Parser *p);
static void *invalid_comprehension(Parser *p);

/* ---- expressions ------------------------------------------------------ */

/* The shape shared by expressions and star_expressions:
 *   a=elem b=(',' c=elem)+ [','] -> Tuple | a=elem ',' -> Tuple | elem */
static Expr *comma_tuple(Parser *p, ExprRule elem)
{
    int start = p->mark;
    Expr *first = elem(p);
    if (!first || !at(p, T_COMMA))
        return p->error ? NULL : first;
    Vec v;
    vec_init(&v);
    vec_push(&v, first);
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_COMMA))
            break;
        Expr *e = elem(p);
        if (!e) {
            p->mark = m;
            break;
        }
        vec_push(&v, e);
    }
    Expr *res = NULL;
    if (!p->error) {
        eat(p, T_COMMA);  /* [','], or the ',' of the one-element form */
        res = kr_ast_Tuple(p->arena, VEC_EXPRS(p, &v), K_Load, EXTRA_FROM(start));
    }
    vec_free(&v);
    return res;
}

/* expressions: expression (',' expression)+ [','] | expression ',' | expression */
RULE(Expr, expressions)
static Expr *expressions_body(Parser *p) { return comma_tuple(p, expression); }

/* The valid alternatives of expression, shared with
 * expression_without_invalid:
 *   | a=disjunction 'if' b=disjunction 'else' c=expression -> IfExp(b, a, c)
 *   | disjunction
 *   | lambdef */
static Expr *conditional_expression(Parser *p, int start)
{
    Expr *a = disjunction(p);
    if (a) {
        int m = p->mark;
        if (eat(p, KW_if)) {
            Expr *b = disjunction(p);
            if (b && eat(p, KW_else)) {
                Expr *c = expression(p);
                if (c)
                    return kr_ast_IfExp(p->arena, b, a, c, EXTRA_FROM(start));
            }
        }
        p->mark = m;
        return a;
    }
    if (p->error)
        return NULL;
    p->mark = start;
    return lambdef(p);
}

/* expression (memo): invalid_expression | invalid_legacy_expression | ... */
MEMO_RULE(Expr, expression, MEMO_EXPRESSION, MEMO_ALWAYS)
static Expr *expression_body(Parser *p)
{
    int start = p->mark;
    if (INVALID_RULES(p)) {
        invalid_expression(p);
        if (p->error)
            return NULL;
        p->mark = start;
        invalid_legacy_expression(p);
        if (p->error)
            return NULL;
        p->mark = start;
    }
    return conditional_expression(p, start);
}

/* expression_without_invalid: expression's valid alternatives with the
 * invalid_* rules switched off beneath it, as pegen's _without_invalid
 * suffix does.  pegen clears call_invalid_rules; here p->without_invalid
 * is raised instead (INVALID_RULES), because the memo table keys on
 * call_invalid_rules and CPython shares these memo entries with the rest
 * of the second pass: `f created at (most recent)` must find `most`
 * already parsed, and so not offer "Perhaps you forgot a comma?". */
RULE(Expr, expression_without_invalid)
static Expr *expression_without_invalid_body(Parser *p)
{
    p->without_invalid++;
    Expr *e = conditional_expression(p, p->mark);
    p->without_invalid--;
    return e;
}

/* yield_expr: 'yield' 'from' a=expression | 'yield' a=[star_expressions] */
RULE(Expr, yield_expr)
static Expr *yield_expr_body(Parser *p)
{
    int start = p->mark;
    if (!eat(p, KW_yield))
        return NULL;
    if (eat(p, KW_from)) {
        Expr *a = expression(p);
        if (a)
            return kr_ast_YieldFrom(p->arena, a, EXTRA_FROM(start));
        if (p->error)
            return NULL;
        p->mark = start + 1;
    }
    Expr *a = star_expressions(p);
    if (p->error)
        return NULL;
    return kr_ast_Yield(p->arena, a, EXTRA_FROM(start));
}

/* star_expressions: like expressions, over star_expression */
RULE(Expr, star_expressions)
static Expr *star_expressions_body(Parser *p) { return comma_tuple(p, star_expression); }

/* '*' a=bitwise_or -> Starred(a, Load) | alt: star_expression's and
 * star_named_expression's shared first alternative. */
static Expr *starred_bitwise_or(Parser *p, ExprRule alt)
{
    int start = p->mark;
    if (eat(p, T_STAR)) {
        Expr *a = bitwise_or(p);
        if (a)
            return kr_ast_Starred(p->arena, a, K_Load, EXTRA_FROM(start));
        if (p->error)
            return NULL;
        p->mark = start;
    }
    return alt(p);
}

/* star_expression (memo): '*' bitwise_or | expression */
MEMO_RULE(Expr, star_expression, MEMO_STAR_EXPRESSION, MEMO_PASS2)
static Expr *star_expression_body(Parser *p) { return starred_bitwise_or(p, expression); }

/* star_named_expression: '*' bitwise_or | named_expression */
RULE(Expr, star_named_expression)
static Expr *star_named_expression_body(Parser *p)
{
    return starred_bitwise_or(p, named_expression);
}

/* star_named_expressions: ','.star_named_expression+ [','], appended to v */
static bool star_named_expressions(Parser *p, Vec *v)
{
    if (!kr_parse_gather(p, star_named_expression, v))
        return false;
    eat(p, T_COMMA);
    return true;
}

/* assignment_expression: a=NAME ':=' ~ b=expression -> NamedExpr */
RULE(Expr, assignment_expression)
static Expr *assignment_expression_body(Parser *p)
{
    int start = p->mark;
    if (!eat(p, T_NAME) || !eat(p, T_COLONEQUAL))
        return NULL;
    Expr *b = expression(p);
    if (!b)
        return NULL;
    if (!kr_parse_check_version(p, 8, "Assignment expressions are"))
        return NULL;
    Expr *target = kr_ast_Name(p->arena, kr_parse_identifier(p, tok(p, start)), K_Store,
                               TOKEN_POS(start));
    return kr_ast_NamedExpr(p->arena, target, b, EXTRA_FROM(start));
}

/* named_expression: assignment_expression | invalid_named_expression
 *                 | expression !':=' */
RULE(Expr, named_expression)
static Expr *named_expression_body(Parser *p)
{
    int start = p->mark;
    Expr *e = assignment_expression(p);
    if (e || p->error)
        return e;
    if (INVALID_RULES(p)) {
        invalid_named_expression(p);
        if (p->error)
            return NULL;
        p->mark = start;
    }
    e = expression(p);
    if (!e || at(p, T_COLONEQUAL))
        return NULL;
    return e;
}

/* ---- boolean operators ------------------------------------------------ */

/* a=operand b=(kw c=operand)+ -> BoolOp(op, [a] + b) | operand */
static Expr *boolop_chain(Parser *p, TokenKind kw, ExprRule operand, Boolop op)
{
    int start = p->mark;
    Expr *a = operand(p);
    if (!a || !at(p, kw))
        return p->error ? NULL : a;
    Vec v;
    vec_init(&v);
    vec_push(&v, a);
    for (;;) {
        int m = p->mark;
        if (!eat(p, kw))
            break;
        Expr *c = operand(p);
        if (!c) {
            p->mark = m;
            break;
        }
        vec_push(&v, c);
    }
    Expr *res = NULL;
    if (p->error)
        res = NULL;
    else if (v.n == 1)
        res = a;
    else
        res = kr_ast_BoolOp(p->arena, op, VEC_EXPRS(p, &v), EXTRA_FROM(start));
    vec_free(&v);
    return res;
}

static Expr *conjunction(Parser *p);
static Expr *inversion(Parser *p);
static Expr *comparison(Parser *p);

MEMO_RULE(Expr, disjunction, MEMO_DISJUNCTION, MEMO_PASS2)
static Expr *disjunction_body(Parser *p) { return boolop_chain(p, KW_or, conjunction, K_Or); }

MEMO_RULE(Expr, conjunction, MEMO_CONJUNCTION, MEMO_PASS2)
static Expr *conjunction_body(Parser *p) { return boolop_chain(p, KW_and, inversion, K_And); }

/* inversion (memo): 'not' a=inversion -> UnaryOp(Not, a) | comparison */
MEMO_RULE(Expr, inversion, MEMO_INVERSION, MEMO_PASS2)
static Expr *inversion_body(Parser *p)
{
    int start = p->mark;
    if (eat(p, KW_not)) {
        Expr *a = inversion(p);
        if (a)
            return kr_ast_UnaryOp(p->arena, K_Not, a, EXTRA_FROM(start));
        if (p->error)
            return NULL;
        p->mark = start;
    }
    return comparison(p);
}

/* ---- comparisons ------------------------------------------------------ */

/* compare_op_bitwise_or_pair: one of eq_bitwise_or ... is_bitwise_or.  Sets
 * *op and returns the right operand.  Only `is` has two alternatives that
 * share a token ('is' 'not' bitwise_or, then 'is' bitwise_or). */
static Expr *compare_op_bitwise_or_pair(Parser *p, Cmpop *op)
{
    int start = p->mark;
    Token *t = peek(p);
    if (!t)
        return NULL;
    switch (t->kind) {
    case T_EQEQUAL: *op = K_Eq; break;
    case T_NOTEQUAL:
        /* The tokenizer also makes NOTEQUAL of "<>", which only
         * `from __future__ import barry_as_FLUFL` accepts. */
        if (t->end - t->start != 2 || t->start[0] != '!')
            return NULL;
        *op = K_NotEq;
        break;
    case T_LESSEQUAL: *op = K_LtE; break;
    case T_LESS: *op = K_Lt; break;
    case T_GREATEREQUAL: *op = K_GtE; break;
    case T_GREATER: *op = K_Gt; break;
    case KW_in: *op = K_In; break;
    case KW_not:
        p->mark++;
        if (!eat(p, KW_in))
            return NULL;
        *op = K_NotIn;
        return bitwise_or(p);
    case KW_is:
        p->mark++;
        if (eat(p, KW_not)) {
            Expr *b = bitwise_or(p);
            if (b || p->error) {
                *op = K_IsNot;
                return b;
            }
            p->mark = start + 1;
        }
        *op = K_Is;
        return bitwise_or(p);
    default:
        return NULL;
    }
    p->mark++;
    return bitwise_or(p);
}

/* comparison: a=bitwise_or b=compare_op_bitwise_or_pair+ -> Compare
 *           | bitwise_or */
RULE(Expr, comparison)
static Expr *comparison_body(Parser *p)
{
    int start = p->mark;
    Expr *a = bitwise_or(p);
    if (!a)
        return NULL;
    Vec ops, rights;
    vec_init(&ops);
    vec_init(&rights);
    for (;;) {
        int m = p->mark;
        Cmpop op;
        Expr *b = compare_op_bitwise_or_pair(p, &op);
        if (!b) {
            p->mark = m;
            break;
        }
        vec_push(&ops, (void *)(intptr_t)op);
        vec_push(&rights, b);
    }
    Expr *res = a;
    if (p->error) {
        res = NULL;
    } else if (ops.n) {
        CmpopSeq *cs = kr_ast_cmpop_seq_new(p->arena, ops.n);
        for (int i = 0; i < ops.n; i++)
            cs->items[i] = (Cmpop)(intptr_t)ops.items[i];
        res = kr_ast_Compare(p->arena, a, cs, VEC_EXPRS(p, &rights), EXTRA_FROM(start));
    }
    vec_free(&ops);
    vec_free(&rights);
    return res;
}

/* ---- binary operators ------------------------------------------------- */

typedef struct BinOpTok {
    TokenKind tok;
    Operator op;
} BinOpTok;

/* The left-recursive binary rules as loops (see the file comment):
 *   a=self tok b=operand -> BinOp(a, op, b) | operand */
static Expr *binop_loop(Parser *p, ExprRule operand, const BinOpTok *ops, int nops)
{
    int start = p->mark;
    Expr *a = operand(p);
    while (a) {
        Token *t = peek(p);
        if (!t)
            break;
        int i = 0;
        while (i < nops && ops[i].tok != t->kind)
            i++;
        if (i == nops)
            break;
        int m = p->mark;
        p->mark++;
        Expr *b = operand(p);
        if (!b) {
            p->mark = m;
            break;
        }
        a = kr_ast_BinOp(p->arena, a, ops[i].op, b, EXTRA_FROM(start));
    }
    return p->error ? NULL : a;
}

static Expr *bitwise_xor(Parser *p);
static Expr *bitwise_and(Parser *p);
static Expr *shift_expr(Parser *p);
static Expr *sum(Parser *p);
static Expr *term(Parser *p);

static const BinOpTok OR_OPS[] = {{T_VBAR, K_BitOr}};
static const BinOpTok XOR_OPS[] = {{T_CIRCUMFLEX, K_BitXor}};
static const BinOpTok AND_OPS[] = {{T_AMPER, K_BitAnd}};
static const BinOpTok SHIFT_OPS[] = {{T_LEFTSHIFT, K_LShift}, {T_RIGHTSHIFT, K_RShift}};
static const BinOpTok SUM_OPS[] = {{T_PLUS, K_Add}, {T_MINUS, K_Sub}};
static const BinOpTok TERM_OPS[] = {
    {T_STAR, K_Mult}, {T_SLASH, K_Div}, {T_DOUBLESLASH, K_FloorDiv},
    {T_PERCENT, K_Mod}, {T_AT, K_MatMult},
};

MEMO_RULE(Expr, bitwise_or, MEMO_BITWISE_OR, MEMO_PASS2)
static Expr *bitwise_or_body(Parser *p) { return binop_loop(p, bitwise_xor, OR_OPS, 1); }

MEMO_RULE(Expr, bitwise_xor, MEMO_BITWISE_XOR, MEMO_PASS2)
static Expr *bitwise_xor_body(Parser *p) { return binop_loop(p, bitwise_and, XOR_OPS, 1); }

MEMO_RULE(Expr, bitwise_and, MEMO_BITWISE_AND, MEMO_PASS2)
static Expr *bitwise_and_body(Parser *p) { return binop_loop(p, shift_expr, AND_OPS, 1); }

MEMO_RULE(Expr, shift_expr, MEMO_SHIFT_EXPR, MEMO_PASS2)
static Expr *shift_expr_body(Parser *p) { return binop_loop(p, sum, SHIFT_OPS, 2); }

MEMO_RULE(Expr, sum, MEMO_SUM, MEMO_PASS2)
static Expr *sum_body(Parser *p) { return binop_loop(p, term, SUM_OPS, 2); }

MEMO_RULE(Expr, term, MEMO_TERM, MEMO_PASS2)
static Expr *term_body(Parser *p) { return binop_loop(p, factor, TERM_OPS, 5); }

static Expr *power(Parser *p);
static Expr *await_primary(Parser *p);

/* factor (memo): '+' factor | '-' factor | '~' factor | power */
MEMO_RULE(Expr, factor, MEMO_FACTOR, MEMO_PASS2)
static Expr *factor_body(Parser *p)
{
    int start = p->mark;
    Token *t = peek(p);
    if (!t)
        return NULL;
    Unaryop op;
    switch (t->kind) {
    case T_PLUS: op = K_UAdd; break;
    case T_MINUS: op = K_USub; break;
    case T_TILDE: op = K_Invert; break;
    default: return power(p);
    }
    p->mark++;
    Expr *a = factor(p);
    if (!a)
        return NULL;
    return kr_ast_UnaryOp(p->arena, op, a, EXTRA_FROM(start));
}

/* power: a=await_primary '**' b=factor -> BinOp(a, Pow, b) | await_primary */
RULE(Expr, power)
static Expr *power_body(Parser *p)
{
    int start = p->mark;
    Expr *a = await_primary(p);
    if (!a)
        return NULL;
    int m = p->mark;
    if (eat(p, T_DOUBLESTAR)) {
        Expr *b = factor(p);
        if (b)
            return kr_ast_BinOp(p->arena, a, K_Pow, b, EXTRA_FROM(start));
        if (p->error)
            return NULL;
    }
    p->mark = m;
    return a;
}

/* await_primary (memo): AWAIT a=primary -> Await(a) | primary */
MEMO_RULE(Expr, await_primary, MEMO_AWAIT_PRIMARY, MEMO_PASS2)
static Expr *await_primary_body(Parser *p)
{
    int start = p->mark;
    if (eat(p, KW_await)) {
        Expr *a = primary(p);
        if (a)
            return kr_ast_Await(p->arena, a, EXTRA_FROM(start));
        if (p->error)
            return NULL;
        p->mark = start;
    }
    return primary(p);
}

/* ---- primary ---------------------------------------------------------- */

/* One step of primary's left recursion, applied to a (which began at token
 * `start`), alternatives in the grammar's order:
 *   | a '.' b=NAME             -> Attribute(a, b, Load)
 *   | a b=genexp               -> Call(a, [b], [])
 *   | a '(' b=[arguments] ')'  -> Call(a, b.args, b.keywords)
 *   | a '[' b=slices ']'       -> Subscript(a, b, Load)
 * NULL if none applies (mark unchanged). */
static Expr *primary_step(Parser *p, Expr *a, int start)
{
    int m = p->mark;
    if (eat(p, T_DOT)) {
        int n = p->mark;
        if (eat(p, T_NAME))
            return kr_ast_Attribute(p->arena, a, kr_parse_identifier(p, tok(p, n)), K_Load,
                                    EXTRA_FROM(start));
        p->mark = m;
    }
    Expr *g = kr_parse_trailer_genexp(p);
    if (g) {
        ExprSeq *args = kr_ast_expr_seq_new(p->arena, 1);
        args->items[0] = g;
        return kr_ast_Call(p->arena, a, args, kr_parse_empty_seq(p), EXTRA_FROM(start));
    }
    if (p->error)
        return NULL;
    ExprSeq *args;
    KeywordSeq *kws;
    if (kr_parse_call_args(p, &args, &kws))
        return kr_ast_Call(p->arena, a, args, kws, EXTRA_FROM(start));
    if (p->error)
        return NULL;
    if (eat(p, T_LSQB)) {
        Expr *s = slices(p);
        if (s && eat(p, T_RSQB))
            return kr_ast_Subscript(p->arena, a, s, K_Load, EXTRA_FROM(start));
    }
    p->mark = m;
    return NULL;
}

/* primary (left-recursive, so memoized): atom followed by any number of
 * attribute, call and subscript steps. */
MEMO_RULE(Expr, primary, MEMO_PRIMARY, MEMO_PASS2)
static Expr *primary_body(Parser *p)
{
    int start = p->mark;
    Expr *a = atom(p);
    while (a) {
        Expr *b = primary_step(p, a, start);
        if (!b)
            break;
        a = b;
    }
    return p->error ? NULL : a;
}

/* slice: a=[expression] ':' b=[expression] c=[':' d=[expression]] -> Slice
 *      | named_expression */
RULE(Expr, slice)
static Expr *slice_body(Parser *p)
{
    int start = p->mark;
    Expr *a = expression(p);
    if (p->error)
        return NULL;
    if (eat(p, T_COLON)) {
        Expr *b = expression(p);
        Expr *c = NULL;
        if (!p->error && eat(p, T_COLON))
            c = expression(p);
        if (p->error)
            return NULL;
        return kr_ast_Slice(p->arena, a, b, c, EXTRA_FROM(start));
    }
    p->mark = start;
    return named_expression(p);
}

static Expr *slice_or_starred(Parser *p)
{
    Expr *e = slice(p);
    if (e || p->error)
        return e;
    return starred_expression(p);
}

/* slices: a=slice !',' -> a
 *       | ','.(slice | starred_expression)+ [','] -> Tuple(Load) */
RULE(Expr, slices)
static Expr *slices_body(Parser *p)
{
    int start = p->mark;
    Expr *first = slice(p);
    if (first && !at(p, T_COMMA))
        return first;
    if (p->error)
        return NULL;
    Vec v;
    vec_init(&v);
    Expr *res = NULL;
    if (first) {
        /* The second alternative would parse the same slice again. */
        vec_push(&v, first);
        for (;;) {
            int m = p->mark;
            if (!eat(p, T_COMMA))
                break;
            Expr *e = slice_or_starred(p);
            if (!e) {
                p->mark = m;
                break;
            }
            vec_push(&v, e);
        }
    } else {
        p->mark = start;
        kr_parse_gather(p, slice_or_starred, &v);
    }
    if (v.n && !p->error) {
        eat(p, T_COMMA);
        res = kr_ast_Tuple(p->arena, VEC_EXPRS(p, &v), K_Load, EXTRA_FROM(start));
    }
    vec_free(&v);
    return res;
}

/* ---- numbers ---------------------------------------------------------- */

/* CPython's PyLong_FromString refuses decimal strings longer than
 * sys.get_int_max_str_digits() (4300 by default); the parser turns its
 * ValueError into this SyntaxError, with no columns. */
static AstConst *int_const(Parser *p, const char *s, int tok_index)
{
    int base = 10;
    if (s[0] == '0' && s[1]) {
        switch (s[1]) {
        case 'x': case 'X': base = 16; s += 2; break;
        case 'o': case 'O': base = 8; s += 2; break;
        case 'b': case 'B': base = 2; s += 2; break;
        default: break;  /* "000": decimal zero */
        }
    }
    size_t ndigits = strlen(s);
    if (base == 10 && p->int_max_str_digits > 0 && ndigits > (size_t)p->int_max_str_digits) {
        Token *t = tok(p, tok_index);
        return kr_parse_raise_at(
            p, SYNERR_SYNTAX, t->lineno, -1, t->end_lineno, -1,
            "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
            "digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
            "hexadecimal for huge integer literals to avoid decimal conversion limits.",
            p->int_max_str_digits, ndigits);
    }
    AstConst *c = new_const(p, CONST_INT);
    /* Up to 15 hex digits, 18 decimal ones, ... always fit in int64. */
    if (ndigits * (base == 16 ? 4 : base == 8 ? 3 : base == 2 ? 1 : 4) <= 60) {
        errno = 0;
        c->i = (int64_t)strtoull(s, NULL, base);
        return c;
    }
    mpz_t z;
    mpz_init(z);
    if (mpz_set_str(z, s, base) != 0)
        kr_fatal("bad integer literal from the lexer: %s", s);
    if (mpz_fits_slong_p(z)) {
        c->i = mpz_get_si(z);
    } else {
        size_t n = mpz_sizeinbase(z, 10) + 2;
        char *digits = kr_arena_alloc(p->arena, n);
        mpz_get_str(digits, 10, z);
        c->big = true;
        c->s.data = digits;
        c->s.len = strlen(digits);
    }
    mpz_clear(z);
    return c;
}

/* CPython's parsenumber: underscores dropped; a trailing j makes an
 * imaginary literal; a '.' or an exponent (outside hex) makes a float;
 * anything else is an int.  strtod is correctly rounded, as CPython's
 * dtoa-based PyOS_string_to_double is; overflow gives inf in both. */
static AstConst *number_const(Parser *p, int tok_index)
{
    Token *t = tok(p, tok_index);
    size_t len = (size_t)(t->end - t->start);
    char *s = kr_arena_alloc(p->arena, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (t->start[i] != '_')
            s[n++] = t->start[i];
    s[n] = '\0';
    if (n && (s[n - 1] == 'j' || s[n - 1] == 'J')) {
        s[n - 1] = '\0';
        AstConst *c = new_const(p, CONST_COMPLEX);
        c->f = strtod(s, NULL);
        return c;
    }
    bool is_hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    if (!is_hex && strpbrk(s, ".eE")) {
        AstConst *c = new_const(p, CONST_FLOAT);
        c->f = strtod(s, NULL);
        return c;
    }
    return int_const(p, s, tok_index);
}

Expr *kr_parse_number(Parser *p)
{
    int i = p->mark;
    if (!eat(p, T_NUMBER))
        return NULL;
    AstConst *c = number_const(p, i);
    if (!c)
        return NULL;
    return kr_ast_Constant(p->arena, c, NULL, TOKEN_POS(i));
}

/* ---- atoms ------------------------------------------------------------ */

/* strings (memo): STRING+ -- the literal itself is strings.c's business;
 * the memo matters because t_primary and primary both reach the same atom,
 * and an f-string's sub-parse is not cheap. */
MEMO_RULE(Expr, strings, MEMO_STRINGS, MEMO_ALWAYS)
static Expr *strings_body(Parser *p) { return kr_parse_strings(p); }

static Expr *keyword_const(Parser *p, ConstKind kind)
{
    int i = p->mark++;
    return kr_ast_Constant(p->arena, new_const(p, kind), NULL, TOKEN_POS(i));
}

static Expr *group(Parser *p);
static Expr *listcomp(Parser *p);
static Expr *dict(Parser *p);
static Expr *set(Parser *p);
static Expr *dictcomp(Parser *p);
static Expr *setcomp(Parser *p);

/* Try rules in order at the same position (a PEG ordered choice). */
static Expr *first_of(Parser *p, ExprRule *rules, int n)
{
    for (int i = 0; i < n; i++) {
        Expr *e = rules[i](p);
        if (e || p->error)
            return e;
    }
    return NULL;
}

/* atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
 *     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
 *     | &'{' (dict | set | dictcomp | setcomp) | '...' */
RULE(Expr, atom)
static Expr *atom_body(Parser *p)
{
    static ExprRule paren[] = {tuple, group, genexp};
    static ExprRule square[] = {list, listcomp};
    static ExprRule curly[] = {dict, set, dictcomp, setcomp};
    Token *t = peek(p);
    if (!t)
        return NULL;
    switch (t->kind) {
    case T_NAME: return name(p);
    case KW_True: return keyword_const(p, CONST_TRUE);
    case KW_False: return keyword_const(p, CONST_FALSE);
    case KW_None: return keyword_const(p, CONST_NONE);
    case T_STRING: return strings(p);
    case T_NUMBER: return kr_parse_number(p);
    case T_LPAR: return first_of(p, paren, 3);
    case T_LSQB: return first_of(p, square, 2);
    case T_LBRACE: return first_of(p, curly, 4);
    case T_ELLIPSIS: return keyword_const(p, CONST_ELLIPSIS);
    default: return NULL;
    }
}

static void *invalid_group(Parser *p);

/* group: '(' a=(yield_expr | named_expression) ')' -> a | invalid_group */
RULE(Expr, group)
static Expr *group_body(Parser *p)
{
    int start = p->mark;
    if (eat(p, T_LPAR)) {
        Expr *a = yield_expr(p);
        if (!a && !p->error)
            a = named_expression(p);
        if (a && eat(p, T_RPAR))
            return a;
        if (p->error)
            return NULL;
    }
    p->mark = start;
    if (INVALID_RULES(p))
        invalid_group(p);
    return NULL;
}

/* lambdef: 'lambda' a=[lambda_params] ':' b=expression -> Lambda */
RULE(Expr, lambdef)
static Expr *lambdef_body(Parser *p)
{
    int start = p->mark;
    if (!eat(p, KW_lambda))
        return NULL;
    Arguments *a = kr_parse_lambda_params(p);
    if (p->error || !eat(p, T_COLON))
        return NULL;
    Expr *b = expression(p);
    if (!b)
        return NULL;
    if (!a)
        a = kr_parse_empty_arguments(p);
    return kr_ast_Lambda(p->arena, a, b, EXTRA_FROM(start));
}

/* ---- displays: tuple, list, set, dict ---------------------------------- */

/* list: '[' a=[star_named_expressions] ']' -> List(a, Load) */
RULE(Expr, list)
static Expr *list_body(Parser *p)
{
    int start = p->mark;
    if (!eat(p, T_LSQB))
        return NULL;
    Vec v;
    vec_init(&v);
    star_named_expressions(p, &v);
    Expr *res = NULL;
    if (!p->error && eat(p, T_RSQB))
        res = kr_ast_List(p->arena, VEC_EXPRS(p, &v), K_Load, EXTRA_FROM(start));
    vec_free(&v);
    return res;
}

/* tuple: '(' a=[y=star_named_expression ',' z=[star_named_expressions]] ')'
 *        -> Tuple([y] + z, Load) */
RULE(Expr, tuple)
static Expr *tuple_body(Parser *p)
{
    int start = p->mark;
    if (!eat(p, T_LPAR))
        return NULL;
    Vec v;
    vec_init(&v);
    Expr *y = star_named_expression(p);
    if (y && eat(p, T_COMMA)) {
        vec_push(&v, y);
        int m = p->mark;
        if (!star_named_expressions(p, &v))
            p->mark = m;
    } else {
        p->mark = start + 1;
    }
    Expr *res = NULL;
    if (!p->error && eat(p, T_RPAR))
        res = kr_ast_Tuple(p->arena, VEC_EXPRS(p, &v), K_Load, EXTRA_FROM(start));
    vec_free(&v);
    return res;
}

/* set: '{' a=star_named_expressions '}' -> Set(a) */
RULE(Expr, set)
static Expr *set_body(Parser *p)
{
    int start = p->mark;
    if (!eat(p, T_LBRACE))
        return NULL;
    Vec v;
    vec_init(&v);
    Expr *res = NULL;
    if (star_named_expressions(p, &v) && eat(p, T_RBRACE))
        res = kr_ast_Set(p->arena, VEC_EXPRS(p, &v), EXTRA_FROM(start));
    vec_free(&v);
    return res;
}

/* kvpair: a=expression ':' b=expression */
static bool kvpair(Parser *p, Expr **key, Expr **value)
{
    int start = p->mark;
    *key = expression(p);
    if (*key && eat(p, T_COLON)) {
        *value = expression(p);
        if (*value)
            return true;
    }
    p->mark = start;
    return false;
}

/* double_starred_kvpair: '**' a=bitwise_or -> (NULL, a) | kvpair */
static bool double_starred_kvpair(Parser *p, Expr **key, Expr **value)
{
    int start = p->mark;
    if (eat(p, T_DOUBLESTAR)) {
        *key = NULL;
        *value = bitwise_or(p);
        if (*value)
            return true;
        if (p->error)
            return false;
        p->mark = start;
    }
    return kvpair(p, key, value);
}

/* ','.double_starred_kvpair+, appended to keys/values */
static bool gather_kvpairs(Parser *p, Vec *keys, Vec *values)
{
    Expr *k, *v;
    if (!double_starred_kvpair(p, &k, &v))
        return false;
    do {
        vec_push(keys, k);
        vec_push(values, v);
        int m = p->mark;
        if (!eat(p, T_COMMA))
            break;
        if (!double_starred_kvpair(p, &k, &v)) {
            p->mark = m;
            break;
        }
    } while (true);
    return !p->error;
}

static void *invalid_double_starred_kvpairs(Parser *p);

/* dict: '{' a=[double_starred_kvpairs] '}' -> Dict
 *     | '{' invalid_double_starred_kvpairs '}' */
RULE(Expr, dict)
static Expr *dict_body(Parser *p)
{
    int start = p->mark;
    if (!eat(p, T_LBRACE))
        return NULL;
    Vec keys, values;
    vec_init(&keys);
    vec_init(&values);
    Expr *res = NULL;
    if (gather_kvpairs(p, &keys, &values))
        eat(p, T_COMMA);  /* double_starred_kvpairs' [','] */
    if (!p->error && eat(p, T_RBRACE))
        res = kr_ast_Dict(p->arena, VEC_EXPRS(p, &keys), VEC_EXPRS(p, &values),
                          EXTRA_FROM(start));
    vec_free(&keys);
    vec_free(&values);
    if (res || p->error)
        return res;
    /* Not guarded by call_invalid_rules: pegen only guards an alternative
     * that is a lone invalid_* item, so CPython runs this one in the first
     * pass too (and `{1:1, x 2}` gets "':' expected" from it). */
    p->mark = start + 1;
    invalid_double_starred_kvpairs(p);
    return NULL;
}

/* ---- comprehensions ----------------------------------------------------- */

static void *invalid_for_target(Parser *p);

/* for_if_clause:
 *   | ASYNC 'for' a=star_targets 'in' ~ b=disjunction c=('if' disjunction)*
 *   | 'for' a=star_targets 'in' ~ b=disjunction c=('if' disjunction)*
 *   | invalid_for_target
 * The two valid alternatives differ only in ASYNC.  Past the cut (~), a
 * failure fails the whole rule: invalid_for_target is not tried. */
RULE(Comprehension, for_if_clause)
static Comprehension *for_if_clause_body(Parser *p)
{
    int start = p->mark;
    bool is_async = eat(p, KW_async);
    if (eat(p, KW_for)) {
        Expr *a = kr_parse_star_targets(p);
        if (a && eat(p, KW_in)) {
            Expr *b = disjunction(p);
            if (!b)
                return NULL;  /* the cut */
            Vec ifs;
            vec_init(&ifs);
            for (;;) {
                int m = p->mark;
                Expr *z = NULL;
                if (eat(p, KW_if))
                    z = disjunction(p);
                if (!z) {
                    p->mark = m;
                    break;
                }
                vec_push(&ifs, z);
            }
            Comprehension *c = NULL;
            if (!p->error)
                c = kr_ast_comprehension(p->arena, a, b, VEC_EXPRS(p, &ifs), is_async);
            vec_free(&ifs);
            return c;
        }
        if (p->error)
            return NULL;
    }
    p->mark = start;
    if (INVALID_RULES(p))
        invalid_for_target(p);
    return NULL;
}

/* for_if_clauses: for_if_clause+ */
RULE(ComprehensionSeq, for_if_clauses)
static ComprehensionSeq *for_if_clauses_body(Parser *p)
{
    Vec v;
    vec_init(&v);
    for (;;) {
        Comprehension *c = for_if_clause(p);
        if (!c)
            break;
        vec_push(&v, c);
    }
    ComprehensionSeq *seq = NULL;
    if (v.n && !p->error)
        seq = vec_fill(kr_ast_comprehension_seq_new(p->arena, v.n), &v);
    vec_free(&v);
    return seq;
}


/* listcomp: '[' a=named_expression b=for_if_clauses ']' -> ListComp
 *         | invalid_comprehension */
RULE(Expr, listcomp)
static Expr *listcomp_body(Parser *p)
{
    int start = p->mark;
    if (eat(p, T_LSQB)) {
        Expr *a = named_expression(p);
        ComprehensionSeq *b = a ? for_if_clauses(p) : NULL;
        if (b && eat(p, T_RSQB))
            return kr_ast_ListComp(p->arena, a, b, EXTRA_FROM(start));
        if (p->error)
            return NULL;
    }
    p->mark = start;
    if (INVALID_RULES(p))
        invalid_comprehension(p);
    return NULL;
}

/* setcomp: '{' a=named_expression b=for_if_clauses '}' -> SetComp
 *        | invalid_comprehension */
RULE(Expr, setcomp)
static Expr *setcomp_body(Parser *p)
{
    int start = p->mark;
    if (eat(p, T_LBRACE)) {
        Expr *a = named_expression(p);
        ComprehensionSeq *b = a ? for_if_clauses(p) : NULL;
        if (b && eat(p, T_RBRACE))
            return kr_ast_SetComp(p->arena, a, b, EXTRA_FROM(start));
        if (p->error)
            return NULL;
    }
    p->mark = start;
    if (INVALID_RULES(p))
        invalid_comprehension(p);
    return NULL;
}

/* assignment_expression | expression !':=' : a generator's element, and a
 * positional call argument's (parse_args.c). */
static Expr *genexp_element(Parser *p)
{
    Expr *a = assignment_expression(p);
    if (a || p->error)
        return a;
    a = expression(p);
    if (a && at(p, T_COLONEQUAL))
        return NULL;
    return a;
}

/* genexp: '(' a=(assignment_expression | expression !':=') b=for_if_clauses ')'
 *         -> GeneratorExp
 *       | invalid_comprehension */
RULE(Expr, genexp)
static Expr *genexp_body(Parser *p)
{
    int start = p->mark;
    if (eat(p, T_LPAR)) {
        Expr *a = genexp_element(p);
        ComprehensionSeq *b = a ? for_if_clauses(p) : NULL;
        if (b && eat(p, T_RPAR))
            return kr_ast_GeneratorExp(p->arena, a, b, EXTRA_FROM(start));
        if (p->error)
            return NULL;
    }
    p->mark = start;
    if (INVALID_RULES(p))
        invalid_comprehension(p);
    return NULL;
}

/* genexp where a primary or t_primary tries it as a call trailer.  genexp
 * itself needs '(' -- but in the second pass its invalid_comprehension
 * alternative also accepts '[' and '{', so CPython tries it before the
 * subscript and after any name: `x {a b}` gets "Perhaps you forgot a
 * comma?" from there.  Elsewhere nothing can match, so it is skipped. */
Expr *kr_parse_trailer_genexp(Parser *p)
{
    Token *t = peek(p);
    if (!t)
        return NULL;
    if (t->kind == T_LPAR ||
        (INVALID_RULES(p) && (t->kind == T_LSQB || t->kind == T_LBRACE)))
        return genexp(p);
    return NULL;
}

static void *invalid_dict_comprehension(Parser *p);

/* dictcomp: '{' a=kvpair b=for_if_clauses '}' -> DictComp
 *         | invalid_dict_comprehension */
RULE(Expr, dictcomp)
static Expr *dictcomp_body(Parser *p)
{
    int start = p->mark;
    Expr *k, *v;
    if (eat(p, T_LBRACE) && kvpair(p, &k, &v)) {
        ComprehensionSeq *b = for_if_clauses(p);
        if (b && eat(p, T_RBRACE))
            return kr_ast_DictComp(p->arena, k, v, b, EXTRA_FROM(start));
    }
    if (p->error)
        return NULL;
    p->mark = start;
    if (INVALID_RULES(p))
        invalid_dict_comprehension(p);
    return NULL;
}

/* starred_expression: '*' a=expression -> Starred(a, Load) */
RULE(Expr, starred_expression)
static Expr *starred_expression_body(Parser *p)
{
    int start = p->mark;
    if (!eat(p, T_STAR))
        return NULL;
    Expr *a = expression(p);
    if (!a)
        return NULL;
    return kr_ast_Starred(p->arena, a, K_Load, EXTRA_FROM(start));
}

/* ---- invalid_* rules (second pass only) --------------------------------- */

/* !(NAME STRING | SOFT_KEYWORD): true if the lookahead matches. */
static bool name_string_or_soft_keyword(Parser *p)
{
    int start = p->mark;
    Token *t = peek(p);
    if (!t || t->kind != T_NAME)
        return false;
    if (is_soft_keyword(t))
        return true;
    p->mark++;
    bool string = at(p, T_STRING);
    p->mark = start;
    return string;
}

/* invalid_expression:
 *   | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
 *       -> "invalid syntax. Perhaps you forgot a comma?" inside brackets only
 *   | a=disjunction 'if' b=disjunction !('else'|':')
 *       -> "expected 'else' after 'if' expression" */
RULE(void, invalid_expression)
static void *invalid_expression_body(Parser *p)
{
    int start = p->mark;
    if (!name_string_or_soft_keyword(p)) {
        Expr *a = disjunction(p);
        Expr *b = a ? expression_without_invalid(p) : NULL;
        if (b) {
            /* Matched: the action decides, and (as in pegen, where an action
             * that yields NULL ends the rule) the second alternative is not
             * tried even when it declines to raise. */
            if (!is_legacy_name(a) && token_level(p, p->mark - 1) != 0)
                RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b,
                                               "invalid syntax. Perhaps you forgot a comma?");
            return NULL;
        }
        if (p->error)
            return NULL;
    }
    p->mark = start;
    Expr *a = disjunction(p);
    if (a && eat(p, KW_if)) {
        Expr *b = disjunction(p);
        if (b && !at(p, KW_else) && !at(p, T_COLON))
            return RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b,
                                                  "expected 'else' after 'if' expression");
    }
    return NULL;
}

/* invalid_legacy_expression: a=NAME !'(' b=star_expressions
 *   -> "Missing parentheses in call to 'print'. Did you mean print(...)?" */
RULE(void, invalid_legacy_expression)
static void *invalid_legacy_expression_body(Parser *p)
{
    Expr *a = name(p);
    if (!a || at(p, T_LPAR))
        return NULL;
    Expr *b = star_expressions(p);
    if (b && is_legacy_name(a))
        return RAISE_SYNTAX_ERROR_KNOWN_RANGE(
            a, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?", a->v.Name.id,
            a->v.Name.id);
    return NULL;
}

/* !('=' | ':=') */
static bool no_assign_follows(Parser *p)
{
    return !at(p, T_EQUAL) && !at(p, T_COLONEQUAL);
}

/* The lookahead (list | tuple | genexp | 'True' | 'None' | 'False'),
 * mark unchanged. */
static bool literal_display_follows(Parser *p)
{
    int start = p->mark;
    Token *t = peek(p);
    if (!t)
        return false;
    if (t->kind == KW_True || t->kind == KW_None || t->kind == KW_False)
        return true;
    bool found = list(p) || (!p->error && tuple(p)) || (!p->error && genexp(p));
    p->mark = start;
    return found;
}

/* invalid_named_expression (memo):
 *   | a=expression ':=' expression
 *       -> "cannot use assignment expressions with %s"
 *   | a=NAME '=' b=bitwise_or !('='|':=')
 *       -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
 *   | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
 *       -> "cannot assign to %s here. Maybe you meant '==' instead of '='?" */
MEMO_RULE(void, invalid_named_expression, MEMO_INVALID_NAMED_EXPRESSION, MEMO_PASS2)
static void *invalid_named_expression_body(Parser *p)
{
    int start = p->mark;
    Expr *a = expression(p);
    if (a && eat(p, T_COLONEQUAL) && expression(p))
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "cannot use assignment expressions with %s",
                                                 kr_parse_expr_name(a));
    if (p->error)
        return NULL;
    p->mark = start;
    a = name(p);
    if (a && eat(p, T_EQUAL)) {
        Expr *b = bitwise_or(p);
        if (b && no_assign_follows(p))
            return RAISE_SYNTAX_ERROR_KNOWN_RANGE(
                a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        if (p->error)
            return NULL;
    }
    p->mark = start;
    if (literal_display_follows(p) || p->error)
        return NULL;
    a = bitwise_or(p);
    if (a && eat(p, T_EQUAL) && bitwise_or(p) && no_assign_follows(p))
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(
            a, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
            kr_parse_expr_name(a));
    return NULL;
}

/* invalid_comprehension:
 *   | ('[' | '(' | '{') a=starred_expression for_if_clauses
 *       -> "iterable unpacking cannot be used in comprehension"
 *   | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
 *       -> "did you forget parentheses around the comprehension target?" (a to b[-1])
 *   | ('[' | '{') a=star_named_expression b=',' for_if_clauses
 *       -> the same message (a to the comma) */
RULE(void, invalid_comprehension)
static void *invalid_comprehension_body(Parser *p)
{
    int start = p->mark;
    Token *t = peek(p);
    if (!t || (t->kind != T_LSQB && t->kind != T_LPAR && t->kind != T_LBRACE))
        return NULL;
    bool paren = t->kind == T_LPAR;
    p->mark++;
    Expr *a = starred_expression(p);
    if (a && for_if_clauses(p))
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(
            a, "iterable unpacking cannot be used in comprehension");
    if (p->error || paren)
        return NULL;
    p->mark = start + 1;
    a = star_named_expression(p);
    if (!a || !eat(p, T_COMMA))
        return NULL;
    int comma = p->mark - 1;
    Vec v;
    vec_init(&v);
    if (star_named_expressions(p, &v) && for_if_clauses(p)) {
        Expr *last = v.items[v.n - 1];
        vec_free(&v);
        return RAISE_SYNTAX_ERROR_KNOWN_RANGE(
            a, last, "did you forget parentheses around the comprehension target?");
    }
    vec_free(&v);
    if (p->error)
        return NULL;
    p->mark = comma + 1;
    if (for_if_clauses(p))
        return RAISE_SYNTAX_ERROR_KNOWN_RANGE(
            a, tok(p, comma), "did you forget parentheses around the comprehension target?");
    return NULL;
}

/* invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
 *   -> "dict unpacking cannot be used in dict comprehension" */
RULE(void, invalid_dict_comprehension)
static void *invalid_dict_comprehension_body(Parser *p)
{
    if (!eat(p, T_LBRACE))
        return NULL;
    int a = p->mark;
    if (eat(p, T_DOUBLESTAR) && bitwise_or(p) && for_if_clauses(p) && eat(p, T_RBRACE))
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(
            tok(p, a), "dict unpacking cannot be used in dict comprehension");
    return NULL;
}

/* The two alternatives invalid_double_starred_kvpairs and invalid_kvpair
 * share, after a key:
 *   | expression ':' a='*' bitwise_or
 *       -> "cannot use a starred expression in a dictionary value"
 *   | expression a=':' &('}'|',')
 *       -> "expression expected after dictionary key and ':'" */
static void *invalid_value_after_key(Parser *p, int start)
{
    p->mark = start;
    if (expression(p) && eat(p, T_COLON)) {
        int a = p->mark;
        if (eat(p, T_STAR) && bitwise_or(p))
            return RAISE_SYNTAX_ERROR_STARTING_FROM(
                tok(p, a), "cannot use a starred expression in a dictionary value");
    }
    if (p->error)
        return NULL;
    p->mark = start;
    if (expression(p)) {
        int a = p->mark;
        if (eat(p, T_COLON) && (at(p, T_RBRACE) || at(p, T_COMMA)))
            return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(
                tok(p, a), "expression expected after dictionary key and ':'");
    }
    return NULL;
}

/* invalid_kvpair:
 *   | a=expression !(':') -> "':' expected after dictionary key"
 *   | (the two alternatives of invalid_value_after_key) */
RULE(void, invalid_kvpair)
static void *invalid_kvpair_body(Parser *p)
{
    int start = p->mark;
    Expr *a = expression(p);
    if (a && !at(p, T_COLON))
        return kr_parse_raise_at(p, SYNERR_SYNTAX, a->lineno, a->end_col_offset - 1,
                                 a->end_lineno, -1, "':' expected after dictionary key");
    if (p->error)
        return NULL;
    return invalid_value_after_key(p, start);
}

/* invalid_double_starred_kvpairs:
 *   | ','.double_starred_kvpair+ ',' invalid_kvpair
 *   | (the two alternatives of invalid_value_after_key) */
RULE(void, invalid_double_starred_kvpairs)
static void *invalid_double_starred_kvpairs_body(Parser *p)
{
    int start = p->mark;
    Vec keys, values;
    vec_init(&keys);
    vec_init(&values);
    bool some = gather_kvpairs(p, &keys, &values);
    vec_free(&keys);
    vec_free(&values);
    if (some && eat(p, T_COMMA))
        invalid_kvpair(p);
    if (p->error)
        return NULL;
    return invalid_value_after_key(p, start);
}

/* invalid_group:
 *   | '(' a=starred_expression ')' -> "cannot use starred expression here"
 *   | '(' a='**' expression ')' -> "cannot use double starred expression here" */
RULE(void, invalid_group)
static void *invalid_group_body(Parser *p)
{
    int start = p->mark;
    if (!eat(p, T_LPAR))
        return NULL;
    Expr *a = starred_expression(p);
    if (a && eat(p, T_RPAR))
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "cannot use starred expression here");
    if (p->error)
        return NULL;
    p->mark = start + 1;
    if (eat(p, T_DOUBLESTAR) && expression(p) && eat(p, T_RPAR))
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(tok(p, start + 1),
                                                 "cannot use double starred expression here");
    return NULL;
}

/* invalid_for_target: ASYNC? 'for' a=star_expressions
 *   -> "cannot assign to %s" at a's first invalid target, if any */
RULE(void, invalid_for_target)
static void *invalid_for_target_body(Parser *p)
{
    eat(p, KW_async);
    if (!eat(p, KW_for))
        return NULL;
    Expr *a = star_expressions(p);
    if (a)
        kr_parse_raise_invalid_target(p, TARGET_FOR, a);
    return NULL;
}

/* ---- entry points ----------------------------------------------------- */

Expr *kr_parse_expression(Parser *p) { return expression(p); }
Expr *kr_parse_expressions(Parser *p) { return expressions(p); }
Expr *kr_parse_star_expressions(Parser *p) { return star_expressions(p); }
Expr *kr_parse_star_expression(Parser *p) { return star_expression(p); }
Expr *kr_parse_named_expression(Parser *p) { return named_expression(p); }
Expr *kr_parse_star_named_expression(Parser *p) { return star_named_expression(p); }
Expr *kr_parse_yield_expr(Parser *p) { return yield_expr(p); }
Expr *kr_parse_bitwise_or(Parser *p) { return bitwise_or(p); }
Expr *kr_parse_slices(Parser *p) { return slices(p); }
Expr *kr_parse_atom(Parser *p) { return atom(p); }
Expr *kr_parse_genexp(Parser *p) { return genexp(p); }
Expr *kr_parse_disjunction(Parser *p) { return disjunction(p); }
Expr *kr_parse_assignment_expression(Parser *p) { return assignment_expression(p); }
Expr *kr_parse_starred_expression(Parser *p) { return starred_expression(p); }
ComprehensionSeq *kr_parse_for_if_clauses(Parser *p) { return for_if_clauses(p); }
void *kr_parse_invalid_expression(Parser *p) { return invalid_expression(p); }

/* annotated_rhs: yield_expr | star_expressions */
Expr *kr_parse_annotated_rhs(Parser *p)
{
    Expr *e = yield_expr(p);
    if (e || p->error)
        return e;
    return star_expressions(p);
}
