/*
 * _pickle.c -- the _pickle accelerator under pickle.py: Pickler, dump,
 * dumps, the exceptions and PickleBuffer, with CPython 3.11's output byte
 * for byte and its error messages (Modules/_pickle.c is the reference).
 * The Unpickler, load and loads are in _pickle_load.c.
 *
 * OUTPUT.  A Pickler writes into one growable atomic byte block (pickles
 * hold no references), flushed to file.write at the end of dump() --
 * or earlier, frame by frame, for protocol 4+ once a frame reaches 64 KiB,
 * and around a large bytes payload, which goes to the file directly
 * (CPython's _Pickler_write_bytes), so big pickles need not fit in memory
 * twice.  A frame is opened lazily by the first write after the previous
 * one was committed: nine bytes are reserved for its FRAME header, filled
 * in when it is committed, or squeezed out when the frame is tiny.
 *
 * THE MEMO maps objects (by identity) to their memo index.  It is an open
 * addressing table in collector-scanned memory: the keys are the objects
 * themselves, which keeps them alive as CPython's memo keeps a reference
 * (an id() could otherwise be reused while the pickler runs).
 *
 * DISPATCH.  save() tests exact types first -- None, bool, int, float,
 * then the memo, then str, bytes, dict, set, frozenset, list, tuple,
 * bytearray, PickleBuffer -- and only then runs the general protocol:
 * reducer_override, classes and functions as globals, the dispatch table,
 * __reduce_ex__(proto).  The order is CPython's and is observable (a
 * reducer_override never sees an int), so it is kept exactly.
 */
#include <stdio.h>
#include <string.h>

#include "modules/_pickle.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

enum {
    BATCHSIZE = 1000,          /* items per APPENDS / SETITEMS / ADDITEMS */
    FAST_NESTING_LIMIT = 50,   /* fast mode checks for cycles past this depth */
    FRAME_SIZE_MIN = 4,        /* smaller frames are not worth a header */
    FRAME_SIZE_TARGET = 64 * 1024,
    FRAME_HEADER_SIZE = 9,
    PICKLE_MAX_DEPTH = 5000,   /* C stack guard under sys.getrecursionlimit() */
};

/* ---- the exceptions ------------------------------------------------------- */

Type kr_pickle_error_type = {
    .hdr = {&kr_type_type}, .name = "_pickle.PickleError", .base = &kr_exc_Exception,
    .size = sizeof(Exc), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};
Type kr_pickle_picklingerror_type = {
    .hdr = {&kr_type_type}, .name = "_pickle.PicklingError", .base = &kr_pickle_error_type,
    .size = sizeof(Exc), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};
Type kr_pickle_unpicklingerror_type = {
    .hdr = {&kr_type_type}, .name = "_pickle.UnpicklingError", .base = &kr_pickle_error_type,
    .size = sizeof(Exc), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};
#define PicklingError (&kr_pickle_picklingerror_type)

/* ---- helpers shared with the unpickler ----------------------------------- */

Value kr_mod__pickle_module_attr(Thread *th, const char *module, const char *attr)
{
    Str *m = kr_str_intern_cstr(th, module);
    Value mod = m ? kr_vm_import(th, m, true) : KR_VALUE_NULL;
    Str *a = mod ? kr_str_intern_cstr(th, attr) : NULL;
    return a ? kr_object_getattr(th, mod, a) : KR_VALUE_NULL;
}

int kr_mod__pickle_lookup_attr(Thread *th, Value obj, const char *name, Value *out)
{
    Str *n = kr_str_intern_cstr(th, name);
    *out = n ? kr_object_getattr(th, obj, n) : KR_VALUE_NULL;
    if (*out)
        return 0;
    if (n && kr_err_matches(th, &kr_exc_AttributeError)) {
        kr_err_clear(th);
        return 0;
    }
    return -1;
}

static bool str_is(Value v, const char *s)
{
    if (!kr_str_check(v))
        return false;
    Str *str = kr_as_str(v);
    size_t n = strlen(s);
    return str->kind == 1 && (size_t)str->len == n && !memcmp(str->data, s, n);
}

Value kr_mod__pickle_dotted_path(Thread *th, Value obj, Str *name)
{
    List *parts = kr_list_new(th, 0);
    if (!parts)
        return KR_VALUE_NULL;
    int64_t start = 0;
    for (int64_t i = 0; i <= name->len; i++) {
        if (i < name->len && kr_str_char(name, i) != '.')
            continue;
        Str *part = kr_str_substr(th, name, start, i);
        if (!part || kr_list_append(th, parts, kr_from_obj(part)) < 0)
            return KR_VALUE_NULL;
        start = i + 1;
        if (str_is(kr_from_obj(part), "<locals>")) {
            if (!obj)
                kr_err_format(th, &kr_exc_AttributeError, "Can't pickle local object %R",
                              kr_from_obj(name));
            else
                kr_err_format(th, &kr_exc_AttributeError, "Can't get local attribute %R on %R",
                              kr_from_obj(name), obj);
            return KR_VALUE_NULL;
        }
    }
    return kr_from_obj(parts);
}

Value kr_mod__pickle_deep_attr(Thread *th, Value obj, Value path, Value *parent)
{
    List *names = kr_as_list(path);
    if (parent)
        *parent = KR_VALUE_NULL;
    for (int64_t i = 0; i < names->size; i++) {
        if (parent)
            *parent = obj;
        obj = kr_object_getattr(th, obj, kr_as_str(names->items[i]));
        if (!obj)
            return KR_VALUE_NULL;
    }
    return obj;
}

/* Py_EnterRecursiveCall(" while pickling an object"). */
static bool enter_nested(Thread *th)
{
    if (++th->c_recursion_depth > PICKLE_MAX_DEPTH ||
        ++th->recursion_depth > th->vm->recursion_limit) {
        th->c_recursion_depth--;
        th->recursion_depth--;
        kr_err_set_string(th, &kr_exc_RecursionError,
                          "maximum recursion depth exceeded while pickling an object");
        return false;
    }
    return true;
}

static void leave_nested(Thread *th)
{
    th->c_recursion_depth--;
    th->recursion_depth--;
}

/* ---- the memo --------------------------------------------------------------- */

typedef struct MemoEntry {
    Value key;                 /* KR_VALUE_NULL: empty */
    int64_t index;
} MemoEntry;

typedef struct Memo {
    MemoEntry *table;          /* scanned memory; mask + 1 entries */
    int64_t mask, used;
} Memo;

static uint64_t memo_hash(Value v)
{
    uint64_t h = (uint64_t)v;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    return h ^ (h >> 33);
}

/* The entry of key, or of the empty slot where it would go. */
static MemoEntry *memo_slot(const Memo *m, Value key)
{
    uint64_t i = memo_hash(key) & (uint64_t)m->mask;
    while (m->table[i].key && m->table[i].key != key)
        i = (i + 1) & (uint64_t)m->mask;
    return &m->table[i];
}

static int64_t memo_get_index(const Memo *m, Value key)
{
    if (!m->table)
        return -1;
    MemoEntry *e = memo_slot(m, key);
    return e->key ? e->index : -1;
}

static int memo_resize(Thread *th, Memo *m, int64_t cap)
{
    MemoEntry *old = m->table;
    int64_t old_cap = old ? m->mask + 1 : 0;
    m->table = kr_gc_alloc((size_t)cap * sizeof(MemoEntry));
    if (!m->table) {
        m->table = old;
        kr_err_no_memory(th);
        return -1;
    }
    m->mask = cap - 1;
    for (int64_t i = 0; i < old_cap; i++)
        if (old[i].key)
            *memo_slot(m, old[i].key) = old[i];
    return 0;
}

static int memo_set(Thread *th, Memo *m, Value key, int64_t index)
{
    if (!m->table || (m->used + 1) * 3 > (m->mask + 1) * 2)
        if (memo_resize(th, m, m->table ? (m->mask + 1) * 2 : 64) < 0)
            return -1;
    MemoEntry *e = memo_slot(m, key);
    if (!e->key)
        m->used++;
    e->key = key;
    e->index = index;
    return 0;
}

static void memo_clear(Memo *m)
{
    m->table = NULL;
    m->mask = m->used = 0;
}

/* ---- the Pickler object ------------------------------------------------------- */

typedef struct Pickler {
    Obj hdr;
    Memo memo;
    unsigned char *out;        /* atomic block of out_cap bytes */
    int64_t out_len, out_cap;
    int64_t frame_start;       /* offset of the open frame's header, or -1 */
    Value write;               /* file.write; NULL for dumps() */
    Value pers_func;           /* persistent_id, or NULL */
    Value dispatch_table;      /* or NULL: copyreg.dispatch_table */
    Value reducer_override;    /* looked up at each dump() */
    Value buffer_callback;
    Dict *fast_memo;
    int proto, fast_nesting;
    int64_t bin, fast;         /* the bin and fast attributes */
    bool fix_imports, framing, initialized;
} Pickler;

static Type pickler_type, memoproxy_type;

#define P(v) ((Pickler *)kr_as_obj(v))

static int out_reserve(Thread *th, Pickler *p, int64_t n)
{
    if (p->out_len + n <= p->out_cap)
        return 0;
    int64_t cap = p->out_cap ? p->out_cap : 4096;
    while (cap < p->out_len + n)
        cap *= 2;
    unsigned char *o = kr_gc_alloc_atomic((size_t)cap);
    if (!o) {
        kr_err_no_memory(th);
        return -1;
    }
    if (p->out_len)
        memcpy(o, p->out, (size_t)p->out_len);
    p->out = o;
    p->out_cap = cap;
    return 0;
}

/* _Pickler_Write: append n bytes, opening a frame first if framing. */
static int pwrite(Thread *th, Pickler *p, const void *s, int64_t n)
{
    bool new_frame = p->framing && p->frame_start == -1;
    if (out_reserve(th, p, n + (new_frame ? FRAME_HEADER_SIZE : 0)) < 0)
        return -1;
    if (new_frame) {
        p->frame_start = p->out_len;
        memset(p->out + p->out_len, 0xFE, FRAME_HEADER_SIZE);
        p->out_len += FRAME_HEADER_SIZE;
    }
    if (n)
        memcpy(p->out + p->out_len, s, (size_t)n);
    p->out_len += n;
    return 0;
}

