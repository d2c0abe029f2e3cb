/*
 * zlib.c -- the zlib module on the system's libz: one-shot compress and
 * decompress, the streaming Compress/Decompress objects, crc32, adler32.
 *
 * A stream object embeds its z_stream.  libz allocates the stream's state
 * with malloc and keeps a pointer back to the z_stream in it, which is safe
 * because the collector never moves objects (comprutil.h, THE MEMORY
 * RULE); a finalizer calls deflateEnd/inflateEnd when the object dies.
 * Python values the object holds (unused_data, unconsumed_tail, zdict)
 * sit in Value fields, where the collector sees them.
 *
 * The loops follow CPython 3.11's zlibmodule.c closely, because the
 * observable results depend on them: when unconsumed input goes to
 * unused_data rather than unconsumed_tail, which return codes are errors,
 * and that Decompress only calls inflateEnd from flush().  Error messages
 * are CPython's ("Error -3 while decompressing data: incorrect header
 * check" comes from zlib_error below with libz's own message).
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

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

#define DEF_MEM_LEVEL 8
#define DEF_BUF_SIZE (16 * 1024)

typedef struct ZObj {
    Obj hdr;
    Value unused_data;       /* bytes after the end of the stream */
    Value unconsumed_tail;   /* input held back by max_length */
    Value zdict;             /* the dictionary (decompression), or NULL */
    z_stream zst;
    bool inited;             /* zst holds library state to free */
    bool eof;
} ZObj;

static Type comp_type, decomp_type;

static Type zlib_error_type = {
    .hdr = {&kr_type_type}, .name = "zlib.error", .base = &kr_exc_Exception,
    .size = sizeof(Exc), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};

/* zlib.error with libz's message for err, as CPython words it. */
static void zlib_error(Thread *th, const z_stream *zst, int err, const char *msg)
{
    const char *zmsg = err == Z_VERSION_ERROR ? "library version mismatch" : zst->msg;
    if (!zmsg) {
        switch (err) {
        case Z_BUF_ERROR: zmsg = "incomplete or truncated stream"; break;
        case Z_STREAM_ERROR: zmsg = "inconsistent stream state"; break;
        case Z_DATA_ERROR: zmsg = "invalid input data"; break;
        }
    }
    if (zmsg)
        kr_err_format(th, &zlib_error_type, "Error %d %s: %s", err, msg, zmsg);
    else
        kr_err_format(th, &zlib_error_type, "Error %d %s", err, msg);
}

/* Feed at most UINT_MAX bytes per call: avail_in is an unsigned int. */
static void arrange_input(z_stream *zst, int64_t *remains)
{
    zst->avail_in = (uInt)(*remains < UINT_MAX ? *remains : UINT_MAX);
    *remains -= zst->avail_in;
}

/* Make room in o for more output when the library filled what it had. */
static int more_out(Thread *th, OutBuf *o, z_stream *zst)
{
    int64_t room = kr_comprutil_out_grow(th, o, &zst->next_out);
    if (room < 0)
        return -1;
    zst->avail_out = (uInt)(room < UINT_MAX ? room : UINT_MAX);
    return 0;
}

static void zobj_finalize(void *obj, void *data, void *ctx)
{
    ZObj *z = obj;
    if (!z->inited)
        return;
    z->inited = false;
    if (z->hdr.type == &comp_type)
        deflateEnd(&z->zst);
    else
        inflateEnd(&z->zst);
}

/* Streams that outlive a call allocate through the counting allocator
 * (comprutil.h, EXTERNAL MEMORY PRESSURE). */
static voidpf z_alloc(voidpf opaque, uInt items, uInt size)
{
    if (size && items > SIZE_MAX / size)
        return NULL;
    return kr_comprutil_ext_alloc((size_t)items * size);
}

static void z_free(voidpf opaque, voidpf p) { kr_comprutil_ext_free(p); }

