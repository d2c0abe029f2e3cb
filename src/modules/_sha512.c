/*
 * _sha512.c -- the _sha512 module: SHA-512 and SHA-384 (FIPS 180-4).
 *
 * random.py imports it to turn str and bytes seeds into ints; hashlib
 * falls back to it too.  The hash state is plain data inside the object
 * (scanned memory, but it holds no pointers, which is harmless).
 */
#include <stdio.h>
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct Sha {
    Obj hdr;
    uint64_t h[8];
    uint64_t length;          /* bytes hashed so far */
    unsigned char block[128];
    int used;                 /* bytes waiting in block */
    int digest_size;          /* 64 or 48 */
} Sha;

static Type sha512_type, sha384_type;

static const uint64_t K[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
};

static const uint64_t IV512[8] = {
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
};
static const uint64_t IV384[8] = {
    0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
    0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
};

#define ROR(x, n) ((x) >> (n) | (x) << (64 - (n)))

static void compress(Sha *s, const unsigned char *p)
{
    uint64_t w[80], v[8];
    for (int i = 0; i < 16; i++) {
        w[i] = 0;
        for (int j = 0; j < 8; j++)
            w[i] = w[i] << 8 | p[i * 8 + j];
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ROR(w[i - 15], 1) ^ ROR(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ROR(w[i - 2], 19) ^ ROR(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(v, s->h, sizeof v);
    for (int i = 0; i < 80; i++) {
        uint64_t S1 = ROR(v[4], 14) ^ ROR(v[4], 18) ^ ROR(v[4], 41);
        uint64_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint64_t t1 = v[7] + S1 + ch + K[i] + w[i];
        uint64_t S0 = ROR(v[0], 28) ^ ROR(v[0], 34) ^ ROR(v[0], 39);
        uint64_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        memmove(v + 1, v, 7 * sizeof v[0]);
        v[4] += t1;
        v[0] = t1 + S0 + maj;
    }
    for (int i = 0; i < 8; i++)
        s->h[i] += v[i];
}

static void update(Sha *s, const unsigned char *p, int64_t n)
{
    s->length += (uint64_t)n;
    while (n > 0) {
        int take = (int)(n < 128 - s->used ? n : 128 - s->used);
        memcpy(s->block + s->used, p, (size_t)take);
        s->used += take, p += take, n -= take;
        if (s->used == 128) {
            compress(s, s->block);
            s->used = 0;
        }
    }
}

/* The digest of what was hashed so far; s itself is left as it was. */
static void finish(const Sha *s, unsigned char out[64])
{
    Sha t = *s;
    uint64_t bits = t.length * 8;
    t.block[t.used++] = 0x80;
    if (t.used > 112) {
        memset(t.block + t.used, 0, (size_t)(128 - t.used));
        compress(&t, t.block);
        t.used = 0;
    }
    memset(t.block + t.used, 0, (size_t)(120 - t.used));
    for (int i = 0; i < 8; i++)
        t.block[120 + i] = (unsigned char)(bits >> (56 - 8 * i));
    compress(&t, t.block);
    for (int i = 0; i < 64; i++)
        out[i] = (unsigned char)(t.h[i / 8] >> (56 - 8 * (i % 8)));
}

/* data as bytes-like for hashing: str is refused as hashlib does. */
static int hash_input(Thread *th, Value data, const unsigned char **p, int64_t *n)
{
    if (kr_is_str(data)) {
        kr_err_set_string(th, &kr_exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!kr_buffer_check(data)) {
        kr_err_format(th, &kr_exc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    return kr_bytes_view(th, data, p, n);
}

static Value make(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"string", "usedforsecurity", NULL};
    Value v[2];
    const char *fname = type == &sha512_type ? "sha512" : "sha384";
    if (kr_libutil_parse_kwonly(th, fname, args, nargs, kw, names, 0, 0, 1, v) < 0)
        return KR_VALUE_NULL;
    Sha *s = kr_libutil_alloc(th, type);
    if (!s)
        return KR_VALUE_NULL;
    s->digest_size = type == &sha512_type ? 64 : 48;
    memcpy(s->h, type == &sha512_type ? IV512 : IV384, sizeof s->h);
    if (v[0]) {
        const unsigned char *p;
        int64_t n;
        if (hash_input(th, v[0], &p, &n) < 0)
            return KR_VALUE_NULL;
        update(s, p, n);
    }
    return kr_from_obj(s);
}

KR_LIB_FUNC(mod_sha512) { return make(th, &sha512_type, args, nargs, kw); }
KR_LIB_FUNC(mod_sha384) { return make(th, &sha384_type, args, nargs, kw); }

#define SELF ((Sha *)kr_as_obj(args[0]))

/* Argument count check under the method's qualified name ("sha512.update"). */
static int method_args(Thread *th, const Value *args, const char *method, size_t nargs,
                       size_t want, Tuple *kw)
{
    char name[40];
    snprintf(name, sizeof name, "%s.%s", SELF->digest_size == 64 ? "sha512" : "sha384", method);
    return kr_call_check_args(th, name, nargs - 1, want, want, kw);
}

KR_LIB_FUNC(sha_update)
{
    if (method_args(th, args, "update", nargs, 1, kw) < 0)
        return KR_VALUE_NULL;
    const unsigned char *p;
    int64_t n;
    if (hash_input(th, args[1], &p, &n) < 0)
        return KR_VALUE_NULL;
    update(SELF, p, n);
    return KR_NONE;
}

KR_LIB_FUNC(sha_digest)
{
    if (method_args(th, args, "digest", nargs, 0, kw) < 0)
        return KR_VALUE_NULL;
    unsigned char out[64];
    finish(SELF, out);
    return kr_bytes_value(kr_bytes_new(th, out, SELF->digest_size));
}

KR_LIB_FUNC(sha_hexdigest)
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

KR_LIB_FUNC(sha_copy)
{
    if (nargs > 1 || (kw && kw->size)) {
        kr_err_set_string(th, &kr_exc_TypeError, "copy() takes no arguments");
        return KR_VALUE_NULL;
    }
    Sha *c = kr_libutil_alloc(th, kr_as_obj(args[0])->type);
    if (!c)
        return KR_VALUE_NULL;
    Obj hdr = c->hdr;
    *c = *SELF;
    c->hdr = hdr;
    return kr_from_obj(c);
}

static Value sha_get_digest_size(Thread *th, Value self)
{
    return kr_from_smallint(((Sha *)kr_as_obj(self))->digest_size);
}

static Value sha_get_block_size(Thread *th, Value self) { return kr_from_smallint(128); }

static Value sha_get_name(Thread *th, Value self)
{
    Str *s = kr_str_from_cstr(th, ((Sha *)kr_as_obj(self))->digest_size == 64 ? "sha512" : "sha384");
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static const MethodDef sha_methods[] = {
    {"update", sha_update, "($self, obj, /)", NULL, 0},
    {"digest", sha_digest, "($self, /)", NULL, 0},
    {"hexdigest", sha_hexdigest, "($self, /)", NULL, 0},
    {"copy", sha_copy, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef sha_members[] = {
    {"digest_size", 0, sha_get_digest_size, NULL, NULL, KR_MEMBER_READONLY},
    {"block_size", 0, sha_get_block_size, NULL, NULL, KR_MEMBER_READONLY},
    {"name", 0, sha_get_name, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Type sha512_type = {
    .hdr = {&kr_type_type}, .name = "_sha512.sha512", .size = sizeof(Sha),
    .methods = sha_methods, .members = sha_members,
};
static Type sha384_type = {
    .hdr = {&kr_type_type}, .name = "_sha512.sha384", .size = sizeof(Sha),
    .methods = sha_methods, .members = sha_members,
};

static const MethodDef sha_functions[] = {
    {"sha512", mod_sha512, "($module, /, string=b'', *, usedforsecurity=True)", NULL, 0},
    {"sha384", mod_sha384, "($module, /, string=b'', *, usedforsecurity=True)", NULL, 0},
    {0},
};

int kr_mod__sha512_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_sha512", sha_functions);
    if (!m || kr_type_ready(th, &sha512_type) < 0 || kr_type_ready(th, &sha384_type) < 0)
        return -1;
    /* CPython 3.11 binds this name to the sha512 type (a slip it keeps). */
    return kr_libutil_add_value(th, m, "SHA384Type", kr_from_obj(&sha512_type));
}
