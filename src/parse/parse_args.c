/*
 * parse_args.c -- call arguments and parameter lists (CPython 3.11's
 * "FUNCTION CALL ARGUMENTS" and "Function parameters" / lambda rules).
 *
 * Call arguments.  `args` collects positional arguments first, then
 * `kwargs`, a mix of keywords and starred expressions in source order.  As
 * in CPython the result is a Call node whose func is unused (NULL here):
 * its args are the positional ones followed by the starred ones from the
 * keyword section (`f(a, x=1, *b)` has args [a, *b]), its keywords the rest.
 * The ordering rules ("positional argument follows keyword argument", ...)
 * are not checks on that result but invalid_arguments alternatives.
 *
 * Parameters.  The grammar spells parameter lists twice, once for `def`
 * (annotations, closed by ')') and once for `lambda` (no annotations,
 * closed by ':'), and the two invalid_* families differ in small ways.
 * Here one set of functions takes a Flavor saying which, so the rule
 * structure is written once; each function still mirrors the grammar rule
 * of the same name, alternatives in order.  Rules that collect parameters
 * return arena sequences, which _PyPegen_make_arguments' equivalent
 * (make_arguments) assembles into an `arguments` node.
 */
#include "parse/parse_expr.h"

/* ---- call arguments ---------------------------------------------------- */

/* A kwargs item: a keyword, or a starred expression among the keywords. */
typedef struct KwOrStar {
    Keyword *kw;
    Expr *star;
} KwOrStar;

static Expr *args(Parser *p);
static void *invalid_arguments(Parser *p);
static void *invalid_kwarg(Parser *p);

/* arguments (memo): a=args [','] &')' -> a | invalid_arguments */
MEMO_RULE(Expr, arguments, MEMO_ARGUMENTS, MEMO_ALWAYS)
static Expr *arguments_body(Parser *p)
{
    int start = p->mark;
    Expr *a = args(p);
    if (a) {
        eat(p, T_COMMA);
        if (at(p, T_RPAR))
            return a;
    }
    if (p->error)
        return NULL;
    p->mark = start;
    if (INVALID_RULES(p))
        invalid_arguments(p);
    return NULL;
}

/* starred_expression | (assignment_expression | expression !':=') !'=' */
static Expr *positional_arg(Parser *p)
{
    int start = p->mark;
    Expr *e = kr_parse_starred_expression(p);
    if (e || p->error)
        return e;
    e = kr_parse_assignment_expression(p);
    if (!e && !p->error) {
        e = kr_parse_expression(p);
        if (e && at(p, T_COLONEQUAL))
            e = NULL;
    }
    if (e && at(p, T_EQUAL))
        e = NULL;
    if (!e)
        p->mark = start;
    return p->error ? NULL : e;
}

/* NAME '=' b=expression -> keyword(NAME, b) */
static KwOrStar *kwarg(Parser *p)
{
    int start = p->mark;
    if (eat(p, T_NAME) && eat(p, T_EQUAL)) {
        Expr *b = kr_parse_expression(p);
        if (b) {
            KwOrStar *k = kr_arena_alloc(p->arena, sizeof *k);
            k->kw = kr_ast_keyword(p->arena, kr_parse_identifier(p, tok(p, start)), b,
                                   EXTRA_FROM(start));
            return k;
        }
    }
    p->mark = start;
    return NULL;
}

/* kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression */
RULE(KwOrStar, kwarg_or_starred)
static KwOrStar *kwarg_or_starred_body(Parser *p)
{
    int start = p->mark;
    if (INVALID_RULES(p)) {
        invalid_kwarg(p);
        if (p->error)
            return NULL;
        p->mark = start;
    }
    KwOrStar *k = kwarg(p);
    if (k || p->error)
        return k;
    Expr *e = kr_parse_starred_expression(p);
    if (!e)
        return NULL;
    k = kr_arena_alloc(p->arena, sizeof *k);
    k->star = e;
    return k;
}

/* kwarg_or_double_starred: invalid_kwarg | NAME '=' expression
 *                        | '**' a=expression -> keyword(NULL, a) */
RULE(KwOrStar, kwarg_or_double_starred)
static KwOrStar *kwarg_or_double_starred_body(Parser *p)
{
    int start = p->mark;
    if (INVALID_RULES(p)) {
        invalid_kwarg(p);
        if (p->error)
            return NULL;
        p->mark = start;
    }
    KwOrStar *k = kwarg(p);
    if (k || p->error)
        return k;
    if (!eat(p, T_DOUBLESTAR))
        return NULL;
    Expr *a = kr_parse_expression(p);
    if (!a)
        return NULL;
    k = kr_arena_alloc(p->arena, sizeof *k);
    k->kw = kr_ast_keyword(p->arena, NULL, a, EXTRA_FROM(start));
    return k;
}

