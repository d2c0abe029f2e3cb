/*
 * marshal.c -- the marshal module: CPython's serialisation of constants,
 * in its version-4 format byte for byte (dumps/loads/dump/load).
 *
 * A record is a type code byte, then its payload:
 *   N F T S .          None False True StopIteration Ellipsis
 *   i <int32>          an int that fits in 32 bits;  l <n:int32> <|n| uint16>
 *                      otherwise: 15-bit digits, low first, sign in n
 *   g <double> y <double><double>      float, complex (little-endian IEEE)
 *   z <u8> a <u32>     ascii str (Z, A when interned); u <u32> utf-8 str
 *                      (t when interned);  s <u32> bytes
 *   ) <u8> ( <u32>     tuple;  [ list  { dict (pairs, ended by 0)  < set  > frozenset
 *   r <u32>            a reference to an earlier object flagged 0x80
 *   K ...              krait's own code object record (see "code objects"
 *                      below); B <u8> one of the builtins the compiler
 *                      puts in constant pools
 * From version 3 a written object is flagged (0x80) and later occurrences
 * of the same object become r records.  CPython flags only objects whose
 * reference count is above 1; krait has no reference counts, so it flags
 * every object that can be shared (not None/bools/Ellipsis): what CPython
 * writes for values held in variables or constants.
 *
 * Code objects are krait's, not CPython's: CPython's 'c' record describes
 * CPython bytecode, which krait cannot run, so krait neither reads nor
 * writes it ("unknown type code" both ways) and writes its own 'K' record
 * instead.  The record starts with the build stamp of vm/pyc.h, so code
 * marshalled by a krait whose compiler or instruction set differ is
 * refused rather than run.  This is what .pyc files hold (vm/pyc.c).
 */
#include <stdio.h>
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/buf.h"
#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/complex.h"
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
#include "vm/opcodes.h"
#include "vm/pyc.h"
#include "modules/marshal.h"

enum { FLAG_REF = 0x80, MAX_DEPTH = 2000, CURRENT_VERSION = 4 };

/* ---- writing ------------------------------------------------------------- */

typedef struct Writer {
    Buf out;
    int version;
    Dict *refs;             /* id(object) -> index of its flagged record */
    int64_t nrefs;
    int depth;
    int in_code;            /* > 0 while writing a code object's parts */
} Writer;

static void w_u32(Writer *w, uint32_t n)
{
    unsigned char b[4] = {n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >> 24};
    kr_buf_write(&w->out, b, 4);
}

static void w_double(Writer *w, double d)
{
    uint64_t bits;
    memcpy(&bits, &d, 8);
    for (int i = 0; i < 8; i++)
        kr_buf_putc(&w->out, (char)((bits >> (8 * i)) & 0xff));
}

static void w_code(Writer *w, char code, bool flag)
{
    kr_buf_putc(&w->out, (char)(flag ? (unsigned char)code | FLAG_REF : (unsigned char)code));
}

/* An r record for an object already written, or register it: 1 when the
 * reference was written, 0 when the caller writes the object flagged. */
static int w_ref(Thread *th, Writer *w, Value v)
{
    /* the Value word is the identity: unboxed ints and floats are equal
     * exactly when CPython's would be the same shared constant */
    Value key = kr_int_from_i64(th, (int64_t)v);
    if (!key)
        return -1;
    Value idx = kr_dict_get(th, w->refs, key);
    if (idx) {
        kr_buf_putc(&w->out, 'r');
        w_u32(w, (uint32_t)kr_as_smallint(idx));
        return 1;
    }
    if (kr_err_occurred(th))
        return -1;
    return kr_dict_set(th, w->refs, key, kr_from_smallint(w->nrefs++)) < 0 ? -1 : 0;
}

static void w_long(Writer *w, Value v, bool flag)
{
    mpz_t z, digit;
    if (kr_is_bigint(v))
        mpz_init_set(z, ((BigInt *)kr_as_obj(v))->z);
    else
        mpz_init_set_si(z, (long)kr_as_smallint(v));
    int sign = mpz_sgn(z);
    mpz_abs(z, z);
    size_t ndigits = (mpz_sizeinbase(z, 2) + 14) / 15;
    w_code(w, 'l', flag);
    w_u32(w, (uint32_t)(sign < 0 ? -(int64_t)ndigits : (int64_t)ndigits));
    mpz_init(digit);
    for (size_t i = 0; i < ndigits; i++) {
        mpz_tdiv_r_2exp(digit, z, 15);
        unsigned long d = mpz_get_ui(digit);
        kr_buf_putc(&w->out, (char)(d & 0xff));
        kr_buf_putc(&w->out, (char)(d >> 8));
        mpz_tdiv_q_2exp(z, z, 15);
    }
    mpz_clear(digit);
    mpz_clear(z);
}

/* Was s interned by CPython?  It interns the string constants made only
 * of ASCII letters, digits and '_'; krait interns more constants, so its
 * flag alone would say too much. */
