/*
 * sys.c -- the sys module: standard streams, recursion and int-digit
 * limits, exit, the interpreter's static description (version_info,
 * implementation, flags, float_info, int_info, hash_info, thread_info:
 * struct sequences, objects/structseq.h), the exception being handled
 * (exc_info, exception), frames (_getframe, vm/frame.c), the display and
 * except hooks, and small queries (intern, getsizeof, encodings).
 *
 * sys.stdin, sys.stdout and sys.stderr are made by _io_std.c (text,
 * buffer and raw layers over the C library's streams).
 *
 * Values that describe the interpreter are CPython 3.11.2's where a
 * program could compare them (version_info, float_info, hash_info), and
 * krait's own where they name the implementation (implementation.name,
 * cache_tag, version's text).
 */
#include <float.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/state.h"
#include "gc/gc.h"
#include "modules/libutil.h"
#include "modules/modules.h"
#include "modules/sys.h"
#include "vm/thread.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/namespace.h"
#include "objects/structseq.h"
#include "objects/str.h"
#include "objects/set.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/trace.h"
#include "vm/vm.h"

/* sys.stdout.write(s), or file.write(s): the exact native stream
 * (_io_std.c) is written without a method call, as print() needs. */
int kr_mod_sys_write(Thread *th, Value file, Str *s)
{
    if (!file || file == KR_NONE)
        file = kr_dict_get_str(th->vm->sys_module->dict, KR_NAME(th, stdout));
    if (file && kr_is_type(file, &kr_mod__io_std_text_type))
        return kr_mod__io_std_write(th, file, s);
    if (!file || file == KR_NONE)
        return 0;
    Value w = kr_object_getattr(th, file, KR_NAME(th, write));
    if (!w)
        return -1;
    Value arg = kr_from_obj(s);
    return kr_vm_call(th, w, &arg, 1, NULL) ? 0 : -1;
}

#define FUNC(name) static Value name(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)

