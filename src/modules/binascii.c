/*
 * binascii.c -- the binascii module: base64, hex, uuencode and the CRCs
 * under base64.py, uu, zipfile and friends.
 *
 * Decoders take bytes-like objects or ASCII-only str (CPython's
 * ascii_buffer_converter); encoders take bytes-like objects only.  The
 * base64 decoder is CPython's state machine, including strict_mode's
 * separate complaints, so malformed input fails with the same message.
 * Quoted-printable follows CPython's encoder rule for rule (soft breaks
 * before column 76, trailing whitespace quoted before a newline, CRLF
 * kept when the first line ends so).
 */
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/buf.h"
#include "core/state.h"
#include "gc/gc.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

static Type error_type = {
    .hdr = {&kr_type_type}, .name = "binascii.Error", .base = &kr_exc_ValueError,
    .size = sizeof(Exc), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};
static Type incomplete_type = {
    .hdr = {&kr_type_type}, .name = "binascii.Incomplete", .base = &kr_exc_Exception,
    .size = sizeof(Exc), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};

static Value error(Thread *th, const char *msg)
{
    kr_err_set_string(th, &error_type, msg);
    return KR_VALUE_NULL;
}

/* The argument check of a one-argument function (METH_O), whose
 * messages name it with its module. */
static int one_arg(Thread *th, const char *qualname, size_t nargs, Tuple *kw)
{
    if (kw && kw->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    if (nargs != 1) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes exactly one argument (%d given)",
                      qualname, (int)nargs);
        return -1;
    }
    return 0;
}

/* Input of a decoder: bytes-like, or a str of ASCII characters only. */
static int ascii_input(Thread *th, Value v, const unsigned char **p, int64_t *n)
{
    if (kr_is_str(v)) {
        size_t len;
        const char *s = kr_str_utf8(th, kr_as_str(v), &len);
        if (!s)
            return -1;
        for (size_t i = 0; i < len; i++) {
            if ((unsigned char)s[i] >= 0x80) {
                kr_err_set_string(th, &kr_exc_ValueError,
                                  "string argument should contain only ASCII characters");
                return -1;
            }
        }
        *p = (const unsigned char *)s;
        *n = (int64_t)len;
        return 0;
    }
    if (kr_bytes_like(v) || kr_buffer_check(v))
        return kr_bytes_view(th, v, p, n);
    kr_err_format(th, &kr_exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'",
                  kr_type_name(v));
    return -1;
}

static Value bytes_of_buf(Thread *th, Buf *b)
{
    Value r = kr_bytes_value(kr_bytes_new(th, b->data, (int64_t)b->len));
    kr_buf_free(b);
    return r;
}

/* ---- base64 ------------------------------------------------------------------------ */

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(unsigned char c)
{
    const char *p = c ? strchr(b64_alphabet, c) : NULL;
    return p ? (int)(p - b64_alphabet) : -1;
}

static Value a2b_base64(Thread *th, const unsigned char *s, int64_t n, bool strict)
{
    Bytes *out = kr_bytes_alloc(th, n / 4 * 3 + 3);
    if (!out)
        return KR_VALUE_NULL;
    unsigned char *o = out->data;
    int quad = 0, pads = 0;
    unsigned leftchar = 0;
    bool padding_started = false;
    if (strict && n > 0 && s[0] == '=')
        return error(th, "Leading padding not allowed");
    for (int64_t i = 0; i < n; i++) {
        if (s[i] == '=') {
            padding_started = true;
            if (quad >= 2 && quad + ++pads >= 4) {
                /* A complete pad sequence ends the data. */
                if (strict && i + 1 < n)
                    return error(th, "Excess data after padding");
                goto done;
            }
            continue;
        }
        int v = b64_value(s[i]);
        if (v < 0) {
            if (strict)
                return error(th, "Only base64 data is allowed");
            continue;
        }
        if (strict && padding_started)
            return error(th, "Discontinuous padding not allowed");
        pads = 0;
        switch (quad) {
        case 0: leftchar = (unsigned)v; break;
        case 1: *o++ = (unsigned char)(leftchar << 2 | v >> 4); leftchar = v & 0x0f; break;
        case 2: *o++ = (unsigned char)(leftchar << 4 | v >> 2); leftchar = v & 0x03; break;
        case 3: *o++ = (unsigned char)(leftchar << 6 | v); leftchar = 0; break;
        }
        quad = (quad + 1) & 3;
    }
    if (quad == 1) {
        kr_err_format(th, &error_type, "Invalid base64-encoded string: number of data characters "
                      "(%lld) cannot be 1 more than a multiple of 4",
                      (long long)((o - out->data) / 3 * 4 + 1));
        return KR_VALUE_NULL;
    }
    if (quad != 0)
        return error(th, "Incorrect padding");
done:
    return kr_bytes_value(kr_bytes_new(th, out->data, o - out->data));
}

