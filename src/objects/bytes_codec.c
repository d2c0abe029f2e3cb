/*
 * bytes_codec.c -- the built-in codecs: bytes.decode and str.encode for
 * UTF-8, ASCII and Latin-1.
 *
 * These three are the codecs CPython itself implements in C and reaches
 * without the `codecs` registry (unicodeobject.c's fast path); everything
 * else there is a Python module in Lib/encodings, which krait will load
 * once the stdlib is on sys.path.  Until then another encoding raises
 * LookupError, as an unknown one does.
 *
 * Errors follow CPython to the character: the UTF-8 decoder reports the
 * same ranges (the "maximal subpart" of an ill-formed sequence: an invalid
 * start byte alone, else the start byte and the valid continuation bytes
 * before the bad one) with the same reasons, so both the strict message
 * and the output of 'replace' (one U+FFFD per range) match.  The error
 * handler is looked up only when an error happens, as in CPython: an
 * unknown handler name goes unnoticed on clean input.
 *
 * Exceptions are raised with CPython's five arguments (encoding, object,
 * start, end, reason); objects/unicodeerror.c words the message.
 */
#include <stdio.h>
#include <string.h>

#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "objects/unicodeerror.h"
#include "modules/modules.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

typedef enum Codec { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } Codec;
static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

typedef enum Handler {
    H_STRICT, H_IGNORE, H_REPLACE, H_SURROGATEESCAPE, H_BACKSLASHREPLACE,
    H_XMLCHARREFREPLACE, H_UNKNOWN
} Handler;

/* The codec named by v (KR_VALUE_NULL: utf-8), or -1 with an exception.
 * Names are normalised as Lib/encodings does: lower case, '-' and ' '
 * become '_'. */
