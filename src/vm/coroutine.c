/*
 * coroutine.c -- what async/await needs around the generator machinery.
 *
 * Coroutines and async generators ARE generators (vm/generator.c): the
 * same object, frame and resume code, with another type.  `await x`
 * compiles to GET_AWAITABLE (x's iterator: the coroutine itself, or what
 * x.__await__() returns) followed by the YIELD_FROM loop that `yield from`
 * uses, so values yielded at the bottom of an await chain travel up to
 * whoever drives the outermost coroutine -- the event loop -- and sent
 * values travel down.
 *
 * An async generator has two kinds of suspension: `yield v` (a value for
 * the consumer awaiting asend()/__anext__()) and an await inside it (a
 * value for the event loop).  CPython tells them apart by wrapping the
 * former; here the instruction the frame stopped after tells
 * (kr_gen_at_yield).  The consumer drives it through awaitables:
 *
 *   asend(v) / __anext__()   an iterator whose send() resumes the
 *                            generator: a `yield v` ends it with
 *                            StopIteration(v), an await's values pass through;
 *   athrow(...) / aclose()   the same with an exception thrown in first;
 *                            aclose() wants the generator to finish.
 *
 * Each awaitable runs once (INIT -> ITER -> CLOSED), as in CPython.  The
 * rest is the opcodes' slow paths (GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH),
 * the coroutine_wrapper that coroutine.__await__() returns, and the
 * builtins aiter() and anext() with its anext_awaitable.
 */
#include "vm/generator.h"

#include "core/state.h"
#include "gc/gc.h"
#include "modules/gcmodule.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

enum { AW_INIT, AW_ITER, AW_CLOSED };

static Generator *as_gen(Value v) { return (Generator *)kr_as_obj(v); }

static Value new_exc(Thread *th, Type *t)
{
    Value e = kr_exception_new(th, t, NULL, 0);
    if (e)
        kr_err_set(th, e);
    return KR_VALUE_NULL;
}

/* The special method `name` of type(obj), bound to obj; NULL and no
 * exception when the type has none. */
static Value special(Thread *th, Value obj, Str *n)
{
    Value f = kr_type_lookup_cached(th, kr_type_of(obj), n);
    if (!f)
        return KR_VALUE_NULL;
    KrDescrGetFn get = kr_type_of(f)->descr_get;
    return get ? get(th, f, obj, kr_from_obj(kr_type_of(obj))) : f;
}

static bool has_special(Thread *th, Value obj, Str *n)
{
    return kr_type_lookup_cached(th, kr_type_of(obj), n) != KR_VALUE_NULL;
}

static Value call_special(Thread *th, Value obj, const char *name, const Value *args, size_t n)
{
    Str *s = kr_str_intern_cstr(th, name);
    Value m = s ? special(th, obj, s) : KR_VALUE_NULL;
    return m ? kr_vm_call(th, m, args, n, NULL) : KR_VALUE_NULL;
}

/* `await obj` of a class with a Python __await__: called with obj as self,
 * without the bound method special() would make. */
static Value call_await(Thread *th, Value v)
{
    Value f = kr_type_lookup_cached(th, kr_type_of(v), KR_NAME(th, __await__));
    if (f && kr_is_function(f))
        return kr_vm_call(th, f, &v, 1, NULL);
    Value m = f ? special(th, v, KR_NAME(th, __await__)) : KR_VALUE_NULL;
    if (!m) {
        if (!kr_err_occurred(th))
            kr_err_format(th, &kr_exc_TypeError, "object %s can't be used in 'await' expression",
                          kr_type_name(v));
        return KR_VALUE_NULL;
    }
    return kr_vm_call(th, m, NULL, 0, NULL);
}

/* A generator made a coroutine by types.coroutine (CO_ITERABLE_COROUTINE). */
static bool is_iterable_coro(Value v)
{
    return kr_is_obj(v) && kr_type_of(v) == &kr_generator_type &&
           (as_gen(v)->code->flags & KR_CO_ITERABLE_COROUTINE);
}

static bool check_noargs(Thread *th, const char *name, size_t nargs, Tuple *kw)
{
    return kr_call_check_args(th, name, nargs - 1, 0, 0, kw) == 0;
}

/* ---- await ------------------------------------------------------------ */

