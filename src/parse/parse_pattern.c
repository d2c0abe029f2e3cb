/*
 * parse_pattern.c -- the match statement (PEP 634) and its patterns, as
 * CPython 3.11's python.gram spells them.
 *
 * `match`, `case` and `_` are soft keywords: NAME tokens that act as
 * keywords only where these rules ask for them, so `match = 1` is still an
 * assignment (compound_stmt tries match_stmt first, which gives up at the
 * '=').
 *
 * Patterns nest (groups, sequences, mappings, class arguments), and the
 * grammar tries several alternatives at the same position: `patterns`
 * tries a sequence then a single pattern, `pattern` tries `or_pattern 'as'`
 * then `or_pattern`, `(` starts both a group and a sequence.  Without
 * memoization `((((x))))` would be parsed 2^depth times.  As in CPython,
 * closed_pattern and star_pattern are memoized (kr_parse_memo_*), and
 * `pattern` parses its or_pattern once for both of its alternatives.
 *
 * Literal numbers come from the expression side (kr_parse_number) so that a
 * pattern's Constant is exactly the one an expression would get; only the
 * real/imaginary checks of complex literals (`1 + 2j`) are made here.
 */
#include "parse/parse_seq.h"

static bool eat(Parser *p, TokenKind k) { return kr_parse_expect(p, k) != NULL; }
static bool at(Parser *p, TokenKind k) { return kr_parse_lookahead(p, k); }

static bool eat_soft(Parser *p, const char *kw)
{
    return kr_parse_expect_soft_keyword(p, kw) != NULL;
}

/* True if the next token is the NAME `kw` (does not consume). */
static bool at_soft(Parser *p, const char *kw)
{
    int m = p->mark;
    bool yes = eat_soft(p, kw);
    p->mark = m;
    return yes;
}

static Expr *name_at(Parser *p, int i, ExprContext ctx)
{
    const Token *t = &p->tokens[i];
    return kr_ast_Name(p->arena, kr_parse_identifier(p, t), ctx, t->lineno, t->col_offset,
                       t->end_lineno, t->end_col_offset);
}

static AstConst *singleton_const(Parser *p, TokenKind k)
{
    AstConst *c = kr_arena_alloc(p->arena, sizeof *c);
    c->kind = k == KW_None ? CONST_NONE : k == KW_True ? CONST_TRUE : CONST_FALSE;
    return c;
}

static Pattern *pattern(Parser *p);
static Pattern *closed_pattern(Parser *p);

/* ---- literals ---------------------------------------------------------- */

static bool is_imaginary(const Expr *e)
{
    return e->kind == K_Constant && e->v.Constant.value->kind == CONST_COMPLEX;
}

/* signed_number: NUMBER | '-' NUMBER
 * signed_real_number / real_number and imaginary_number share this shape;
 * `check` selects CPython's _PyPegen_ensure_real (1) or _ensure_imaginary
 * (2), which raise -- in the first pass too -- on the wrong kind. */
static Expr *number(Parser *p, int check)
{
    Expr *n = kr_parse_number(p);
    if (!n)
        return NULL;
    if (check == 1 && is_imaginary(n))
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(n, "real number required in complex literal");
    if (check == 2 && !is_imaginary(n))
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(n, "imaginary number required in complex literal");
    return n;
}

static Expr *signed_number(Parser *p, bool real)
{
    int start = p->mark;
    Expr *n = number(p, real ? 1 : 0);
    if (n || p->error)
        return n;
    if (eat(p, T_MINUS) && (n = number(p, real ? 1 : 0)))
        return kr_ast_UnaryOp(p->arena, K_USub, n, EXTRA_FROM(start));
    p->mark = start;
    return NULL;
}

/* complex_number: signed_real_number ('+' | '-') imaginary_number */
static Expr *complex_number(Parser *p)
{
    int start = p->mark;
    Expr *real = signed_number(p, true), *imag;
    if (!real)
        return NULL;
    Operator op = eat(p, T_PLUS) ? K_Add : eat(p, T_MINUS) ? K_Sub : 0;
    if (op && (imag = number(p, 2)))
        return kr_ast_BinOp(p->arena, real, op, imag, EXTRA_FROM(start));
    p->mark = start;
    return NULL;
}