static int find_codec(Thread *th, Value v)
{
    if (!v)
        return CODEC_UTF8;
    if (!kr_is_str(v)) {
        kr_err_format(th, &kr_exc_TypeError, "str() argument 'encoding' must be str, not %s",
                      kr_type_name(v));
        return -1;
    }
    Str *s = kr_as_str(v);
    /* the spellings programs pass, as they are (a TextIOWrapper encodes
     * every write): no normalizing copy */
    static const struct { const char *name; size_t len; Codec c; } common[] = {
        {"utf-8", 5, CODEC_UTF8}, {"utf8", 4, CODEC_UTF8}, {"ascii", 5, CODEC_ASCII},
        {"us-ascii", 8, CODEC_ASCII}, {"latin-1", 7, CODEC_LATIN1},
    };
    for (size_t i = 0; s->ascii && i < KR_ARRAY_LEN(common); i++)
        if ((size_t)s->len == common[i].len && memcmp(s->data, common[i].name, common[i].len) == 0)
            return (int)common[i].c;
    char n[32];
    if (s->ascii && s->len < (int64_t)sizeof n) {
        for (int64_t i = 0; i <= s->len; i++) {
            char c = (char)s->data[i];
            n[i] = c >= 'A' && c <= 'Z' ? c + 32 : c == '-' || c == ' ' ? '_' : c;
        }
        static const struct { const char *name; Codec c; } aliases[] = {
            {"utf_8", CODEC_UTF8}, {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8},
            {"utf", CODEC_UTF8}, {"ascii", CODEC_ASCII}, {"us_ascii", CODEC_ASCII},
            {"646", CODEC_ASCII}, {"latin_1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1},
            {"latin", CODEC_LATIN1}, {"l1", CODEC_LATIN1}, {"iso_8859_1", CODEC_LATIN1},
            {"iso8859_1", CODEC_LATIN1}, {"8859", CODEC_LATIN1}, {"cp819", CODEC_LATIN1},
        };
        for (size_t i = 0; i < KR_ARRAY_LEN(aliases); i++)
            if (strcmp(n, aliases[i].name) == 0)
                return (int)aliases[i].c;
    }
    kr_err_format(th, &kr_exc_LookupError, "unknown encoding: %U", s);
    return -1;
}

static int find_handler(Thread *th, Value v, Handler *h)
{
    *h = H_STRICT;
    if (!v)
        return 0;
    if (!kr_is_str(v)) {
        kr_err_format(th, &kr_exc_TypeError, "str() argument 'errors' must be str, not %s",
                      kr_type_name(v));
        return -1;
    }
    static const struct { const char *name; size_t len; } names[] = {
        {"strict", 6}, {"ignore", 6}, {"replace", 7}, {"surrogateescape", 15},
        {"backslashreplace", 16}, {"xmlcharrefreplace", 17},
    };
    Str *s = kr_as_str(v);
    *h = H_UNKNOWN;
    for (int i = 0; s->ascii && i < (int)KR_ARRAY_LEN(names); i++)
        if ((size_t)s->len == names[i].len && memcmp(s->data, names[i].name, names[i].len) == 0) {
            *h = (Handler)i;
            break;
        }
    return 0;
}

/* In development mode (-X dev) an error handler name must exist even when
 * no error happens (CPython's unicode_check_encoding_errors): the ones
 * find_handler knows are fine; any other is looked up.  0 or -1. */
static int check_handler_dev(Thread *th, Value errors, Handler h)
{
    if (h != H_UNKNOWN)
        return 0;
    Value sys = kr_from_obj(th->vm->sys_module);
    Str *fn = kr_str_intern_cstr(th, "flags"), *dn = kr_str_intern_cstr(th, "dev_mode");
    Value flags = fn ? kr_object_lookupattr(th, sys, fn) : KR_VALUE_NULL;
    Value dev = flags && dn ? kr_object_lookupattr(th, flags, dn) : KR_VALUE_NULL;
    if (!dev || dev != KR_TRUE) {
        kr_err_clear(th);      /* no sys.flags yet (start-up): no check */
        return 0;
    }
    Str *mn = kr_str_intern_cstr(th, "_codecs"), *ln = kr_str_intern_cstr(th, "lookup_error");
    Value mod = mn ? kr_vm_import(th, mn, true) : KR_VALUE_NULL;
    Value f = mod && ln ? kr_object_getattr(th, mod, ln) : KR_VALUE_NULL;
    return f && kr_vm_call(th, f, &errors, 1, NULL) ? 0 : -1;
}

/* The same for a codec of the registry (which checks only names it meets). */
static int registry_check(Thread *th, Value errors)
{
    Handler h;
    if (!errors || !kr_is_str(errors))
        return 0;
    return find_handler(th, errors, &h) < 0 ? -1 : check_handler_dev(th, errors, h);
}

/* ---- decoding ---------------------------------------------------------------- */

static bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* One UTF-8 sequence at s[0..n): its length (1-4) with *cp set, or 0 with
 * the error range's length in *bad and its reason in *why. */
static int utf8_one(const unsigned char *s, int64_t n, uint32_t *cp, int64_t *bad,
                    const char **why)
{
    unsigned char c = s[0];
    *why = "invalid continuation byte";
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int need = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    if (!need) {
        *why = "invalid start byte";
        *bad = 1;
        return 0;
    }
    /* the bounds on the second byte exclude overlongs, surrogates and
     * code points above U+10FFFF */
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;
    else if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
    int64_t k = 1;
    for (; k < need && k < n; k++) {
        unsigned char d = s[k];
        if (k == 1 ? d < lo || d > hi : !is_cont(d)) {
            *bad = k;
            return 0;
        }
    }
    if (k < need) {
        *why = "unexpected end of data";
        *bad = n;
        return 0;
    }
    uint32_t v = c & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07);
    for (k = 1; k < need; k++)
        v = v << 6 | (s[k] & 0x3F);
    *cp = v;
    return need;
}

/* UnicodeDecodeError with its fields; str() gives CPython's message. */
static void decode_error(Thread *th, Codec codec, const unsigned char *data, int64_t len,
                         int64_t start, int64_t end, const char *why)
{
    kr_unicodeerror_decode(th, codec_names[codec], data, len, start, end, why);
}

/* An encoding that is not built in goes to the codec registry (stdlib-os:
 * modules/_codecs.c): true if *r is the answer. */
static bool via_registry(Thread *th, int codec, Value encoding)
{
    if (codec >= 0 || !encoding || !kr_is_str(encoding) || !kr_err_matches(th, &kr_exc_LookupError))
        return false;
    kr_err_clear(th);
    return true;
}

/* Any other error handler (surrogatepass, namereplace, one registered
 * with codecs.register_error): lib/_codecs.py's _builtin_decode/_encode,
 * which run this codec strictly and call the handler at each error. */
static Value with_handler(Thread *th, bool encode, Codec codec, Value obj, Value errors)
{
    Str *mn = kr_str_intern_cstr(th, "_codecs");
    Value mod = mn ? kr_vm_import(th, mn, true) : KR_VALUE_NULL;
    Str *fn = mod ? kr_str_intern_cstr(th, encode ? "_builtin_encode" : "_builtin_decode") : NULL;
    Value f = fn ? kr_object_getattr(th, mod, fn) : KR_VALUE_NULL;
    Str *name = f ? kr_str_from_cstr(th, codec_names[codec]) : NULL;
    if (!name)
        return KR_VALUE_NULL;
    Value args[3] = {kr_from_obj(name), obj, errors};
    return kr_vm_call(th, f, args, 3, NULL);
}

