/*
 * _asyncio.c -- the native half of asyncio: Future, Task and the
 * running-loop / current-task bookkeeping, which asyncio's pure-Python
 * modules pick up when `import _asyncio` succeeds (futures.py, tasks.py,
 * events.py), as CPython's Modules/_asynciomodule.c.
 *
 * Why in C: a task step is the innermost loop of every asyncio program.
 * In Python it is Task.__step (enter/leave the task, coro.send, sniff the
 * yielded value, add_done_callback(self.__wakeup)), Future.__await__'s
 * generator and Future.__schedule_callbacks -- a few hundred bytecodes
 * per switch.  Here the step sends to the coroutine directly through the
 * generator machinery (kr_gen_send_ex), a Future awaited by a Task is
 * recognised by its type, and the future's first callback lives in two
 * fields instead of a list of tuples.
 *
 *   Future   state PENDING -> FINISHED (result or exception) | CANCELLED;
 *            callbacks (fn, context) scheduled with loop.call_soon(fn,
 *            fut, context=ctx) when it leaves PENDING.
 *   Task     a Future driving a coroutine: each step is a loop callback
 *            (a StepCall object, CPython's TaskStepMethWrapper); a step
 *            that awaits a Future registers `task_wakeup` (a builtin bound
 *            to the task) as its done callback.
 *   FutureIter  what `await fut` iterates: yields the future once (with
 *            _asyncio_future_blocking set) and then returns its result.
 *
 * Behaviour and messages follow CPython 3.11's C module, which differs
 * from the pure-Python classes in small ways (set_result on a done future
 * raises InvalidStateError('invalid state'); `_callbacks` of a future with
 * none is None).  The Python-level helpers it calls -- the exception
 * classes, base_futures/base_tasks reprs, WeakSet -- are imported on first
 * use, not at start-up, since every C module is made before any import
 * can run; they live in a per-VM AsyncioState (VM.asyncio).  The running
 * loop is per Thread (Thread.running_loop), with the pid that set it so a
 * forked child does not see its parent's loop.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "modules/gcmodule.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/genericalias.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/generator.h"
#include "vm/vm.h"

enum { ST_PENDING, ST_CANCELLED, ST_FINISHED };

typedef struct Future {
    Obj hdr;
    Value loop;               /* KR_VALUE_NULL: __init__ has not run */
    Value cb0, ctx0;          /* the first callback and its context, or NULL */
    List *callbacks;          /* the rest, as (fn, context) tuples; NULL: none */
    Value result, exception, exception_tb;
    Value source_tb;
    Value cancel_msg;
    Value cancelled_exc;      /* the CancelledError a task's coroutine raised */
    Dict *dict;               /* instance attributes, as CPython's fut->dict
                                 (a test may shadow a method on one future) */
    int state;
    bool log_tb, blocking;
} Future;

typedef struct Task {
    Future fut;
    Value coro, context, name;
    Value fut_waiter;         /* the future the task waits on, or NULL */
    /* Made once and reused (they are immutable): the StepCall that sends
     * None, and the bound task_wakeup -- two allocations less per step. */
    Value step_none, wakeup;
    int64_t num_cancels_requested;
    bool must_cancel, log_destroy_pending;
} Task;

typedef struct FutureIter {
    Obj hdr;
    Value future;             /* NULL once done */
} FutureIter;

/* A scheduled step: calling it runs task_step(task, arg). */
typedef struct StepCall {
    Obj hdr;
    Value task, arg;          /* arg NULL: send None */
} StepCall;

/* What this module needs from the Python side of asyncio, found on first
 * use, plus the interned names it calls methods by. */
typedef struct AsyncioState {
    Dict *current_tasks;      /* loop -> task being stepped: _current_tasks */
    Value all_tasks;          /* weakref.WeakSet: _all_tasks; NULL until made */
    Value cancelled_error, invalid_state_error;
    Value future_repr, task_repr, task_get_stack, task_print_stack;
    Value iscoroutine, get_event_loop_policy, extract_stack, copy_context;
    Tuple *kw_context;        /* ("context",) */
    Str *s_call_soon, *s_get_debug, *s_add_done_callback, *s_cancel, *s_result,
        *s_blocking, *s_get_loop, *s_loop, *s_call_exception_handler, *s_send, *s_throw,
        *s_get_event_loop, *s_add, *s_discard;
    uint64_t task_name_counter;
    bool imported;
} AsyncioState;

extern Type kr_asyncio_future_type, kr_asyncio_task_type, kr_asyncio_futureiter_type,
    kr_asyncio_stepcall_type;

static Future *as_fut(Value v) { return (Future *)kr_as_obj(v); }
static Task *as_task(Value v) { return (Task *)kr_as_obj(v); }

static bool is_future_exact(Value v)
{
    return kr_is_obj(v) && (kr_as_obj(v)->type == &kr_asyncio_future_type ||
                            kr_as_obj(v)->type == &kr_asyncio_task_type);
}

/* ---- module state ---- */

static int intern(Thread *th, Str **out, const char *s)
{
    return (*out = kr_str_intern_cstr(th, s)) ? 0 : -1;
}

static AsyncioState *state_of(Thread *th)
{
    AsyncioState *st = th->vm->asyncio;
    if (st)
        return st;
    st = kr_gc_alloc(sizeof *st);
    if (!st) {
        kr_err_no_memory(th);
        return NULL;
    }
    memset(st, 0, sizeof *st);
    Str *ctx;
    if (!(st->current_tasks = kr_dict_new(th)) || intern(th, &ctx, "context") < 0 ||
        !(st->kw_context = kr_tuple_from_array(th, (Value[]){kr_from_obj(ctx)}, 1)) ||
        intern(th, &st->s_call_soon, "call_soon") < 0 ||
        intern(th, &st->s_get_debug, "get_debug") < 0 ||
        intern(th, &st->s_add_done_callback, "add_done_callback") < 0 ||
        intern(th, &st->s_cancel, "cancel") < 0 || intern(th, &st->s_result, "result") < 0 ||
        intern(th, &st->s_blocking, "_asyncio_future_blocking") < 0 ||
        intern(th, &st->s_get_loop, "get_loop") < 0 || intern(th, &st->s_loop, "_loop") < 0 ||
        intern(th, &st->s_call_exception_handler, "call_exception_handler") < 0 ||
        intern(th, &st->s_send, "send") < 0 || intern(th, &st->s_throw, "throw") < 0 ||
        intern(th, &st->s_get_event_loop, "get_event_loop") < 0 ||
        intern(th, &st->s_add, "add") < 0 || intern(th, &st->s_discard, "discard") < 0)
        return NULL;
    th->vm->asyncio = st;
    return st;
}

static Value import_attr(Thread *th, const char *module, const char *name)
{
    Str *m = kr_str_intern_cstr(th, module);
    Value mod = m ? kr_vm_import(th, m, true) : KR_VALUE_NULL;
    Str *n = mod ? kr_str_intern_cstr(th, name) : NULL;
    return n ? kr_object_getattr(th, mod, n) : KR_VALUE_NULL;
}

/* The Python-side helpers, imported together on first need (asyncio's
 * own modules are loaded by then: they are what imports _asyncio). */
