/*
 * parser.h -- the parser's internal interface, shared by the parse/ files.
 *
 * The parser is recursive descent over CPython 3.11's PEG grammar
 * (Grammar/python.gram): one C function per grammar rule, named after the
 * rule, returning a node or NULL.  NULL with p->error clear means "this
 * alternative did not match" and the caller backtracks by restoring p->mark;
 * NULL with p->error set means a SyntaxError was raised and everything
 * unwinds.  Tokens are pulled lazily from the lexer into p->tokens, so
 * backtracking is just resetting an index, and "the furthest token fetched"
 * (p->fill - 1) is where CPython reports a plain "invalid syntax".
 *
 * Like CPython, a failed parse is retried once with call_invalid_rules set:
 * the invalid_* rules only run in that second pass, and produce the specific
 * messages ("expected ':'", "Perhaps you forgot a comma?", ...).
 *
 * Ownership of the files in this directory:
 *   parse_core.c   token buffer, positions, error raising, entry points
 *   parse_stmt.c   statements, blocks, decorators, imports, with/try/...
 *   parse_pattern.c  match statements and patterns
 *   parse_expr.c   expressions, atoms, calls, comprehensions, lambda,
 *                  parameters, targets (star_targets, del_targets, ...)
 *   strings.c      string literals: prefixes, escapes, \N{...},
 *                  implicit concatenation, f-strings (sub-parsers)
 */
#ifndef KR_PARSER_H
#define KR_PARSER_H

#include "parse/ast.h"
#include "parse/lexer.h"
#include "parse/parse.h"

/* Maximum rule nesting before "too many nested parentheses"-style failure;
 * CPython uses MAXSTACK = 6000 frames of its generated parser.  Each level
 * here is one C frame of a rule function, so this also bounds C stack use. */
#define KR_PARSE_MAXSTACK 6000

typedef struct Parser {
    Arena *arena;
    Lexer *lx;
    Token *tokens;           /* malloc'd, grows; holds no Values */
    int fill, cap;           /* tokens fetched so far */
    int mark;                /* index of the next token to consume */
    int level;               /* rule recursion depth */
    ParseMode mode;
    bool call_invalid_rules; /* second pass: invalid_* rules active */
    bool error;              /* a SyntaxError has been raised */
    SyntaxErr err;
    const char *filename;
    /* f-string expression sub-parsers: where the expression's text starts in
     * the enclosing file, applied to every token as CPython 3.11's pegen does. */
    int starting_lineno, starting_col_offset;
    Token *known_err_token;  /* where RAISE_SYNTAX_ERROR points, if set */
    struct Parser *parent;   /* the parser of the enclosing f-string, or NULL */
    struct MemoTable *memo;  /* kr_parse_memo_*: NULL until first use */
    /* >0 inside expression_without_invalid (parse_expr.c): the expression
     * rules then skip their invalid_* alternatives.  call_invalid_rules is
     * left alone so that, as in CPython, the memo entries made there are
     * shared with the rest of the second pass. */
    int without_invalid;
    /* The tokenizer failed (its own error, or end of input inside brackets):
     * such an error stands, with no search for a later tokenizer error. */
    bool tok_failed;
    /* Python 3.x's grammar only (ast.parse(feature_version=)); f-string
     * sub-parsers inherit it */
    int feature_version;
    int int_max_str_digits;  /* 0: no limit */
    ParseWarning *warnings;  /* the root parser's, for ParseResult */
} Parser;

/* ---- tokens ---------------------------------------------------------- */

/* The token at p->mark, fetched from the lexer if needed; NULL on a
 * tokenizer error (p->error is then set).  The common case -- the token is
 * already in the buffer -- is inline: this is the parser's hottest call. */
Token *kr_parse_peek_slow(Parser *p);
static inline Token *kr_parse_peek(Parser *p)
{
    if (KR_LIKELY(p->mark < p->fill && !p->error))
        return &p->tokens[p->mark];
    return kr_parse_peek_slow(p);
}
/* Consume and return the next token if it has kind k, else NULL. */
Token *kr_parse_expect(Parser *p, TokenKind k);
/* Consume and return the next token whatever it is. */
Token *kr_parse_next(Parser *p);
/* Consume a NAME token whose text is kw (a soft keyword: match, case, _). */
Token *kr_parse_expect_soft_keyword(Parser *p, const char *kw);
/* True if the next token has kind k (does not consume). */
bool kr_parse_lookahead(Parser *p, TokenKind k);
/* The last token before p->mark that is not NEWLINE/INDENT/DEDENT:
 * end positions of nodes are taken from it (CPython's EXTRA). */