/* The numeric and string alternatives shared by literal_pattern and
 * literal_expr:  signed_number !('+' | '-') | complex_number | strings */
static Expr *literal_value(Parser *p)
{
    /* `1 + 2j` must not stop at `1`: the lookahead sends it on to
     * complex_number, whose real/imaginary checks raise for `1 + 2`. */
    int start = p->mark;
    Expr *e = signed_number(p, false);
    if (e && !at(p, T_PLUS) && !at(p, T_MINUS))
        return e;
    if (p->error)
        return NULL;
    p->mark = start;
    if ((e = complex_number(p)) || p->error)
        return e;
    p->mark = start;
    return kr_parse_strings(p);
}

/* literal_pattern:
 *     | signed_number !('+' | '-') | complex_number | strings  -> MatchValue
 *     | 'None' | 'True' | 'False'                              -> MatchSingleton */
static Pattern *literal_pattern(Parser *p)
{
    int start = p->mark;
    Expr *e = literal_value(p);
    if (e)
        return kr_ast_MatchValue(p->arena, e, EXTRA_FROM(start));
    if (p->error)
        return NULL;
    Token *t = kr_parse_peek(p);
    if (t && (t->kind == KW_None || t->kind == KW_True || t->kind == KW_False)) {
        p->mark++;
        return kr_ast_MatchSingleton(p->arena, singleton_const(p, t->kind), EXTRA_FROM(start));
    }
    return NULL;
}

/* literal_expr: the same, with None/True/False as Constant expressions. */
static Expr *literal_expr(Parser *p)
{
    int start = p->mark;
    Expr *e = literal_value(p);
    if (e || p->error)
        return e;
    Token *t = kr_parse_peek(p);
    if (t && (t->kind == KW_None || t->kind == KW_True || t->kind == KW_False)) {
        p->mark++;
        return kr_ast_Constant(p->arena, singleton_const(p, t->kind), NULL, EXTRA_FROM(start));
    }
    return NULL;
}

/* ---- names -------------------------------------------------------------- */

/* !('.' | '(' | '='): what may not follow a capture name or a value. */
static bool name_may_end(Parser *p)
{
    return !at(p, T_DOT) && !at(p, T_LPAR) && !at(p, T_EQUAL) && !p->error;
}

/* pattern_capture_target: !"_" NAME !('.' | '(' | '=')
 * The NAME's token index, or -1. */
static int pattern_capture_target(Parser *p)
{
    int start = p->mark;
    if (at_soft(p, "_") || !eat(p, T_NAME))
        return -1;
    if (name_may_end(p))
        return start;
    p->mark = start;
    return -1;
}

/* name_or_attr: attr | NAME
 * attr: name_or_attr '.' NAME
 * The mutual left recursion grows to NAME ('.' NAME)*; with need_dot (attr)
 * at least one '.' is required. */
static Expr *name_or_attr(Parser *p, bool need_dot)
{
    int start = p->mark;
    if (!eat(p, T_NAME))
        return NULL;
    Expr *e = name_at(p, start, K_Load);
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_DOT) || !eat(p, T_NAME)) {
            p->mark = m;
            break;
        }
        e = kr_ast_Attribute(p->arena, e, kr_parse_identifier(p, &p->tokens[m + 1]), K_Load,
                             EXTRA_FROM(start));
    }
    if (need_dot && e->kind != K_Attribute) {
        p->mark = start;
        return NULL;
    }
    return p->error ? NULL : e;
}

/* ---- sequences ---------------------------------------------------------- */

/* star_pattern (memo):
 *     | '*' pattern_capture_target   -> MatchStar(name)
 *     | '*' wildcard_pattern         -> MatchStar(NULL) */
static Pattern *star_pattern(Parser *p)
{
    void *memo;
    if (kr_parse_memo_get(p, MEMO_STAR_PATTERN, &memo))
        return memo;
    int start = p->mark;
    Pattern *r = NULL;
    if (eat(p, T_STAR)) {
        int n = pattern_capture_target(p);
        if (n >= 0)
            r = kr_ast_MatchStar(p->arena, kr_parse_identifier(p, &p->tokens[n]), EXTRA_FROM(start));
        else if (!p->error && eat_soft(p, "_"))
            r = kr_ast_MatchStar(p->arena, NULL, EXTRA_FROM(start));
    }
    if (!r)
        p->mark = start;
    kr_parse_memo_put(p, MEMO_STAR_PATTERN, start, r);
    return r;
}

