/*
 * trace.c -- sys.settrace / sys.setprofile events, CPython 3.11's rules
 * (see trace.h for how the dispatch loop gets here at no cost when off).
 *
 * THE HOOKS.  A thread has at most one trace function (the global one,
 * called for 'call' events; what it returns becomes the frame's f_trace,
 * which gets every other event of that frame) and one profile function
 * (every call and return, Python or builtin).  While either runs, the
 * thread does not trace (th->in_trace): what the hook itself executes
 * produces no events.  A hook that raises is removed, and its exception
 * propagates from the instruction being traced, as in CPython.
 *
 * LINE EVENTS follow ceval.c's maybe_call_line_trace: an instruction gets
 * one when its line differs from that of the instruction this frame
 * executed last, or when control went backwards (a loop's next turn on
 * the same line); the first instruction of an activation always does.
 * The last instruction is remembered per frame, so a call in between
 * does not count, and a generator resumed on the line it yielded from
 * gets none.
 *
 * FRAME OBJECTS handed to hooks are cached in the FrameTrace (frame.c's
 * frame_object_one asks kr_trace_data), so a debugger comparing frames
 * by identity works.
 */
#include "vm/trace.h"

#include <string.h>

#include "gc/gc.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

FrameTrace *kr_trace_data(Frame *f)
{
    if (f->flags & FRAME_TRACED)
        return f->trace;
    return (f->flags & FRAME_GEN) ? f->trace : NULL;
}

FrameTrace *kr_trace_data_make(Thread *th, Frame *f)
{
    FrameTrace *t = kr_trace_data(f);
    if (!t) {
        t = kr_gc_alloc(sizeof *t);
        if (!t) {
            kr_err_no_memory(th);
            return NULL;
        }
        t->last_idx = -1;
        t->last_line = -1;
        t->shown_line = -1;
        t->call_line = -1;
        t->lines = true;
        f->trace = t;
    }
    f->flags |= FRAME_TRACED;
    return t;
}

/* th->tracing: whether loops should dispatch through the TRACE handler. */
static void update(Thread *th)
{
    th->tracing = !th->in_trace && (th->trace_func || th->profile_func);
}

/* Remember instruction idx (on line) as the frame's last; an artificial
 * instruction (line -1) keeps the line shown before it. */
static void set_last(FrameTrace *t, int32_t idx, int line)
{
    t->last_idx = idx;
    t->last_line = line;
    if (line >= 0)
        t->shown_line = line;
}

static uint32_t instr_index(const Frame *f)
{
    return (uint32_t)(f->pc - 1 - f->code->instrs);
}

static int line_of(const Code *c, uint32_t idx)
{
    const int32_t *pos = kr_code_positions(c);
    return pos ? pos[4 * idx] : kr_code_line(c, idx);
}

/* Frames already running when tracing starts are not new activations:
 * they get no 'call' event, and their next line counts from where they
 * stand.  Marking them also sends their RETURN down the slow path, which
 * switches the caller's loop to the tracing table. */
FrameTrace *kr_trace_data_running(Thread *th, Frame *f)
{
    bool fresh = !(f->flags & FRAME_TRACED);
    FrameTrace *t = kr_trace_data_make(th, f);
    if (t && fresh && t->last_idx < 0 && f->pc > f->code->instrs) {
        int32_t idx = (int32_t)instr_index(f);
        set_last(t, idx, line_of(f->code, (uint32_t)idx));
    }
    return t;
}

static void mark_running_frames(Thread *th)
{
    for (Frame *f = th->frame; f; f = f->prev) {
        if (!(f->flags & FRAME_TRACED) && !kr_trace_data_running(th, f)) {
            kr_err_clear(th);
            return;     /* out of memory: such frames get a 'call' event later */
        }
    }
}

void kr_trace_set(Thread *th, Value fn, bool profile)
{
    if (profile) {
        th->profile_func = fn;
        th->profile_hook = NULL;
    } else {
        th->trace_func = fn;
    }
    if (fn) {
        mark_running_frames(th);
        kr_eval_breaker = 1;    /* running loops pick the table up at a safe point */
    }
    update(th);
}

