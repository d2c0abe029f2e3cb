/*
 * dict.c -- the compact ordered dict (layout and invariants in dict.h).
 *
 * Lookup walks the index with CPython's probe sequence
 *     i = (5*i + 1 + perturb) & mask;  perturb >>= 5
 * and compares, for each candidate entry, identity, then hash, then
 * equality: a str key compares its contents directly (no Python code can
 * run), any other key calls __eq__, after which the lookup checks that the
 * dict was not mutated by that call (restarting if it was, as CPython does).
 *
 * Deletion leaves a tombstone in the entries array (key NULL) and a
 * DELETED mark in the index; both are squeezed out by the next resize.
 * Index slots are int64 for simplicity; narrowing them to int8/16/32 by
 * table size (CPython's trick for cache density) is a later optimisation.
 */
#include "objects/dict.h"

#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/argparse.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/seq.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread_lock.h"

#define EMPTY (-1)
#define DELETED (-2)
#define MIN_CAP 8

/* KEYS VERSIONS come from one process-wide counter, so a version is never
 * reused by any dict: a cache keyed on it cannot be fooled by a dict that
 * was freed and reallocated at the same address.  Atomic, not locked:
 * only uniqueness matters (the one mutable global, by design).  Handed
 * out lazily, as CPython's dk_version: a change of the keys only zeroes
 * the field (a plain store), and a cache that wants a version asks
 * kr_dict_keys_version, so building a dict costs no atomic increment. */
static uint64_t next_version = 1;

uint64_t kr_dict_keys_version(Dict *d)
{
    uint64_t kv = __atomic_load_n(&d->keys_version, __ATOMIC_ACQUIRE);
    if (kv)
        return kv;
    /* A compare-exchange, not a store: it reads the latest zero, so the
     * caller's lookup sees the change that zeroed it (a plain store could
     * revive a version over a newer change). */
    uint64_t fresh = __atomic_fetch_add(&next_version, 1, __ATOMIC_RELAXED);
    if (__atomic_compare_exchange_n(&d->keys_version, &kv, fresh, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE))
        return fresh;
    return kv;          /* another thread gave one first */
}

/* The keys changed places or membership: caches of entry numbers die. */
static inline void keys_moved(Dict *d)
{
    __atomic_store_n(&d->keys_version, 0, __ATOMIC_RELEASE);
}

/* THREADS, for walkers (they take no lock either): the entry count is
 * read (acquire) before the entries pointer, and an insert stores its
 * entry before the count (release), so the count never runs past the
 * entries read; entries never shrink while threaded (dict_resize).  An
 * entry may be deleted or emptied (clear) while it is read: its key and
 * value are each read once, and one found NULL makes it a deleted entry. */
static inline int64_t nentries_acquire(const Dict *d)
{
    return __atomic_load_n(&d->nentries, __ATOMIC_ACQUIRE);
}

static inline void set_nentries(Dict *d, int64_t n)
{
    __atomic_store_n(&d->nentries, n, __ATOMIC_RELEASE);
}

/* An entry keeps its key's hash complemented (kr_dict_entry_hash reads
 * it).  The collector is conservative, and hash(id(obj)) is obj's
 * address: stored plain, a dict keyed by id() (copy's memo,
 * _threading_local, pickle) would keep every such obj alive.  ~address
 * lies far above any heap address. */

/* THREADS.  Lookups take no lock, so a reader may load d->index from
 * before a resize and d->entries from after it, or the reverse.  Three
 * rules keep every such mixture inside its arrays:
 *   - the mask a lookup uses is read from its own index block (index[-1]),
 *     never from d->mask, so it always matches the index it probes;
 *   - while threads exist the tables never shrink (an index from before
 *     a resize holds entry numbers below the new capacity) and clear()
 *     empties them in place;
 *   - a resize publishes entries before index (release), so a reader that
 *     sees the new index sees the new entries. */
static int dict_resize(Thread *th, Dict *d, int64_t min_used)
{
    if (th->vm->threaded && min_used < d->cap)
        min_used = d->cap;
    int64_t nslots = MIN_CAP;
    while (nslots * 2 < min_used * 3)
        nslots <<= 1;
    int64_t cap = nslots * 2 / 3;
    if (cap < min_used)
        cap = min_used;
    int64_t *block = kr_gc_alloc_atomic(sizeof(int64_t) * (size_t)(nslots + 1));
    DictEntry *entries = kr_gc_alloc(sizeof(DictEntry) * (size_t)cap);
    if (!block || !entries) {
        kr_err_no_memory(th);
        return -1;
    }
    /* Before and after the new tables are published: an entry number
     * read under the old keys version is never used with the new entries
     * (a LOAD_GLOBAL hit re-checks the version after its read). */
    keys_moved(d);
    block[0] = nslots - 1;                 /* the index's own mask */
    int64_t *index = block + 1;
    memset(index, 0xff, sizeof(int64_t) * (size_t)nslots);
    int64_t mask = nslots - 1, n = 0;
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (!e->key)
            continue;
        entries[n] = *e;
        uint64_t perturb = (uint64_t)kr_dict_entry_hash(e);
        uint64_t j = perturb & (uint64_t)mask;
        while (index[j] != EMPTY) {
            perturb >>= 5;
            j = (j * 5 + perturb + 1) & (uint64_t)mask;
        }
        index[j] = n++;
    }
    __atomic_store_n(&d->entries, entries, __ATOMIC_RELEASE);
    __atomic_store_n(&d->index, index, __ATOMIC_RELEASE);
    d->mask = mask;
    d->cap = cap;
    set_nentries(d, n);
    keys_moved(d);
    return 0;
}

Dict *kr_dict_new(Thread *th)
{
    Dict *d = kr_gc_alloc(sizeof *d);
    if (!d) {
        kr_err_no_memory(th);
        return NULL;
    }
    d->hdr.type = &kr_dict_type;
    return d;
}

/* Find key: returns the index slot (>= 0) holding its entry, or -1 with
 * *slot_out = the first free slot for insertion; -2 on error.  *val_out
 * (if given) receives the value found: a reader holding no lock must not
 * look the slot up again, the table may have been replaced since. */
