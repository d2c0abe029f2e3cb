/*
 * parse_stmt.c -- statements: CPython 3.11's python.gram from `file` down to
 * the compound statements, plus the parser's memo table.
 *
 * Each grammar rule is one function of the same name, and its alternatives
 * are tried in the grammar's order, so that the tokens fetched -- and with
 * them the position of a plain "invalid syntax" (parse_core.c) -- are
 * exactly CPython's.  A rule that fails leaves p->mark where it found it.
 *
 * Three liberties are taken with the grammar's shape, none visible outside:
 *
 *  - Alternatives that share a prefix are factored where PEG would parse the
 *    prefix again at the same position (`'if' e ':' block elif_stmt` then
 *    `'if' e ':' block [else_block]`; the three `try` forms; simple_stmts'
 *    two forms).  A rule's result depends only on where it starts and on the
 *    pass, so parsing the prefix once is what CPython's memo would give.
 *    Without this (or the memo on `block`), nested ifs and trys would parse
 *    their bodies 2^depth times.
 *  - simple_stmt dispatches on its first token: the keyword statements go
 *    straight to their rule, because `assignment` and `star_expressions`
 *    cannot match (nor look past) a statement keyword.
 *  - The invalid_* rules run only when p->call_invalid_rules is set, at the
 *    place the grammar lists them; each either raises or restores p->mark.
 *
 * Tokens: p->tokens is reallocated as it grows, so a Token * is only good
 * until the next fetch.  Rules remember token *indices* and read
 * p->tokens[i] when building nodes.
 *
 * The match statement and patterns live in parse_pattern.c; expressions and
 * targets in parse_expr.c.
 */
#include "parse/parse_seq.h"

/* ---- small helpers --------------------------------------------------- */

static bool eat(Parser *p, TokenKind k) { return kr_parse_expect(p, k) != NULL; }
static bool at(Parser *p, TokenKind k) { return kr_parse_lookahead(p, k); }

/* A Name node for the NAME token at index i. */
static Expr *name_at(Parser *p, int i, ExprContext ctx)
{
    const Token *t = &p->tokens[i];
    return kr_ast_Name(p->arena, kr_parse_identifier(p, t), ctx, t->lineno, t->col_offset,
                       t->end_lineno, t->end_col_offset);
}

/* Consume a NAME; its index, or -1. */
static int name_token(Parser *p)
{
    return eat(p, T_NAME) ? p->mark - 1 : -1;
}

/* `&&tok`: the token must come next, or "expected 'x'" is raised at
 * whatever token is there instead (CPython's _PyPegen_expect_forced_token,
 * which raises in the first pass too). */
static bool expect_forced(Parser *p, TokenKind k, const char *spelling)
{
    Token *t = kr_parse_peek(p);
    if (!t)
        return false;
    if (t->kind != k) {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t, "expected '%s'", spelling);
        return false;
    }
    p->mark++;
    return true;
}

/* `NEWLINE !INDENT`, the heart of every "expected an indented block". */
static bool newline_without_indent(Parser *p)
{
    return eat(p, T_NEWLINE) && !at(p, T_INDENT) && !p->error;
}

/* `[ 'as' NAME ]`: the name's token index, or -1 (mark restored). */
static int opt_as_name(Parser *p)
{
    int m = p->mark;
    if (eat(p, KW_as)) {
        int n = name_token(p);
        if (n >= 0)
            return n;
    }
    p->mark = m;
    return -1;
}

/* CPython's _PyPegen_empty_arguments: what `def f():` gets. */
static Arguments *empty_arguments(Parser *p)
{
    Arena *a = p->arena;
    return kr_ast_arguments(a, kr_ast_arg_seq_new(a, 0), kr_ast_arg_seq_new(a, 0), NULL,
                            kr_ast_arg_seq_new(a, 0), kr_ast_expr_seq_new(a, 0), NULL,
                            kr_ast_expr_seq_new(a, 0));
}

static StmtSeq *stmt_singleton(Parser *p, Stmt *s)
{
    StmtSeq *seq = kr_ast_stmt_seq_new(p->arena, 1);
    seq->items[0] = s;
    return seq;
}

/* ---- memo table ------------------------------------------------------
 * As in CPython, each token carries the results memoized at it: a chain of
 * entries, newest first.  Around 15-20 rules are memoized at a typical
 * expression token (expression, disjunction, ..., primary all start there),
 * and most lookups are first-time misses; a per-token bitmask of the rules
 * present answers those without walking the chain.  Rule ids are < 64
 * (MEMO_RULE_COUNT_), one bit each.
 *
 * Results of the first pass are useless in the second (the invalid_ rules
 * change what rules return), so instead of keying on the pass the table is
 * emptied when the pass changes.  Everything lives in the arena: the
 * per-token slots grow by doubling (the outgrown copies cost at most as much
 * again), and entries are carved from blocks, never freed. */

typedef struct MemoEntry {
    struct MemoEntry *next;  /* older entry at the same token */
    void *result;
    int end;                 /* p->mark after the memoized parse */
    int rule;
} MemoEntry;

typedef struct MemoSlot {
    uint64_t rules;          /* bit r set: a MemoEntry for rule r is chained */
    MemoEntry *chain;
} MemoSlot;

typedef struct MemoTable {
    MemoSlot *slots;         /* indexed by token index */
    int cap;
    bool pass;               /* the call_invalid_rules the entries belong to */
    MemoEntry *block;        /* fresh entries not handed out yet */
    int block_left;
    int block_size;          /* entries in the next block: grows to the max */
} MemoTable;

/* Tables start small and double: an f-string field's sub-parser memoizes a
 * handful of entries, a large module hundreds of thousands. */
#define MEMO_FIRST_SLOTS 64
#define MEMO_FIRST_BLOCK 32
#define MEMO_MAX_BLOCK 1024

bool kr_parse_memo_get(Parser *p, int rule, void **result)
{
    MemoTable *t = p->memo;
    if (!t || t->pass != p->call_invalid_rules || p->mark >= t->cap || p->error)
        return false;
    MemoSlot *s = &t->slots[p->mark];
    if (!(s->rules >> rule & 1))
        return false;
    for (MemoEntry *e = s->chain; e; e = e->next)
        if (e->rule == rule) {
            *result = e->result;
            p->mark = e->end;
            return true;
        }
    return false;
}

/* Room for token index `start` (and the tokens fetched so far). */
static void memo_grow(Parser *p, int start)
{
    MemoTable *t = p->memo;
    int cap = t->cap ? t->cap * 2 : MEMO_FIRST_SLOTS;
    while (cap <= start || cap < p->fill)
        cap *= 2;
    MemoSlot *slots = kr_arena_alloc(p->arena, (size_t)cap * sizeof *slots);
    if (t->cap)
        memcpy(slots, t->slots, (size_t)t->cap * sizeof *slots);
    t->slots = slots;
    t->cap = cap;
}

void kr_parse_memo_put(Parser *p, int rule, int start, void *result)
{
    if (p->error)
        return;
    MemoTable *t = p->memo;
    if (!t) {
        t = p->memo = kr_arena_alloc(p->arena, sizeof *t);
        t->pass = p->call_invalid_rules;
    }
    if (t->pass != p->call_invalid_rules) {
        /* The second pass begins: forget the first. */
        if (t->cap)
            memset(t->slots, 0, (size_t)t->cap * sizeof *t->slots);
        t->pass = p->call_invalid_rules;
    }
    if (start >= t->cap)
        memo_grow(p, start);
    if (!t->block_left) {
        t->block_size = t->block_size ? t->block_size * 2 : MEMO_FIRST_BLOCK;
        if (t->block_size > MEMO_MAX_BLOCK)
            t->block_size = MEMO_MAX_BLOCK;
        t->block = kr_arena_alloc(p->arena, (size_t)t->block_size * sizeof *t->block);
        t->block_left = t->block_size;
    }
    MemoEntry *e = t->block++;
    t->block_left--;
    MemoSlot *s = &t->slots[start];
    *e = (MemoEntry){s->chain, result, p->mark, rule};
    s->chain = e;
    s->rules |= (uint64_t)1 << rule;
}

/* ---- forward declarations -------------------------------------------- */

static bool statement(Parser *p, Vec *out);
static StmtSeq *simple_stmts(Parser *p);
static Stmt *compound_stmt(Parser *p);
static StmtSeq *else_block(Parser *p);

/* ---- starting rules --------------------------------------------------- */

