/*
 * memoryview.c -- memoryview over any exporter of the buffer protocol
 * (objects/buffer.h), with CPython's layout model: a view has a format,
 * an itemsize, ndim dimensions with a shape and strides in bytes, and a
 * pointer to its first item.
 *
 *   exporter  <-- ManagedBuffer (the one Buffer got from the exporter)
 *                   ^      ^
 *            MemoryView  MemoryView (slices, casts, memoryview(m))
 *
 * As in CPython, every view derived from a view shares its ManagedBuffer
 * and counts in its `exports`; the exporter's buffer is given back when
 * the last view is released.  Views dropped without release() are
 * released by their finalizer once the collector finds them unreachable
 * (buffer.h explains why resizes then still work).
 *
 * Items are read and written in the native struct formats CPython 3.11's
 * memoryview knows ("?cbBhHiIlLqQnNfdP", optionally after '@'; not 'e'); a view of
 * another format (array 'u', or '<i' from an extension) can be sliced,
 * copied and compared bytewise but not indexed (NotImplementedError).
 */
#include <gmp.h>
#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/argparse.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct ManagedBuffer {
    Buffer master;            /* as the exporter lent it */
    int64_t exports;          /* views registered and not released */
    bool released;
} ManagedBuffer;

typedef struct MemoryView {
    Obj hdr;
    ManagedBuffer *mbuf;
    Buffer view;              /* shape and strides always set (ndim entries) */
    int64_t exports;          /* buffers this view lent (memoryview(x) of a view does not count) */
    int64_t hash;             /* -1 until computed */
    bool released;
} MemoryView;

extern Type kr_memoryview_type;

#define MV(v) ((MemoryView *)kr_as_obj(v))

/* ---- formats -------------------------------------------------------------- */

static int native_size(char c)
{
    switch (c) {
    case '?': case 'c': case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
    }
}

/* The native single-character format of fmt ("B", "@d"), or 0. */
static char native_char(const char *fmt)
{
    if (fmt[0] == '@')
        fmt++;
    return fmt[0] && !fmt[1] && native_size(fmt[0]) ? fmt[0] : 0;
}

static bool is_byte_format(char c) { return c == 'b' || c == 'B' || c == 'c'; }

static const char *strip_at(const char *fmt) { return fmt[0] == '@' ? fmt + 1 : fmt; }

/* The view's item format, a single character (CPython's adjust_fmt);
 * one that is not native fails later, when an item is read or written. */
static char item_format(Thread *th, MemoryView *m)
{
    const char *f = strip_at(m->view.format);
    if (f[0] && !f[1])
        return f[0];
    kr_err_format(th, &kr_exc_NotImplementedError, "memoryview: unsupported format %s",
                  m->view.format);
    return 0;
}

static Value format_not_supported(Thread *th, char f)
{
    kr_err_format(th, &kr_exc_NotImplementedError, "memoryview: format %c not supported", f);
    return KR_VALUE_NULL;
}

/* ---- unpacking and packing one item --------------------------------------------------- */

static Value int_from_u64(Thread *th, uint64_t u)
{
    if (u <= INT64_MAX)
        return kr_int_from_i64(th, (int64_t)u);
    char digits[24];
    snprintf(digits, sizeof digits, "%llu", (unsigned long long)u);
    return kr_int_from_string(th, digits, strlen(digits), 10);
}

#define LOAD(type) ({ type x_; memcpy(&x_, p, sizeof x_); x_; })

static Value unpack(Thread *th, char f, const unsigned char *p)
{
    switch (f) {
    case 'B': return kr_from_smallint(*p);
    case 'b': return kr_from_smallint((signed char)*p);
    case 'c': return kr_bytes_value(kr_bytes_new(th, p, 1));
    case '?': return kr_from_bool(*p != 0);
    case 'h': return kr_from_smallint(LOAD(int16_t));
    case 'H': return kr_from_smallint(LOAD(uint16_t));
    case 'i': return kr_from_smallint(LOAD(int32_t));
    case 'I': return kr_int_from_i64(th, LOAD(uint32_t));
    case 'l': case 'q': case 'n': return kr_int_from_i64(th, LOAD(int64_t));
    case 'L': case 'Q': case 'N': case 'P': return int_from_u64(th, LOAD(uint64_t));
    case 'f': return kr_float_new(th, LOAD(float));
    case 'd': return kr_float_new(th, LOAD(double));
    }
    return format_not_supported(th, f);
}

static int invalid(Thread *th, Type *exc, const char *fmt)
{
    kr_err_format(th, exc, "memoryview: invalid %s for format '%s'",
                  exc == &kr_exc_TypeError ? "type" : "value", fmt);
    return -1;
}

/* v as a machine integer for format f: *out holds the bits.  TypeError
 * (not an integer) or ValueError (out of range) worded as CPython's
 * pack_single. */
