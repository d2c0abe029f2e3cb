/*
 * strings.c -- string literals: escapes, concatenation, f-strings.
 *
 * This is CPython 3.11's Parser/string_parser.c and
 * _PyPegen_concatenate_strings, re-derived.  In 3.11 the tokenizer hands
 * over each literal whole (prefix to closing quote); everything inside is
 * decided here:
 *
 *   "a" 'b' r"c"      -> Constant('abc'), kind 'u' if the first token is u"..."
 *   b"x" b'y'         -> Constant(b'xy'); mixing with str is an error
 *   f"a{x!r:>{w}}b"   -> JoinedStr([Constant('a'), FormattedValue(x, 'r',
 *                          JoinedStr([Constant('>'), FormattedValue(w)])),
 *                        Constant('b')])
 *
 * F-string expressions are found by a small scanner (find_expr) that only
 * tracks quotes and brackets, then parsed by a sub-parser over the text
 * "(" expr ")" (parse_core.c's kr_parse_new_sub), whose token positions are
 * shifted to where the expression sits in the file.
 *
 * Positions follow 3.11 to the letter, quirks included: literal parts and
 * FormattedValues of a top-level f-string span the whole concatenation; a
 * format spec's JoinedStr (and its trailing literal) span just the token it
 * is in, while its leading literals span the concatenation.
 *
 * Escape decoding reproduces CPython's codec errors word for word,
 * including their positions, which CPython counts in an intermediate buffer
 * where each non-ASCII character was rewritten as "\U%08x" (10 bytes) and a
 * backslash before one as "\u005c" (6 bytes).  Those positions are what
 * users see in "(unicode error) 'unicodeescape' codec can't decode bytes in
 * position 10-12: truncated \xXX escape", so `upos` tracks them.
 */
#include "parse/strings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/unicode.h"
#include "parse/parser.h"

#define FSTRING_MAX_PARENS 200      /* CPython's MAXLEVEL in the scanner */

/* ------------------------------------------------------------------------
 * Prefixes and UTF-8
 * ------------------------------------------------------------------------ */

void kr_strings_split(const char *tok, size_t len, StrLit *lit)
{
    memset(lit, 0, sizeof *lit);
    const char *s = tok, *e = tok + len;
    lit->u = s < e && *s == 'u';
    for (; s < e && *s != '"' && *s != '\''; s++) {
        switch (*s) {
        case 'b': case 'B': lit->bytes = true; break;
        case 'r': case 'R': lit->raw = true; break;
        case 'f': case 'F': lit->fstring = true; break;
        }
    }
    size_t q = (e - s >= 6 && s[0] == s[1] && s[1] == s[2]) ? 3 : 1;
    if ((size_t)(e - s) < 2 * q)
        q = (size_t)(e - s) / 2;
    lit->body = s + q;
    lit->len = (size_t)(e - s) - 2 * q;
}

/* Examine the UTF-8 sequence at s: its length if valid, else 0 with
 * *reason and *bad_len (bytes CPython's error range covers). */
static int utf8_check(const unsigned char *s, const unsigned char *e,
                      const char **reason, int *bad_len)
{
    unsigned c = s[0];
    int need;
    *bad_len = 1;
    if (c < 0x80)
        return 1;
    if (c < 0xC2 || c > 0xF4) {
        *reason = "invalid start byte";
        return 0;
    }
    need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    for (int i = 1; i <= need; i++) {
        if (s + i >= e) {
            *reason = "unexpected end of data";
            *bad_len = i;
            return 0;
        }
        unsigned b = s[i];
        bool ok = (b & 0xC0) == 0x80;
        if (i == 1) {
            if (c == 0xE0 && b < 0xA0) ok = false;
            if (c == 0xED && b >= 0xA0) ok = false;
            if (c == 0xF0 && b < 0x90) ok = false;
            if (c == 0xF4 && b >= 0x90) ok = false;
        }
        if (!ok) {
            *reason = "invalid continuation byte";
            *bad_len = i;
            return 0;
        }
    }
    return need + 1;
}