/* CPython's _PyCoro_GetAwaitableIter. */
static Value awaitable_iter(Thread *th, Value v)
{
    if (kr_gen_is_coro(v) || is_iterable_coro(v))
        return v;
    Value it = call_await(th, v);
    if (!it)
        return KR_VALUE_NULL;
    if (kr_gen_is_coro(it) || is_iterable_coro(it))
        return kr_err_type_error(th, "__await__() returned a coroutine");
    if (!kr_type_of(it)->next)
        return kr_err_type_error(th, "__await__() returned non-iterator of type '%s'",
                                 kr_type_name(it));
    return it;
}

Value kr_coro_get_awaitable(Thread *th, Value v, int where)
{
    Value it = awaitable_iter(th, v);
    if (!it) {
        if (where && kr_err_matches(th, &kr_exc_TypeError) && !has_special(th, v, KR_NAME(th, __await__))) {
            kr_err_clear(th);
            kr_err_format(th, &kr_exc_TypeError,
                          "'async with' received an object from %s that does not implement "
                          "__await__: %s", where == 1 ? "__aenter__" : "__aexit__",
                          kr_type_name(v));
        }
        return KR_VALUE_NULL;
    }
    if (kr_gen_is_coro(it) && kr_gen_yf(as_gen(it))) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "coroutine is being awaited already");
        return KR_VALUE_NULL;
    }
    return it;
}

/* ---- coroutine_wrapper: what coroutine.__await__() returns ------------- */

typedef struct CoroWrapper {
    Obj hdr;
    Value coro;
} CoroWrapper;

static Value wrapper_coro(Value self) { return ((CoroWrapper *)kr_as_obj(self))->coro; }

Value kr_coro_await(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (!check_noargs(th, "__await__", nargs, kw))
        return KR_VALUE_NULL;
    CoroWrapper *w = kr_gc_alloc(sizeof *w);
    if (!w) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    w->hdr.type = &kr_coro_wrapper_type;
    w->coro = args[0];
    return kr_from_obj(w);
}

/* send() of a coroutine: its return value raised as StopIteration. */
static Value coro_send(Thread *th, Value coro, Value arg)
{
    Value ret;
    Value r = kr_gen_send_ex(th, as_gen(coro), arg, &ret);
    return r ? r : kr_gen_raise_stop(th, ret);
}

/* throw(typ[, val[, tb]]) with argv the arguments after self. */
static Value coro_throw(Thread *th, Value coro, const Value *argv, size_t argc)
{
    return kr_gen_throw_ex(th, as_gen(coro), argv, argc);
}

static Value wrapper_next(Thread *th, Value self) { return coro_send(th, wrapper_coro(self), KR_NONE); }

static Value self_iter(Thread *th, Value self) { return self; }

static Value wrapper_send(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "send", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return coro_send(th, wrapper_coro(args[0]), args[1]);
}

static Value wrapper_throw(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "throw", nargs - 1, 1, 3, kw) < 0)
        return KR_VALUE_NULL;
    return coro_throw(th, wrapper_coro(args[0]), args + 1, nargs - 1);
}

static Value wrapper_close(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (!check_noargs(th, "close", nargs, kw))
        return KR_VALUE_NULL;
    return kr_gen_close(th, as_gen(wrapper_coro(args[0]))) < 0 ? KR_VALUE_NULL : KR_NONE;
}

static const MethodDef wrapper_methods[] = {
    {"send", wrapper_send, "($self, value, /)", NULL, 0},
    {"throw", wrapper_throw, "($self, typ, val=None, tb=None, /)", NULL, 0},
    {"close", wrapper_close, "($self, /)", NULL, 0},
    {0},
};

Type kr_coro_wrapper_type = {
    .hdr = {&kr_type_type},
    .name = "coroutine_wrapper",
    .new_ = kr_gen_no_new,
    .size = sizeof(CoroWrapper),
    .iter = self_iter,
    .next = wrapper_next,
    .methods = wrapper_methods,
};

/* ---- async generators: asend and athrow awaitables --------------------- */

typedef struct AsyncAwaitable {
    Obj hdr;
    Value gen;
    Value sendval;      /* asend: the value to send first */
    Tuple *args;        /* athrow: (typ[, val[, tb]]); NULL for aclose() */
    bool is_throw;      /* athrow/aclose rather than asend */
    bool vm_owned;      /* made by GET_ANEXT and never shown to Python code */
    int state;          /* AW_* */
} AsyncAwaitable;

