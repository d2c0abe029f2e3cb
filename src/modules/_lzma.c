/*
 * _lzma.c -- the _lzma module on liblzma: LZMACompressor and
 * LZMADecompressor in the .xz, .lzma ("alone") and raw formats, filter
 * chains given as dicts, integrity checks, and the two filter-property
 * helpers zipfile uses for its LZMA method.
 *
 * Memory as in _bz2.c: the lzma_stream is embedded in the object (liblzma
 * mallocs its coder state), a finalizer calls lzma_end.  Filter options
 * parsed from dicts are malloc'ed only for the duration of an encoder or
 * decoder set-up, which copies them.
 *
 * Filter specifiers are read the way CPython 3.11 reads them -- the dict
 * is matched against the option names like keyword arguments, so an
 * unknown key or a bad value becomes "Invalid filter specifier for LZMA
 * filter", while the "id" and "preset" entries keep their own errors.
 */
#include <limits.h>
#include <lzma.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <gmp.h>

#include "modules/comprutil.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

enum { FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW };
#define CHECK_UNKNOWN (LZMA_CHECK_ID_MAX + 1)

typedef struct Lzma {
    Obj hdr;
    Value unused_data;        /* decompressor: bytes after the stream */
    lzma_stream lzs;
    InBuf in;                 /* decompressor: unconsumed input */
    int check;
    bool flushed;             /* compressor */
    bool eof, needs_input;    /* decompressor */
} Lzma;

static Type compressor_type, decompressor_type;

static Type lzma_error_type = {
    .hdr = {&kr_type_type}, .name = "_lzma.LZMAError", .base = &kr_exc_Exception,
    .size = sizeof(Exc), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};

/* liblzma's return codes as CPython's errors; 0 for the good ones. */
static int lzma_error(Thread *th, lzma_ret r)
{
    const char *msg;
    switch (r) {
    case LZMA_OK: case LZMA_GET_CHECK: case LZMA_NO_CHECK: case LZMA_STREAM_END:
        return 0;
    case LZMA_MEM_ERROR:
        kr_err_no_memory(th);
        return -1;
    case LZMA_UNSUPPORTED_CHECK: msg = "Unsupported integrity check"; break;
    case LZMA_MEMLIMIT_ERROR: msg = "Memory usage limit exceeded"; break;
    case LZMA_FORMAT_ERROR: msg = "Input format not supported by decoder"; break;
    case LZMA_OPTIONS_ERROR: msg = "Invalid or unsupported options"; break;
    case LZMA_DATA_ERROR: msg = "Corrupt input data"; break;
    case LZMA_BUF_ERROR: msg = "Insufficient buffer space"; break;
    case LZMA_PROG_ERROR: msg = "Internal error"; break;
    default:
        kr_err_format(th, &lzma_error_type, "Unrecognized error from liblzma: %d", (int)r);
        return -1;
    }
    kr_err_set_string(th, &lzma_error_type, msg);
    return -1;
}

static void lzma_finalize(void *obj, void *data, void *ctx)
{
    Lzma *z = obj;
    lzma_end(&z->lzs);
    kr_comprutil_in_free(&z->in);
}

/* Not picklable or copyable: see _bz2.c's bz2_reduce. */
KR_LIB_FUNC(lzma_reduce)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot pickle '%s' object", kr_libutil_short_name(args[0]));
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(lzma_reduce_ex)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot pickle '%s' object", kr_type_of(args[0])->name);
    return KR_VALUE_NULL;
}

/* ---- integer converters ------------------------------------------------------ */

