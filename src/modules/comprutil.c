/*
 * comprutil.c -- helpers shared by zlib, _bz2, _lzma, _hashlib, _blake2
 * (see comprutil.h).
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "modules/comprutil.h"
#include "modules/gcmodule.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "vm/call.h"
#include "vm/errors.h"

extern Type kr_memoryview_type;

/* ---- external memory ------------------------------------------------------ */

#define PRESSURE_FLOOR ((size_t)64 << 20)

/* Bytes the libraries hold, and the level that triggers a collection. */
static _Atomic size_t ext_live;
static _Atomic size_t ext_limit = PRESSURE_FLOOR;

/* Each block carries its size in a 16-byte header (16 keeps the
 * alignment malloc gives). */
void *kr_comprutil_ext_alloc(size_t n)
{
    if (n > SIZE_MAX - 16)
        return NULL;
    size_t *p = malloc(n + 16);
    if (!p)
        return NULL;
    *p = n;
    ext_live += n;
    return (char *)p + 16;
}

void kr_comprutil_ext_free(void *q)
{
    if (!q)
        return;
    size_t *p = (size_t *)((char *)q - 16);
    ext_live -= *p;
    free(p);
}

void kr_comprutil_pressure(Thread *th)
{
    if (ext_live < ext_limit || !kr_gc_is_enabled())
        return;
    kr_gc_collect();
    kr_mod_gc_run_pending(th);
    size_t live = ext_live;
    ext_limit = live > PRESSURE_FLOOR / 2 ? live * 2 : PRESSURE_FLOOR;
}

bool kr_comprutil_is_buffer(Value v)
{
    return kr_buffer_check(v);
}

/* Any exporter, read through kr_bytes_view (objects/buffer.h). */
int kr_comprutil_buffer(Thread *th, Value v, Value *keep, const unsigned char **p, int64_t *n)
{
    *keep = v;
    return kr_bytes_view(th, v, p, n);
}

int kr_comprutil_as_int(Thread *th, Value v, int *out)
{
    if (kr_is_double(v) || kr_isinstance_type(v, &kr_float_type)) {
        kr_err_format(th, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name(v));
        return -1;
    }
    Value i = kr_object_index(th, v);
    if (!i)
        return -1;
    int64_t x;
    if (kr_is_bigint(i) || kr_int_as_i64(th, i, &x) < 0 || x > INT_MAX || x < INT_MIN) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)x;
    return 0;
}

int kr_comprutil_as_ssize(Thread *th, Value v, int64_t *out)
{
    Value i = kr_object_index(th, v);
    if (!i)
        return -1;
    if (kr_int_as_i64(th, i, out) < 0) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

int kr_comprutil_mask32(Thread *th, Value v, uint32_t *out)
{
    Value i = kr_object_index(th, v);
    if (!i)
        return -1;
    if (!kr_is_smallint(i)) {
        i = kr_int_binop(th, i, kr_from_smallint(0xffffffff), KR_OP_AND);
        if (!i)
            return -1;
    }
    int64_t x;
    if (kr_int_as_i64(th, i, &x) < 0)
        return -1;
    *out = (uint32_t)x;
    return 0;
}

int kr_comprutil_out_init(Thread *th, OutBuf *o, size_t first, int64_t max)
{
    if (max >= 0 && (size_t)max < first)
        first = (size_t)max;
    o->cap = first;
    o->max = max;
    o->data = malloc(first ? first : 1);
    if (!o->data) {
        kr_err_no_memory(th);
        return -1;
    }
    return 0;
}

int64_t kr_comprutil_out_grow(Thread *th, OutBuf *o, unsigned char **next)
{
    size_t used = (size_t)(*next - o->data);
    if (used < o->cap) {
        *next = o->data + used;
        return (int64_t)(o->cap - used);
    }
    if (o->max >= 0 && (int64_t)o->cap >= o->max)
        return 0;
    size_t cap = o->cap < 32768 ? 32768 : o->cap * 2;
    if (o->max >= 0 && (int64_t)cap > o->max)
        cap = (size_t)o->max;
    unsigned char *d = realloc(o->data, cap);
    if (!d) {
        kr_err_no_memory(th);
        return -1;
    }
    o->data = d;
    o->cap = cap;
    *next = d + used;
    return (int64_t)(cap - used);
}

Value kr_comprutil_out_finish(Thread *th, OutBuf *o, const unsigned char *next)
{
    Value r = kr_comprutil_bytes(th, o->data, next - o->data);
    kr_comprutil_out_free(o);
    return r;
}

void kr_comprutil_out_free(OutBuf *o)
{
    free(o->data);
    o->data = NULL;
}

Value kr_comprutil_bytes(Thread *th, const void *data, int64_t n)
{
    return kr_bytes_value(kr_bytes_new(th, data, n));
}

/* The same buffer policy as CPython's bz2/lzma decompress(): append in
 * place when there is room after the pending bytes, slide them to the
 * front when that makes room, grow the buffer otherwise. */
int kr_comprutil_in_add(Thread *th, InBuf *in, const unsigned char *data, size_t len)
{
    if (!in->next) {
        in->next = data;
        in->avail = len;
        in->in_use = false;
        return 0;
    }
    size_t offset = (size_t)(in->next - in->buf);
    size_t room_now = in->size - offset - in->avail;
    if (in->size - in->avail < len) {
        unsigned char *b = realloc(in->buf, in->size + len - room_now);
        if (!b) {
            kr_err_no_memory(th);
            return -1;
        }
        in->buf = b;
        in->size += len - room_now;
        in->next = b + offset;
    } else if (room_now < len) {
        memmove(in->buf, in->next, in->avail);
        in->next = in->buf;
    }
    memcpy(in->buf + (in->next - in->buf) + in->avail, data, len);
    in->avail += len;
    in->in_use = true;
    return 0;
}

int kr_comprutil_in_keep(Thread *th, InBuf *in)
{
    if (in->avail == 0) {
        in->next = NULL;
        return 0;
    }
    if (in->in_use)
        return 0;
    if (in->buf && in->size < in->avail) {
        free(in->buf);
        in->buf = NULL;
    }
    if (!in->buf) {
        in->buf = malloc(in->avail);
        if (!in->buf) {
            in->next = NULL;
            kr_err_no_memory(th);
            return -1;
        }
        in->size = in->avail;
    }
    memmove(in->buf, in->next, in->avail);
    in->next = in->buf;
    return 0;
}

void kr_comprutil_in_free(InBuf *in)
{
    free(in->buf);
    in->buf = NULL;
    in->next = NULL;
    in->avail = 0;
}
