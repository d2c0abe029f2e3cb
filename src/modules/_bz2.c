/*
 * _bz2.c -- the _bz2 module on libbz2: BZ2Compressor and BZ2Decompressor,
 * which bz2.py builds BZ2File, compress() and decompress() on.
 *
 * Each object embeds its bz_stream (libbz2 mallocs its state and points
 * back at the stream, safe because objects never move; comprutil.h) and
 * a finalizer ends the stream.  The loops are CPython 3.11's, because
 * their shape is observable: when needs_input turns true, how much a
 * max_length call returns, where unused_data starts.
 */
#include <bzlib.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "modules/comprutil.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

#define INITIAL_BUFFER_SIZE 8192

typedef struct Bz2 {
    Obj hdr;
    Value unused_data;        /* decompressor: bytes after the stream */
    bz_stream bzs;
    InBuf in;                 /* decompressor: unconsumed input */
    bool inited;              /* bzs holds library state */
    bool flushed;             /* compressor: flush() was called */
    bool eof, needs_input;    /* decompressor */
    bool failed;              /* decompressor: libbz2 reported an error; its
                                 state cannot be reused (it may write out of
                                 bounds), as Debian's 3.11.2 guards */
} Bz2;

static Type compressor_type, decompressor_type;

/* libbz2's return codes as CPython's exceptions; 0 for the good ones. */
static int bz2_error(Thread *th, int err)
{
    switch (err) {
    case BZ_OK: case BZ_RUN_OK: case BZ_FLUSH_OK: case BZ_FINISH_OK: case BZ_STREAM_END:
        return 0;
    case BZ_CONFIG_ERROR:
        kr_err_set_string(th, &kr_exc_SystemError, "libbzip2 was not compiled correctly");
        break;
    case BZ_PARAM_ERROR:
        kr_err_set_string(th, &kr_exc_ValueError, "Internal error - invalid parameters passed to libbzip2");
        break;
    case BZ_MEM_ERROR:
        kr_err_no_memory(th);
        break;
    case BZ_DATA_ERROR: case BZ_DATA_ERROR_MAGIC:
        kr_err_set_string(th, &kr_exc_OSError, "Invalid data stream");
        break;
    case BZ_IO_ERROR:
        kr_err_set_string(th, &kr_exc_OSError, "Unknown I/O error");
        break;
    case BZ_UNEXPECTED_EOF:
        kr_err_set_string(th, &kr_exc_EOFError,
                          "Compressed file ended before the logical end-of-stream was detected");
        break;
    case BZ_SEQUENCE_ERROR:
        kr_err_set_string(th, &kr_exc_RuntimeError,
                          "Internal error - Invalid sequence of commands sent to libbzip2");
        break;
    default:
        kr_err_format(th, &kr_exc_OSError, "Unrecognized error from libbzip2: %d", err);
        break;
    }
    return -1;
}

static void bz2_finalize(void *obj, void *data, void *ctx)
{
    Bz2 *b = obj;
    if (b->inited) {
        if (b->hdr.type == &compressor_type)
            BZ2_bzCompressEnd(&b->bzs);
        else
            BZ2_bzDecompressEnd(&b->bzs);
        b->inited = false;
    }
    kr_comprutil_in_free(&b->in);
}

/* The objects cannot be pickled or copied.  CPython says so from
 * object.__reduce__ (short type name) and object.__reduce_ex__ (full
 * name), because the types have C state; krait's generic reduce cannot
 * see that state, so the types answer for themselves. */
KR_LIB_FUNC(bz2_reduce)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot pickle '%s' object", kr_libutil_short_name(args[0]));
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(bz2_reduce_ex)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot pickle '%s' object", kr_type_of(args[0])->name);
    return KR_VALUE_NULL;
}

/* Library memory is counted (comprutil.h, EXTERNAL MEMORY PRESSURE). */
static void *bz_alloc(void *opaque, int items, int size)
{
    if (items < 0 || size < 0 || (size && (size_t)items > SIZE_MAX / (size_t)size))
        return NULL;
    return kr_comprutil_ext_alloc((size_t)items * (size_t)size);
}

static void bz_free(void *opaque, void *p) { kr_comprutil_ext_free(p); }

static Bz2 *bz2_alloc(Thread *th, Type *type)
{
    kr_comprutil_pressure(th);
    Bz2 *b = kr_libutil_alloc(th, type);
    if (!b)
        return NULL;
    b->bzs.bzalloc = bz_alloc;
    b->bzs.bzfree = bz_free;
    kr_gc_add_finalizer(b, bz2_finalize, NULL);
    return b;
}

/* ---- BZ2Compressor --------------------------------------------------------- */