/* PyLong_AsUnsignedLongLong: an int (no __index__), not negative. */
static int as_u64(Thread *th, Value v, uint64_t *out)
{
    if (!kr_is_int(v)) {
        kr_err_set_string(th, &kr_exc_TypeError, "an integer is required");
        return -1;
    }
    if (kr_int_richcompare(th, v, kr_from_smallint(0), KR_LT) == KR_TRUE) {
        kr_err_set_string(th, &kr_exc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    kr_int_to_mpz(v, z);
    bool fits = mpz_sizeinbase(z, 2) <= 64;
    *out = fits ? (uint64_t)mpz_getlimbn(z, 0) : 0;
    mpz_clear(z);
    if (!fits) {
        kr_err_set_string(th, &kr_exc_OverflowError, "int too big to convert");
        return -1;
    }
    return 0;
}

static int as_u32(Thread *th, Value v, uint32_t *out)
{
    uint64_t x;
    if (as_u64(th, v, &x) < 0)
        return -1;
    if (x > UINT32_MAX) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Value too large for uint32_t type");
        return -1;
    }
    *out = (uint32_t)x;
    return 0;
}

static Value int_from_u64(Thread *th, uint64_t v)
{
    if (v <= INT64_MAX)
        return kr_int_from_i64(th, (int64_t)v);
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)v);
    Value r = kr_int_from_mpz(th, z);
    mpz_clear(z);
    return r;
}

static bool str_is(Value k, const char *name)
{
    if (!kr_str_check(k) || !kr_as_str(k)->ascii)
        return false;
    Str *s = kr_as_str(k);
    return (size_t)s->len == strlen(name) && !memcmp(s->data, name, (size_t)s->len);
}

/* ---- filter specifiers ------------------------------------------------------- */

/* spec[key] for a str key, or KR_VALUE_NULL. */
static Value spec_get(Thread *th, Dict *spec, const char *key)
{
    Str *k = kr_str_intern_cstr(th, key);
    return k ? kr_dict_get_str(spec, k) : KR_VALUE_NULL;
}

/* Every key of spec must be one of names, and each listed option must
 * convert; otherwise the filter's ValueError (what=LZMA, delta, BCJ). */
static int spec_options(Thread *th, Dict *spec, const char *const *names, uint32_t **fields,
                        const char *what)
{
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(spec, &pos, &k, &v)) {
        int i = 0;
        while (names[i] && !str_is(k, names[i]))
            i++;
        if (!names[i] || (fields[i] && as_u32(th, v, fields[i]) < 0)) {
            kr_err_format(th, &kr_exc_ValueError, "Invalid filter specifier for %s filter", what);
            return -1;
        }
    }
    return 0;
}

static void *parse_lzma_options(Thread *th, Dict *spec)
{
    static const char *const names[] = {"id", "preset", "dict_size", "lc", "lp", "pb", "mode",
                                        "nice_len", "mf", "depth", NULL};
    uint32_t preset = LZMA_PRESET_DEFAULT;
    Value p = spec_get(th, spec, "preset");
    if (p && as_u32(th, p, &preset) < 0)
        return NULL;
    lzma_options_lzma *o = calloc(1, sizeof *o);
    if (!o) {
        kr_err_no_memory(th);
        return NULL;
    }
    if (lzma_lzma_preset(o, preset)) {
        free(o);
        kr_err_format(th, &lzma_error_type, "Invalid compression preset: %u", preset);
        return NULL;
    }
    uint32_t mode = o->mode, mf = o->mf;
    uint32_t *fields[] = {NULL, NULL, &o->dict_size, &o->lc, &o->lp, &o->pb, &mode,
                          &o->nice_len, &mf, &o->depth};
    if (spec_options(th, spec, names, fields, "LZMA") < 0) {
        free(o);
        return NULL;
    }
    o->mode = (lzma_mode)mode;
    o->mf = (lzma_match_finder)mf;
    return o;
}

static void *parse_delta_options(Thread *th, Dict *spec)
{
    static const char *const names[] = {"id", "dist", NULL};
    uint32_t dist = 1;
    uint32_t *fields[] = {NULL, &dist};
    if (spec_options(th, spec, names, fields, "delta") < 0)
        return NULL;
    lzma_options_delta *o = calloc(1, sizeof *o);
    if (!o) {
        kr_err_no_memory(th);
        return NULL;
    }
    o->type = LZMA_DELTA_TYPE_BYTE;
    o->dist = dist;
    return o;
}

