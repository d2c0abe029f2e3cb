/*
 * unicode_check.c -- dump what src/core/unicode.c says, for
 * tools/check_unicode.py to compare with python3.11.
 *
 *   unicode_check props       one line per code point 0..0x10FFFF
 *   unicode_check lookup      names on stdin, one per line -> code point
 *                             (or -1) and named sequence (or -)
 *   unicode_check normalize   hex code points on stdin, one string per
 *                             line -> NFC NFD NFKC NFKD results and the
 *                             four is_normalized answers
 *
 * The checker prints facts and the Python side judges, so CPython stays
 * the only oracle and this file never needs to know an expected value.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/unicode.h"

static void put_cps(Buf *b, const uint32_t *cps, int n)
{
    for (int i = 0; i < n; i++)
        kr_buf_printf(b, i ? " %X" : "%X", (unsigned)cps[i]);
}

static void put_case(Buf *b, int (*map)(uint32_t, uint32_t *), uint32_t cp)
{
    uint32_t out[KR_UNICODE_CASE_MAX];
    put_cps(b, out, map(cp, out));
    kr_buf_putc(b, '|');
}

/* Predicates in the order tools/check_unicode.py reads them. */
static bool (*const predicates[])(uint32_t) = {
    kr_unicode_isalpha, kr_unicode_isdecimal, kr_unicode_isdigit,
    kr_unicode_isnumeric, kr_unicode_isalnum, kr_unicode_isspace,
    kr_unicode_islower, kr_unicode_isupper, kr_unicode_istitle,
    kr_unicode_isprintable, kr_unicode_is_linebreak, kr_unicode_is_cased,
    kr_unicode_is_case_ignorable, kr_unicode_is_xid_start,
    kr_unicode_is_xid_continue, kr_unicode_mirrored,
};

static void props_line(Buf *b, uint32_t cp)
{
    kr_buf_printf(b, "%X|%s|%s|%d|%s|", (unsigned)cp, kr_unicode_category(cp),
                  kr_unicode_bidirectional(cp), kr_unicode_combining(cp),
                  kr_unicode_east_asian_width(cp));
    int dec = kr_unicode_decimal(cp), dig = kr_unicode_digit(cp);
    double num;
    if (dec >= 0)
        kr_buf_printf(b, "%d", dec);
    kr_buf_putc(b, '|');
    if (dig >= 0)
        kr_buf_printf(b, "%d", dig);
    kr_buf_putc(b, '|');
    if (kr_unicode_numeric(cp, &num))
        kr_buf_printf(b, "%.17g", num);
    kr_buf_putc(b, '|');
    kr_unicode_decomposition(b, cp);
    kr_buf_putc(b, '|');
    for (size_t i = 0; i < KR_ARRAY_LEN(predicates); i++)
        kr_buf_putc(b, predicates[i](cp) ? '1' : '0');
    kr_buf_putc(b, '|');
    put_case(b, kr_unicode_lower, cp);
    put_case(b, kr_unicode_upper, cp);
    put_case(b, kr_unicode_title, cp);
    put_case(b, kr_unicode_casefold, cp);
    char name[KR_UNICODE_NAME_MAX];
    const char *s = kr_unicode_name(cp, name, sizeof name);
    kr_buf_puts(b, s ? s : "");
    kr_buf_putc(b, '\n');
}

static int dump_props(void)
{
    Buf b;
    kr_buf_init(&b);
    for (uint32_t cp = 0; cp < KR_UNICODE_LIMIT; cp++) {
        props_line(&b, cp);
        if (b.len > 1 << 16) {
            fwrite(b.data, 1, b.len, stdout);
            b.len = 0;
        }
    }
    /* Beyond the range: unassigned, no name. */
    props_line(&b, 0x110000);
    props_line(&b, 0xFFFFFFFF);
    fwrite(b.data, 1, b.len, stdout);
    kr_buf_free(&b);
    return 0;
}

static int lookup(void)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    while ((got = getline(&line, &cap, stdin)) > 0) {
        size_t n = (size_t)got;     /* names may hold NUL bytes */
        if (line[n - 1] == '\n')
            line[--n] = '\0';
        uint32_t seq[KR_UNICODE_SEQ_MAX];
        Buf b;
        kr_buf_init(&b);
        put_cps(&b, seq, kr_unicode_lookup_named_sequence(line, n, seq));
        printf("%d|%s\n", (int)kr_unicode_lookup_name(line, n), b.len ? b.data : "-");
        kr_buf_free(&b);
    }
    free(line);
    return 0;
}

static int normalize(void)
{
    char *line = NULL;
    size_t cap = 0;
    uint32_t *cps = NULL;
    size_t ncap = 0;
    Buf b;
    kr_buf_init(&b);
    while (getline(&line, &cap, stdin) > 0) {
        size_t n = 0;
        for (char *p = line, *end; *p && *p != '\n'; p = end) {
            unsigned long v = strtoul(p, &end, 16);
            if (end == p)
                break;
            if (n == ncap) {
                ncap = ncap ? 2 * ncap : 64;
                cps = realloc(cps, ncap * sizeof *cps);
            }
            cps[n++] = (uint32_t)v;
        }
        b.len = 0;
        for (int f = KR_UNICODE_NFC; f <= KR_UNICODE_NFKD; f++) {
            /* Both entry points, so the UTF-8 decoder is checked too. */
            Buf u, w;
            kr_buf_init(&u);
            kr_buf_init(&w);
            kr_unicode_normalize(&u, (NormForm)f, cps, n);
            for (size_t i = 0; i < n; i++)
                kr_buf_put_utf8(&w, cps[i]);
            Buf v;
            kr_buf_init(&v);
            kr_unicode_normalize_utf8(&v, (NormForm)f, w.data ? w.data : "", w.len);
            if (u.len != v.len || (u.len && memcmp(u.data, v.data, u.len)))
                kr_buf_puts(&b, "UTF8-MISMATCH");
            for (size_t i = 0; i < u.len; i++)
                kr_buf_printf(&b, "%02x", (unsigned char)u.data[i]);
            bool norm = kr_unicode_is_normalized((NormForm)f, cps, n);
            if (norm != kr_unicode_is_normalized_utf8((NormForm)f, w.data ? w.data : "", w.len))
                kr_buf_puts(&b, "UTF8-MISMATCH");
            kr_buf_printf(&b, "|%d|", norm);
            kr_buf_free(&u);
            kr_buf_free(&v);
            kr_buf_free(&w);
        }
        b.data[b.len - 1] = '\n';
        fwrite(b.data, 1, b.len, stdout);
    }
    kr_buf_free(&b);
    free(cps);
    free(line);
    return 0;
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "";
    if (strcmp(mode, "props") == 0)
        return dump_props();
    if (strcmp(mode, "lookup") == 0)
        return lookup();
    if (strcmp(mode, "normalize") == 0)
        return normalize();
    fprintf(stderr, "usage: unicode_check props|lookup|normalize\n");
    return 2;
}
