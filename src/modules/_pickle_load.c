/*
 * _pickle_load.c -- the Unpickler of the _pickle module, load and loads:
 * every opcode of protocols 0-5, with CPython 3.11's messages.
 *
 * INPUT.  The bytes being read are one window (data, len, pos): the whole
 * argument of loads(), or for a file the last chunk read from it.  A read
 * past the window calls file.read(n) for exactly what is missing (no
 * read-ahead, so the file is left just past the pickle without the
 * peek/skip dance CPython does); a FRAME opcode reads its whole frame as
 * the next window, so framed pickles cost one read() per frame.  The
 * window's bytes are atomic collector memory.
 *
 * THE STACK is an array of Values in scanned memory.  MARK pushes the
 * stack height on a separate mark stack (atomic); `fence` is the top mark,
 * below which no opcode but the mark-consuming ones may reach -- that is
 * how CPython tells "unexpected MARK found" from a plain underflow.
 *
 * THE MEMO is an array indexed by memo key (scanned memory), grown on
 * demand; memo_len counts the filled slots, which is the key MEMOIZE uses.
 */
#include <errno.h>
#include <stdlib.h>
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

#define UnpicklingError (&kr_pickle_unpicklingerror_type)

typedef struct Unpickler {
    Obj hdr;
    const unsigned char *data;  /* the input window (atomic memory or a bytes' data) */
    Value data_owner;           /* keeps the window alive */
    int64_t len, pos;
    Value read, readline;       /* the file's methods; NULL for loads() */
    Value *stack;               /* scanned memory */
    int64_t size, cap, fence;
    int64_t *marks;             /* atomic */
    int64_t nmarks, marks_cap;
    Value *memo;                /* scanned memory, memo_cap slots */
    int64_t memo_cap, memo_len;
    Value pers_func, buffers;
    Value encoding, errors;     /* str */
    int proto;
    bool fix_imports, mark_set;
} Unpickler;

static Type unpickler_memoproxy_type;

#define U(v) ((Unpickler *)kr_as_obj(v))

/* ---- errors ---------------------------------------------------------------------- */

static int truncated(Thread *th)
{
    kr_err_set_string(th, UnpicklingError, "pickle data was truncated");
    return -1;
}

static int stack_underflow(Thread *th, Unpickler *u)
{
    kr_err_set_string(th, UnpicklingError,
                      u->mark_set ? "unexpected MARK found" : "unpickling stack underflow");
    return -1;
}

/* ---- input --------------------------------------------------------------------------- */

/* Make bytes v (a result of read/readline) the window. */
static int set_window(Thread *th, Unpickler *u, Value v, const char *what)
{
    if (!kr_bytes_check(v) && !(v = kr_bytes_coerce(th, v)))
        return -1;
    if (!kr_bytes_check(v)) {
        if (!kr_bytes_like(v)) {
            kr_err_format(th, &kr_exc_TypeError, "a bytes-like object is required, not '%T'", v);
            return -1;
        }
        /* a bytearray may move its data while Python code runs: copy it */
        ByteView *b = KR_BYTES_VIEW(v);
        if (!(v = kr_bytes_value(kr_bytes_new(th, b->data, b->len))))
            return -1;
    }
    ByteView *b = KR_BYTES_VIEW(v);
    u->data = b->data;
    u->len = b->len;
    u->pos = 0;
    u->data_owner = v;
    (void)what;
    return 0;
}

/* n bytes at *out; -1 with "pickle data was truncated" when they are not there. */
static int input_read(Thread *th, Unpickler *u, int64_t n, const unsigned char **out)
{
    if (n <= u->len - u->pos) {
        *out = u->data + u->pos;
        u->pos += n;
        return 0;
    }
    if (!u->read)
        return truncated(th);
    Value arg = kr_int_from_i64(th, n);
    Value got = arg ? kr_vm_call(th, u->read, &arg, 1, NULL) : KR_VALUE_NULL;
    if (!got || set_window(th, u, got, "read") < 0)
        return -1;
    if (u->len < n)
        return truncated(th);
    *out = u->data;
    u->pos = n;
    return 0;
}

/* One line, its '\n' included (*n counts it). */
static int input_readline(Thread *th, Unpickler *u, const unsigned char **out, int64_t *n)
{
    const unsigned char *start = u->data + u->pos;
    const unsigned char *nl = u->pos < u->len ? memchr(start, '\n', (size_t)(u->len - u->pos)) : NULL;
    if (nl) {
        *out = start;
        *n = nl - start + 1;
        u->pos += *n;
        return 0;
    }
    if (!u->read)
        return truncated(th);
    Value got = kr_vm_call(th, u->readline, NULL, 0, NULL);
    if (!got || set_window(th, u, got, "readline") < 0)
        return -1;
    if (u->len == 0 || u->data[u->len - 1] != '\n')
        return truncated(th);
    *out = u->data;
    *n = u->pos = u->len;
    return 0;
}

/* A line's argument without its '\n', at least min bytes long with it. */
static int read_line_arg(Thread *th, Unpickler *u, int64_t min, const unsigned char **s, int64_t *n)
{
    if (input_readline(th, u, s, n) < 0)
        return -1;
    if (*n < min)
        return truncated(th);
    (*n)--;
    return 0;
}

static uint64_t get_le(const unsigned char *s, int n)
{
    uint64_t x = 0;
    for (int i = 0; i < n; i++)
        x |= (uint64_t)s[i] << (8 * i);
    return x;
}

/* A 1-, 2-, 4- or 8-byte little-endian size. */
static int read_size(Thread *th, Unpickler *u, int nbytes, int64_t *size, const char *what, Type *exc)
{
    const unsigned char *s;
    if (input_read(th, u, nbytes, &s) < 0)
        return -1;
    uint64_t x = get_le(s, nbytes);
    if (x > (uint64_t)INT64_MAX) {
        kr_err_format(th, exc, "%s exceeds system's maximum size of %lld bytes", what,
                      (long long)INT64_MAX);
        return -1;
    }
    *size = (int64_t)x;
    return 0;
}

/* ---- the stack ---------------------------------------------------------------------- */

static int push(Thread *th, Unpickler *u, Value v)
{
    if (!v)
        return -1;
    if (u->size == u->cap) {
        int64_t cap = u->cap ? u->cap * 2 : 16;
        Value *s = kr_gc_alloc((size_t)cap * sizeof(Value));
        if (!s) {
            kr_err_no_memory(th);
            return -1;
        }
        kr_values_copy(s, u->stack, (size_t)u->size);
        u->stack = s;
        u->cap = cap;
    }
    u->stack[u->size++] = v;
    return 0;
}

static Value pop(Thread *th, Unpickler *u)
{
    if (u->size <= u->fence) {
        stack_underflow(th, u);
        return KR_VALUE_NULL;
    }
    Value v = u->stack[--u->size];
    u->stack[u->size] = KR_VALUE_NULL;
    return v;
}

static void clear_to(Unpickler *u, int64_t to)
{
    while (u->size > to)
        u->stack[--u->size] = KR_VALUE_NULL;
}

static Value pop_tuple(Thread *th, Unpickler *u, int64_t start)
{
    if (start < u->fence) {
        stack_underflow(th, u);
        return KR_VALUE_NULL;
    }
    Tuple *t = kr_tuple_from_array(th, u->stack + start, u->size - start);
    if (!t)
        return KR_VALUE_NULL;
    clear_to(u, start);
    return kr_from_obj(t);
}

static Value pop_list(Thread *th, Unpickler *u, int64_t start)
{
    List *l = kr_list_from_array(th, u->stack + start, u->size - start);
    if (!l)
        return KR_VALUE_NULL;
    clear_to(u, start);
    return kr_from_obj(l);
}

static int64_t marker(Thread *th, Unpickler *u)
{
    if (u->nmarks < 1) {
        kr_err_set_string(th, UnpicklingError, "could not find MARK");
        return -1;
    }
    int64_t mark = u->marks[--u->nmarks];
    u->mark_set = u->nmarks != 0;
    u->fence = u->nmarks ? u->marks[u->nmarks - 1] : 0;
    return mark;
}

