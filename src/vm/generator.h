/*
 * generator.h -- generators, coroutines and async generators
 * (vm/generator.c), and the awaitables around them (vm/coroutine.c).
 */
#ifndef KR_GENERATOR_H
#define KR_GENERATOR_H

#include "vm/frame.h"

extern Type kr_generator_type;
extern Type kr_coroutine_type;
extern Type kr_async_generator_type;
extern Type kr_coro_wrapper_type;
extern Type kr_async_gen_asend_type;
extern Type kr_async_gen_athrow_type;
extern Type kr_anext_awaitable_type;

/* The new_ slot of the generator-like types: "cannot create 'X' instances"
 * (without it they would inherit object's and make a broken object). */
KR_MUST_CHECK Value kr_gen_no_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw);

/* The three kinds share one object layout and one resume machinery; only
 * the type, some messages and the async generator's bookkeeping differ. */
enum { GEN_KIND_GEN, GEN_KIND_CORO, GEN_KIND_ASYNC };

typedef struct Generator {
    Obj hdr;
    Frame *frame;           /* NULL once finished (its block is recycled: generator.c) */
    Code *code;
    Str *name, *qualname;
    Value exc_state;        /* th->handled inside the suspended generator, or NULL */
    /* Bytes, not ints: with them the object is 56 bytes, four of the
     * collector's 16-byte granules (it adds one byte past the end), not five. */
    uint8_t state;          /* GEN_CREATED ... GEN_DONE */
    uint8_t kind;           /* GEN_KIND_* */
    bool running_async;     /* async generator: an asend/athrow is in progress (ag_running) */
    bool closed;            /* async generator: aclose() began or it finished */
    bool hooks_inited;      /* async generator: sys asyncgen firstiter hook ran */
    bool has_finalizer;     /* async generator: the finalizer hook is registered */
} Generator;

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

/* The collector's finalizer of an async generator collected unfinished
 * (coroutine.c); a generator that finishes drops it (gen_done). */
void kr_asyncgen_finalize(void *obj, void *data, void *ctx);

/* A generator or coroutine resumed by FOR_ITER or YIELD_FROM inside the
 * running loop (generator.c explains): enter sends `sent` (None from
 * FOR_ITER), links its frame above the current one and returns it,
 * or NULL (nothing done) when the ordinary next() must be used; leave
 * unlinks it at a suspension; finish marks it done when its frame
 * returned or (failed) an exception escaped it, after the frame is
 * unlinked -- a StopIteration then becomes RuntimeError (PEP 479). */
KR_MUST_CHECK Frame *kr_gen_enter_inline(Thread *th, Generator *g, Value sent);
void kr_gen_leave_inline(Thread *th, Frame *fr);
void kr_gen_finish_inline(Thread *th, Frame *fr, bool failed);
/* `g.send(v)` called from bytecode (CALL_METHOD with the method
 * descriptor whose function is kr_gen_send, self g): enter g in the
 * running loop as kr_gen_enter_inline does, or NULL to make the call. */
KR_MUST_CHECK Frame *kr_gen_send_inline(Thread *th, Value self, Value sent);
/* generator.send / coroutine.send (a method: args[0] is self) */
KR_MUST_CHECK Value kr_gen_send(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw);

/* Call of a generator, coroutine or async generator function: bind the
 * arguments, return the object. */
KR_MUST_CHECK Value kr_gen_new(Thread *th, Function *f, const Value *args, size_t nargs,
                               Tuple *kwnames);
/* One step of `yield from` and `await` (YIELD_FROM): send `sent` to the
 * iterator `it` (next() for None, as CPython).  The value it yielded; or
 * NULL with *result its return value; or NULL, *result NULL, an exception. */
KR_MUST_CHECK Value kr_gen_send_to(Thread *th, Value it, Value sent, Value *result);
/* kr_gen_send_to for an async generator's asend awaitable (coroutine.c):
 * the `yield v` that finishes it comes back in *result, never raised. */
KR_MUST_CHECK Value kr_asend_send_to(Thread *th, Value aw, Value sent, Value *result);
/* An asend awaitable (or anything else, ignored) that Python code got
 * hold of: kr_asend_send_to must not recycle it. */
void kr_asend_escaped(Value aw);

/* For vm/coroutine.c: send() and throw() without the StopIteration
 * wrapping of a return -- NULL with no exception and *retval the return
 * value when the generator finished.  kr_gen_close is close(): 0 or -1. */
KR_MUST_CHECK Value kr_gen_send_ex(Thread *th, Generator *g, Value arg, Value *retval);
KR_MUST_CHECK Value kr_gen_throw_ex(Thread *th, Generator *g, const Value *argv, size_t argc);
KR_MUST_CHECK int kr_gen_close(Thread *th, Generator *g);
/* The exception throw(typ[, val[, tb]]) raises, or NULL (TypeError). */
KR_MUST_CHECK Value kr_gen_make_thrown(Thread *th, Value typ, Value val, Value tb);
/* The sub-iterator a suspended generator delegates to (cr_await), or NULL. */
Value kr_gen_yf(Generator *g);
/* Did the suspended generator stop at a plain `yield` (not an await)? */
bool kr_gen_at_yield(const Generator *g);
/* A StopIteration(value) raised; NULL returned (value None: no args). */
Value kr_gen_raise_stop(Thread *th, Value value);
static inline bool kr_gen_is_coro(Value v)
{
    return kr_is_obj(v) && kr_type_of(v) == &kr_coroutine_type;
}

/* ---- vm/coroutine.c: the async opcodes' helpers and builtins ---------- */
/* await: the iterator that `await v` drives (GET_AWAITABLE); `where` 1 and
 * 2 name __aenter__ / __aexit__ in the error, 0 is a plain await. */
KR_MUST_CHECK Value kr_coro_get_awaitable(Thread *th, Value v, int where);
KR_MUST_CHECK Value kr_coro_get_aiter(Thread *th, Value v);
KR_MUST_CHECK Value kr_coro_get_anext(Thread *th, Value aiter);
/* async with: out[0] := bound __aexit__, out[1] := __aenter__() result. */
KR_MUST_CHECK int kr_coro_before_async_with(Thread *th, Value mgr, Value *out);
KR_MUST_CHECK Value kr_coro_builtin_aiter(Thread *th, Value self, const Value *args, size_t nargs,
                                          Tuple *kw);
KR_MUST_CHECK Value kr_coro_builtin_anext(Thread *th, Value self, const Value *args, size_t nargs,
                                          Tuple *kw);

/* Methods of coroutine and async_generator (vm/coroutine.c). */
KR_MUST_CHECK Value kr_coro_await(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw);
KR_MUST_CHECK Value kr_agen_aiter(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw);
KR_MUST_CHECK Value kr_agen_anext(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw);
KR_MUST_CHECK Value kr_agen_asend(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw);
KR_MUST_CHECK Value kr_agen_athrow(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw);
KR_MUST_CHECK Value kr_agen_aclose(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw);

#endif