static bool cpython_interned(Str *s, const char *utf8, size_t len)
{
    if (!s->interned)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = utf8[i];
        if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

static void w_str(Thread *th, Writer *w, Str *s, bool flag, const char *utf8, size_t len)
{
    /* in code, krait's own flag: the VM compares interned names by pointer */
    bool interned = w->in_code ? s->interned : cpython_interned(s, utf8, len);
    if (w->version >= 4 && s->ascii) {
        bool small = len < 256;
        w_code(w, small ? (interned ? 'Z' : 'z') : (interned ? 'A' : 'a'), flag);
        if (small)
            kr_buf_putc(&w->out, (char)len);
        else
            w_u32(w, (uint32_t)len);
    } else {
        w_code(w, interned && w->version >= 3 ? 't' : 'u', flag);
        w_u32(w, (uint32_t)len);
    }
    kr_buf_write(&w->out, utf8, len);
}

static int w_object(Thread *th, Writer *w, Value v);

/* Versions 0 and 1 write floats as text ('%.17g'), a length byte first. */
static void w_text(Writer *w, double d)
{
    char text[32];
    int n = snprintf(text, sizeof text, "%.17g", d);
    kr_buf_putc(&w->out, (char)n);
    kr_buf_write(&w->out, text, (size_t)n);
}

static int w_float_text(Thread *th, Writer *w, char code, bool flag, double re, double im,
                        bool complex)
{
    w_code(w, code, flag);
    w_text(w, re);
    if (complex)
        w_text(w, im);
    return 0;
}

static int w_items(Thread *th, Writer *w, const Value *items, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        if (w_object(th, w, items[i]) < 0)
            return -1;
    return 0;
}

static int w_set(Thread *th, Writer *w, Set *s, char code, bool flag)
{
    w_code(w, code, flag);
    w_u32(w, (uint32_t)s->used);
    int64_t pos = 0;
    Value k;
    while (kr_set_next(s, &pos, &k))
        if (w_object(th, w, k) < 0)
            return -1;
    return 0;
}

static int w_dict(Thread *th, Writer *w, Dict *d, bool flag)
{
    w_code(w, '{', flag);
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(d, &pos, &k, &v))
        if (w_object(th, w, k) < 0 || w_object(th, w, v) < 0)
            return -1;
    kr_buf_putc(&w->out, '0');
    return 0;
}

/* Bytes and anything exporting a buffer, written as bytes. */
static int w_bytes(Thread *th, Writer *w, Value v, bool flag)
{
    const unsigned char *data;
    int64_t len;
    if (kr_bytes_view(th, v, &data, &len) < 0)
        return -1;
    w_code(w, 's', flag);
    w_u32(w, (uint32_t)len);
    kr_buf_write(&w->out, data, (size_t)len);
    return 0;
}

static int unmarshallable(Thread *th)
{
    kr_err_set_string(th, &kr_exc_ValueError, "unmarshallable object");
    return -1;
}

/* ---- code objects ----------------------------------------------------------
 * K <u32 stamp> <u32 sum> <u32 x 12: ninstrs framesize nlocals ncells nfree argcount
 *   posonlyargcount kwonlyargcount flags nexc firstlineno linetable_len>
 *   <ninstrs x u64 instruction words> <nexc x 4 u32: start end handler reg>
 *   <linetable bytes> <u32 n> <positions, n bytes: 4 zigzag varints per
 *   instruction, each the difference from the previous instruction's same
 *   field (source ranges move little, so most take one byte: a quarter of
 *   the raw size)>.  The reader keeps the n bytes packed and decodes them
 *   only when a traceback or co_positions() asks (kr_code_positions):
 *   decoding every module's positions at import was a tenth of the import.
 *   consts varnames cellvars freevars name qualname filename (records)
 * The builtins a constant pool can hold (compile.c puts two there) are
 * written by number: they are C functions, not data.
 *
 * sum is a checksum of the rest of the record, nested records included,
 * in the outermost code record (0 in nested ones).  The reader checks the
 * counts, tables and names it builds, but not the operands of every
 * instruction -- a register or constant index out of range would crash
 * the VM -- so a record damaged on disk or in transit must be refused
 * before anything runs it.  (Like CPython, krait does not defend against
 * a crafted code object: marshal data is as trusted as source.  marshal
 * .load from a file object, which reads piecemeal, does not check it.) */

static const MethodDef *const compiler_builtins[] = {
    &kr_mod_builtins_setup_annotations_def,
    &kr_mod_sys_print_expr_def,
};

static int compiler_builtin(const Builtin *b)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(compiler_builtins); i++)
        if (b->def == compiler_builtins[i] && !b->self)
            return (int)i;
    return -1;
}

static void w_varint(Writer *w, uint64_t n)
{
    while (n >= 0x80) {
        kr_buf_putc(&w->out, (char)(n | 0x80));
        n >>= 7;
    }
    kr_buf_putc(&w->out, (char)n);
}

static int w_code_body(Thread *th, Writer *w, Code *c);

/* The positions' byte count, then the varints (still packed if the code
 * came from marshal and none were needed: copied as they are). */
static void w_positions(Writer *w, const Code *c)
{
    if (!c->positions) {
        w_u32(w, c->positions_packed_len);
        kr_buf_write(&w->out, c->positions_packed, c->positions_packed_len);
        return;
    }
    size_t len_at = w->out.len;
    w_u32(w, 0);
    int32_t prev[4] = {0, 0, 0, 0};
    for (uint32_t i = 0; i < c->ninstrs; i++)
        for (int f = 0; f < 4; f++) {
            int64_t d = (int64_t)c->positions[4 * i + f] - prev[f];
            w_varint(w, ((uint64_t)d << 1) ^ (uint64_t)(d >> 63));
            prev[f] = c->positions[4 * i + f];
        }
    uint32_t n = (uint32_t)(w->out.len - len_at - 4);
    for (int i = 0; i < 4; i++)
        w->out.data[len_at + i] = (char)((n >> (8 * i)) & 0xff);
}