static inline int64_t found(const DictEntry *e, uint64_t j, Value *val_out)
{
    if (val_out)
        *val_out = e->value;
    return (int64_t)j;
}

static int64_t lookup(Thread *th, Dict *d, Value key, int64_t hash, int64_t *slot_out,
                      Value *val_out)
{
restart:;
    const int64_t *index = __atomic_load_n(&d->index, __ATOMIC_ACQUIRE);
    if (!index) {
        *slot_out = -1;
        return -1;
    }
    uint64_t mask = (uint64_t)index[-1], perturb = (uint64_t)hash;
    uint64_t j = (uint64_t)hash & mask;
    int64_t first_free = -1;
    bool str_key = kr_is_str(key);
    for (;;) {
        int64_t ix = index[j];
        if (ix == EMPTY) {
            *slot_out = first_free >= 0 ? first_free : (int64_t)j;
            return -1;
        }
        if (ix == DELETED) {
            if (first_free < 0)
                first_free = (int64_t)j;
        } else {
            DictEntry *e = &d->entries[ix];
            if (e->key == key)
                return found(e, j, val_out);
            if (e->hash == ~hash) {
                if (str_key && kr_is_str(e->key)) {
                    if (kr_str_eq(kr_as_str(e->key), kr_as_str(key)))
                        return found(e, j, val_out);
                } else if (!(str_key && kr_is_str(e->key))) {
                    DictEntry *entries = d->entries;
                    Value ek = e->key;
                    int r = kr_object_richcompare_bool(th, ek, key, KR_EQ);
                    if (r < 0)
                        return -2;
                    if (entries != d->entries || d->index != index || index[j] != ix ||
                        e->key != ek)
                        goto restart;
                    if (r)
                        return found(e, j, val_out);
                }
            }
        }
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
}

Value kr_dict_get(Thread *th, Dict *d, Value key)
{
    int64_t hash, slot;
    if (kr_object_hash(th, key, &hash) < 0)
        return KR_VALUE_NULL;
    Value v;
    int64_t j = lookup(th, d, key, hash, &slot, &v);
    return j >= 0 ? v : KR_VALUE_NULL;
}

static inline int64_t find_str(Dict *d, Str *key, Value *value)
{
    const int64_t *index = __atomic_load_n(&d->index, __ATOMIC_ACQUIRE);
    if (!index)
        return -1;
    int64_t hash = kr_str_hash(key);
    uint64_t mask = (uint64_t)index[-1], perturb = (uint64_t)hash;
    uint64_t j = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = index[j];
        if (ix == EMPTY)
            return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == kr_from_obj(key) ||
                (e->hash == ~hash && kr_is_str(e->key) && kr_str_eq(kr_as_str(e->key), key))) {
                *value = e->value;
                return ix;
            }
        }
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
}

Value kr_dict_get_str(Dict *d, Str *key)
{
    Value v;
    return find_str(d, key, &v) >= 0 ? v : KR_VALUE_NULL;
}

int64_t kr_dict_find_str(Dict *d, Str *key, Value *value)
{
    return find_str(d, key, value);
}

/* A new key's entry, after the lookup that found it absent gave `slot`
 * and with room for one more entry. */
static void append(Dict *d, int64_t slot, Value key, int64_t hash, Value value)
{
    DictEntry *e = &d->entries[d->nentries];
    e->hash = ~hash;
    e->key = key;
    e->value = value;
    __atomic_store_n(&d->index[slot], d->nentries, __ATOMIC_RELEASE);   /* the entry first */
    set_nentries(d, d->nentries + 1);
    d->used++;
    keys_moved(d);
}

static int insert_unlocked(Thread *th, Dict *d, Value key, int64_t hash, Value value)
{
    int64_t slot;
    int64_t j = lookup(th, d, key, hash, &slot, NULL);
    if (j == -2)
        return -1;
    if (j >= 0) {
        d->entries[d->index[j]].value = value;
        return 0;
    }
    if (!d->index || d->nentries >= d->cap) {
        if (dict_resize(th, d, d->used + 1 > d->used * 2 ? d->used + 1 : d->used * 2) < 0)
            return -1;
        j = lookup(th, d, key, hash, &slot, NULL);
        if (j == -2)
            return -1;
    }
    append(d, slot, key, hash, value);
    return 0;
}

/* Every store and delete holds the dict's stripe lock (vm/thread_lock.h),
 * so a store is atomic with respect to other threads, as in CPython. */
static int insert(Thread *th, Dict *d, Value key, int64_t hash, Value value)
{
    bool lk = kr_objlock(th, d);
    int r = insert_unlocked(th, d, key, hash, value);
    kr_objunlock(th, d, lk);
    return r;
}

int kr_dict_set(Thread *th, Dict *d, Value key, Value value)
{
    int64_t hash;
    if (kr_object_hash(th, key, &hash) < 0)
        return -1;
    return insert(th, d, key, hash, value);
}

int kr_dict_set_fresh(Thread *th, Dict *d, Value key, Value value)
{
    int64_t hash;
    if (kr_object_hash(th, key, &hash) < 0)
        return -1;
    return insert_unlocked(th, d, key, hash, value);
}

/* d.update(src) where no key may repeat (the ** of a call): room for all
 * of src first, then one probe per key with the hash src kept.  A key
 * already in d stops it: 1, with *dup that key (d keeps what came
 * before, as the caller reports the error). */
int kr_dict_merge_new_keys(Thread *th, Dict *d, Dict *src, Value *dup)
{
    bool lk = kr_objlock(th, d);
    int r = 0;
    int64_t need = d->nentries + src->used;
    if (!d->index || need > d->cap)
        r = dict_resize(th, d, d->used + src->used);
    int64_t pos = 0, slot;
    DictEntry e;
    while (r == 0 && kr_dict_next_entry(src, &pos, &e)) {
        int64_t hash = kr_dict_entry_hash(&e);
        int64_t j = lookup(th, d, e.key, hash, &slot, NULL);
        if (j == -2) {
            r = -1;
        } else if (j >= 0) {
            *dup = e.key;
            r = 1;
        } else if (d->nentries < d->cap) {
            append(d, slot, e.key, hash, e.value);
        } else {    /* src grew meanwhile (an __eq__ ran, or a thread) */
            r = insert_unlocked(th, d, e.key, hash, e.value);
        }
    }
    kr_objunlock(th, d, lk);
    return r;
}

