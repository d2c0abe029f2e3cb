/*
 * thread_lock.h -- the locks that make one mutation of a list, dict or
 * set atomic with respect to other threads (list.append, d[k] = v,
 * s.add(x), ... are atomic in CPython and programs rely on it: four
 * threads appending 1000 items each leave 4000).
 *
 * Striped, not per object: the VM holds KR_OBJLOCK_STRIPES locks and an
 * object uses the one its address selects.  No container grows a field,
 * and fork() can reset every lock in one place.  Two containers sharing a
 * stripe only serialize each other's mutations.
 *
 * Re-entrant: a dict store compares keys with __eq__, which may run
 * Python code that mutates a container on the same stripe (the same dict,
 * even) on the same thread; the owner and a depth make that work.
 *
 * Cost on one thread: until a second thread starts (VM.threaded), taking
 * a lock is a load and an untaken branch; kr_objlock returns whether it
 * locked, and the caller hands that to kr_objunlock, so a thread started
 * inside a critical section cannot unbalance it.
 *
 * What this does not give: readers take no lock, so a reader racing a
 * mutation that reallocates the storage may see the old array or the new
 * one (docs/differences.md, Threads).
 */
#ifndef KR_THREAD_LOCK_H
#define KR_THREAD_LOCK_H

#include "core/common.h"
#include "core/state.h"
#include "objects/code.h"

void kr_thread_objlock_acquire(Thread *th, const void *o);
void kr_thread_objlock_release(Thread *th, const void *o);

static inline bool kr_objlock(Thread *th, const void *o)
{
    if (KR_LIKELY(!th->vm->threaded))
        return false;
    kr_thread_objlock_acquire(th, o);
    return true;
}

static inline void kr_objunlock(Thread *th, const void *o, bool held)
{
    if (held)
        kr_thread_objlock_release(th, o);
}

/* INLINE CACHES.  An entry is three words (a and b the guard, v the
 * data) that two threads may fill at once for different guards, so a
 * reader must never pair one fill's guard with another's data where that
 * could reach outside an object:
 *   - an index or byte offset (GET_ATTR/SET_ATTR on shaped and __slots__
 *     instances) is packed, plus one, into the top 16 bits of `a` itself
 *     (user-space pointers have 48 bits): guard and index are one load;
 *   - other data (a shape to move to, a method, a global) is written
 *     before the guard is published (kr_ic_fill: `a` zeroed, b and v
 *     stored, `a` stored last, each a release store), and a reader re-reads
 *     `a` after the data (kr_ic_data, kr_ic_still: every hit that uses v,
 *     and SET_ATTR's shape transition), a seqlock with `a` as the sequence.
 * A torn (a, b) pair at worst pairs a guard with another fill's epoch: a
 * stale answer, never a wild access.  On x86 all of it is plain moves. */
#define KR_IC_PACK(key, n) ((key) | ((uint64_t)((n) + 1) << 48))
#define KR_IC_KEY(a) ((a) & 0xffffffffffffull)
#define KR_IC_INDEX(a) ((int64_t)((a) >> 48) - 1)

static inline void kr_ic_fill(InlineCache *ic, uint64_t a, uint64_t b, Value v)
{
    /* A slow path that refills an entry with what it already holds (the
     * first attribute of every new instance: SET_ATTR's transition needs
     * the values array made first) writes nothing: a store would take the
     * cache line away from every other core running this code, at each
     * call (tools/thread_scaling.py "objects": 2 threads ran at 0.6x the
     * work per CPU second of one). */
    if (__atomic_load_n(&ic->a, __ATOMIC_RELAXED) == a &&
        __atomic_load_n(&ic->b, __ATOMIC_RELAXED) == b &&
        __atomic_load_n(&ic->v, __ATOMIC_RELAXED) == v)
        return;
    __atomic_store_n(&ic->a, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&ic->b, b, __ATOMIC_RELEASE);
    __atomic_store_n(&ic->v, v, __ATOMIC_RELEASE);
    __atomic_store_n(&ic->a, a, __ATOMIC_RELEASE);
}

/* The data of an entry whose guard just matched: an acquire load, so the
 * re-read of the guard in kr_ic_still cannot move before it. */
static inline Value kr_ic_data(const InlineCache *ic)
{
    return __atomic_load_n(&ic->v, __ATOMIC_ACQUIRE);
}

/* After kr_ic_data on a hit keyed `a`: is the pair still one fill's? */
static inline bool kr_ic_still(const InlineCache *ic, uint64_t a)
{
    return __atomic_load_n(&ic->a, __ATOMIC_RELAXED) == a;
}

#endif
