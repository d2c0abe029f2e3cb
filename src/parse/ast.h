/*
 * ast.h -- the abstract syntax tree: CPython 3.11's `ast`, node for node.
 *
 * The node types themselves are generated (ast_gen.h, from ast.def by
 * tools/gen_ast.py).  This header holds what the generator needs: the arena
 * every node lives in, and the representation of literal constants.
 *
 * Constants are plain C data, not VM values, so the front end runs without a
 * VM (the fuzzer, the parser benchmark, -X dump-ast); the compiler turns each
 * AstConst into a Value.  Strings are stored as UTF-8 extended to allow lone
 * surrogates (WTF-8: U+D800..U+DFFF as their 3-byte forms), since Python
 * source can spell them ("\ud800").
 */
#ifndef KR_AST_H
#define KR_AST_H

#include "core/arena.h"
#include "core/buf.h"

typedef enum ConstKind {
    CONST_NONE,
    CONST_TRUE,
    CONST_FALSE,
    CONST_ELLIPSIS,
    CONST_INT,       /* small: .i; big (does not fit int64): .s = decimal digits */
    CONST_FLOAT,     /* .f */
    CONST_COMPLEX,   /* pure imaginary literal: .f is the imaginary part */
    CONST_STR,       /* .s, WTF-8 */
    CONST_BYTES,     /* .s */
    /* only from compile() of an ast object (an optimizer's folding): */
    CONST_TUPLE,     /* .seq */
    CONST_FROZENSET, /* .seq */
} ConstKind;

typedef struct AstConst {
    ConstKind kind;
    bool big;                                  /* CONST_INT held as digits */
    union {
        int64_t i;
        double f;
        struct { const char *data; size_t len; } s;
        struct { struct AstConst **items; int n; } seq;
    };
} AstConst;

/* repr() of a constant exactly as CPython prints it (shortest float repr,
 * str quoting and escapes by str.isprintable, bytes escapes, ...). */
void kr_ast_const_repr(Buf *out, const AstConst *c);
/* repr() of a str given as NUL-terminated WTF-8 (identifiers, Constant.kind). */
void kr_ast_dump_str(Buf *out, const char *s);

#include "parse/ast_gen.h"

#endif
