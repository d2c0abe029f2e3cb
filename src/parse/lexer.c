/*
 * lexer.c -- CPython 3.11's tokenizer (Parser/tokenizer.c), re-derived.
 *
 * Two stages.
 *
 * 1. Decoding (decode_source, run on the first kr_lex_next).  The input
 *    becomes one NUL-terminated UTF-8 buffer in the arena in which every
 *    line ends in '\n': "\r\n" and "\r" are translated, and a final newline
 *    is added if the source lacks one, exactly as CPython's readers do.  For
 *    LEX_BYTES this is where PEP 263 happens, as `python3.11 FILE` does it:
 *    a UTF-8 BOM, a coding cookie on line 1 (or on line 2 after a comment
 *    or blank line 1), and transcoding from the named codec (tables in
 *    codecs_gen.h).  Without a declaration the bytes must be strict UTF-8.
 *    CPython checks that one line at a time, as it reads lines, so a bad
 *    line only becomes an error when the scanner reaches it; we mimic that
 *    with a "poisoned line" (bad_line) that next_line() trips over.  That
 *    ordering is visible: an unterminated string on line 1 is reported
 *    before a bad byte on line 9.
 *
 * 2. Scanning (lex_token).  The scanner keeps CPython's tok_state shape:
 *    `cur` walks the buffer, `inp` is the end of the current line, and
 *    `lineno`/`line_start` only move on when the character *after* a '\n'
 *    is requested.  Keeping that exact discipline is what makes every
 *    position CPython reports come out the same: NEWLINE tokens sit on the
 *    line they end, an error raised "at the current position" uses the same
 *    column CPython's tok->cur gives, ENDMARKER is on the last line.
 *    The whole buffer is in memory, so identifier and number runs are
 *    scanned with plain pointer loops: every line ends in '\n' and the
 *    buffer in NUL, so those loops cannot run past the current line.
 *
 * Errors.  CPython reports tokenizer errors on two paths, and they produce
 * different attributes, so both are reproduced:
 *   - the tokenizer's own syntaxerror(): column = characters up to tok->cur,
 *     text = the line without its newline (set_error_at_cur);
 *   - errors the parser derives from tok->done (E_DEDENT, E_TABSPACE,
 *     E_TOODEEP, E_LINECONT, E_EOF): byte columns converted to characters,
 *     text = the full line (set_parser_error).
 * Offsets that CPython sets to -1 are stored as -1.  Only the first kind
 * replaces an earlier parser error when the driver tokenizes on to the end
 * (kr_lex_error_overrides), because CPython's full-source check only sees
 * errors the tokenizer raised itself.
 *
 * Error text.  For a parser error CPython re-reads the line from the file
 * (err_programtext), not from the tokenizer: so for LEX_BYTES kr_lex_line
 * serves the raw physical line -- BOM and all, cut at a NUL, the last
 * 999-byte chunk of a long line -- decoded "replace"-style (file_line).
 * The byte-to-character conversion of columns then happens on that text,
 * and only when the source has an encoding (kr_lex_encoding), another
 * CPython detail the driver must copy.
 *
 * Modes.  LEX_BYTES follows `python3.11 FILE` (PEP 263 errors worded
 * "encoding problem: X", "Non-UTF-8 code starting with ..."), which is what
 * the syntax-error tests record.  compile(bytes) words a few of them
 * differently ("unknown encoding: X"; invalid UTF-8 is only caught when a
 * literal is decoded); that variant is not implemented.
 */
#include "parse/lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/unicode.h"
#include "parse/codecs_gen.h"
#include "parse/strings.h"

#define TABSIZE 8           /* the only tab size the language knows */
#define ALTTABSIZE 1        /* the second measure that detects tab/space mixes */
#define MAXINDENT 100       /* CPython's MAXINDENT: "too many levels of indentation" */
#define MAXLEVEL 200        /* CPython's MAXLEVEL: "too many nested parentheses" */
#define EOF_CHAR (-1)

struct Lexer {
    Arena *arena;
    const char *filename;
    LexInput input;
    const char *src;            /* the raw input (a copy) */
    size_t srclen;

    bool decoded;
    const char *text, *end;     /* decoded buffer; *end == '\0' */
    const char *encoding;       /* CPython's tok->encoding (kr_lex_encoding) */
    int codec;                  /* LEX_BYTES: the codec, -1 = bytes as they are */
    int bad_line;               /* decoding error raised on reaching this line */
    SyntaxErr bad_err;

    /* the scanner: CPython's tok_state */
    const char *cur;            /* next character */
    const char *inp;            /* end of the current line (after its '\n') */
    const char *line_start;     /* start of the current line */
    const char *multi_line_start; /* line_start when the current string began */
    int first_lineno;           /* lineno when the current string began */
    int lineno;
    bool atbol;                 /* at the beginning of a line */
    bool cont_line;             /* the current line continues a backslash line */
    bool at_eof;
    bool in_token;              /* CPython's tok->start != NULL (see next_line) */
    int indent;                 /* top of indstack */
    int pendin;                 /* pending INDENT (>0) or DEDENT (<0) tokens */
    int indstack[MAXINDENT];
    int altindstack[MAXINDENT];
    int level;                  /* bracket depth */
    char parenstack[MAXLEVEL];
    int parenlineno[MAXLEVEL];
    int parencol[MAXLEVEL];

    bool failed;
    bool err_overrides;         /* see kr_lex_error_overrides */
    SyntaxErr err;
};

/* ------------------------------------------------------------------------
 * Character classes
 * ------------------------------------------------------------------------ */

/* CPython's is_potential_identifier_start/char: ASCII letters, '_', digits
 * (char only), and every non-ASCII byte (checked properly later). */
static inline bool is_id_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static inline bool is_id_char(int c)
{
    return is_id_start(c) || (c >= '0' && c <= '9');
}

static inline bool is_digit(int c) { return c >= '0' && c <= '9'; }

static inline bool is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* ------------------------------------------------------------------------
 * Errors
 * ------------------------------------------------------------------------ */

static const char *vformat(Arena *arena, const char *fmt, va_list ap)
{
    char tmp[512];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    if (n < 0)
        n = 0;
    if ((size_t)n >= sizeof tmp)
        n = sizeof tmp - 1;
    return kr_arena_strndup(arena, tmp, (size_t)n);
}

/* An error with no location: CPython prints just "SyntaxError: msg". */
static void set_error_noloc(Lexer *lx, SyntaxErr *e, const char *fmt, ...) KR_PRINTF(3, 4);
static void set_error_noloc(Lexer *lx, SyntaxErr *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    memset(e, 0, sizeof *e);
    e->kind = SYNERR_SYNTAX;
    e->msg = vformat(lx->arena, fmt, ap);
    va_end(ap);
}

/* Length of the strictly valid UTF-8 sequence at s, or 0 (defined below). */
static int valid_utf8(const unsigned char *s, const unsigned char *e);

/* A copy of s[0..len) as CPython's decode(..., "replace") would produce it:
 * each maximal invalid subpart of a UTF-8 sequence becomes one U+FFFD.
 * SyntaxError.text is always such a str in CPython, and pegen computes
 * character offsets on its re-encoded form, so the replacement matters. */