static AsyncAwaitable *as_aw(Value v) { return (AsyncAwaitable *)kr_as_obj(v); }

/* The collector's finalizer for an async generator that was iterated
 * while a finalizer hook was set (data: the hook): unless it finished or
 * was closed, the hook gets it -- asyncio schedules its aclose() -- as
 * CPython's _PyGen_Finalize does. */
void kr_asyncgen_finalize(void *obj, void *data, void *ctx)
{
    Thread *th = ctx;
    Generator *g = obj;
    if (!th || g->state == GEN_DONE || g->closed)
        return;
    Value exc = th->exc, handled = th->handled;
    th->exc = KR_VALUE_NULL;
    Value gen = kr_from_obj(g), hook = kr_from_obj(data);
    if (!kr_vm_call(th, hook, &gen, 1, NULL))
        kr_mod_gc_write_unraisable(th, kr_err_fetch(th), gen);
    th->exc = exc;
    th->handled = handled;
}

/* CPython's async_gen_init_hooks: the first asend/athrow/anext/aclose of
 * an async generator hands it to sys.set_asyncgen_hooks' firstiter (asyncio
 * tracks it so loop.shutdown_asyncgens() can close it; helper "net") and
 * remembers the finalizer hook for when it is collected unfinished. */
static int init_hooks(Thread *th, Value gen)
{
    Generator *g = as_gen(gen);
    if (g->hooks_inited)
        return 0;
    g->hooks_inited = true;
    Value fin = th->asyncgen_finalizer;
    if (fin && fin != KR_NONE && kr_is_obj(fin)) {
        kr_gc_add_finalizer(g, kr_asyncgen_finalize, kr_as_obj(fin));
        g->has_finalizer = true;
    }
    Value first = th->asyncgen_firstiter;
    return first && !kr_vm_call(th, first, &gen, 1, NULL) ? -1 : 0;
}

/* vm_owned: the awaitable of an `async for` step (kr_coro_get_anext),
 * whose block is recycled the moment that step ends (kr_asend_send_to). */
static Value new_awaitable(Thread *th, Value gen, bool is_throw, Value sendval, Tuple *args,
                           bool vm_owned)
{
    if (init_hooks(th, gen) < 0)
        return KR_VALUE_NULL;
    AsyncAwaitable *a = vm_owned ? kr_gc_alloc_recycled(sizeof *a) : kr_gc_alloc(sizeof *a);
    if (!a) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    a->hdr.type = is_throw ? &kr_async_gen_athrow_type : &kr_async_gen_asend_type;
    a->gen = gen;
    a->sendval = sendval;
    a->args = args;
    a->is_throw = is_throw;
    a->vm_owned = vm_owned;
    a->state = AW_INIT;
    return kr_from_obj(a);
}

/* What the generator's step means to the asend()/athrow() awaiter: a
 * `yield v` finishes the awaitable with StopIteration(v); an await's
 * value passes through; finishing is StopAsyncIteration.  CPython's
 * async_gen_unwrap_value. */
static Value unwrap_to(Thread *th, Generator *g, Value r, Value *done);

static Value unwrap(Thread *th, Generator *g, Value r)
{
    return unwrap_to(th, g, r, NULL);
}

/* unwrap, except that with `done` a `yield v` is returned there (and
 * NULL with no exception) rather than raised as StopIteration(v): the
 * awaiting frame's YIELD_FROM takes v without an exception object, as
 * CPython's PyIter_Send reads the value of a StopIteration it never
 * instantiates. */
static Value unwrap_to(Thread *th, Generator *g, Value r, Value *done)
{
    if (!r) {
        if (!kr_err_occurred(th))
            new_exc(th, &kr_exc_StopAsyncIteration);
        if (kr_err_matches(th, &kr_exc_StopAsyncIteration) ||
            kr_err_matches(th, &kr_exc_GeneratorExit))
            g->closed = true;
        g->running_async = false;
        return KR_VALUE_NULL;
    }
    if (kr_gen_at_yield(g)) {
        g->running_async = false;
        if (done) {
            *done = r;
            return KR_VALUE_NULL;
        }
        return kr_gen_raise_stop(th, r);
    }
    return r;
}

/* One resume of the generator with `arg` (StopAsyncIteration at the end). */
static Value agen_send_raw(Thread *th, Generator *g, Value arg)
{
    Value ret;
    Value r = kr_gen_send_ex(th, g, arg, &ret);
    if (!r && !kr_err_occurred(th))
        new_exc(th, &kr_exc_StopAsyncIteration);
    return r;
}

