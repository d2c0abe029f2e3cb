/*
 * memoryview.c -- memoryview over bytes and bytearray: one dimension, the
 * one-byte formats 'B' (the default), 'b' and 'c' (by cast).
 *
 * A view is (obj, start, step, len): item i is byte start + i*step of the
 * object's data, read through the object at every access rather than
 * through a saved pointer, because a bytearray may move its data when it
 * grows.  (CPython forbids resizing a bytearray while a view exists; krait
 * does not track exports yet, so an access past the current end raises
 * IndexError instead -- docs/differences.md.)
 */
#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/seq.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct MemoryView {
    Obj hdr;
    Value obj;                /* KR_VALUE_NULL once released */
    int64_t start, step, len;
    bool readonly;
    char format;              /* 'B' (unsigned), 'b' (signed) or 'c' (bytes of 1) */
    bool at;                  /* the format was given as '@x' (shown so) */
    uint8_t wide;             /* sre: itemsize of an integer-format cast ('I', ...; its
                               * step is the itemsize); 0 for the one-byte formats */
} MemoryView;

extern Type kr_memoryview_type;

#define MV(v) ((MemoryView *)kr_as_obj(v))

static MemoryView *new_view(Thread *th, Value obj, int64_t start, int64_t step, int64_t len)
{
    MemoryView *m = kr_gc_alloc(sizeof *m);
    if (!m) {
        kr_err_no_memory(th);
        return NULL;
    }
    m->hdr.type = &kr_memoryview_type;
    m->obj = obj;
    m->start = start;
    m->step = step;
    m->len = len;
    m->readonly = !kr_isinstance_type(obj, &kr_bytearray_type);
    m->format = 'B';
    return m;
}

/* The object's bytes, or NULL with ValueError once released. */
static const unsigned char *view_data(Thread *th, MemoryView *m, int64_t *size)
{
    if (!m->obj) {
        kr_err_set_string(th, &kr_exc_ValueError, "operation forbidden on released memoryview object");
        return NULL;
    }
    ByteView *b = KR_BYTES_VIEW(m->obj);
    *size = b->len;
    return b->data;
}

static int item(Thread *th, MemoryView *m, int64_t i, unsigned char **p)
{
    int64_t size;
    const unsigned char *d = view_data(th, m, &size);
    if (!d)
        return -1;
    int64_t at = m->start + i * m->step;
    if (at < 0 || at >= size) {
        kr_err_set_string(th, &kr_exc_IndexError, "index out of range");
        return -1;
    }
    *p = (unsigned char *)d + at;
    return 0;
}

