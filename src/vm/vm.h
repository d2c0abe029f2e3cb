/*
 * vm.h -- the VM's life cycle and the interpreter's out-of-line helpers.
 *
 * kr_vm_new builds a VM and its main thread: the collector, the interned
 * names, the builtin types made ready, the builtins and sys modules.
 * kr_vm_run_main runs a compiled module as __main__ and reports an
 * uncaught exception as CPython does.
 *
 * The kr_vm_* helpers below are the named slow paths of the dispatch loop
 * (STYLE.md principle 8): everything an instruction body needs that is
 * not a few lines.
 */
#ifndef KR_VM_H
#define KR_VM_H

#include "core/state.h"
#include "objects/code.h"
#include "objects/list.h"

KR_MUST_CHECK Thread *kr_vm_new(void);
/* The built-in C module called name (modules.def), made now if it was not
 * yet; KR_VALUE_NULL with no exception set when there is none. */
KR_MUST_CHECK Value kr_vm_builtin_module(Thread *th, Str *name);
/* Run code as the __main__ module; returns the process exit status
 * (0, 1 after printing a traceback, or SystemExit's code). */
int kr_vm_run_main(Thread *th, Code *code);
/* The way out of a program (CPython's Py_FinalizeEx): atexit callbacks,
 * stdout flushed (a failure makes the status 120), finalizers; after an
 * uncaught KeyboardInterrupt the process kills itself with SIGINT.
 * Returns the exit status. */
int kr_vm_finalize(Thread *th, int status, bool keyboard_interrupt);
/* The slow path of a safe point, taken when kr_eval_breaker is set: the
 * instruction budget, queued finalizers, pending signal handlers (main
 * thread only).  -1 with an exception set if a handler raised. */
KR_MUST_CHECK int kr_vm_safe_point(Thread *th);
/* For long-running C loops (sum over a huge range, sorting, str * n,
 * the regex engine): one load when nothing is pending. */
KR_MUST_CHECK int kr_vm_check_signals(Thread *th);
/* The same as a callback for C engines (the _sre engine's st.interrupt,
 * with the Thread as its argument): nonzero, exception set, to stop. */
int kr_vm_interrupt_hook(void *th);
/* Flush sys.stdout's buffer (krait keeps it in C stdio). */
void kr_vm_flush_stdout(Thread *th);
/* Print exc (and its chain) the way CPython's default excepthook does. */
void kr_vm_print_exception(Thread *th, Value exc);
/* The same report as a str (sys.excepthook writes it to sys.stderr). */
KR_MUST_CHECK Value kr_vm_exception_text(Thread *th, Value exc);

/* ---- slow paths of instructions (vm.c, exceptions.c) ---------------------- */
void kr_vm_unbound_local(Thread *th, Code *code, unsigned reg);
void kr_vm_unbound_deref(Thread *th, Code *code, unsigned reg);
const ExcEntry *kr_vm_find_handler(const Code *code, uint32_t pc);
void kr_vm_chain_context(Thread *th, Value exc);
void kr_vm_raise(Thread *th, Value exc, Value cause);
int kr_vm_exc_match(Thread *th, Value exc, Value cls);
KR_MUST_CHECK Value kr_vm_format_value(Thread *th, Value v, unsigned conv, Value spec);
/* Up to limit + 1 items of an iterable (so "too many values" is detected
 * without exhausting an endless iterator); limit -1: all. */
KR_MUST_CHECK List *kr_vm_unpack_iterable(Thread *th, Value src, unsigned limit);
void kr_vm_unpack_error(Thread *th, int64_t got, unsigned expected);
KR_MUST_CHECK Value kr_vm_call_ex(Thread *th, Value f, Value args, Value kwargs);
/* DICT_MERGE: add mapping src's items to the keyword dict of a call of
 * func, with CPython's errors for a non-mapping and a repeated keyword. */
KR_MUST_CHECK int kr_vm_dict_merge(Thread *th, Dict *d, Value src, Value func);
void kr_vm_star_error(Thread *th, Value src, Value func);
struct Frame;
KR_MUST_CHECK Value kr_vm_make_function(Thread *th, struct Frame *frame, Obj *code,
                                        unsigned flags, const Value *extra);
/* import: the top-level package of `name` (import a.b binds a), or with
 * leaf the module `name` itself (import a.b as x, from a.b import ...). */
KR_MUST_CHECK Value kr_vm_import(Thread *th, Str *name, bool leaf);
/* from module import name: the attribute, or the submodule. */
/* from .name import ... : name (possibly "") relative to the package of
 * the module whose globals are given, `level` dots up. */
KR_MUST_CHECK Value kr_vm_import_relative(Thread *th, Str *name, int level, Dict *globals);
/* from module import *: its __all__, or its names not starting with '_'. */
KR_MUST_CHECK int kr_vm_import_star(Thread *th, Value module, Dict *ns);
/* Raise what CPython raises for a compile-time error e in `filename`
 * (import.c): SyntaxError/IndentationError/TabError, or MemoryError. */
typedef struct SyntaxErr SyntaxErr;
void kr_vm_raise_syntax_error(Thread *th, const SyntaxErr *e, const char *filename);
/* Issue the parser's DeprecationWarnings (parse/parse.h) for filename; one
 * an "error" filter raises becomes a SyntaxError at its literal.  0 or -1. */
struct ParseWarning;
KR_MUST_CHECK int kr_vm_parse_warnings(Thread *th, const struct ParseWarning *w,
                                     const char *filename);
/* builtins.__import__ */
/* sys.meta_path, sys.path_hooks or sys.path_importer_cache read before
 * importlib was imported: importlib is imported (which installs them as
 * CPython's start-up does) and the attribute returned; KR_VALUE_NULL with
 * no exception for any other name. */
KR_MUST_CHECK Value kr_vm_sys_import_state(Thread *th, Str *name);
KR_MUST_CHECK Value kr_vm_builtin_import(Thread *th, Value self, const Value *args, size_t nargs,
                                         Tuple *kwnames);
KR_MUST_CHECK Value kr_vm_import_from(Thread *th, Value module, Str *name);
/* Whether module's body is still running (a circular import in progress). */
bool kr_vm_module_initializing(Thread *th, Value module);
/* sys.path[0] := the directory of the script being run. */
KR_MUST_CHECK int kr_vm_set_script_path(Thread *th, const char *script);
/* sys.argv = argv[0..argc), as given on the command line. */
KR_MUST_CHECK int kr_vm_set_argv(Thread *th, int argc, char **argv);
/* BEFORE_WITH: out[0] := bound __exit__, out[1] := mgr.__enter__(). */
KR_MUST_CHECK int kr_vm_before_with(Thread *th, Value mgr, Value *out);
/* GET_ATTR / LOAD_METHOD on an instance of a Python class, through the
 * instruction's inline cache (which remembers what the class MRO holds
 * for the name, keyed on (type, type_epoch)).  For LOAD_METHOD, self_out
 * is non-NULL and receives obj when a plain function is found (no bound
 * method is made). */
KR_MUST_CHECK Value kr_vm_getattr_cached(Thread *th, struct Frame *frame, Value obj, Str *name,
                                         uint32_t pc, Value *self_out);
/* LOAD_GLOBAL's miss path: look the name up and fill the inline cache. */
KR_MUST_CHECK Value kr_vm_load_global_slow(Thread *th, struct Frame *frame, Str *name,
                                           uint32_t pc);

#endif