/* CPython's UnicodeDecodeError text for bytes [start, start+n) of a run. */
static void codec_error(char *msg, size_t size, const char *codec, const unsigned char *bytes,
                        size_t start, size_t n, const char *reason)
{
    if (n <= 1)
        snprintf(msg, size, "(unicode error) '%s' codec can't decode byte 0x%02x in position %zu: %s",
                 codec, bytes[start], start, reason);
    else
        snprintf(msg, size, "(unicode error) '%s' codec can't decode bytes in position %zu-%zu: %s",
                 codec, start, start + n - 1, reason);
}

bool kr_strings_utf8_error(const char *s, size_t len, char *msg, size_t size)
{
    const unsigned char *u = (const unsigned char *)s, *e = u + len;
    for (const unsigned char *p = u; p < e;) {
        const char *reason;
        int bad;
        int n = utf8_check(p, e, &reason, &bad);
        if (n == 0) {
            codec_error(msg, size, "utf-8", u, (size_t)(p - u), (size_t)bad, reason);
            return true;
        }
        p += n;
    }
    return false;
}

/* ------------------------------------------------------------------------
 * Escape decoding
 * ------------------------------------------------------------------------ */

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Append a run of non-ASCII bytes [s, e) as WTF-8 after validating it as
 * CPython's decode_utf8 does; *upos advances 10 per character. */
static bool put_nonascii_run(Buf *out, const char *s, const char *e, size_t *upos,
                             char *err, size_t errsize)
{
    if (kr_strings_utf8_error(s, (size_t)(e - s), err, errsize))
        return false;
    for (const char *p = s; p < e; p++)
        if (((unsigned char)*p & 0xC0) != 0x80)
            *upos += 10;
    kr_buf_write(out, s, (size_t)(e - s));
    return true;
}

/* The unicodeescape error for the escape that started at upos_start, with
 * the codec's end position. */
static bool escape_error(char *err, size_t errsize, size_t start, size_t end, const char *reason)
{
    if (end <= start + 1)
        snprintf(err, errsize, "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in "
                 "position %zu: %s", start, reason);
    else
        snprintf(err, errsize, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                 "position %zu-%zu: %s", start, end - 1, reason);
    return false;
}

/* \x, \u, \U: count hex digits at *ps.  upos is the codec position of the
 * backslash; the codec's error position is where scanning stopped. */
static bool hex_escape(Buf *out, const char **ps, const char *e, int count, size_t upos,
                       const char *reason, char *err, size_t errsize)
{
    const char *s = *ps;
    size_t pos = upos + 2;
    uint32_t ch = 0;
    for (; count; count--, s++, pos++) {
        int d = s < e ? hexval((unsigned char)*s) : -1;
        if (d < 0)
            return escape_error(err, errsize, upos, pos, reason);
        ch = (ch << 4) | (uint32_t)d;
    }
    if (ch > 0x10FFFF)
        return escape_error(err, errsize, upos, pos, "illegal Unicode character");
    kr_buf_put_utf8(out, ch);
    *ps = s;
    return true;
}

/* \N{NAME}; *ps is after the 'N'. */
static bool name_escape(Buf *out, const char **ps, const char *e, size_t upos,
                        char *err, size_t errsize)
{
    const char *s = *ps;
    const char *reason = "malformed \\N character escape";
    size_t base = upos + 2;             /* codec position of *ps */
    const char *from = s;
    if (s < e && *s == '{') {
        const char *name = ++s;
        while (s < e && *s != '}')
            s++;
        if (s < e && s > name) {
            s++;
            int32_t cp = kr_unicode_lookup_name(name, (size_t)(s - 1 - name));
            if (cp >= 0) {
                kr_buf_put_utf8(out, (uint32_t)cp);
                *ps = s;
                return true;
            }
            reason = "unknown Unicode character name";
        }
    }
    return escape_error(err, errsize, upos, base + (size_t)(s - from), reason);
}