int kr_dict_set_str(Thread *th, Dict *d, Str *key, Value value)
{
    return insert(th, d, kr_from_obj(key), kr_str_hash(key), value);
}

bool kr_dict_store_at(Thread *th, Dict *d, uint64_t guard, Value value)
{
    if (KR_IC_KEY(guard) != __atomic_load_n(&d->keys_version, __ATOMIC_ACQUIRE) ||
        KR_IC_INDEX(guard) < 0)
        return false;
    bool lk = kr_objlock(th, d);
    /* under the lock the keys cannot move: check again */
    bool same = KR_IC_KEY(guard) == __atomic_load_n(&d->keys_version, __ATOMIC_RELAXED);
    if (same) {
        d->entries[KR_IC_INDEX(guard)].value = value;
        }
    kr_objunlock(th, d, lk);
    return same;
}

static int del_unlocked(Thread *th, Dict *d, Value key, int64_t hash)
{
    int64_t slot;
    int64_t j = lookup(th, d, key, hash, &slot, NULL);
    if (j == -2)
        return -1;
    if (j < 0)
        return 0;
    DictEntry *e = &d->entries[d->index[j]];
    e->key = KR_VALUE_NULL;
    e->value = KR_VALUE_NULL;
    d->index[j] = DELETED;
    d->used--;
    keys_moved(d);
    return 1;
}

int kr_dict_del(Thread *th, Dict *d, Value key)
{
    int64_t hash;
    if (kr_object_hash(th, key, &hash) < 0)
        return -1;
    bool lk = kr_objlock(th, d);
    int r = del_unlocked(th, d, key, hash);
    kr_objunlock(th, d, lk);
    return r;
}

bool kr_dict_next_entry(Dict *d, int64_t *pos, DictEntry *out)
{
    int64_t n = nentries_acquire(d);
    const DictEntry *entries = __atomic_load_n(&d->entries, __ATOMIC_ACQUIRE);
    while (*pos < n) {
        const DictEntry *e = &entries[(*pos)++];
        Value k = __atomic_load_n(&e->key, __ATOMIC_ACQUIRE);
        int64_t h = e->hash;
        Value v = __atomic_load_n(&e->value, __ATOMIC_ACQUIRE);
        if (k && v) {
            out->hash = h;
            out->key = k;
            out->value = v;
            return true;
        }
    }
    return false;
}

bool kr_dict_next(Dict *d, int64_t *pos, Value *key, Value *value)
{
    DictEntry e;
    if (!kr_dict_next_entry(d, pos, &e))
        return false;
    if (key)
        *key = e.key;
    if (value)
        *value = e.value;
    return true;
}

static int update_from_mapping(Thread *th, Dict *d, Value src);

/* A subclass that iterates its own way is copied through keys() and [],
 * as CPython's PyDict_Copy merges (type(name, bases, OrderedDict)). */
Dict *kr_dict_copy(Thread *th, Dict *d)
{
    Dict *r = kr_dict_new(th);
    if (!r)
        return NULL;
    if (KR_UNLIKELY(d->hdr.type->iter != kr_dict_type.iter))
        return update_from_mapping(th, r, kr_from_obj(d)) < 0 ? NULL : r;
    if (d->used && dict_resize(th, r, d->used) < 0)    /* room for all: no regrowth */
        return NULL;
    int64_t pos = 0;
    DictEntry e;
    while (kr_dict_next_entry(d, &pos, &e))      /* the hash with its key (threads) */
        if (insert(th, r, e.key, kr_dict_entry_hash(&e), e.value) < 0)
            return NULL;
    return r;
}

/* ---- slots ------------------------------------------------------------------ */

static Value dict_repr_inner(Thread *th, Value v);

static Value dict_repr(Thread *th, Value v)
{
    if (kr_as_dict(v)->used == 0)
        return dict_repr_inner(th, v);
    int e = kr_repr_enter(th, v);
    if (e) {
        Str *s = e > 0 ? kr_str_from_cstr(th, "{...}") : NULL;
        return s ? kr_from_obj(s) : KR_VALUE_NULL;
    }
    Value r = dict_repr_inner(th, v);
    kr_repr_leave(th, v);
    return r;
}

