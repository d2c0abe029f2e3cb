/*
 * frame.h -- an activation of a code object.
 *
 * A Frame record says which code runs, where its registers are, and where
 * it stopped; the registers themselves are a window of the thread's value
 * stack (core/state.h: StackChunk).  A Python-to-Python call places the
 * callee's window at the caller's call site, so the arguments the caller
 * computed into R[A+1..] ARE the callee's first registers -- no copy --
 * exactly as in Lua:
 *
 *   caller regs:  | locals | temps ... | f | a0 | a1 |
 *                                           ^ callee regs: | a0 | a1 | locals... | temps |
 *
 * A callee whose window would run past the end of the chunk gets a fresh
 * chunk, and its arguments are copied there (rare).
 *
 * Frame records are recycled through th->free_frames (Lua's CallInfo
 * list), so a call allocates nothing once the thread is warm.  They are
 * collector memory: each holds its code, function and namespaces.
 */
#ifndef KR_FRAME_H
#define KR_FRAME_H

#include "core/state.h"
#include "objects/code.h"
#include "objects/function.h"

enum {
    FRAME_ENTRY = 1,        /* returning from it returns from kr_vm_run to C */
    FRAME_OWNS_CHUNK = 2,   /* it opened th->chunk: popping it pops the chunk */
    FRAME_GEN = 4,          /* a generator's frame: record and registers owned by it */
    FRAME_YIELDED = 8,      /* set by YIELD: kr_vm_run returned a yielded value */
    FRAME_THROW = 16,       /* entering it: raise th->exc at its pc (generator.throw) */
    FRAME_LOCALS_DICT = 32, /* locals_dict is this activation's locals() dict (set
                               only by locals()/f_locals, so a plain call's RETURN
                               keeps its fast path; pushes reset flags) */
    FRAME_TRACED = 64,      /* `trace` is this activation's (vm/trace.h); set only while
                               tracing, so untraced RETURNs keep their fast path */
    FRAME_INIT = 128,       /* an __init__ CALL runs for a class call: RETURN
                               checks for None and returns init_self (ops_call.inc) */
    FRAME_FOBJ = 256,       /* fobj is this activation's frame object (frame.c) */
    FRAME_GEN_HANDLING = 512, /* a generator's frame runs an except block of its own:
                               th->handled is the generator's, not its resumer's
                               (ops_exc.inc, vm/generator.c) */
    FRAME_TB = 1024,        /* a traceback entry was made for this activation: its
                               return leaves the locals there for tb_frame (frame.c) */
};

struct Frame {
    Frame *prev;
    Code *code;
    Function *func;         /* NULL for module and class bodies run from C */
    Value *regs;
    const Instr *pc;        /* next instruction, saved when control leaves the frame */
    Dict *globals;
    Dict *builtins;
    Dict *locals;           /* LOAD_NAME's namespace (module, class body), else NULL;
                               any mapping object when its type is not exactly
                               dict (a metaclass's __prepare__ result) */
    Value *top;             /* where a callee's registers may start: regs + framesize,
                               or for a generator frame (registers off the stack)
                               the thread's stack top when it was resumed */
    uint32_t flags;
    Value gen_outer;        /* a generator frame: th->handled of whoever resumed it */
    Value init_self;        /* with FRAME_INIT: the instance being initialised */
    struct Generator *gen;  /* a generator frame: its generator (FOR_ITER resumes it
                               in the running loop: vm/generator.c) */
    Dict *locals_dict;      /* with FRAME_LOCALS_DICT: the dict locals() refreshes and
                               returns for a function frame, as CPython 3.11's f_locals */
    struct FrameTrace *trace;   /* with FRAME_TRACED (or a generator's): vm/trace.h */
    Value fobj;             /* with FRAME_FOBJ: the `frame` object made for this
                               activation, so sys._getframe() is sys._getframe()
                               and sys._current_frames() gives the same object */
};

/* Push a frame for code with its registers at regs (which must already
 * hold nargs argument values when the caller placed them there) and
 * clear the rest.  Moves to a new chunk if needed, copying the nargs
 * values.  NULL with an exception (RecursionError, MemoryError). */
KR_MUST_CHECK Frame *kr_frame_push(Thread *th, Code *code, Value *regs, size_t ncopy);
/* Pops the running frame; returns its init_self (the instance a class
 * call made, for an __init__ frame), which the pop clears. */
Value kr_frame_pop(Thread *th);
/* Where a frame called from C goes: above the innermost frame. */
Value *kr_frame_top(Thread *th);
KR_MUST_CHECK int kr_frame_init_stack(Thread *th);
/* An ended thread's registers: zeroed, since a traceback or generator
 * that ran on it points into its chunk and keeps the chunk alive, and
 * the stale values in it with it (vm/thread.c). */