/* One escape after a backslash in a str literal; *ps is after the '\\'. */
static bool str_escape(Buf *out, const char **ps, const char *e, size_t *upos, int *invalid,
                       char *err, size_t errsize)
{
    const char *s = *ps;
    int c = (unsigned char)*s++;
    size_t start = *upos;
    switch (c) {
    case '\n': break;
    case '\\': case '\'': case '"': kr_buf_putc(out, (char)c); break;
    case 'b': kr_buf_putc(out, '\b'); break;
    case 'f': kr_buf_putc(out, '\f'); break;
    case 't': kr_buf_putc(out, '\t'); break;
    case 'n': kr_buf_putc(out, '\n'); break;
    case 'r': kr_buf_putc(out, '\r'); break;
    case 'v': kr_buf_putc(out, '\v'); break;
    case 'a': kr_buf_putc(out, '\a'); break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t ch = (uint32_t)(c - '0');
        if (s < e && *s >= '0' && *s <= '7') {
            ch = (ch << 3) + (uint32_t)(*s++ - '0');
            if (s < e && *s >= '0' && *s <= '7')
                ch = (ch << 3) + (uint32_t)(*s++ - '0');
        }
        if (ch > 0377 && !*invalid)
            *invalid = (int)ch;     /* \400-\777: the value, for the warning's text */
        kr_buf_put_utf8(out, ch);
        break;
    }
    case 'x':
    case 'u':
    case 'U': {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const char *reason = c == 'x' ? "truncated \\xXX escape"
                             : c == 'u' ? "truncated \\uXXXX escape"
                                        : "truncated \\UXXXXXXXX escape";
        if (!hex_escape(out, &s, e, count, start, reason, err, errsize))
            return false;
        break;
    }
    case 'N':
        if (!name_escape(out, &s, e, start, err, errsize))
            return false;
        break;
    default:
        if (!*invalid)
            *invalid = c;
        kr_buf_putc(out, '\\');
        kr_buf_putc(out, (char)c);
        break;
    }
    *upos += (size_t)(s - *ps) + 1;
    *ps = s;
    return true;
}

/* A str literal body with escapes (CPython's decode_unicode_with_escapes). */
static bool decode_str(Buf *out, const char *s, size_t len, int *invalid, char *err, size_t errsize)
{
    const char *e = s + len;
    size_t upos = 0;
    while (s < e) {
        if (*s == '\\') {
            s++;
            if (s < e && ((unsigned char)*s & 0x80)) {
                /* "\" before a non-ASCII character: a literal backslash,
                 * "\u005c" in CPython's intermediate buffer */
                kr_buf_putc(out, '\\');
                upos += 6;
            } else if (s < e) {
                if (!str_escape(out, &s, e, &upos, invalid, err, errsize))
                    return false;
                continue;
            } else {
                kr_buf_putc(out, '\\');
                upos += 6;
                break;
            }
        }
        if ((unsigned char)*s & 0x80) {
            const char *r = s;
            while (s < e && ((unsigned char)*s & 0x80))
                s++;
            if (!put_nonascii_run(out, r, s, &upos, err, errsize))
                return false;
        } else {
            kr_buf_putc(out, *s++);
            upos++;
        }
    }
    return true;
}

