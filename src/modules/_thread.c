/*
 * _thread.c -- the _thread module, enough for threading.py: locks,
 * re-entrant locks, thread identity, _local.
 *
 * krait runs one Python thread for now (real threads are a later issue),
 * so start_new_thread raises RuntimeError("can't start new thread") and
 * the locks never contend with another thread.  Their semantics are still
 * exact for one thread: a lock is a flag, an RLock an owner and a count;
 * acquiring a held lock with a timeout waits that long and fails, as it
 * would with no other thread to release it.  Blocking forever on a held
 * lock would hang the only thread, so that raises RuntimeError instead
 * (docs/differences.md).  When threads come, the flag becomes a futex and
 * nothing above this file changes.
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

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
#include "vm/call.h"
#include "vm/errors.h"

typedef struct Lock {
    Obj hdr;
    bool locked;
    uint64_t owner;       /* RLock: the owning thread's ident, 0 when free */
    int64_t count;        /* RLock: recursion depth */
} Lock;

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

/* Waiting for a lock only this thread could release. */
static int wait_in_vain(Thread *th, double wait_s)
{
    if (wait_s < 0) {
        kr_err_set_string(th, &kr_exc_RuntimeError,
                          "deadlock: acquiring a held lock with no other thread to release it");
        return -1;
    }
    struct timespec ts = {(time_t)wait_s, (long)((wait_s - floor(wait_s)) * 1e9)};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        ;
    return 0;
}

/* ---- lock ---------------------------------------------------------------------- */

static Lock *as_lock(Value v) { return (Lock *)kr_as_obj(v); }

static Value lock_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "lock", kw) < 0 ||
        kr_libutil_check_positional(th, "lock", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    Lock *l = kr_libutil_alloc(th, t);
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

KR_LIB_FUNC(lock_acquire)
{
    bool blocking;
    double wait_s;
    if (acquire_args(th, args + 1, nargs - 1, kw, &blocking, &wait_s) < 0)
        return KR_VALUE_NULL;
    Lock *l = as_lock(args[0]);
    if (!l->locked) {
        l->locked = true;
        return KR_TRUE;
    }
    if (blocking && wait_in_vain(th, wait_s) < 0)
        return KR_VALUE_NULL;
    return KR_FALSE;
}

KR_LIB_FUNC(lock_release)
{
    if (kr_call_check_args(th, "release", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Lock *l = as_lock(args[0]);
    if (!l->locked) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "release unlocked lock");
        return KR_VALUE_NULL;
    }
    l->locked = false;
    return KR_NONE;
}

KR_LIB_FUNC(lock_exit)
{
    Lock *l = as_lock(args[0]);
    if (!l->locked) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "release unlocked lock");
        return KR_VALUE_NULL;
    }
    l->locked = false;
    return KR_NONE;
}

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
 * in the child; concurrent.futures.thread registers it at import (helper
 * "net"). */
KR_LIB_FUNC(lock_at_fork_reinit)
{
    if (kr_call_check_args(th, "_at_fork_reinit", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Lock *l = as_lock(args[0]);
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
    Lock *l = kr_libutil_alloc(th, t);
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
    if (l->count == 0) {
        l->owner = me;
        l->count = 1;
        return KR_TRUE;
    }
    if (blocking && wait_in_vain(th, wait_s) < 0)
        return KR_VALUE_NULL;
    return KR_FALSE;
}

static Value rlock_release_value(Thread *th, Lock *l)
{
    if (l->count == 0 || l->owner != current_ident()) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "cannot release un-acquired lock");
        return KR_VALUE_NULL;
    }
    if (--l->count == 0)
        l->owner = 0;
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
    if (!pair[0] || !pair[1])
        return KR_VALUE_NULL;
    l->count = 0;
    l->owner = 0;
    Tuple *t = kr_tuple_from_array(th, pair, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
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
    l->count = count;
    l->owner = (uint64_t)owner;
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

/* ---- _local: with one thread, an object with a __dict__ ----------------------------- */

typedef struct Local {
    Obj hdr;
    Dict *dict;
} Local;

static Value local_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if ((nargs || (kw && kw->size)) && t == &kr_thread_local_type)
        return kr_err_type_error(th, "Initialization arguments are not supported");
    Local *l = kr_libutil_alloc(th, t);
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

Type kr_thread_local_type = {
    .hdr = {&kr_type_type}, .name = "_thread._local", .size = sizeof(Local),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(Local, dict), .new_ = local_new,
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
    kr_err_set_string(th, &kr_exc_RuntimeError, "can't start new thread");
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(thread_count)
{
    if (kr_call_check_args(th, "_count", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(0);
}

KR_LIB_FUNC(thread_stack_size)
{
    if (kr_call_check_args(th, "stack_size", nargs, 0, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (nargs == 1) {
        int64_t n;
        if (kr_libutil_as_ssize(th, args[0], &n) < 0)
            return KR_VALUE_NULL;
        if (n != 0 && n < 32768) {
            kr_err_set_string(th, &kr_exc_ValueError, "size not valid: 32768 bytes");
            return KR_VALUE_NULL;
        }
    }
    return kr_from_smallint(0);
}

KR_LIB_FUNC(thread_exit)
{
    Value e = kr_exception_new(th, &kr_exc_SystemExit, NULL, 0);
    if (e)
        kr_err_set(th, e);
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(thread_interrupt_main)
{
    Value e = kr_exception_new(th, &kr_exc_KeyboardInterrupt, NULL, 0);
    if (e)
        kr_err_set(th, e);
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(thread_set_sentinel)
{
    return lock_new(th, &kr_thread_lock_type, NULL, 0, NULL);
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