static Value asend_send_impl(Thread *th, AsyncAwaitable *a, Value arg, Value *done)
{
    Generator *g = as_gen(a->gen);
    if (a->state == AW_CLOSED) {
        kr_err_set_string(th, &kr_exc_RuntimeError,
                          "cannot reuse already awaited __anext__()/asend()");
        return KR_VALUE_NULL;
    }
    if (a->state == AW_INIT) {
        if (g->running_async) {
            kr_err_set_string(th, &kr_exc_RuntimeError,
                              "anext(): asynchronous generator is already running");
            return KR_VALUE_NULL;
        }
        if (!arg || arg == KR_NONE)
            arg = a->sendval;
        a->state = AW_ITER;
    }
    g->running_async = true;
    Value r = unwrap_to(th, g, agen_send_raw(th, g, arg ? arg : KR_NONE), done);
    if (!r)
        a->state = AW_CLOSED;
    return r;
}

/* aclose(): the generator yielded in answer to GeneratorExit. */
static Value ignored_exit(Thread *th, AsyncAwaitable *a, Generator *g)
{
    g->running_async = false;
    a->state = AW_CLOSED;
    kr_err_set_string(th, &kr_exc_RuntimeError, "async generator ignored GeneratorExit");
    return KR_VALUE_NULL;
}

/* athrow()/aclose() failed or finished: aclose() turns the generator's
 * expected ending (StopAsyncIteration, GeneratorExit) into StopIteration,
 * which ends the await. */
static Value athrow_check_error(Thread *th, AsyncAwaitable *a, Generator *g)
{
    g->running_async = false;
    a->state = AW_CLOSED;
    if (!a->args && (kr_err_matches(th, &kr_exc_StopAsyncIteration) ||
                     kr_err_matches(th, &kr_exc_GeneratorExit))) {
        kr_err_clear(th);
        new_exc(th, &kr_exc_StopIteration);
    }
    return KR_VALUE_NULL;
}

/* The first step of athrow()/aclose(): throw the exception in. */
static Value athrow_start(Thread *th, AsyncAwaitable *a, Generator *g)
{
    a->state = AW_ITER;
    g->running_async = true;
    Value r;
    if (!a->args) {
        g->closed = true;
        Value ge = kr_exception_new(th, &kr_exc_GeneratorExit, NULL, 0);
        r = ge ? kr_gen_throw_ex(th, g, &ge, 1) : KR_VALUE_NULL;
        if (r && kr_gen_at_yield(g))
            return ignored_exit(th, a, g);
    } else {
        if (kr_call_check_args(th, "athrow", (size_t)a->args->size, 1, 3, NULL) < 0)
            return KR_VALUE_NULL;
        r = unwrap(th, g, kr_gen_throw_ex(th, g, a->args->items, (size_t)a->args->size));
    }
    return r ? r : athrow_check_error(th, a, g);
}

static Value athrow_send_impl(Thread *th, AsyncAwaitable *a, Value arg)
{
    Generator *g = as_gen(a->gen);
    if (a->state == AW_CLOSED) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return KR_VALUE_NULL;
    }
    if (g->state == GEN_DONE) {
        a->state = AW_CLOSED;
        return new_exc(th, &kr_exc_StopIteration);
    }
    if (a->state == AW_INIT) {
        if (g->running_async) {
            a->state = AW_CLOSED;
            kr_err_format(th, &kr_exc_RuntimeError, "%s(): asynchronous generator is already running",
                          a->args ? "athrow" : "aclose");
            return KR_VALUE_NULL;
        }
        if (g->closed) {
            a->state = AW_CLOSED;
            return new_exc(th, &kr_exc_StopAsyncIteration);
        }
        if (arg && arg != KR_NONE) {
            kr_err_set_string(th, &kr_exc_RuntimeError,
                              "can't send non-None value to a just-started coroutine");
            return KR_VALUE_NULL;
        }
        return athrow_start(th, a, g);
    }
    Value r = agen_send_raw(th, g, arg ? arg : KR_NONE);
    if (a->args)
        return unwrap(th, g, r);
    if (r)
        return kr_gen_at_yield(g) ? ignored_exit(th, a, g) : r;
    return athrow_check_error(th, a, g);
}