static Value dict_repr_inner(Thread *th, Value v)
{
    Dict *d = kr_as_dict(v);
    Buf b;
    kr_buf_init(&b);
    kr_buf_putc(&b, '{');
    int64_t pos = 0, n = 0;
    Value k, val;
    while (kr_dict_next(d, &pos, &k, &val)) {
        if (n++)
            kr_buf_puts(&b, ", ");
        Value rk = kr_object_repr(th, k);
        Value rv = rk ? kr_object_repr(th, val) : KR_VALUE_NULL;
        if (!rv) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        kr_str_to_buf(&b, kr_as_str(rk));
        kr_buf_puts(&b, ": ");
        kr_str_to_buf(&b, kr_as_str(rv));
    }
    kr_buf_putc(&b, '}');
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static int dict_len(Thread *th, Value v, int64_t *n)
{
    *n = kr_as_dict(v)->used;
    return 0;
}

static Value dict_getitem(Thread *th, Value v, Value key)
{
    Value r = kr_dict_get(th, kr_as_dict(v), key);
    if (!r && !kr_err_occurred(th)) {
        /* A subclass may supply missing keys (CPython's dict_subscript). */
        Value missing = kr_is_dict(v) ? KR_VALUE_NULL
                                      : kr_type_lookup(kr_type_of(v), KR_NAME(th, __missing__));
        if (missing)
            return kr_vm_call_method(th, missing, v, &key, 1, NULL);
        kr_err_set_object(th, &kr_exc_KeyError, key);
    }
    return r;
}

static int dict_setitem(Thread *th, Value v, Value key, Value value)
{
    if (value)
        return kr_dict_set(th, kr_as_dict(v), key, value);
    int r = kr_dict_del(th, kr_as_dict(v), key);
    if (r == 0)
        kr_err_set_object(th, &kr_exc_KeyError, key);
    return r > 0 ? 0 : -1;
}

static int dict_contains(Thread *th, Value v, Value key)
{
    Value r = kr_dict_get(th, kr_as_dict(v), key);
    return r ? 1 : kr_err_occurred(th) ? -1 : 0;
}

static Value dict_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!kr_dict_check(a) || !kr_dict_check(b) || (op != KR_EQ && op != KR_NE))
        return KR_NOTIMPL;
    Dict *x = kr_as_dict(a), *y = kr_as_dict(b);
    bool eq = x->used == y->used;
    int64_t pos = 0;
    Value k, v;
    while (eq && kr_dict_next(x, &pos, &k, &v)) {
        Value w = kr_dict_get(th, y, k);
        if (!w) {
            if (kr_err_occurred(th))
                return KR_VALUE_NULL;
            eq = false;
            break;
        }
        int r = kr_object_richcompare_bool(th, v, w, KR_EQ);
        if (r < 0)
            return KR_VALUE_NULL;
        eq = r;
    }
    return kr_from_bool(op == KR_EQ ? eq : !eq);
}

/* Does src have a keys attribute (the mark of a mapping for update())? */
static int has_keys_method(Thread *th, Value src)
{
    Value k = kr_object_lookupattr(th, src, kr_str_intern_cstr(th, "keys"));
    if (k)
        return 1;
    return kr_err_occurred(th) ? -1 : 0;
}

/* update() from a mapping that is not a dict: for k in src.keys(): d[k] = src[k]. */
static int update_from_mapping(Thread *th, Dict *d, Value src)
{
    Value keys = kr_object_getattr(th, src, kr_str_intern_cstr(th, "keys"));
    Value ks = keys ? kr_object_call(th, keys, NULL, 0, NULL) : KR_VALUE_NULL;
    Value it = ks ? kr_object_iter(th, ks) : KR_VALUE_NULL;
    if (!it)
        return -1;
    for (;;) {
        Value k = kr_object_next(th, it);
        if (!k)
            return kr_err_occurred(th) ? -1 : 0;
        Value v = kr_object_getitem(th, src, k);
        if (!v || kr_dict_set(th, d, k, v) < 0)
            return -1;
    }
}

/* d.update(src) for a dict iterated as a dict: entry by entry, and a key's
 * __eq__ that resizes src is an error (CPython's dict_merge). */
