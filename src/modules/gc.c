/*
 * gc.c -- the gc module, and __del__: Python-level finalization on top of
 * the collector's finalizers (gc/gc.h).
 *
 * WHEN __del__ RUNS.  CPython calls __del__ the moment the last reference
 * goes; a tracing collector learns that an object is unreachable only at
 * its next collection.  An instance of a class with __del__ is registered
 * with the collector when it is allocated (kr_mod_gc_track_del, called by
 * object_new); when a collection finds it unreachable the collector queues
 * it, and the VM runs the queue at a safe point: a backward jump of the
 * interpreter loop (a plain flag test), gc.collect(), and exit, where
 * every object still registered is finalized, as CPython's shutdown does.
 * Never inside an allocation: Python code must not run at an arbitrary
 * allocation point.
 *
 * An exception escaping __del__ is reported as CPython's unraisable hook
 * does ("Exception ignored in: <function C.__del__ ...>" and the
 * traceback on stderr) and then dropped.
 *
 * gc.collect() clears the unused part of the thread's register stack
 * first: the collector scans whole stack chunks, and registers of frames
 * that have returned would otherwise keep their last values alive.
 */
#include <stdio.h>
#include <string.h>

#include "modules/libutil.h"
#include "modules/gcmodule.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/structseq.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/vm.h"

/* Finalizers running on this thread: nested safe points (a __del__ that
 * loops) do not start another round inside the current one. */
static __thread bool in_finalizers;

/* gc.disable() / gc.enable().  Boehm keeps collecting either way (with
 * no reference counting behind it, a disabled collector would free
 * nothing at all); what is switched off is what CPython's switch stops
 * and a program can see: finalizers (__del__, weak-reference callbacks)
 * of garbage found by automatic collections now wait for gc.collect()
 * or gc.enable().  Process-wide, as the collector is. */
static _Atomic bool auto_enabled = true;

/* gc.get_stats(): collections per generation that gc.collect(generation)
 * asked for, and the collector's own (automatic) ones, which count as
 * generation 2; explicit_rounds is how many of the collector's count
 * gc.collect() made. */
static _Atomic int64_t collections[3];
static _Atomic int64_t explicit_rounds;

/* The data of the __del__ finalizer record: not NULL, so that
 * gc.is_finalized can tell a registered record from none. */
static char del_marker;

/* ---- unraisable exceptions and sys.unraisablehook ------------------------------------ *
 *
 * An exception nobody can catch (in __del__, a weak-reference callback, a
 * thread's cleanup) goes to sys.unraisablehook with an UnraisableHookArgs
 * (exc_type, exc_value, exc_traceback, err_msg, object), as in CPython;
 * the default hook -- also sys.__unraisablehook__ -- prints
 * "Exception ignored in: <object>" and the traceback.  The hook lives in
 * sys but is made here, beside the reporting it serves. */

static Type unraisable_args_type;
static const char *const unraisable_fields[] = {"exc_type", "exc_value", "exc_traceback",
                                                "err_msg", "object", NULL};
static const StructSeqDesc unraisable_desc = {"UnraisableHookArgs", unraisable_fields, 5, false};

/* The default hook's output: "<msg or 'Exception ignored in'>: <where>",
 * or "<msg>:" with no object; then exc as an uncaught one prints. */
static void print_unraisable(Thread *th, Value exc, Value msg, Value where)
{
    kr_vm_flush_stdout(th);
    size_t n;
    const char *m = msg && kr_is_str(msg) ? kr_str_utf8(th, kr_as_str(msg), &n) : NULL;
    if (where && where != KR_NONE) {
        Value r = kr_object_repr(th, where);
        const char *s = r ? kr_str_utf8(th, kr_as_str(r), &n) : NULL;
        fprintf(stderr, "%s: %s\n", m ? m : "Exception ignored in", s ? s : "<object repr() failed>");
        if (!s)
            kr_err_clear(th);
    } else if (m) {
        fprintf(stderr, "%s:\n", m);
    }
    if (exc && exc != KR_NONE)
        kr_vm_print_exception(th, exc);
    fflush(stderr);
}

/* sys.__unraisablehook__, made once at init; in a root block, so the
 * comparison below never meets a collected and reused address */
static Value *default_hook;