/* file: [statements] ENDMARKER */
Mod *kr_parse_file(Parser *p)
{
    StmtSeq *body = kr_parse_statements(p);
    if (p->error || !eat(p, T_ENDMARKER))
        return NULL;
    if (!body)
        body = kr_ast_stmt_seq_new(p->arena, 0);
    return kr_ast_Module(p->arena, body, kr_ast_type_ignore_seq_new(p->arena, 0));
}

/* NEWLINE* ENDMARKER, the tail of eval and func_type. */
static bool newlines_then_end(Parser *p)
{
    while (eat(p, T_NEWLINE))
        ;
    return eat(p, T_ENDMARKER);
}

/* eval: expressions NEWLINE* ENDMARKER */
Mod *kr_parse_eval(Parser *p)
{
    Expr *e = kr_parse_expressions(p);
    if (!e || !newlines_then_end(p))
        return NULL;
    return kr_ast_Expression(p->arena, e);
}

/* statement_newline:
 *     | compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
 * The ENDMARKER alternative is CPython's _PyPegen_interactive_exit, which
 * fails without raising; the driver's generic error then applies. */
static StmtSeq *statement_newline(Parser *p)
{
    int start = p->mark;
    Stmt *s = compound_stmt(p);
    /* CPython's interactive tokenizer turns the first ENDMARKER into a
     * NEWLINE, so a compound statement may end the input (helper "builtins",
     * for compile(..., 'single')). */
    if (s && (eat(p, T_NEWLINE) || eat(p, T_ENDMARKER)))
        return stmt_singleton(p, s);
    if (p->error)
        return NULL;
    p->mark = start;
    StmtSeq *seq = simple_stmts(p);
    if (seq || p->error)
        return seq;
    if (eat(p, T_NEWLINE))
        return stmt_singleton(p, kr_ast_Pass(p->arena, EXTRA_FROM(start)));
    return NULL;
}

/* interactive: statement_newline */
Mod *kr_parse_interactive(Parser *p)
{
    StmtSeq *body = statement_newline(p);
    return body ? kr_ast_Interactive(p->arena, body) : NULL;
}

/* ','.expression+ into v; false if not even one. */
static bool expression_list(Parser *p, Vec *v)
{
    Expr *e = kr_parse_expression(p);
    if (!e)
        return false;
    vec_push(v, e);
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_COMMA) || !(e = kr_parse_expression(p))) {
            p->mark = m;
            return !p->error;
        }
        vec_push(v, e);
    }
}

/* `'*' expression` or `'**' expression`: pushes the expression. */
static bool starred_type_expr(Parser *p, TokenKind star, Vec *v)
{
    int m = p->mark;
    Expr *e;
    if (eat(p, star) && (e = kr_parse_expression(p))) {
        vec_push(v, e);
        return true;
    }
    p->mark = m;
    return false;
}

/* type_expressions: the argument types of a func_type comment, where `*`
 * and `**` are allowed and dropped.  The grammar's seven alternatives
 * factor into: an optional leading list, then an optional `, *e`, then an
 * optional `, **e` -- with the leading list required before a comma. */
static ExprSeq *type_expressions(Parser *p, Vec *v)
{
    int start = p->mark;
    if (expression_list(p, v)) {
        int m = p->mark;
        /* a , '*' b [, '**' c]   |   a , '**' b   |   a */
        if (eat(p, T_COMMA) && starred_type_expr(p, T_STAR, v)) {
            int m2 = p->mark;
            if (!(eat(p, T_COMMA) && starred_type_expr(p, T_DOUBLESTAR, v)))
                p->mark = m2;
        } else if (!p->error) {
            p->mark = m;
            if (!(eat(p, T_COMMA) && starred_type_expr(p, T_DOUBLESTAR, v)))
                p->mark = m;
        }
        return p->error ? NULL : VEC_EXPRS(p, v);
    }
    if (p->error)
        return NULL;
    p->mark = start;
    /* '*' a [',' '**' b]   |   '**' a */
    if (starred_type_expr(p, T_STAR, v)) {
        int m = p->mark;
        if (!(eat(p, T_COMMA) && starred_type_expr(p, T_DOUBLESTAR, v)))
            p->mark = m;
    } else if (p->error || !starred_type_expr(p, T_DOUBLESTAR, v)) {
        return NULL;
    }
    return p->error ? NULL : VEC_EXPRS(p, v);
}

/* func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER */
Mod *kr_parse_func_type(Parser *p)
{
    if (!eat(p, T_LPAR))
        return NULL;
    Vec v;
    vec_init(&v);
    int m = p->mark;
    ExprSeq *args = type_expressions(p, &v);
    vec_free(&v);
    if (!args) {
        if (p->error)
            return NULL;
        p->mark = m;
        args = kr_ast_expr_seq_new(p->arena, 0);
    }
    Expr *ret;
    if (!eat(p, T_RPAR) || !eat(p, T_RARROW) || !(ret = kr_parse_expression(p)) ||
        !newlines_then_end(p))
        return NULL;
    return kr_ast_FunctionType(p->arena, args, ret);
}

/* ---- statements ------------------------------------------------------- */

/* statements: statement+ (flattened) */
StmtSeq *kr_parse_statements(Parser *p)
{
    Vec v;
    vec_init(&v);
    while (statement(p, &v))
        ;
    StmtSeq *seq = (v.n && !p->error) ? VEC_STMTS(p, &v) : NULL;
    vec_free(&v);
    return seq;
}

/* statement: compound_stmt | simple_stmts.  Appends to out. */
static bool statement(Parser *p, Vec *out)
{
    int start = p->mark;
    Stmt *s = compound_stmt(p);
    if (s) {
        vec_push(out, s);
        return true;
    }
    if (p->error)
        return false;
    p->mark = start;
    StmtSeq *seq = simple_stmts(p);
    if (!seq)
        return false;
    for (int i = 0; i < seq->n; i++)
        vec_push(out, seq->items[i]);
    return true;
}

static Stmt *simple_stmt(Parser *p);

/* simple_stmts:
 *     | simple_stmt !';' NEWLINE
 *     | ';'.simple_stmt+ [';'] NEWLINE
 * The first alternative is the second's single-statement case, so both are
 * one loop (CPython memoizes simple_stmt for the same effect). */
static StmtSeq *simple_stmts(Parser *p)
{
    int start = p->mark;
    Vec v;
    vec_init(&v);
    StmtSeq *seq = NULL;
    Stmt *s = simple_stmt(p);
    if (!s)
        goto done;
    vec_push(&v, s);
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_SEMI))
            break;
        if (!(s = simple_stmt(p))) {
            if (p->error)
                goto done;
            p->mark = m + 1;   /* the optional trailing ';' */
            break;
        }
        vec_push(&v, s);
    }
    if (eat(p, T_NEWLINE))
        seq = VEC_STMTS(p, &v);
done:
    vec_free(&v);
    if (!seq)
        p->mark = start;
    return p->error ? NULL : seq;
}

static Stmt *assignment(Parser *p);
static Stmt *return_stmt(Parser *p);
static Stmt *import_stmt(Parser *p);
static Stmt *raise_stmt(Parser *p);
static Stmt *del_stmt(Parser *p);
static Stmt *yield_stmt(Parser *p);
static Stmt *assert_stmt(Parser *p);
static Stmt *global_stmt(Parser *p, bool nonlocal);

/* simple_stmt:
 *     | assignment | star_expressions | &'return' return_stmt
 *     | &('import' | 'from') import_stmt | &'raise' raise_stmt | 'pass'
 *     | &'del' del_stmt | &'yield' yield_stmt | &'assert' assert_stmt
 *     | 'break' | 'continue' | &'global' global_stmt | &'nonlocal' nonlocal_stmt */
static Stmt *simple_stmt(Parser *p)
{
    int start = p->mark;
    Token *t = kr_parse_peek(p);
    if (!t)
        return NULL;
    switch (t->kind) {
    case KW_return: return return_stmt(p);
    case KW_import:
    case KW_from: return import_stmt(p);
    case KW_raise: return raise_stmt(p);
    case KW_pass: p->mark++; return kr_ast_Pass(p->arena, EXTRA_FROM(start));
    case KW_del: return del_stmt(p);
    case KW_assert: return assert_stmt(p);
    case KW_break: p->mark++; return kr_ast_Break(p->arena, EXTRA_FROM(start));
    case KW_continue: p->mark++; return kr_ast_Continue(p->arena, EXTRA_FROM(start));
    case KW_global: return global_stmt(p, false);
    case KW_nonlocal: return global_stmt(p, true);
    default: break;
    }
    /* Everything else may be an assignment, and must be tried as one first:
     * `x = 1` also parses as the expression statement `x`, which would then
     * fail at the '='.  A leading 'yield' stays on this path because
     * invalid_assignment reports `yield = 1`. */
    bool is_yield = t->kind == KW_yield;
    Stmt *s = assignment(p);
    if (s || p->error)
        return s;
    p->mark = start;
    Expr *e = kr_parse_star_expressions(p);
    if (e)
        return kr_ast_Expr(p->arena, e, EXTRA_FROM(start));
    if (p->error)
        return NULL;
    p->mark = start;
    return is_yield ? yield_stmt(p) : NULL;
}