/* maybe_star_pattern: star_pattern | pattern */
static Pattern *maybe_star_pattern(Parser *p)
{
    Pattern *r = star_pattern(p);
    return (r || p->error) ? r : pattern(p);
}

/* maybe_sequence_pattern: ','.maybe_star_pattern+ ','?   (appends to v) */
static bool maybe_sequence_pattern(Parser *p, Vec *v)
{
    Pattern *q = maybe_star_pattern(p);
    if (!q)
        return false;
    vec_push(v, q);
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_COMMA))
            return true;
        if (!(q = maybe_star_pattern(p))) {
            if (p->error)
                return false;
            p->mark = m + 1;   /* the optional trailing ',' */
            return true;
        }
        vec_push(v, q);
    }
}

/* open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
 * (appends to v) */
static bool open_sequence_pattern(Parser *p, Vec *v)
{
    /* The comma is what makes a sequence here: `case a:` is a capture,
     * `case a,:` a one-element MatchSequence. */
    int start = p->mark;
    Pattern *first = maybe_star_pattern(p);
    if (!first || !eat(p, T_COMMA)) {
        p->mark = start;
        return false;
    }
    vec_push(v, first);
    int m = p->mark;
    if (!maybe_sequence_pattern(p, v) && !p->error)
        p->mark = m;
    return !p->error;
}

/* sequence_pattern:
 *     | '[' maybe_sequence_pattern? ']'
 *     | '(' open_sequence_pattern? ')' */
static Pattern *sequence_pattern(Parser *p)
{
    int start = p->mark;
    bool square = at(p, T_LSQB);
    if (!eat(p, square ? T_LSQB : T_LPAR))
        return NULL;
    Vec v;
    vec_init(&v);
    Pattern *r = NULL;
    int m = p->mark;
    bool some = square ? maybe_sequence_pattern(p, &v) : open_sequence_pattern(p, &v);
    if (!some) {
        p->mark = m;
        v.n = 0;   /* a failed repetition may have gathered a prefix */
    }
    if (!p->error && eat(p, square ? T_RSQB : T_RPAR))
        r = kr_ast_MatchSequence(p->arena, VEC_PATTERNS(p, &v), EXTRA_FROM(start));
    vec_free(&v);
    if (!r)
        p->mark = start;
    return r;
}

/* group_pattern: '(' pattern ')' -- the inner pattern, positions and all */
static Pattern *group_pattern(Parser *p)
{
    int start = p->mark;
    Pattern *r;
    if (eat(p, T_LPAR) && (r = pattern(p)) && eat(p, T_RPAR))
        return r;
    p->mark = start;
    return NULL;
}

/* ---- mappings ----------------------------------------------------------- */

/* key_value_pattern: (literal_expr | attr) ':' pattern   (appends to keys
 * and values) */
static bool key_value_pattern(Parser *p, Vec *keys, Vec *values)
{
    int start = p->mark;
    Expr *key = literal_expr(p);
    if (!key && !p->error)
        key = name_or_attr(p, true);
    Pattern *value;
    if (!key || !eat(p, T_COLON) || !(value = pattern(p))) {
        p->mark = start;
        return false;
    }
    vec_push(keys, key);
    vec_push(values, value);
    return true;
}

/* items_pattern: ','.key_value_pattern+ */
static bool items_pattern(Parser *p, Vec *keys, Vec *values)
{
    if (!key_value_pattern(p, keys, values))
        return false;
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_COMMA) || !key_value_pattern(p, keys, values)) {
            p->mark = m;
            return !p->error;
        }
    }
}

/* double_star_pattern: '**' pattern_capture_target; the name or NULL. */
static const char *double_star_pattern(Parser *p)
{
    int start = p->mark;
    int n;
    if (eat(p, T_DOUBLESTAR) && (n = pattern_capture_target(p)) >= 0)
        return kr_parse_identifier(p, &p->tokens[n]);
    p->mark = start;
    return NULL;
}