/* A bytes literal body with escapes (CPython's _PyBytes_DecodeEscape). */
static bool decode_bytes(Buf *out, const char *s, size_t len, int *invalid, char *err, size_t errsize)
{
    const char *start = s, *e = s + len;
    while (s < e) {
        if (*s != '\\') {
            kr_buf_putc(out, *s++);
            continue;
        }
        s++;
        if (s >= e) {
            kr_buf_putc(out, '\\');
            break;
        }
        int c = (unsigned char)*s++;
        switch (c) {
        case '\n': break;
        case '\\': case '\'': case '"': kr_buf_putc(out, (char)c); break;
        case 'b': kr_buf_putc(out, '\b'); break;
        case 'f': kr_buf_putc(out, '\f'); break;
        case 't': kr_buf_putc(out, '\t'); break;
        case 'n': kr_buf_putc(out, '\n'); break;
        case 'r': kr_buf_putc(out, '\r'); break;
        case 'v': kr_buf_putc(out, '\v'); break;
        case 'a': kr_buf_putc(out, '\a'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            int v = c - '0';
            if (s < e && *s >= '0' && *s <= '7') {
                v = (v << 3) + (*s++ - '0');
                if (s < e && *s >= '0' && *s <= '7')
                    v = (v << 3) + (*s++ - '0');
            }
            if (v > 0377 && !*invalid)
                *invalid = v;
            kr_buf_putc(out, (char)(v & 0xFF));
            break;
        }
        case 'x': {
            int d1 = s + 1 < e ? hexval((unsigned char)s[0]) : -1;
            int d2 = s + 1 < e ? hexval((unsigned char)s[1]) : -1;
            if (d1 < 0 || d2 < 0) {
                snprintf(err, errsize, "(value error) invalid \\x escape at position %zu",
                         (size_t)(s - 2 - start));
                return false;
            }
            kr_buf_putc(out, (char)((d1 << 4) | d2));
            s += 2;
            break;
        }
        default:
            if (!*invalid)
                *invalid = c;
            kr_buf_putc(out, '\\');
            s--;
            break;
        }
    }
    return true;
}

bool kr_strings_decode(Buf *out, const char *s, size_t len, bool bytes, bool raw,
                       int *invalid_escape, char *err, size_t errsize)
{
    *invalid_escape = 0;
    if (bytes) {
        for (size_t i = 0; i < len; i++)
            if ((unsigned char)s[i] >= 0x80) {
                snprintf(err, errsize, "bytes can only contain ASCII literal characters");
                return false;
            }
    }
    if (raw || !memchr(s, '\\', len)) {
        if (!bytes && kr_strings_utf8_error(s, len, err, errsize))
            return false;
        kr_buf_write(out, s, len);
        return true;
    }
    return bytes ? decode_bytes(out, s, len, invalid_escape, err, errsize)
                 : decode_str(out, s, len, invalid_escape, err, errsize);
}

/* ------------------------------------------------------------------------
 * Building the result: CPython's FstringParser
 * ------------------------------------------------------------------------ */

/* The value being built for one concatenation (or one format spec).
 * Literal text accumulates in `last` across tokens and literal parts, and
 * only becomes a Constant when a replacement field follows or at the end:
 * that is how "a" f"b{x}" gives one Constant('ab'), and why empty literal
 * parts produce no node at all. */
typedef struct FState {
    Buf last;               /* literal text not yet turned into a Constant */
    bool fmode;             /* an f-string was seen: the result is a JoinedStr */
    Expr **items;           /* JoinedStr values so far (malloc'd) */
    int n, cap;
} FState;

/* Where positions come from: 3.11 gives literal parts and fields the span
 * of the whole concatenation [first, last], and computes expression
 * positions from the token t that holds them. */
typedef struct FCtx {
    Parser *p;
    Token *first, *last;    /* the whole concatenation */
    Token *t;               /* the token being parsed */
} FCtx;

static void fstate_free(FState *st)
{
    kr_buf_free(&st->last);
    free(st->items);
}

static void fstate_append(FState *st, Expr *e)
{
    if (st->n == st->cap) {
        int cap = st->cap ? st->cap * 2 : 8;
        Expr **items = realloc(st->items, (size_t)cap * sizeof *items);
        if (!items)
            kr_fatal("out of memory building an f-string");
        st->items = items;
        st->cap = cap;
    }
    st->items[st->n++] = e;
}

static AstConst *str_const(Parser *p, const char *s, size_t len, ConstKind kind)
{
    AstConst *c = kr_arena_alloc(p->arena, sizeof *c);
    c->kind = kind;
    c->s.data = kr_arena_strndup(p->arena, s, len);
    c->s.len = len;
    return c;
}

/* CPython's make_str_node_and_del: the pending literal as a Constant
 * spanning [first, last]; kind 'u' when the concatenation starts with u"". */
static Expr *make_str_node(Parser *p, FState *st, Token *first, Token *last)
{
    AstConst *c = str_const(p, st->last.data ? st->last.data : "", st->last.len, CONST_STR);
    st->last.len = 0;
    const char *kind = first->start[0] == 'u' ? "u" : NULL;
    return kr_ast_Constant(p->arena, c, kind, first->lineno, first->col_offset,
                           last->end_lineno, last->end_col_offset);
}

