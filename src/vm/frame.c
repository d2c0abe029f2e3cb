/*
 * frame.c -- frame records and the segmented register stack (frame.h).
 *
 * Chunk size: 16K Values (128 KiB) by default, more for a frame that
 * needs more.  The first chunk is made with the thread.  One spare chunk
 * is cached so a call/return pair at a chunk boundary does not allocate
 * every time.
 */
#include "vm/frame.h"

#include <stddef.h>
#include <string.h>

#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/generator.h"
#include "vm/trace.h"

#define CHUNK_VALUES (16 * 1024)

static StackChunk *chunk_new(Thread *th, size_t nvalues)
{
    if (th->spare_chunk && (size_t)(th->spare_chunk->limit - th->spare_chunk->slots) >= nvalues) {
        StackChunk *c = th->spare_chunk;
        th->spare_chunk = NULL;
        return c;
    }
    if (nvalues < CHUNK_VALUES)
        nvalues = CHUNK_VALUES;
    StackChunk *c = kr_gc_alloc(sizeof(StackChunk) + sizeof(Value) * nvalues);
    if (!c) {
        kr_err_no_memory(th);
        return NULL;
    }
    c->limit = c->slots + nvalues;
    return c;
}

int kr_frame_init_stack(Thread *th)
{
    th->chunk = chunk_new(th, CHUNK_VALUES);
    return th->chunk ? 0 : -1;
}

void kr_frame_drop_stack(Thread *th)
{
    for (StackChunk *c = th->chunk; c; c = c->prev)
        memset(c->slots, 0, (size_t)(c->limit - c->slots) * sizeof(Value));
    if (th->spare_chunk)
        memset(th->spare_chunk->slots, 0, (size_t)(th->spare_chunk->limit - th->spare_chunk->slots) * sizeof(Value));
    th->spare_chunk = NULL;
    th->free_frames = NULL;
}

Value *kr_frame_top(Thread *th)
{
    Frame *f = th->frame;
    return f ? f->top : th->chunk->slots;
}

