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
 */
#include "vm/generator.h"

#include <string.h>

#include "gc/gc.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

typedef struct Generator {
    Obj hdr;
    Frame *frame;
    Value *regs;
    int state;
    Str *name, *qualname;
    Value exc_state;        /* th->handled inside the suspended generator, or NULL */
} Generator;

Value kr_gen_new(Thread *th, Function *f, const Value *args, size_t nargs, Tuple *kwnames)
{
    Code *code = f->code;
    Generator *g = kr_gc_alloc(sizeof *g);
    Value *regs = kr_gc_alloc(sizeof(Value) * (code->framesize + 1));
    Frame *fr = kr_gc_alloc(sizeof *fr);
    if (!g || !regs || !fr) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    if (!kwnames && nargs == code->argcount && !code->kwonlyargcount &&
        !(code->flags & (KR_CO_VARARGS | KR_CO_VARKEYWORDS)))
        kr_values_copy(regs, args, nargs);
    else if (kr_call_bind(th, f, regs, args, nargs, kwnames) < 0)
        return KR_VALUE_NULL;
    g->hdr.type = &kr_generator_type;
    fr->code = code;
    fr->func = f;
    fr->regs = regs;
    fr->pc = code->instrs;
    fr->globals = f->globals;
    fr->builtins = f->builtins;
    fr->flags = FRAME_GEN;
    g->frame = fr;
    g->regs = regs;
    g->state = GEN_CREATED;
    g->name = f->name;
    g->qualname = f->qualname;
    return kr_from_obj(g);
}

enum { RESUME_SEND, RESUME_VALUE, RESUME_THROW };

static bool is_gen(Value v)
{
    return kr_is_obj(v) && kr_type_of(v) == &kr_generator_type;
}

/* The sub-iterator a suspended generator delegates to, or NULL. */
static Value gen_yf(Generator *g)
{
    if (g->state != GEN_SUSPENDED)
        return KR_VALUE_NULL;
    Instr prev = g->frame->pc[-1];
    return KR_OPC(prev) == OP_YIELD_FROM ? g->frame->regs[KR_B(prev)] : KR_VALUE_NULL;
}

/* Resume the generator.  RESUME_SEND: `arg` is the value sent (to the
 * sub-iterator when delegating); RESUME_VALUE: `arg` is the result of the
 * suspended yield or yield from, delivered as is; RESUME_THROW: th->exc
 * is raised at the suspension point.  Returns the yielded value, or NULL:
 * exhausted (no exception; *retval gets the return value) or failed. */