static int load_mark(Thread *th, Unpickler *u)
{
    if (u->nmarks == u->marks_cap) {
        int64_t cap = u->marks_cap * 2 + 20;
        int64_t *m = kr_gc_alloc_atomic((size_t)cap * sizeof(int64_t));
        if (!m) {
            kr_err_no_memory(th);
            return -1;
        }
        if (u->nmarks)
            memcpy(m, u->marks, (size_t)u->nmarks * sizeof(int64_t));
        u->marks = m;
        u->marks_cap = cap;
    }
    u->mark_set = true;
    u->marks[u->nmarks++] = u->fence = u->size;
    return 0;
}

/* ---- the memo ------------------------------------------------------------------------ */

static int memo_put(Thread *th, Unpickler *u, int64_t idx, Value v)
{
    if (idx >= u->memo_cap) {
        int64_t cap = idx * 2 > 32 ? idx * 2 : 32;
        Value *m = kr_gc_alloc((size_t)cap * sizeof(Value));
        if (!m) {
            kr_err_no_memory(th);
            return -1;
        }
        kr_values_copy(m, u->memo, (size_t)u->memo_cap);
        u->memo = m;
        u->memo_cap = cap;
    }
    if (!u->memo[idx])
        u->memo_len++;
    u->memo[idx] = v;
    return 0;
}

static Value memo_get(Thread *th, Unpickler *u, int64_t idx)
{
    Value v = idx >= 0 && idx < u->memo_cap ? u->memo[idx] : KR_VALUE_NULL;
    if (!v)
        kr_err_format(th, UnpicklingError, "Memo value not found at index %lld", (long long)idx);
    return v;
}

static int top(Thread *th, Unpickler *u, Value *v)
{
    if (u->size <= u->fence)
        return stack_underflow(th, u);
    *v = u->stack[u->size - 1];
    return 0;
}

static int load_put(Thread *th, Unpickler *u)
{
    const unsigned char *s;
    int64_t n;
    Value v;
    if (read_line_arg(th, u, 2, &s, &n) < 0 || top(th, u, &v) < 0)
        return -1;
    Value key = kr_int_from_string(th, (const char *)s, (size_t)n, 10);
    int64_t idx;
    if (!key || kr_int_as_i64(th, key, &idx) < 0)
        return -1;
    if (idx < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "negative PUT argument");
        return -1;
    }
    return memo_put(th, u, idx, v);
}

static int load_binput(Thread *th, Unpickler *u, int nbytes)
{
    const unsigned char *s;
    Value v;
    if (input_read(th, u, nbytes, &s) < 0 || top(th, u, &v) < 0)
        return -1;
    uint64_t idx = get_le(s, nbytes);
    if (nbytes == 4 && idx > 0x7fffffffULL && sizeof(void *) == 4) {
        kr_err_set_string(th, &kr_exc_ValueError, "negative LONG_BINPUT argument");
        return -1;
    }
    return memo_put(th, u, (int64_t)idx, v);
}

static int load_get(Thread *th, Unpickler *u)
{
    const unsigned char *s;
    int64_t n, idx;
    if (read_line_arg(th, u, 2, &s, &n) < 0)
        return -1;
    Value key = kr_int_from_string(th, (const char *)s, (size_t)n, 10);
    if (!key || kr_int_as_i64(th, key, &idx) < 0)
        return -1;
    return push(th, u, memo_get(th, u, idx));
}

static int load_binget(Thread *th, Unpickler *u, int nbytes)
{
    const unsigned char *s;
    if (input_read(th, u, nbytes, &s) < 0)
        return -1;
    return push(th, u, memo_get(th, u, (int64_t)get_le(s, nbytes)));
}

/* ---- numbers ------------------------------------------------------------------------- */

static int load_int(Thread *th, Unpickler *u)
{
    const unsigned char *s;
    int64_t n;
    if (read_line_arg(th, u, 2, &s, &n) < 0)
        return -1;
    char buf[64];
    if (n < (int64_t)sizeof buf) {
        memcpy(buf, s, (size_t)n);
        buf[n] = 0;
        char *end;
        errno = 0;
        long long x = strtoll(buf, &end, 0);
        if (!errno && *end == 0 && end != buf) {
            if (n == 2 && (x == 0 || x == 1))
                return push(th, u, kr_from_bool(x == 1));
            return push(th, u, kr_int_from_i64(th, x));
        }
    }
    Value v = kr_int_from_string(th, (const char *)s, (size_t)n, 0);
    if (!v) {
        kr_err_clear(th);
        kr_err_set_string(th, &kr_exc_ValueError, "could not convert string to int");
    }
    return push(th, u, v);
}

static int load_binint(Thread *th, Unpickler *u, int nbytes)
{
    const unsigned char *s;
    if (input_read(th, u, nbytes, &s) < 0)
        return -1;
    int64_t x = (int64_t)get_le(s, nbytes);
    if (nbytes == 4)
        x = (int32_t)(uint32_t)x;
    return push(th, u, kr_int_from_i64(th, x));
}

static int load_long(Thread *th, Unpickler *u)
{
    const unsigned char *s;
    int64_t n;
    if (read_line_arg(th, u, 2, &s, &n) < 0)
        return -1;
    bool suffix = s[n - 1] == 'L';
    Value v = kr_int_from_string(th, (const char *)s, (size_t)(n - suffix), 0);
    if (!v) {
        /* CPython parses the C string: up to the 'L', or with the '\n' */
        Str *lit = kr_str_from_utf8(th, (const char *)s, (size_t)(suffix ? n - 1 : n + 1));
        kr_err_clear(th);
        if (lit)
            kr_err_format(th, &kr_exc_ValueError, "invalid literal for int() with base 10: %R",
                          kr_from_obj(lit));
    }
    return push(th, u, v);
}

/* LONG1 / LONG4: little-endian two's complement of the counted size. */
static int load_counted_long(Thread *th, Unpickler *u, int nbytes)
{
    const unsigned char *s;
    if (input_read(th, u, nbytes, &s) < 0)
        return -1;
    int64_t size = (int64_t)get_le(s, nbytes);
    if (nbytes == 4)
        size = (int32_t)(uint32_t)size;
    if (size < 0) {
        kr_err_set_string(th, UnpicklingError, "LONG pickle has negative byte count");
        return -1;
    }
    if (size == 0)
        return push(th, u, kr_from_smallint(0));
    if (input_read(th, u, size, &s) < 0)
        return -1;
    mpz_t z;
    mpz_init(z);
    mpz_import(z, (size_t)size, -1, 1, -1, 0, s);
    if (s[size - 1] & 0x80) {
        mpz_t t;
        mpz_init(t);
        mpz_ui_pow_ui(t, 2, (unsigned long)(8 * size));
        mpz_sub(z, z, t);
        mpz_clear(t);
    }
    Value v = kr_int_from_mpz(th, z);
    mpz_clear(z);
    return push(th, u, v);
}

static int load_float(Thread *th, Unpickler *u)
{
    const unsigned char *s;
    int64_t n;
    if (read_line_arg(th, u, 2, &s, &n) < 0)
        return -1;
    char *buf = kr_gc_alloc_atomic((size_t)n + 1);
    if (!buf) {
        kr_err_no_memory(th);
        return -1;
    }
    memcpy(buf, s, (size_t)n);
    buf[n] = 0;
    char *end;
    double d = strtod(buf, &end);
    if (end == buf || *end) {
        kr_err_set_string(th, &kr_exc_ValueError, "could not convert string to float");
        return -1;
    }
    return push(th, u, kr_float_new(th, d));
}

static int load_binfloat(Thread *th, Unpickler *u)
{
    const unsigned char *s;
    if (input_read(th, u, 8, &s) < 0)
        return -1;
    uint64_t bits = 0;
    for (int i = 0; i < 8; i++)
        bits = bits << 8 | s[i];
    double d;
    memcpy(&d, &bits, 8);
    return push(th, u, kr_float_new(th, d));
}