static ZObj *zobj_new(Thread *th, Type *type)
{
    kr_comprutil_pressure(th);
    ZObj *z = kr_libutil_alloc(th, type);
    if (!z)
        return NULL;
    z->zst.zalloc = z_alloc;
    z->zst.zfree = z_free;
    z->unused_data = z->unconsumed_tail = kr_comprutil_bytes(th, "", 0);
    if (!z->unused_data)
        return NULL;
    kr_gc_add_finalizer(z, zobj_finalize, NULL);
    return z;
}

/* An optional int argument with a default. */
static int opt_int(Thread *th, Value v, int dflt, int *out)
{
    if (!v) {
        *out = dflt;
        return 0;
    }
    return kr_comprutil_as_int(th, v, out);
}

static int opt_ssize(Thread *th, Value v, int64_t dflt, int64_t *out)
{
    if (!v) {
        *out = dflt;
        return 0;
    }
    return kr_comprutil_as_ssize(th, v, out);
}

/* ---- one-shot functions ------------------------------------------------- */

/* compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS) */
KR_LIB_FUNC(zlib_compress)
{
    static const char *const names[] = {"data", "level", "wbits", NULL};
    Value a[3], keep;
    const unsigned char *in;
    int64_t inlen;
    int level, wbits;
    if (kr_libutil_parse(th, "compress", args, nargs, kw, names, 1, 1, a) < 0 ||
        kr_comprutil_buffer(th, a[0], &keep, &in, &inlen) < 0 ||
        opt_int(th, a[1], Z_DEFAULT_COMPRESSION, &level) < 0 ||
        opt_int(th, a[2], MAX_WBITS, &wbits) < 0)
        return KR_VALUE_NULL;
    z_stream zst = {0};
    int err = deflateInit2(&zst, level, Z_DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
    if (err == Z_MEM_ERROR) {
        kr_err_set_string(th, &kr_exc_MemoryError, "Out of memory while compressing data");
        return KR_VALUE_NULL;
    } else if (err == Z_STREAM_ERROR) {
        kr_err_set_string(th, &zlib_error_type, "Bad compression level");
        return KR_VALUE_NULL;
    } else if (err != Z_OK) {
        deflateEnd(&zst);
        zlib_error(th, &zst, err, "while compressing data");
        return KR_VALUE_NULL;
    }
    OutBuf o;
    if (kr_comprutil_out_init(th, &o, DEF_BUF_SIZE, -1) < 0) {
        deflateEnd(&zst);
        return KR_VALUE_NULL;
    }
    zst.next_in = (Bytef *)in;
    zst.next_out = o.data;
    zst.avail_out = (uInt)o.cap;
    /* Feed the input in UINT_MAX pieces; the last piece finishes the
     * stream.  Each piece is deflated until deflate stops filling the
     * output, growing it as needed. */
    int flush;
    do {
        arrange_input(&zst, &inlen);
        flush = inlen == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (zst.avail_out == 0 && more_out(th, &o, &zst) < 0)
                goto fail;
            err = deflate(&zst, flush);
            if (err == Z_STREAM_ERROR) {
                zlib_error(th, &zst, err, "while compressing data");
                goto fail;
            }
        } while (zst.avail_out == 0);
    } while (flush != Z_FINISH);
    err = deflateEnd(&zst);
    if (err != Z_OK) {
        zlib_error(th, &zst, err, "while finishing compression");
        kr_comprutil_out_free(&o);
        return KR_VALUE_NULL;
    }
    return kr_comprutil_out_finish(th, &o, zst.next_out);
fail:
    deflateEnd(&zst);
    kr_comprutil_out_free(&o);
    return KR_VALUE_NULL;
}

/* decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE) */
KR_LIB_FUNC(zlib_decompress)
{
    static const char *const names[] = {"data", "wbits", "bufsize", NULL};
    Value a[3], keep;
    const unsigned char *in;
    int64_t inlen, bufsize;
    int wbits;
    if (kr_libutil_parse(th, "decompress", args, nargs, kw, names, 1, 1, a) < 0 ||
        kr_comprutil_buffer(th, a[0], &keep, &in, &inlen) < 0 ||
        opt_int(th, a[1], MAX_WBITS, &wbits) < 0 ||
        opt_ssize(th, a[2], DEF_BUF_SIZE, &bufsize) < 0)
        return KR_VALUE_NULL;
    if (bufsize < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "bufsize must be non-negative");
        return KR_VALUE_NULL;
    }
    z_stream zst = {0};
    zst.next_in = (Bytef *)in;
    int err = inflateInit2(&zst, wbits);
    if (err == Z_MEM_ERROR) {
        kr_err_set_string(th, &kr_exc_MemoryError, "Out of memory while decompressing data");
        return KR_VALUE_NULL;
    } else if (err != Z_OK) {
        inflateEnd(&zst);
        zlib_error(th, &zst, err, "while preparing to decompress data");
        return KR_VALUE_NULL;
    }
    OutBuf o;
    if (kr_comprutil_out_init(th, &o, bufsize ? (size_t)bufsize : 1, -1) < 0) {
        inflateEnd(&zst);
        return KR_VALUE_NULL;
    }
    zst.next_out = o.data;
    zst.avail_out = (uInt)(o.cap < UINT_MAX ? o.cap : UINT_MAX);
    /* Z_BUF_ERROR only means "no progress possible now"; a stream that
     * never reaches Z_STREAM_END is reported after the loop (truncated
     * input: "incomplete or truncated stream"). */
    do {
        arrange_input(&zst, &inlen);
        int flush = inlen == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (zst.avail_out == 0 && more_out(th, &o, &zst) < 0)
                goto fail;
            err = inflate(&zst, flush);
            if (err == Z_MEM_ERROR) {
                kr_err_set_string(th, &kr_exc_MemoryError, "Out of memory while decompressing data");
                goto fail;
            }
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                zlib_error(th, &zst, err, "while decompressing data");
                goto fail;
            }
        } while (zst.avail_out == 0);
    } while (err != Z_STREAM_END && inlen != 0);
    if (err != Z_STREAM_END) {
        zlib_error(th, &zst, err, "while decompressing data");
        goto fail;
    }
    err = inflateEnd(&zst);
    if (err != Z_OK) {
        zlib_error(th, &zst, err, "while finishing decompression");
        kr_comprutil_out_free(&o);
        return KR_VALUE_NULL;
    }
    return kr_comprutil_out_finish(th, &o, zst.next_out);
fail:
    inflateEnd(&zst);
    kr_comprutil_out_free(&o);
    return KR_VALUE_NULL;
}

/* ---- stream objects ----------------------------------------------------- */

/* compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=8,
 *             strategy=Z_DEFAULT_STRATEGY, zdict=None) */
KR_LIB_FUNC(zlib_compressobj)
{
    static const char *const names[] = {"level", "method", "wbits", "memLevel", "strategy",
                                        "zdict", NULL};
    Value a[6], keep = KR_VALUE_NULL;
    int level, method, wbits, memlevel, strategy;
    const unsigned char *dict = NULL;
    int64_t dictlen = 0;
    if (kr_libutil_parse(th, "compressobj", args, nargs, kw, names, 0, 0, a) < 0 ||
        opt_int(th, a[0], Z_DEFAULT_COMPRESSION, &level) < 0 ||
        opt_int(th, a[1], Z_DEFLATED, &method) < 0 ||
        opt_int(th, a[2], MAX_WBITS, &wbits) < 0 ||
        opt_int(th, a[3], DEF_MEM_LEVEL, &memlevel) < 0 ||
        opt_int(th, a[4], Z_DEFAULT_STRATEGY, &strategy) < 0)
        return KR_VALUE_NULL;
    if (a[5] && a[5] != KR_NONE && kr_comprutil_buffer(th, a[5], &keep, &dict, &dictlen) < 0)
        return KR_VALUE_NULL;
    ZObj *z = zobj_new(th, &comp_type);
    if (!z)
        return KR_VALUE_NULL;
    int err = deflateInit2(&z->zst, level, method, wbits, memlevel, strategy);
    if (err == Z_OK) {
        z->inited = true;
        if (!dict)
            return kr_from_obj(z);
        err = deflateSetDictionary(&z->zst, dict, (uInt)dictlen);
        if (err == Z_OK)
            return kr_from_obj(z);
        kr_err_set_string(th, &kr_exc_ValueError,
                          err == Z_STREAM_ERROR ? "Invalid dictionary" : "deflateSetDictionary()");
    } else if (err == Z_MEM_ERROR) {
        kr_err_set_string(th, &kr_exc_MemoryError, "Can't allocate memory for compression object");
    } else if (err == Z_STREAM_ERROR) {
        kr_err_set_string(th, &kr_exc_ValueError, "Invalid initialization option");
    } else {
        zlib_error(th, &z->zst, err, "while creating compression object");
    }
    return KR_VALUE_NULL;
}

