/*
 * bytes_format.c -- bytes % args and bytearray % args (PEP 461), CPython's
 * _PyBytes_FormatEx.
 *
 * Directives are parsed by core/numfmt (kr_numfmt_pct_parse) and numbers
 * rendered by it, as for str %; what is bytes-specific lives here: %s and
 * %b take bytes-likes or __bytes__, %r and %a give ascii(), %c takes an
 * int below 256 or one byte, and the result has the format's type.
 */
#include "objects/buffer.h"
#include "objects/bytes.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "core/numfmt.h"
#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

typedef struct Args {
    const Value *items;
    int64_t n, next;
    Value mapping;        /* the argument when it is a mapping, else NULL */
} Args;

static Value next_arg(Thread *th, Args *a)
{
    if (a->next >= a->n) {
        kr_err_set_string(th, &kr_exc_TypeError, "not enough arguments for format string");
        return KR_VALUE_NULL;
    }
    return a->items[a->next++];
}

/* The bytes of %s / %b: a bytes-like, or what __bytes__ returns. */
static int bytes_of(Thread *th, Value v, const unsigned char **data, int64_t *len)
{
    if (kr_bytes_like(v) || kr_buffer_check(v))
        return kr_bytes_view(th, v, data, len);
    Str *name = kr_str_intern_cstr(th, "__bytes__");
    if (name && kr_type_lookup(kr_type_of(v), name)) {
        Value f = kr_object_getattr(th, v, name);
        Value r = f ? kr_object_call(th, f, NULL, 0, NULL) : KR_VALUE_NULL;
        if (!r)
            return -1;
        if (!kr_is_bytes(r)) {
            kr_err_format(th, &kr_exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                          kr_type_name(r));
            return -1;
        }
        return kr_bytes_view(th, r, data, len);
    }
    kr_err_format(th, &kr_exc_TypeError,
                  "%%b requires a bytes-like object, or an object that implements __bytes__, "
                  "not '%s'", kr_type_name(v));
    return -1;
}

/* ascii(v) as UTF-8 text (it is ASCII). */
static int ascii_of(Thread *th, Value v, Buf *out)
{
    Value r = kr_object_repr(th, v);
    if (!r)
        return -1;
    Str *s = kr_as_str(r);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c < 128)
            kr_buf_putc(out, (char)c);
        else if (c < 0x100)
            kr_buf_printf(out, "\\x%02x", c);
        else if (c < 0x10000)
            kr_buf_printf(out, "\\u%04x", c);
        else
            kr_buf_printf(out, "\\U%08x", c);
    }
    return 0;
}

static int format_char(Thread *th, Value v, const PctSpec *sp, Buf *out)
{
    unsigned char c;
    if (kr_bytes_like(v)) {
        const unsigned char *d;
        int64_t n;
        if (kr_bytes_view(th, v, &d, &n) < 0)
            return -1;
        if (n != 1)
            goto bad;
        c = d[0];
    } else if (kr_is_int(v)) {
        int64_t i = -1;
        if (kr_is_bigint(v) || kr_int_as_i64(th, v, &i) < 0 || i < 0 || i > 255) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_OverflowError, "%c arg not in range(256)");
            return -1;
        }
        c = (unsigned char)i;
    } else {
        goto bad;
    }
    kr_numfmt_pct_bytes((const char *)&c, 1, sp, out);
    return 0;
bad:
    kr_err_set_string(th, &kr_exc_TypeError,
                      "%c requires an integer in range(256) or a single byte");
    return -1;
}

static int format_int(Thread *th, Value v, const PctSpec *sp, Buf *out)
{
    uint32_t conv = sp->conv;
    bool hexoct = conv == 'x' || conv == 'X' || conv == 'o';
    if (!kr_is_int(v)) {
        if (!hexoct && (kr_is_float(v) || kr_type_of(v)->int_)) {
            v = kr_int_type.new_(th, &kr_int_type, &v, 1, NULL);
            if (!v)
                return -1;
        } else if (kr_type_of(v)->index) {
            if (!(v = kr_object_index(th, v)))
                return -1;
        } else {
            kr_err_format(th, &kr_exc_TypeError,
                          hexoct ? "%%%c format: an integer is required, not %s"
                                 : "%%%c format: a real number is required, not %s",
                          conv == 'i' ? 'd' : (int)conv, kr_type_name(v));   /* as CPython */
            return -1;
        }
    }
    mpz_t z;
    mpz_init(z);
    kr_int_to_mpz(v, z);
    bool neg = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    int base = conv == 'o' ? 8 : hexoct ? 16 : 10;
    char *digits = kr_gc_alloc_atomic(mpz_sizeinbase(z, base) + 2);
    if (!digits) {
        mpz_clear(z);
        kr_err_no_memory(th);
        return -1;
    }
    mpz_get_str(digits, base, z);
    mpz_clear(z);
    kr_numfmt_pct_int_digits(neg, digits, strlen(digits), sp, out);
    return 0;
}