static Value gen_resume(Thread *th, Generator *g, int mode, Value arg, Value *retval)
{
    *retval = KR_NONE;
    if (g->state == GEN_RUNNING) {
        kr_err_set_string(th, &kr_exc_ValueError, "generator already executing");
        return KR_VALUE_NULL;
    }
    if (g->state == GEN_DONE)
        return KR_VALUE_NULL;    /* a thrown exception stays pending */
    if (g->state == GEN_CREATED) {
        if (mode == RESUME_THROW) {
            g->state = GEN_DONE;
            g->regs = NULL;
            return KR_VALUE_NULL;
        }
        if (arg != KR_NONE) {
            kr_err_set_string(th, &kr_exc_TypeError,
                              "can't send non-None value to a just-started generator");
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
    fr->flags = FRAME_GEN | FRAME_ENTRY | extra;
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
    if (r && (fr->flags & FRAME_YIELDED)) {
        g->exc_state = th->handled == saved ? KR_VALUE_NULL : th->handled;
        th->handled = saved;
        g->state = GEN_SUSPENDED;
        return r;
    }
    th->handled = saved;
    g->exc_state = KR_VALUE_NULL;
    g->state = GEN_DONE;
    g->regs = NULL;
    if (r) {
        *retval = r;
    } else if (kr_err_matches(th, &kr_exc_StopIteration)) {
        /* PEP 479: a StopIteration escaping the body would read as
         * exhaustion to the caller's loop; it becomes RuntimeError. */
        Value stop = kr_err_fetch(th);
        kr_err_set_string(th, &kr_exc_RuntimeError, "generator raised StopIteration");
        if (kr_is_exc(th->exc)) {
            Exc *x = (Exc *)kr_as_obj(th->exc);
            x->cause = stop;
            x->context = stop;
            x->suppress_context = true;
        }
    }
    return KR_VALUE_NULL;
}

static Value raise_stop(Thread *th, Value ret)
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
        Exc *x = (Exc *)kr_as_obj(e);
        *result = x->args && x->args->size ? x->args->items[0] : KR_NONE;
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

/* The next slot: exhaustion is NULL with no exception, except that a
 * non-None return value travels in StopIteration(value), as CPython's
 * gen_iternext does (kr_object_next clears it for loops). */
static Value gen_iternext(Thread *th, Value self)
{
    Value ret;
    Value r = gen_resume(th, (Generator *)kr_as_obj(self), RESUME_SEND, KR_NONE, &ret);
    if (!r && ret != KR_NONE && !kr_err_occurred(th))
        return raise_stop(th, ret);
    return r;
}

static Value gen_iter(Thread *th, Value self) { return self; }

static Value gen_send(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "send", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    Value ret;
    Value r = gen_resume(th, (Generator *)kr_as_obj(args[0]), RESUME_SEND, args[1], &ret);
    return r ? r : raise_stop(th, ret);
}

static int gen_close_impl(Thread *th, Generator *g);

/* Close a sub-iterator on the delegating generator's close(): 0, or -1
 * with the exception its close() raised. */
static int close_iter(Thread *th, Value yf)
{
    if (is_gen(yf))
        return gen_close_impl(th, (Generator *)kr_as_obj(yf));
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
    return r ? r : raise_stop(th, ret);
}

/* throw(): exc is the exception instance; argv/argc what the caller
 * passed, forwarded to a non-generator sub-iterator's throw(). */
static Value gen_throw_exc(Thread *th, Generator *g, Value exc, const Value *argv, size_t argc)
{
    if (g->state == GEN_RUNNING) {
        kr_err_set_string(th, &kr_exc_ValueError, "generator already executing");
        return KR_VALUE_NULL;
    }
    Value yf = gen_yf(g);
    if (yf) {
        if (kr_isinstance_type(exc, &kr_exc_GeneratorExit)) {
            /* Close the sub-iterator, then raise GeneratorExit here (or
             * what its close() raised). */
            g->state = GEN_RUNNING;
            int rc = close_iter(th, yf);
            g->state = GEN_SUSPENDED;
            if (rc < 0)
                return throw_here(th, g);
            kr_err_set(th, exc);
            return throw_here(th, g);
        }
        Value r;
        g->state = GEN_RUNNING;
        if (is_gen(yf)) {
            r = gen_throw_exc(th, (Generator *)kr_as_obj(yf), exc, argv, argc);
        } else {
            Str *s = kr_str_intern_cstr(th, "throw");
            Value m = s ? kr_object_getattr(th, yf, s) : KR_VALUE_NULL;
            if (!m) {
                g->state = GEN_SUSPENDED;
                if (kr_err_matches(th, &kr_exc_AttributeError)) {
                    kr_err_set(th, exc);    /* no throw(): raise it here */
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
        return r ? r : raise_stop(th, ret);
    }
    kr_err_set(th, exc);
    return throw_here(th, g);
}

/* The exception throw(typ[, val[, tb]]) raises, as CPython's _gen_throw
 * builds it. */
static Value make_thrown(Thread *th, Value typ, Value val, Value tb)
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
        if (!e)
            return KR_VALUE_NULL;
        if (!kr_is_exc(e))
            return kr_err_type_error(th,
                "calling %R should have returned an instance of BaseException, not %s",
                typ, kr_type_name(e));
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

static Value gen_throw(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "throw", nargs - 1, 1, 3, kw) < 0)
        return KR_VALUE_NULL;
    Value e = make_thrown(th, args[1], nargs > 2 ? args[2] : KR_VALUE_NULL,
                          nargs > 3 ? args[3] : KR_VALUE_NULL);
    if (!e)
        return KR_VALUE_NULL;
    return gen_throw_exc(th, (Generator *)kr_as_obj(args[0]), e, args + 1, nargs - 1);
}

static int gen_close_impl(Thread *th, Generator *g)
{
    if (g->state == GEN_RUNNING) {
        kr_err_set_string(th, &kr_exc_ValueError, "generator already executing");
        return -1;
    }
    if (g->state != GEN_SUSPENDED) {
        g->state = GEN_DONE;
        g->regs = NULL;
        return 0;
    }
    Value ge = kr_exception_new(th, &kr_exc_GeneratorExit, NULL, 0);
    if (!ge)
        return -1;
    Value r = gen_throw_exc(th, g, ge, &ge, 1);
    if (r) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "generator ignored GeneratorExit");
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
    return gen_close_impl(th, (Generator *)kr_as_obj(args[0])) < 0 ? KR_VALUE_NULL : KR_NONE;
}

static Value gen_repr(Thread *th, Value self)
{
    Generator *g = (Generator *)kr_as_obj(self);
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "<generator object ");
    kr_str_to_buf(&b, g->qualname);
    kr_buf_printf(&b, " at %#llx>", (unsigned long long)self);
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value gen_get_running(Thread *th, Value self)
{
    return kr_from_bool(((Generator *)kr_as_obj(self))->state == GEN_RUNNING);
}

static Value gen_get_suspended(Thread *th, Value self)
{
    return kr_from_bool(((Generator *)kr_as_obj(self))->state == GEN_SUSPENDED);
}

static Value gen_get_yieldfrom(Thread *th, Value self)
{
    Value yf = gen_yf((Generator *)kr_as_obj(self));
    return yf ? yf : KR_NONE;
}

static Value gen_get_code(Thread *th, Value self)
{
    return kr_from_obj(((Generator *)kr_as_obj(self))->frame->code);
}

static Value gen_get_name(Thread *th, Value self)
{
    return kr_from_obj(((Generator *)kr_as_obj(self))->name);
}

static Value gen_get_qualname(Thread *th, Value self)
{
    return kr_from_obj(((Generator *)kr_as_obj(self))->qualname);
}

static const MethodDef gen_methods[] = {
    {"send", gen_send, "($self, value, /)", NULL, 0},
    {"throw", gen_throw, "($self, typ, val=None, tb=None, /)", NULL, 0},
    {"close", gen_close, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef gen_members[] = {
    {"gi_running", 0, gen_get_running, NULL, NULL, KR_MEMBER_READONLY},
    {"gi_suspended", 0, gen_get_suspended, NULL, NULL, KR_MEMBER_READONLY},
    {"gi_yieldfrom", 0, gen_get_yieldfrom, NULL, NULL, KR_MEMBER_READONLY},
    {"gi_code", 0, gen_get_code, NULL, NULL, KR_MEMBER_READONLY},
    {"__name__", 0, gen_get_name, NULL, NULL, KR_MEMBER_READONLY},
    {"__qualname__", 0, gen_get_qualname, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Type kr_generator_type = {
    .hdr = {&kr_type_type},
    .name = "generator",
    .size = sizeof(Generator),
    .iter = gen_iter,
    .next = gen_iternext,
    .repr = gen_repr,
    .methods = gen_methods,
    .members = gen_members,
};