/* 32 bits of a 64-bit multiplicative hash, a word at a time. */
static uint32_t checksum(const unsigned char *p, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15u ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t word;
        memcpy(&word, p + i, 8);
        h = (h ^ word) * 0x100000001B3u;
        h ^= h >> 29;
    }
    for (; i < n; i++)
        h = (h ^ p[i]) * 0x100000001B3u;
    h ^= h >> 32;
    return (uint32_t)h;
}

static int w_code_object(Thread *th, Writer *w, Code *c, bool flag)
{
    w_code(w, 'K', flag);
    w_u32(w, kr_pyc_stamp32());
    size_t sum_at = w->out.len;
    w_u32(w, 0);
    int r = w_code_body(th, w, c);
    if (r == 0 && w->in_code == 0) {
        uint32_t sum = checksum((const unsigned char *)w->out.data + sum_at + 4,
                               w->out.len - sum_at - 4);
        for (int i = 0; i < 4; i++)
            w->out.data[sum_at + i] = (char)((sum >> (8 * i)) & 0xff);
    }
    return r;
}

static int w_code_body(Thread *th, Writer *w, Code *c)
{
    uint32_t head[] = {c->ninstrs, c->framesize, c->nlocals, c->ncells,
                       c->nfree, c->argcount, c->posonlyargcount, c->kwonlyargcount, c->flags,
                       c->nexc, (uint32_t)c->firstlineno, c->linetable_len};
    for (size_t i = 0; i < KR_ARRAY_LEN(head); i++)
        w_u32(w, head[i]);
    for (uint32_t i = 0; i < c->ninstrs; i++) {
        w_u32(w, (uint32_t)c->instrs[i]);
        w_u32(w, (uint32_t)(c->instrs[i] >> 32));
    }
    for (uint32_t i = 0; i < c->nexc; i++) {
        const ExcEntry *e = &c->exctable[i];
        uint32_t f[4] = {e->start, e->end, e->handler, e->reg};
        for (int k = 0; k < 4; k++)
            w_u32(w, f[k]);
    }
    kr_buf_write(&w->out, c->linetable, c->linetable_len);
    w_positions(w, c);
    Value parts[] = {kr_from_obj(c->consts), kr_from_obj(c->varnames), kr_from_obj(c->cellvars),
                     kr_from_obj(c->freevars), kr_from_obj(c->name), kr_from_obj(c->qualname),
                     kr_from_obj(c->filename)};
    w->in_code++;
    int r = w_items(th, w, parts, KR_ARRAY_LEN(parts));
    w->in_code--;
    return r;
}

/* An object that can be shared (flagged, maybe written as a reference). */
static int w_shared(Thread *th, Writer *w, Value v)
{
    bool flag = false;
    if (w->version >= 3) {
        int r = w_ref(th, w, v);
        if (r != 0)
            return r < 0 ? -1 : 0;
        flag = true;
    }
    Type *t = kr_is_obj(v) ? kr_as_obj(v)->type : NULL;
    if (kr_is_smallint(v) || kr_is_bigint(v)) {
        int64_t i;
        if (kr_is_smallint(v) && (i = kr_as_smallint(v)) >= INT32_MIN && i <= INT32_MAX) {
            w_code(w, 'i', flag);
            w_u32(w, (uint32_t)(int32_t)i);
        } else {
            w_long(w, v, flag);
        }
    } else if (kr_is_float(v)) {
        if (w->version < 2)
            return w_float_text(th, w, 'f', flag, kr_float_value(v), 0, false);
        w_code(w, 'g', flag);
        w_double(w, kr_float_value(v));
    } else if (t == &kr_complex_type) {
        Complex *c = (Complex *)kr_as_obj(v);
        if (w->version < 2)
            return w_float_text(th, w, 'x', flag, c->real, c->imag, true);
        w_code(w, 'y', flag);
        w_double(w, c->real);
        w_double(w, c->imag);
    } else if (t == &kr_str_type) {
        size_t len;
        const char *s = kr_str_utf8(th, kr_as_str(v), &len);
        if (!s)
            return -1;
        w_str(th, w, kr_as_str(v), flag, s, len);
    } else if (t == &kr_bytes_type || kr_bytes_like(v)) {
        return w_bytes(th, w, v, flag);
    } else if (t == &kr_tuple_type) {
        Tuple *tp = (Tuple *)kr_as_obj(v);
        if (tp->size < 256) {
            w_code(w, ')', flag);
            kr_buf_putc(&w->out, (char)tp->size);
        } else {
            w_code(w, '(', flag);
            w_u32(w, (uint32_t)tp->size);
        }
        return w_items(th, w, tp->items, tp->size);
    } else if (t == &kr_list_type) {
        List *l = kr_as_list(v);
        w_code(w, '[', flag);
        w_u32(w, (uint32_t)l->size);
        return w_items(th, w, l->items, l->size);
    } else if (t == &kr_dict_type) {
        return w_dict(th, w, kr_as_dict(v), flag);
    } else if (t == &kr_set_type || t == &kr_frozenset_type) {
        return w_set(th, w, (Set *)kr_as_obj(v), t == &kr_set_type ? '<' : '>', flag);
    } else if (t == &kr_code_type) {
        return w_code_object(th, w, (Code *)kr_as_obj(v), flag);
    } else if (t == &kr_builtin_type && compiler_builtin((Builtin *)kr_as_obj(v)) >= 0) {
        w_code(w, 'B', flag);
        kr_buf_putc(&w->out, (char)compiler_builtin((Builtin *)kr_as_obj(v)));
    } else {
        return unmarshallable(th);
    }
    return 0;
}