static void *parse_bcj_options(Thread *th, Dict *spec)
{
    static const char *const names[] = {"id", "start_offset", NULL};
    uint32_t start = 0;
    uint32_t *fields[] = {NULL, &start};
    if (spec_options(th, spec, names, fields, "BCJ") < 0)
        return NULL;
    lzma_options_bcj *o = calloc(1, sizeof *o);
    if (!o) {
        kr_err_no_memory(th);
        return NULL;
    }
    o->start_offset = start;
    return o;
}

/* One filter dict into f (options malloc'ed): 0, or -1 with f->options NULL. */
static int parse_filter(Thread *th, Value spec, lzma_filter *f)
{
    f->options = NULL;
    if (!kr_is_dict(spec)) {
        kr_err_set_string(th, &kr_exc_TypeError, "Filter specifier must be a dict or dict-like object");
        return -1;
    }
    Dict *d = kr_as_dict(spec);
    Value id = spec_get(th, d, "id");
    if (!id) {
        kr_err_set_string(th, &kr_exc_ValueError, "Filter specifier must have an \"id\" entry");
        return -1;
    }
    uint64_t fid;
    if (as_u64(th, id, &fid) < 0)
        return -1;
    f->id = fid;
    switch (fid) {
    case LZMA_FILTER_LZMA1: case LZMA_FILTER_LZMA2:
        f->options = parse_lzma_options(th, d);
        break;
    case LZMA_FILTER_DELTA:
        f->options = parse_delta_options(th, d);
        break;
    case LZMA_FILTER_X86: case LZMA_FILTER_POWERPC: case LZMA_FILTER_IA64:
    case LZMA_FILTER_ARM: case LZMA_FILTER_ARMTHUMB: case LZMA_FILTER_SPARC:
        f->options = parse_bcj_options(th, d);
        break;
    default:
        kr_err_format(th, &kr_exc_ValueError, "Invalid filter ID: %llu", (unsigned long long)fid);
        return -1;
    }
    return f->options ? 0 : -1;
}

static void free_chain(lzma_filter *filters)
{
    for (int i = 0; filters[i].id != LZMA_VLI_UNKNOWN; i++)
        free(filters[i].options);
}

/* A sequence of filter dicts into filters[], ended by LZMA_VLI_UNKNOWN. */
static int parse_chain(Thread *th, Value specs, lzma_filter *filters)
{
    int64_t n;
    if (kr_is_dict(specs)) {   /* PySequence_Size refuses mappings */
        kr_err_format(th, &kr_exc_TypeError, "%s is not a sequence", kr_type_name(specs));
        return -1;
    }
    if (kr_object_len(th, specs, &n) < 0)
        return -1;
    if (n > LZMA_FILTERS_MAX) {
        kr_err_format(th, &kr_exc_ValueError, "Too many filters - liblzma supports a maximum of %d",
                      LZMA_FILTERS_MAX);
        return -1;
    }
    for (int64_t i = 0; i < n; i++) {
        Value spec = kr_object_getitem(th, specs, kr_from_smallint(i));
        if (!spec || parse_filter(th, spec, &filters[i]) < 0) {
            filters[i].id = LZMA_VLI_UNKNOWN;
            free_chain(filters);
            return -1;
        }
    }
    filters[n].id = LZMA_VLI_UNKNOWN;
    return 0;
}

/* ---- LZMACompressor ------------------------------------------------------------ */

/* Encoder set-up per format.  The filter options are copied by liblzma,
 * so the parsed chain is freed right after. */
static int init_xz(Thread *th, lzma_stream *s, int check, uint32_t preset, Value specs)
{
    if (specs == KR_NONE)
        return lzma_error(th, lzma_easy_encoder(s, preset, (lzma_check)check));
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    if (parse_chain(th, specs, filters) < 0)
        return -1;
    lzma_ret r = lzma_stream_encoder(s, filters, (lzma_check)check);
    free_chain(filters);
    return lzma_error(th, r);
}

