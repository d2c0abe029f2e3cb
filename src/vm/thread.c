/*
 * thread.c -- OS threads running Python in parallel, with no global
 * interpreter lock.
 *
 * A thread's life:
 *
 *   parent: start_new_thread                 child: thread_main
 *     Thread allocated (collector memory),
 *     its first stack chunk made, the
 *     callable kept in boot_*, the Thread
 *     linked in VM.threads  ------------------>  registers its stack with
 *     pthread_create (detached)                   the collector, calls
 *                                                 func(*args, **kwargs),
 *                                                 reports what escaped,
 *                                                 drops its _local dicts,
 *                                                 unlinks itself, releases
 *                                                 the sentinel lock,
 *                                                 unregisters, returns.
 *
 * The Thread is linked before the OS thread exists, so everything the
 * child needs is reachable from the VM (a root) during the window in
 * which the collector does not yet know the child's stack.  The sentinel
 * lock is released last of all the Python-visible effects: threading's
 * join() waits on it, so after join() the thread runs no more Python.
 *
 * At exit (Py_FinalizeEx's order) threading._shutdown joins the
 * non-daemon threads before atexit callbacks run; daemon threads left
 * running after the callbacks are stopped at their next safe point
 * (VM.finalizing, with the eval breaker kept set) and park there until the process is gone, so
 * they never run while finalizers and the streams are torn down.
 *
 * Blocking: locks are POSIX semaphores (as CPython's on Linux).  A wait
 * is broken by any signal -- the collector's stop-the-world signals too --
 * and resumed; the main thread runs the Python signal handlers in between
 * so Ctrl-C reaches a program blocked in join() or acquire().
 */
#include "vm/frame.h"
#include "vm/thread.h"
#include "vm/thread_lock.h"

#include <errno.h>
#include <stdatomic.h>
#include <math.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gc/gc.h"
#include "modules/gcmodule.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/vm.h"

/* Only a cache: the Thread is owned by the VM's list (core/state.h). */
static __thread Thread *current;

Thread *kr_thread_current(void) { return current; }

char *kr_thread_c_stack_limit(void)
{
    pthread_attr_t a;
    void *lo;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &a) != 0)
        return NULL;
    int err = pthread_attr_getstack(&a, &lo, &size);
    pthread_attr_destroy(&a);
    if (err != 0)
        return NULL;
    /* a margin for the work done after RecursionError is raised
     * (unwinding, printing the traceback) */
    size_t margin = size / 4 < ((size_t)1 << 20) ? size / 4 : (size_t)1 << 20;
    return (char *)lo + margin;
}

void kr_thread_init_main(Thread *th)
{
    pthread_cond_init(&th->vm->import_done, NULL);
    current = th;
    th->pthread = pthread_self();
    th->thread_id = (uint64_t)th->pthread;
    th->c_stack_limit = kr_thread_c_stack_limit();
    th->serial = __atomic_add_fetch(&th->vm->next_serial, 1, __ATOMIC_RELAXED);
}

/* ---- the thread list ---------------------------------------------------------- */

static void link_thread(VM *vm, Thread *t)
{
    pthread_mutex_lock(&vm->lock);
    t->next = vm->threads;
    vm->threads = t;
    vm->nthreads++;
    pthread_mutex_unlock(&vm->lock);
}

static void unlink_thread(VM *vm, Thread *t)
{
    pthread_mutex_lock(&vm->lock);
    for (Thread **p = &vm->threads; *p; p = &(*p)->next)
        if (*p == t) {
            *p = t->next;
            vm->nthreads--;
            break;
        }
    pthread_mutex_unlock(&vm->lock);
}

/* ---- a thread's run ------------------------------------------------------------ */

/* What escaped the thread's callable, as CPython's thread_run reports it
 * (SystemExit ends the thread silently). */
static void report_escaped(Thread *th, Value func)
{
    Value exc = kr_err_fetch(th);
    if (kr_isinstance_type(exc, &kr_exc_SystemExit))
        return;
    kr_mod_gc_write_unraisable_msg(th, exc, "Exception ignored in thread started by", func);
    kr_err_clear(th);
}

/* The call, out of thread_main's frame so that nothing it held is left in
 * a live stack slot once it returns. */
static __attribute__((noinline)) void run_boot(Thread *th)
{
    Value func = th->boot_func;
    Value r = kr_vm_call_ex(th, func, th->boot_args, th->boot_kwargs);
    th->boot_func = th->boot_args = th->boot_kwargs = KR_VALUE_NULL;
    if (!r)
        report_escaped(th, func);
}