static int set_inflate_zdict(Thread *th, ZObj *z)
{
    Value keep;
    const unsigned char *p;
    int64_t n;
    if (kr_comprutil_buffer(th, z->zdict, &keep, &p, &n) < 0)
        return -1;
    int err = inflateSetDictionary(&z->zst, p, (uInt)n);
    if (err != Z_OK) {
        zlib_error(th, &z->zst, err, "while setting zdict");
        return -1;
    }
    return 0;
}

/* decompressobj(wbits=MAX_WBITS, zdict=b'') */
KR_LIB_FUNC(zlib_decompressobj)
{
    static const char *const names[] = {"wbits", "zdict", NULL};
    Value a[2];
    int wbits;
    if (kr_libutil_parse(th, "decompressobj", args, nargs, kw, names, 0, 0, a) < 0 ||
        opt_int(th, a[0], MAX_WBITS, &wbits) < 0)
        return KR_VALUE_NULL;
    if (a[1] && !kr_comprutil_is_buffer(a[1])) {
        kr_err_set_string(th, &kr_exc_TypeError, "zdict argument must support the buffer protocol");
        return KR_VALUE_NULL;
    }
    ZObj *z = zobj_new(th, &decomp_type);
    if (!z)
        return KR_VALUE_NULL;
    z->zdict = a[1];
    int err = inflateInit2(&z->zst, wbits);
    if (err == Z_OK) {
        z->inited = true;
        /* a raw stream never asks for its dictionary: set it now */
        if (z->zdict && wbits < 0 && set_inflate_zdict(th, z) < 0)
            return KR_VALUE_NULL;
        return kr_from_obj(z);
    }
    if (err == Z_STREAM_ERROR)
        kr_err_set_string(th, &kr_exc_ValueError, "Invalid initialization option");
    else if (err == Z_MEM_ERROR)
        kr_err_set_string(th, &kr_exc_MemoryError, "Can't allocate memory for decompression object");
    else
        zlib_error(th, &z->zst, err, "while creating decompression object");
    return KR_VALUE_NULL;
}

#define SELF ((ZObj *)kr_as_obj(args[0]))

/* Compress.compress(data, /) */
KR_LIB_FUNC(comp_compress)
{
    static const char *const names[] = {"data", NULL};
    Value a[1], keep;
    const unsigned char *in;
    int64_t inlen;
    if (kr_libutil_parse(th, "compress", args + 1, nargs - 1, kw, names, 1, 1, a) < 0 ||
        kr_comprutil_buffer(th, a[0], &keep, &in, &inlen) < 0)
        return KR_VALUE_NULL;
    ZObj *z = SELF;
    OutBuf o;
    if (kr_comprutil_out_init(th, &o, DEF_BUF_SIZE, -1) < 0)
        return KR_VALUE_NULL;
    z->zst.next_in = (Bytef *)in;
    z->zst.next_out = o.data;
    z->zst.avail_out = (uInt)o.cap;
    do {
        arrange_input(&z->zst, &inlen);
        do {
            if (z->zst.avail_out == 0 && more_out(th, &o, &z->zst) < 0)
                goto fail;
            int err = deflate(&z->zst, Z_NO_FLUSH);
            if (err == Z_STREAM_ERROR) {
                zlib_error(th, &z->zst, err, "while compressing data");
                goto fail;
            }
        } while (z->zst.avail_out == 0);
    } while (inlen != 0);
    return kr_comprutil_out_finish(th, &o, z->zst.next_out);
fail:
    kr_comprutil_out_free(&o);
    return KR_VALUE_NULL;
}

