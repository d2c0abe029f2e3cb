/*
 * _ctypes.c -- `_ctypes_native`: the C half of ctypes.  lib/_ctypes.py
 * builds the type machinery (metaclasses, _fields_ layout, conversions,
 * CFuncPtr) in Python over the few primitives here:
 *
 *   _CData       the base of every ctypes instance: where its bytes are
 *                (ptr, size), who owns them (_b_base_), what they keep
 *                alive (_objects); exports its bytes as a buffer
 *   peek/poke    read and write integers, floats and object references
 *                at an address (byte swapping for the _endian types)
 *   memory       alloc, memmove, memset, string_at, buffer addresses
 *   dl*          dlopen, dlsym, dlclose
 *   call         ffi_call on libffi (_ctypes_ffi.c), closures for callbacks
 *
 * Collector contract.  An instance's bytes are raw memory (atomic blocks,
 * or memory the program names by address): they are never scanned, so a
 * Python object whose address is written into them (a c_char_p's bytes, a
 * py_object) is also kept in the owner's _objects, which is scanned.  An
 * owned block is kept alive by `ptr` of the _CData that allocated it (the
 * object is scanned conservatively), a view into another instance by
 * `base`.
 */
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "modules/_ctypes.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "gc/gc.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

/* ---- _CData ------------------------------------------------------------ */

static CData *as_cdata(Value v) { return (CData *)kr_as_obj(v); }

bool kr_ctypes_is_cdata(Value v) { return kr_isinstance_type(v, &kr_ctypes_cdata_type); }

static Value cdata_needsfree(Thread *th, Value self)
{
    (void)th;
    return kr_from_smallint(as_cdata(self)->needsfree);
}

/* _b_base_ and _objects read as None when unset, as CPython's members. */
static Value cdata_base(Thread *th, Value self)
{
    (void)th;
    Value b = as_cdata(self)->base;
    return b ? b : KR_NONE;
}

static Value cdata_objects(Thread *th, Value self)
{
    (void)th;
    Value o = as_cdata(self)->objects;
    return o ? o : KR_NONE;
}

static const MemberDef cdata_members[] = {
    {"_b_base_", 0, cdata_base, NULL, "the base object", KR_MEMBER_READONLY | KR_MEMBER_PLAIN},
    {"_b_needsfree_", 0, cdata_needsfree, NULL, "whether the object owns the memory or not",
     KR_MEMBER_READONLY | KR_MEMBER_PLAIN},
    {"_objects", 0, cdata_objects, NULL, "internal objects tree (NEVER CHANGE THIS OBJECT!)",
     KR_MEMBER_READONLY | KR_MEMBER_PLAIN},
    {0},
};

/* The PEP 3118 description lib/_ctypes.py gives each type: _kr_fmt (a
 * str the type keeps alive), _kr_shape (a tuple), _kr_itemsize.  Applied
 * only when it spans exactly the instance's bytes (a resized instance is
 * lent as unsigned bytes). */
static int describe_buffer(Thread *th, Type *t, Buffer *view)
{
    Str *nf = kr_str_intern_cstr(th, "_kr_fmt"), *ns = kr_str_intern_cstr(th, "_kr_shape");
    Str *ni = kr_str_intern_cstr(th, "_kr_itemsize");
    if (!nf || !ns || !ni)
        return -1;
    Value f = kr_type_lookup(t, nf), sh = kr_type_lookup(t, ns), is = kr_type_lookup(t, ni);
    if (!f || !kr_is_str(f) || !sh || !kr_isinstance_type(sh, &kr_tuple_type) || !is ||
        !kr_is_smallint(is))
        return 0;
    Tuple *shape = (Tuple *)kr_as_obj(sh);
    int64_t itemsize = kr_as_smallint(is), n = itemsize;
    if (shape->size > KR_BUF_MAX_NDIM)
        return 0;
    int64_t *dims = shape->size ? kr_gc_alloc_atomic((size_t)shape->size * sizeof *dims) : NULL;
    if (shape->size && !dims) {
        kr_err_no_memory(th);
        return -1;
    }
    for (int64_t i = 0; i < shape->size; i++) {
        if (!kr_is_smallint(shape->items[i]))
            return 0;
        dims[i] = kr_as_smallint(shape->items[i]);
        n *= dims[i];
    }
    size_t len;
    const char *fmt = kr_str_utf8(th, kr_as_str(f), &len);
    if (!fmt)
        return -1;
    if (n != view->len)
        return 0;
    view->format = fmt;
    view->itemsize = itemsize;
    view->ndim = (int)shape->size;
    view->shape = dims;
    return 0;
}

