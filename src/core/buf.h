/*
 * buf.h -- a growable byte buffer (malloc-backed: bytes only, never Values).
 *
 * Growth that fails (a huge repr or format under a memory limit) must not
 * abort krait, yet the hundreds of writers cannot each check: the buffer
 * fails *sticky*.  It sets `failed`, keeps what it holds, and ignores every
 * later write; whoever turns the bytes into a Python object checks once
 * (kr_str_from_buf, kr_err_buf_failed) and raises MemoryError.
 */
#ifndef KR_BUF_H
#define KR_BUF_H

#include "core/common.h"

typedef struct Buf {
    char *data;     /* always NUL-terminated when non-NULL */
    size_t len, cap;
    bool failed;    /* a growth failed: later writes are dropped */
} Buf;

void kr_buf_init(Buf *b);
void kr_buf_free(Buf *b);
/* Room for extra more bytes (and the NUL); false when growth failed. */
bool kr_buf_reserve(Buf *b, size_t extra);
void kr_buf_write(Buf *b, const void *p, size_t n);
void kr_buf_puts(Buf *b, const char *s);
void kr_buf_putc(Buf *b, char c);
void kr_buf_printf(Buf *b, const char *fmt, ...) KR_PRINTF(2, 3);
/* Append code point cp as UTF-8 (surrogates encoded as 3 bytes, WTF-8 style). */
void kr_buf_put_utf8(Buf *b, uint32_t cp);

#endif