/* ---- assignment -------------------------------------------------------- */

static void invalid_assignment(Parser *p);

/* ['=' annotated_rhs] */
static Expr *opt_assigned_value(Parser *p)
{
    int m = p->mark;
    Expr *v;
    if (eat(p, T_EQUAL) && (v = kr_parse_annotated_rhs(p)))
        return v;
    p->mark = m;
    return NULL;
}

/* augassign: '+=' | '-=' | ... ; 0 if the next token is none of them. */
static Operator augassign(Parser *p)
{
    Token *t = kr_parse_peek(p);
    if (!t)
        return 0;
    Operator op;
    switch (t->kind) {
    case T_PLUSEQUAL: op = K_Add; break;
    case T_MINEQUAL: op = K_Sub; break;
    case T_STAREQUAL: op = K_Mult; break;
    case T_ATEQUAL: op = K_MatMult; break;
    case T_SLASHEQUAL: op = K_Div; break;
    case T_PERCENTEQUAL: op = K_Mod; break;
    case T_AMPEREQUAL: op = K_BitAnd; break;
    case T_VBAREQUAL: op = K_BitOr; break;
    case T_CIRCUMFLEXEQUAL: op = K_BitXor; break;
    case T_LEFTSHIFTEQUAL: op = K_LShift; break;
    case T_RIGHTSHIFTEQUAL: op = K_RShift; break;
    case T_DOUBLESTAREQUAL: op = K_Pow; break;
    case T_DOUBLESLASHEQUAL: op = K_FloorDiv; break;
    default: return 0;
    }
    p->mark++;
    return op;
}

/* a=NAME ':' b=expression c=['=' d=annotated_rhs]
 * The only form with AnnAssign.simple = 1: a bare name, which the compiler
 * records in __annotations__ (a parenthesised one is not "simple"). */
static Stmt *annotated_name(Parser *p, int start)
{
    int n = name_token(p);
    Expr *ann;
    if (n < 0 || !eat(p, T_COLON) || !(ann = kr_parse_expression(p)))
        return NULL;
    Expr *value = opt_assigned_value(p);
    if (p->error)
        return NULL;
    return kr_ast_AnnAssign(p->arena, name_at(p, n, K_Store), ann, value, 1, EXTRA_FROM(start));
}

/* a=('(' b=single_target ')' | single_subscript_attribute_target)
 *   ':' b=expression c=['=' d=annotated_rhs]  -- the `simple = 0` form */
static Stmt *annotated_target(Parser *p, int start)
{
    Expr *target = NULL;
    /* The parenthesised target keeps its own positions, not the parens'. */
    if (eat(p, T_LPAR)) {
        target = kr_parse_single_target(p);
        if (target && !eat(p, T_RPAR))
            target = NULL;
    }
    if (!target) {
        if (p->error)
            return NULL;
        p->mark = start;
        target = kr_parse_single_subscript_attribute_target(p);
    }
    Expr *ann;
    if (!target || !eat(p, T_COLON) || !(ann = kr_parse_expression(p)))
        return NULL;
    Expr *value = opt_assigned_value(p);
    if (p->error)
        return NULL;
    return kr_ast_AnnAssign(p->arena, target, ann, value, 0, EXTRA_FROM(start));
}

/* (star_targets '=')*, pushing each target; the mark ends after the last
 * '=' that followed a target. */
static void assign_targets(Parser *p, Vec *v)
{
    for (;;) {
        int m = p->mark;
        Expr *t = kr_parse_star_targets(p);
        if (!t || !eat(p, T_EQUAL)) {
            p->mark = m;
            return;
        }
        vec_push(v, t);
    }
}

/* a=(z=star_targets '=')+ b=(yield_expr | star_expressions) !'=' [TYPE_COMMENT]
 * (type comments are never tokenized: ast.parse does not ask for them) */
static Stmt *plain_assignment(Parser *p, int start)
{
    Vec v;
    vec_init(&v);
    Stmt *s = NULL;
    assign_targets(p, &v);
    if (v.n && !p->error) {
        Expr *value = kr_parse_annotated_rhs(p);
        if (value && !at(p, T_EQUAL) && !p->error)
            s = kr_ast_Assign(p->arena, VEC_EXPRS(p, &v), value, NULL, EXTRA_FROM(start));
    }
    vec_free(&v);
    return s;
}

/* assignment:
 *     | NAME ':' expression ['=' annotated_rhs]
 *     | ('(' single_target ')' | single_subscript_attribute_target)
 *       ':' expression ['=' annotated_rhs]
 *     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
 *     | single_target augassign ~ (yield_expr | star_expressions)
 *     | invalid_assignment */
static Stmt *assignment(Parser *p)
{
    int start = p->mark;
    Stmt *s;
    if ((s = annotated_name(p, start)) || p->error)
        return s;
    p->mark = start;
    if ((s = annotated_target(p, start)) || p->error)
        return s;
    p->mark = start;
    if ((s = plain_assignment(p, start)) || p->error)
        return s;
    p->mark = start;
    Expr *target = kr_parse_single_target(p);
    Operator op = target ? augassign(p) : 0;
    if (op) {
        /* The cut: past the operator, no other alternative is tried. */
        Expr *value = kr_parse_annotated_rhs(p);
        if (!value)
            return NULL;
        return kr_ast_AugAssign(p->arena, target, op, value, EXTRA_FROM(start));
    }
    if (p->error)
        return NULL;
    p->mark = start;
    if (p->call_invalid_rules)
        invalid_assignment(p);
    return NULL;
}

/* star_named_expressions: ','.star_named_expression+ [','], into v. */
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
            p->mark = m + 1;   /* the optional trailing ',' */
            return true;
        }
        vec_push(v, e);
    }
}

/* list: '[' [star_named_expressions] ']'
 * tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
 * The expression rules of these names, needed here only to name the target
 * in "only single target (not list) can be annotated". */
static Expr *list_or_tuple(Parser *p, bool tuple)
{
    int start = p->mark;
    Vec v;
    vec_init(&v);
    Expr *r = NULL;
    if (!eat(p, tuple ? T_LPAR : T_LSQB))
        goto done;
    int m = p->mark;
    if (tuple) {
        Expr *first = kr_parse_star_named_expression(p);
        if (first && eat(p, T_COMMA)) {
            vec_push(&v, first);
            int m2 = p->mark;
            if (!star_named_expressions(p, &v) && !p->error)
                p->mark = m2;
        } else {
            p->mark = m;
        }
    } else if (!star_named_expressions(p, &v)) {
        p->mark = m;
    }
    if (p->error || !eat(p, tuple ? T_RPAR : T_RSQB))
        goto done;
    ExprSeq *elts = VEC_EXPRS(p, &v);
    r = tuple ? kr_ast_Tuple(p->arena, elts, K_Load, EXTRA_FROM(start))
              : kr_ast_List(p->arena, elts, K_Load, EXTRA_FROM(start));
done:
    vec_free(&v);
    if (!r)
        p->mark = start;
    return r;
}

/* invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
static Expr *invalid_ann_assign_target(Parser *p)
{
    if (!kr_parse_enter(p))
        return NULL;
    int start = p->mark;
    Expr *e = list_or_tuple(p, false);
    if (!e && !p->error)
        e = list_or_tuple(p, true);
    if (!e && !p->error && eat(p, T_LPAR)) {
        e = invalid_ann_assign_target(p);
        if (e && !eat(p, T_RPAR))
            e = NULL;
    }
    if (!e)
        p->mark = start;
    kr_parse_leave(p);
    return p->error ? NULL : e;
}

/* RAISE_SYNTAX_ERROR_INVALID_TARGET: in 3.11 a target with nothing wrong
 * inside makes the alternative fail rather than raise. */
static void raise_invalid_target(Parser *p, TargetKind kind, Expr *e)
{
    Expr *bad = kr_parse_invalid_target(e, kind);
    if (bad)
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(bad, kind == TARGET_DEL ? "cannot delete %s"
                                                                  : "cannot assign to %s",
                                          kr_parse_expr_name(bad));
}

