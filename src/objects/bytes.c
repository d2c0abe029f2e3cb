/*
 * bytes.c -- Python bytes: construction, hashing, comparison, repr, and the
 * bytes type's slots.  Methods are in bytes_methods.c, the codecs (decode,
 * str.encode) in bytes_codec.c.
 *
 * Storage (bytes.h): one atomic block, data inline and zero-terminated.
 * Comparison is memcmp then length, which is CPython's bytes_richcompare;
 * the hash is cached, since bytes are often dict keys.
 *
 * The constructor follows CPython's bytes_new order exactly, because the
 * order decides which error a bad argument gets: encoding given -> str
 * only; an index (int) -> that many zero bytes; bytes-like -> a copy; else
 * any iterable of ints in range(256).
 */
#include "objects/buffer.h"
#include "objects/bytes.h"

#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "modules/modules.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/seq.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

/* ---- construction --------------------------------------------------------- */

Bytes *kr_bytes_alloc(Thread *th, int64_t len)
{
    if (len < 0 || (uint64_t)len > ((uint64_t)1 << 40)) {
        kr_err_no_memory(th);
        return NULL;
    }
    Bytes *b = kr_gc_alloc_atomic(sizeof(Bytes) + (size_t)len + 1);
    if (!b) {
        kr_err_no_memory(th);
        return NULL;
    }
    b->hdr.type = &kr_bytes_type;
    b->len = len;
    b->hash = -1;
    b->data[len] = 0;
    return b;
}

Bytes *kr_bytes_from_buf(Thread *th, Buf *b)
{
    Bytes *r = kr_err_buf_failed(th, b) ? NULL
             : kr_bytes_new(th, b->data ? b->data : "", (int64_t)b->len);
    kr_buf_free(b);
    return r;
}

/* One-byte bytes are shared, as CPython's (bytes([65]) is bytes([65])):
 * code that splits data into bytes (bpe's [bytes([b]) for b in word])
 * then hashes and compares 256 hot objects, equal ones by identity.  An
 * entry is complete, hash included, before it is published, so threads
 * may race to fill a slot: each gets an equal immutable object. */
static Bytes *byte1(Thread *th, unsigned char c)
{
    Bytes *b = __atomic_load_n(&th->vm->byte1[c], __ATOMIC_ACQUIRE);
    if (KR_LIKELY(b != NULL))
        return b;
    if (!(b = kr_bytes_alloc(th, 1)))
        return NULL;
    b->data[0] = c;
    kr_bytes_hash(b);
    __atomic_store_n(&th->vm->byte1[c], b, __ATOMIC_RELEASE);   /* filled, then published */
    return b;
}

Bytes *kr_bytes_new(Thread *th, const void *data, int64_t len)
{
    if (len == 1 && data)
        return byte1(th, *(const unsigned char *)data);
    Bytes *b = kr_bytes_alloc(th, len);
    if (b && len)
        memcpy(b->data, data, (size_t)len);
    return b;
}

int64_t kr_bytes_hash(Bytes *b)
{
    if (b->hash == -1)
        b->hash = kr_str_hash_data(b->data, (size_t)b->len);
    return b->hash;
}

bool kr_bytes_like(Value v)
{
    return kr_isinstance_type(v, &kr_bytes_type) || kr_isinstance_type(v, &kr_bytearray_type);
}

Value kr_bytes_coerce(Thread *th, Value v)
{
    if (kr_bytes_like(v) || !kr_buffer_check(v))
        return v;
    /* any layout is copied in C order (CPython's PyBUF_FULL_RO reads) */
    Buffer view;
    if (kr_buffer_get(th, v, &view, KR_BUF_SIMPLE) < 0)
        return KR_VALUE_NULL;
    Bytes *b = kr_bytes_alloc(th, view.len);
    if (b)
        kr_buffer_copy_out(&view, b->data, 'C');
    kr_buffer_release(&view);
    return kr_bytes_value(b);
}