/* ','? '}' -- the end of every mapping pattern */
static bool mapping_end(Parser *p)
{
    eat(p, T_COMMA);
    return eat(p, T_RBRACE);
}

/* mapping_pattern:
 *     | '{' '}'
 *     | '{' double_star_pattern ','? '}'
 *     | '{' items_pattern ',' double_star_pattern ','? '}'
 *     | '{' items_pattern ','? '}' */
static Pattern *mapping_pattern(Parser *p)
{
    int start = p->mark;
    if (!eat(p, T_LBRACE))
        return NULL;
    int open = p->mark;
    const char *rest = NULL;
    Vec keys, values;
    vec_init(&keys);
    vec_init(&values);
    Pattern *r = NULL;
    bool ok = eat(p, T_RBRACE);
    if (!ok && !p->error) {
        p->mark = open;
        ok = (rest = double_star_pattern(p)) && mapping_end(p);
    }
    if (!ok && !p->error) {
        p->mark = open;
        rest = NULL;
        if (items_pattern(p, &keys, &values)) {
            int after_items = p->mark;
            ok = eat(p, T_COMMA) && (rest = double_star_pattern(p)) && mapping_end(p);
            if (!ok && !p->error) {
                p->mark = after_items;
                rest = NULL;
                ok = mapping_end(p);
            }
        }
    }
    if (ok && !p->error)
        r = kr_ast_MatchMapping(p->arena, VEC_EXPRS(p, &keys), VEC_PATTERNS(p, &values), rest,
                                EXTRA_FROM(start));
    vec_free(&keys);
    vec_free(&values);
    if (!r)
        p->mark = start;
    return r;
}

/* ---- class patterns ------------------------------------------------------ */

/* positional_patterns: ','.pattern+   (appends to v) */
static bool positional_patterns(Parser *p, Vec *v)
{
    Pattern *q = pattern(p);
    if (!q)
        return false;
    vec_push(v, q);
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_COMMA) || !(q = pattern(p))) {
            p->mark = m;
            return !p->error;
        }
        vec_push(v, q);
    }
}

/* keyword_pattern: NAME '=' pattern
 * keyword_patterns: ','.keyword_pattern+   (appends to names and values) */
static bool keyword_pattern(Parser *p, Vec *names, Vec *values)
{
    int start = p->mark;
    Pattern *q;
    if (!eat(p, T_NAME) || !eat(p, T_EQUAL) || !(q = pattern(p))) {
        p->mark = start;
        return false;
    }
    vec_push(names, (void *)kr_parse_identifier(p, &p->tokens[start]));
    vec_push(values, q);
    return true;
}

static bool keyword_patterns(Parser *p, Vec *names, Vec *values)
{
    if (!keyword_pattern(p, names, values))
        return false;
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_COMMA) || !keyword_pattern(p, names, values)) {
            p->mark = m;
            return !p->error;
        }
    }
}

/* ','? ')' -- the end of every class pattern */
static bool class_end(Parser *p)
{
    eat(p, T_COMMA);
    return eat(p, T_RPAR);
}

/* invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
 * invalid_class_argument_pattern:
 *     [positional_patterns ','] keyword_patterns ',' a=positional_patterns
 * Entered with the mark after the '('. */
static void invalid_class_pattern(Parser *p)
{
    int open = p->mark;
    Vec pos, names, kws;
    vec_init(&pos);
    vec_init(&names);
    vec_init(&kws);
    if (!(positional_patterns(p, &pos) && eat(p, T_COMMA)) && !p->error)
        p->mark = open;
    vec_free(&pos);
    /* The error spans the positional patterns after the keywords, from the
     * first to the last of them. */
    if (!p->error && keyword_patterns(p, &names, &kws) && eat(p, T_COMMA) &&
        positional_patterns(p, &pos)) {
        Pattern *first = pos.items[0], *last = pos.items[pos.n - 1];
        RAISE_SYNTAX_ERROR_KNOWN_RANGE(first, last, "positional patterns follow keyword patterns");
    }
    vec_free(&pos);
    vec_free(&names);
    vec_free(&kws);
}