static void concat_literal(FState *st, const char *s, size_t len)
{
    if (len)
        kr_buf_write(&st->last, s, len);
}

/* Raise a decoding error (or any message built in a buffer) at the last
 * token fetched, as CPython's RAISE_SYNTAX_ERROR does. */
static Expr *raise_msg(Parser *p, const char *msg)
{
    return kr_parse_raise(p, SYNERR_SYNTAX, "%s", msg);
}

/* CPython's warn_invalid_escape_sequence, recorded for the caller to
 * issue (kr_vm_parse_warnings): invalid is what kr_strings_decode set, a
 * character or an octal value over 0377.  Only the first pass records,
 * once per token and message (rules may decode a literal again). */
static void note_invalid_escape(Parser *p, const Token *t, int invalid)
{
    Parser *root = p;
    while (root->parent)
        root = root->parent;
    if (!invalid || root->call_invalid_rules)
        return;
    char msg[64];
    if (invalid > 0377)
        snprintf(msg, sizeof msg, "invalid octal escape sequence '\\%o'", (unsigned)invalid);
    else
        snprintf(msg, sizeof msg, "invalid escape sequence '\\%c'", invalid);
    ParseWarning **tail = &root->warnings;
    for (; *tail; tail = &(*tail)->next)
        if ((*tail)->lineno == t->lineno && (*tail)->col_offset == t->col_offset &&
            strcmp((*tail)->msg, msg) == 0)
            return;
    ParseWarning *w = kr_arena_alloc(root->arena, sizeof *w);
    w->msg = kr_arena_strndup(root->arena, msg, strlen(msg));
    w->lineno = t->lineno;
    w->col_offset = t->col_offset;
    w->end_lineno = t->end_lineno;
    w->end_col_offset = t->end_col_offset;
    w->text = kr_lex_line(root->lx, t->lineno);
    *tail = w;
}

/* ------------------------------------------------------------------------
 * F-strings
 * ------------------------------------------------------------------------ */

static bool fstring_concat(FCtx *cx, FState *st, const char **str, const char *end, bool raw,
                           int recurse_lvl);

/* CPython's fstring_find_literal: the literal text up to an expression's
 * '{' (or a nested spec's '}'), decoded.  Braces are only doubled at the
 * top level: in a format spec "{{" is a field's '{', as in CPython.
 * Returns -1 on error, 1 if it
 * stopped at a doubled brace (call again), 0 otherwise. */