static Value aw_send_impl(Thread *th, Value self, Value arg)
{
    AsyncAwaitable *a = as_aw(self);
    return a->is_throw ? athrow_send_impl(th, a, arg) : asend_send_impl(th, a, arg, NULL);
}

/* An `async for` steps through an async generator with one asend
 * awaitable per item: GET_ANEXT makes it into a register, this loop's
 * YIELD_FROM drives it, and when the step ends nothing else can reach
 * it -- unless Python code read it as the frame's ag_await/cr_await while
 * it was suspended (kr_asend_escaped).  Such a finished awaitable goes
 * back to the collector's recycling at once, as CPython's refcounting
 * puts it on its free list: at one per item per nesting level, they were
 * half of what a tree of async generators allocates. */
Value kr_asend_send_to(Thread *th, Value aw, Value sent, Value *result)
{
    *result = KR_VALUE_NULL;
    AsyncAwaitable *a = as_aw(aw);
    Value r = asend_send_impl(th, a, sent, result);
    if (!r && a->vm_owned && a->state == AW_CLOSED)
        kr_gc_recycle(a, sizeof *a);
    return r;
}

void kr_asend_escaped(Value aw)
{
    if (kr_is_obj(aw) && kr_type_of(aw) == &kr_async_gen_asend_type)
        as_aw(aw)->vm_owned = false;
}

static Value aw_next(Thread *th, Value self) { return aw_send_impl(th, self, KR_VALUE_NULL); }

static Value aw_send(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "send", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return aw_send_impl(th, args[0], args[1]);
}

/* throw() on the awaitable goes into the generator; aclose()'s awaitable
 * still treats a `yield` in answer as ignoring GeneratorExit. */
static Value aw_throw(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "throw", nargs - 1, 1, 3, kw) < 0)
        return KR_VALUE_NULL;
    AsyncAwaitable *a = as_aw(args[0]);
    Generator *g = as_gen(a->gen);
    if (a->state == AW_CLOSED) {
        kr_err_set_string(th, &kr_exc_RuntimeError, a->is_throw
                          ? "cannot reuse already awaited aclose()/athrow()"
                          : "cannot reuse already awaited __anext__()/asend()");
        return KR_VALUE_NULL;
    }
    Value r = coro_throw(th, a->gen, args + 1, nargs - 1);
    if (a->is_throw && !a->args) {
        /* CPython's athrow_throw leaves the awaitable's state alone here */
        if (r && kr_gen_at_yield(g))
            return ignored_exit(th, a, g);
        if (!r && (kr_err_matches(th, &kr_exc_StopAsyncIteration) ||
                   kr_err_matches(th, &kr_exc_GeneratorExit))) {
            kr_err_clear(th);
            new_exc(th, &kr_exc_StopIteration);
        }
        return r;
    }
    r = unwrap(th, g, r);
    if (!r && !a->is_throw)
        a->state = AW_CLOSED;
    return r;
}

static Value aw_close(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (!check_noargs(th, "close", nargs, kw))
        return KR_VALUE_NULL;
    as_aw(args[0])->state = AW_CLOSED;
    return KR_NONE;
}

static Value self_await(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    return check_noargs(th, "__await__", nargs, kw) ? args[0] : KR_VALUE_NULL;
}

static const MethodDef aw_methods[] = {
    {"send", aw_send, "($self, value, /)", NULL, 0},
    {"throw", aw_throw, "($self, typ, val=None, tb=None, /)", NULL, 0},
    {"close", aw_close, "($self, /)", NULL, 0},
    {"__await__", self_await, "($self, /)", NULL, 0},
    {0},
};

Type kr_async_gen_asend_type = {
    .hdr = {&kr_type_type},
    .name = "async_generator_asend",
    .new_ = kr_gen_no_new,
    .size = sizeof(AsyncAwaitable),
    .iter = self_iter,
    .next = aw_next,
    .methods = aw_methods,
};

Type kr_async_gen_athrow_type = {
    .hdr = {&kr_type_type},
    .name = "async_generator_athrow",
    .new_ = kr_gen_no_new,
    .size = sizeof(AsyncAwaitable),
    .iter = self_iter,
    .next = aw_next,
    .methods = aw_methods,
};

/* ---- async generator methods ------------------------------------------ */

Value kr_agen_aiter(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    return check_noargs(th, "__aiter__", nargs, kw) ? args[0] : KR_VALUE_NULL;
}