void kr_trace_set_profile_hook(Thread *th, KrProfileHook hook, Value obj)
{
    kr_trace_set(th, hook ? obj : KR_VALUE_NULL, true);
    th->profile_hook = hook;
}

static Value frame_value(Thread *th, Frame *f, FrameTrace *t)
{
    if (!t->fobj)
        t->fobj = kr_frame_object(th, f);
    return t->fobj;
}

static Value event_name(Thread *th, int which)
{
    return kr_from_obj(th->vm->names[which]);
}

/* Call hook(frame, event, arg) with tracing suspended.  The result, or
 * NULL with the exception set. */
static Value call_hook(Thread *th, Value hook, Frame *f, FrameTrace *t, int event, Value arg)
{
    Value fo = frame_value(th, f, t);
    if (!fo)
        return KR_VALUE_NULL;
    Value args[3] = {fo, event_name(th, event), arg ? arg : KR_NONE};
    int old_what = th->trace_what;
    th->trace_what = event;
    th->in_trace++;
    update(th);
    Value r = kr_vm_call(th, hook, args, 3, NULL);
    th->in_trace--;
    update(th);
    th->trace_what = old_what;
    return r;
}

/* An event for the frame's local trace function (CPython's
 * trace_trampoline): a non-None result replaces f_trace; an exception
 * removes the global trace function and f_trace. */
static int local_event(Thread *th, Frame *f, FrameTrace *t, int event, Value arg)
{
    if (!th->trace_func || !t->f_trace)
        return 0;
    Value r = call_hook(th, t->f_trace, f, t, event, arg);
    if (!r) {
        kr_trace_set(th, KR_VALUE_NULL, false);
        t->f_trace = KR_VALUE_NULL;
        return -1;
    }
    if (r != KR_NONE)
        t->f_trace = r;
    return 0;
}

/* A C profiler's event (kr_trace_set_profile_hook). */
static int profile_hook_event(Thread *th, Frame *f, int event, Value arg)
{
    int old_what = th->trace_what;
    th->trace_what = event;
    th->in_trace++;
    update(th);
    int r = th->profile_hook(th, th->profile_func, f, event, arg ? arg : KR_NONE);
    th->in_trace--;
    update(th);
    th->trace_what = old_what;
    if (r < 0)
        kr_trace_set(th, KR_VALUE_NULL, true);
    return r;
}

static int profile_event(Thread *th, Frame *f, FrameTrace *t, int event, Value arg)
{
    if (!th->profile_func)
        return 0;
    if (th->profile_hook)
        return profile_hook_event(th, f, event, arg);
    if (!call_hook(th, th->profile_func, f, t, event, arg)) {
        kr_trace_set(th, KR_VALUE_NULL, true);
        return -1;
    }
    return 0;
}

static int call_event_run(Thread *th, Frame *f, FrameTrace *t);

/* 'call': the profile function sees it, and the global trace function,
 * whose result becomes f_trace. */
/* Module code (exec, eval, import): its 'call' event stands at line 0,
 * where CPython 3.11 puts a module's RESUME. */
static bool is_module(const Code *c)
{
    const Str *n = c->name;
    return !(c->flags & KR_CO_OPTIMIZED) && n->len == 8 && n->ascii &&
           memcmp(n->data, "<module>", 8) == 0;
}

static int call_event(Thread *th, Frame *f, FrameTrace *t)
{
    /* While it runs, f_lineno is where the frame stands: the def line of
     * a new activation, the yield of a resumed generator. */
    t->call_line = t->last_idx >= 0 ? t->last_line : is_module(f->code) ? 0 : f->code->firstlineno;
    int r = call_event_run(th, f, t);
    t->call_line = -1;
    return r;
}

static int call_event_run(Thread *th, Frame *f, FrameTrace *t)
{
    if (profile_event(th, f, t, KR_NAME_call, KR_NONE) < 0)
        return -1;
    if (!th->trace_func)
        return 0;
    Value r = call_hook(th, th->trace_func, f, t, KR_NAME_call, KR_NONE);
    if (!r) {
        kr_trace_set(th, KR_VALUE_NULL, false);
        return -1;
    }
    if (r != KR_NONE)
        t->f_trace = r;
    return 0;
}