/* The annotation half of invalid_assignment (its first three alternatives). */
static bool invalid_annotation(Parser *p, int start)
{
    Expr *a = invalid_ann_assign_target(p);
    if (a && eat(p, T_COLON) && kr_parse_expression(p)) {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "only single target (not %s) can be annotated",
                                          kr_parse_expr_name(a));
        return true;
    }
    if (p->error)
        return true;
    p->mark = start;
    a = kr_parse_star_named_expression(p);
    if (a && eat(p, T_COMMA)) {
        for (;;) {   /* star_named_expressions* */
            Vec v;
            vec_init(&v);
            bool more = star_named_expressions(p, &v);
            vec_free(&v);
            if (!more)
                break;
        }
        if (!p->error && eat(p, T_COLON) && kr_parse_expression(p)) {
            RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "only single target (not tuple) can be annotated");
            return true;
        }
    }
    if (p->error)
        return true;
    p->mark = start;
    a = kr_parse_expression(p);
    if (a && eat(p, T_COLON) && kr_parse_expression(p)) {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "illegal target for annotation");
        return true;
    }
    return p->error;
}

/* invalid_assignment:
 *     | invalid_ann_assign_target ':' expression
 *     | star_named_expression ',' star_named_expressions* ':' expression
 *     | expression ':' expression
 *     | (star_targets '=')* star_expressions '='
 *     | (star_targets '=')* yield_expr '='
 *     | star_expressions augassign (yield_expr | star_expressions) */
static void invalid_assignment(Parser *p)
{
    /* Reached only when every valid form failed, so each alternative below
     * re-parses from the statement's start; the expression rules it calls
     * are memoized, which keeps this second look cheap. */
    int start = p->mark;
    Vec v;
    if (invalid_annotation(p, start))
        return;
    p->mark = start;
    vec_init(&v);
    assign_targets(p, &v);
    vec_free(&v);
    Expr *a = kr_parse_star_expressions(p);
    if (a && eat(p, T_EQUAL)) {
        raise_invalid_target(p, TARGET_STAR, a);
        if (p->error)
            return;
    }
    if (p->error)
        return;
    p->mark = start;
    vec_init(&v);
    assign_targets(p, &v);
    vec_free(&v);
    a = kr_parse_yield_expr(p);
    if (a && eat(p, T_EQUAL)) {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "assignment to yield expression not possible");
        return;
    }
    if (p->error)
        return;
    p->mark = start;
    a = kr_parse_star_expressions(p);
    if (a && augassign(p) && kr_parse_annotated_rhs(p)) {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "'%s' is an illegal expression for augmented assignment",
                                          kr_parse_expr_name(a));
        return;
    }
    p->mark = start;
}

/* ---- simple statements ----------------------------------------------- */

/* return_stmt: 'return' [star_expressions] */
static Stmt *return_stmt(Parser *p)
{
    int start = p->mark;
    p->mark++;
    Expr *value = kr_parse_star_expressions(p);
    if (p->error)
        return NULL;
    return kr_ast_Return(p->arena, value, EXTRA_FROM(start));
}

/* raise_stmt: 'raise' expression ['from' expression] | 'raise' */
static Stmt *raise_stmt(Parser *p)
{
    int start = p->mark;
    p->mark++;
    Expr *exc = kr_parse_expression(p), *cause = NULL;
    /* `raise E from` with nothing after 'from' does not fail here: the
     * optional group backs off, and simple_stmts then fails at 'from'. */
    if (exc) {
        int m = p->mark;
        if (!eat(p, KW_from) || !(cause = kr_parse_expression(p)))
            p->mark = m;
    }
    if (p->error)
        return NULL;
    return kr_ast_Raise(p->arena, exc, cause, EXTRA_FROM(start));
}

/* global_stmt: 'global' ','.NAME+   (and nonlocal_stmt likewise) */
static Stmt *global_stmt(Parser *p, bool nonlocal)
{
    int start = p->mark;
    p->mark++;
    Vec v;
    vec_init(&v);
    Stmt *s = NULL;
    int n = name_token(p);
    if (n < 0)
        goto done;
    vec_push(&v, (void *)kr_parse_identifier(p, &p->tokens[n]));
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_COMMA) || (n = name_token(p)) < 0) {
            p->mark = m;
            break;
        }
        vec_push(&v, (void *)kr_parse_identifier(p, &p->tokens[n]));
    }
    if (!p->error) {
        IdentifierSeq *names = VEC_IDENTS(p, &v);
        s = nonlocal ? kr_ast_Nonlocal(p->arena, names, EXTRA_FROM(start))
                     : kr_ast_Global(p->arena, names, EXTRA_FROM(start));
    }
done:
    vec_free(&v);
    if (!s)
        p->mark = start;
    return s;
}

/* del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
 * invalid_del_stmt: 'del' star_expressions */
static Stmt *del_stmt(Parser *p)
{
    int start = p->mark;
    p->mark++;
    ExprSeq *targets = kr_parse_del_targets(p);
    /* The lookahead is what sends `del f()` or `del x + 1` (a valid prefix
     * followed by more) to invalid_del_stmt for "cannot delete ...". */
    if (targets && (at(p, T_SEMI) || at(p, T_NEWLINE)))
        return kr_ast_Delete(p->arena, targets, EXTRA_FROM(start));
    if (p->error)
        return NULL;
    if (p->call_invalid_rules) {
        p->mark = start + 1;
        Expr *a = kr_parse_star_expressions(p);
        if (a)
            raise_invalid_target(p, TARGET_DEL, a);
    }
    p->mark = start;
    return NULL;
}

/* yield_stmt: yield_expr */
static Stmt *yield_stmt(Parser *p)
{
    int start = p->mark;
    Expr *e = kr_parse_yield_expr(p);
    return e ? kr_ast_Expr(p->arena, e, EXTRA_FROM(start)) : NULL;
}

/* assert_stmt: 'assert' expression [',' expression] */
static Stmt *assert_stmt(Parser *p)
{
    int start = p->mark;
    p->mark++;
    Expr *test = kr_parse_expression(p), *msg = NULL;
    if (!test) {
        p->mark = start;
        return NULL;
    }
    int m = p->mark;
    if (!eat(p, T_COMMA) || !(msg = kr_parse_expression(p)))
        p->mark = m;
    if (p->error)
        return NULL;
    return kr_ast_Assert(p->arena, test, msg, EXTRA_FROM(start));
}

/* ---- imports ---------------------------------------------------------- */

/* dotted_name: dotted_name '.' NAME | NAME
 * The left recursion grows to NAME ('.' NAME)*; the result is the joined
 * identifier (CPython's _PyPegen_join_names_with_dot). */
static const char *dotted_name(Parser *p)
{
    int n = name_token(p);
    if (n < 0)
        return NULL;
    const char *first = kr_parse_identifier(p, &p->tokens[n]);
    Buf b;
    kr_buf_init(&b);
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_DOT) || (n = name_token(p)) < 0) {
            p->mark = m;
            break;
        }
        if (!b.len)
            kr_buf_puts(&b, first);
        kr_buf_putc(&b, '.');
        kr_buf_puts(&b, kr_parse_identifier(p, &p->tokens[n]));
    }
    const char *s = b.len ? kr_arena_strndup(p->arena, b.data, b.len) : first;
    kr_buf_free(&b);
    return s;
}

/* dotted_as_name: dotted_name ['as' NAME]
 * import_from_as_name: NAME ['as' NAME]  (dotted = false) */
static Alias *as_name(Parser *p, bool dotted)
{
    int start = p->mark;
    const char *name;
    if (dotted) {
        name = dotted_name(p);
    } else {
        int n = name_token(p);
        name = n >= 0 ? kr_parse_identifier(p, &p->tokens[n]) : NULL;
    }
    if (!name)
        return NULL;
    int as = opt_as_name(p);
    const char *asname = as >= 0 ? kr_parse_identifier(p, &p->tokens[as]) : NULL;
    return kr_ast_alias(p->arena, name, asname, EXTRA_FROM(start));
}

/* dotted_as_names: ','.dotted_as_name+
 * import_from_as_names: ','.import_from_as_name+ */
static AliasSeq *as_names(Parser *p, bool dotted)
{
    Vec v;
    vec_init(&v);
    AliasSeq *seq = NULL;
    Alias *a = as_name(p, dotted);
    if (a) {
        vec_push(&v, a);
        for (;;) {
            int m = p->mark;
            if (!eat(p, T_COMMA) || !(a = as_name(p, dotted))) {
                p->mark = m;
                break;
            }
            vec_push(&v, a);
        }
        if (!p->error)
            seq = vec_fill(kr_ast_alias_seq_new(p->arena, v.n), &v);
    }
    vec_free(&v);
    return seq;
}