Value kr_agen_anext(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (!check_noargs(th, "__anext__", nargs, kw))
        return KR_VALUE_NULL;
    return new_awaitable(th, args[0], false, KR_NONE, NULL, false);
}

Value kr_agen_asend(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "asend", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return new_awaitable(th, args[0], false, args[1], NULL, false);
}

Value kr_agen_athrow(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    /* the arguments are checked when the awaitable starts, as CPython does */
    if (kr_call_check_args(th, "athrow", 0, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_new(th, nargs - 1);
    if (!t)
        return KR_VALUE_NULL;
    for (size_t i = 1; i < nargs; i++)
        t->items[i - 1] = args[i];
    return new_awaitable(th, args[0], true, KR_NONE, t, false);
}

Value kr_agen_aclose(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (!check_noargs(th, "aclose", nargs, kw))
        return KR_VALUE_NULL;
    return new_awaitable(th, args[0], true, KR_NONE, NULL, false);
}

/* ---- async for and async with ----------------------------------------- */

/* v.__aiter__(): an async generator is its own (the common `async for`
 * over one); a Python __aiter__ is called with v as self, without the
 * bound method special() would make for the one call. */
static Value call_aiter(Thread *th, Value v)
{
    if (kr_type_of(v) == &kr_async_generator_type)
        return v;
    Value f = kr_type_lookup_cached(th, kr_type_of(v), KR_NAME(th, __aiter__));
    if (f && kr_is_function(f))
        return kr_vm_call(th, f, &v, 1, NULL);
    Value m = f ? special(th, v, KR_NAME(th, __aiter__)) : KR_VALUE_NULL;
    if (!m) {
        if (!kr_err_occurred(th))
            kr_err_format(th, &kr_exc_TypeError,
                          "'async for' requires an object with __aiter__ method, got %s",
                          kr_type_name(v));
        return KR_VALUE_NULL;
    }
    return kr_vm_call(th, m, NULL, 0, NULL);
}

Value kr_coro_get_aiter(Thread *th, Value v)
{
    Value it = call_aiter(th, v);
    if (it && !has_special(th, it, KR_NAME(th, __anext__)))
        return kr_err_type_error(th,
            "'async for' received an object from __aiter__ that does not implement __anext__: %s",
            kr_type_name(it));
    return it;
}

Value kr_coro_get_anext(Thread *th, Value aiter)
{
    if (kr_type_of(aiter) == &kr_async_generator_type)
        return new_awaitable(th, aiter, false, KR_NONE, NULL, true);
    Value m = special(th, aiter, KR_NAME(th, __anext__));
    if (!m) {
        if (!kr_err_occurred(th))
            kr_err_format(th, &kr_exc_TypeError,
                          "'async for' requires an iterator with __anext__ method, got %s",
                          kr_type_name(aiter));
        return KR_VALUE_NULL;
    }
    Value next = kr_vm_call(th, m, NULL, 0, NULL);
    if (!next)
        return KR_VALUE_NULL;
    Value aw = awaitable_iter(th, next);
    if (!aw) {
        /* _PyErr_FormatFromCause: the original error is the cause. */
        Value cause = kr_err_fetch(th);
        kr_err_format(th, &kr_exc_TypeError,
                      "'async for' received an invalid object from __anext__: %s",
                      kr_type_name(next));
        if (kr_is_exc(th->exc) && cause) {
            Exc *x = (Exc *)kr_as_obj(th->exc);
            x->cause = cause;
            x->context = cause;
            x->suppress_context = true;
        }
    }
    return aw;
}

int kr_coro_before_async_with(Thread *th, Value mgr, Value *out)
{
    Value enter = special(th, mgr, KR_NAME(th, __aenter__));
    if (!enter) {
        if (!kr_err_occurred(th))
            kr_err_format(th, &kr_exc_TypeError,
                          "'%s' object does not support the asynchronous context manager protocol",
                          kr_type_name(mgr));
        return -1;
    }
    Value exit = special(th, mgr, KR_NAME(th, __aexit__));
    if (!exit) {
        if (!kr_err_occurred(th))
            kr_err_format(th, &kr_exc_TypeError,
                          "'%s' object does not support the asynchronous context manager protocol "
                          "(missed __aexit__ method)", kr_type_name(mgr));
        return -1;
    }
    out[0] = exit;
    Value v = kr_vm_call(th, enter, NULL, 0, NULL);
    if (!v)
        return -1;
    out[1] = v;
    return 0;
}

/* ---- aiter(), anext() and anext_awaitable ----------------------------- */

Value kr_coro_builtin_aiter(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "aiter", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    Value m = special(th, args[0], KR_NAME(th, __aiter__));
    if (!m) {
        if (!kr_err_occurred(th))
            kr_err_format(th, &kr_exc_TypeError, "'%s' object is not an async iterable",
                          kr_type_name(args[0]));
        return KR_VALUE_NULL;
    }
    Value it = kr_vm_call(th, m, NULL, 0, NULL);
    if (it && !has_special(th, it, KR_NAME(th, __anext__)))
        return kr_err_type_error(th, "aiter() returned not an async iterator of type '%s'",
                                 kr_type_name(it));
    return it;
}

typedef struct AnextAwaitable {
    Obj hdr;
    Value wrapped;      /* what __anext__() returned */
    Value default_value;
} AnextAwaitable;

Value kr_coro_builtin_anext(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "anext", nargs, 1, 2, kw) < 0)
        return KR_VALUE_NULL;
    Value m = special(th, args[0], KR_NAME(th, __anext__));
    if (!m) {
        if (!kr_err_occurred(th))
            kr_err_format(th, &kr_exc_TypeError, "'%s' object is not an async iterator",
                          kr_type_name(args[0]));
        return KR_VALUE_NULL;
    }
    Value aw = kr_vm_call(th, m, NULL, 0, NULL);
    if (!aw || nargs < 2)
        return aw;
    AnextAwaitable *a = kr_gc_alloc(sizeof *a);
    if (!a) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    a->hdr.type = &kr_anext_awaitable_type;
    a->wrapped = aw;
    a->default_value = args[1];
    return kr_from_obj(a);
}