/* Compress.flush(mode=Z_FINISH, /) */
KR_LIB_FUNC(comp_flush)
{
    static const char *const names[] = {"mode", NULL};
    Value a[1];
    int mode;
    if (kr_libutil_parse(th, "flush", args + 1, nargs - 1, kw, names, 1, 0, a) < 0 ||
        opt_int(th, a[0], Z_FINISH, &mode) < 0)
        return KR_VALUE_NULL;
    if (mode == Z_NO_FLUSH)   /* a no-op for zlib: nothing to do */
        return kr_comprutil_bytes(th, "", 0);
    ZObj *z = SELF;
    OutBuf o;
    if (kr_comprutil_out_init(th, &o, DEF_BUF_SIZE, -1) < 0)
        return KR_VALUE_NULL;
    z->zst.avail_in = 0;
    z->zst.next_out = o.data;
    z->zst.avail_out = (uInt)o.cap;
    int err;
    do {
        if (z->zst.avail_out == 0 && more_out(th, &o, &z->zst) < 0)
            goto fail;
        err = deflate(&z->zst, mode);
        if (err == Z_STREAM_ERROR) {
            zlib_error(th, &z->zst, err, "while flushing");
            goto fail;
        }
    } while (z->zst.avail_out == 0);
    /* Z_FINISH ends the stream: free libz's state now (later calls then
     * fail with "inconsistent stream state", as in CPython). */
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        err = deflateEnd(&z->zst);
        z->inited = false;
        if (err != Z_OK) {
            zlib_error(th, &z->zst, err, "while finishing compression");
            goto fail;
        }
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        zlib_error(th, &z->zst, err, "while flushing");
        goto fail;
    }
    return kr_comprutil_out_finish(th, &o, z->zst.next_out);
fail:
    kr_comprutil_out_free(&o);
    return KR_VALUE_NULL;
}

/* After decompress() or flush(): input past the end of the stream goes to
 * unused_data; input held back by the output limit to unconsumed_tail
 * (which an exhausted input empties). */
static int save_unconsumed(Thread *th, ZObj *z, const unsigned char *in, int64_t inlen, int err)
{
    const unsigned char *end = in + inlen;
    if (err == Z_STREAM_END && z->zst.avail_in > 0) {
        ByteView *old = KR_BYTES_VIEW(z->unused_data);
        int64_t left = end - z->zst.next_in;
        Bytes *b = kr_bytes_alloc(th, old->len + left);
        if (!b)
            return -1;
        memcpy(b->data, old->data, (size_t)old->len);
        memcpy(b->data + old->len, z->zst.next_in, (size_t)left);
        z->unused_data = kr_from_obj(b);
        z->zst.avail_in = 0;
    }
    if (z->zst.avail_in > 0 || KR_BYTES_VIEW(z->unconsumed_tail)->len) {
        Value t = kr_comprutil_bytes(th, z->zst.next_in, end - z->zst.next_in);
        if (!t)
            return -1;
        z->unconsumed_tail = t;
    }
    return 0;
}

