/*
 * _queue.c -- the _queue module: SimpleQueue (unbounded FIFO) and Empty.
 *
 * krait has no global interpreter lock, so the queue carries its own
 * synchronisation.  The items live in a ring of Values (collector memory,
 * so it is scanned) that one mutation at a time changes, under the
 * object's striped lock (vm/thread_lock.h); a POSIX semaphore counts the
 * items a get() may take.  put() pushes, then posts; get() waits (with
 * the timeout, broken by signals like a lock's acquire) and only then
 * pops, so a successful wait always finds an item.
 *
 * Reentrancy, which queue.py's docs promise: put() runs no Python code
 * and never waits, and finalizers and Python signal handlers run only at
 * the interpreter's safe points, never inside it -- a __del__ or handler
 * that puts cannot find the ring half changed.
 */
#include <math.h>
#include <semaphore.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "gc/gc.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/errors.h"
#include "vm/thread.h"
#include "vm/thread_lock.h"

typedef struct SimpleQueue {
    Obj hdr;
    sem_t avail;        /* counts the items a get() may take */
    Value *ring;        /* cap slots, collector memory */
    int64_t cap, head, n;
} SimpleQueue;

static Type queue_empty_type = {
    .hdr = {&kr_type_type}, .name = "_queue.Empty", .base = &kr_exc_Exception,
    .size = sizeof(Exc), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};

static SimpleQueue *as_queue(Value v) { return (SimpleQueue *)kr_as_obj(v); }

static Value queue_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (nargs) {
        kr_err_set_string(th, &kr_exc_TypeError, "SimpleQueue() takes no positional arguments");
        return KR_VALUE_NULL;
    }
    if (kr_libutil_no_keywords(th, "SimpleQueue", kw) < 0)
        return KR_VALUE_NULL;
    SimpleQueue *q = kr_libutil_alloc(th, t);
    if (!q)
        return KR_VALUE_NULL;
    sem_init(&q->avail, 0, 0);
    return kr_from_obj(q);
}

/* Append v to the ring, growing it (twice the slots, items unwrapped to
 * the front) when full.  Called with the object lock held; 0 or -1. */
static int ring_push(Thread *th, SimpleQueue *q, Value v)
{
    if (q->n == q->cap) {
        int64_t cap = q->cap ? q->cap * 2 : 8;
        Value *ring = kr_gc_alloc((size_t)cap * sizeof(Value));
        if (!ring) {
            kr_err_no_memory(th);
            return -1;
        }
        for (int64_t i = 0; i < q->n; i++)
            ring[i] = q->ring[(q->head + i) % q->cap];
        q->ring = ring;
        q->cap = cap;
        q->head = 0;
    }
    q->ring[(q->head + q->n) % q->cap] = v;
    q->n++;
    return 0;
}

static Value ring_pop(SimpleQueue *q)
{
    Value v = q->ring[q->head];
    q->ring[q->head] = KR_NONE;     /* the queue no longer keeps it alive */
    q->head = (q->head + 1) % q->cap;
    q->n--;
    return v;
}

static Value queue_put_value(Thread *th, SimpleQueue *q, Value item)
{
    bool held = kr_objlock(th, q);
    int rc = ring_push(th, q, item);
    kr_objunlock(th, q, held);
    if (rc < 0)
        return KR_VALUE_NULL;
    sem_post(&q->avail);
    return KR_NONE;
}

/* put(item, block=True, timeout=None): never blocks; block and timeout
 * exist for Queue's signature (block is still tested for truth). */
