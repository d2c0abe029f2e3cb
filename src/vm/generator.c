/*
 * generator.c -- generators: functions whose frames outlive a call.
 *
 * Calling a generator function binds the arguments into a register block
 * of the generator's own (collector memory) and returns the generator; its
 * Frame record is owned by the generator too, never recycled.  Each
 * next()/send() links that frame on top of the thread's frame chain,
 * flagged FRAME_ENTRY | FRAME_GEN, and runs the interpreter loop on it:
 *
 *   YIELD A B   saves pc, unlinks the frame, returns R[B] from kr_vm_run
 *               with FRAME_YIELDED set; the next send writes its value
 *               into R[A] (the yield expression's result) and resumes;
 *   YIELD_FROM A B C  sends R[C] to the sub-iterator R[B]; when that
 *               yields, the generator suspends just as at YIELD, and the
 *               next send stores its value in R[C] and runs YIELD_FROM
 *               again; when it returns, R[A] := its return value;
 *   RETURN      finishes the generator (exhaustion, StopIteration(value));
 *   an exception propagating out finishes it as well -- a StopIteration
 *   becoming RuntimeError on the way (PEP 479).
 *
 * throw() resumes the frame flagged FRAME_THROW: the interpreter raises
 * the exception at the suspended yield, so the generator's own except and
 * finally blocks run exactly as for an exception raised there.  close()
 * is throw(GeneratorExit) plus CPython's checks.  While the generator is
 * suspended in YIELD_FROM (the instruction behind its pc), throw() and
 * close() go to the sub-iterator first, as CPython's gen_throw does.
 *
 * Each generator keeps the exception it is handling (sys.exc_info()
 * inside an except block that yields) apart from its caller's: resume
 * installs it in th->handled, suspension takes it back out; the frame's
 * gen_outer says what the resumer is handling, which is what sys.exc_info()
 * shows again when the generator's except block ends.
 *
 * Because frames already point at their registers instead of owning a
 * fixed place on a stack, a generator frame needs no copying in or out
 * when it suspends or resumes -- the design the segmented stack was
 * chosen for (frame.h).  A callee of a generator frame is placed at the
 * `top` recorded when the generator was resumed, on the thread's stack.
 *
 * Coroutines and async generators are this same object with another type
 * and `kind` (it picks CPython's per-kind messages); what is particular
 * to them -- awaitables, async iteration -- is in vm/coroutine.c.
 */
#include "vm/generator.h"

#include <string.h>

#include "gc/gc.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/opcodes.h"
#include "vm/trace.h"
#include "vm/vm.h"

/* A generator's frame record and registers: one block, recycled the
 * moment the generator finishes (gen_done), when nothing can read them
 * again -- gi_frame is then None and gi_code is kept in the generator.
 * Most generators and coroutines are short-lived (an await of a helper
 * coroutine, an __await__), so this spares the collector the larger part
 * of what they allocate, and the next one starts in cache-hot memory.
 * What may still hold the record's address (a frame object, a traceback
 * entry) only compares it with the frames running (vm/frame.c), the
 * same reuse ordinary frame records see. */
typedef struct GenFrame {
    Frame fr;
    Value regs[];
} GenFrame;

_Static_assert(sizeof(Generator) < 4 * 16, "a generator is four 16-byte granules (generator.h)");

static size_t gen_frame_size(const Code *code)
{
    return sizeof(GenFrame) + sizeof(Value) * (code->framesize + 1);
}

/* The generator is finished: its frame block goes back (gc.h). */
static void gen_done(Generator *g)
{
    Frame *fr = g->frame;
    g->state = GEN_DONE;
    g->frame = NULL;
    if (fr)
        kr_gc_recycle(fr, gen_frame_size(g->code));
    /* An async generator's finalizer hook (init_hooks) stays registered:
     * it does nothing for a finished generator, and taking it out costs
     * two finalizer-table updates, for nothing when the firstiter hook
     * keeps a weak reference to the generator -- asyncio's WeakSet, whose
     * callback keeps it finalizable anyway. */
}