/* The iterator behind the wrapped awaitable, fetched anew at every step
 * as CPython's anextawaitable_getiter does. */
static Value anext_iter(Thread *th, AnextAwaitable *a)
{
    Value it = awaitable_iter(th, a->wrapped);
    if (it && kr_gen_is_coro(it))
        it = kr_coro_await(th, KR_VALUE_NULL, &it, 1, NULL);
    return it;
}

/* StopAsyncIteration from the wrapped awaitable ends this one with the
 * default as its value. */
static Value anext_result(Thread *th, AnextAwaitable *a, Value r)
{
    if (!r && kr_err_matches(th, &kr_exc_StopAsyncIteration)) {
        kr_err_clear(th);
        return kr_gen_raise_stop(th, a->default_value);
    }
    return r;
}

static Value anext_next(Thread *th, Value self)
{
    AnextAwaitable *a = (AnextAwaitable *)kr_as_obj(self);
    Value it = anext_iter(th, a);
    if (!it)
        return KR_VALUE_NULL;
    return anext_result(th, a, kr_type_of(it)->next(th, it));
}

static Value anext_proxy(Thread *th, const Value *args, size_t nargs, const char *meth)
{
    AnextAwaitable *a = (AnextAwaitable *)kr_as_obj(args[0]);
    Value it = anext_iter(th, a);
    if (!it)
        return KR_VALUE_NULL;
    return anext_result(th, a, call_special(th, it, meth, args + 1, nargs - 1));
}

static Value anext_send(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "send", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return anext_proxy(th, args, nargs, "send");
}

static Value anext_throw(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "throw", nargs - 1, 1, 3, kw) < 0)
        return KR_VALUE_NULL;
    return anext_proxy(th, args, nargs, "throw");
}

static Value anext_close(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (!check_noargs(th, "close", nargs, kw))
        return KR_VALUE_NULL;
    return anext_proxy(th, args, nargs, "close");
}

static const MethodDef anext_methods[] = {
    {"send", anext_send, "($self, value, /)", NULL, 0},
    {"throw", anext_throw, "($self, typ, val=None, tb=None, /)", NULL, 0},
    {"close", anext_close, "($self, /)", NULL, 0},
    {"__await__", self_await, "($self, /)", NULL, 0},
    {0},
};

Type kr_anext_awaitable_type = {
    .hdr = {&kr_type_type},
    .name = "anext_awaitable",
    .new_ = kr_gen_no_new,
    .size = sizeof(AnextAwaitable),
    .iter = self_iter,
    .next = anext_next,
    .methods = anext_methods,
};