static int init_alone(Thread *th, lzma_stream *s, uint32_t preset, Value specs)
{
    if (specs == KR_NONE) {
        lzma_options_lzma o;
        if (lzma_lzma_preset(&o, preset)) {
            kr_err_format(th, &lzma_error_type, "Invalid compression preset: %u", preset);
            return -1;
        }
        return lzma_error(th, lzma_alone_encoder(s, &o));
    }
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    if (parse_chain(th, specs, filters) < 0)
        return -1;
    int rc;
    if (filters[0].id == LZMA_FILTER_LZMA1 && filters[1].id == LZMA_VLI_UNKNOWN) {
        rc = lzma_error(th, lzma_alone_encoder(s, filters[0].options));
    } else {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
        rc = -1;
    }
    free_chain(filters);
    return rc;
}

static int init_raw(Thread *th, lzma_stream *s, Value specs, bool encoder)
{
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    if (parse_chain(th, specs, filters) < 0)
        return -1;
    lzma_ret r = encoder ? lzma_raw_encoder(s, filters) : lzma_raw_decoder(s, filters);
    free_chain(filters);
    return lzma_error(th, r);
}

/* Library memory is counted (comprutil.h, EXTERNAL MEMORY PRESSURE). */
static void *lz_alloc(void *opaque, size_t items, size_t size)
{
    if (size && items > SIZE_MAX / size)
        return NULL;
    return kr_comprutil_ext_alloc(items * size);
}

static void lz_free(void *opaque, void *p) { kr_comprutil_ext_free(p); }

static const lzma_allocator counting_allocator = {lz_alloc, lz_free, NULL};

static Lzma *lzma_alloc(Thread *th, Type *type)
{
    kr_comprutil_pressure(th);
    Lzma *z = kr_libutil_alloc(th, type);
    if (!z)
        return NULL;
    z->lzs = (lzma_stream)LZMA_STREAM_INIT;
    z->lzs.allocator = &counting_allocator;
    kr_gc_add_finalizer(z, lzma_finalize, NULL);
    return z;
}

/* LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None) */
static Value compressor_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"format", "check", "preset", "filters", NULL};
    Value a[4];
    int format = FORMAT_XZ, check = -1;
    uint32_t preset = LZMA_PRESET_DEFAULT;
    if (kr_libutil_parse(th, "LZMACompressor", args, nargs, kw, names, 0, 0, a) < 0 ||
        (a[0] && kr_comprutil_as_int(th, a[0], &format) < 0) ||
        (a[1] && kr_comprutil_as_int(th, a[1], &check) < 0))
        return KR_VALUE_NULL;
    Value preset_obj = a[2] ? a[2] : KR_NONE, specs = a[3] ? a[3] : KR_NONE;
    if (format != FORMAT_XZ && check != -1 && check != LZMA_CHECK_NONE) {
        kr_err_set_string(th, &kr_exc_ValueError, "Integrity checks are only supported by FORMAT_XZ");
        return KR_VALUE_NULL;
    }
    if (preset_obj != KR_NONE && specs != KR_NONE) {
        kr_err_set_string(th, &kr_exc_ValueError, "Cannot specify both preset and filter chain");
        return KR_VALUE_NULL;
    }
    if (preset_obj != KR_NONE && as_u32(th, preset_obj, &preset) < 0)
        return KR_VALUE_NULL;
    Lzma *z = lzma_alloc(th, type);
    if (!z)
        return KR_VALUE_NULL;
    int rc;
    switch (format) {
    case FORMAT_XZ: rc = init_xz(th, &z->lzs, check == -1 ? LZMA_CHECK_CRC64 : check, preset, specs); break;
    case FORMAT_ALONE: rc = init_alone(th, &z->lzs, preset, specs); break;
    case FORMAT_RAW:
        if (specs == KR_NONE) {
            kr_err_set_string(th, &kr_exc_ValueError, "Must specify filters for FORMAT_RAW");
            return KR_VALUE_NULL;
        }
        rc = init_raw(th, &z->lzs, specs, true);
        break;
    default:
        kr_err_format(th, &kr_exc_ValueError, "Invalid container format: %d", format);
        return KR_VALUE_NULL;
    }
    return rc < 0 ? KR_VALUE_NULL : kr_from_obj(z);
}