static int pack_int(Thread *th, char f, const char *fmt, Value v, uint64_t *out)
{
    Value k = kr_is_int(v) ? v : kr_type_of(v)->index ? kr_object_index(th, v) : KR_VALUE_NULL;
    if (!k) {
        Type *exc = kr_err_occurred(th) && !kr_err_matches(th, &kr_exc_TypeError)
                        ? NULL : &kr_exc_TypeError;
        if (!exc)
            return -1;
        kr_err_clear(th);
        return invalid(th, exc, fmt);
    }
    mpz_t z;
    mpz_init(z);
    kr_int_to_mpz(k, z);
    bool is_signed = strchr("bhilqnP", f) != NULL, ok;
    int bits = 8 * native_size(f);
    if (mpz_sgn(z) < 0) {
        /* down to -2**(bits-1) */
        mpz_t lo;
        mpz_init(lo);
        mpz_setbit(lo, (mp_bitcnt_t)bits - 1);
        mpz_neg(lo, lo);
        ok = is_signed && mpz_cmp(z, lo) >= 0;
        mpz_clear(lo);
        if (ok) {
            mpz_t t;
            mpz_init(t);
            mpz_neg(t, z);
            uint64_t mag = 0;
            mpz_export(&mag, NULL, -1, sizeof mag, 0, 0, t);
            mpz_clear(t);
            *out = (uint64_t)0 - mag;
        }
    } else {
        ok = mpz_sizeinbase(z, 2) <= (size_t)(is_signed && f != 'P' ? bits - 1 : bits);
        if (ok) {
            uint64_t u = 0;
            mpz_export(&u, NULL, -1, sizeof u, 0, 0, z);
            *out = u;
        }
    }
    mpz_clear(z);
    return ok ? 0 : invalid(th, &kr_exc_ValueError, fmt);
}

static void store(unsigned char *p, uint64_t bits, int size)
{
    switch (size) {
    case 1: *p = (unsigned char)bits; break;
    case 2: { uint16_t x = (uint16_t)bits; memcpy(p, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)bits; memcpy(p, &x, 4); break; }
    default: memcpy(p, &bits, 8); break;
    }
}

/* Store v at p in format f (fmt is its spelling for messages). */
static int pack(Thread *th, char f, const char *fmt, Value v, unsigned char *p)
{
    if (!native_size(f)) {
        format_not_supported(th, f);
        return -1;
    }
    if (f == 'c') {
        if (!kr_bytes_check(v))
            return invalid(th, &kr_exc_TypeError, fmt);
        if (kr_as_bytes(v)->len != 1)
            return invalid(th, &kr_exc_ValueError, fmt);
        *p = kr_as_bytes(v)->data[0];
        return 0;
    }
    if (f == '?') {
        int t = kr_object_truth(th, v);
        if (t < 0)
            return -1;
        *p = (unsigned char)t;
        return 0;
    }
    if (f == 'f' || f == 'd') {
        double d;
        Value fv = kr_is_float(v) || kr_is_int(v) ? v : KR_VALUE_NULL;
        if (!fv && kr_type_of(v)->float_)
            fv = kr_type_of(v)->float_(th, v);
        else if (!fv && kr_type_of(v)->index)
            fv = kr_object_index(th, v);
        if (!fv || kr_float_as_double(th, fv, &d) < 0) {
            if (kr_err_occurred(th) && !kr_err_matches(th, &kr_exc_TypeError))
                return -1;
            kr_err_clear(th);
            return invalid(th, &kr_exc_TypeError, fmt);
        }
        if (f == 'f') {
            float x = (float)d;
            memcpy(p, &x, 4);
        } else {
            memcpy(p, &d, 8);
        }
        return 0;
    }
    uint64_t bits;
    if (pack_int(th, f, fmt, v, &bits) < 0)
        return -1;
    store(p, bits, native_size(f));
    return 0;
}

/* ---- views ------------------------------------------------------------------------- */

static ManagedBuffer *mbuf_new(Thread *th, Value obj)
{
    ManagedBuffer *mb = kr_gc_alloc(sizeof *mb);
    if (!mb) {
        kr_err_no_memory(th);
        return NULL;
    }
    if (kr_buffer_get(th, obj, &mb->master, KR_BUF_SIMPLE) < 0)
        return NULL;
    return mb;
}

static void mbuf_drop(ManagedBuffer *mb)
{
    if (--mb->exports == 0 && !mb->released) {
        mb->released = true;
        kr_buffer_release(&mb->master);
    }
}

/* A view the program dropped without release() gives its share back
 * when the collector finds it (CPython does it at refcount zero). */
static void view_finalize(void *obj, void *data, void *ctx)
{
    MemoryView *m = obj;
    if (!m->released) {
        m->released = true;
        mbuf_drop(m->mbuf);
    }
}

static int64_t *dims(Thread *th, int ndim)
{
    int64_t *d = kr_gc_alloc_atomic(sizeof(int64_t) * (size_t)(ndim ? ndim : 1));
    if (!d)
        kr_err_no_memory(th);
    return d;
}

/* A new view registered with mb, with src's layout (shape and strides
 * copied, so the new view may change its own). */
static MemoryView *view_new(Thread *th, ManagedBuffer *mb, const Buffer *src)
{
    MemoryView *m = kr_gc_alloc(sizeof *m);
    int64_t *shape = dims(th, src->ndim), *strides = dims(th, src->ndim);
    if (!m || !shape || !strides) {
        if (!m)
            kr_err_no_memory(th);
        return NULL;
    }
    m->hdr.type = &kr_memoryview_type;
    m->mbuf = mb;
    m->view = *src;
    m->view.obj = mb->master.obj;
    for (int d = 0; d < src->ndim; d++) {
        shape[d] = kr_buffer_shape(src, d);
        strides[d] = kr_buffer_stride(src, d);
    }
    m->view.shape = shape;
    m->view.strides = strides;
    m->hash = -1;
    mb->exports++;
    kr_gc_add_finalizer(m, view_finalize, NULL);
    return m;
}

static bool is_released(MemoryView *m) { return m->released || m->mbuf->released; }

static int check_released(Thread *th, MemoryView *m)
{
    if (!is_released(m))
        return 0;
    kr_err_set_string(th, &kr_exc_ValueError, "operation forbidden on released memoryview object");
    return -1;
}

static void init_len(Buffer *v)
{
    int64_t n = 1;
    for (int d = 0; d < v->ndim; d++)
        n *= v->shape[d];
    v->len = n * v->itemsize;
}

