/*
 * lexer.h -- source bytes to tokens, as CPython 3.11's tokenizer does it.
 *
 * The lexer first turns the input into UTF-8 text (PEP 263: BOM, coding
 * cookie on line 1 or 2, the codecs CPython accepts there), then hands out
 * tokens one at a time on request.  The parser asks lazily, so a tokenizer
 * error surfaces exactly when CPython's would: when the parser first needs
 * the token that cannot be formed.
 *
 * Positions are CPython's: lineno is 1-based, col_offset and end_col_offset
 * are 0-based byte offsets into the UTF-8 line.  A token's text is
 * [start, end) in the decoded buffer, which lives as long as the arena.
 * INDENT/DEDENT and ENDMARKER carry the positions CPython gives them.
 */
#ifndef KR_LEXER_H
#define KR_LEXER_H

#include "core/arena.h"
#include "parse/diag.h"

typedef enum TokenKind {
#define TOK(name, spelling) T_##name,
#define KW(name, spelling) name,
#include "parse/tokens.def"
#undef TOK
#undef KW
    TOKEN_KIND_COUNT
} TokenKind;

#define KR_FIRST_KEYWORD KW_False

typedef struct Token {
    TokenKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    const char *start, *end;     /* the token's text in the decoded source */
} Token;

typedef struct Lexer Lexer;

typedef enum LexInput {
    LEX_BYTES,    /* raw file bytes: honour BOM and coding cookie (PEP 263) */
    LEX_UTF8,     /* already-decoded text (compile() of a str): cookie ignored */
    LEX_FSTRING,  /* an f-string expression's "(expr)" text for a sub-parser:
                   * as LEX_UTF8, but with no tok->encoding, so its error
                   * columns stay in bytes as in CPython (kr_lex_encoding) */
} LexInput;

/* A lexer over src[0..len).  The source is copied; nothing is decoded or
 * checked yet, so this cannot fail.  filename is used in messages that
 * CPython words with it ("Non-UTF-8 code starting with ... in file X"). */
Lexer *kr_lex_new(Arena *arena, const char *src, size_t len, LexInput input,
                  const char *filename);

/* Store the next token in *t.  On a tokenizer error returns false and
 * kr_lex_error() describes it (SyntaxError, IndentationError or TabError,
 * with CPython's message and position); every later call fails the same way. */
KR_MUST_CHECK bool kr_lex_next(Lexer *lx, Token *t);
/* The tokenizer error, or NULL if there has been none. */
const SyntaxErr *kr_lex_error(const Lexer *lx);

/* True if the error is one CPython's tokenizer raises itself (bad
 * characters, numbers, strings, brackets, decoding): only those replace an
 * earlier parser error when the driver tokenizes the rest of the file
 * (_PyPegen_tokenize_full_source_to_check_for_errors).  The ones pegen
 * words from tok->done -- unindent mismatch, TabError, too deep, line
 * continuation, unexpected EOF -- do not. */
bool kr_lex_error_overrides(const Lexer *lx);

/* The decoded UTF-8 text (valid once kr_lex_next has been called). */
const char *kr_lex_text(const Lexer *lx, size_t *len);

/* Line `lineno` with its newline, NUL-terminated in the arena, as CPython
 * puts it in SyntaxError.text for a parser error: for LEX_UTF8 the decoded
 * text's line; for LEX_BYTES the file's physical line as CPython re-reads
 * it (BOM kept, cut at a NUL, the last 999-byte chunk of a very long line,
 * invalid UTF-8 replaced by U+FFFD).  NULL if there is no such line. */
const char *kr_lex_line(Lexer *lx, int lineno);

/* Depth of open brackets after the last token. */
int kr_lex_paren_level(const Lexer *lx);
/* The innermost open bracket: its character and where it was opened (byte
 * column), for "'(' was never closed".  False if none is open. */
bool kr_lex_open_paren(const Lexer *lx, char *ch, int *lineno, int *col_offset);
/* True once the lexer has reached the end of input.  As in CPython 3.11,
 * reaching the end with brackets still open yields a T_ERRORTOKEN token
 * (kr_lex_next returns true, no error is set) rather than ENDMARKER; the
 * parser turns that into "'(' was never closed". */
bool kr_lex_at_eof(const Lexer *lx);
/* Line number and byte column of the lexer's current position (CPython's
 * tok->lineno and tok->cur - tok->line_start), for errors raised at
 * CURRENT_POS. */
void kr_lex_position(const Lexer *lx, int *lineno, int *col_offset);

/* The source encoding as CPython's tok->encoding has it: "utf-8" for
 * LEX_UTF8 input or after a BOM, the coding cookie's (normalised) name, or
 * NULL when the bytes declare nothing.  pegen converts the byte columns of
 * parser errors to character offsets only when this is non-NULL. */
const char *kr_lex_encoding(Lexer *lx);

/* "NAME", "(", "if", ... */
const char *kr_lex_token_name(TokenKind kind);

#endif