static int return_event(Thread *th, Frame *f, FrameTrace *t, Value v)
{
    if (local_event(th, f, t, KR_NAME_return, v) < 0)
        return -1;
    return profile_event(th, f, t, KR_NAME_return, v);
}

static bool is_prologue(Opcode op)
{
    return op == OP_MAKE_CELL || op == OP_COPY_FREE_VARS;
}

/* The setup run before a frame's first line (CPython's
 * _co_firsttraceable) makes no events: the leading run of MOVE (a
 * parameter copied to its cell), MAKE_CELL and COPY_FREE_VARS, up to
 * the last of the latter two. */
static uint32_t first_traceable(const Code *c)
{
    uint32_t first = 0;
    for (uint32_t i = 0; i < c->ninstrs; i++) {
        Opcode op = KR_OPC(c->instrs[i]);
        if (is_prologue(op))
            first = i + 1;
        else if (op != OP_MOVE)
            break;
    }
    return first;
}

static int line_event(Thread *th, Frame *f, FrameTrace *t, uint32_t idx)
{
    int line = line_of(f->code, idx);
    bool first = t->last_idx < 0;
    /* A resumed `yield from` runs its instruction again: not a loop. */
    bool back = (int32_t)idx <= t->last_idx && !first &&
                !((int32_t)idx == t->last_idx && KR_OPC(f->code->instrs[idx]) == OP_YIELD_FROM);
    bool fire = line >= 0 && t->lines && (first || line != t->last_line || back);
    set_last(t, (int32_t)idx, line);
    if (!fire)
        return 0;
    t->in_line = true;
    int r = local_event(th, f, t, KR_NAME_line, KR_NONE);
    t->in_line = false;
    return r;
}

/* ---- calls of builtins under the profiler -------------------------------------------- */

/* The builtin a call of f (with self first in args when has_self) runs,
 * as the profiler names it: a builtin function, or a method descriptor
 * bound to its self.  KR_VALUE_NULL: not a builtin (no c_* events). */
static Value builtin_callee(Thread *th, Value f, const Value *args, size_t nargs)
{
    if (kr_is_type(f, &kr_builtin_type))
        return f;
    if (kr_is_type(f, &kr_method_descr_type) && nargs > 0) {
        MethodDescr *d = (MethodDescr *)kr_as_obj(f);
        Value b = kr_builtin_new(th, d->def, args[0], KR_VALUE_NULL);
        if (b)
            ((Builtin *)kr_as_obj(b))->owner = d->owner;
        return b;
    }
    return KR_VALUE_NULL;
}

/* c_call, the call, then c_return or c_exception (CPython's C_TRACE):
 * the c_return only if the profiler is still set. */
static Value profiled_call(Thread *th, Frame *f, FrameTrace *t, Value shown, Value fn,
                           const Value *args, size_t nargs, Tuple *kwnames, Value *ex)
{
    if (profile_event(th, f, t, KR_NAME_c_call, shown) < 0)
        return KR_VALUE_NULL;
    Value r = ex ? kr_vm_call_ex(th, fn, ex[0], ex[1]) : kr_vm_call(th, fn, args, nargs, kwnames);
    if (!th->profile_func)
        return r;
    if (!r) {
        Value exc = kr_err_fetch(th);
        if (profile_event(th, f, t, KR_NAME_c_exception, shown) < 0)
            return KR_VALUE_NULL;
        th->exc = exc;
        return KR_VALUE_NULL;
    }
    return profile_event(th, f, t, KR_NAME_c_return, shown) < 0 ? KR_VALUE_NULL : r;
}

/* A CALL, CALL_METHOD or CALL_EX about to run under a profiler: run it
 * here when it calls a builtin.  1 done, 0 not a builtin, -1 error. */
