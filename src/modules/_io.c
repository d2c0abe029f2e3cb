/*
 * _io.c -- builtins.open before the first import of _io (and
 * builtins.__import__, the import system's entry from Python), and the
 * exit-time flushes of what _io and a replaced sys.stdout still hold.
 *
 * The _io module itself is Python (lib/_io.py); importing it at start-up
 * would cost every program, so builtins.open starts as this small C
 * function that imports _io on first use and hands the call over.  _io's
 * import replaces builtins.open by _io.open, so afterwards `open is
 * io.open`, as in CPython.
 */
#include "core/state.h"
#include "modules/gcmodule.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

static Value builtin_open(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    Str *name = kr_str_intern_cstr(th, "_io"), *k_open = kr_str_intern_cstr(th, "open");
    Value m = name && k_open ? kr_vm_import(th, name, true) : KR_VALUE_NULL;
    Value f = m ? kr_object_getattr(th, m, k_open) : KR_VALUE_NULL;
    return f ? kr_vm_call(th, f, args, nargs, kw) : KR_VALUE_NULL;
}

static const MethodDef open_def[] = {
    {"open", builtin_open,
     "($module, /, file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, "
     "closefd=True, opener=None)", NULL, 0},
    {0},
};

int kr_mod__io_init(Thread *th)
{
    return kr_module_add_functions(th, th->vm->builtins_module, open_def);
}

/* sys.stdout or sys.stderr at exit, when a program replaced it by its own
 * object: flushed through its flush method unless it is closed, as
 * CPython's flush_std_files does (the native streams are the C library's
 * and vm.c flushes those).  A failing stdout flush is reported as
 * unraisable and makes the exit status 120; stderr's is dropped. */
static int flush_replaced(Thread *th, const char *which, bool report)
{
    Str *name = kr_str_intern_cstr(th, which), *closed = kr_str_intern_cstr(th, "closed");
    Value f = name ? kr_dict_get_str(th->vm->sys_module->dict, name) : KR_VALUE_NULL;
    kr_err_clear(th);
    if (!f || f == KR_NONE || kr_is_type(f, &kr_mod__io_std_text_type) || !closed)
        return 0;
    Value c = kr_object_getattr(th, f, closed);
    int is_closed = c ? kr_object_truth(th, c) : 0;
    kr_err_clear(th);
    if (is_closed > 0)
        return 0;
    Value flush = kr_object_getattr(th, f, KR_NAME(th, flush));
    if (flush && kr_vm_call(th, flush, NULL, 0, NULL))
        return 0;
    Value exc = kr_err_fetch(th);
    if (!report)
        return 0;
    kr_mod_gc_write_unraisable(th, exc, f);
    return -1;
}

int kr_mod__io_flush_std(Thread *th)
{
    int rc = flush_replaced(th, "stdout", true);
    flush_replaced(th, "stderr", false);
    return rc;
}

/* Push down what the writers in lib/_io.py's _writers still hold (files
 * with unflushed data): at exit and from gc.collect(), never from a
 * finalizer, which could run inside one of their writes. */
void kr_mod__io_flush(Thread *th)
{
    Str *name = kr_str_intern_cstr(th, "_io"), *fn = kr_str_intern_cstr(th, "_flush_writers");
    Value m = name && fn ? kr_dict_get_str(th->vm->modules, name) : KR_VALUE_NULL;
    Value f = m ? kr_object_getattr(th, m, fn) : KR_VALUE_NULL;
    if (f && !kr_vm_call(th, f, NULL, 0, NULL))
        kr_err_clear(th);
    kr_err_clear(th);
}
