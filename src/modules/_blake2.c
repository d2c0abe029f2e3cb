/*
 * _blake2.c -- the _blake2 module: BLAKE2b and BLAKE2s (RFC 7693) with
 * the full parameter block (key, salt, person, tree parameters).
 *
 * hashlib always takes blake2b/blake2s from here, never from OpenSSL,
 * because OpenSSL's EVP digests have neither keys nor parameter blocks.
 * The algorithm is small enough to own: one compression function per
 * variant, written out for its word size, and a shared driver that keeps
 * the last block buffered (BLAKE2 must know which block is final, so a
 * full buffer is compressed only when more input arrives).
 *
 * The state is plain data inside the object (scanned memory holding no
 * pointers, as in _sha512.c), so copy() is a struct copy and nothing
 * needs finalizing.
 */
#include <stdio.h>
#include <string.h>
#include <gmp.h>

#include "modules/comprutil.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct Blake {
    Obj hdr;
    uint64_t h[8];           /* chaining value (BLAKE2s uses the low 32 bits) */
    uint64_t t[2];           /* bytes compressed so far, 128-bit */
    unsigned char buf[128];  /* the pending block */
    size_t buflen;
    int digest_size;
    bool last_node;
    bool is_b;               /* BLAKE2b (else BLAKE2s) */
} Blake;

static Type blake2b_type, blake2s_type;

