/*
 * parse_core.c -- the parser's machinery: token buffer, positions, errors,
 * and the two-pass driver.
 *
 * Tokens are pulled from the lexer on demand into p->tokens.  A rule that
 * fails restores p->mark, so backtracking costs nothing but the index; the
 * tokens already fetched stay.  That makes p->fill - 1 "the furthest the
 * parser ever looked", which is exactly where CPython 3.11 reports a generic
 * "invalid syntax" -- so the error position falls out of the grammar being
 * the same, with no bookkeeping.
 *
 * The driver follows CPython 3.11's _PyPegen_run_parser:
 *   1. parse with the invalid_* rules off (fast, and what valid code takes);
 *   2. on failure with no error raised, re-parse from the first token with
 *      call_invalid_rules on, so the specific rules get their chance;
 *   3. if still nothing was raised, raise the generic error at the furthest
 *      token of pass 1 (unclosed bracket at EOF, unexpected indent, ...);
 *   4. whatever the parser raised, keep tokenizing to the end of the input:
 *      a tokenizer error there (an unterminated string further down, or an
 *      unclosed bracket opened before the error line) takes priority, as in
 *      CPython's _PyPegen_tokenize_full_source_to_check_for_errors.
 */
#include "parse/parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/unicode.h"

/* ---- token buffer ---------------------------------------------------- */

static void raise_from_lexer(Parser *p)
{
    p->error = true;
    p->tok_failed = true;
    p->err = *kr_lex_error(p->lx);
}

static void raise_unclosed_bracket(Parser *p);

/* Fetch one more token into p->tokens; false on a tokenizer error. */
static bool fill_token(Parser *p)
{
    if (p->fill == p->cap) {
        int cap = p->cap ? p->cap * 2 : 256;
        Token *t = realloc(p->tokens, (size_t)cap * sizeof *t);
        if (!t)
            kr_fatal("out of memory growing the token buffer");
        p->tokens = t;
        p->cap = cap;
    }
    Token *t = &p->tokens[p->fill];
    if (!kr_lex_next(p->lx, t)) {
        raise_from_lexer(p);
        return false;
    }
    /* f-string sub-parsers: shift positions into the enclosing file.  As in
     * CPython 3.11, columns shift only while the lexer is on its first line. */
    if (p->starting_lineno || p->starting_col_offset) {
        int cur_line, cur_col;
        kr_lex_position(p->lx, &cur_line, &cur_col);
        if (cur_line == 1) {
            if (t->col_offset >= 0)
                t->col_offset += p->starting_col_offset;
            if (t->end_col_offset >= 0)
                t->end_col_offset += p->starting_col_offset;
        }
        t->lineno += p->starting_lineno;
        t->end_lineno += p->starting_lineno;
    }
    p->fill++;
    if (t->kind == T_ERRORTOKEN && kr_lex_at_eof(p->lx)) {
        /* End of input inside brackets: pegen's tokenizer_error raises at
         * once, whichever pass is running. */
        p->tok_failed = true;
        if (kr_lex_paren_level(p->lx) > 0)
            raise_unclosed_bracket(p);
        else
            kr_parse_raise(p, SYNERR_SYNTAX, "unexpected EOF while parsing");
        return false;
    }
    return true;
}

Token *kr_parse_peek_slow(Parser *p)
{
    if (p->error)
        return NULL;
    if (p->mark == p->fill && !fill_token(p))
        return NULL;
    return &p->tokens[p->mark];
}

Token *kr_parse_expect(Parser *p, TokenKind k)
{
    Token *t = kr_parse_peek(p);
    if (!t || t->kind != k)
        return NULL;
    p->mark++;
    return t;
}

Token *kr_parse_next(Parser *p)
{
    Token *t = kr_parse_peek(p);
    if (t)
        p->mark++;
    return t;
}

Token *kr_parse_expect_soft_keyword(Parser *p, const char *kw)
{
    Token *t = kr_parse_peek(p);
    if (!t || t->kind != T_NAME)
        return NULL;
    size_t n = strlen(kw);
    if ((size_t)(t->end - t->start) != n || memcmp(t->start, kw, n) != 0)
        return NULL;
    p->mark++;
    return t;
}