void kr_frame_drop_stack(Thread *th);

/* Frame objects (sys._getframe): f and the frames it was called from, as
 * a chain of `frame` objects linked by f_back (frame.c). */
extern Type kr_frame_type;
KR_MUST_CHECK Value kr_frame_object(Thread *th, Frame *f);
/* tb_frame: the frame a traceback entry was made in -- the full snapshot
 * while that activation still runs (an except clause in the same
 * function), else a detached frame object with its code, globals and
 * line, no local variables and no f_back (docs/differences.md). */
struct Traceback;
KR_MUST_CHECK Value kr_frame_object_of_tb(Thread *th, struct Traceback *tb);
/* exc leaves f (the unwinder pops it): its newest traceback entry keeps a
 * copy of f's locals for tb_frame.f_locals, as CPython's frame object
 * takes the frame's data when it is cleared. */
void kr_frame_keep_locals(Value exc, Frame *f);
/* A traceback entry is made for f: f's return will keep its locals in
 * the entries of the exceptions its registers hold (tb.tb_frame.f_locals
 * of an exception handled in f). */
void kr_frame_note_tb(Frame *f);
/* f is returning and has a frame object (FRAME_FOBJ): the object keeps a
 * last copy of the locals, as a detached frame shows them (frame.c). */
void kr_frame_detach_object(Thread *th, Frame *f);
/* locals() of a frame: the namespace of a module or class body (a dict or
 * any mapping), a fresh snapshot dict of a function's locals, cells and
 * free variables. */
KR_MUST_CHECK Value kr_frame_locals(Thread *th, Frame *f);

/* The Python-to-Python call fast path, inlined into CALL: a function whose
 * parameters are all positional, called with exactly that many positional
 * arguments already in place at `regs`, with room in the current chunk and
 * a recycled frame record at hand.  NULL (and no exception) when any of
 * that does not hold: the caller then takes kr_call_push. */

static inline Frame *kr_frame_push_fast(Thread *th, Function *f, Value *regs, size_t nargs)
{
    Code *code = f->code;
    Frame *fr = th->free_frames;
    if (KR_UNLIKELY(nargs != code->argcount || code->kwonlyargcount ||
                    (code->flags & (KR_CO_VARARGS | KR_CO_VARKEYWORDS | KR_CO_GEN_LIKE)) ||
                    !fr || th->recursion_depth >= th->vm->recursion_limit))
        return NULL;
    if (KR_UNLIKELY(regs < th->chunk->slots || regs + code->framesize > th->chunk->limit)) {
        /* A call from a generator or coroutine frame, whose registers are
         * in its own block: the callee's go to the stack top (perfa). */
        Value *top = th->frame->top;
        if (top < th->chunk->slots || top + code->framesize > th->chunk->limit)
            return NULL;
        for (size_t i = 0; i < nargs; i++)
            top[i] = regs[i];
        regs = top;
    }
    th->free_frames = fr->prev;
    for (uint32_t i = (uint32_t)nargs; i < code->framesize; i++)
        regs[i] = KR_VALUE_NULL;
    fr->prev = th->frame;
    fr->code = code;
    fr->func = f;
    fr->regs = regs;
    fr->pc = code->instrs;
    fr->globals = f->globals;
    fr->builtins = f->builtins;
    fr->locals = NULL;
    fr->top = regs + code->framesize;
    fr->flags = 0;
    th->frame = fr;
    th->recursion_depth++;
    return fr;
}

/* The interpreter loop: run from frame `entry` (already pushed, flagged
 * FRAME_ENTRY) until it returns.  KR_VALUE_NULL with an exception. */
KR_MUST_CHECK Value kr_vm_run(Thread *th, Frame *entry);
/* Run a module or class body code with the given namespaces. */
KR_MUST_CHECK Value kr_vm_run_code(Thread *th, Code *code, Dict *globals, Dict *locals,
                                   Function *func);
/* LOAD_NAME / DELETE_NAME on a namespace that is not exactly a dict. */
KR_MUST_CHECK Value kr_vm_mapping_load(Thread *th, Frame *frame, Str *name);
KR_MUST_CHECK int kr_vm_mapping_delete(Thread *th, Frame *frame, Str *name);
/* builtins.__build_class__(func, name, *bases, metaclass=..., **kw): what
 * a class statement calls (LOAD_BUILD_CLASS then CALL). */
KR_MUST_CHECK Value kr_vm_build_class(Thread *th, Value self, const Value *args, size_t nargs,
                                      Tuple *kwnames);

#endif
