/*
 * _cjk.c -- the conversion loops of the CJK codecs (module `_cjk`).
 *
 * The codecs' Python face -- MultibyteCodec, the incremental and stream
 * classes, error handlers -- is lib/_multibytecodec.py; the _codecs_cn,
 * _codecs_jp, ... modules are lib/_codecs_*.py.  What is here converts a
 * run of input until the first error, and reports where it stopped:
 *
 *   decode(id, data, pos, final, state) -> (str, pos, err, state)
 *   encode(id, text, pos, final, state) -> (bytes, pos, err, state)
 *   reset(id, state) -> bytes          the ISO-2022 return to ASCII
 *
 * err is 0 when the run ended (pos == len, or a sequence is incomplete and
 * more input may come), n > 0 for an illegal sequence of n bytes / chars at
 * pos, -1 for an incomplete sequence at the end of the final input.  So
 * the error handlers, which are Python callables, are called from Python,
 * and a codec keeps no state of its own: `state` (an int) is the caller's,
 * which keeps incremental objects shared between threads harmless.
 *
 * The stateless codecs (EUC, Shift JIS, GBK, Big5, ...) run on the tables
 * tools/gen_cjk.py derives from python3.11's codecs (build/gen/cjk_tables.h;
 * its header explains the encoding of values).  The stateful ones (ISO-2022
 * and HZ) are in _cjk_iso2022.inc, on the same tables.
 */
#include <stdlib.h>
#include <string.h>

#include "modules/_cjk.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

#include "cjk_tables.h"

/* ---- decoding ------------------------------------------------------------ */

static uint16_t node_value(uint16_t node, unsigned b)
{
    const CjkNode *n = &cjk_nodes[node];
    return b < n->lo || b > n->hi ? CJK_ILLEGAL : cjk_vals[n->off + b - n->lo];
}

static const CjkDecSpecial *dec_special(unsigned codec, uint32_t key)
{
    size_t lo = 0, hi = sizeof cjk_dec_special / sizeof cjk_dec_special[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const CjkDecSpecial *s = &cjk_dec_special[mid];
        if (s->codec < codec || (s->codec == codec && s->key < key))
            lo = mid + 1;
        else
            hi = mid;
    }
    const CjkDecSpecial *s = &cjk_dec_special[lo < sizeof cjk_dec_special / sizeof cjk_dec_special[0] ? lo : 0];
    return s->codec == codec && s->key == key ? s : NULL;
}

/* gb18030's four-byte area: b1 b2 b3 b4 as a linear index. */
static int gb18030_four(const uint8_t *in, size_t avail, uint32_t *out)
{
    if (avail < 4)
        return 0;
    if (in[0] < 0x81 || in[0] > 0xFE || in[2] < 0x81 || in[2] > 0xFE || in[3] < 0x30 ||
        in[3] > 0x39)
        return -1;
    uint32_t lseq = ((uint32_t)(in[0] - 0x81) * 10 + (in[1] - 0x30)) * 1260 +
                    (uint32_t)(in[2] - 0x81) * 10 + (in[3] - 0x30);
    if (lseq < 39420) {
        size_t lo = 0, hi = sizeof cjk_gb18030_ranges / sizeof cjk_gb18030_ranges[0];
        while (hi - lo > 1) {       /* the last range whose base <= lseq */
            size_t mid = (lo + hi) / 2;
            if (cjk_gb18030_ranges[mid][0] <= lseq)
                lo = mid;
            else
                hi = mid;
        }
        *out = cjk_gb18030_ranges[lo][1] + lseq - cjk_gb18030_ranges[lo][0];
        return 4;
    }
    if (lseq >= 189000 && lseq - 189000 + 0x10000 <= 0x10FFFF) {
        *out = lseq - 189000 + 0x10000;
        return 4;
    }
    return -1;
}