static AsyncioState *state_imported(Thread *th)
{
    AsyncioState *st = state_of(th);
    if (!st || st->imported)
        return st;
    if (!(st->cancelled_error = import_attr(th, "asyncio.exceptions", "CancelledError")) ||
        !(st->invalid_state_error = import_attr(th, "asyncio.exceptions", "InvalidStateError")) ||
        !(st->future_repr = import_attr(th, "asyncio.base_futures", "_future_repr")) ||
        !(st->task_repr = import_attr(th, "asyncio.base_tasks", "_task_repr")) ||
        !(st->task_get_stack = import_attr(th, "asyncio.base_tasks", "_task_get_stack")) ||
        !(st->task_print_stack = import_attr(th, "asyncio.base_tasks", "_task_print_stack")) ||
        !(st->iscoroutine = import_attr(th, "asyncio.coroutines", "iscoroutine")) ||
        !(st->get_event_loop_policy = import_attr(th, "asyncio.events", "get_event_loop_policy")) ||
        !(st->extract_stack = import_attr(th, "traceback", "extract_stack")) ||
        !(st->copy_context = import_attr(th, "contextvars", "copy_context")))
        return NULL;
    st->imported = true;
    return st;
}

static Value all_tasks_set(Thread *th, AsyncioState *st)
{
    if (!st->all_tasks) {
        Value cls = import_attr(th, "weakref", "WeakSet");
        st->all_tasks = cls ? kr_vm_call(th, cls, NULL, 0, NULL) : KR_VALUE_NULL;
    }
    return st->all_tasks;
}

static void set_error(Thread *th, Value cls, const char *msg)
{
    Str *s = kr_str_from_cstr(th, msg);
    Value a = kr_from_obj(s);
    Value e = s ? kr_vm_call(th, cls, &a, 1, NULL) : KR_VALUE_NULL;
    if (e)
        kr_err_set(th, e);
}

static Value call_method(Thread *th, Value obj, Str *name, const Value *args, size_t n,
                         Tuple *kw)
{
    Value self;
    Value f = kr_object_getmethod(th, obj, name, &self);
    if (!f)
        return KR_VALUE_NULL;
    return self ? kr_vm_call_method(th, f, self, args, n, kw) : kr_vm_call(th, f, args, n, kw);
}

/* loop.call_soon(fn[, arg], context=ctx) */
static int call_soon(Thread *th, AsyncioState *st, Value loop, Value fn, Value arg, Value ctx)
{
    Value args[3] = {fn, arg, ctx};
    size_t n = 1;
    if (arg)
        n = 2;
    else
        args[1] = ctx;
    return call_method(th, loop, st->s_call_soon, args, n, st->kw_context) ? 0 : -1;
}

/* ---- the running loop ---- */