Value kr_gen_new(Thread *th, Function *f, const Value *args, size_t nargs, Tuple *kwnames)
{
    Code *code = f->code;
    Generator *g = kr_gc_alloc(sizeof *g);
    GenFrame *block = g ? kr_gc_alloc_recycled(gen_frame_size(code)) : NULL;
    if (!block) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    Frame *fr = &block->fr;
    Value *regs = block->regs;
    if (!kwnames && nargs == code->argcount && !code->kwonlyargcount &&
        !(code->flags & (KR_CO_VARARGS | KR_CO_VARKEYWORDS)))
        kr_values_copy(regs, args, nargs);
    else if (kr_call_bind(th, f, regs, args, nargs, kwnames) < 0)
        return KR_VALUE_NULL;
    if (code->flags & KR_CO_COROUTINE) {
        g->hdr.type = &kr_coroutine_type;
        g->kind = GEN_KIND_CORO;
    } else if (code->flags & KR_CO_ASYNC_GENERATOR) {
        g->hdr.type = &kr_async_generator_type;
        g->kind = GEN_KIND_ASYNC;
    } else {
        g->hdr.type = &kr_generator_type;
        g->kind = GEN_KIND_GEN;
    }
    fr->code = code;
    fr->func = f;
    fr->regs = regs;
    fr->pc = code->instrs;
    fr->globals = f->globals;
    fr->builtins = f->builtins;
    fr->flags = FRAME_GEN;
    fr->gen = g;
    g->frame = fr;
    g->code = code;
    g->state = GEN_CREATED;
    g->name = f->name;
    g->qualname = f->qualname;
    return kr_from_obj(g);
}

enum { RESUME_SEND, RESUME_VALUE, RESUME_THROW };

/* Any of the three kinds: they resume, throw and close alike. */
static bool is_gen(Value v)
{
    if (!kr_is_obj(v))
        return false;
    Type *t = kr_type_of(v);
    return t == &kr_generator_type || t == &kr_coroutine_type || t == &kr_async_generator_type;
}

Value kr_gen_yf(Generator *g)
{
    if (g->state != GEN_SUSPENDED)
        return KR_VALUE_NULL;
    Instr prev = g->frame->pc[-1];
    return KR_OPC(prev) == OP_YIELD_FROM ? g->frame->regs[KR_B(prev)] : KR_VALUE_NULL;
}

/* An async generator's `yield` is YIELD and its `await` is YIELD_FROM, so
 * the instruction it stopped after tells a value for the asend() caller
 * from one for the event loop -- CPython wraps the former in an
 * _PyAsyncGenWrappedValue instead. */
bool kr_gen_at_yield(const Generator *g)
{
    return g->state == GEN_SUSPENDED && KR_OPC(g->frame->pc[-1]) == OP_YIELD;
}

static const char *const kind_noun[] = {"generator", "coroutine", "async generator"};

static Value already_executing(Thread *th, Generator *g)
{
    kr_err_format(th, &kr_exc_ValueError, "%s already executing", kind_noun[g->kind]);
    return KR_VALUE_NULL;
}

/* PEP 479 (and its async twin): StopIteration -- or StopAsyncIteration
 * out of an async generator -- escaping the body would read as exhaustion
 * to the caller; it becomes RuntimeError, the original as its cause. */
static void stop_to_runtime_error(Thread *th, Generator *g)
{
    bool stop = kr_err_matches(th, &kr_exc_StopIteration);
    if (!stop && !(g->kind == GEN_KIND_ASYNC && kr_err_matches(th, &kr_exc_StopAsyncIteration)))
        return;
    Value orig = kr_err_fetch(th);
    kr_err_format(th, &kr_exc_RuntimeError, "%s raised %s", kind_noun[g->kind],
                  stop ? "StopIteration" : "StopAsyncIteration");
    if (kr_is_exc(th->exc)) {
        Exc *x = (Exc *)kr_as_obj(th->exc);
        x->cause = orig;
        x->context = orig;
        x->suppress_context = true;
    }
}

/* Resume the generator.  RESUME_SEND: `arg` is the value sent (to the
 * sub-iterator when delegating); RESUME_VALUE: `arg` is the result of the
 * suspended yield or yield from, delivered as is; RESUME_THROW: th->exc
 * is raised at the suspension point.  Returns the yielded value, or NULL:
 * exhausted (no exception; *retval gets the return value) or failed. */