static int find_literal(FCtx *cx, FState *st, const char **str, const char *end, bool raw,
                        int recurse_lvl)
{
    const char *s = *str, *lit = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                /* "\N{...}" is a name escape, not a replacement field */
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
                break;
            }
            if (ch == '{')      /* "\{": an invalid escape too (3.11) */
                note_invalid_escape(cx->p, cx->t, '{');
        }
        if (ch == '{' || ch == '}') {
            if (recurse_lvl == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    raise_msg(cx->p, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (lit != s) {
        char err[256];
        int invalid;
        Buf tmp;
        kr_buf_init(&tmp);
        bool ok = kr_strings_decode(&tmp, lit, (size_t)(s - lit), false, raw, &invalid, err, sizeof err);
        if (ok) {
            note_invalid_escape(cx->p, cx->t, invalid);
            concat_literal(st, tmp.data ? tmp.data : "", tmp.len);
        }
        kr_buf_free(&tmp);
        if (!ok) {
            raise_msg(cx->p, err);
            return -1;
        }
    }
    return result;
}

/* Where the sub-parser's text starts in the file (3.11's
 * fstring_find_expr_location): brace points at the '{' inside the token. */
static void expr_location(Token *t, const char *brace, int *lines, int *cols)
{
    *lines = *cols = 0;
    bool newline_after_brace = true;
    for (const char *s = brace + 1; *s != '}' && *s != '\n'; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\f') {
            newline_after_brace = false;
            break;
        }
    }
    if (!newline_after_brace) {
        const char *s = brace;
        while (s > t->start && *s != '\n')
            s--;
        *cols = (int)(brace - s);
        if (*s == '\n')
            (*cols)--;
    }
    for (const char *s = t->start; s < brace; s++)
        if (*s == '\n')
            (*lines)++;
}

/* Parse the expression text [start, end) with a sub-parser, as
 * fstring_compile_expr does. */
static Expr *compile_expr(FCtx *cx, const char *start, const char *end)
{
    Parser *p = cx->p;
    const char *s = start;
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f'))
        s++;
    if (s == end) {
        if (*end == '!' || *end == ':' || *end == '=')
            return kr_parse_raise(p, SYNERR_SYNTAX, "f-string: expression required before '%c'", *end);
        return raise_msg(p, "f-string: empty expression not allowed");
    }
    size_t len = (size_t)(end - start);
    char *src = kr_arena_alloc(p->arena, len + 3);
    src[0] = '(';
    memcpy(src + 1, start, len);
    src[len + 1] = ')';
    int lines, cols;
    Token *t = cx->t;
    expr_location(t, start - 1, &lines, &cols);
    int lineno = t->lineno + lines - 1;
    int col = lines ? cols : t->col_offset + cols;
    Parser *sub = kr_parse_new_sub(p, src, len + 2, lineno, col);
    Expr *e = kr_parse_star_expressions(sub);
    if (!e && !sub->error) {
        /* Second pass, for the specific messages of the invalid_ rules; if
         * none fires, the plain error points at the furthest token of the
         * FIRST pass, as in CPython's _Pypegen_set_syntax_error. */
        Token last = sub->tokens[sub->fill - 1];
        sub->mark = 0;
        sub->level = p->level;
        sub->call_invalid_rules = true;
        e = kr_parse_star_expressions(sub);
        if (!sub->error)
            kr_parse_raise_at(sub, SYNERR_SYNTAX, last.lineno, last.col_offset,
                              last.end_lineno, last.end_col_offset, "invalid syntax");
        e = NULL;
    }
    if (sub->error) {
        p->error = true;
        p->err = sub->err;
        e = NULL;
    }
    kr_parse_free_sub(sub);
    return e;
}

/* The scan of an expression's text (CPython's fstring_find_expr loop):
 * only quotes and brackets matter.  Stops at '!', ':', '=' or '}' at depth
 * 0 (but not at "!=", "==", "<=", ">=").  False on an error. */
static bool scan_expr(FCtx *cx, const char **str, const char *end)
{
    Parser *p = cx->p;
    char quote = 0;
    int string_type = 0, depth = 0;
    char parens[FSTRING_MAX_PARENS];
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\')
            return raise_msg(p, "f-string expression part cannot include a backslash"), false;
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                        *str += 2;
                        quote = 0;
                        string_type = 0;
                    }
                } else {
                    quote = 0;
                    string_type = 0;
                }
            }
        } else if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= FSTRING_MAX_PARENS)
                return raise_msg(p, "f-string: too many nested parenthesis"), false;
            parens[depth++] = ch;
        } else if (ch == '#') {
            return raise_msg(p, "f-string expression part cannot include '#'"), false;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                  ch == '>' || ch == '<')) {
            if (*str + 1 < end) {
                char next = (*str)[1];
                if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                    (*str)++;
                    continue;
                }
                if (ch == '>' || ch == '<')
                    continue;
            }
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth) {
                kr_parse_raise(p, SYNERR_SYNTAX, "f-string: unmatched '%c'", ch);
                return false;
            }
            char open = parens[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                kr_parse_raise(p, SYNERR_SYNTAX, "f-string: closing parenthesis '%c' does not "
                               "match opening parenthesis '%c'", ch, open);
                return false;
            }
        }
    }
    if (quote)
        return raise_msg(p, "f-string: unterminated string"), false;
    if (depth) {
        kr_parse_raise(p, SYNERR_SYNTAX, "f-string: unmatched '%c'", parens[depth - 1]);
        return false;
    }
    return true;
}