/* One directive's text into out. */
static int format_one(Thread *th, Value arg, const PctSpec *sp, Buf *out)
{
    switch (sp->conv) {
    case 's': case 'b': {
        const unsigned char *d;
        int64_t n;
        if (bytes_of(th, arg, &d, &n) < 0)
            return -1;
        kr_numfmt_pct_bytes((const char *)d, (size_t)n, sp, out);
        return 0;
    }
    case 'r': case 'a': {
        Buf text;
        kr_buf_init(&text);
        if (ascii_of(th, arg, &text) < 0) {
            kr_buf_free(&text);
            return -1;
        }
        kr_numfmt_pct_str(text.data ? text.data : "", text.len, sp, out);
        kr_buf_free(&text);
        return 0;
    }
    case 'c':
        return format_char(th, arg, sp, out);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        return format_int(th, arg, sp, out);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double x;
        if (!kr_is_float(arg) && !kr_is_int(arg) && !kr_type_of(arg)->float_ &&
            !kr_type_of(arg)->index) {
            kr_err_format(th, &kr_exc_TypeError, "float argument required, not %s",
                          kr_type_name(arg));
            return -1;
        }
        if (kr_float_as_double(th, arg, &x) < 0)
            return -1;
        kr_numfmt_pct_float(x, sp, out);
        return 0;
    }
    default:
        return 1;     /* unsupported: the caller knows the index */
    }
}

static int star_arg(Thread *th, Args *a, int64_t *out)
{
    Value v = next_arg(th, a);
    if (!v)
        return -1;
    if (!kr_is_int(v)) {
        kr_err_set_string(th, &kr_exc_TypeError, "* wants int");
        return -1;
    }
    return kr_int_as_i64(th, v, out);
}

static int raise_numerr(Thread *th, NumErr *err)
{
    kr_err_set_string(th, err->kind == KR_NUMERR_OVERFLOW ? &kr_exc_OverflowError
                                                          : &kr_exc_ValueError,
                      err->msg.data ? err->msg.data : "invalid format");
    kr_buf_free(&err->msg);
    return -1;
}

/* The directive at data[*pos] (just after its '%'), consuming arguments. */
static int directive(Thread *th, const unsigned char *data, size_t len, size_t *pos, Args *a,
                     Buf *out)
{
    PctSpec sp;
    NumErr err = {0};
    size_t start = *pos;
    if (!kr_numfmt_pct_parse((const char *)data, len, pos, &sp, &err))
        return raise_numerr(th, &err);
    Value arg = KR_VALUE_NULL;
    if (sp.has_key) {
        if (!a->mapping) {
            kr_err_set_string(th, &kr_exc_TypeError, "format requires a mapping");
            return -1;
        }
        Bytes *key = kr_bytes_new(th, data + sp.key_start, (int64_t)sp.key_len);
        if (!key || !(arg = kr_object_getitem(th, a->mapping, kr_from_obj(key))))
            return -1;
    }
    int64_t w = 0;
    if (sp.flags & KR_PCT_WIDTH_STAR) {
        if (star_arg(th, a, &w) < 0)
            return -1;
        kr_numfmt_pct_set_width(&sp, w);
    }
    if (sp.flags & KR_PCT_PREC_STAR) {
        if (star_arg(th, a, &w) < 0)
            return -1;
        if (w > INT_MAX || w < INT_MIN) {    /* CPython takes it as a C int */
            kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
        kr_numfmt_pct_set_prec(&sp, w);
    }
    if (sp.width > INT_MAX) {    /* CPython fails to allocate such a width */
        kr_err_no_memory(th);
        return -1;
    }
    if (sp.conv == '%' && *pos == start + 1) {     /* only "%%" right away */
        kr_buf_putc(out, '%');
        return 0;
    }
    if (!arg && !(arg = next_arg(th, a)))
        return -1;
    int r = sp.conv == '%' ? 1 : format_one(th, arg, &sp, out);
    if (r > 0) {
        uint32_t c = sp.conv;
        char msg[96];     /* kr_err_format has no %x */
        snprintf(msg, sizeof msg, "unsupported format character '%c' (0x%x) at index %zu",
                 c >= 32 && c < 127 ? (int)c : '?', (unsigned)c, *pos - 1);
        kr_err_set_string(th, &kr_exc_ValueError, msg);
        return -1;
    }
    return r;
}

Value kr_bytes_mod(Thread *th, Value fmt, Value argsv)
{
    if (!kr_bytes_like(fmt))
        return KR_NOTIMPL;                /* x % bytes: not ours */
    const unsigned char *data;
    int64_t len;
    if (kr_bytes_view(th, fmt, &data, &len) < 0)
        return KR_VALUE_NULL;
    Args a = {&argsv, 1, 0, KR_VALUE_NULL};
    if (kr_is_tuple(argsv)) {
        a.items = kr_as_tuple(argsv)->items;
        a.n = kr_as_tuple(argsv)->size;
    } else if (kr_type_of(argsv)->getitem && !kr_bytes_like(argsv) && !kr_str_check(argsv)) {
        a.mapping = argsv;                /* CPython: any mapping-like but these */
    }
    Buf out;
    kr_buf_init(&out);
    for (size_t pos = 0; pos < (size_t)len;) {
        unsigned char c = data[pos++];
        if (c != '%') {
            kr_buf_putc(&out, (char)c);
            continue;
        }
        if (directive(th, data, (size_t)len, &pos, &a, &out) < 0) {
            kr_buf_free(&out);
            return KR_VALUE_NULL;
        }
    }
    if (a.next < a.n && !a.mapping) {
        kr_buf_free(&out);
        kr_err_set_string(th, &kr_exc_TypeError,
                          "not all arguments converted during bytes formatting");
        return KR_VALUE_NULL;
    }
    Value r;
    if (kr_err_buf_failed(th, &out)) {
        r = KR_VALUE_NULL;
    } else if (kr_is_bytearray(fmt)) {
        ByteArray *ba = kr_bytearray_new(th, out.data ? out.data : "", (int64_t)out.len);
        r = ba ? kr_from_obj(ba) : KR_VALUE_NULL;
    } else {
        r = kr_bytes_value(kr_bytes_new(th, out.data ? out.data : "", (int64_t)out.len));
    }
    kr_buf_free(&out);
    return r;
}
