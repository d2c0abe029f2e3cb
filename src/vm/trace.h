/*
 * trace.h -- sys.settrace / sys.setprofile: the hooks of debuggers and
 * profilers (vm/trace.c).
 *
 * Tracing costs nothing while it is off: the dispatch loop has a second
 * table whose every entry is one TRACE handler (interp.c), and a loop
 * switches to it only when th->tracing is set, checked where the eval
 * breaker already is (a call, a back edge), at loop entry and in
 * RETURN's slow path.  The TRACE handler calls kr_trace_instr before each
 * instruction, which produces CPython 3.11's events, then runs the
 * instruction through the ordinary table.
 *
 * Per activation, what tracing knows lives in a FrameTrace hung off the
 * frame record, valid while FRAME_TRACED is set (every push clears the
 * flags, so a plain call pays nothing).  A generator's record is its own,
 * so its FrameTrace survives the flag reset of each resume -- which is
 * how a resume gets a fresh 'call' event but keeps f_trace and its last
 * line, as in CPython.
 */
#ifndef KR_TRACE_H
#define KR_TRACE_H

#include "vm/frame.h"

typedef struct FrameTrace {
    Value fobj;         /* the frame object hooks see: one per activation, so
                           `frame is self.stopframe` (bdb) holds */
    Value f_trace;      /* the local trace function, or KR_VALUE_NULL */
    int32_t last_idx;   /* the instruction traced last in this frame; -1: none */
    int last_line;      /* its line (-1: an artificial instruction) */
    int shown_line;     /* the last line >= 0 executed: f_lineno at an artificial one */
    int call_line;      /* during a 'call' event, the line f_lineno reports; else -1 */
    bool lines;         /* f_trace_lines */
    bool opcodes;       /* f_trace_opcodes */
    bool in_line;       /* a 'line' event of this frame is running: f_lineno may be set */
} FrameTrace;

/* The frame's trace data, or NULL (never traced in this activation). */
FrameTrace *kr_trace_data(Frame *f);
/* The same, made on demand.  NULL only for lack of memory (exception set). */
KR_MUST_CHECK FrameTrace *kr_trace_data_make(Thread *th, Frame *f);

/* The same for a frame already running (not a new activation): its next
 * line counts from where it stands.  For frame.f_trace and settrace. */
KR_MUST_CHECK FrameTrace *kr_trace_data_running(Thread *th, Frame *f);

/* Before the instruction at f->pc[-1] (f->pc saved): the call, line,
 * opcode and return events it implies.  A profiled call of a builtin is
 * run here (c_call and c_return around it).  Returns 0: run the
 * instruction at f->pc[-1] (which a jump may have moved); 1: it has been
 * run, go on at f->pc; -1: an exception is set. */
KR_MUST_CHECK int kr_trace_instr(Thread *th, Frame *f, Value *regs);
/* An exception (th->exc) is being raised in f: the 'exception' event.
 * -1 when the trace function raised (th->exc is then its exception). */
KR_MUST_CHECK int kr_trace_exception(Thread *th, Frame *f);
/* f is left by an exception: 'return' with None.  -1 as above. */
KR_MUST_CHECK int kr_trace_unwind(Thread *th, Frame *f);
/* A generator frame f (unlinked) yielded v: 'return' with v. */
KR_MUST_CHECK int kr_trace_yield(Thread *th, Frame *f, Value v);

/* sys.settrace (profile false) / sys.setprofile; fn KR_VALUE_NULL: off. */
void kr_trace_set(Thread *th, Value fn, bool profile);
/* A profiler written in C: hook(th, obj, frame, event, arg) gets every
 * profile event (event a KR_NAME_ index: call, return, c_call, c_return,
 * c_exception) with tracing suspended; obj is what sys.getprofile()
 * returns.  A hook that fails is removed, as a Python one. */
typedef int (*KrProfileHook)(Thread *th, Value obj, Frame *f, int event, Value arg);
void kr_trace_set_profile_hook(Thread *th, KrProfileHook hook, Value obj);

/* Frame attributes (frame.c), on the live record.  kr_trace_lineno: the
 * line f_lineno reports when tracing decides it, else -1. */
int kr_trace_lineno(Frame *f);
KR_MUST_CHECK int kr_trace_set_lineno(Thread *th, Frame *f, Value v);

#endif