FUNC(sys_getrecursionlimit)
{
    if (kr_call_check_args(th, "getrecursionlimit", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(th->vm->recursion_limit);
}

FUNC(sys_setrecursionlimit)
{
    if (kr_call_check_args(th, "setrecursionlimit", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    int64_t n;
    if (!kr_is_int(args[0]))
        return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer", kr_type_name(args[0]));
    if (kr_int_as_i64(th, args[0], &n) < 0)
        return KR_VALUE_NULL;
    if (n < 1) {
        kr_err_set_string(th, &kr_exc_ValueError, "recursion limit must be greater or equal than 1");
        return KR_VALUE_NULL;
    }
    if (th->recursion_depth >= n) {
        kr_err_format(th, &kr_exc_RecursionError, "cannot set the recursion limit to %d at the "
                      "recursion depth %d: the limit is too low", (int)n, th->recursion_depth);
        return KR_VALUE_NULL;
    }
    /* Python frames cost no C stack, so a large limit is safe here;
     * memory bounds it (MemoryError). */
    th->vm->recursion_limit = n > 100000000 ? 100000000 : (int)n;
    return KR_NONE;
}

FUNC(sys_exit)
{
    if (kr_call_check_args(th, "exit", nargs, 0, 1, kw) < 0)
        return KR_VALUE_NULL;
    /* CPython raises with the status as the exception's value, and a
     * tuple value is the argument list: sys.exit((17, 23)).args == (17, 23),
     * None none at all */
    if (nargs == 1 && args[0] == KR_NONE)
        nargs = 0;
    if (nargs == 1 && kr_tuple_check(args[0])) {
        Tuple *t = kr_as_tuple(args[0]);
        args = t->items;
        nargs = (size_t)t->size;
    }
    Value e = kr_exception_new(th, &kr_exc_SystemExit, args, nargs);
    if (e)
        kr_err_set(th, e);
    return KR_VALUE_NULL;
}

FUNC(sys_get_int_max_str_digits)
{
    return kr_from_smallint(th->vm->int_max_str_digits);
}

FUNC(sys_set_int_max_str_digits)
{
    static const char *const names[] = {"maxdigits", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "set_int_max_str_digits", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    int64_t n;
    if (kr_int_as_i64(th, a[0], &n) < 0)
        return KR_VALUE_NULL;
    if (n != 0 && n < 640) {
        kr_err_set_string(th, &kr_exc_ValueError, "maxdigits must be 0 or larger than 640");
        return KR_VALUE_NULL;
    }
    th->vm->int_max_str_digits = (int)n;
    return KR_NONE;
}

/* ---- exceptions and frames ------------------------------------------------------ */

FUNC(sys_exc_info)
{
    if (kr_call_check_args(th, "exc_info", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Value e = th->handled;
    Value t[3] = {KR_NONE, KR_NONE, KR_NONE};
    if (e && e != KR_NONE) {
        t[0] = kr_from_obj(kr_type_of(e));
        t[1] = e;
        t[2] = ((Exc *)kr_as_obj(e))->traceback;
    }
    Tuple *r = kr_tuple_from_array(th, t, 3);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* (type, value, traceback) of the exception t is handling, as exc_info() */
static Value exc_info_of(Thread *th, Value e)
{
    Value t[3] = {KR_NONE, KR_NONE, KR_NONE};
    if (e && e != KR_NONE) {
        t[0] = kr_from_obj(kr_type_of(e));
        t[1] = e;
        t[2] = ((Exc *)kr_as_obj(e))->traceback;
    }
    Tuple *r = kr_tuple_from_array(th, t, 3);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* sys._current_exceptions(): each thread's exc_info(), by thread id (3.11
 * gives tuples).  A test that waits on a thread after calling it must not
 * find it missing: the thread would never be released. */
FUNC(sys_current_exceptions)
{
    if (kr_call_check_args(th, "sys._current_exceptions", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    kr_thread_settle(th);
    Dict *d = kr_dict_new(th);
    if (!d)
        return KR_VALUE_NULL;
    VM *vm = th->vm;
    pthread_mutex_lock(&vm->lock);
    int rc = 0;
    for (Thread *t = vm->threads; t && rc == 0; t = t->next) {
        if (atomic_load_explicit(&t->exiting, memory_order_relaxed))
            continue;       /* its Python code is done */
        Value k = kr_int_from_i64(th, (int64_t)t->thread_id);
        Value v = k ? exc_info_of(th, t->handled) : KR_VALUE_NULL;
        rc = v ? kr_dict_set(th, d, k, v) : -1;
    }
    pthread_mutex_unlock(&vm->lock);
    return rc < 0 ? KR_VALUE_NULL : kr_from_obj(d);
}

FUNC(sys_exception)
{
    if (kr_call_check_args(th, "exception", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return th->handled ? th->handled : KR_NONE;
}

/* sys._current_frames(): each thread's innermost frame (vm/thread.c). */
FUNC(sys_current_frames)
{
    if (kr_call_check_args(th, "_current_frames", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_thread_current_frames(th);
}

FUNC(sys_getframe)
{
    if (kr_call_check_args(th, "_getframe", nargs, 0, 1, kw) < 0)
        return KR_VALUE_NULL;
    int64_t depth = 0;
    if (nargs) {
        if (!kr_is_int(args[0]))
            return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer",
                                     kr_type_name(args[0]));
        if (kr_int_as_i64(th, args[0], &depth) < 0)
            return KR_VALUE_NULL;
    }
    Frame *f = th->frame;
    for (; f && depth > 0; depth--)
        f = f->prev;
    if (!f) {
        kr_err_set_string(th, &kr_exc_ValueError, "call stack is not deep enough");
        return KR_VALUE_NULL;
    }
    return kr_frame_object(th, f);
}

/* sys.displayhook(value): print repr(value) to sys.stdout and keep it in
 * builtins._, unless it is None. */
FUNC(sys_displayhook)
{
    if (kr_call_check_args(th, "displayhook", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (args[0] == KR_NONE)
        return KR_NONE;
    Str *under = kr_str_intern_cstr(th, "_");
    if (!under || kr_dict_set_str(th, th->vm->builtins, under, KR_NONE) < 0)
        return KR_VALUE_NULL;
    Value r = kr_object_repr(th, args[0]);
    if (!r)
        return KR_VALUE_NULL;
    Value out = kr_dict_get_str(th->vm->sys_module->dict, KR_NAME(th, stdout));
    if (!out || out == KR_NONE) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "lost sys.stdout");
        return KR_VALUE_NULL;
    }
    Str *nl = kr_str_from_cstr(th, "\n");
    if (!nl || kr_mod_sys_write(th, out, kr_as_str(r)) < 0 || kr_mod_sys_write(th, out, nl) < 0)
        return KR_VALUE_NULL;
    if (kr_dict_set_str(th, th->vm->builtins, under, args[0]) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

/* What compile(..., 'single') code calls (compile.c): sys.displayhook,
 * looked up at each call as CPython's PRINT_EXPR does. */
static Value sys_print_expr(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    Str *name = kr_str_intern_cstr(th, "displayhook");
    Value hook = name ? kr_dict_get_str(th->vm->sys_module->dict, name) : KR_VALUE_NULL;
    if (!hook) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "lost sys.displayhook");
        return KR_VALUE_NULL;
    }
    return kr_vm_call(th, hook, args, nargs, NULL);
}

const MethodDef kr_mod_sys_print_expr_def = {"print_expr", sys_print_expr, NULL, NULL, 0};

FUNC(sys_excepthook)
{
    if (kr_call_check_args(th, "excepthook", nargs, 3, 3, kw) < 0)
        return KR_VALUE_NULL;
    /* to sys.stderr, whatever it is now (CPython's PyErr_Display); the
     * process's stderr when there is none */
    Str *en = kr_str_intern_cstr(th, "stderr");
    Value file = en ? kr_dict_get_str(th->vm->sys_module->dict, en) : KR_VALUE_NULL;
    bool is_exc = kr_is_exc(args[1]);
    if (!file || file == KR_NONE) {
        if (is_exc)
            kr_vm_print_exception(th, args[1]);
        return KR_NONE;
    }
    /* not an exception: PyErr_Display reports that instead, raising nothing */
    char line[256];
    snprintf(line, sizeof line, "TypeError: print_exception(): Exception expected for value, %s found\n",
             kr_type_name(args[1]));
    Str *msg = is_exc ? NULL : kr_str_from_cstr(th, line);
    Value text = is_exc ? kr_vm_exception_text(th, args[1]) : msg ? kr_from_obj(msg) : KR_VALUE_NULL;
    Str *wn = text ? kr_str_intern_cstr(th, "write") : NULL;
    Value write = wn ? kr_object_getattr(th, file, wn) : KR_VALUE_NULL;
    if (!write || !kr_vm_call(th, write, &text, 1, NULL))
        return KR_VALUE_NULL;
    Str *fn = kr_str_intern_cstr(th, "flush");
    Value flush = fn ? kr_object_getattr(th, file, fn) : KR_VALUE_NULL;
    if (!flush || !kr_vm_call(th, flush, NULL, 0, NULL))
        kr_err_clear(th);
    return KR_NONE;
}

/* An uncaught exception at the top of the main module: sys.excepthook
 * reports it.  The builtin hook prints directly; a replaced one is called,
 * and if it fails both errors are printed, as CPython's
 * _PyErr_PrintEx does. */
void kr_mod_sys_report_uncaught(Thread *th, Value exc)
{
    Str *name = kr_str_intern_cstr(th, "excepthook");
    Value hook = name ? kr_dict_get_str(th->vm->sys_module->dict, name) : KR_VALUE_NULL;
    bool builtin = hook && kr_is_type(hook, &kr_builtin_type) &&
                   ((Builtin *)kr_as_obj(hook))->def->fn == sys_excepthook;
    if (!hook || builtin || !kr_is_exc(exc)) {
        if (!hook) {
            fflush(stdout);
            fputs("sys.excepthook is missing\n", stderr);
        }
        kr_vm_print_exception(th, exc);
        return;
    }
    Value args[3] = {kr_from_obj(kr_type_of(exc)), exc, ((Exc *)kr_as_obj(exc))->traceback};
    if (kr_vm_call(th, hook, args, 3, NULL))
        return;
    Value err = kr_err_fetch(th);
    fflush(stdout);
    fputs("Error in sys.excepthook:\n", stderr);
    kr_vm_print_exception(th, err);
    fputs("\nOriginal exception was:\n", stderr);
    kr_vm_print_exception(th, exc);
}

/* ---- small queries ----------------------------------------------------------------- */

FUNC(sys_intern)
{
    if (kr_call_check_args(th, "intern", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_type(args[0], &kr_str_type))
        return kr_err_type_error(th, "intern() argument must be str, not %s", kr_type_name(args[0]));
    Str *s = kr_str_intern(th, kr_as_str(args[0]));
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* sys.getrefcount: krait has no reference counts (the collector traces), so
 * one constant answers every object.  Programs use it to compare a count
 * before and after an operation, which a constant satisfies; it is never 2,
 * so code that mutates in place only when it holds the sole reference
 * (count == 2 in CPython) does not. */
FUNC(sys_getrefcount)
{
    if (kr_call_check_args(th, "sys.getrefcount", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(3);
}

FUNC(sys_getdefaultencoding)
{
    if (kr_call_check_args(th, "getdefaultencoding", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Str *s = kr_str_from_cstr(th, "utf-8");
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

FUNC(sys_getfilesystemencodeerrors)
{
    Str *s = kr_str_from_cstr(th, "surrogateescape");
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* sys.getsizeof: krait's own sizes (the object's fixed part plus its
 * items); they are not CPython's, only plausible and monotonic in length. */
FUNC(sys_getsizeof)
{
    static const char *const names[] = {"object", "default", NULL};
    Value kv[2] = {0, 0};
    if (kr_mod_bind_args(th, "getsizeof", args, nargs, kw, names, 1, kv) < 0)
        return KR_VALUE_NULL;
    if (!kv[0])
        return kr_err_type_error(th, "getsizeof() missing required argument 'object' (pos 1)");
    Type *t = kr_type_of(kv[0]);
    Value hook = kr_type_lookup(t, kr_str_intern_cstr(th, "__sizeof__"));
    if (hook && (t->flags & KR_TYPE_HEAP)) {
        Value r = kr_vm_call_special(th, hook, kv[0], NULL, 0);
        if (!r)
            return KR_VALUE_NULL;
        if (!kr_is_int(r))
            return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer",
                                     kr_type_name(r));
        int64_t n;
        if (kr_int_as_i64(th, r, &n) < 0)
            return KR_VALUE_NULL;
        if (n < 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "__sizeof__() should return >= 0");
            return KR_VALUE_NULL;
        }
        return kr_int_from_i64(th, n + 16);
    }
    int64_t size = (int64_t)(kr_is_obj(kv[0]) ? t->size : 8) + 16;
    int64_t len = 0;
    if (t->len && t->len(th, kv[0], &len) == 0)
        size += len * (int64_t)(t->item_size ? t->item_size : sizeof(Value));
    kr_err_clear(th);
    return kr_from_smallint(size);
}

/* The RuntimeWarning of an unusable $PYTHONBREAKPOINT, through _warnings. */
static Value breakpoint_warn(Thread *th, const char *envar)
{
    kr_err_clear(th);
    Str *wm = kr_str_intern_cstr(th, "_warnings"), *wn = kr_str_intern_cstr(th, "warn");
    Value mod = wm ? kr_vm_import(th, wm, true) : KR_VALUE_NULL;
    Value warn = mod && wn ? kr_object_getattr(th, mod, wn) : KR_VALUE_NULL;
    char msg[512];
    snprintf(msg, sizeof msg, "Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", envar);
    Str *m = warn ? kr_str_from_cstr(th, msg) : NULL;
    Value wargs[2] = {m ? kr_from_obj(m) : KR_VALUE_NULL, kr_from_obj(&kr_exc_RuntimeWarning)};
    if (!m || !kr_vm_call(th, warn, wargs, 2, NULL))
        return KR_VALUE_NULL;
    return KR_NONE;
}

/* sys.breakpointhook(*args, **kws): calls what $PYTHONBREAKPOINT names
 * ("module.attr", a builtin's name, "0" for nothing; pdb.set_trace by
 * default), as CPython's sys_breakpointhook. */
FUNC(sys_breakpointhook)
{
    const char *envar = getenv("PYTHONBREAKPOINT");
    if (!envar || !*envar)
        envar = "pdb.set_trace";
    else if (strcmp(envar, "0") == 0)
        return KR_NONE;
    const char *dot = strrchr(envar, '.');
    if (dot == envar)
        return breakpoint_warn(th, envar);
    Str *modname = dot ? kr_str_from_utf8(th, envar, (size_t)(dot - envar))
                       : kr_str_intern_cstr(th, "builtins");
    Str *attr = kr_str_from_cstr(th, dot ? dot + 1 : envar);
    Str *iattr = attr ? kr_str_intern(th, attr) : NULL;
    Value mod = modname && iattr ? kr_vm_import(th, modname, true) : KR_VALUE_NULL;
    if (!mod) {
        if (kr_err_matches(th, &kr_exc_ImportError) || kr_err_matches(th, &kr_exc_ValueError))
            return breakpoint_warn(th, envar);
        return KR_VALUE_NULL;
    }
    Value hook = kr_object_getattr(th, mod, iattr);
    if (!hook) {
        if (kr_err_matches(th, &kr_exc_AttributeError))
            return breakpoint_warn(th, envar);
        return KR_VALUE_NULL;
    }
    return kr_vm_call(th, hook, args, nargs, kw);
}

FUNC(sys_is_finalizing)
{
    if (kr_call_check_args(th, "is_finalizing", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return th->vm->finalizing ? KR_TRUE : KR_FALSE;
}

FUNC(sys_call_tracing)
{
    if (kr_call_check_args(th, "call_tracing", nargs, 2, 2, kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_tuple(args[1]))
        return kr_err_type_error(th, "call_tracing() argument 2 must be tuple, not %s",
                                 kr_type_name(args[1]));
    Tuple *t = kr_as_tuple(args[1]);
    return kr_vm_call(th, args[0], t->items, (size_t)t->size, NULL);
}

/* sys.settrace / setprofile and their getters (vm/trace.c does the work). */
static Value set_hook(Thread *th, const char *name, size_t nargs, Tuple *kw, const Value *args,
                      bool profile)
{
    if (kr_call_check_args(th, name, nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    kr_trace_set(th, args[0] == KR_NONE ? KR_VALUE_NULL : args[0], profile);
    return KR_NONE;
}

FUNC(sys_settrace) { return set_hook(th, "sys.settrace", nargs, kw, args, false); }
FUNC(sys_setprofile) { return set_hook(th, "sys.setprofile", nargs, kw, args, true); }

FUNC(sys_gettrace)
{
    if (kr_call_check_args(th, "gettrace", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return th->trace_func ? th->trace_func : KR_NONE;
}

FUNC(sys_getprofile)
{
    if (kr_call_check_args(th, "getprofile", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return th->profile_func ? th->profile_func : KR_NONE;
}

/* sys.audit(event, *args): krait has no audit hooks, so nothing listens. */
FUNC(sys_audit)
{
    if (nargs < 1)
        return kr_err_type_error(th, "audit() missing 1 required positional argument: 'event'");
    return KR_NONE;     /* CPython checks the event's type only when a hook exists */
}

/* ---- asyncgen hooks (helper "net": what asyncio's event loop saves and
 * restores around run_forever).  Per thread, as in CPython. ---- */

static Type asyncgen_hooks_type;

FUNC(sys_get_asyncgen_hooks)
{
    static const char *const fields[] = {"firstiter", "finalizer", NULL};
    static const StructSeqDesc desc = {"asyncgen_hooks", fields, 2, false};
    if (kr_call_check_args(th, "get_asyncgen_hooks", nargs, 0, 0, kw) < 0 ||
        (!(asyncgen_hooks_type.flags & KR_TYPE_READY) &&
         kr_structseq_init_type(th, &asyncgen_hooks_type, &desc) < 0))
        return KR_VALUE_NULL;
    Value v[2] = {th->asyncgen_firstiter ? th->asyncgen_firstiter : KR_NONE,
                  th->asyncgen_finalizer ? th->asyncgen_finalizer : KR_NONE};
    return kr_structseq_new(th, &asyncgen_hooks_type, v);
}

FUNC(sys_set_asyncgen_hooks)
{
    static const char *const names[] = {"firstiter", "finalizer", NULL};
    Value v[2] = {KR_VALUE_NULL, KR_VALUE_NULL};
    if (kr_call_check_args(th, "set_asyncgen_hooks", nargs, 0, 2, NULL) < 0 ||
        kr_mod_parse_kwargs(th, "set_asyncgen_hooks", args + nargs, kw, names, v) < 0)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < nargs; i++)
        v[i] = args[i];
    for (int i = 0; i < 2; i++)
        if (v[i] && v[i] != KR_NONE && !kr_type_of(v[i])->call)
            return kr_err_type_error(th, "callable %s expected, got %s", names[i], kr_type_name(v[i]));
    if (v[1])
        th->asyncgen_finalizer = v[1] == KR_NONE ? KR_VALUE_NULL : v[1];
    if (v[0])
        th->asyncgen_firstiter = v[0] == KR_NONE ? KR_VALUE_NULL : v[0];
    return KR_NONE;
}

/* sys.set_coroutine_origin_tracking_depth(depth): CPython records where
 * each coroutine was created (cr_origin), that many frames deep.  krait
 * keeps the setting, per thread as CPython does, but records no origins:
 * cr_origin is None (docs/differences.md). */
FUNC(sys_get_coroutine_origin_tracking_depth)
{
    if (kr_call_check_args(th, "sys.get_coroutine_origin_tracking_depth", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(th->coro_origin_depth);
}

FUNC(sys_set_coroutine_origin_tracking_depth)
{
    static const char *const names[] = {"depth", NULL};
    Value v[1] = {KR_VALUE_NULL};
    if (kr_mod_bind_args(th, "set_coroutine_origin_tracking_depth", args, nargs, kw, names, 1,
                         v) < 0)
        return KR_VALUE_NULL;
    if (nargs)
        v[0] = args[0];
    if (!v[0])
        return kr_err_type_error(th, "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)");
    int64_t depth;
    if (kr_libutil_as_ssize(th, v[0], &depth) < 0)
        return KR_VALUE_NULL;
    if (depth < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "depth must be >= 0");
        return KR_VALUE_NULL;
    }
    th->coro_origin_depth = depth;
    return KR_NONE;
}

/* sys.setswitchinterval(interval) / getswitchinterval(): the value is
 * kept and reported; krait's threads are not switched on a timer. */
FUNC(sys_setswitchinterval)
{
    double d;
    if (kr_call_check_args(th, "setswitchinterval", nargs, 1, 1, kw) < 0 ||
        kr_float_as_double(th, args[0], &d) < 0)
        return KR_VALUE_NULL;
    if (d <= 0.0) {
        kr_err_set_string(th, &kr_exc_ValueError, "switch interval must be strictly positive");
        return KR_VALUE_NULL;
    }
    th->vm->switch_interval = d;
    return KR_NONE;
}

FUNC(sys_getswitchinterval)
{
    if (kr_call_check_args(th, "getswitchinterval", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_float_new(th, th->vm->switch_interval);
}

static const MethodDef sys_functions[] = {
    {"setswitchinterval", sys_setswitchinterval, "($module, interval, /)", NULL, 0},
    {"getswitchinterval", sys_getswitchinterval, "($module, /)", NULL, 0},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, "($module, /)", NULL, 0},
    {"get_coroutine_origin_tracking_depth", sys_get_coroutine_origin_tracking_depth, "($module, /)", NULL, 0},
    {"set_coroutine_origin_tracking_depth", sys_set_coroutine_origin_tracking_depth, "($module, /, depth)", NULL, 0},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks, "($module, /, firstiter=<unrepresentable>, finalizer=<unrepresentable>)", NULL, 0},
    {"is_finalizing", sys_is_finalizing, "($module, /)", NULL, 0},
    {"call_tracing", sys_call_tracing, "($module, func, args, /)", NULL, 0},
    {"audit", sys_audit, "($module, event, /, *args)", NULL, 0},
    {"breakpointhook", sys_breakpointhook, "($module, /, *args, **kws)", NULL, 0},
    {"exc_info", sys_exc_info, "($module, /)", NULL, 0},
    {"exception", sys_exception, "($module, /)", NULL, 0},
    {"_current_frames", sys_current_frames, "($module, /)", NULL, 0},
    {"_current_exceptions", sys_current_exceptions, "($module, /)", NULL, 0},
    {"_getframe", sys_getframe, "($module, depth=0, /)", NULL, 0},
    {"settrace", sys_settrace, "($module, function, /)", NULL, 0},
    {"setprofile", sys_setprofile, "($module, function, /)", NULL, 0},
    {"gettrace", sys_gettrace, "($module, /)", NULL, 0},
    {"getprofile", sys_getprofile, "($module, /)", NULL, 0},
    {"displayhook", sys_displayhook, "($module, object, /)", NULL, 0},
    {"excepthook", sys_excepthook, "($module, exctype, value, traceback, /)", NULL, 0},
    {"intern", sys_intern, "($module, string, /)", NULL, 0},
    {"getdefaultencoding", sys_getdefaultencoding, "($module, /)", NULL, 0},
    {"getfilesystemencoding", sys_getdefaultencoding, "($module, /)", NULL, 0},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, "($module, /)", NULL, 0},
    {"getsizeof", sys_getsizeof, NULL, NULL, 0},
    {"getrefcount", sys_getrefcount, "($module, object, /)", NULL, 0},
    {"getrecursionlimit", sys_getrecursionlimit, "($module, /)", NULL, 0},
    {"setrecursionlimit", sys_setrecursionlimit, "($module, limit, /)", NULL, 0},
    {"exit", sys_exit, "($module, status=None, /)", NULL, 0},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, "($module, /)", NULL, 0},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, "($module, /, maxdigits)", NULL, 0},
    {0},
};

static int set(Thread *th, Module *m, const char *name, Value v)
{
    Str *n = kr_str_intern_cstr(th, name);
    return v && n ? kr_dict_set_str(th, m->dict, n, v) : -1;
}

/* ---- static attributes ------------------------------------------------------------ */

/* The CPython release whose behaviour krait follows: the oracle's. */
enum { PY_MAJOR = 3, PY_MINOR = 11, PY_MICRO = 2 };

static Value cstr(Thread *th, const char *s)
{
    Str *r = kr_str_from_cstr(th, s);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static int add_stdin(Thread *th, Module *m)
{
    if (kr_mod__io_std_init(th, m->dict) < 0)
        return -1;
    /* __displayhook__ and __excepthook__: the originals, as CPython keeps them. */
    Str *dh = kr_str_intern_cstr(th, "displayhook"), *eh = kr_str_intern_cstr(th, "excepthook");
    Str *bh = kr_str_intern_cstr(th, "breakpointhook");
    if (!dh || !eh || !bh)
        return -1;
    return set(th, m, "__displayhook__", kr_dict_get_str(m->dict, dh)) < 0 ||
                   set(th, m, "__excepthook__", kr_dict_get_str(m->dict, eh)) < 0 ||
                   set(th, m, "__breakpointhook__", kr_dict_get_str(m->dict, bh)) < 0
               ? -1 : 0;
}

static Value make_seq(Thread *th, const StructSeqDesc *d, const Value *vals, int n)
{
    for (int i = 0; i < n; i++)
        if (!vals[i])
            return KR_VALUE_NULL;
    Type *t = kr_structseq_new_type(th, d);
    return t ? kr_structseq_new(th, t, vals) : KR_VALUE_NULL;
}

/* Where CPython's pure-Python standard library is (vm/import.c's prefix) */
#define KR_SYS_STDLIB_DIR "/usr/lib/python3.11"

static int add_versions(Thread *th, Module *m)
{
    static const char *const vi_fields[] = {"major", "minor", "micro", "releaselevel", "serial", NULL};
    static const StructSeqDesc vi_desc = {"sys.version_info", vi_fields, 5, false};
    Value vi[5] = {kr_from_smallint(PY_MAJOR), kr_from_smallint(PY_MINOR),
                   kr_from_smallint(PY_MICRO), cstr(th, "final"), kr_from_smallint(0)};
    Value version_info = make_seq(th, &vi_desc, vi, 5);
    int64_t hexversion = (PY_MAJOR << 24) | (PY_MINOR << 16) | (PY_MICRO << 8) | (0xf << 4);
    char version[128];
    snprintf(version, sizeof version, "%d.%d.%d (krait, " __DATE__ ") [GCC %d.%d.%d]", PY_MAJOR,
             PY_MINOR, PY_MICRO, __GNUC__, __GNUC_MINOR__, __GNUC_PATCHLEVEL__);
    Dict *impl = kr_dict_new(th);
    if (!impl || set(th, m, "version_info", version_info) < 0 ||
        set(th, m, "version", cstr(th, version)) < 0 ||
        set(th, m, "hexversion", kr_from_smallint(hexversion)) < 0 ||
        set(th, m, "api_version", kr_from_smallint(1013)) < 0)
        return -1;
    /* (implementation, branch, revision): platform._sys_version reads it */
    Value git[3] = {cstr(th, "krait"), cstr(th, ""), cstr(th, "")};
    Tuple *gt = git[0] && git[1] && git[2] ? kr_tuple_from_array(th, git, 3) : NULL;
    if (!gt || set(th, m, "_git", kr_from_obj(gt)) < 0 ||
        set(th, m, "_stdlib_dir", cstr(th, KR_SYS_STDLIB_DIR)) < 0)
        return -1;
    struct { const char *k; Value v; } items[] = {
        {"name", cstr(th, "krait")},
        {"cache_tag", cstr(th, "krait-311")},
        {"version", version_info},
        {"hexversion", kr_from_smallint(hexversion)},
        {"_multiarch", cstr(th, "x86_64-linux-gnu")},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(items); i++) {
        Str *k = kr_str_intern_cstr(th, items[i].k);
        if (!k || !items[i].v || kr_dict_set_str(th, impl, k, items[i].v) < 0)
            return -1;
    }
    return set(th, m, "implementation", kr_namespace_new(th, impl));
}

/* flags, float_info, int_info and hash_info.  The flags are those of a
 * plain `python3 script.py` run (krait has no command-line options yet);
 * int_info describes CPython's digits because programs use it to reason
 * about int_max_str_digits, which krait applies the same way. */
static int add_infos(Thread *th, Module *m)
{
    static const char *const fl_fields[] = {
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
        "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
        "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
        "safe_path", "int_max_str_digits", NULL};
    static const StructSeqDesc fl_desc = {"sys.flags", fl_fields, 18, false};
    Value fl[18];
    for (int i = 0; i < 18; i++)
        fl[i] = kr_from_smallint(0);
    fl[11] = kr_from_smallint(1);       /* hash_randomization */
    fl[13] = fl[16] = KR_FALSE;         /* dev_mode, safe_path */
    fl[17] = kr_from_smallint(-1);      /* int_max_str_digits: the default */

    static const char *const fi_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                            "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                            "rounds", NULL};
    static const StructSeqDesc fi_desc = {"sys.float_info", fi_fields, 11, false};
    Value fi[11] = {kr_float_new(th, DBL_MAX), kr_from_smallint(DBL_MAX_EXP),
                    kr_from_smallint(DBL_MAX_10_EXP), kr_float_new(th, DBL_MIN),
                    kr_from_smallint(DBL_MIN_EXP), kr_from_smallint(DBL_MIN_10_EXP),
                    kr_from_smallint(DBL_DIG), kr_from_smallint(DBL_MANT_DIG),
                    kr_float_new(th, DBL_EPSILON), kr_from_smallint(FLT_RADIX),
                    kr_from_smallint(1)};

    static const char *const ii_fields[] = {"bits_per_digit", "sizeof_digit",
                                            "default_max_str_digits",
                                            "str_digits_check_threshold", NULL};
    static const StructSeqDesc ii_desc = {"sys.int_info", ii_fields, 4, false};
    Value ii[4] = {kr_from_smallint(30), kr_from_smallint(4), kr_from_smallint(4300),
                   kr_from_smallint(640)};

    static const char *const hi_fields[] = {"width", "modulus", "inf", "nan", "imag",
                                            "algorithm", "hash_bits", "seed_bits", "cutoff",
                                            NULL};
    static const StructSeqDesc hi_desc = {"sys.hash_info", hi_fields, 9, false};
    Value hi[9] = {kr_from_smallint(64), kr_int_from_i64(th, ((int64_t)1 << 61) - 1),
                   kr_from_smallint(314159), kr_from_smallint(0), kr_from_smallint(1000003),
                   cstr(th, "siphash13"), kr_from_smallint(64), kr_from_smallint(128),
                   kr_from_smallint(0)};
    return set(th, m, "flags", make_seq(th, &fl_desc, fl, 18)) < 0 ||
                   set(th, m, "float_info", make_seq(th, &fi_desc, fi, 11)) < 0 ||
                   set(th, m, "int_info", make_seq(th, &ii_desc, ii, 4)) < 0 ||
                   set(th, m, "hash_info", make_seq(th, &hi_desc, hi, 9)) < 0
               ? -1 : 0;
}


static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* sys.builtin_module_names: the modules of modules.def, sorted as
 * CPython lists them. */
static Tuple *builtin_module_names(Thread *th)
{
    const char *names[] = {
#define KR_MODULE(name, init) #name,
#include "modules/modules.def"
#undef KR_MODULE
    };
    qsort(names, KR_ARRAY_LEN(names), sizeof names[0], cmp_cstr);
    Tuple *t = kr_tuple_new(th, KR_ARRAY_LEN(names));
    if (!t)
        return NULL;
    for (size_t i = 0; i < KR_ARRAY_LEN(names); i++)
        if (!(t->items[i] = cstr(th, names[i])))
            return NULL;
    return t;
}

/* sys.stdlib_module_names: a frozenset of str. */
static Value stdlib_module_names(Thread *th)
{
    static const char *const names[] = {
#include "modules/sys_stdlib.inc"
    };
    Set *s = kr_set_new(th, &kr_frozenset_type);
    if (!s)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < KR_ARRAY_LEN(names); i++) {
        Value n = cstr(th, names[i]);
        if (!n || kr_set_add(th, s, n) < 0)
            return KR_VALUE_NULL;
    }
    return kr_from_obj(s);
}

/* The remaining constants: byte order, executable, builtin module names,
 * thread_info, warnoptions and friends. */
static int add_misc(Thread *th, Module *m)
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = 0;
    Tuple *bn = builtin_module_names(th);
    if (!bn)
        return -1;
    static const char *const ti_fields[] = {"name", "lock", "version", NULL};
    static const StructSeqDesc ti_desc = {"sys.thread_info", ti_fields, 3, false};
    char libpthread[64] = "";
    size_t vn = confstr(_CS_GNU_LIBPTHREAD_VERSION, libpthread, sizeof libpthread);
    Value ti[3] = {cstr(th, "pthread"), cstr(th, "semaphore"),
                   vn > 1 ? cstr(th, libpthread) : KR_NONE};
    List *warnoptions = kr_list_new(th, 0);
    Dict *xoptions = kr_dict_new(th);
    if (!warnoptions || !xoptions)
        return -1;
    static const char copyright[] =
        "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
        "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
        "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
        "All Rights Reserved.\n\n"
        "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n"
        "All Rights Reserved.";
    if (set(th, m, "thread_info", make_seq(th, &ti_desc, ti, 3)) < 0 ||
        set(th, m, "warnoptions", kr_from_obj(warnoptions)) < 0 ||
        set(th, m, "_xoptions", kr_from_obj(xoptions)) < 0 ||
        set(th, m, "copyright", cstr(th, copyright)) < 0 ||
        set(th, m, "stdlib_module_names", stdlib_module_names(th)) < 0)
        return -1;
    return set(th, m, "maxunicode", kr_from_smallint(0x10FFFF)) < 0 ||
                   set(th, m, "byteorder", cstr(th, "little")) < 0 ||
                   set(th, m, "executable", cstr(th, exe)) < 0 ||
                   /* until the command line names them (sys_getpath.c) */
                   set(th, m, "_base_executable", cstr(th, exe)) < 0 ||
                   set(th, m, "float_repr_style", cstr(th, "short")) < 0 ||
                   set(th, m, "abiflags", cstr(th, "")) < 0 ||
                   set(th, m, "dont_write_bytecode", KR_FALSE) < 0 ||
                   set(th, m, "builtin_module_names", kr_from_obj(bn)) < 0
               ? -1 : 0;
}

/* ---- the command line (sys.h) ----------------------------------------------------- */

static Value sys_get(Thread *th, const char *name)
{
    Str *n = kr_str_intern_cstr(th, name);
    return n ? kr_dict_get_str(th->vm->sys_module->dict, n) : KR_VALUE_NULL;
}

static int set_flags(Thread *th, Module *m, const KrCmdline *cl)
{
    const int v[18] = {cl->debug, cl->inspect, cl->interactive, cl->optimize,
                       cl->dont_write_bytecode, cl->no_user_site, cl->no_site,
                       cl->ignore_environment, cl->verbose, cl->bytes_warning, cl->quiet,
                       cl->hash_randomization, cl->isolated, cl->dev_mode, cl->utf8_mode,
                       cl->warn_default_encoding, cl->safe_path, cl->int_max_str_digits};
    Value fl[18];
    for (int i = 0; i < 18; i++)
        fl[i] = kr_from_smallint(v[i]);
    fl[13] = kr_from_bool(cl->dev_mode);
    fl[16] = kr_from_bool(cl->safe_path);
    Value old = sys_get(th, "flags");
    Value flags = old ? kr_structseq_new(th, kr_type_of(old), fl) : KR_VALUE_NULL;
    return flags ? set(th, m, "flags", flags) : -1;
}

/* sys._xoptions: "name=value" maps name to the value, "name" to True. */
static int set_xoptions(Thread *th, const KrCmdline *cl)
{
    Value d = sys_get(th, "_xoptions");
    for (int i = 0; d && kr_is_dict(d) && i < cl->nxoptions; i++) {
        const char *x = cl->xoptions[i], *eq = strchr(x, '=');
        Str *k = kr_str_from_utf8(th, x, eq ? (size_t)(eq - x) : strlen(x));
        Value val = eq ? cstr(th, eq + 1) : KR_TRUE;
        if (!k || !val || kr_dict_set(th, kr_as_dict(d), kr_from_obj(k), val) < 0)
            return -1;
    }
    return 0;
}

static int append_cstrs(Thread *th, Value list, const char *const *items, int n)
{
    for (int i = 0; list && kr_is_list(list) && i < n; i++) {
        Value s = cstr(th, items[i]);
        if (!s || kr_list_append(th, kr_as_list(list), s) < 0)
            return -1;
    }
    return 0;
}

/* Remove n entries of sys.path from index at. */
static void path_remove(List *l, int64_t at, int64_t n)
{
    if (at < 0 || n <= 0 || at + n > l->size)
        return;
    memmove(&l->items[at], &l->items[at + n], sizeof(Value) * (size_t)(l->size - at - n));
    l->size -= n;
}

/* sys.path as the flags shape it: -E/-I ignore PYTHONPATH (which
 * kr_vm_set_script_path put after the script's directory), -P/-I leave
 * out the script's directory. */
static void shape_path(Thread *th, const KrCmdline *cl)
{
    Value p = sys_get(th, "path");
    if (!p || !kr_is_list(p))
        return;
    List *l = kr_as_list(p);
    const char *pp = getenv("PYTHONPATH");
    if (cl->ignore_environment && pp) {
        int64_t n = 0;
        for (const char *s = pp; s && *s;) {
            const char *end = strchr(s, ':');
            n += (end ? end - s : (ptrdiff_t)strlen(s)) > 0;
            s = end ? end + 1 : NULL;
        }
        path_remove(l, 1, n);
    }
    if (cl->safe_path)
        path_remove(l, 0, 1);
}

int kr_mod_sys_configure(Thread *th, const KrCmdline *cl)
{
    Module *m = th->vm->sys_module;
    if (cl->int_max_str_digits >= 0)
        th->vm->int_max_str_digits = cl->int_max_str_digits;
    List *orig = kr_list_new(th, 0);
    if (!orig || set(th, m, "orig_argv", kr_from_obj(orig)) < 0 ||
        append_cstrs(th, kr_from_obj(orig), (const char *const *)cl->orig_argv, cl->orig_argc) < 0 ||
        append_cstrs(th, sys_get(th, "warnoptions"), cl->warnoptions, cl->nwarnoptions) < 0 ||
        set_xoptions(th, cl) < 0 || set_flags(th, m, cl) < 0 ||
        kr_mod_sys_set_executable(th, m, cl) < 0 ||
        (cl->dont_write_bytecode && set(th, m, "dont_write_bytecode", KR_TRUE) < 0))
        return -1;
    shape_path(th, cl);
    th->vm->optimize = cl->optimize;
    Str *dbg = kr_str_intern_cstr(th, "__debug__");
    if (!dbg || kr_dict_set_str(th, th->vm->builtins, dbg, kr_from_bool(!cl->optimize)) < 0)
        return -1;
    /* builtins' stand-in exit()/quit() are site's to give (-S: none). */
    const char *const site_names[] = {"exit", "quit"};
    for (size_t i = 0; cl->no_site && i < KR_ARRAY_LEN(site_names); i++) {
        Str *n = kr_str_intern_cstr(th, site_names[i]);
        if (!n)
            return -1;
        if (kr_dict_get_str(th->vm->builtins, n) && kr_dict_del(th, th->vm->builtins, kr_from_obj(n)) < 0)
            return -1;
    }
    return 0;
}

int kr_mod_sys_init(Thread *th)
{
    if (kr_type_ready(th, &kr_frame_type) < 0 ||
        kr_type_ready(th, &kr_namespace_type) < 0)
        return -1;
    Str *name = kr_str_intern_cstr(th, "sys");
    Module *m = name ? kr_module_new(th, name) : NULL;
    if (!m || kr_module_add_functions(th, m, sys_functions) < 0)
        return -1;
    List *argv = kr_list_new(th, 0);
    List *path = kr_list_new(th, 0);      /* the script's directory goes first (import.c) */
    if (!argv || !path || set(th, m, "argv", kr_from_obj(argv)) < 0 ||
        set(th, m, "path", kr_from_obj(path)) < 0 ||
        set(th, m, "maxsize", kr_int_from_i64(th, INT64_MAX)) < 0 ||
        set(th, m, "modules", kr_from_obj(th->vm->modules)) < 0 ||
        set(th, m, "platform", kr_from_obj(kr_str_from_cstr(th, "linux"))) < 0)
        return -1;
    if (add_stdin(th, m) < 0 || add_versions(th, m) < 0 || add_infos(th, m) < 0 ||
        add_misc(th, m) < 0)
        return -1;
    th->vm->sys_module = m;
    return kr_dict_set_str(th, th->vm->modules, name, kr_from_obj(m));
}