static int pwrite_op(Thread *th, Pickler *p, int op)
{
    unsigned char c = (unsigned char)op;
    return pwrite(th, p, &c, 1);
}

static void put_le(unsigned char *d, uint64_t v, int n)
{
    for (int i = 0; i < n; i++)
        d[i] = (unsigned char)(v >> (8 * i));
}

static void commit_frame(Pickler *p)
{
    if (!p->framing || p->frame_start == -1)
        return;
    int64_t len = p->out_len - p->frame_start - FRAME_HEADER_SIZE;
    unsigned char *q = p->out + p->frame_start;
    if (len >= FRAME_SIZE_MIN) {
        q[0] = OP_FRAME;
        put_le(q + 1, (uint64_t)len, 8);
    } else {
        memmove(q, q + FRAME_HEADER_SIZE, (size_t)len);
        p->out_len -= FRAME_HEADER_SIZE;
    }
    p->frame_start = -1;
}

static void clear_buffer(Pickler *p)
{
    p->out_len = 0;
    p->frame_start = -1;
}

static Value output_bytes(Thread *th, Pickler *p)
{
    commit_frame(p);
    return kr_bytes_value(kr_bytes_new(th, p->out, p->out_len));
}

static int flush_to_file(Thread *th, Pickler *p)
{
    Value b = output_bytes(th, p);
    Value r = b ? kr_vm_call(th, p->write, &b, 1, NULL) : KR_VALUE_NULL;
    return r ? 0 : -1;
}

/* Between two opcodes: a frame that reached the target size is committed
 * and, when writing to a file, flushed. */
static int opcode_boundary(Thread *th, Pickler *p)
{
    if (!p->framing || p->frame_start == -1)
        return 0;
    if (p->out_len - p->frame_start - FRAME_HEADER_SIZE < FRAME_SIZE_TARGET)
        return 0;
    commit_frame(p);
    if (p->write) {
        if (flush_to_file(th, p) < 0)
            return -1;
        clear_buffer(p);
    }
    return 0;
}

/* A header and its payload; a large payload goes outside any frame and,
 * with a file, straight to it (payload, when not NULL, is the object that
 * holds data, written as is). */
static int write_bytes(Thread *th, Pickler *p, const unsigned char *header, int hlen,
                       const unsigned char *data, int64_t size, Value payload)
{
    bool bypass = size >= FRAME_SIZE_TARGET;
    bool framing = p->framing;
    if (bypass) {
        commit_frame(p);
        p->framing = false;
    }
    if (pwrite(th, p, header, hlen) < 0)
        return -1;
    if (bypass && p->write) {
        if (flush_to_file(th, p) < 0)
            return -1;
        if (!payload || !kr_is_bytes(payload))
            payload = kr_bytes_value(kr_bytes_new(th, data, size));
        if (!payload || !kr_vm_call(th, p->write, &payload, 1, NULL))
            return -1;
        clear_buffer(p);
    } else if (pwrite(th, p, data, size) < 0) {
        return -1;
    }
    p->framing = framing;
    return 0;
}

/* ---- the memo opcodes ----------------------------------------------------------- */

static int memo_put(Thread *th, Pickler *p, Value obj)
{
    if (p->fast)
        return 0;
    int64_t idx = p->memo.used;
    if (memo_set(th, &p->memo, obj, idx) < 0)
        return -1;
    unsigned char d[32];
    int n;
    if (p->proto >= 4) {
        d[0] = OP_MEMOIZE;
        n = 1;
    } else if (!p->bin) {
        n = snprintf((char *)d, sizeof d, "%c%lld\n", OP_PUT, (long long)idx);
    } else if (idx < 256) {
        d[0] = OP_BINPUT, d[1] = (unsigned char)idx;
        n = 2;
    } else if (idx <= 0xffffffffLL) {
        d[0] = OP_LONG_BINPUT;
        put_le(d + 1, (uint64_t)idx, 4);
        n = 5;
    } else {
        kr_err_set_string(th, PicklingError, "memo id too large for LONG_BINPUT");
        return -1;
    }
    return pwrite(th, p, d, n);
}

static int memo_get(Thread *th, Pickler *p, int64_t idx)
{
    unsigned char d[32];
    int n;
    if (!p->bin) {
        n = snprintf((char *)d, sizeof d, "%c%lld\n", OP_GET, (long long)idx);
    } else if (idx < 256) {
        d[0] = OP_BINGET, d[1] = (unsigned char)idx;
        n = 2;
    } else if (idx <= 0xffffffffLL) {
        d[0] = OP_LONG_BINGET;
        put_le(d + 1, (uint64_t)idx, 4);
        n = 5;
    } else {
        kr_err_set_string(th, PicklingError, "memo id too large for LONG_BINGET");
        return -1;
    }
    return pwrite(th, p, d, n);
}

/* If obj got into the memo while its parts were saved (a recursive
 * structure), drop what was pushed (the pop opcodes in pops) and fetch it
 * from the memo: 1.  0 if not recursive, -1 on error. */
static int refetch_if_memoized(Thread *th, Pickler *p, Value obj, const unsigned char *pops,
                               int64_t npops)
{
    int64_t idx = memo_get_index(&p->memo, obj);
    if (idx < 0)
        return 0;
    if (pwrite(th, p, pops, npops) < 0 || memo_get(th, p, idx) < 0)
        return -1;
    return 1;
}

/* ---- fast mode's cycle check ------------------------------------------------------ */

static bool fast_enter(Thread *th, Pickler *p, Value obj)
{
    if (++p->fast_nesting < FAST_NESTING_LIMIT)
        return true;
    if (!p->fast_memo && !(p->fast_memo = kr_dict_new(th)))
        return false;
    Value key = kr_from_smallint((int64_t)(obj >> 4));
    Value had = kr_dict_get(th, p->fast_memo, key);
    if (had) {
        char addr[32];
        snprintf(addr, sizeof addr, "%p", (void *)kr_as_obj(obj));
        kr_err_format(th, &kr_exc_ValueError,
                      "fast mode: can't pickle cyclic objects including object type %T at %s",
                      obj, addr);
        p->fast_nesting = -1;
        return false;
    }
    if (kr_err_occurred(th) || kr_dict_set(th, p->fast_memo, key, KR_NONE) < 0) {
        p->fast_nesting = -1;
        return false;
    }
    return true;
}

static bool fast_leave(Thread *th, Pickler *p, Value obj)
{
    if (p->fast_nesting-- >= FAST_NESTING_LIMIT) {
        Value key = kr_from_smallint((int64_t)(obj >> 4));
        if (p->fast_memo && kr_dict_del(th, p->fast_memo, key) < 0)
            return false;
    }
    return true;
}

/* ---- atoms ------------------------------------------------------------------------- */

static int save(Thread *th, Pickler *p, Value obj, bool pers_save);
static int save_reduce(Thread *th, Pickler *p, Tuple *args, Value obj);

static int save_none(Thread *th, Pickler *p) { return pwrite_op(th, p, OP_NONE); }

static int save_bool(Thread *th, Pickler *p, Value obj)
{
    bool t = obj == KR_TRUE;
    if (p->proto >= 2)
        return pwrite_op(th, p, t ? OP_NEWTRUE : OP_NEWFALSE);
    return pwrite(th, p, t ? "I01\n" : "I00\n", 4);
}

/* A big int as LONG1/LONG4: little-endian two's complement, shortest. */
static int save_long_binary(Thread *th, Pickler *p, Value obj)
{
    mpz_t z, u;
    mpz_init(z);
    kr_int_to_mpz(obj, z);
    int sign = mpz_sgn(z);
    if (sign == 0) {
        mpz_clear(z);
        unsigned char h[2] = {OP_LONG1, 0};
        return pwrite(th, p, h, 2);
    }
    size_t nbits = sign > 0 ? mpz_sizeinbase(z, 2) : 0;
    mpz_init(u);
    if (sign < 0) {
        /* |z| - 1 has the bit length of the two's complement magnitude */
        mpz_neg(u, z);
        mpz_sub_ui(u, u, 1);
        nbits = mpz_sgn(u) ? mpz_sizeinbase(u, 2) : 0;
    }
    size_t nbytes = nbits / 8 + 1;
    if (nbytes > 0x7fffffffUL) {
        mpz_clear(z), mpz_clear(u);
        kr_err_set_string(th, &kr_exc_OverflowError, "int too large to pickle");
        return -1;
    }
    unsigned char *d = kr_gc_alloc_atomic(nbytes + 5);
    if (!d) {
        mpz_clear(z), mpz_clear(u);
        kr_err_no_memory(th);
        return -1;
    }
    unsigned char *data = d + 5;
    memset(data, 0, nbytes);
    size_t count = 0;
    if (sign > 0) {
        mpz_export(data, &count, -1, 1, -1, 0, z);
    } else {
        mpz_export(data, &count, -1, 1, -1, 0, u);   /* ~(|z|-1) = z */
        for (size_t i = 0; i < nbytes; i++)
            data[i] = (unsigned char)~data[i];
    }
    mpz_clear(z), mpz_clear(u);
    int hlen;
    if (nbytes < 256) {
        d[3] = OP_LONG1, d[4] = (unsigned char)nbytes;
        hlen = 2;
    } else {
        d[0] = OP_LONG4;
        put_le(d + 1, nbytes, 4);
        hlen = 5;
    }
    return pwrite(th, p, d + 5 - hlen, hlen + (int64_t)nbytes);
}

static int save_long(Thread *th, Pickler *p, Value obj)
{
    if (kr_is_smallint(obj)) {
        int64_t v = kr_as_smallint(obj);
        if (v >= -0x80000000LL && v <= 0x7fffffffLL) {
            unsigned char d[32];
            int n;
            if (p->bin) {
                put_le(d + 1, (uint64_t)v, 4);
                if (d[4] || d[3])
                    d[0] = OP_BININT, n = 5;
                else if (d[2])
                    d[0] = OP_BININT2, n = 3;
                else
                    d[0] = OP_BININT1, n = 2;
            } else {
                n = snprintf((char *)d, sizeof d, "%c%lld\n", OP_INT, (long long)v);
            }
            return pwrite(th, p, d, n);
        }
    }
    if (p->proto >= 2)
        return save_long_binary(th, p, obj);
    Value r = kr_int_repr(th, obj);
    if (!r)
        return -1;
    Str *s = kr_as_str(r);
    return pwrite_op(th, p, OP_LONG) < 0 || pwrite(th, p, s->data, s->len) < 0 ||
                   pwrite(th, p, "L\n", 2) < 0 ? -1 : 0;
}