static int w_object(Thread *th, Writer *w, Value v)
{
    if (w->depth >= MAX_DEPTH) {
        kr_err_set_string(th, &kr_exc_ValueError, "object too deeply nested to marshal");
        return -1;
    }
    if (v == KR_NONE)
        kr_buf_putc(&w->out, 'N');
    else if (v == KR_FALSE || v == KR_TRUE)
        kr_buf_putc(&w->out, v == KR_TRUE ? 'T' : 'F');
    else if (v == KR_ELLIPSIS)
        kr_buf_putc(&w->out, '.');
    else if (v == kr_from_obj(&kr_exc_StopIteration))
        kr_buf_putc(&w->out, 'S');
    else {
        w->depth++;
        int r = w_shared(th, w, v);
        w->depth--;
        return r;
    }
    return 0;
}

/* ---- reading ------------------------------------------------------------- */

typedef struct Reader {
    const unsigned char *data;
    int64_t len, pos;
    Value file;             /* load(): read from file.read(n), else 0 */
    Value chunk;            /* the last bytes file.read() returned, kept
                               reachable while its data is used */
    List *refs;
    int depth;
    int in_code;            /* > 0 while reading a code object's parts */
} Reader;

/* n more bytes from a file object, or NULL with an exception. */
static __attribute__((noinline)) const unsigned char *r_file_bytes(Thread *th, Reader *r,
                                                                   int64_t n)
{
    {
        Str *k_read = kr_str_intern_cstr(th, "read");
        Value m = k_read ? kr_object_getattr(th, r->file, k_read) : KR_VALUE_NULL;
        Value arg = kr_from_smallint(n);
        Value b = m ? kr_vm_call(th, m, &arg, 1, NULL) : KR_VALUE_NULL;
        if (!b)
            return NULL;
        if (!kr_is_bytes(b)) {
            kr_err_format(th, &kr_exc_TypeError, "file.read() returned not bytes but %s",
                          kr_type_name(b));
            return NULL;
        }
        if (kr_as_bytes(b)->len != n) {
            kr_err_set_string(th, &kr_exc_EOFError, "EOF read where not expected");
            return NULL;
        }
        r->chunk = b;
        return (const unsigned char *)kr_as_bytes(b)->data;
    }
}

/* n more bytes, or NULL with EOFError.  Inline: an import reads a few
 * bytes at a time, tens of thousands of times. */
static inline const unsigned char *r_bytes(Thread *th, Reader *r, int64_t n)
{
    if (KR_UNLIKELY(r->file))
        return r_file_bytes(th, r, n);
    if (KR_UNLIKELY(r->len - r->pos < n)) {
        kr_err_set_string(th, &kr_exc_EOFError, "marshal data too short");
        return NULL;
    }
    r->pos += n;
    return r->data + r->pos - n;
}

static int r_u32(Thread *th, Reader *r, int64_t *out, bool is_signed)
{
    const unsigned char *b = r_bytes(th, r, 4);
    if (!b)
        return -1;
    uint32_t n = b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
    *out = is_signed ? (int64_t)(int32_t)n : (int64_t)n;
    return 0;
}

static int r_double(Thread *th, Reader *r, double *out)
{
    const unsigned char *b = r_bytes(th, r, 8);
    if (!b)
        return -1;
    uint64_t bits = 0;
    for (int i = 7; i >= 0; i--)
        bits = bits << 8 | b[i];
    memcpy(out, &bits, 8);
    return 0;
}

static Value bad_data(Thread *th, const char *what)
{
    kr_err_format(th, &kr_exc_ValueError, "bad marshal data (%s)", what);
    return KR_VALUE_NULL;
}

static Value r_object(Thread *th, Reader *r);

static Value r_long(Thread *th, Reader *r)
{
    int64_t n;
    if (r_u32(th, r, &n, true) < 0)
        return KR_VALUE_NULL;
    if (n < -(int64_t)INT32_MAX || n > INT32_MAX)
        return bad_data(th, "long size out of range");
    int64_t count = n < 0 ? -n : n;
    const unsigned char *b = r_bytes(th, r, 2 * count);
    if (!b)
        return KR_VALUE_NULL;
    mpz_t z;
    mpz_init(z);
    for (int64_t i = count - 1; i >= 0; i--) {
        unsigned d = b[2 * i] | (unsigned)b[2 * i + 1] << 8;
        if (d >= 1u << 15 || (i == count - 1 && d == 0)) {
            mpz_clear(z);
            return bad_data(th, d >= 1u << 15 ? "digit out of range in long"
                                              : "unnormalized long data");
        }
        mpz_mul_2exp(z, z, 15);
        mpz_add_ui(z, z, d);
    }
    if (n < 0)
        mpz_neg(z, z);
    Value v = kr_int_from_mpz(th, z);
    mpz_clear(z);
    return v;
}

/* A float (or complex, as two) written as text by versions 0 and 1. */
static int r_text_double(Thread *th, Reader *r, double *out)
{
    const unsigned char *b = r_bytes(th, r, 1);
    int64_t n = b ? *b : 0;
    const unsigned char *text = b ? r_bytes(th, r, n) : NULL;
    Str *s = text ? kr_str_from_utf8(th, (const char *)text, (size_t)n) : NULL;
    Value f = s ? kr_float_from_string(th, s) : KR_VALUE_NULL;
    if (!f)
        return -1;
    *out = kr_float_value(f);
    return 0;
}

static Value r_float_text(Thread *th, Reader *r, bool complex)
{
    double re, im = 0;
    if (r_text_double(th, r, &re) < 0 || (complex && r_text_double(th, r, &im) < 0))
        return KR_VALUE_NULL;
    return complex ? kr_complex_new(th, re, im) : kr_float_new(th, re);
}