/* EUC-KR's make-up sequence A4D4 A4xx A4xx A4xx (KS X 1001:1998 Annex 3). */
static int euckr_makeup(const uint8_t *in, size_t avail, uint32_t *out)
{
    if (avail < 8)
        return 0;
    if (in[2] != 0xA4 || in[4] != 0xA4 || in[6] != 0xA4)
        return -1;
    unsigned cho = in[3] >= 0xA1 && in[3] <= 0xBE ? cjk_euckr_cho[in[3] - 0xA1] : 0xFF;
    unsigned jung = in[5] >= 0xBF && in[5] <= 0xD3 ? in[5] - 0xBFu : 0xFF;
    unsigned jong = in[7] == 0xD4 ? 0
                  : in[7] >= 0xA1 && in[7] <= 0xBE ? cjk_euckr_jong[in[7] - 0xA1] : 0xFF;
    if (cho == 0xFF || jung == 0xFF || jong == 0xFF)
        return -1;
    *out = 0xAC00 + cho * 588 + jung * 28 + jong;
    return 8;
}

/* One value of a `len`-byte unit: the characters to out[], or an error. */
static int dec_value(const CjkCodec *c, uint16_t v, uint32_t key, int len, const uint8_t *in,
                     size_t avail, uint32_t out[2], int *nout)
{
    if (v == CJK_ILLEGAL)
        return -1;
    if (v != CJK_SPECIAL) {
        out[0] = v;
        *nout = 1;
        return len;
    }
    const CjkDecSpecial *s = dec_special(c->id, key);
    if (!s)
        return -1;
    switch (s->kind) {
    case CJK_SP_STR:
        out[0] = s->a;
        out[1] = s->b;
        *nout = s->b ? 2 : 1;
        return len;
    case CJK_SP_ERR:
        return -(int)s->a;
    case CJK_SP_NODE:
        if (avail <= (size_t)len)
            return 0;
        return dec_value(c, node_value((uint16_t)s->a, in[len]), key << 8 | in[len], len + 1, in,
                         avail, out, nout);
    default:
        *nout = 1;
        return c->flags & CJK_FLAG_GB4 ? gb18030_four(in, avail, out) : euckr_makeup(in, avail, out);
    }
}

/* One unit at in: bytes consumed (> 0), -n for n illegal bytes, 0 when
 * the input ends inside the unit. */
static int decode_unit(const CjkCodec *c, const uint8_t *in, size_t avail, uint32_t out[2],
                       int *nout)
{
    unsigned b = in[0];
    uint16_t lead = c->lead[b];
    if (!lead)
        return dec_value(c, node_value(c->root, b), b, 1, in, avail, out, nout);
    if (avail < 2)
        return 0;
    return dec_value(c, node_value(lead - 1, in[1]), b << 8 | in[1], 2, in, avail, out, nout);
}

/* ---- encoding ------------------------------------------------------------ */

static const CjkEncSpecial *enc_special(unsigned codec, uint32_t cp)
{
    size_t n = sizeof cjk_enc_special / sizeof cjk_enc_special[0], lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const CjkEncSpecial *s = &cjk_enc_special[mid];
        if (s->codec < codec || (s->codec == codec && s->cp < cp))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && cjk_enc_special[lo].codec == codec && cjk_enc_special[lo].cp == cp
               ? &cjk_enc_special[lo] : NULL;
}

static const CjkPair *find_pair(unsigned codec, uint32_t c1, uint32_t c2)
{
    for (size_t i = 0; i < sizeof cjk_pairs / sizeof cjk_pairs[0]; i++) {
        const CjkPair *p = &cjk_pairs[i];
        if (p->codec == codec && p->c1 == c1 && p->c2 == c2)
            return p;
    }
    return NULL;
}

static uint16_t page_value(const CjkCodec *c, uint32_t cp)
{
    return cjk_pages[(uint32_t)c->index[cp >> CJK_PAGE_BITS] << CJK_PAGE_BITS |
                     (cp & ((1u << CJK_PAGE_BITS) - 1))];
}

static int put_gb18030_four(uint32_t lseq, uint8_t *out)
{
    out[3] = (uint8_t)(0x30 + lseq % 10);
    out[2] = (uint8_t)(0x81 + lseq / 10 % 126);
    out[1] = (uint8_t)(0x30 + lseq / 1260 % 10);
    out[0] = (uint8_t)(0x81 + lseq / 12600);
    return 4;
}