KR_LIB_FUNC(queue_put)
{
    static const char *const names[] = {"item", "block", "timeout", NULL};
    Value a[3];
    if (kr_libutil_parse(th, "put", args + 1, nargs - 1, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    if (a[1] && kr_object_truth(th, a[1]) < 0)
        return KR_VALUE_NULL;
    return queue_put_value(th, as_queue(args[0]), a[0]);
}

KR_LIB_FUNC(queue_put_nowait)
{
    static const char *const names[] = {"item", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "put_nowait", args + 1, nargs - 1, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    return queue_put_value(th, as_queue(args[0]), a[0]);
}

/* The timeout of get() in seconds, as CPython 3.11's _PyTime_FromSecondsObject
 * converts it (to int64 nanoseconds), then checked non-negative.  0 or -1. */
static int timeout_arg(Thread *th, Value v, double *out)
{
    static const char *const overflow = "timestamp too large to convert to C _PyTime_t";
    if (kr_is_float(v)) {
        double d = kr_float_value(v);
        if (isnan(d)) {
            kr_err_set_string(th, &kr_exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        if (!(fabs(d * 1e9) < 9223372036854775808.0)) {
            kr_err_set_string(th, &kr_exc_OverflowError, overflow);
            return -1;
        }
        *out = d;
    } else {
        int64_t i;
        if (kr_libutil_as_ssize(th, v, &i) < 0) {
            if (kr_err_matches(th, &kr_exc_OverflowError))
                kr_err_set_string(th, &kr_exc_OverflowError, overflow);
            return -1;
        }
        if (i > INT64_MAX / 1000000000 || i < INT64_MIN / 1000000000) {
            kr_err_set_string(th, &kr_exc_OverflowError, overflow);
            return -1;
        }
        *out = (double)i;
    }
    if (*out < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "'timeout' must be a non-negative number");
        return -1;
    }
    return 0;
}

static Value queue_get_value(Thread *th, SimpleQueue *q, double wait_s)
{
    int got = kr_thread_sem_wait(th, &q->avail, wait_s);
    if (got < 0)
        return KR_VALUE_NULL;
    if (!got) {     /* Empty(), no arguments, as PyErr_SetNone makes it */
        Value e = kr_exception_new(th, &queue_empty_type, NULL, 0);
        if (e)
            kr_err_set(th, e);
        return KR_VALUE_NULL;
    }
    bool held = kr_objlock(th, q);
    Value v = ring_pop(q);
    kr_objunlock(th, q, held);
    return v;
}

/* get(block=True, timeout=None): a timeout is converted only when
 * blocking, as in CPython (get(False, 'x') raises Empty). */
KR_LIB_FUNC(queue_get)
{
    static const char *const names[] = {"block", "timeout", NULL};
    Value a[2];
    if (kr_libutil_parse(th, "get", args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    int block = a[0] ? kr_object_truth(th, a[0]) : 1;
    if (block < 0)
        return KR_VALUE_NULL;
    double wait_s = -1;
    if (!block)
        wait_s = 0;
    else if (a[1] && a[1] != KR_NONE && timeout_arg(th, a[1], &wait_s) < 0)
        return KR_VALUE_NULL;
    return queue_get_value(th, as_queue(args[0]), wait_s);
}

KR_LIB_FUNC(queue_get_nowait)
{
    if (kr_libutil_check_positional(th, "get_nowait", nargs - 1, 0, 0) < 0 ||
        kr_libutil_no_keywords(th, "get_nowait", kw) < 0)
        return KR_VALUE_NULL;
    return queue_get_value(th, as_queue(args[0]), 0);
}

KR_LIB_FUNC(queue_empty)
{
    if (kr_libutil_check_positional(th, "empty", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(as_queue(args[0])->n == 0);
}

KR_LIB_FUNC(queue_qsize)
{
    if (kr_libutil_check_positional(th, "qsize", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(as_queue(args[0])->n);
}

KR_LIB_FUNC(queue_class_getitem) { return kr_genericalias_new(th, args[0], args[1]); }

static const MethodDef queue_methods[] = {
    {"empty", queue_empty, "($self, /)",
     "Return True if the queue is empty, False otherwise (not reliable!).", 0},
    {"get", queue_get, "($self, /, block=True, timeout=None)",
     "Remove and return an item from the queue.", 0},
    {"get_nowait", queue_get_nowait, "($self, /)",
     "Remove and return an item from the queue without blocking.", 0},
    {"put", queue_put, "($self, /, item, block=True, timeout=None)",
     "Put the item on the queue.", 0},
    {"put_nowait", queue_put_nowait, "($self, /, item)",
     "Put an item into the queue without blocking.", 0},
    {"qsize", queue_qsize, "($self, /)",
     "Return the approximate size of the queue (not reliable!).", 0},
    {"__class_getitem__", queue_class_getitem, "($cls, item, /)",
     "See PEP 585", KR_METH_CLASS},
    {0},
};

static Type queue_type = {
    .hdr = {&kr_type_type}, .name = "_queue.SimpleQueue", .size = sizeof(SimpleQueue),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_HAS_WEAKREF, .new_ = queue_new,
    .methods = queue_methods,
};

static const MethodDef queue_functions[] = {{0}};

int kr_mod__queue_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_queue", queue_functions);
    if (!m || kr_libutil_add_type(th, m, &queue_type) < 0 ||
        kr_libutil_add_type(th, m, &queue_empty_type) < 0)
        return -1;
    Str *doc = kr_str_from_cstr(th, "C implementation of the Python queue module.\n"
                                     "This module is an implementation detail, please do "
                                     "not use it directly.");
    return doc ? kr_libutil_add_value(th, m, "__doc__", kr_from_obj(doc)) : -1;
}
