/*
 * errors.c -- setting and inspecting the pending exception (errors.h).
 *
 * The pending exception is always a normalised instance (CPython keeps a
 * lazy (type, value) pair; krait creates the instance at once, which is
 * simpler and costs one allocation that the raise would make anyway).
 * If creating it fails, the VM's preallocated MemoryError is raised
 * instead, so these functions never fail themselves.
 */
#include "vm/errors.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/state.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"

void kr_err_set(Thread *th, Value exc)
{
    th->exc = exc;
}

/* The preallocated MemoryError, raised where allocating a fresh one could
 * itself fail.  It starts each raise clean (CPython keeps a free list of
 * MemoryError instances for the same reason): otherwise the traceback of
 * every earlier raise would stay on it and print again. */
static Value memory_error(Thread *th)
{
    Exc *e = (Exc *)kr_as_obj(th->vm->memory_error);
    e->traceback = KR_NONE;
    e->cause = KR_NONE;
    e->context = KR_NONE;
    e->suppress_context = false;
    return th->vm->memory_error;
}

void kr_err_no_memory(Thread *th)
{
    th->exc = memory_error(th);
}

bool kr_err_buf_failed(Thread *th, const Buf *b)
{
    if (!b->failed)
        return false;
    kr_err_no_memory(th);
    return true;
}

void kr_err_set_object(Thread *th, Type *type, Value arg)
{
    /* Building the instance must not see the pending exception. */
    th->exc = KR_VALUE_NULL;
    Value e = kr_exception_new(th, type, &arg, 1);
    th->exc = e ? e : memory_error(th);
}

void kr_err_set_string(Thread *th, Type *type, const char *msg)
{
    th->exc = KR_VALUE_NULL;
    Str *s = kr_str_from_cstr(th, msg);
    if (!s) {
        th->exc = memory_error(th);
        return;
    }
    kr_err_set_object(th, type, kr_from_obj(s));
}

static void append_value(Thread *th, Buf *b, Value v, char how)
{
    Value s = how == 'R' ? kr_object_repr(th, v) : kr_object_str(th, v);
    if (s)
        kr_str_to_buf(b, kr_as_str(s));
    else
        th->exc = KR_VALUE_NULL;   /* a failing repr inside a message: drop it */
}

static void vformat(Thread *th, Buf *b, const char *fmt, va_list ap)
{
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {        /* the literal run at once (perfb) */
            size_t n = strcspn(p, "%");
            kr_buf_write(b, p, n);
            p += n - 1;
            continue;
        }
        p++;
        /* Length modifiers for the integer directives. */
        int longs = 0;
        bool size_t_mod = false;
        while (*p == 'l') {
            longs++;
            p++;
        }
        if (*p == 'z') {
            size_t_mod = true;
            p++;
        }
        switch (*p) {
        case 's': kr_buf_puts(b, va_arg(ap, const char *)); break;
        case 'd':
            if (size_t_mod) kr_buf_printf(b, "%zd", va_arg(ap, ssize_t));
            else if (longs == 2) kr_buf_printf(b, "%lld", va_arg(ap, long long));
            else if (longs == 1) kr_buf_printf(b, "%ld", va_arg(ap, long));
            else kr_buf_printf(b, "%d", va_arg(ap, int));
            break;
        case 'u':
            if (size_t_mod) kr_buf_printf(b, "%zu", va_arg(ap, size_t));
            else if (longs == 2) kr_buf_printf(b, "%llu", va_arg(ap, unsigned long long));
            else if (longs == 1) kr_buf_printf(b, "%lu", va_arg(ap, unsigned long));
            else kr_buf_printf(b, "%u", va_arg(ap, unsigned));
            break;
        case 'c': kr_buf_put_utf8(b, (uint32_t)va_arg(ap, int)); break;
        case 'S': append_value(th, b, va_arg(ap, Value), 'S'); break;
        case 'R': append_value(th, b, va_arg(ap, Value), 'R'); break;
        case 'T': kr_buf_puts(b, kr_type_name(va_arg(ap, Value))); break;
        case 'U': kr_str_to_buf(b, va_arg(ap, Str *)); break;
        case '%': kr_buf_putc(b, '%'); break;
        default: kr_buf_putc(b, '%'); kr_buf_putc(b, *p); break;
        }
    }
}

void kr_err_format(Thread *th, Type *type, const char *fmt, ...)
{
    th->exc = KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    vformat(th, &b, fmt, ap);
    va_end(ap);
    Str *s = kr_str_from_buf(th, &b);
    if (!s) {
        th->exc = memory_error(th);
        return;
    }
    kr_err_set_object(th, type, kr_from_obj(s));
}

Value kr_err_type_error(Thread *th, const char *fmt, ...)
{
    th->exc = KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    vformat(th, &b, fmt, ap);
    va_end(ap);
    Str *s = kr_str_from_buf(th, &b);
    if (!s)
        th->exc = memory_error(th);
    else
        kr_err_set_object(th, &kr_exc_TypeError, kr_from_obj(s));
    return KR_VALUE_NULL;
}

bool kr_err_matches(Thread *th, Type *type)
{
    return th->exc && kr_isinstance_type(th->exc, type);
}

void kr_err_clear(Thread *th)
{
    th->exc = KR_VALUE_NULL;
}

Value kr_err_fetch(Thread *th)
{
    Value e = th->exc;
    th->exc = KR_VALUE_NULL;
    return e;
}