static int enc_algorithmic(const CjkCodec *c, uint32_t cp, uint8_t *out)
{
    if (c->flags & CJK_FLAG_GB4) {
        if (cp >= 0x10000)
            return put_gb18030_four(cp - 0x10000 + 189000, out);
        size_t n = sizeof cjk_gb18030_ranges / sizeof cjk_gb18030_ranges[0], lo = 0, hi = n;
        while (hi - lo > 1) {       /* the last range whose first <= cp */
            size_t mid = (lo + hi) / 2;
            if (cjk_gb18030_ranges[mid][1] <= cp)
                lo = mid;
            else
                hi = mid;
        }
        return put_gb18030_four(cjk_gb18030_ranges[lo][0] + cp - cjk_gb18030_ranges[lo][1], out);
    }
    /* EUC-KR make-up: the jamo bytes are the inverse of the decoding tables */
    uint32_t i = cp - 0xAC00, cho = i / 588, jung = i % 588 / 28, jong = i % 28;
    uint8_t cb = 0, jb = 0xD4;
    for (unsigned k = 0; k < 30; k++) {
        if (!cb && cjk_euckr_cho[k] == cho)
            cb = (uint8_t)(0xA1 + k);
        if (jong && jb == 0xD4 && cjk_euckr_jong[k] == jong)
            jb = (uint8_t)(0xA1 + k);
    }
    const uint8_t seq[8] = {0xA4, 0xD4, 0xA4, cb, 0xA4, (uint8_t)(0xBF + jung), 0xA4, jb};
    memcpy(out, seq, 8);
    return 8;
}

static int put_code(const CjkCodec *c, uint32_t v, uint8_t *out)
{
    if (v < 0x100) {
        out[0] = (uint8_t)v;
        return 1;
    }
    if ((c->flags & CJK_FLAG_G3) && !(v & 0x80)) {
        out[0] = 0x8F;
        out[1] = (uint8_t)(v >> 8);
        out[2] = (uint8_t)(v | 0x80);
        return 3;
    }
    out[0] = (uint8_t)(v >> 8);
    out[1] = (uint8_t)v;
    return 2;
}

/* The code of the character cp alone: its length in out[] (up to 8), or -1. */
static int encode_char(const CjkCodec *c, uint32_t cp, uint8_t *out)
{
    uint16_t v = CJK_SPECIAL;
    if (cp < 0x10000)
        v = page_value(c, cp);
    else if (c->flags & CJK_FLAG_GB4)
        v = CJK_ALGO;
    if (v == CJK_ILLEGAL)
        return -1;
    if (v == CJK_ALGO)
        return enc_algorithmic(c, cp, out);
    if (v != CJK_SPECIAL)
        return put_code(c, v, out);
    const CjkEncSpecial *s = enc_special(c->id, cp);
    if (!s || !s->len)
        return -1;
    memcpy(out, s->bytes, s->len);
    return s->len;
}

/* A pair starting with text[pos] (JIS X 0213, HKSCS): 2 with its code in
 * *code, 0 when the text ends before final, -1 when none follows. */
static int encode_pair(const CjkCodec *c, const Str *text, int64_t pos, bool final,
                       uint32_t *code)
{
    if (pos + 1 >= text->len)
        return final ? -1 : 0;
    const CjkPair *p = find_pair(c->id, kr_str_char(text, pos), kr_str_char(text, pos + 1));
    if (!p)
        return -1;
    *code = p->code;
    return 2;
}

/* One unit of text[pos..]: chars consumed (> 0), -1 when text[pos] has no
 * code, 0 when it may start a pair and the text ends before final. */
static int encode_unit(const CjkCodec *c, const Str *text, int64_t pos, bool final,
                       uint8_t *out, int *nout)
{
    uint32_t cp = kr_str_char(text, pos), code;
    const CjkEncSpecial *s = cp < 0x10000 && page_value(c, cp) == CJK_SPECIAL
                                 ? enc_special(c->id, cp) : NULL;
    if (s && s->pair_start) {
        int r = encode_pair(c, text, pos, final, &code);
        if (r >= 0) {
            if (r)
                *nout = put_code(c, code, out);
            return r;
        }
    }
    *nout = encode_char(c, cp, out);
    return *nout < 0 ? -1 : 1;
}