static Value gen_resume(Thread *th, Generator *g, int mode, Value arg, Value *retval)
{
    *retval = KR_NONE;
    if (g->state == GEN_RUNNING)
        return already_executing(th, g);
    if (g->state == GEN_DONE) {
        if (g->kind == GEN_KIND_CORO)
            kr_err_set_string(th, &kr_exc_RuntimeError, "cannot reuse already awaited coroutine");
        return KR_VALUE_NULL;    /* else a thrown exception stays pending */
    }
    if (g->state == GEN_CREATED) {
        if (mode == RESUME_THROW) {
            gen_done(g);
            return KR_VALUE_NULL;
        }
        if (arg != KR_NONE) {
            kr_err_format(th, &kr_exc_TypeError, "can't send non-None value to a just-started %s",
                          kind_noun[g->kind]);
            return KR_VALUE_NULL;
        }
    }
    if (KR_UNLIKELY(th->recursion_depth >= th->vm->recursion_limit ||
                    kr_c_stack_exhausted(th))) {
        kr_err_set_string(th, &kr_exc_RecursionError, "maximum recursion depth exceeded");
        return KR_VALUE_NULL;
    }
    Frame *fr = g->frame;
    uint32_t extra = 0;
    if (g->state == GEN_SUSPENDED) {
        Instr prev = fr->pc[-1];
        if (mode == RESUME_THROW) {
            extra = FRAME_THROW;
        } else if (mode == RESUME_SEND && KR_OPC(prev) == OP_YIELD_FROM) {
            fr->regs[KR_C(prev)] = arg;
            fr->pc--;
        } else {
            fr->regs[KR_A(prev)] = arg;
        }
    }
    fr->top = kr_frame_top(th);
    fr->prev = th->frame;
    fr->flags = FRAME_GEN | FRAME_ENTRY | extra | (g->exc_state ? FRAME_GEN_HANDLING : 0);
    th->frame = fr;
    th->recursion_depth++;
    g->state = GEN_RUNNING;
    Value saved = th->handled;
    fr->gen_outer = saved;    /* POP_EXCEPT's "outside" (ops_exc.inc) */
    if (g->exc_state)
        th->handled = g->exc_state;
    th->c_recursion_depth++;
    Value r = kr_vm_run(th, fr);
    th->c_recursion_depth--;
    fr->prev = NULL;    /* a suspended frame has no caller: its f_back is None */
    if (r && (fr->flags & FRAME_YIELDED)) {
        if (KR_UNLIKELY(fr->flags & FRAME_TRACED) && kr_trace_yield(th, fr, r) < 0)
            r = KR_VALUE_NULL;      /* the hook raised: it propagates from next() */
        g->exc_state = fr->flags & FRAME_GEN_HANDLING ? th->handled : KR_VALUE_NULL;
        th->handled = saved;
        g->state = GEN_SUSPENDED;
        return r;
    }
    th->handled = saved;
    g->exc_state = KR_VALUE_NULL;
    gen_done(g);
    if (r)
        *retval = r;
    else
        stop_to_runtime_error(th, g);
    return KR_VALUE_NULL;
}

/* RESUMING IN THE RUNNING LOOP.  `for x in gen` and `yield from gen` /
 * `await coro` -- the commonest ways generators and coroutines run -- need
 * not pay for a C-level resume (gen_resume, a fresh kr_vm_run, its
 * return): FOR_ITER or YIELD_FROM links the generator's frame above its
 * own, without FRAME_ENTRY, and the same loop continues in it.  The
 * frame's leaving is then the loop's business, and the instruction before
 * the caller's pc says who resumed it:
 *   YIELD / YIELD_FROM suspending: kr_gen_leave_inline; a FOR_ITER takes
 *     the value, a YIELD_FROM suspends its own generator with it in turn
 *     (up to the frame entered from C, which returns it to gen_resume);
 *   RETURN: kr_gen_finish_inline; after a FOR_ITER the caller runs the
 *     JUMP that follows, as for any exhausted iterator; a YIELD_FROM gets
 *     the return value;
 *   an exception escaping: kr_gen_finish_inline(failed) while unwinding.
 * Everything that is not the plain case -- an async generator, one
 * running or finished, a value sent to a just-started one, the recursion
 * limit reached -- returns NULL and the instruction takes the ordinary
 * path, which raises what must be raised.  throw() and close() always go
 * through gen_resume.  The state changes mirror gen_resume's exactly. */
