/*
 * _multiprocessing.c -- SemLock, the named POSIX semaphore under every
 * lock, semaphore, condition, event and queue of the multiprocessing
 * package (multiprocessing/synchronize.py), and sem_unlink.
 *
 * A SemLock is shared between processes: synchronize.py names it, the
 * forked or spawned child reopens it by name (_rebuild) and the creator
 * unlinks the name at once when it may.  Its count and owner are per
 * process, as in CPython's semaphore.c: a RECURSIVE_MUTEX counts its own
 * re-acquisitions, a SEMAPHORE how many times this process holds it.
 * Waits go through kr_thread_sem_wait, so signals interrupt them and the
 * collector's stop-the-world does not count a blocked thread as running.
 *
 * _posixshmem (shm_open, shm_unlink) lives here too: shared_memory and the
 * resource tracker of the spawn and forkserver start methods need it.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <semaphore.h>
#include <string.h>
#include <sys/mman.h>

#include "modules/libutil.h"
#include "modules/modules.h"
#include "modules/posix.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread.h"
#include "vm/vm.h"

enum { RECURSIVE_MUTEX, SEMAPHORE };

typedef struct SemLock {
    Obj hdr;
    sem_t *handle;
    uint64_t last_tid;      /* the thread that last acquired it */
    int count;              /* acquisitions held by this process */
    int maxvalue;
    int kind;
    Value name;             /* str, or None once unlinked */
} SemLock;

#define SELF ((SemLock *)kr_as_obj(args[0]))

static uint64_t current_tid(void) { return (uint64_t)pthread_self(); }

static bool is_mine(const SemLock *s) { return s->count > 0 && s->last_tid == current_tid(); }

static void semlock_finalize(void *obj, void *data, void *ctx)
{
    SemLock *s = obj;
    if (s->handle != SEM_FAILED && s->handle)
        sem_close(s->handle);
    s->handle = NULL;
}

static SemLock *semlock_make(Thread *th, Type *t, sem_t *handle, int kind, int maxvalue,
                             Value name)
{
    SemLock *s = kr_libutil_alloc(th, t);
    if (!s) {
        sem_close(handle);
        return NULL;
    }
    s->handle = handle;
    s->kind = kind;
    s->maxvalue = maxvalue;
    s->name = name;
    kr_gc_add_finalizer(s, semlock_finalize, NULL);
    return s;
}

static const char *name_arg(Thread *th, Value v)
{
    size_t n;
    if (!kr_str_check(v)) {
        kr_err_format(th, &kr_exc_TypeError, "argument 'name' must be str, not %s", kr_type_name(v));
        return NULL;
    }
    const char *s = kr_str_utf8(th, kr_as_str(v), &n);
    if (s && strlen(s) != n) {
        kr_err_set_string(th, &kr_exc_ValueError, "embedded null character");
        return NULL;
    }
    return s;
}

/* SemLock(kind, value, maxvalue, name, unlink) */
static Value semlock_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"kind", "value", "maxvalue", "name", "unlink", NULL};
    Value a[5] = {0};
    int kind, value, maxvalue;
    if (kr_libutil_parse(th, "SemLock", args, nargs, kw, names, 0, 5, a) < 0 ||
        kr_libutil_as_int(th, a[0], true, &kind) < 0 || kr_libutil_as_int(th, a[1], true, &value) < 0 ||
        kr_libutil_as_int(th, a[2], true, &maxvalue) < 0)
        return KR_VALUE_NULL;
    if (kind != RECURSIVE_MUTEX && kind != SEMAPHORE) {
        kr_err_set_string(th, &kr_exc_ValueError, "unrecognized kind");
        return KR_VALUE_NULL;
    }
    const char *name = name_arg(th, a[3]);
    int unlink = name ? kr_object_truth(th, a[4]) : -1;
    if (unlink < 0)
        return KR_VALUE_NULL;
    sem_t *h = sem_open(name, O_CREAT | O_EXCL, 0600, (unsigned)value);
    if (h == SEM_FAILED)
        return kr_posix_error(th, 0);
    if (unlink && sem_unlink(name) < 0) {
        Value err = kr_posix_error(th, 0);
        sem_close(h);
        return err;
    }
    SemLock *s = semlock_make(th, t, h, kind, maxvalue, unlink ? KR_NONE : a[3]);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* acquire(block=True, timeout=None) */