/* ---- strings and bytes ------------------------------------------------------------------ */

static bool is_bytes_encoding(Unpickler *u)
{
    Str *e = kr_as_str(u->encoding);
    return e->len == 5 && e->kind == 1 && !memcmp(e->data, "bytes", 5);
}

/* A Python 2 str: bytes, or text in the unpickler's encoding. */
static int push_py2_string(Thread *th, Unpickler *u, const unsigned char *s, int64_t n)
{
    if (is_bytes_encoding(u))
        return push(th, u, kr_bytes_value(kr_bytes_new(th, s, n)));
    return push(th, u, kr_bytes_decode(th, s, n, u->encoding, u->errors));
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* The escapes of a bytes literal (PyBytes_DecodeEscape) into out; *n in/out. */
static int decode_escape(Thread *th, const unsigned char *s, int64_t len, unsigned char *out,
                         int64_t *n)
{
    int64_t o = 0;
    for (int64_t i = 0; i < len; i++) {
        if (s[i] != '\\' || i + 1 == len) {
            if (s[i] == '\\') {
                kr_err_set_string(th, &kr_exc_ValueError, "Trailing \\ in string");
                return -1;
            }
            out[o++] = s[i];
            continue;
        }
        unsigned char c = s[++i];
        static const char from[] = "\n\\'\"abfnrtv", to[] = "\0\\'\"\a\b\f\n\r\t\v";
        const char *k = c ? strchr(from, c) : NULL;
        if (k) {
            if (c != '\n')
                out[o++] = (unsigned char)to[k - from];
        } else if (c >= '0' && c <= '7') {
            int v = c - '0';
            for (int d = 0; d < 2 && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '7'; d++)
                v = v * 8 + (s[++i] - '0');
            out[o++] = (unsigned char)v;
        } else if (c == 'x') {
            int h1 = i + 1 < len ? hexval(s[i + 1]) : -1, h2 = i + 2 < len ? hexval(s[i + 2]) : -1;
            if (h1 < 0 || h2 < 0) {
                kr_err_format(th, &kr_exc_ValueError, "invalid \\x escape at position %lld",
                              (long long)(i - 1));
                return -1;
            }
            out[o++] = (unsigned char)(h1 * 16 + h2);
            i += 2;
        } else {
            out[o++] = '\\';
            out[o++] = c;
        }
    }
    *n = o;
    return 0;
}

static int load_string(Thread *th, Unpickler *u)
{
    const unsigned char *s;
    int64_t n;
    if (read_line_arg(th, u, 1, &s, &n) < 0)
        return -1;
    if (!(n >= 2 && s[0] == s[n - 1] && (s[0] == '\'' || s[0] == '"'))) {
        kr_err_set_string(th, UnpicklingError, "the STRING opcode argument must be quoted");
        return -1;
    }
    unsigned char *buf = kr_gc_alloc_atomic((size_t)n + 1);
    int64_t len;
    if (!buf) {
        kr_err_no_memory(th);
        return -1;
    }
    if (decode_escape(th, s + 1, n - 2, buf, &len) < 0)
        return -1;
    return push_py2_string(th, u, buf, len);
}

static int load_counted_binstring(Thread *th, Unpickler *u, int nbytes)
{
    int64_t size;
    const unsigned char *s;
    if (read_size(th, u, nbytes, &size, "BINSTRING", UnpicklingError) < 0 ||
        input_read(th, u, size, &s) < 0)
        return -1;
    return push_py2_string(th, u, s, size);
}

static int load_counted_binbytes(Thread *th, Unpickler *u, int nbytes)
{
    int64_t size;
    const unsigned char *s;
    if (read_size(th, u, nbytes, &size, "BINBYTES", &kr_exc_OverflowError) < 0 ||
        input_read(th, u, size, &s) < 0)
        return -1;
    return push(th, u, kr_bytes_value(kr_bytes_new(th, s, size)));
}

static int load_bytearray8(Thread *th, Unpickler *u)
{
    int64_t size;
    const unsigned char *s;
    if (read_size(th, u, 8, &size, "BYTEARRAY8", &kr_exc_OverflowError) < 0 ||
        input_read(th, u, size, &s) < 0)
        return -1;
    ByteArray *b = kr_bytearray_new(th, s, size);
    return push(th, u, b ? kr_from_obj(b) : KR_VALUE_NULL);
}

/* UnicodeDecodeError('rawunicodeescape', data, start, end, reason). */
static int raw_escape_error(Thread *th, const unsigned char *s, int64_t n, int64_t start,
                            int64_t end, const char *reason)
{
    Value a[5] = {kr_from_obj(kr_str_intern_cstr(th, "rawunicodeescape")),
                  kr_bytes_value(kr_bytes_new(th, s, n)), kr_from_smallint(start),
                  kr_from_smallint(end), kr_from_obj(kr_str_from_cstr(th, reason))};
    if (!a[1] || !a[4])
        return -1;
    Value e = kr_vm_call(th, kr_from_obj(&kr_exc_UnicodeDecodeError), a, 5, NULL);
    if (e)
        kr_err_set(th, e);
    return -1;
}

/* UNICODE: raw-unicode-escape (\uXXXX and \UXXXXXXXX; other bytes are Latin-1). */
static int load_unicode(Thread *th, Unpickler *u)
{
    const unsigned char *s;
    int64_t n;
    if (read_line_arg(th, u, 1, &s, &n) < 0)
        return -1;
    uint32_t *cps = kr_gc_alloc_atomic((size_t)(n + 1) * sizeof(uint32_t));
    if (!cps) {
        kr_err_no_memory(th);
        return -1;
    }
    int64_t o = 0;
    for (int64_t i = 0; i < n; i++) {
        int digits = s[i] == '\\' && i + 1 < n ? (s[i + 1] == 'u' ? 4 : s[i + 1] == 'U' ? 8 : 0) : 0;
        if (!digits) {
            cps[o++] = s[i];
            continue;
        }
        uint32_t c = 0;
        for (int k = 0; k < digits; k++) {
            int h = i + 2 + k < n ? hexval(s[i + 2 + k]) : -1;
            if (h < 0)
                return raw_escape_error(th, s, n, i, i + 2 + k,
                                        digits == 4 ? "truncated \\uXXXX escape"
                                                    : "truncated \\UXXXXXXXX escape");
            c = c * 16 + (uint32_t)h;
        }
        if (c > 0x10ffff)
            return raw_escape_error(th, s, n, i, i + 10, "\\Uxxxxxxxx out of range");
        cps[o++] = c;
        i += 1 + digits;
    }
    Str *str = kr_str_from_ucs4(th, cps, (size_t)o);
    return push(th, u, str ? kr_from_obj(str) : KR_VALUE_NULL);
}

/* UTF-8 with lone surrogates allowed: what CPython's "surrogatepass"
 * decodes, and what krait's str takes as is. */
static bool wtf8_valid(const unsigned char *s, int64_t n)
{
    for (int64_t i = 0; i < n;) {
        unsigned char c = s[i];
        int len = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
        if (!len || i + len > n || (len == 2 && c < 0xc2))
            return false;
        for (int k = 1; k < len; k++)
            if ((s[i + k] & 0xc0) != 0x80)
                return false;
        if ((len == 3 && c == 0xe0 && s[i + 1] < 0xa0) || (len == 4 && c == 0xf0 && s[i + 1] < 0x90) ||
            (len == 4 && (c > 0xf4 || (c == 0xf4 && s[i + 1] >= 0x90))))
            return false;
        i += len;
    }
    return true;
}

static int load_counted_binunicode(Thread *th, Unpickler *u, int nbytes)
{
    int64_t size;
    const unsigned char *s;
    if (read_size(th, u, nbytes, &size, "BINUNICODE", &kr_exc_OverflowError) < 0 ||
        input_read(th, u, size, &s) < 0)
        return -1;
    if (!wtf8_valid(s, size))
        return push(th, u, kr_bytes_decode(th, s, size, KR_VALUE_NULL, KR_VALUE_NULL));
    Str *str = kr_str_from_utf8(th, (const char *)s, (size_t)size);
    return push(th, u, str ? kr_from_obj(str) : KR_VALUE_NULL);
}

/* ---- containers ----------------------------------------------------------------------------- */

static int load_counted_tuple(Thread *th, Unpickler *u, int64_t len)
{
    if (u->size < len)
        return stack_underflow(th, u);
    return push(th, u, pop_tuple(th, u, u->size - len));
}

static int load_tuple(Thread *th, Unpickler *u)
{
    int64_t i = marker(th, u);
    return i < 0 ? -1 : load_counted_tuple(th, u, u->size - i);
}

static int load_list(Thread *th, Unpickler *u)
{
    int64_t i = marker(th, u);
    return i < 0 ? -1 : push(th, u, pop_list(th, u, i));
}

static int load_dict(Thread *th, Unpickler *u)
{
    int64_t i = marker(th, u);
    if (i < 0)
        return -1;
    Dict *d = kr_dict_new(th);
    if (!d)
        return -1;
    if ((u->size - i) % 2) {
        kr_err_set_string(th, UnpicklingError, "odd number of items for DICT");
        return -1;
    }
    for (int64_t k = i + 1; k < u->size; k += 2)
        if (kr_dict_set(th, d, u->stack[k - 1], u->stack[k]) < 0)
            return -1;
    clear_to(u, i);
    return push(th, u, kr_from_obj(d));
}

static int load_frozenset(Thread *th, Unpickler *u)
{
    int64_t i = marker(th, u);
    Value items = i < 0 ? KR_VALUE_NULL : pop_tuple(th, u, i);
    Set *s = items ? kr_set_new(th, &kr_frozenset_type) : NULL;
    if (!s || kr_set_update(th, s, items) < 0)
        return -1;
    return push(th, u, kr_from_obj(s));
}

static int do_append(Thread *th, Unpickler *u, int64_t x)
{
    int64_t len = u->size;
    if (x > len || x <= u->fence)
        return stack_underflow(th, u);
    if (len == x)
        return 0;
    Value list = u->stack[x - 1];
    if (kr_is_list(list)) {
        List *l = kr_as_list(list);
        for (int64_t i = x; i < len; i++)
            if (kr_list_append(th, l, u->stack[i]) < 0)
                return -1;
        clear_to(u, x);
        return 0;
    }
    Value extend;
    if (kr_mod__pickle_lookup_attr(th, list, "extend", &extend) < 0)
        return -1;
    if (extend) {
        Value slice = pop_list(th, u, x);
        return slice && kr_vm_call(th, extend, &slice, 1, NULL) ? 0 : -1;
    }
    Value append = kr_object_getattr(th, list, kr_str_intern_cstr(th, "append"));
    if (!append)
        return -1;
    for (int64_t i = x; i < len; i++) {
        if (!kr_vm_call(th, append, &u->stack[i], 1, NULL)) {
            clear_to(u, x);
            return -1;
        }
    }
    clear_to(u, x);
    return 0;
}

static int do_setitems(Thread *th, Unpickler *u, int64_t x)
{
    int64_t len = u->size;
    if (x > len || x <= u->fence)
        return stack_underflow(th, u);
    if (len == x)
        return 0;
    if ((len - x) % 2) {
        kr_err_set_string(th, UnpicklingError, "odd number of items for SETITEMS");
        return -1;
    }
    Value dict = u->stack[x - 1];
    int status = 0;
    for (int64_t i = x + 1; i < len; i += 2) {
        if ((kr_is_dict(dict) ? kr_dict_set(th, kr_as_dict(dict), u->stack[i - 1], u->stack[i])
                              : kr_object_setitem(th, dict, u->stack[i - 1], u->stack[i])) < 0) {
            status = -1;
            break;
        }
    }
    clear_to(u, x);
    return status;
}

static int load_additems(Thread *th, Unpickler *u)
{
    int64_t mark = marker(th, u);
    if (mark < 0)
        return -1;
    int64_t len = u->size;
    if (mark > len || mark <= u->fence)
        return stack_underflow(th, u);
    if (len == mark)
        return 0;
    Value set = u->stack[mark - 1];
    if (kr_isinstance_type(set, &kr_set_type)) {
        Value items = pop_tuple(th, u, mark);
        return items ? kr_set_update(th, (Set *)kr_as_obj(set), items) : -1;
    }
    Value add = kr_object_getattr(th, set, kr_str_intern_cstr(th, "add"));
    if (!add)
        return -1;
    for (int64_t i = mark; i < len; i++) {
        if (!kr_vm_call(th, add, &u->stack[i], 1, NULL)) {
            clear_to(u, mark);
            return -1;
        }
    }
    clear_to(u, mark);
    return 0;
}

/* ---- objects ---------------------------------------------------------------------------------- */

/* INST / OBJ: cls(*args), or cls.__new__(cls) for a class without
 * __getinitargs__ given no arguments. */
static Value instantiate(Thread *th, Value cls, Value args)
{
    Tuple *a = kr_as_tuple(args);
    if (a->size == 0 && kr_isinstance_type(cls, &kr_type_type)) {
        Value f;
        if (kr_mod__pickle_lookup_attr(th, cls, "__getinitargs__", &f) < 0)
            return KR_VALUE_NULL;
        if (!f) {
            Value new_ = kr_object_getattr(th, cls, KR_NAME(th, __new__));
            return new_ ? kr_vm_call(th, new_, &cls, 1, NULL) : KR_VALUE_NULL;
        }
    }
    return kr_vm_call(th, cls, a->items, (size_t)a->size, NULL);
}

static int load_obj(Thread *th, Unpickler *u)
{
    int64_t i = marker(th, u);
    if (i < 0)
        return -1;
    if (u->size - i < 1)
        return stack_underflow(th, u);
    Value args = pop_tuple(th, u, i + 1);
    Value cls = args ? pop(th, u) : KR_VALUE_NULL;
    return cls ? push(th, u, instantiate(th, cls, args)) : -1;
}

static Value find_class(Thread *th, Unpickler *u, Value module, Value name);

/* A module or class name line of GLOBAL / INST. */
static Value name_line(Thread *th, Unpickler *u, bool ascii)
{
    const unsigned char *s;
    int64_t n;
    if (read_line_arg(th, u, 2, &s, &n) < 0)
        return KR_VALUE_NULL;
    Value enc = kr_from_obj(kr_str_intern_cstr(th, ascii ? "ascii" : "utf-8"));
    return kr_bytes_decode(th, s, n, enc, KR_VALUE_NULL);
}

static int load_inst(Thread *th, Unpickler *u)
{
    int64_t i = marker(th, u);
    if (i < 0)
        return -1;
    Value module = name_line(th, u, true);
    Value name = module ? name_line(th, u, true) : KR_VALUE_NULL;
    Value cls = name ? find_class(th, u, module, name) : KR_VALUE_NULL;
    Value args = cls ? pop_tuple(th, u, i) : KR_VALUE_NULL;
    return args ? push(th, u, instantiate(th, cls, args)) : -1;
}

static int newobj_error(Thread *th, const char *fmt, bool ex, Value arg)
{
    kr_err_format(th, UnpicklingError, fmt, ex ? "NEWOBJ_EX" : "NEWOBJ", kr_type_name(arg));
    return -1;
}

/* NEWOBJ / NEWOBJ_EX: cls.__new__(cls, *args, **kwargs). */
static int load_newobj(Thread *th, Unpickler *u, bool ex)
{
    Value kwargs = KR_VALUE_NULL;
    if (ex && !(kwargs = pop(th, u)))
        return -1;
    Value args = pop(th, u);
    Value cls = args ? pop(th, u) : KR_VALUE_NULL;
    if (!cls)
        return -1;
    if (!kr_isinstance_type(cls, &kr_type_type))
        return newobj_error(th, "%s class argument must be a type, not %s", ex, cls);
    Type *t = (Type *)kr_as_obj(cls);
    if (!t->new_) {
        kr_err_format(th, UnpicklingError, "%s class argument '%s' doesn't have __new__",
                      ex ? "NEWOBJ_EX" : "NEWOBJ", t->name);
        return -1;
    }
    if (!kr_tuple_check(args))
        return newobj_error(th, "%s args argument must be a tuple, not %s", ex, args);
    if (ex && !kr_dict_check(kwargs))
        return newobj_error(th, "%s kwargs argument must be a dict, not %s", ex, kwargs);
    Value new_ = kr_object_getattr(th, cls, KR_NAME(th, __new__));
    if (!new_)
        return -1;
    Tuple *a = kr_as_tuple(args);
    Tuple *full = kr_tuple_new(th, a->size + 1);
    if (!full)
        return -1;
    full->items[0] = cls;
    for (int64_t i = 0; i < a->size; i++)
        full->items[1 + i] = a->items[i];
    return push(th, u, kr_vm_call_ex(th, new_, kr_from_obj(full), kwargs ? kwargs : KR_VALUE_NULL));
}

static int load_global(Thread *th, Unpickler *u)
{
    Value module = name_line(th, u, false);
    Value name = module ? name_line(th, u, false) : KR_VALUE_NULL;
    return name ? push(th, u, find_class(th, u, module, name)) : -1;
}

static int load_stack_global(Thread *th, Unpickler *u)
{
    Value name = pop(th, u);
    Value module = pop(th, u);
    kr_err_clear(th);
    if (!module || !name || !kr_is_str(module) || !kr_is_str(name)) {
        kr_err_set_string(th, UnpicklingError, "STACK_GLOBAL requires str");
        return -1;
    }
    return push(th, u, find_class(th, u, module, name));
}

static int no_persistent_load(Thread *th)
{
    kr_err_set_string(th, UnpicklingError, "A load persistent id instruction was encountered,\n"
                      "but no persistent_load function was specified.");
    return -1;
}

static int load_persid(Thread *th, Unpickler *u)
{
    if (!u->pers_func)
        return no_persistent_load(th);
    const unsigned char *s;
    int64_t n;
    if (read_line_arg(th, u, 1, &s, &n) < 0)
        return -1;
    for (int64_t i = 0; i < n; i++) {
        if (s[i] >= 128) {
            kr_err_set_string(th, UnpicklingError,
                              "persistent IDs in protocol 0 must be ASCII strings");
            return -1;
        }
    }
    Str *pid = kr_str_from_utf8(th, (const char *)s, (size_t)n);
    Value v = pid ? kr_from_obj(pid) : KR_VALUE_NULL;
    return v ? push(th, u, kr_vm_call(th, u->pers_func, &v, 1, NULL)) : -1;
}

static int load_binpersid(Thread *th, Unpickler *u)
{
    if (!u->pers_func)
        return no_persistent_load(th);
    Value pid = pop(th, u);
    return pid ? push(th, u, kr_vm_call(th, u->pers_func, &pid, 1, NULL)) : -1;
}

static int load_pop(Thread *th, Unpickler *u)
{
    if (u->nmarks > 0 && u->marks[u->nmarks - 1] == u->size) {
        u->nmarks--;
        u->mark_set = u->nmarks != 0;
        u->fence = u->nmarks ? u->marks[u->nmarks - 1] : 0;
        return 0;
    }
    return pop(th, u) ? 0 : -1;
}

static int load_pop_mark(Thread *th, Unpickler *u)
{
    int64_t i = marker(th, u);
    if (i < 0)
        return -1;
    clear_to(u, i);
    return 0;
}

static int load_dup(Thread *th, Unpickler *u)
{
    Value v;
    return top(th, u, &v) < 0 ? -1 : push(th, u, v);
}

static int load_extension(Thread *th, Unpickler *u, int nbytes)
{
    const unsigned char *s;
    if (input_read(th, u, nbytes, &s) < 0)
        return -1;
    int64_t code = (int64_t)get_le(s, nbytes);
    if (nbytes == 4)
        code = (int32_t)(uint32_t)code;
    if (code <= 0) {
        kr_err_set_string(th, UnpicklingError, "EXT specifies code <= 0");
        return -1;
    }
    Value cache = kr_mod__pickle_module_attr(th, "copyreg", "_extension_cache");
    Value inverted = cache ? kr_mod__pickle_module_attr(th, "copyreg", "_inverted_registry")
                           : KR_VALUE_NULL;
    if (!inverted || !kr_is_dict(cache) || !kr_is_dict(inverted))
        return -1;
    Value key = kr_from_smallint(code);
    Value obj = kr_dict_get(th, kr_as_dict(cache), key);
    if (obj)
        return push(th, u, obj);
    Value pair = kr_err_occurred(th) ? KR_VALUE_NULL : kr_dict_get(th, kr_as_dict(inverted), key);
    if (!pair) {
        if (!kr_err_occurred(th))
            kr_err_format(th, &kr_exc_ValueError, "unregistered extension code %lld", (long long)code);
        return -1;
    }
    if (!kr_tuple_check(pair) || kr_as_tuple(pair)->size != 2 ||
        !kr_str_check(kr_as_tuple(pair)->items[0]) || !kr_str_check(kr_as_tuple(pair)->items[1])) {
        kr_err_format(th, &kr_exc_ValueError, "_inverted_registry[%lld] isn't a 2-tuple of strings",
                      (long long)code);
        return -1;
    }
    obj = find_class(th, u, kr_as_tuple(pair)->items[0], kr_as_tuple(pair)->items[1]);
    if (!obj || kr_dict_set(th, kr_as_dict(cache), key, obj) < 0)
        return -1;
    return push(th, u, obj);
}

/* BUILD: inst.__setstate__(state), or the default: state's items into
 * inst.__dict__ and a slot state's into attributes. */
static int load_build(Thread *th, Unpickler *u)
{
    if (u->size - 2 < u->fence)
        return stack_underflow(th, u);
    Value state = pop(th, u);
    if (!state)
        return -1;
    Value inst = u->stack[u->size - 1], setstate;
    if (kr_mod__pickle_lookup_attr(th, inst, "__setstate__", &setstate) < 0)
        return -1;
    if (setstate)
        return kr_vm_call(th, setstate, &state, 1, NULL) ? 0 : -1;
    Value slotstate = KR_VALUE_NULL;
    if (kr_tuple_check(state) && kr_as_tuple(state)->size == 2) {
        slotstate = kr_as_tuple(state)->items[1];
        state = kr_as_tuple(state)->items[0];
    }
    if (state != KR_NONE) {
        if (!kr_dict_check(state)) {
            kr_err_set_string(th, UnpicklingError, "state is not a dictionary");
            return -1;
        }
        Value dict = kr_object_getattr(th, inst, kr_str_intern_cstr(th, "__dict__"));
        if (!dict)
            return -1;
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(kr_as_dict(state), &pos, &k, &v)) {
            if (kr_is_str(k) && !(k = kr_from_obj(kr_str_intern(th, kr_as_str(k)))))
                return -1;
            if (kr_object_setitem(th, dict, k, v) < 0)
                return -1;
        }
    }
    if (slotstate) {
        if (!kr_dict_check(slotstate)) {
            kr_err_set_string(th, UnpicklingError, "slot state is not a dictionary");
            return -1;
        }
        int64_t pos = 0;
        Value k, v;
        while (kr_dict_next(kr_as_dict(slotstate), &pos, &k, &v)) {
            if (!kr_str_check(k)) {
                kr_err_format(th, &kr_exc_TypeError, "attribute name must be string, not '%T'", k);
                return -1;
            }
            if (kr_object_setattr(th, inst, kr_as_str(k), v) < 0)
                return -1;
        }
    }
    return 0;
}