static void thread_end(Thread *th)
{
    for (int64_t i = 0; th->locals && i < th->locals->size; i++)
        kr_mod__thread_local_forget(th, th->locals->items[i]);
    th->locals = NULL;
    kr_err_clear(th);
    /* what the thread's registers last held (the threading.Thread, its
     * target) must not outlive it: test.support's threading_cleanup
     * collects at once */
    kr_frame_drop_stack(th);
    th->handled = KR_NONE;
    atomic_store(&th->exiting, true);
    Lock *l = (Lock *)th->sentinel;
    th->sentinel = NULL;
    if (l && l->locked) {
        l->locked = false;
        sem_post(&l->sem);
    }
}

static void *thread_main(void *arg)
{
    Thread *th = arg;
    kr_gc_thread_register();
    current = th;
    th->pthread = pthread_self();
    th->thread_id = (uint64_t)th->pthread;
    th->c_stack_limit = kr_thread_c_stack_limit();
    run_boot(th);
    thread_end(th);
    current = NULL;
    VM *vm = th->vm;
    kr_gc_thread_unregister();
    /* last: _thread._count() counts the thread until its stack is no
     * longer the collector's (kr_thread_wait_exited) */
    unlink_thread(vm, th);
    return NULL;
}

static int cant_start(Thread *th)
{
    kr_err_set_string(th, &kr_exc_RuntimeError, "can't start new thread");
    return -1;
}

int kr_thread_start(Thread *th, Value func, Value args, Value kwargs, uint64_t *ident)
{
    VM *vm = th->vm;
    if (vm->finalizing)
        return cant_start(th);
    Thread *t = kr_gc_alloc(sizeof *t);
    if (!t) {
        kr_err_no_memory(th);
        return -1;
    }
    t->vm = vm;
    t->handled = KR_NONE;
    t->boot_func = func;
    t->boot_args = args;
    t->boot_kwargs = kwargs;
    t->serial = __atomic_add_fetch(&vm->next_serial, 1, __ATOMIC_RELAXED);
    if (kr_frame_init_stack(t) < 0) {
        kr_err_clear(t);
        kr_err_no_memory(th);
        return -1;
    }
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0)
        return cant_start(th);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (vm->thread_stack_size)
        pthread_attr_setstacksize(&attr, vm->thread_stack_size);
    vm->threaded = true;       /* before the thread exists: see thread_lock.h */
    link_thread(vm, t);
    pthread_t pt;
    int err = pthread_create(&pt, &attr, thread_main, t);
    pthread_attr_destroy(&attr);
    if (err != 0) {
        unlink_thread(vm, t);
        return cant_start(th);
    }
    *ident = (uint64_t)pt;
    return 0;
}

void kr_thread_set_sentinel(Thread *th, Lock *l)
{
    th->sentinel = &l->hdr;
}

/* ---- blocking --------------------------------------------------------------------- */

int kr_thread_sem_wait(Thread *th, sem_t *s, double timeout)
{
    if (sem_trywait(s) == 0)
        return 1;
    if (timeout == 0)
        return 0;
    struct timespec deadline;
    if (timeout > 0) {
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        double whole = floor(timeout);
        deadline.tv_sec += (time_t)whole;
        deadline.tv_nsec += (long)((timeout - whole) * 1e9);
        if (deadline.tv_nsec >= 1000000000L) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000L;
        }
    }
    for (;;) {
        atomic_store_explicit(&th->blocked, true, memory_order_relaxed);
        int r = timeout < 0 ? sem_wait(s) : sem_clockwait(s, CLOCK_MONOTONIC, &deadline);
        int err = errno;
        atomic_store_explicit(&th->blocked, false, memory_order_relaxed);
        if (r == 0)
            return 1;
        if (err == ETIMEDOUT)
            return 0;
        if (err != EINTR)
            return 0;
        if (kr_vm_check_signals(th) < 0)
            return -1;
    }
}

/* Whether every thread but th sleeps in a lock wait.  Under vm->lock. */
static bool others_blocked(Thread *th)
{
    for (Thread *t = th->vm->threads; t; t = t->next)
        if (t != th && !atomic_load_explicit(&t->blocked, memory_order_relaxed))
            return false;
    return true;
}

void kr_thread_wait_exited(Thread *th)
{
    VM *vm = th->vm;
    for (int spins = 0; spins < 10000; spins++) {      /* at most ~1 s */
        bool busy = false;
        pthread_mutex_lock(&vm->lock);
        for (Thread *t = vm->threads; t && !busy; t = t->next)
            busy = atomic_load(&t->exiting);
        pthread_mutex_unlock(&vm->lock);
        if (!busy)
            return;
        struct timespec pause = {0, 100000};
        nanosleep(&pause, NULL);
    }
}