/* The argument list of a class pattern after its '(':
 *     | ')'
 *     | positional_patterns ','? ')'
 *     | keyword_patterns ','? ')'
 *     | positional_patterns ',' keyword_patterns ','? ')'
 * positional_patterns is parsed once for the two alternatives that start
 * with it.  False if none matches. */
static bool class_arguments(Parser *p, Vec *pos, Vec *names, Vec *kws)
{
    int open = p->mark;
    if (eat(p, T_RPAR))
        return true;
    bool have_pos = positional_patterns(p, pos);
    int after_pos = p->mark;
    if (have_pos && class_end(p))
        return true;
    if (p->error)
        return false;
    p->mark = open;
    if (keyword_patterns(p, names, kws) && class_end(p)) {
        pos->n = 0;
        return true;
    }
    if (p->error)
        return false;
    names->n = kws->n = 0;
    p->mark = after_pos;
    if (have_pos && eat(p, T_COMMA) && keyword_patterns(p, names, kws) && class_end(p))
        return true;
    pos->n = names->n = kws->n = 0;
    return false;
}

/* class_pattern: name_or_attr '(' <class_arguments> | invalid_class_pattern */
static Pattern *class_pattern(Parser *p)
{
    int start = p->mark;
    Expr *cls = name_or_attr(p, false);
    if (!cls || !eat(p, T_LPAR)) {
        p->mark = start;
        return NULL;
    }
    int open = p->mark;
    Vec pos, names, kws;
    vec_init(&pos);
    vec_init(&names);
    vec_init(&kws);
    Pattern *r = NULL;
    if (class_arguments(p, &pos, &names, &kws) && !p->error)
        r = kr_ast_MatchClass(p->arena, cls, VEC_PATTERNS(p, &pos), VEC_IDENTS(p, &names),
                              VEC_PATTERNS(p, &kws), EXTRA_FROM(start));
    vec_free(&pos);
    vec_free(&names);
    vec_free(&kws);
    if (!r && !p->error && p->call_invalid_rules) {
        p->mark = open;
        invalid_class_pattern(p);
    }
    if (!r)
        p->mark = start;
    return p->error ? NULL : r;
}

/* ---- pattern, or_pattern, closed_pattern -------------------------------- */

/* The alternatives of closed_pattern, in order, skipping those that cannot
 * start with the next token (they would fail on it without looking further):
 *     literal_pattern | capture_pattern | wildcard_pattern | value_pattern
 *     | group_pattern | sequence_pattern | mapping_pattern | class_pattern */
static Pattern *closed_alternatives(Parser *p)
{
    int start = p->mark;
    Token *t = kr_parse_peek(p);
    if (!t)
        return NULL;
    Pattern *r;
    switch (t->kind) {
    case T_NAME: {
        /* capture, wildcard, value, class -- in this order, so `_` is a
         * wildcard even before '.' or '(' (`case _.x:` is a syntax error in
         * CPython too), while `x.y` and `C(...)` are not captures because of
         * pattern_capture_target's lookahead. */
        int n = pattern_capture_target(p);
        if (n >= 0)
            return kr_ast_MatchAs(p->arena, NULL, kr_parse_identifier(p, &p->tokens[n]),
                                  EXTRA_FROM(start));
        if (p->error)
            return NULL;
        if (eat_soft(p, "_"))
            return kr_ast_MatchAs(p->arena, NULL, NULL, EXTRA_FROM(start));
        Expr *value = name_or_attr(p, true);
        if (value && name_may_end(p))
            return kr_ast_MatchValue(p->arena, value, EXTRA_FROM(start));
        if (p->error)
            return NULL;
        p->mark = start;
        return class_pattern(p);
    }
    case T_LPAR:
        /* `(p)` is a group (the inner pattern itself), `(p,)` and `()` are
         * sequences; the group is tried first, and its inner pattern is
         * memoized for the sequence's second look. */
        if ((r = group_pattern(p)) || p->error)
            return r;
        return sequence_pattern(p);
    case T_LSQB: return sequence_pattern(p);
    case T_LBRACE: return mapping_pattern(p);
    default: return literal_pattern(p);
    }
}