static char *replace_invalid_utf8(Arena *arena, const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s, *e = u + len;
    size_t bad = 0;
    for (const unsigned char *p = u; p < e;) {
        int n = valid_utf8(p, e);
        p += n ? n : 1;
        bad += !n;
    }
    if (!bad)
        return kr_arena_strndup(arena, s, len);
    char *out = kr_arena_alloc(arena, len + 2 * bad + 1), *o = out;
    for (const unsigned char *p = u; p < e;) {
        int n = valid_utf8(p, e);
        if (n) {
            memcpy(o, p, (size_t)n);
            o += n;
            p += n;
            continue;
        }
        /* the maximal subpart: a lead byte and the continuation bytes that
         * were still acceptable for it */
        const unsigned char *q = p + 1;
        if (*p >= 0xC2 && *p <= 0xF4) {
            int need = *p < 0xE0 ? 1 : *p < 0xF0 ? 2 : 3;
            for (int i = 1; i <= need && q < e && (*q & 0xC0) == 0x80; i++, q++) {
                if (i == 1 && ((*p == 0xE0 && *q < 0xA0) || (*p == 0xED && *q >= 0xA0) ||
                               (*p == 0xF0 && *q < 0x90) || (*p == 0xF4 && *q >= 0x90)))
                    break;
            }
        }
        memcpy(o, "\xEF\xBF\xBD", 3);
        o += 3;
        p = q;
    }
    *o = '\0';
    return out;
}

/* The current line up to (not including) its newline, as the tokenizer's
 * syntaxerror() puts in SyntaxError.text. */
static const char *line_without_newline(Lexer *lx)
{
    const char *s = lx->line_start ? lx->line_start : lx->text;
    const char *nl = s;
    while (*nl && *nl != '\n')
        nl++;
    return replace_invalid_utf8(lx->arena, s, (size_t)(nl - s));
}

/* CPython's _syntaxerror_range: col/end_col are 1-based offsets used as is
 * (CPython passes byte columns here unconverted); -1 means "the number of
 * characters before tok->cur". */
static bool verror_range(Lexer *lx, int col, int end_col, const char *fmt, va_list ap)
{
    if (lx->failed)
        return false;
    SyntaxErr *e = &lx->err;
    memset(e, 0, sizeof *e);
    e->kind = SYNERR_SYNTAX;
    e->msg = vformat(lx->arena, fmt, ap);
    const char *ls = lx->line_start ? lx->line_start : lx->text;
    if (col == -1) {
        /* characters, counted as CPython does on the "replace"-decoded text */
        const char *pre = replace_invalid_utf8(lx->arena, ls, (size_t)(lx->cur - ls));
        col = kr_diag_char_offset(pre, (int)strlen(pre));
    }
    if (end_col == -1)
        end_col = col;
    e->lineno = e->end_lineno = lx->lineno;
    e->offset = col;
    e->end_offset = end_col;
    e->text = line_without_newline(lx);
    lx->failed = true;
    lx->err_overrides = true;
    return false;
}

static bool set_error_at_cur(Lexer *lx, const char *fmt, ...) KR_PRINTF(2, 3);
static bool set_error_at_cur(Lexer *lx, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror_range(lx, -1, -1, fmt, ap);
    va_end(ap);
    return false;
}

static bool set_error_range(Lexer *lx, int col, int end_col, const char *fmt, ...) KR_PRINTF(4, 5);
static bool set_error_range(Lexer *lx, int col, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror_range(lx, col, end_col, fmt, ap);
    va_end(ap);
    return false;
}

/* Byte offset (1-based, as pegen passes it) to a character offset in line,
 * as _PyPegen_byte_offset_to_character_offset does. */
static int byte_to_char_offset(const char *line, int col)
{
    if (col <= 0 || !line)
        return col;
    int len = (int)strlen(line);
    if (col > len + 1)
        col = len + 1;
    if (col > len)
        return kr_diag_char_offset(line, len) + (col - len);
    return kr_diag_char_offset(line, col);
}

/* An error the parser builds from tok->done (pegen's tokenizer_error):
 * col and end_col are 1-based byte offsets, 0 or -1 as CPython passes them. */
static bool set_parser_error(Lexer *lx, SyntaxErrKind kind, int col, int end_col,
                             const char *msg)
{
    if (lx->failed)
        return false;
    SyntaxErr *e = &lx->err;
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->msg = msg;
    e->lineno = e->end_lineno = lx->lineno;
    e->text = kr_lex_line(lx, lx->lineno);
    e->offset = col;
    e->end_offset = end_col;
    if (lx->encoding) {
        e->offset = byte_to_char_offset(e->text, col);
        if (end_col > 0)
            e->end_offset = byte_to_char_offset(e->text, end_col);
    }
    lx->failed = true;
    lx->err_overrides = false;
    return false;
}

/* ------------------------------------------------------------------------
 * Decoding (PEP 263)
 * ------------------------------------------------------------------------ */