/* The bytes of an instance, with its type's struct format and shape. */
static int cdata_getbuffer(Thread *th, Value obj, Buffer *view, int flags)
{
    CData *c = as_cdata(obj);
    if (kr_buffer_fill(th, view, obj, c->ptr, c->size, false, flags) < 0)
        return -1;
    return describe_buffer(th, c->hdr.type, view);
}

static const BufferProcs cdata_buffer_procs = {cdata_getbuffer, NULL};

Type kr_ctypes_cdata_type = {
    .hdr = {&kr_type_type}, .name = "_ctypes._CData", .size = sizeof(CData),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_HAS_WEAKREF, .members = cdata_members,
    .as_buffer = &cdata_buffer_procs,
};

static int cdata_arg(Thread *th, Value v, CData **out)
{
    if (!kr_ctypes_is_cdata(v)) {
        kr_err_type_error(th, "expected CData instance");
        return -1;
    }
    *out = as_cdata(v);
    return 0;
}

int kr_ctypes_u64(Thread *th, Value v, uint64_t *out)
{
    if (kr_is_smallint(v) || kr_is_bool(v)) {
        int64_t i;
        if (kr_int_as_i64(th, v, &i) < 0)
            return -1;
        *out = (uint64_t)i;
        return 0;
    }
    if (!kr_is_int(v)) {
        kr_err_type_error(th, "'%s' object cannot be interpreted as an integer", kr_type_name(v));
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    kr_int_to_mpz(v, z);
    mpz_fdiv_r_2exp(z, z, 64);        /* two's complement modulo 2**64 */
    *out = (uint64_t)mpz_get_ui(z);
    mpz_clear(z);
    return 0;
}

Value kr_ctypes_from_u64(Thread *th, uint64_t u)
{
    if (u <= (uint64_t)INT64_MAX)
        return kr_int_from_i64(th, (int64_t)u);
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)u);
    Value r = kr_int_from_mpz(th, z);
    mpz_clear(z);
    return r;
}

static int size_arg(Thread *th, Value v, int64_t *out)
{
    return kr_libutil_as_ssize(th, v, out);
}

static void *addr_of(uint64_t a) { return (void *)(uintptr_t)a; }

/* ---- instances' memory --------------------------------------------------- */

/* alloc(obj, size): give obj a zeroed block of its own. */
KR_LIB_FUNC(n_alloc)
{
    CData *c;
    int64_t size;
    if (cdata_arg(th, args[0], &c) < 0 || size_arg(th, args[1], &size) < 0)
        return KR_VALUE_NULL;
    if (size < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "negative size");
        return KR_VALUE_NULL;
    }
    /* zeroed past the end, as CPython's 16-byte inline buffer: a c_char
     * or c_wchar read as a string through a pointer finds a terminator */
    size_t n = size < 16 ? 16 : (size_t)size + 8;
    unsigned char *p = kr_gc_alloc_atomic(n);
    if (!p) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    memset(p, 0, n);
    c->ptr = p;
    c->size = size;
    c->needsfree = true;
    return KR_NONE;
}

/* bind(obj, addr, size, base, index=0): obj's bytes are someone else's
 * (base's, at its field or item `index`, when base is not None). */
