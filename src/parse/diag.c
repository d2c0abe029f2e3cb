/*
 * diag.c -- printing a SyntaxErr the way CPython 3.11 prints it.
 *
 * When `python3.11 bad.py` fails to compile, the uncaught SyntaxError goes
 * through the C exception printer in Python/pythonrun.c (print_exception,
 * parse_syntax_error, print_error_text), not through traceback.py.  Its
 * output is four lines:
 *
 *     File "bad.py", line 3
 *       x = (1 +
 *           ^
 *   SyntaxError: '(' was never closed
 *
 * The shape looks simple, but tests compare stderr byte for byte, so this
 * file reproduces the printer's arithmetic exactly, quirks included:
 *
 *   - offsets are in characters, yet the printer measures the line in UTF-8
 *     bytes (PyUnicode_AsUTF8AndSize, strlen) and mixes the two units when
 *     it clips; on non-ASCII lines the caret run can therefore come out
 *     longer than the text it underlines.  We mix them the same way.
 *   - MemoryError (CPython 3.11's answer to a parser stack overflow) is
 *     printed as a plain exception: no location, no source line.
 *   - IndentationError and TabError (SyntaxError subclasses) ignore
 *     end_offset: they always get a single caret.
 *   - an error spanning lines underlines to the end of its first line only.
 *   - the caret is dropped when the offset points left of the stripped text
 *     (offset 0 or "none"), and clipped when it points past the end.
 *   - text holding several lines (an error inside a multi-line token) is
 *     printed from the line the offset falls in.
 *
 * kr_diag_char_offset is the converse helper for producers, which work in
 * byte columns: it counts code points the way CPython's
 * _PyPegen_byte_offset_to_character_offset does, by decoding with
 * errors="replace".
 */
#include "parse/diag.h"

#include <string.h>

#include "core/common.h"

const char *kr_diag_kind_name(SyntaxErrKind kind)
{
    switch (kind) {
    case SYNERR_INDENTATION: return "IndentationError";
    case SYNERR_TAB:         return "TabError";
    case SYNERR_MEMORY:      return "MemoryError";
    case SYNERR_SYNTAX:      break;
    }
    return "SyntaxError";
}

/* ---- byte columns to character columns -------------------------------- */

static bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* Bytes taken by one replacement-decoded character starting at s[0], with
 * n >= 1 bytes available.  This follows the "maximal subpart" rule that
 * CPython's UTF-8 decoder implements: a valid prefix of a multi-byte
 * sequence (cut short by the end or by a bad byte) becomes one U+FFFD, and
 * any other invalid byte becomes one U+FFFD on its own. */
static int utf8_char_len(const unsigned char *s, int n)
{
    unsigned char c = s[0];
    int need;
    unsigned char lo = 0x80, hi = 0xBF;   /* allowed range of the 2nd byte */
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;          /* overlong */
        if (c == 0xED) hi = 0x9F;          /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;          /* overlong */
        if (c == 0xF4) hi = 0x8F;          /* above U+10FFFF */
    } else {
        return 1;                          /* stray continuation or bad lead */
    }
    if (n < 2 || s[1] < lo || s[1] > hi)
        return 1;
    int len = 2;
    while (len <= need && len < n && is_cont(s[len]))
        len++;
    return len;
}

int kr_diag_char_offset(const char *s, int byte_len)
{
    if (s == NULL || byte_len <= 0)
        return 0;
    /* CPython clips to strlen + 1, decoding the terminating NUL as one more
     * character: a column just past the end of the text stays one past. */
    size_t slen = strlen(s);
    if ((size_t)byte_len > slen + 1)
        byte_len = (int)slen + 1;
    const unsigned char *u = (const unsigned char *)s;
    int count = 0;
    for (int i = 0; i < byte_len;) {
        if (KR_LIKELY(u[i] < 0x80))
            i++;
        else
            i += utf8_char_len(u + i, byte_len - i);
        count++;
    }
    return count;
}

/* ---- the printer ------------------------------------------------------- */

static void put_spaces(FILE *out, long n)
{
    while (n-- > 0)
        fputc(' ', out);
}

/* The 1-based end offset the printer will actually use, or -1 for "none"
 * (parse_syntax_error plus the clipping in print_exception).  line_size is
 * the UTF-8 size of the whole text, newline included. */
static long effective_end_offset(const SyntaxErr *e, long line_size)
{
    if (e->kind != SYNERR_SYNTAX)
        return -1;                  /* subclasses: end_offset is not read */
    long end = e->end_offset > 0 ? e->end_offset : -1;
    if (e->end_lineno > e->lineno)
        end = line_size;            /* underline to the end of the first line */
    if (end > line_size + 1)
        end = line_size + 1;
    return end;
}

/* print_error_text: the source line stripped of leading blanks, then the
 * caret line.  offset is 1-based in characters (<= 0: none). */
static void print_error_text(FILE *out, long offset, long end_offset, const char *text)
{
    long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;

    offset--;                                   /* to 0-based */
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    long len = (long)strlen(text);              /* bytes, sans newline */
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;

    /* Text spanning lines: start at the line that holds the offset. */
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (nl == NULL || nl - text >= offset)
            break;
        long skip = (long)(nl - text) + 1;
        text += skip;
        len -= skip;
        offset -= skip;
    }

    fputs("    ", out);
    fputs(text, out);
    if (text[len] != '\n')
        fputc('\n', out);

    if (offset < 0)
        return;                                 /* points left of the text */
    fputs("    ", out);
    put_spaces(out, offset);
    while (carets-- > 0)
        fputc('^', out);
    fputc('\n', out);
}

void kr_diag_print(FILE *out, const char *filename, const SyntaxErr *e)
{
    /* MemoryError (the parser's stack overflow) is not a SyntaxError: it
     * has no location, and CPython prints its bare class name.  A
     * SyntaxError without a line number (the file decoding errors, raised
     * with a message only) makes CPython's parse_syntax_error give up, and
     * again only the last line is printed. */
    bool located = e->kind != SYNERR_MEMORY && e->lineno != 0;
    if (located)
        fprintf(out, "  File \"%s\", line %d\n", filename ? filename : "<string>", e->lineno);
    if (located && e->text != NULL) {
        long line_size = (long)strlen(e->text);
        long end = effective_end_offset(e, line_size);
        print_error_text(out, e->offset, end, e->text);
    }
    const char *msg = e->msg ? e->msg : "";
    fputs(kr_diag_kind_name(e->kind), out);
    if (*msg != '\0') {
        fputs(": ", out);
        fputs(msg, out);
    }
    fputc('\n', out);
}
