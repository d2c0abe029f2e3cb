/*
 * parse.h -- the front end's public face: source in, AST (or SyntaxErr) out.
 */
#ifndef KR_PARSE_H
#define KR_PARSE_H

#include "parse/ast.h"
#include "parse/diag.h"

typedef enum ParseMode {
    PARSE_FILE,        /* compile(..., 'exec'): a module */
    PARSE_EVAL,        /* 'eval': one expression */
    PARSE_SINGLE,      /* 'single': one interactive statement */
    PARSE_FUNC_TYPE,   /* 'func_type': (args) -> ret */
    PARSE_FSTRING,     /* an f-string replacement field's expression */
} ParseMode;

/* A DeprecationWarning the parser met (an invalid escape sequence in a
 * literal; CPython's parser issues it at once): the parser has no thread
 * to warn through, so its caller issues them (kr_vm_parse_warnings). */
typedef struct ParseWarning {
    struct ParseWarning *next;
    const char *msg;
    int lineno, col_offset, end_lineno, end_col_offset;   /* the literal's token */
    const char *text;         /* its first line, for a SyntaxError; or NULL */
} ParseWarning;

typedef struct ParseResult {
    Mod *mod;          /* NULL on error */
    SyntaxErr err;     /* valid when mod is NULL */
    ParseWarning *warnings;   /* in source order, in the arena; also on error */
} ParseResult;

/* Parse src[0..len) (raw file bytes if is_bytes, honouring PEP 263; else
 * UTF-8 text).  Nodes and error text live in arena. */
ParseResult kr_parse_source(Arena *arena, const char *src, size_t len, bool is_bytes,
                            const char *filename, ParseMode mode);
/* The minor version of Python 3 whose grammar the parser accepts unless
 * told otherwise (ast.parse's feature_version). */
#define KR_PARSE_FEATURE_LATEST 11
/* sys.get_int_max_str_digits()'s default */
#define KR_PARSE_INT_MAX_STR_DIGITS 4300

typedef struct ParseOptions {
    /* only the grammar of Python 3.feature_version: newer constructs are
     * SyntaxErrors (CPython's CHECK_VERSION) */
    int feature_version;
    /* the longest decimal int literal (sys.set_int_max_str_digits); 0: any */
    int int_max_str_digits;
} ParseOptions;

/* As kr_parse_source (which uses the defaults above) with options. */
ParseResult kr_parse_source_opts(Arena *arena, const char *src, size_t len, bool is_bytes,
                                 const char *filename, ParseMode mode, const ParseOptions *opt);

#endif
