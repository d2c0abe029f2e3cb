/*
 * ast.c -- repr() of AST constants, for the `ast.dump` printer.
 *
 * `krait -X dump-ast` must print byte for byte what CPython's ast.dump
 * prints, and ast.dump shows every constant and identifier through repr().
 * So this file reproduces CPython 3.11's repr of each constant kind:
 *
 *   None True False Ellipsis   fixed words
 *   int                        decimal; big ones arrive as digit strings
 *   float, complex             shortest round-trip digits (core/dtoa.c)
 *   str                        unicode_repr: quote choice, escapes chosen by
 *                              str.isprintable, lone surrogates as \udxxx
 *   bytes                      bytes_repr: b'...', \xNN outside printable ASCII
 *
 * Strings are WTF-8 (see ast.h).  The decoder below never reads past the
 * given length and maps any malformed byte to itself as a code point, so a
 * bad constant prints as something rather than crashing the printer.
 */
#include "parse/ast.h"

#include "core/dtoa.h"
#include "core/unicode.h"

#include <inttypes.h>
#include <string.h>

/* Decode one WTF-8 code point from s[*i..len), advancing *i. */
static uint32_t next_cp(const unsigned char *s, size_t len, size_t *i)
{
    unsigned char c = s[*i];
    size_t extra;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF)
        extra = 1, cp = c & 0x1Fu;
    else if (c >= 0xE0 && c <= 0xEF)
        extra = 2, cp = c & 0x0Fu;
    else if (c >= 0xF0 && c <= 0xF4)
        extra = 3, cp = c & 0x07u;
    else
        goto single;                 /* ASCII, or not a lead byte */
    if (len - *i <= extra)
        goto single;                 /* truncated sequence */
    for (size_t k = 1; k <= extra; k++) {
        if ((s[*i + k] & 0xC0) != 0x80)
            goto single;
        cp = cp << 6 | (s[*i + k] & 0x3Fu);
    }
    *i += extra + 1;
    return cp;
single:
    /* Malformed input never reaches here from the lexer; show the byte. */
    (*i)++;
    return c;
}

/*
 * Which quote CPython's repr uses: single quotes, unless the text holds a
 * single quote and no double quote.  Same rule for str and bytes.
 */
static char pick_quote(const char *s, size_t len)
{
    bool has_single = memchr(s, '\'', len) != NULL;
    bool has_double = memchr(s, '"', len) != NULL;
    return has_single && !has_double ? '"' : '\'';
}

/* The escapes str and bytes share: backslash, the quote, \t \n \r.
 * Returns false when c needs no such escape. */
static bool put_common_escape(Buf *out, uint32_t c, char quote)
{
    switch (c) {
    case '\\': kr_buf_puts(out, "\\\\"); return true;
    case '\t': kr_buf_puts(out, "\\t"); return true;
    case '\n': kr_buf_puts(out, "\\n"); return true;
    case '\r': kr_buf_puts(out, "\\r"); return true;
    default:
        if (c == (uint32_t)quote) {
            kr_buf_putc(out, '\\');
            kr_buf_putc(out, quote);
            return true;
        }
        return false;
    }
}

/* One code point of a str repr, escaped as unicode_repr does. */
static void put_str_char(Buf *out, uint32_t c, char quote)
{
    if (put_common_escape(out, c, quote))
        return;
    if (c < 0x20 || c == 0x7F)
        kr_buf_printf(out, "\\x%02" PRIx32, c);
    else if (c < 0x7F)
        kr_buf_putc(out, (char)c);
    else if (kr_unicode_isprintable(c))
        kr_buf_put_utf8(out, c);
    else if (c <= 0xFF)
        kr_buf_printf(out, "\\x%02" PRIx32, c);
    else if (c <= 0xFFFF)
        kr_buf_printf(out, "\\u%04" PRIx32, c);
    else
        kr_buf_printf(out, "\\U%08" PRIx32, c);
}

static void put_str_repr(Buf *out, const char *s, size_t len)
{
    char quote = pick_quote(s, len);
    const unsigned char *u = (const unsigned char *)s;
    kr_buf_putc(out, quote);
    for (size_t i = 0; i < len;)
        put_str_char(out, next_cp(u, len, &i), quote);
    kr_buf_putc(out, quote);
}

static void put_bytes_repr(Buf *out, const char *s, size_t len)
{
    char quote = pick_quote(s, len);
    kr_buf_putc(out, 'b');
    kr_buf_putc(out, quote);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (put_common_escape(out, c, quote))
            continue;
        if (c < 0x20 || c >= 0x7F)
            kr_buf_printf(out, "\\x%02x", c);
        else
            kr_buf_putc(out, (char)c);
    }
    kr_buf_putc(out, quote);
}

void kr_ast_const_repr(Buf *out, const AstConst *c)
{
    char num[2 * KR_DTOA_BUFSIZE + 4];
    switch (c->kind) {
    case CONST_NONE:     kr_buf_puts(out, "None"); return;
    case CONST_TRUE:     kr_buf_puts(out, "True"); return;
    case CONST_FALSE:    kr_buf_puts(out, "False"); return;
    case CONST_ELLIPSIS: kr_buf_puts(out, "Ellipsis"); return;
    case CONST_INT:
        if (c->big)
            kr_buf_write(out, c->s.data, c->s.len);
        else
            kr_buf_printf(out, "%" PRId64, c->i);
        return;
    case CONST_FLOAT:
        kr_buf_write(out, num, kr_dtoa_repr(c->f, num));
        return;
    case CONST_COMPLEX:
        kr_buf_write(out, num, kr_dtoa_complex_repr(0.0, c->f, num));
        return;
    case CONST_STR:
        put_str_repr(out, c->s.data, c->s.len);
        return;
    case CONST_BYTES:
        put_bytes_repr(out, c->s.data, c->s.len);
        return;
    case CONST_TUPLE:
    case CONST_FROZENSET:       /* frozenset items in the tree's order */
        kr_buf_puts(out, c->kind == CONST_TUPLE ? "(" : c->seq.n ? "frozenset({" : "frozenset(");
        for (int i = 0; i < c->seq.n; i++) {
            if (i)
                kr_buf_puts(out, ", ");
            kr_ast_const_repr(out, c->seq.items[i]);
        }
        kr_buf_puts(out, c->kind == CONST_TUPLE ? (c->seq.n == 1 ? ",)" : ")")
                                                : c->seq.n ? "})" : ")");
        return;
    }
    kr_fatal("kr_ast_const_repr: bad constant kind %d", (int)c->kind);
}

void kr_ast_dump_str(Buf *out, const char *s)
{
    put_str_repr(out, s, strlen(s));
}