static int load_reduce(Thread *th, Unpickler *u)
{
    Value args = pop(th, u);
    Value callable = args ? pop(th, u) : KR_VALUE_NULL;
    if (!callable)
        return -1;
    if (!kr_tuple_check(args)) {
        kr_err_set_string(th, &kr_exc_TypeError, "argument list must be a tuple");
        return -1;
    }
    Tuple *a = kr_as_tuple(args);
    return push(th, u, kr_vm_call(th, callable, a->items, (size_t)a->size, NULL));
}

static int load_proto(Thread *th, Unpickler *u)
{
    const unsigned char *s;
    if (input_read(th, u, 1, &s) < 0)
        return -1;
    if (s[0] <= PICKLE_HIGHEST_PROTOCOL) {
        u->proto = s[0];
        return 0;
    }
    kr_err_format(th, &kr_exc_ValueError, "unsupported pickle protocol: %d", s[0]);
    return -1;
}

/* FRAME: the frame's bytes become the window (read whole from a file). */
static int load_frame(Thread *th, Unpickler *u)
{
    int64_t len;
    const unsigned char *s;
    if (read_size(th, u, 8, &len, "FRAME length", &kr_exc_OverflowError) < 0)
        return -1;
    if (input_read(th, u, len, &s) < 0)
        return -1;
    u->pos -= len;
    return 0;
}