/* CPython's get_normal_name: "utf-8" and the latin-1 spellings it knows. */
static const char *normal_encoding_name(const char *s)
{
    char buf[13];
    int i;
    for (i = 0; i < 12 && s[i]; i++) {
        char c = s[i];
        buf[i] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    buf[i] = '\0';
    if (!strcmp(buf, "utf-8") || !strncmp(buf, "utf-8-", 6))
        return "utf-8";
    if (!strcmp(buf, "latin-1") || !strcmp(buf, "iso-8859-1") || !strcmp(buf, "iso-latin-1") ||
        !strncmp(buf, "latin-1-", 8) || !strncmp(buf, "iso-8859-1-", 11) ||
        !strncmp(buf, "iso-latin-1-", 12))
        return "iso-8859-1";
    return s;
}

static bool is_alnum(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* CPython's get_coding_spec on one raw line [s, e): the cookie must be in a
 * comment that is the only thing on the line.  Returns the normalised
 * encoding name (arena) or NULL. */
static const char *coding_spec(Lexer *lx, const char *s, const char *e)
{
    size_t size = (size_t)(e - s), i = 0;
    for (; i + 6 < size; i++) {
        if (s[i] == '#')
            break;
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\014')
            return NULL;
    }
    for (; i + 6 < size; i++) {
        if (memcmp(s + i, "coding", 6) != 0)
            continue;
        const char *t = s + i + 6;
        if (*t != ':' && *t != '=')
            continue;
        do
            t++;
        while (t < e && (*t == ' ' || *t == '\t'));
        const char *begin = t;
        while (t < e && (is_alnum((unsigned char)*t) || *t == '-' || *t == '_' || *t == '.'))
            t++;
        if (begin < t) {
            const char *name = kr_arena_strndup(lx->arena, begin, (size_t)(t - begin));
            return normal_encoding_name(name);
        }
    }
    return NULL;
}

/* True if the raw line [s, e) holds only whitespace and maybe a comment:
 * only then may line 2 carry the cookie. */
static bool blank_or_comment(const char *s, const char *e)
{
    for (; s < e; s++) {
        if (*s == '#' || *s == '\n' || *s == '\r')
            return true;
        if (*s != ' ' && *s != '\t' && *s != '\014')
            return false;
    }
    return true;
}

/* The end of the raw line starting at s: after its "\n", "\r\n" or "\r". */
static const char *raw_line_end(const char *s, const char *e)
{
    while (s < e && *s != '\n' && *s != '\r')
        s++;
    if (s < e)
        s += (*s == '\r' && s + 1 < e && s[1] == '\n') ? 2 : 1;
    return s;
}

/* Codec lookup as codecs.lookup() does it: lower case, runs of anything but
 * letters, digits and '.' collapse to one '_' (dropped at the ends), then
 * '.' -> '_'.  -1 if the codec is unknown to krait. */
static int find_codec(const char *name)
{
    char buf[64];
    size_t n = 0;
    bool punct = false;
    for (const char *s = name; *s && n < sizeof buf - 2; s++) {
        int c = (unsigned char)*s;
        if (is_alnum(c) || c == '.') {
            if (punct && n)
                buf[n++] = '_';
            buf[n++] = c == '.' ? '_' : (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : (char)c;
            punct = false;
        } else {
            punct = true;
        }
    }
    buf[n] = '\0';
    size_t lo = 0, hi = KR_ARRAY_LEN(KR_CODEC_ALIASES);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int cmp = strcmp(buf, KR_CODEC_ALIASES[mid].name);
        if (cmp == 0)
            return KR_CODEC_ALIASES[mid].codec;
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

/* Length of the strictly valid UTF-8 sequence at s (CPython 3.11's
 * valid_utf8: no overlongs, no surrogates, nothing above U+10FFFF), or 0. */
static int valid_utf8(const unsigned char *s, const unsigned char *e)
{
    int need;
    if (*s < 0x80)
        return 1;
    if (*s < 0xC2)
        return 0;
    if (*s < 0xE0)
        need = 1;
    else if (*s < 0xF0)
        need = 2;
    else if (*s < 0xF5)
        need = 3;
    else
        return 0;
    if (e - s <= need)
        return 0;
    if ((*s == 0xE0 && s[1] < 0xA0) || (*s == 0xED && s[1] >= 0xA0) ||
        (*s == 0xF0 && s[1] < 0x90) || (*s == 0xF4 && s[1] >= 0x90))
        return 0;
    for (int i = 1; i <= need; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return need + 1;
}

/* Output of the decoder: the text being built, and the line count so far
 * (for the lazy "Non-UTF-8 code" error). */
typedef struct Out {
    char *p;
    int lineno;
} Out;

static void put_cp(Out *o, uint32_t cp)
{
    if (cp < 0x80) {
        *o->p++ = (char)cp;
    } else if (cp < 0x800) {
        *o->p++ = (char)(0xC0 | (cp >> 6));
        *o->p++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o->p++ = (char)(0xE0 | (cp >> 12));
        *o->p++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o->p++ = (char)(0x80 | (cp & 0x3F));
    }
}

/* Copy one raw line [s, e) to the output, newline translated, decoding with
 * codec (-1: copy bytes as they are).  False if a byte is invalid in the
 * codec (or, for KR_CODEC_UTF8 with check_utf8, not strict UTF-8); *bad
 * is then that byte. */
static bool put_line(Out *o, const char *s, const char *e, int codec, bool check_utf8, int *bad)
{
    bool ok = true;
    while (s < e) {
        unsigned char c = (unsigned char)*s;
        if (c == '\r' || c == '\n') {
            *o->p++ = '\n';
            break;
        }
        if (c < 0x80 || codec < 0 || (codec == KR_CODEC_UTF8 && !check_utf8)) {
            *o->p++ = (char)c;
            s++;
            continue;
        }
        if (codec == KR_CODEC_UTF8) {
            int n = valid_utf8((const unsigned char *)s, (const unsigned char *)e);
            if (n == 0) {
                if (ok)
                    *bad = c;
                ok = false;
                n = 1;
            }
            memcpy(o->p, s, (size_t)n);
            o->p += n;
            s += n;
            continue;
        }
        uint32_t cp = codec == KR_CODEC_LATIN1 ? c
                      : codec == KR_CODEC_ASCII ? 0xFFFF
                      : KR_CODEC_TABLES[codec - KR_CODEC_FIRST_TABLE][c - 0x80];
        if (cp == 0xFFFF) {
            if (ok)
                *bad = c;
            ok = false;
            cp = 0xFFFD;
        }
        put_cp(o, cp);
        s++;
    }
    o->lineno++;
    return ok;
}

/* File mode drops everything from a NUL byte to the end of its line, newline
 * included (CPython 3.11 reads lines with fgets and then treats them as C
 * strings, so the rest of the line vanishes and the next line joins it). */
static const char *strip_nul_lines(Lexer *lx, const char *s, size_t *len)
{
    if (!memchr(s, '\0', *len))
        return s;
    char *out = kr_arena_alloc(lx->arena, *len + 1);
    size_t n = 0;
    for (size_t i = 0; i < *len; i++) {
        if (s[i] != '\0') {
            out[n++] = s[i];
            continue;
        }
        while (i < *len && s[i] != '\n' && s[i] != '\r')
            i++;
        if (i + 1 < *len && s[i] == '\r' && s[i + 1] == '\n')
            i++;
    }
    *len = n;
    return out;
}

/* The PEP 263 declaration: *codec and *name, or false with lx->err set. */
static bool find_declared_codec(Lexer *lx, const char *s, const char *e, bool bom,
                                int *codec, const char **name)
{
    *codec = -1;
    *name = NULL;
    const char *l1 = raw_line_end(s, e);
    const char *spec = coding_spec(lx, s, l1);
    if (!spec && blank_or_comment(s, l1) && l1 < e)
        spec = coding_spec(lx, l1, raw_line_end(l1, e));
    if (!spec)
        return true;
    *name = spec;
    if (bom && strcmp(spec, "utf-8") != 0) {
        set_error_noloc(lx, &lx->err, "encoding problem: %s with BOM", spec);
        return false;
    }
    lx->encoding = spec;
    if (!strcmp(spec, "utf-8")) {
        *codec = -1;        /* trusted: no check, as CPython */
        return true;
    }
    *codec = find_codec(spec);
    if (*codec < 0) {
        set_error_noloc(lx, &lx->err, "encoding problem: %s", spec);
        return false;
    }
    return true;
}

static bool decode_bytes(Lexer *lx, const char *s, size_t len)
{
    s = strip_nul_lines(lx, s, &len);
    const char *e = s + len;
    bool bom = len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3);
    if (bom) {
        s += 3;
        lx->encoding = "utf-8";
    }
    int codec;
    const char *name;
    if (!find_declared_codec(lx, s, e, bom, &codec, &name))
        return false;
    /* No declaration and no BOM: the text must be strict UTF-8. */
    bool check = !name && !bom;
    lx->codec = codec;
    if (check)
        codec = KR_CODEC_UTF8;
    /* a non-ASCII byte becomes at most 3 bytes (U+FFFD included) */
    size_t factor = (codec >= 0 && codec != KR_CODEC_UTF8) ? 3 : 1;
    char *buf = kr_arena_alloc(lx->arena, (size_t)(e - s) * factor + 2);
    Out o = {buf, 0};
    while (s < e) {
        const char *le = raw_line_end(s, e);
        int bad = 0;
        if (!put_line(&o, s, le, codec, check, &bad) && !lx->bad_line) {
            if (check) {
                lx->bad_line = o.lineno;
                set_error_noloc(lx, &lx->bad_err,
                                "Non-UTF-8 code starting with '\\x%.2x' in file %s on line %d, "
                                "but no encoding declared; see https://peps.python.org/pep-0263/ "
                                "for details", bad, lx->filename ? lx->filename : "<string>",
                                o.lineno);
            } else {
                set_error_noloc(lx, &lx->err, "encoding problem: %s", name);
                return false;
            }
        }
        s = le;
    }
    if (o.p > buf && o.p[-1] != '\n')
        *o.p++ = '\n';
    *o.p = '\0';
    lx->text = buf;
    lx->end = o.p;
    return true;
}

static bool decode_utf8_input(Lexer *lx, const char *s, size_t len)
{
    lx->encoding = "utf-8";
    if (memchr(s, '\0', len)) {
        set_error_noloc(lx, &lx->err, "source code string cannot contain null bytes");
        return false;
    }
    char *buf = kr_arena_alloc(lx->arena, len + 2);
    Out o = {buf, 0};
    const char *e = s + len;
    int bad;
    while (s < e) {
        const char *le = raw_line_end(s, e);
        put_line(&o, s, le, -1, false, &bad);
        s = le;
    }
    /* compile() of a str always gets a final newline, even when empty */
    if (o.p == buf || o.p[-1] != '\n')
        *o.p++ = '\n';
    *o.p = '\0';
    lx->text = buf;
    lx->end = o.p;
    return true;
}

static bool decode_source(Lexer *lx)
{
    lx->decoded = true;
    bool ok = lx->input == LEX_BYTES ? decode_bytes(lx, lx->src, lx->srclen)
                                     : decode_utf8_input(lx, lx->src, lx->srclen);
    if (lx->input == LEX_FSTRING)
        lx->encoding = NULL;
    if (!ok) {
        lx->failed = true;
        lx->err_overrides = true;
        lx->text = lx->end = "";
    }
    lx->cur = lx->inp = lx->text;
    lx->line_start = lx->text;
    return ok;
}

/* ------------------------------------------------------------------------
 * Reading characters (tok_nextc / tok_backup)
 * ------------------------------------------------------------------------ */

/* Move on to the next line: CPython's underflow.  lineno and line_start
 * change here, when the first character of the line is wanted. */
static int next_line(Lexer *lx)
{
    if (lx->inp >= lx->end || lx->failed) {
        lx->cur = lx->inp;
        /* CPython's file reader, hitting EOF between tokens, rewinds its
         * line buffer: the current column becomes 0, which is where pegen
         * then puts errors raised at EOF ("expected an indented block").
         * The string reader (compile() of text) keeps the line. */
        if (lx->input == LEX_BYTES && !lx->in_token)
            lx->line_start = lx->cur;
        return EOF_CHAR;
    }
    lx->line_start = lx->cur;
    lx->lineno++;
    const char *nl = memchr(lx->cur, '\n', (size_t)(lx->end - lx->cur));
    lx->inp = nl ? nl + 1 : lx->end;
    if (KR_UNLIKELY(lx->lineno == lx->bad_line)) {
        lx->err = lx->bad_err;
        lx->failed = true;
        lx->err_overrides = true;
        lx->cur = lx->inp;
        return EOF_CHAR;
    }
    return (unsigned char)*lx->cur++;
}

/* The hot path: one compare per character while inside a line. */
static inline int nextc(Lexer *lx)
{
    if (KR_LIKELY(lx->cur != lx->inp))
        return (unsigned char)*lx->cur++;
    return next_line(lx);
}

/* Undo one nextc.  Never crosses a line start: every caller backs up at
 * most the characters it read from the current line. */
static inline void backup(Lexer *lx, int c)
{
    if (c != EOF_CHAR)
        lx->cur--;
}

/* ------------------------------------------------------------------------
 * Lexer object and small queries
 * ------------------------------------------------------------------------ */

Lexer *kr_lex_new(Arena *arena, const char *src, size_t len, LexInput input,
                  const char *filename)
{
    Lexer *lx = kr_arena_alloc(arena, sizeof *lx);
    lx->arena = arena;
    lx->filename = filename;
    lx->input = input;
    char *copy = kr_arena_alloc(arena, len + 1);
    memcpy(copy, src, len);
    lx->src = copy;
    lx->srclen = len;
    lx->atbol = true;
    lx->codec = -1;
    return lx;
}

const SyntaxErr *kr_lex_error(const Lexer *lx) { return lx->failed ? &lx->err : NULL; }

const char *kr_lex_text(const Lexer *lx, size_t *len)
{
    if (len)
        *len = lx->text ? (size_t)(lx->end - lx->text) : 0;
    return lx->text ? lx->text : "";
}

/* Line `lineno` of the decoded buffer, or NULL. */
static const char *buffer_line(Lexer *lx, int lineno)
{
    const char *s = lx->text;
    if (lineno == lx->lineno && lx->line_start)
        s = lx->line_start;     /* the common case: no scan */
    else
        for (int n = 1; n < lineno; n++) {
            const char *nl = memchr(s, '\n', (size_t)(lx->end - s));
            if (!nl)
                return NULL;
            s = nl + 1;
        }
    if (s >= lx->end)
        return NULL;
    const char *nl = memchr(s, '\n', (size_t)(lx->end - s));
    const char *e = nl ? nl + 1 : lx->end;
    return replace_invalid_utf8(lx->arena, s, (size_t)(e - s));
}

/* Line `lineno` as CPython's err_programtext re-reads it from the file for
 * a parser error's SyntaxError.text: the physical line of the raw bytes
 * (the BOM kept on line 1), read through a 1000-byte fgets buffer -- so a
 * line longer than 998 bytes shows only its last chunk -- cut at a NUL
 * byte, then decoded with the declared codec, "replace"-style.  NULL if the
 * file has no such line. */
static const char *file_line(Lexer *lx, int lineno)
{
    const char *s = lx->src, *e = lx->src + lx->srclen;
    for (int n = 1; n < lineno; n++) {
        s = raw_line_end(s, e);
        if (s >= e)
            return NULL;
    }
    if (s >= e)
        return NULL;
    const char *le = raw_line_end(s, e);
    size_t len = (size_t)(le - s);
    if (len > 999)
        s += ((len - 1) / 999) * 999;
    const char *nul = memchr(s, '\0', (size_t)(le - s));
    if (nul)
        le = nul;
    char *buf = kr_arena_alloc(lx->arena, (size_t)(le - s) * 3 + 2);
    Out o = {buf, 0};
    int bad;
    put_line(&o, s, le, lx->codec == KR_CODEC_UTF8 ? -1 : lx->codec, false, &bad);
    *o.p = '\0';
    return replace_invalid_utf8(lx->arena, buf, (size_t)(o.p - buf));
}

const char *kr_lex_line(Lexer *lx, int lineno)
{
    if (!lx->decoded)
        decode_source(lx);
    if (lineno < 1)
        return NULL;
    if (lx->input != LEX_BYTES)
        return buffer_line(lx, lineno);
    const char *line = file_line(lx, lineno);
    /* past the end of the file, pegen falls back to the tokenizer's line */
    if (!line && lx->lineno <= lineno && lx->line_start)
        line = buffer_line(lx, lx->lineno);
    return line;
}

bool kr_lex_error_overrides(const Lexer *lx) { return lx->failed && lx->err_overrides; }

int kr_lex_paren_level(const Lexer *lx) { return lx->level; }

bool kr_lex_open_paren(const Lexer *lx, char *ch, int *lineno, int *col_offset)
{
    if (lx->level == 0)
        return false;
    *ch = lx->parenstack[lx->level - 1];
    *lineno = lx->parenlineno[lx->level - 1];
    *col_offset = lx->parencol[lx->level - 1];
    return true;
}

bool kr_lex_at_eof(const Lexer *lx) { return lx->at_eof; }

const char *kr_lex_encoding(Lexer *lx)
{
    if (!lx->decoded)
        decode_source(lx);
    return lx->encoding;
}

void kr_lex_position(const Lexer *lx, int *lineno, int *col_offset)
{
    *lineno = lx->lineno;
    *col_offset = lx->line_start ? (int)(lx->cur - lx->line_start) : 0;
}

static const char *const token_names[] = {
#define TOK(name, spelling) spelling,
#define KW(name, spelling) spelling,
#include "parse/tokens.def"
#undef TOK
#undef KW
};

const char *kr_lex_token_name(TokenKind kind)
{
    if ((unsigned)kind >= KR_ARRAY_LEN(token_names))
        return "?";
    return token_names[kind];
}

/* ------------------------------------------------------------------------
 * Keywords and operators
 * ------------------------------------------------------------------------ */

/* The hard keyword spelled by s[0..n), or T_NAME.  Keywords are 2..8
 * letters, all lower case except False/None/True; the switch on the first
 * letter keeps this to one or two memcmp calls per NAME. */
static TokenKind keyword_kind(const char *s, size_t n)
{
    if (n < 2 || n > 8)
        return T_NAME;
#define KW_IS(lit, kind) \
    if (n == sizeof(lit) - 1 && !memcmp(s, lit, n)) return kind
    switch (s[0]) {
    case 'F': KW_IS("False", KW_False); break;
    case 'N': KW_IS("None", KW_None); break;
    case 'T': KW_IS("True", KW_True); break;
    case 'a':
        KW_IS("and", KW_and); KW_IS("as", KW_as); KW_IS("assert", KW_assert);
        KW_IS("async", KW_async); KW_IS("await", KW_await);
        break;
    case 'b': KW_IS("break", KW_break); break;
    case 'c': KW_IS("class", KW_class); KW_IS("continue", KW_continue); break;
    case 'd': KW_IS("def", KW_def); KW_IS("del", KW_del); break;
    case 'e':
        KW_IS("elif", KW_elif); KW_IS("else", KW_else); KW_IS("except", KW_except);
        break;
    case 'f':
        KW_IS("finally", KW_finally); KW_IS("for", KW_for); KW_IS("from", KW_from);
        break;
    case 'g': KW_IS("global", KW_global); break;
    case 'i':
        KW_IS("if", KW_if); KW_IS("import", KW_import); KW_IS("in", KW_in);
        KW_IS("is", KW_is);
        break;
    case 'l': KW_IS("lambda", KW_lambda); break;
    case 'n': KW_IS("nonlocal", KW_nonlocal); KW_IS("not", KW_not); break;
    case 'o': KW_IS("or", KW_or); break;
    case 'p': KW_IS("pass", KW_pass); break;
    case 'r': KW_IS("raise", KW_raise); KW_IS("return", KW_return); break;
    case 't': KW_IS("try", KW_try); break;
    case 'w': KW_IS("while", KW_while); KW_IS("with", KW_with); break;
    case 'y': KW_IS("yield", KW_yield); break;
    }
#undef KW_IS
    return T_NAME;
}

/* CPython's PyToken_OneChar: anything else is OP.  "$", "?", "!" and "`"
 * become OP tokens, not lexer errors: the parser reports them as "invalid
 * syntax" at that token, as CPython does. */
static TokenKind one_char(int c)
{
    switch (c) {
    case '%': return T_PERCENT;
    case '&': return T_AMPER;
    case '(': return T_LPAR;
    case ')': return T_RPAR;
    case '*': return T_STAR;
    case '+': return T_PLUS;
    case ',': return T_COMMA;
    case '-': return T_MINUS;
    case '.': return T_DOT;
    case '/': return T_SLASH;
    case ':': return T_COLON;
    case ';': return T_SEMI;
    case '<': return T_LESS;
    case '=': return T_EQUAL;
    case '>': return T_GREATER;
    case '@': return T_AT;
    case '[': return T_LSQB;
    case ']': return T_RSQB;
    case '^': return T_CIRCUMFLEX;
    case '{': return T_LBRACE;
    case '|': return T_VBAR;
    case '}': return T_RBRACE;
    case '~': return T_TILDE;
    }
    return T_OP;
}

/* CPython's PyToken_TwoChars; T_OP if c1 c2 is not an operator.  "<>" is
 * NOTEQUAL as in CPython: the parser accepts it only under barry_as_FLUFL,
 * so it must check the token text. */
static TokenKind two_chars(int c1, int c2)
{
    switch (c1) {
    case '!': if (c2 == '=') return T_NOTEQUAL; break;
    case '%': if (c2 == '=') return T_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return T_AMPEREQUAL; break;
    case '*':
        if (c2 == '*') return T_DOUBLESTAR;
        if (c2 == '=') return T_STAREQUAL;
        break;
    case '+': if (c2 == '=') return T_PLUSEQUAL; break;
    case '-':
        if (c2 == '=') return T_MINEQUAL;
        if (c2 == '>') return T_RARROW;
        break;
    case '/':
        if (c2 == '/') return T_DOUBLESLASH;
        if (c2 == '=') return T_SLASHEQUAL;
        break;
    case ':': if (c2 == '=') return T_COLONEQUAL; break;
    case '<':
        if (c2 == '<') return T_LEFTSHIFT;
        if (c2 == '=') return T_LESSEQUAL;
        if (c2 == '>') return T_NOTEQUAL;
        break;
    case '=': if (c2 == '=') return T_EQEQUAL; break;
    case '>':
        if (c2 == '=') return T_GREATEREQUAL;
        if (c2 == '>') return T_RIGHTSHIFT;
        break;
    case '@': if (c2 == '=') return T_ATEQUAL; break;
    case '^': if (c2 == '=') return T_CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return T_VBAREQUAL; break;
    }
    return T_OP;
}

static TokenKind three_chars(int c1, int c2, int c3)
{
    if (c3 != '=') {
        if (c1 == '.' && c2 == '.' && c3 == '.')
            return T_ELLIPSIS;
        return T_OP;
    }
    if (c1 == '*' && c2 == '*') return T_DOUBLESTAREQUAL;
    if (c1 == '/' && c2 == '/') return T_DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<') return T_LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>') return T_RIGHTSHIFTEQUAL;
    return T_OP;
}

/* ------------------------------------------------------------------------
 * Indentation (the atbol block of CPython's tok_get)
 *
 * Each line's indentation is measured twice: `col` with tabs to multiples
 * of 8, `altcol` with tabs counting 1.  A block structure that holds under
 * one measure but not the other depends on the tab width, which is exactly
 * "inconsistent use of tabs and spaces": both stacks must order the same way
 * at every comparison.  Blank and comment-only lines, and lines inside
 * brackets, never change the indentation.
 * ------------------------------------------------------------------------ */

/* A backslash-newline, as tok_continuation_line: returns the first
 * character of the next line (backed up), or EOF_CHAR with the error set
 * (or, inside brackets at EOF, lx->at_eof for the ERRORTOKEN). */
static int continuation_line(Lexer *lx)
{
    int c = nextc(lx);
    if (c != '\n') {
        /* pegen: col_offset = cur - line_start - 1, then +1 */
        set_parser_error(lx, SYNERR_SYNTAX, (int)(lx->cur - lx->line_start), 0,
                         "unexpected character after line continuation character");
        return EOF_CHAR;
    }
    c = nextc(lx);
    if (c == EOF_CHAR) {
        lx->cur = lx->inp;
        if (!lx->failed && lx->level == 0)
            set_parser_error(lx, SYNERR_SYNTAX, (int)(lx->cur - lx->line_start), -1,
                             "unexpected EOF while parsing");
        lx->at_eof = true;
        return EOF_CHAR;
    }
    backup(lx, c);
    return c;
}

/* pegen's RAISE_INDENTATION_ERROR / tokenizer_error for indentation:
 * tok->cur is moved to the end of the line first, as CPython does. */
static bool indent_error(Lexer *lx, SyntaxErrKind kind, const char *msg)
{
    lx->cur = lx->inp;
    return set_parser_error(lx, kind, 1, 0, msg);
}

/* Measure the indentation of a new line and queue INDENT/DEDENT tokens.
 * False on an error (or on a backslash-EOF; lx->at_eof then tells). */
static bool read_indentation(Lexer *lx, bool *blankline)
{
    int col = 0, altcol = 0, cont_line_col = 0, c;
    lx->atbol = false;
    for (;;) {
        c = nextc(lx);
        if (c == ' ') {
            col++, altcol++;
        } else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
        } else if (c == '\014') {
            col = altcol = 0;           /* form feed resets, for Emacs users */
        } else if (c == '\\') {
            /* The first backslash line fixes the indentation of what follows. */
            cont_line_col = cont_line_col ? cont_line_col : col;
            if (continuation_line(lx) == EOF_CHAR)
                return false;
        } else {
            break;
        }
    }
    backup(lx, c);
    *blankline = (c == '#' || c == '\n');
    if (*blankline || lx->level != 0)
        return true;
    if (cont_line_col) {
        col = cont_line_col;
        altcol = cont_line_col;
    }
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altindstack[lx->indent])
            return indent_error(lx, SYNERR_TAB, "inconsistent use of tabs and spaces in indentation");
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= MAXINDENT)
            return indent_error(lx, SYNERR_INDENTATION, "too many levels of indentation");
        if (altcol <= lx->altindstack[lx->indent])
            return indent_error(lx, SYNERR_TAB, "inconsistent use of tabs and spaces in indentation");
        lx->pendin++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            /* pegen raises this at the error token, whose column is
             * unknown: the offset is tok->cur - line_start, uncorrected */
            lx->cur = lx->inp;
            return set_parser_error(lx, SYNERR_INDENTATION, (int)(lx->cur - lx->line_start), -1,
                                    "unindent does not match any outer indentation level");
        }
        if (altcol != lx->altindstack[lx->indent])
            return indent_error(lx, SYNERR_TAB, "inconsistent use of tabs and spaces in indentation");
    }
    return true;
}