/* ','.item+ over a KwOrStar rule, into v */
static bool gather_kw(Parser *p, KwOrStar *(*item)(Parser *), Vec *v)
{
    KwOrStar *k = item(p);
    if (!k)
        return false;
    vec_push(v, k);
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_COMMA))
            break;
        k = item(p);
        if (!k) {
            p->mark = m;
            break;
        }
        vec_push(v, k);
    }
    return !p->error;
}

/* kwargs:
 *   | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
 *   | ','.kwarg_or_starred+
 *   | ','.kwarg_or_double_starred+
 * into v (KwOrStar items); the first two share their prefix. */
static bool kwargs(Parser *p, Vec *v)
{
    int start = p->mark, n = v->n;
    if (gather_kw(p, kwarg_or_starred, v)) {
        int m = p->mark, n2 = v->n;
        if (eat(p, T_COMMA) && gather_kw(p, kwarg_or_double_starred, v))
            return true;
        v->n = n2;
        p->mark = m;
        return !p->error;
    }
    if (p->error)
        return false;
    v->n = n;
    p->mark = start;
    return gather_kw(p, kwarg_or_double_starred, v);
}

/* The Call node args builds (CPython's _PyPegen_collect_call_seqs): the
 * positional arguments, then the starred items of kwargs; the keywords. */
static Expr *collect_call(Parser *p, const Vec *pos, const Vec *kw, int start)
{
    int nstar = 0, nkw = 0;
    for (int i = 0; i < kw->n; i++) {
        if (((KwOrStar *)kw->items[i])->star)
            nstar++;
        else
            nkw++;
    }
    ExprSeq *a = kr_ast_expr_seq_new(p->arena, pos->n + nstar);
    KeywordSeq *k = kr_ast_keyword_seq_new(p->arena, nkw);
    int ia = 0, ik = 0;
    for (int i = 0; i < pos->n; i++)
        a->items[ia++] = pos->items[i];
    for (int i = 0; i < kw->n; i++) {
        KwOrStar *item = kw->items[i];
        if (item->star)
            a->items[ia++] = item->star;
        else
            k->items[ik++] = item->kw;
    }
    return kr_ast_Call(p->arena, NULL, a, k, EXTRA_FROM(start));
}

/* args:
 *   | a=','.(starred_expression | (assignment_expression | expression !':=') !'=')+
 *     b=[',' k=kwargs]
 *   | a=kwargs */
RULE(Expr, args)
static Expr *args_body(Parser *p)
{
    int start = p->mark;
    Vec pos, kw;
    vec_init(&pos);
    vec_init(&kw);
    Expr *res = NULL;
    if (kr_parse_gather(p, positional_arg, &pos)) {
        int m = p->mark;
        if (!(eat(p, T_COMMA) && kwargs(p, &kw))) {
            kw.n = 0;
            p->mark = m;
        }
        if (!p->error)
            res = collect_call(p, &pos, &kw, start);
    } else if (!p->error) {
        p->mark = start;
        if (kwargs(p, &kw))
            res = collect_call(p, &pos, &kw, start);
    }
    vec_free(&pos);
    vec_free(&kw);
    return res;
}

bool kr_parse_call_args(Parser *p, ExprSeq **args_out, KeywordSeq **keywords)
{
    int start = p->mark;
    if (!eat(p, T_LPAR))
        return false;
    Expr *a = arguments(p);
    if (p->error || !eat(p, T_RPAR)) {
        p->mark = start;
        return false;
    }
    *args_out = a ? a->v.Call.args : kr_parse_empty_seq(p);
    *keywords = a ? a->v.Call.keywords : kr_parse_empty_seq(p);
    return true;
}

Expr *kr_parse_arguments(Parser *p) { return arguments(p); }

/* ---- invalid call arguments (second pass) ------------------------------ */

/* _PyPegen_get_last_comprehension_item: where a generator expression ends
 * for "must be parenthesized": its last `if`, else its iterable. */
static Expr *last_comprehension_item(ComprehensionSeq *gens)
{
    Comprehension *c = gens->items[gens->n - 1];
    if (c->ifs && c->ifs->n)
        return c->ifs->items[c->ifs->n - 1];
    return c->iter;
}