/* Decompress.decompress(data, /, max_length=0) */
KR_LIB_FUNC(decomp_decompress)
{
    static const char *const names[] = {"data", "max_length", NULL};
    Value a[2], keep;
    const unsigned char *in;
    int64_t inlen, max_length;
    if (kr_libutil_parse(th, "decompress", args + 1, nargs - 1, kw, names, 1, 1, a) < 0 ||
        kr_comprutil_buffer(th, a[0], &keep, &in, &inlen) < 0 ||
        opt_ssize(th, a[1], 0, &max_length) < 0)
        return KR_VALUE_NULL;
    if (max_length < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "max_length must be non-negative");
        return KR_VALUE_NULL;
    }
    if (max_length == 0)
        max_length = -1;
    ZObj *z = SELF;
    OutBuf o;
    if (kr_comprutil_out_init(th, &o, DEF_BUF_SIZE, max_length) < 0)
        return KR_VALUE_NULL;
    int64_t total = inlen;
    z->zst.next_in = (Bytef *)in;
    z->zst.next_out = o.data;
    z->zst.avail_out = (uInt)o.cap;
    /* Z_SYNC_FLUSH gives out everything decodable so far.  A full output
     * buffer at max_length ends the call: the rest of the input becomes
     * unconsumed_tail.  Z_NEED_DICT is answered with zdict and the loop
     * goes on; any other error is raised after saving the input state,
     * as CPython does. */
    int err = Z_OK;
    do {
        arrange_input(&z->zst, &inlen);
        do {
            if (z->zst.avail_out == 0) {
                if (max_length >= 0 &&
                    (int64_t)kr_comprutil_out_len(&o, z->zst.next_out) == max_length)
                    goto save;
                if (more_out(th, &o, &z->zst) < 0)
                    goto fail;
            }
            err = inflate(&z->zst, Z_SYNC_FLUSH);
            if (err == Z_NEED_DICT && z->zdict) {
                if (set_inflate_zdict(th, z) < 0)
                    goto fail;
            } else if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                goto save;
            }
        } while (z->zst.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && inlen != 0);
save:
    if (save_unconsumed(th, z, in, total, err) < 0)
        goto fail;
    if (err == Z_STREAM_END) {
        /* inflateEnd waits for flush(), as in CPython */
        z->eof = true;
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        zlib_error(th, &z->zst, err, "while decompressing data");
        goto fail;
    }
    return kr_comprutil_out_finish(th, &o, z->zst.next_out);
fail:
    kr_comprutil_out_free(&o);
    return KR_VALUE_NULL;
}

/* Decompress.flush(length=DEF_BUF_SIZE, /): decompress unconsumed_tail. */
KR_LIB_FUNC(decomp_flush)
{
    static const char *const names[] = {"length", NULL};
    Value a[1];
    int64_t length;
    if (kr_libutil_parse(th, "flush", args + 1, nargs - 1, kw, names, 1, 0, a) < 0 ||
        opt_ssize(th, a[0], DEF_BUF_SIZE, &length) < 0)
        return KR_VALUE_NULL;
    if (length <= 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "length must be greater than zero");
        return KR_VALUE_NULL;
    }
    ZObj *z = SELF;
    Value tail = z->unconsumed_tail;
    ByteView *v = KR_BYTES_VIEW(tail);
    const unsigned char *in = v->data;
    int64_t total = v->len, inlen = v->len;
    OutBuf o;
    if (kr_comprutil_out_init(th, &o, (size_t)length, -1) < 0)
        return KR_VALUE_NULL;
    z->zst.next_in = (Bytef *)in;
    z->zst.next_out = o.data;
    z->zst.avail_out = (uInt)(o.cap < UINT_MAX ? o.cap : UINT_MAX);
    int err = Z_OK;
    do {
        arrange_input(&z->zst, &inlen);
        int flush = inlen == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (z->zst.avail_out == 0 && more_out(th, &o, &z->zst) < 0)
                goto fail;
            err = inflate(&z->zst, flush);
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END)
                goto save;
        } while (z->zst.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && inlen != 0);