/* ------------------------------------------------------------------------
 * Identifiers
 * ------------------------------------------------------------------------ */

/* Decode one UTF-8 sequence at s (lenient: the text may hold anything a
 * utf-8 cookie let through).  Returns its length, 0 if invalid. */
static int utf8_decode(const unsigned char *s, const unsigned char *e, uint32_t *cp)
{
    int n = valid_utf8(s, e);
    if (n == 0) {
        /* lone surrogates (WTF-8) come from str input: accept those */
        if (e - s >= 3 && s[0] == 0xED && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
            n = 3;
        else
            return 0;
    }
    switch (n) {
    case 1: *cp = s[0]; break;
    case 2: *cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F); break;
    case 3: *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F); break;
    default:
        *cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
              ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    }
    return n;
}

/* CPython's verify_identifier for a NAME containing non-ASCII bytes: the
 * first character must be XID_Start or '_', the rest XID_Continue. */
static bool verify_identifier(Lexer *lx, const char *start)
{
    const unsigned char *s = (const unsigned char *)start;
    const unsigned char *e = (const unsigned char *)lx->cur;
    bool first = true;
    while (s < e) {
        uint32_t cp;
        int n = utf8_decode(s, e, &cp);
        if (n == 0) {
            char msg[160];
            kr_strings_utf8_error(start, (size_t)(lx->cur - start), msg, sizeof msg);
            return set_parser_error(lx, SYNERR_SYNTAX, (int)(lx->cur - lx->line_start), -1,
                                    kr_arena_strndup(lx->arena, msg, strlen(msg)));
        }
        bool ok = cp == '_' || (first ? kr_unicode_is_xid_start(cp) : kr_unicode_is_xid_continue(cp));
        if (!ok) {
            /* point just past the bad character, unless it ends the name */
            if (s + n < e)
                lx->cur = (const char *)(s + n);
            if (kr_unicode_isprintable(cp)) {
                char utf8[5] = {0};
                memcpy(utf8, s, (size_t)n);
                return set_error_at_cur(lx, "invalid character '%s' (U+%04X)", utf8, (unsigned)cp);
            }
            return set_error_at_cur(lx, "invalid non-printable character U+%04X", (unsigned)cp);
        }
        first = false;
        s += n;
    }
    return true;
}