/* Clean input decoded straight into a str of the right kind: ASCII (any
 * of the three codecs) and Latin-1 are one copy; well-formed UTF-8 is
 * measured in a first pass (length, widest code point) and written in a
 * second.  NULL with no exception if the input has an error (the general
 * loop below then reports or handles it), or with one if allocation
 * failed.  The general loop's buffer of four code points per input byte
 * was 16x the input in garbage, and most text decoded is clean. */
static Str *decode_clean(Thread *th, Codec codec, const unsigned char *data, int64_t len,
                         bool *failed)
{
    *failed = false;
    Str *r;
    if (kr_bytes_ascii(data, (size_t)len) || codec == CODEC_LATIN1) {
        r = kr_str_alloc(th, len, 1, codec != CODEC_LATIN1 || kr_bytes_ascii(data, (size_t)len));
        if (r)
            memcpy(r->data, data, (size_t)len);
        *failed = !r;
        return r;
    }
    if (codec != CODEC_UTF8)
        return NULL;
    int64_t n = 0, bad;
    uint32_t cp, maxc = 0;
    const char *why;
    for (int64_t i = 0; i < len; n++) {
        if (data[i] < 0x80) {
            uint64_t w;              /* an ASCII run: eight bytes at a time */
            while (i + 8 <= len && (memcpy(&w, data + i, 8), !(w & 0x8080808080808080u))) {
                i += 8;
                n += 8;
            }
            if (i < len && data[i] < 0x80)
                i++;
            else
                n--;
            continue;
        }
        int k = utf8_one(data + i, len - i, &cp, &bad, &why);
        if (!k)
            return NULL;
        if (cp > maxc)
            maxc = cp;
        i += k;
    }
    int kind = maxc < 0x100 ? 1 : maxc < 0x10000 ? 2 : 4;
    r = kr_str_alloc(th, n, kind, false);
    if (!r) {
        *failed = true;
        return NULL;
    }
    for (int64_t i = 0, j = 0; i < len; j++) {
        cp = data[i];
        if (cp < 0x80)
            i++;
        else
            i += utf8_one(data + i, len - i, &cp, &bad, &why);
        if (kind == 1)
            r->data[j] = (unsigned char)cp;
        else if (kind == 2)
            ((uint16_t *)r->data)[j] = (uint16_t)cp;
        else
            ((uint32_t *)r->data)[j] = cp;
    }
    return r;
}

