/*
 * modules.h -- the built-in modules (one file each).
 *
 * Each module is a MethodDef table plus an init function that makes the
 * module object and registers it in sys.modules.
 */
#ifndef KR_MODULES_H
#define KR_MODULES_H

#include "objects/object.h"

#define KR_MODULE(name, init) KR_MUST_CHECK int init(Thread *th);
#include "modules/modules.def"
#undef KR_MODULE
/* The running contextvars.Context's mapping of variables (_contextvars.c),
 * or NULL before any context exists.  The mapping is never changed in
 * place (ContextVar.set installs a new one), so while it is the same
 * object every variable still has the value read under it: decimal
 * caches its current context on it. */
Obj *kr_mod_contextvars_vars(Thread *th);
/* v as a double, as CPython's PyFloat_AsDouble (__float__, __index__):
 * math's and cmath's real arguments. */
KR_MUST_CHECK int kr_mod_math_as_double(Thread *th, Value v, double *out);
/* format(v, spec) */
KR_MUST_CHECK Value kr_mod_builtins_format(Thread *th, Value v, Value spec);
/* Write a str to sys.stdout (or the given file object). */
KR_MUST_CHECK int kr_mod_sys_write(Thread *th, Value file, Str *s);
/* exec, eval, compile, globals, locals, vars, dir, input, breakpoint
 * (builtins_ns.c), added to the builtins module by its init. */
extern const MethodDef kr_mod_builtins_ns_functions[];
/* What a module or class body with annotations calls first (compile.c):
 * __annotations__ = {} in the running frame's namespace unless present. */
extern const MethodDef kr_mod_builtins_setup_annotations_def;
/* The builtin that compile(..., 'single') code calls with the value of
 * an expression statement: it hands the value to sys.displayhook. */
extern const MethodDef kr_mod_sys_print_expr_def;
/* Report an exception that ended the main module: sys.excepthook. */
void kr_mod_sys_report_uncaught(Thread *th, Value exc);
/* Keyword arguments of a builtin: for each name in names (NULL-ended),
 * out[i] receives the value or stays as the caller set it.  An unknown
 * keyword is a TypeError naming fname. */
KR_MUST_CHECK int kr_mod_parse_kwargs(Thread *th, const char *fname, const Value *kwvalues,
                                      Tuple *kwnames, const char *const *names, Value *out);
 /* Positional and keyword arguments together, with CPython's errors for
 * too many, a missing one of the first nrequired, one given by name and
 * position, an unknown keyword: out[i] is the argument for names[i] (at
 * most 16) or stays as the caller set it. */
KR_MUST_CHECK int kr_mod_bind_args(Thread *th, const char *fname, const Value *args, size_t nargs,
                                   Tuple *kwnames, const char *const *names, size_t nrequired,
                                   Value *out);

/* warnings.warn(msg, category) from C, for the caller's line: 0, or -1
 * when a filter turned the warning into an exception. */
KR_MUST_CHECK int kr_mod_warn(Thread *th, Type *category, const char *msg);

/* Run the Python handlers of signals that arrived (_signal.c); -1 if one raised. */
KR_MUST_CHECK int kr_mod__signal_run_pending(Thread *th);
/* True if a signal arrived whose handler has not run yet. */
bool kr_mod__signal_tripped(void);
/* _imp's frozen-modules switch (_override_frozen_modules_for_tests): set
 * it to value and return what it was (vm/import.c runs importlib's _setup
 * with it off: the modules krait loaded are never frozen ones). */
int kr_mod__imp_frozen_override(Thread *th, int value);
/* atexit: run (and forget) the registered callbacks, last first. */
void kr_mod_atexit_run(Thread *th);
/* str.encode / bytes.decode for an encoding that is not built in: through
 * the codec registry (_codecs.c).  errors may be KR_VALUE_NULL. */
KR_MUST_CHECK Value kr_mod__codecs_call(Thread *th, bool encode, Value obj, Value encoding,
                                        Value errors);
/* Flush the buffered files _io still holds (at exit). */
void kr_mod__io_flush(Thread *th);
/* Once at exit, first: flush a sys.stdout/sys.stderr the program replaced
 * (CPython's flush_std_files); -1 if stdout's flush failed (reported). */
int kr_mod__io_flush_std(Thread *th);
/* The standard streams (_io_std.c): made into sys's dict at start-up; the
 * exact text type, its write (print's fast path) and flush; -u's switch
 * (unbuffered stdout/stderr), to be called before anything is written. */
extern Type kr_mod__io_std_text_type;
KR_MUST_CHECK int kr_mod__io_std_init(Thread *th, Dict *sysdict);
KR_MUST_CHECK int kr_mod__io_std_write(Thread *th, Value stream, Str *s);
KR_MUST_CHECK int kr_mod__io_std_flush(Thread *th, Value stream);
void kr_mod__io_std_unbuffered(Thread *th);
/* PYTHONIOENCODING's value applied to the three streams; -1 with an
 * exception (an unknown encoding). */
KR_MUST_CHECK int kr_mod__io_std_encoding(Thread *th, const char *spec);

#endif