/* closed_pattern (memo) */
static Pattern *closed_pattern(Parser *p)
{
    void *memo;
    if (kr_parse_memo_get(p, MEMO_CLOSED_PATTERN, &memo))
        return memo;
    if (!kr_parse_enter(p))
        return NULL;
    int start = p->mark;
    Pattern *r = closed_alternatives(p);
    kr_parse_leave(p);
    if (!r)
        p->mark = start;
    kr_parse_memo_put(p, MEMO_CLOSED_PATTERN, start, r);
    return p->error ? NULL : r;
}

/* or_pattern: '|'.closed_pattern+ -- one pattern alone, else MatchOr */
static Pattern *or_pattern(Parser *p)
{
    int start = p->mark;
    Pattern *q = closed_pattern(p);
    if (!q)
        return NULL;
    Vec v;
    vec_init(&v);
    vec_push(&v, q);
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_VBAR) || !(q = closed_pattern(p))) {
            p->mark = m;
            break;
        }
        vec_push(&v, q);
    }
    Pattern *r = NULL;
    if (!p->error)
        r = v.n == 1 ? v.items[0]
                     : kr_ast_MatchOr(p->arena, VEC_PATTERNS(p, &v), EXTRA_FROM(start));
    vec_free(&v);
    return r;
}

/* invalid_as_pattern, after `or_pattern 'as'`:
 *     | "_"                 -> "cannot use '_' as a target"
 *     | !NAME expression    -> "invalid pattern target" */
static void invalid_as_pattern(Parser *p)
{
    int after_as = p->mark;
    if (eat_soft(p, "_")) {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(&p->tokens[after_as], "cannot use '_' as a target");
        return;
    }
    Expr *a;
    if (!at(p, T_NAME) && !p->error && (a = kr_parse_expression(p)))
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "invalid pattern target");
}

/* pattern: as_pattern | or_pattern
 * as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
 * All three alternatives begin with the same or_pattern: parsed once. */
static Pattern *pattern(Parser *p)
{
    if (!kr_parse_enter(p))
        return NULL;
    int start = p->mark;
    Pattern *r = or_pattern(p);
    /* The target must be a plain name: `as _`, `as 1` and `as x.y` are
     * refused (the first two with invalid_as_pattern's messages). */
    if (r) {
        int after = p->mark;
        int n;
        if (eat(p, KW_as) && (n = pattern_capture_target(p)) >= 0) {
            r = kr_ast_MatchAs(p->arena, r, kr_parse_identifier(p, &p->tokens[n]),
                               EXTRA_FROM(start));
        } else {
            if (!p->error && p->call_invalid_rules) {
                p->mark = after;
                if (eat(p, KW_as))
                    invalid_as_pattern(p);
            }
            p->mark = after;
        }
    }
    kr_parse_leave(p);
    return p->error ? NULL : r;
}

/* patterns: open_sequence_pattern -> MatchSequence | pattern */
static Pattern *patterns(Parser *p)
{
    int start = p->mark;
    Vec v;
    vec_init(&v);
    Pattern *r = NULL;
    if (open_sequence_pattern(p, &v))
        r = kr_ast_MatchSequence(p->arena, VEC_PATTERNS(p, &v), EXTRA_FROM(start));
    vec_free(&v);
    if (r || p->error)
        return r;
    p->mark = start;
    return pattern(p);
}

/* ---- match statement ---------------------------------------------------- */

/* star_named_expressions: ','.star_named_expression+ [','] (appends to v) */
static bool star_named_expressions(Parser *p, Vec *v)
{
    Expr *e = kr_parse_star_named_expression(p);
    if (!e)
        return false;
    vec_push(v, e);
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_COMMA))
            return true;
        if (!(e = kr_parse_star_named_expression(p))) {
            if (p->error)
                return false;
            p->mark = m + 1;
            return true;
        }
        vec_push(v, e);
    }
}

/* subject_expr:
 *     | star_named_expression ',' star_named_expressions?   -> Tuple
 *     | named_expression */