/* ------------------------------------------------------------------------
 * Numbers
 *
 * The scanner only delimits a NUMBER token and reports CPython's errors;
 * the parser converts the text.  The order of checks below is CPython's and
 * decides which message wins ("0o8" is "invalid digit '8' in octal literal",
 * "0o" is "invalid octal literal", "0777" is the leading-zeros error), and
 * where the caret goes: an error "at cur" points just past the last
 * character consumed, so each path backs up exactly where CPython does.
 * ------------------------------------------------------------------------ */

/* CPython's lookahead(): do the characters after the current one spell
 * `test` (and then not an identifier character)?  Consumes nothing. */
static bool lookahead(Lexer *lx, const char *test)
{
    const char *s = lx->cur;
    for (; *test; test++, s++)
        if (*s != *test)
            return false;
    return !is_id_char((unsigned char)*s);
}

/* CPython's verify_end_of_number: c is the character after the number.
 * A keyword that can legally follow a number ("1if x else y") is accepted
 * (CPython warns); any other identifier character is an error. */
static bool verify_end_of_number(Lexer *lx, int c, const char *kind)
{
    bool kw = false;
    switch (c) {
    case 'a': kw = lookahead(lx, "nd"); break;
    case 'e': kw = lookahead(lx, "lse"); break;
    case 'f': kw = lookahead(lx, "or"); break;
    case 'i': kw = *lx->cur == 'f' || *lx->cur == 'n' || *lx->cur == 's'; break;
    case 'o': kw = lookahead(lx, "r"); break;
    case 'n': kw = lookahead(lx, "ot"); break;
    }
    if (kw) {
        /* Hook: CPython emits SyntaxWarning("invalid %s literal") here. */
        return true;
    }
    if (c != EOF_CHAR && is_id_char(c)) {
        backup(lx, c);
        return set_error_at_cur(lx, "invalid %s literal", kind);
    }
    return true;
}

