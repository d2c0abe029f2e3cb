/*
 * buffer.c -- the buffer protocol (buffer.h): getting and releasing a
 * Buffer, the layout queries consumers need (contiguity, copying out in
 * C or Fortran order), the resize guard of counting exporters, and the
 * exporters of bytes and bytearray.
 */
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "modules/gcmodule.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "vm/errors.h"

int kr_buffer_get(Thread *th, Value v, Buffer *view, int flags)
{
    if (!kr_buffer_check(v)) {
        kr_err_format(th, &kr_exc_TypeError, "a bytes-like object is required, not '%s'",
                      kr_type_name(v));
        return -1;
    }
    memset(view, 0, sizeof *view);
    return kr_as_obj(v)->type->as_buffer->get(th, v, view, flags);
}

void kr_buffer_release(Buffer *view)
{
    Value obj = view->obj;
    if (!obj)
        return;
    view->obj = KR_VALUE_NULL;
    const BufferProcs *p = kr_as_obj(obj)->type->as_buffer;
    if (p && p->release)
        p->release(obj, view);
}

void kr_buffer_fill_bytes(Buffer *view, Value obj, void *buf, int64_t len, bool readonly)
{
    view->obj = obj;
    view->buf = buf ? buf : (unsigned char *)"";
    view->len = len;
    view->itemsize = 1;
    view->format = "B";
    view->readonly = readonly;
    view->ndim = 1;
    view->shape = NULL;
    view->strides = NULL;
}

int kr_buffer_fill(Thread *th, Buffer *view, Value obj, void *buf, int64_t len, bool readonly,
                   int flags)
{
    if (readonly && (flags & KR_BUF_WRITABLE)) {
        kr_err_set_string(th, &kr_exc_BufferError, "Object is not writable.");
        return -1;
    }
    kr_buffer_fill_bytes(view, obj, buf, len, readonly);
    return 0;
}

/* ---- layout ------------------------------------------------------------------- */

bool kr_buffer_is_c_contig(const Buffer *v)
{
    if (!v->strides || v->len == 0)
        return true;
    int64_t want = v->itemsize;
    for (int d = v->ndim - 1; d >= 0; d--) {
        int64_t n = kr_buffer_shape(v, d);
        if (n > 1 && v->strides[d] != want)
            return false;
        want *= n;
    }
    return true;
}

bool kr_buffer_is_f_contig(const Buffer *v)
{
    if (v->len == 0)
        return true;
    if (!v->strides) {
        /* C order is also Fortran order when at most one dimension is > 1 */
        int big = 0;
        for (int d = 0; d < v->ndim; d++)
            big += kr_buffer_shape(v, d) > 1;
        return big <= 1;
    }
    int64_t want = v->itemsize;
    for (int d = 0; d < v->ndim; d++) {
        int64_t n = kr_buffer_shape(v, d);
        if (n > 1 && v->strides[d] != want)
            return false;
        want *= n;
    }
    return true;
}

/* Copy dimension d of the items at p into out, in C order; returns the
 * next output position. */
static unsigned char *copy_c(const Buffer *v, int d, const unsigned char *p, unsigned char *out)
{
    int64_t n = kr_buffer_shape(v, d), s = kr_buffer_stride(v, d);
    for (int64_t i = 0; i < n; i++, p += s) {
        if (d == v->ndim - 1) {
            memcpy(out, p, (size_t)v->itemsize);
            out += v->itemsize;
        } else {
            out = copy_c(v, d + 1, p, out);
        }
    }
    return out;
}

/* Fortran order: item (i0, i1, ...) goes to offset i0 + n0*(i1 + n1*(...)),
 * so dimension d's output stride is the product of the shapes before it. */
static void copy_f(const Buffer *v, int d, const unsigned char *p, unsigned char *out,
                   int64_t ostride)
{
    int64_t n = kr_buffer_shape(v, d), s = kr_buffer_stride(v, d);
    for (int64_t i = 0; i < n; i++, p += s, out += ostride) {
        if (d == v->ndim - 1)
            memcpy(out, p, (size_t)v->itemsize);
        else
            copy_f(v, d + 1, p, out, ostride * n);
    }
}