static int save_float(Thread *th, Pickler *p, Value obj)
{
    double x = kr_float_value(obj);
    if (p->bin) {
        unsigned char d[9];
        uint64_t bits;
        memcpy(&bits, &x, 8);
        d[0] = OP_BINFLOAT;
        for (int i = 0; i < 8; i++)
            d[1 + i] = (unsigned char)(bits >> (56 - 8 * i));
        return pwrite(th, p, d, 9);
    }
    Value r = kr_float_repr(th, obj);
    if (!r)
        return -1;
    Str *s = kr_as_str(r);
    return pwrite_op(th, p, OP_FLOAT) < 0 || pwrite(th, p, s->data, s->len) < 0 ||
                   pwrite(th, p, "\n", 1) < 0 ? -1 : 0;
}

/* (callable, args) for save_reduce, from a C array. */
static int save_reduce_of(Thread *th, Pickler *p, Value callable, const Value *args, int64_t n,
                          Value obj)
{
    Tuple *a = kr_tuple_from_array(th, args, n);
    Value pair[2] = {callable, a ? kr_from_obj(a) : KR_VALUE_NULL};
    Tuple *r = a ? kr_tuple_from_array(th, pair, 2) : NULL;
    return r ? save_reduce(th, p, r, obj) : -1;
}

static int save_bytes_data(Thread *th, Pickler *p, Value obj, const unsigned char *data,
                           int64_t size)
{
    unsigned char h[9];
    int hlen;
    if (size <= 0xff) {
        h[0] = OP_SHORT_BINBYTES, h[1] = (unsigned char)size;
        hlen = 2;
    } else if (size <= 0xffffffffLL) {
        h[0] = OP_BINBYTES;
        put_le(h + 1, (uint64_t)size, 4);
        hlen = 5;
    } else if (p->proto >= 4) {
        h[0] = OP_BINBYTES8;
        put_le(h + 1, (uint64_t)size, 8);
        hlen = 9;
    } else {
        kr_err_set_string(th, &kr_exc_OverflowError,
                          "serializing a bytes object larger than 4 GiB requires pickle "
                          "protocol 4 or higher");
        return -1;
    }
    if (write_bytes(th, p, h, hlen, data, size, obj) < 0)
        return -1;
    return memo_put(th, p, obj);
}

static int save_bytes(Thread *th, Pickler *p, Value obj)
{
    Bytes *b = kr_as_bytes(obj);
    if (p->proto >= 3)
        return save_bytes_data(th, p, obj, b->data, b->len);
    /* Older protocols have no bytes opcode: codecs.encode(latin1 text,
     * 'latin1'), which Python 2 reads back as a str. */
    if (b->len == 0)
        return save_reduce_of(th, p, kr_from_obj(&kr_bytes_type), NULL, 0, obj);
    Value enc = kr_mod__pickle_module_attr(th, "codecs", "encode");
    Value text = enc ? kr_bytes_decode(th, b->data, b->len, kr_from_obj(kr_str_intern_cstr(th, "latin1")),
                                       KR_VALUE_NULL)
                     : KR_VALUE_NULL;
    Str *latin1 = text ? kr_str_intern_cstr(th, "latin1") : NULL;
    if (!latin1)
        return -1;
    Value args[2] = {text, kr_from_obj(latin1)};
    return save_reduce_of(th, p, enc, args, 2, obj);
}

static int save_bytearray_data(Thread *th, Pickler *p, Value obj, const unsigned char *data,
                               int64_t size)
{
    unsigned char h[9];
    h[0] = OP_BYTEARRAY8;
    put_le(h + 1, (uint64_t)size, 8);
    if (write_bytes(th, p, h, 9, data, size, obj) < 0)
        return -1;
    return memo_put(th, p, obj);
}

static int save_bytearray(Thread *th, Pickler *p, Value obj)
{
    ByteView *v = KR_BYTES_VIEW(obj);
    if (p->proto >= 5)
        return save_bytearray_data(th, p, obj, v->data, v->len);
    if (v->len == 0)
        return save_reduce_of(th, p, kr_from_obj(&kr_bytearray_type), NULL, 0, obj);
    Value b = kr_bytes_value(kr_bytes_new(th, v->data, v->len));
    return b ? save_reduce_of(th, p, kr_from_obj(&kr_bytearray_type), &b, 1, obj) : -1;
}

static int save_picklebuffer(Thread *th, Pickler *p, Value obj)
{
    if (p->proto < 5) {
        kr_err_set_string(th, PicklingError, "PickleBuffer can only pickled with protocol >= 5");
        return -1;
    }
    PickleBuffer *pb = (PickleBuffer *)kr_as_obj(obj);
    if (!pb->obj) {
        kr_err_set_string(th, &kr_exc_ValueError, "operation forbidden on released PickleBuffer object");
        return -1;
    }
    Buffer view;
    if (kr_buffer_get(th, pb->obj, &view, KR_BUF_SIMPLE) < 0)
        return -1;
    bool readonly = view.readonly;
    if (view.strides && !kr_buffer_is_c_contig(&view) && !kr_buffer_is_f_contig(&view)) {
        kr_buffer_release(&view);
        kr_err_set_string(th, PicklingError,
                          "PickleBuffer can not be pickled when pointing to a non-contiguous buffer");
        return -1;
    }
    /* the bytes are copied out now: the callback below may run any code */
    Bytes *data = kr_bytes_new(th, view.buf, view.len);
    kr_buffer_release(&view);
    if (!data)
        return -1;
    int in_band = 1;
    if (p->buffer_callback) {
        Value r = kr_vm_call(th, p->buffer_callback, &obj, 1, NULL);
        if (!r || (in_band = kr_object_truth(th, r)) < 0)
            return -1;
    }
    if (!in_band) {
        unsigned char ops[2] = {OP_NEXT_BUFFER, OP_READONLY_BUFFER};
        return pwrite(th, p, ops, readonly ? 2 : 1);
    }
    return readonly ? save_bytes_data(th, p, obj, data->data, data->len)
                    : save_bytearray_data(th, p, obj, data->data, data->len);
}

/* ---- str ------------------------------------------------------------------------------ */

/* raw-unicode-escape with backslash, newline, carriage return, NUL and
 * ^Z also escaped (protocol 0; Debian's 3.11 carries that fix). */
static int save_unicode_text(Thread *th, Pickler *p, Str *s)
{
    static const char hex[] = "0123456789abcdef";
    if (pwrite_op(th, p, OP_UNICODE) < 0)
        return -1;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        unsigned char e[10];
        int n;
        if (c >= 0x10000) {
            e[0] = '\\', e[1] = 'U';
            for (int k = 0; k < 8; k++)
                e[2 + k] = (unsigned char)hex[(c >> (28 - 4 * k)) & 0xf];
            n = 10;
        } else if (c >= 256 || c == '\\' || c == '\n' || c == '\r' || c == 0 || c == 0x1a) {
            e[0] = '\\', e[1] = 'u';
            for (int k = 0; k < 4; k++)
                e[2 + k] = (unsigned char)hex[(c >> (12 - 4 * k)) & 0xf];
            n = 6;
        } else {
            e[0] = (unsigned char)c;
            n = 1;
        }
        if (pwrite(th, p, e, n) < 0)
            return -1;
    }
    return pwrite(th, p, "\n", 1);
}

static int save_unicode(Thread *th, Pickler *p, Value obj)
{
    Str *s = kr_as_str(obj);
    if (!p->bin) {
        if (save_unicode_text(th, p, s) < 0)
            return -1;
        return memo_put(th, p, obj);
    }
    size_t size;
    /* krait's UTF-8 carries lone surrogates as CPython's surrogatepass does */
    const char *data = kr_str_utf8(th, s, &size);
    if (!data)
        return -1;
    unsigned char h[9];
    int hlen;
    if (size <= 0xff && p->proto >= 4) {
        h[0] = OP_SHORT_BINUNICODE, h[1] = (unsigned char)size;
        hlen = 2;
    } else if (size <= 0xffffffffULL) {
        h[0] = OP_BINUNICODE;
        put_le(h + 1, size, 4);
        hlen = 5;
    } else if (p->proto >= 4) {
        h[0] = OP_BINUNICODE8;
        put_le(h + 1, size, 8);
        hlen = 9;
    } else {
        kr_err_set_string(th, &kr_exc_OverflowError,
                          "serializing a string larger than 4 GiB requires pickle protocol 4 or "
                          "higher");
        return -1;
    }
    if (write_bytes(th, p, h, hlen, (const unsigned char *)data, (int64_t)size, KR_VALUE_NULL) < 0)
        return -1;
    return memo_put(th, p, obj);
}

/* ---- containers ------------------------------------------------------------------------ */

static int save_tuple(Thread *th, Pickler *p, Value obj)
{
    Tuple *t = kr_as_tuple(obj);
    int64_t len = t->size;
    if (len == 0) {
        return p->proto ? pwrite_op(th, p, OP_EMPTY_TUPLE) : pwrite(th, p, "(t", 2);
    }
    unsigned char pops[4] = {OP_POP, OP_POP, OP_POP, OP_POP};
    if (len <= 3 && p->proto >= 2) {
        for (int64_t i = 0; i < len; i++)
            if (save(th, p, t->items[i], false) < 0)
                return -1;
        int r = refetch_if_memoized(th, p, obj, pops, len);
        if (r)
            return r < 0 ? -1 : 0;
        static const unsigned char ops[4] = {OP_EMPTY_TUPLE, OP_TUPLE1, OP_TUPLE2, OP_TUPLE3};
        if (pwrite(th, p, &ops[len], 1) < 0)
            return -1;
        return memo_put(th, p, obj);
    }
    if (pwrite_op(th, p, OP_MARK) < 0)
        return -1;
    for (int64_t i = 0; i < len; i++)
        if (save(th, p, t->items[i], false) < 0)
            return -1;
    int64_t idx = memo_get_index(&p->memo, obj);
    if (idx >= 0) {
        if (p->bin) {
            if (pwrite_op(th, p, OP_POP_MARK) < 0)
                return -1;
        } else {
            for (int64_t i = 0; i <= len; i++)
                if (pwrite_op(th, p, OP_POP) < 0)
                    return -1;
        }
        return memo_get(th, p, idx);
    }
    if (pwrite_op(th, p, OP_TUPLE) < 0)
        return -1;
    return memo_put(th, p, obj);
}