/* import_from_targets:
 *     | '(' import_from_as_names [','] ')'
 *     | import_from_as_names !','
 *     | '*'
 *     | invalid_import_from_targets: import_from_as_names ',' NEWLINE */
static AliasSeq *import_from_targets(Parser *p)
{
    int start = p->mark;
    AliasSeq *names;
    if (eat(p, T_LPAR) && (names = as_names(p, false))) {
        eat(p, T_COMMA);
        if (eat(p, T_RPAR))
            return names;
    }
    if (p->error)
        return NULL;
    p->mark = start;
    if ((names = as_names(p, false)) && !at(p, T_COMMA))
        return names;
    if (p->error)
        return NULL;
    p->mark = start;
    if (eat(p, T_STAR)) {
        AliasSeq *star = kr_ast_alias_seq_new(p->arena, 1);
        star->items[0] = kr_ast_alias(p->arena, "*", NULL, EXTRA_FROM(start));
        return star;
    }
    if (p->error)
        return NULL;
    if (p->call_invalid_rules && as_names(p, false) && eat(p, T_COMMA) && eat(p, T_NEWLINE))
        return RAISE_SYNTAX_ERROR("trailing comma not allowed without surrounding parentheses");
    p->mark = start;
    return NULL;
}

/* ('.' | '...')*: the relative import level ('...' is one token, worth 3). */
static int import_dots(Parser *p)
{
    /* The tokenizer makes `...` one ELLIPSIS token, so `from ...x` and
     * `from . . . x` must both count 3. */
    int level = 0;
    for (;;) {
        if (eat(p, T_DOT))
            level += 1;
        else if (eat(p, T_ELLIPSIS))
            level += 3;
        else
            return level;
    }
}

/* import_from:
 *     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *     | 'from' ('.' | '...')+ 'import' import_from_targets */
static Stmt *import_from(Parser *p)
{
    int start = p->mark;
    p->mark++;
    int level = import_dots(p);
    int after_dots = p->mark;
    const char *module = dotted_name(p);
    AliasSeq *names;
    if (module && eat(p, KW_import) && (names = import_from_targets(p)))
        return kr_ast_ImportFrom(p->arena, module, names, level, EXTRA_FROM(start));
    if (p->error)
        return NULL;
    p->mark = after_dots;
    if (level > 0 && eat(p, KW_import) && (names = import_from_targets(p)))
        return kr_ast_ImportFrom(p->arena, NULL, names, level, EXTRA_FROM(start));
    p->mark = start;
    return NULL;
}

/* import_stmt: import_name | import_from
 * import_name: 'import' dotted_as_names */
static Stmt *import_stmt(Parser *p)
{
    int start = p->mark;
    if (!eat(p, KW_import))
        return import_from(p);
    AliasSeq *names = as_names(p, true);
    if (!names) {
        p->mark = start;
        return NULL;
    }
    return kr_ast_Import(p->arena, names, EXTRA_FROM(start));
}

/* ---- blocks, decorators, definitions -------------------------------- */

/* block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
static StmtSeq *block_body(Parser *p, int start)
{
    StmtSeq *body;
    if (eat(p, T_NEWLINE) && eat(p, T_INDENT) && (body = kr_parse_statements(p)) &&
        eat(p, T_DEDENT))
        return body;
    if (p->error)
        return NULL;
    p->mark = start;
    if ((body = simple_stmts(p)) || p->error)
        return body;
    if (p->call_invalid_rules && newline_without_indent(p))
        return RAISE_INDENTATION_ERROR("expected an indented block");
    p->mark = start;
    return NULL;
}

/* block (memo)
 * The memo matters most here: the second pass tries invalid_if_stmt,
 * invalid_try_stmt, ... before the valid forms, and each of those may parse
 * the same body; without it nested statements would be parsed once per
 * enclosing level, 2^depth times. */
StmtSeq *kr_parse_block(Parser *p)
{
    void *memo;
    if (kr_parse_memo_get(p, MEMO_BLOCK, &memo))
        return memo;
    if (!kr_parse_enter(p))
        return NULL;
    int start = p->mark;
    StmtSeq *body = block_body(p, start);
    kr_parse_leave(p);
    kr_parse_memo_put(p, MEMO_BLOCK, start, body);
    return body;
}

/* decorators: ('@' named_expression NEWLINE)+ */
static ExprSeq *decorators(Parser *p)
{
    Vec v;
    vec_init(&v);
    for (;;) {
        int m = p->mark;
        Expr *e;
        if (!eat(p, T_AT) || !(e = kr_parse_named_expression(p)) || !eat(p, T_NEWLINE)) {
            p->mark = m;
            break;
        }
        vec_push(&v, e);
    }
    ExprSeq *seq = (v.n && !p->error) ? VEC_EXPRS(p, &v) : NULL;
    vec_free(&v);
    return seq;
}

/* ['(' [arguments] ')'] of a class: false only on error. */
static bool class_arguments(Parser *p, ExprSeq **bases, KeywordSeq **keywords)
{
    *bases = NULL;
    *keywords = NULL;
    int m = p->mark;
    if (at(p, T_LPAR) && !kr_parse_call_args(p, bases, keywords)) {
        p->mark = m;
        *bases = NULL;
        *keywords = NULL;
    }
    return !p->error;
}

/* invalid_class_def_raw:
 *     | 'class' NAME ['(' [arguments] ')'] NEWLINE            -> "expected ':'"
 *     | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT */
static void invalid_class_def_raw(Parser *p)
{
    int start = p->mark;
    ExprSeq *bases;
    KeywordSeq *kws;
    if (!eat(p, KW_class) || name_token(p) < 0 || !class_arguments(p, &bases, &kws))
        goto fail;
    int m = p->mark;
    if (eat(p, T_NEWLINE)) {
        RAISE_SYNTAX_ERROR("expected ':'");
        return;
    }
    p->mark = m;
    if (eat(p, T_COLON) && newline_without_indent(p)) {
        RAISE_INDENTATION_ERROR("expected an indented block after class definition on line %d",
                                p->tokens[start].lineno);
        return;
    }
fail:
    p->mark = start;
}

/* class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block */
static Stmt *class_def_raw(Parser *p)
{
    int start = p->mark;
    if (p->call_invalid_rules) {
        invalid_class_def_raw(p);
        if (p->error)
            return NULL;
    }
    ExprSeq *bases;
    KeywordSeq *kws;
    StmtSeq *body;
    int n;
    if (!eat(p, KW_class) || (n = name_token(p)) < 0 || !class_arguments(p, &bases, &kws) ||
        !eat(p, T_COLON) || !(body = kr_parse_block(p))) {
        p->mark = start;
        return NULL;
    }
    if (!bases)
        bases = kr_ast_expr_seq_new(p->arena, 0);
    if (!kws)
        kws = kr_ast_keyword_seq_new(p->arena, 0);
    return kr_ast_ClassDef(p->arena, kr_parse_identifier(p, &p->tokens[n]), bases, kws, body,
                           kr_ast_expr_seq_new(p->arena, 0), EXTRA_FROM(start));
}

/* The header of a def: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression].
 * `forced` selects function_def_raw's `&&'('` (raise if missing) over
 * invalid_def_raw's plain '('.  Returns the name's token index or -1. */
static int def_header(Parser *p, bool forced, Arguments **params, Expr **returns)
{
    /* The optional ASYNC folds the grammar's separate `ASYNC 'def'`
     * alternative in: it only differs in the node it builds. */
    eat(p, KW_async);
    int n;
    if (!eat(p, KW_def) || (n = name_token(p)) < 0)
        return -1;
    if (forced ? !expect_forced(p, T_LPAR, "(") : !eat(p, T_LPAR))
        return -1;
    *params = kr_parse_params(p);
    if (p->error || !eat(p, T_RPAR))
        return -1;
    *returns = NULL;
    int m = p->mark;
    if (eat(p, T_RARROW) && !(*returns = kr_parse_expression(p)))
        p->mark = m;
    return p->error ? -1 : n;
}

/* invalid_def_raw:
 *     | [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT */
static void invalid_def_raw(Parser *p)
{
    int start = p->mark;
    Arguments *params;
    Expr *returns;
    int def = p->mark + (at(p, KW_async) ? 1 : 0);
    if (def_header(p, false, &params, &returns) >= 0 && eat(p, T_COLON) &&
        newline_without_indent(p)) {
        RAISE_INDENTATION_ERROR("expected an indented block after function definition on line %d",
                                p->tokens[def].lineno);
        return;
    }
    p->mark = start;
}