/* Is b[0, n) UTF-8, surrogates allowed (CPython writes str with the
 * "surrogatepass" handler)? */
static bool utf8_with_surrogates(const unsigned char *b, int64_t n)
{
    for (int64_t i = 0; i < n;) {
        unsigned c = b[i];
        int need = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
        if (!need || i + need > n)
            return false;
        unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        for (int k = 1; k < need; k++)
            if (b[i + k] < (k == 1 ? lo : 0x80) || b[i + k] > (k == 1 ? hi : 0xBF))
                return false;
        i += need;
    }
    return true;
}

/* A str record's n bytes: ASCII records (a A z Z) hold one code point per
 * byte, which CPython reads as Latin-1 when corrupt data has a high byte;
 * the others hold UTF-8, and an ill-formed sequence is UnicodeDecodeError. */
static Value r_str(Thread *th, Reader *r, int64_t n, bool interned, bool ascii)
{
    const unsigned char *b = r_bytes(th, r, n);
    if (!b)
        return KR_VALUE_NULL;
    Str *s;
    if (kr_bytes_ascii(b, (size_t)n)) {     /* most names and constants */
        s = n ? kr_str_alloc(th, n, 1, true) : th->vm->empty_str;
        if (s && n)
            memcpy(s->data, b, (size_t)n);
    } else if (!ascii && utf8_with_surrogates(b, n)) {
        s = kr_str_from_utf8(th, (const char *)b, (size_t)n);
    } else {
        Str *enc = kr_str_from_cstr(th, ascii ? "latin-1" : "utf-8");
        Value v = enc ? kr_bytes_decode(th, b, n, kr_from_obj(enc), KR_VALUE_NULL) : KR_VALUE_NULL;
        s = v ? kr_as_str(v) : NULL;
    }
    if (s && interned)
        s = kr_str_intern(th, s);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value r_sized(Thread *th, Reader *r, int64_t *n)
{
    if (r_u32(th, r, n, true) < 0)
        return KR_VALUE_NULL;
    if (*n < 0)
        return bad_data(th, "size out of range");
    return KR_NONE;
}

/* A container of n items needs at least n more bytes: refuse a count the
 * data cannot hold before allocating for it (a hostile count would
 * otherwise ask for gigabytes).  The error is the one running out of
 * data gives. */
static bool room_for(Thread *th, Reader *r, int64_t n)
{
    if (r->file || n <= r->len - r->pos)
        return true;
    kr_err_set_string(th, &kr_exc_EOFError, "EOF read where object expected");
    return false;
}

/* The items of a tuple/list of n elements into items. */
static int r_items(Thread *th, Reader *r, Value *items, int64_t n, const char *what)
{
    for (int64_t i = 0; i < n; i++) {
        Value v = r_object(th, r);
        if (!v) {
            if (!kr_err_occurred(th))
                bad_data(th, what);
            return -1;
        }
        items[i] = v;
    }
    return 0;
}

static Value r_set(Thread *th, Reader *r, Type *t, int64_t slot)
{
    int64_t n;
    if (!r_sized(th, r, &n))
        return KR_VALUE_NULL;
    Set *s = kr_set_new(th, t);
    if (!s)
        return KR_VALUE_NULL;
    if (slot >= 0)
        r->refs->items[slot] = kr_from_obj(s);
    for (int64_t i = 0; i < n; i++) {
        Value v = r_object(th, r);
        if (!v)
            return kr_err_occurred(th) ? KR_VALUE_NULL : bad_data(th, "NULL object in marshal data for set");
        if (kr_set_add(th, s, v) < 0)
            return KR_VALUE_NULL;
    }
    return kr_from_obj(s);
}

static Value r_dict(Thread *th, Reader *r, int64_t slot)
{
    Dict *d = kr_dict_new(th);
    if (!d)
        return KR_VALUE_NULL;
    if (slot >= 0)
        r->refs->items[slot] = kr_from_obj(d);
    for (;;) {
        Value k = r_object(th, r);
        if (!k)
            break;
        Value v = r_object(th, r);
        if (!v)
            break;
        if (kr_dict_set(th, d, k, v) < 0)
            return KR_VALUE_NULL;
    }
    return kr_err_occurred(th) ? KR_VALUE_NULL : kr_from_obj(d);
}

/* ---- reading code objects ---------------------------------------------------- */

static uint32_t le32(const unsigned char *b)
{
    return b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

/* Atomic (pointer-free) memory for n items of size, or NULL with MemoryError. */
static void *r_alloc(Thread *th, uint64_t n, size_t size)
{
    void *p = kr_gc_alloc_atomic((size_t)(n + 1) * size);
    if (!p)
        kr_err_no_memory(th);
    return p;
}

static int r_instrs(Thread *th, Reader *r, Code *c)
{
    const unsigned char *b = r_bytes(th, r, 8 * (int64_t)c->ninstrs);
    if (!b || !(c->instrs = r_alloc(th, c->ninstrs, sizeof(Instr))))
        return -1;
    for (uint32_t i = 0; i < c->ninstrs; i++) {
        c->instrs[i] = le32(b + 8 * i) | (Instr)le32(b + 8 * i + 4) << 32;
        if (KR_OPC(c->instrs[i]) >= OP_COUNT)
            return bad_data(th, "unknown opcode"), -1;
    }
    return 0;
}

static int r_exctable(Thread *th, Reader *r, Code *c)
{
    const unsigned char *b = r_bytes(th, r, 16 * (int64_t)c->nexc);
    if (!b || !(c->exctable = r_alloc(th, c->nexc, sizeof(ExcEntry))))
        return -1;
    for (uint32_t i = 0; i < c->nexc; i++) {
        ExcEntry *e = &c->exctable[i];
        const unsigned char *p = b + 16 * i;
        *e = (ExcEntry){le32(p), le32(p + 4), le32(p + 8), le32(p + 12)};
        if (e->start > e->end || e->end > c->ninstrs || e->handler >= c->ninstrs ||
            e->reg >= c->framesize)
            return bad_data(th, "exception table entry out of range"), -1;
    }
    return 0;
}

static int r_positions(Thread *th, Reader *r, Code *c)
{
    const unsigned char *b = r_bytes(th, r, c->linetable_len);
    if (!b || !(c->linetable = r_alloc(th, c->linetable_len, 1)))
        return -1;
    memcpy(c->linetable, b, c->linetable_len);
    int64_t n;
    uint8_t *packed;
    if (r_u32(th, r, &n, false) < 0 || !(b = r_bytes(th, r, n)) || !(packed = r_alloc(th, n, 1)))
        return -1;
    memcpy(packed, b, (size_t)n);
    c->positions_packed = packed;
    c->positions_packed_len = (uint32_t)n;
    return 0;
}

/* Decode c's packed positions (code.h); a stream that ends early leaves
 * the rest unknown (-1).  Out of memory leaves them NULL: callers fall
 * back to the line table. */
void kr_code_unpack_positions(Code *c)
{
    int32_t *out = kr_gc_alloc_atomic((4 * (size_t)c->ninstrs + 1) * sizeof(int32_t));
    if (!out)
        return;
    const uint8_t *p = c->positions_packed, *end = p + c->positions_packed_len;
    int32_t prev[4] = {0, 0, 0, 0};
    for (uint64_t k = 0; k < 4 * (uint64_t)c->ninstrs; k++) {
        uint64_t z = 0;
        int shift = 0;
        while (p < end && (*p & 0x80) && shift < 63) {
            z |= (uint64_t)(*p++ & 0x7f) << shift;
            shift += 7;
        }
        if (p >= end) {
            out[k] = -1;
            continue;
        }
        z |= (uint64_t)*p++ << shift;
        prev[k & 3] = (int32_t)((uint32_t)prev[k & 3] + (uint32_t)((z >> 1) ^ -(z & 1)));
        out[k] = prev[k & 3];
    }
    __atomic_store_n(&c->positions, out, __ATOMIC_RELEASE);
}

/* The next record, which must be a str (or a tuple of n strs when
 * n >= 0): a code object's names. */
static Value r_names(Thread *th, Reader *r, int64_t n)
{
    Value v = r_object(th, r);
    if (!v)
        return kr_err_occurred(th) ? KR_VALUE_NULL : bad_data(th, "NULL object in code");
    if (n < 0)
        return kr_is_str(v) ? v : bad_data(th, "code name is not a str");
    if (!kr_is_type(v, &kr_tuple_type) || ((Tuple *)kr_as_obj(v))->size != n)
        return bad_data(th, "code names do not match its counts");
    Tuple *t = (Tuple *)kr_as_obj(v);
    for (int64_t i = 0; i < n; i++)
        if (!kr_is_str(t->items[i]))
            return bad_data(th, "code name is not a str");
    return v;
}

static Value r_code_body(Thread *th, Reader *r);

/* The counts must describe a frame the VM can lay out (code.h). */
static bool counts_valid(const Code *c)
{
    uint64_t named = (uint64_t)c->nlocals + c->ncells + c->nfree;
    uint64_t params = (uint64_t)c->argcount + c->kwonlyargcount +
                      !!(c->flags & KR_CO_VARARGS) + !!(c->flags & KR_CO_VARKEYWORDS);
    return c->ninstrs > 0 && c->framesize <= 0x10000 && named <= c->framesize &&
           params <= c->nlocals && c->posonlyargcount <= c->argcount;
}

/* The outermost code record: read, then checked against its checksum. */
static Value r_code(Thread *th, Reader *r)
{
    const unsigned char *b = r_bytes(th, r, 8);
    if (!b)
        return KR_VALUE_NULL;
    if (le32(b) != kr_pyc_stamp32())
        return bad_data(th, "code object from another krait build");
    uint32_t sum = le32(b + 4);
    int64_t start = r->pos;
    r->in_code++;
    Value v = r_code_body(th, r);
    r->in_code--;
    if (v && r->in_code == 0 && !r->file &&
        checksum(r->data + start, (size_t)(r->pos - start)) != sum)
        return bad_data(th, "code object checksum mismatch");
    return v;
}

static Value r_code_body(Thread *th, Reader *r)
{
    const unsigned char *b = r_bytes(th, r, 12 * 4);
    if (!b)
        return KR_VALUE_NULL;
    Code *c = kr_gc_alloc(sizeof *c);
    if (!c)
        return kr_err_no_memory(th), KR_VALUE_NULL;
    c->hdr.type = &kr_code_type;
    uint32_t *fields[] = {&c->ninstrs, &c->framesize, &c->nlocals, &c->ncells, &c->nfree,
                          &c->argcount, &c->posonlyargcount, &c->kwonlyargcount, &c->flags,
                          &c->nexc, NULL, &c->linetable_len};
    for (int i = 0; i < 12; i++)
        if (fields[i])
            *fields[i] = le32(b + 4 * i);
    c->firstlineno = (int32_t)le32(b + 4 * 10);
    if (!counts_valid(c))
        return bad_data(th, "code object counts out of range");
    /* not registered as a reference target until complete: a half-built
     * code object must never be seen (r_object registers the result) */
    if (r_instrs(th, r, c) < 0 || r_exctable(th, r, c) < 0 || r_positions(th, r, c) < 0)
        return KR_VALUE_NULL;
    Value consts = r_object(th, r);
    if (!consts)
        return kr_err_occurred(th) ? KR_VALUE_NULL : bad_data(th, "NULL object in code");
    if (!kr_is_type(consts, &kr_tuple_type))
        return bad_data(th, "code constants are not a tuple");
    c->consts = (Tuple *)kr_as_obj(consts);
    Value v;
    if (!(v = r_names(th, r, c->nlocals)) || !(c->varnames = (Tuple *)kr_as_obj(v)) ||
        !(v = r_names(th, r, c->ncells)) || !(c->cellvars = (Tuple *)kr_as_obj(v)) ||
        !(v = r_names(th, r, c->nfree)) || !(c->freevars = (Tuple *)kr_as_obj(v)) ||
        !(v = r_names(th, r, -1)) || !(c->name = kr_as_str(v)) ||
        !(v = r_names(th, r, -1)) || !(c->qualname = kr_as_str(v)) ||
        !(v = r_names(th, r, -1)) || !(c->filename = kr_as_str(v)))
        return KR_VALUE_NULL;
    return kr_from_obj(c);
}

static Value r_compiler_builtin(Thread *th, Reader *r)
{
    const unsigned char *b = r_bytes(th, r, 1);
    if (!b)
        return KR_VALUE_NULL;
    if (*b >= KR_ARRAY_LEN(compiler_builtins))
        return bad_data(th, "unknown builtin");
    return kr_builtin_new(th, compiler_builtins[*b], KR_VALUE_NULL, KR_VALUE_NULL);
}

/* One record's object; NULL without an exception for the dict end mark. */
static Value r_record(Thread *th, Reader *r, int code, int64_t slot)
{
    int64_t n;
    double re, im;
    const unsigned char *b;
    switch (code) {
    case '0': return KR_VALUE_NULL;
    case 'N': return KR_NONE;
    case 'F': return KR_FALSE;
    case 'T': return KR_TRUE;
    case '.': return KR_ELLIPSIS;
    case 'S': return kr_from_obj(&kr_exc_StopIteration);
    case 'i': return r_u32(th, r, &n, true) < 0 ? KR_VALUE_NULL : kr_from_smallint(n);
    case 'l': return r_long(th, r);
    case 'g': return r_double(th, r, &re) < 0 ? KR_VALUE_NULL : kr_float_new(th, re);
    case 'f': case 'x':
        return r_float_text(th, r, code == 'x');
    case 'y':
        if (r_double(th, r, &re) < 0 || r_double(th, r, &im) < 0)
            return KR_VALUE_NULL;
        return kr_complex_new(th, re, im);
    case 'z': case 'Z':
        b = r_bytes(th, r, 1);
        return b ? r_str(th, r, *b, code == 'Z', true) : KR_VALUE_NULL;
    case 'a': case 'A': case 'u': case 't':
        return r_sized(th, r, &n) ? r_str(th, r, n, code == 'A' || code == 't',
                                          code == 'a' || code == 'A') : KR_VALUE_NULL;
    case 's':
        if (!r_sized(th, r, &n) || !(b = r_bytes(th, r, n)))
            return KR_VALUE_NULL;
        return kr_bytes_value(kr_bytes_new(th, b, n));
    case ')': case '(': {
        if (code == ')') {
            if (!(b = r_bytes(th, r, 1)))
                return KR_VALUE_NULL;
            n = *b;
        } else if (!r_sized(th, r, &n)) {
            return KR_VALUE_NULL;
        }
        Tuple *t = room_for(th, r, n) ? kr_tuple_new(th, n) : NULL;
        if (!t || r_items(th, r, t->items, n, "NULL object in marshal data for tuple") < 0)
            return KR_VALUE_NULL;
        return kr_from_obj(t);
    }
    case '[': {
        if (!r_sized(th, r, &n) || !room_for(th, r, n))
            return KR_VALUE_NULL;
        List *l = kr_list_new(th, n);
        if (!l)
            return KR_VALUE_NULL;
        if (slot >= 0)
            r->refs->items[slot] = kr_from_obj(l);
        return r_items(th, r, l->items, n, "NULL object in marshal data for list") < 0
                   ? KR_VALUE_NULL : kr_from_obj(l);
    }
    case '{': return r_dict(th, r, slot);
    case 'K': return r_code(th, r);
    case 'B': return r_compiler_builtin(th, r);
    case '<': return r_set(th, r, &kr_set_type, slot);
    case '>': return r_set(th, r, &kr_frozenset_type, slot);
    case 'r':
        if (r_u32(th, r, &n, true) < 0)
            return KR_VALUE_NULL;
        if (n < 0 || n >= r->refs->size || r->refs->items[n] == KR_NONE)
            return bad_data(th, "invalid reference");
        return r->refs->items[n];
    default:
        return bad_data(th, "unknown type code");
    }
}

static Value r_object(Thread *th, Reader *r)
{
    const unsigned char *b = r_bytes(th, r, 1);
    if (!b) {
        if (kr_err_matches(th, &kr_exc_EOFError)) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_EOFError, "EOF read where object expected");
        }
        return KR_VALUE_NULL;
    }
    int code = *b & ~FLAG_REF;
    int64_t slot = -1;
    if (*b & FLAG_REF) {
        slot = r->refs->size;
        if (kr_list_append(th, r->refs, KR_NONE) < 0)
            return KR_VALUE_NULL;
    }
    if (++r->depth > MAX_DEPTH) {
        kr_err_set_string(th, &kr_exc_ValueError, "recursion limit exceeded");
        return KR_VALUE_NULL;
    }
    Value v = r_record(th, r, code, slot);
    r->depth--;
    if (v && slot >= 0)
        r->refs->items[slot] = v;
    return v;
}

