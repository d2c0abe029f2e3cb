/*
 * _ctypes_ffi.c -- calls into C and callbacks out of it, on libffi.
 *
 * Loading.  libffi.so.8 is opened with dlopen when _ctypes_native is
 * first imported (as pyexpat opens libexpat), so start-up is unchanged;
 * the ffi_type descriptions of the scalar types are our own constants
 * (ffi_type is a plain struct), only functions come from the library.
 *
 * Type descriptors.  lib/_ctypes.py names an argument or result type by
 * a one-letter code ('i', 'd', 'P', ... see scalar_type) or by an FfiType
 * object describing a structure passed by value (ffitype(elements, size,
 * align)).  call() and closure() take tuples of them.
 *
 * Collector contract.  An ffi_cif and its argument-type array live in
 * collector memory (scanned), kept by the Closure or by the C stack for
 * the length of a call; a Closure holds the Python callable in a scanned
 * field.  The ffi_closure itself (libffi's executable memory, unscanned)
 * points back at its Closure only as user data: the CFuncPtr instance
 * that owns the Closure keeps it alive, as in CPython, and a finalizer
 * frees the ffi_closure once the Closure is unreachable.
 */
#include <dlfcn.h>
#include <errno.h>
#include <ffi.h>
#include <pthread.h>
#include <string.h>

#include "modules/_ctypes.h"
#include "modules/gcmodule.h"
#include "modules/libutil.h"

#include "gc/gc.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"
#include "vm/thread.h"

#define KR_FFI_FUNCS(X) \
    X(ffi_prep_cif) \
    X(ffi_call) \
    X(ffi_closure_alloc) \
    X(ffi_closure_free) \
    X(ffi_prep_closure_loc)

typedef struct FfiApi {
#define KR_FFI_SLOT(f) __typeof__(f) *f;
    KR_FFI_FUNCS(KR_FFI_SLOT)
#undef KR_FFI_SLOT
} FfiApi;

static FfiApi FFI;
static const char *ffi_error;           /* why loading failed, or NULL */
static pthread_once_t ffi_once = PTHREAD_ONCE_INIT;