save:
    if (save_unconsumed(th, z, in, total, err) < 0)
        goto fail;
    if (err == Z_STREAM_END) {
        z->eof = true;
        z->inited = false;
        err = inflateEnd(&z->zst);
        if (err != Z_OK) {
            zlib_error(th, &z->zst, err, "while finishing decompression");
            goto fail;
        }
    }
    return kr_comprutil_out_finish(th, &o, z->zst.next_out);
fail:
    kr_comprutil_out_free(&o);
    return KR_VALUE_NULL;
}

/* copy(), __copy__(), __deepcopy__(memo): deflateCopy / inflateCopy. */
static Value zobj_copy(Thread *th, ZObj *src)
{
    bool comp = src->hdr.type == &comp_type;
    ZObj *z = zobj_new(th, src->hdr.type);
    if (!z)
        return KR_VALUE_NULL;
    int err = comp ? deflateCopy(&z->zst, &src->zst) : inflateCopy(&z->zst, &src->zst);
    if (err == Z_STREAM_ERROR) {
        kr_err_set_string(th, &kr_exc_ValueError, "Inconsistent stream state");
        return KR_VALUE_NULL;
    } else if (err == Z_MEM_ERROR) {
        kr_err_set_string(th, &kr_exc_MemoryError,
                          comp ? "Can't allocate memory for compression object"
                               : "Can't allocate memory for decompression object");
        return KR_VALUE_NULL;
    } else if (err != Z_OK) {
        zlib_error(th, &src->zst, err,
                   comp ? "while copying compression object" : "while copying decompression object");
        return KR_VALUE_NULL;
    }
    z->inited = true;
    z->unused_data = src->unused_data;
    z->unconsumed_tail = src->unconsumed_tail;
    z->zdict = src->zdict;
    z->eof = src->eof;
    return kr_from_obj(z);
}

