/*
 * gcmodule.h -- __del__ and finalization hooks of the gc module (gc.c)
 * for the object layer and the VM.
 */
#ifndef KR_GCMODULE_H
#define KR_GCMODULE_H

#include "objects/object.h"

/* Register a new instance of a class with a finalize slot (object_new). */
void kr_mod_gc_track_del(Obj *o);
/* The finalize slot of classes defining __del__. */
void kr_mod_gc_slot_del(Thread *th, Value self);
/* Run queued finalizers now (resource pressure, gc.collect); how many ran. */
int kr_mod_gc_run_pending(Thread *th);
/* The same at the interpreter's safe points, unless gc.disable() holds them. */
int kr_mod_gc_run_auto(Thread *th);
/* At exit: queued finalizers, then those of every object still registered. */
void kr_mod_gc_shutdown(Thread *th);
/* Report an exception nobody can catch: "Exception ignored in: <where>". */
void kr_mod_gc_write_unraisable(Thread *th, Value exc, Value where);
/* The same with err_msg (NULL: "Exception ignored in"), as _PyErr_WriteUnraisableMsg. */
void kr_mod_gc_write_unraisable_msg(Thread *th, Value exc, const char *msg, Value where);
/* A collection as gc.collect() does it (dead registers and C stack
 * cleared first), then the finalizers it queued: for the buffer protocol
 * (objects/buffer.c), whose exporters release views the program dropped
 * before refusing a resize. */
void kr_mod_gc_collect_dead(Thread *th);
/* gc.collect()'s two rounds, for a builtin called from Python whose
 * arguments end at args_end (the registers past them are dead); returns
 * how many finalizers ran. */
int64_t kr_mod_gc_collect_call(Thread *th, const Value *args_end);

#endif