static int load_next_buffer(Thread *th, Unpickler *u)
{
    if (!u->buffers) {
        kr_err_set_string(th, UnpicklingError, "pickle stream refers to out-of-band data but no "
                          "*buffers* argument was given");
        return -1;
    }
    Value b = kr_object_next(th, u->buffers);
    if (!b) {
        if (!kr_err_occurred(th))
            kr_err_set_string(th, UnpicklingError, "not enough out-of-band buffers");
        return -1;
    }
    return push(th, u, b);
}

/* READONLY_BUFFER: a writable buffer on top becomes a read-only
 * memoryview of it (memoryview(obj).toreadonly()). */
static int load_readonly_buffer(Thread *th, Unpickler *u)
{
    Value v;
    if (top(th, u, &v) < 0)
        return -1;
    if (!kr_buffer_check(v)) {
        kr_err_format(th, &kr_exc_TypeError, "memoryview: a bytes-like object is required, not '%T'", v);
        return -1;
    }
    Buffer view;
    if (kr_buffer_get(th, v, &view, KR_BUF_SIMPLE) < 0)
        return -1;
    bool readonly = view.readonly;
    kr_buffer_release(&view);
    if (readonly)
        return 0;
    Value mv = kr_dict_get_str(th->vm->builtins, kr_str_intern_cstr(th, "memoryview"));
    Value m = mv ? kr_vm_call(th, mv, &v, 1, NULL) : KR_VALUE_NULL;
    Value ro = m ? kr_object_getattr(th, m, kr_str_intern_cstr(th, "toreadonly")) : KR_VALUE_NULL;
    Value r = ro ? kr_vm_call(th, ro, NULL, 0, NULL) : KR_VALUE_NULL;
    if (!r)
        return -1;
    u->stack[u->size - 1] = r;
    return 0;
}

