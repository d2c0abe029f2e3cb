/*
 * set.c -- set and frozenset: CPython's open-addressing hash table, to the
 * probe.
 *
 * Unlike dict, a set's iteration order is its table order, which Python
 * programs print ({3, 1, 2} shows as {1, 2, 3}).  So the table here is
 * CPython 3.11's setobject.c exactly: 8 slots to start, a probe that
 * scans up to LINEAR_PROBES neighbours before jumping with the perturbed
 * sequence, dummy entries for deletions, growth when fill reaches 3/5 of
 * the table (to 4x used, 2x past 50,000), the same reinsertion order on
 * resize, and the same merge and copy strategies -- so with the same
 * hashes (identical for ints; for strs, with PYTHONHASHSEED=0) the same
 * elements come out in the same order.
 *
 *   entry:  key NULL, hash 0    never used
 *           key DUMMY, hash -1  deleted
 *           otherwise           active
 *
 * The entry array is collector-scanned memory; `fill` counts active and
 * dummy entries, `used` active ones.
 */
#include "objects/set.h"
#include "objects/object_methods.h"

#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/argparse.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/seq.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread_lock.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* The deleted-entry marker: a static object no Python code can see. */
static Obj dummy_obj = {&kr_object_type};
#define DUMMY kr_from_obj(&dummy_obj)

static __attribute__((noinline)) bool is_set_subtype(Value v)
{
    return kr_isinstance_type(v, &kr_set_type) || kr_isinstance_type(v, &kr_frozenset_type);
}

static inline bool is_set_type(Value v)
{
    return kr_is_obj(v) && (kr_as_obj(v)->type == &kr_set_type ||
                            kr_as_obj(v)->type == &kr_frozenset_type || is_set_subtype(v));
}

/* THREADS.  Lookups take no lock and read the mask (acquire) before the
 * table, so while threads exist a table never shrinks and a new one is
 * filled before it is published, table first, then mask: a reader pairs
 * any mask with a table at least that large. */
static void publish(Set *s, SetEntry *t, int64_t mask)
{
    __atomic_store_n(&s->table, t, __ATOMIC_RELEASE);
    __atomic_store_n(&s->mask, mask, __ATOMIC_RELEASE);
}

/* A table of n entries (a power of two), asked as one byte less than its
 * size.  Boehm adds a byte to every request (so that a pointer just past
 * a block never points into the next one), which at these sizes took a
 * whole extra granule or page: 144 bytes for MINSIZE's 128, 528 for 512,
 * three pages for 8 KiB.  The byte it now takes is in the last entry's
 * hash, and a block's last word is the one a NORMAL block does not scan
 * (gc_boehm.c, THE FULLY SCANNED KIND): right for a hash, never a
 * pointer.  Cleared like any kr_gc_alloc block, the last word included. */
static SetEntry *alloc_table(size_t n)
{
    return kr_gc_alloc(sizeof(SetEntry) * n - 1);
}

static int init_table(Thread *th, Set *s, int64_t size)
{
    if (th->vm->threaded && s->table && size <= s->mask)
        size = s->mask + 1;
    SetEntry *t = alloc_table((size_t)size);
    if (!t) {
        kr_err_no_memory(th);
        return -1;
    }
    s->fill = s->used = 0;
    publish(s, t, size - 1);
    return 0;
}

/* An empty set whose table has `size` entries (a power of two): a result
 * whose size is known is allocated once, not grown from MINSIZE. */
static Set *new_with_table(Thread *th, Type *type, int64_t size)
{
    type = kr_type_builtin_base(type);     /* s | t of subclasses is a set */
    Set *s = kr_gc_alloc(sizeof *s);
    if (!s) {
        kr_err_no_memory(th);
        return NULL;
    }
    s->hdr.type = type;
    s->hash = -1;
    return init_table(th, s, size) < 0 ? NULL : s;
}

Set *kr_set_new(Thread *th, Type *type)
{
    return new_with_table(th, type, MINSIZE);
}

/* The table size table_resize picks for `n` entries: room for all of
 * them without a resize. */
static int64_t size_for(int64_t n)
{
    int64_t size = MINSIZE;
    while (size <= n * 2)
        size <<= 1;
    return size;
}