Frame *kr_gen_enter_inline(Thread *th, Generator *g, Value sent)
{
    /* while tracing, gen_resume reports the resumes and yields (trace.c) */
    if (KR_UNLIKELY(g->state > GEN_SUSPENDED || th->recursion_depth >= th->vm->recursion_limit ||
                    th->tracing))
        return NULL;
    if (!sent)
        sent = KR_NONE;     /* an asend() stepped by next() passes nothing on */
    Frame *fr = g->frame;
    if (g->state == GEN_SUSPENDED) {
        Instr prev = fr->pc[-1];
        if (KR_OPC(prev) == OP_YIELD_FROM) {
            fr->regs[KR_C(prev)] = sent;
            fr->pc--;
        } else {
            fr->regs[KR_A(prev)] = sent;
        }
    } else if (sent != KR_NONE) {
        return NULL;    /* just started: gen_resume raises the TypeError */
    }
    Frame *caller = th->frame;
    fr->top = caller->top;
    fr->prev = caller;
    fr->flags = FRAME_GEN | (g->exc_state ? FRAME_GEN_HANDLING : 0);
    th->frame = fr;
    th->recursion_depth++;
    g->state = GEN_RUNNING;
    fr->gen_outer = th->handled;
    if (g->exc_state)
        th->handled = g->exc_state;
    return fr;
}

void kr_gen_leave_inline(Thread *th, Frame *fr)
{
    Generator *g = fr->gen;
    Value outer = fr->gen_outer;
    g->exc_state = fr->flags & FRAME_GEN_HANDLING ? th->handled : KR_VALUE_NULL;
    th->handled = outer;
    g->state = GEN_SUSPENDED;
    th->frame = fr->prev;
    th->recursion_depth--;
    fr->prev = NULL;
}

void kr_gen_finish_inline(Thread *th, Frame *fr, bool failed)
{
    Generator *g = fr->gen;
    th->handled = fr->gen_outer;
    g->exc_state = KR_VALUE_NULL;
    gen_done(g);    /* the caller reads nothing more from fr */
    if (failed)
        stop_to_runtime_error(th, g);
}

/* send() from bytecode: a scheduler's `coro.send(None)` is the commonest
 * way a coroutine is driven by hand.  Resumed in the loop, its YIELD
 * becomes the CALL_METHOD's result and its RETURN raises StopIteration at
 * the call (ops_flow.inc), as kr_gen_send would.  The caller has checked
 * that f is the send method descriptor. */
Frame *kr_gen_send_inline(Thread *th, Value self, Value sent)
{
    if (!kr_is_obj(self))
        return NULL;
    Type *t = kr_as_obj(self)->type;
    if (t != &kr_generator_type && t != &kr_coroutine_type)
        return NULL;
    return kr_gen_enter_inline(th, (Generator *)kr_as_obj(self), sent);
}

/* A generator-like object finished with return value `ret` under send()
 * or throw(): StopIteration(ret), or StopAsyncIteration for an async
 * generator (which can only return None), as CPython's gen_send_ex. */
static Value gen_returned(Thread *th, Generator *g, Value ret)
{
    if (g->kind == GEN_KIND_ASYNC && !kr_err_occurred(th)) {
        Value e = kr_exception_new(th, &kr_exc_StopAsyncIteration, NULL, 0);
        if (e)
            kr_err_set(th, e);
        return KR_VALUE_NULL;
    }
    return kr_gen_raise_stop(th, ret);
}

Value kr_gen_raise_stop(Thread *th, Value ret)
{
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    Value e = ret == KR_NONE ? kr_exception_new(th, &kr_exc_StopIteration, NULL, 0)
                             : kr_exception_new(th, &kr_exc_StopIteration, &ret, 1);
    if (e)
        kr_err_set(th, e);
    return KR_VALUE_NULL;
}

/* After an iterator call returned NULL: its return value (None when it
 * just ended, StopIteration's value, cleared) in *result, or *result NULL
 * with the exception left pending. */
static void stop_value(Thread *th, Value *result)
{
    *result = KR_VALUE_NULL;
    if (!kr_err_occurred(th)) {
        *result = KR_NONE;
    } else if (kr_err_matches(th, &kr_exc_StopIteration)) {
        Value e = kr_err_fetch(th);
        *result = kr_is_exc(e) ? kr_exception_stop_value(th, e) : KR_NONE;
    }
}

static Value call_method(Thread *th, Value obj, const char *name, const Value *args, size_t n)
{
    Str *s = kr_str_intern_cstr(th, name);
    if (!s)
        return KR_VALUE_NULL;
    Value m = kr_object_getattr(th, obj, s);
    return m ? kr_vm_call(th, m, args, n, NULL) : KR_VALUE_NULL;
}