/* ---- the loop ---------------------------------------------------------------------------------- */

static int invalid_key(Thread *th, int c)
{
    if (c >= 0x20 && c <= 0x7e && c != '\'' && c != '\\')
        kr_err_format(th, UnpicklingError, "invalid load key, '%c'.", c);
    else {
        char hex[8];
        snprintf(hex, sizeof hex, "\\x%02x", c);
        kr_err_format(th, UnpicklingError, "invalid load key, '%s'.", hex);
    }
    return -1;
}

/* One opcode; 1 at STOP. */
static int dispatch(Thread *th, Unpickler *u, int op)
{
    switch (op) {
    case OP_NONE: return push(th, u, KR_NONE);
    case OP_BININT: return load_binint(th, u, 4);
    case OP_BININT1: return load_binint(th, u, 1);
    case OP_BININT2: return load_binint(th, u, 2);
    case OP_INT: return load_int(th, u);
    case OP_LONG: return load_long(th, u);
    case OP_LONG1: return load_counted_long(th, u, 1);
    case OP_LONG4: return load_counted_long(th, u, 4);
    case OP_FLOAT: return load_float(th, u);
    case OP_BINFLOAT: return load_binfloat(th, u);
    case OP_SHORT_BINBYTES: return load_counted_binbytes(th, u, 1);
    case OP_BINBYTES: return load_counted_binbytes(th, u, 4);
    case OP_BINBYTES8: return load_counted_binbytes(th, u, 8);
    case OP_BYTEARRAY8: return load_bytearray8(th, u);
    case OP_NEXT_BUFFER: return load_next_buffer(th, u);
    case OP_READONLY_BUFFER: return load_readonly_buffer(th, u);
    case OP_SHORT_BINSTRING: return load_counted_binstring(th, u, 1);
    case OP_BINSTRING: return load_counted_binstring(th, u, 4);
    case OP_STRING: return load_string(th, u);
    case OP_UNICODE: return load_unicode(th, u);
    case OP_SHORT_BINUNICODE: return load_counted_binunicode(th, u, 1);
    case OP_BINUNICODE: return load_counted_binunicode(th, u, 4);
    case OP_BINUNICODE8: return load_counted_binunicode(th, u, 8);
    case OP_EMPTY_TUPLE: return load_counted_tuple(th, u, 0);
    case OP_TUPLE1: return load_counted_tuple(th, u, 1);
    case OP_TUPLE2: return load_counted_tuple(th, u, 2);
    case OP_TUPLE3: return load_counted_tuple(th, u, 3);
    case OP_TUPLE: return load_tuple(th, u);
    case OP_EMPTY_LIST: return push(th, u, kr_from_obj(kr_list_new(th, 0)));
    case OP_LIST: return load_list(th, u);
    case OP_EMPTY_DICT: return push(th, u, kr_from_obj(kr_dict_new(th)));
    case OP_DICT: return load_dict(th, u);
    case OP_EMPTY_SET: return push(th, u, kr_from_obj(kr_set_new(th, &kr_set_type)));
    case OP_ADDITEMS: return load_additems(th, u);
    case OP_FROZENSET: return load_frozenset(th, u);
    case OP_OBJ: return load_obj(th, u);
    case OP_INST: return load_inst(th, u);
    case OP_NEWOBJ: return load_newobj(th, u, false);
    case OP_NEWOBJ_EX: return load_newobj(th, u, true);
    case OP_GLOBAL: return load_global(th, u);
    case OP_STACK_GLOBAL: return load_stack_global(th, u);
    case OP_APPEND:
        if (u->size - 1 <= u->fence)
            return stack_underflow(th, u);
        return do_append(th, u, u->size - 1);
    case OP_APPENDS: {
        int64_t i = marker(th, u);
        return i < 0 ? -1 : do_append(th, u, i);
    }
    case OP_BUILD: return load_build(th, u);
    case OP_DUP: return load_dup(th, u);
    case OP_BINGET: return load_binget(th, u, 1);
    case OP_LONG_BINGET: return load_binget(th, u, 4);
    case OP_GET: return load_get(th, u);
    case OP_MARK: return load_mark(th, u);
    case OP_BINPUT: return load_binput(th, u, 1);
    case OP_LONG_BINPUT: return load_binput(th, u, 4);
    case OP_PUT: return load_put(th, u);
    case OP_MEMOIZE: {
        Value v;
        return top(th, u, &v) < 0 ? -1 : memo_put(th, u, u->memo_len, v);
    }
    case OP_POP: return load_pop(th, u);
    case OP_POP_MARK: return load_pop_mark(th, u);
    case OP_SETITEM: return do_setitems(th, u, u->size - 2);
    case OP_SETITEMS: {
        int64_t i = marker(th, u);
        return i < 0 ? -1 : do_setitems(th, u, i);
    }
    case OP_PERSID: return load_persid(th, u);
    case OP_BINPERSID: return load_binpersid(th, u);
    case OP_REDUCE: return load_reduce(th, u);
    case OP_PROTO: return load_proto(th, u);
    case OP_FRAME: return load_frame(th, u);
    case OP_EXT1: return load_extension(th, u, 1);
    case OP_EXT2: return load_extension(th, u, 2);
    case OP_EXT4: return load_extension(th, u, 4);
    case OP_NEWTRUE: return push(th, u, KR_TRUE);
    case OP_NEWFALSE: return push(th, u, KR_FALSE);
    case OP_STOP: return 1;
    default: return invalid_key(th, op);
    }
}