static void insert_clean(SetEntry *table, uint64_t mask, Value key, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (!e->key)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static int table_resize(Thread *th, Set *s, int64_t minused)
{
    int64_t newsize = MINSIZE;
    while (newsize <= minused || (th->vm->threaded && newsize <= s->mask))
        newsize <<= 1;
    SetEntry *old = s->table;
    int64_t oldmask = s->mask;
    bool dummies = s->fill != s->used;
    SetEntry *t = alloc_table((size_t)newsize);
    if (!t) {
        kr_err_no_memory(th);
        return -1;
    }
    for (int64_t i = 0; i <= oldmask; i++) {
        Value k = old[i].key;
        if (k && (!dummies || k != DUMMY))
            insert_clean(t, (uint64_t)(newsize - 1), k, old[i].hash);
    }
    s->fill = s->used;
    publish(s, t, newsize - 1);
    return 0;
}

/* 1 found, 0 not, -1 error; *where gets the active entry when found. */
static __attribute__((noinline)) int lookkey_probe(Thread *th, Set *s, Value key, int64_t hash,
                                     SetEntry **where)
{
restart:;
    uint64_t mask = (uint64_t)__atomic_load_n(&s->mask, __ATOMIC_ACQUIRE), perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        SetEntry *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                return 0;
            if (e->hash == hash) {
                Value sk = e->key;
                if (sk == key)
                    goto found;
                if (kr_is_str(sk) && kr_is_str(key)) {
                    if (kr_str_eq(kr_as_str(sk), kr_as_str(key)))
                        goto found;
                } else {
                    SetEntry *table = s->table;
                    int cmp = kr_object_richcompare_bool(th, sk, key, KR_EQ);
                    if (cmp < 0)
                        return -1;
                    if (table != s->table || e->key != sk)
                        goto restart;
                    if (cmp > 0)
                        goto found;
                    mask = (uint64_t)s->mask;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        *where = e;
        return 1;
    }
}

/* lookkey_probe's first step, inline in the loops of the set algebra:
 * the key's own slot is empty or holds the very key (small ints, interned
 * strs), so most lookups make no call and save no registers. */
static inline int lookkey(Thread *th, Set *s, Value key, int64_t hash, SetEntry **where)
{
    uint64_t mask = (uint64_t)__atomic_load_n(&s->mask, __ATOMIC_ACQUIRE);
    SetEntry *e = &s->table[(uint64_t)hash & mask];
    if (!e->key)
        return 0;
    if (e->key == key && e->hash == hash) {
        *where = e;
        return 1;
    }
    return lookkey_probe(th, s, key, hash, where);
}

static int add_entry(Thread *th, Set *s, Value key, int64_t hash)
{
restart:;
    uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    SetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                goto unused_or_dummy;
            if (e->hash == hash) {
                Value sk = e->key;
                if (sk == key)
                    return 0;
                if (kr_is_str(sk) && kr_is_str(key)) {
                    if (kr_str_eq(kr_as_str(sk), kr_as_str(key)))
                        return 0;
                } else {
                    SetEntry *table = s->table;
                    int cmp = kr_object_richcompare_bool(th, sk, key, KR_EQ);
                    if (cmp > 0)
                        return 0;
                    if (cmp < 0)
                        return -1;
                    if (table != s->table || e->key != sk)
                        goto restart;
                    mask = (uint64_t)s->mask;
                }
            } else if (e->hash == -1 && !freeslot) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
unused_or_dummy:
    s->hash = -1;
    if (freeslot)
        e = freeslot;
    else
        s->fill++;
    s->used++;
    /* the hash first, the key last (read_entry) */
    __atomic_store_n(&e->hash, hash, __ATOMIC_RELEASE);
    __atomic_store_n(&e->key, key, __ATOMIC_RELEASE);
    if (freeslot)
        return 0;
    if ((uint64_t)s->fill * 5 < mask * 3)
        return 0;
    return table_resize(th, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

/* add_entry for a set being built that no other thread can see yet and
 * that has no deleted entries (a result of the set algebra): a key whose
 * probe meets no entry of the same hash goes into the first empty slot
 * with no comparison, as add_entry would put it; on a hash match it
 * takes add_entry itself, so __eq__ runs exactly when CPython runs it. */
static int grow_built(Thread *th, Set *s, SetEntry *mid);

static int add_new_entry(Thread *th, Set *s, Value key, int64_t hash, SetEntry *mid)
{
    uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    SetEntry *e;
    for (;;) {
        e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (!e->key)
                goto found;
            if (e->hash == hash)
                return add_entry(th, s, key, hash);
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    e->key = key;
    e->hash = hash;
    s->fill++;
    s->used++;
    if ((uint64_t)s->fill * 5 < mask * 3)
        return 0;
    return grow_built(th, s, mid);
}

int kr_set_add(Thread *th, Set *s, Value key)
{
    int64_t h;
    if (kr_object_hash(th, key, &h) < 0)
        return -1;
    bool lk = kr_objlock(th, s);     /* atomic as in CPython (vm/thread_lock.h) */
    int r = add_entry(th, s, key, h);
    kr_objunlock(th, s, lk);
    return r;
}

int kr_set_contains(Thread *th, Set *s, Value key)
{
    int64_t h;
    if (kr_object_hash(th, key, &h) < 0)
        return -1;
    SetEntry *e;
    return lookkey(th, s, key, h, &e);
}

static Set *copy_as(Thread *th, Set *s, Type *t);

/* A set used as a key stands for the equal frozenset (CPython's
 * set_contains_key and set_discard_key): the hash of that frozenset. */
static int key_hash(Thread *th, Value *key, int64_t *h)
{
    if (kr_object_hash(th, *key, h) == 0)
        return 0;
    if (!kr_isinstance_type(*key, &kr_set_type) || !kr_err_matches(th, &kr_exc_TypeError))
        return -1;
    kr_err_clear(th);
    Set *f = copy_as(th, (Set *)kr_as_obj(*key), &kr_frozenset_type);
    if (!f)
        return -1;
    *key = kr_from_obj(f);
    return kr_object_hash(th, *key, h);
}

/* 1 removed, 0 absent, -1 error. */
static int discard(Thread *th, Set *s, Value key)
{
    int64_t h;
    if (key_hash(th, &key, &h) < 0)
        return -1;
    SetEntry *e;
    bool lk = kr_objlock(th, s);
    int r = lookkey(th, s, key, h, &e);
    if (r > 0) {
        __atomic_store_n(&e->key, DUMMY, __ATOMIC_RELEASE);    /* before the hash (read_entry) */
        __atomic_store_n(&e->hash, -1, __ATOMIC_RELEASE);
        s->used--;
    }
    kr_objunlock(th, s, lk);
    return r;
}

/* One entry of a set another thread may be changing: its key and the
 * hash that goes with it, or false for an unused or deleted slot.  A
 * writer stores an entry's hash before its key, and deletes by storing
 * DUMMY before the hash -1 (release both), so a key read again unchanged
 * after the hash vouches for it. */
static bool read_entry(const SetEntry *e, SetEntry *out)
{
    Value k = __atomic_load_n(&e->key, __ATOMIC_ACQUIRE);
    int64_t h = __atomic_load_n(&e->hash, __ATOMIC_ACQUIRE);
    if (!k || k == DUMMY || __atomic_load_n(&e->key, __ATOMIC_ACQUIRE) != k)
        return false;
    out->key = k;
    out->hash = h;
    return true;
}

/* CPython's set_merge: copy another set's entries into s.  Only s is
 * locked: with threads another thread may change o meanwhile, so o's
 * mask and table are read once, mask first (THREADS, above), each entry
 * with read_entry, and always through add_entry (copying slot for slot,
 * or counting on o->used, would trust a table that is changing). */
static int merge(Thread *th, Set *s, Set *o)
{
    if (o == s || o->used == 0)
        return 0;
    if ((s->fill + o->used) * 5 >= s->mask * 3 && table_resize(th, s, (s->used + o->used) * 2) < 0)
        return -1;
    if (th->vm->threaded) {
        int64_t omask = __atomic_load_n(&o->mask, __ATOMIC_ACQUIRE);
        const SetEntry *otable = __atomic_load_n(&o->table, __ATOMIC_ACQUIRE);
        SetEntry e;
        for (int64_t i = 0; i <= omask; i++)
            if (read_entry(&otable[i], &e) && add_entry(th, s, e.key, e.hash) < 0)
                return -1;
        return 0;
    }
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (int64_t i = 0; i <= o->mask; i++)
            if (o->table[i].key && o->table[i].key != DUMMY)
                s->table[i] = o->table[i];
        s->fill = s->used = o->used;
        return 0;
    }
    if (s->fill == 0) {
        for (int64_t i = 0; i <= o->mask; i++) {
            Value k = o->table[i].key;
            if (k && k != DUMMY)
                insert_clean(s->table, (uint64_t)s->mask, k, o->table[i].hash);
        }
        s->fill = s->used = o->used;
        return 0;
    }
    for (int64_t i = 0; i <= o->mask; i++) {
        Value k = o->table[i].key;
        if (k && k != DUMMY && add_entry(th, s, k, o->table[i].hash) < 0)
            return -1;
    }
    return 0;
}

static int merge_dict(Thread *th, Set *s, Dict *d)
{
    if ((s->fill + d->used) * 5 >= s->mask * 3 && table_resize(th, s, (s->used + d->used) * 2) < 0)
        return -1;
    int64_t pos = 0;
    DictEntry e;
    while (kr_dict_next_entry(d, &pos, &e))
        if (add_entry(th, s, e.key, kr_dict_entry_hash(&e)) < 0)
            return -1;
    return 0;
}

int kr_set_update(Thread *th, Set *s, Value iterable)
{
    if (is_set_type(iterable) || kr_is_dict(iterable)) {
        bool lk = kr_objlock(th, s);     /* s |= t is one atomic update */
        int r = kr_is_dict(iterable) ? merge_dict(th, s, kr_as_dict(iterable))
                                     : merge(th, s, (Set *)kr_as_obj(iterable));
        kr_objunlock(th, s, lk);
        return r;
    }
    Value it = kr_object_iter(th, iterable);
    if (!it)
        return -1;
    for (;;) {
        Value x = kr_object_next(th, it);
        if (!x)
            return kr_err_occurred(th) ? -1 : 0;
        if (kr_set_add(th, s, x) < 0)
            return -1;
    }
}

static Set *copy_as(Thread *th, Set *s, Type *t)
{
    /* CPython's size: set_merge into an empty set resizes it for twice
     * the keys once they would fill it past 3/5 -- not s's own size,
     * which a grown set may exceed, so that the copy's layout (its
     * iteration order) is CPython's.  The same size lets merge copy entry
     * for entry. */
    Set *r = new_with_table(th, t, s->used * 5 < (MINSIZE - 1) * 3 ? MINSIZE : size_for(s->used));
    if (!r || merge(th, r, s) < 0)
        return NULL;
    return r;
}

bool kr_set_next(Set *s, int64_t *pos, Value *key)
{
    /* the mask, then a table at least that large (THREADS, above), each
     * read once: the walk never pairs a grown mask with an older table,
     * and the stores through pos and key cannot make the compiler reload
     * them at every slot */
    int64_t i = *pos, mask = __atomic_load_n(&s->mask, __ATOMIC_ACQUIRE);
    const SetEntry *t = s->table;   /* after the mask (THREADS above) */
    for (; i <= mask; i++) {
        Value k = t[i].key;
        if (k && k != DUMMY) {
            *pos = i + 1;
            *key = k;
            return true;
        }
    }
    *pos = i;
    return false;
}

/* ---- slots ------------------------------------------------------------------- */

static Value set_repr(Thread *th, Value v)
{
    Set *s = (Set *)kr_as_obj(v);
    Type *t = kr_type_of(v);
    Buf b;
    kr_buf_init(&b);
    if (s->used == 0) {
        kr_buf_puts(&b, t->name);
        kr_buf_puts(&b, "()");
    } else {
        /* a set reached again through its own items shows as "set(...)" */
        int e = kr_repr_enter(th, v);
        if (e) {
            kr_buf_free(&b);
            if (e < 0)
                return KR_VALUE_NULL;
            kr_buf_puts(&b, t->name);
            kr_buf_puts(&b, "(...)");
            Str *r = kr_str_from_buf(th, &b);
            return r ? kr_from_obj(r) : KR_VALUE_NULL;
        }
        if (t != &kr_set_type) {
            kr_buf_puts(&b, t->name);
            kr_buf_putc(&b, '(');
        }
        kr_buf_putc(&b, '{');
        int64_t pos = 0, n = 0;
        Value k;
        while (kr_set_next(s, &pos, &k)) {
            if (n++)
                kr_buf_puts(&b, ", ");
            Value r = kr_object_repr(th, k);
            if (!r) {
                kr_repr_leave(th, v);
                kr_buf_free(&b);
                return KR_VALUE_NULL;
            }
            kr_str_to_buf(&b, kr_as_str(r));
        }
        kr_repr_leave(th, v);
        kr_buf_putc(&b, '}');
        if (t != &kr_set_type)
            kr_buf_putc(&b, ')');
    }
    Str *r = kr_str_from_buf(th, &b);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static int set_len(Thread *th, Value v, int64_t *n)
{
    *n = ((Set *)kr_as_obj(v))->used;
    return 0;
}

static int set_contains_slot(Thread *th, Value v, Value key)
{
    int64_t h;
    if (key_hash(th, &key, &h) < 0)
        return -1;
    SetEntry *e;
    return lookkey(th, (Set *)kr_as_obj(v), key, h, &e);
}

typedef struct SetIter {
    Obj hdr;
    Set *s;
    int64_t pos;
    int64_t used;
    int64_t done;         /* items yielded: __length_hint__ is used - done */
} SetIter;

static Value set_iter(Thread *th, Value v)
{
    SetIter *it = kr_gc_alloc(sizeof *it);
    if (!it) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    it->hdr.type = &kr_set_iter_type;
    it->s = (Set *)kr_as_obj(v);
    it->used = it->s->used;
    return kr_from_obj(it);
}

static Value set_iter_next(Thread *th, Value v)
{
    SetIter *it = (SetIter *)kr_as_obj(v);
    if (!it->s)
        return KR_VALUE_NULL;
    if (it->s->used != it->used) {
        it->used = -1;
        kr_err_set_string(th, &kr_exc_RuntimeError, "Set changed size during iteration");
        return KR_VALUE_NULL;
    }
    Value k;
    if (!kr_set_next(it->s, &it->pos, &k)) {
        it->s = NULL;       /* exhausted: the set may be freed, as in CPython */
        return KR_VALUE_NULL;
    }
    it->done++;
    return k;
}

static Value iter_self(Thread *th, Value v) { return v; }

static Value set_iter_length_hint(Thread *th, Value u, const Value *args, size_t nargs,
                                  Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "set_iterator.__length_hint__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    SetIter *it = (SetIter *)kr_as_obj(args[0]);
    int64_t n = it->s && it->used == it->s->used ? it->used - it->done : 0;
    return kr_from_smallint(n < 0 ? 0 : n);
}

/* (iter, (list of the items still to come,)): CPython's setiter_reduce,
 * which runs a copy of the iterator. */
static Value set_iter_reduce(Thread *th, Value u, const Value *args, size_t nargs,
                             Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "set_iterator.__reduce__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    SetIter copy = *(SetIter *)kr_as_obj(args[0]);
    List *rest = kr_list_new(th, 0);
    if (!rest)
        return KR_VALUE_NULL;
    Value k;
    while (copy.s && copy.used == copy.s->used && kr_set_next(copy.s, &copy.pos, &k))
        if (kr_list_append(th, rest, k) < 0)
            return KR_VALUE_NULL;
    return kr_seq_iter_reduce(th, KR_VALUE_NULL, 0, kr_from_obj(rest));
}

static const MethodDef set_iter_methods[] = {
    {"__length_hint__", set_iter_length_hint, NULL, NULL, 0},
    {"__reduce__", set_iter_reduce, NULL, NULL, 0},
    {0},
};

Type kr_set_iter_type = {
    .hdr = {&kr_type_type}, .name = "set_iterator", .size = sizeof(SetIter),
    .iter = iter_self, .next = set_iter_next, .methods = set_iter_methods,
};

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static int frozenset_hash(Thread *th, Value v, int64_t *out)
{
    Set *s = (Set *)kr_as_obj(v);
    if (s->hash != -1) {
        *out = s->hash;
        return 0;
    }
    /* Every entry goes in (unused ones hash 0, dummies -1), and the
     * effect of those is removed below -- CPython's exact recipe. */
    uint64_t hash = 0;
    for (int64_t i = 0; i <= s->mask; i++)
        hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    if ((s->mask + 1 - s->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((s->fill - s->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)s->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    s->hash = (int64_t)hash;
    *out = s->hash;
    return 0;
}

/* a <= b */
static int subset(Thread *th, Set *a, Set *b)
{
    if (a->used > b->used)
        return 0;
    /* A snapshot of a's table: an __eq__ may change a (the old table
     * stays valid, the collector keeps it). */
    SetEntry *t = a->table;
    int64_t mask = a->mask;
    for (int64_t i = 0; i <= mask; i++) {
        Value k = t[i].key;
        if (!k || k == DUMMY)
            continue;
        SetEntry *e;    /* the stored hash: no need to hash k again (as CPython) */
        int r = lookkey(th, b, k, t[i].hash, &e);
        if (r <= 0)
            return r;
    }
    return 1;
}

static Value set_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!is_set_type(a) || !is_set_type(b))
        return KR_NOTIMPL;
    Set *x = (Set *)kr_as_obj(a), *y = (Set *)kr_as_obj(b);
    int r;
    switch (op) {
    case KR_EQ:
    case KR_NE:
        r = x->used == y->used ? subset(th, x, y) : 0;
        if (r < 0)
            return KR_VALUE_NULL;
        return kr_from_bool(op == KR_EQ ? r : !r);
    case KR_LE: r = subset(th, x, y); break;
    case KR_GE: r = subset(th, y, x); break;
    case KR_LT: r = x->used < y->used ? subset(th, x, y) : 0; break;
    default: r = x->used > y->used ? subset(th, y, x) : 0; break;
    }
    return r < 0 ? KR_VALUE_NULL : kr_from_bool(r);
}

/* ---- algebra ------------------------------------------------------------------- */

static Set *as_set(Thread *th, Value v)
{
    if (is_set_type(v))
        return (Set *)kr_as_obj(v);
    Set *s = kr_set_new(th, &kr_set_type);
    if (!s || kr_set_update(th, s, v) < 0)
        return NULL;
    return s;
}

static Set *set_union(Thread *th, Set *a, Value b)
{
    Set *r = copy_as(th, a, kr_obj_type(&a->hdr));
    if (!r || kr_set_update(th, r, b) < 0)
        return NULL;
    return r;
}

/* BUILT RESULTS.  a & b and a - b are built as CPython builds them: from
 * MINSIZE, grown by add_entry's rule, so that the table -- and the order
 * the result iterates in -- is CPython's (presizing for all of a's keys
 * gave another layout).  Meanwhile the tables of up to BUILD_MID entries
 * live on the builder's C stack, which the collector scans, so a small
 * result allocates one table, its final one (build_finish).  The result is
 * seen by no other code until then. */
enum { BUILD_MID = 32 };
typedef struct SetBuild {
    SetEntry small[MINSIZE];
    SetEntry mid[BUILD_MID];
} SetBuild;

static Set *build_start(Thread *th, Type *type, SetBuild *b)
{
    Set *r = kr_gc_alloc(sizeof *r);
    if (!r) {
        kr_err_no_memory(th);
        return NULL;
    }
    r->hdr.type = kr_type_builtin_base(type);
    r->hash = -1;
    memset(b->small, 0, sizeof b->small);
    r->table = b->small;
    r->mask = MINSIZE - 1;
    return r;
}

/* add_entry's resize, into mid while the new size fits there. */
static int grow_built(Thread *th, Set *s, SetEntry *mid)
{
    int64_t minused = s->used > 50000 ? s->used * 2 : s->used * 4;
    if (!mid || s->table == mid || minused >= BUILD_MID)
        return table_resize(th, s, minused);
    int64_t size = MINSIZE;
    while (size <= minused)
        size <<= 1;
    memset(mid, 0, sizeof(SetEntry) * (size_t)size);
    for (int64_t i = 0; i <= s->mask; i++)
        if (s->table[i].key)                /* a built table has no dummies */
            insert_clean(mid, (uint64_t)(size - 1), s->table[i].key, s->table[i].hash);
    s->table = mid;
    s->mask = size - 1;
    s->fill = s->used;
    return 0;
}

/* The result, its table moved to the heap if it is still on the stack. */
static Set *build_finish(Thread *th, Set *r, SetBuild *b)
{
    if (r->table == b->small || r->table == b->mid) {
        SetEntry *t = alloc_table((size_t)r->mask + 1);
        if (!t) {
            kr_err_no_memory(th);
            return NULL;
        }
        memcpy(t, r->table, sizeof(SetEntry) * (size_t)(r->mask + 1));
        publish(r, t, r->mask);
    }
    return r;
}

/* a & (an iterable that is not a set): its items in its own order. */
static Set *intersect_iterable(Thread *th, Set *a, Value iterable)
{
    SetBuild sb;
    Set *r = build_start(th, kr_obj_type(&a->hdr), &sb);
    Value it = r ? kr_object_iter(th, iterable) : KR_VALUE_NULL;
    if (!it)
        return NULL;
    for (;;) {
        Value x = kr_object_next(th, it);
        if (!x)
            return kr_err_occurred(th) ? NULL : build_finish(th, r, &sb);
        int64_t h;
        SetEntry *e;
        int c = kr_object_hash(th, x, &h) < 0 ? -1 : lookkey(th, a, x, h, &e);
        if (c < 0 || (c && add_new_entry(th, r, x, h, sb.mid) < 0))
            return NULL;
    }
}

static Set *set_intersection(Thread *th, Set *a, Value bv)
{
    if (kr_from_obj(a) == bv)
        return copy_as(th, a, kr_obj_type(&a->hdr));
    if (!is_set_type(bv))
        return intersect_iterable(th, a, bv);
    Set *b = (Set *)kr_as_obj(bv);
    SetBuild sb;
    Set *r = build_start(th, kr_obj_type(&a->hdr), &sb);
    if (!r)
        return NULL;
    /* CPython walks b unless it is the larger: of equal keys (1 and 1.0)
     * the result keeps the walked set's */
    Set *small = b, *big = a;
    if (b->used > a->used) {
        small = a;
        big = b;
    }
    for (int64_t i = 0; i <= small->mask; i++) {
        Value k = small->table[i].key;
        if (!k || k == DUMMY)
            continue;
        SetEntry *e;
        int c = lookkey(th, big, k, small->table[i].hash, &e);
        if (c < 0 || (c && add_new_entry(th, r, k, small->table[i].hash, sb.mid) < 0))
            return NULL;
    }
    return build_finish(th, r, &sb);
}

static Set *set_difference(Thread *th, Set *a, Value bv)
{
    Set *b = as_set(th, bv);
    if (!b)
        return NULL;
    if ((a->used >> 2) > b->used) {
        /* copy, then discard the few others (CPython does the same) */
        Set *r = copy_as(th, a, kr_obj_type(&a->hdr));
        if (!r)
            return NULL;
        int64_t pos = 0;
        Value k;
        while (kr_set_next(b, &pos, &k))
            if (discard(th, r, k) < 0)
                return NULL;
        return r;
    }
    SetBuild sb;
    Set *r = build_start(th, kr_obj_type(&a->hdr), &sb);
    if (!r)
        return NULL;
    for (int64_t i = 0; i <= a->mask; i++) {
        Value k = a->table[i].key;
        if (!k || k == DUMMY)
            continue;
        SetEntry *e;
        int c = lookkey(th, b, k, a->table[i].hash, &e);
        if (c < 0 || (!c && add_new_entry(th, r, k, a->table[i].hash, sb.mid) < 0))
            return NULL;
    }
    return build_finish(th, r, &sb);
}

static Set *set_symdiff(Thread *th, Set *a, Value bv)
{
    Set *b = as_set(th, bv);
    if (!b)
        return NULL;
    /* CPython: copy b into a new set, then toggle each of a's keys. */
    Set *r = copy_as(th, b, kr_obj_type(&a->hdr));
    if (!r)
        return NULL;
    for (int64_t i = 0; i <= a->mask; i++) {
        Value k = a->table[i].key;
        if (!k || k == DUMMY)
            continue;
        SetEntry *e;
        int c = lookkey(th, r, k, a->table[i].hash, &e);
        if (c < 0)
            return NULL;
        if (c) {
            e->key = DUMMY;
            e->hash = -1;
            r->used--;
        } else if (add_entry(th, r, k, a->table[i].hash) < 0) {
            return NULL;
        }
    }
    return r;
}

static Value ret_set(Set *s) { return s ? kr_from_obj(s) : KR_VALUE_NULL; }

#define SET_BINOP(name, fn)                                                   \
    static Value name(Thread *th, Value a, Value b)                           \
    {                                                                         \
        if (!is_set_type(a) || !is_set_type(b))                               \
            return KR_NOTIMPL;                                                \
        return ret_set(fn(th, (Set *)kr_as_obj(a), b));                       \
    }
SET_BINOP(set_or, set_union)
SET_BINOP(set_and, set_intersection)
SET_BINOP(set_sub, set_difference)
SET_BINOP(set_xor, set_symdiff)

/* In-place forms mutate a set (not a frozenset) and return it: s takes
 * r's entries.  With threads a reader may hold s's mask, so s's table
 * never shrinks: r's entries are then copied into one as large. */
static Value replace_contents(Thread *th, Set *s, Set *r)
{
    bool lk = kr_objlock(th, s);
    SetEntry *t = r->table;
    int64_t mask = r->mask, fill = r->fill;
    if (th->vm->threaded && mask < s->mask) {
        mask = s->mask;
        if (!(t = alloc_table((size_t)(mask + 1)))) {
            kr_objunlock(th, s, lk);
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
        for (int64_t i = 0; i <= r->mask; i++) {
            Value k = r->table[i].key;
            if (k && k != DUMMY)
                insert_clean(t, (uint64_t)mask, k, r->table[i].hash);
        }
        fill = r->used;
    }
    s->fill = fill;
    s->used = r->used;
    publish(s, t, mask);
    kr_objunlock(th, s, lk);
    return kr_from_obj(s);
}

#define SET_IOP(name, fn)                                                     \
    static Value name(Thread *th, Value a, Value b)                           \
    {                                                                         \
        if (!kr_isinstance_type(a, &kr_set_type) || !is_set_type(b))          \
            return KR_NOTIMPL;                                                \
        Set *r = fn(th, (Set *)kr_as_obj(a), b);                              \
        return r ? replace_contents(th, (Set *)kr_as_obj(a), r) : KR_VALUE_NULL; \
    }
SET_IOP(set_iand, set_intersection)

/* -= and ^= work in place, keeping the table layout (and so the order)
 * as CPython's difference_update / symmetric_difference_update do. */
static Value set_isub(Thread *th, Value a, Value b)
{
    if (!kr_isinstance_type(a, &kr_set_type) || !is_set_type(b))
        return KR_NOTIMPL;
    Set *s = (Set *)kr_as_obj(a), *o = (Set *)kr_as_obj(b);
    if (s == o)
        return init_table(th, s, MINSIZE) < 0 ? KR_VALUE_NULL : a;
    int64_t pos = 0;
    Value k;
    while (kr_set_next(o, &pos, &k))
        if (discard(th, s, k) < 0)
            return KR_VALUE_NULL;
    return a;
}

static Value set_ixor(Thread *th, Value a, Value b)
{
    if (!kr_isinstance_type(a, &kr_set_type) || !is_set_type(b))
        return KR_NOTIMPL;
    Set *s = (Set *)kr_as_obj(a), *o = (Set *)kr_as_obj(b);
    if (s == o)
        return init_table(th, s, MINSIZE) < 0 ? KR_VALUE_NULL : a;
    bool lk = kr_objlock(th, s);
    int c = 0;
    for (int64_t i = 0; c >= 0 && i <= o->mask; i++) {
        Value k = o->table[i].key;
        if (!k || k == DUMMY)
            continue;
        SetEntry *e;
        if ((c = lookkey(th, s, k, o->table[i].hash, &e)) > 0) {
            e->key = DUMMY;
            e->hash = -1;
            s->used--;
        } else if (c == 0) {
            c = add_entry(th, s, k, o->table[i].hash);
        }
    }
    kr_objunlock(th, s, lk);
    return c < 0 ? KR_VALUE_NULL : a;
}

static Value set_ior(Thread *th, Value a, Value b)
{
    if (!kr_isinstance_type(a, &kr_set_type) || !is_set_type(b))
        return KR_NOTIMPL;
    return kr_set_update(th, (Set *)kr_as_obj(a), b) < 0 ? KR_VALUE_NULL : a;
}

/* set(x): __new__ makes an empty set and __init__ fills it, so that
 * s.__init__(x) refills an existing set (CPython's order).  frozenset(x)
 * is filled in __new__, being immutable. */
static Value set_new_slot(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    Type *exact = kr_type_builtin_base(t);
    bool has_kw = kw && kw->size;
    if (exact == &kr_set_type) {
        if (t == exact && has_kw)
            return kr_err_type_error(th, "set() takes no keyword arguments");
        Set *s = kr_set_new(th, exact);
        if (!s || t == exact)
            return s ? kr_from_obj(s) : KR_VALUE_NULL;
        return kr_object_copy_as(th, t, kr_from_obj(s), sizeof(Set));
    }
    /* a frozenset subclass with its own __init__ may take keywords */
    if (has_kw && (t == exact || t->init == exact->init))
        return kr_err_type_error(th, "frozenset() takes no keyword arguments");
    if (kr_call_check_args(th, t->name, nargs, 0, 1, NULL) < 0)
        return KR_VALUE_NULL;
    if (t == exact && nargs == 1 && kr_is_type(args[0], &kr_frozenset_type))
        return args[0];
    Set *s = kr_set_new(th, exact);
    if (!s || (nargs == 1 && kr_set_update(th, s, args[0]) < 0))
        return KR_VALUE_NULL;
    return t == exact ? kr_from_obj(s) : kr_object_copy_as(th, t, kr_from_obj(s), sizeof(Set));
}

/* CPython's set_init: empty the set, then add the iterable's items. */
static int set_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (kw && kw->size) {
        kr_err_type_error(th, "set() takes no keyword arguments");
        return -1;
    }
    if (kr_call_check_args(th, kr_type_name(self), nargs, 0, 1, NULL) < 0)
        return -1;
    Set *self_s = (Set *)kr_as_obj(self);
    if (self_s->used == 0)      /* set(x): fill in place */
        return nargs == 1 ? kr_set_update(th, self_s, args[0]) : 0;
    if (nargs == 1 && args[0] == self)
        return init_table(th, self_s, MINSIZE);
    Set *s = kr_set_new(th, &kr_set_type);
    if (!s || (nargs == 1 && kr_set_update(th, s, args[0]) < 0))
        return -1;
    memcpy((char *)self_s + sizeof(Obj), (char *)s + sizeof(Obj), sizeof(Set) - sizeof(Obj));
    return 0;
}

/* ---- methods --------------------------------------------------------------------- */

#define METHOD(name) \
    static Value name(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kwnames)
#define SELF ((Set *)kr_as_obj(args[0]))
#define CHECK(n, lo, hi) \
    if (kr_argparse_check_of(th, args[0], n, nargs - 1, lo, hi, kwnames) < 0) \
        return KR_VALUE_NULL


METHOD(set_add_m) { CHECK("add", 1, 1); return kr_set_add(th, SELF, args[1]) < 0 ? KR_VALUE_NULL : KR_NONE; }

METHOD(set_discard_m)
{
    CHECK("discard", 1, 1);
    return discard(th, SELF, args[1]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

METHOD(set_remove_m)
{
    CHECK("remove", 1, 1);
    int r = discard(th, SELF, args[1]);
    if (r == 0)
        kr_err_set_object(th, &kr_exc_KeyError, args[1]);
    return r <= 0 ? KR_VALUE_NULL : KR_NONE;
}

METHOD(set_pop_m)
{
    CHECK("pop", 0, 0);
    Set *s = SELF;
    bool lk = kr_objlock(th, s);
    if (s->used == 0) {
        kr_objunlock(th, s, lk);
        kr_err_set_string(th, &kr_exc_KeyError, "pop from an empty set");
        return KR_VALUE_NULL;
    }
    SetEntry *e = &s->table[s->finger & s->mask];
    while (!e->key || e->key == DUMMY) {
        e++;
        if (e > s->table + s->mask)
            e = s->table;
    }
    Value k = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    s->finger = (e - s->table) + 1;
    kr_objunlock(th, s, lk);
    return k;
}

METHOD(set_clear_m)
{
    CHECK("clear", 0, 0);
    bool lk = kr_objlock(th, SELF);
    int r = init_table(th, SELF, MINSIZE);
    kr_objunlock(th, SELF, lk);
    return r < 0 ? KR_VALUE_NULL : KR_NONE;
}

METHOD(set_copy_m)
{
    CHECK("copy", 0, 0);
    if (kr_is_type(args[0], &kr_frozenset_type))
        return args[0];          /* immutable: the copy is itself, as CPython */
    return ret_set(copy_as(th, SELF, kr_obj_type(&SELF->hdr)));
}

METHOD(set_update_m)
{
    for (size_t i = 1; i < nargs; i++)
        if (kr_set_update(th, SELF, args[i]) < 0)
            return KR_VALUE_NULL;
    return KR_NONE;
}

METHOD(set_union_m)
{
    Set *r = copy_as(th, SELF, kr_obj_type(&SELF->hdr));
    for (size_t i = 1; r && i < nargs; i++)
        if (kr_set_update(th, r, args[i]) < 0)
            return KR_VALUE_NULL;
    return ret_set(r);
}

/* With arguments the first step makes the new set: no copy of self first
 * (CPython's set_intersection_multi and set_difference_multi). */
METHOD(set_intersection_m)
{
    Set *r = nargs > 1 ? SELF : copy_as(th, SELF, kr_obj_type(&SELF->hdr));
    for (size_t i = 1; r && i < nargs; i++)
        r = set_intersection(th, r, args[i]);
    return ret_set(r);
}

METHOD(set_difference_m)
{
    Set *r = nargs > 1 ? SELF : copy_as(th, SELF, kr_obj_type(&SELF->hdr));
    for (size_t i = 1; r && i < nargs; i++)
        r = set_difference(th, r, args[i]);
    return ret_set(r);
}

METHOD(set_symdiff_m) { CHECK("symmetric_difference", 1, 1); return ret_set(set_symdiff(th, SELF, args[1])); }

METHOD(set_issubset_m)
{
    CHECK("issubset", 1, 1);
    Set *o = as_set(th, args[1]);
    int r = o ? subset(th, SELF, o) : -1;
    return r < 0 ? KR_VALUE_NULL : kr_from_bool(r);
}

METHOD(set_issuperset_m)
{
    CHECK("issuperset", 1, 1);
    Set *o = as_set(th, args[1]);
    int r = o ? subset(th, o, SELF) : -1;
    return r < 0 ? KR_VALUE_NULL : kr_from_bool(r);
}

METHOD(set_isdisjoint_m)
{
    CHECK("isdisjoint", 1, 1);
    Set *r = set_intersection(th, SELF, args[1]);
    return r ? kr_from_bool(r->used == 0) : KR_VALUE_NULL;
}

/* The *_update methods: several arguments, each applied in turn, in place. */
METHOD(set_intersection_update_m)
{
    Set *r = SELF;
    for (size_t i = 1; r && i < nargs; i++)
        r = set_intersection(th, r, args[i]);
    return r && replace_contents(th, SELF, r) ? KR_NONE : KR_VALUE_NULL;
}

METHOD(set_difference_update_m)
{
    for (size_t i = 1; i < nargs; i++) {
        Set *o = as_set(th, args[i]);
        if (!o || !set_isub(th, args[0], kr_from_obj(o)))
            return KR_VALUE_NULL;
    }
    return KR_NONE;
}

METHOD(set_symdiff_update_m)
{
    CHECK("symmetric_difference_update", 1, 1);
    Set *o = as_set(th, args[1]);
    if (o && o == SELF)
        o = copy_as(th, o, &kr_set_type);
    return o && set_ixor(th, args[0], kr_from_obj(o)) ? KR_NONE : KR_VALUE_NULL;
}

/* dict views' set operators: set(a) OP b, whichever side the view is on. */
Value kr_set_of_iterable_op(Thread *th, Value a, Value b, BinOp op)
{
    Set *r = kr_set_new(th, &kr_set_type);
    if (!r || kr_set_update(th, r, a) < 0)
        return KR_VALUE_NULL;
    switch (op) {
    case KR_OP_OR: return kr_set_update(th, r, b) < 0 ? KR_VALUE_NULL : kr_from_obj(r);
    case KR_OP_AND: return ret_set(set_intersection(th, r, b));
    case KR_OP_SUB: return ret_set(set_difference(th, r, b));
    default: return ret_set(set_symdiff(th, r, b));
    }
}

static const MethodDef set_methods[] = {
    {"add", set_add_m, "($self, object, /)", NULL, 0},
    {"discard", set_discard_m, "($self, object, /)", NULL, 0},
    {"remove", set_remove_m, "($self, object, /)", NULL, 0},
    {"pop", set_pop_m, "($self, /)", NULL, 0},
    {"clear", set_clear_m, "($self, /)", NULL, 0},
    {"copy", set_copy_m, "($self, /)", NULL, 0},
    {"__reduce__", kr_set_reduce_m, "($self, /)", "Return state information for pickling.", 0},
    {"update", set_update_m, NULL, NULL, KR_METH_VARARGS},
    {"union", set_union_m, NULL, NULL, KR_METH_VARARGS},
    {"intersection", set_intersection_m, NULL, NULL, KR_METH_VARARGS},
    {"difference", set_difference_m, NULL, NULL, KR_METH_VARARGS},
    {"symmetric_difference", set_symdiff_m, NULL, NULL, 0},
    {"issubset", set_issubset_m, NULL, NULL, 0},
    {"issuperset", set_issuperset_m, NULL, NULL, 0},
    {"isdisjoint", set_isdisjoint_m, NULL, NULL, 0},
    {"intersection_update", set_intersection_update_m, NULL, NULL, KR_METH_VARARGS},
    {"difference_update", set_difference_update_m, NULL, NULL, KR_METH_VARARGS},
    {"symmetric_difference_update", set_symdiff_update_m, NULL, NULL, 0},
    {0},
};

static const MethodDef frozenset_methods[] = {
    {"copy", set_copy_m, "($self, /)", NULL, 0},
    {"__reduce__", kr_set_reduce_m, "($self, /)", "Return state information for pickling.", 0},
    {"union", set_union_m, NULL, NULL, KR_METH_VARARGS},
    {"intersection", set_intersection_m, NULL, NULL, KR_METH_VARARGS},
    {"difference", set_difference_m, NULL, NULL, KR_METH_VARARGS},
    {"symmetric_difference", set_symdiff_m, NULL, NULL, 0},
    {"issubset", set_issubset_m, NULL, NULL, 0},
    {"issuperset", set_issuperset_m, NULL, NULL, 0},
    {"isdisjoint", set_isdisjoint_m, NULL, NULL, 0},
    {0},
};

static int set_bool(Thread *th, Value v) { return ((Set *)kr_as_obj(v))->used != 0; }

Type kr_set_type = {
    .hdr = {&kr_type_type}, .name = "set", .size = sizeof(Set),
    .flags = KR_TYPE_BASETYPE,
    .new_ = set_new_slot, .init = set_init, .repr = set_repr, .hash = kr_object_unhashable,
    .richcompare = set_richcompare, .len = set_len, .bool_ = set_bool,
    .contains = set_contains_slot, .iter = set_iter,
    .binop = {[KR_OP_OR] = set_or, [KR_OP_AND] = set_and, [KR_OP_SUB] = set_sub,
              [KR_OP_XOR] = set_xor},
    .inplace = {[KR_OP_OR] = set_ior, [KR_OP_AND] = set_iand, [KR_OP_SUB] = set_isub,
                [KR_OP_XOR] = set_ixor},
    .methods = set_methods,
};

Type kr_frozenset_type = {
    .hdr = {&kr_type_type}, .name = "frozenset", .size = sizeof(Set),
    .flags = KR_TYPE_IMMUTABLE | KR_TYPE_BASETYPE,
    .new_ = set_new_slot, .repr = set_repr, .hash = frozenset_hash,
    .richcompare = set_richcompare, .len = set_len, .bool_ = set_bool,
    .contains = set_contains_slot, .iter = set_iter,
    .binop = {[KR_OP_OR] = set_or, [KR_OP_AND] = set_and, [KR_OP_SUB] = set_sub,
              [KR_OP_XOR] = set_xor},
    .methods = frozenset_methods,
};