Value kr_bytes_decode(Thread *th, const unsigned char *data, int64_t len, Value encoding,
                      Value errors)
{
    int codec = find_codec(th, encoding);
    if (via_registry(th, codec, encoding)) {
        if (registry_check(th, errors) < 0)
            return KR_VALUE_NULL;
        Bytes *obj = kr_bytes_new(th, data, len);
        return obj ? kr_mod__codecs_call(th, false, kr_from_obj(obj), encoding, errors) : KR_VALUE_NULL;
    }
    Handler h;
    if (codec < 0 || find_handler(th, errors, &h) < 0 || check_handler_dev(th, errors, h) < 0)
        return KR_VALUE_NULL;
    bool failed;
    Str *clean = decode_clean(th, (Codec)codec, data, len, &failed);
    if (clean || failed)
        return clean ? kr_from_obj(clean) : KR_VALUE_NULL;
    /* at most 4 code points per input byte (backslashreplace: \xhh) */
    uint32_t *out = kr_gc_alloc_atomic(sizeof(uint32_t) * (size_t)(4 * len + 1));
    if (!out) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    size_t n = 0;
    for (int64_t i = 0; i < len;) {
        uint32_t cp = data[i];
        int64_t bad = 0;
        const char *why = "ordinal not in range(128)";
        if (codec == CODEC_LATIN1 || cp < 0x80) {
            out[n++] = cp;
            i++;
            continue;
        }
        if (codec == CODEC_UTF8) {
            int k = utf8_one(data + i, len - i, &cp, &bad, &why);
            if (k) {
                out[n++] = cp;
                i += k;
                continue;
            }
        } else {
            bad = 1;
        }
        static const char hex[] = "0123456789abcdef";
        switch (h) {
        case H_STRICT:
            decode_error(th, (Codec)codec, data, len, i, i + bad, why);
            return KR_VALUE_NULL;
        case H_IGNORE:
            break;
        case H_REPLACE:
            out[n++] = 0xFFFD;
            break;
        case H_SURROGATEESCAPE:
            for (int64_t k = 0; k < bad; k++)
                out[n++] = 0xDC00 + data[i + k];
            break;
        case H_BACKSLASHREPLACE:
            for (int64_t k = 0; k < bad; k++) {
                out[n++] = '\\';
                out[n++] = 'x';
                out[n++] = (uint32_t)hex[data[i + k] >> 4];
                out[n++] = (uint32_t)hex[data[i + k] & 15];
            }
            break;
        case H_XMLCHARREFREPLACE:
            kr_err_set_string(th, &kr_exc_TypeError,
                              "don't know how to handle UnicodeDecodeError in error callback");
            return KR_VALUE_NULL;
        default: {
            Bytes *obj = kr_bytes_new(th, data, len);
            return obj ? with_handler(th, false, (Codec)codec, kr_from_obj(obj), errors)
                       : KR_VALUE_NULL;
        }
        }
        i += bad;
    }
    Str *s = kr_str_from_ucs4(th, out, n);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* ---- encoding ---------------------------------------------------------------- */

static void encode_error(Thread *th, Codec codec, Str *s, int64_t start, int64_t end,
                         const char *why)
{
    kr_unicodeerror_encode(th, codec_names[codec], s, start, end, why);
}

static bool encodable(Codec codec, uint32_t c)
{
    switch (codec) {
    case CODEC_UTF8: return c < 0xD800 || c > 0xDFFF;
    case CODEC_ASCII: return c < 0x80;
    default: return c < 0x100;
    }
}

static void put_cp(Buf *b, Codec codec, uint32_t c)
{
    if (codec == CODEC_UTF8)
        kr_buf_put_utf8(b, c);
    else
        kr_buf_putc(b, (char)c);
}

Value kr_bytes_encode(Thread *th, Str *s, Value encoding, Value errors)
{
    int codec = find_codec(th, encoding);
    if (via_registry(th, codec, encoding))
        return registry_check(th, errors) < 0
                   ? KR_VALUE_NULL
                   : kr_mod__codecs_call(th, true, kr_from_obj(s), encoding, errors);
    Handler h;
    if (codec < 0 || find_handler(th, errors, &h) < 0 || check_handler_dev(th, errors, h) < 0)
        return KR_VALUE_NULL;
    if (s->ascii)
        return kr_bytes_value(kr_bytes_new(th, s->data, s->len));
    const char *why = codec == CODEC_UTF8    ? "surrogates not allowed"
                      : codec == CODEC_ASCII ? "ordinal not in range(128)"
                                             : "ordinal not in range(256)";
    Buf b;
    kr_buf_init(&b);
    for (int64_t i = 0; i < s->len;) {
        uint32_t c = kr_str_char(s, i);
        if (encodable((Codec)codec, c)) {
            put_cp(&b, (Codec)codec, c);
            i++;
            continue;
        }
        int64_t end = i + 1;
        while (end < s->len && !encodable((Codec)codec, kr_str_char(s, end)))
            end++;
        for (int64_t k = i; k < end && h != H_STRICT; k++) {
            uint32_t x = kr_str_char(s, k);
            switch (h) {
            case H_IGNORE: break;
            case H_REPLACE: kr_buf_putc(&b, '?'); break;
            case H_BACKSLASHREPLACE:
                kr_buf_printf(&b, x <= 0xff ? "\\x%02x" : x <= 0xffff ? "\\u%04x" : "\\U%08x", x);
                break;
            case H_XMLCHARREFREPLACE: kr_buf_printf(&b, "&#%u;", x); break;
            case H_SURROGATEESCAPE:
                if (x >= 0xDC80 && x <= 0xDCFF) {
                    kr_buf_putc(&b, (char)(x - 0xDC00));
                    break;
                }
                /* the handler raises for the rest of the range, from the
                 * first character it cannot escape */
                kr_buf_free(&b);
                encode_error(th, (Codec)codec, s, k, end, why);
                return KR_VALUE_NULL;
            default:
                kr_buf_free(&b);
                return with_handler(th, true, (Codec)codec, kr_from_obj(s), errors);
            }
        }
        if (h == H_STRICT) {
            kr_buf_free(&b);
            encode_error(th, (Codec)codec, s, i, end, why);
            return KR_VALUE_NULL;
        }
        i = end;
    }
    Bytes *r = kr_bytes_from_buf(th, &b);
    return kr_bytes_value(r);
}
