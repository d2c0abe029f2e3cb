/*
 * _random.c -- the _random module: the Mersenne Twister (MT19937) that
 * random.py builds on, bit for bit as CPython's, so a seeded generator
 * gives CPython's numbers.
 *
 * Seeding follows CPython's random_seed: an int seeds with its absolute
 * value cut into 32-bit words (least significant first) through
 * init_by_array; None seeds from the system's entropy; anything else
 * seeds with hash(arg) taken as unsigned.  random.py itself turns str
 * and bytes into ints (with _sha512) before it calls here.
 */
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

enum { N = 624, M = 397 };

typedef struct Random {
    Obj hdr;
    Dict *dict;
    int index;
    uint32_t state[N];
} Random;

static Type random_type;

/* ---- the generator (Matsumoto and Nishimura's reference algorithm) ----------- */

static void init_genrand(Random *r, uint32_t s)
{
    uint32_t *mt = r->state;
    mt[0] = s;
    for (int i = 1; i < N; i++)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = N;
}

static void init_by_array(Random *r, const uint32_t *key, size_t len)
{
    uint32_t *mt = r->state;
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = N > len ? N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++, j++;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        if (++i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
}

static uint32_t genrand(Random *r)
{
    static const uint32_t mag01[2] = {0, 0x9908b0dfU};
    uint32_t *mt = r->state, y;
    if (r->index >= N) {
        int k;
        for (k = 0; k < N - M; k++) {
            y = (mt[k] & 0x80000000U) | (mt[k + 1] & 0x7fffffffU);
            mt[k] = mt[k + M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; k < N - 1; k++) {
            y = (mt[k] & 0x80000000U) | (mt[k + 1] & 0x7fffffffU);
            mt[k] = mt[k + (M - N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 1];
        r->index = 0;
    }
    y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    return y ^ (y >> 18);
}

/* ---- seeding -------------------------------------------------------------------- */

static void seed_from_entropy(Random *r)
{
    uint32_t key[N];
    if (getentropy(key, 256) < 0 || getentropy((char *)key + 256, 256) < 0 ||
        getentropy((char *)key + 512, sizeof key - 512) < 0) {
        /* No entropy source: time and pid, as CPython's fallback. */
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint32_t k[4] = {(uint32_t)ts.tv_sec, (uint32_t)ts.tv_nsec, (uint32_t)getpid(),
                         (uint32_t)clock()};
        init_by_array(r, k, 4);
        return;
    }
    init_by_array(r, key, N);
}

static int seed(Thread *th, Random *r, Value arg)
{
    if (!arg || arg == KR_NONE) {
        seed_from_entropy(r);
        return 0;
    }
    mpz_t z;
    mpz_init(z);
    if (kr_is_int(arg) && !kr_is_bool(arg)) {
        kr_int_to_mpz(arg, z);
        mpz_abs(z, z);
    } else {
        int64_t h;
        if (kr_object_hash(th, arg, &h) < 0) {
            mpz_clear(z);
            return -1;
        }
        mpz_set_ui(z, (unsigned long)(uint64_t)h);
    }
    size_t words = (mpz_sizeinbase(z, 2) + 31) / 32, count = 0;
    uint32_t *key = kr_gc_alloc_atomic(sizeof(uint32_t) * (words + 1));
    if (!key) {
        mpz_clear(z);
        kr_err_no_memory(th);
        return -1;
    }
    if (mpz_sgn(z) != 0)
        mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, z);
    mpz_clear(z);
    if (count == 0)
        key[count++] = 0;
    init_by_array(r, key, count);
    return 0;
}

/* ---- the Random type ---------------------------------------------------------- */

#define SELF ((Random *)kr_as_obj(args[0]))

static Value random_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    Random *r = kr_libutil_alloc(th, type);
    if (!r)
        return KR_VALUE_NULL;
    seed_from_entropy(r);
    return kr_from_obj(r);
}

static int random_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_type_of(self) == &random_type && kr_libutil_no_keywords(th, "Random", kw) < 0)
        return -1;
    if (nargs > 1) {
        kr_err_set_string(th, &kr_exc_TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return seed(th, (Random *)kr_as_obj(self), nargs ? args[0] : KR_NONE);
}

KR_LIB_FUNC(random_random)
{
    if (kr_call_check_args(th, "Random.random", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    uint32_t a = genrand(SELF) >> 5, b = genrand(SELF) >> 6;
    return kr_float_new(th, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

KR_LIB_FUNC(random_seed)
{
    if (kr_libutil_no_keywords(th, "seed", kw) < 0 ||
        kr_libutil_check_positional(th, "seed", nargs - 1, 0, 1) < 0)
        return KR_VALUE_NULL;
    return seed(th, SELF, nargs > 1 ? args[1] : KR_NONE) < 0 ? KR_VALUE_NULL : KR_NONE;
}

KR_LIB_FUNC(random_getstate)
{
    if (kr_call_check_args(th, "Random.getstate", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_new(th, N + 1);
    if (!t)
        return KR_VALUE_NULL;
    for (int i = 0; i < N; i++)
        t->items[i] = kr_int_from_i64(th, SELF->state[i]);
    t->items[N] = kr_from_smallint(SELF->index);
    return kr_from_obj(t);
}

KR_LIB_FUNC(random_setstate)
{
    if (kr_call_check_args(th, "Random.setstate", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    Value st = args[1];
    if (!kr_is_obj(st) || kr_as_obj(st)->type != &kr_tuple_type) {
        kr_err_set_string(th, &kr_exc_TypeError, "state vector must be a tuple");
        return KR_VALUE_NULL;
    }
    Tuple *t = (Tuple *)kr_as_obj(st);
    if (t->size != N + 1) {
        kr_err_set_string(th, &kr_exc_ValueError, "state vector is the wrong size");
        return KR_VALUE_NULL;
    }
    uint32_t words[N];
    for (int i = 0; i < N; i++) {
        int64_t w;
        if (!kr_is_int(t->items[i])) {
            kr_err_format(th, &kr_exc_TypeError, "an integer is required (got type %s)",
                          kr_type_name(t->items[i]));
            return KR_VALUE_NULL;
        }
        if (kr_int_as_i64(th, t->items[i], &w) < 0)
            return KR_VALUE_NULL;
        if (w < 0) {
            kr_err_set_string(th, &kr_exc_OverflowError,
                              "can't convert negative value to unsigned int");
            return KR_VALUE_NULL;
        }
        words[i] = (uint32_t)w;
    }
    int64_t index;
    if (kr_int_as_i64(th, t->items[N], &index) < 0)
        return KR_VALUE_NULL;
    if (index < 0 || index > N) {
        kr_err_set_string(th, &kr_exc_ValueError, "invalid state");
        return KR_VALUE_NULL;
    }
    memcpy(SELF->state, words, sizeof words);
    SELF->index = (int)index;
    return KR_NONE;
}

KR_LIB_FUNC(random_getrandbits)
{
    if (kr_call_check_args(th, "Random.getrandbits", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    int64_t k;
    Value kv = kr_object_index(th, args[1]);
    if (!kv)
        return KR_VALUE_NULL;
    if (kr_int_as_i64(th, kv, &k) < 0) {
        if (!kr_err_matches(th, &kr_exc_OverflowError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
        k = kr_int_sign(kv) < 0 ? INT64_MIN : INT64_MAX;
    }
    if (k > INT32_MAX || k < INT32_MIN) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return KR_VALUE_NULL;
    }
    if (k < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "number of bits must be non-negative");
        return KR_VALUE_NULL;
    }
    if (k <= 32)
        return kr_int_from_i64(th, k == 0 ? 0 : genrand(SELF) >> (32 - k));
    size_t words = (size_t)(k - 1) / 32 + 1;
    uint32_t *w = kr_gc_alloc_atomic(words * sizeof(uint32_t));
    if (!w) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    /* Least significant word first; the last takes the top bits of a draw. */
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand(SELF);
        w[i] = k < 32 ? r >> (32 - k) : r;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w);
    Value v = kr_int_from_mpz(th, z);
    mpz_clear(z);
    return v;
}

static const MethodDef random_methods[] = {
    {"random", random_random, "($self, /)", "random() -> x in the interval [0, 1).", 0},
    {"seed", random_seed, "($self, n=None, /)", "seed([n]) -> None.", 0},
    {"getstate", random_getstate, "($self, /)", "getstate() -> tuple containing the current state.", 0},
    {"setstate", random_setstate, "($self, state, /)", "setstate(state) -> None.", 0},
    {"getrandbits", random_getrandbits, "($self, k, /)", "getrandbits(k) -> x.", 0},
    {0},
};

static Type random_type = {
    .hdr = {&kr_type_type}, .name = "_random.Random", .size = sizeof(Random),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(Random, dict),
    .new_ = random_new, .init = random_init, .methods = random_methods,
};

int kr_mod__random_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_random", NULL);
    return m && kr_libutil_add_type(th, m, &random_type) == 0 ? 0 : -1;
}