KR_LIB_FUNC(binascii_a2b_base64)
{
    static const char *const names[] = {"data", "strict_mode", NULL};
    Value v[2];
    const unsigned char *p;
    int64_t n;
    if (kr_libutil_parse_kwonly(th, "a2b_base64", args, nargs, kw, names, 1, 1, 1, v) < 0 ||
        ascii_input(th, v[0], &p, &n) < 0)
        return KR_VALUE_NULL;
    int strict = v[1] ? kr_object_truth(th, v[1]) : 0;
    return strict < 0 ? KR_VALUE_NULL : a2b_base64(th, p, n, strict);
}

KR_LIB_FUNC(binascii_b2a_base64)
{
    static const char *const names[] = {"data", "newline", NULL};
    Value v[2];
    const unsigned char *p;
    int64_t n;
    if (kr_libutil_parse_kwonly(th, "b2a_base64", args, nargs, kw, names, 1, 1, 1, v) < 0 ||
        kr_bytes_view(th, v[0], &p, &n) < 0)
        return KR_VALUE_NULL;
    int newline = v[1] ? kr_object_truth(th, v[1]) : 1;
    if (newline < 0)
        return KR_VALUE_NULL;
    Buf b = {0};
    for (int64_t i = 0; i < n; i += 3) {
        uint32_t w = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0) |
                     (i + 2 < n ? p[i + 2] : 0);
        char q[4] = {b64_alphabet[w >> 18], b64_alphabet[(w >> 12) & 63],
                     i + 1 < n ? b64_alphabet[(w >> 6) & 63] : '=',
                     i + 2 < n ? b64_alphabet[w & 63] : '='};
        kr_buf_write(&b, q, 4);
    }
    if (newline)
        kr_buf_putc(&b, '\n');
    return bytes_of_buf(th, &b);
}

/* ---- hex ----------------------------------------------------------------------------- */

/* sep for hexlify: NUL for none, else its one byte. */
static int hex_sep(Thread *th, Value sep, char *out)
{
    *out = 0;
    if (!sep || sep == KR_NONE)
        return 0;
    int64_t len;
    if (kr_object_len(th, sep, &len) < 0)
        return -1;
    if (len != 1) {
        kr_err_set_string(th, &kr_exc_ValueError, "sep must be length 1.");
        return -1;
    }
    if (kr_is_str(sep)) {
        size_t n;
        const char *s = kr_str_utf8(th, kr_as_str(sep), &n);
        if (!s)
            return -1;
        if ((unsigned char)s[0] >= 0x80) {
            kr_err_set_string(th, &kr_exc_ValueError, "sep must be ASCII.");
            return -1;
        }
        *out = s[0];
    } else if (kr_bytes_like(sep)) {
        *out = (char)KR_BYTES_VIEW(sep)->data[0];
    } else {
        kr_err_set_string(th, &kr_exc_TypeError, "sep must be str or bytes.");
        return -1;
    }
    return 0;
}

static Value hexlify(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"data", "sep", "bytes_per_sep", NULL};
    Value v[3];
    const unsigned char *p;
    int64_t n;
    int group = 1;
    char sep;
    if (kr_libutil_parse(th, name, args, nargs, kw, names, 0, 1, v) < 0 ||
        kr_bytes_view(th, v[0], &p, &n) < 0 || hex_sep(th, v[1], &sep) < 0 ||
        (v[2] && kr_libutil_as_int(th, v[2], true, &group) < 0))
        return KR_VALUE_NULL;
    static const char digits[] = "0123456789abcdef";
    Buf b = {0};
    int64_t every = group < 0 ? -(int64_t)group : group;
    for (int64_t i = 0; i < n; i++) {
        /* Positive groups count from the right end, negative from the left. */
        int64_t pos = group > 0 ? n - i : i;
        if (sep && every && i > 0 && pos % every == 0)
            kr_buf_putc(&b, sep);
        kr_buf_putc(&b, digits[p[i] >> 4]);
        kr_buf_putc(&b, digits[p[i] & 15]);
    }
    return bytes_of_buf(th, &b);
}