KR_LIB_FUNC(n_bind)
{
    CData *c;
    uint64_t a;
    int64_t size, index = 0;
    if (cdata_arg(th, args[0], &c) < 0 || kr_ctypes_u64(th, args[1], &a) < 0 ||
        size_arg(th, args[2], &size) < 0 ||
        (nargs > 4 && kr_libutil_as_ssize(th, args[4], &index) < 0))
        return KR_VALUE_NULL;
    c->index = index;
    c->ptr = addr_of(a);
    c->size = size;
    c->base = args[3] == KR_NONE ? KR_VALUE_NULL : args[3];
    c->needsfree = false;
    return KR_NONE;
}

/* resize(obj, size): a larger owned block holding the old bytes. */
KR_LIB_FUNC(n_resize)
{
    CData *c;
    int64_t size;
    if (cdata_arg(th, args[0], &c) < 0 || size_arg(th, args[1], &size) < 0)
        return KR_VALUE_NULL;
    if (!c->needsfree) {
        kr_err_set_string(th, &kr_exc_ValueError, "Memory cannot be resized because this object "
                                                  "doesn't own it");
        return KR_VALUE_NULL;
    }
    if (size <= c->size) {
        c->size = size;
        return KR_NONE;
    }
    unsigned char *p = kr_gc_alloc_atomic((size_t)size + 8);
    if (!p) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    memset(p, 0, (size_t)size + 8);
    memcpy(p, c->ptr, (size_t)c->size);
    c->ptr = p;
    c->size = size;
    return KR_NONE;
}

KR_LIB_FUNC(n_addr)
{
    CData *c;
    if (cdata_arg(th, args[0], &c) < 0)
        return KR_VALUE_NULL;
    return kr_ctypes_from_u64(th, (uint64_t)(uintptr_t)c->ptr);
}

KR_LIB_FUNC(n_index)
{
    CData *c;
    if (cdata_arg(th, args[0], &c) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, c->index);
}

KR_LIB_FUNC(n_size)
{
    CData *c;
    if (cdata_arg(th, args[0], &c) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(c->size);
}

/* set_objects(obj, value): _objects is read-only to programs. */
KR_LIB_FUNC(n_set_objects)
{
    CData *c;
    if (cdata_arg(th, args[0], &c) < 0)
        return KR_VALUE_NULL;
    c->objects = args[1] == KR_NONE ? KR_VALUE_NULL : args[1];
    return KR_NONE;
}

/* ---- peek and poke ------------------------------------------------------- */

static uint64_t bswap(uint64_t v, int size)
{
    switch (size) {
    case 2: return __builtin_bswap16((uint16_t)v);
    case 4: return __builtin_bswap32((uint32_t)v);
    case 8: return __builtin_bswap64(v);
    default: return v;
    }
}

static uint64_t load_bits(const unsigned char *p, int size)
{
    switch (size) {
    case 1: return *p;
    case 2: { uint16_t v; memcpy(&v, p, 2); return v; }
    case 4: { uint32_t v; memcpy(&v, p, 4); return v; }
    default: { uint64_t v; memcpy(&v, p, 8); return v; }
    }
}

static void store_bits(unsigned char *p, int size, uint64_t v)
{
    switch (size) {
    case 1: *p = (unsigned char)v; break;
    case 2: { uint16_t w = (uint16_t)v; memcpy(p, &w, 2); break; }
    case 4: { uint32_t w = (uint32_t)v; memcpy(p, &w, 4); break; }
    default: memcpy(p, &v, 8); break;
    }
}

static int int_size_arg(Thread *th, Value v, int *out)
{
    int64_t n;
    if (kr_libutil_as_ssize(th, v, &n) < 0)
        return -1;
    if (n != 1 && n != 2 && n != 4 && n != 8) {
        kr_err_set_string(th, &kr_exc_ValueError, "bad integer size");
        return -1;
    }
    *out = (int)n;
    return 0;
}

/* An unsigned size-byte value v as an int, signed if asked: bits
 * [lo, lo+nbits) only when nbits > 0 (a bit field). */
static Value int_result(Thread *th, uint64_t v, int size, bool is_signed, int lo, int nbits)
{
    int width = size * 8;
    if (nbits > 0) {
        v >>= lo;
        width = nbits;
    }
    if (width < 64)
        v &= ((uint64_t)1 << width) - 1;
    if (is_signed && width < 64 && (v >> (width - 1)) & 1)
        v |= ~(((uint64_t)1 << width) - 1);
    if (is_signed)
        return kr_int_from_i64(th, (int64_t)v);
    return kr_ctypes_from_u64(th, v);
}

/* peek_int(addr, size, signed, swap, lo=0, nbits=0) */
KR_LIB_FUNC(n_peek_int)
{
    uint64_t a;
    int size;
    int64_t lo = 0, nbits = 0;
    if (kr_ctypes_u64(th, args[0], &a) < 0 || int_size_arg(th, args[1], &size) < 0)
        return KR_VALUE_NULL;
    if (nargs > 5 && (kr_libutil_as_ssize(th, args[4], &lo) < 0 ||
                      kr_libutil_as_ssize(th, args[5], &nbits) < 0))
        return KR_VALUE_NULL;
    uint64_t v = load_bits(addr_of(a), size);
    if (kr_object_truth(th, args[3]) == 1)
        v = bswap(v, size);
    return int_result(th, v, size, kr_object_truth(th, args[2]) == 1, (int)lo, (int)nbits);
}

/* poke_int(addr, size, value, swap, lo=0, nbits=0): value modulo 2**64,
 * truncated to the size (or to the bit field, the other bits kept). */
KR_LIB_FUNC(n_poke_int)
{
    uint64_t a, v;
    int size;
    int64_t lo = 0, nbits = 0;
    if (kr_ctypes_u64(th, args[0], &a) < 0 || int_size_arg(th, args[1], &size) < 0 ||
        kr_ctypes_u64(th, args[2], &v) < 0)
        return KR_VALUE_NULL;
    if (nargs > 5 && (kr_libutil_as_ssize(th, args[4], &lo) < 0 ||
                      kr_libutil_as_ssize(th, args[5], &nbits) < 0))
        return KR_VALUE_NULL;
    bool swap = kr_object_truth(th, args[3]) == 1;
    unsigned char *p = addr_of(a);
    if (nbits > 0) {
        uint64_t old = load_bits(p, size);
        if (swap)
            old = bswap(old, size);
        uint64_t mask = (nbits >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << nbits) - 1)) << lo;
        v = (old & ~mask) | ((v << lo) & mask);
    }
    if (swap)
        v = bswap(v, size);
    store_bits(p, size, v);
    return KR_NONE;
}