bool kr_parse_lookahead(Parser *p, TokenKind k)
{
    Token *t = kr_parse_peek(p);
    return t && t->kind == k;
}

Token *kr_parse_last_nonws_token(Parser *p)
{
    Token *t = &p->tokens[p->mark > 0 ? p->mark - 1 : 0];
    for (int m = p->mark - 1; m >= 0; m--) {
        t = &p->tokens[m];
        if (t->kind != T_ENDMARKER && t->kind != T_NEWLINE && t->kind != T_INDENT &&
            t->kind != T_DEDENT)
            break;
    }
    return t;
}

const char *kr_parse_token_str(Parser *p, const Token *t)
{
    return kr_arena_strndup(p->arena, t->start, (size_t)(t->end - t->start));
}

const char *kr_parse_identifier(Parser *p, const Token *t)
{
    size_t n = (size_t)(t->end - t->start);
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)t->start[i] >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        return kr_arena_strndup(p->arena, t->start, n);
    /* PEP 3131: non-ASCII identifiers are compared in NFKC form. */
    Buf b;
    kr_buf_init(&b);
    kr_unicode_nfkc_utf8(&b, t->start, n);
    const char *s = kr_arena_strndup(p->arena, b.data ? b.data : "", b.len);
    kr_buf_free(&b);
    return s;
}

bool kr_parse_enter(Parser *p)
{
    if (p->error)
        return false;
    if (p->level++ >= KR_PARSE_MAXSTACK) {
        /* CPython 3.11 raises a bare MemoryError here. */
        p->error = true;
        memset(&p->err, 0, sizeof p->err);
        p->err.kind = SYNERR_MEMORY;
        p->err.msg = "";
        return false;
    }
    return true;
}

/* ---- errors ---------------------------------------------------------- */

/* SyntaxError.offset from a 1-based byte offset into text, as CPython's
 * _PyPegen_byte_offset_to_character_offset: decode that many bytes (with
 * replacement) and count the characters. */
static int byte_to_char_offset(const char *text, int col)
{
    if (!text || col <= 0)
        return col;
    int len = (int)strlen(text);
    if (col > len + 1)
        col = len + 1;
    return kr_diag_char_offset(text, col);
}

/* CPython's _PyPegen_raise_error_known_location: col and end_col are
 * already 1-based byte offsets (0 or -1: none; KR_CURRENT_POS: the lexer's
 * position).  Converts them to character offsets within the error line. */
static void *raise_known(Parser *p, SyntaxErrKind kind, int lineno, int col,
                         int end_lineno, int end_col, const char *msg)
{
    if (p->error)
        return NULL;
    if (end_lineno == KR_CURRENT_POS || end_col == KR_CURRENT_POS) {
        int cur_line, cur_col;
        kr_lex_position(p->lx, &cur_line, &cur_col);
        if (end_lineno == KR_CURRENT_POS)
            end_lineno = cur_line + p->starting_lineno;
        if (end_col == KR_CURRENT_POS)
            end_col = cur_col;
    }
    char buf[1024];
    if (p->mode == PARSE_FSTRING) {
        snprintf(buf, sizeof buf, "f-string: %s", msg);
        msg = buf;
    }
    const char *text = kr_lex_line(p->lx, lineno - p->starting_lineno);
    if (!text)
        text = "";
    if (p->mode == PARSE_FSTRING) {
        /* Columns are reported relative to the "(expr)" text shown. */
        col -= p->starting_col_offset;
        end_col -= p->starting_col_offset;
    }
    p->error = true;
    p->err.kind = kind;
    p->err.msg = kr_arena_strndup(p->arena, msg, strlen(msg));
    p->err.lineno = lineno;
    p->err.offset = (col >= 0 && kr_lex_encoding(p->lx)) ? byte_to_char_offset(text, col) : col;
    p->err.end_lineno = end_lineno;
    p->err.end_offset = (end_col > 0 && kr_lex_encoding(p->lx)) ? byte_to_char_offset(text, end_col) : end_col;
    p->err.text = text;
    return NULL;
}