Value kr_gen_send_to(Thread *th, Value it, Value sent, Value *result)
{
    *result = KR_VALUE_NULL;
    Value r;
    if (is_gen(it)) {
        Value ret;
        r = gen_resume(th, (Generator *)kr_as_obj(it), RESUME_SEND, sent, &ret);
        if (!r && !kr_err_occurred(th))
            *result = ret;
        return r;
    }
    if (kr_is_obj(it) && kr_as_obj(it)->type == &kr_async_gen_asend_type)
        return kr_asend_send_to(th, it, sent, result);    /* `async for`'s await */
    if (sent == KR_NONE) {
        Type *t = kr_type_of(it);
        if (!t->next)
            return kr_err_type_error(th, "'%s' object is not an iterator", kr_type_name(it));
        r = t->next(th, it);
    } else {
        r = call_method(th, it, "send", &sent, 1);
    }
    if (!r)
        stop_value(th, result);
    return r;
}

Value kr_gen_send_ex(Thread *th, Generator *g, Value arg, Value *retval)
{
    return gen_resume(th, g, RESUME_SEND, arg, retval);
}

/* The next slot: exhaustion is NULL with no exception, except that a
 * non-None return value travels in StopIteration(value), as CPython's
 * gen_iternext does (kr_object_next clears it for loops). */
static Value gen_iternext(Thread *th, Value self)
{
    Value ret;
    Value r = gen_resume(th, (Generator *)kr_as_obj(self), RESUME_SEND, KR_NONE, &ret);
    if (!r && ret != KR_NONE && !kr_err_occurred(th))
        return kr_gen_raise_stop(th, ret);
    return r;
}

static Value gen_iter(Thread *th, Value self) { return self; }

Value kr_gen_send(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "send", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    Generator *g = (Generator *)kr_as_obj(args[0]);
    Value ret;
    Value r = gen_resume(th, g, RESUME_SEND, args[1], &ret);
    return r ? r : gen_returned(th, g, ret);
}


/* Close a sub-iterator on the delegating generator's close(): 0, or -1
 * with the exception its close() raised. */
static int close_iter(Thread *th, Value yf)
{
    if (is_gen(yf))
        return kr_gen_close(th, (Generator *)kr_as_obj(yf));
    Str *s = kr_str_intern_cstr(th, "close");
    if (!s)
        return -1;
    Value m = kr_object_getattr(th, yf, s);
    if (!m) {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return -1;
        kr_err_clear(th);
        return 0;
    }
    return kr_vm_call(th, m, NULL, 0, NULL) ? 0 : -1;
}

/* Raise the pending exception at the generator's suspension point and
 * finish the resume (a return becomes StopIteration). */
static Value throw_here(Thread *th, Generator *g)
{
    Value ret;
    Value r = gen_resume(th, g, RESUME_THROW, KR_VALUE_NULL, &ret);
    return r ? r : gen_returned(th, g, ret);
}

static Value make_thrown(Thread *th, Value typ, Value val, Value tb, bool *normalizing);

/* Build the exception throw(*argv) means and raise it at the suspension
 * point; a bad argument raises TypeError without resuming the generator,
 * but an exception class that fails to instantiate throws that failure
 * in (CPython's PyErr_NormalizeException inside _gen_throw). */
static Value throw_args_here(Thread *th, Generator *g, const Value *argv, size_t argc)
{
    bool normalizing = false;
    Value exc = make_thrown(th, argv[0], argc > 1 ? argv[1] : KR_VALUE_NULL,
                            argc > 2 ? argv[2] : KR_VALUE_NULL, &normalizing);
    if (!exc)
        return normalizing ? throw_here(th, g) : KR_VALUE_NULL;
    kr_err_set(th, exc);
    return throw_here(th, g);
}

/* Is throw()'s first argument GeneratorExit (a subclass or an instance)? */
static bool is_generator_exit(Value typ)
{
    if (kr_is_exc(typ))
        return kr_isinstance_type(typ, &kr_exc_GeneratorExit);
    return kr_is_obj(typ) && (kr_type_of(typ)->flags & KR_TYPE_TYPE_SUBCLASS) &&
           kr_type_is_subtype((Type *)kr_as_obj(typ), &kr_exc_GeneratorExit);
}