/* peek_float(addr, size, swap): size 4 float, 8 double, 16 long double. */
KR_LIB_FUNC(n_peek_float)
{
    uint64_t a;
    int64_t size;
    if (kr_ctypes_u64(th, args[0], &a) < 0 || kr_libutil_as_ssize(th, args[1], &size) < 0)
        return KR_VALUE_NULL;
    bool swap = kr_object_truth(th, args[2]) == 1;
    unsigned char *p = addr_of(a);
    if (size == 4) {
        uint32_t w;
        memcpy(&w, p, 4);
        if (swap)
            w = __builtin_bswap32(w);
        float f;
        memcpy(&f, &w, 4);
        return kr_float_new(th, (double)f);
    }
    if (size == 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        if (swap)
            w = __builtin_bswap64(w);
        double d;
        memcpy(&d, &w, 8);
        return kr_float_new(th, d);
    }
    long double ld;
    memcpy(&ld, p, sizeof ld);
    return kr_float_new(th, (double)ld);
}

KR_LIB_FUNC(n_poke_float)
{
    uint64_t a;
    int64_t size;
    double d;
    if (kr_ctypes_u64(th, args[0], &a) < 0 || kr_libutil_as_ssize(th, args[1], &size) < 0 ||
        kr_float_as_double(th, args[2], &d) < 0)
        return KR_VALUE_NULL;
    bool swap = kr_object_truth(th, args[3]) == 1;
    unsigned char *p = addr_of(a);
    if (size == 4) {
        float f = (float)d;
        uint32_t w;
        memcpy(&w, &f, 4);
        if (swap)
            w = __builtin_bswap32(w);
        memcpy(p, &w, 4);
    } else if (size == 8) {
        uint64_t w;
        memcpy(&w, &d, 8);
        if (swap)
            w = __builtin_bswap64(w);
        memcpy(p, &w, 8);
    } else {
        long double ld = d;
        memcpy(p, &ld, sizeof ld);
    }
    return KR_NONE;
}