/* Digits with single underscores between them (tok_decimal_tail).  Called
 * after a first digit was read; returns the character after the digits,
 * or EOF_CHAR - 1 on an error. */
#define NUM_ERROR (EOF_CHAR - 1)

static int decimal_tail(Lexer *lx)
{
    int c;
    for (;;) {
        do
            c = nextc(lx);
        while (is_digit(c));
        if (c != '_')
            break;
        c = nextc(lx);
        if (!is_digit(c)) {
            backup(lx, c);
            set_error_at_cur(lx, "invalid decimal literal");
            return NUM_ERROR;
        }
    }
    return c;
}

/* 0x / 0o / 0b bodies: digits in [lo, hi] (hex: is_xdigit) with single
 * underscores.  c is the character after the prefix. */
static bool radix_body(Lexer *lx, int c, int radix, const char *kind)
{
    bool hex = radix == 16;
    int hi = radix == 8 ? '7' : '1';
    do {
        if (c == '_')
            c = nextc(lx);
        bool ok = hex ? is_xdigit(c) : (c >= '0' && c <= hi);
        if (!ok) {
            if (!hex && is_digit(c))
                return set_error_at_cur(lx, "invalid digit '%c' in %s literal", c, kind);
            backup(lx, c);
            return set_error_at_cur(lx, "invalid %s literal", kind);
        }
        do
            c = nextc(lx);
        while (hex ? is_xdigit(c) : (c >= '0' && c <= hi));
    } while (c == '_');
    if (!hex && is_digit(c))
        return set_error_at_cur(lx, "invalid digit '%c' in %s literal", c, kind);
    if (!verify_end_of_number(lx, c, kind))
        return false;
    backup(lx, c);
    return true;
}