Token *kr_parse_last_nonws_token(Parser *p);
/* NUL-terminated copy of a token's text in the arena. */
const char *kr_parse_token_str(Parser *p, const Token *t);
/* A NAME token's identifier, NFKC-normalised if non-ASCII (PEP 3131). */
const char *kr_parse_identifier(Parser *p, const Token *t);

/* ---- errors (CPython's RAISE_* macros; all return NULL) --------------- */

/* At the last token fetched (or p->known_err_token): plain invalid syntax. */
void *kr_parse_raise(Parser *p, SyntaxErrKind kind, const char *fmt, ...) KR_PRINTF(3, 4);
/* At an explicit range of 0-based byte columns, as CPython's
 * RAISE_ERROR_KNOWN_LOCATION: it reports col_offset+1 as SyntaxError.offset
 * (so -1 gives 0, "none"); KR_CURRENT_POS for end_lineno/end_col_offset
 * means the lexer's current position. */
#define KR_CURRENT_POS (-5)
void *kr_parse_raise_at(Parser *p, SyntaxErrKind kind, int lineno, int col_offset,
                        int end_lineno, int end_col_offset, const char *fmt, ...) KR_PRINTF(7, 8);

/* CPython's CHECK_VERSION: false, with "<what> only supported in Python
 * 3.<version> and greater" raised, when the parser targets an older 3.x. */
bool kr_parse_check_version(Parser *p, int version, const char *what);

#define RAISE_SYNTAX_ERROR(...) kr_parse_raise(p, SYNERR_SYNTAX, __VA_ARGS__)
#define RAISE_INDENTATION_ERROR(...) kr_parse_raise(p, SYNERR_INDENTATION, __VA_ARGS__)
#define RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, ...) \
    kr_parse_raise_at(p, SYNERR_SYNTAX, (a)->lineno, (a)->col_offset, \
                      (b)->end_lineno, (b)->end_col_offset, __VA_ARGS__)
#define RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, ...) RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, a, __VA_ARGS__)
#define RAISE_SYNTAX_ERROR_STARTING_FROM(a, ...) \
    kr_parse_raise_at(p, SYNERR_SYNTAX, (a)->lineno, (a)->col_offset, KR_CURRENT_POS, \
                      KR_CURRENT_POS, __VA_ARGS__)

/* ---- positions --------------------------------------------------------- */

/* A node spanning from token index `start` to the last non-whitespace token
 * consumed: the four position arguments of every kr_ast_* constructor. */
#define EXTRA_FROM(start) \
    p->tokens[start].lineno, p->tokens[start].col_offset, \
    kr_parse_last_nonws_token(p)->end_lineno, kr_parse_last_nonws_token(p)->end_col_offset

/* ---- recursion guard ------------------------------------------------- */

/* Enter a rule: false (with the error raised) past KR_PARSE_MAXSTACK. */
bool kr_parse_enter(Parser *p);
static inline void kr_parse_leave(Parser *p) { p->level--; }

/* ---- memoization (parse_stmt.c) ----------------------------------------
 * The results of the rules CPython marks (memo), per start token and rule,
 * in arena tables hung off p->memo (see parse_stmt.c).  A hit restores
 * p->mark to where the memoized parse ended; a failure is memoized too (as
 * NULL, ending where it started).  Entries belong to one pass: the table
 * empties itself when call_invalid_rules changes. */
typedef enum MemoRule {
    MEMO_BLOCK,
    MEMO_CLOSED_PATTERN,
    MEMO_STAR_PATTERN,
    /* parse_expr.c, parse_args.c, parse_target.c: CPython's (memo) rules
     * plus its left-recursive ones, which pegen memoizes implicitly. */
    MEMO_EXPRESSION,
    MEMO_STAR_EXPRESSION,
    MEMO_DISJUNCTION,
    MEMO_CONJUNCTION,
    MEMO_INVERSION,
    MEMO_BITWISE_OR,
    MEMO_BITWISE_XOR,
    MEMO_BITWISE_AND,
    MEMO_SHIFT_EXPR,
    MEMO_SUM,
    MEMO_TERM,
    MEMO_FACTOR,
    MEMO_AWAIT_PRIMARY,
    MEMO_PRIMARY,
    MEMO_STRINGS,
    MEMO_ARGUMENTS,
    MEMO_INVALID_NAMED_EXPRESSION,
    MEMO_STAR_TARGET,
    MEMO_TARGET_WITH_STAR_ATOM,
    MEMO_T_PRIMARY,
    MEMO_DEL_TARGET,
    MEMO_RULE_COUNT_ = 64  /* room for other files' rules: ids below this */
} MemoRule;
/* True on a hit: *result is the memoized node (maybe NULL) and p->mark is
 * moved past it. */