/* _PyPegen_arguments_parsing_error: a positional argument after keywords. */
static void *arguments_parsing_error(Parser *p, Expr *a)
{
    KeywordSeq *kws = a->v.Call.keywords;
    for (int i = 0; i < kws->n; i++)
        if (!kws->items[i]->arg)
            return RAISE_SYNTAX_ERROR("positional argument follows keyword argument unpacking");
    return RAISE_SYNTAX_ERROR("positional argument follows keyword argument");
}

/* _PyPegen_nonparen_genexp_in_call: `f(a, x for x in y)` -- but a lone
 * argument (`f(x for x in y)` reached this way) is not an error here. */
static void *nonparen_genexp_in_call(Parser *p, Expr *a, ComprehensionSeq *gens)
{
    ExprSeq *args = a->v.Call.args;
    if (args->n <= 1)
        return NULL;
    return RAISE_SYNTAX_ERROR_KNOWN_RANGE(args->items[args->n - 1],
                                          last_comprehension_item(gens),
                                          "Generator expression must be parenthesized");
}

/* invalid_arguments:
 *   | a=args ',' '*' -> "iterable argument unpacking follows keyword argument unpacking"
 *   | a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
 *       -> "Generator expression must be parenthesized"
 *   | a=NAME b='=' expression for_if_clauses
 *       -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
 *   | a=args b=for_if_clauses -> nonparen_genexp_in_call
 *   | args ',' a=expression b=for_if_clauses
 *       -> "Generator expression must be parenthesized"
 *   | a=args ',' args -> arguments_parsing_error */
RULE(void, invalid_arguments)
static void *invalid_arguments_body(Parser *p)
{
    int start = p->mark;
    Expr *a = args(p);
    if (a && eat(p, T_COMMA) && eat(p, T_STAR))
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(
            a, "iterable argument unpacking follows keyword argument unpacking");
    if (p->error)
        return NULL;

    p->mark = start;
    a = kr_parse_expression(p);
    ComprehensionSeq *b = a ? kr_parse_for_if_clauses(p) : NULL;
    if (b && eat(p, T_COMMA)) {
        int m = p->mark;
        if (!args(p) && !p->error) {
            p->mark = m;
            if (!(kr_parse_expression(p) && kr_parse_for_if_clauses(p)))
                p->mark = m;
        }
        return RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, last_comprehension_item(b),
                                              "Generator expression must be parenthesized");
    }
    if (p->error)
        return NULL;

    p->mark = start;
    if (eat(p, T_NAME) && eat(p, T_EQUAL) && kr_parse_expression(p) &&
        kr_parse_for_if_clauses(p))
        return RAISE_SYNTAX_ERROR_KNOWN_RANGE(
            tok(p, start), tok(p, start + 1),
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (p->error)
        return NULL;

    p->mark = start;
    a = args(p);
    if (a) {
        int m = p->mark;
        b = kr_parse_for_if_clauses(p);
        if (b)  /* matched: the rule ends here, raised or not */
            return nonparen_genexp_in_call(p, a, b);
        if (p->error)
            return NULL;
        p->mark = m;
        if (eat(p, T_COMMA)) {
            Expr *g = kr_parse_expression(p);
            b = g ? kr_parse_for_if_clauses(p) : NULL;
            if (b)
                return RAISE_SYNTAX_ERROR_KNOWN_RANGE(
                    g, last_comprehension_item(b),
                    "Generator expression must be parenthesized");
            if (p->error)
                return NULL;
        }
        p->mark = m;
        if (eat(p, T_COMMA) && args(p))
            return arguments_parsing_error(p, a);
    }
    return NULL;
}

/* invalid_kwarg:
 *   | a=('True'|'False'|'None') b='=' -> "cannot assign to True"
 *   | a=NAME b='=' expression for_if_clauses
 *       -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
 *   | !(NAME '=') a=expression b='='
 *       -> "expression cannot contain assignment, perhaps you meant \"==\"?" */