/* The part after the integer digits: '.' fraction, exponent, 'j'.  c is
 * the character after the digits; `frac` says a '.' was already consumed
 * and c is the character after it. */
static bool number_suffix(Lexer *lx, int c, bool frac)
{
    if (!frac && c == '.') {
        c = nextc(lx);
        frac = true;
    }
    if (frac && is_digit(c)) {
        c = decimal_tail(lx);
        if (c == NUM_ERROR)
            return false;
    }
    if (c == 'e' || c == 'E') {
        int e = c;
        c = nextc(lx);
        if (c == '+' || c == '-') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx, c);
                return set_error_at_cur(lx, "invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            /* "1e" then a name: the 'e' is not part of the number */
            backup(lx, c);
            if (!verify_end_of_number(lx, e, "decimal"))
                return false;
            backup(lx, e);
            return true;
        }
        c = decimal_tail(lx);
        if (c == NUM_ERROR)
            return false;
    }
    if (c == 'j' || c == 'J') {
        c = nextc(lx);
        if (!verify_end_of_number(lx, c, "imaginary"))
            return false;
    } else if (!verify_end_of_number(lx, c, "decimal")) {
        return false;
    }
    backup(lx, c);
    return true;
}

/* A number starting with '0': radix prefixes, "0", "000", 0.5, 0e1, 0j,
 * and the error for old-style octal "0777". */
static bool zero_number(Lexer *lx, const char *start)
{
    int c = nextc(lx);
    if (c == 'x' || c == 'X')
        return radix_body(lx, nextc(lx), 16, "hexadecimal");
    if (c == 'o' || c == 'O')
        return radix_body(lx, nextc(lx), 8, "octal");
    if (c == 'b' || c == 'B')
        return radix_body(lx, nextc(lx), 2, "binary");
    bool nonzero = false;
    for (;;) {
        if (c == '_') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx, c);
                return set_error_at_cur(lx, "invalid decimal literal");
            }
        }
        if (c != '0')
            break;
        c = nextc(lx);
    }
    const char *zeros_end = lx->cur;
    if (is_digit(c)) {
        nonzero = true;
        c = decimal_tail(lx);
        if (c == NUM_ERROR)
            return false;
    }
    if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J')
        return number_suffix(lx, c, false);
    if (nonzero) {
        backup(lx, c);
        return set_error_range(lx, (int)(start + 1 - lx->line_start),
                               (int)(zeros_end - lx->line_start),
                               "leading zeros in decimal integer literals are not permitted; "
                               "use an 0o prefix for octal integers");
    }
    if (!verify_end_of_number(lx, c, "decimal"))
        return false;
    backup(lx, c);
    return true;
}

/* A NUMBER token whose first character c (a digit, or '.' followed by a
 * digit when frac) has been read. */
static bool lex_number(Lexer *lx, int c, const char *start, bool frac)
{
    if (frac)
        return number_suffix(lx, c, true);
    if (c == '0')
        return zero_number(lx, start);
    c = decimal_tail(lx);
    if (c == NUM_ERROR)
        return false;
    return number_suffix(lx, c, false);
}

/* ------------------------------------------------------------------------
 * Strings
 *
 * 3.11 tokenizes a literal whole, f-strings included: the scanner only has
 * to find the closing quote, skipping one character after each backslash.
 * Decoding, escapes and f-string fields are strings.c's business.
 * ------------------------------------------------------------------------ */

/* The body of a string literal; the opening quote c has been read.  Sets
 * first_lineno/multi_line_start so the token starts where the string did. */
static bool lex_string(Lexer *lx, int quote, const char *start)
{
    int quote_size = 1, end_quote_size = 0;
    lx->first_lineno = lx->lineno;
    lx->multi_line_start = lx->line_start;
    int c = nextc(lx);
    if (c == quote) {
        c = nextc(lx);
        if (c == quote)
            quote_size = 3;
        else
            end_quote_size = 1;     /* the empty string */
    }
    if (c != quote)
        backup(lx, c);
    while (end_quote_size != quote_size) {
        c = nextc(lx);
        if (lx->failed)
            return false;
        if (c == EOF_CHAR || (quote_size == 1 && c == '\n')) {
            /* report from the start of the string */
            int detected = lx->lineno;
            lx->cur = start + 1;
            lx->line_start = lx->multi_line_start;
            lx->lineno = lx->first_lineno;
            if (quote_size == 3)
                return set_error_at_cur(lx, "unterminated triple-quoted string literal"
                                            " (detected at line %d)", detected);
            return set_error_at_cur(lx, "unterminated string literal (detected at line %d)",
                                    detected);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\')
                nextc(lx);      /* skip the escaped character */
        }
    }
    return true;
}

/* ------------------------------------------------------------------------
 * The token loop (CPython's tok_get)
 * ------------------------------------------------------------------------ */