static const uint64_t IV_B[8] = {
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
};
static const uint32_t IV_S[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

/* The message word permutation of each round (rounds 10 and 11 of
 * BLAKE2b reuse rows 0 and 1). */
static const uint8_t SIGMA[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

static uint64_t load64(const unsigned char *p)
{
    uint64_t w = 0;
    for (int i = 7; i >= 0; i--)
        w = w << 8 | p[i];
    return w;
}

static uint32_t load32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

#define ROR64(x, n) ((x) >> (n) | (x) << (64 - (n)))
#define ROR32(x, n) ((x) >> (n) | (x) << (32 - (n)))

/* The mixing function G on words a, b, c, d of v with message words x, y. */
#define G(ROR, R1, R2, R3, R4, a, b, c, d, x, y)           \
    do {                                                   \
        v[a] = v[a] + v[b] + (x); v[d] = ROR(v[d] ^ v[a], R1); \
        v[c] = v[c] + v[d];       v[b] = ROR(v[b] ^ v[c], R2); \
        v[a] = v[a] + v[b] + (y); v[d] = ROR(v[d] ^ v[a], R3); \
        v[c] = v[c] + v[d];       v[b] = ROR(v[b] ^ v[c], R4); \
    } while (0)

#define ROUND(ROR, R1, R2, R3, R4, s)                                     \
    do {                                                                  \
        G(ROR, R1, R2, R3, R4, 0, 4, 8, 12, m[s[0]], m[s[1]]);            \
        G(ROR, R1, R2, R3, R4, 1, 5, 9, 13, m[s[2]], m[s[3]]);            \
        G(ROR, R1, R2, R3, R4, 2, 6, 10, 14, m[s[4]], m[s[5]]);           \
        G(ROR, R1, R2, R3, R4, 3, 7, 11, 15, m[s[6]], m[s[7]]);           \
        G(ROR, R1, R2, R3, R4, 0, 5, 10, 15, m[s[8]], m[s[9]]);           \
        G(ROR, R1, R2, R3, R4, 1, 6, 11, 12, m[s[10]], m[s[11]]);         \
        G(ROR, R1, R2, R3, R4, 2, 7, 8, 13, m[s[12]], m[s[13]]);          \
        G(ROR, R1, R2, R3, R4, 3, 4, 9, 14, m[s[14]], m[s[15]]);          \
    } while (0)

/* f0/f1: the finalization flags (all ones on the last block / node). */
static void compress_b(Blake *S, const unsigned char *block, uint64_t f0, uint64_t f1)
{
    uint64_t m[16], v[16];
    for (int i = 0; i < 16; i++)
        m[i] = load64(block + 8 * i);
    for (int i = 0; i < 8; i++)
        v[i] = S->h[i], v[i + 8] = IV_B[i];
    v[12] ^= S->t[0];
    v[13] ^= S->t[1];
    v[14] ^= f0;
    v[15] ^= f1;
    for (int r = 0; r < 12; r++)
        ROUND(ROR64, 32, 24, 16, 63, SIGMA[r % 10]);
    for (int i = 0; i < 8; i++)
        S->h[i] ^= v[i] ^ v[i + 8];
}

static void compress_s(Blake *S, const unsigned char *block, uint32_t f0, uint32_t f1)
{
    uint32_t m[16], v[16];
    for (int i = 0; i < 16; i++)
        m[i] = load32(block + 4 * i);
    for (int i = 0; i < 8; i++)
        v[i] = (uint32_t)S->h[i], v[i + 8] = IV_S[i];
    v[12] ^= (uint32_t)S->t[0];
    v[13] ^= (uint32_t)(S->t[0] >> 32);
    v[14] ^= f0;
    v[15] ^= f1;
    for (int r = 0; r < 10; r++)
        ROUND(ROR32, 16, 12, 8, 7, SIGMA[r]);
    for (int i = 0; i < 8; i++)
        S->h[i] = (uint32_t)S->h[i] ^ v[i] ^ v[i + 8];
}

static size_t block_size(const Blake *S) { return S->is_b ? 128 : 64; }

static void count(Blake *S, size_t n)
{
    S->t[0] += n;
    if (S->t[0] < n)
        S->t[1]++;
}

static void update(Blake *S, const unsigned char *p, int64_t n)
{
    size_t bs = block_size(S);
    while (n > 0) {
        if (S->buflen == bs) {
            count(S, bs);
            if (S->is_b)
                compress_b(S, S->buf, 0, 0);
            else
                compress_s(S, S->buf, 0, 0);
            S->buflen = 0;
        }
        size_t take = bs - S->buflen < (uint64_t)n ? bs - S->buflen : (size_t)n;
        memcpy(S->buf + S->buflen, p, take);
        S->buflen += take, p += take, n -= (int64_t)take;
    }
}

/* The digest so far; S itself is unchanged. */
static void finish(const Blake *S, unsigned char out[64])
{
    Blake t = *S;
    count(&t, t.buflen);
    memset(t.buf + t.buflen, 0, block_size(&t) - t.buflen);
    if (t.is_b) {
        compress_b(&t, t.buf, ~(uint64_t)0, t.last_node ? ~(uint64_t)0 : 0);
        for (int i = 0; i < 64; i++)
            out[i] = (unsigned char)(t.h[i / 8] >> (8 * (i % 8)));
    } else {
        compress_s(&t, t.buf, ~(uint32_t)0, t.last_node ? ~(uint32_t)0 : 0);
        for (int i = 0; i < 32; i++)
            out[i] = (unsigned char)(t.h[i / 4] >> (8 * (i % 4)));
    }
}

/* ---- construction: the parameter block ------------------------------------ */

typedef struct Params {
    int digest_size, fanout, depth, node_depth, inner_size;
    uint64_t leaf_size, node_offset;
    const unsigned char *key, *salt, *person;
    int64_t keylen, saltlen, personlen;
    bool last_node;
} Params;

static void put_le(unsigned char *p, uint64_t v, int n)
{
    for (int i = 0; i < n; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

/* h = IV xor the parameter block (RFC 7693 section 2.5; BLAKE2s's node
 * offset is 6 bytes and its salt and person 8). */
static void init_state(Blake *S, const Params *pr)
{
    unsigned char pb[64] = {0};
    int salt_at = S->is_b ? 32 : 16, person_at = S->is_b ? 48 : 24;
    pb[0] = (unsigned char)pr->digest_size;
    pb[1] = (unsigned char)pr->keylen;
    pb[2] = (unsigned char)pr->fanout;
    pb[3] = (unsigned char)pr->depth;
    put_le(pb + 4, pr->leaf_size, 4);
    put_le(pb + 8, pr->node_offset, S->is_b ? 8 : 6);
    pb[S->is_b ? 16 : 14] = (unsigned char)pr->node_depth;
    pb[S->is_b ? 17 : 15] = (unsigned char)pr->inner_size;
    if (pr->saltlen)
        memcpy(pb + salt_at, pr->salt, (size_t)pr->saltlen);
    if (pr->personlen)
        memcpy(pb + person_at, pr->person, (size_t)pr->personlen);
    for (int i = 0; i < 8; i++)
        S->h[i] = S->is_b ? IV_B[i] ^ load64(pb + 8 * i) : (uint64_t)(IV_S[i] ^ load32(pb + 4 * i));
    S->digest_size = pr->digest_size;
    S->last_node = pr->last_node;
    if (pr->keylen) {
        /* the key, zero-padded to a block, is the first block */
        memset(S->buf, 0, sizeof S->buf);
        memcpy(S->buf, pr->key, (size_t)pr->keylen);
        S->buflen = block_size(S);
    }
}

static int range_error(Thread *th, const char *msg)
{
    kr_err_set_string(th, &kr_exc_ValueError, msg);
    return -1;
}

/* Clinic's unsigned converters: "value must be positive" below zero. */
static int as_unsigned(Thread *th, Value v, uint64_t dflt, uint64_t *out)
{
    if (!v) {
        *out = dflt;
        return 0;
    }
    Value i = kr_object_index(th, v);
    if (!i)
        return -1;
    if (kr_int_richcompare(th, i, kr_from_smallint(0), KR_LT) == KR_TRUE)
        return range_error(th, "value must be positive");
    mpz_t z;
    mpz_init(z);
    kr_int_to_mpz(i, z);
    bool fits = mpz_sizeinbase(z, 2) <= 64;
    *out = fits ? (uint64_t)mpz_getlimbn(z, 0) : 0;
    mpz_clear(z);
    if (!fits) {
        kr_err_set_string(th, &kr_exc_OverflowError, "int too big to convert");
        return -1;
    }
    return 0;
}

static int opt_int(Thread *th, Value v, int dflt, int *out)
{
    if (!v) {
        *out = dflt;
        return 0;
    }
    return kr_comprutil_as_int(th, v, out);
}

static int opt_bytes(Thread *th, Value v, Value *keep, const unsigned char **p, int64_t *n)
{
    *n = 0;
    *p = NULL;
    return v ? kr_comprutil_buffer(th, v, keep, p, n) : 0;
}

/* data for hashing: str is refused as hashlib does. */
static int hash_input(Thread *th, Value data, Value *keep, const unsigned char **p, int64_t *n)
{
    if (kr_is_str(data) || kr_str_check(data)) {
        kr_err_set_string(th, &kr_exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    return kr_comprutil_buffer(th, data, keep, p, n);
}

/* Parse and check the keyword parameters in CPython's order of checks. */
static int parse_params(Thread *th, bool is_b, const Value *a, Params *pr, Value *keep)
{
    int max = is_b ? 64 : 32, saltmax = is_b ? 16 : 8;
    char msg[64];
    if (opt_int(th, a[1], max, &pr->digest_size) < 0 ||
        opt_bytes(th, a[2], &keep[0], &pr->key, &pr->keylen) < 0 ||
        opt_bytes(th, a[3], &keep[1], &pr->salt, &pr->saltlen) < 0 ||
        opt_bytes(th, a[4], &keep[2], &pr->person, &pr->personlen) < 0 ||
        opt_int(th, a[5], 1, &pr->fanout) < 0 || opt_int(th, a[6], 1, &pr->depth) < 0 ||
        as_unsigned(th, a[7], 0, &pr->leaf_size) < 0 ||
        as_unsigned(th, a[8], 0, &pr->node_offset) < 0 ||
        opt_int(th, a[9], 0, &pr->node_depth) < 0 || opt_int(th, a[10], 0, &pr->inner_size) < 0)
        return -1;
    pr->last_node = false;
    if (a[11]) {
        int t = kr_object_truth(th, a[11]);
        if (t < 0)
            return -1;
        pr->last_node = t;
    }
    if (pr->digest_size <= 0 || pr->digest_size > max) {
        snprintf(msg, sizeof msg, "digest_size must be between 1 and %d bytes", max);
        return range_error(th, msg);
    }
    if (pr->saltlen > saltmax) {
        snprintf(msg, sizeof msg, "maximum salt length is %d bytes", saltmax);
        return range_error(th, msg);
    }
    if (pr->personlen > saltmax) {
        snprintf(msg, sizeof msg, "maximum person length is %d bytes", saltmax);
        return range_error(th, msg);
    }
    if (pr->fanout < 0 || pr->fanout > 255)
        return range_error(th, "fanout must be between 0 and 255");
    if (pr->depth <= 0 || pr->depth > 255)
        return range_error(th, "depth must be between 1 and 255");
    if (pr->leaf_size > 0xFFFFFFFFu) {
        kr_err_set_string(th, &kr_exc_OverflowError, "leaf_size is too large");
        return -1;
    }
    if (!is_b && pr->node_offset > 0xFFFFFFFFFFFFu) {
        kr_err_set_string(th, &kr_exc_OverflowError, "node_offset is too large");
        return -1;
    }
    if (pr->node_depth < 0 || pr->node_depth > 255)
        return range_error(th, "node_depth must be between 0 and 255");
    if (pr->inner_size < 0 || pr->inner_size > max) {
        snprintf(msg, sizeof msg, "inner_size must be between 0 and is %d", max);
        return range_error(th, msg);
    }
    if (pr->keylen > max) {
        snprintf(msg, sizeof msg, "maximum key length is %d bytes", max);
        return range_error(th, msg);
    }
    return 0;
}

static Value blake_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"data", "digest_size", "key", "salt", "person",
                                        "fanout", "depth", "leaf_size", "node_offset",
                                        "node_depth", "inner_size", "last_node",
                                        "usedforsecurity", NULL};
    bool is_b = kr_type_is_subtype(type, &blake2b_type);
    Value a[13], keep[4];
    Params pr;
    if (kr_libutil_parse_kwonly(th, is_b ? "blake2b" : "blake2s", args, nargs, kw, names, 1, 0,
                                12, a) < 0 ||
        parse_params(th, is_b, a, &pr, keep) < 0)
        return KR_VALUE_NULL;
    Blake *S = kr_libutil_alloc(th, type);
    if (!S)
        return KR_VALUE_NULL;
    S->is_b = is_b;
    init_state(S, &pr);
    if (a[0]) {
        const unsigned char *p;
        int64_t n;
        if (hash_input(th, a[0], &keep[3], &p, &n) < 0)
            return KR_VALUE_NULL;
        update(S, p, n);
    }
    return kr_from_obj(S);
}

#define SELF ((Blake *)kr_as_obj(args[0]))

static int method_args(Thread *th, const Value *args, const char *method, size_t nargs,
                       size_t want, Tuple *kw)
{
    char name[40];
    snprintf(name, sizeof name, "%s.%s", SELF->is_b ? "blake2b" : "blake2s", method);
    return kr_call_check_args(th, name, nargs - 1, want, want, kw);
}

KR_LIB_FUNC(blake_update)
{
    Value keep;
    const unsigned char *p;
    int64_t n;
    if (method_args(th, args, "update", nargs, 1, kw) < 0 ||
        hash_input(th, args[1], &keep, &p, &n) < 0)
        return KR_VALUE_NULL;
    update(SELF, p, n);
    return KR_NONE;
}

KR_LIB_FUNC(blake_digest)
{
    if (method_args(th, args, "digest", nargs, 0, kw) < 0)
        return KR_VALUE_NULL;
    unsigned char out[64];
    finish(SELF, out);
    return kr_comprutil_bytes(th, out, SELF->digest_size);
}

KR_LIB_FUNC(blake_hexdigest)
{
    if (method_args(th, args, "hexdigest", nargs, 0, kw) < 0)
        return KR_VALUE_NULL;
    unsigned char out[64];
    char hex[129];
    finish(SELF, out);
    for (int i = 0; i < SELF->digest_size; i++)
        snprintf(hex + 2 * i, 3, "%02x", out[i]);
    Str *s = kr_str_from_utf8(th, hex, (size_t)SELF->digest_size * 2);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

KR_LIB_FUNC(blake_copy)
{
    if (method_args(th, args, "copy", nargs, 0, kw) < 0)
        return KR_VALUE_NULL;
    Blake *c = kr_libutil_alloc(th, kr_as_obj(args[0])->type);
    if (!c)
        return KR_VALUE_NULL;
    Obj hdr = c->hdr;
    *c = *SELF;
    c->hdr = hdr;
    return kr_from_obj(c);
}

static Value get_digest_size(Thread *th, Value self)
{
    return kr_from_smallint(((Blake *)kr_as_obj(self))->digest_size);
}

static Value get_block_size(Thread *th, Value self)
{
    return kr_from_smallint((int64_t)block_size((Blake *)kr_as_obj(self)));
}

static Value get_name(Thread *th, Value self)
{
    Str *s = kr_str_from_cstr(th, ((Blake *)kr_as_obj(self))->is_b ? "blake2b" : "blake2s");
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static const MethodDef blake_methods[] = {
    {"update", blake_update, "($self, data, /)", NULL, 0},
    {"digest", blake_digest, "($self, /)", NULL, 0},
    {"hexdigest", blake_hexdigest, "($self, /)", NULL, 0},
    {"copy", blake_copy, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef blake_members[] = {
    {"digest_size", 0, get_digest_size, NULL, NULL, KR_MEMBER_READONLY},
    {"block_size", 0, get_block_size, NULL, NULL, KR_MEMBER_READONLY},
    {"name", 0, get_name, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Type blake2b_type = {
    .hdr = {&kr_type_type}, .name = "_blake2.blake2b", .size = sizeof(Blake),
    .new_ = blake_new, .methods = blake_methods,
    .members = blake_members,
};
static Type blake2s_type = {
    .hdr = {&kr_type_type}, .name = "_blake2.blake2s", .size = sizeof(Blake),
    .new_ = blake_new, .methods = blake_methods,
    .members = blake_members,
};

/* The size constants, on the module and as class attributes. */
static int add_sizes(Thread *th, Module *m, Type *t, const char *prefix, int salt, int key)
{
    static const char *const names[] = {"SALT_SIZE", "PERSON_SIZE", "MAX_KEY_SIZE",
                                        "MAX_DIGEST_SIZE"};
    int values[] = {salt, salt, key, key};
    char name[40];
    for (int i = 0; i < 4; i++) {
        Str *n = kr_str_intern_cstr(th, names[i]);
        snprintf(name, sizeof name, "%s_%s", prefix, names[i]);
        if (!n || kr_dict_set_str(th, t->dict, n, kr_from_smallint(values[i])) < 0 ||
            kr_libutil_add_value(th, m, name, kr_from_smallint(values[i])) < 0)
            return -1;
    }
    return 0;
}

int kr_mod__blake2_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_blake2", NULL);
    if (!m || kr_libutil_add_type(th, m, &blake2b_type) < 0 ||
        kr_libutil_add_type(th, m, &blake2s_type) < 0 ||
        add_sizes(th, m, &blake2b_type, "BLAKE2B", 16, 64) < 0 ||
        add_sizes(th, m, &blake2s_type, "BLAKE2S", 8, 32) < 0)
        return -1;
    return 0;
}