static int merge_dict(Thread *th, Dict *d, Dict *src)
{
    int64_t pos = 0, used = src->used;
    Value k, v;
    while (kr_dict_next(src, &pos, &k, &v)) {
        if (kr_dict_set(th, d, k, v) < 0)
            return -1;
        if (src->used != used) {
            kr_err_set_string(th, &kr_exc_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

/* {**src}: PyDict_Update -- a dict (whose iteration is dict's own) item
 * by item, any other object through keys() and [], which it must have. */
int kr_dict_merge_mapping(Thread *th, Dict *d, Value src)
{
    if (kr_dict_check(src) && kr_type_of(src)->iter == kr_dict_type.iter)
        return merge_dict(th, d, kr_as_dict(src));
    int has_keys = has_keys_method(th, src);
    if (has_keys == 0)
        kr_err_format(th, &kr_exc_TypeError, "'%s' object is not a mapping", kr_type_name(src));
    return has_keys > 0 ? update_from_mapping(th, d, src) : -1;
}

/* update()/dict(src): as kr_dict_merge_mapping, but anything without keys
 * is taken as an iterable of pairs.  A dict subclass that iterates its own
 * way (OrderedDict after move_to_end) goes through keys() and [], as
 * CPython's dict_merge checks tp_iter. */
static int dict_update_from(Thread *th, Dict *d, Value src)
{
    if (kr_dict_check(src) && kr_type_of(src)->iter == kr_dict_type.iter)
        return merge_dict(th, d, kr_as_dict(src));
    int has_keys = has_keys_method(th, src);
    if (has_keys)
        return has_keys < 0 ? -1 : update_from_mapping(th, d, src);
    Value it = kr_object_iter(th, src);
    if (!it)
        return -1;
    for (int64_t n = 0;; n++) {
        Value item = kr_object_next(th, it);
        if (!item)
            return kr_err_occurred(th) ? -1 : 0;
        if (!kr_type_of(item)->iter) {
            kr_err_format(th, &kr_exc_TypeError,
                          "cannot convert dictionary update sequence element #%lld to a sequence",
                          (long long)n);
            return -1;
        }
        List *pair = kr_list_from_iterable(th, item);
        if (!pair)
            return -1;
        if (pair->size != 2) {
            kr_err_format(th, &kr_exc_ValueError,
                          "dictionary update sequence element #%lld has length %lld; 2 is required",
                          (long long)n, (long long)pair->size);
            return -1;
        }
        if (kr_dict_set(th, d, pair->items[0], pair->items[1]) < 0)
            return -1;
    }
}

static int dict_fill(Thread *th, Dict *d, const Value *args, size_t nargs, Tuple *kwnames);

/* dict.__new__ makes an empty dict and dict.__init__ fills it, as
 * CPython's: d.__init__(pairs, **kw) called again updates d (it used to
 * be a no-op on an exact dict, which __new__ had filled). */
static Value dict_new_slot(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    Dict *d = kr_dict_new(th);
    if (!d || t == &kr_dict_type)
        return kr_from_obj(d);
    return kr_object_copy_as(th, t, kr_from_obj(d), sizeof(Dict));
}

static int dict_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    return dict_fill(th, kr_as_dict(self), args, nargs, kwnames);
}

static int dict_fill(Thread *th, Dict *d, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (nargs > 1) {
        kr_err_format(th, &kr_exc_TypeError, "dict expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    if (nargs == 1 && dict_update_from(th, d, args[0]) < 0)
        return -1;
    for (int64_t i = 0; kwnames && i < kwnames->size; i++)
        if (kr_dict_set(th, d, kwnames->items[i], args[nargs + (size_t)i]) < 0)
            return -1;
    return 0;
}

/* ---- iteration and views --------------------------------------------------------- */

enum { ITER_KEYS, ITER_VALUES, ITER_ITEMS };

typedef struct DictIter {
    Obj hdr;
    Dict *d;
    int64_t pos;      /* next entry; for a reverse iterator, one past it */
    int64_t used;     /* size at creation: changing size during iteration raises */
    int64_t left;     /* items still expected: one more means keys were replaced */
    int kind;
    bool reverse;
} DictIter;

/* One iterator type per kind and direction, for their CPython names. */
static Type *const iter_types[2][3] = {
    {&kr_dict_iter_type, &kr_dict_valueiter_type, &kr_dict_itemiter_type},
    {&kr_dict_revkeyiter_type, &kr_dict_revvalueiter_type, &kr_dict_revitemiter_type},
};

typedef struct DictView {
    Obj hdr;
    Dict *d;
} DictView;

static Value make_iter(Thread *th, Dict *d, int kind)
{
    DictIter *it = kr_gc_alloc(sizeof *it);
    if (!it) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    it->hdr.type = iter_types[0][kind];
    it->d = d;
    it->used = d->used;
    it->left = d->used;
    it->kind = kind;
    return kr_from_obj(it);
}

static Value make_reverse_iter(Thread *th, Dict *d, int kind)
{
    Value v = make_iter(th, d, kind);
    if (!v)
        return v;
    DictIter *it = (DictIter *)kr_as_obj(v);
    it->hdr.type = iter_types[1][kind];
    it->reverse = true;
    it->pos = d->nentries;
    return v;
}

static Value dict_iter(Thread *th, Value v) { return make_iter(th, kr_as_dict(v), ITER_KEYS); }

/* One step of any dict iterator: 1 with the entry, 0 at the end, -1. */
static int dict_iter_step(Thread *th, DictIter *it, Value *k, Value *val)
{
    if (!it->d)
        return 0;
    if (it->d->used != it->used) {
        it->used = -1;
        kr_err_set_string(th, &kr_exc_RuntimeError, "dictionary changed size during iteration");
        return -1;
    }
    if (it->reverse) {
        const DictEntry *entries = __atomic_load_n(&it->d->entries, __ATOMIC_ACQUIRE);
        Value ek = KR_VALUE_NULL, ev = KR_VALUE_NULL;
        while (entries && it->pos > 0) {   /* NULL key or value: deleted (kr_dict_next_entry) */
            const DictEntry *e = &entries[--it->pos];
            ek = __atomic_load_n(&e->key, __ATOMIC_ACQUIRE);
            ev = __atomic_load_n(&e->value, __ATOMIC_ACQUIRE);
            if (ek && ev)
                break;
        }
        if (!ek || !ev) {
            it->d = NULL;
            return 0;
        }
        *k = ek;
        *val = ev;
        return 1;
    }
    if (!kr_dict_next(it->d, &it->pos, k, val)) {
        it->d = NULL;       /* exhausted: the dict may be freed, as in CPython */
        return 0;
    }
    /* deleting and adding as many keys keeps the size (CPython's
     * dictiter_iternextkey counts what is left) */
    if (it->left-- <= 0) {
        it->used = -1;
        kr_err_set_string(th, &kr_exc_RuntimeError, "dictionary keys changed during iteration");
        return -1;
    }
    return 1;
}

int kr_dict_items_next2(Thread *th, Value iter, Value out[2])
{
    return dict_iter_step(th, (DictIter *)kr_as_obj(iter), &out[0], &out[1]);
}

static Value dict_iter_next(Thread *th, Value v)
{
    DictIter *it = (DictIter *)kr_as_obj(v);
    Value k, val;
    if (dict_iter_step(th, it, &k, &val) <= 0)
        return KR_VALUE_NULL;
    if (it->kind == ITER_KEYS)
        return k;
    if (it->kind == ITER_VALUES)
        return val;
    Value pair[2] = {k, val};
    Tuple *t = kr_tuple_from_array(th, pair, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value iter_self(Thread *th, Value v) { return v; }

static Value dict_iter_length_hint(Thread *th, Value u, const Value *args, size_t nargs,
                                   Tuple *kwnames)
{
    DictIter *it = (DictIter *)kr_as_obj(args[0]);
    if (kr_argparse_noargs(th, "__length_hint__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!it->d || it->used != it->d->used)
        return kr_from_smallint(0);
    /* Entries not yet reached, live ones only. */
    int64_t n = 0;
    for (int64_t i = it->reverse ? 0 : it->pos; i < (it->reverse ? it->pos : it->d->nentries); i++)
        n += it->d->entries[i].key != KR_VALUE_NULL;
    return kr_from_smallint(n);
}

/* (iter, (list of what remains,)): CPython's dictiter_reduce runs a copy. */
static Value dict_iter_reduce(Thread *th, Value u, const Value *args, size_t nargs,
                              Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "__reduce__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    DictIter *copy = kr_gc_alloc(sizeof *copy);
    if (!copy) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    List *rest = kr_list_new(th, 0);
    if (!rest)
        return KR_VALUE_NULL;
    *copy = *(DictIter *)kr_as_obj(args[0]);
    for (;;) {
        Value x = dict_iter_next(th, kr_from_obj(copy));
        if (!x)
            break;
        if (kr_list_append(th, rest, x) < 0)
            return KR_VALUE_NULL;
    }
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    return kr_seq_iter_reduce(th, KR_VALUE_NULL, 0, kr_from_obj(rest));
}

static const MethodDef dict_iter_methods[] = {
    {"__length_hint__", dict_iter_length_hint, NULL, NULL, 0},
    {"__reduce__", dict_iter_reduce, NULL, NULL, 0},
    {0},
};

#define DICT_ITER_TYPE(var, tname)                                                     \
    Type var = {.hdr = {&kr_type_type}, .name = tname, .size = sizeof(DictIter),       \
                .iter = iter_self, .next = dict_iter_next, .methods = dict_iter_methods}
DICT_ITER_TYPE(kr_dict_iter_type, "dict_keyiterator");
DICT_ITER_TYPE(kr_dict_valueiter_type, "dict_valueiterator");
DICT_ITER_TYPE(kr_dict_itemiter_type, "dict_itemiterator");
DICT_ITER_TYPE(kr_dict_revkeyiter_type, "dict_reversekeyiterator");
DICT_ITER_TYPE(kr_dict_revvalueiter_type, "dict_reversevalueiterator");
DICT_ITER_TYPE(kr_dict_revitemiter_type, "dict_reverseitemiterator");

static int view_kind(Value v)
{
    Type *t = kr_type_of(v);
    return t == &kr_dict_keys_type ? ITER_KEYS : t == &kr_dict_values_type ? ITER_VALUES : ITER_ITEMS;
}

static Value view_iter(Thread *th, Value v)
{
    return make_iter(th, ((DictView *)kr_as_obj(v))->d, view_kind(v));
}

static int view_len(Thread *th, Value v, int64_t *n)
{
    *n = ((DictView *)kr_as_obj(v))->d->used;
    return 0;
}

/* dict_values([...]): a view inside its own dict shows "..." (Py_ReprEnter) */
static Value view_repr(Thread *th, Value v)
{
    int e = kr_repr_enter(th, v);
    if (e) {
        Str *s = e > 0 ? kr_str_from_cstr(th, "...") : NULL;
        return s ? kr_from_obj(s) : KR_VALUE_NULL;
    }
    List *l = kr_list_from_iterable(th, v);
    Value inner = l ? kr_seq_repr(th, l->items, l->size, "[", "]", false) : KR_VALUE_NULL;
    kr_repr_leave(th, v);
    if (!inner)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, kr_type_of(v)->name);
    kr_buf_putc(&b, '(');
    kr_str_to_buf(&b, kr_as_str(inner));
    kr_buf_putc(&b, ')');
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static int keys_contains(Thread *th, Value v, Value key)
{
    return dict_contains(th, kr_from_obj(((DictView *)kr_as_obj(v))->d), key);
}

/* (key, value) in d.items(): the key is looked up, then the values compared. */
static int items_contains(Thread *th, Value v, Value item)
{
    if (!kr_is_tuple(item) || kr_as_tuple(item)->size != 2)
        return 0;
    Value *kv = kr_as_tuple(item)->items;
    Value found = kr_dict_get(th, ((DictView *)kr_as_obj(v))->d, kv[0]);
    if (!found)
        return kr_err_occurred(th) ? -1 : 0;
    return kr_object_richcompare_bool(th, found, kv[1], KR_EQ);
}

static bool is_setlike_view(Value v)
{
    return kr_is_type(v, &kr_dict_keys_type) || kr_is_type(v, &kr_dict_items_type);
}

/* keys and items views are set-like: & | - ^ give a new set, with the view
 * on either side (CPython's dictviews_and etc. take both orders). */
#define VIEW_SETOP(name, op)                                                  \
    static Value name(Thread *th, Value a, Value b)                           \
    {                                                                         \
        if (!is_setlike_view(a) && !is_setlike_view(b))                      \
            return KR_NOTIMPL;                                                \
        return kr_set_of_iterable_op(th, a, b, op);                           \
    }
VIEW_SETOP(view_or, KR_OP_OR)
VIEW_SETOP(view_and, KR_OP_AND)
VIEW_SETOP(view_sub, KR_OP_SUB)
VIEW_SETOP(view_xor, KR_OP_XOR)

/* Is every item of a in b?  1, 0 or -1. */
static int all_contained_in(Thread *th, Value a, Value b)
{
    Value it = kr_object_iter(th, a);
    if (!it)
        return -1;
    for (;;) {
        Value x = kr_object_next(th, it);
        if (!x)
            return kr_err_occurred(th) ? -1 : 1;
        int c = kr_object_contains(th, b, x);
        if (c <= 0)
            return c;
    }
}

static bool is_anyset(Value v)
{
    return kr_isinstance_type(v, &kr_set_type) || kr_isinstance_type(v, &kr_frozenset_type);
}

/* Sizes first, then containment item by item (CPython's
 * dictview_richcompare): an item's value is compared, never hashed. */
static Value view_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!is_setlike_view(a) || !(is_setlike_view(b) || is_anyset(b)))
        return KR_NOTIMPL;
    int64_t na, nb;
    if (kr_object_len(th, a, &na) < 0 || kr_object_len(th, b, &nb) < 0)
        return KR_VALUE_NULL;
    int ok = 0;
    switch (op) {
    case KR_EQ: case KR_NE:
        if (na == nb)
            ok = all_contained_in(th, a, b);
        if (op == KR_NE && ok >= 0)
            ok = !ok;
        break;
    case KR_LT: ok = na < nb ? all_contained_in(th, a, b) : 0; break;
    case KR_LE: ok = na <= nb ? all_contained_in(th, a, b) : 0; break;
    case KR_GT: ok = na > nb ? all_contained_in(th, b, a) : 0; break;
    default: ok = na >= nb ? all_contained_in(th, b, a) : 0; break;
    }
    return ok < 0 ? KR_VALUE_NULL : kr_from_bool(ok);
}

#define VMETHOD(name) \
    static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kwnames)

VMETHOD(view_isdisjoint)
{
    if (kr_argparse_one(th, kr_type_of(args[0]) == &kr_dict_keys_type ? "dict_keys.isdisjoint" : "dict_items.isdisjoint", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Value it = kr_object_iter(th, args[1]);
    if (!it)
        return KR_VALUE_NULL;
    KrContainsFn contains = kr_type_of(args[0])->contains;
    for (;;) {
        Value x = kr_object_next(th, it);
        if (!x)
            return kr_err_occurred(th) ? KR_VALUE_NULL : KR_TRUE;
        int c = contains(th, args[0], x);
        if (c)
            return c < 0 ? KR_VALUE_NULL : KR_FALSE;
    }
}

VMETHOD(view_reversed)
{
    if (kr_argparse_noargs(th, "__reversed__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return make_reverse_iter(th, ((DictView *)kr_as_obj(args[0]))->d, view_kind(args[0]));
}

/* view.mapping: a read-only mappingproxy of the dict, as CPython's. */
static Value view_mapping(Thread *th, Value v)
{
    return kr_mappingproxy_new(th, kr_from_obj(((DictView *)kr_as_obj(v))->d));
}

static const MethodDef setview_methods[] = {
    {"isdisjoint", view_isdisjoint, "($self, other, /)", NULL, 0},
    {"__reversed__", view_reversed, "($self, /)", NULL, 0},
    {0},
};
static const MethodDef values_methods[] = {
    {"__reversed__", view_reversed, "($self, /)", NULL, 0},
    {0},
};
static const MemberDef view_members[] = {
    {"mapping", 0, view_mapping, NULL, "dictionary that this view refers to", 0},
    {0},
};

#define SETVIEW_SLOTS                                                                   \
    .richcompare = view_richcompare, .methods = setview_methods, .members = view_members, \
    .binop = {[KR_OP_OR] = view_or, [KR_OP_AND] = view_and, [KR_OP_SUB] = view_sub,    \
              [KR_OP_XOR] = view_xor}

Type kr_dict_keys_type = {
    .hdr = {&kr_type_type}, .name = "dict_keys", .size = sizeof(DictView),
    .iter = view_iter, .len = view_len, .repr = view_repr, .contains = keys_contains,
    .hash = kr_object_unhashable, SETVIEW_SLOTS,
};
Type kr_dict_values_type = {
    .hdr = {&kr_type_type}, .name = "dict_values", .size = sizeof(DictView),
    .iter = view_iter, .len = view_len, .repr = view_repr, .methods = values_methods,
    .members = view_members,
};
Type kr_dict_items_type = {
    .hdr = {&kr_type_type}, .name = "dict_items", .size = sizeof(DictView),
    .iter = view_iter, .len = view_len, .repr = view_repr, .contains = items_contains,
    .hash = kr_object_unhashable, SETVIEW_SLOTS,
};

/* ---- methods ------------------------------------------------------------------------ */

#define METHOD(name) \
    static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kwnames)
#define SELF kr_as_dict(args[0])
#define CHECK(n, lo, hi) \
    if (kr_argparse_check_of(th, args[0], n, nargs - 1, lo, hi, kwnames) < 0) \
        return KR_VALUE_NULL


static Value make_view(Thread *th, Dict *d, Type *t)
{
    DictView *v = kr_gc_alloc(sizeof *v);
    if (!v) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    v->hdr.type = t;
    v->d = d;
    return kr_from_obj(v);
}

METHOD(dict_keys_m) { CHECK("keys", 0, 0); return make_view(th, SELF, &kr_dict_keys_type); }
METHOD(dict_values_m) { CHECK("values", 0, 0); return make_view(th, SELF, &kr_dict_values_type); }
METHOD(dict_items_m) { CHECK("items", 0, 0); return make_view(th, SELF, &kr_dict_items_type); }

METHOD(dict_get_m)
{
    CHECK("get", 1, 2);
    Value r = kr_dict_get(th, SELF, args[1]);
    if (r || kr_err_occurred(th))
        return r;
    return nargs > 2 ? args[2] : KR_NONE;
}

METHOD(dict_setdefault_m)
{
    CHECK("setdefault", 1, 2);
    bool lk = kr_objlock(th, SELF);     /* the get and the store, atomically */
    Value r = kr_dict_get(th, SELF, args[1]);
    if (!r && !kr_err_occurred(th)) {
        Value dflt = nargs > 2 ? args[2] : KR_NONE;
        r = kr_dict_set(th, SELF, args[1], dflt) < 0 ? KR_VALUE_NULL : dflt;
    }
    kr_objunlock(th, SELF, lk);
    return r;
}

static Value dict_pop_locked(Thread *th, const Value *args, size_t nargs);

METHOD(dict_pop_m)
{
    CHECK("pop", 1, 2);
    bool lk = kr_objlock(th, SELF);
    Value r = dict_pop_locked(th, args, nargs);
    kr_objunlock(th, SELF, lk);
    return r;
}

static Value dict_pop_locked(Thread *th, const Value *args, size_t nargs)
{
    Value r = kr_dict_get(th, SELF, args[1]);
    if (!r) {
        if (kr_err_occurred(th))
            return KR_VALUE_NULL;
        if (nargs > 2)
            return args[2];
        kr_err_set_object(th, &kr_exc_KeyError, args[1]);
        return KR_VALUE_NULL;
    }
    return kr_dict_del(th, SELF, args[1]) < 0 ? KR_VALUE_NULL : r;
}

METHOD(dict_update_m)
{
    if (nargs > 2)
        return kr_err_type_error(th, "update expected at most 1 argument, got %zu", nargs - 1);
    if (nargs > 1 && dict_update_from(th, SELF, args[1]) < 0)
        return KR_VALUE_NULL;
    for (int64_t i = 0; kwnames && i < kwnames->size; i++)
        if (kr_dict_set(th, SELF, kwnames->items[i], args[nargs + (size_t)i]) < 0)
            return KR_VALUE_NULL;
    return KR_NONE;
}

METHOD(dict_copy_m)
{
    CHECK("copy", 0, 0);
    Dict *r = kr_dict_copy(th, SELF);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

METHOD(dict_clear_m)
{
    CHECK("clear", 0, 0);
    Dict *d = SELF;
    bool lk = kr_objlock(th, d);
    if (lk && d->index) {       /* threads: empty the tables in place (see dict_resize) */
        d->used = d->nentries = 0;
        memset(d->index, 0xff, sizeof(int64_t) * (size_t)(d->mask + 1));
        memset(d->entries, 0, sizeof(DictEntry) * (size_t)d->cap);
    } else {
        d->used = d->nentries = 0;
        d->index = NULL;
        d->entries = NULL;
        d->cap = 0;
        d->mask = 0;
    }
    keys_moved(d);
    kr_objunlock(th, d, lk);
    return KR_NONE;
}

/* dict.fromkeys(iterable, value=None), a classmethod. */
METHOD(dict_fromkeys_m)
{
    if (kr_argparse_pos(th, "dict.fromkeys", nargs - 1, 1, 2, kwnames) < 0)
        return KR_VALUE_NULL;
    Value value = nargs > 2 ? args[2] : KR_NONE;
    Value r = kr_object_call(th, args[0], NULL, 0, NULL);
    if (!r)
        return KR_VALUE_NULL;
    /* an exact dict from a set or dict reuses the stored hashes, as
     * CPython's _PyDict_FromKeys (__hash__ may be costly or counted) */
    Value src = args[1];
    Type *st = kr_type_of(src);
    if (kr_is_dict(r) && kr_as_obj(r)->type == &kr_dict_type &&
        (st == &kr_set_type || st == &kr_frozenset_type)) {
        Set *so = (Set *)kr_as_obj(src);
        int64_t pos = 0;
        Value k;
        while (kr_set_next(so, &pos, &k))
            if (insert(th, kr_as_dict(r), k, so->table[pos - 1].hash, value) < 0)
                return KR_VALUE_NULL;
        return r;
    }
    if (kr_is_dict(r) && kr_as_obj(r)->type == &kr_dict_type && st == &kr_dict_type) {
        Dict *so = kr_as_dict(src);
        int64_t pos = 0;
        Value k;
        while (kr_dict_next(so, &pos, &k, NULL))
            if (insert(th, kr_as_dict(r), k, kr_dict_entry_hash(&so->entries[pos - 1]), value) < 0)
                return KR_VALUE_NULL;
        return r;
    }
    Value it = kr_object_iter(th, args[1]);
    if (!it)
        return KR_VALUE_NULL;
    for (;;) {
        Value k = kr_object_next(th, it);
        if (!k)
            return kr_err_occurred(th) ? KR_VALUE_NULL : r;
        if (kr_is_dict(r) ? kr_dict_set(th, kr_as_dict(r), k, value) < 0
                          : kr_object_setitem(th, r, k, value) < 0)
            return KR_VALUE_NULL;
    }
}

/* popitem(): the last inserted pair (LIFO, as CPython 3.7+). */
METHOD(dict_popitem_m)
{
    if (kr_argparse_noargs(th, "dict.popitem", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Dict *d = SELF;
    bool lk = kr_objlock(th, d);
    Tuple *t = NULL;
    if (d->used == 0) {
        kr_err_set_string(th, &kr_exc_KeyError, "popitem(): dictionary is empty");
    } else {
        int64_t i = d->nentries - 1;
        while (!d->entries[i].key)
            i--;
        Value pair[2] = {d->entries[i].key, d->entries[i].value};
        t = kr_tuple_from_array(th, pair, 2);
        if (t && kr_dict_del(th, d, pair[0]) < 0)
            t = NULL;
    }
    kr_objunlock(th, d, lk);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

METHOD(dict_reversed_m)
{
    if (kr_argparse_noargs(th, "dict.__reversed__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return make_reverse_iter(th, SELF, ITER_KEYS);
}

METHOD(dict_sizeof_m)
{
    if (kr_argparse_noargs(th, "dict.__sizeof__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, 48 + (SELF->cap ? SELF->cap * 24 + (SELF->mask + 1) : 0));
}

/* d | other and other | d: a new dict; d |= other accepts any mapping or
 * iterable of pairs, as update() does. */
static Value dict_or(Thread *th, Value a, Value b)
{
    if (!kr_is_dict(a) || !kr_is_dict(b))
        return KR_NOTIMPL;
    Dict *r = kr_dict_copy(th, kr_as_dict(a));
    if (!r || dict_update_from(th, r, b) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(r);
}

static Value dict_ior(Thread *th, Value a, Value b)
{
    return dict_update_from(th, kr_as_dict(a), b) < 0 ? KR_VALUE_NULL : a;
}

static const MethodDef dict_methods[] = {
    {"keys", dict_keys_m, "($self, /)", NULL, 0},
    {"values", dict_values_m, "($self, /)", NULL, 0},
    {"items", dict_items_m, "($self, /)", NULL, 0},
    {"get", dict_get_m, "($self, key, default=None, /)", NULL, 0},
    {"setdefault", dict_setdefault_m, "($self, key, default=None, /)", NULL, 0},
    {"pop", dict_pop_m, NULL, NULL, 0},
    {"update", dict_update_m, NULL, NULL, 0},
    {"copy", dict_copy_m, "($self, /)", NULL, 0},
    {"clear", dict_clear_m, "($self, /)", NULL, 0},
    {"fromkeys", dict_fromkeys_m, "($type, iterable, value=None, /)", NULL, KR_METH_CLASS},
    {"popitem", dict_popitem_m, "($self, /)", NULL, 0},
    {"__reversed__", dict_reversed_m, "($self, /)", NULL, 0},
    {"__sizeof__", dict_sizeof_m, NULL, NULL, 0},
    {0},
};

Type kr_dict_type = {
    .hdr = {&kr_type_type},
    .name = "dict",
    .size = sizeof(Dict),
    .flags = KR_TYPE_DICT_SUBCLASS | KR_TYPE_BASETYPE,
    .new_ = dict_new_slot,
    .init = dict_init,
    .repr = dict_repr,
    .hash = kr_object_unhashable,
    .richcompare = dict_richcompare,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .binop = {[KR_OP_OR] = dict_or},
    .inplace = {[KR_OP_OR] = dict_ior},
    .methods = dict_methods,
};