void kr_thread_settle(Thread *th)
{
    VM *vm = th->vm;
    if (!vm->threaded)
        return;
    double left = vm->switch_interval > 0 ? vm->switch_interval : 0.005;
    for (;;) {
        pthread_mutex_lock(&vm->lock);
        bool done = others_blocked(th);
        pthread_mutex_unlock(&vm->lock);
        if (done || left <= 0)
            return;
        struct timespec pause = {0, 200000};
        nanosleep(&pause, NULL);
        left -= 0.0002;
    }
}

/* ---- container locks (thread_lock.h) ---------------------------------------------------- */

/* A stripe covers a 4 KiB page, Boehm's block: a thread's free lists are
 * refilled a whole block at a time (gc_boehm.c), so the containers one
 * thread makes share a few stripes no other thread is using, and those
 * lock lines stay in that thread's cache.  Picked by the address's low
 * bits (every 32 bytes a new stripe), two threads each working on their
 * own lists and dicts both went round all the stripes, and nearly every
 * acquire was a cache line taken from the other core: 15% of the CPU of
 * tools/thread_scaling.py "containers" on two threads. */
static ObjLock *stripe(VM *vm, const void *o)
{
    return &vm->objlocks[((uintptr_t)o >> 12) & (KR_OBJLOCK_STRIPES - 1)];
}

void kr_thread_objlock_acquire(Thread *th, const void *o)
{
    ObjLock *l = stripe(th->vm, o);
    if (atomic_load_explicit(&l->owner, memory_order_relaxed) == th) {
        l->depth++;
        return;
    }
    /* Critical sections are short (one mutation), so spin, then yield. */
    for (unsigned spins = 0;; spins++) {
        Thread *none = NULL;
        if (atomic_compare_exchange_weak_explicit(&l->owner, &none, th, memory_order_acquire,
                                                  memory_order_relaxed))
            break;
        if (spins >= 64)
            sched_yield();
    }
    l->depth = 1;
}

void kr_thread_objlock_release(Thread *th, const void *o)
{
    ObjLock *l = stripe(th->vm, o);
    if (--l->depth == 0)
        atomic_store_explicit(&l->owner, NULL, memory_order_release);
}

/* ---- import --------------------------------------------------------------------------- */

/* Whether waiting for `owner` to finish importing would never end: the
 * owner waits for a module whose importer waits ... for one `me` holds.
 * importlib's _ModuleLock.has_deadlock, with at most one step per thread
 * so a cycle that does not reach `me` ends the walk too.  Under vm->lock. */
static bool import_deadlock(VM *vm, Value owner, Value me)
{
    for (int steps = 0; steps <= vm->nthreads + 1; steps++) {
        Thread *t = vm->threads;
        while (t && kr_from_smallint((int64_t)t->serial) != owner)
            t = t->next;
        if (!t || !t->import_waiting)
            return false;
        owner = kr_dict_get_str(vm->importing, t->import_waiting);
        if (!owner)
            return false;
        if (owner == me)
            return true;
    }
    return false;
}

int kr_thread_import_begin(Thread *th, Str *name)
{
    VM *vm = th->vm;
    if (!vm->threaded)
        return 0;
    Value me = kr_from_smallint((int64_t)th->serial);
    int token = 2;           /* re-entrant: a circular import on this thread */
    pthread_mutex_lock(&vm->lock);
    if (!vm->importing && !(vm->importing = kr_dict_new(th))) {
        pthread_mutex_unlock(&vm->lock);
        return -1;
    }
    Value owner;
    while ((owner = kr_dict_get_str(vm->importing, name)) && owner != me) {
        if (import_deadlock(vm, owner, me)) {
            token = 3;       /* circular across threads: take it half made */
            break;
        }
        th->import_waiting = name;
        pthread_cond_wait(&vm->import_done, &vm->lock);
        th->import_waiting = NULL;
    }
    if (!owner)
        token = kr_dict_set_str(th, vm->importing, name, me) < 0 ? -1 : 1;
    pthread_mutex_unlock(&vm->lock);
    return token;
}

bool kr_thread_imports_busy(Thread *th)
{
    Dict *d = th->vm->importing;
    return d && __atomic_load_n(&d->used, __ATOMIC_RELAXED) > 0;
}

void kr_thread_import_end(Thread *th, Str *name, int token)
{
    VM *vm = th->vm;
    if (token != 1)
        return;
    Value exc = th->exc;
    th->exc = KR_VALUE_NULL;
    pthread_mutex_lock(&vm->lock);
    if (kr_dict_del(th, vm->importing, kr_from_obj(name)) < 0)
        kr_err_clear(th);
    pthread_cond_broadcast(&vm->import_done);
    pthread_mutex_unlock(&vm->lock);
    th->exc = exc;
}

/* ---- the way out ------------------------------------------------------------------ */

void kr_thread_safe_point(Thread *th)
{
    VM *vm = th->vm;
    if (!vm->finalizing)
        return;
    kr_eval_breaker = 1;     /* every other thread must reach here too */
    if (th == vm->main_thread)
        return;
    for (;;)
        pause();
}