static Value read_one(Thread *th, Reader *r)
{
    if (!(r->refs = kr_list_new(th, 0)))
        return KR_VALUE_NULL;
    Value v = r_object(th, r);
    if (!v && !kr_err_occurred(th))
        bad_data(th, "NULL object in marshal data for object");
    return v;
}

/* ---- the module ----------------------------------------------------------- */

static int version_arg(Thread *th, Value v, int *out)
{
    int64_t n;
    if (!v) {
        *out = CURRENT_VERSION;
        return 0;
    }
    if (!kr_is_int(v)) {
        kr_err_format(th, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name(v));
        return -1;
    }
    if (kr_int_as_i64(th, v, &n) < 0)
        return -1;
    *out = n > CURRENT_VERSION ? CURRENT_VERSION : (int)n;
    return 0;
}

/* v marshalled (the given version) appended to out. */
static int dump_to(Thread *th, Value v, int version, Buf *out)
{
    Writer w = {.out = *out, .version = version};
    w.refs = kr_dict_new(th);
    int r = w.refs ? w_object(th, &w, v) : -1;
    *out = w.out;
    return r;
}

int kr_mod_marshal_dump_buf(Thread *th, Value v, Buf *out)
{
    return dump_to(th, v, CURRENT_VERSION, out);
}