/* An int key as an item number, negative from the end. */
static int view_index(Thread *th, MemoryView *m, Value key, int64_t *out)
{
    int64_t i;
    if (kr_int_as_i64(th, key, &i) < 0) {
        kr_err_clear(th);
        i = m->len;
    }
    if (i < 0)
        i += m->len;
    if (i < 0 || i >= m->len) {
        kr_err_set_string(th, &kr_exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    *out = i;
    return 0;
}

/* Item value in the view's format. */
static Value unpack(Thread *th, MemoryView *m, unsigned char byte)
{
    if (m->format == 'b')
        return kr_from_smallint((signed char)byte);
    if (m->format == 'c') {
        Bytes *b = kr_bytes_new(th, &byte, 1);
        return b ? kr_from_obj(b) : KR_VALUE_NULL;
    }
    return kr_from_smallint(byte);
}

/* sre: an item of an integer-format view (native byte order), which
 * re._compiler reads through memoryview(b).cast('I').tolist(). */
static Value unpack_wide(Thread *th, MemoryView *m, const unsigned char *p)
{
    uint64_t u = 0;
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    memcpy((unsigned char *)&u + 8 - m->wide, p, m->wide);
#else
    memcpy(&u, p, m->wide);
#endif
    bool sign = strchr("hilqn", m->format) != NULL;
    int shift = 64 - 8 * m->wide;
    int64_t v = sign && shift ? (int64_t)(u << shift) >> shift : (int64_t)u;
    if (sign || u <= INT64_MAX)
        return kr_int_from_i64(th, v);
    char digits[24];
    snprintf(digits, sizeof digits, "%llu", (unsigned long long)u);
    return kr_int_from_string(th, digits, strlen(digits), 10);
}
#define UNPACK(th, m, p) ((m)->wide ? unpack_wide(th, m, p) : unpack(th, m, *(p)))

/* The byte a value stores in the view's format; -1 with an error. */
static int pack(Thread *th, MemoryView *m, Value value, unsigned char *out)
{
    char fmt[2] = {m->format, 0};
    if (m->format == 'c') {
        if (!kr_is_bytes(value)) {
            kr_err_format(th, &kr_exc_TypeError, "memoryview: invalid type for format '%s'", fmt);
            return -1;
        }
        if (kr_as_bytes(value)->len != 1) {
            kr_err_format(th, &kr_exc_ValueError, "memoryview: invalid value for format '%s'", fmt);
            return -1;
        }
        *out = kr_as_bytes(value)->data[0];
        return 0;
    }
    int64_t x;
    if (!kr_is_int(value)) {
        kr_err_format(th, &kr_exc_TypeError, "memoryview: invalid type for format '%s'", fmt);
        return -1;
    }
    int64_t lo = m->format == 'b' ? -128 : 0, hi = m->format == 'b' ? 127 : 255;
    if (kr_int_as_i64(th, value, &x) < 0 || x < lo || x > hi) {
        kr_err_clear(th);
        kr_err_format(th, &kr_exc_ValueError, "memoryview: invalid value for format '%s'", fmt);
        return -1;
    }
    *out = (unsigned char)x;
    return 0;
}

static Value memoryview_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "memoryview", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    Value o = args[0];
    if (kr_is_type(o, &kr_memoryview_type)) {
        MemoryView *src = MV(o);
        int64_t size;
        if (!view_data(th, src, &size))
            return KR_VALUE_NULL;
        MemoryView *m = new_view(th, src->obj, src->start, src->step, src->len);
        if (m)
            m->format = src->format, m->at = src->at, m->wide = src->wide;
        return m ? kr_from_obj(m) : KR_VALUE_NULL;
    }
    if (!kr_bytes_like(o))
        return kr_err_type_error(th, "memoryview: a bytes-like object is required, not '%s'",
                                 kr_type_name(o));
    MemoryView *m = new_view(th, o, 0, 1, KR_BYTES_VIEW(o)->len);
    return m ? kr_from_obj(m) : KR_VALUE_NULL;
}

static int mv_len(Thread *th, Value v, int64_t *n)
{
    int64_t size;
    if (!view_data(th, MV(v), &size))
        return -1;
    *n = MV(v)->len;
    return 0;
}

static Value mv_getitem(Thread *th, Value v, Value key)
{
    MemoryView *m = MV(v);
    int64_t size;
    if (!view_data(th, m, &size))
        return KR_VALUE_NULL;
    if (kr_is_type(key, &kr_slice_type)) {
        int64_t start, stop, step, n;
        if (kr_slice_indices(th, key, m->len, &start, &stop, &step, &n) < 0)
            return KR_VALUE_NULL;
        MemoryView *r = new_view(th, m->obj, m->start + start * m->step, m->step * step, n);
        if (r) {
            r->readonly = m->readonly;
            r->format = m->format;
            r->at = m->at;
            r->wide = m->wide;
        }
        return r ? kr_from_obj(r) : KR_VALUE_NULL;
    }
    if (!kr_is_int(key))
        return kr_err_type_error(th, "memoryview: invalid slice key");
    int64_t i;
    unsigned char *p;
    if (view_index(th, m, key, &i) < 0 || item(th, m, i, &p) < 0)
        return KR_VALUE_NULL;
    return UNPACK(th, m, p);
}

/* m[i] = x and m[a:b:c] = bytes-like of the same length.  The source is
 * copied first so an overlapping source (a view of the same object)
 * reads its old bytes, as memmove would. */
static int mv_setitem(Thread *th, Value v, Value key, Value value)
{
    MemoryView *m = MV(v);
    int64_t size;
    if (!view_data(th, m, &size))
        return -1;
    if (m->readonly) {
        kr_err_set_string(th, &kr_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (m->wide) {
        kr_err_format(th, &kr_exc_NotImplementedError,
                      "memoryview: format '%c' is not supported yet", m->format);
        return -1;
    }
    if (!value) {
        kr_err_set_string(th, &kr_exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (kr_is_type(key, &kr_slice_type)) {
        int64_t start, stop, step, n;
        if (kr_slice_indices(th, key, m->len, &start, &stop, &step, &n) < 0)
            return -1;
        if (!kr_bytes_like(value) && !kr_is_type(value, &kr_memoryview_type)) {
            kr_err_format(th, &kr_exc_TypeError, "a bytes-like object is required, not '%s'",
                          kr_type_name(value));
            return -1;
        }
        Value src = kr_is_type(value, &kr_memoryview_type)
                        ? kr_vm_call_method(th, kr_type_lookup(&kr_memoryview_type, kr_str_intern_cstr(th, "tobytes")), value, NULL, 0, NULL)
                        : value;
        if (!src)
            return -1;
        ByteView *b = KR_BYTES_VIEW(src);
        if (b->len != n) {
            kr_err_set_string(th, &kr_exc_ValueError,
                              "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        unsigned char tmp[256], *buf = n <= 256 ? tmp : kr_gc_alloc_atomic((size_t)n);
        if (!buf) {
            kr_err_no_memory(th);
            return -1;
        }
        for (int64_t k = 0; k < n; k++)
            buf[k] = b->data[k];
        for (int64_t k = 0; k < n; k++) {
            unsigned char *p;
            if (item(th, m, start + k * step, &p) < 0)
                return -1;
            *p = buf[k];
        }
        return 0;
    }
    if (!kr_is_int(key)) {
        kr_err_set_string(th, &kr_exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    int64_t i;
    unsigned char *p, byte;
    if (view_index(th, m, key, &i) < 0 || pack(th, m, value, &byte) < 0 || item(th, m, i, &p) < 0)
        return -1;
    *p = byte;
    return 0;
}

/* The view's bytes, copied (a small view through a stack buffer). */
static Bytes *to_bytes(Thread *th, MemoryView *m)
{
    int64_t w = m->wide ? m->wide : 1, n = m->len * w;
    unsigned char tmp[256], *buf = n <= 256 ? tmp : kr_gc_alloc_atomic((size_t)n);
    if (!buf) {
        kr_err_no_memory(th);
        return NULL;
    }
    for (int64_t i = 0; i < m->len; i++) {
        unsigned char *p;
        if (item(th, m, i, &p) < 0)
            return NULL;
        memcpy(buf + i * w, p, (size_t)w);
    }
    return kr_bytes_new(th, buf, n);
}

#define METHOD(name) static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)

METHOD(mv_tobytes)
{
    Bytes *b = to_bytes(th, MV(args[0]));
    return b ? kr_from_obj(b) : KR_VALUE_NULL;
}

METHOD(mv_tolist)
{
    MemoryView *m = MV(args[0]);
    List *l = kr_list_new(th, 0);
    for (int64_t i = 0; l && i < m->len; i++) {
        unsigned char *p;
        Value x = item(th, m, i, &p) < 0 ? KR_VALUE_NULL : UNPACK(th, m, p);
        if (!x || kr_list_append(th, l, x) < 0)
            return KR_VALUE_NULL;
    }
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

METHOD(mv_hex)
{
    Bytes *b = to_bytes(th, MV(args[0]));
    Buf out;
    kr_buf_init(&out);
    for (int64_t i = 0; b && i < b->len; i++)
        kr_buf_printf(&out, "%02x", b->data[i]);
    Str *s = b ? kr_str_from_buf(th, &out) : NULL;
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

METHOD(mv_release)
{
    MV(args[0])->obj = KR_VALUE_NULL;
    return KR_NONE;
}

METHOD(mv_enter)
{
    int64_t size;
    return view_data(th, MV(args[0]), &size) ? args[0] : KR_VALUE_NULL;
}

METHOD(mv_exit)
{
    MV(args[0])->obj = KR_VALUE_NULL;
    return KR_FALSE;
}

/* cast(format): between the one-byte formats 'B', 'b' and 'c' (an
 * optional '@' prefix allowed).  Wider native formats are recognised and
 * refused with NotImplementedError (docs/differences.md). */
METHOD(mv_cast)
{
    if (nargs < 2 || !kr_is_str(args[1]))
        return kr_err_type_error(th, "cast() argument 'format' must be str");
    MemoryView *m = MV(args[0]);
    int64_t size;
    if (!view_data(th, m, &size))
        return KR_VALUE_NULL;
    Str *f = kr_as_str(args[1]);
    int64_t at = f->len == 2 && kr_str_char(f, 0) == '@' ? 1 : 0;
    uint32_t c = f->len == at + 1 ? kr_str_char(f, at) : 0;
    static const char wide[] = "hHiIlLqQnNfdeP?";
    if (!c || (c != 'B' && c != 'b' && c != 'c' && !strchr(wide, (int)c))) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "memoryview: destination format must be a native single character format prefixed with an optional '@'");
        return KR_VALUE_NULL;
    }
    if (m->step != 1 && m->len > 1) {
        kr_err_set_string(th, &kr_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
        return KR_VALUE_NULL;
    }
    if (c != 'B' && c != 'b' && c != 'c') {
        int itemsize = c == 'h' || c == 'H' || c == 'e' ? 2 : c == 'i' || c == 'I' || c == 'f' ? 4 : c == '?' ? 1 : 8;
        if (m->len % itemsize) {
            kr_err_set_string(th, &kr_exc_TypeError, "memoryview: length is not a multiple of itemsize");
            return KR_VALUE_NULL;
        }
        if (strchr("hHiIlLqQnN", (int)c)) {
            /* sre: integer formats, read-only items (unpack_wide) */
            MemoryView *r = new_view(th, m->obj, m->start, itemsize, m->len / itemsize);
            if (r)
                r->readonly = m->readonly, r->format = (char)c, r->at = at == 1,
                r->wide = (uint8_t)itemsize;
            return r ? kr_from_obj(r) : KR_VALUE_NULL;
        }
        kr_err_format(th, &kr_exc_NotImplementedError, "memoryview: format '%c' is not supported yet",
                      (int)c);
        return KR_VALUE_NULL;
    }
    MemoryView *r = new_view(th, m->obj, m->start, 1, m->len);
    if (r) {
        r->readonly = m->readonly;
        r->format = (char)c;
        r->at = at == 1;
    }
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static const MethodDef mv_methods[] = {
    {"tobytes", mv_tobytes, "($self, /, order='C')", NULL, 0},
    {"tolist", mv_tolist, "($self, /)", NULL, 0},
    {"hex", mv_hex, "($self, /)", NULL, 0},
    {"release", mv_release, "($self, /)", NULL, 0},
    {"cast", mv_cast, "($self, /, format, shape=<unrepresentable>)", NULL, 0},
    {"__enter__", mv_enter, "($self, /)", NULL, 0},
    {"__exit__", mv_exit, "($self, /, *exc_info)", NULL, 0},
    {0},
};

static Value live(Thread *th, Value v)
{
    int64_t size;
    return view_data(th, MV(v), &size) ? v : KR_VALUE_NULL;
}

static Value mv_obj(Thread *th, Value v) { return live(th, v) ? MV(v)->obj : KR_VALUE_NULL; }
static Value mv_nbytes(Thread *th, Value v) { return live(th, v) ? kr_from_smallint(MV(v)->len * (MV(v)->wide ? MV(v)->wide : 1)) : KR_VALUE_NULL; }
static Value mv_readonly(Thread *th, Value v) { return live(th, v) ? kr_from_bool(MV(v)->readonly) : KR_VALUE_NULL; }
static Value mv_itemsize(Thread *th, Value v) { return live(th, v) ? kr_from_smallint(MV(v)->wide ? MV(v)->wide : 1) : KR_VALUE_NULL; }
static Value mv_ndim(Thread *th, Value v) { return live(th, v) ? kr_from_smallint(1) : KR_VALUE_NULL; }
static Value mv_contiguous(Thread *th, Value v) { return live(th, v) ? kr_from_bool(MV(v)->step == 1 || MV(v)->len <= 1) : KR_VALUE_NULL; }

static Value mv_format(Thread *th, Value v)
{
    char f[3] = {'@', MV(v)->format, 0};
    Str *s = live(th, v) ? kr_str_from_cstr(th, MV(v)->at ? f : f + 1) : NULL;
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value mv_shape(Thread *th, Value v)
{
    Value n = kr_from_smallint(MV(v)->len);
    Tuple *t = live(th, v) ? kr_tuple_from_array(th, &n, 1) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value mv_strides(Thread *th, Value v)
{
    Value n = kr_from_smallint(MV(v)->step);
    Tuple *t = live(th, v) ? kr_tuple_from_array(th, &n, 1) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MemberDef mv_members[] = {
    {"obj", 0, mv_obj, NULL, NULL, KR_MEMBER_READONLY},
    {"nbytes", 0, mv_nbytes, NULL, NULL, KR_MEMBER_READONLY},
    {"readonly", 0, mv_readonly, NULL, NULL, KR_MEMBER_READONLY},
    {"itemsize", 0, mv_itemsize, NULL, NULL, KR_MEMBER_READONLY},
    {"format", 0, mv_format, NULL, NULL, KR_MEMBER_READONLY},
    {"ndim", 0, mv_ndim, NULL, NULL, KR_MEMBER_READONLY},
    {"shape", 0, mv_shape, NULL, NULL, KR_MEMBER_READONLY},
    {"strides", 0, mv_strides, NULL, NULL, KR_MEMBER_READONLY},
    {"contiguous", 0, mv_contiguous, NULL, NULL, KR_MEMBER_READONLY},
    {"c_contiguous", 0, mv_contiguous, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Value mv_iter(Thread *th, Value v)
{
    Value l = mv_tolist(th, KR_NONE, &v, 1, NULL);
    return l ? kr_object_iter(th, l) : KR_VALUE_NULL;
}

/* Equal to another view or bytes-like object with the same bytes. */
static Value mv_richcompare(Thread *th, Value a, Value b, int op)
{
    if (op != KR_EQ && op != KR_NE)
        return KR_NOTIMPL;
    if (!MV(a)->obj || (kr_is_type(b, &kr_memoryview_type) && !MV(b)->obj))
        return kr_from_bool((a == b) == (op == KR_EQ));
    if (!kr_is_type(b, &kr_memoryview_type) && !kr_bytes_like(b))
        return KR_NOTIMPL;
    /* Items compare as the values their formats give (b'\x01' in 'c'
     * is not 1 in 'B'), as CPython unpacks both sides. */
    Value la = mv_tolist(th, KR_NONE, &a, 1, NULL);
    Value lb = KR_VALUE_NULL;
    if (la && kr_is_type(b, &kr_memoryview_type)) {
        lb = mv_tolist(th, KR_NONE, &b, 1, NULL);
    } else if (la) {
        ByteView *y = KR_BYTES_VIEW(b);
        List *l = kr_list_new(th, 0);
        for (int64_t i = 0; l && i < y->len; i++)
            if (kr_list_append(th, l, kr_from_smallint(y->data[i])) < 0)
                return KR_VALUE_NULL;
        lb = l ? kr_from_obj(l) : KR_VALUE_NULL;
    }
    if (!lb)
        return KR_VALUE_NULL;
    int eq = kr_object_richcompare_bool(th, la, lb, KR_EQ);
    return eq < 0 ? KR_VALUE_NULL : kr_from_bool((eq != 0) == (op == KR_EQ));
}

static Value mv_repr(Thread *th, Value v)
{
    char buf[64];
    snprintf(buf, sizeof buf, MV(v)->obj ? "<memory at %#llx>" : "<released memory at %#llx>",
             (unsigned long long)v);
    Str *s = kr_str_from_cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

Type kr_memoryview_type = {
    .hdr = {&kr_type_type},
    .name = "memoryview",
    .size = sizeof(MemoryView),
    .flags = KR_TYPE_IMMUTABLE,
    .new_ = memoryview_new,
    .repr = mv_repr,
    .richcompare = mv_richcompare,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .iter = mv_iter,
    .methods = mv_methods,
    .members = mv_members,
};