static int profile_call(Thread *th, Frame *f, FrameTrace *t, Value *regs, Instr ins)
{
    Opcode op = KR_OPC(ins);
    Value *base = &regs[KR_A(ins)];
    Value *ex = NULL;
    Value fn = base[0], *args = base + 1, exargs[2];
    size_t nargs = 0;
    Tuple *kwnames = NULL;
    if (op == OP_CALL_EX) {
        exargs[0] = base[1];
        exargs[1] = KR_X(ins) ? base[2] : KR_VALUE_NULL;
        ex = exargs;
    } else {
        unsigned c = KR_C(ins);
        kwnames = c ? kr_as_tuple(f->code->consts->items[c - 1]) : NULL;
        nargs = KR_B(ins) - (kwnames ? (size_t)kwnames->size : 0);
        if (op == OP_CALL_METHOD) {
            if (base[1])
                nargs++;
            else
                args = base + 2;
        }
    }
    Value shown = ex ? (kr_is_type(fn, &kr_builtin_type) ? fn : KR_VALUE_NULL)
                     : builtin_callee(th, fn, args, nargs);
    if (!shown)
        return kr_err_occurred(th) ? -1 : 0;
    if (!ex && kr_is_type(fn, &kr_method_descr_type)) {
        fn = shown;             /* call the bound method: self is in it */
        args++;
        nargs--;
    }
    Value r = profiled_call(th, f, t, shown, fn, args, nargs, kwnames, ex);
    if (!r)
        return -1;
    base[0] = r;
    return 1;
}

/* Whether f's next instruction is part of a new activation's setup. */
static bool is_setup(Frame *f)
{
    FrameTrace *t = kr_trace_data(f);
    if (t && t->last_idx >= 0)
        return false;
    return instr_index(f) < first_traceable(f->code);
}

/* ---- the events of one instruction ------------------------------------------------- */

int kr_trace_instr(Thread *th, Frame *f, Value *regs)
{
    Instr ins = f->pc[-1];
    Opcode op = KR_OPC(ins);
    if (is_setup(f))
        return 0;
    FrameTrace *t;
    if (!(f->flags & FRAME_TRACED)) {
        t = kr_trace_data_make(th, f);
        if (!t || call_event(th, f, t) < 0)
            return -1;
    } else {
        t = f->trace;
    }
    if (th->trace_func && t->f_trace) {
        const Instr *at = f->pc;
        if (line_event(th, f, t, instr_index(f)) < 0)
            return -1;
        if (f->pc != at)
            return 0;       /* the trace function jumped: trace the target next */
        if (t->opcodes && local_event(th, f, t, KR_NAME_opcode, KR_NONE) < 0)
            return -1;
    } else {
        int32_t idx = (int32_t)instr_index(f);
        set_last(t, idx, line_of(f->code, (uint32_t)idx));
    }
    switch (op) {
    case OP_RETURN:
        return return_event(th, f, t, regs[KR_A(ins)]) < 0 ? -1 : 0;
    case OP_CALL:
    case OP_CALL_METHOD:
    case OP_CALL_EX:
        return th->profile_func ? profile_call(th, f, t, regs, ins) : 0;
    default:
        return 0;
    }
}

int kr_trace_exception(Thread *th, Frame *f)
{
    FrameTrace *t = kr_trace_data(f);
    if (!t || !(f->flags & FRAME_TRACED) || !t->f_trace || !th->trace_func)
        return 0;
    Value exc = kr_err_fetch(th);
    Value info[3] = {kr_from_obj(kr_type_of(exc)), exc, KR_NONE};
    if (kr_is_exc(exc))
        info[2] = ((Exc *)kr_as_obj(exc))->traceback;
    Tuple *arg = kr_tuple_from_array(th, info, 3);
    if (!arg || local_event(th, f, t, KR_NAME_exception, kr_from_obj(arg)) < 0)
        return -1;
    th->exc = exc;
    return 0;
}

int kr_trace_unwind(Thread *th, Frame *f)
{
    if (!(f->flags & FRAME_TRACED))
        return 0;
    Value exc = kr_err_fetch(th);
    if (return_event(th, f, f->trace, KR_NONE) < 0)
        return -1;
    th->exc = exc;
    return 0;
}

int kr_trace_yield(Thread *th, Frame *f, Value v)
{
    if (!th->tracing)
        return 0;
    /* Link the frame back for the event, so its frame object reads it live. */
    f->prev = th->frame;
    th->frame = f;
    int r = return_event(th, f, f->trace, v);
    th->frame = f->prev;
    return r;
}

int kr_trace_lineno(Frame *f)
{
    FrameTrace *t = kr_trace_data(f);
    if (!t)
        return -1;
    if (t->call_line >= 0)
        return t->call_line;
    /* at an artificial instruction: the line control came from, as
     * CPython propagates it (the implicit return after a loop) */
    bool here = f->pc > f->code->instrs && t->last_idx == (int32_t)instr_index(f);
    return here && t->last_line < 0 ? t->shown_line : -1;
}