static Value memoryview_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"object", NULL};
    static const ArgSpec spec = {"memoryview", names, 0, 1, 1};
    Value o = KR_VALUE_NULL;
    if (kr_argparse(th, &spec, args, nargs, kw, &o) < 0)
        return KR_VALUE_NULL;
    if (kr_is_type(o, &kr_memoryview_type)) {
        if (check_released(th, MV(o)) < 0)
            return KR_VALUE_NULL;
        MemoryView *m = view_new(th, MV(o)->mbuf, &MV(o)->view);
        return m ? kr_from_obj(m) : KR_VALUE_NULL;
    }
    if (!kr_buffer_check(o))
        return kr_err_type_error(th, "memoryview: a bytes-like object is required, not '%s'",
                                 kr_type_name(o));
    ManagedBuffer *mb = mbuf_new(th, o);
    MemoryView *m = mb ? view_new(th, mb, &mb->master) : NULL;
    return m ? kr_from_obj(m) : KR_VALUE_NULL;
}

/* ---- indexing ---------------------------------------------------------------------------- */

/* key as an index (PyNumber_AsSsize_t with IndexError on overflow). */
static int as_index(Thread *th, Value key, int64_t *out)
{
    Value k = kr_object_index(th, key);
    if (!k)
        return -1;
    if (kr_int_as_i64(th, k, out) < 0) {
        kr_err_clear(th);
        kr_err_format(th, &kr_exc_IndexError, "cannot fit '%s' into an index-sized integer",
                      kr_type_name(key));
        return -1;
    }
    return 0;
}

static unsigned char *lookup_dim(Thread *th, const Buffer *v, unsigned char *p, int d, int64_t i)
{
    int64_t n = v->shape[d];
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        kr_err_format(th, &kr_exc_IndexError, "index out of bounds on dimension %d", d + 1);
        return NULL;
    }
    return p + i * v->strides[d];
}

static bool is_index(Value v) { return kr_is_int(v) || kr_type_of(v)->index; }

static bool all_items(Value key, bool (*pred)(Value))
{
    if (!kr_is_type(key, &kr_tuple_type))
        return false;
    Tuple *t = kr_as_tuple(key);
    for (int64_t i = 0; i < t->size; i++)
        if (!pred(t->items[i]))
            return false;
    return true;
}

static bool is_slice(Value v) { return kr_is_type(v, &kr_slice_type); }

/* The item a tuple of indices names; nindices == ndim checked by caller. */
static unsigned char *ptr_from_tuple(Thread *th, const Buffer *v, Tuple *t)
{
    if (t->size > v->ndim) {
        kr_err_format(th, &kr_exc_TypeError, "cannot index %d-dimension view with %lld-element tuple",
                      v->ndim, (long long)t->size);
        return NULL;
    }
    unsigned char *p = v->buf;
    for (int d = 0; d < t->size; d++) {
        int64_t i;
        if (as_index(th, t->items[d], &i) < 0 || !(p = lookup_dim(th, v, p, d, i)))
            return NULL;
    }
    return p;
}

/* The new view registers first, as CPython's: a slice index whose
 * __index__ releases m leaves the slice a live view. */
static Value mv_slice(Thread *th, MemoryView *m, Value key)
{
    int64_t start, stop, step, n;
    MemoryView *r = view_new(th, m->mbuf, &m->view);
    if (!r || kr_slice_indices(th, key, m->view.shape[0], &start, &stop, &step, &n) < 0)
        return KR_VALUE_NULL;
    r->view.buf += start * m->view.strides[0];
    r->view.shape[0] = n;
    r->view.strides[0] *= step;
    init_len(&r->view);
    return kr_from_obj(r);
}

static Value mv_getitem(Thread *th, Value v, Value key)
{
    MemoryView *m = MV(v);
    if (check_released(th, m) < 0)
        return KR_VALUE_NULL;
    Buffer *b = &m->view;
    if (b->ndim == 0) {
        if (kr_is_type(key, &kr_tuple_type) && kr_as_tuple(key)->size == 0) {
            char f = item_format(th, m);
            return f ? unpack(th, f, b->buf) : KR_VALUE_NULL;
        }
        if (key == KR_ELLIPSIS)
            return v;
        return kr_err_type_error(th, "invalid indexing of 0-dim memory");
    }
    if (is_index(key)) {
        int64_t i;
        if (as_index(th, key, &i) < 0 || check_released(th, m) < 0)
            return KR_VALUE_NULL;
        char f = item_format(th, m);
        if (!f)
            return KR_VALUE_NULL;
        if (b->ndim > 1) {
            kr_err_set_string(th, &kr_exc_NotImplementedError,
                              "multi-dimensional sub-views are not implemented");
            return KR_VALUE_NULL;
        }
        unsigned char *p = lookup_dim(th, b, b->buf, 0, i);
        return p ? unpack(th, f, p) : KR_VALUE_NULL;
    }
    if (is_slice(key))
        return mv_slice(th, m, key);
    if (all_items(key, is_index)) {
        char f = item_format(th, m);
        if (!f)
            return KR_VALUE_NULL;
        if (kr_as_tuple(key)->size < b->ndim) {
            kr_err_set_string(th, &kr_exc_NotImplementedError, "sub-views are not implemented");
            return KR_VALUE_NULL;
        }
        unsigned char *p = ptr_from_tuple(th, b, kr_as_tuple(key));
        return p && check_released(th, m) == 0 ? unpack(th, f, p) : KR_VALUE_NULL;
    }
    if (all_items(key, is_slice)) {
        kr_err_set_string(th, &kr_exc_NotImplementedError,
                          "multi-dimensional slicing is not implemented");
        return KR_VALUE_NULL;
    }
    return kr_err_type_error(th, "memoryview: invalid slice key");
}