KR_LIB_FUNC(zobj_copy_method)
{
    if (kr_call_check_args(th, "copy", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return zobj_copy(th, SELF);
}

KR_LIB_FUNC(zobj_dunder_copy)
{
    if (kr_call_check_args(th, "__copy__", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return zobj_copy(th, SELF);
}

KR_LIB_FUNC(zobj_deepcopy)
{
    if (kr_call_check_args(th, "__deepcopy__", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return zobj_copy(th, SELF);
}

static Value decomp_get_eof(Thread *th, Value self)
{
    return kr_from_bool(((ZObj *)kr_as_obj(self))->eof);
}

static const MethodDef comp_methods[] = {
    {"compress", comp_compress, "($self, data, /)", NULL, 0},
    {"flush", comp_flush, "($self, mode=zlib.Z_FINISH, /)", NULL, 0},
    {"copy", zobj_copy_method, "($self, /)", NULL, 0},
    {"__copy__", zobj_dunder_copy, "($self, /)", NULL, 0},
    {"__deepcopy__", zobj_deepcopy, "($self, memo, /)", NULL, 0},
    {0},
};

static const MethodDef decomp_methods[] = {
    {"decompress", decomp_decompress, "($self, data, /, max_length=0)", NULL, 0},
    {"flush", decomp_flush, "($self, length=zlib.DEF_BUF_SIZE, /)", NULL, 0},
    {"copy", zobj_copy_method, "($self, /)", NULL, 0},
    {"__copy__", zobj_dunder_copy, "($self, /)", NULL, 0},
    {"__deepcopy__", zobj_deepcopy, "($self, memo, /)", NULL, 0},
    {0},
};

static const MemberDef decomp_members[] = {
    {"unused_data", offsetof(ZObj, unused_data), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"unconsumed_tail", offsetof(ZObj, unconsumed_tail), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"eof", 0, decomp_get_eof, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

/* Only compressobj() and decompressobj() make these. */
static Value zobj_no_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot create '%s' instances", type->name);
    return KR_VALUE_NULL;
}

static Type comp_type = {
    .hdr = {&kr_type_type}, .name = "zlib.Compress", .size = sizeof(ZObj),
    .new_ = zobj_no_new, .methods = comp_methods,
};
static Type decomp_type = {
    .hdr = {&kr_type_type}, .name = "zlib.Decompress", .size = sizeof(ZObj),
    .new_ = zobj_no_new, .methods = decomp_methods, .members = decomp_members,
};

/* ---- checksums ------------------------------------------------------------ */

/* The checksum of a buffer longer than an unsigned int, in pieces. */
static uLong checksum(uLong (*fn)(uLong, const Bytef *, uInt), uLong value,
                      const unsigned char *p, int64_t n)
{
    while (n > (int64_t)UINT_MAX) {
        value = fn(value, p, UINT_MAX);
        p += UINT_MAX, n -= UINT_MAX;
    }
    return fn(value, p, (uInt)n);
}

static Value checksum_func(Thread *th, const char *name, uLong (*fn)(uLong, const Bytef *, uInt),
                           uint32_t start, const Value *args, size_t nargs, Tuple *kw)
{
    Value keep;
    const unsigned char *p;
    int64_t n;
    uint32_t value = start;
    char qual[16];
    snprintf(qual, sizeof qual, "zlib.%s", name);
    if (kr_libutil_no_keywords(th, qual, kw) < 0 ||
        kr_libutil_check_positional(th, name, nargs, 1, 2) < 0 ||
        kr_comprutil_buffer(th, args[0], &keep, &p, &n) < 0 ||
        (nargs > 1 && kr_comprutil_mask32(th, args[1], &value) < 0))
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, (int64_t)(checksum(fn, value, p, n) & 0xffffffffu));
}

KR_LIB_FUNC(zlib_crc32) { return checksum_func(th, "crc32", crc32, 0, args, nargs, kw); }
KR_LIB_FUNC(zlib_adler32) { return checksum_func(th, "adler32", adler32, 1, args, nargs, kw); }

static const MethodDef zlib_functions[] = {
    {"adler32", zlib_adler32, "($module, data, value=1, /)", NULL, 0},
    {"compress", zlib_compress, "($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)", NULL, 0},
    {"compressobj", zlib_compressobj,
     "($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, "
     "memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None)", NULL, 0},
    {"crc32", zlib_crc32, "($module, data, value=0, /)", NULL, 0},
    {"decompress", zlib_decompress, "($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)", NULL, 0},
    {"decompressobj", zlib_decompressobj, "($module, /, wbits=MAX_WBITS, zdict=b'')", NULL, 0},
    {0},
};

static const struct { const char *name; int value; } zlib_constants[] = {
    {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", DEF_MEM_LEVEL},
    {"DEF_BUF_SIZE", DEF_BUF_SIZE}, {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
    {"Z_BEST_SPEED", Z_BEST_SPEED}, {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
    {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION}, {"Z_FILTERED", Z_FILTERED},
    {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
    {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH},
    {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
    {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
    {"Z_TREES", Z_TREES},
};

static int add_str(Thread *th, Module *m, const char *name, const char *s)
{
    Str *v = kr_str_from_cstr(th, s);
    return v ? kr_libutil_add_value(th, m, name, kr_from_obj(v)) : -1;
}

int kr_mod_zlib_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "zlib", zlib_functions);
    if (!m || kr_type_ready(th, &comp_type) < 0 || kr_type_ready(th, &decomp_type) < 0 ||
        kr_type_ready(th, &zlib_error_type) < 0 ||
        kr_libutil_add_value(th, m, "error", kr_from_obj(&zlib_error_type)) < 0 ||
        add_str(th, m, "ZLIB_VERSION", ZLIB_VERSION) < 0 ||
        add_str(th, m, "ZLIB_RUNTIME_VERSION", zlibVersion()) < 0 ||
        add_str(th, m, "__version__", "1.0") < 0)
        return -1;
    for (size_t i = 0; i < sizeof zlib_constants / sizeof zlib_constants[0]; i++)
        if (kr_libutil_add_value(th, m, zlib_constants[i].name,
                                 kr_from_smallint(zlib_constants[i].value)) < 0)
            return -1;
    return 0;
}