int kr_bytes_view(Thread *th, Value v, const unsigned char **data, int64_t *len)
{
    if (kr_bytes_like(v)) {
        ByteView *w = KR_BYTES_VIEW(v);
        *data = w->data;
        *len = w->len;
        return 0;
    }
    /* any other exporter (memoryview, array, mmap): borrowed for the
     * caller's C call only, so released at once (objects/buffer.h).  A
     * simple buffer must be contiguous, as CPython's PyBUF_SIMPLE. */
    Buffer view;
    if (kr_buffer_get(th, v, &view, KR_BUF_SIMPLE) < 0)
        return -1;
    *data = view.buf;
    *len = view.len;
    bool contig = kr_buffer_is_c_contig(&view);
    kr_buffer_release(&view);
    if (!contig) {
        kr_err_set_string(th, &kr_exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    return 0;
}

int64_t kr_bytes_find(const unsigned char *hay, int64_t start, int64_t end,
                      const unsigned char *needle, int64_t nlen)
{
    if (start < 0)
        start = 0;
    /* an empty needle is found at start, even at the very end (CPython's
     * find returns len(b) for b.find(b'', len(b))) */
    if (end - start < nlen)
        return -1;
    if (nlen == 0)
        return start;
    const unsigned char *p = memmem(hay + start, (size_t)(end - start), needle, (size_t)nlen);
    return p ? p - hay : -1;
}

/* ---- repr ------------------------------------------------------------------ */

Str *kr_bytes_repr(Thread *th, const unsigned char *data, int64_t len)
{
    /* CPython: single quotes unless the data has ' and no " */
    bool sq = memchr(data, '\'', (size_t)len) != NULL;
    bool dq = memchr(data, '"', (size_t)len) != NULL;
    char q = sq && !dq ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    Buf b;
    kr_buf_init(&b);
    kr_buf_putc(&b, 'b');
    kr_buf_putc(&b, q);
    for (int64_t i = 0; i < len; i++) {
        unsigned char c = data[i];
        if (c == q || c == '\\') {
            kr_buf_putc(&b, '\\');
            kr_buf_putc(&b, (char)c);
        } else if (c == '\t') {
            kr_buf_puts(&b, "\\t");
        } else if (c == '\n') {
            kr_buf_puts(&b, "\\n");
        } else if (c == '\r') {
            kr_buf_puts(&b, "\\r");
        } else if (c < 0x20 || c >= 0x7f) {
            char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            kr_buf_write(&b, e, 4);
        } else {
            kr_buf_putc(&b, (char)c);
        }
    }
    kr_buf_putc(&b, q);
    return kr_str_from_buf(th, &b);
}

/* ---- slots ------------------------------------------------------------------- */

static Value bytes_repr(Thread *th, Value v)
{
    Bytes *b = kr_as_bytes(v);
    Str *r = kr_bytes_repr(th, b->data, b->len);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static int bytes_hash_slot(Thread *th, Value v, int64_t *h)
{
    *h = kr_bytes_hash(kr_as_bytes(v));
    return 0;
}

Value kr_bytes_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!kr_bytes_like(a) || !kr_bytes_like(b))
        return KR_NOTIMPL;
    ByteView *x = KR_BYTES_VIEW(a), *y = KR_BYTES_VIEW(b);
    if (op == KR_EQ || op == KR_NE) {
        bool eq = x->len == y->len && (x->len == 0 || memcmp(x->data, y->data, (size_t)x->len) == 0);
        return kr_from_bool(eq == (op == KR_EQ));
    }
    int64_t n = x->len < y->len ? x->len : y->len;
    int c = n ? memcmp(x->data, y->data, (size_t)n) : 0;
    if (!c)
        c = (x->len > y->len) - (x->len < y->len);
    return kr_from_bool(kr_cmp_i64(c, 0, op));
}

static int bytes_len(Thread *th, Value v, int64_t *len)
{
    *len = kr_as_bytes(v)->len;
    return 0;
}

static int bytes_bool(Thread *th, Value v) { return kr_as_bytes(v)->len != 0; }

/* An int index (or __index__) as int64; IndexError if it does not fit. */
/* (bool is an int subclass but an immediate here, hence its own case) */
static int index_value(Thread *th, Value key, int64_t *out)
{
    Value k = kr_is_smallint(key) ? key : kr_object_index(th, key);
    if (!k)
        return -1;
    if (kr_is_bool(k)) {
        *out = k == KR_TRUE;
        return 0;
    }
    if (!kr_is_smallint(k)) {
        kr_err_format(th, &kr_exc_IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *out = kr_as_smallint(k);
    return 0;
}

static Value bytes_getitem(Thread *th, Value v, Value key)
{
    Bytes *b = kr_as_bytes(v);
    if (kr_is_type(key, &kr_slice_type)) {
        int64_t start, stop, step, n;
        if (kr_slice_indices(th, key, b->len, &start, &stop, &step, &n) < 0)
            return KR_VALUE_NULL;
        /* immutable: the whole slice can be self, as CPython returns it */
        if (step == 1 && n == b->len && kr_is_bytes(v))
            return v;
        if (n == 1 && step == 1)     /* shared as CPython's (kr_bytes_new) */
            return kr_bytes_value(kr_bytes_new(th, b->data + start, 1));
        Bytes *r = kr_bytes_alloc(th, n);
        if (!r)
            return KR_VALUE_NULL;
        if (step == 1 && n)
            memcpy(r->data, b->data + start, (size_t)n);
        else
            for (int64_t i = 0, j = start; i < n; i++, j += step)
                r->data[i] = b->data[j];
        return kr_from_obj(r);
    }
    if (!kr_is_int(key) && !kr_type_of(key)->index)
        return kr_err_type_error(th, "byte indices must be integers or slices, not %s",
                                 kr_type_name(key));
    int64_t i;
    if (index_value(th, key, &i) < 0)
        return KR_VALUE_NULL;
    if (i < 0)
        i += b->len;
    if (i < 0 || i >= b->len) {
        kr_err_set_string(th, &kr_exc_IndexError, "index out of range");
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(b->data[i]);
}

/* `x in b`: an int is a byte value, a bytes-like a subsequence. */
int kr_bytes_contains(Thread *th, const unsigned char *data, int64_t len, Value item)
{
    if (kr_is_int(item) || kr_type_of(item)->index) {
        int64_t c;
        Value k = kr_object_index(th, item);
        if (!k)
            return -1;
        if (!kr_is_smallint(k) && !kr_is_bool(k))
            c = -1;
        else if (kr_int_as_i64(th, k, &c) < 0)
            return -1;
        if (c < 0 || c > 255) {
            kr_err_set_string(th, &kr_exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return len && memchr(data, (int)c, (size_t)len) != NULL;
    }
    const unsigned char *p;
    int64_t n;
    if (kr_bytes_view(th, item, &p, &n) < 0)
        return -1;
    return kr_bytes_find(data, 0, len, p, n) >= 0;
}

static int bytes_contains(Thread *th, Value v, Value item)
{
    return kr_bytes_contains(th, kr_as_bytes(v)->data, kr_as_bytes(v)->len, item);
}

Value kr_bytes_add(Thread *th, Value a, Value b)
{
    if (!kr_bytes_like(a))
        return KR_NOTIMPL;
    if (!(b = kr_bytes_coerce(th, b)))
        return KR_VALUE_NULL;
    if (!kr_bytes_like(b)) {     /* b's __radd__ ran first (binop1) */
        kr_err_format(th, &kr_exc_TypeError, "can't concat %s to %s", kr_type_name(b),
                      kr_type_name(a));
        return KR_VALUE_NULL;
    }
    ByteView *x = KR_BYTES_VIEW(a), *y = KR_BYTES_VIEW(b);
    if (!kr_bytes_check(a)) {    /* bytearray + x: a new bytearray */
        ByteArray *r = kr_bytearray_new(th, NULL, x->len + y->len);
        if (r && r->len) {
            memcpy(r->data, x->data, (size_t)x->len);
            memcpy(r->data + x->len, y->data, (size_t)y->len);
        }
        return r ? kr_from_obj(r) : KR_VALUE_NULL;
    }
    if (y->len == 0 && kr_is_bytes(a))
        return a;
    if (x->len == 0 && kr_is_bytes(b))
        return b;
    Bytes *r = kr_bytes_alloc(th, x->len + y->len);
    if (!r)
        return KR_VALUE_NULL;
    memcpy(r->data, x->data, (size_t)x->len);
    memcpy(r->data + x->len, y->data, (size_t)y->len);
    return kr_from_obj(r);
}

Value kr_bytes_mul(Thread *th, Value a, Value b)
{
    if (!kr_bytes_like(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    if (!kr_bytes_like(a))
        return KR_NOTIMPL;
    /* CPython repeats a sequence only after both operands' number slots
     * declined, so a class's __rmul__ comes first */
    int64_t n;
    int ok = kr_seq_repeat_count(th, b, &n);
    if (ok <= 0)
        return ok < 0 ? KR_VALUE_NULL : KR_NOTIMPL;
    ByteView *x = KR_BYTES_VIEW(a);
    if (n == 1 && kr_is_bytes(a))
        return a;
    /* as for str: past ssize_t is OverflowError (bytearray says MemoryError) */
    if (kr_bytes_check(a) && n && x->len > INT64_MAX / n) {
        kr_err_set_string(th, &kr_exc_OverflowError, "repeated bytes are too long");
        return KR_VALUE_NULL;
    }
    if (x->len && n > ((int64_t)1 << 40) / x->len) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    unsigned char *d;
    Value r;
    if (kr_bytes_check(a)) {
        Bytes *nb = kr_bytes_alloc(th, x->len * n);
        d = nb ? nb->data : NULL;
        r = kr_bytes_value(nb);
    } else {
        ByteArray *na = kr_bytearray_new(th, NULL, x->len * n);
        d = na ? na->data : NULL;
        r = na ? kr_from_obj(na) : KR_VALUE_NULL;
    }
    if (!r || !n || !x->len)
        return r;
    if (x->len == 1) {       /* b'\0' * n: one memset, not n one-byte copies */
        memset(d, x->data[0], (size_t)n);
        return r;
    }
    /* doubling: log2(n) copies */
    int64_t total = x->len * n, done = x->len;
    memcpy(d, x->data, (size_t)x->len);
    while (done < total) {
        int64_t k = done < total - done ? done : total - done;
        memcpy(d + done, d, (size_t)k);
        done += k;
    }
    return r;
}

/* ---- the constructor ---------------------------------------------------------- */

/* An item of bytes(iterable) as a byte: an index in range(256). */
static int byte_of(Thread *th, Value x, unsigned char *out)
{
    if (!kr_is_int(x) && !kr_type_of(x)->index) {
        kr_err_type_error(th, "'%s' object cannot be interpreted as an integer", kr_type_name(x));
        return -1;
    }
    Value k = kr_object_index(th, x);
    if (!k)
        return -1;
    int64_t c = kr_is_bool(k) ? k == KR_TRUE : kr_is_smallint(k) ? kr_as_smallint(k) : -1;
    if (c < 0 || c > 255) {
        kr_err_set_string(th, &kr_exc_ValueError, "bytes must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)c;
    return 0;
}

/* bytes(iterable of ints).  A list is read in place with its size checked
 * at every step, since an item's __index__ may grow or shrink it
 * (CPython's _PyBytes_FromList). */
Value kr_bytes_from_iterable(Thread *th, Value src)
{
    List *items = kr_is_list(src) ? kr_as_list(src) : kr_list_from_iterable(th, src);
    if (!items)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    for (int64_t i = 0; i < items->size; i++) {
        unsigned char c;
        if (byte_of(th, items->items[i], &c) < 0) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        kr_buf_putc(&b, (char)c);
    }
    return kr_bytes_value(kr_bytes_from_buf(th, &b));
}

static Value bytes_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    Value b = kr_bytes_from_args(th, args, nargs, kwnames);
    /* A subclass instance: the bytes copied into its (scanned) layout. */
    if (b && t != &kr_bytes_type)
        return kr_object_copy_as(th, t, b, sizeof(Bytes) + (size_t)kr_as_bytes(b)->len + 1);
    return b;
}

/* bytes(n): n zero bytes; 1 if src is an index, 0 if not one after all
 * (its __index__ raised TypeError), -1 on error. */
static int bytes_of_count(Thread *th, Value src, Value *out)
{
    Value k = kr_object_index(th, src);
    if (!k) {
        if (!kr_err_matches(th, &kr_exc_TypeError))
            return -1;
        kr_err_clear(th);
        return 0;
    }
    int64_t n;
    if (kr_is_smallint(k) || kr_is_bool(k))
        n = kr_is_bool(k) ? k == KR_TRUE : kr_as_smallint(k);
    else if (kr_int_as_i64(th, k, &n) < 0) {
        if (kr_err_matches(th, &kr_exc_OverflowError)) {
            kr_err_clear(th);
            kr_err_format(th, &kr_exc_OverflowError,
                          "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    if (n < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "negative count");
        return -1;
    }
    Bytes *r = kr_bytes_alloc(th, n);
    if (r)
        memset(r->data, 0, (size_t)n);
    *out = kr_bytes_value(r);
    return *out ? 1 : -1;
}

/* CPython's bytes_new, in its order: the encoding, errors, __bytes__, a
 * str, an index, then PyBytes_FromObject (a buffer, else iteration). */
Value kr_bytes_from_args(Thread *th, const Value *args, size_t nargs, Tuple *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Value a[3] = {KR_VALUE_NULL, KR_VALUE_NULL, KR_VALUE_NULL};
    if (kr_mod_bind_args(th, "bytes", args, nargs, kwnames, names, 0, a) < 0)
        return KR_VALUE_NULL;
    Value src = a[0];
    if (!src) {
        if (a[1] || a[2])
            return kr_err_type_error(th, a[1] ? "encoding without a string argument"
                                              : "errors without a string argument");
        return kr_bytes_value(kr_bytes_alloc(th, 0));
    }
    if (a[1]) {
        if (!kr_str_check(src))
            return kr_err_type_error(th, "encoding without a string argument");
        return kr_bytes_encode(th, kr_as_str(src), a[1], a[2]);
    }
    if (a[2])
        return kr_err_type_error(th, kr_str_check(src) ? "string argument without an encoding"
                                                       : "errors without a string argument");
    /* __bytes__ comes before the str, int and buffer checks (bytes_new's
     * _PyObject_LookupSpecial); exact bytes skip it, theirs returns self */
    Str *bname = kr_is_bytes(src) ? NULL : kr_str_intern_cstr(th, "__bytes__");
    Value conv = bname ? kr_type_lookup(kr_type_of(src), bname) : KR_VALUE_NULL;
    if (conv) {
        Value r = kr_vm_call_special(th, conv, src, NULL, 0);     /* bound as its descriptor says */
        if (r && !kr_bytes_check(r))
            return kr_err_type_error(th, "__bytes__ returned non-bytes (type %s)", kr_type_name(r));
        return r;
    }
    if (kr_str_check(src))
        return kr_err_type_error(th, "string argument without an encoding");
    if (kr_is_int(src) || kr_type_of(src)->index) {
        Value r;
        int got = bytes_of_count(th, src, &r);
        if (got)
            return got > 0 ? r : KR_VALUE_NULL;
    }
    if (kr_is_bytes(src))
        return src;
    if (!(src = kr_bytes_coerce(th, src)))
        return KR_VALUE_NULL;
    if (kr_bytes_like(src)) {   /* a new object even for one byte, as CPython's */
        ByteView *w = KR_BYTES_VIEW(src);
        Bytes *r = kr_bytes_alloc(th, w->len);
        if (r && w->len)
            memcpy(r->data, w->data, (size_t)w->len);
        return kr_bytes_value(r);
    }
    if (!kr_type_of(src)->iter)
        return kr_err_type_error(th, "cannot convert '%s' object to bytes", kr_type_name(src));
    return kr_bytes_from_iterable(th, src);
}

/* ---- iteration ------------------------------------------------------------------ */

/* bytes and bytearray share one iterator; only the type (and so its name)
 * differs.  The sequence is dropped at the end (seq NULL), as CPython's
 * iterators do: it can be freed, growing a bytearray afterwards does not
 * revive the iterator, and pickling tells an exhausted one apart.  A
 * bytearray's length is read afresh at each step (it may change). */
typedef struct ByteIter {
    Obj hdr;
    Obj *seq;              /* a bytes or a bytearray (or subclass) */
    int64_t i;
} ByteIter;

Value kr_byte_iter_new(Thread *th, Value seq, Type *type)
{
    ByteIter *it = kr_gc_alloc(sizeof *it);
    if (!it) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    it->hdr.type = type;
    it->seq = kr_as_obj(seq);
    return kr_from_obj(it);
}

static Value bytes_iter(Thread *th, Value v) { return kr_byte_iter_new(th, v, &kr_bytes_iter_type); }

static int64_t seq_len(const ByteIter *it)
{
    return it->seq ? KR_BYTES_VIEW(kr_from_obj(it->seq))->len : 0;
}

static Value byte_iter_next(Thread *th, Value v)
{
    ByteIter *it = (ByteIter *)kr_as_obj(v);
    if (!it->seq)
        return KR_VALUE_NULL;
    ByteView *w = KR_BYTES_VIEW(kr_from_obj(it->seq));
    if (it->i >= w->len) {
        it->seq = NULL;
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(w->data[it->i++]);
}

static Value iter_self(Thread *th, Value v) { return v; }

/* (iter, (seq,), index), or (iter, ((),)) once done (CPython's
 * striter_reduce and bytearrayiter_reduce). */
static Value byte_iter_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                              Tuple *kwnames)
{
    if (kr_call_check_args(th, "__reduce__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteIter *it = (ByteIter *)kr_as_obj(args[0]);
    if (it->seq)
        return kr_seq_iter_reduce(th, kr_from_obj(it->seq), it->i, KR_NONE);
    return kr_seq_iter_reduce(th, KR_VALUE_NULL, 0, kr_from_obj(th->vm->empty_tuple));
}

static Value byte_iter_setstate(Thread *th, Value unused, const Value *args, size_t nargs,
                                Tuple *kwnames)
{
    if (kr_call_check_args(th, "__setstate__", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteIter *it = (ByteIter *)kr_as_obj(args[0]);
    int64_t index;
    if (kr_seq_setstate_index(th, args[1], seq_len(it), &index) < 0)
        return KR_VALUE_NULL;
    if (it->seq)
        it->i = index;
    return KR_NONE;
}

static Value byte_iter_length_hint(Thread *th, Value unused, const Value *args, size_t nargs,
                                   Tuple *kwnames)
{
    if (kr_call_check_args(th, "__length_hint__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteIter *it = (ByteIter *)kr_as_obj(args[0]);
    int64_t n = seq_len(it);
    return kr_from_smallint(it->i < n ? n - it->i : 0);
}

static const MethodDef byte_iter_methods[] = {
    {"__length_hint__", byte_iter_length_hint, NULL, NULL, 0},
    {"__reduce__", byte_iter_reduce, NULL, NULL, 0},
    {"__setstate__", byte_iter_setstate, NULL, NULL, 0},
    {0},
};

Type kr_bytes_iter_type = {
    .hdr = {&kr_type_type},
    .name = "bytes_iterator",
    .size = sizeof(ByteIter),
    .iter = iter_self,
    .next = byte_iter_next,
    .methods = byte_iter_methods,
};

Type kr_bytearray_iter_type = {
    .hdr = {&kr_type_type},
    .name = "bytearray_iterator",
    .size = sizeof(ByteIter),
    .iter = iter_self,
    .next = byte_iter_next,
    .methods = byte_iter_methods,
};

extern const MethodDef kr_bytes_methods[];

Type kr_bytes_type = {
    .hdr = {&kr_type_type},
    .name = "bytes",
    .doc = "bytes(iterable_of_ints) -> bytes\n"
    "bytes(string, encoding[, errors]) -> bytes\n"
    "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
    "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
    "bytes() -> empty bytes object\n"
    "\n"
    "Construct an immutable array of bytes from:\n"
    "  - an iterable yielding integers in range(256)\n"
    "  - a text string encoded using the specified encoding\n"
    "  - any object implementing the buffer API.\n"
    "  - an integer",
    .size = sizeof(Bytes),
    .item_size = 1,
    .flags = KR_TYPE_IMMUTABLE | KR_TYPE_BYTES_SUBCLASS | KR_TYPE_BASETYPE | KR_TYPE_SEQ_CONCAT,
    .new_ = bytes_new,
    .repr = bytes_repr,
    .hash = bytes_hash_slot,
    .richcompare = kr_bytes_richcompare,
    .bool_ = bytes_bool,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .binop = {[KR_OP_ADD] = kr_bytes_add, [KR_OP_MUL] = kr_bytes_mul, [KR_OP_MOD] = kr_bytes_mod},
    .methods = kr_bytes_methods,
    .as_buffer = &kr_bytes_buffer_procs,
};