KR_LIB_FUNC(binascii_hexlify) { return hexlify(th, "hexlify", args, nargs, kw); }
KR_LIB_FUNC(binascii_b2a_hex) { return hexlify(th, "b2a_hex", args, nargs, kw); }

static int hex_digit(unsigned char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static Value unhexlify(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw)
{
    const unsigned char *p;
    int64_t n;
    if (one_arg(th, name, nargs, kw) < 0 || ascii_input(th, args[0], &p, &n) < 0)
        return KR_VALUE_NULL;
    if (n % 2)
        return error(th, "Odd-length string");
    Bytes *b = kr_bytes_alloc(th, n / 2);
    if (!b)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < n; i += 2) {
        int hi = hex_digit(p[i]), lo = hex_digit(p[i + 1]);
        if (hi < 0 || lo < 0)
            return error(th, "Non-hexadecimal digit found");
        b->data[i / 2] = (unsigned char)(hi << 4 | lo);
    }
    return kr_from_obj(b);
}

KR_LIB_FUNC(binascii_unhexlify) { return unhexlify(th, "binascii.unhexlify", args, nargs, kw); }
KR_LIB_FUNC(binascii_a2b_hex) { return unhexlify(th, "binascii.a2b_hex", args, nargs, kw); }

/* ---- uuencode ---------------------------------------------------------------------------- */

KR_LIB_FUNC(binascii_a2b_uu)
{
    const unsigned char *p;
    int64_t n;
    if (one_arg(th, "binascii.a2b_uu", nargs, kw) < 0 || ascii_input(th, args[0], &p, &n) < 0)
        return KR_VALUE_NULL;
    /* The first character holds the length; an empty input reads as NUL,
     * a length of 32 (as CPython, which reads its terminator). */
    int64_t len = ((n ? p[0] : 0) - ' ') & 077, i = 1;
    Bytes *b = kr_bytes_alloc(th, len);
    if (!b)
        return KR_VALUE_NULL;
    uint32_t acc = 0;
    int bits = 0;
    for (int64_t o = 0; o < len; i++) {
        unsigned char c = i < n ? p[i] : ' ';
        if (c == '\n' || c == '\r')
            c = ' ';
        else if (c < ' ' || c > ' ' + 64)
            return error(th, "Illegal char");
        acc = acc << 6 | ((c - ' ') & 077);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            b->data[o++] = (unsigned char)(acc >> bits);
            acc &= (1u << bits) - 1;
        }
    }
    /* What follows the data may only be padding and whitespace. */
    for (; i < n; i++) {
        unsigned char c = p[i];
        if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r')
            return error(th, "Trailing garbage");
    }
    return kr_from_obj(b);
}

KR_LIB_FUNC(binascii_b2a_uu)
{
    static const char *const names[] = {"data", "backtick", NULL};
    Value v[2];
    const unsigned char *p;
    int64_t n;
    if (kr_libutil_parse_kwonly(th, "b2a_uu", args, nargs, kw, names, 1, 1, 1, v) < 0 ||
        kr_bytes_view(th, v[0], &p, &n) < 0)
        return KR_VALUE_NULL;
    int backtick = v[1] ? kr_object_truth(th, v[1]) : 0;
    if (backtick < 0)
        return KR_VALUE_NULL;
    if (n > 45)
        return error(th, "At most 45 bytes at once");
    Buf b = {0};
#define UU(c) ((backtick && !(c)) ? '`' : ' ' + (c))
    kr_buf_putc(&b, (char)UU(n & 077));
    for (int64_t i = 0; i < n; i += 3) {
        uint32_t w = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0) |
                     (i + 2 < n ? p[i + 2] : 0);
        for (int k = 18; k >= 0; k -= 6)
            kr_buf_putc(&b, (char)UU((w >> k) & 077));
    }
#undef UU
    kr_buf_putc(&b, '\n');
    return bytes_of_buf(th, &b);
}

/* ---- quoted-printable ------------------------------------------------------------------ */

enum { QP_MAXLINE = 76 };

/* A bool(accept={int}) flag: an int (or __index__), its truth. */
static int int_flag(Thread *th, Value v, int dflt)
{
    if (!v)
        return dflt;
    Value i = kr_object_index(th, v);
    return i ? kr_int_sign(i) != 0 : -1;
}