/* The shapes agree (CPython's equiv_shape: dimensions after a zero
 * extent are not compared). */
static bool equiv_shape(const Buffer *a, const Buffer *b)
{
    if (a->ndim != b->ndim)
        return false;
    for (int d = 0; d < a->ndim; d++) {
        if (kr_buffer_shape(a, d) != kr_buffer_shape(b, d))
            return false;
        if (kr_buffer_shape(a, d) == 0)
            break;
    }
    return true;
}

/* dest[...] = src item by item, through a contiguous copy of src so an
 * overlapping source reads its old contents. */
static int copy_single(Thread *th, const Buffer *dest, const Buffer *src)
{
    if (strcmp(strip_at(dest->format), strip_at(src->format)) != 0 ||
        dest->itemsize != src->itemsize || !equiv_shape(dest, src)) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    unsigned char *tmp = kr_gc_alloc_atomic((size_t)src->len + 1);
    if (!tmp) {
        kr_err_no_memory(th);
        return -1;
    }
    kr_buffer_copy_out(src, tmp, 'C');
    int64_t n = dest->shape[0];
    for (int64_t i = 0; i < n; i++)
        memcpy(dest->buf + i * dest->strides[0], tmp + i * dest->itemsize, (size_t)dest->itemsize);
    return 0;
}

static int assign_slice(Thread *th, MemoryView *m, Value key, Value value)
{
    Buffer src;
    if (kr_buffer_get(th, value, &src, KR_BUF_SIMPLE) < 0)
        return -1;
    int64_t shape, stride, start, stop, step;
    Buffer dest = m->view;
    dest.shape = &shape;
    dest.strides = &stride;
    int rc = kr_slice_indices(th, key, m->view.shape[0], &start, &stop, &step, &shape);
    if (rc >= 0)
        rc = check_released(th, m);
    if (rc >= 0) {
        dest.buf += start * m->view.strides[0];
        stride = m->view.strides[0] * step;
        dest.len = shape * dest.itemsize;
        rc = copy_single(th, &dest, &src);
    }
    kr_buffer_release(&src);
    return rc;
}

/* Convert value, then store it at p unless the conversion's Python code
 * released the view (gh-92888). */
static int store_item(Thread *th, MemoryView *m, char f, const char *fmt, Value value,
                      unsigned char *p)
{
    unsigned char tmp[8];
    if (!p || check_released(th, m) < 0 || pack(th, f, fmt, value, tmp) < 0 ||
        check_released(th, m) < 0)
        return -1;
    memcpy(p, tmp, (size_t)native_size(f));
    return 0;
}

