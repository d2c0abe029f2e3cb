/* fatal.c -- report a broken internal invariant and abort. */
#include "core/common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void kr_fatal(const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fputs("krait: fatal error: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}