/* The stateful codecs' form: the charset-tagged value of text[pos..]. */
static int encode_value(const CjkCodec *c, const Str *text, int64_t pos, bool final, uint32_t *v)
{
    uint32_t cp = kr_str_char(text, pos);
    uint16_t pv = cp < 0x10000 ? page_value(c, cp) : CJK_SPECIAL;
    if (pv != CJK_SPECIAL) {
        *v = pv;
        return pv == CJK_ILLEGAL ? -1 : 1;
    }
    const CjkEncSpecial *s = enc_special(c->id, cp);
    if (!s)
        return -1;
    if (s->pair_start) {
        int r = encode_pair(c, text, pos, final, v);
        if (r >= 0)
            return r;
    }
    if (s->len != 2)
        return -1;
    *v = (uint32_t)s->bytes[0] << 8 | s->bytes[1];
    return 1;
}

#include "modules/_cjk_iso2022.inc"

/* ---- the module ---------------------------------------------------------- */

/* A growable array of code points (malloc'ed: no Values). */
typedef struct Chars {
    uint32_t *cp;
    size_t len, cap;
} Chars;

static bool chars_put(Chars *o, uint32_t c)
{
    if (o->len == o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 64;
        uint32_t *p = realloc(o->cp, cap * sizeof *p);
        if (!p)
            return false;
        o->cp = p;
        o->cap = cap;
    }
    o->cp[o->len++] = c;
    return true;
}

static Value run_result(Thread *th, Value out, int64_t pos, int64_t err, Value state)
{
    if (!out)
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_new(th, 4);
    if (!t)
        return KR_VALUE_NULL;
    t->items[0] = out;
    t->items[1] = kr_from_smallint(pos);
    t->items[2] = kr_from_smallint(err);
    t->items[3] = state;
    return kr_from_obj(t);
}

static int run_args(Thread *th, const Value *args, size_t nargs, int64_t *id, int64_t *pos,
                    int64_t *state)
{
    if (nargs != 5) {
        kr_err_set_string(th, &kr_exc_TypeError, "_cjk: 5 arguments expected");
        return -1;
    }
    if (kr_libutil_as_ssize(th, args[0], id) < 0 || kr_libutil_as_ssize(th, args[2], pos) < 0 ||
        kr_libutil_as_ssize(th, args[4], state) < 0)
        return -1;
    if (*id < 0 || *id >= CJK_NCODECS + CJK_NSTATEFUL) {
        kr_err_set_string(th, &kr_exc_ValueError, "_cjk: no such codec");
        return -1;
    }
    return 0;
}

KR_LIB_FUNC(cjk_decode)
{
    int64_t id, pos, state;
    const unsigned char *data;
    int64_t len;
    if (run_args(th, args, nargs, &id, &pos, &state) < 0 ||
        kr_bytes_view(th, args[1], &data, &len) < 0)
        return KR_VALUE_NULL;
    bool final = kr_object_truth(th, args[3]) > 0;
    Chars o = {0};
    int64_t err = 0;
    while (pos < len) {
        uint32_t cps[2];
        int n = 0, r;
        if (id >= CJK_NCODECS)
            r = stateful_decode((int)(id - CJK_NCODECS), &state, data + pos,
                                       (size_t)(len - pos), cps, &n);
        else
            r = decode_unit(&cjk_codecs[id], data + pos, (size_t)(len - pos), cps, &n);
        if (r <= 0) {
            err = r < 0 ? -r : final ? -1 : 0;
            break;
        }
        for (int i = 0; i < n; i++)
            if (!chars_put(&o, cps[i])) {
                free(o.cp);
                kr_err_no_memory(th);
                return KR_VALUE_NULL;
            }
        pos += r;
    }
    Str *s = kr_str_from_ucs4(th, o.cp, o.len);
    free(o.cp);
    return run_result(th, s ? kr_from_obj(s) : KR_VALUE_NULL, pos, err, kr_from_smallint(state));
}

