/*
 * diag.h -- syntax errors as CPython reports them.
 *
 * A SyntaxErr holds exactly the attributes of CPython's SyntaxError (and its
 * subclasses IndentationError and TabError): msg, lineno, offset, end_lineno,
 * end_offset, text.  Offsets are what Python code sees: 1-based, counted in
 * characters (code points) of `text`, 0 when CPython gives none.  Producers
 * (lexer, parser, later the compiler) work in UTF-8 byte columns; the
 * kr_diag_ helpers convert, the way CPython's
 * _PyPegen_byte_offset_to_character_offset does.
 *
 * Later, when the VM exists, a SyntaxErr becomes a SyntaxError instance and
 * is printed by the general traceback printer; kr_diag_print prints the same
 * text for the front end alone (`krait FILE` with no VM, and -X dump-ast).
 */
#ifndef KR_DIAG_H
#define KR_DIAG_H

#include <stdio.h>

#include "core/arena.h"

typedef enum SyntaxErrKind {
    SYNERR_SYNTAX,       /* SyntaxError */
    SYNERR_INDENTATION,  /* IndentationError */
    SYNERR_TAB,          /* TabError */
    SYNERR_MEMORY,       /* MemoryError: CPython 3.11's parser stack overflow */
} SyntaxErrKind;

typedef struct SyntaxErr {
    SyntaxErrKind kind;
    const char *msg;
    int lineno, offset;          /* 1-based line; 1-based char offset, 0 = none */
                                 /* lineno 0: no location at all (CPython's None, as
                                  * for PEP 263 decoding errors of a file): only
                                  * "Kind: msg" is printed */
    int end_lineno, end_offset;  /* 0 = none */
    const char *text;            /* the source line (with its newline), or NULL */
} SyntaxErr;

/* The class name CPython uses for kind: "SyntaxError", ... */
const char *kr_diag_kind_name(SyntaxErrKind kind);

/* Number of code points in the first byte_len bytes of the UTF-8 text s. */
int kr_diag_char_offset(const char *s, int byte_len);

/* Print e as CPython 3.11 prints an uncaught SyntaxError: the
 *   File "name", line N
 * line, the stripped source line, the caret line, and "Kind: msg". */
void kr_diag_print(FILE *out, const char *filename, const SyntaxErr *e);

#endif