KR_LIB_FUNC(semlock_acquire)
{
    static const char *const names[] = {"block", "timeout", NULL};
    Value a[2] = {0};
    if (kr_libutil_parse(th, "acquire", args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    SemLock *s = SELF;
    int block = a[0] ? kr_object_truth(th, a[0]) : 1;
    if (block < 0)
        return KR_VALUE_NULL;
    if (s->kind == RECURSIVE_MUTEX && is_mine(s)) {
        s->count++;
        return KR_TRUE;
    }
    double timeout = -1;
    if (!block)
        timeout = 0;
    else if (a[1] && a[1] != KR_NONE) {
        double t;
        if (kr_float_as_double(th, a[1], &t) < 0)
            return KR_VALUE_NULL;
        timeout = t < 0 ? 0 : t;
    }
    int r = kr_thread_sem_wait(th, s->handle, timeout);
    if (r < 0)
        return KR_VALUE_NULL;
    if (r == 0) {
        if (errno != ETIMEDOUT && errno != EAGAIN && errno != EINTR && errno != 0)
            return kr_posix_error(th, 0);
        return KR_FALSE;
    }
    s->count++;
    s->last_tid = current_tid();
    return KR_TRUE;
}

KR_LIB_FUNC(semlock_release)
{
    if (kr_libutil_check_positional(th, "release", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    SemLock *s = SELF;
    if (s->kind == RECURSIVE_MUTEX) {
        if (!is_mine(s)) {
            kr_err_set_string(th, &kr_exc_AssertionError,
                              "attempt to release recursive lock not owned by thread");
            return KR_VALUE_NULL;
        }
        if (s->count > 1) {
            s->count--;
            return KR_NONE;
        }
    } else {
        int sval;
        if (sem_getvalue(s->handle, &sval) < 0)
            return kr_posix_error(th, 0);
        if (sval >= s->maxvalue) {
            kr_err_set_string(th, &kr_exc_ValueError, "semaphore or lock released too many times");
            return KR_VALUE_NULL;
        }
    }
    if (sem_post(s->handle) < 0)
        return kr_posix_error(th, 0);
    s->count--;
    return KR_NONE;
}

KR_LIB_FUNC(semlock_exit)
{
    return semlock_release(th, args[0], args, 1, NULL);
}

KR_LIB_FUNC(semlock_count)
{
    return kr_from_smallint(SELF->count);
}

KR_LIB_FUNC(semlock_is_mine)
{
    return kr_from_bool(is_mine(SELF));
}

KR_LIB_FUNC(semlock_get_value)
{
    int sval;
    if (sem_getvalue(SELF->handle, &sval) < 0)
        return kr_posix_error(th, 0);
    return kr_from_smallint(sval < 0 ? 0 : sval);     /* some systems count waiters negatively */
}

KR_LIB_FUNC(semlock_is_zero)
{
    int sval;
    if (sem_getvalue(SELF->handle, &sval) < 0)
        return kr_posix_error(th, 0);
    return kr_from_bool(sval == 0);
}

/* After fork: the child holds nothing. */
KR_LIB_FUNC(semlock_after_fork)
{
    SELF->count = 0;
    return KR_NONE;
}

/* SemLock._rebuild(handle, kind, maxvalue, name): the same semaphore in
 * another process, reopened by name (a handle means nothing across exec). */
KR_LIB_FUNC(semlock_rebuild)
{
    if (kr_libutil_check_positional(th, "_rebuild", nargs - 1, 4, 4) < 0)
        return KR_VALUE_NULL;
    int kind, maxvalue;
    if (kr_libutil_as_int(th, args[2], true, &kind) < 0 ||
        kr_libutil_as_int(th, args[3], true, &maxvalue) < 0)
        return KR_VALUE_NULL;
    if (args[4] == KR_NONE) {
        kr_err_set_string(th, &kr_exc_ValueError, "cannot rebuild an unlinked SemLock");
        return KR_VALUE_NULL;
    }
    const char *name = name_arg(th, args[4]);
    if (!name)
        return KR_VALUE_NULL;
    sem_t *h = sem_open(name, 0);
    if (h == SEM_FAILED)
        return kr_posix_error(th, 0);
    SemLock *s = semlock_make(th, (Type *)kr_as_obj(args[0]), h, kind, maxvalue, args[4]);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value get_handle(Thread *th, Value self)
{
    return kr_int_from_i64(th, (int64_t)(intptr_t)((SemLock *)kr_as_obj(self))->handle);
}
static Value get_kind(Thread *th, Value self) { return kr_from_smallint(((SemLock *)kr_as_obj(self))->kind); }
static Value get_maxvalue(Thread *th, Value self)
{
    return kr_from_smallint(((SemLock *)kr_as_obj(self))->maxvalue);
}
static Value get_name(Thread *th, Value self) { return ((SemLock *)kr_as_obj(self))->name; }

static const MethodDef semlock_methods[] = {
    {"acquire", semlock_acquire, "($self, /, block=True, timeout=None)", "Acquire the semaphore/lock.", 0},
    {"release", semlock_release, "($self, /)", "Release the semaphore/lock.", 0},
    {"__enter__", semlock_acquire, "($self, /)", "Enter the semaphore/lock.", 0},
    {"__exit__", semlock_exit, "($self, exc_type=None, exc_value=None, exc_tb=None, /)",
     "Exit the semaphore/lock.", 0},
    {"_count", semlock_count, "($self, /)", "Num of `acquire()`s minus num of `release()`s for this process.", 0},
    {"_is_mine", semlock_is_mine, "($self, /)", "Whether the lock is owned by this thread.", 0},
    {"_get_value", semlock_get_value, "($self, /)", "Get the value of the semaphore.", 0},
    {"_is_zero", semlock_is_zero, "($self, /)", "Return whether semaphore has value zero.", 0},
    {"_after_fork", semlock_after_fork, "($self, /)", "Rezero the net acquisition count after fork().", 0},
    {"_rebuild", semlock_rebuild, "($type, handle, kind, maxvalue, name, /)", NULL, KR_METH_CLASS},
    {0},
};

static const MemberDef semlock_members[] = {
    {"handle", 0, get_handle, NULL, NULL, KR_MEMBER_READONLY},
    {"kind", 0, get_kind, NULL, NULL, KR_MEMBER_READONLY},
    {"maxvalue", 0, get_maxvalue, NULL, NULL, KR_MEMBER_READONLY},
    {"name", 0, get_name, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Type semlock_type = {
    .hdr = {&kr_type_type}, .name = "_multiprocessing.SemLock", .size = sizeof(SemLock),
    .flags = KR_TYPE_BASETYPE, .new_ = semlock_new, .methods = semlock_methods,
    .members = semlock_members,
};

/* sem_unlink(name, /) */
KR_LIB_FUNC(mp_sem_unlink)
{
    if (kr_libutil_check_positional(th, "sem_unlink", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    const char *name = name_arg(th, args[0]);
    if (!name)
        return KR_VALUE_NULL;
    if (sem_unlink(name) < 0)
        return kr_posix_error(th, 0);
    return KR_NONE;
}

static const MethodDef mp_functions[] = {
    {"sem_unlink", mp_sem_unlink, "($module, name, /)", NULL, 0},
    {0},
};

int kr_mod__multiprocessing_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_multiprocessing", mp_functions);
    if (!m || kr_libutil_add_type(th, m, &semlock_type) < 0)
        return -1;
    Dict *flags = kr_dict_new(th);
    Str *k_open = flags ? kr_str_intern_cstr(th, "HAVE_SEM_OPEN") : NULL;
    Str *k_timed = k_open ? kr_str_intern_cstr(th, "HAVE_SEM_TIMEDWAIT") : NULL;
    if (!k_timed || kr_dict_set_str(th, flags, k_open, kr_from_smallint(1)) < 0 ||
        kr_dict_set_str(th, flags, k_timed, kr_from_smallint(1)) < 0 ||
        kr_libutil_add_value(th, m, "flags", kr_from_obj(flags)) < 0)
        return -1;
    /* synchronize.py reads SemLock.SEM_VALUE_MAX */
    Value max = kr_int_from_i64(th, SEM_VALUE_MAX);
    Str *k_max = max ? kr_str_intern_cstr(th, "SEM_VALUE_MAX") : NULL;
    return k_max ? kr_dict_set_str(th, semlock_type.dict, k_max, max) : -1;
}

/* ---- _posixshmem ---------------------------------------------------------------- */

/* shm_open(path, flags, mode=0o777): a file descriptor */
KR_LIB_FUNC(shm_open_fn)
{
    static const char *const names[] = {"path", "flags", "mode", NULL};
    Value a[3] = {0};
    int flags, mode = 0777;
    if (kr_libutil_parse(th, "shm_open", args, nargs, kw, names, 0, 2, a) < 0 ||
        kr_libutil_as_int(th, a[1], true, &flags) < 0 ||
        (a[2] && kr_libutil_as_int(th, a[2], true, &mode) < 0))
        return KR_VALUE_NULL;
    const char *path = name_arg(th, a[0]);
    if (!path)
        return KR_VALUE_NULL;
    int fd;
    do {
        fd = shm_open(path, flags, (mode_t)mode);
    } while (fd < 0 && errno == EINTR && kr_vm_check_signals(th) == 0);
    if (fd < 0)
        return kr_err_occurred(th) ? KR_VALUE_NULL : kr_posix_error(th, a[0]);
    return kr_from_smallint(fd);
}

/* shm_unlink(path) */
KR_LIB_FUNC(shm_unlink_fn)
{
    static const char *const names[] = {"path", NULL};
    Value a[1] = {0};
    if (kr_libutil_parse(th, "shm_unlink", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    const char *path = name_arg(th, a[0]);
    if (!path)
        return KR_VALUE_NULL;
    if (shm_unlink(path) < 0)
        return kr_posix_error(th, a[0]);
    return KR_NONE;
}

static const MethodDef shm_functions[] = {
    {"shm_open", shm_open_fn, "($module, /, path, flags, mode=511)", "Open a shared memory object.  Returns a file descriptor (integer).", 0},
    {"shm_unlink", shm_unlink_fn, "($module, /, path)", "Remove a shared memory object (similar to unlink()).", 0},
    {0},
};

int kr_mod__posixshmem_init(Thread *th)
{
    return kr_libutil_module(th, "_posixshmem", shm_functions) ? 0 : -1;
}