void *kr_parse_raise_at(Parser *p, SyntaxErrKind kind, int lineno, int col_offset,
                        int end_lineno, int end_col_offset, const char *fmt, ...)
{
    if (p->error)
        return NULL;
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int col = col_offset == KR_CURRENT_POS ? KR_CURRENT_POS : col_offset + 1;
    int end_col = end_col_offset == KR_CURRENT_POS ? KR_CURRENT_POS : end_col_offset + 1;
    return raise_known(p, kind, lineno, col, end_lineno, end_col, msg);
}

/* CPython's _PyPegen_raise_error: at the last token fetched. */
void *kr_parse_raise(Parser *p, SyntaxErrKind kind, const char *fmt, ...)
{
    if (p->error)
        return NULL;
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (p->fill == 0)
        return raise_known(p, kind, 0, 0, 0, -1, msg);
    Token *t = p->known_err_token ? p->known_err_token : &p->tokens[p->fill - 1];
    int col;
    if (t->col_offset == -1) {
        int cur_line, cur_col;
        kr_lex_position(p->lx, &cur_line, &cur_col);
        col = cur_col;
    } else {
        col = t->col_offset + 1;
    }
    int end_col = t->end_col_offset != -1 ? t->end_col_offset + 1 : -1;
    return raise_known(p, kind, t->lineno, col, t->end_lineno, end_col, msg);
}

static void raise_unclosed_bracket(Parser *p)
{
    char ch;
    int lineno, col;
    if (kr_lex_open_paren(p->lx, &ch, &lineno, &col))
        kr_parse_raise_at(p, SYNERR_SYNTAX, lineno, col, lineno, -1,
                          "'%c' was never closed", ch);
}

/* Tokenize the rest of the input; a tokenizer error found there replaces
 * the parser's error, and so does an unclosed bracket opened on a line
 * before the error's (CPython 3.11's
 * _PyPegen_tokenize_full_source_to_check_for_errors). */
static void tokenize_rest_for_errors(Parser *p)
{
    if (p->mode == PARSE_FSTRING || p->mode == PARSE_SINGLE)
        return;
    Token *cur = p->known_err_token ? p->known_err_token
                                    : (p->fill ? &p->tokens[p->fill - 1] : NULL);
    int err_line = cur ? cur->lineno : 0;
    SyntaxErr saved = p->err;
    for (;;) {
        Token t;
        if (!kr_lex_next(p->lx, &t)) {
            if (kr_lex_error_overrides(p->lx))
                raise_from_lexer(p);
            return;
        }
        if (t.kind == T_ERRORTOKEN) {
            char ch;
            int lineno, col;
            if (kr_lex_open_paren(p->lx, &ch, &lineno, &col) && err_line > lineno) {
                p->error = false;
                raise_unclosed_bracket(p);
                return;
            }
            break;
        }
        if (t.kind == T_ENDMARKER)
            break;
    }
    p->err = saved;
    p->error = true;
}

/* No rule matched in either pass and no invalid_ rule fired: the generic
 * error, at `last`, the furthest token pass 1 fetched (CPython's
 * _Pypegen_set_syntax_error). */
static void set_generic_error(Parser *p, Token *last)
{
    if (!last) {
        kr_parse_raise(p, SYNERR_SYNTAX, "error at start before reading any input");
    } else if (last->kind == T_ERRORTOKEN && kr_lex_at_eof(p->lx)) {
        if (kr_lex_paren_level(p->lx) > 0)
            raise_unclosed_bracket(p);
        else
            kr_parse_raise(p, SYNERR_SYNTAX, "unexpected EOF while parsing");
        return;
    } else if (last->kind == T_INDENT || last->kind == T_DEDENT) {
        kr_parse_raise(p, SYNERR_INDENTATION, last->kind == T_INDENT
                                                  ? "unexpected indent"
                                                  : "unexpected unindent");
        return;
    } else {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(last, "invalid syntax");
    }
    tokenize_rest_for_errors(p);
}

/* ---- parsers ---------------------------------------------------------- */