/* throw(*argv): the arguments travel unchanged down a chain of delegating
 * generators and are made into an exception only where it is raised, so
 * a bad argument fails at the bottom and propagates up through the
 * delegating frames, as CPython's _gen_throw does. */
Value kr_gen_throw_ex(Thread *th, Generator *g, const Value *argv, size_t argc)
{
    if (g->state == GEN_RUNNING)
        return already_executing(th, g);
    Value yf = kr_gen_yf(g);
    if (yf) {
        if (is_generator_exit(argv[0])) {
            /* Close the sub-iterator, then raise GeneratorExit here (or
             * what its close() raised). */
            g->state = GEN_RUNNING;
            int rc = close_iter(th, yf);
            g->state = GEN_SUSPENDED;
            if (rc < 0)
                return throw_here(th, g);
            return throw_args_here(th, g, argv, argc);
        }
        Value r;
        g->state = GEN_RUNNING;
        if (is_gen(yf)) {
            /* the delegating frame stands between the thrower and the
             * sub-generator meanwhile (f_back, tracebacks), as in CPython */
            Frame *fr = g->frame;
            fr->top = kr_frame_top(th);
            fr->prev = th->frame;
            th->frame = fr;
            r = kr_gen_throw_ex(th, (Generator *)kr_as_obj(yf), argv, argc);
            th->frame = fr->prev;
            fr->prev = NULL;
        } else {
            Str *s = kr_str_intern_cstr(th, "throw");
            Value m = s ? kr_object_getattr(th, yf, s) : KR_VALUE_NULL;
            if (!m) {
                g->state = GEN_SUSPENDED;
                if (kr_err_matches(th, &kr_exc_AttributeError)) {
                    kr_err_clear(th);    /* no throw(): raise it here */
                    return throw_args_here(th, g, argv, argc);
                }
                return throw_here(th, g);
            }
            r = kr_vm_call(th, m, argv, argc, NULL);
        }
        g->state = GEN_SUSPENDED;
        if (r)
            return r;    /* the sub-iterator yielded: still delegating */
        Value result;
        stop_value(th, &result);
        if (!result)
            return throw_here(th, g);
        /* It returned: that is the value of the yield from. */
        Value ret;
        r = gen_resume(th, g, RESUME_VALUE, result, &ret);
        return r ? r : gen_returned(th, g, ret);
    }
    return throw_args_here(th, g, argv, argc);
}

/* The exception throw(typ[, val[, tb]]) raises, as CPython's _gen_throw
 * builds it.  *normalizing is set when calling the class failed. */
static Value make_thrown(Thread *th, Value typ, Value val, Value tb, bool *normalizing)
{
    if (tb == KR_NONE)
        tb = KR_VALUE_NULL;
    if (tb && !(kr_is_obj(tb) && kr_type_of(tb) == &kr_traceback_type))
        return kr_err_type_error(th, "throw() third argument must be a traceback object");
    Value e;
    if (kr_is_obj(typ) && (kr_type_of(typ)->flags & KR_TYPE_TYPE_SUBCLASS) &&
        (((Type *)kr_as_obj(typ))->flags & KR_TYPE_EXC_SUBCLASS)) {
        Type *t = (Type *)kr_as_obj(typ);
        if (val && val != KR_NONE && kr_isinstance_type(val, t))
            e = val;
        else if (!val || val == KR_NONE)
            e = kr_vm_call(th, typ, NULL, 0, NULL);
        else if (kr_is_tuple(val))
            e = kr_vm_call(th, typ, kr_as_tuple(val)->items, (size_t)kr_as_tuple(val)->size, NULL);
        else
            e = kr_vm_call(th, typ, &val, 1, NULL);
        *normalizing = true;
        if (!e)
            return KR_VALUE_NULL;
        if (!kr_is_exc(e))
            return kr_err_type_error(th,
                "calling %R should have returned an instance of BaseException, not %s",
                typ, kr_type_name(e));
        *normalizing = false;
    } else if (kr_is_exc(typ)) {
        if (val && val != KR_NONE)
            return kr_err_type_error(th, "instance exception may not have a separate value");
        e = typ;
    } else {
        return kr_err_type_error(th,
            "exceptions must be classes or instances deriving from BaseException, not %s",
            kr_type_name(typ));
    }
    if (tb)
        ((Exc *)kr_as_obj(e))->traceback = tb;
    return e;
}

