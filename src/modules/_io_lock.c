/*
 * _io_lock.c -- the per-object lock of the buffered I/O objects (see
 * IoLock in _io.h for what it promises).
 *
 * Why not the striped container locks (vm/thread_lock.h): those are held
 * for one short mutation and spin; this one is held across raw.write and
 * raw.read, which may block for as long as a pipe stays full, and a
 * stripe is shared with unrelated lists and dicts, which must not wait
 * for that.  Why not a pthread mutex: the holder must be known (a
 * re-entering call is an error, not a deadlock), and a waiter on the main
 * thread must still run Python signal handlers (kr_thread_sem_wait).
 *
 * The wake-up handshake is Dekker's: a waiter counts itself in `waiters`
 * and then tries the owner word once more before sleeping; the holder
 * frees the owner word and then looks at `waiters`.  Both sides use
 * sequentially consistent operations, so at least one sees the other.
 * The wait is also timed, a backstop that costs nothing when the
 * handshake works.
 */
#include <sched.h>
#include <stdatomic.h>

#include "modules/_io.h"

#include "core/state.h"
#include "objects/exception.h"
#include "vm/errors.h"
#include "vm/thread.h"

static sem_t *wake_sem(IoLock *l)
{
    int32_t none = 0;
    if (atomic_compare_exchange_strong(&l->sem_state, &none, 1)) {
        sem_init(&l->wake, 0, 0);
        atomic_store(&l->sem_state, 2);
    }
    while (atomic_load(&l->sem_state) != 2)
        sched_yield();
    return &l->wake;
}

static bool try_take(IoLock *l, uint64_t me)
{
    uint64_t none = 0;
    return atomic_compare_exchange_strong(&l->owner, &none, me);
}

static int wait_for(Thread *th, IoLock *l, uint64_t me)
{
    for (unsigned spins = 0;; spins++) {
        if (try_take(l, me))
            return 0;
        if (spins < 64) {
            sched_yield();
            continue;
        }
        sem_t *s = wake_sem(l);
        atomic_fetch_add(&l->waiters, 1);
        int r = try_take(l, me) ? 1 : kr_thread_sem_wait(th, s, 0.05);
        atomic_fetch_sub(&l->waiters, 1);
        if (r < 0)
            return -1;
        if (r > 0 && atomic_load(&l->owner) == me)
            return 0;
    }
}

int kr_mod__io_lock(Thread *th, IoLock *l, Value self)
{
    uint64_t me = th->serial + 1;
    uint64_t cur = atomic_load_explicit(&l->owner, memory_order_relaxed);
    if (cur == me) {
        kr_err_format(th, &kr_exc_RuntimeError, "reentrant call inside %R", self);
        return -1;
    }
    if (KR_LIKELY(!th->vm->threaded) && cur == 0) {
        atomic_store_explicit(&l->owner, me, memory_order_relaxed);
        return 0;
    }
    return try_take(l, me) ? 0 : wait_for(th, l, me);
}

bool kr_mod__io_trylock(Thread *th, IoLock *l)
{
    return try_take(l, th->serial + 1);
}

void kr_mod__io_unlock(Thread *th, IoLock *l)
{
    if (atomic_load_explicit(&l->owner, memory_order_relaxed) != th->serial + 1)
        return;
    if (KR_LIKELY(!th->vm->threaded)) {
        atomic_store_explicit(&l->owner, 0, memory_order_relaxed);
        return;
    }
    atomic_store(&l->owner, 0);
    if (atomic_load(&l->waiters) > 0)
        sem_post(wake_sem(l));
}
