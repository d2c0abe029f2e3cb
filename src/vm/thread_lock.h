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

#endif
