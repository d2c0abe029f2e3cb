/*
 * _thread.c -- the _thread module: start_new_thread, locks, re-entrant
 * locks, thread identity, _local.
 *
 * The threads themselves are vm/thread.c's.  A lock is a POSIX semaphore
 * (vm/thread.h, Lock); waits honour timeouts and are broken by signals,
 * whose Python handlers then run in the main thread.  An RLock is the
 * same semaphore plus an owner and a depth that only the holder touches.
 * _local keeps one dict per thread (see its section).
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

#include "modules/gcmodule.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/list.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "gc/gc.h"
#include "vm/thread.h"
#include "vm/vm.h"

extern Type kr_thread_lock_type, kr_thread_rlock_type, kr_thread_local_type;

#define TIMEOUT_MAX 9223372036.0   /* PY_TIMEOUT_MAX in seconds, as CPython's */

static uint64_t current_ident(void) { return (uint64_t)pthread_self(); }

/* acquire()'s arguments: (blocking=True, timeout=-1).  *wait_s < 0 means
 * forever.  0 or -1. */
static int acquire_args(Thread *th, const Value *args, size_t nargs, Tuple *kw, bool *blocking,
                        double *wait_s)
{
    static const char *const names[] = {"blocking", "timeout", NULL};
    Value a[2];
    if (kr_libutil_parse(th, "acquire", args, nargs, kw, names, 0, 0, a) < 0)
        return -1;
    int b = a[0] ? kr_object_truth(th, a[0]) : 1;
    if (b < 0)
        return -1;
    double t = -1;
    if (a[1] && kr_float_as_double(th, a[1], &t) < 0)
        return -1;
    if (a[1] && t > TIMEOUT_MAX) {     /* past _PyTime_t's nanoseconds, as CPython says it */
        kr_err_set_string(th, &kr_exc_OverflowError,
                          "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    if (isnan(t)) {
        kr_err_set_string(th, &kr_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (!b && t != -1) {
        kr_err_set_string(th, &kr_exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (t < 0 && t != -1) {
        kr_err_set_string(th, &kr_exc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (t > TIMEOUT_MAX) {
        kr_err_set_string(th, &kr_exc_OverflowError, "timeout value is too large");
        return -1;
    }
    *blocking = b;
    *wait_s = b ? t : 0;
    return 0;
}

/* ---- lock ---------------------------------------------------------------------- */

static Lock *as_lock(Value v) { return (Lock *)kr_as_obj(v); }

static Lock *lock_alloc(Thread *th, Type *t)
{
    Lock *l = kr_libutil_alloc(th, t);
    if (l)
        sem_init(&l->sem, 0, 1);
    return l;
}

static Value lock_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "lock", kw) < 0 ||
        kr_libutil_check_positional(th, "lock", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    Lock *l = lock_alloc(th, t);
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

KR_LIB_FUNC(lock_acquire)
{
    bool blocking;
    double wait_s;
    if (acquire_args(th, args + 1, nargs - 1, kw, &blocking, &wait_s) < 0)
        return KR_VALUE_NULL;
    Lock *l = as_lock(args[0]);
    int r = kr_thread_sem_wait(th, &l->sem, wait_s);
    if (r < 0)
        return KR_VALUE_NULL;
    if (r)
        l->locked = true;
    return kr_from_bool(r);
}

static Value lock_release_value(Thread *th, Lock *l)
{
    if (!l->locked) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "release unlocked lock");
        return KR_VALUE_NULL;
    }
    l->locked = false;
    sem_post(&l->sem);
    return KR_NONE;
}

KR_LIB_FUNC(lock_release)
{
    if (kr_call_check_args(th, "release", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return lock_release_value(th, as_lock(args[0]));
}

KR_LIB_FUNC(lock_exit) { return lock_release_value(th, as_lock(args[0])); }

KR_LIB_FUNC(lock_locked)
{
    if (kr_call_check_args(th, "locked", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(as_lock(args[0])->locked);
}

static Value lock_repr(Thread *th, Value v)
{
    char buf[128];
    snprintf(buf, sizeof buf, "<%s %s object at %#llx>", as_lock(v)->locked ? "locked" : "unlocked",
             kr_type_name(v), (unsigned long long)v);
    Str *s = kr_str_from_cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* _at_fork_reinit(): the lock (or RLock) made free again, as after fork()
 * in the child, whoever held it in the parent. */
KR_LIB_FUNC(lock_at_fork_reinit)
{
    if (kr_call_check_args(th, "_at_fork_reinit", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Lock *l = as_lock(args[0]);
    sem_init(&l->sem, 0, 1);
    l->locked = false;
    l->owner = 0;
    l->count = 0;
    return KR_NONE;
}

static const MethodDef lock_methods[] = {
    {"_at_fork_reinit", lock_at_fork_reinit, "($self, /)", NULL, 0},
    {"acquire", lock_acquire, "($self, /, blocking=True, timeout=-1)", NULL, 0},
    {"acquire_lock", lock_acquire, "($self, /, blocking=True, timeout=-1)", NULL, 0},
    {"release", lock_release, "($self, /)", NULL, 0},
    {"release_lock", lock_release, "($self, /)", NULL, 0},
    {"locked", lock_locked, "($self, /)", NULL, 0},
    {"locked_lock", lock_locked, "($self, /)", NULL, 0},
    {"__enter__", lock_acquire, "($self, /, blocking=True, timeout=-1)", NULL, 0},
    {"__exit__", lock_exit, "($self, /, *exc_info)", NULL, 0},
    {0},
};

Type kr_thread_lock_type = {
    .hdr = {&kr_type_type}, .name = "_thread.lock", .size = sizeof(Lock),
    .new_ = lock_new, .repr = lock_repr, .methods = lock_methods,
};

/* ---- RLock ----------------------------------------------------------------------- */

static Value rlock_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    Lock *l = lock_alloc(th, t);
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

KR_LIB_FUNC(rlock_acquire)
{
    bool blocking;
    double wait_s;
    if (acquire_args(th, args + 1, nargs - 1, kw, &blocking, &wait_s) < 0)
        return KR_VALUE_NULL;
    Lock *l = as_lock(args[0]);
    uint64_t me = current_ident();
    if (l->count > 0 && l->owner == me) {
        l->count++;
        return KR_TRUE;
    }
    int r = kr_thread_sem_wait(th, &l->sem, wait_s);
    if (r < 0)
        return KR_VALUE_NULL;
    if (r) {
        l->owner = me;
        l->count = 1;
    }
    return kr_from_bool(r);
}

static Value rlock_release_value(Thread *th, Lock *l)
{
    if (l->count == 0 || l->owner != current_ident()) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "cannot release un-acquired lock");
        return KR_VALUE_NULL;
    }
    if (--l->count == 0) {
        l->owner = 0;
        sem_post(&l->sem);
    }
    return KR_NONE;
}

KR_LIB_FUNC(rlock_release)
{
    if (kr_call_check_args(th, "release", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return rlock_release_value(th, as_lock(args[0]));
}

KR_LIB_FUNC(rlock_exit) { return rlock_release_value(th, as_lock(args[0])); }

KR_LIB_FUNC(rlock_is_owned)
{
    Lock *l = as_lock(args[0]);
    return kr_from_bool(l->count > 0 && l->owner == current_ident());
}

/* Condition's helpers: give the lock up entirely and take it back. */
KR_LIB_FUNC(rlock_release_save)
{
    Lock *l = as_lock(args[0]);
    if (l->count == 0) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "cannot release un-acquired lock");
        return KR_VALUE_NULL;
    }
    Value pair[2];
    pair[0] = kr_int_from_i64(th, l->count);
    pair[1] = kr_int_from_i64(th, (int64_t)l->owner);
    Tuple *t = pair[0] && pair[1] ? kr_tuple_from_array(th, pair, 2) : NULL;
    if (!t)
        return KR_VALUE_NULL;
    l->count = 0;
    l->owner = 0;
    sem_post(&l->sem);
    return kr_from_obj(t);
}

KR_LIB_FUNC(rlock_acquire_restore)
{
    if (kr_call_check_args(th, "_acquire_restore", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    Value st = args[1];
    if (!kr_is_tuple(st) || kr_as_tuple(st)->size != 2)
        return kr_err_type_error(th, "_acquire_restore() argument 1 must be tuple");
    int64_t count, owner;
    if (kr_int_as_i64(th, kr_as_tuple(st)->items[0], &count) < 0 ||
        kr_int_as_i64(th, kr_as_tuple(st)->items[1], &owner) < 0)
        return KR_VALUE_NULL;
    Lock *l = as_lock(args[0]);
    int r;
    while ((r = kr_thread_sem_wait(th, &l->sem, -1)) == 0)
        ;
    if (r < 0)
        return KR_VALUE_NULL;
    l->owner = (uint64_t)owner;
    l->count = count;
    return KR_NONE;
}

static Value rlock_repr(Thread *th, Value v)
{
    Lock *l = as_lock(v);
    char buf[160];
    snprintf(buf, sizeof buf, "<%s %s object owner=%llu count=%lld at %#llx>",
             l->count ? "locked" : "unlocked", kr_type_name(v), (unsigned long long)l->owner,
             (long long)l->count, (unsigned long long)v);
    Str *s = kr_str_from_cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static const MethodDef rlock_methods[] = {
    {"_at_fork_reinit", lock_at_fork_reinit, "($self, /)", NULL, 0},
    {"acquire", rlock_acquire, "($self, /, blocking=True, timeout=-1)", NULL, 0},
    {"release", rlock_release, "($self, /)", NULL, 0},
    {"_is_owned", rlock_is_owned, "($self, /)", NULL, 0},
    {"_release_save", rlock_release_save, "($self, /)", NULL, 0},
    {"_acquire_restore", rlock_acquire_restore, "($self, state, /)", NULL, 0},
    {"__enter__", rlock_acquire, "($self, /, blocking=True, timeout=-1)", NULL, 0},
    {"__exit__", rlock_exit, "($self, /, *exc_info)", NULL, 0},
    {0},
};

Type kr_thread_rlock_type = {
    .hdr = {&kr_type_type}, .name = "_thread.RLock", .size = sizeof(Lock),
    .flags = KR_TYPE_BASETYPE, .new_ = rlock_new, .repr = rlock_repr, .methods = rlock_methods,
};

/* ---- _local: one attribute dict per thread ------------------------------------------
 *
 * A Local maps each thread's serial (never reused, unlike idents) to that
 * thread's dict; the map is guarded by the Local's own mutex, held only
 * around lookups and stores of small-int keys, which run no Python code.
 * A thread that gets a dict also records the Local in Thread.locals, and
 * drops its entry when it ends (vm/thread.c).  A thread meeting the Local
 * for the first time gets a fresh dict, and a subclass's __init__ runs
 * again for it with the arguments the Local was made with, as CPython's
 * _ldict does. */

typedef struct Local {
    Obj hdr;
    Dict *dicts;              /* Thread.serial -> that thread's dict */
    Tuple *init_args;         /* positional arguments, then keyword values */
    Tuple *init_kwnames;      /* NULL: none */
    int64_t init_npos;
    pthread_mutex_t mu;
} Local;

static Value local_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    size_t nk = kw ? (size_t)kw->size : 0;
    if ((nargs || nk) && t == &kr_thread_local_type)
        return kr_err_type_error(th, "Initialization arguments are not supported");
    Local *l = kr_libutil_alloc(th, t);
    if (!l || !(l->dicts = kr_dict_new(th)) ||
        !(l->init_args = kr_tuple_from_array(th, args, (int64_t)(nargs + nk))))
        return KR_VALUE_NULL;
    l->init_kwnames = nk ? kw : NULL;
    l->init_npos = (int64_t)nargs;
    pthread_mutex_init(&l->mu, NULL);
    Dict *d = kr_dict_new(th);
    if (!d || kr_dict_set(th, l->dicts, kr_from_smallint((int64_t)th->serial), kr_from_obj(d)) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(l);
}

/* The Local's dict for th, or NULL (*fresh: just made, and the map). */
static Dict *local_lookup(Thread *th, Local *l, bool create, bool *fresh)
{
    Value key = kr_from_smallint((int64_t)th->serial);
    pthread_mutex_lock(&l->mu);
    Value d = kr_dict_get(th, l->dicts, key);
    Dict *nd = NULL;
    *fresh = false;
    if (!d && create && !kr_err_occurred(th) && (nd = kr_dict_new(th)) &&
        kr_dict_set(th, l->dicts, key, kr_from_obj(nd)) == 0) {
        d = kr_from_obj(nd);
        *fresh = true;
    }
    pthread_mutex_unlock(&l->mu);
    return d ? kr_as_dict(d) : NULL;
}

void kr_mod__thread_local_forget(Thread *th, Value local)
{
    Local *l = (Local *)kr_as_obj(local);
    pthread_mutex_lock(&l->mu);
    if (kr_dict_del(th, l->dicts, kr_from_smallint((int64_t)th->serial)) < 0)
        kr_err_clear(th);
    pthread_mutex_unlock(&l->mu);
}

/* The calling thread's dict, made (and __init__ run) on first use. */
static Dict *local_dict(Thread *th, Value self)
{
    Local *l = (Local *)kr_as_obj(self);
    bool fresh;
    Dict *d = local_lookup(th, l, true, &fresh);
    if (!d || !fresh)
        return d;
    if (th != th->vm->main_thread &&
        ((!th->locals && !(th->locals = kr_list_new(th, 0))) || kr_list_append(th, th->locals, self) < 0))
        return NULL;
    Type *t = kr_type_of(self);
    Value init = kr_type_lookup(t, KR_NAME(th, __init__));
    if (t == &kr_thread_local_type || !init || !kr_is_function(init))
        return d;
    Value *argv = kr_gc_alloc(sizeof(Value) * (size_t)(l->init_args->size + 1));
    if (!argv) {
        kr_err_no_memory(th);
        return NULL;
    }
    argv[0] = self;
    kr_values_copy(argv + 1, l->init_args->items, (size_t)l->init_args->size);
    if (!kr_vm_call(th, init, argv, (size_t)l->init_npos + 1, l->init_kwnames)) {
        kr_mod__thread_local_forget(th, self);
        return NULL;
    }
    return d;
}

static Value local_getattr(Thread *th, Value self, Str *name)
{
    Dict *d = local_dict(th, self);
    if (!d)
        return KR_VALUE_NULL;
    if (name == KR_NAME(th, __dict__))
        return kr_from_obj(d);
    Type *t = kr_type_of(self);
    Value descr = kr_type_lookup_cached(th, t, name);
    Type *dt = descr ? kr_type_of(descr) : NULL;
    if (dt && dt->descr_get && dt->descr_set)
        return dt->descr_get(th, descr, self, kr_from_obj(t));
    Value v = kr_dict_get_str(d, name);
    if (v)
        return v;
    if (name == KR_NAME(th, __class__))
        return kr_from_obj(t);
    if (dt && dt->descr_get)
        return dt->descr_get(th, descr, self, kr_from_obj(t));
    if (descr)
        return descr;
    kr_err_format(th, &kr_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
    return KR_VALUE_NULL;
}

static int local_setattr(Thread *th, Value self, Str *name, Value value)
{
    Dict *d = local_dict(th, self);
    if (!d)
        return -1;
    Type *t = kr_type_of(self);
    if (name == KR_NAME(th, __dict__)) {
        kr_err_format(th, &kr_exc_AttributeError, "'%s' object attribute '%U' is read-only",
                      t->name, name);
        return -1;
    }
    Value descr = kr_type_lookup_cached(th, t, name);
    KrDescrSetFn set = descr ? kr_type_of(descr)->descr_set : NULL;
    if (set)
        return set(th, descr, self, value);
    if (value)
        return kr_dict_set_str(th, d, name, value);
    int r = kr_dict_del(th, d, kr_from_obj(name));
    if (r == 0)
        kr_err_format(th, &kr_exc_AttributeError, "'%s' object has no attribute '%U'", t->name,
                      name);
    return r > 0 ? 0 : -1;
}

Type kr_thread_local_type = {
    .hdr = {&kr_type_type}, .name = "_thread._local", .size = sizeof(Local),
    .flags = KR_TYPE_BASETYPE, .new_ = local_new, .getattr = local_getattr,
    .setattr = local_setattr,
};

/* ---- module functions --------------------------------------------------------------- */

KR_LIB_FUNC(thread_allocate_lock)
{
    if (kr_call_check_args(th, "allocate_lock", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return lock_new(th, &kr_thread_lock_type, NULL, 0, NULL);
}

KR_LIB_FUNC(thread_get_ident)
{
    if (kr_call_check_args(th, "get_ident", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, (int64_t)current_ident());
}

KR_LIB_FUNC(thread_get_native_id)
{
    if (kr_call_check_args(th, "get_native_id", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, (int64_t)syscall(SYS_gettid));
}

KR_LIB_FUNC(thread_start_new_thread)
{
    if (kr_libutil_no_keywords(th, "start_new_thread", kw) < 0)
        return KR_VALUE_NULL;
    if (nargs < 2 || nargs > 3)
        return kr_err_type_error(th, "start_new_thread expected at %s %d arguments, got %zu",
                                 nargs < 2 ? "least" : "most", nargs < 2 ? 2 : 3, nargs);
    if (!kr_type_of(args[0])->call)
        return kr_err_type_error(th, "first arg must be callable");
    if (!kr_is_tuple(args[1]))
        return kr_err_type_error(th, "2nd arg must be a tuple");
    if (nargs == 3 && !kr_is_dict(args[2]))
        return kr_err_type_error(th, "optional 3rd arg must be a dictionary");
    uint64_t ident;
    if (kr_thread_start(th, args[0], args[1], nargs == 3 ? args[2] : KR_VALUE_NULL, &ident) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, (int64_t)ident);
}

/* _count(): the threads running.  It is the test suite's probe for
 * leftovers (test.support's threading_setup/threading_cleanup compare it
 * and the WeakSet threading._dangling right after a test), made where
 * CPython's reference counts have already freed the test's Thread
 * objects; here they go at a collection, so the threads that finished
 * are waited for and one is made first, and the WeakSet is as CPython's
 * would be.  Nothing else calls it. */
KR_LIB_FUNC(thread_count)
{
    if (kr_call_check_args(th, "_count", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    kr_thread_wait_exited(th);
    kr_mod_gc_collect_call(th, args + nargs);
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    return kr_from_smallint(__atomic_load_n(&th->vm->nthreads, __ATOMIC_RELAXED));
}

/* stack_size([size]): the old size; 0 or at least 32 KiB (PTHREAD_STACK_MIN
 * rounded as CPython's THREAD_STACK_MIN). */
KR_LIB_FUNC(thread_stack_size)
{
    if (kr_call_check_args(th, "stack_size", nargs, 0, 1, kw) < 0)
        return KR_VALUE_NULL;
    size_t old = th->vm->thread_stack_size;
    if (nargs == 1) {
        int64_t n;
        if (kr_libutil_as_ssize(th, args[0], &n) < 0)
            return KR_VALUE_NULL;
        if (n < 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "size must be 0 or a positive value");
            return KR_VALUE_NULL;
        }
        if (n != 0 && n < 32768) {
            kr_err_format(th, &kr_exc_ValueError, "size not valid: %lld bytes", (long long)n);
            return KR_VALUE_NULL;
        }
        th->vm->thread_stack_size = (size_t)n;
    }
    return kr_int_from_i64(th, (int64_t)old);
}

KR_LIB_FUNC(thread_exit)
{
    Value e = kr_exception_new(th, &kr_exc_SystemExit, NULL, 0);
    if (e)
        kr_err_set(th, e);
    return KR_VALUE_NULL;
}

/* interrupt_main(signum=SIGINT): the signal, as if it had arrived --
 * sent to the main thread, so a wait there is broken too -- unless
 * Python handles it with SIG_DFL or SIG_IGN, when nothing happens. */
KR_LIB_FUNC(thread_interrupt_main)
{
    static const char *const names[] = {"signum", NULL};
    Value a[1];
    int64_t sig = SIGINT;
    if (kr_libutil_parse(th, "interrupt_main", args, nargs, kw, names, 0, 0, a) < 0 ||
        (a[0] && kr_libutil_as_ssize(th, a[0], &sig) < 0))
        return KR_VALUE_NULL;
    if (sig < 1 || sig >= 65) {
        kr_err_set_string(th, &kr_exc_ValueError, "signal number out of range");
        return KR_VALUE_NULL;
    }
    struct sigaction sa;
    if (sigaction((int)sig, NULL, &sa) == 0 && sa.sa_handler != SIG_DFL &&
        sa.sa_handler != SIG_IGN)
        pthread_kill(th->vm->main_thread->pthread, (int)sig);
    /* On the main thread the handler runs now, as CPython's eval loop
     * runs it right after the call returns. */
    if (th == th->vm->main_thread && kr_vm_check_signals(th) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

/* _set_sentinel(): a lock, released (if held) once this thread's state is
 * gone; threading acquires it at once and Thread.join waits on it. */
KR_LIB_FUNC(thread_set_sentinel)
{
    if (kr_call_check_args(th, "_set_sentinel", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Lock *l = lock_alloc(th, &kr_thread_lock_type);
    if (!l)
        return KR_VALUE_NULL;
    kr_thread_set_sentinel(th, l);
    return kr_from_obj(l);
}

KR_LIB_FUNC(thread_daemon_threads_allowed) { return KR_TRUE; }

static const MethodDef thread_functions[] = {
    {"allocate_lock", thread_allocate_lock, "($module, /)", NULL, 0},
    {"allocate", thread_allocate_lock, "($module, /)", NULL, 0},
    {"get_ident", thread_get_ident, "($module, /)", NULL, 0},
    {"get_native_id", thread_get_native_id, "($module, /)", NULL, 0},
    {"start_new_thread", thread_start_new_thread, NULL, NULL, 0},
    {"start_new", thread_start_new_thread, NULL, NULL, 0},
    {"_count", thread_count, "($module, /)", NULL, 0},
    {"stack_size", thread_stack_size, NULL, NULL, 0},
    {"exit", thread_exit, "($module, /)", NULL, 0},
    {"exit_thread", thread_exit, "($module, /)", NULL, 0},
    {"interrupt_main", thread_interrupt_main, NULL, NULL, 0},
    {"_set_sentinel", thread_set_sentinel, "($module, /)", NULL, 0},
    {"daemon_threads_allowed", thread_daemon_threads_allowed, "($module, /)", NULL, 0},
    {0},
};

int kr_mod__thread_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_thread", thread_functions);
    if (!m || kr_libutil_add_type(th, m, &kr_thread_lock_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_thread_rlock_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_thread_local_type) < 0)
        return -1;
    Value tmax = kr_float_new(th, TIMEOUT_MAX);
    if (!tmax || kr_libutil_add_value(th, m, "LockType", kr_from_obj(&kr_thread_lock_type)) < 0 ||
        kr_libutil_add_value(th, m, "TIMEOUT_MAX", tmax) < 0 ||
        kr_libutil_add_value(th, m, "error", kr_from_obj(&kr_exc_RuntimeError)) < 0)
        return -1;
    return 0;
}