Value kr_mod_marshal_loads(Thread *th, const unsigned char *data, int64_t len)
{
    Reader r = {.data = data, .len = len};
    return read_one(th, &r);
}

static Value dumps_value(Thread *th, Value v, int version)
{
    Buf out;
    kr_buf_init(&out);
    if (dump_to(th, v, version, &out) < 0) {
        kr_buf_free(&out);
        return KR_VALUE_NULL;
    }
    return kr_bytes_value(kr_bytes_from_buf(th, &out));
}

KR_LIB_FUNC(marshal_dumps)
{
    static const char *const names[] = {"value", "version", NULL};
    Value a[2] = {0, 0};
    int version;
    if (kr_libutil_no_keywords(th, "marshal.dumps", kw) < 0 ||
        kr_libutil_check_positional(th, "dumps", nargs, 1, 2) < 0 ||
        kr_libutil_parse(th, "dumps", args, nargs, kw, names, 2, 1, a) < 0 ||
        version_arg(th, a[1], &version) < 0)
        return KR_VALUE_NULL;
    return dumps_value(th, a[0], version);
}

KR_LIB_FUNC(marshal_dump)
{
    static const char *const names[] = {"value", "file", "version", NULL};
    Value a[3] = {0, 0, 0};
    int version;
    if (kr_libutil_no_keywords(th, "marshal.dump", kw) < 0 ||
        kr_libutil_check_positional(th, "dump", nargs, 2, 3) < 0 ||
        kr_libutil_parse(th, "dump", args, nargs, kw, names, 3, 2, a) < 0 ||
        version_arg(th, a[2], &version) < 0)
        return KR_VALUE_NULL;
    Value data = dumps_value(th, a[0], version);
    Str *k_write = data ? kr_str_intern_cstr(th, "write") : NULL;
    Value write = k_write ? kr_object_getattr(th, a[1], k_write) : KR_VALUE_NULL;
    Value r = write ? kr_vm_call(th, write, &data, 1, NULL) : KR_VALUE_NULL;
    return r ? KR_NONE : KR_VALUE_NULL;
}

