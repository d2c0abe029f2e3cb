/* buf.c -- growable byte buffer; see buf.h. */
#include "core/buf.h"
#include "gc/gc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void kr_buf_init(Buf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

void kr_buf_free(Buf *b)
{
    free(b->data);
    kr_buf_init(b);
}

bool kr_buf_reserve(Buf *b, size_t extra)
{
    if (b->failed)
        return false;
    if (extra < b->cap && b->len + extra + 1 <= b->cap)
        return true;
    if (extra > (SIZE_MAX >> 2) - b->len) {
        b->failed = true;
        return false;
    }
    size_t need = b->len + extra + 1;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        /* The collector may hold the address space malloc needs. */
        kr_gc_release_memory();
        p = realloc(b->data, cap);
    }
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void kr_buf_write(Buf *b, const void *p, size_t n)
{
    if (!kr_buf_reserve(b, n))
        return;
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void kr_buf_puts(Buf *b, const char *s)
{
    kr_buf_write(b, s, strlen(s));
}

void kr_buf_putc(Buf *b, char c)
{
    if (!kr_buf_reserve(b, 1))
        return;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void kr_buf_printf(Buf *b, const char *fmt, ...)
{
    /* Format into the spare room first; most output fits, and only the
     * rest pays for a second vsnprintf. */
    if (!kr_buf_reserve(b, 64))
        return;
    size_t room = b->cap - b->len;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->data + b->len, room, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->data[b->len] = '\0';
        return;
    }
    if ((size_t)n >= room) {
        if (!kr_buf_reserve(b, (size_t)n)) {
            b->data[b->len] = '\0';
            return;
        }
        va_start(ap, fmt);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

void kr_buf_put_utf8(Buf *b, uint32_t cp)
{
    char tmp[4];
    size_t n;
    if (cp < 0x80) {
        tmp[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        tmp[0] = (char)(0xC0 | (cp >> 6));
        tmp[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        tmp[0] = (char)(0xE0 | (cp >> 12));
        tmp[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        tmp[0] = (char)(0xF0 | (cp >> 18));
        tmp[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        tmp[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    kr_buf_write(b, tmp, n);
}