/* lzma_code with action over data: LZMA_RUN until the input is used,
 * LZMA_FINISH until the stream ends. */
static Value compress(Thread *th, Lzma *z, const unsigned char *data, size_t len, lzma_action action)
{
    OutBuf o;
    if (kr_comprutil_out_init(th, &o, 32 * 1024, -1) < 0)
        return KR_VALUE_NULL;
    z->lzs.next_in = data;
    z->lzs.avail_in = len;
    z->lzs.next_out = o.data;
    z->lzs.avail_out = o.cap;
    for (;;) {
        lzma_ret r = lzma_code(&z->lzs, action);
        if (r == LZMA_BUF_ERROR && len == 0 && z->lzs.avail_out > 0)
            r = LZMA_OK;   /* not a real error: nothing to do */
        if (lzma_error(th, r) < 0)
            goto fail;
        if ((action == LZMA_RUN && z->lzs.avail_in == 0) ||
            (action == LZMA_FINISH && r == LZMA_STREAM_END))
            break;
        if (z->lzs.avail_out == 0) {
            int64_t room = kr_comprutil_out_grow(th, &o, &z->lzs.next_out);
            if (room < 0)
                goto fail;
            z->lzs.avail_out = (size_t)room;
        }
    }
    return kr_comprutil_out_finish(th, &o, z->lzs.next_out);
fail:
    kr_comprutil_out_free(&o);
    return KR_VALUE_NULL;
}

#define SELF ((Lzma *)kr_as_obj(args[0]))

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
    return compress(th, SELF, p, (size_t)n, LZMA_RUN);
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
    return compress(th, SELF, NULL, 0, LZMA_FINISH);
}

static const MethodDef compressor_methods[] = {
    {"compress", compressor_compress, "($self, data, /)", NULL, 0},
    {"flush", compressor_flush, "($self, /)", NULL, 0},
    {"__reduce__", lzma_reduce, "($self, /)", NULL, 0},
    {"__reduce_ex__", lzma_reduce_ex, "($self, protocol, /)", NULL, 0},
    {0},
};

static Type compressor_type = {
    .hdr = {&kr_type_type}, .name = "_lzma.LZMACompressor", .size = sizeof(Lzma),
    .new_ = compressor_new, .methods = compressor_methods,
};

/* ---- LZMADecompressor ---------------------------------------------------------- */

/* LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None) */
static Value decompressor_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"format", "memlimit", "filters", NULL};
    const uint32_t flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
    Value a[3];
    int format = FORMAT_AUTO;
    uint64_t memlimit = UINT64_MAX;
    if (kr_libutil_parse(th, "LZMADecompressor", args, nargs, kw, names, 0, 0, a) < 0 ||
        (a[0] && kr_comprutil_as_int(th, a[0], &format) < 0))
        return KR_VALUE_NULL;
    Value specs = a[2] ? a[2] : KR_NONE;
    if (a[1] && a[1] != KR_NONE) {
        if (format == FORMAT_RAW) {
            kr_err_set_string(th, &kr_exc_ValueError, "Cannot specify memory limit with FORMAT_RAW");
            return KR_VALUE_NULL;
        }
        if (as_u64(th, a[1], &memlimit) < 0)
            return KR_VALUE_NULL;
    }
    if (format == FORMAT_RAW && specs == KR_NONE) {
        kr_err_set_string(th, &kr_exc_ValueError, "Must specify filters for FORMAT_RAW");
        return KR_VALUE_NULL;
    } else if (format != FORMAT_RAW && specs != KR_NONE) {
        kr_err_set_string(th, &kr_exc_ValueError, "Cannot specify filters except with FORMAT_RAW");
        return KR_VALUE_NULL;
    }
    Lzma *z = lzma_alloc(th, type);
    if (!z)
        return KR_VALUE_NULL;
    z->check = CHECK_UNKNOWN;
    z->needs_input = true;
    z->unused_data = kr_comprutil_bytes(th, "", 0);
    if (!z->unused_data)
        return KR_VALUE_NULL;
    int rc;
    switch (format) {
    case FORMAT_AUTO: rc = lzma_error(th, lzma_auto_decoder(&z->lzs, memlimit, flags)); break;
    case FORMAT_XZ: rc = lzma_error(th, lzma_stream_decoder(&z->lzs, memlimit, flags)); break;
    case FORMAT_ALONE:
        z->check = LZMA_CHECK_NONE;
        rc = lzma_error(th, lzma_alone_decoder(&z->lzs, memlimit));
        break;
    case FORMAT_RAW:
        z->check = LZMA_CHECK_NONE;
        rc = init_raw(th, &z->lzs, specs, false);
        break;
    default:
        kr_err_format(th, &kr_exc_ValueError, "Invalid container format: %d", format);
        return KR_VALUE_NULL;
    }
    return rc < 0 ? KR_VALUE_NULL : kr_from_obj(z);
}