KR_LIB_FUNC(binascii_a2b_qp)
{
    static const char *const names[] = {"data", "header", NULL};
    Value v[2];
    const unsigned char *p;
    int64_t n;
    if (kr_libutil_parse(th, "a2b_qp", args, nargs, kw, names, 0, 1, v) < 0 ||
        ascii_input(th, v[0], &p, &n) < 0)
        return KR_VALUE_NULL;
    int header = int_flag(th, v[1], 0);
    if (header < 0)
        return KR_VALUE_NULL;
    Buf b = {0};
    for (int64_t i = 0; i < n;) {
        if (p[i] != '=') {
            kr_buf_putc(&b, header && p[i] == '_' ? ' ' : (char)p[i]);
            i++;
            continue;
        }
        if (++i >= n)
            break;
        if (p[i] == '\n' || p[i] == '\r') {           /* soft line break */
            while (i < n && p[i] != '\n')
                i++;
            if (i < n)
                i++;
        } else if (p[i] == '=') {                     /* "==" from old encoders */
            kr_buf_putc(&b, '=');
            i++;
        } else if (i + 1 < n && hex_digit(p[i]) >= 0 && hex_digit(p[i + 1]) >= 0) {
            kr_buf_putc(&b, (char)(hex_digit(p[i]) << 4 | hex_digit(p[i + 1])));
            i += 2;
        } else {
            kr_buf_putc(&b, '=');
        }
    }
    return bytes_of_buf(th, &b);
}

typedef struct QpOut {
    Buf b;
    bool crlf;
    unsigned linelen;
} QpOut;

static void qp_newline(QpOut *q)
{
    if (q->crlf)
        kr_buf_putc(&q->b, '\r');
    kr_buf_putc(&q->b, '\n');
}

static void qp_soft_break(QpOut *q)
{
    kr_buf_putc(&q->b, '=');
    qp_newline(q);
    q->linelen = 0;
}

static void qp_hex(QpOut *q, unsigned char c)
{
    static const char digits[] = "0123456789ABCDEF";
    kr_buf_putc(&q->b, '=');
    kr_buf_putc(&q->b, digits[c >> 4]);
    kr_buf_putc(&q->b, digits[c & 15]);
}

/* Whether byte i of p must be written as =XX. */
static bool qp_quoted(const unsigned char *p, int64_t i, int64_t n, unsigned linelen,
                      bool quotetabs, bool istext, bool header)
{
    unsigned char c = p[i];
    bool last = i + 1 == n;
    if (c > 126 || c == '=' || (header && c == '_'))
        return true;
    if (c == '.' && linelen == 0 && (last || p[i + 1] == '\n' || p[i + 1] == '\r' || !p[i + 1]))
        return true;   /* a lone dot line means end of message to SMTP */
    if (!istext && (c == '\r' || c == '\n'))
        return true;
    if ((c == '\t' || c == ' ') && last)
        return true;
    return c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' '));
}

KR_LIB_FUNC(binascii_b2a_qp)
{
    static const char *const names[] = {"data", "quotetabs", "istext", "header", NULL};
    Value v[4];
    const unsigned char *p;
    int64_t n;
    if (kr_libutil_parse(th, "b2a_qp", args, nargs, kw, names, 0, 1, v) < 0 ||
        kr_bytes_view(th, v[0], &p, &n) < 0)
        return KR_VALUE_NULL;
    int quotetabs = int_flag(th, v[1], 0), istext = int_flag(th, v[2], 1),
        header = int_flag(th, v[3], 0);
    if (quotetabs < 0 || istext < 0 || header < 0)
        return KR_VALUE_NULL;
    /* The first line's ending decides the one used throughout. */
    const unsigned char *nl = memchr(p, '\n', (size_t)n);
    QpOut q = {.crlf = nl && nl > p && nl[-1] == '\r'};
    for (int64_t i = 0; i < n;) {
        unsigned char c = p[i];
        if (qp_quoted(p, i, n, q.linelen, quotetabs, istext, header)) {
            if (q.linelen + 3 >= QP_MAXLINE)
                qp_soft_break(&q);
            qp_hex(&q, c);
            q.linelen += 3;
            i++;
        } else if (istext && (c == '\n' || (i + 1 < n && c == '\r' && p[i + 1] == '\n'))) {
            q.linelen = 0;
            /* Whitespace before a line end would be lost in transit: quote it. */
            if (q.b.len && (q.b.data[q.b.len - 1] == ' ' || q.b.data[q.b.len - 1] == '\t'))
                qp_hex(&q, (unsigned char)q.b.data[--q.b.len]);
            qp_newline(&q);
            i += c == '\r' ? 2 : 1;
        } else {
            if (i + 1 != n && p[i + 1] != '\n' && q.linelen + 1 >= QP_MAXLINE)
                qp_soft_break(&q);
            q.linelen++;
            kr_buf_putc(&q.b, header && c == ' ' ? '_' : (char)c);
            i++;
        }
    }
    return bytes_of_buf(th, &q.b);
}