/* BZ2Compressor(compresslevel=9, /) */
static Value compressor_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    int level = 9;
    if (kr_libutil_no_keywords(th, "BZ2Compressor", kw) < 0 ||
        kr_libutil_check_positional(th, "BZ2Compressor", nargs, 0, 1) < 0 ||
        (nargs && kr_comprutil_as_int(th, args[0], &level) < 0))
        return KR_VALUE_NULL;
    if (level < 1 || level > 9) {
        kr_err_set_string(th, &kr_exc_ValueError, "compresslevel must be between 1 and 9");
        return KR_VALUE_NULL;
    }
    Bz2 *b = bz2_alloc(th, type);
    if (!b)
        return KR_VALUE_NULL;
    if (bz2_error(th, BZ2_bzCompressInit(&b->bzs, level, 0, 0)) < 0)
        return KR_VALUE_NULL;
    b->inited = true;
    return kr_from_obj(b);
}

/* Run BZ2_bzCompress over data with action BZ_RUN (until the input is
 * used) or BZ_FINISH (until the stream ends). */
static Value compress(Thread *th, Bz2 *b, const unsigned char *data, int64_t len, int action)
{
    OutBuf o;
    if (kr_comprutil_out_init(th, &o, INITIAL_BUFFER_SIZE, -1) < 0)
        return KR_VALUE_NULL;
    b->bzs.next_in = (char *)data;
    b->bzs.avail_in = 0;
    b->bzs.next_out = (char *)o.data;
    b->bzs.avail_out = (unsigned)o.cap;
    for (;;) {
        if (b->bzs.avail_in == 0 && len > 0) {
            b->bzs.avail_in = (unsigned)(len < UINT_MAX ? len : UINT_MAX);
            len -= b->bzs.avail_in;
        }
        if (action == BZ_RUN && b->bzs.avail_in == 0)
            break;
        if (b->bzs.avail_out == 0) {
            unsigned char *next = (unsigned char *)b->bzs.next_out;
            int64_t room = kr_comprutil_out_grow(th, &o, &next);
            if (room < 0)
                goto fail;
            b->bzs.next_out = (char *)next;
            b->bzs.avail_out = (unsigned)(room < UINT_MAX ? room : UINT_MAX);
        }
        int err = BZ2_bzCompress(&b->bzs, action);
        if (bz2_error(th, err) < 0)
            goto fail;
        if (action == BZ_FINISH && err == BZ_STREAM_END)
            break;
    }
    return kr_comprutil_out_finish(th, &o, (unsigned char *)b->bzs.next_out);
fail:
    kr_comprutil_out_free(&o);
    return KR_VALUE_NULL;
}

#define SELF ((Bz2 *)kr_as_obj(args[0]))

KR_LIB_FUNC(compressor_compress)
{
    Value keep;
    const unsigned char *p;
    int64_t n;
    if (kr_call_check_args(th, "compress", nargs - 1, 1, 1, kw) < 0 ||
        kr_comprutil_buffer(th, args[1], &keep, &p, &n) < 0)
        return KR_VALUE_NULL;
    if (SELF->flushed) {
        kr_err_set_string(th, &kr_exc_ValueError, "Compressor has been flushed");
        return KR_VALUE_NULL;
    }
    return compress(th, SELF, p, n, BZ_RUN);
}