static Expr *subject_expr(Parser *p)
{
    int start = p->mark;
    Expr *first = kr_parse_star_named_expression(p);
    if (first && eat(p, T_COMMA)) {
        Vec v;
        vec_init(&v);
        vec_push(&v, first);
        int m = p->mark;
        if (!star_named_expressions(p, &v) && !p->error)
            p->mark = m;
        Expr *t = p->error ? NULL
                           : kr_ast_Tuple(p->arena, VEC_EXPRS(p, &v), K_Load, EXTRA_FROM(start));
        vec_free(&v);
        return t;
    }
    if (p->error)
        return NULL;
    p->mark = start;
    return kr_parse_named_expression(p);
}

/* guard: 'if' named_expression; NULL (mark restored) if absent. */
static Expr *guard(Parser *p)
{
    int start = p->mark;
    Expr *g;
    if (eat(p, KW_if) && (g = kr_parse_named_expression(p)))
        return g;
    p->mark = start;
    return NULL;
}

/* invalid_case_block:
 *     | "case" patterns guard? NEWLINE            -> "expected ':'"
 *     | "case" patterns guard? ':' NEWLINE !INDENT */
static void invalid_case_block(Parser *p)
{
    int start = p->mark;
    if (!eat_soft(p, "case") || !patterns(p))
        goto fail;
    guard(p);
    if (p->error)
        return;
    int m = p->mark;
    if (eat(p, T_NEWLINE)) {
        RAISE_SYNTAX_ERROR("expected ':'");
        return;
    }
    p->mark = m;
    if (eat(p, T_COLON) && eat(p, T_NEWLINE) && !at(p, T_INDENT) && !p->error) {
        RAISE_INDENTATION_ERROR("expected an indented block after 'case' statement on line %d",
                                p->tokens[start].lineno);
        return;
    }
fail:
    p->mark = start;
}

/* case_block: invalid_case_block | "case" patterns guard? ':' block */
static MatchCase *case_block(Parser *p)
{
    int start = p->mark;
    if (!at_soft(p, "case"))
        return NULL;
    if (p->call_invalid_rules) {
        invalid_case_block(p);
        if (p->error)
            return NULL;
    }
    p->mark++;
    Pattern *pat = patterns(p);
    Expr *g = pat ? guard(p) : NULL;
    StmtSeq *body;
    if (!pat || p->error || !eat(p, T_COLON) || !(body = kr_parse_block(p))) {
        p->mark = start;
        return NULL;
    }
    return kr_ast_match_case(p->arena, pat, g, body);
}

/* invalid_match_stmt:
 *     | "match" subject_expr NEWLINE                 -> "expected ':'"
 *     | "match" subject_expr ':' NEWLINE !INDENT */
static void invalid_match_stmt(Parser *p)
{
    int start = p->mark;
    if (!eat_soft(p, "match") || !subject_expr(p))
        goto fail;
    int m = p->mark;
    if (eat(p, T_NEWLINE)) {
        RAISE_SYNTAX_ERROR("expected ':'");
        return;
    }
    p->mark = m;
    if (eat(p, T_COLON) && eat(p, T_NEWLINE) && !at(p, T_INDENT) && !p->error) {
        RAISE_INDENTATION_ERROR("expected an indented block after 'match' statement on line %d",
                                p->tokens[start].lineno);
        return;
    }
fail:
    p->mark = start;
}

/* match_stmt:
 *     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
 *     | invalid_match_stmt */
Stmt *kr_parse_match_stmt(Parser *p)
{
    int start = p->mark;
    Expr *subject;
    if (eat_soft(p, "match") && (subject = subject_expr(p)) && eat(p, T_COLON) &&
        eat(p, T_NEWLINE) && eat(p, T_INDENT)) {
        Vec v;
        vec_init(&v);
        MatchCase *c;
        while ((c = case_block(p)))
            vec_push(&v, c);
        Stmt *s = NULL;
        if (v.n && !p->error && eat(p, T_DEDENT) &&
            kr_parse_check_version(p, 10, "Pattern matching is")) {
            MatchCaseSeq *cases = vec_fill(kr_ast_match_case_seq_new(p->arena, v.n), &v);
            s = kr_ast_Match(p->arena, subject, cases, EXTRA_FROM(start));
        }
        vec_free(&v);
        if (s || p->error)
            return s;
    }
    if (p->error)
        return NULL;
    p->mark = start;
    if (p->call_invalid_rules)
        invalid_match_stmt(p);
    return NULL;
}