bool kr_parse_memo_get(Parser *p, int rule, void **result);
/* Record that `rule` at token `start` gave `result`, ending at p->mark. */
void kr_parse_memo_put(Parser *p, int rule, int start, void *result);

/* ---- rule entry points shared between files ----------------------------
 * Each is the grammar rule of the same name in CPython 3.11's python.gram. */

/* parse_stmt.c */
StmtSeq *kr_parse_statements(Parser *p);            /* statements */
StmtSeq *kr_parse_block(Parser *p);                 /* block */
Mod *kr_parse_file(Parser *p);                      /* file */
Mod *kr_parse_eval(Parser *p);                      /* eval */
Mod *kr_parse_interactive(Parser *p);               /* interactive */
Mod *kr_parse_func_type(Parser *p);                 /* func_type */

/* parse_expr.c */
Expr *kr_parse_expression(Parser *p);               /* expression */
Expr *kr_parse_expressions(Parser *p);              /* expressions */
Expr *kr_parse_star_expressions(Parser *p);         /* star_expressions */
Expr *kr_parse_star_expression(Parser *p);          /* star_expression */
Expr *kr_parse_named_expression(Parser *p);         /* named_expression */
Expr *kr_parse_star_named_expression(Parser *p);    /* star_named_expression */
Expr *kr_parse_yield_expr(Parser *p);               /* yield_expr */
Expr *kr_parse_annotated_rhs(Parser *p);            /* annotated_rhs */
Expr *kr_parse_bitwise_or(Parser *p);               /* bitwise_or */
Expr *kr_parse_star_targets(Parser *p);             /* star_targets */
Expr *kr_parse_star_target(Parser *p);              /* star_target */
Expr *kr_parse_single_target(Parser *p);            /* single_target */
Expr *kr_parse_single_subscript_attribute_target(Parser *p);
ExprSeq *kr_parse_del_targets(Parser *p);           /* del_targets */
Expr *kr_parse_slices(Parser *p);                   /* slices */
/* A NUMBER token at p->mark, consumed, as the atom rule turns it into a
 * Constant; NULL (mark unchanged) if the next token is not a NUMBER.  The
 * literal patterns of match statements use it (signed_number, ...). */
Expr *kr_parse_number(Parser *p);
Arguments *kr_parse_params(Parser *p);              /* params */
/* '(' [arguments] ')' of a call or class definition: the parenthesised
 * argument list, with p->mark on the '('.  False if it does not match. */
bool kr_parse_call_args(Parser *p, ExprSeq **args, KeywordSeq **keywords);
/* invalid_* rules the statement rules call in the second pass */
void *kr_parse_invalid_expression(Parser *p);
/* The first sub-expression of e that cannot be an assignment / del / for
 * target, or NULL (CPython's _PyPegen_get_invalid_target). */
typedef enum TargetKind { TARGET_STAR, TARGET_DEL, TARGET_FOR } TargetKind;
Expr *kr_parse_invalid_target(Expr *e, TargetKind kind);
/* "cannot assign to X" wording: "function call", "literal", ... */
const char *kr_parse_expr_name(const Expr *e);

/* strings.c */
/* One or more adjacent STRING tokens starting at p->mark: a Constant or a
 * JoinedStr, with f-string expressions parsed by sub-parsers.  NULL (with
 * p->error set) on a bad literal; NULL without error if no STRING is next. */
Expr *kr_parse_strings(Parser *p);

/* parse_pattern.c */
Stmt *kr_parse_match_stmt(Parser *p);               /* match_stmt */

/* parse_core.c: a parser for a sub-range of source (f-string expressions) */
Parser *kr_parse_new_sub(Parser *parent, const char *src, size_t len,
                         int starting_lineno, int starting_col_offset);
/* Release a sub-parser's token buffer (its nodes stay in the arena). */
void kr_parse_free_sub(Parser *p);

#endif