static void load_ffi(void)
{
    void *lib = dlopen("libffi.so.8", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        ffi_error = dlerror();
        return;
    }
#define KR_FFI_LOAD(f) \
    if (!(*(void **)&FFI.f = dlsym(lib, #f))) { \
        ffi_error = "libffi.so.8 lacks " #f; \
        return; \
    }
    KR_FFI_FUNCS(KR_FFI_LOAD)
#undef KR_FFI_LOAD
}

/* The private errno of each thread, swapped with the real one around a
 * call of a function made with use_errno=True (CPython keeps it in the
 * thread state; a C thread-local is the per-thread home here). */
static _Thread_local int ctypes_errno;

enum { FUNCFLAG_USE_ERRNO = 0x8 };

/* ---- type descriptors ------------------------------------------------------- */

#define KR_SCALAR(name, sz, al, kind) \
    static ffi_type name = {sz, al, kind, NULL};
KR_SCALAR(t_void, 1, 1, FFI_TYPE_VOID)
KR_SCALAR(t_u8, 1, 1, FFI_TYPE_UINT8)
KR_SCALAR(t_s8, 1, 1, FFI_TYPE_SINT8)
KR_SCALAR(t_u16, 2, 2, FFI_TYPE_UINT16)
KR_SCALAR(t_s16, 2, 2, FFI_TYPE_SINT16)
KR_SCALAR(t_u32, 4, 4, FFI_TYPE_UINT32)
KR_SCALAR(t_s32, 4, 4, FFI_TYPE_SINT32)
KR_SCALAR(t_u64, 8, 8, FFI_TYPE_UINT64)
KR_SCALAR(t_s64, 8, 8, FFI_TYPE_SINT64)
KR_SCALAR(t_float, 4, 4, FFI_TYPE_FLOAT)
KR_SCALAR(t_double, 8, 8, FFI_TYPE_DOUBLE)
KR_SCALAR(t_ldouble, sizeof(long double), _Alignof(long double), FFI_TYPE_LONGDOUBLE)
KR_SCALAR(t_pointer, 8, 8, FFI_TYPE_POINTER)
#undef KR_SCALAR

/* The codes are the struct module's, plus z Z P O (pointers) and v. */
static ffi_type *scalar_type(char code)
{
    switch (code) {
    case 'b': return &t_s8;
    case 'B': case '?': case 'c': return &t_u8;
    case 'h': return &t_s16;
    case 'H': return &t_u16;
    case 'i': return &t_s32;
    case 'I': case 'u': return &t_u32;
    case 'l': case 'q': return &t_s64;
    case 'L': case 'Q': return &t_u64;
    case 'f': return &t_float;
    case 'd': return &t_double;
    case 'g': return &t_ldouble;
    case 'z': case 'Z': case 'P': case 'O': return &t_pointer;
    case 'v': return &t_void;
    default: return NULL;
    }
}

/* A structure type for libffi: its element list is collector memory
 * pointing into other descriptors, which `keep` holds. */
typedef struct FfiType {
    Obj hdr;
    ffi_type t;
    Value keep;             /* the tuple of element descriptors */
} FfiType;

static Type ffitype_type = {
    .hdr = {&kr_type_type}, .name = "_ctypes_native.FfiType", .size = sizeof(FfiType),
};

static int descr(Thread *th, Value d, ffi_type **out)
{
    if (kr_isinstance_type(d, &ffitype_type)) {
        *out = &((FfiType *)kr_as_obj(d))->t;
        return 0;
    }
    if (d == KR_NONE) {
        *out = &t_void;
        return 0;
    }
    size_t len;
    const char *s = kr_is_str(d) ? kr_str_utf8(th, kr_as_str(d), &len) : NULL;
    if (s && len == 1 && (*out = scalar_type(s[0])))
        return 0;
    if (!th->exc)
        kr_err_format(th, &kr_exc_TypeError, "bad ffi type descriptor %R", d);
    return -1;
}

/* A tuple's descriptors as an ffi_type* array (collector memory). */
static ffi_type **descr_array(Thread *th, Value tup, int64_t *n)
{
    if (!kr_isinstance_type(tup, &kr_tuple_type)) {
        kr_err_type_error(th, "a tuple of type descriptors is required");
        return NULL;
    }
    Tuple *t = (Tuple *)kr_as_obj(tup);
    ffi_type **a = kr_gc_alloc((size_t)(t->size + 1) * sizeof *a);
    if (!a) {
        kr_err_no_memory(th);
        return NULL;
    }
    for (int64_t i = 0; i < t->size; i++)
        if (descr(th, t->items[i], &a[i]) < 0)
            return NULL;
    a[t->size] = NULL;
    *n = t->size;
    return a;
}

/* ffitype(elements, size, align): a structure passed by value. */
KR_LIB_FUNC(n_ffitype)
{
    int64_t n, size, align;
    ffi_type **elems = descr_array(th, args[0], &n);
    if (!elems || kr_libutil_as_ssize(th, args[1], &size) < 0 ||
        kr_libutil_as_ssize(th, args[2], &align) < 0)
        return KR_VALUE_NULL;
    FfiType *f = kr_libutil_alloc(th, &ffitype_type);
    if (!f)
        return KR_VALUE_NULL;
    /* libffi recomputes size and alignment from the elements on prep */
    f->t = (ffi_type){(size_t)size, (unsigned short)align, FFI_TYPE_STRUCT, elems};
    f->keep = args[0];
    return kr_from_obj(f);
}

/* ---- calling C ---------------------------------------------------------------- */

static int prep(Thread *th, ffi_cif *cif, ffi_type *rt, ffi_type **at, int64_t n)
{
    ffi_status st = FFI.ffi_prep_cif(cif, FFI_DEFAULT_ABI, (unsigned)n, rt, at);
    if (st == FFI_OK)
        return 0;
    kr_err_set_string(th, &kr_exc_RuntimeError, st == FFI_BAD_TYPEDEF ? "ffi_prep_cif failed: "
                      "bad typedef" : "ffi_prep_cif failed");
    return -1;
}

/* call(fn, atypes, rtype, avalues, result, flags): call the C function
 * at address fn with the arguments whose bytes are at the addresses
 * avalues; the result's bytes are copied into the ctypes instance result
 * (None: no result), never more than it holds (libffi's idea of a packed
 * structure's size is larger). */
KR_LIB_FUNC(n_call)
{
    uint64_t fn;
    int64_t n, flags;
    ffi_type *rt;
    ffi_type **at = descr_array(th, args[1], &n);
    if (!at || kr_ctypes_u64(th, args[0], &fn) < 0 || descr(th, args[2], &rt) < 0 ||
        kr_libutil_as_ssize(th, args[5], &flags) < 0)
        return KR_VALUE_NULL;
    CData *res = NULL;
    if (args[4] != KR_NONE) {
        if (!kr_isinstance_type(args[4], &kr_ctypes_cdata_type)) {
            kr_err_type_error(th, "expected CData instance");
            return KR_VALUE_NULL;
        }
        res = (CData *)kr_as_obj(args[4]);
    }
    Tuple *vals = kr_isinstance_type(args[3], &kr_tuple_type) ? (Tuple *)kr_as_obj(args[3]) : NULL;
    if (!vals || vals->size != n) {
        kr_err_type_error(th, "argument addresses do not match the types");
        return KR_VALUE_NULL;
    }
    void **av = kr_gc_alloc((size_t)(n + 1) * sizeof *av);
    ffi_cif *cif = kr_gc_alloc(sizeof *cif);
    if (!av || !cif) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    for (int64_t i = 0; i < n; i++) {
        uint64_t a;
        if (kr_ctypes_u64(th, vals->items[i], &a) < 0)
            return KR_VALUE_NULL;
        av[i] = (void *)(uintptr_t)a;
    }
    if (prep(th, cif, rt, at, n) < 0)
        return KR_VALUE_NULL;
    /* the result area holds at least a register (small ints are widened) */
    size_t rsize = rt->size > 16 ? rt->size : 16;
    void *rbuf = kr_gc_alloc_atomic(rsize);
    if (!rbuf) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    memset(rbuf, 0, rsize);
    bool use_errno = flags & FUNCFLAG_USE_ERRNO;
    if (use_errno) {
        int t = errno;
        errno = ctypes_errno;
        ctypes_errno = t;
    }
    FFI.ffi_call(cif, (void (*)(void))(uintptr_t)fn, rbuf, av);
    if (use_errno) {
        int t = errno;
        errno = ctypes_errno;
        ctypes_errno = t;
    }
    if (res && rt != &t_void)
        memcpy(res->ptr, rbuf, rt->size < (size_t)res->size ? rt->size : (size_t)res->size);
    return KR_NONE;
}

/* ---- callbacks ---------------------------------------------------------------- */

typedef struct Closure {
    Obj hdr;
    ffi_cif cif;
    ffi_type **atypes;       /* collector memory */
    Value fn;                /* argument addresses -> tuple of arguments */
    Value store;             /* store(result, address), or None for void */
    Value where;             /* the Python callable, called with the arguments */
    Value keep;              /* the descriptors */
    ffi_closure *clo;        /* libffi's; freed by the finalizer */
    void *code;              /* the address C code calls */
} Closure;

static Value closure_addr(Thread *th, Value self)
{
    return kr_ctypes_from_u64(th, (uint64_t)(uintptr_t)((Closure *)kr_as_obj(self))->code);
}

static const MemberDef closure_members[] = {
    {"addr", 0, closure_addr, NULL, "the code address", KR_MEMBER_READONLY},
    {0},
};

static Type closure_type = {
    .hdr = {&kr_type_type}, .name = "_ctypes_native.Closure", .size = sizeof(Closure),
    .members = closure_members,
};

/* A small integer result widened to a whole register, as C callers of
 * functions returning char or short may assume. */
static void widen_result(ffi_type *rt, void *ret)
{
    unsigned char *p = ret;
    ffi_arg v;
    switch (rt->type) {
    case FFI_TYPE_SINT8: v = (ffi_arg)(int64_t)*(int8_t *)p; break;
    case FFI_TYPE_UINT8: v = *(uint8_t *)p; break;
    case FFI_TYPE_SINT16: { int16_t x; memcpy(&x, p, 2); v = (ffi_arg)(int64_t)x; break; }
    case FFI_TYPE_UINT16: { uint16_t x; memcpy(&x, p, 2); v = x; break; }
    case FFI_TYPE_SINT32: { int32_t x; memcpy(&x, p, 4); v = (ffi_arg)(int64_t)x; break; }
    case FFI_TYPE_UINT32: { uint32_t x; memcpy(&x, p, 4); v = x; break; }
    default: return;
    }
    memcpy(p, &v, sizeof v);
}

static void closure_entry(ffi_cif *cif, void *ret, void **argv, void *user)
{
    Closure *c = user;
    if (cif->rtype->size)
        memset(ret, 0, cif->rtype->size > sizeof(ffi_arg) ? cif->rtype->size : sizeof(ffi_arg));
    Thread *th = kr_thread_current();
    if (!th)
        return;             /* a thread krait did not start: nothing can run */
    const char *what = "Exception ignored on calling ctypes callback function";
    Tuple *a = kr_tuple_new(th, (int64_t)cif->nargs);
    if (!a)
        goto fail;
    for (unsigned i = 0; i < cif->nargs; i++)
        if (!(a->items[i] = kr_ctypes_from_u64(th, (uint64_t)(uintptr_t)argv[i])))
            goto fail;
    Value conv = kr_object_call(th, c->fn, a->items, (size_t)a->size, NULL);
    if (!conv)
        goto fail;
    if (!kr_isinstance_type(conv, &kr_tuple_type)) {
        kr_err_type_error(th, "callback arguments must be a tuple");
        goto fail;
    }
    Tuple *ct = (Tuple *)kr_as_obj(conv);
    Value r = kr_object_call(th, c->where, ct->items, (size_t)ct->size, NULL);
    if (!r)
        goto fail;
    if (c->store != KR_NONE) {
        what = "Exception ignored on converting result of ctypes callback function";
        Value sargs[2] = {r, kr_ctypes_from_u64(th, (uint64_t)(uintptr_t)ret)};
        if (!sargs[1] || !kr_object_call(th, c->store, sargs, 2, NULL))
            goto fail;
    }
    widen_result(cif->rtype, ret);
    return;
fail:;
    Value exc = kr_err_fetch(th);
    kr_mod_gc_write_unraisable_msg(th, exc, what, c->where);
}

static void closure_free(void *obj, void *data, void *ctx)
{
    (void)obj, (void)ctx;
    FFI.ffi_closure_free(data);
}

/* closure(conv, atypes, rtype, func, store): C code at .addr that calls
 * func(*conv(*argument_addresses)) and store(result, result_address);
 * func is called from here so a traceback starts at its frame. */
KR_LIB_FUNC(n_closure)
{
    int64_t n;
    ffi_type *rt;
    ffi_type **at = descr_array(th, args[1], &n);
    if (!at || descr(th, args[2], &rt) < 0)
        return KR_VALUE_NULL;
    Closure *c = kr_libutil_alloc(th, &closure_type);
    if (!c || prep(th, &c->cif, rt, at, n) < 0)
        return KR_VALUE_NULL;
    c->atypes = at;
    c->fn = args[0];
    c->where = args[3];
    c->store = args[4];
    c->keep = args[1];
    c->clo = FFI.ffi_closure_alloc(sizeof(ffi_closure), &c->code);
    if (!c->clo) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    kr_gc_add_finalizer(c, closure_free, c->clo);
    if (FFI.ffi_prep_closure_loc(c->clo, &c->cif, closure_entry, c, c->code) != FFI_OK) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "ffi_prep_closure failed");
        return KR_VALUE_NULL;
    }
    return kr_from_obj(c);
}