KR_LIB_FUNC(cjk_encode)
{
    int64_t id, pos, state;
    if (run_args(th, args, nargs, &id, &pos, &state) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1])) {
        kr_err_set_string(th, &kr_exc_TypeError, "_cjk.encode: str expected");
        return KR_VALUE_NULL;
    }
    Str *text = kr_as_str(args[1]);
    bool final = kr_object_truth(th, args[3]) > 0;
    Buf b;
    kr_buf_init(&b);
    int64_t err = 0;
    while (pos < text->len) {
        uint8_t out[16];
        int n = 0, r;
        if (id >= CJK_NCODECS)
            r = stateful_encode((int)(id - CJK_NCODECS), &state, text, pos, final, out, &n);
        else
            r = encode_unit(&cjk_codecs[id], text, pos, final, out, &n);
        if (r <= 0) {
            err = r < 0 ? 1 : 0;
            break;
        }
        kr_buf_write(&b, out, (size_t)n);
        pos += r;
    }
    Bytes *bytes = kr_bytes_from_buf(th, &b);
    return run_result(th, kr_bytes_value(bytes), pos, err, kr_from_smallint(state));
}

/* reset(id, state) -> (bytes, state): what returns an ISO-2022 encoder to
 * its initial state. */
KR_LIB_FUNC(cjk_reset)
{
    int64_t id, state;
    if (nargs != 2 || kr_libutil_as_ssize(th, args[0], &id) < 0 ||
        kr_libutil_as_ssize(th, args[1], &state) < 0)
        return KR_VALUE_NULL;
    uint8_t out[8];
    int n = id >= CJK_NCODECS ? stateful_reset((int)(id - CJK_NCODECS), &state, out) : 0;
    Bytes *bytes = kr_bytes_new(th, out, n);
    Tuple *t = bytes ? kr_tuple_new(th, 2) : NULL;
    if (!t)
        return KR_VALUE_NULL;
    t->items[0] = kr_from_obj(bytes);
    t->items[1] = kr_from_smallint(state);
    return kr_from_obj(t);
}

/* initstate(id, encoder) -> the state a new encoder / decoder starts in */
KR_LIB_FUNC(cjk_initstate)
{
    int64_t id;
    if (nargs != 2 || kr_libutil_as_ssize(th, args[0], &id) < 0)
        return KR_VALUE_NULL;
    if (id < CJK_NCODECS)
        return kr_from_smallint(0);
    return kr_from_smallint(stateful_init((int)(id - CJK_NCODECS), kr_object_truth(th, args[1]) > 0));
}

/* decreset(id, state) -> the state after a decoder's reset() */
KR_LIB_FUNC(cjk_decreset)
{
    int64_t id, state;
    if (nargs != 2 || kr_libutil_as_ssize(th, args[0], &id) < 0 ||
        kr_libutil_as_ssize(th, args[1], &state) < 0)
        return KR_VALUE_NULL;
    if (id < CJK_NCODECS)
        return kr_from_smallint(0);
    return kr_from_smallint(stateful_decreset((int)(id - CJK_NCODECS), state));
}

/* lookup(name) -> the codec's id, or None */
KR_LIB_FUNC(cjk_lookup)
{
    if (nargs != 1 || !kr_str_check(args[0])) {
        kr_err_set_string(th, &kr_exc_TypeError, "_cjk.lookup: str expected");
        return KR_VALUE_NULL;
    }
    size_t n;
    const char *name = kr_str_utf8(th, kr_as_str(args[0]), &n);
    if (!name)
        return KR_VALUE_NULL;
    for (int i = 0; i < CJK_NCODECS; i++)
        if (!strcmp(cjk_codecs[i].name, name))
            return kr_from_smallint(i);
    int s = stateful_lookup(name);
    return s < 0 ? KR_NONE : kr_from_smallint(CJK_NCODECS + s);
}

static const MethodDef cjk_functions[] = {
    {"decode", cjk_decode, "($module, id, data, pos, final, state, /)", NULL, 0},
    {"encode", cjk_encode, "($module, id, text, pos, final, state, /)", NULL, 0},
    {"reset", cjk_reset, "($module, id, state, /)", NULL, 0},
    {"initstate", cjk_initstate, "($module, id, encoder, /)", NULL, 0},
    {"decreset", cjk_decreset, "($module, id, state, /)", NULL, 0},
    {"lookup", cjk_lookup, "($module, name, /)", NULL, 0},
    {0},
};

int kr_mod__cjk_init(Thread *th)
{
    return kr_libutil_module(th, "_cjk", cjk_functions) ? 0 : -1;
}