KR_LIB_FUNC(sys_unraisablehook)
{
    if (kr_call_check_args(th, "unraisablehook", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_obj(args[0]) || kr_type_of(args[0]) != &unraisable_args_type)
        return kr_err_type_error(th, "sys.unraisablehook argument type must be UnraisableHookArgs");
    Tuple *t = kr_as_tuple(args[0]);
    print_unraisable(th, t->items[1], t->items[3], t->items[4]);
    return KR_NONE;
}

void kr_mod_gc_write_unraisable(Thread *th, Value exc, Value where)
{
    kr_mod_gc_write_unraisable_msg(th, exc, NULL, where);
}

void kr_mod_gc_write_unraisable_msg(Thread *th, Value exc, const char *msg, Value where)
{
    Str *hn = kr_str_intern_cstr(th, "unraisablehook");
    Value hook = hn ? kr_dict_get_str(th->vm->sys_module->dict, hn) : KR_VALUE_NULL;
    Str *ms = msg ? kr_str_from_cstr(th, msg) : NULL;
    Value mv = ms ? kr_from_obj(ms) : KR_NONE;
    if (!hook || hook == KR_NONE || (default_hook && hook == *default_hook)) {
        print_unraisable(th, exc, mv, where);
        return;
    }
    Value fields[5] = {kr_from_obj(kr_type_of(exc)), exc,
                       kr_is_exc(exc) ? ((Exc *)kr_as_obj(exc))->traceback : KR_NONE, mv,
                       where ? where : KR_NONE};
    Value a = kr_structseq_new(th, &unraisable_args_type, fields);
    if (a && kr_vm_call(th, hook, &a, 1, NULL))
        return;
    /* the hook failed: that is what gets reported, as CPython does */
    Value err = kr_err_fetch(th);
    Str *m = kr_str_from_cstr(th, "Exception ignored in sys.unraisablehook");
    print_unraisable(th, err, m ? kr_from_obj(m) : KR_VALUE_NULL, hook);
}

static const MethodDef sys_hook_functions[] = {
    {"unraisablehook", sys_unraisablehook, "($module, unraisable, /)",
     "Handle an unraisable exception.", 0},
    {0},
};

/* sys.unraisablehook and sys.__unraisablehook__. */
static int unraisable_init(Thread *th)
{
    Module *sys = th->vm->sys_module;
    Str *hn = kr_str_intern_cstr(th, "unraisablehook"), *dn = kr_str_intern_cstr(th, "__unraisablehook__");
    if (!hn || !dn || kr_structseq_init_type(th, &unraisable_args_type, &unraisable_desc) < 0 ||
        kr_module_add_functions(th, sys, sys_hook_functions) < 0)
        return -1;
    Value f = kr_dict_get_str(sys->dict, hn);
    if (!default_hook && !(default_hook = kr_gc_alloc_root(sizeof(Value)))) {
        kr_err_no_memory(th);
        return -1;
    }
    *default_hook = f;
    return f ? kr_dict_set_str(th, sys->dict, dn, f) : -1;
}

/* The finalize slot of classes defining __del__ (type.c fills it). */
void kr_mod_gc_slot_del(Thread *th, Value self)
{
    Str *name = kr_str_intern_cstr(th, "__del__");
    Value f = name ? kr_type_lookup(kr_type_of(self), name) : KR_VALUE_NULL;
    if (!f) {
        kr_err_clear(th);
        return;
    }
    if (!kr_vm_call_method(th, f, self, NULL, 0, NULL))
        kr_mod_gc_write_unraisable(th, kr_err_fetch(th), f);
}

/* The collector's callback: run the type's finalize slot with the
 * exception state of the interrupted code saved around it. */
static void run_del(void *obj, void *data, void *ctx)
{
    Thread *th = ctx;
    if (!th)
        return;
    Value self = kr_from_obj(obj);
    KrFinalizeFn fin = kr_type_of(self)->finalize;
    if (!fin)
        return;
    Value exc = th->exc, handled = th->handled;
    th->exc = KR_VALUE_NULL;
    fin(th, self);
    th->exc = exc;
    th->handled = handled;
}

void kr_mod_gc_track_del(Obj *o)
{
    kr_gc_add_finalizer(o, run_del, &del_marker);
}

static int run_pending(Thread *th)
{
    if (in_finalizers)
        return 0;
    in_finalizers = true;
    int n = kr_gc_run_finalizers(th);
    in_finalizers = false;
    return n;
}

int kr_mod_gc_run_pending(Thread *th)
{
    return run_pending(th);
}

int kr_mod_gc_run_auto(Thread *th)
{
    return auto_enabled ? run_pending(th) : 0;
}

void kr_mod_gc_shutdown(Thread *th)
{
    run_pending(th);
    in_finalizers = true;
    kr_gc_finalize_all(th);
    in_finalizers = false;
}

/* Zero the registers above the live ones and the spare chunk.  A call
 * passes its arguments as a window of the caller's registers, and the
 * registers above a call's arguments are free (the compiler allocates
 * temporaries like a stack), so when gc.collect() was called from Python
 * everything past its arguments is dead -- including what a returned
 * callee left in the caller's temporaries, where callee frames begin. */
/* The same rule one level down, in every frame that made a Python call:
 * the callee's window starts at the caller's call site, so the caller's
 * registers past the callee's window are free temporaries -- stale there
 * since earlier, larger callees returned (a test method's locals, found
 * under its tearDown's frames).  Frames entered from C start at their
 * caller's top and a generator's registers are off the stack: neither
 * lies inside its caller's window, and nothing is cleared for them. */
static void clear_dead_temporaries(Thread *th)
{
    /* live: the highest register any frame above f uses -- a callee's
     * window starts inside its caller but may reach past the caller's end
     * (hypothesis's run(), called by a 4-register executor inside
     * execute_once, lost its closure cells to this clearing) */
    Value *live = th->frame ? th->frame->regs + th->frame->code->framesize : NULL;
    for (Frame *c = th->frame; c && c->prev; c = c->prev) {
        Frame *f = c->prev;
        Value *end = f->regs + f->code->framesize;
        Value *c_end = c->regs + c->code->framesize;
        if (c_end > live)
            live = c_end;
        if (c->regs > f->regs && c->regs < end && live < end)
            memset(live, 0, (size_t)(end - live) * sizeof(Value));
    }
}

static void clear_dead_registers(Thread *th, const Value *args_end)
{
    clear_dead_temporaries(th);
    Value *top = kr_frame_top(th);
    StackChunk *c = th->chunk;
    if (c && args_end >= c->slots && args_end < top && th->frame && args_end > th->frame->regs)
        top = (Value *)args_end;
    if (c && top >= c->slots && top < c->limit)
        memset(top, 0, (size_t)(c->limit - top) * sizeof(Value));
    if (th->spare_chunk)
        memset(th->spare_chunk->slots, 0,
               (size_t)(th->spare_chunk->limit - th->spare_chunk->slots) * sizeof(Value));
    /* Recycled frame records keep what their last activation left in the
     * fields a pop does not reset: the instance an __init__ call made
     * (init_self) would stay alive until the record is reused. */
    for (Frame *f = th->free_frames; f; f = f->prev) {
        f->func = NULL;
        f->init_self = f->gen_outer = KR_VALUE_NULL;
        f->gen = NULL;
        f->trace = NULL;
    }
}

/* The C stack below this point held the frames of calls that have
 * returned (the object constructors, the interpreter's helpers); the
 * collector scans the stack conservatively, so their stale slots would
 * keep garbage alive.  Zero them before collecting. */
static __attribute__((noinline)) void clear_c_stack(void)
{
    char junk[32 * 1024];
    explicit_bzero(junk, sizeof junk);   /* a plain memset of a dead array is elided */
}

int64_t kr_mod_gc_collect_call(Thread *th, const Value *args_end)
{
    int64_t total = 0;
    for (int round = 0; round < 2; round++) {     /* as gc.collect() */
        clear_dead_registers(th, args_end);
        clear_c_stack();
        kr_gc_collect();
        total += run_pending(th);
    }
    return total;
}

void kr_mod_gc_collect_dead(Thread *th)
{
    clear_dead_registers(th, NULL);
    clear_c_stack();
    kr_gc_collect();
    run_pending(th);
}

/* ---- the module ------------------------------------------------------------------- */

static Str *attr_name(Thread *th, const char *s) { return kr_str_intern_cstr(th, s); }

static Value module_attr(Thread *th, const char *name)
{
    Value m = kr_dict_get_str(th->vm->modules, attr_name(th, "gc"));
    return m ? kr_dict_get_str(((Module *)kr_as_obj(m))->dict, attr_name(th, name)) : KR_VALUE_NULL;
}

/* Call each of gc.callbacks with (phase, info). */
static int run_callbacks(Thread *th, const char *phase, int64_t gen, int64_t collected)
{
    Value cbs = module_attr(th, "callbacks");
    if (!cbs || !kr_is_list(cbs) || kr_as_list(cbs)->size == 0)
        return 0;
    Dict *info = kr_dict_new(th);
    Str *p = kr_str_from_cstr(th, phase);
    if (!info || !p || kr_dict_set_str(th, info, attr_name(th, "generation"), kr_from_smallint(gen)) < 0 ||
        kr_dict_set_str(th, info, attr_name(th, "collected"), kr_from_smallint(collected)) < 0 ||
        kr_dict_set_str(th, info, attr_name(th, "uncollectable"), kr_from_smallint(0)) < 0)
        return -1;
    List *snapshot = kr_list_from_array(th, kr_as_list(cbs)->items, kr_as_list(cbs)->size);
    if (!snapshot)
        return -1;
    for (int64_t i = 0; i < snapshot->size; i++) {
        Value argv[2] = {kr_from_obj(p), kr_from_obj(info)};
        if (!kr_vm_call(th, snapshot->items[i], argv, 2, NULL))
            kr_mod_gc_write_unraisable(th, kr_err_fetch(th), snapshot->items[i]);
    }
    return 0;
}

/* gc.collect(generation=2): a full collection, then the finalizers it
 * queued.  Returns how many objects were finalized (CPython returns the
 * number of unreachable objects it found; krait cannot count those that
 * need no finalization). */
KR_LIB_FUNC(gc_collect)
{
    static const char *const names[] = {"generation", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "collect", args, nargs, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    int64_t gen = 2;
    if (a[0] && kr_libutil_as_ssize(th, a[0], &gen) < 0)
        return KR_VALUE_NULL;
    if (gen < 0 || gen > 2) {
        kr_err_set_string(th, &kr_exc_ValueError, "invalid generation");
        return KR_VALUE_NULL;
    }
    if (run_callbacks(th, "start", gen, 0) < 0)
        return KR_VALUE_NULL;
    int64_t total = 0;
    size_t rounds_before = kr_gc_collections();
    /* Files dropped with writes still buffered are held by lib/_io.py's
     * _writers until they are flushed: push their data down now (here, a
     * call the program made, never from a finalizer, which could land
     * inside one of their writes), so they can be collected below. */
    kr_mod__io_flush(th);
    /* Objects freed by one round's finalizers become collectable in the
     * next; two rounds catch the common chains. */
    for (int round = 0; round < 2; round++) {
        clear_dead_registers(th, args + nargs + (kw ? (size_t)kw->size : 0));
        clear_c_stack();
        kr_gc_collect();
        total += run_pending(th);
    }
    explicit_rounds += (int64_t)(kr_gc_collections() - rounds_before);
    collections[gen]++;
    if (run_callbacks(th, "stop", gen, total) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, total);
}

KR_LIB_FUNC(gc_enable)
{
    if (kr_call_check_args(th, "gc.enable", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    kr_gc_set_enabled(true);
    auto_enabled = true;
    if (kr_gc_finalizers_pending())
        kr_eval_breaker = 1;     /* what waited runs at the next safe point */
    return KR_NONE;
}

KR_LIB_FUNC(gc_disable)
{
    if (kr_call_check_args(th, "gc.disable", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    auto_enabled = false;
    return KR_NONE;
}

KR_LIB_FUNC(gc_isenabled)
{
    if (kr_call_check_args(th, "gc.isenabled", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(auto_enabled);
}

/* The thresholds are kept for the API (a tracing collector has no
 * generations); set_threshold's values are returned by get_threshold. */
static Value thresholds(Thread *th, Value set)
{
    Str *k = attr_name(th, "_thresholds");
    Value m = kr_dict_get_str(th->vm->modules, attr_name(th, "gc"));
    if (!m || !k)
        return KR_VALUE_NULL;
    Dict *d = ((Module *)kr_as_obj(m))->dict;
    if (set)
        return kr_dict_set_str(th, d, k, set) < 0 ? KR_VALUE_NULL : KR_NONE;
    Value t = kr_dict_get_str(d, k);
    return t ? t : KR_NONE;
}

KR_LIB_FUNC(gc_get_threshold)
{
    if (kr_call_check_args(th, "gc.get_threshold", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return thresholds(th, KR_VALUE_NULL);
}

KR_LIB_FUNC(gc_set_threshold)
{
    if (kr_libutil_no_keywords(th, "gc.set_threshold", kw) < 0)
        return KR_VALUE_NULL;
    if (nargs < 1 || nargs > 3)
        return kr_err_type_error(th, "set_threshold() takes at %s %d argument%s (%zu given)",
                                 nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3,
                                 nargs < 1 ? "" : "s", nargs);
    Value old = thresholds(th, KR_VALUE_NULL);
    if (!old || !kr_is_tuple(old))
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_from_array(th, kr_as_tuple(old)->items, 3);
    if (!t)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (!kr_is_int(args[i]))
            return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer",
                                     kr_type_name(args[i]));
        t->items[i] = args[i];
    }
    return thresholds(th, kr_from_obj(t));
}

KR_LIB_FUNC(gc_get_count)
{
    if (kr_call_check_args(th, "gc.get_count", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Value z[3] = {kr_from_smallint(0), kr_from_smallint(0), kr_from_smallint(0)};
    Tuple *t = kr_tuple_from_array(th, z, 3);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* CPython's notion: atoms (numbers, strings, None) are never tracked;
 * a dict is tracked once it holds a tracked key or value; other
 * containers and instances are. */
static bool is_tracked(Value v)
{
    if (!kr_is_obj(v))
        return false;
    Type *t = kr_type_of(v);
    if (t->flags & (KR_TYPE_INT_SUBCLASS | KR_TYPE_STR_SUBCLASS) && !(t->flags & KR_TYPE_HEAP))
        return false;
    if (t == &kr_float_type || t == &kr_none_type || t == &kr_bool_type || t == &kr_object_type)
        return false;
    /* builtin types are static objects in krait (immortal in CPython's terms) */
    if ((t->flags & KR_TYPE_TYPE_SUBCLASS) && !(((Type *)kr_as_obj(v))->flags & KR_TYPE_HEAP))
        return false;
    const char *n = t->name;
    if (!(t->flags & KR_TYPE_HEAP) && (strcmp(n, "bytes") == 0 || strcmp(n, "complex") == 0 ||
                                       strcmp(n, "bytearray") == 0 || strcmp(n, "range") == 0))
        return false;
    if (kr_is_dict(v)) {
        int64_t pos = 0;
        Value k, val;
        while (kr_dict_next(kr_as_dict(v), &pos, &k, &val))
            if (is_tracked(k) || is_tracked(val))
                return true;
        return false;
    }
    return true;
}

KR_LIB_FUNC(gc_is_tracked)
{
    if (kr_call_check_args(th, "gc.is_tracked", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(is_tracked(args[0]));
}

KR_LIB_FUNC(gc_is_finalized)
{
    if (kr_call_check_args(th, "gc.is_finalized", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    /* an instance of a class with __del__ is registered when made; the
     * collector drops the record when it runs the finalizer */
    Value v = args[0];
    if (!kr_is_obj(v) || !kr_type_of(v)->finalize || !kr_gc_is_heap_ptr(kr_as_obj(v)))
        return KR_FALSE;
    return kr_from_bool(kr_gc_finalizer_data(kr_as_obj(v), run_del) != &del_marker);
}

KR_LIB_FUNC(gc_noop)
{
    if (kr_call_check_args(th, "gc.freeze", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

KR_LIB_FUNC(gc_get_freeze_count)
{
    if (kr_call_check_args(th, "gc.get_freeze_count", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(0);
}

KR_LIB_FUNC(gc_get_debug)
{
    if (kr_call_check_args(th, "gc.get_debug", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Value d = module_attr(th, "_debug");
    return d ? d : kr_from_smallint(0);
}

KR_LIB_FUNC(gc_set_debug)
{
    if (kr_call_check_args(th, "gc.set_debug", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_int(args[0]))
        return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer",
                                 kr_type_name(args[0]));
    Value m = kr_dict_get_str(th->vm->modules, attr_name(th, "gc"));
    if (!m || kr_dict_set_str(th, ((Module *)kr_as_obj(m))->dict, attr_name(th, "_debug"), args[0]) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

KR_LIB_FUNC(gc_get_stats)
{
    if (kr_call_check_args(th, "gc.get_stats", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    List *l = kr_list_new(th, 3);
    if (!l)
        return KR_VALUE_NULL;
    for (int i = 0; i < 3; i++) {
        Dict *d = kr_dict_new(th);
        int64_t count = collections[i];
        if (i == 2)
            count += (int64_t)kr_gc_collections() - explicit_rounds;
        Value n = kr_int_from_i64(th, count);
        if (!d || !n || kr_dict_set_str(th, d, attr_name(th, "collections"), n) < 0 ||
            kr_dict_set_str(th, d, attr_name(th, "collected"), kr_from_smallint(0)) < 0 ||
            kr_dict_set_str(th, d, attr_name(th, "uncollectable"), kr_from_smallint(0)) < 0)
            return KR_VALUE_NULL;
        l->items[i] = kr_from_obj(d);
    }
    return kr_from_obj(l);
}

/* Append to out what v refers to, as CPython's tp_traverse visits it:
 * the items of a list, tuple, set or frozenset, a dict's keys and
 * values, an instance's attribute values then its class.  Atoms and the
 * builtin objects whose references krait does not expose add nothing. */
static int referents(Thread *th, Value v, List *out)
{
    if (!kr_is_obj(v))
        return 0;
    Type *t = kr_type_of(v);
    if (t->flags & KR_TYPE_LIST_SUBCLASS) {
        List *l = kr_as_list(v);
        for (int64_t i = 0; i < l->size; i++)
            if (kr_list_append(th, out, l->items[i]) < 0)
                return -1;
        return 0;
    }
    if (t->flags & KR_TYPE_TUPLE_SUBCLASS) {
        Tuple *tu = kr_as_tuple(v);
        for (int64_t i = 0; i < tu->size; i++)
            if (kr_list_append(th, out, tu->items[i]) < 0)
                return -1;
        return 0;
    }
    if (t->flags & KR_TYPE_DICT_SUBCLASS) {
        int64_t pos = 0;
        Value k, val;
        while (kr_dict_next(kr_as_dict(v), &pos, &k, &val))
            if (kr_list_append(th, out, k) < 0 || kr_list_append(th, out, val) < 0)
                return -1;
        return 0;
    }
    if (kr_type_is_subtype(t, &kr_set_type) || kr_type_is_subtype(t, &kr_frozenset_type)) {
        int64_t pos = 0;
        Value k;
        while (kr_set_next((Set *)kr_as_obj(v), &pos, &k))
            if (kr_list_append(th, out, k) < 0)
                return -1;
        return 0;
    }
    if (!(t->flags & KR_TYPE_HEAP))
        return 0;
    if (t->dict_offset || (t->flags & KR_TYPE_HAS_SHAPE)) {
        Dict *d = kr_object_get_dict(th, v);
        if (!d)
            return -1;
        int64_t pos = 0;
        Value k, val;
        while (kr_dict_next(d, &pos, &k, &val))
            if (kr_list_append(th, out, val) < 0)
                return -1;
    }
    return kr_list_append(th, out, kr_from_obj(t));
}

KR_LIB_FUNC(gc_get_referents)
{
    if (kr_libutil_no_keywords(th, "get_referents", kw) < 0)
        return KR_VALUE_NULL;
    List *out = kr_list_new(th, 0);
    if (!out)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (referents(th, args[i], out) < 0)
            return KR_VALUE_NULL;
    return kr_from_obj(out);
}

/* Whether d holds one of objs (by identity) as a value. */
static bool dict_holds(Dict *d, const Value *objs, size_t n)
{
    int64_t pos = 0;
    Value k, val;
    while (kr_dict_next(d, &pos, &k, &val))
        for (size_t i = 0; i < n; i++)
            if (val == objs[i])
                return true;
    return false;
}

/* gc.get_referrers(*objs): krait's collector cannot walk its heap, so only
 * the namespaces a program names things in are searched -- every module's
 * dict and the dicts of the classes it defines.  What is returned does
 * refer to an object; what refers to it elsewhere is missed (hypothesis's
 * register_random asks whether a module keeps its Random). */
KR_LIB_FUNC(gc_get_referrers)
{
    if (kr_libutil_no_keywords(th, "get_referrers", kw) < 0)
        return KR_VALUE_NULL;
    List *out = kr_list_new(th, 0), *mods = kr_list_new(th, 0);
    if (!out || !mods)
        return KR_VALUE_NULL;
    int64_t pos = 0;
    Value k, m;
    while (kr_dict_next(th->vm->modules, &pos, &k, &m))    /* snapshot first */
        if (kr_is_type(m, &kr_module_type) && kr_list_append(th, mods, m) < 0)
            return KR_VALUE_NULL;
    for (int64_t i = 0; i < mods->size; i++) {
        Dict *d = ((Module *)kr_as_obj(mods->items[i]))->dict;
        if (dict_holds(d, args, nargs) && kr_list_append(th, out, kr_from_obj(d)) < 0)
            return KR_VALUE_NULL;
        int64_t p2 = 0;
        Value name, v;
        while (kr_dict_next(d, &p2, &name, &v)) {
            if (!kr_is_obj(v) || !kr_type_is_subtype(kr_type_of(v), &kr_type_type))
                continue;
            Type *t = (Type *)kr_as_obj(v);
            if ((t->flags & KR_TYPE_HEAP) && t->dict && dict_holds(t->dict, args, nargs) &&
                kr_list_append(th, out, kr_from_obj(t->dict)) < 0)
                return KR_VALUE_NULL;
        }
    }
    return kr_from_obj(out);
}

/* gc.get_objects(generation=None): the arguments as CPython checks them.
 * krait's collector keeps no list of the objects it tracks, so the
 * answer is empty (docs/differences.md). */
KR_LIB_FUNC(gc_get_objects)
{
    static const char *const names[] = {"generation", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "get_objects", args, nargs, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    if (a[0] && a[0] != KR_NONE) {
        int64_t gen;
        if (!kr_is_int(a[0]))
            return kr_err_type_error(th, "argument should be integer or None, not '%s'",
                                     kr_type_name(a[0]));
        if (kr_libutil_as_ssize(th, a[0], &gen) < 0)
            return KR_VALUE_NULL;
        if (gen >= 3) {
            kr_err_set_string(th, &kr_exc_ValueError,
                              "generation parameter must be less than the number of available "
                              "generations (3)");
            return KR_VALUE_NULL;
        }
        if (gen < 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "generation parameter cannot be negative");
            return KR_VALUE_NULL;
        }
    }
    List *out = kr_list_new(th, 0);
    return out ? kr_from_obj(out) : KR_VALUE_NULL;
}

static const MethodDef gc_functions[] = {
    {"get_referents", gc_get_referents, "($module, /, *objs)", NULL, 0},
    {"get_referrers", gc_get_referrers, "($module, /, *objs)", NULL, 0},
    {"get_objects", gc_get_objects, "($module, /, generation=None)", NULL, 0},
    {"collect", gc_collect, "($module, /, generation=2)", NULL, 0},
    {"enable", gc_enable, "($module, /)", NULL, 0},
    {"disable", gc_disable, "($module, /)", NULL, 0},
    {"isenabled", gc_isenabled, "($module, /)", NULL, 0},
    {"get_threshold", gc_get_threshold, "($module, /)", NULL, 0},
    {"set_threshold", gc_set_threshold, NULL, NULL, 0},
    {"get_count", gc_get_count, "($module, /)", NULL, 0},
    {"is_tracked", gc_is_tracked, "($module, obj, /)", NULL, 0},
    {"is_finalized", gc_is_finalized, "($module, obj, /)", NULL, 0},
    {"freeze", gc_noop, "($module, /)", NULL, 0},
    {"unfreeze", gc_noop, "($module, /)", NULL, 0},
    {"get_freeze_count", gc_get_freeze_count, "($module, /)", NULL, 0},
    {"get_debug", gc_get_debug, "($module, /)", NULL, 0},
    {"set_debug", gc_set_debug, "($module, flags, /)", NULL, 0},
    {"get_stats", gc_get_stats, "($module, /)", NULL, 0},
    {0},
};

int kr_mod_gc_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "gc", gc_functions);
    if (!m || unraisable_init(th) < 0)
        return -1;
    List *callbacks = kr_list_new(th, 0), *garbage = kr_list_new(th, 0);
    Value th3[3] = {kr_from_smallint(700), kr_from_smallint(10), kr_from_smallint(10)};
    Tuple *thr = kr_tuple_from_array(th, th3, 3);
    if (!callbacks || !garbage || !thr ||
        kr_libutil_add_value(th, m, "callbacks", kr_from_obj(callbacks)) < 0 ||
        kr_libutil_add_value(th, m, "garbage", kr_from_obj(garbage)) < 0 ||
        kr_libutil_add_value(th, m, "_thresholds", kr_from_obj(thr)) < 0)
        return -1;
    static const struct { const char *name; int v; } consts[] = {
        {"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4},
        {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(consts); i++)
        if (kr_libutil_add_value(th, m, consts[i].name, kr_from_smallint(consts[i].v)) < 0)
            return -1;
    return 0;
}