static Value load(Thread *th, Unpickler *u)
{
    u->nmarks = 0;
    u->mark_set = false;
    u->fence = 0;
    u->proto = 0;
    clear_to(u, 0);
    for (;;) {
        const unsigned char *s;
        if (input_read(th, u, 1, &s) < 0) {
            if (kr_err_matches(th, UnpicklingError)) {
                kr_err_clear(th);
                kr_err_set_string(th, &kr_exc_EOFError, "Ran out of input");
            }
            return KR_VALUE_NULL;
        }
        int r = dispatch(th, u, s[0]);
        if (r < 0)
            return KR_VALUE_NULL;
        if (r > 0)
            break;
        if (kr_vm_safe_point(th) < 0)
            return KR_VALUE_NULL;
    }
    return pop(th, u);
}

/* ---- find_class ------------------------------------------------------------------------------- */

/* Python 2 names of modules and globals mapped to Python 3's. */
static int map_2to3(Thread *th, Value *module, Value *name)
{
    Value names = kr_mod__pickle_module_attr(th, "_compat_pickle", "NAME_MAPPING");
    Value imports = names ? kr_mod__pickle_module_attr(th, "_compat_pickle", "IMPORT_MAPPING")
                          : KR_VALUE_NULL;
    if (!imports)
        return -1;
    Value pair[2] = {*module, *name};
    Tuple *key = kr_tuple_from_array(th, pair, 2);
    Value item = key ? kr_object_getitem(th, names, kr_from_obj(key)) : KR_VALUE_NULL;
    if (item) {
        if (!kr_tuple_check(item) || kr_as_tuple(item)->size != 2) {
            kr_err_format(th, &kr_exc_RuntimeError,
                          "_compat_pickle.NAME_MAPPING values should be 2-tuples, not %T", item);
            return -1;
        }
        Tuple *t = kr_as_tuple(item);
        if (!kr_str_check(t->items[0]) || !kr_str_check(t->items[1])) {
            kr_err_format(th, &kr_exc_RuntimeError,
                          "_compat_pickle.NAME_MAPPING values should be pairs of str, not (%T, %T)",
                          t->items[0], t->items[1]);
            return -1;
        }
        *module = t->items[0];
        *name = t->items[1];
        return 0;
    }
    if (!kr_err_matches(th, &kr_exc_KeyError))
        return -1;
    kr_err_clear(th);
    item = kr_object_getitem(th, imports, *module);
    if (item) {
        if (!kr_str_check(item)) {
            kr_err_format(th, &kr_exc_RuntimeError,
                          "_compat_pickle.IMPORT_MAPPING values should be strings, not %T", item);
            return -1;
        }
        *module = item;
        return 0;
    }
    if (!kr_err_matches(th, &kr_exc_KeyError))
        return -1;
    kr_err_clear(th);
    return 0;
}

static Value find_class_impl(Thread *th, Unpickler *u, Value module_name, Value global_name)
{
    if (u->proto < 3 && u->fix_imports && map_2to3(th, &module_name, &global_name) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(module_name)) {
        kr_err_format(th, &kr_exc_TypeError, "module name must be str, not %T", module_name);
        return KR_VALUE_NULL;
    }
    Value module = kr_vm_import(th, kr_as_str(module_name), true);
    if (!module)
        return KR_VALUE_NULL;
    if (!kr_str_check(global_name)) {
        kr_err_format(th, &kr_exc_TypeError, "attribute name must be string, not '%T'", global_name);
        return KR_VALUE_NULL;
    }
    Value path;
    if (u->proto >= 4) {
        path = kr_mod__pickle_dotted_path(th, module, kr_as_str(global_name));
    } else {
        List *l = kr_list_from_array(th, &global_name, 1);
        path = l ? kr_from_obj(l) : KR_VALUE_NULL;
    }
    if (!path)
        return KR_VALUE_NULL;
    Value r = kr_mod__pickle_deep_attr(th, module, path, NULL);
    if (!r && kr_err_matches(th, &kr_exc_AttributeError)) {
        kr_err_clear(th);
        kr_err_format(th, &kr_exc_AttributeError, "Can't get attribute %R on %R", global_name,
                      module);
    }
    return r;
}

/* self.find_class(module, name): a subclass may override it. */
static Value find_class(Thread *th, Unpickler *u, Value module, Value name)
{
    if (kr_obj_type(&u->hdr) == &kr_pickle_unpickler_type)
        return find_class_impl(th, u, module, name);
    Value f = kr_object_getattr(th, kr_from_obj(u), kr_str_intern_cstr(th, "find_class"));
    Value args[2] = {module, name};
    return f ? kr_vm_call(th, f, args, 2, NULL) : KR_VALUE_NULL;
}

/* ---- construction -------------------------------------------------------------------------------- */

static int bad_str_arg(Thread *th, const char *fname, const char *arg, Value v)
{
    kr_err_format(th, &kr_exc_TypeError, "%s() argument '%s' must be str, not %s", fname, arg,
                  kr_arg_type_name(v));
    return -1;
}

static int set_options(Thread *th, Unpickler *u, const char *fname, Value fix, Value encoding,
                       Value errors, Value buffers)
{
    int t = fix ? kr_object_truth(th, fix) : 1;
    if (t < 0)
        return -1;
    u->fix_imports = t;
    if (encoding && !kr_str_check(encoding))
        return bad_str_arg(th, fname, "encoding", encoding);
    if (errors && !kr_str_check(errors))
        return bad_str_arg(th, fname, "errors", errors);
    u->encoding = encoding ? encoding : kr_from_obj(kr_str_intern_cstr(th, "ASCII"));
    u->errors = errors ? errors : kr_from_obj(kr_str_intern_cstr(th, "strict"));
    u->buffers = KR_VALUE_NULL;
    if (buffers && buffers != KR_NONE && !(u->buffers = kr_object_iter(th, buffers)))
        return -1;
    return 0;
}

static void reset(Unpickler *u)
{
    u->stack = NULL;
    u->size = u->cap = u->fence = 0;
    u->nmarks = 0;
    u->memo = NULL;
    u->memo_cap = u->memo_len = 0;
    u->proto = 0;
    u->data = NULL;
    u->len = u->pos = 0;
}

static Value unpickler_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    Unpickler *u = kr_libutil_alloc(th, type);
    return u ? kr_from_obj(u) : KR_VALUE_NULL;
}

static int set_file(Thread *th, Unpickler *u, Value file)
{
    if (kr_mod__pickle_lookup_attr(th, file, "read", &u->read) < 0 ||
        kr_mod__pickle_lookup_attr(th, file, "readline", &u->readline) < 0)
        return -1;
    if (!u->read || !u->readline) {
        u->read = KR_VALUE_NULL;
        kr_err_set_string(th, &kr_exc_TypeError, "file must have 'read' and 'readline' attributes");
        return -1;
    }
    return 0;
}

static const char *const unpickler_names[] = {"file", "fix_imports", "encoding", "errors",
                                               "buffers", NULL};

static int unpickler_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    Value a[5];
    if (kr_libutil_parse_kwonly(th, "Unpickler", args, nargs, kw, unpickler_names, 0, 1, 4, a) < 0)
        return -1;
    Unpickler *u = U(self);
    reset(u);
    if (set_file(th, u, a[0]) < 0 || set_options(th, u, "Unpickler", a[1], a[2], a[3], a[4]) < 0)
        return -1;
    u->pers_func = KR_VALUE_NULL;
    return kr_mod__pickle_lookup_attr(th, self, "persistent_load", &u->pers_func);
}

/* ---- methods and attributes ------------------------------------------------------------------- */