void kr_thread_shutdown(Thread *th)
{
    VM *vm = th->vm;
    Str *name = kr_str_intern_cstr(th, "threading");
    Str *fn = kr_str_intern_cstr(th, "_shutdown");
    Value m = name ? kr_dict_get_str(vm->modules, name) : KR_VALUE_NULL;
    if (m && fn) {
        Value f = kr_object_getattr(th, m, fn);
        if (!f || !kr_vm_call(th, f, NULL, 0, NULL))
            kr_mod_gc_write_unraisable(th, kr_err_fetch(th), m);
    }
    kr_err_clear(th);
    /* Daemon threads keep running through the atexit callbacks (one may
     * set an Event and join a daemon, as tqdm's monitor does):
     * kr_vm_finalize stops them after. */
}

/* ---- fork -------------------------------------------------------------------------- */

static int check_hook(Thread *th, Value f, const char *what)
{
    if (!f || kr_type_of(f)->call)
        return 0;
    kr_err_format(th, &kr_exc_TypeError, "'%s' must be callable, not %s", what, kr_type_name(f));
    return -1;
}

static int add_hook(Thread *th, List **list, Value f)
{
    if (!f)
        return 0;
    if (!*list && !(*list = kr_list_new(th, 0)))
        return -1;
    return kr_list_append(th, *list, f);
}

int kr_thread_register_at_fork(Thread *th, Value before, Value parent, Value child)
{
    VM *vm = th->vm;
    if (!before && !parent && !child) {
        kr_err_set_string(th, &kr_exc_TypeError, "At least one argument is required.");
        return -1;
    }
    if (check_hook(th, before, "before") < 0 || check_hook(th, child, "after_in_child") < 0 ||
        check_hook(th, parent, "after_in_parent") < 0)
        return -1;
    if (add_hook(th, &vm->fork_before, before) < 0 || add_hook(th, &vm->fork_child, child) < 0 ||
        add_hook(th, &vm->fork_parent, parent) < 0)
        return -1;
    return 0;
}

/* Run the hooks (errors reported, not raised, as CPython's run_at_forkers). */
static void run_hooks(Thread *th, List *l, bool reverse)
{
    if (!l)
        return;
    Value exc = th->exc;
    th->exc = KR_VALUE_NULL;
    for (int64_t k = 0; k < l->size; k++) {
        Value f = l->items[reverse ? l->size - 1 - k : k];
        if (!kr_vm_call(th, f, NULL, 0, NULL))
            kr_mod_gc_write_unraisable(th, kr_err_fetch(th), f);
    }
    th->exc = exc;
}

void kr_thread_before_fork(Thread *th)
{
    run_hooks(th, th->vm->fork_before, true);
    pthread_mutex_lock(&th->vm->lock);
}

/* In the child only the forking thread survives: it becomes the main
 * thread, the others' records are dropped (their sentinels stay held;
 * threading._after_fork marks their Thread objects stopped). */
void kr_thread_after_fork(Thread *th, bool child)
{
    VM *vm = th->vm;
    if (!child) {
        pthread_mutex_unlock(&vm->lock);
        run_hooks(th, vm->fork_parent, false);
        return;
    }
    pthread_mutex_init(&vm->lock, NULL);
    pthread_cond_init(&vm->import_done, NULL);
    vm->importing = NULL;      /* the importing threads are gone */
    for (int i = 0; i < KR_OBJLOCK_STRIPES; i++)   /* holders that are gone */
        if (vm->objlocks[i].owner != th) {
            vm->objlocks[i].owner = NULL;
            vm->objlocks[i].depth = 0;
        }
    th->next = NULL;
    vm->threads = vm->main_thread = th;
    vm->nthreads = 0;
    th->pthread = pthread_self();
    th->thread_id = (uint64_t)th->pthread;
    run_hooks(th, vm->fork_child, false);
}

/* ---- introspection ----------------------------------------------------------------- */

Value kr_thread_current_frames(Thread *th)
{
    kr_thread_settle(th);
    VM *vm = th->vm;
    Dict *d = kr_dict_new(th);
    if (!d)
        return KR_VALUE_NULL;
    pthread_mutex_lock(&vm->lock);
    int rc = 0;
    for (Thread *t = vm->threads; t && rc == 0; t = t->next) {
        Frame *f = t->frame;
        if (!f)
            continue;
        Value k = kr_int_from_i64(th, (int64_t)t->thread_id);
        Value fo = k ? kr_frame_object(th, f) : KR_VALUE_NULL;
        rc = fo ? kr_dict_set(th, d, k, fo) : -1;
    }
    pthread_mutex_unlock(&vm->lock);
    return rc < 0 ? KR_VALUE_NULL : kr_from_obj(d);
}