static Value running_loop(Thread *th)
{
    if (th->running_loop && th->running_loop_pid == getpid())
        return th->running_loop;
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(asyncio__get_running_loop)
{
    if (kr_libutil_check_positional(th, "_get_running_loop", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    Value l = running_loop(th);
    return l ? l : KR_NONE;
}

KR_LIB_FUNC(asyncio__set_running_loop)
{
    if (kr_libutil_no_keywords(th, "_set_running_loop", kw) < 0)
        return KR_VALUE_NULL;
    if (nargs != 1) {
        kr_err_format(th, &kr_exc_TypeError,
                      "_asyncio._set_running_loop() takes exactly one argument (%zd given)",
                      (ssize_t)nargs);
        return KR_VALUE_NULL;
    }
    th->running_loop = args[0] == KR_NONE ? KR_VALUE_NULL : args[0];
    th->running_loop_pid = getpid();
    return KR_NONE;
}

KR_LIB_FUNC(asyncio_get_running_loop)
{
    if (kr_libutil_check_positional(th, "get_running_loop", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    Value l = running_loop(th);
    if (!l)
        kr_err_set_string(th, &kr_exc_RuntimeError, "no running event loop");
    return l;
}

static Value get_event_loop(Thread *th)
{
    Value l = running_loop(th);
    if (l)
        return l;
    AsyncioState *st = state_imported(th);
    Value policy = st ? kr_vm_call(th, st->get_event_loop_policy, NULL, 0, NULL) : KR_VALUE_NULL;
    return policy ? call_method(th, policy, st->s_get_event_loop, NULL, 0, NULL) : KR_VALUE_NULL;
}

KR_LIB_FUNC(asyncio_get_event_loop)
{
    if (kr_libutil_check_positional(th, "get_event_loop", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    return get_event_loop(th);
}

KR_LIB_FUNC(asyncio__get_event_loop)
{
    static const char *const names[] = {"stacklevel", NULL};
    Value out[1] = {KR_VALUE_NULL};
    if (kr_libutil_parse(th, "_get_event_loop", args, nargs, kw, names, 0, 0, out) < 0)
        return KR_VALUE_NULL;
    return get_event_loop(th);
}

/* ---- task bookkeeping ---- */

static int enter_task(Thread *th, AsyncioState *st, Value loop, Value task)
{
    Value cur = kr_dict_get(th, st->current_tasks, loop);
    if (cur) {
        kr_err_format(th, &kr_exc_RuntimeError,
                      "Cannot enter into task %R while another task %R is being executed.",
                      task, cur);
        return -1;
    }
    if (kr_err_occurred(th))
        return -1;
    return kr_dict_set(th, st->current_tasks, loop, task);
}

static int leave_task(Thread *th, AsyncioState *st, Value loop, Value task)
{
    Value cur = kr_dict_get(th, st->current_tasks, loop);
    if (!cur && kr_err_occurred(th))
        return -1;
    if (cur != task) {
        kr_err_format(th, &kr_exc_RuntimeError,
                      "Leaving task %R does not match the current task %R.", task,
                      cur ? cur : KR_NONE);
        return -1;
    }
    return kr_dict_del(th, st->current_tasks, loop) < 0 ? -1 : 0;
}

static int register_task(Thread *th, AsyncioState *st, Value task)
{
    Value set = all_tasks_set(th, st);
    return set && call_method(th, set, st->s_add, &task, 1, NULL) ? 0 : -1;
}

KR_LIB_FUNC(asyncio__register_task)
{
    static const char *const names[] = {"task", NULL};
    Value out[1];
    AsyncioState *st = state_of(th);
    if (!st || kr_libutil_parse(th, "_register_task", args, nargs, kw, names, 0, 1, out) < 0 ||
        register_task(th, st, out[0]) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

KR_LIB_FUNC(asyncio__unregister_task)
{
    static const char *const names[] = {"task", NULL};
    Value out[1];
    AsyncioState *st = state_of(th);
    if (!st || kr_libutil_parse(th, "_unregister_task", args, nargs, kw, names, 0, 1, out) < 0)
        return KR_VALUE_NULL;
    Value set = all_tasks_set(th, st);
    return set && call_method(th, set, st->s_discard, out, 1, NULL) ? KR_NONE : KR_VALUE_NULL;
}

KR_LIB_FUNC(asyncio__enter_task)
{
    static const char *const names[] = {"loop", "task", NULL};
    Value out[2];
    AsyncioState *st = state_of(th);
    if (!st || kr_libutil_parse(th, "_enter_task", args, nargs, kw, names, 0, 2, out) < 0 ||
        enter_task(th, st, out[0], out[1]) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

KR_LIB_FUNC(asyncio__leave_task)
{
    static const char *const names[] = {"loop", "task", NULL};
    Value out[2];
    AsyncioState *st = state_of(th);
    if (!st || kr_libutil_parse(th, "_leave_task", args, nargs, kw, names, 0, 2, out) < 0 ||
        leave_task(th, st, out[0], out[1]) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

/* PEP 562: _all_tasks and _current_tasks are made on first access, since
 * the WeakSet needs the weakref module (the module itself is made before
 * anything can be imported). */
KR_LIB_FUNC(asyncio_module_getattr)
{
    if (nargs != 1 || !kr_is_str(args[0]))
        return kr_err_type_error(th, "__getattr__ expects a name");
    AsyncioState *st = state_of(th);
    if (!st)
        return KR_VALUE_NULL;
    Str *name = (Str *)kr_as_obj(args[0]);
    Str *all = kr_str_intern_cstr(th, "_all_tasks"), *cur = kr_str_intern_cstr(th, "_current_tasks");
    if (!all || !cur)
        return KR_VALUE_NULL;
    if (kr_str_eq(name, all))
        return all_tasks_set(th, st);
    if (kr_str_eq(name, cur))
        return kr_from_obj(st->current_tasks);
    kr_err_format(th, &kr_exc_AttributeError, "module '_asyncio' has no attribute '%U'", name);
    return KR_VALUE_NULL;
}

/* ---- Future ---- */


/* The CancelledError a cancelled future raises: the one its task's
 * coroutine raised (taken, once), or a new one with the cancel message. */
static Value make_cancelled_error(Thread *th, AsyncioState *st, Future *f)
{
    if (f->cancelled_exc) {
        Value e = f->cancelled_exc;
        f->cancelled_exc = KR_VALUE_NULL;
        return e;
    }
    Value msg = f->cancel_msg;
    if (!msg || msg == KR_NONE)
        return kr_vm_call(th, st->cancelled_error, NULL, 0, NULL);
    return kr_vm_call(th, st->cancelled_error, &msg, 1, NULL);
}

static void raise_cancelled(Thread *th, AsyncioState *st, Future *f)
{
    Value e = make_cancelled_error(th, st, f);
    if (e)
        kr_err_set(th, e);
}

static int schedule_callbacks(Thread *th, AsyncioState *st, Value self)
{
    Future *f = as_fut(self);
    if (f->cb0) {
        Value cb = f->cb0, ctx = f->ctx0;
        f->cb0 = f->ctx0 = KR_VALUE_NULL;
        if (call_soon(th, st, f->loop, cb, self, ctx) < 0)
            return -1;
    }
    List *l = f->callbacks;
    if (!l)
        return 0;
    f->callbacks = NULL;
    for (int64_t i = 0; i < l->size; i++) {
        Tuple *t = kr_as_tuple(l->items[i]);
        if (call_soon(th, st, f->loop, t->items[0], self, t->items[1]) < 0)
            return -1;
    }
    return 0;
}

/* Futures that log an unretrieved exception need the collector's
 * finalizer; exact ones get it only then (a subclass's instances are
 * registered at allocation, object.c). */
static void track_finalizer(Value self)
{
    if (!(kr_as_obj(self)->type->flags & KR_TYPE_HEAP))
        kr_mod_gc_track_del(kr_as_obj(self));
}

static Value fut_set_result(Thread *th, AsyncioState *st, Value self, Value res)
{
    Future *f = as_fut(self);
    if (f->state != ST_PENDING) {
        set_error(th, st->invalid_state_error, "invalid state");
        return KR_VALUE_NULL;
    }
    f->result = res;
    f->state = ST_FINISHED;
    return schedule_callbacks(th, st, self) < 0 ? KR_VALUE_NULL : KR_NONE;
}

static Value fut_set_exception(Thread *th, AsyncioState *st, Value self, Value exc)
{
    Future *f = as_fut(self);
    if (f->state != ST_PENDING) {
        set_error(th, st->invalid_state_error, "invalid state");
        return KR_VALUE_NULL;
    }
    Value ev = exc;
    if (kr_is_obj(exc) && (kr_type_of(exc)->flags & KR_TYPE_TYPE_SUBCLASS) &&
        (((Type *)kr_as_obj(exc))->flags & KR_TYPE_EXC_SUBCLASS)) {
        ev = kr_vm_call(th, exc, NULL, 0, NULL);
        if (!ev)
            return KR_VALUE_NULL;
        if (f->state != ST_PENDING) {
            set_error(th, st->invalid_state_error, "invalid state");
            return KR_VALUE_NULL;
        }
    }
    if (!kr_is_exc(ev)) {
        kr_err_set_string(th, &kr_exc_TypeError, "invalid exception object");
        return KR_VALUE_NULL;
    }
    if (kr_type_of(ev) == &kr_exc_StopIteration) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "StopIteration interacts badly with generators and cannot be raised "
                          "into a Future");
        return KR_VALUE_NULL;
    }
    f->exception = ev;
    f->exception_tb = ((Exc *)kr_as_obj(ev))->traceback;
    f->state = ST_FINISHED;
    if (schedule_callbacks(th, st, self) < 0)
        return KR_VALUE_NULL;
    f->log_tb = true;
    track_finalizer(self);
    return KR_NONE;
}

static Value fut_cancel(Thread *th, AsyncioState *st, Value self, Value msg)
{
    Future *f = as_fut(self);
    f->log_tb = false;
    if (f->state != ST_PENDING)
        return KR_FALSE;
    f->state = ST_CANCELLED;
    f->cancel_msg = msg;
    return schedule_callbacks(th, st, self) < 0 ? KR_VALUE_NULL : KR_TRUE;
}

/* 0: *out is the result; 1: *out is the exception; -1: raised
 * (cancelled, or not done). */
static int fut_get_result(Thread *th, AsyncioState *st, Future *f, Value *out)
{
    if (f->state == ST_CANCELLED) {
        raise_cancelled(th, st, f);
        return -1;
    }
    if (f->state != ST_FINISHED) {
        set_error(th, st->invalid_state_error, "Result is not set.");
        return -1;
    }
    f->log_tb = false;
    if (f->exception) {
        *out = f->exception;
        return 1;
    }
    *out = f->result ? f->result : KR_NONE;
    return 0;
}

static Value fut_result(Thread *th, AsyncioState *st, Future *f)
{
    Value r;
    int k = fut_get_result(th, st, f, &r);
    if (k < 0)
        return KR_VALUE_NULL;
    if (k == 0)
        return r;
    if (f->exception_tb)
        ((Exc *)kr_as_obj(r))->traceback = f->exception_tb;
    kr_err_set(th, r);
    return KR_VALUE_NULL;
}

static int fut_add_callback(Thread *th, AsyncioState *st, Value self, Value fn, Value ctx)
{
    Future *f = as_fut(self);
    if (f->state != ST_PENDING)
        return call_soon(th, st, f->loop, fn, self, ctx);
    if (!f->cb0 && !f->callbacks) {
        f->cb0 = fn;
        f->ctx0 = ctx;
        return 0;
    }
    Tuple *t = kr_tuple_from_array(th, (Value[]){fn, ctx}, 2);
    if (!t)
        return -1;
    if (!f->callbacks && !(f->callbacks = kr_list_new(th, 0)))
        return -1;
    return kr_list_append(th, f->callbacks, kr_from_obj(t));
}

static int fut_init(Thread *th, AsyncioState *st, Value self, Value loop)
{
    Future *f = as_fut(self);
    Obj hdr = f->hdr;
    Dict *dict = f->dict;     /* attributes set before __init__ stay */
    memset((char *)f + sizeof(Obj), 0, sizeof(Future) - sizeof(Obj));
    f->dict = dict;
    f->hdr = hdr;
    f->state = ST_PENDING;
    if (!loop || loop == KR_NONE) {
        if (!(loop = get_event_loop(th)))
            return -1;
    }
    f->loop = loop;
    Value dbg = call_method(th, loop, st->s_get_debug, NULL, 0, NULL);
    int t = dbg ? kr_object_truth(th, dbg) : -1;
    if (t < 0)
        return -1;
    if (t) {
        /* traceback.extract_stack() called from C ends at the Python
         * frame that made the future (CPython's drops an entry of its own) */
        Value tb = kr_vm_call(th, st->extract_stack, NULL, 0, NULL);
        if (!tb)
            return -1;
        f->source_tb = tb;
    }
    return 0;
}

static Value future_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    Obj *o = kr_libutil_alloc(th, t);
    return o ? kr_from_obj(o) : KR_VALUE_NULL;
}

static int future_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"loop", NULL};
    Value out[1] = {KR_VALUE_NULL};
    AsyncioState *st = state_imported(th);
    if (!st || kr_libutil_parse_kwonly(th, "Future", args, nargs, kw, names, 0, 0, 1, out) < 0)
        return -1;
    return fut_init(th, st, self, out[0]);
}

#define FUT_METHOD(name) KR_LIB_FUNC(name)

/* The state, and CPython's ENSURE_FUTURE_ALIVE: the methods that need
 * the loop refuse a future whose __init__ never ran. */
static AsyncioState *method_state(Thread *th, Value self)
{
    AsyncioState *st = state_imported(th);
    if (!st || as_fut(self)->loop)
        return st;
    kr_err_set_string(th, &kr_exc_RuntimeError, "Future object is not initialized.");
    return NULL;
}

/* result() and exception() say the same as an InvalidStateError. */
static AsyncioState *result_state(Thread *th, Value self)
{
    AsyncioState *st = state_imported(th);
    if (!st || as_fut(self)->loop)
        return st;
    set_error(th, st->invalid_state_error, "Future object is not initialized.");
    return NULL;
}

FUT_METHOD(future_result)
{
    AsyncioState *st = result_state(th, args[0]);
    if (!st || kr_libutil_check_positional(th, "result", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return fut_result(th, st, as_fut(args[0]));
}

FUT_METHOD(future_exception)
{
    AsyncioState *st = result_state(th, args[0]);
    if (!st || kr_libutil_check_positional(th, "exception", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    Future *f = as_fut(args[0]);
    if (f->state == ST_CANCELLED) {
        raise_cancelled(th, st, f);
        return KR_VALUE_NULL;
    }
    if (f->state != ST_FINISHED) {
        set_error(th, st->invalid_state_error, "Exception is not set.");
        return KR_VALUE_NULL;
    }
    f->log_tb = false;
    return f->exception ? f->exception : KR_NONE;
}

FUT_METHOD(future_set_result)
{
    AsyncioState *st = method_state(th, args[0]);
    if (!st || kr_libutil_check_positional(th, "set_result", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    return fut_set_result(th, st, args[0], args[1]);
}

FUT_METHOD(future_set_exception)
{
    AsyncioState *st = method_state(th, args[0]);
    if (!st || kr_libutil_check_positional(th, "set_exception", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    return fut_set_exception(th, st, args[0], args[1]);
}

FUT_METHOD(future_add_done_callback)
{
    static const char *const names[] = {"", "context", NULL};
    Value out[2] = {KR_VALUE_NULL, KR_VALUE_NULL};
    AsyncioState *st = state_imported(th);
    if (st && !as_fut(args[0])->loop) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "uninitialized Future object");
        return KR_VALUE_NULL;
    }
    if (!st || kr_libutil_parse_kwonly(th, "add_done_callback", args + 1, nargs - 1, kw, names,
                                       1, 1, 1, out) < 0)
        return KR_VALUE_NULL;
    Value ctx = out[1];
    if (!ctx || ctx == KR_NONE) {
        if (!(ctx = kr_vm_call(th, st->copy_context, NULL, 0, NULL)))
            return KR_VALUE_NULL;
    }
    return fut_add_callback(th, st, args[0], out[0], ctx) < 0 ? KR_VALUE_NULL : KR_NONE;
}

FUT_METHOD(future_remove_done_callback)
{
    AsyncioState *st = method_state(th, args[0]);
    if (!st || kr_libutil_check_positional(th, "remove_done_callback", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Future *f = as_fut(args[0]);
    Value fn = args[1];
    int64_t removed = 0;
    if (f->cb0) {
        int eq = kr_object_richcompare_bool(th, f->cb0, fn, KR_EQ);
        if (eq < 0)
            return KR_VALUE_NULL;
        if (eq) {
            f->cb0 = f->ctx0 = KR_VALUE_NULL;
            removed++;
        }
    }
    List *l = f->callbacks;
    if (l) {
        int64_t j = 0;
        for (int64_t i = 0; i < l->size; i++) {
            Value item = l->items[i];
            int eq = kr_object_richcompare_bool(th, kr_as_tuple(item)->items[0], fn, KR_EQ);
            if (eq < 0)
                return KR_VALUE_NULL;
            if (eq)
                removed++;
            else if (j < l->size)
                l->items[j++] = item;
        }
        l->size = j < l->size ? j : l->size;
        if (l->size == 0)
            f->callbacks = NULL;
    }
    return kr_from_smallint(removed);
}

FUT_METHOD(future_cancel)
{
    static const char *const names[] = {"msg", NULL};
    Value out[1] = {KR_VALUE_NULL};
    AsyncioState *st = method_state(th, args[0]);
    if (!st || kr_libutil_parse(th, "cancel", args + 1, nargs - 1, kw, names, 0, 0, out) < 0)
        return KR_VALUE_NULL;
    return fut_cancel(th, st, args[0], out[0] ? out[0] : KR_NONE);
}

FUT_METHOD(future_cancelled)
{
    if (kr_libutil_check_positional(th, "cancelled", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(as_fut(args[0])->state == ST_CANCELLED);
}

FUT_METHOD(future_done)
{
    if (kr_libutil_check_positional(th, "done", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(as_fut(args[0])->state != ST_PENDING);
}

FUT_METHOD(future_get_loop)
{
    if (!method_state(th, args[0]) || kr_libutil_check_positional(th, "get_loop", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return as_fut(args[0])->loop;
}

FUT_METHOD(future_make_cancelled_error)
{
    AsyncioState *st = state_imported(th);
    if (!st || kr_libutil_check_positional(th, "_make_cancelled_error", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return make_cancelled_error(th, st, as_fut(args[0]));
}

static Value future_iter_new(Thread *th, Value fut)
{
    FutureIter *it = kr_gc_alloc(sizeof *it);
    if (!it) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    it->hdr.type = &kr_asyncio_futureiter_type;
    it->future = fut;
    return kr_from_obj(it);
}

FUT_METHOD(future_await)
{
    if (!method_state(th, args[0]))
        return KR_VALUE_NULL;
    return future_iter_new(th, args[0]);
}

static Value future_iter_slot(Thread *th, Value self)
{
    if (!method_state(th, self))
        return KR_VALUE_NULL;
    return future_iter_new(th, self);
}

static Value future_repr(Thread *th, Value self)
{
    AsyncioState *st = method_state(th, self);
    return st ? kr_vm_call(th, st->future_repr, &self, 1, NULL) : KR_VALUE_NULL;
}

static void report_to_loop(Thread *th, AsyncioState *st, Value self, Dict *ctx)
{
    Future *f = as_fut(self);
    Str *k = kr_str_intern_cstr(th, "source_traceback");
    if (k && f->source_tb && kr_dict_set_str(th, ctx, k, f->source_tb) < 0)
        k = NULL;
    Value arg = kr_from_obj(ctx);
    if (!k || !call_method(th, f->loop, st->s_call_exception_handler, &arg, 1, NULL))
        kr_mod_gc_write_unraisable(th, kr_err_fetch(th), self);
}

static int dict_put(Thread *th, Dict *d, const char *key, Value v)
{
    Str *k = kr_str_intern_cstr(th, key);
    return k ? kr_dict_set_str(th, d, k, v) : -1;
}

/* The collector found a future whose exception nobody retrieved. */
static void future_finalize(Thread *th, Value self)
{
    Future *f = as_fut(self);
    if (!f->log_tb || !f->loop)
        return;
    f->log_tb = false;
    AsyncioState *st = state_imported(th);
    Dict *ctx = st ? kr_dict_new(th) : NULL;
    char msg[300];
    snprintf(msg, sizeof msg, "%s exception was never retrieved", kr_libutil_short_name(self));
    Str *m = ctx ? kr_str_from_cstr(th, msg) : NULL;
    if (!m || dict_put(th, ctx, "message", kr_from_obj(m)) < 0 ||
        dict_put(th, ctx, "exception", f->exception) < 0 ||
        dict_put(th, ctx, "future", self) < 0) {
        kr_err_clear(th);
        return;
    }
    report_to_loop(th, st, self, ctx);
}

/* ---- Future attributes ---- */

static Value or_none(Value v) { return v ? v : KR_NONE; }

static Value fut_get_blocking(Thread *th, Value self)
{
    return kr_from_bool(as_fut(self)->blocking);
}

static int no_delete(Thread *th, Value v)
{
    if (v)
        return 0;
    kr_err_set_string(th, &kr_exc_AttributeError, "cannot delete attribute");
    return -1;
}

static int fut_set_blocking(Thread *th, Value self, Str *name, Value v)
{
    if (no_delete(th, v) < 0)
        return -1;
    int t = kr_object_truth(th, v);
    if (t < 0)
        return -1;
    as_fut(self)->blocking = t;
    return 0;
}

static Value fut_get_log_traceback(Thread *th, Value self)
{
    if (!method_state(th, self))
        return KR_VALUE_NULL;
    return kr_from_bool(as_fut(self)->log_tb);
}

static int fut_set_log_traceback(Thread *th, Value self, Str *name, Value v)
{
    if (no_delete(th, v) < 0)
        return -1;
    int t = kr_object_truth(th, v);
    if (t < 0)
        return -1;
    if (t) {
        kr_err_set_string(th, &kr_exc_ValueError, "_log_traceback can only be set to False");
        return -1;
    }
    as_fut(self)->log_tb = false;
    return 0;
}

static Value fut_get_loop_attr(Thread *th, Value self) { return or_none(as_fut(self)->loop); }

static Value fut_get_callbacks(Thread *th, Value self)
{
    Future *f = as_fut(self);
    if (!method_state(th, self))
        return KR_VALUE_NULL;
    if (!f->cb0)
        return f->callbacks ? kr_from_obj(f->callbacks) : KR_NONE;
    List *l = kr_list_new(th, 0);
    Tuple *t = l ? kr_tuple_from_array(th, (Value[]){f->cb0, f->ctx0}, 2) : NULL;
    if (!t || kr_list_append(th, l, kr_from_obj(t)) < 0)
        return KR_VALUE_NULL;
    for (int64_t i = 0; f->callbacks && i < f->callbacks->size; i++)
        if (kr_list_append(th, l, f->callbacks->items[i]) < 0)
            return KR_VALUE_NULL;
    return kr_from_obj(l);
}

static Value fut_get_result_attr(Thread *th, Value self)
{
    return method_state(th, self) ? or_none(as_fut(self)->result) : KR_VALUE_NULL;
}

static Value fut_get_exception_attr(Thread *th, Value self)
{
    return method_state(th, self) ? or_none(as_fut(self)->exception) : KR_VALUE_NULL;
}

static Value fut_get_source_tb(Thread *th, Value self)
{
    return or_none(as_fut(self)->source_tb);
}

static Value fut_get_cancel_message(Thread *th, Value self)
{
    return or_none(as_fut(self)->cancel_msg);
}

static int fut_set_cancel_message(Thread *th, Value self, Str *name, Value v)
{
    if (no_delete(th, v) < 0)
        return -1;
    as_fut(self)->cancel_msg = v;
    return 0;
}

static Value fut_get_state(Thread *th, Value self)
{
    static const char *const names[] = {"PENDING", "CANCELLED", "FINISHED"};
    if (!method_state(th, self))
        return KR_VALUE_NULL;
    Str *s = kr_str_intern_cstr(th, names[as_fut(self)->state]);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static const MemberDef future_members[] = {
    {"_asyncio_future_blocking", 0, fut_get_blocking, fut_set_blocking, NULL, 0},
    {"_log_traceback", 0, fut_get_log_traceback, fut_set_log_traceback, NULL, 0},
    {"_loop", 0, fut_get_loop_attr, NULL, NULL, KR_MEMBER_READONLY},
    {"_callbacks", 0, fut_get_callbacks, NULL, NULL, KR_MEMBER_READONLY},
    {"_result", 0, fut_get_result_attr, NULL, NULL, KR_MEMBER_READONLY},
    {"_exception", 0, fut_get_exception_attr, NULL, NULL, KR_MEMBER_READONLY},
    {"_source_traceback", 0, fut_get_source_tb, NULL, NULL, KR_MEMBER_READONLY},
    {"_cancel_message", 0, fut_get_cancel_message, fut_set_cancel_message, NULL, 0},
    {"_state", 0, fut_get_state, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

KR_LIB_FUNC(class_getitem) { return kr_genericalias_new(th, args[0], args[1]); }

static const MethodDef future_methods[] = {
    {"result", future_result, "($self, /)", NULL, 0},
    {"exception", future_exception, "($self, /)", NULL, 0},
    {"set_result", future_set_result, "($self, result, /)", NULL, 0},
    {"set_exception", future_set_exception, "($self, exception, /)", NULL, 0},
    {"add_done_callback", future_add_done_callback, "($self, fn, /, *, context=None)", NULL, 0},
    {"remove_done_callback", future_remove_done_callback, "($self, fn, /)", NULL, 0},
    {"cancel", future_cancel, "($self, /, msg=None)", NULL, 0},
    {"cancelled", future_cancelled, "($self, /)", NULL, 0},
    {"done", future_done, "($self, /)", NULL, 0},
    {"get_loop", future_get_loop, "($self, /)", NULL, 0},
    {"_make_cancelled_error", future_make_cancelled_error, "($self, /)", NULL, 0},
    {"__await__", future_await, "($self, /)", NULL, 0},
    {"__class_getitem__", class_getitem, "($cls, item, /)", "See PEP 585", KR_METH_CLASS},
    {0},
};

Type kr_asyncio_future_type = {
    .hdr = {&kr_type_type}, .name = "_asyncio.Future", .size = sizeof(Future),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(Future, dict), .new_ = future_new, .init = future_init,
    .finalize = future_finalize, .repr = future_repr, .iter = future_iter_slot,
    .methods = future_methods, .members = future_members,
};

/* ---- FutureIter ---- */

static Value futureiter_next(Thread *th, Value self)
{
    FutureIter *it = (FutureIter *)kr_as_obj(self);
    Value fv = it->future;
    if (!fv)
        return KR_VALUE_NULL;
    Future *f = as_fut(fv);
    if (f->state == ST_PENDING) {
        if (!f->blocking) {
            f->blocking = true;
            return fv;
        }
        kr_err_set_string(th, &kr_exc_RuntimeError, "await wasn't used with future");
        return KR_VALUE_NULL;
    }
    it->future = KR_VALUE_NULL;
    AsyncioState *st = state_imported(th);
    Value r = st ? fut_result(th, st, f) : KR_VALUE_NULL;
    if (r && r != KR_NONE)
        return kr_gen_raise_stop(th, r);
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(futureiter_send)
{
    if (kr_libutil_check_positional(th, "send", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Value r = futureiter_next(th, args[0]);
    if (!r && !kr_err_occurred(th))
        return kr_gen_raise_stop(th, KR_NONE);
    return r;
}

KR_LIB_FUNC(futureiter_throw)
{
    if (kr_libutil_check_positional(th, "throw", nargs - 1, 1, 3) < 0)
        return KR_VALUE_NULL;
    Value typ = args[1], tb = nargs > 3 ? args[3] : KR_VALUE_NULL;
    bool is_class = kr_is_obj(typ) && (kr_type_of(typ)->flags & KR_TYPE_TYPE_SUBCLASS) &&
                    (((Type *)kr_as_obj(typ))->flags & KR_TYPE_EXC_SUBCLASS);
    if (tb && tb != KR_NONE && !kr_is_type(tb, &kr_traceback_type))
        return kr_err_type_error(th, "throw() third argument must be a traceback");
    if (!is_class && !kr_is_exc(typ))
        return kr_err_type_error(th, "exceptions must be classes deriving BaseException or "
                                     "instances of such a class");
    Value e = kr_gen_make_thrown(th, typ, nargs > 2 ? args[2] : KR_VALUE_NULL, tb);
    if (!e)
        return KR_VALUE_NULL;
    ((FutureIter *)kr_as_obj(args[0]))->future = KR_VALUE_NULL;
    kr_err_set(th, e);
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(futureiter_close)
{
    ((FutureIter *)kr_as_obj(args[0]))->future = KR_VALUE_NULL;
    return KR_NONE;
}

static const MethodDef futureiter_methods[] = {
    {"send", futureiter_send, "($self, unused, /)", NULL, 0},
    {"throw", futureiter_throw, NULL, NULL, 0},
    {"close", futureiter_close, "($self, /)", NULL, 0},
    {0},
};

Type kr_asyncio_futureiter_type = {
    .hdr = {&kr_type_type}, .name = "_asyncio.FutureIter", .size = sizeof(FutureIter),
    .iter = kr_libutil_iter_self, .next = futureiter_next, .methods = futureiter_methods,
};

/* ---- Task: stepping ---- */

static int task_step(Thread *th, AsyncioState *st, Value task, Value exc);

static Value stepcall_call(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (nargs || (kw && kw->size)) {
        kr_err_set_string(th, &kr_exc_TypeError, "TaskStepMethWrapper takes no arguments");
        return KR_VALUE_NULL;
    }
    StepCall *s = (StepCall *)kr_as_obj(self);
    AsyncioState *st = state_imported(th);
    return st && task_step(th, st, s->task, s->arg) == 0 ? KR_NONE : KR_VALUE_NULL;
}

static Value stepcall_self(Thread *th, Value self) { return ((StepCall *)kr_as_obj(self))->task; }

static const MemberDef stepcall_members[] = {
    {"__self__", 0, stepcall_self, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Type kr_asyncio_stepcall_type = {
    .hdr = {&kr_type_type}, .name = "TaskStepMethWrapper", .size = sizeof(StepCall),
    .call = stepcall_call, .members = stepcall_members,
};

/* loop.call_soon(<step of task with arg>, context=task's context) */
static int step_soon(Thread *th, AsyncioState *st, Value task, Value arg)
{
    Task *t = as_task(task);
    Value step = arg ? KR_VALUE_NULL : t->step_none;
    if (!step) {
        StepCall *s = kr_gc_alloc(sizeof *s);
        if (!s) {
            kr_err_no_memory(th);
            return -1;
        }
        s->hdr.type = &kr_asyncio_stepcall_type;
        s->task = task;
        s->arg = arg;
        step = kr_from_obj(s);
        if (!arg)
            t->step_none = step;
    }
    return call_soon(th, st, t->fut.loop, step, KR_VALUE_NULL, t->context);
}

/* Schedule a step that raises RuntimeError(msg) in the coroutine. */
static int error_soon(Thread *th, AsyncioState *st, Value task, const char *fmt, Value a, Value b)
{
    kr_err_format(th, &kr_exc_RuntimeError, fmt, a, b);
    Value e = kr_err_fetch(th);
    if (kr_type_of(e) != &kr_exc_RuntimeError) {
        kr_err_set(th, e);      /* a repr raised */
        return -1;
    }
    return step_soon(th, st, task, e);
}

static Value task_wakeup(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw);
static const MethodDef task_wakeup_def = {"task_wakeup", task_wakeup, "($self, fut, /)", NULL, 0};

/* The future the coroutine yielded: wait for it (add our wakeup as its
 * done callback), or schedule the error the misuse deserves. */
static int await_future(Thread *th, AsyncioState *st, Value task, Value res, bool exact)
{
    Task *t = as_task(task);
    Value oloop;
    bool blocking;
    if (exact) {
        oloop = as_fut(res)->loop;
        blocking = as_fut(res)->blocking;
    } else {
        Value b = kr_object_getattr(th, res, st->s_blocking);
        int tr = b ? kr_object_truth(th, b) : -1;
        if (tr < 0)
            return -1;
        blocking = tr;
        oloop = call_method(th, res, st->s_get_loop, NULL, 0, NULL);
        if (!oloop && kr_err_matches(th, &kr_exc_AttributeError)) {
            kr_err_clear(th);
            oloop = kr_object_getattr(th, res, st->s_loop);
        }
        if (!oloop)
            return -1;
    }
    if (oloop != t->fut.loop)
        return error_soon(th, st, task, "Task %R got Future %R attached to a different loop", task,
                          res);
    if (!blocking)
        return error_soon(th, st, task, "yield was used instead of yield from in task %R with %R",
                          task, res);
    Value wakeup = t->wakeup;
    if (!wakeup && !(wakeup = t->wakeup = kr_builtin_new(th, &task_wakeup_def, task,
                                                         KR_VALUE_NULL)))
        return -1;
    if (exact) {
        as_fut(res)->blocking = false;
        if (fut_add_callback(th, st, res, wakeup, t->context) < 0)
            return -1;
    } else {
        Value args[2] = {wakeup, t->context};
        if (kr_object_setattr(th, res, st->s_blocking, KR_FALSE) < 0 ||
            !call_method(th, res, st->s_add_done_callback, args, 1, st->kw_context))
            return -1;
    }
    t->fut_waiter = res;
    if (t->must_cancel) {
        Value msg = or_none(t->fut.cancel_msg);
        Value r = call_method(th, res, st->s_cancel, &msg, 1, NULL);
        int tr = r ? kr_object_truth(th, r) : -1;
        if (tr < 0)
            return -1;
        if (tr)
            t->must_cancel = false;
    }
    return 0;
}

/* What the coroutine yielded decides what happens next. */
static int step_yielded(Thread *th, AsyncioState *st, Value task, Value res)
{
    if (res == task)
        return error_soon(th, st, task, "Task cannot await on itself: %R", task, KR_NONE);
    if (is_future_exact(res))
        return await_future(th, st, task, res, true);
    if (res == KR_NONE)
        return step_soon(th, st, task, KR_VALUE_NULL);   /* bare yield: one loop turn */
    Value b = kr_object_getattr(th, res, st->s_blocking);
    if (!b) {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return -1;
        kr_err_clear(th);
    } else if (b != KR_NONE) {
        return await_future(th, st, task, res, false);
    }
    if (kr_is_obj(res) && kr_type_of(res) == &kr_generator_type)
        return error_soon(th, st, task,
                          "yield was used instead of yield from for generator in task %R with %R",
                          task, res);
    return error_soon(th, st, task, "Task got bad yield: %R", res, KR_NONE);
}

/* The coroutine finished: with a value (ret), or by raising. */
static int step_finished(Thread *th, AsyncioState *st, Value task, bool returned, Value ret)
{
    Task *t = as_task(task);
    if (returned) {
        if (t->must_cancel) {
            t->must_cancel = false;
            return fut_cancel(th, st, task, or_none(t->fut.cancel_msg)) ? 0 : -1;
        }
        return fut_set_result(th, st, task, ret) ? 0 : -1;
    }
    if (kr_err_matches(th, (Type *)kr_as_obj(st->cancelled_error))) {
        t->fut.cancelled_exc = kr_err_fetch(th);
        return fut_cancel(th, st, task, KR_NONE) ? 0 : -1;
    }
    Value e = kr_err_fetch(th);
    if (!fut_set_exception(th, st, task, e))
        return -1;
    Type *et = kr_type_of(e);
    if (kr_type_is_subtype(et, &kr_exc_KeyboardInterrupt) ||
        kr_type_is_subtype(et, &kr_exc_SystemExit)) {
        kr_err_set(th, e);      /* they propagate out of the loop too */
        return -1;
    }
    return 0;
}

/* One send (or throw, exc != NULL) into the coroutine.  Returns the
 * yielded value; NULL with *returned and *ret when it returned, NULL with
 * an exception when it raised. */
static Value step_send(Thread *th, AsyncioState *st, Value coro, Value exc, bool *returned,
                       Value *ret)
{
    *returned = false;
    Value r;
    if (kr_gen_is_coro(coro) || kr_is_type(coro, &kr_generator_type)) {
        Generator *g = (Generator *)kr_as_obj(coro);
        if (!exc) {
            r = kr_gen_send_ex(th, g, KR_NONE, ret);
            if (!r && !kr_err_occurred(th))
                *returned = true;
            return r;
        }
        r = kr_gen_throw_ex(th, g, &exc, 1);
    } else if (!exc) {
        Value none = KR_NONE;
        r = call_method(th, coro, st->s_send, &none, 1, NULL);
    } else {
        r = call_method(th, coro, st->s_throw, &exc, 1, NULL);
    }
    if (!r && kr_err_matches(th, &kr_exc_StopIteration)) {
        Exc *x = (Exc *)kr_as_obj(kr_err_fetch(th));
        *ret = x->args && x->args->size ? x->args->items[0] : KR_NONE;
        *returned = true;
    }
    return r;
}

static int task_step_impl(Thread *th, AsyncioState *st, Value task, Value exc)
{
    Task *t = as_task(task);
    if (t->fut.state != ST_PENDING) {
        /* formatted as a RuntimeError's message, raised as InvalidStateError */
        kr_err_format(th, &kr_exc_RuntimeError, "_step(): already done: %R %R", task,
                      or_none(exc));
        Value e = kr_err_fetch(th);
        if (kr_type_of(e) == &kr_exc_RuntimeError) {
            Value msg = ((Exc *)kr_as_obj(e))->args->items[0];
            if ((e = kr_vm_call(th, st->invalid_state_error, &msg, 1, NULL)) == KR_VALUE_NULL)
                return -1;
        }
        kr_err_set(th, e);
        return -1;
    }
    if (t->must_cancel) {
        if (exc) {
            int r = kr_object_isinstance(th, exc, st->cancelled_error);
            if (r < 0)
                return -1;
            if (!r)
                exc = KR_VALUE_NULL;
        }
        if (!exc && !(exc = make_cancelled_error(th, st, &t->fut)))
            return -1;
        t->must_cancel = false;
    }
    t->fut_waiter = KR_VALUE_NULL;
    bool returned;
    Value ret = KR_NONE;
    Value res = step_send(th, st, t->coro, exc, &returned, &ret);
    if (res)
        return step_yielded(th, st, task, res);
    return step_finished(th, st, task, returned, ret);
}

static int task_step(Thread *th, AsyncioState *st, Value task, Value exc)
{
    Value loop = as_task(task)->fut.loop;
    if (enter_task(th, st, loop, task) < 0)
        return -1;
    if (task_step_impl(th, st, task, exc) < 0) {
        Value e = kr_err_fetch(th);
        if (leave_task(th, st, loop, task) < 0) {
            Value e2 = kr_err_fetch(th);
            if (kr_is_exc(e2) && ((Exc *)kr_as_obj(e2))->context == KR_NONE)
                ((Exc *)kr_as_obj(e2))->context = e;
            e = e2;
        }
        kr_err_set(th, e);
        return -1;
    }
    return leave_task(th, st, loop, task);
}

/* The done callback of the future a task waits on. */
static Value task_wakeup(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_check_positional(th, "task_wakeup", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Value task = args[0], fut = args[1];
    AsyncioState *st = state_imported(th);
    if (!st)
        return KR_VALUE_NULL;
    Value exc = KR_VALUE_NULL;
    if (is_future_exact(fut)) {
        Value r;
        int k = fut_get_result(th, st, as_fut(fut), &r);
        if (k == 1)
            exc = r;
        else if (k < 0)
            exc = kr_err_fetch(th);
    } else if (!call_method(th, fut, st->s_result, NULL, 0, NULL)) {
        exc = kr_err_fetch(th);
    }
    return task_step(th, st, task, exc) < 0 ? KR_VALUE_NULL : KR_NONE;
}

/* ---- Task: the class ---- */

static int is_coroutine(Thread *th, AsyncioState *st, Value coro)
{
    if (kr_gen_is_coro(coro))
        return 1;
    Value r = kr_vm_call(th, st->iscoroutine, &coro, 1, NULL);
    return r ? kr_object_truth(th, r) : -1;
}

/* "Task-<n>", the digits written by hand: snprintf cost ~800
 * instructions, a twentieth of making a task. */
static Str *default_task_name(Thread *th, uint64_t n)
{
    char buf[32];
    char *p = buf + sizeof buf;
    *--p = 0;
    do
        *--p = (char)('0' + n % 10);
    while (n /= 10);
    memcpy(p -= 5, "Task-", 5);
    return kr_str_from_cstr(th, p);
}

static int task_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"coro", "loop", "name", "context", NULL};
    Value out[4] = {KR_VALUE_NULL, KR_VALUE_NULL, KR_VALUE_NULL, KR_VALUE_NULL};
    AsyncioState *st = state_imported(th);
    if (!st || kr_libutil_parse_kwonly(th, "Task", args, nargs, kw, names, 0, 1, 3, out) < 0)
        return -1;
    Task *t = as_task(self);
    if (fut_init(th, st, self, out[1]) < 0)
        return -1;
    int c = is_coroutine(th, st, out[0]);
    if (c < 0)
        return -1;
    if (!c) {
        t->log_destroy_pending = false;
        kr_err_format(th, &kr_exc_TypeError, "a coroutine was expected, got %R", out[0]);
        return -1;
    }
    Value ctx = out[3];
    if (!ctx || ctx == KR_NONE) {
        if (!(ctx = kr_vm_call(th, st->copy_context, NULL, 0, NULL)))
            return -1;
    }
    t->context = ctx;
    t->fut_waiter = KR_VALUE_NULL;
    t->must_cancel = false;
    t->log_destroy_pending = true;
    track_finalizer(self);      /* before anything can fail: a task whose first
                                   step could not be scheduled is reported too */
    t->num_cancels_requested = 0;
    t->coro = out[0];
    Value name = out[2];
    if (!name || name == KR_NONE) {
        Str *s = default_task_name(th, ++st->task_name_counter);
        if (!s)
            return -1;
        name = kr_from_obj(s);
    } else if (!kr_is_str(name) && !(name = kr_object_str(th, name))) {
        return -1;
    }
    t->name = name;
    if (step_soon(th, st, self, KR_VALUE_NULL) < 0)
        return -1;
    return register_task(th, st, self);
}

#define TASK_METHOD(name) KR_LIB_FUNC(name)

TASK_METHOD(task_set_result)
{
    kr_err_set_string(th, &kr_exc_RuntimeError, "Task does not support set_result operation");
    return KR_VALUE_NULL;
}

TASK_METHOD(task_set_exception)
{
    kr_err_set_string(th, &kr_exc_RuntimeError, "Task does not support set_exception operation");
    return KR_VALUE_NULL;
}

TASK_METHOD(task_cancel)
{
    static const char *const names[] = {"msg", NULL};
    Value out[1] = {KR_VALUE_NULL};
    AsyncioState *st = method_state(th, args[0]);
    if (!st || kr_libutil_parse(th, "cancel", args + 1, nargs - 1, kw, names, 0, 0, out) < 0)
        return KR_VALUE_NULL;
    Task *t = as_task(args[0]);
    Value msg = out[0] ? out[0] : KR_NONE;
    t->fut.log_tb = false;
    if (t->fut.state != ST_PENDING)
        return KR_FALSE;
    t->num_cancels_requested++;
    if (t->fut_waiter) {
        Value r = call_method(th, t->fut_waiter, st->s_cancel, &msg, 1, NULL);
        int tr = r ? kr_object_truth(th, r) : -1;
        if (tr < 0)
            return KR_VALUE_NULL;
        if (tr)
            return KR_TRUE;
    }
    t->must_cancel = true;
    t->fut.cancel_msg = msg;
    return KR_TRUE;
}

TASK_METHOD(task_cancelling)
{
    return kr_from_smallint(as_task(args[0])->num_cancels_requested);
}

TASK_METHOD(task_uncancel)
{
    Task *t = as_task(args[0]);
    if (t->num_cancels_requested > 0)
        t->num_cancels_requested--;
    return kr_from_smallint(t->num_cancels_requested);
}

TASK_METHOD(task_get_coro) { return or_none(as_task(args[0])->coro); }
TASK_METHOD(task_get_name) { return or_none(as_task(args[0])->name); }

TASK_METHOD(task_set_name)
{
    if (kr_libutil_check_positional(th, "set_name", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Value name = args[1];
    if (!kr_is_str(name) && !(name = kr_object_str(th, name)))
        return KR_VALUE_NULL;
    as_task(args[0])->name = name;
    return KR_NONE;
}

TASK_METHOD(task_get_stack)
{
    static const char *const names[] = {"limit", NULL};
    Value out[1] = {KR_VALUE_NULL};
    AsyncioState *st = state_imported(th);
    if (!st || kr_libutil_parse_kwonly(th, "get_stack", args + 1, nargs - 1, kw, names, 0, 0, 1,
                                       out) < 0)
        return KR_VALUE_NULL;
    Value a[2] = {args[0], or_none(out[0])};
    return kr_vm_call(th, st->task_get_stack, a, 2, NULL);
}

TASK_METHOD(task_print_stack)
{
    static const char *const names[] = {"limit", "file", NULL};
    Value out[2] = {KR_VALUE_NULL, KR_VALUE_NULL};
    AsyncioState *st = state_imported(th);
    if (!st || kr_libutil_parse_kwonly(th, "print_stack", args + 1, nargs - 1, kw, names, 0, 0,
                                       2, out) < 0)
        return KR_VALUE_NULL;
    Value a[3] = {args[0], or_none(out[0]), or_none(out[1])};
    return kr_vm_call(th, st->task_print_stack, a, 3, NULL);
}

static Value task_repr(Thread *th, Value self)
{
    AsyncioState *st = method_state(th, self);
    return st ? kr_vm_call(th, st->task_repr, &self, 1, NULL) : KR_VALUE_NULL;
}

static void task_finalize(Thread *th, Value self)
{
    Task *t = as_task(self);
    if (t->fut.loop && t->fut.state == ST_PENDING && t->log_destroy_pending) {
        t->log_destroy_pending = false;
        AsyncioState *st = state_imported(th);
        Dict *ctx = st ? kr_dict_new(th) : NULL;
        Str *m = ctx ? kr_str_from_cstr(th, "Task was destroyed but it is pending!") : NULL;
        if (!m || dict_put(th, ctx, "task", self) < 0 ||
            dict_put(th, ctx, "message", kr_from_obj(m)) < 0)
            kr_err_clear(th);
        else
            report_to_loop(th, st, self, ctx);
    }
    future_finalize(th, self);
}

static Value task_get_must_cancel(Thread *th, Value self)
{
    return kr_from_bool(as_task(self)->must_cancel);
}

static Value task_get_coro_attr(Thread *th, Value self) { return or_none(as_task(self)->coro); }

static Value task_get_fut_waiter(Thread *th, Value self)
{
    return or_none(as_task(self)->fut_waiter);
}

static Value task_get_log_destroy_pending(Thread *th, Value self)
{
    return kr_from_bool(as_task(self)->log_destroy_pending);
}

static int task_set_log_destroy_pending(Thread *th, Value self, Str *name, Value v)
{
    if (no_delete(th, v) < 0)
        return -1;
    int t = kr_object_truth(th, v);
    if (t < 0)
        return -1;
    as_task(self)->log_destroy_pending = t;
    return 0;
}

static const MemberDef task_members[] = {
    {"_must_cancel", 0, task_get_must_cancel, NULL, NULL, KR_MEMBER_READONLY},
    {"_coro", 0, task_get_coro_attr, NULL, NULL, KR_MEMBER_READONLY},
    {"_fut_waiter", 0, task_get_fut_waiter, NULL, NULL, KR_MEMBER_READONLY},
    {"_log_destroy_pending", 0, task_get_log_destroy_pending, task_set_log_destroy_pending,
     NULL, 0},
    {0},
};

static const MethodDef task_methods[] = {
    {"set_result", task_set_result, "($self, result, /)", NULL, 0},
    {"set_exception", task_set_exception, "($self, exception, /)", NULL, 0},
    {"cancel", task_cancel, "($self, /, msg=None)", NULL, 0},
    {"cancelling", task_cancelling, "($self, /)", NULL, 0},
    {"uncancel", task_uncancel, "($self, /)", NULL, 0},
    {"get_stack", task_get_stack, "($self, /, *, limit=None)", NULL, 0},
    {"print_stack", task_print_stack, "($self, /, *, limit=None, file=None)", NULL, 0},
    {"get_coro", task_get_coro, "($self, /)", NULL, 0},
    {"get_name", task_get_name, "($self, /)", NULL, 0},
    {"set_name", task_set_name, "($self, value, /)", NULL, 0},
    {0},
};

Type kr_asyncio_task_type = {
    .hdr = {&kr_type_type}, .name = "_asyncio.Task", .size = sizeof(Task),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(Future, dict), .base = &kr_asyncio_future_type, .new_ = future_new,
    .init = task_init, .finalize = task_finalize, .repr = task_repr,
    .methods = task_methods, .members = task_members,
};

/* ---- the module ---- */

static const MethodDef asyncio_functions[] = {
    {"get_running_loop", asyncio_get_running_loop, "($module, /)", NULL, 0},
    {"_get_running_loop", asyncio__get_running_loop, "($module, /)", NULL, 0},
    {"_set_running_loop", asyncio__set_running_loop, "($module, loop, /)", NULL, 0},
    {"get_event_loop", asyncio_get_event_loop, "($module, /)", NULL, 0},
    {"_get_event_loop", asyncio__get_event_loop, "($module, /, stacklevel=3)", NULL, 0},
    {"_register_task", asyncio__register_task, "($module, /, task)", NULL, 0},
    {"_unregister_task", asyncio__unregister_task, "($module, /, task)", NULL, 0},
    {"_enter_task", asyncio__enter_task, "($module, /, loop, task)", NULL, 0},
    {"_leave_task", asyncio__leave_task, "($module, /, loop, task)", NULL, 0},
    {"__getattr__", asyncio_module_getattr, NULL, NULL, 0},
    {0},
};

int kr_mod__asyncio_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_asyncio", asyncio_functions);
    return m && kr_libutil_add_type(th, m, &kr_asyncio_future_type) >= 0 &&
                   kr_libutil_add_type(th, m, &kr_asyncio_task_type) >= 0 &&
                   kr_type_ready(th, &kr_asyncio_futureiter_type) >= 0 &&
                   kr_type_ready(th, &kr_asyncio_stepcall_type) >= 0
               ? 0
               : -1;
}