KR_LIB_FUNC(compressor_flush)
{
    if (kr_call_check_args(th, "flush", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    if (SELF->flushed) {
        kr_err_set_string(th, &kr_exc_ValueError, "Repeated call to flush()");
        return KR_VALUE_NULL;
    }
    SELF->flushed = true;
    return compress(th, SELF, NULL, 0, BZ_FINISH);
}

static const MethodDef compressor_methods[] = {
    {"compress", compressor_compress, "($self, data, /)", NULL, 0},
    {"flush", compressor_flush, "($self, /)", NULL, 0},
    {"__reduce__", bz2_reduce, "($self, /)", NULL, 0},
    {"__reduce_ex__", bz2_reduce_ex, "($self, protocol, /)", NULL, 0},
    {0},
};

static Type compressor_type = {
    .hdr = {&kr_type_type}, .name = "_bz2.BZ2Compressor", .size = sizeof(Bz2),
    .new_ = compressor_new, .methods = compressor_methods,
};

/* ---- BZ2Decompressor ------------------------------------------------------- */

static Value decompressor_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    if (nargs) {
        kr_err_set_string(th, &kr_exc_TypeError, "BZ2Decompressor() takes no positional arguments");
        return KR_VALUE_NULL;
    }
    if (kr_libutil_no_keywords(th, "BZ2Decompressor", kw) < 0)
        return KR_VALUE_NULL;
    Bz2 *b = bz2_alloc(th, type);
    if (!b)
        return KR_VALUE_NULL;
    b->needs_input = true;
    b->unused_data = kr_comprutil_bytes(th, "", 0);
    if (!b->unused_data)
        return KR_VALUE_NULL;
    if (bz2_error(th, BZ2_bzDecompressInit(&b->bzs, 0, 0)) < 0)
        return KR_VALUE_NULL;
    b->inited = true;
    return kr_from_obj(b);
}

/* Decompress the pending input (b->in) into at most max_length bytes
 * (-1: no limit), feeding libbz2 at most UINT_MAX bytes at a time. */
static Value decompress_buf(Thread *th, Bz2 *b, int64_t max_length)
{
    OutBuf o;
    size_t first = max_length < 0 || max_length >= INITIAL_BUFFER_SIZE ? INITIAL_BUFFER_SIZE
                                                                        : (size_t)max_length;
    if (kr_comprutil_out_init(th, &o, first, max_length) < 0)
        return KR_VALUE_NULL;
    bz_stream *s = &b->bzs;
    s->next_in = (char *)b->in.next;
    s->next_out = (char *)o.data;
    /* CPython's order of tests: stream end, then input used up (even if
     * the output filled exactly: needs_input then turns true), then a
     * full output buffer (stop at max_length, else grow). */
    for (;;) {
        size_t avail = o.cap - kr_comprutil_out_len(&o, (unsigned char *)s->next_out);
        s->avail_out = (unsigned)(avail < UINT_MAX ? avail : UINT_MAX);
        s->avail_in = (unsigned)(b->in.avail < UINT_MAX ? b->in.avail : UINT_MAX);
        b->in.avail -= s->avail_in;
        int err = BZ2_bzDecompress(s);
        b->in.avail += s->avail_in;
        if (bz2_error(th, err) < 0) {
            b->failed = true;
            b->needs_input = false;
            goto fail;
        }
        size_t used = kr_comprutil_out_len(&o, (unsigned char *)s->next_out);
        if (err == BZ_STREAM_END) {
            b->eof = true;
            break;
        } else if (b->in.avail == 0) {
            break;
        } else if (s->avail_out == 0) {
            if ((int64_t)used == max_length)
                break;
            unsigned char *next = (unsigned char *)s->next_out;
            if (kr_comprutil_out_grow(th, &o, &next) < 0)
                goto fail;
            s->next_out = (char *)next;
        }
    }
    b->in.next = (const unsigned char *)s->next_in;
    return kr_comprutil_out_finish(th, &o, (unsigned char *)s->next_out);
fail:
    b->in.next = (const unsigned char *)s->next_in;
    kr_comprutil_out_free(&o);
    return KR_VALUE_NULL;
}

/* decompress(data, max_length=-1) */
KR_LIB_FUNC(decompressor_decompress)
{
    static const char *const names[] = {"data", "max_length", NULL};
    Value a[2], keep;
    const unsigned char *p;
    int64_t n, max_length = -1;
    if (kr_libutil_parse(th, "decompress", args + 1, nargs - 1, kw, names, 0, 1, a) < 0 ||
        kr_comprutil_buffer(th, a[0], &keep, &p, &n) < 0 ||
        (a[1] && kr_comprutil_as_ssize(th, a[1], &max_length) < 0))
        return KR_VALUE_NULL;
    Bz2 *b = SELF;
    if (b->eof) {
        kr_err_set_string(th, &kr_exc_EOFError, "End of stream already reached");
        return KR_VALUE_NULL;
    }
    if (b->failed) {
        kr_err_set_string(th, &kr_exc_ValueError, "Decompressor is unusable after a previous error");
        return KR_VALUE_NULL;
    }
    if (kr_comprutil_in_add(th, &b->in, p, (size_t)n) < 0)
        return KR_VALUE_NULL;
    Value r = decompress_buf(th, b, max_length);
    if (!r) {
        b->in.next = NULL;
        b->in.avail = 0;
        return KR_VALUE_NULL;
    }
    if (b->eof) {
        b->needs_input = false;
        if (b->in.avail > 0) {
            b->unused_data = kr_comprutil_bytes(th, b->in.next, (int64_t)b->in.avail);
            if (!b->unused_data)
                return KR_VALUE_NULL;
        }
    } else {
        b->needs_input = b->in.avail == 0;
        if (kr_comprutil_in_keep(th, &b->in) < 0)
            return KR_VALUE_NULL;
    }
    return r;
}

static Value get_eof(Thread *th, Value self) { return kr_from_bool(((Bz2 *)kr_as_obj(self))->eof); }

static Value get_needs_input(Thread *th, Value self)
{
    return kr_from_bool(((Bz2 *)kr_as_obj(self))->needs_input);
}

static const MethodDef decompressor_methods[] = {
    {"decompress", decompressor_decompress, "($self, /, data, max_length=-1)", NULL, 0},
    {"__reduce__", bz2_reduce, "($self, /)", NULL, 0},
    {"__reduce_ex__", bz2_reduce_ex, "($self, protocol, /)", NULL, 0},
    {0},
};

static const MemberDef decompressor_members[] = {
    {"eof", 0, get_eof, NULL, NULL, KR_MEMBER_READONLY},
    {"unused_data", offsetof(Bz2, unused_data), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"needs_input", 0, get_needs_input, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Type decompressor_type = {
    .hdr = {&kr_type_type}, .name = "_bz2.BZ2Decompressor", .size = sizeof(Bz2),
    .new_ = decompressor_new, .methods = decompressor_methods, .members = decompressor_members,
};

int kr_mod__bz2_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_bz2", NULL);
    if (!m || kr_libutil_add_type(th, m, &compressor_type) < 0 ||
        kr_libutil_add_type(th, m, &decompressor_type) < 0)
        return -1;
    return 0;
}