/* CPython's METH_O message. */
static int one_argument(Thread *th, const char *name, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, name, kw) < 0)
        return -1;
    if (nargs != 1) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes exactly one argument (%zu given)", name,
                      nargs);
        return -1;
    }
    return 0;
}

extern Type kr_memoryview_type;     /* objects/memoryview.c */

KR_LIB_FUNC(marshal_loads)
{
    if (one_argument(th, "marshal.loads", nargs, kw) < 0)
        return KR_VALUE_NULL;
    Value data = args[0];
    /* importlib passes a memoryview of the .pyc past its header: read
     * its bytes (a copy; krait has no general buffer protocol yet) */
    if (kr_is_type(data, &kr_memoryview_type) &&
        !(data = kr_vm_call(th, kr_from_obj(&kr_bytes_type), &data, 1, NULL)))
        return KR_VALUE_NULL;
    Reader r = {0};
    if (kr_bytes_view(th, data, &r.data, &r.len) < 0)
        return KR_VALUE_NULL;
    Value v = read_one(th, &r);
    (void)*(volatile Value *)&data;     /* data's bytes in use until here */
    return v;
}

KR_LIB_FUNC(marshal_load)
{
    if (one_argument(th, "marshal.load", nargs, kw) < 0)
        return KR_VALUE_NULL;
    Reader r = {0};
    r.file = args[0];
    return read_one(th, &r);
}

static const MethodDef marshal_functions[] = {
    {"dump", marshal_dump, "($module, value, file, version=version, /)", NULL, 0},
    {"load", marshal_load, "($module, file, /)", NULL, 0},
    {"dumps", marshal_dumps, "($module, value, version=version, /)", NULL, 0},
    {"loads", marshal_loads, "($module, bytes, /)", NULL, 0},
    {0},
};

int kr_mod_marshal_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "marshal", marshal_functions);
    return m ? kr_libutil_add_value(th, m, "version", kr_from_smallint(CURRENT_VERSION)) : -1;
}