/* MARK item ... APPENDS in batches, from an iterator (batch_list). */
static int batch_list(Thread *th, Pickler *p, Value iter)
{
    Value item;
    if (p->proto == 0) {
        while ((item = kr_object_next(th, iter)))
            if (save(th, p, item, false) < 0 || pwrite_op(th, p, OP_APPEND) < 0)
                return -1;
        return kr_err_occurred(th) ? -1 : 0;
    }
    int n;
    do {
        Value first = kr_object_next(th, iter);
        if (!first)
            return kr_err_occurred(th) ? -1 : 0;
        item = kr_object_next(th, iter);
        if (!item) {
            if (kr_err_occurred(th))
                return -1;
            return save(th, p, first, false) < 0 ? -1 : pwrite_op(th, p, OP_APPEND);
        }
        if (pwrite_op(th, p, OP_MARK) < 0 || save(th, p, first, false) < 0)
            return -1;
        n = 1;
        while (item) {
            if (save(th, p, item, false) < 0)
                return -1;
            if (++n == BATCHSIZE)
                break;
            item = kr_object_next(th, iter);
            if (!item && kr_err_occurred(th))
                return -1;
        }
        if (pwrite_op(th, p, OP_APPENDS) < 0)
            return -1;
    } while (n == BATCHSIZE);
    return 0;
}

static int batch_list_exact(Thread *th, Pickler *p, List *l)
{
    if (l->size == 1)
        return save(th, p, l->items[0], false) < 0 ? -1 : pwrite_op(th, p, OP_APPEND);
    int64_t total = 0;
    do {
        int64_t batch = 0;
        if (pwrite_op(th, p, OP_MARK) < 0)
            return -1;
        while (total < l->size) {
            if (save(th, p, l->items[total], false) < 0)
                return -1;
            total++;
            if (++batch == BATCHSIZE)
                break;
        }
        if (pwrite_op(th, p, OP_APPENDS) < 0)
            return -1;
    } while (total < l->size);
    return 0;
}

static int save_list_items(Thread *th, Pickler *p, Value obj)
{
    if (!enter_nested(th))
        return -1;
    int r;
    if (kr_is_list(obj) && p->proto > 0) {
        r = batch_list_exact(th, p, kr_as_list(obj));
    } else {
        Value it = kr_object_iter(th, obj);
        r = it ? batch_list(th, p, it) : -1;
    }
    leave_nested(th);
    return r;
}

static int save_list(Thread *th, Pickler *p, Value obj)
{
    int status = -1;
    if (p->fast && !fast_enter(th, p, obj))
        goto done;
    if ((p->bin ? pwrite_op(th, p, OP_EMPTY_LIST) : pwrite(th, p, "(l", 2)) < 0 ||
        memo_put(th, p, obj) < 0)
        goto done;
    status = kr_as_list(obj)->size ? save_list_items(th, p, obj) : 0;
done:
    if (p->fast && !fast_leave(th, p, obj))
        status = -1;
    return status;
}

static int dict_items_error(Thread *th)
{
    kr_err_set_string(th, &kr_exc_TypeError, "dict items iterator must return 2-tuples");
    return -1;
}

static int save_pair(Thread *th, Pickler *p, Value pair)
{
    if (!kr_tuple_check(pair) || kr_as_tuple(pair)->size != 2)
        return dict_items_error(th);
    Tuple *t = kr_as_tuple(pair);
    return save(th, p, t->items[0], false) < 0 || save(th, p, t->items[1], false) < 0 ? -1 : 0;
}

/* MARK key value ... SETITEMS in batches, from an items iterator. */
static int batch_dict(Thread *th, Pickler *p, Value iter)
{
    Value item;
    if (p->proto == 0) {
        while ((item = kr_object_next(th, iter)))
            if (save_pair(th, p, item) < 0 || pwrite_op(th, p, OP_SETITEM) < 0)
                return -1;
        return kr_err_occurred(th) ? -1 : 0;
    }
    int n;
    do {
        Value first = kr_object_next(th, iter);
        if (!first)
            return kr_err_occurred(th) ? -1 : 0;
        if (!kr_tuple_check(first) || kr_as_tuple(first)->size != 2)
            return dict_items_error(th);
        item = kr_object_next(th, iter);
        if (!item) {
            if (kr_err_occurred(th))
                return -1;
            return save_pair(th, p, first) < 0 ? -1 : pwrite_op(th, p, OP_SETITEM);
        }
        if (pwrite_op(th, p, OP_MARK) < 0 || save_pair(th, p, first) < 0)
            return -1;
        n = 1;
        while (item) {
            if (save_pair(th, p, item) < 0)
                return -1;
            if (++n == BATCHSIZE)
                break;
            item = kr_object_next(th, iter);
            if (!item && kr_err_occurred(th))
                return -1;
        }
        if (pwrite_op(th, p, OP_SETITEMS) < 0)
            return -1;
    } while (n == BATCHSIZE);
    return 0;
}

static int batch_dict_exact(Thread *th, Pickler *p, Dict *d)
{
    int64_t size = d->used, pos = 0;
    Value k, v;
    if (size == 1) {
        if (!kr_dict_next(d, &pos, &k, &v))
            return 0;
        return save(th, p, k, false) < 0 || save(th, p, v, false) < 0 ? -1
                                                                         : pwrite_op(th, p, OP_SETITEM);
    }
    int64_t i;
    do {
        i = 0;
        if (pwrite_op(th, p, OP_MARK) < 0)
            return -1;
        while (kr_dict_next(d, &pos, &k, &v)) {
            if (save(th, p, k, false) < 0 || save(th, p, v, false) < 0)
                return -1;
            if (++i == BATCHSIZE)
                break;
        }
        if (pwrite_op(th, p, OP_SETITEMS) < 0)
            return -1;
        if (d->used != size) {
            kr_err_set_string(th, &kr_exc_RuntimeError, "dictionary changed size during iteration");
            return -1;
        }
    } while (i == BATCHSIZE);
    return 0;
}

static int save_dict_items(Thread *th, Pickler *p, Value obj)
{
    if (kr_is_dict(obj) && p->proto > 0) {
        if (!enter_nested(th))
            return -1;
        int r = batch_dict_exact(th, p, kr_as_dict(obj));
        leave_nested(th);
        return r;
    }
    Value items;
    if (kr_mod__pickle_lookup_attr(th, obj, "items", &items) < 0)
        return -1;
    if (!items) {
        kr_err_format(th, &kr_exc_AttributeError, "'%T' object has no attribute 'items'", obj);
        return -1;
    }
    Value view = kr_vm_call(th, items, NULL, 0, NULL);
    Value it = view ? kr_object_iter(th, view) : KR_VALUE_NULL;
    if (!it || !enter_nested(th))
        return -1;
    int r = batch_dict(th, p, it);
    leave_nested(th);
    return r;
}

static int save_dict(Thread *th, Pickler *p, Value obj)
{
    int status = -1;
    if (p->fast && !fast_enter(th, p, obj))
        goto done;
    if ((p->bin ? pwrite_op(th, p, OP_EMPTY_DICT) : pwrite(th, p, "(d", 2)) < 0 ||
        memo_put(th, p, obj) < 0)
        goto done;
    status = kr_as_dict(obj)->used ? save_dict_items(th, p, obj) : 0;
done:
    if (p->fast && !fast_leave(th, p, obj))
        status = -1;
    return status;
}

/* Protocols before 4 have no set opcodes: (set, (list(s),)). */
static int save_set_reduced(Thread *th, Pickler *p, Value obj, Type *type)
{
    List *items = kr_list_from_iterable(th, obj);
    if (!items)
        return -1;
    Value l = kr_from_obj(items);
    return save_reduce_of(th, p, kr_from_obj(type), &l, 1, obj);
}

static int save_set(Thread *th, Pickler *p, Value obj)
{
    if (p->proto < 4)
        return save_set_reduced(th, p, obj, &kr_set_type);
    if (pwrite_op(th, p, OP_EMPTY_SET) < 0 || memo_put(th, p, obj) < 0)
        return -1;
    Set *s = (Set *)kr_as_obj(obj);
    int64_t size = s->used, pos = 0;
    if (size == 0)
        return 0;
    Value key;
    int i;
    do {
        i = 0;
        if (pwrite_op(th, p, OP_MARK) < 0)
            return -1;
        while (kr_set_next(s, &pos, &key)) {
            if (save(th, p, key, false) < 0)
                return -1;
            if (++i == BATCHSIZE)
                break;
        }
        if (pwrite_op(th, p, OP_ADDITEMS) < 0)
            return -1;
        if (s->used != size) {
            kr_err_set_string(th, &kr_exc_RuntimeError, "set changed size during iteration");
            return -1;
        }
    } while (i == BATCHSIZE);
    return 0;
}

static int save_frozenset(Thread *th, Pickler *p, Value obj)
{
    if (p->fast && !fast_enter(th, p, obj))
        return -1;
    if (p->proto < 4)
        return save_set_reduced(th, p, obj, &kr_frozenset_type);
    if (pwrite_op(th, p, OP_MARK) < 0)
        return -1;
    Set *s = (Set *)kr_as_obj(obj);
    int64_t pos = 0;
    Value key;
    while (kr_set_next(s, &pos, &key))
        if (save(th, p, key, false) < 0)
            return -1;
    unsigned char pop_mark = OP_POP_MARK;
    int r = refetch_if_memoized(th, p, obj, &pop_mark, 1);
    if (r)
        return r < 0 ? -1 : 0;
    return pwrite_op(th, p, OP_FROZENSET) < 0 ? -1 : memo_put(th, p, obj);
}

/* ---- globals ------------------------------------------------------------------------------ */

/* The module a global lives in: its __module__, else the first module in
 * sys.modules (not __main__) where its dotted path leads to it. */