KR_LIB_FUNC(unpickler_load)
{
    if (kr_libutil_check_positional(th, "load", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    Unpickler *u = U(args[0]);
    if (!u->read) {
        kr_err_format(th, UnpicklingError, "Unpickler.__init__() was not called by %s.__init__()",
                      kr_type_name(args[0]));
        return KR_VALUE_NULL;
    }
    return load(th, u);
}

KR_LIB_FUNC(unpickler_find_class)
{
    if (kr_libutil_check_positional(th, "find_class", nargs - 1, 2, 2) < 0)
        return KR_VALUE_NULL;
    return find_class_impl(th, U(args[0]), args[1], args[2]);
}

KR_LIB_FUNC(unpickler_sizeof)
{
    Unpickler *u = U(args[0]);
    return kr_int_from_i64(th, (int64_t)(kr_type_of(args[0])->size +
                                         (size_t)u->memo_cap * sizeof(Value) +
                                         (size_t)u->marks_cap * sizeof(int64_t)));
}

static const MethodDef unpickler_methods[] = {
    {"load", unpickler_load, "($self, /)", "Load a pickle.", 0},
    {"find_class", unpickler_find_class, "($self, module_name, global_name, /)",
     "Return an object from a specified module.", 0},
    {"__sizeof__", unpickler_sizeof, "($self, /)", "Returns size in memory, in bytes.", 0},
    {0},
};

typedef struct UMemoProxy {
    Obj hdr;
    Value owner;
} UMemoProxy;

static Value get_memo(Thread *th, Value s)
{
    UMemoProxy *m = kr_libutil_alloc(th, &unpickler_memoproxy_type);
    if (!m)
        return KR_VALUE_NULL;
    m->owner = s;
    return kr_from_obj(m);
}

static Value memo_dict(Thread *th, Unpickler *u)
{
    Dict *d = kr_dict_new(th);
    for (int64_t i = 0; d && i < u->memo_cap; i++)
        if (u->memo[i] && kr_dict_set(th, d, kr_from_smallint(i), u->memo[i]) < 0)
            return KR_VALUE_NULL;
    return d ? kr_from_obj(d) : KR_VALUE_NULL;
}

static int set_memo(Thread *th, Value s, Str *n, Value v)
{
    Unpickler *u = U(s);
    if (!v) {
        kr_err_set_string(th, &kr_exc_TypeError, "attribute deletion is not supported");
        return -1;
    }
    if (kr_is_type(v, &unpickler_memoproxy_type)) {
        Unpickler *from = U(((UMemoProxy *)kr_as_obj(v))->owner);
        Value *m = from->memo_cap ? kr_gc_alloc((size_t)from->memo_cap * sizeof(Value)) : NULL;
        if (from->memo_cap && !m) {
            kr_err_no_memory(th);
            return -1;
        }
        kr_values_copy(m, from->memo, (size_t)from->memo_cap);
        u->memo = m;
        u->memo_cap = from->memo_cap;
        u->memo_len = from->memo_len;
        return 0;
    }
    if (!kr_dict_check(v)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "'memo' attribute must be an UnpicklerMemoProxy object or dict, not %T", v);
        return -1;
    }
    if (!v)
        return -1;
    Unpickler tmp = {0};
    int64_t pos = 0;
    Value key, val;
    while (kr_dict_next(kr_as_dict(v), &pos, &key, &val)) {
        int64_t idx;
        if (!kr_is_int(key)) {
            kr_err_set_string(th, &kr_exc_TypeError, "memo key must be integers");
            return -1;
        }
        if (kr_int_as_i64(th, key, &idx) < 0)
            return -1;
        if (idx < 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "memo key must be positive integers.");
            return -1;
        }
        /* CPython 3.11 stores these into the memo it then replaces (its
         * Unpickler_set_memo puts into self, not into the new memo), so a
         * dict assigned to memo leaves it empty; kept for fidelity */
        (void)val;
    }
    u->memo = tmp.memo;
    u->memo_cap = tmp.memo_cap;
    u->memo_len = tmp.memo_len;
    return 0;
}

static Value get_persload(Thread *th, Value s)
{
    if (!U(s)->pers_func)
        kr_err_set_string(th, &kr_exc_AttributeError, "persistent_load");
    return U(s)->pers_func;
}

static int set_persload(Thread *th, Value s, Str *n, Value v)
{
    if (!v) {
        kr_err_set_string(th, &kr_exc_TypeError, "attribute deletion is not supported");
        return -1;
    }
    if (!kr_type_of(v)->call) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "persistent_load must be a callable taking one argument");
        return -1;
    }
    U(s)->pers_func = v;
    return 0;
}

static const MemberDef unpickler_members[] = {
    {"memo", 0, get_memo, set_memo, NULL, 0},
    {"persistent_load", 0, get_persload, set_persload, NULL, 0},
    {0},
};

Type kr_pickle_unpickler_type = {
    .hdr = {&kr_type_type}, .name = "_pickle.Unpickler", .size = sizeof(Unpickler),
    .flags = KR_TYPE_BASETYPE, .new_ = unpickler_new, .init = unpickler_init,
    .methods = unpickler_methods, .members = unpickler_members,
};

#define UM_OWNER(v) U(((UMemoProxy *)kr_as_obj(v))->owner)

KR_LIB_FUNC(umemo_copy)
{
    return memo_dict(th, UM_OWNER(args[0]));
}

KR_LIB_FUNC(umemo_clear)
{
    Unpickler *u = UM_OWNER(args[0]);
    u->memo = NULL;
    u->memo_cap = u->memo_len = 0;
    return KR_NONE;
}

KR_LIB_FUNC(umemo_reduce)
{
    Value d = memo_dict(th, UM_OWNER(args[0]));
    Tuple *a = d ? kr_tuple_from_array(th, &d, 1) : NULL;
    Value r[2] = {kr_from_obj(&kr_dict_type), a ? kr_from_obj(a) : KR_VALUE_NULL};
    Tuple *t = a ? kr_tuple_from_array(th, r, 2) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MethodDef umemo_methods[] = {
    {"copy", umemo_copy, "($self, /)", "Copy the memo to a new object.", 0},
    {"clear", umemo_clear, "($self, /)", "Remove all items from memo.", 0},
    {"__reduce__", umemo_reduce, "($self, /)", "Implement pickling support.", 0},
    {0},
};

static Type unpickler_memoproxy_type = {
    .hdr = {&kr_type_type}, .name = "_pickle.UnpicklerMemoProxy", .size = sizeof(UMemoProxy),
    .methods = umemo_methods,
};

/* ---- load and loads ---------------------------------------------------------------------------- */

Value kr_mod__pickle_load(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    Value a[5];
    if (kr_libutil_parse_kwonly(th, "load", args, nargs, kw, unpickler_names, 0, 1, 4, a) < 0)
        return KR_VALUE_NULL;
    Unpickler *u = kr_libutil_alloc(th, &kr_pickle_unpickler_type);
    if (!u || set_file(th, u, a[0]) < 0 || set_options(th, u, "load", a[1], a[2], a[3], a[4]) < 0)
        return KR_VALUE_NULL;
    return load(th, u);
}

Value kr_mod__pickle_loads(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"data", "fix_imports", "encoding", "errors", "buffers", NULL};
    Value a[5];
    if (kr_libutil_parse_kwonly(th, "loads", args, nargs, kw, names, 1, 1, 4, a) < 0)
        return KR_VALUE_NULL;
    Unpickler *u = kr_libutil_alloc(th, &kr_pickle_unpickler_type);
    if (!u || set_options(th, u, "loads", a[1], a[2], a[3], a[4]) < 0)
        return KR_VALUE_NULL;
    Value data = kr_bytes_coerce(th, a[0]);      /* any buffer: a bytes copy */
    if (!data)
        return KR_VALUE_NULL;
    if (!kr_bytes_like(data)) {
        kr_err_format(th, &kr_exc_TypeError, "a bytes-like object is required, not '%T'", data);
        return KR_VALUE_NULL;
    }
    if (set_window(th, u, data, "loads") < 0)
        return KR_VALUE_NULL;
    return load(th, u);
}

int kr_mod__pickle_load_init(Thread *th)
{
    return kr_type_ready(th, &unpickler_memoproxy_type);
}