/* function_def_raw:
 *     | invalid_def_raw
 *     | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
 *     | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block */
static Stmt *function_def_raw(Parser *p)
{
    int start = p->mark;
    if (p->call_invalid_rules) {
        invalid_def_raw(p);
        if (p->error)
            return NULL;
    }
    bool is_async = at(p, KW_async);
    Arguments *params;
    Expr *returns;
    StmtSeq *body;
    int n = def_header(p, true, &params, &returns);
    if (n < 0 || !expect_forced(p, T_COLON, ":") || !(body = kr_parse_block(p))) {
        p->mark = start;
        return NULL;
    }
    if (!params)
        params = empty_arguments(p);
    const char *name = kr_parse_identifier(p, &p->tokens[n]);
    ExprSeq *decos = kr_ast_expr_seq_new(p->arena, 0);
    return is_async ? kr_ast_AsyncFunctionDef(p->arena, name, params, body, decos, returns, NULL,
                                              EXTRA_FROM(start))
                    : kr_ast_FunctionDef(p->arena, name, params, body, decos, returns, NULL,
                                         EXTRA_FROM(start));
}

/* function_def: decorators function_def_raw | function_def_raw
 * class_def: decorators class_def_raw | class_def_raw
 * The decorated node keeps the raw definition's positions (the `def` or
 * `class` line), as CPython's _PyPegen_function_def_decorators does. */
static Stmt *decorated(Parser *p, bool cls)
{
    int start = p->mark;
    Stmt *s;
    if (at(p, T_AT)) {
        ExprSeq *decos = decorators(p);
        if (decos && (s = cls ? class_def_raw(p) : function_def_raw(p))) {
            if (s->kind == K_ClassDef)
                s->v.ClassDef.decorator_list = decos;
            else if (s->kind == K_FunctionDef)
                s->v.FunctionDef.decorator_list = decos;
            else
                s->v.AsyncFunctionDef.decorator_list = decos;
            return s;
        }
        if (p->error)
            return NULL;
        p->mark = start;
    }
    return cls ? class_def_raw(p) : function_def_raw(p);
}

/* ---- if / while / for ------------------------------------------------ */

/* The invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt shape:
 *     | kw named_expression NEWLINE                 -> "expected ':'"
 *     | kw named_expression ':' NEWLINE !INDENT     -> IndentationError */
static void invalid_cond_stmt(Parser *p, TokenKind kw, const char *what)
{
    int start = p->mark;
    /* Both messages point at the last token fetched (RAISE_SYNTAX_ERROR),
     * which is the one after the NEWLINE for the indentation error.  The
     * line in it is the keyword's: the grammar binds `a` twice in
     * invalid_if_stmt, but CPython 3.11 reports the 'if' line. */
    if (eat(p, kw) && kr_parse_named_expression(p) && eat(p, T_NEWLINE)) {
        RAISE_SYNTAX_ERROR("expected ':'");
        return;
    }
    if (p->error)
        return;
    p->mark = start;
    if (eat(p, kw) && kr_parse_named_expression(p) && eat(p, T_COLON) &&
        newline_without_indent(p)) {
        RAISE_INDENTATION_ERROR("expected an indented block after '%s' statement on line %d",
                                what, p->tokens[start].lineno);
        return;
    }
    p->mark = start;
}

/* if_stmt / elif_stmt:
 *     | invalid_if_stmt
 *     | kw named_expression ':' block elif_stmt
 *     | kw named_expression ':' block [else_block]
 * (the two alternatives share everything up to the block) */
static Stmt *if_or_elif(Parser *p, TokenKind kw)
{
    int start = p->mark;
    if (p->call_invalid_rules) {
        invalid_cond_stmt(p, kw, kw == KW_if ? "if" : "elif");
        if (p->error)
            return NULL;
    }
    if (!kr_parse_enter(p))
        return NULL;
    Stmt *s = NULL;
    Expr *test;
    StmtSeq *body, *orelse;
    if (!eat(p, kw) || !(test = kr_parse_named_expression(p)) || !eat(p, T_COLON) ||
        !(body = kr_parse_block(p)))
        goto done;
    int m = p->mark;
    if (at(p, KW_elif)) {
        Stmt *elif = if_or_elif(p, KW_elif);
        if (elif) {
            s = kr_ast_If(p->arena, test, body, stmt_singleton(p, elif), EXTRA_FROM(start));
            goto done;
        }
        if (p->error)
            goto done;
        p->mark = m;
    }
    orelse = else_block(p);
    if (!p->error)
        s = kr_ast_If(p->arena, test, body, orelse, EXTRA_FROM(start));
done:
    kr_parse_leave(p);
    if (!s)
        p->mark = start;
    return p->error ? NULL : s;
}

/* else_block: invalid_else_stmt | 'else' &&':' block
 * invalid_else_stmt: 'else' ':' NEWLINE !INDENT
 * Optional everywhere it is used: NULL without error means "no else". */
static StmtSeq *else_block(Parser *p)
{
    int start = p->mark;
    if (!at(p, KW_else))
        return NULL;
    if (p->call_invalid_rules) {
        if (eat(p, KW_else) && eat(p, T_COLON) && newline_without_indent(p))
            return RAISE_INDENTATION_ERROR(
                "expected an indented block after 'else' statement on line %d",
                p->tokens[start].lineno);
        p->mark = start;
    }
    p->mark++;
    StmtSeq *body;
    if (!expect_forced(p, T_COLON, ":") || !(body = kr_parse_block(p))) {
        p->mark = start;
        return NULL;
    }
    return body;
}

/* while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
static Stmt *while_stmt(Parser *p)
{
    int start = p->mark;
    if (p->call_invalid_rules) {
        invalid_cond_stmt(p, KW_while, "while");
        if (p->error)
            return NULL;
    }
    Expr *test;
    StmtSeq *body;
    if (!eat(p, KW_while) || !(test = kr_parse_named_expression(p)) || !eat(p, T_COLON) ||
        !(body = kr_parse_block(p))) {
        p->mark = start;
        return NULL;
    }
    StmtSeq *orelse = else_block(p);
    if (p->error)
        return NULL;
    return kr_ast_While(p->arena, test, body, orelse, EXTRA_FROM(start));
}

/* invalid_for_stmt:
 *     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE  -> "expected ':'"
 *     | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT */
static void invalid_for_stmt(Parser *p)
{
    int start = p->mark;
    for (int alt = 0; alt < 2; alt++) {
        p->mark = start;
        eat(p, KW_async);
        int kw = p->mark;
        if (eat(p, KW_for) && kr_parse_star_targets(p) && eat(p, KW_in) &&
            kr_parse_star_expressions(p)) {
            if (alt == 0 && eat(p, T_NEWLINE)) {
                RAISE_SYNTAX_ERROR("expected ':'");
                return;
            }
            if (alt == 1 && eat(p, T_COLON) && newline_without_indent(p)) {
                RAISE_INDENTATION_ERROR("expected an indented block after 'for' statement on line %d",
                                        p->tokens[kw].lineno);
                return;
            }
        }
        if (p->error)
            return;
    }
    p->mark = start;
}

/* for_stmt:
 *     | invalid_for_stmt
 *     | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
 *     | invalid_for_target: ASYNC? 'for' star_expressions
 * (the grammar's separate ASYNC alternative is folded in: a 'for' after
 * ASYNC is the only way the ASYNC form can go on) */
static Stmt *for_stmt(Parser *p)
{
    int start = p->mark;
    if (p->call_invalid_rules) {
        invalid_for_stmt(p);
        if (p->error)
            return NULL;
    }
    bool is_async = eat(p, KW_async);
    Expr *target, *iter;
    StmtSeq *body, *orelse;
    if (eat(p, KW_for) && (target = kr_parse_star_targets(p)) && eat(p, KW_in)) {
        /* The cut: past 'in', failure fails the whole statement. */
        if (!(iter = kr_parse_star_expressions(p)) || !eat(p, T_COLON) ||
            !(body = kr_parse_block(p)))
            goto fail;
        orelse = else_block(p);
        if (p->error)
            return NULL;
        return is_async ? kr_ast_AsyncFor(p->arena, target, iter, body, orelse, NULL,
                                          EXTRA_FROM(start))
                        : kr_ast_For(p->arena, target, iter, body, orelse, NULL,
                                     EXTRA_FROM(start));
    }
    if (p->error)
        return NULL;
    p->mark = start;
    if (p->call_invalid_rules) {
        eat(p, KW_async);
        Expr *a;
        if (eat(p, KW_for) && (a = kr_parse_star_expressions(p)))
            raise_invalid_target(p, TARGET_FOR, a);
    }
fail:
    p->mark = start;
    return NULL;
}