static Parser *new_parser(Arena *arena, Lexer *lx, const char *filename, ParseMode mode)
{
    Parser *p = kr_arena_alloc(arena, sizeof *p);
    p->arena = arena;
    p->lx = lx;
    p->filename = filename;
    p->mode = mode;
    p->feature_version = KR_PARSE_FEATURE_LATEST;
    p->int_max_str_digits = KR_PARSE_INT_MAX_STR_DIGITS;
    return p;
}

bool kr_parse_check_version(Parser *p, int version, const char *what)
{
    if (p->feature_version >= version)
        return true;
    kr_parse_raise(p, SYNERR_SYNTAX, "%s only supported in Python 3.%d and greater", what, version);
    return false;
}

static void free_parser(Parser *p)
{
    free(p->tokens);
    p->tokens = NULL;
    p->fill = p->cap = 0;
}

Parser *kr_parse_new_sub(Parser *parent, const char *src, size_t len,
                         int starting_lineno, int starting_col_offset)
{
    Lexer *lx = kr_lex_new(parent->arena, src, len, LEX_FSTRING, parent->filename);
    Parser *p = new_parser(parent->arena, lx, parent->filename, PARSE_FSTRING);
    p->starting_lineno = starting_lineno;
    p->starting_col_offset = starting_col_offset;
    p->parent = parent;
    p->feature_version = parent->feature_version;
    p->int_max_str_digits = parent->int_max_str_digits;
    /* Nesting of f-strings inside f-strings counts against the same limit. */
    p->level = parent->level;
    return p;
}

void kr_parse_free_sub(Parser *p)
{
    free_parser(p);
}

static Mod *run_rule(Parser *p)
{
    switch (p->mode) {
    case PARSE_FILE: return kr_parse_file(p);
    case PARSE_EVAL: return kr_parse_eval(p);
    case PARSE_SINGLE: return kr_parse_interactive(p);
    case PARSE_FUNC_TYPE: return kr_parse_func_type(p);
    case PARSE_FSTRING: break;
    }
    return NULL;
}

/* A tokenizer error raised in pass 1 stands; a parser error raised in pass
 * 1 (an action's own check) stands too, but a tokenizer error later in the
 * file may replace it. */
static bool error_is_from_tokenizer(Parser *p)
{
    return p->tok_failed;
}

ParseResult kr_parse_source(Arena *arena, const char *src, size_t len, bool is_bytes,
                            const char *filename, ParseMode mode)
{
    ParseOptions opt = {KR_PARSE_FEATURE_LATEST, KR_PARSE_INT_MAX_STR_DIGITS};
    return kr_parse_source_opts(arena, src, len, is_bytes, filename, mode, &opt);
}

ParseResult kr_parse_source_opts(Arena *arena, const char *src, size_t len, bool is_bytes,
                                 const char *filename, ParseMode mode, const ParseOptions *opt)
{
    ParseResult r = {0};
    Lexer *lx = kr_lex_new(arena, src, len, is_bytes ? LEX_BYTES : LEX_UTF8, filename);
    Parser *p = new_parser(arena, lx, filename, mode);
    p->feature_version = opt->feature_version;
    p->int_max_str_digits = opt->int_max_str_digits;

    Mod *mod = run_rule(p);
    if (!mod) {
        if (p->error) {
            if (!error_is_from_tokenizer(p))
                tokenize_rest_for_errors(p);
        } else {
            int last = p->fill - 1;
            Token last_tok = last >= 0 ? p->tokens[last] : (Token){0};
            p->mark = 0;
            p->level = 0;
            p->call_invalid_rules = true;
            /* Pass 2 accepting what pass 1 rejected would be a grammar bug;
             * report pass 1's failure regardless. */
            mod = run_rule(p);
            mod = NULL;
            if (p->error) {
                if (!error_is_from_tokenizer(p))
                    tokenize_rest_for_errors(p);
            } else {
                set_generic_error(p, last >= 0 ? &last_tok : NULL);
            }
        }
    }
    r.mod = p->error ? NULL : mod;
    r.warnings = p->warnings;
    if (!r.mod) {
        r.err = p->err;
        if (!r.err.msg)
            r.err.msg = "invalid syntax";
    }
    free_parser(p);
    return r;
}
