/*
 * thread.h -- OS threads that run Python in parallel (vm/thread.c), and
 * the blocking primitive under _thread's locks.
 *
 * A Python thread is a pthread registered with the collector plus a
 * Thread record (core/state.h) linked in the VM's list for as long as it
 * runs.  There is no global interpreter lock: threads share objects, and
 * what keeps shared runtime state consistent is written down in
 * docs/design.md ("Threads").
 */
#ifndef KR_THREAD_H
#define KR_THREAD_H

#include <semaphore.h>

#include "core/state.h"
#include "objects/object.h"

/* _thread.lock and _thread.RLock.  `sem` counts 1 when free; `locked` is
 * what locked() and release()'s check read (CPython keeps the same flag
 * beside its semaphore).  RLock: owner is the holder's ident, count its
 * depth; only the holder writes them. */
typedef struct Lock {
    Obj hdr;
    sem_t sem;
    _Atomic bool locked;
    _Atomic uint64_t owner;
    int64_t count;
} Lock;

/* The Thread running on this OS thread (NULL on one krait did not start):
 * for the entry points that have no Thread argument (fork handlers). */
Thread *kr_thread_current(void);
/* The lowest address C recursion may reach on the calling thread, NULL if
 * unknown. */
char *kr_thread_c_stack_limit(void);
/* Once, on the main thread, while the VM is built. */
void kr_thread_init_main(Thread *th);

/* _thread.start_new_thread: run func(*args, **kwargs) (kwargs a dict or
 * NULL) in a new OS thread; sentinel, if not NULL, is released when it
 * ends.  The new thread's ident in *ident.  -1 with RuntimeError ("can't
 * start new thread") on failure. */
KR_MUST_CHECK int kr_thread_start(Thread *th, Value func, Value args, Value kwargs,
                                  uint64_t *ident);
/* _thread._set_sentinel: l is released (if held) when th ends. */
void kr_thread_set_sentinel(Thread *th, Lock *l);

/* Wait for the semaphore: timeout < 0 forever, 0 just try.  A wait is
 * broken by signals; the main thread then runs the Python handlers, and
 * an exception they raise ends the wait.  1 got it, 0 timed out, -1
 * error set. */
KR_MUST_CHECK int kr_thread_sem_wait(Thread *th, sem_t *s, double timeout);

/* Let the other threads run on until each sleeps in a lock wait, for at
 * most the switch interval: what a thread would see under CPython's GIL,
 * which the thread that woke this one keeps until it blocks.  Snapshots
 * of other threads (sys._current_frames) then find them where a program
 * that waited for them expects. */
void kr_thread_settle(Thread *th);

/* Wait (at most about a second) for the threads that have finished their
 * Python code to be gone: unlinked, and their stacks no longer scanned by
 * the collector, so what they last held can be collected. */
void kr_thread_wait_exited(Thread *th);

/* What the interpreter's safe point does for threads: a thread other than
 * the main one stops for good once the process is exiting (daemon threads
 * must not run while the runtime is torn down). */
void kr_thread_safe_point(Thread *th);
/* Py_FinalizeEx's first step: threading._shutdown() joins the non-daemon
 * threads; then the remaining (daemon) threads are told to stop. */
void kr_thread_shutdown(Thread *th);

/* Around importing the module `name` (vm/import.c): wait while another
 * thread imports it, then mark it as ours, so a module runs once and no
 * thread sees it half made.  begin returns what end needs, or -1 with an
 * exception; 3 when waiting would deadlock (the importing thread waits,
 * perhaps through others, for a module this one imports): the caller
 * then takes the module as it is in sys.modules, as importlib does. */
KR_MUST_CHECK int kr_thread_import_begin(Thread *th, Str *name);
void kr_thread_import_end(Thread *th, Str *name, int token);
/* Whether any thread is importing now (a module found in sys.modules may
 * then still be running its body). */
bool kr_thread_imports_busy(Thread *th);

/* os.register_at_fork and the hooks os.fork runs around fork(). */
KR_MUST_CHECK int kr_thread_register_at_fork(Thread *th, Value before, Value parent,
                                             Value child);
void kr_thread_before_fork(Thread *th);
void kr_thread_after_fork(Thread *th, bool child);

/* modules/_thread.c: drop th's dict from a _thread._local (th ends). */
void kr_mod__thread_local_forget(Thread *th, Value local);

/* sys._current_frames(): {ident: the thread's innermost frame}. */
KR_MUST_CHECK Value kr_thread_current_frames(Thread *th);

#endif