/* ---- CRCs ---------------------------------------------------------------------------------- */

static uint32_t crc32_update(uint32_t crc, const unsigned char *p, int64_t n)
{
    crc = ~crc;
    for (int64_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++)
            crc = crc >> 1 ^ (0xedb88320u & -(crc & 1));
    }
    return ~crc;
}

/* The starting value of a CRC: any int, taken modulo 2**bits. */
static int crc_start(Thread *th, Value v, unsigned bits, uint32_t *out)
{
    *out = 0;
    if (!v)
        return 0;
    if (!kr_is_int(v)) {
        kr_err_format(th, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name(v));
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    kr_int_to_mpz(v, z);
    mpz_fdiv_r_2exp(z, z, bits);
    *out = (uint32_t)mpz_get_ui(z);
    mpz_clear(z);
    return 0;
}

KR_LIB_FUNC(binascii_crc32)
{
    const unsigned char *p;
    int64_t n;
    uint32_t crc;
    if (kr_libutil_no_keywords(th, "crc32", kw) < 0 ||
        kr_libutil_check_positional(th, "crc32", nargs, 1, 2) < 0 ||
        kr_bytes_view(th, args[0], &p, &n) < 0 ||
        crc_start(th, nargs > 1 ? args[1] : KR_VALUE_NULL, 32, &crc) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, crc32_update(crc, p, n));
}

KR_LIB_FUNC(binascii_crc_hqx)
{
    const unsigned char *p;
    int64_t n;
    uint32_t crc;
    if (kr_libutil_no_keywords(th, "crc_hqx", kw) < 0 ||
        kr_libutil_check_positional(th, "crc_hqx", nargs, 2, 2) < 0 ||
        kr_bytes_view(th, args[0], &p, &n) < 0 || crc_start(th, args[1], 16, &crc) < 0)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < n; i++) {
        crc ^= (uint32_t)p[i] << 8;
        for (int k = 0; k < 8; k++)
            crc = (crc & 0x8000 ? crc << 1 ^ 0x1021 : crc << 1) & 0xffff;
    }
    return kr_from_smallint(crc);
}

static const MethodDef binascii_functions[] = {
    {"a2b_base64", binascii_a2b_base64, "($module, data, /, *, strict_mode=False)", NULL, 0},
    {"b2a_base64", binascii_b2a_base64, "($module, data, /, *, newline=True)", NULL, 0},
    {"hexlify", binascii_hexlify, "($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)",
     NULL, 0},
    {"b2a_hex", binascii_b2a_hex, "($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)",
     NULL, 0},
    {"unhexlify", binascii_unhexlify, "($module, hexstr, /)", NULL, 0},
    {"a2b_hex", binascii_a2b_hex, "($module, hexstr, /)", NULL, 0},
    {"a2b_uu", binascii_a2b_uu, "($module, data, /)", NULL, 0},
    {"b2a_uu", binascii_b2a_uu, "($module, data, /, *, backtick=False)", NULL, 0},
    {"a2b_qp", binascii_a2b_qp, "($module, /, data, header=False)", NULL, 0},
    {"b2a_qp", binascii_b2a_qp, "($module, /, data, quotetabs=False, istext=True, header=False)",
     NULL, 0},
    {"crc32", binascii_crc32, "($module, data, crc=0, /)", NULL, 0},
    {"crc_hqx", binascii_crc_hqx, "($module, data, crc, /)", NULL, 0},
    {0},
};

int kr_mod_binascii_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "binascii", binascii_functions);
    if (!m || kr_type_ready(th, &error_type) < 0 || kr_type_ready(th, &incomplete_type) < 0 ||
        kr_libutil_add_value(th, m, "Error", kr_from_obj(&error_type)) < 0)
        return -1;
    return kr_libutil_add_value(th, m, "Incomplete", kr_from_obj(&incomplete_type));
}