RULE(void, invalid_kwarg)
static void *invalid_kwarg_body(Parser *p)
{
    int start = p->mark;
    Token *t = peek(p);
    if (!t)
        return NULL;
    if (t->kind == KW_True || t->kind == KW_False || t->kind == KW_None) {
        const char *word = t->kind == KW_True ? "True" : t->kind == KW_False ? "False" : "None";
        p->mark++;
        if (eat(p, T_EQUAL))
            return RAISE_SYNTAX_ERROR_KNOWN_RANGE(tok(p, start), tok(p, start + 1),
                                                  "cannot assign to %s", word);
        p->mark = start;
    }
    bool name_eq = eat(p, T_NAME) && eat(p, T_EQUAL);
    if (name_eq && kr_parse_expression(p) && kr_parse_for_if_clauses(p))
        return RAISE_SYNTAX_ERROR_KNOWN_RANGE(
            tok(p, start), tok(p, start + 1),
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (p->error || name_eq)
        return NULL;  /* !(NAME '=') */
    p->mark = start;
    Expr *a = kr_parse_expression(p);
    int b = p->mark;
    if (a && eat(p, T_EQUAL))
        return RAISE_SYNTAX_ERROR_KNOWN_RANGE(
            a, tok(p, b), "expression cannot contain assignment, perhaps you meant \"==\"?");
    return NULL;
}

/* ---- parameters --------------------------------------------------------- */

/* def parameters or lambda parameters (see the file comment). */
typedef enum Flavor { DEF, LAMBDA } Flavor;

typedef struct NameDefault {
    Arg *arg;
    Expr *value;      /* NULL: no default (keyword-only parameters) */
} NameDefault;

typedef struct NameDefaultSeq {
    int n;
    NameDefault *items[];
} NameDefaultSeq;

typedef struct SlashWithDefault {
    ArgSeq *plain_names;
    NameDefaultSeq *names_with_defaults;
} SlashWithDefault;

typedef struct StarEtc {
    Arg *vararg;
    NameDefaultSeq *kwonlyargs;
    Arg *kwarg;
} StarEtc;

/* The token that ends a parameter list: ')' for def, ':' for lambda. */
static TokenKind closer(Flavor f) { return f == DEF ? T_RPAR : T_COLON; }

static ArgSeq *arg_seq(Parser *p, const Vec *v)
{
    return vec_fill(kr_ast_arg_seq_new(p->arena, v->n), v);
}

static NameDefaultSeq *nd_seq(Parser *p, const Vec *v)
{
    NameDefaultSeq *s =
        kr_arena_alloc(p->arena, sizeof *s + (size_t)v->n * sizeof s->items[0]);
    s->n = v->n;
    return vec_fill(s, v);
}

/* annotation: ':' a=expression;  star_annotation: ':' a=star_expression */
static Expr *annotation(Parser *p, ExprRule rule)
{
    int start = p->mark;
    if (!eat(p, T_COLON))
        return NULL;
    Expr *a = rule(p);
    if (!a)
        p->mark = start;
    return a;
}

/* param: a=NAME b=annotation? -> arg(a, b)
 * param_star_annotation: a=NAME b=star_annotation -> arg(a, b)
 * lambda_param: a=NAME -> arg(a, NULL) */
static Arg *param_with(Parser *p, Flavor f, bool star_annotation)
{
    int start = p->mark;
    if (!eat(p, T_NAME))
        return NULL;
    Expr *ann = NULL;
    if (f == DEF) {
        ann = annotation(p, star_annotation ? kr_parse_star_expression : kr_parse_expression);
        if (p->error || (star_annotation && !ann)) {
            p->mark = start;
            return NULL;
        }
    }
    return kr_ast_arg(p->arena, kr_parse_identifier(p, tok(p, start)), ann, NULL,
                      EXTRA_FROM(start));
}

static Arg *param(Parser *p, Flavor f) { return param_with(p, f, false); }

/* The end of one parameter: ',' or, before the closer, nothing. */
static bool param_end(Parser *p, Flavor f)
{
    return eat(p, T_COMMA) || at(p, closer(f));
}

static void *invalid_default(Parser *p);

/* default: '=' a=expression | invalid_default */
static Expr *default_(Parser *p)
{
    int start = p->mark;
    if (eat(p, T_EQUAL)) {
        Expr *a = kr_parse_expression(p);
        if (a || p->error)
            return a;
    }
    p->mark = start;
    if (INVALID_RULES(p))
        invalid_default(p);
    return NULL;
}

/* param_no_default: a=param ',' | a=param &')'    (lambda: &':') */
static Arg *param_no_default(Parser *p, Flavor f)
{
    int start = p->mark;
    Arg *a = param(p, f);
    if (a && param_end(p, f))
        return a;
    p->mark = start;
    return NULL;
}

/* param_no_default_star_annotation: the same over param_star_annotation */
static Arg *param_no_default_star_annotation(Parser *p)
{
    int start = p->mark;
    Arg *a = param_with(p, DEF, true);
    if (a && param_end(p, DEF))
        return a;
    p->mark = start;
    return NULL;
}

/* param_with_default: a=param c=default (',' | &')')
 * param_maybe_default: a=param c=default? (',' | &')') */
static NameDefault *param_default(Parser *p, Flavor f, bool required)
{
    int start = p->mark;
    Arg *a = param(p, f);
    if (!a)
        return NULL;
    Expr *c = default_(p);
    if (p->error || (required && !c) || !param_end(p, f)) {
        p->mark = start;
        return NULL;
    }
    NameDefault *nd = kr_arena_alloc(p->arena, sizeof *nd);
    nd->arg = a;
    nd->value = c;
    return nd;
}

/* param_no_default* / +, into an ArgSeq (NULL if fewer than min) */
static ArgSeq *params_no_default(Parser *p, Flavor f, int min)
{
    Vec v;
    vec_init(&v);
    Arg *a;
    while ((a = param_no_default(p, f)))
        vec_push(&v, a);
    ArgSeq *s = v.n >= min && !p->error ? arg_seq(p, &v) : NULL;
    vec_free(&v);
    return s;
}

/* param_with_default* / +, param_maybe_default* / + */
static NameDefaultSeq *params_default(Parser *p, Flavor f, bool required, int min)
{
    Vec v;
    vec_init(&v);
    NameDefault *nd;
    while ((nd = param_default(p, f, required)))
        vec_push(&v, nd);
    NameDefaultSeq *s = v.n >= min && !p->error ? nd_seq(p, &v) : NULL;
    vec_free(&v);
    return s;
}

/* '/' followed by ',' or by the closer (not consumed) */
static bool slash_end(Parser *p, Flavor f)
{
    int start = p->mark;
    if (eat(p, T_SLASH) && param_end(p, f))
        return true;
    p->mark = start;
    return false;
}

/* slash_no_default: a=param_no_default+ '/' ',' | a=param_no_default+ '/' &')' */
static ArgSeq *slash_no_default(Parser *p, Flavor f)
{
    int start = p->mark;
    ArgSeq *a = params_no_default(p, f, 1);
    if (a && slash_end(p, f))
        return a;
    p->mark = start;
    return NULL;
}

/* slash_with_default: a=param_no_default* b=param_with_default+ '/' (',' | &')') */
static SlashWithDefault *slash_with_default(Parser *p, Flavor f)
{
    int start = p->mark;
    ArgSeq *a = params_no_default(p, f, 0);
    NameDefaultSeq *b = a ? params_default(p, f, true, 1) : NULL;
    if (b && slash_end(p, f)) {
        SlashWithDefault *s = kr_arena_alloc(p->arena, sizeof *s);
        s->plain_names = a;
        s->names_with_defaults = b;
        return s;
    }
    p->mark = start;
    return NULL;
}

static void *invalid_kwds(Parser *p, Flavor f);

/* kwds: invalid_kwds | '**' a=param_no_default */
static Arg *kwds(Parser *p, Flavor f)
{
    int start = p->mark;
    if (INVALID_RULES(p)) {
        invalid_kwds(p, f);
        if (p->error)
            return NULL;
        p->mark = start;
    }
    if (eat(p, T_DOUBLESTAR)) {
        Arg *a = param_no_default(p, f);
        if (a)
            return a;
    }
    p->mark = start;
    return NULL;
}

static StarEtc *star_etc_of(Parser *p, Arg *vararg, NameDefaultSeq *kwonly, Arg *kwarg)
{
    StarEtc *s = kr_arena_alloc(p->arena, sizeof *s);
    s->vararg = vararg;
    s->kwonlyargs = kwonly;
    s->kwarg = kwarg;
    return s;
}

static void *invalid_star_etc(Parser *p, Flavor f);

/* star_etc:
 *   | invalid_star_etc
 *   | '*' a=param_no_default b=param_maybe_default* c=[kwds]
 *   | '*' a=param_no_default_star_annotation b=param_maybe_default* c=[kwds]  (def only)
 *   | '*' ',' b=param_maybe_default+ c=[kwds]
 *   | a=kwds */
static StarEtc *star_etc(Parser *p, Flavor f)
{
    int start = p->mark;
    if (INVALID_RULES(p)) {
        invalid_star_etc(p, f);
        if (p->error)
            return NULL;
        p->mark = start;
    }
    if (eat(p, T_STAR)) {
        Arg *a = param_no_default(p, f);
        if (!a && !p->error && f == DEF)
            a = param_no_default_star_annotation(p);
        if (a) {
            NameDefaultSeq *b = params_default(p, f, false, 0);
            Arg *c = b ? kwds(p, f) : NULL;
            if (p->error)
                return NULL;
            return star_etc_of(p, a, b, c);
        }
        if (p->error)
            return NULL;
        if (eat(p, T_COMMA)) {
            NameDefaultSeq *b = params_default(p, f, false, 1);
            if (b) {
                Arg *c = kwds(p, f);
                if (p->error)
                    return NULL;
                return star_etc_of(p, NULL, b, c);
            }
        }
        if (p->error)
            return NULL;
    }
    p->mark = start;
    Arg *a = kwds(p, f);
    return a ? star_etc_of(p, NULL, NULL, a) : NULL;
}

/* Concatenate sequences of equal element size (NULL = empty). */
static void *join_seqs(Parser *p, const void *a, const void *b)
{
    const AnySeq *x = a, *y = b;
    int nx = x ? x->n : 0, ny = y ? y->n : 0;
    AnySeq *s = kr_arena_alloc(p->arena, sizeof *s + (size_t)(nx + ny) * sizeof(void *));
    s->n = nx + ny;
    for (int i = 0; i < nx; i++)
        s->items[i] = x->items[i];
    for (int i = 0; i < ny; i++)
        s->items[nx + i] = y->items[i];
    return s;
}

static ArgSeq *nd_names(Parser *p, const NameDefaultSeq *s)
{
    int n = s ? s->n : 0;
    ArgSeq *out = kr_ast_arg_seq_new(p->arena, n);
    for (int i = 0; i < n; i++)
        out->items[i] = s->items[i]->arg;
    return out;
}

static ExprSeq *nd_values(Parser *p, const NameDefaultSeq *s)
{
    int n = s ? s->n : 0;
    ExprSeq *out = kr_ast_expr_seq_new(p->arena, n);
    for (int i = 0; i < n; i++)
        out->items[i] = s->items[i]->value;
    return out;
}

/* _PyPegen_make_arguments: positional-only parameters come from whichever
 * slash form matched; defaults run across the positional-only and plain
 * positional parameters that have them; keyword-only parameters keep a NULL
 * default where they have none. */
static Arguments *make_arguments(Parser *p, ArgSeq *slash_no_default,
                                 SlashWithDefault *slash_with_default, ArgSeq *plain_names,
                                 NameDefaultSeq *names_with_default, StarEtc *star)
{
    if ((slash_no_default || slash_with_default) &&
        !kr_parse_check_version(p, 8, "Positional-only parameters are"))
        return NULL;
    ArgSeq *posonly;
    ExprSeq *defaults;
    if (slash_no_default) {
        posonly = slash_no_default;
        defaults = nd_values(p, names_with_default);
    } else if (slash_with_default) {
        posonly = join_seqs(p, slash_with_default->plain_names,
                            nd_names(p, slash_with_default->names_with_defaults));
        defaults = join_seqs(p, nd_values(p, slash_with_default->names_with_defaults),
                             nd_values(p, names_with_default));
    } else {
        posonly = kr_parse_empty_seq(p);
        defaults = nd_values(p, names_with_default);
    }
    ArgSeq *posargs = join_seqs(p, plain_names, nd_names(p, names_with_default));
    NameDefaultSeq *kwonly = star ? star->kwonlyargs : NULL;
    return kr_ast_arguments(p->arena, posonly, posargs, star ? star->vararg : NULL,
                            nd_names(p, kwonly), nd_values(p, kwonly),
                            star ? star->kwarg : NULL, defaults);
}

Arguments *kr_parse_empty_arguments(Parser *p)
{
    return make_arguments(p, NULL, NULL, NULL, NULL, NULL);
}

/* parameters:
 *   | a=slash_no_default b=param_no_default* c=param_with_default* d=[star_etc]
 *   | a=slash_with_default b=param_with_default* c=[star_etc]
 *   | a=param_no_default+ b=param_with_default* c=[star_etc]
 *   | a=param_with_default+ b=[star_etc]
 *   | a=star_etc
 * Past its first item every alternative succeeds. */
static Arguments *parameters(Parser *p, Flavor f)
{
    int start = p->mark;
    ArgSeq *a = slash_no_default(p, f);
    if (a) {
        ArgSeq *b = params_no_default(p, f, 0);
        NameDefaultSeq *c = b ? params_default(p, f, true, 0) : NULL;
        StarEtc *d = c ? star_etc(p, f) : NULL;
        return p->error ? NULL : make_arguments(p, a, NULL, b, c, d);
    }
    if (p->error)
        return NULL;
    SlashWithDefault *s = slash_with_default(p, f);
    if (s) {
        NameDefaultSeq *b = params_default(p, f, true, 0);
        StarEtc *c = b ? star_etc(p, f) : NULL;
        return p->error ? NULL : make_arguments(p, NULL, s, NULL, b, c);
    }
    if (p->error)
        return NULL;
    a = params_no_default(p, f, 1);
    if (a) {
        NameDefaultSeq *b = params_default(p, f, true, 0);
        StarEtc *c = b ? star_etc(p, f) : NULL;
        return p->error ? NULL : make_arguments(p, NULL, NULL, a, b, c);
    }
    if (p->error)
        return NULL;
    NameDefaultSeq *nd = params_default(p, f, true, 1);
    if (nd) {
        StarEtc *b = star_etc(p, f);
        return p->error ? NULL : make_arguments(p, NULL, NULL, NULL, nd, b);
    }
    if (p->error)
        return NULL;
    StarEtc *st = star_etc(p, f);
    if (st)
        return make_arguments(p, NULL, NULL, NULL, NULL, st);
    p->mark = start;
    return NULL;
}

static void *invalid_parameters(Parser *p, Flavor f);

/* params: invalid_parameters | parameters
 * lambda_params: invalid_lambda_parameters | lambda_parameters */
static Arguments *params_rule(Parser *p, Flavor f)
{
    int start = p->mark;
    if (!enter(p))
        return NULL;
    Arguments *res = NULL;
    if (INVALID_RULES(p)) {
        invalid_parameters(p, f);
        p->mark = start;
    }
    if (!p->error)
        res = parameters(p, f);
    kr_parse_leave(p);
    if (!res)
        p->mark = start;
    return p->error ? NULL : res;
}

Arguments *kr_parse_params(Parser *p) { return params_rule(p, DEF); }
Arguments *kr_parse_lambda_params(Parser *p) { return params_rule(p, LAMBDA); }

/* ---- invalid parameters (second pass) ---------------------------------- */

/* invalid_default: a='=' &(')'|',') -> "expected default value expression" */
static void *invalid_default(Parser *p)
{
    int a = p->mark;
    if (eat(p, T_EQUAL) && (at(p, T_RPAR) || at(p, T_COMMA)))
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(tok(p, a), "expected default value expression");
    p->mark = a;
    return NULL;
}

/* (param_no_default | ',') */
static bool param_no_default_or_comma(Parser *p, Flavor f)
{
    return param_no_default(p, f) || (!p->error && eat(p, T_COMMA));
}

/* invalid_star_etc (def):
 *   | a='*' (')' | ',' (')' | '**')) -> "named arguments must follow bare *" at a
 *   | '*' param a='=' -> "var-positional argument cannot have default value"
 *   | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
 *       -> "* argument may appear only once"
 * invalid_lambda_star_etc: the same with ':' for ')', and the first message
 * raised at the last token (RAISE_SYNTAX_ERROR) rather than at a. */
static void *invalid_star_etc(Parser *p, Flavor f)
{
    int start = p->mark;
    if (!eat(p, T_STAR))
        return NULL;
    if (eat(p, closer(f)) ||
        (eat(p, T_COMMA) && (eat(p, closer(f)) || eat(p, T_DOUBLESTAR)))) {
        if (f == DEF)
            return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(tok(p, start),
                                                     "named arguments must follow bare *");
        return RAISE_SYNTAX_ERROR("named arguments must follow bare *");
    }
    p->mark = start + 1;
    if (param(p, f)) {
        int a = p->mark;
        if (eat(p, T_EQUAL))
            return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(
                tok(p, a), "var-positional argument cannot have default value");
    }
    if (p->error)
        return NULL;
    p->mark = start + 1;
    if (param_no_default_or_comma(p, f) && params_default(p, f, false, 0)) {
        int a = p->mark;
        if (eat(p, T_STAR) && param_no_default_or_comma(p, f))
            return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(tok(p, a), "* argument may appear only once");
    }
    return NULL;
}

/* invalid_kwds:
 *   | '**' param a='=' -> "var-keyword argument cannot have default value"
 *   | '**' param ',' a=param -> "arguments cannot follow var-keyword argument"
 *   | '**' param ',' a=('*'|'**'|'/') -> the same */
static void *invalid_kwds(Parser *p, Flavor f)
{
    if (!eat(p, T_DOUBLESTAR) || !param(p, f))
        return NULL;
    int a = p->mark;
    if (eat(p, T_EQUAL))
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(
            tok(p, a), "var-keyword argument cannot have default value");
    if (!eat(p, T_COMMA))
        return NULL;
    a = p->mark;
    Arg *next = param(p, f);
    if (next)
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(next,
                                                 "arguments cannot follow var-keyword argument");
    if (p->error)
        return NULL;
    if (eat(p, T_STAR) || eat(p, T_DOUBLESTAR) || eat(p, T_SLASH))
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(tok(p, a),
                                                 "arguments cannot follow var-keyword argument");
    return NULL;
}

/* invalid_parameters_helper: slash_with_default | param_with_default+ */
static bool invalid_parameters_helper(Parser *p, Flavor f)
{
    return slash_with_default(p, f) || (!p->error && params_default(p, f, true, 1));
}

/* (slash_no_default | slash_with_default) */
static bool any_slash(Parser *p, Flavor f)
{
    return slash_no_default(p, f) || (!p->error && slash_with_default(p, f));
}

/* '(' param_no_default+ ','? ')' (def) or '(' ','.lambda_param+ ','? ')'
 * (lambda): the parenthesised-parameters mistake; a is the '(' index. */
static bool parenthesized_params(Parser *p, Flavor f, int *close)
{
    if (!eat(p, T_LPAR))
        return false;
    if (f == DEF) {
        if (!params_no_default(p, f, 1))
            return false;
    } else {
        if (!param(p, f))
            return false;
        for (;;) {
            int m = p->mark;
            if (!(eat(p, T_COMMA) && param(p, f))) {
                p->mark = m;
                break;
            }
        }
    }
    eat(p, T_COMMA);
    *close = p->mark;
    return eat(p, T_RPAR);
}

/* invalid_parameters (and invalid_lambda_parameters):
 *   | param_no_default* invalid_parameters_helper a=param_no_default
 *       -> "non-default argument follows default argument"
 *   | param_no_default* a='(' param_no_default+ ','? b=')'
 *       -> "Function parameters cannot be parenthesized"
 *          ("Lambda expression parameters cannot be parenthesized")
 *   | a="/" ',' -> "at least one argument must precede /"
 *   | (slash_no_default | slash_with_default) param_maybe_default* a='/'
 *       -> "/ may appear only once"
 *   | (slash_no_default | slash_with_default)? param_maybe_default* '*'
 *     (',' | param_no_default) param_maybe_default* a='/' -> "/ must be ahead of *"
 *   | param_maybe_default+ '/' a='*' -> "expected comma between / and *" */
static void *invalid_parameters(Parser *p, Flavor f)
{
    int start = p->mark;
    params_no_default(p, f, 0);
    if (invalid_parameters_helper(p, f)) {
        Arg *a = param_no_default(p, f);
        if (a)
            return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(
                a, "non-default argument follows default argument");
    }
    if (p->error)
        return NULL;

    p->mark = start;
    params_no_default(p, f, 0);
    int a = p->mark, close;
    if (parenthesized_params(p, f, &close))
        return RAISE_SYNTAX_ERROR_KNOWN_RANGE(
            tok(p, a), tok(p, close),
            f == DEF ? "Function parameters cannot be parenthesized"
                     : "Lambda expression parameters cannot be parenthesized");
    if (p->error)
        return NULL;

    p->mark = start;
    if (eat(p, T_SLASH) && eat(p, T_COMMA))
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(tok(p, start),
                                                 "at least one argument must precede /");

    p->mark = start;
    if (any_slash(p, f) && params_default(p, f, false, 0)) {
        a = p->mark;
        if (eat(p, T_SLASH))
            return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(tok(p, a), "/ may appear only once");
    }
    if (p->error)
        return NULL;

    p->mark = start;
    if (!any_slash(p, f))
        p->mark = start;
    if (!p->error && params_default(p, f, false, 0) && eat(p, T_STAR) &&
        param_no_default_or_comma(p, f) && params_default(p, f, false, 0)) {
        a = p->mark;
        if (eat(p, T_SLASH))
            return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(tok(p, a), "/ must be ahead of *");
    }
    if (p->error)
        return NULL;

    p->mark = start;
    if (params_default(p, f, false, 1) && eat(p, T_SLASH)) {
        a = p->mark;
        if (eat(p, T_STAR))
            return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(tok(p, a), "expected comma between / and *");
    }
    return NULL;
}