/* Decompress the pending input (z->lzs.next_in/avail_in) into at most
 * max_length bytes (-1: no limit). */
static Value decompress_buf(Thread *th, Lzma *z, int64_t max_length)
{
    lzma_stream *s = &z->lzs;
    OutBuf o;
    if (kr_comprutil_out_init(th, &o, 32 * 1024, max_length) < 0)
        return KR_VALUE_NULL;
    s->next_out = o.data;
    s->avail_out = o.cap;
    for (;;) {
        lzma_ret r = lzma_code(s, LZMA_RUN);
        if (r == LZMA_BUF_ERROR && s->avail_in == 0 && s->avail_out > 0)
            r = LZMA_OK;   /* not a real error: no input yet */
        if (lzma_error(th, r) < 0)
            goto fail;
        if (r == LZMA_GET_CHECK || r == LZMA_NO_CHECK)
            z->check = (int)lzma_get_check(s);
        if (r == LZMA_STREAM_END) {
            z->eof = true;
            break;
        } else if (s->avail_out == 0) {
            /* output first: the coder may hold more even with no input */
            if ((int64_t)kr_comprutil_out_len(&o, s->next_out) == max_length)
                break;
            int64_t room = kr_comprutil_out_grow(th, &o, &s->next_out);
            if (room < 0)
                goto fail;
            s->avail_out = (size_t)room;
        } else if (s->avail_in == 0) {
            break;
        }
    }
    return kr_comprutil_out_finish(th, &o, s->next_out);
fail:
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
    Lzma *z = SELF;
    if (z->eof) {
        kr_err_set_string(th, &kr_exc_EOFError, "Already at end of stream");
        return KR_VALUE_NULL;
    }
    if (kr_comprutil_in_add(th, &z->in, p, (size_t)n) < 0)
        return KR_VALUE_NULL;
    z->lzs.next_in = z->in.next;
    z->lzs.avail_in = z->in.avail;
    Value r = decompress_buf(th, z, max_length);
    z->in.next = z->lzs.next_in;
    z->in.avail = z->lzs.avail_in;
    if (!r) {
        z->in.next = NULL;
        z->in.avail = 0;
        return KR_VALUE_NULL;
    }
    if (z->eof) {
        z->needs_input = false;
        if (z->in.avail > 0) {
            z->unused_data = kr_comprutil_bytes(th, z->in.next, (int64_t)z->in.avail);
            if (!z->unused_data)
                return KR_VALUE_NULL;
        }
    } else {
        /* a full output buffer may leave output inside the coder, so
         * more can come without input (unlike bz2, which says
         * needs_input as soon as the input is used up) */
        z->needs_input = z->in.avail == 0 && z->lzs.avail_out != 0;
        if (kr_comprutil_in_keep(th, &z->in) < 0)
            return KR_VALUE_NULL;
    }
    return r;
}

static Value get_eof(Thread *th, Value self) { return kr_from_bool(((Lzma *)kr_as_obj(self))->eof); }

static Value get_needs_input(Thread *th, Value self)
{
    return kr_from_bool(((Lzma *)kr_as_obj(self))->needs_input);
}