/* peek_obj(addr): the object whose Value is stored there (py_object); the
 * owner's _objects keeps it alive.  NULL bits raise ValueError. */
KR_LIB_FUNC(n_peek_obj)
{
    uint64_t a;
    if (kr_ctypes_u64(th, args[0], &a) < 0)
        return KR_VALUE_NULL;
    Value v;
    memcpy(&v, addr_of(a), sizeof v);
    if (!v) {
        kr_err_set_string(th, &kr_exc_ValueError, "PyObject is NULL");
        return KR_VALUE_NULL;
    }
    return v;
}

KR_LIB_FUNC(n_poke_obj)
{
    uint64_t a;
    if (kr_ctypes_u64(th, args[0], &a) < 0)
        return KR_VALUE_NULL;
    Value v = args[1];
    memcpy(addr_of(a), &v, sizeof v);
    return KR_NONE;
}

/* ---- bytes at addresses ---------------------------------------------------- */

/* read(addr, n): n bytes as bytes; n < 0: up to the first zero byte. */
KR_LIB_FUNC(n_read)
{
    uint64_t a;
    int64_t n;
    if (kr_ctypes_u64(th, args[0], &a) < 0 || kr_libutil_as_ssize(th, args[1], &n) < 0)
        return KR_VALUE_NULL;
    const char *p = addr_of(a);
    if (n < 0)
        n = (int64_t)strlen(p);
    Bytes *b = kr_bytes_new(th, p, n);
    return b ? kr_from_obj(b) : KR_VALUE_NULL;
}

