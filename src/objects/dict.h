/*
 * dict.h -- Python dict: compact, ordered, with a fast path for str keys.
 *
 * Two arrays, as CPython 3.6+ and PyPy:
 *
 *   indices: int32/int64 slots, open addressing  (atomic memory: numbers)
 *            -1 empty, -2 deleted, else an index into entries
 *   entries: | hash key value | hash key value | ...   (scanned memory)
 *            dense, in insertion order; a deleted entry has key NULL
 *
 * Iteration walks entries in order, so insertion order is kept for free,
 * and the index table is small (4 or 8 bytes per slot) so the sparse part
 * costs little.  The table is resized when entries are used up: capacity
 * for `used * 3` entries (CPython's GROWTH_RATE), rounded to a power of two.
 * Probing is CPython's perturbed sequence, so collisions spread.
 *
 * `keys_version` changes when the keys or their places in `entries`
 * change (a new key, a delete, a resize, clear), not when an existing
 * key's value is replaced: as CPython's dk_version, it lets LOAD_GLOBAL
 * and module attribute sites cache where a name's entry is (vm/interp.c)
 * and keep hitting through `count += 1` at module level.  Versions come
 * from one process-wide counter, so none is reused by any dict; 0 means
 * none given since the last change (kr_dict_keys_version gives one).  There is
 * no per-store version (PEP 509's ma_version): nothing needs one, and it
 * cost an atomic increment on every store.
 *
 * Str keys: the lookup first compares pointers (interned names hit here),
 * then hash and contents, without calling into Python; other keys go
 * through __eq__, which may run arbitrary code -- the lookup then rechecks
 * that the table did not change under it.
 */
#ifndef KR_DICT_H
#define KR_DICT_H

#include "objects/object.h"

typedef struct DictEntry {
    int64_t hash;          /* complemented: ~hash (dict.c, entry_hash) */
    Value key;             /* KR_VALUE_NULL: deleted */
    Value value;
} DictEntry;

/* The hash an entry's key has (entries keep it complemented: dict.c). */
static inline int64_t kr_dict_entry_hash(const DictEntry *e) { return ~e->hash; }

struct Dict {
    Obj hdr;
    int64_t used;          /* live entries: len(d) */
    int64_t nentries;      /* entries[0..nentries) in use, deleted included */
    int64_t cap;           /* entries capacity; index has 2*cap..  slots */
    int64_t mask;          /* index slots - 1 */
    int64_t *index;        /* atomic memory */
    DictEntry *entries;    /* scanned memory */
    uint64_t keys_version; /* atomic, read without the lock; 0: none yet */
};

extern Type kr_dict_type, kr_dict_keys_type, kr_dict_values_type, kr_dict_items_type,
    kr_dict_iter_type, kr_dict_valueiter_type, kr_dict_itemiter_type, kr_dict_revkeyiter_type,
    kr_dict_revvalueiter_type, kr_dict_revitemiter_type;
/* The next (key, value) of a dict item iterator (dict.items(), reversed
 * too) into out, no tuple made: 1, 0 at the end, -1 with an exception. */
KR_MUST_CHECK int kr_dict_items_next2(Thread *th, Value iter, Value out[2]);

static inline bool kr_is_dict(Value v) { return kr_is_obj(v) && kr_as_obj(v)->type == &kr_dict_type; }
/* dict or a subclass (CPython's PyDict_Check) */
static inline bool kr_dict_check(Value v)
{
    return kr_is_obj(v) && (kr_as_obj(v)->type->flags & KR_TYPE_DICT_SUBCLASS);
}
static inline Dict *kr_as_dict(Value v) { return (Dict *)kr_as_obj(v); }

KR_MUST_CHECK Dict *kr_dict_new(Thread *th);
/* d[key]: the value, or KR_VALUE_NULL with no error (missing) or with an
 * error set (hash or __eq__ raised): check kr_err_occurred. */
KR_MUST_CHECK Value kr_dict_get(Thread *th, Dict *d, Value key);
/* The str-key fast path: no Python code runs, cannot fail. */
Value kr_dict_get_str(Dict *d, Str *key);
/* d's keys version, never 0: one is given if the keys changed since the
 * last call.  Read it before looking a key up for a cache. */
uint64_t kr_dict_keys_version(Dict *d);
/* The str-key fast path, telling where: the entry number of key (its
 * value in *value), or -1 if absent.  Read keys_version before calling:
 * the number is valid for that keys version. */
int64_t kr_dict_find_str(Dict *d, Str *key, Value *value);
/* The store of a cached site: d's entry `guard` names (KR_IC_PACK(keys
 * version, entry number), vm/thread_lock.h) gets value, if the keys have
 * not moved since; false (nothing done) if they have. */
bool kr_dict_store_at(Thread *th, Dict *d, uint64_t guard, Value value);
KR_MUST_CHECK int kr_dict_set(Thread *th, Dict *d, Value key, Value value);
/* kr_dict_set without the stripe lock, for a dict no other thread can
 * reach yet (a display being built): the lock is a compare-and-swap on a
 * shared line, paid for nothing. */
KR_MUST_CHECK int kr_dict_set_fresh(Thread *th, Dict *d, Value key, Value value);
KR_MUST_CHECK int kr_dict_set_str(Thread *th, Dict *d, Str *key, Value value);
/* d.update(src), src an exact dict, refusing a key d has: 1 with *dup it. */
KR_MUST_CHECK int kr_dict_merge_new_keys(Thread *th, Dict *d, Dict *src, Value *dup);
/* 1 deleted, 0 missing (no error), -1 error. */
KR_MUST_CHECK int kr_dict_del(Thread *th, Dict *d, Value key);
/* d.update(src) for `{**src}`: a dict directly, any other mapping through
 * keys() and []; "'T' object is not a mapping" without keys(). */
KR_MUST_CHECK int kr_dict_merge_mapping(Thread *th, Dict *d, Value src);
/* Iterate: *pos starts at 0; returns false at the end. */
bool kr_dict_next(Dict *d, int64_t *pos, Value *key, Value *value);
/* The same, the whole entry: its hash read with its key, in one pass
 * over one entries array (another thread may resize the dict between
 * two calls, so d->entries[*pos - 1] may be another entry by then). */
bool kr_dict_next_entry(Dict *d, int64_t *pos, DictEntry *out);
KR_MUST_CHECK Dict *kr_dict_copy(Thread *th, Dict *d);

#endif