static Value whichmodule(Thread *th, Value global, Value path)
{
    Value name;
    if (kr_mod__pickle_lookup_attr(th, global, "__module__", &name) < 0)
        return KR_VALUE_NULL;
    if (name && name != KR_NONE)
        return name;
    Dict *modules = th->vm->modules;
    int64_t pos = 0;
    Value key, module;
    while (kr_dict_next(modules, &pos, &key, &module)) {
        if (str_is(key, "__main__") || module == KR_NONE)
            continue;
        Value found = kr_mod__pickle_deep_attr(th, module, path, NULL);
        if (found == global)
            return key;
        if (!found)
            kr_err_clear(th);
    }
    return kr_from_obj(kr_str_intern_cstr(th, "__main__"));
}

/* For protocols 0-2, the Python 2 name of a renamed module or global. */
static int fix_imports(Thread *th, Value *module_name, Value *global_name)
{
    Value names = kr_mod__pickle_module_attr(th, "_compat_pickle", "REVERSE_NAME_MAPPING");
    Value imports = names ? kr_mod__pickle_module_attr(th, "_compat_pickle", "REVERSE_IMPORT_MAPPING")
                          : KR_VALUE_NULL;
    if (!imports)
        return -1;
    Value pair[2] = {*module_name, *global_name};
    Tuple *key = kr_tuple_from_array(th, pair, 2);
    Value item = key ? kr_dict_get(th, kr_as_dict(names), kr_from_obj(key)) : KR_VALUE_NULL;
    if (item) {
        if (!kr_tuple_check(item) || kr_as_tuple(item)->size != 2) {
            kr_err_format(th, &kr_exc_RuntimeError,
                          "_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not %T",
                          item);
            return -1;
        }
        Tuple *t = kr_as_tuple(item);
        if (!kr_str_check(t->items[0]) || !kr_str_check(t->items[1])) {
            kr_err_format(th, &kr_exc_RuntimeError,
                          "_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, "
                          "not (%T, %T)", t->items[0], t->items[1]);
            return -1;
        }
        *module_name = t->items[0];
        *global_name = t->items[1];
        return 0;
    }
    if (kr_err_occurred(th))
        return -1;
    item = kr_dict_get(th, kr_as_dict(imports), *module_name);
    if (item) {
        if (!kr_str_check(item)) {
            kr_err_format(th, &kr_exc_RuntimeError,
                          "_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not %T",
                          item);
            return -1;
        }
        *module_name = item;
    }
    return kr_err_occurred(th) ? -1 : 0;
}

/* A module or global name on a GLOBAL line: UTF-8 for protocol 3, ASCII
 * otherwise. */
static int write_name_line(Thread *th, Pickler *p, Value name, const char *what)
{
    Str *s = kr_as_str(name);
    if (p->proto != 3 && !s->ascii) {
        kr_err_format(th, PicklingError, "can't pickle %s identifier '%S' using pickle protocol %d",
                      what, name, p->proto);
        return -1;
    }
    size_t n;
    const char *u = kr_str_utf8(th, s, &n);
    if (!u || pwrite(th, p, u, (int64_t)n) < 0)
        return -1;
    return pwrite(th, p, "\n", 1);
}

/* An EXT1/EXT2/EXT4 opcode when (module, name) is in copyreg's extension
 * registry: 1 written, 0 not registered, -1 error. */
static int save_extension(Thread *th, Pickler *p, Value obj, Value module_name, Value global_name)
{
    Value reg = kr_mod__pickle_module_attr(th, "copyreg", "_extension_registry");
    if (!reg)
        return -1;
    Value pair[2] = {module_name, global_name};
    Tuple *key = kr_tuple_from_array(th, pair, 2);
    Value code_obj = key ? kr_object_getitem(th, reg, kr_from_obj(key)) : KR_VALUE_NULL;
    if (!code_obj) {
        if (kr_err_matches(th, &kr_exc_KeyError)) {
            kr_err_clear(th);
            return 0;
        }
        return -1;
    }
    if (!kr_is_int(code_obj)) {
        kr_err_format(th, PicklingError, "Can't pickle %R: extension code %R isn't an integer",
                      obj, code_obj);
        return -1;
    }
    int64_t code;
    if (kr_int_as_i64(th, code_obj, &code) < 0)
        return -1;
    if (code <= 0 || code > 0x7fffffffLL) {
        kr_err_format(th, PicklingError, "Can't pickle %R: extension code %lld is out of range",
                      obj, (long long)code);
        return -1;
    }
    unsigned char d[5];
    int n;
    if (code <= 0xff)
        d[0] = OP_EXT1, n = 2;
    else if (code <= 0xffff)
        d[0] = OP_EXT2, n = 3;
    else
        d[0] = OP_EXT4, n = 5;
    put_le(d + 1, (uint64_t)code, n - 1);
    return pwrite(th, p, d, n) < 0 ? -1 : 1;
}

static int save_global(Thread *th, Pickler *p, Value obj, Value name)
{
    Value global_name = name;
    if (!global_name) {
        if (kr_mod__pickle_lookup_attr(th, obj, "__qualname__", &global_name) < 0)
            return -1;
        if (!global_name && !(global_name = kr_object_getattr(th, obj, KR_NAME(th, __name__))))
            return -1;
    }
    if (!kr_str_check(global_name)) {
        kr_err_format(th, &kr_exc_TypeError, "descriptor 'split' for 'str' objects doesn't apply "
                      "to a '%T' object", global_name);
        return -1;
    }
    Value path = kr_mod__pickle_dotted_path(th, KR_VALUE_NULL, kr_as_str(global_name));
    Value module_name = path ? whichmodule(th, obj, path) : KR_VALUE_NULL;
    if (!module_name)
        return -1;
    Value module = kr_str_check(module_name) ? kr_vm_import(th, kr_as_str(module_name), true)
                                             : KR_VALUE_NULL;
    if (!module) {
        kr_err_clear(th);
        kr_err_format(th, PicklingError, "Can't pickle %R: import of module %R failed", obj,
                      module_name);
        return -1;
    }
    List *parts = kr_as_list(path);
    Value lastname = parts->items[parts->size - 1], parent;
    Value cls = kr_mod__pickle_deep_attr(th, module, path, &parent);
    if (!cls) {
        kr_err_clear(th);
        kr_err_format(th, PicklingError, "Can't pickle %R: attribute lookup %S on %S failed", obj,
                      global_name, module_name);
        return -1;
    }
    if (cls != obj) {
        kr_err_format(th, PicklingError, "Can't pickle %R: it's not the same object as %S.%S", obj,
                      module_name, global_name);
        return -1;
    }
    if (p->proto >= 2) {
        int r = save_extension(th, p, obj, module_name, global_name);
        if (r)
            return r < 0 ? -1 : 0;
    }
    if (parent == module)
        global_name = lastname;
    if (p->proto >= 4) {
        /* CPython's module and attribute names are interned, so repeats
         * are memo hits (BINGET); intern them here to match byte for byte */
        Str *mi = kr_is_str(module_name) ? kr_str_intern(th, kr_as_str(module_name)) : NULL;
        Str *gi = mi && kr_is_str(global_name) ? kr_str_intern(th, kr_as_str(global_name)) : NULL;
        if (gi) {
            module_name = kr_from_obj(mi);
            global_name = kr_from_obj(gi);
        } else if (kr_err_occurred(th)) {
            return -1;
        }
        if (save(th, p, module_name, false) < 0 || save(th, p, global_name, false) < 0 ||
            pwrite_op(th, p, OP_STACK_GLOBAL) < 0)
            return -1;
    } else if (parent != module) {
        Value ga = kr_dict_get_str(th->vm->builtins, kr_str_intern_cstr(th, "getattr"));
        Value args[2] = {parent, lastname};
        if (!ga || save_reduce_of(th, p, ga, args, 2, KR_VALUE_NULL) < 0)
            return -1;
    } else {
        if (pwrite_op(th, p, OP_GLOBAL) < 0)
            return -1;
        if (p->proto < 3 && p->fix_imports && fix_imports(th, &module_name, &global_name) < 0)
            return -1;
        if (write_name_line(th, p, module_name, "module") < 0 ||
            write_name_line(th, p, global_name, "global") < 0)
            return -1;
    }
    return memo_put(th, p, obj);
}

/* type(None), type(...), type(NotImplemented): (type, (singleton,)). */
static int save_type(Thread *th, Pickler *p, Value obj)
{
    Value singleton = KR_VALUE_NULL;
    if (kr_as_obj(obj) == (Obj *)&kr_none_type)
        singleton = KR_NONE;
    else if (kr_as_obj(obj) == (Obj *)&kr_ellipsis_type)
        singleton = KR_ELLIPSIS;
    else if (kr_as_obj(obj) == (Obj *)&kr_notimpl_type)
        singleton = KR_NOTIMPL;
    if (!singleton)
        return save_global(th, p, obj, KR_VALUE_NULL);
    return save_reduce_of(th, p, kr_from_obj(&kr_type_type), &singleton, 1, obj);
}

/* persistent_id(obj): 1 when it gave an id (saved), 0 for None, -1. */
static int save_pers(Thread *th, Pickler *p, Value obj)
{
    Value pid = kr_vm_call(th, p->pers_func, &obj, 1, NULL);
    if (!pid)
        return -1;
    if (pid == KR_NONE)
        return 0;
    if (p->bin)
        return save(th, p, pid, true) < 0 || pwrite_op(th, p, OP_BINPERSID) < 0 ? -1 : 1;
    Value s = kr_object_str(th, pid);
    if (!s)
        return -1;
    Str *str = kr_as_str(s);
    if (!str->ascii) {
        kr_err_set_string(th, PicklingError, "persistent IDs in protocol 0 must be ASCII strings");
        return -1;
    }
    return pwrite_op(th, p, OP_PERSID) < 0 || pwrite(th, p, str->data, str->len) < 0 ||
                   pwrite(th, p, "\n", 1) < 0 ? -1 : 1;
}

/* ---- the reduce protocol -------------------------------------------------------------- */