void kr_buffer_copy_out(const Buffer *view, unsigned char *out, char order)
{
    if (view->ndim == 0) {
        memcpy(out, view->buf, (size_t)view->itemsize);
    } else if (order != 'F' && kr_buffer_is_c_contig(view)) {
        memcpy(out, view->buf, (size_t)view->len);
    } else if (order == 'F') {
        /* copy_f walks dimension 0 outermost with the smallest output
         * stride, which is the Fortran layout */
        copy_f(view, 0, view->buf, out, view->itemsize);
    } else {
        copy_c(view, 0, view->buf, out);
    }
}

/* ---- readinto targets ------------------------------------------------------------ */

static int get_writable(Thread *th, const char *what, Value dest, Buffer *view)
{
    if (kr_buffer_check(dest) && kr_buffer_get(th, dest, view, KR_BUF_WRITABLE) == 0) {
        if (kr_buffer_is_c_contig(view))
            return 0;
        kr_buffer_release(view);
    }
    kr_err_clear(th);
    kr_err_format(th, &kr_exc_TypeError, "%s must be read-write bytes-like object, not %s", what,
                  kr_type_name(dest));
    return -1;
}

int kr_buffer_writable_len(Thread *th, const char *what, Value dest, int64_t *len)
{
    Buffer view;
    if (get_writable(th, what, dest, &view) < 0)
        return -1;
    *len = view.len;
    kr_buffer_release(&view);
    return 0;
}

int kr_buffer_write(Thread *th, const char *what, Value dest, const void *data, int64_t n)
{
    Buffer view;
    if (get_writable(th, what, dest, &view) < 0)
        return -1;
    if (n > view.len)
        n = view.len;
    if (n > 0)
        memmove(view.buf, data, (size_t)n);
    kr_buffer_release(&view);
    return 0;
}

/* ---- the resize guard -------------------------------------------------------------- */

int kr_buffer_exports_busy(Thread *th, const int64_t *exports, const char *msg)
{
    if (*exports > 0) {
        /* views the program dropped are released by their finalizers */
        kr_mod_gc_collect_dead(th);
    }
    if (*exports > 0) {
        kr_err_set_string(th, &kr_exc_BufferError,
                          msg ? msg : "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

int kr_buffer_exports_resize(Thread *th, const int64_t *exports)
{
    if (*exports == 0)
        return 0;
    VM *vm = th->vm;
    size_t total = kr_gc_total_allocated();
    size_t since = total - __atomic_load_n(&vm->exports_gc_at, __ATOMIC_RELAXED);
    size_t budget = kr_gc_heap_size() / 4;
    if (!__atomic_load_n(&vm->exports_kept, __ATOMIC_RELAXED) && vm->exports_gc_at &&
        since < budget)
        return 0;
    kr_mod_gc_collect_dead(th);
    bool kept = *exports > 0;
    __atomic_store_n(&vm->exports_gc_at, kr_gc_total_allocated() | 1, __ATOMIC_RELAXED);
    __atomic_store_n(&vm->exports_kept, kept, __ATOMIC_RELAXED);
    if (kept) {
        kr_err_set_string(th, &kr_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

/* ---- bytes and bytearray ------------------------------------------------------------ */

static int bytes_getbuffer(Thread *th, Value obj, Buffer *view, int flags)
{
    Bytes *b = kr_as_bytes(obj);
    return kr_buffer_fill(th, view, obj, b->data, b->len, true, flags);
}

const BufferProcs kr_bytes_buffer_procs = {bytes_getbuffer, NULL};

static int bytearray_getbuffer(Thread *th, Value obj, Buffer *view, int flags)
{
    ByteArray *a = kr_as_bytearray(obj);
    kr_buffer_fill_bytes(view, obj, a->data, a->len, false);
    a->exports++;
    return 0;
}

static void bytearray_releasebuffer(Value obj, Buffer *view)
{
    kr_as_bytearray(obj)->exports--;
}

const BufferProcs kr_bytearray_buffer_procs = {bytearray_getbuffer, bytearray_releasebuffer};