Value kr_gen_make_thrown(Thread *th, Value typ, Value val, Value tb)
{
    bool normalizing = false;
    return make_thrown(th, typ, val, tb, &normalizing);
}

static Value gen_throw(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "throw", nargs - 1, 1, 3, kw) < 0)
        return KR_VALUE_NULL;
    return kr_gen_throw_ex(th, (Generator *)kr_as_obj(args[0]), args + 1, nargs - 1);
}

int kr_gen_close(Thread *th, Generator *g)
{
    if (g->state == GEN_RUNNING) {
        already_executing(th, g);
        return -1;
    }
    if (g->state != GEN_SUSPENDED) {
        gen_done(g);
        return 0;
    }
    Value ge = kr_exception_new(th, &kr_exc_GeneratorExit, NULL, 0);
    if (!ge)
        return -1;
    Value r = kr_gen_throw_ex(th, g, &ge, 1);
    if (r) {
        kr_err_format(th, &kr_exc_RuntimeError, "%s ignored GeneratorExit", kind_noun[g->kind]);
        return -1;
    }
    if (kr_err_matches(th, &kr_exc_StopIteration) || kr_err_matches(th, &kr_exc_GeneratorExit)) {
        kr_err_clear(th);
        return 0;
    }
    return kr_err_occurred(th) ? -1 : 0;
}

static Value gen_close(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "close", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_gen_close(th, (Generator *)kr_as_obj(args[0])) < 0 ? KR_VALUE_NULL : KR_NONE;
}

static Value gen_repr(Thread *th, Value self)
{
    static const char *const kind_type[] = {"generator", "coroutine", "async_generator"};
    Generator *g = (Generator *)kr_as_obj(self);
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "<%s object ", kind_type[g->kind]);
    kr_str_to_buf(&b, g->qualname);
    kr_buf_printf(&b, " at %#llx>", (unsigned long long)self);
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value gen_get_running(Thread *th, Value self)
{
    return kr_from_bool(((Generator *)kr_as_obj(self))->state == GEN_RUNNING);
}

/* ag_running is CPython's ag_running_async: an asend()/athrow() awaitable
 * is being driven, even while the generator itself is suspended. */
static Value agen_get_running(Thread *th, Value self)
{
    return kr_from_bool(((Generator *)kr_as_obj(self))->running_async);
}

static Value gen_get_suspended(Thread *th, Value self)
{
    return kr_from_bool(((Generator *)kr_as_obj(self))->state == GEN_SUSPENDED);
}

static Value gen_get_yieldfrom(Thread *th, Value self)
{
    Value yf = kr_gen_yf((Generator *)kr_as_obj(self));
    if (!yf)
        return KR_NONE;
    kr_asend_escaped(yf);   /* Python code holds it now: never recycled */
    return yf;
}

static Value gen_get_code(Thread *th, Value self)
{
    return kr_from_obj(((Generator *)kr_as_obj(self))->code);
}

static Value gen_get_name(Thread *th, Value self)
{
    return kr_from_obj(((Generator *)kr_as_obj(self))->name);
}

static Value gen_get_qualname(Thread *th, Value self)
{
    return kr_from_obj(((Generator *)kr_as_obj(self))->qualname);
}

/* __name__ / __qualname__ may be set, to strs only (CPython's gen_set_name). */
static int gen_set_names(Thread *th, Value self, Value value, bool qual)
{
    if (!value || !kr_is_str(value)) {
        kr_err_format(th, &kr_exc_TypeError, "__%sname__ must be set to a string object",
                      qual ? "qual" : "");
        return -1;
    }
    Generator *g = (Generator *)kr_as_obj(self);
    if (qual)
        g->qualname = kr_as_str(value);
    else
        g->name = kr_as_str(value);
    return 0;
}

static int gen_set_name(Thread *th, Value v, Str *n, Value value) { return gen_set_names(th, v, value, false); }
static int gen_set_qualname(Thread *th, Value v, Str *n, Value value) { return gen_set_names(th, v, value, true); }

static Value gen_get_none(Thread *th, Value self) { return KR_NONE; }

/* gi_frame / cr_frame / ag_frame: a frame object while the generator can
 * still run, None once it finished. */
static Value gen_get_frame(Thread *th, Value self)
{
    Generator *g = (Generator *)kr_as_obj(self);
    return g->state == GEN_DONE ? KR_NONE : kr_frame_object(th, g->frame);
}