static int reduce_check(Thread *th, Tuple *args, Value *callable, Value *argtup, Value *state,
                        Value *listitems, Value *dictitems, Value *setter)
{
    if (args->size < 2 || args->size > 6) {
        kr_err_set_string(th, PicklingError,
                          "tuple returned by __reduce__ must contain 2 through 6 elements");
        return -1;
    }
    Value it[6] = {0, 0, KR_NONE, KR_NONE, KR_NONE, KR_NONE};
    for (int64_t i = 0; i < args->size; i++)
        it[i] = args->items[i];
    *callable = it[0], *argtup = it[1];
    if (!kr_type_of(*callable)->call) {
        kr_err_set_string(th, PicklingError,
                          "first item of the tuple returned by __reduce__ must be callable");
        return -1;
    }
    if (!kr_tuple_check(*argtup)) {
        kr_err_set_string(th, PicklingError,
                          "second item of the tuple returned by __reduce__ must be a tuple");
        return -1;
    }
    *state = it[2] == KR_NONE ? KR_VALUE_NULL : it[2];
    *listitems = it[3] == KR_NONE ? KR_VALUE_NULL : it[3];
    if (*listitems && !kr_type_of(*listitems)->next) {
        kr_err_format(th, PicklingError, "fourth element of the tuple returned by __reduce__ "
                      "must be an iterator, not %T", *listitems);
        return -1;
    }
    *dictitems = it[4] == KR_NONE ? KR_VALUE_NULL : it[4];
    if (*dictitems && !kr_type_of(*dictitems)->next) {
        kr_err_format(th, PicklingError, "fifth element of the tuple returned by __reduce__ "
                      "must be an iterator, not %T", *dictitems);
        return -1;
    }
    *setter = it[5] == KR_NONE ? KR_VALUE_NULL : it[5];
    if (*setter && !kr_type_of(*setter)->call) {
        kr_err_format(th, PicklingError, "sixth element of the tuple returned by __reduce__ "
                      "must be a function, not %T", *setter);
        return -1;
    }
    return 0;
}

/* copyreg.__newobj_ex__(cls, args, kwargs) as NEWOBJ_EX, or for
 * protocols 2-3 as partial(cls.__new__, cls, *args, **kwargs)(). */
static int save_newobj_ex(Thread *th, Pickler *p, Tuple *argtup)
{
    if (argtup->size != 3) {
        kr_err_format(th, PicklingError,
                      "length of the NEWOBJ_EX argument tuple must be exactly 3, not %lld",
                      (long long)argtup->size);
        return -1;
    }
    Value cls = argtup->items[0], args = argtup->items[1], kwargs = argtup->items[2];
    if (!kr_isinstance_type(cls, &kr_type_type)) {
        kr_err_format(th, PicklingError,
                      "first item from NEWOBJ_EX argument tuple must be a class, not %T", cls);
        return -1;
    }
    if (!kr_tuple_check(args)) {
        kr_err_format(th, PicklingError,
                      "second item from NEWOBJ_EX argument tuple must be a tuple, not %T", args);
        return -1;
    }
    if (!kr_dict_check(kwargs)) {
        kr_err_format(th, PicklingError,
                      "third item from NEWOBJ_EX argument tuple must be a dict, not %T", kwargs);
        return -1;
    }
    if (p->proto >= 4)
        return save(th, p, cls, false) < 0 || save(th, p, args, false) < 0 ||
                       save(th, p, kwargs, false) < 0 || pwrite_op(th, p, OP_NEWOBJ_EX) < 0 ? -1 : 0;
    Tuple *a = kr_as_tuple(args);
    Tuple *na = kr_tuple_new(th, a->size + 2);
    Value cls_new = na ? kr_object_getattr(th, cls, KR_NAME(th, __new__)) : KR_VALUE_NULL;
    Value partial = cls_new ? kr_mod__pickle_module_attr(th, "functools", "partial") : KR_VALUE_NULL;
    if (!partial)
        return -1;
    na->items[0] = cls_new;
    na->items[1] = cls;
    for (int64_t i = 0; i < a->size; i++)
        na->items[2 + i] = a->items[i];
    Value callable = kr_vm_call_ex(th, partial, kr_from_obj(na), kwargs);
    if (!callable)
        return -1;
    return save(th, p, callable, false) < 0 || save(th, p, kr_from_obj(th->vm->empty_tuple), false) < 0 ||
                   pwrite_op(th, p, OP_REDUCE) < 0 ? -1 : 0;
}

/* copyreg.__newobj__(cls, *args) as NEWOBJ. */
static int save_newobj(Thread *th, Pickler *p, Tuple *argtup, Value obj)
{
    if (argtup->size < 1) {
        kr_err_set_string(th, PicklingError, "__newobj__ arglist is empty");
        return -1;
    }
    Value cls = argtup->items[0];
    if (!kr_isinstance_type(cls, &kr_type_type)) {
        kr_err_set_string(th, PicklingError, "args[0] from __newobj__ args is not a type");
        return -1;
    }
    if (obj) {
        Value obj_class;
        if (kr_mod__pickle_lookup_attr(th, obj, "__class__", &obj_class) < 0)
            return -1;
        if (!obj_class)
            obj_class = kr_from_obj(kr_type_of(obj));
        if (obj_class != cls) {
            kr_err_set_string(th, PicklingError, "args[0] from __newobj__ args has the wrong class");
            return -1;
        }
    }
    if (save(th, p, cls, false) < 0)
        return -1;
    Tuple *rest = kr_tuple_from_array(th, argtup->items + 1, argtup->size - 1);
    return !rest || save(th, p, kr_from_obj(rest), false) < 0 ? -1 : pwrite_op(th, p, OP_NEWOBJ);
}

static int save_reduce(Thread *th, Pickler *p, Tuple *args, Value obj)
{
    Value callable, argtup, state, listitems, dictitems, setter;
    if (reduce_check(th, args, &callable, &argtup, &state, &listitems, &dictitems, &setter) < 0)
        return -1;
    bool newobj = false, newobj_ex = false;
    if (p->proto >= 2) {
        Value name;
        if (kr_mod__pickle_lookup_attr(th, callable, "__name__", &name) < 0)
            return -1;
        newobj_ex = name && str_is(name, "__newobj_ex__");
        newobj = name && !newobj_ex && str_is(name, "__newobj__");
    }
    int r;
    if (newobj_ex)
        r = save_newobj_ex(th, p, kr_as_tuple(argtup));
    else if (newobj)
        r = save_newobj(th, p, kr_as_tuple(argtup), obj);
    else
        r = save(th, p, callable, false) < 0 || save(th, p, argtup, false) < 0 ||
                    pwrite_op(th, p, OP_REDUCE) < 0 ? -1 : 0;
    if (r < 0)
        return -1;
    if (obj) {
        unsigned char pop = OP_POP;
        int again = refetch_if_memoized(th, p, obj, &pop, 1);
        if (again)
            return again < 0 ? -1 : 0;
        if (memo_put(th, p, obj) < 0)
            return -1;
    }
    if ((listitems && batch_list(th, p, listitems) < 0) ||
        (dictitems && batch_dict(th, p, dictitems) < 0))
        return -1;
    if (!state)
        return 0;
    if (!setter)
        return save(th, p, state, false) < 0 ? -1 : pwrite_op(th, p, OP_BUILD);
    /* setter(obj, state) through REDUCE, its result popped: the stack is
     * left as BUILD would leave it. */
    static const unsigned char tail[3] = {OP_TUPLE2, OP_REDUCE, OP_POP};
    return save(th, p, setter, false) < 0 || save(th, p, obj, false) < 0 ||
                   save(th, p, state, false) < 0 || pwrite(th, p, tail, 3) < 0 ? -1 : 0;
}

/* The reduce value of obj: from the dispatch table, __reduce_ex__ or
 * __reduce__; *as_global set instead for classes. */
static Value get_reduce_value(Thread *th, Pickler *p, Value obj, bool *as_global)
{
    Type *type = kr_type_of(obj);
    Value func = KR_VALUE_NULL;
    *as_global = false;
    if (!p->dispatch_table) {
        Value table = kr_mod__pickle_module_attr(th, "copyreg", "dispatch_table");
        if (!table)
            return KR_VALUE_NULL;
        func = kr_is_dict(table) ? kr_dict_get(th, kr_as_dict(table), kr_from_obj(type))
                                 : kr_object_getitem(th, table, kr_from_obj(type));
    } else {
        func = kr_object_getitem(th, p->dispatch_table, kr_from_obj(type));
    }
    if (!func) {
        if (kr_err_matches(th, &kr_exc_KeyError))
            kr_err_clear(th);
        else if (kr_err_occurred(th))
            return KR_VALUE_NULL;
    }
    if (func)
        return kr_vm_call(th, func, &obj, 1, NULL);
    if (kr_type_is_subtype(type, &kr_type_type)) {
        *as_global = true;
        return KR_VALUE_NULL;
    }
    if (kr_mod__pickle_lookup_attr(th, obj, "__reduce_ex__", &func) < 0)
        return KR_VALUE_NULL;
    if (func) {
        Value proto = kr_from_smallint(p->proto);
        return kr_vm_call(th, func, &proto, 1, NULL);
    }
    if (kr_mod__pickle_lookup_attr(th, obj, "__reduce__", &func) < 0)
        return KR_VALUE_NULL;
    if (func)
        return kr_vm_call(th, func, NULL, 0, NULL);
    kr_err_format(th, PicklingError, "can't pickle '%T' object: %R", obj, obj);
    return KR_VALUE_NULL;
}

static int save_reduce_value(Thread *th, Pickler *p, Value obj, Value rv)
{
    if (kr_str_check(rv))
        return save_global(th, p, obj, rv);
    if (!kr_tuple_check(rv)) {
        kr_err_set_string(th, PicklingError, "__reduce__ must return a string or tuple");
        return -1;
    }
    return save_reduce(th, p, kr_as_tuple(rv), obj);
}

/* Everything that is not an atom, str or bytes (under the recursion guard). */
static int save_other(Thread *th, Pickler *p, Value obj, Type *type)
{
    if (type == &kr_dict_type)
        return save_dict(th, p, obj);
    if (type == &kr_set_type)
        return save_set(th, p, obj);
    if (type == &kr_frozenset_type)
        return save_frozenset(th, p, obj);
    if (type == &kr_list_type)
        return save_list(th, p, obj);
    if (type == &kr_tuple_type)
        return save_tuple(th, p, obj);
    if (type == &kr_bytearray_type)
        return save_bytearray(th, p, obj);
    if (type == &kr_pickle_buffer_type)
        return save_picklebuffer(th, p, obj);
    if (p->reducer_override) {
        Value rv = kr_vm_call(th, p->reducer_override, &obj, 1, NULL);
        if (!rv)
            return -1;
        if (rv != KR_NOTIMPL)
            return save_reduce_value(th, p, obj, rv);
    }
    if (type == &kr_type_type)
        return save_type(th, p, obj);
    if (type == &kr_function_type)
        return save_global(th, p, obj, KR_VALUE_NULL);
    bool as_global;
    Value rv = get_reduce_value(th, p, obj, &as_global);
    if (as_global)
        return save_global(th, p, obj, KR_VALUE_NULL);
    return rv ? save_reduce_value(th, p, obj, rv) : -1;
}