/* ---- errno -------------------------------------------------------------------- */

KR_LIB_FUNC(n_get_errno)
{
    return kr_from_smallint(ctypes_errno);
}

KR_LIB_FUNC(n_set_errno)
{
    int v;
    if (kr_libutil_as_int(th, args[0], false, &v) < 0)
        return KR_VALUE_NULL;
    int old = ctypes_errno;
    ctypes_errno = v;
    return kr_from_smallint(old);
}

static const MethodDef ffi_functions[] = {
    {"ffitype", n_ffitype, "(elements, size, align, /)", NULL, 0},
    {"call", n_call, "(fn, atypes, rtype, avalues, result, flags, /)", NULL, 0},
    {"closure", n_closure, "(fn, atypes, rtype, where, store, /)", NULL, 0},
    {"get_errno", n_get_errno, "($module, /)", NULL, 0},
    {"set_errno", n_set_errno, "($module, value, /)", NULL, 0},
    {0},
};

int kr_ctypes_ffi_init(Thread *th, Module *m)
{
    pthread_once(&ffi_once, load_ffi);
    if (ffi_error) {
        kr_err_format(th, &kr_exc_ImportError, "_ctypes: %s", ffi_error);
        return -1;
    }
    if (kr_type_ready(th, &ffitype_type) < 0 || kr_type_ready(th, &closure_type) < 0)
        return -1;
    return kr_module_add_functions(th, m, ffi_functions);
}