/* ---- with ------------------------------------------------------------- */

/* with_item:
 *     | expression 'as' star_target &(',' | ')' | ':')
 *     | invalid_with_item: expression 'as' expression &(',' | ')' | ':')
 *     | expression */
static Withitem *with_item(Parser *p)
{
    Expr *e = kr_parse_expression(p), *t;
    if (!e)
        return NULL;
    int after_e = p->mark;
    if (eat(p, KW_as) && (t = kr_parse_star_target(p)) &&
        (at(p, T_COMMA) || at(p, T_RPAR) || at(p, T_COLON)))
        return kr_ast_withitem(p->arena, e, t);
    if (p->error)
        return NULL;
    if (p->call_invalid_rules) {
        p->mark = after_e;
        if (eat(p, KW_as) && (t = kr_parse_expression(p)) &&
            (at(p, T_COMMA) || at(p, T_RPAR) || at(p, T_COLON))) {
            raise_invalid_target(p, TARGET_STAR, t);
            if (p->error)
                return NULL;
        }
        if (p->error)
            return NULL;
    }
    /* The last alternative re-parses `expression` from the start: the same
     * node, so reuse it. */
    p->mark = after_e;
    return kr_ast_withitem(p->arena, e, NULL);
}

/* ','.with_item+ */
static WithitemSeq *with_items(Parser *p)
{
    Vec v;
    vec_init(&v);
    WithitemSeq *seq = NULL;
    Withitem *w = with_item(p);
    if (w) {
        vec_push(&v, w);
        for (;;) {
            int m = p->mark;
            if (!eat(p, T_COMMA) || !(w = with_item(p))) {
                p->mark = m;
                break;
            }
            vec_push(&v, w);
        }
        if (!p->error)
            seq = vec_fill(kr_ast_withitem_seq_new(p->arena, v.n), &v);
    }
    vec_free(&v);
    return seq;
}

/* e ['as' star_target], an item of the invalid_with rules, where e is
 * `expression`, or `expressions` inside the parentheses. */
static bool loose_with_item(Parser *p, bool parenthesized)
{
    Expr *e = parenthesized ? kr_parse_expressions(p) : kr_parse_expression(p);
    if (!e)
        return false;
    int m = p->mark;
    if (!eat(p, KW_as) || !kr_parse_star_target(p))
        p->mark = m;
    return !p->error;
}

/* ','.loose_with_item+ */
static bool loose_with_items(Parser *p, bool parenthesized)
{
    if (!loose_with_item(p, parenthesized))
        return false;
    for (;;) {
        int m = p->mark;
        if (!eat(p, T_COMMA) || !loose_with_item(p, parenthesized)) {
            p->mark = m;
            return !p->error;
        }
    }
}

/* The invalid_with_stmt / invalid_with_stmt_indent heads:
 * [ASYNC] 'with' ','.(expression ['as' star_target])+
 * [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')'
 * On success the mark is after the items; *with is the 'with' token. */
static bool loose_with_head(Parser *p, bool parenthesized, int *with)
{
    eat(p, KW_async);
    *with = p->mark;
    if (!eat(p, KW_with))
        return false;
    if (!parenthesized)
        return loose_with_items(p, false);
    if (!eat(p, T_LPAR) || !loose_with_items(p, true))
        return false;
    eat(p, T_COMMA);
    return eat(p, T_RPAR);
}

/* invalid_with_stmt (indent = false): the heads then NEWLINE -> "expected ':'"
 * invalid_with_stmt_indent (indent = true): the heads then ':' NEWLINE !INDENT */
static void invalid_with_stmt(Parser *p, bool indent)
{
    int start = p->mark;
    for (int paren = 0; paren < 2; paren++) {
        p->mark = start;
        int with;
        if (loose_with_head(p, paren, &with)) {
            if (!indent && eat(p, T_NEWLINE)) {
                RAISE_SYNTAX_ERROR("expected ':'");
                return;
            }
            if (indent && eat(p, T_COLON) && newline_without_indent(p)) {
                RAISE_INDENTATION_ERROR(
                    "expected an indented block after 'with' statement on line %d",
                    p->tokens[with].lineno);
                return;
            }
        }
        if (p->error)
            return;
    }
    p->mark = start;
}

/* with_stmt:
 *     | invalid_with_stmt_indent
 *     | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
 *     | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
 *     | invalid_with_stmt */
static Stmt *with_stmt(Parser *p)
{
    int start = p->mark;
    if (p->call_invalid_rules) {
        invalid_with_stmt(p, true);
        if (p->error)
            return NULL;
    }
    bool is_async = eat(p, KW_async);
    int with = p->mark;
    WithitemSeq *items;
    StmtSeq *body;
    /* The parenthesised form (3.9+) goes first: `with (a, b):` is two
     * context managers, not one tuple.  When it fails -- `with (a, b) as c:`,
     * `with (yield):` -- the unparenthesised form takes the '(' as the start
     * of an expression. */
    for (int paren = 1; paren >= 0; paren--) {
        p->mark = with;
        if (!eat(p, KW_with))
            break;
        if (paren) {
            if (!eat(p, T_LPAR) || !(items = with_items(p)))
                goto next;
            eat(p, T_COMMA);
            if (!eat(p, T_RPAR))
                goto next;
        } else if (!(items = with_items(p))) {
            goto next;
        }
        if (eat(p, T_COLON) && (body = kr_parse_block(p))) {
            if (paren && !kr_parse_check_version(p, 9, "Parenthesized context managers are"))
                return NULL;
            return is_async ? kr_ast_AsyncWith(p->arena, items, body, NULL, EXTRA_FROM(start))
                            : kr_ast_With(p->arena, items, body, NULL, EXTRA_FROM(start));
        }
    next:
        if (p->error)
            return NULL;
    }
    p->mark = start;
    if (p->call_invalid_rules)
        invalid_with_stmt(p, false);
    return NULL;
}

/* ---- try -------------------------------------------------------------- */

/* The head of an except clause after 'except' ['*']:
 * expression ['as' NAME]; the type, with *name set to the NAME index. */
static Expr *except_type(Parser *p, int *name)
{
    Expr *e = kr_parse_expression(p);
    *name = e ? opt_as_name(p) : -1;
    return e;
}

/* invalid_except_stmt:
 *     | 'except' '*'? expression ',' expressions ['as' NAME] ':'
 *     | 'except' '*'? expression ['as' NAME] NEWLINE       -> "expected ':'"
 *     | 'except' NEWLINE                                    -> "expected ':'"
 *     | 'except' '*' (NEWLINE | ':')  -> "expected one or more exception types" */
static void invalid_except_stmt(Parser *p)
{
    int start = p->mark, name;
    Expr *a;
    if (eat(p, KW_except)) {
        eat(p, T_STAR);
        if ((a = kr_parse_expression(p)) && eat(p, T_COMMA) && kr_parse_expressions(p)) {
            opt_as_name(p);
            if (eat(p, T_COLON)) {
                RAISE_SYNTAX_ERROR_STARTING_FROM(a, "multiple exception types must be parenthesized");
                return;
            }
        }
        if (p->error)
            return;
    }
    p->mark = start;
    if (eat(p, KW_except)) {
        eat(p, T_STAR);
        if (except_type(p, &name) && eat(p, T_NEWLINE)) {
            RAISE_SYNTAX_ERROR("expected ':'");
            return;
        }
        if (p->error)
            return;
    }
    p->mark = start;
    if (eat(p, KW_except) && eat(p, T_NEWLINE)) {
        RAISE_SYNTAX_ERROR("expected ':'");
        return;
    }
    p->mark = start;
    if (eat(p, KW_except) && eat(p, T_STAR) && (eat(p, T_NEWLINE) || eat(p, T_COLON))) {
        RAISE_SYNTAX_ERROR("expected one or more exception types");
        return;
    }
    p->mark = start;
}

/* invalid_except_stmt_indent / invalid_except_star_stmt_indent:
 *     | 'except' ['*'] expression ['as' NAME] ':' NEWLINE !INDENT
 *     | 'except' ':' NEWLINE !INDENT                    (not for except*) */
static void invalid_except_indent(Parser *p, bool star)
{
    int start = p->mark, name;
    const char *what = star ? "except*" : "except";
    if (eat(p, KW_except) && (!star || eat(p, T_STAR)) && except_type(p, &name) &&
        eat(p, T_COLON) && newline_without_indent(p)) {
        RAISE_INDENTATION_ERROR("expected an indented block after '%s' statement on line %d",
                                what, p->tokens[start].lineno);
        return;
    }
    if (p->error)
        return;
    p->mark = start;
    if (!star && eat(p, KW_except) && eat(p, T_COLON) && newline_without_indent(p)) {
        RAISE_INDENTATION_ERROR("expected an indented block after '%s' statement on line %d",
                                what, p->tokens[start].lineno);
        return;
    }
    p->mark = start;
}