Value kr_gen_no_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot create '%s' instances", t->name);
    return KR_VALUE_NULL;
}

static const MethodDef gen_methods[] = {
    {"send", kr_gen_send, "($self, value, /)", "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.", 0},
    {"throw", gen_throw, "($self, typ, val=None, tb=None, /)",
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.", 0},
    {"close", gen_close, "($self, /)", "close() -> raise GeneratorExit inside generator.", 0},
    {0},
};

static const MemberDef gen_members[] = {
    {"gi_running", 0, gen_get_running, NULL, NULL, 0},
    {"gi_suspended", 0, gen_get_suspended, NULL, NULL, 0},
    {"gi_yieldfrom", 0, gen_get_yieldfrom, NULL, NULL, 0},
    {"gi_code", 0, gen_get_code, NULL, NULL, KR_MEMBER_READONLY},
    {"gi_frame", 0, gen_get_frame, NULL, NULL, 0},
    {"__name__", 0, gen_get_name, gen_set_name, "name of the generator", 0},
    {"__qualname__", 0, gen_get_qualname, gen_set_qualname, "qualified name of the generator", 0},
    {0},
};

Type kr_generator_type = {
    .hdr = {&kr_type_type},
    .name = "generator",
    .size = sizeof(Generator),
    .new_ = kr_gen_no_new,
    .iter = gen_iter,
    .next = gen_iternext,
    .repr = gen_repr,
    .methods = gen_methods,
    .members = gen_members,
};

/* A coroutine is a generator that is not iterable: it is driven through
 * send()/throw() or through the iterator __await__() returns. */
static const MethodDef coro_methods[] = {
    {"send", kr_gen_send, "($self, value, /)", "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.", 0},
    {"throw", gen_throw, "($self, typ, val=None, tb=None, /)",
     "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.", 0},
    {"close", gen_close, "($self, /)", "close() -> raise GeneratorExit inside coroutine.", 0},
    {"__await__", kr_coro_await, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef coro_members[] = {
    {"cr_running", 0, gen_get_running, NULL, NULL, 0},
    {"cr_suspended", 0, gen_get_suspended, NULL, NULL, 0},
    {"cr_await", 0, gen_get_yieldfrom, NULL, NULL, 0},
    {"cr_code", 0, gen_get_code, NULL, NULL, KR_MEMBER_READONLY},
    {"cr_frame", 0, gen_get_frame, NULL, NULL, 0},
    {"cr_origin", 0, gen_get_none, NULL, NULL, KR_MEMBER_READONLY},
    {"__name__", 0, gen_get_name, gen_set_name, "name of the coroutine", 0},
    {"__qualname__", 0, gen_get_qualname, gen_set_qualname, "qualified name of the coroutine", 0},
    {0},
};

Type kr_coroutine_type = {
    .hdr = {&kr_type_type},
    .name = "coroutine",
    .size = sizeof(Generator),
    .new_ = kr_gen_no_new,
    .repr = gen_repr,
    .methods = coro_methods,
    .members = coro_members,
};

/* An async generator is driven only through the awaitables its methods
 * return (vm/coroutine.c). */
static const MethodDef agen_methods[] = {
    {"__aiter__", kr_agen_aiter, "($self, /)", NULL, 0},
    {"__anext__", kr_agen_anext, "($self, /)", NULL, 0},
    {"asend", kr_agen_asend, "($self, value, /)", NULL, 0},
    {"athrow", kr_agen_athrow, "($self, typ, val=None, tb=None, /)", NULL, 0},
    {"aclose", kr_agen_aclose, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef agen_members[] = {
    {"ag_running", 0, agen_get_running, NULL, NULL, KR_MEMBER_READONLY},
    {"ag_await", 0, gen_get_yieldfrom, NULL, NULL, 0},
    {"ag_code", 0, gen_get_code, NULL, NULL, KR_MEMBER_READONLY},
    {"ag_frame", 0, gen_get_frame, NULL, NULL, 0},
    {"__name__", 0, gen_get_name, gen_set_name, NULL, 0},
    {"__qualname__", 0, gen_get_qualname, gen_set_qualname, NULL, 0},
    {0},
};

Type kr_async_generator_type = {
    .hdr = {&kr_type_type},
    .name = "async_generator",
    .size = sizeof(Generator),
    .new_ = kr_gen_no_new,
    .repr = gen_repr,
    .methods = agen_methods,
    .members = agen_members,
};