static int save(Thread *th, Pickler *p, Value obj, bool pers_save)
{
    if (opcode_boundary(th, p) < 0)
        return -1;
    if (!pers_save && p->pers_func) {
        int r = save_pers(th, p, obj);
        if (r)
            return r < 0 ? -1 : 0;
    }
    Type *type = kr_type_of(obj);
    if (obj == KR_NONE)
        return save_none(th, p);
    if (obj == KR_TRUE || obj == KR_FALSE)
        return save_bool(th, p, obj);
    if (type == &kr_int_type)
        return save_long(th, p, obj);
    if (type == &kr_float_type)
        return save_float(th, p, obj);
    int64_t idx = memo_get_index(&p->memo, obj);
    if (idx >= 0)
        return memo_get(th, p, idx);
    if (type == &kr_bytes_type)
        return save_bytes(th, p, obj);
    if (type == &kr_str_type)
        return save_unicode(th, p, obj);
    if (!enter_nested(th))
        return -1;
    int r = save_other(th, p, obj, type);
    leave_nested(th);
    return r;
}

static int dump(Thread *th, Pickler *p, Value obj)
{
    Value self = kr_from_obj(p);
    if (kr_mod__pickle_lookup_attr(th, self, "reducer_override", &p->reducer_override) < 0)
        return -1;
    int status = -1;
    if (p->proto >= 2) {
        unsigned char h[2] = {OP_PROTO, (unsigned char)p->proto};
        if (pwrite(th, p, h, 2) < 0)
            goto done;
        p->framing = p->proto >= 4;
    }
    if (save(th, p, obj, false) < 0 || pwrite_op(th, p, OP_STOP) < 0)
        goto done;
    commit_frame(p);
    status = 0;
done:
    p->framing = false;
    p->reducer_override = KR_VALUE_NULL;
    return status;
}

/* ---- construction ---------------------------------------------------------------------- */

static int set_protocol(Thread *th, Pickler *p, Value protocol, bool fix)
{
    int64_t proto = PICKLE_DEFAULT_PROTOCOL;
    if (protocol && protocol != KR_NONE) {
        Value i = kr_object_index(th, protocol);
        if (!i || kr_int_as_i64(th, i, &proto) < 0)
            return -1;
        if (proto < 0) {
            proto = PICKLE_HIGHEST_PROTOCOL;
        } else if (proto > PICKLE_HIGHEST_PROTOCOL) {
            kr_err_format(th, &kr_exc_ValueError, "pickle protocol must be <= %d",
                          PICKLE_HIGHEST_PROTOCOL);
            return -1;
        }
    }
    p->proto = (int)proto;
    p->bin = proto > 0;
    p->fix_imports = fix && proto < 3;
    return 0;
}

static int set_buffer_callback(Thread *th, Pickler *p, Value cb)
{
    if (cb == KR_NONE)
        cb = KR_VALUE_NULL;
    if (cb && p->proto < 5) {
        kr_err_set_string(th, &kr_exc_ValueError, "buffer_callback needs protocol >= 5");
        return -1;
    }
    p->buffer_callback = cb;
    return 0;
}

static void pickler_reset(Pickler *p)
{
    memo_clear(&p->memo);
    clear_buffer(p);
    p->fast = 0;
    p->fast_nesting = 0;
    p->fast_memo = NULL;
}

static Value pickler_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    Pickler *p = kr_libutil_alloc(th, type);
    if (!p)
        return KR_VALUE_NULL;
    p->frame_start = -1;
    return kr_from_obj(p);
}

static int truth_arg(Thread *th, Value v, bool dflt, bool *out)
{
    int t = v ? kr_object_truth(th, v) : dflt;
    *out = t > 0;
    return t < 0 ? -1 : 0;
}

static int pickler_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"file", "protocol", "fix_imports", "buffer_callback", NULL};
    Value a[4];
    if (kr_libutil_parse(th, "Pickler", args, nargs, kw, names, 0, 1, a) < 0)
        return -1;
    Pickler *p = P(self);
    bool fix;
    if (truth_arg(th, a[2], true, &fix) < 0 || set_protocol(th, p, a[1], fix) < 0)
        return -1;
    if (kr_mod__pickle_lookup_attr(th, a[0], "write", &p->write) < 0)
        return -1;
    if (!p->write) {
        kr_err_set_string(th, &kr_exc_TypeError, "file must have a 'write' attribute");
        return -1;
    }
    if (set_buffer_callback(th, p, a[3] ? a[3] : KR_NONE) < 0)
        return -1;
    pickler_reset(p);
    p->initialized = true;
    p->pers_func = KR_VALUE_NULL;
    if (kr_mod__pickle_lookup_attr(th, self, "persistent_id", &p->pers_func) < 0)
        return -1;
    if (!p->dispatch_table &&
        kr_mod__pickle_lookup_attr(th, self, "dispatch_table", &p->dispatch_table) < 0)
        return -1;
    return 0;
}

/* ---- Pickler methods and attributes ---------------------------------------------------- */