/* except_block:
 *     | invalid_except_stmt_indent
 *     | 'except' expression ['as' NAME] ':' block
 *     | 'except' ':' block
 *     | invalid_except_stmt
 * except_star_block:
 *     | invalid_except_star_stmt_indent
 *     | 'except' '*' expression ['as' NAME] ':' block
 *     | invalid_except_stmt */
static Excepthandler *except_block(Parser *p, bool star)
{
    int start = p->mark;
    if (!at(p, KW_except))
        return NULL;
    if (p->call_invalid_rules) {
        invalid_except_indent(p, star);
        if (p->error)
            return NULL;
    }
    int name;
    Expr *type;
    StmtSeq *body;
    p->mark++;
    if ((!star || eat(p, T_STAR)) && (type = except_type(p, &name)) && eat(p, T_COLON) &&
        (body = kr_parse_block(p)))
        return kr_ast_ExceptHandler(p->arena, type,
                                    name >= 0 ? kr_parse_identifier(p, &p->tokens[name]) : NULL,
                                    body, EXTRA_FROM(start));
    if (p->error)
        return NULL;
    p->mark = start + 1;
    if (!star && eat(p, T_COLON) && (body = kr_parse_block(p)))
        return kr_ast_ExceptHandler(p->arena, NULL, NULL, body, EXTRA_FROM(start));
    if (p->error)
        return NULL;
    p->mark = start;
    if (p->call_invalid_rules)
        invalid_except_stmt(p);
    return NULL;
}

/* except_block+ or except_star_block+; the count (0: none matched). */
static int except_blocks(Parser *p, bool star, Vec *v)
{
    Excepthandler *h;
    while ((h = except_block(p, star)))
        vec_push(v, h);
    return p->error ? 0 : v->n;
}

/* finally_block: invalid_finally_stmt | 'finally' &&':' block
 * invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT */
static StmtSeq *finally_block(Parser *p)
{
    int start = p->mark;
    if (!at(p, KW_finally))
        return NULL;
    if (p->call_invalid_rules) {
        if (eat(p, KW_finally) && eat(p, T_COLON) && newline_without_indent(p))
            return RAISE_INDENTATION_ERROR(
                "expected an indented block after 'finally' statement on line %d",
                p->tokens[start].lineno);
        p->mark = start;
    }
    p->mark++;
    StmtSeq *body;
    if (!expect_forced(p, T_COLON, ":") || !(body = kr_parse_block(p))) {
        p->mark = start;
        return NULL;
    }
    return body;
}

/* 'try' ':' block*  -- the head of invalid_try_stmt's last alternatives. */
static bool try_head_blocks(Parser *p)
{
    if (!eat(p, KW_try) || !eat(p, T_COLON))
        return false;
    while (kr_parse_block(p))
        ;
    return !p->error;
}

/* invalid_try_stmt:
 *     | 'try' ':' NEWLINE !INDENT
 *     | 'try' ':' block !('except' | 'finally')
 *     | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
 *     | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':' */
static void invalid_try_stmt(Parser *p)
{
    int start = p->mark, name;
    if (eat(p, KW_try) && eat(p, T_COLON) && newline_without_indent(p)) {
        RAISE_INDENTATION_ERROR("expected an indented block after 'try' statement on line %d",
                                p->tokens[start].lineno);
        return;
    }
    p->mark = start;
    if (eat(p, KW_try) && eat(p, T_COLON) && kr_parse_block(p) && !at(p, KW_except) &&
        !at(p, KW_finally) && !p->error) {
        RAISE_SYNTAX_ERROR("expected 'except' or 'finally' block");
        return;
    }
    for (int star = 0; star < 2 && !p->error; star++) {
        p->mark = start;
        Vec v;
        vec_init(&v);
        bool head = try_head_blocks(p) && except_blocks(p, star, &v) > 0;
        vec_free(&v);
        int a = p->mark;
        if (!head || !eat(p, KW_except))
            continue;
        if (!star) {
            int b = p->mark;
            if (eat(p, T_STAR) && except_type(p, &name) && eat(p, T_COLON)) {
                RAISE_SYNTAX_ERROR_KNOWN_RANGE(&p->tokens[a], &p->tokens[b],
                    "cannot have both 'except' and 'except*' on the same 'try'");
                return;
            }
        } else {
            int m = p->mark;
            if (!except_type(p, &name))
                p->mark = m;
            if (!p->error && eat(p, T_COLON)) {
                RAISE_SYNTAX_ERROR_KNOWN_LOCATION(&p->tokens[a],
                    "cannot have both 'except' and 'except*' on the same 'try'");
                return;
            }
        }
    }
    p->mark = start;
}

/* try_stmt:
 *     | invalid_try_stmt
 *     | 'try' &&':' block finally_block
 *     | 'try' &&':' block except_block+ [else_block] [finally_block]
 *     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
 * (factored: the three share 'try' &&':' block) */
static Stmt *try_stmt(Parser *p)
{
    int start = p->mark;
    if (p->call_invalid_rules) {
        invalid_try_stmt(p);
        if (p->error)
            return NULL;
    }
    StmtSeq *body, *orelse, *final;
    p->mark++;
    if (!expect_forced(p, T_COLON, ":") || !(body = kr_parse_block(p))) {
        p->mark = start;
        return NULL;
    }
    int after_body = p->mark;
    /* A try may not mix except and except*: the first handler decides, and
     * except_block does not match `except*` (nor the reverse), so at most one
     * of the two loops below finds handlers. */
    if ((final = finally_block(p)))
        return kr_ast_Try(p->arena, body, NULL, NULL, final, EXTRA_FROM(start));
    if (p->error)
        return NULL;
    for (int star = 0; star < 2; star++) {
        p->mark = after_body;
        Vec v;
        vec_init(&v);
        Stmt *s = NULL;
        if (except_blocks(p, star, &v)) {
            ExcepthandlerSeq *handlers = vec_fill(kr_ast_excepthandler_seq_new(p->arena, v.n), &v);
            orelse = else_block(p);
            final = p->error ? NULL : finally_block(p);
            if (star && !p->error)
                kr_parse_check_version(p, 11, "Exception groups are");
            if (!p->error)
                s = star ? kr_ast_TryStar(p->arena, body, handlers, orelse, final, EXTRA_FROM(start))
                         : kr_ast_Try(p->arena, body, handlers, orelse, final, EXTRA_FROM(start));
        }
        vec_free(&v);
        if (s || p->error)
            return s;
    }
    p->mark = start;
    return NULL;
}

/* ---- compound statements -------------------------------------------- */

/* compound_stmt:
 *     | &('def' | '@' | ASYNC) function_def
 *     | &'if' if_stmt
 *     | &('class' | '@') class_def
 *     | &('with' | ASYNC) with_stmt
 *     | &('for' | ASYNC) for_stmt
 *     | &'try' try_stmt
 *     | &'while' while_stmt
 *     | match_stmt */
static Stmt *compound_dispatch(Parser *p, TokenKind k)
{
    Stmt *s;
    switch (k) {
    case KW_def: return decorated(p, false);
    case KW_if: return if_or_elif(p, KW_if);
    case KW_class: return decorated(p, true);
    case KW_try: return try_stmt(p);
    case KW_while: return while_stmt(p);
    case KW_with: return with_stmt(p);
    case KW_for: return for_stmt(p);
    case T_AT:
        if ((s = decorated(p, false)) || p->error)
            return s;
        return decorated(p, true);
    case KW_async:
        if ((s = decorated(p, false)) || p->error)
            return s;
        if ((s = with_stmt(p)) || p->error)
            return s;
        return for_stmt(p);
    case T_NAME: return kr_parse_match_stmt(p);
    default: return NULL;
    }
}

/* The grammar's lookaheads (&'if', &('def' | '@' | ASYNC), ...) make each
 * alternative fail at once on any other first token, so a switch on that
 * token tries exactly the alternatives CPython would get past the
 * lookahead, in the same order.  Only a NAME can be the soft keyword
 * `match`. */
static Stmt *compound_stmt(Parser *p)
{
    Token *t = kr_parse_peek(p);
    if (!t || !kr_parse_enter(p))
        return NULL;
    Stmt *s = compound_dispatch(p, t->kind);
    kr_parse_leave(p);
    return s;
}
