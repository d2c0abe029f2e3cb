/*
 * atexit.c -- the atexit module: register, unregister, _run_exitfuncs,
 * _clear, _ncallbacks.
 *
 * The callbacks live in the module's `_callbacks` list, where the
 * collector sees them: one tuple per registration, (func, number of
 * positional arguments, keyword names or None, the argument values...),
 * or None where unregister() removed one.  As in CPython, a removed slot
 * still counts for _ncallbacks() until the list is run or cleared.
 * kr_vm_finalize runs them at exit (normal end, sys.exit, an uncaught
 * exception; never os._exit), last registered first; an exception in one
 * is reported as unraisable and the others still run.
 */
#include "modules/libutil.h"
#include "modules/modules.h"

#include <stdio.h>

#include "core/state.h"
#include "modules/gcmodule.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

enum { CB_FUNC, CB_NPOS, CB_KWNAMES, CB_ARGS };

/* The module's callback list, or NULL when atexit is gone. */
static List *callbacks(Thread *th)
{
    Str *name = kr_str_intern_cstr(th, "atexit"), *k = kr_str_intern_cstr(th, "_callbacks");
    Value m = name ? kr_dict_get_str(th->vm->modules, name) : KR_VALUE_NULL;
    Value l = m && k && kr_is_type(m, &kr_module_type) ? kr_dict_get_str(((Module *)kr_as_obj(m))->dict, k)
                                                        : KR_VALUE_NULL;
    return l && kr_is_type(l, &kr_list_type) ? (List *)kr_as_obj(l) : NULL;
}

KR_LIB_FUNC(atexit_register)
{
    if (nargs == 0)
        return kr_err_type_error(th, "register() takes at least 1 argument (0 given)");
    if (!kr_type_of(args[0])->call)
        return kr_err_type_error(th, "the first argument must be callable");
    size_t nkw = kw ? (size_t)kw->size : 0;
    Tuple *cb = kr_tuple_new(th, (int64_t)(CB_ARGS + nargs - 1 + nkw));
    List *l = callbacks(th);
    if (!cb || !l)
        return KR_VALUE_NULL;
    cb->items[CB_FUNC] = args[0];
    cb->items[CB_NPOS] = kr_from_smallint((int64_t)nargs - 1);
    cb->items[CB_KWNAMES] = kw ? kr_from_obj(kw) : KR_NONE;
    for (size_t i = 1; i < nargs + nkw; i++)
        cb->items[CB_ARGS + i - 1] = args[i];
    return kr_list_append(th, l, kr_from_obj(cb)) < 0 ? KR_VALUE_NULL : args[0];
}

KR_LIB_FUNC(atexit_unregister)
{
    if (kr_call_check_args(th, "atexit.unregister", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    List *l = callbacks(th);
    for (int64_t i = 0; l && i < l->size; i++) {
        Value cb = l->items[i];
        if (cb == KR_NONE)
            continue;
        int eq = kr_object_richcompare_bool(th, kr_as_tuple(cb)->items[CB_FUNC], args[0], KR_EQ);
        if (eq < 0)
            return KR_VALUE_NULL;
        if (eq && i < l->size)
            l->items[i] = KR_NONE;
    }
    return KR_NONE;
}

/* Call the callbacks, last first, then forget them all (a callback that
 * registers another does not get it run: CPython's loop starts from the
 * count it saw). */
void kr_mod_atexit_run(Thread *th)
{
    List *l = callbacks(th);
    if (!l)
        return;
    for (int64_t i = l->size - 1; i >= 0; i--) {
        if (i >= l->size || l->items[i] == KR_NONE)
            continue;
        Tuple *cb = kr_as_tuple(l->items[i]);
        Value kwn = cb->items[CB_KWNAMES];
        Value r = kr_vm_call(th, cb->items[CB_FUNC], cb->items + CB_ARGS,
                             (size_t)kr_as_smallint(cb->items[CB_NPOS]),
                             kwn == KR_NONE ? NULL : kr_as_tuple(kwn));
        if (!r) {
            Value exc = kr_err_fetch(th);
            kr_vm_flush_stdout(th);
            Value rep = kr_object_repr(th, cb->items[CB_FUNC]);
            fputs("Exception ignored in atexit callback: ", stderr);
            size_t n;
            const char *s = rep ? kr_str_utf8(th, kr_as_str(rep), &n) : NULL;
            if (s)
                fwrite(s, 1, n, stderr);
            kr_err_clear(th);
            fputc('\n', stderr);
            kr_vm_print_exception(th, exc);
            fflush(stderr);
        }
    }
    l->size = 0;
}

KR_LIB_FUNC(atexit_run_exitfuncs)
{
    if (kr_call_check_args(th, "atexit._run_exitfuncs", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    kr_mod_atexit_run(th);
    return KR_NONE;
}

KR_LIB_FUNC(atexit_clear)
{
    if (kr_call_check_args(th, "atexit._clear", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    List *l = callbacks(th);
    if (l)
        l->size = 0;
    return KR_NONE;
}

KR_LIB_FUNC(atexit_ncallbacks)
{
    if (kr_call_check_args(th, "atexit._ncallbacks", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    List *l = callbacks(th);
    return kr_from_smallint(l ? l->size : 0);
}

static const MethodDef atexit_functions[] = {
    {"register", atexit_register, "($module, func, /, *args, **kwargs)", NULL, 0},
    {"unregister", atexit_unregister, "($module, func, /)", NULL, 0},
    {"_run_exitfuncs", atexit_run_exitfuncs, "($module, /)", NULL, 0},
    {"_clear", atexit_clear, "($module, /)", NULL, 0},
    {"_ncallbacks", atexit_ncallbacks, "($module, /)", NULL, 0},
    {0},
};

int kr_mod_atexit_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "atexit", atexit_functions);
    List *l = m ? kr_list_new(th, 0) : NULL;
    Str *k = kr_str_intern_cstr(th, "_callbacks");
    return l && k ? kr_dict_set_str(th, m->dict, k, kr_from_obj(l)) : -1;
}