KR_LIB_FUNC(pickler_dump)
{
    if (kr_libutil_check_positional(th, "dump", nargs - 1, 1, 1) < 0 ||
        kr_libutil_no_keywords(th, "dump", kw) < 0)
        return KR_VALUE_NULL;
    Pickler *p = P(args[0]);
    if (!p->write) {
        kr_err_format(th, PicklingError, "Pickler.__init__() was not called by %s.__init__()",
                      kr_type_name(args[0]));
        return KR_VALUE_NULL;
    }
    clear_buffer(p);
    if (dump(th, p, args[1]) < 0 || flush_to_file(th, p) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

KR_LIB_FUNC(pickler_clear_memo)
{
    if (kr_libutil_check_positional(th, "clear_memo", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    memo_clear(&P(args[0])->memo);
    return KR_NONE;
}

KR_LIB_FUNC(pickler_sizeof)
{
    Pickler *p = P(args[0]);
    return kr_int_from_i64(th, (int64_t)(kr_type_of(args[0])->size + (size_t)p->out_cap +
                                         (p->memo.table ? (size_t)(p->memo.mask + 1) * sizeof(MemoEntry) : 0)));
}

static const MethodDef pickler_methods[] = {
    {"dump", pickler_dump, "($self, obj, /)",
     "Write a pickled representation of the given object to the open file.", 0},
    {"clear_memo", pickler_clear_memo, "($self, /)", "Clears the pickler's \"memo\".", 0},
    {"__sizeof__", pickler_sizeof, "($self, /)", "Returns size in memory, in bytes.", 0},
    {0},
};

static int int_attr(Thread *th, Value v, int64_t *out)
{
    if (!kr_is_int(v)) {
        kr_err_type_error(th, "an integer is required (got type %s)", kr_type_name(v));
        return -1;
    }
    return kr_int_as_i64(th, v, out);
}

static Value get_bin(Thread *th, Value s) { return kr_int_from_i64(th, P(s)->bin); }
static Value get_fast(Thread *th, Value s) { return kr_int_from_i64(th, P(s)->fast); }
static int set_bin(Thread *th, Value s, Str *n, Value v)
{
    if (!v) {
        kr_err_set_string(th, &kr_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    return int_attr(th, v, &P(s)->bin);
}
static int set_fast(Thread *th, Value s, Str *n, Value v)
{
    if (!v) {
        kr_err_set_string(th, &kr_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    return int_attr(th, v, &P(s)->fast);
}

static Value get_dispatch_table(Thread *th, Value s)
{
    if (!P(s)->dispatch_table)
        kr_err_set_string(th, &kr_exc_AttributeError, "dispatch_table");
    return P(s)->dispatch_table;
}
static int set_dispatch_table(Thread *th, Value s, Str *n, Value v)
{
    if (!v && !P(s)->dispatch_table) {
        kr_err_set_string(th, &kr_exc_AttributeError, "dispatch_table");
        return -1;
    }
    P(s)->dispatch_table = v;
    return 0;
}

static Value get_persid(Thread *th, Value s)
{
    if (!P(s)->pers_func)
        kr_err_set_string(th, &kr_exc_AttributeError, "persistent_id");
    return P(s)->pers_func;
}
static int set_persid(Thread *th, Value s, Str *n, Value v)
{
    if (!v) {
        kr_err_set_string(th, &kr_exc_TypeError, "attribute deletion is not supported");
        return -1;
    }
    if (!kr_type_of(v)->call) {
        kr_err_set_string(th, &kr_exc_TypeError, "persistent_id must be a callable taking one argument");
        return -1;
    }
    P(s)->pers_func = v;
    return 0;
}

/* pickler.memo: a proxy whose copy() is {id(obj): (index, obj)}. */
typedef struct MemoProxy {
    Obj hdr;
    Value owner;
} MemoProxy;

static Value get_memo(Thread *th, Value s)
{
    MemoProxy *m = kr_libutil_alloc(th, &memoproxy_type);
    if (!m)
        return KR_VALUE_NULL;
    m->owner = s;
    return kr_from_obj(m);
}

static Value memo_as_dict(Thread *th, Pickler *p)
{
    Dict *d = kr_dict_new(th);
    for (int64_t i = 0; d && p->memo.table && i <= p->memo.mask; i++) {
        MemoEntry *e = &p->memo.table[i];
        if (!e->key)
            continue;
        mpz_t z;
        mpz_init(z);
        mpz_set_ui(z, (unsigned long)e->key);
        Value id = kr_int_from_mpz(th, z);
        mpz_clear(z);
        Value pair[2] = {kr_from_smallint(e->index), e->key};
        Tuple *t = id ? kr_tuple_from_array(th, pair, 2) : NULL;
        if (!t || kr_dict_set(th, d, id, kr_from_obj(t)) < 0)
            return KR_VALUE_NULL;
    }
    return d ? kr_from_obj(d) : KR_VALUE_NULL;
}

static int set_memo(Thread *th, Value s, Str *n, Value v)
{
    if (!v) {
        kr_err_set_string(th, &kr_exc_TypeError, "attribute deletion is not supported");
        return -1;
    }
    if (kr_is_type(v, &memoproxy_type))
        v = memo_as_dict(th, P(((MemoProxy *)kr_as_obj(v))->owner));
    else if (!kr_dict_check(v)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "'memo' attribute must be a PicklerMemoProxy object or dict, not %T", v);
        return -1;
    }
    if (!v)
        return -1;
    Memo memo = {0};
    int64_t pos = 0;
    Value key, val;
    while (kr_dict_next(kr_as_dict(v), &pos, &key, &val)) {
        if (!kr_tuple_check(val) || kr_as_tuple(val)->size != 2) {
            kr_err_set_string(th, &kr_exc_TypeError, "'memo' values must be 2-item tuples");
            return -1;
        }
        int64_t idx;
        Tuple *t = kr_as_tuple(val);
        if (kr_libutil_as_ssize(th, t->items[0], &idx) < 0 ||
            memo_set(th, &memo, t->items[1], idx) < 0)
            return -1;
    }
    P(s)->memo = memo;
    return 0;
}

static const MemberDef pickler_members[] = {
    {"bin", 0, get_bin, set_bin, NULL, 0},
    {"fast", 0, get_fast, set_fast, NULL, 0},
    {"dispatch_table", 0, get_dispatch_table, set_dispatch_table, NULL, 0},
    {"memo", 0, get_memo, set_memo, NULL, 0},
    {"persistent_id", 0, get_persid, set_persid, NULL, 0},
    {0},
};

static Type pickler_type = {
    .hdr = {&kr_type_type}, .name = "_pickle.Pickler", .size = sizeof(Pickler),
    .flags = KR_TYPE_BASETYPE, .new_ = pickler_new, .init = pickler_init,
    .methods = pickler_methods, .members = pickler_members,
};

KR_LIB_FUNC(memoproxy_copy)
{
    if (kr_libutil_check_positional(th, "copy", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return memo_as_dict(th, P(((MemoProxy *)kr_as_obj(args[0]))->owner));
}

KR_LIB_FUNC(memoproxy_clear)
{
    if (kr_libutil_check_positional(th, "clear", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    memo_clear(&P(((MemoProxy *)kr_as_obj(args[0]))->owner)->memo);
    return KR_NONE;
}

KR_LIB_FUNC(memoproxy_reduce)
{
    Value d = memo_as_dict(th, P(((MemoProxy *)kr_as_obj(args[0]))->owner));
    Tuple *a = d ? kr_tuple_from_array(th, &d, 1) : NULL;
    Value r[2] = {kr_from_obj(&kr_dict_type), a ? kr_from_obj(a) : KR_VALUE_NULL};
    Tuple *t = a ? kr_tuple_from_array(th, r, 2) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MethodDef memoproxy_methods[] = {
    {"copy", memoproxy_copy, "($self, /)", "Copy the memo to a new object.", 0},
    {"clear", memoproxy_clear, "($self, /)", "Remove all items from memo.", 0},
    {"__reduce__", memoproxy_reduce, "($self, /)", "Implement pickle support.", 0},
    {0},
};

static Type memoproxy_type = {
    .hdr = {&kr_type_type}, .name = "_pickle.PicklerMemoProxy", .size = sizeof(MemoProxy),
    .methods = memoproxy_methods,
};

/* ---- PickleBuffer --------------------------------------------------------------------- */

#define PB(v) ((PickleBuffer *)kr_as_obj(v))

static Value picklebuffer_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "PickleBuffer", args, nargs, kw, names, 1, 1, a) < 0)
        return KR_VALUE_NULL;
    if (!kr_buffer_check(a[0])) {
        kr_err_format(th, &kr_exc_TypeError, "a bytes-like object is required, not '%T'", a[0]);
        return KR_VALUE_NULL;
    }
    PickleBuffer *pb = kr_libutil_alloc(th, type);
    if (!pb)
        return KR_VALUE_NULL;
    pb->obj = a[0];
    return kr_from_obj(pb);
}

static Value released(Thread *th)
{
    kr_err_set_string(th, &kr_exc_ValueError, "operation forbidden on released PickleBuffer object");
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(picklebuffer_raw)
{
    if (kr_libutil_check_positional(th, "raw", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    if (!PB(args[0])->obj)
        return released(th);
    Value mv = kr_dict_get_str(th->vm->builtins, kr_str_intern_cstr(th, "memoryview"));
    Value v = mv ? kr_vm_call(th, mv, &PB(args[0])->obj, 1, NULL) : KR_VALUE_NULL;
    Value cast = v ? kr_object_getattr(th, v, kr_str_intern_cstr(th, "cast")) : KR_VALUE_NULL;
    Value fmt = kr_from_obj(kr_str_intern_cstr(th, "B"));
    return cast ? kr_vm_call(th, cast, &fmt, 1, NULL) : KR_VALUE_NULL;
}

KR_LIB_FUNC(picklebuffer_release)
{
    if (kr_libutil_check_positional(th, "release", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    PB(args[0])->obj = KR_VALUE_NULL;
    return KR_NONE;
}

/* A PickleBuffer lends the buffer of the object it wraps (the view's
 * exporter is that object, so releasing it goes there). */
static int picklebuffer_getbuffer(Thread *th, Value obj, Buffer *view, int flags)
{
    if (!PB(obj)->obj) {
        released(th);
        return -1;
    }
    return kr_buffer_get(th, PB(obj)->obj, view, flags);
}

static const BufferProcs picklebuffer_as_buffer = {picklebuffer_getbuffer, NULL};

static const MethodDef picklebuffer_methods[] = {
    {"raw", picklebuffer_raw, "($self, /)",
     "Return a memoryview of the raw memory underlying this buffer.\n"
     "Will raise BufferError is the buffer isn't contiguous.", 0},
    {"release", picklebuffer_release, "($self, /)",
     "Release the underlying buffer exposed by the PickleBuffer object.", 0},
    {0},
};

Type kr_pickle_buffer_type = {
    .hdr = {&kr_type_type}, .name = "pickle.PickleBuffer", .size = sizeof(PickleBuffer),
    .new_ = picklebuffer_new, .methods = picklebuffer_methods,
    .as_buffer = &picklebuffer_as_buffer,
};

/* ---- module functions -------------------------------------------------------------------- */

/* dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None) */
KR_LIB_FUNC(pickle_dumps)
{
    static const char *const names[] = {"obj", "protocol", "fix_imports", "buffer_callback", NULL};
    Value a[4];
    if (kr_libutil_parse_kwonly(th, "dumps", args, nargs, kw, names, 0, 1, 2, a) < 0)
        return KR_VALUE_NULL;
    Pickler *p = kr_libutil_alloc(th, &pickler_type);
    bool fix;
    if (!p || truth_arg(th, a[2], true, &fix) < 0 || set_protocol(th, p, a[1], fix) < 0 ||
        set_buffer_callback(th, p, a[3] ? a[3] : KR_NONE) < 0)
        return KR_VALUE_NULL;
    pickler_reset(p);
    if (dump(th, p, a[0]) < 0)
        return KR_VALUE_NULL;
    return output_bytes(th, p);
}

/* dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None) */
KR_LIB_FUNC(pickle_dump)
{
    static const char *const names[] = {"obj", "file", "protocol", "fix_imports",
                                        "buffer_callback", NULL};
    Value a[5];
    if (kr_libutil_parse_kwonly(th, "dump", args, nargs, kw, names, 0, 2, 2, a) < 0)
        return KR_VALUE_NULL;
    Pickler *p = kr_libutil_alloc(th, &pickler_type);
    bool fix;
    if (!p || truth_arg(th, a[3], true, &fix) < 0 || set_protocol(th, p, a[2], fix) < 0)
        return KR_VALUE_NULL;
    if (kr_mod__pickle_lookup_attr(th, a[1], "write", &p->write) < 0)
        return KR_VALUE_NULL;
    if (!p->write) {
        kr_err_set_string(th, &kr_exc_TypeError, "file must have a 'write' attribute");
        return KR_VALUE_NULL;
    }
    if (set_buffer_callback(th, p, a[4] ? a[4] : KR_NONE) < 0)
        return KR_VALUE_NULL;
    pickler_reset(p);
    if (dump(th, p, a[0]) < 0 || flush_to_file(th, p) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

static const MethodDef pickle_functions[] = {
    {"dump", pickle_dump, "($module, /, obj, file, protocol=None, *, fix_imports=True, buffer_callback=None)",
     "Write a pickled representation of obj to the open file object file.", 0},
    {"dumps", pickle_dumps, "($module, /, obj, protocol=None, *, fix_imports=True, buffer_callback=None)",
     "Return the pickled representation of the object as a bytes object.", 0},
    {"load", kr_mod__pickle_load,
     "($module, /, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())",
     "Read and return an object from the pickle data stored in a file.", 0},
    {"loads", kr_mod__pickle_loads,
     "($module, data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())",
     "Read and return an object from the given pickle data.", 0},
    {0},
};

int kr_mod__pickle_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_pickle", pickle_functions);
    if (!m || kr_type_ready(th, &kr_pickle_error_type) < 0 ||
        kr_type_ready(th, &kr_pickle_picklingerror_type) < 0 ||
        kr_type_ready(th, &kr_pickle_unpicklingerror_type) < 0 ||
        kr_type_ready(th, &memoproxy_type) < 0 ||
        kr_libutil_add_value(th, m, "PickleError", kr_from_obj(&kr_pickle_error_type)) < 0 ||
        kr_libutil_add_value(th, m, "PicklingError", kr_from_obj(&kr_pickle_picklingerror_type)) < 0 ||
        kr_libutil_add_value(th, m, "UnpicklingError", kr_from_obj(&kr_pickle_unpicklingerror_type)) < 0 ||
        kr_libutil_add_type(th, m, &pickler_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_pickle_buffer_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_pickle_unpickler_type) < 0)
        return -1;
    return kr_mod__pickle_load_init(th);
}