/* The bracket bookkeeping for an operator character c. */
static bool track_brackets(Lexer *lx, int c, const char *start)
{
    switch (c) {
    case '(':
    case '[':
    case '{':
        if (lx->level >= MAXLEVEL)
            return set_error_at_cur(lx, "too many nested parentheses");
        lx->parenstack[lx->level] = (char)c;
        lx->parenlineno[lx->level] = lx->lineno;
        lx->parencol[lx->level] = (int)(start - lx->line_start);
        lx->level++;
        return true;
    case ')':
    case ']':
    case '}': {
        if (!lx->level)
            return set_error_at_cur(lx, "unmatched '%c'", c);
        lx->level--;
        int open = lx->parenstack[lx->level];
        if ((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))
            return true;
        if (lx->parenlineno[lx->level] != lx->lineno)
            return set_error_at_cur(lx, "closing parenthesis '%c' does not match opening "
                                        "parenthesis '%c' on line %d",
                                    c, open, lx->parenlineno[lx->level]);
        return set_error_at_cur(lx, "closing parenthesis '%c' does not match opening "
                                    "parenthesis '%c'", c, open);
    }
    }
    return true;
}

/* Operators and other punctuation; c has been read. */
static TokenKind lex_operator(Lexer *lx, int c, const char *start)
{
    int c2 = nextc(lx);
    TokenKind kind = two_chars(c, c2);
    if (kind != T_OP) {
        int c3 = nextc(lx);
        TokenKind k3 = three_chars(c, c2, c3);
        if (k3 != T_OP)
            kind = k3;
        else
            backup(lx, c3);
        return kind;
    }
    backup(lx, c2);
    if (!track_brackets(lx, c, start))
        return T_ERRORTOKEN;
    /* ASCII only here: non-ASCII bytes went the identifier way */
    if (c < 0x20 || c == 0x7F)
        return set_error_at_cur(lx, "invalid non-printable character U+%04X", c), T_ERRORTOKEN;
    return one_char(c);
}

/* A NAME, keyword, or a string with a prefix (b"", rb"", f"", u"", ...). */
static TokenKind lex_name(Lexer *lx, int c, const char *start)
{
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
        if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
            saw_b = true;
        else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
            saw_u = true;
        else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
            saw_r = true;
        else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
            saw_f = true;
        else
            break;
        c = nextc(lx);
        if (c == '"' || c == '\'')
            return lex_string(lx, c, start) ? T_STRING : T_ERRORTOKEN;
    }
    /* Not a string prefix after all: an ordinary name.  Non-ASCII bytes are
     * accepted here and checked as a whole afterwards (verify_identifier),
     * which keeps the ASCII path to one table-free compare per byte. */
    bool nonascii = false;
    /* names never span lines: a pointer loop is safe (the line ends in '\n') */
    const char *p = lx->cur;
    while (is_id_char(c)) {
        nonascii |= c >= 128;
        c = (unsigned char)*p++;
    }
    lx->cur = p - 1;
    if (nonascii && !verify_identifier(lx, start))
        return T_ERRORTOKEN;
    return keyword_kind(start, (size_t)(lx->cur - start));
}

/* Skip blanks and a comment; returns the first significant character and
 * sets *start to it (a comment's '#', if the line ends after a comment:
 * CPython's NEWLINE token then starts at the '#'). */
static int skip_blanks(Lexer *lx, const char **start)
{
    int c;
    do
        c = nextc(lx);
    while (c == ' ' || c == '\t' || c == '\014');
    *start = lx->cur - 1;
    lx->in_token = true;
    if (c == '#') {
        const char *nl = memchr(lx->cur, '\n', (size_t)(lx->inp - lx->cur));
        lx->cur = nl ? nl : lx->inp;
        c = nextc(lx);
    }
    return c;
}

/* The end of input: ENDMARKER, or ERRORTOKEN while brackets are open. */
static TokenKind lex_eof(Lexer *lx)
{
    if (lx->failed)
        return T_ERRORTOKEN;
    lx->at_eof = true;
    return lx->level ? T_ERRORTOKEN : T_ENDMARKER;
}

/* One token: the kind, with [*ps, *pe) its text (NULL for INDENT, DEDENT,
 * ENDMARKER, whose columns CPython leaves unknown).  T_ERRORTOKEN with
 * lx->failed set is an error. */
static TokenKind lex_token(Lexer *lx, const char **ps, const char **pe)
{
    int c;
    const char *start;
    bool blankline;
    *ps = *pe = NULL;
nextline:
    blankline = false;
    lx->in_token = false;
    {
        if (lx->atbol && !read_indentation(lx, &blankline))
            return lx->failed ? T_ERRORTOKEN : lex_eof(lx);
        if (lx->pendin != 0) {
            if (lx->pendin < 0) {
                lx->pendin++;
                return T_DEDENT;
            }
            lx->pendin--;
            return T_INDENT;
        }
again:
        lx->in_token = false;
        c = skip_blanks(lx, &start);
        if (c == EOF_CHAR)
            return lex_eof(lx);
        if (is_id_start(c)) {
            TokenKind k = lex_name(lx, c, start);
            *ps = start;
            *pe = lx->cur;
            return k;
        }
        if (c == '\n') {
            lx->atbol = true;
            if (blankline || lx->level > 0)
                goto nextline;
            lx->cont_line = false;
            *ps = start;
            *pe = lx->cur - 1;      /* the '\n' is not part of the token */
            return T_NEWLINE;
        }
    }
    TokenKind kind;
    if (c == '.') {
        int c2 = nextc(lx);
        if (is_digit(c2)) {
            kind = lex_number(lx, c2, start, true) ? T_NUMBER : T_ERRORTOKEN;
        } else if (c2 == '.' && lx->cur[0] == '.') {
            lx->cur++;
            kind = T_ELLIPSIS;
        } else {
            backup(lx, c2);
            kind = T_DOT;
        }
    } else if (is_digit(c)) {
        kind = lex_number(lx, c, start, false) ? T_NUMBER : T_ERRORTOKEN;
    } else if (c == '"' || c == '\'') {
        kind = lex_string(lx, c, start) ? T_STRING : T_ERRORTOKEN;
    } else if (c == '\\') {
        if (continuation_line(lx) == EOF_CHAR)
            return lx->failed ? T_ERRORTOKEN : lex_eof(lx);
        lx->cont_line = true;
        goto again;
    } else {
        kind = lex_operator(lx, c, start);
    }
    *ps = start;
    *pe = lx->cur;
    return kind;
}

/* Positions as pegen's initialize_token computes them: a STRING starts
 * where the string began (first_lineno, multi_line_start) and ends on the
 * current line; INDENT, DEDENT, ENDMARKER and the EOF ERRORTOKEN have no
 * text, so their columns are -1 (pegen then uses the lexer position). */
bool kr_lex_next(Lexer *lx, Token *t)
{
    if (KR_UNLIKELY(!lx->decoded))
        decode_source(lx);
    if (KR_UNLIKELY(lx->failed))
        return false;
    const char *s, *e;
    TokenKind kind = lex_token(lx, &s, &e);
    if (KR_UNLIKELY(lx->failed))
        return false;
    bool str = kind == T_STRING;
    const char *ls = str ? lx->multi_line_start : lx->line_start;
    t->kind = kind;
    t->lineno = str ? lx->first_lineno : lx->lineno;
    t->end_lineno = lx->lineno;
    t->col_offset = s && s >= ls ? (int)(s - ls) : -1;
    t->end_col_offset = e && e >= lx->line_start ? (int)(e - lx->line_start) : -1;
    t->start = s ? s : lx->cur;
    t->end = e ? e : lx->cur;
    return true;
}