Frame *kr_frame_push(Thread *th, Code *code, Value *regs, size_t ncopy)
{
    if (KR_UNLIKELY(th->recursion_depth >= th->vm->recursion_limit)) {
        kr_err_set_string(th, &kr_exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    Frame *f = th->free_frames;
    if (f) {
        th->free_frames = f->prev;
    } else {
        f = kr_gc_alloc(sizeof *f);
        if (!f) {
            kr_err_no_memory(th);
            return NULL;
        }
    }
    uint32_t flags = 0;
    size_t size = code->framesize;
    if (KR_UNLIKELY(regs < th->chunk->slots || regs + size > th->chunk->limit)) {
        /* Arguments in registers off the stack (a generator frame's): the
         * callee goes to the stack top, if it fits. */
        Value *top = kr_frame_top(th);
        if (top >= th->chunk->slots && top + size <= th->chunk->limit) {
            kr_values_copy(top, regs, ncopy);
            regs = top;
        }
    }
    if (KR_UNLIKELY(regs + size > th->chunk->limit || regs < th->chunk->slots)) {
        StackChunk *c = chunk_new(th, size + 16);
        if (!c) {
            f->prev = th->free_frames;
            th->free_frames = f;
            return NULL;
        }
        kr_values_copy(c->slots, regs, ncopy);
        c->prev = th->chunk;
        th->chunk = c;
        regs = c->slots;
        flags |= FRAME_OWNS_CHUNK;
    }
    for (size_t i = ncopy; i < size; i++)
        regs[i] = KR_VALUE_NULL;
    f->prev = th->frame;
    f->code = code;
    f->func = NULL;
    f->regs = regs;
    f->pc = code->instrs;
    f->globals = NULL;
    f->builtins = th->vm->builtins;
    f->locals = NULL;
    f->top = regs + size;
    f->flags = flags;
    th->frame = f;
    th->recursion_depth++;
    return f;
}

static void keep_handled_locals(Frame *f);

Value kr_frame_pop(Thread *th)
{
    Frame *f = th->frame;
    Value init_self = f->init_self;
    th->frame = f->prev;
    th->recursion_depth--;
    if (f->flags & FRAME_GEN)
        return init_self;       /* owned by its generator */
    if (KR_UNLIKELY(f->flags & FRAME_FOBJ))
        kr_frame_detach_object(th, f);
    if (KR_UNLIKELY(f->flags & FRAME_TB))
        keep_handled_locals(f);
    if (f->flags & FRAME_OWNS_CHUNK) {
        StackChunk *c = th->chunk;
        th->chunk = c->prev;
        th->spare_chunk = c;
    }
    f->code = NULL;
    f->func = NULL;
    f->globals = f->locals = NULL;
    f->locals_dict = NULL;
    /* a recycled record must not keep an instance alive: a Thread whose
     * __init__ ran here would stay in threading._dangling */
    f->init_self = f->fobj = KR_VALUE_NULL;
    f->prev = th->free_frames;
    th->free_frames = f;
    return init_self;
}

/* ---- frame objects ------------------------------------------------------------------ *
 *
 * Frame records are recycled the moment a call returns, so Python never
 * holds one.  sys._getframe() makes a FrameObject per record from the
 * requested one outwards, each remembering its record and register
 * window.  While that record still runs the same activation (found on the
 * thread's frame chain with the same code and registers), f_lineno and
 * f_locals are read from it: the line is that of the frame's latest call
 * (the pc is saved only when control leaves the frame), and f_locals
 * refreshes one dict in place, as CPython's f_locals does.  A suspended
 * generator's record is read the same way.  When the activation returns,
 * its frame object takes a last copy of the locals (kr_frame_pop ->
 * kr_frame_detach_object), so a frame kept past its return shows what the
 * function left, as CPython's does; frame.clear() empties it.
 */

typedef struct FrameObject {
    Obj hdr;
    Value back;               /* FrameObject or KR_NONE */
    Value code, globals, builtins;
    Value locals;             /* the namespace (module, class body) or the locals dict;
                                 KR_NONE until first asked for (outer frames) */
    Frame *rec;               /* the record while it may still be live */
    Value *regs;              /* its register window then, to tell activations apart */
    struct Generator *gen;    /* a generator's frame: the generator; else NULL */
    Traceback *tb;            /* made for tb.tb_frame: the traceback; else NULL */
    int lineno;
    uint32_t pc;
} FrameObject;

#define FO(v) ((FrameObject *)kr_as_obj(v))

/* Copy a function's locals, cells and free variables (its first
 * registers) into d. */
static int fill_locals_from(Thread *th, Code *c, const Value *regs, Dict *d)
{
    for (uint32_t i = 0; i < c->nlocals + c->ncells + c->nfree; i++) {
        Value v = regs[i];
        Str *name;
        if (i < c->nlocals) {
            name = kr_as_str(c->varnames->items[i]);
        } else {
            uint32_t k = i - c->nlocals;
            name = kr_as_str(k < c->ncells ? c->cellvars->items[k] : c->freevars->items[k - c->ncells]);
            v = v && kr_is_type(v, &kr_cell_type) ? ((Cell *)kr_as_obj(v))->ref : KR_VALUE_NULL;
        }
        if (v) {
            if (kr_dict_set_str(th, d, name, v) < 0)
                return -1;
        } else if (kr_dict_get_str(d, name) && kr_dict_del(th, d, kr_from_obj(name)) < 0) {
            return -1;
        }
    }
    return 0;
}

static int fill_locals(Thread *th, Frame *f, Dict *d)
{
    return fill_locals_from(th, f->code, f->regs, d);
}

/* Copy f's locals, cells and free variables into tb, the traceback entry
 * of this activation, unless it has them. */
static void save_tb_locals(Traceback *tb, Frame *f)
{
    Code *c = f->code;
    size_t n = (size_t)c->nlocals + c->ncells + c->nfree;
    if (tb->rec != f || tb->regs != f->regs || tb->locals || tb->saved || !n)
        return;
    Value *saved = kr_gc_alloc(n * sizeof *saved);
    if (saved)      /* else f_locals is empty, as before: nothing is raised here */
        tb->saved = memcpy(saved, f->regs, n * sizeof *saved);
}

void kr_frame_keep_locals(Value exc, Frame *f)
{
    Value t = kr_is_exc(exc) ? ((Exc *)kr_as_obj(exc))->traceback : KR_NONE;
    if (t == KR_NONE || !kr_is_obj(t) || !kr_is_type(t, &kr_traceback_type))
        return;
    save_tb_locals((Traceback *)kr_as_obj(t), f);
}

void kr_frame_note_tb(Frame *f)
{
    if (!(f->flags & FRAME_GEN))    /* a generator's record outlives its return */
        f->flags |= FRAME_TB;
}

/* f returns after handling an exception: the exceptions its registers
 * still hold (`except E as e: err = e`, the value returned) keep the
 * locals in their traceback entries for this activation.  The frame
 * record does not point at the entries itself: it would keep every
 * exception raised through a long-running frame alive. */
static void keep_handled_locals(Frame *f)
{
    for (uint32_t i = 0; i < f->code->framesize; i++) {
        Value v = f->regs[i];
        if (!v || !kr_is_exc(v))
            continue;
        for (Value t = ((Exc *)kr_as_obj(v))->traceback; kr_is_type(t, &kr_traceback_type);
             t = ((Traceback *)kr_as_obj(t))->next) {
            Traceback *tb = (Traceback *)kr_as_obj(t);
            if (tb->rec == f && tb->regs == f->regs)
                save_tb_locals(tb, f);
        }
    }
}

/* A function frame's locals() is one dict per activation, refreshed from
 * the registers at each call: names bound in it by other means (exec)
 * stay, as in CPython 3.11.  The dict hangs off the frame record, trusted
 * only while FRAME_LOCALS_DICT is set (every push clears the flags). */
Value kr_frame_locals(Thread *th, Frame *f)
{
    if (f->locals)
        return kr_from_obj(f->locals);      /* a dict, or any mapping (frame.h) */
    /* A generator's record is its own (recycled, cleared, only once it finished), so
     * its dict survives the flag resets of each resume. */
    bool have = (f->flags & FRAME_LOCALS_DICT) || ((f->flags & FRAME_GEN) && f->locals_dict);
    Dict *d = have ? f->locals_dict : kr_dict_new(th);
    if (!d || fill_locals(th, f, d) < 0)
        return KR_VALUE_NULL;
    f->locals_dict = d;
    f->flags |= FRAME_LOCALS_DICT;
    return kr_from_obj(d);
}

/* The index of the instruction a frame is executing (pc points past it). */
static uint32_t frame_pc(const Frame *f)
{
    return f->pc > f->code->instrs ? (uint32_t)(f->pc - f->code->instrs - 1) : 0;
}

/* The line a record stands at: its pc's, unless a trace event says
 * otherwise (the def line during a 'call' event, vm/trace.c). */
static int frame_line(Frame *f, uint32_t pc)
{
    int traced = kr_trace_lineno(f);
    if (traced >= 0)
        return traced;
    /* a generator not started yet stands at its def line, as in CPython
     * (where RETURN_GENERATOR carries it) -- asyncio's task reprs show it */
    if ((f->flags & FRAME_GEN) && f->pc == f->code->instrs)
        return f->code->firstlineno;
    return kr_code_line(f->code, pc);
}

/* The record, if it still runs the activation the object was made from. */
static Frame *live_record(Thread *th, FrameObject *o)
{
    for (Frame *f = th->frame; f && o->rec; f = f->prev)
        if (f == o->rec)
            return f->code == (Code *)kr_as_obj(o->code) && f->regs == o->regs ? f : NULL;
    return NULL;
}

/* The record o reads from: the running activation, or the suspended
 * generator's record. */
static Frame *record_of(Thread *th, FrameObject *o)
{
    Frame *f = live_record(th, o);
    if (f || !o->gen || o->gen->state == GEN_DONE || o->gen->frame != o->rec)
        return f;
    return o->rec->code == (Code *)kr_as_obj(o->code) && o->rec->regs == o->regs ? o->rec : NULL;
}

void kr_frame_detach_object(Thread *th, Frame *f)
{
    FrameObject *o = (FrameObject *)kr_as_obj(f->fobj);
    if (o->rec != f || o->regs != f->regs || f->locals)
        return;                 /* a namespace (module, class body) stays as it is */
    o->rec = NULL;
    o->pc = frame_pc(f);
    o->lineno = frame_line(f, o->pc);
    Dict *d = kr_is_dict(o->locals) ? kr_as_dict(o->locals) : kr_dict_new(th);
    if (!d || fill_locals(th, f, d) < 0) {
        kr_err_clear(th);       /* out of memory: the locals last read stay */
        return;
    }
    o->locals = kr_from_obj(d);
}

/* with_locals: take f_locals now (the requested frame, which a caller
 * may keep past its return); the outer frames take theirs when asked, so
 * walking f_back (logging's findCaller) builds no dicts. */
static Value frame_object_one(Thread *th, Frame *f, bool with_locals, bool own)
{
    FrameTrace *t = kr_trace_data(f);      /* traced: one object per activation */
    if (t && t->fobj)
        return t->fobj;
    if (own && (f->flags & FRAME_FOBJ)) {
        FrameObject *had = (FrameObject *)kr_as_obj(f->fobj);
        if (with_locals && had->locals == KR_NONE && !(had->locals = kr_frame_locals(th, f)))
            return KR_VALUE_NULL;
        return f->fobj;
    }
    FrameObject *o = kr_gc_alloc(sizeof *o);
    Value locals = o && with_locals ? kr_frame_locals(th, f) : KR_NONE;
    if (!o || !locals) {
        if (!o)
            kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    o->hdr.type = &kr_frame_type;
    o->back = KR_NONE;
    o->code = kr_from_obj(f->code);
    o->globals = kr_from_obj(f->globals);
    o->builtins = kr_from_obj(f->builtins);
    o->locals = locals;
    o->rec = f;
    o->regs = f->regs;
    o->gen = f->flags & FRAME_GEN ? f->gen : NULL;
    o->pc = frame_pc(f);
    o->lineno = frame_line(f, o->pc);
    if (t)
        t->fobj = kr_from_obj(o);
    if (own) {      /* another thread's records are its own to write */
        f->fobj = kr_from_obj(o);
        f->flags |= FRAME_FOBJ;
    }
    return kr_from_obj(o);
}

Value kr_frame_object(Thread *th, Frame *f)
{
    Value first = KR_NONE;
    FrameObject *last = NULL;
    Frame *mine = th->frame;
    while (mine && mine != f)
        mine = mine->prev;
    for (; f; f = f->prev) {
        /* A recycled record (kr_frame_pop cleared it) ends the chain.  CI's
         * fuzz_exec reached one once (UBSan in frame_pc, input a mutation of
         * tests/lang/async_frames.py; it did not reproduce alone): some
         * frame's prev outlived its caller, likely a generator left by a path
         * that does not reset prev.  Not found yet; this keeps f_back from
         * reading a cleared record. */
        if (KR_UNLIKELY(!f->code))
            break;
        Value o = frame_object_one(th, f, !last, mine != NULL);
        if (!o)
            return KR_VALUE_NULL;
        if (last)
            last->back = o;
        else
            first = o;
        last = (FrameObject *)kr_as_obj(o);
    }
    return first;
}

/* The record of t's stack that still runs tb's activation, or NULL. */
static Frame *tb_record(Thread *t, Traceback *tb)
{
    for (Frame *f = t->frame; f; f = f->prev)
        if (f == tb->rec)
            return f->code == (Code *)kr_as_obj(tb->code) && f->regs == tb->regs ? f : NULL;
    return NULL;
}

Value kr_frame_object_of_tb(Thread *th, Traceback *tb)
{
    Frame *rec = tb_record(th, tb);
    if (rec) {
        Value fo = kr_frame_object(th, rec);
        if (fo && !FO(fo)->tb)
            FO(fo)->tb = tb;
        return fo;
    }
    /* a traceback of another thread's running frame (sys._current_exceptions):
     * its chain of callers too, read while that thread waits */
    VM *vm = th->vm;
    if (vm->threaded && tb->rec) {
        Value o = KR_VALUE_NULL;
        pthread_mutex_lock(&vm->lock);
        for (Thread *t = vm->threads; t && !rec; t = t->next)
            if (t != th && (rec = tb_record(t, tb)))
                o = kr_frame_object(th, rec);
        pthread_mutex_unlock(&vm->lock);
        if (rec)
            return o;
    }
    FrameObject *o = kr_gc_alloc(sizeof *o);
    Dict *locals = tb->locals ? tb->locals : kr_dict_new(th);
    if (locals && !tb->locals && tb->saved &&
        fill_locals_from(th, (Code *)kr_as_obj(tb->code), tb->saved, locals) < 0)
        return KR_VALUE_NULL;
    if (!o || !locals) {
        if (!o)
            kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    o->hdr.type = &kr_frame_type;
    o->back = KR_NONE;
    o->tb = tb;
    o->code = tb->code;
    o->globals = kr_from_obj(tb->globals);
    o->builtins = kr_from_obj(tb->builtins);
    o->locals = kr_from_obj(locals);
    o->pc = tb->pc;
    o->lineno = tb->lineno;
    return kr_from_obj(o);
}


/* Bring the line and pc up to date while the activation runs. */
static void refresh_position(Thread *th, FrameObject *o)
{
    Frame *f = record_of(th, o);
    if (!f)
        return;
    o->pc = frame_pc(f);
    o->lineno = frame_line(f, o->pc);
}

static Value frame_get_lineno(Thread *th, Value v)
{
    refresh_position(th, FO(v));
    return kr_from_smallint(FO(v)->lineno);
}

static Value frame_get_lasti(Thread *th, Value v)
{
    refresh_position(th, FO(v));
    return kr_from_smallint((int64_t)FO(v)->pc * 2);
}

static Value frame_get_locals(Thread *th, Value v)
{
    FrameObject *o = FO(v);
    Frame *f = record_of(th, o);
    if (f && !(o->locals = kr_frame_locals(th, f)))
        return KR_VALUE_NULL;
    if (o->locals == KR_NONE) {               /* never read while it ran */
        Dict *d = kr_dict_new(th);
        if (!d)
            return KR_VALUE_NULL;
        o->locals = kr_from_obj(d);
    }
    return o->locals;
}

static Value frame_repr(Thread *th, Value v)
{
    FrameObject *o = FO(v);
    Code *c = (Code *)kr_as_obj(o->code);
    refresh_position(th, o);
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "<frame at %#llx, file '", (unsigned long long)v);
    kr_str_to_buf(&b, c->filename);
    kr_buf_printf(&b, "', line %d, code ", o->lineno);
    kr_str_to_buf(&b, c->name);
    kr_buf_putc(&b, '>');
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* ---- tracing attributes (vm/trace.c): read and set on the live record ---- */

static FrameTrace *live_trace(Thread *th, Value v, bool make)
{
    Frame *f = live_record(th, FO(v));
    if (!f)
        return NULL;
    FrameTrace *t = make ? kr_trace_data_running(th, f) : kr_trace_data(f);
    if (t && !t->fobj)
        t->fobj = v;
    return t;
}

static Value frame_get_trace(Thread *th, Value v)
{
    FrameTrace *t = live_trace(th, v, false);
    return t && t->f_trace ? t->f_trace : KR_NONE;
}

static int frame_set_trace(Thread *th, Value v, Str *unused, Value fn)
{
    FrameTrace *t = live_trace(th, v, true);
    if (t)
        t->f_trace = fn && fn != KR_NONE ? fn : KR_VALUE_NULL;
    return kr_err_occurred(th) ? -1 : 0;
}

static Value frame_get_trace_lines(Thread *th, Value v)
{
    FrameTrace *t = live_trace(th, v, false);
    return kr_from_bool(!t || t->lines);
}

static Value frame_get_trace_opcodes(Thread *th, Value v)
{
    FrameTrace *t = live_trace(th, v, false);
    return kr_from_bool(t && t->opcodes);
}

static int set_trace_flag(Thread *th, Value v, Value b, bool opcodes)
{
    if (!b || !kr_is_bool(b)) {
        kr_err_set_string(th, &kr_exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    FrameTrace *t = live_trace(th, v, true);
    if (t && opcodes)
        t->opcodes = b == KR_TRUE;
    else if (t)
        t->lines = b == KR_TRUE;
    return kr_err_occurred(th) ? -1 : 0;
}

static int frame_set_trace_lines(Thread *th, Value v, Str *unused, Value b)
{
    return set_trace_flag(th, v, b, false);
}

static int frame_set_trace_opcodes(Thread *th, Value v, Str *unused, Value b)
{
    return set_trace_flag(th, v, b, true);
}

static int frame_set_lineno(Thread *th, Value v, Str *unused, Value n)
{
    if (!n) {
        kr_err_set_string(th, &kr_exc_AttributeError, "cannot delete attribute");
        return -1;
    }
    return kr_trace_set_lineno(th, live_record(th, FO(v)), n);
}

#define FIELD(name, field) {name, offsetof(FrameObject, field), NULL, NULL, NULL, KR_MEMBER_READONLY}
static const MemberDef frame_members[] = {
    FIELD("f_back", back),
    FIELD("f_code", code),
    FIELD("f_globals", globals),
    FIELD("f_builtins", builtins),
    {"f_locals", 0, frame_get_locals, NULL, NULL, KR_MEMBER_READONLY},
    {"f_lineno", 0, frame_get_lineno, frame_set_lineno, NULL, 0},
    {"f_lasti", 0, frame_get_lasti, NULL, NULL, KR_MEMBER_READONLY},
    {"f_trace", 0, frame_get_trace, frame_set_trace, NULL, 0},
    {"f_trace_lines", 0, frame_get_trace_lines, frame_set_trace_lines, NULL, 0},
    {"f_trace_opcodes", 0, frame_get_trace_opcodes, frame_set_trace_opcodes, NULL, 0},
    {0},
};
#undef FIELD

/* frame.clear(): drop what a finished frame holds (its locals, and the
 * copy its traceback keeps), so that the objects can be collected.  A
 * running frame cannot be cleared; a suspended generator's frame is
 * cleared by closing the generator, as in CPython. */
static Value frame_clear(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "frame.clear", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    FrameObject *o = FO(args[0]);
    if (live_record(th, o) || (o->gen && o->gen->state == GEN_RUNNING)) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "cannot clear an executing frame");
        return KR_VALUE_NULL;
    }
    if (o->gen && o->gen->state == GEN_SUSPENDED && o->gen->frame == o->rec) {
        Str *name = kr_str_intern_cstr(th, "close");
        Value close = name ? kr_object_getattr(th, kr_from_obj(o->gen), name) : 0;
        if (!close || !kr_vm_call(th, close, NULL, 0, NULL))
            return KR_VALUE_NULL;
    }
    Dict *empty = kr_dict_new(th);
    if (!empty)
        return KR_VALUE_NULL;
    o->rec = NULL;
    o->gen = NULL;
    if (kr_is_dict(o->locals) || o->locals == KR_NONE)
        o->locals = kr_from_obj(empty);
    if (o->tb) {
        o->tb->saved = NULL;
        o->tb->locals = empty;
    }
    return KR_NONE;
}

static const MethodDef frame_methods[] = {
    {"clear", frame_clear, "($self, /)", NULL, 0},
    {0},
};

Type kr_frame_type = {
    .hdr = {&kr_type_type},
    .name = "frame",
    .methods = frame_methods,
    .size = sizeof(FrameObject),
    .flags = KR_TYPE_IMMUTABLE,
    .repr = frame_repr,
    .members = frame_members,
};