/* The format spec after ':' (fstring_parse): a nested f-string that ends at
 * the matching '}', turned into a JoinedStr spanning token t. */
static Expr *parse_format_spec(FCtx *cx, const char **str, const char *end, bool raw,
                               int recurse_lvl)
{
    FState st = {0};
    kr_buf_init(&st.last);
    Expr *r = NULL;
    if (fstring_concat(cx, &st, str, end, raw, recurse_lvl)) {
        if (st.last.len)
            fstate_append(&st, make_str_node(cx->p, &st, cx->t, cx->t));
        ExprSeq *seq = kr_ast_expr_seq_new(cx->p->arena, st.n);
        for (int i = 0; i < st.n; i++)
            seq->items[i] = st.items[i];
        Token *t = cx->t;
        r = kr_ast_JoinedStr(cx->p->arena, seq, t->lineno, t->col_offset, t->end_lineno,
                             t->end_col_offset);
    }
    fstate_free(&st);
    return r;
}

/* One replacement field at *str (on its '{'): CPython's fstring_find_expr.
 * Appends the "=" text to st, returns the FormattedValue. */
static Expr *find_expr(FCtx *cx, FState *st, const char **str, const char *end, bool raw,
                       int recurse_lvl)
{
    Parser *p = cx->p;
    if (recurse_lvl >= 2)
        return raise_msg(p, "f-string: expressions nested too deeply");
    *str += 1;
    const char *expr_start = *str;
    if (!scan_expr(cx, str, end))
        return NULL;
    const char *expr_end = *str;
    if (*str >= end)
        return raise_msg(p, "f-string: expecting '}'");
    Expr *value = compile_expr(cx, expr_start, expr_end);
    if (!value)
        return NULL;
    int conversion = -1;
    bool debug = false;
    if (**str == '=') {
        if (p->feature_version < 8)
            return raise_msg(p, "f-string: self documenting expressions are only supported in "
                                "Python 3.8 and greater");
        *str += 1;
        while (*str < end && (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\r' ||
                              **str == '\f' || **str == '\v'))
            *str += 1;
        concat_literal(st, expr_start, (size_t)(*str - expr_start));
        debug = true;
    }
    if (*str < end && **str == '!') {
        *str += 1;
        if (*str >= end)
            return raise_msg(p, "f-string: expecting '}'");
        conversion = (unsigned char)**str;
        *str += 1;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return raise_msg(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    Expr *spec = NULL;
    if (*str >= end)
        return raise_msg(p, "f-string: expecting '}'");
    if (**str == ':') {
        *str += 1;
        if (*str >= end)
            return raise_msg(p, "f-string: expecting '}'");
        spec = parse_format_spec(cx, str, end, raw, recurse_lvl + 1);
        if (!spec)
            return NULL;
    }
    if (*str >= end || **str != '}')
        return raise_msg(p, "f-string: expecting '}'");
    *str += 1;
    if (debug && !spec && conversion == -1)
        conversion = 'r';
    return kr_ast_FormattedValue(p->arena, value, conversion, spec, cx->first->lineno,
                                 cx->first->col_offset, cx->last->end_lineno,
                                 cx->last->end_col_offset);
}

/* CPython's _PyPegen_FstringParser_ConcatFstring: literals and fields of
 * one f-string body (or format spec, recurse_lvl > 0) into st. */
static bool fstring_concat(FCtx *cx, FState *st, const char **str, const char *end, bool raw,
                           int recurse_lvl)
{
    st->fmode = true;
    for (;;) {
        int r = find_literal(cx, st, str, end, raw, recurse_lvl);
        if (r < 0)
            return false;
        if (r == 1)
            continue;
        if (*str >= end || **str == '}')
            break;
        Expr *field = find_expr(cx, st, str, end, raw, recurse_lvl);
        if (!field)
            return false;
        if (st->last.len)
            fstate_append(st, make_str_node(cx->p, st, cx->first, cx->last));
        fstate_append(st, field);
    }
    if (recurse_lvl == 0 && *str < end - 1) {
        raise_msg(cx->p, "f-string: unexpected end of string");
        return false;
    }
    if (recurse_lvl != 0 && (*str >= end || **str != '}')) {
        raise_msg(cx->p, "f-string: expecting '}'");
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------------
 * The strings rule
 * ------------------------------------------------------------------------ */

/* Decode one non-f token into st (str) or bytes_out (bytes).  Bytes stay
 * apart because a bytes concatenation is one Constant with no f-string
 * machinery; mixing is diagnosed by the caller. */
static bool concat_plain(Parser *p, FState *st, Buf *bytes_out, const StrLit *lit, const Token *t)
{
    char err[256];
    int invalid;
    Buf *out = lit->bytes ? bytes_out : &st->last;
    if (!kr_strings_decode(out, lit->body, lit->len, lit->bytes, lit->raw, &invalid, err, sizeof err)) {
        raise_msg(p, err);
        return false;
    }
    note_invalid_escape(p, t, invalid);
    return true;
}

/* The value of STRING tokens [first, last] (_PyPegen_concatenate_strings). */
static Expr *concatenate(Parser *p, int first_i, int last_i)
{
    Token *first = &p->tokens[first_i], *last = &p->tokens[last_i];
    FState st = {0};
    Buf bytes;
    kr_buf_init(&st.last);
    kr_buf_init(&bytes);
    bool bytesmode = false;
    Expr *result = NULL;
    FCtx cx = {p, first, last, NULL};
    for (int i = first_i; i <= last_i; i++) {
        Token *t = &p->tokens[i];
        StrLit lit;
        kr_strings_split(t->start, (size_t)(t->end - t->start), &lit);
        cx.t = t;
        /* CPython decodes a plain literal before the mixing check, but
         * parses an f-string's body only after it */
        if (!lit.fstring && !concat_plain(p, &st, &bytes, &lit, t))
            goto out;
        if (i != first_i && bytesmode != lit.bytes) {
            raise_msg(p, "cannot mix bytes and nonbytes literals");
            goto out;
        }
        bytesmode = lit.bytes;
        const char *s = lit.body;
        if (lit.fstring && !fstring_concat(&cx, &st, &s, lit.body + lit.len, lit.raw, 0))
            goto out;
    }
    if (bytesmode) {
        AstConst *c = str_const(p, bytes.data ? bytes.data : "", bytes.len, CONST_BYTES);
        result = kr_ast_Constant(p->arena, c, NULL, first->lineno, first->col_offset,
                                 last->end_lineno, last->end_col_offset);
    } else if (!st.fmode) {
        result = make_str_node(p, &st, first, last);
    } else {
        if (st.last.len)
            fstate_append(&st, make_str_node(p, &st, first, last));
        ExprSeq *seq = kr_ast_expr_seq_new(p->arena, st.n);
        for (int i = 0; i < st.n; i++)
            seq->items[i] = st.items[i];
        result = kr_ast_JoinedStr(p->arena, seq, first->lineno, first->col_offset,
                                  last->end_lineno, last->end_col_offset);
    }
out:
    fstate_free(&st);
    kr_buf_free(&bytes);
    return result;
}

/* Memoized (CPython marks `strings` (memo)): atom is tried from several
 * rules at the same position, and re-parsing would re-run every f-string
 * sub-parser. */
Expr *kr_parse_strings(Parser *p)
{
    void *memo;
    if (kr_parse_memo_get(p, MEMO_STRINGS, &memo))
        return memo;
    int start = p->mark;
    Token *t = kr_parse_peek(p);
    if (!t || t->kind != T_STRING)
        return NULL;
    while ((t = kr_parse_peek(p)) && t->kind == T_STRING)
        p->mark++;
    if (p->error)
        return NULL;
    /* One token past the strings has been fetched, as in CPython (STRING+
     * looks ahead): errors raised below point at it. */
    Expr *e = concatenate(p, start, p->mark - 1);
    if (!e && p->error)
        return NULL;
    kr_parse_memo_put(p, MEMO_STRINGS, start, e);
    return e;
}
