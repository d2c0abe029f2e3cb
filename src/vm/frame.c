/*
 * frame.c -- frame records and the segmented register stack (frame.h).
 *
 * Chunk size: 16K Values (128 KiB) by default, more for a frame that
 * needs more.  The first chunk is made with the thread.  One spare chunk
 * is cached so a call/return pair at a chunk boundary does not allocate
 * every time.
 */
#include "vm/frame.h"

#include <string.h>

#include "gc/gc.h"
#include "objects/exception.h"
#include "vm/errors.h"

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

void kr_frame_pop(Thread *th)
{
    Frame *f = th->frame;
    th->frame = f->prev;
    th->recursion_depth--;
    if (f->flags & FRAME_GEN)
        return;     /* owned by its generator */
    if (f->flags & FRAME_OWNS_CHUNK) {
        StackChunk *c = th->chunk;
        th->chunk = c->prev;
        th->spare_chunk = c;
    }
    f->code = NULL;
    f->func = NULL;
    f->globals = f->locals = NULL;
    f->prev = th->free_frames;
    th->free_frames = f;
}
