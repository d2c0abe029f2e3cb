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
 *   RETURN      finishes the generator (exhaustion, StopIteration);
 *   an exception propagating out finishes it as well.
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

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

typedef struct Generator {
    Obj hdr;
    Frame *frame;
    Value *regs;
    int state;
    Str *name, *qualname;
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

/* Resume with `sent`; the yielded value, or NULL: exhausted (no
 * exception; *retval gets the return value) or failed (exception). */
static Value gen_resume(Thread *th, Generator *g, Value sent, Value *retval)
{
    *retval = KR_NONE;
    if (g->state == GEN_RUNNING) {
        kr_err_set_string(th, &kr_exc_ValueError, "generator already executing");
        return KR_VALUE_NULL;
    }
    if (g->state == GEN_DONE)
        return KR_VALUE_NULL;
    if (g->state == GEN_CREATED && sent != KR_NONE) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "can't send non-None value to a just-started generator");
        return KR_VALUE_NULL;
    }
    if (KR_UNLIKELY(th->recursion_depth >= th->vm->recursion_limit)) {
        kr_err_set_string(th, &kr_exc_RecursionError, "maximum recursion depth exceeded");
        return KR_VALUE_NULL;
    }
    Frame *fr = g->frame;
    if (g->state == GEN_SUSPENDED)
        fr->regs[KR_A(fr->pc[-1])] = sent;
    fr->top = kr_frame_top(th);
    fr->prev = th->frame;
    fr->flags = FRAME_GEN | FRAME_ENTRY;
    th->frame = fr;
    th->recursion_depth++;
    g->state = GEN_RUNNING;
    th->c_recursion_depth++;
    Value r = kr_vm_run(th, fr);
    th->c_recursion_depth--;
    if (r && (fr->flags & FRAME_YIELDED)) {
        g->state = GEN_SUSPENDED;
        return r;
    }
    g->state = GEN_DONE;
    g->regs = NULL;
    if (r)
        *retval = r;
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

/* The next slot: exhaustion is NULL with no exception, except that a
 * non-None return value travels in StopIteration(value), as CPython's
 * gen_iternext does (kr_object_next clears it for loops). */
static Value gen_iternext(Thread *th, Value self)
{
    Value ret;
    Value r = gen_resume(th, (Generator *)kr_as_obj(self), KR_NONE, &ret);
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
    Value r = gen_resume(th, (Generator *)kr_as_obj(args[0]), args[1], &ret);
    return r ? r : raise_stop(th, ret);
}

static Value gen_close(Thread *th, Value u, const Value *args, size_t nargs, Tuple *kw)
{
    Generator *g = (Generator *)kr_as_obj(args[0]);
    /* Finally blocks of a suspended generator do not run yet (GeneratorExit
     * is not thrown in): closing only marks it finished. */
    if (g->state != GEN_RUNNING)
        g->state = GEN_DONE;
    return KR_NONE;
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

static const MethodDef gen_methods[] = {
    {"send", gen_send, "($self, value, /)", NULL, 0},
    {"close", gen_close, "($self, /)", NULL, 0},
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
};