static int mv_setitem(Thread *th, Value v, Value key, Value value)
{
    MemoryView *m = MV(v);
    if (check_released(th, m) < 0)
        return -1;
    Buffer *b = &m->view;
    char f = item_format(th, m);
    if (!f)
        return -1;
    const char *fmt = strip_at(b->format);
    if (b->readonly) {
        kr_err_set_string(th, &kr_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        kr_err_set_string(th, &kr_exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (b->ndim == 0) {
        if (key == KR_ELLIPSIS || (kr_is_type(key, &kr_tuple_type) && kr_as_tuple(key)->size == 0))
            return store_item(th, m, f, fmt, value, b->buf);
        kr_err_set_string(th, &kr_exc_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (is_index(key)) {
        if (b->ndim > 1) {
            kr_err_set_string(th, &kr_exc_NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        int64_t i;
        if (as_index(th, key, &i) < 0)
            return -1;
        unsigned char *p = check_released(th, m) < 0 ? NULL : lookup_dim(th, b, b->buf, 0, i);
        return p ? store_item(th, m, f, fmt, value, p) : -1;
    }
    if (is_slice(key) && b->ndim == 1)
        return assign_slice(th, m, key, value);
    if (all_items(key, is_index)) {
        if (kr_as_tuple(key)->size < b->ndim) {
            kr_err_set_string(th, &kr_exc_NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        unsigned char *p = ptr_from_tuple(th, b, kr_as_tuple(key));
        return p ? store_item(th, m, f, fmt, value, p) : -1;
    }
    if (is_slice(key) || all_items(key, is_slice)) {
        kr_err_set_string(th, &kr_exc_NotImplementedError,
                          "memoryview slice assignments are currently restricted to ndim = 1");
        return -1;
    }
    kr_err_set_string(th, &kr_exc_TypeError, "memoryview: invalid slice key");
    return -1;
}

static int mv_len(Thread *th, Value v, int64_t *n)
{
    if (check_released(th, MV(v)) < 0)
        return -1;
    /* 3.11 counts a 0-dim view as one item */
    *n = MV(v)->view.ndim == 0 ? 1 : MV(v)->view.shape[0];
    return 0;
}

/* ---- conversions ----------------------------------------------------------------------- */

static Value tolist_dim(Thread *th, const Buffer *b, char f, int d, unsigned char *p)
{
    int64_t n = b->shape[d];
    List *l = kr_list_new(th, 0);
    for (int64_t i = 0; l && i < n; i++, p += b->strides[d]) {
        Value x = d == b->ndim - 1 ? unpack(th, f, p) : tolist_dim(th, b, f, d + 1, p);
        if (!x || kr_list_append(th, l, x) < 0)
            return KR_VALUE_NULL;
    }
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

static Value tolist(Thread *th, MemoryView *m)
{
    if (check_released(th, m) < 0)
        return KR_VALUE_NULL;
    char f = item_format(th, m);
    if (!f)
        return KR_VALUE_NULL;
    if (m->view.ndim == 0)
        return unpack(th, f, m->view.buf);
    return tolist_dim(th, &m->view, f, 0, m->view.buf);
}

static Bytes *to_bytes(Thread *th, MemoryView *m, char order)
{
    if (check_released(th, m) < 0)
        return NULL;
    Bytes *b = kr_bytes_alloc(th, m->view.len);
    if (b)
        kr_buffer_copy_out(&m->view, b->data, order);
    return b;
}

#define METHOD(name) static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
#define SELF MV(args[0])

METHOD(mv_tobytes)
{
    static const char *const names[] = {"order", NULL};
    static const ArgSpec spec = {"tobytes", names, 0, 1, 0};
    Value order = KR_NONE;
    if (kr_argparse(th, &spec, args + 1, nargs - 1, kw, &order) < 0)
        return KR_VALUE_NULL;
    char o = 'C';
    if (order != KR_NONE) {
        if (!kr_is_str(order))
            return kr_err_type_error(th, "tobytes() argument 'order' must be str or None, not %s",
                                     kr_type_name(order));
        Str *s = kr_as_str(order);
        o = s->len == 1 ? (char)kr_str_char(s, 0) : 0;
        if (o != 'C' && o != 'F' && o != 'A') {
            kr_err_set_string(th, &kr_exc_ValueError, "order must be 'C', 'F' or 'A'");
            return KR_VALUE_NULL;
        }
        if (o == 'A')
            o = kr_buffer_is_f_contig(&SELF->view) && !kr_buffer_is_c_contig(&SELF->view) ? 'F' : 'C';
    }
    return kr_bytes_value(to_bytes(th, SELF, o));
}

METHOD(mv_tolist)
{
    if (kr_argparse_noargs(th, "memoryview.tolist", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    return tolist(th, SELF);
}

/* hex(sep, bytes_per_sep) is bytes.hex of the view's bytes. */
METHOD(mv_hex)
{
    Bytes *b = to_bytes(th, SELF, 'C');
    if (!b)
        return KR_VALUE_NULL;
    Value call[3] = {kr_from_obj(b)};
    for (size_t i = 1; i < nargs && i < 3; i++)
        call[i] = args[i];
    Value hex = kr_type_lookup(&kr_bytes_type, kr_str_intern_cstr(th, "hex"));
    return hex ? kr_vm_call_method(th, hex, call[0], args + 1, nargs - 1, kw) : KR_VALUE_NULL;
}

static int release(Thread *th, MemoryView *m)
{
    if (m->released)
        return 0;
    if (m->exports > 0) {
        kr_err_format(th, &kr_exc_BufferError, "memoryview has %lld exported buffer%s",
                      (long long)m->exports, m->exports == 1 ? "" : "s");
        return -1;
    }
    m->released = true;
    mbuf_drop(m->mbuf);
    return 0;
}

METHOD(mv_release)
{
    if (kr_argparse_noargs(th, "memoryview.release", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    return release(th, SELF) < 0 ? KR_VALUE_NULL : KR_NONE;
}

METHOD(mv_enter)
{
    if (kr_argparse_noargs(th, "memoryview.__enter__", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    return check_released(th, SELF) < 0 ? KR_VALUE_NULL : args[0];
}

METHOD(mv_exit)
{
    return release(th, SELF) < 0 ? KR_VALUE_NULL : KR_NONE;
}

METHOD(mv_toreadonly)
{
    if (kr_argparse_noargs(th, "memoryview.toreadonly", nargs - 1, kw) < 0 ||
        check_released(th, SELF) < 0)
        return KR_VALUE_NULL;
    MemoryView *r = view_new(th, SELF->mbuf, &SELF->view);
    if (r)
        r->view.readonly = true;
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* ---- cast ------------------------------------------------------------------------------ */

static bool zero_in_shape(const Buffer *b)
{
    for (int d = 0; d < b->ndim; d++)
        if (b->shape[d] == 0)
            return true;
    return false;
}

/* r (a copy of a C-contiguous view) as one dimension of format fmt. */
static int cast_to_1d(Thread *th, MemoryView *r, Str *fmt)
{
    /* a single-character source format need not be native: array('u')
     * lends "w", which CPython casts to bytes */
    const char *sf = strip_at(r->view.format);
    char src = sf[0] && !sf[1] ? sf[0] : 0;
    size_t flen;
    const char *f = kr_str_utf8(th, fmt, &flen);
    if (!f)
        return -1;
    char dst = strlen(f) == flen ? native_char(f) : 0;
    if (!dst) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "memoryview: destination format must be a native single character "
                          "format prefixed with an optional '@'");
        return -1;
    }
    if (!src) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "memoryview: source format must be a native single character "
                          "format prefixed with an optional '@'");
        return -1;
    }
    if (!is_byte_format(src) && !is_byte_format(dst)) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "memoryview: cannot cast between two non-byte formats");
        return -1;
    }
    int size = native_size(dst);
    if (r->view.len % size) {
        kr_err_set_string(th, &kr_exc_TypeError, "memoryview: length is not a multiple of itemsize");
        return -1;
    }
    char *copy = kr_gc_alloc_atomic(flen + 1);
    if (!copy) {
        kr_err_no_memory(th);
        return -1;
    }
    memcpy(copy, f, flen + 1);
    r->view.format = copy;
    r->view.itemsize = size;
    r->view.ndim = 1;
    r->view.shape[0] = r->view.len / size;
    r->view.strides[0] = size;
    return 0;
}

/* r (one-dimensional) reshaped to shape, C order. */
static int cast_to_nd(Thread *th, MemoryView *r, Value shape, int ndim)
{
    int64_t *sh = dims(th, ndim), *st = dims(th, ndim);
    if (!sh || !st)
        return -1;
    const Value *items = kr_is_type(shape, &kr_tuple_type) ? kr_as_tuple(shape)->items
                                                            : kr_as_list(shape)->items;
    int64_t product = 1;
    for (int d = 0; d < ndim; d++) {
        int64_t x;
        Value it = items[d];
        if (!kr_is_int(it) && !kr_is_bool(it)) {
            kr_err_set_string(th, &kr_exc_TypeError,
                              "memoryview.cast(): elements of shape must be integers");
            return -1;
        }
        if (kr_is_bool(it)) {
            x = it == KR_TRUE;
        } else if (kr_int_as_i64(th, it, &x) < 0) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
            return -1;
        }
        if (x <= 0) {
            kr_err_set_string(th, &kr_exc_ValueError,
                              "memoryview.cast(): elements of shape must be integers > 0");
            return -1;
        }
        if (product > INT64_MAX / x) {
            kr_err_set_string(th, &kr_exc_ValueError,
                              "memoryview.cast(): product(shape) > SSIZE_MAX");
            return -1;
        }
        product *= x;
        sh[d] = x;
    }
    /* len is a multiple of itemsize here (cast_to_1d); no overflow */
    if (product != r->view.len / r->view.itemsize) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "memoryview: product(shape) * itemsize != buffer size");
        return -1;
    }
    int64_t s = r->view.itemsize;
    for (int d = ndim - 1; d >= 0; d--) {
        st[d] = s;
        s *= sh[d];
    }
    r->view.ndim = ndim;
    r->view.shape = sh;
    r->view.strides = st;
    return 0;
}

METHOD(mv_cast)
{
    static const char *const names[] = {"format", "shape", NULL};
    static const ArgSpec spec = {"cast", names, 0, 2, 1};
    Value a[2] = {KR_VALUE_NULL, KR_VALUE_NULL};
    if (kr_argparse(th, &spec, args + 1, nargs - 1, kw, a) < 0)
        return KR_VALUE_NULL;
    MemoryView *m = SELF;
    if (!kr_is_str(a[0]))
        return kr_err_type_error(th, "cast() argument 'format' must be str, not %s",
                                 kr_type_name(a[0]));
    if (check_released(th, m) < 0)
        return KR_VALUE_NULL;
    Value shape = a[1];
    if (!kr_buffer_is_c_contig(&m->view))
        return kr_err_type_error(th, "memoryview: casts are restricted to C-contiguous views");
    if ((shape || m->view.ndim != 1) && zero_in_shape(&m->view))
        return kr_err_type_error(th, "memoryview: cannot cast view with zeros in shape or strides");
    int ndim = 0;
    if (shape) {
        if (!kr_is_type(shape, &kr_tuple_type) && !kr_is_type(shape, &kr_list_type))
            return kr_err_type_error(th, "shape must be a list or a tuple");
        int64_t n = kr_is_type(shape, &kr_tuple_type) ? kr_as_tuple(shape)->size
                                                       : kr_as_list(shape)->size;
        if (n > KR_BUF_MAX_NDIM) {
            kr_err_set_string(th, &kr_exc_ValueError,
                              "memoryview: number of dimensions must not exceed 64");
            return KR_VALUE_NULL;
        }
        if (m->view.ndim != 1 && n != 1)
            return kr_err_type_error(th, "memoryview: cast must be 1D -> ND or ND -> 1D");
        ndim = (int)n;
    }
    MemoryView *r = view_new(th, m->mbuf, &m->view);
    if (!r)
        return KR_VALUE_NULL;
    if (r->view.ndim == 0) {
        /* a 0-dim view becomes one dimension of one item first */
        r->view.shape = dims(th, 1);
        r->view.strides = dims(th, 1);
        if (!r->view.shape || !r->view.strides)
            goto fail;
    }
    if (cast_to_1d(th, r, kr_as_str(a[0])) < 0 || (shape && cast_to_nd(th, r, shape, ndim) < 0))
        goto fail;
    return kr_from_obj(r);
fail:
    r->released = true;
    mbuf_drop(r->mbuf);
    return KR_VALUE_NULL;
}

METHOD(mv_reduce)
{
    return kr_err_type_error(th, "cannot pickle 'memoryview' object");
}

static const MethodDef mv_methods[] = {
    {"__reduce__", mv_reduce, "($self, /)", NULL, 0},
    {"tobytes", mv_tobytes, "($self, /, order='C')", NULL, 0},
    {"tolist", mv_tolist, "($self, /)", NULL, 0},
    {"hex", mv_hex, NULL,
    "Return the data in the buffer as a str of hexadecimal numbers.\n"
    "\n"
    "  sep\n"
    "    An optional single character or byte to separate hex bytes.\n"
    "  bytes_per_sep\n"
    "    How many bytes between separators.  Positive values count from the\n"
    "    right, negative values count from the left.\n"
    "\n"
    "Example:\n"
    ">>> value = memoryview(b'\\xb9\\x01\\xef')\n"
    ">>> value.hex()\n"
    "'b901ef'\n"
    ">>> value.hex(':')\n"
    "'b9:01:ef'\n"
    ">>> value.hex(':', 2)\n"
    "'b9:01ef'\n"
    ">>> value.hex(':', -2)\n"
    "'b901:ef'", 0},
    {"release", mv_release, "($self, /)", NULL, 0},
    {"cast", mv_cast, "($self, /, format, shape=<unrepresentable>)", NULL, 0},
    {"toreadonly", mv_toreadonly, "($self, /)", NULL, 0},
    {"__enter__", mv_enter, "($self, /)", NULL, 0},
    {"__exit__", mv_exit, "($self, /, *exc_info)", NULL, 0},
    {0},
};

/* ---- attributes -------------------------------------------------------------------------- */

static Value live(Thread *th, Value v) { return check_released(th, MV(v)) < 0 ? KR_VALUE_NULL : v; }

static Value dims_tuple(Thread *th, const int64_t *d, int n)
{
    Tuple *t = kr_tuple_new(th, n);
    for (int i = 0; t && i < n; i++)
        t->items[i] = kr_from_smallint(d[i]);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value mv_obj(Thread *th, Value v) { return live(th, v) ? MV(v)->view.obj : KR_VALUE_NULL; }
static Value mv_nbytes(Thread *th, Value v) { return live(th, v) ? kr_from_smallint(MV(v)->view.len) : KR_VALUE_NULL; }
static Value mv_readonly(Thread *th, Value v) { return live(th, v) ? kr_from_bool(MV(v)->view.readonly) : KR_VALUE_NULL; }
static Value mv_itemsize(Thread *th, Value v) { return live(th, v) ? kr_from_smallint(MV(v)->view.itemsize) : KR_VALUE_NULL; }
static Value mv_ndim(Thread *th, Value v) { return live(th, v) ? kr_from_smallint(MV(v)->view.ndim) : KR_VALUE_NULL; }
static Value mv_shape(Thread *th, Value v) { return live(th, v) ? dims_tuple(th, MV(v)->view.shape, MV(v)->view.ndim) : KR_VALUE_NULL; }
static Value mv_strides(Thread *th, Value v) { return live(th, v) ? dims_tuple(th, MV(v)->view.strides, MV(v)->view.ndim) : KR_VALUE_NULL; }
static Value mv_suboffsets(Thread *th, Value v) { return live(th, v) ? dims_tuple(th, NULL, 0) : KR_VALUE_NULL; }
static Value mv_c_contig(Thread *th, Value v) { return live(th, v) ? kr_from_bool(kr_buffer_is_c_contig(&MV(v)->view)) : KR_VALUE_NULL; }
static Value mv_f_contig(Thread *th, Value v) { return live(th, v) ? kr_from_bool(kr_buffer_is_f_contig(&MV(v)->view)) : KR_VALUE_NULL; }

static Value mv_contig(Thread *th, Value v)
{
    if (!live(th, v))
        return KR_VALUE_NULL;
    return kr_from_bool(kr_buffer_is_c_contig(&MV(v)->view) || kr_buffer_is_f_contig(&MV(v)->view));
}

static Value mv_format(Thread *th, Value v)
{
    Str *s = live(th, v) ? kr_str_from_cstr(th, MV(v)->view.format) : NULL;
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static const MemberDef mv_members[] = {
    {"obj", 0, mv_obj, NULL, "The underlying object of the memoryview.", KR_MEMBER_READONLY},
    {"nbytes", 0, mv_nbytes, NULL, NULL, KR_MEMBER_READONLY},
    {"readonly", 0, mv_readonly, NULL, NULL, KR_MEMBER_READONLY},
    {"itemsize", 0, mv_itemsize, NULL, NULL, KR_MEMBER_READONLY},
    {"format", 0, mv_format, NULL, NULL, KR_MEMBER_READONLY},
    {"ndim", 0, mv_ndim, NULL, NULL, KR_MEMBER_READONLY},
    {"shape", 0, mv_shape, NULL, NULL, KR_MEMBER_READONLY},
    {"strides", 0, mv_strides, NULL, NULL, KR_MEMBER_READONLY},
    {"suboffsets", 0, mv_suboffsets, NULL, NULL, KR_MEMBER_READONLY},
    {"c_contiguous", 0, mv_c_contig, NULL, NULL, KR_MEMBER_READONLY},
    {"f_contiguous", 0, mv_f_contig, NULL, NULL, KR_MEMBER_READONLY},
    {"contiguous", 0, mv_contig, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

/* ---- slots ------------------------------------------------------------------------------ */

/* The iterator reads each item when asked, as CPython's memory_iterator
 * (a change to the exporter during iteration is seen). */
typedef struct MemoryIter {
    Obj hdr;
    Value view;               /* KR_VALUE_NULL once exhausted */
    int64_t index;
    char format;
} MemoryIter;

static Type memory_iter_type;

static Value mv_iter(Thread *th, Value v)
{
    MemoryView *m = MV(v);
    if (check_released(th, m) < 0)
        return KR_VALUE_NULL;
    if (m->view.ndim == 0)
        return kr_err_type_error(th, "invalid indexing of 0-dim memory");
    if (m->view.ndim != 1) {
        kr_err_set_string(th, &kr_exc_NotImplementedError,
                          "multi-dimensional sub-views are not implemented");
        return KR_VALUE_NULL;
    }
    char f = item_format(th, m);
    if (!f)
        return KR_VALUE_NULL;
    /* made ready on first use: it is private to this file */
    if (!(memory_iter_type.flags & KR_TYPE_READY) && kr_type_ready(th, &memory_iter_type) < 0)
        return KR_VALUE_NULL;
    MemoryIter *it = kr_gc_alloc(sizeof *it);
    if (!it) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    it->hdr.type = &memory_iter_type;
    it->view = v;
    it->format = f;
    return kr_from_obj(it);
}

static Value memory_iter_next(Thread *th, Value self)
{
    MemoryIter *it = (MemoryIter *)kr_as_obj(self);
    if (!it->view)
        return KR_VALUE_NULL;
    MemoryView *m = MV(it->view);
    if (it->index < m->view.shape[0]) {
        if (check_released(th, m) < 0)
            return KR_VALUE_NULL;
        return unpack(th, it->format, m->view.buf + m->view.strides[0] * it->index++);
    }
    it->view = KR_VALUE_NULL;
    return KR_VALUE_NULL;
}

static Value memory_iter_self(Thread *th, Value v) { return v; }

static Type memory_iter_type = {
    .hdr = {&kr_type_type},
    .name = "memory_iterator",
    .size = sizeof(MemoryIter),
    .iter = memory_iter_self,
    .next = memory_iter_next,
};

/* Items of a and b compared as unpacked values (CPython's memory_richcompare):
 * 1 equal, 0 not, -1 error, -2 NotImplemented. */
static int cmp_dim(Thread *th, const Buffer *a, char fa, unsigned char *pa, const Buffer *b,
                   char fb, unsigned char *pb, int d)
{
    if (a->ndim == 0 || d == a->ndim) {
        if (!fa)    /* same non-native format: bytewise */
            return memcmp(pa, pb, (size_t)a->itemsize) == 0;
        if (fa == fb && strchr("bBhHiIlLqQnNcP?", fa))
            return memcmp(pa, pb, (size_t)a->itemsize) == 0;
        /* no identity shortcut: a NaN item is never equal (krait's
         * floats are immediates, so two NaNs would be identical) */
        Value x = unpack(th, fa, pa), y = x ? unpack(th, fb, pb) : KR_VALUE_NULL;
        Value r = y ? kr_object_richcompare(th, x, y, KR_EQ) : KR_VALUE_NULL;
        return r ? kr_object_truth(th, r) : -1;
    }
    int64_t n = kr_buffer_shape(a, d);
    for (int64_t i = 0; i < n; i++) {
        int r = cmp_dim(th, a, fa, pa + i * kr_buffer_stride(a, d), b, fb,
                        pb + i * kr_buffer_stride(b, d), d + 1);
        if (r <= 0)
            return r;
    }
    return 1;
}

static int compare(Thread *th, MemoryView *m, Value w)
{
    Buffer other, *b = &other;
    bool got = false;
    if (kr_is_type(w, &kr_memoryview_type)) {
        if (is_released(MV(w)))
            return kr_from_obj(m) == w;
        b = &MV(w)->view;
    } else {
        if (!kr_buffer_check(w))
            return -2;
        if (kr_buffer_get(th, w, &other, KR_BUF_SIMPLE) < 0) {
            kr_err_clear(th);
            return -2;
        }
        got = true;
    }
    int eq;
    char fa = native_char(m->view.format), fb = native_char(b->format);
    if (!equiv_shape(&m->view, b))
        eq = 0;
    else if (!fa || !fb)
        eq = strcmp(m->view.format, b->format) == 0 && m->view.itemsize == b->itemsize
                 ? cmp_dim(th, &m->view, 0, m->view.buf, b, 0, b->buf, 0) : -2;
    else
        eq = cmp_dim(th, &m->view, fa, m->view.buf, b, fb, b->buf, 0);
    if (got)
        kr_buffer_release(&other);
    return eq;
}

static Value mv_richcompare(Thread *th, Value a, Value b, int op)
{
    if (op != KR_EQ && op != KR_NE)
        return KR_NOTIMPL;
    int eq = is_released(MV(a)) ? a == b : compare(th, MV(a), b);
    if (eq == -2)
        return KR_NOTIMPL;
    if (eq < 0)
        return KR_VALUE_NULL;
    return kr_from_bool((eq != 0) == (op == KR_EQ));
}

static int mv_hash(Thread *th, Value v, int64_t *out)
{
    MemoryView *m = MV(v);
    if (m->hash == -1) {
        if (check_released(th, m) < 0)
            return -1;
        if (!m->view.readonly) {
            kr_err_set_string(th, &kr_exc_ValueError, "cannot hash writable memoryview object");
            return -1;
        }
        char f = native_char(m->view.format);
        if (!is_byte_format(f)) {
            kr_err_set_string(th, &kr_exc_ValueError,
                              "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            return -1;
        }
        int64_t h;
        if (kr_object_hash(th, m->view.obj, &h) < 0)
            return -1;
        Bytes *b = to_bytes(th, m, 'C');
        if (!b)
            return -1;
        m->hash = kr_bytes_hash(b);
    }
    *out = m->hash;
    return 0;
}

static Value mv_repr(Thread *th, Value v)
{
    char buf[64];
    snprintf(buf, sizeof buf, is_released(MV(v)) ? "<released memory at %#llx>" : "<memory at %#llx>",
             (unsigned long long)v);
    Str *s = kr_str_from_cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* A memoryview lends its own view (memoryview(array) -> bytes(m), or
 * another exporter's consumer); those count in its exports. */
static int mv_getbuffer(Thread *th, Value obj, Buffer *out, int flags)
{
    MemoryView *m = MV(obj);
    if (check_released(th, m) < 0)
        return -1;
    if ((flags & KR_BUF_WRITABLE) && m->view.readonly) {
        kr_err_set_string(th, &kr_exc_BufferError, "memoryview: underlying buffer is not writable");
        return -1;
    }
    *out = m->view;
    out->obj = obj;
    m->exports++;
    return 0;
}

static void mv_releasebuffer(Value obj, Buffer *view) { MV(obj)->exports--; }

static const BufferProcs mv_buffer_procs = {mv_getbuffer, mv_releasebuffer};

Type kr_memoryview_type = {
    .hdr = {&kr_type_type},
    .name = "memoryview",
    .size = sizeof(MemoryView),
    .flags = KR_TYPE_IMMUTABLE | KR_TYPE_HAS_WEAKREF | KR_TYPE_SEQUENCE,
    .new_ = memoryview_new,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .iter = mv_iter,
    .methods = mv_methods,
    .members = mv_members,
    .as_buffer = &mv_buffer_procs,
};