/* ---- f_lineno = n: a jump from a 'line' event ---------------------------------------- */

/* The for loops of the code: FOR_ITER at i is followed by the JUMP out
 * of the loop, so its body is (i, exit).  Jumping into one would run the
 * body with no iterator. */
static bool inside_for(const Code *c, uint32_t idx, uint32_t *loop)
{
    for (uint32_t i = 0; i + 1 < c->ninstrs; i++) {
        if (KR_OPC(c->instrs[i]) != OP_FOR_ITER || KR_OPC(c->instrs[i + 1]) != OP_JUMP)
            continue;
        uint32_t exit = (uint32_t)((int64_t)i + 2 + KR_SBC(c->instrs[i + 1]));
        if (idx > i + 1 && idx < exit) {
            *loop = i;
            return true;
        }
    }
    return false;
}

/* Whether idx lies in the handler code of some exception-table entry:
 * from a handler's start to the end of the code the entries covering it
 * protect (except and finally blocks, with cleanup). */
static bool in_handler(const Code *c, uint32_t idx)
{
    for (uint32_t i = 0; i < c->nexc; i++) {
        uint32_t h = c->exctable[i].handler;
        if (idx < h)
            continue;
        uint32_t end = h + 1;
        for (uint32_t j = 0; j < c->nexc; j++)
            if (c->exctable[j].start <= h && c->exctable[j].end > end && c->exctable[j].start >= h)
                end = c->exctable[j].end;
        if (idx < end)
            return true;
    }
    return false;
}

static int jump_check(Thread *th, const Code *c, uint32_t from, uint32_t to)
{
    uint32_t loop_to, loop_from;
    if (inside_for(c, to, &loop_to) && !(inside_for(c, from, &loop_from) && loop_from == loop_to)) {
        kr_err_set_string(th, &kr_exc_ValueError, "can't jump into the body of a for loop");
        return -1;
    }
    if (in_handler(c, to) && !in_handler(c, from)) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "can't jump into an 'except' block as there's no exception");
        return -1;
    }
    return 0;
}

int kr_trace_set_lineno(Thread *th, Frame *f, Value v)
{
    if (!kr_is_smallint(v)) {
        kr_err_set_string(th, &kr_exc_ValueError, "lineno must be an integer");
        return -1;
    }
    /* CPython 3.11 decides by the thread's latest event, 'call' when
     * there was none, before it looks at the frame. */
    FrameTrace *t = f ? kr_trace_data(f) : NULL;
    int what = th->trace_what;
    if (what == 0 || what == KR_NAME_call) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "can't jump from the 'call' trace event of a new frame");
        return -1;
    }
    if (what != KR_NAME_line || !t || !t->in_line) {
        kr_err_set_string(th, &kr_exc_ValueError, "can only jump from a 'line' trace event");
        return -1;
    }
    if (!t->f_trace) {
        kr_err_set_string(th, &kr_exc_ValueError, "f_lineno can only be set by a trace function");
        return -1;
    }
    const Code *c = f->code;
    int64_t want = kr_as_smallint(v);
    if (want < c->firstlineno) {
        kr_err_format(th, &kr_exc_ValueError, "line %d comes before the current code block",
                      (int)want);
        return -1;
    }
    /* The first line at or after want that has code a jump may reach (not
     * the frame's set-up before first_traceable); its first instruction. */
    uint32_t start = first_traceable(c);
    int best = -1;
    for (uint32_t i = start; i < c->ninstrs; i++) {
        int l = line_of(c, i);
        if (l >= want && (best < 0 || l < best))
            best = l;
    }
    if (best < 0) {
        kr_err_format(th, &kr_exc_ValueError, "line %d comes after the current code block",
                      (int)want);
        return -1;
    }
    uint32_t to = start;
    while (line_of(c, to) != best)
        to++;
    if (jump_check(th, c, (uint32_t)t->last_idx, to) < 0)
        return -1;
    f->pc = c->instrs + to + 1;
    set_last(t, (int32_t)to, best);
    return 0;
}