static Value get_check(Thread *th, Value self)
{
    return kr_from_smallint(((Lzma *)kr_as_obj(self))->check);
}

static const MethodDef decompressor_methods[] = {
    {"decompress", decompressor_decompress, "($self, /, data, max_length=-1)", NULL, 0},
    {"__reduce__", lzma_reduce, "($self, /)", NULL, 0},
    {"__reduce_ex__", lzma_reduce_ex, "($self, protocol, /)", NULL, 0},
    {0},
};

static const MemberDef decompressor_members[] = {
    {"check", 0, get_check, NULL, NULL, KR_MEMBER_READONLY},
    {"eof", 0, get_eof, NULL, NULL, KR_MEMBER_READONLY},
    {"needs_input", 0, get_needs_input, NULL, NULL, KR_MEMBER_READONLY},
    {"unused_data", offsetof(Lzma, unused_data), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Type decompressor_type = {
    .hdr = {&kr_type_type}, .name = "_lzma.LZMADecompressor", .size = sizeof(Lzma),
    .new_ = decompressor_new, .methods = decompressor_methods, .members = decompressor_members,
};

/* ---- module functions ---------------------------------------------------------- */

KR_LIB_FUNC(lzma_is_check_supported)
{
    int id;
    if (kr_libutil_no_keywords(th, "is_check_supported", kw) < 0 ||
        kr_call_check_args(th, "is_check_supported", nargs, 1, 1, kw) < 0 ||
        kr_comprutil_as_int(th, args[0], &id) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(lzma_check_is_supported((lzma_check)id));
}

/* _encode_filter_properties(filter, /): the filter's options as bytes. */
KR_LIB_FUNC(lzma_encode_filter_properties)
{
    if (kr_call_check_args(th, "_encode_filter_properties", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    lzma_filter f;
    uint32_t size;
    if (parse_filter(th, args[0], &f) < 0)
        return KR_VALUE_NULL;
    Bytes *b = NULL;
    if (lzma_error(th, lzma_properties_size(&size, &f)) == 0 && (b = kr_bytes_alloc(th, size)) &&
        lzma_error(th, lzma_properties_encode(&f, b->data)) < 0)
        b = NULL;
    free(f.options);
    return kr_bytes_value(b);
}

static int spec_put(Thread *th, Dict *d, const char *key, uint64_t v)
{
    Str *k = kr_str_intern_cstr(th, key);
    Value x = k ? int_from_u64(th, v) : KR_VALUE_NULL;
    return x ? kr_dict_set_str(th, d, k, x) : -1;
}

/* The dict CPython's build_filter_spec makes of decoded properties. */
static Value filter_spec(Thread *th, const lzma_filter *f)
{
    Dict *d = kr_dict_new(th);
    if (!d || spec_put(th, d, "id", f->id) < 0)
        return KR_VALUE_NULL;
    int rc;
    switch (f->id) {
    case LZMA_FILTER_LZMA1: {
        const lzma_options_lzma *o = f->options;
        rc = spec_put(th, d, "lc", o->lc) < 0 || spec_put(th, d, "lp", o->lp) < 0 ||
             spec_put(th, d, "pb", o->pb) < 0 || spec_put(th, d, "dict_size", o->dict_size) < 0;
        break;
    }
    case LZMA_FILTER_LZMA2:
        rc = spec_put(th, d, "dict_size", ((const lzma_options_lzma *)f->options)->dict_size) < 0;
        break;
    case LZMA_FILTER_DELTA:
        rc = spec_put(th, d, "dist", ((const lzma_options_delta *)f->options)->dist) < 0;
        break;
    default:
        /* BCJ filters decode to no options when the offset is zero */
        rc = spec_put(th, d, "start_offset",
                      f->options ? ((const lzma_options_bcj *)f->options)->start_offset : 0) < 0;
        break;
    }
    return rc ? KR_VALUE_NULL : kr_from_obj(d);
}

/* _decode_filter_properties(filter_id, encoded_props, /) */
KR_LIB_FUNC(lzma_decode_filter_properties)
{
    Value keep;
    const unsigned char *p;
    int64_t n;
    uint64_t id;
    if (kr_call_check_args(th, "_decode_filter_properties", nargs, 2, 2, kw) < 0 ||
        as_u64(th, args[0], &id) < 0 || kr_comprutil_buffer(th, args[1], &keep, &p, &n) < 0)
        return KR_VALUE_NULL;
    lzma_filter f = {.id = id};
    if (lzma_error(th, lzma_properties_decode(&f, NULL, p, (size_t)n)) < 0)
        return KR_VALUE_NULL;
    Value r = filter_spec(th, &f);
    free(f.options);   /* liblzma allocated it with the default allocator */
    return r;
}

static const MethodDef lzma_functions[] = {
    {"is_check_supported", lzma_is_check_supported, "($module, check_id, /)", NULL, 0},
    {"_encode_filter_properties", lzma_encode_filter_properties, "($module, filter, /)", NULL, 0},
    {"_decode_filter_properties", lzma_decode_filter_properties,
     "($module, filter_id, encoded_props, /)", NULL, 0},
    {0},
};

static const struct { const char *name; uint64_t value; } lzma_constants[] = {
    {"FORMAT_AUTO", FORMAT_AUTO}, {"FORMAT_XZ", FORMAT_XZ}, {"FORMAT_ALONE", FORMAT_ALONE},
    {"FORMAT_RAW", FORMAT_RAW}, {"CHECK_NONE", LZMA_CHECK_NONE}, {"CHECK_CRC32", LZMA_CHECK_CRC32},
    {"CHECK_CRC64", LZMA_CHECK_CRC64}, {"CHECK_SHA256", LZMA_CHECK_SHA256},
    {"CHECK_ID_MAX", LZMA_CHECK_ID_MAX}, {"CHECK_UNKNOWN", CHECK_UNKNOWN},
    {"FILTER_LZMA1", LZMA_FILTER_LZMA1}, {"FILTER_LZMA2", LZMA_FILTER_LZMA2},
    {"FILTER_DELTA", LZMA_FILTER_DELTA}, {"FILTER_X86", LZMA_FILTER_X86},
    {"FILTER_IA64", LZMA_FILTER_IA64}, {"FILTER_ARM", LZMA_FILTER_ARM},
    {"FILTER_ARMTHUMB", LZMA_FILTER_ARMTHUMB}, {"FILTER_SPARC", LZMA_FILTER_SPARC},
    {"FILTER_POWERPC", LZMA_FILTER_POWERPC}, {"MF_HC3", LZMA_MF_HC3}, {"MF_HC4", LZMA_MF_HC4},
    {"MF_BT2", LZMA_MF_BT2}, {"MF_BT3", LZMA_MF_BT3}, {"MF_BT4", LZMA_MF_BT4},
    {"MODE_FAST", LZMA_MODE_FAST}, {"MODE_NORMAL", LZMA_MODE_NORMAL},
    {"PRESET_DEFAULT", LZMA_PRESET_DEFAULT}, {"PRESET_EXTREME", LZMA_PRESET_EXTREME},
};

int kr_mod__lzma_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_lzma", lzma_functions);
    Str *doc = m ? kr_str_from_cstr(th, "Call to liblzma failed.") : NULL;
    if (!doc || kr_libutil_add_type(th, m, &compressor_type) < 0 ||
        kr_libutil_add_type(th, m, &decompressor_type) < 0 ||
        kr_libutil_add_type(th, m, &lzma_error_type) < 0 ||
        kr_dict_set_str(th, lzma_error_type.dict, kr_str_intern_cstr(th, "__doc__"), kr_from_obj(doc)) < 0)
        return -1;
    for (size_t i = 0; i < sizeof lzma_constants / sizeof lzma_constants[0]; i++) {
        Value v = int_from_u64(th, lzma_constants[i].value);
        if (!v || kr_libutil_add_value(th, m, lzma_constants[i].name, v) < 0)
            return -1;
    }
    return 0;
}