/* wread(addr, n): n wchar_t as str; n < 0: up to the first zero one. */
KR_LIB_FUNC(n_wread)
{
    uint64_t a;
    int64_t n;
    if (kr_ctypes_u64(th, args[0], &a) < 0 || kr_libutil_as_ssize(th, args[1], &n) < 0)
        return KR_VALUE_NULL;
    const wchar_t *p = addr_of(a);
    if (n < 0)
        n = (int64_t)wcslen(p);
    for (int64_t i = 0; i < n; i++)
        if ((uint32_t)p[i] > 0x10FFFF) {
            char msg[80];
            snprintf(msg, sizeof msg, "character U+%x is not in range [U+0000; U+10ffff]",
                     (unsigned)p[i]);
            kr_err_set_string(th, &kr_exc_ValueError, msg);
            return KR_VALUE_NULL;
        }
    Str *s = kr_str_from_ucs4(th, (const uint32_t *)p, (size_t)n);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* write(addr, data): copy a bytes-like object's bytes to addr. */
KR_LIB_FUNC(n_write)
{
    uint64_t a;
    if (kr_ctypes_u64(th, args[0], &a) < 0)
        return KR_VALUE_NULL;
    Buffer view;
    if (kr_buffer_get(th, args[1], &view, KR_BUF_SIMPLE) < 0)
        return KR_VALUE_NULL;
    memmove(addr_of(a), view.buf, (size_t)view.len);
    kr_buffer_release(&view);
    return KR_NONE;
}

KR_LIB_FUNC(n_memmove)
{
    uint64_t d, s;
    int64_t n;
    if (kr_ctypes_u64(th, args[0], &d) < 0 || kr_ctypes_u64(th, args[1], &s) < 0 ||
        kr_libutil_as_ssize(th, args[2], &n) < 0)
        return KR_VALUE_NULL;
    memmove(addr_of(d), addr_of(s), (size_t)n);
    return KR_NONE;
}

KR_LIB_FUNC(n_memset)
{
    uint64_t d, c;
    int64_t n;
    if (kr_ctypes_u64(th, args[0], &d) < 0 || kr_ctypes_u64(th, args[1], &c) < 0 ||
        kr_libutil_as_ssize(th, args[2], &n) < 0)
        return KR_VALUE_NULL;
    memset(addr_of(d), (int)(c & 0xff), (size_t)n);
    return KR_NONE;
}

/* buffer(obj, writable): (address, length) of obj's bytes.  The caller
 * keeps obj in _objects; the export is not counted (a bytearray can still
 * be resized under a from_buffer instance: docs/differences.md). */
KR_LIB_FUNC(n_buffer)
{
    int writable = kr_object_truth(th, args[1]);
    Buffer view;
    if (writable < 0 ||
        kr_buffer_get(th, args[0], &view, writable ? KR_BUF_WRITABLE : KR_BUF_SIMPLE) < 0)
        return KR_VALUE_NULL;
    bool contig = kr_buffer_is_c_contig(&view);
    uint64_t a = (uint64_t)(uintptr_t)view.buf;
    int64_t len = view.len;
    kr_buffer_release(&view);
    if (!contig) {
        kr_err_set_string(th, &kr_exc_TypeError, "underlying buffer is not C contiguous");
        return KR_VALUE_NULL;
    }
    Tuple *t = kr_tuple_new(th, 2);
    if (!t)
        return KR_VALUE_NULL;
    t->items[0] = kr_ctypes_from_u64(th, a);
    t->items[1] = kr_from_smallint(len);
    return t->items[0] ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* data_addr(b): where a bytes object's zero-terminated data is (c_char_p
 * points into it; the caller keeps b alive). */
KR_LIB_FUNC(n_data_addr)
{
    if (!kr_bytes_check(args[0])) {
        kr_err_type_error(th, "bytes expected");
        return KR_VALUE_NULL;
    }
    return kr_ctypes_from_u64(th, (uint64_t)(uintptr_t)kr_as_bytes(args[0])->data);
}

/* ---- the dynamic linker ------------------------------------------------------ */

/* CPython's _ctypes_test library (lib/_ctypes_test.py names it) is an
 * extension module: loading it binds its reference to None's storage,
 * though the functions test_ctypes calls never touch it.  A stand-in of
 * the same name, exported by the executable (Makefile), lets it load;
 * its Python-API functions stay unbound (RTLD_LAZY, below). */
__attribute__((visibility("default"))) char _Py_NoneStruct[64];

/* Extension modules leave the interpreter's functions undefined; they
 * load lazily (CPython would refuse them; only _ctypes_test is named). */
static bool is_extension_module(const char *name)
{
    return name && strstr(name, ".cpython-311-") != NULL;
}

/* dlopen(name or None, mode) -> handle */
KR_LIB_FUNC(n_dlopen)
{
    const char *name = NULL;
    int64_t mode;
    if (args[0] != KR_NONE) {
        if (!kr_is_str(args[0])) {
            kr_err_type_error(th, "dlopen() argument 1 must be str or None, not %s",
                              kr_type_name(args[0]));
            return KR_VALUE_NULL;
        }
        size_t len;
        name = kr_str_utf8(th, kr_as_str(args[0]), &len);
        if (!name)
            return KR_VALUE_NULL;
    }
    if (kr_libutil_as_ssize(th, args[1], &mode) < 0)
        return KR_VALUE_NULL;
    void *h = dlopen(name, (int)mode | (is_extension_module(name) ? RTLD_LAZY : RTLD_NOW));
    if (!h) {
        const char *e = dlerror();
        kr_err_set_string(th, &kr_exc_OSError, e ? e : "dlopen() error");
        return KR_VALUE_NULL;
    }
    return kr_ctypes_from_u64(th, (uint64_t)(uintptr_t)h);
}

/* dlsym(handle, name) -> address; AttributeError with dlerror's text. */
KR_LIB_FUNC(n_dlsym)
{
    uint64_t h;
    if (kr_ctypes_u64(th, args[0], &h) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_str(args[1])) {
        kr_err_type_error(th, "symbol name must be str");
        return KR_VALUE_NULL;
    }
    size_t len;
    const char *name = kr_str_utf8(th, kr_as_str(args[1]), &len);
    if (!name)
        return KR_VALUE_NULL;
    dlerror();
    void *p = dlsym(addr_of(h), name);
    if (!p) {
        const char *e = dlerror();
        kr_err_set_string(th, &kr_exc_AttributeError, e ? e : "symbol not found");
        return KR_VALUE_NULL;
    }
    return kr_ctypes_from_u64(th, (uint64_t)(uintptr_t)p);
}

KR_LIB_FUNC(n_dlclose)
{
    uint64_t h;
    if (kr_ctypes_u64(th, args[0], &h) < 0)
        return KR_VALUE_NULL;
    if (dlclose(addr_of(h))) {
        const char *e = dlerror();
        kr_err_set_string(th, &kr_exc_OSError, e ? e : "dlclose() error");
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

static const MethodDef ctypes_functions[] = {
    {"alloc", n_alloc, "(obj, size, /)", NULL, 0},
    {"bind", n_bind, "(obj, addr, size, base, index=0, /)", NULL, 0},
    {"resize", n_resize, "(obj, size, /)", NULL, 0},
    {"addr", n_addr, "(obj, /)", NULL, 0},
    {"index", n_index, "(obj, /)", NULL, 0},
    {"size", n_size, "(obj, /)", NULL, 0},
    {"set_objects", n_set_objects, "(obj, value, /)", NULL, 0},
    {"peek_int", n_peek_int, "(addr, size, signed, swap, lo=0, nbits=0, /)", NULL, 0},
    {"poke_int", n_poke_int, "(addr, size, value, swap, lo=0, nbits=0, /)", NULL, 0},
    {"peek_float", n_peek_float, "(addr, size, swap, /)", NULL, 0},
    {"poke_float", n_poke_float, "(addr, size, value, swap, /)", NULL, 0},
    {"peek_obj", n_peek_obj, "(addr, /)", NULL, 0},
    {"poke_obj", n_poke_obj, "(addr, value, /)", NULL, 0},
    {"read", n_read, "(addr, n, /)", NULL, 0},
    {"wread", n_wread, "(addr, n, /)", NULL, 0},
    {"write", n_write, "(addr, data, /)", NULL, 0},
    {"memmove", n_memmove, "(dst, src, n, /)", NULL, 0},
    {"memset", n_memset, "(dst, c, n, /)", NULL, 0},
    {"buffer", n_buffer, "(obj, writable, /)", NULL, 0},
    {"data_addr", n_data_addr, "(b, /)", NULL, 0},
    {"dlopen", n_dlopen, "(name, mode, /)", NULL, 0},
    {"dlsym", n_dlsym, "(handle, name, /)", NULL, 0},
    {"dlclose", n_dlclose, "(handle, /)", NULL, 0},
    {0},
};

static int add_int(Thread *th, Module *m, const char *name, int64_t v)
{
    Value i = kr_int_from_i64(th, v);
    return i ? kr_libutil_add_value(th, m, name, i) : -1;
}

static int add_addr(Thread *th, Module *m, const char *name, void *p)
{
    Value i = kr_ctypes_from_u64(th, (uint64_t)(uintptr_t)p);
    return i ? kr_libutil_add_value(th, m, name, i) : -1;
}

int kr_mod__ctypes_native_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_ctypes_native", ctypes_functions);
    if (!m || kr_libutil_add_type(th, m, &kr_ctypes_cdata_type) < 0 ||
        add_int(th, m, "RTLD_LOCAL", RTLD_LOCAL) < 0 ||
        add_int(th, m, "RTLD_GLOBAL", RTLD_GLOBAL) < 0 ||
        add_int(th, m, "SIZEOF_TIME_T", sizeof(time_t)) < 0 ||
        add_int(th, m, "SIZEOF_LONG_DOUBLE", sizeof(long double)) < 0 ||
        add_int(th, m, "ALIGNOF_LONG_DOUBLE", _Alignof(long double)) < 0 ||
        add_addr(th, m, "memmove_addr", (void *)memmove) < 0 ||
        add_addr(th, m, "memset_addr", (void *)memset) < 0)
        return -1;
    return kr_ctypes_ffi_init(th, m);
}
