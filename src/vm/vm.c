/*
 * vm.c -- creating the VM, running __main__, and the interpreter's
 * out-of-line helpers (vm.h).
 *
 * Start-up order matters and is the only place it is written down:
 *   1. the collector and GMP's allocator;
 *   2. the VM and main Thread records (collector memory, the VM a root);
 *   3. the interned-string table, then the names of names.def, the empty
 *      str and tuple -- everything after this may create strings;
 *   4. every builtin type made ready (their dicts hold interned names);
 *   5. the preallocated MemoryError, then the builtins and sys modules.
 */
#include "modules/gcmodule.h"
#include "vm/vm.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gc/gc.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/complex.h"
#include "objects/exception.h"
#include "objects/nameerror.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/genericalias.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/slotwrap.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/match.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "objects/mappingproxy.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/thread.h"
#include "vm/thread_lock.h"

extern Type kr_member_descr_type, kr_classmethod_descr_type;

static Type *const builtin_types[] = {
    &kr_object_type, &kr_type_type, &kr_none_type, &kr_int_type, &kr_bool_type,
    &kr_float_type, &kr_complex_type, &kr_str_type, &kr_str_iter_type, &kr_tuple_type, &kr_tuple_iter_type,
    &kr_list_type, &kr_list_iter_type, &kr_dict_type, &kr_dict_keys_type,
    &kr_dict_values_type, &kr_dict_items_type, &kr_dict_iter_type, &kr_range_type,
    &kr_range_iter_type, &kr_slice_type, &kr_notimpl_type, &kr_ellipsis_type,
    &kr_function_type, &kr_cell_type, &kr_builtin_type, &kr_method_descr_type,
    &kr_method_type, &kr_code_type, &kr_module_type, &kr_member_descr_type, &kr_getset_descr_type,
    &kr_generator_type, &kr_set_type, &kr_frozenset_type, &kr_set_iter_type,
    &kr_bytes_type, &kr_bytes_iter_type, &kr_bytearray_type, &kr_bytearray_iter_type,
    &kr_wrapper_descr_type, &kr_method_wrapper_type,
    /* the other dict iterators (helper "methods") */
    &kr_dict_valueiter_type, &kr_dict_itemiter_type, &kr_dict_revkeyiter_type,
    &kr_dict_revvalueiter_type, &kr_dict_revitemiter_type, &kr_list_reviter_type,
    &kr_classmethod_descr_type, &kr_longrange_iter_type,
    /* async (vm/generator.c, vm/coroutine.c) */
    &kr_coroutine_type, &kr_async_generator_type, &kr_coro_wrapper_type,
    &kr_async_gen_asend_type, &kr_async_gen_athrow_type, &kr_anext_awaitable_type,
    /* imp: type.__dict__ */
    &kr_mappingproxy_type,
};

/* BaseExceptionGroup is generic too, once the exceptions exist. */
static int add_group_class_getitem(Thread *th)
{
    extern Type kr_classmethod_type;
    const MethodDef *def = &kr_genericalias_class_getitem;
    Str *name = kr_str_intern_cstr(th, def->name);
    Value fn = name ? kr_builtin_new(th, def, KR_VALUE_NULL, KR_VALUE_NULL) : KR_VALUE_NULL;
    Value cm = fn ? kr_classmethod_type.new_(th, &kr_classmethod_type, &fn, 1, NULL) : KR_VALUE_NULL;
    return cm ? kr_dict_set_str(th, kr_exc_BaseExceptionGroup.dict, name, cm) : -1;
}

/* The C modules (modules.def).  Those the start-up itself needs, or whose
 * init does more than make its module (_io puts open() in builtins), are
 * made by kr_vm_new; the rest when first imported (kr_vm_builtin_module),
 * as CPython's are: `krait -c pass` then neither runs 35 module inits nor
 * maps the libraries behind them. */
typedef struct ModuleDef {
    const char *name;
    int (*init)(Thread *th);
} ModuleDef;

static const ModuleDef module_defs[] = {
#define KR_MODULE(name, init) {#name, init},
#include "modules/modules.def"
#undef KR_MODULE
};

static bool is_eager(const char *name)
{
    static const char *const eager[] = {
        "builtins", "sys", "_imp", "marshal", "errno", "posix", "_io", "_io_native", "_signal",
        "_thread", "_warnings", "_weakref", "_abc", "time", "atexit", "gc",
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(eager); i++)
        if (strcmp(eager[i], name) == 0)
            return true;
    return false;
}

/* Run def's init, which registers its module in sys.modules, and remember
 * the module: import finds it again after del sys.modules[name]. */
static int init_module(Thread *th, const ModuleDef *def)
{
    if (def->init(th) < 0)
        return -1;
    Str *name = kr_str_intern_cstr(th, def->name);
    Value m = name ? kr_dict_get_str(th->vm->modules, name) : KR_VALUE_NULL;
    if (!m)     /* an init that extends another module (_io: builtins.open) */
        return name ? 0 : -1;
    /* a top-level module's package is '' (importlib sets the spec and
     * loader once a program imports it: vm/import.c) */
    Str *k_pkg = kr_str_intern_cstr(th, "__package__");
    Dict *d = kr_is_type(m, &kr_module_type) ? ((Module *)kr_as_obj(m))->dict : NULL;
    if (!k_pkg || (d && !kr_dict_get_str(d, k_pkg) &&
                   kr_dict_set_str(th, d, k_pkg, kr_from_obj(th->vm->empty_str)) < 0))
        return -1;
    return kr_dict_set_str(th, th->vm->builtin_modules, name, m);
}

Thread *kr_vm_new(void)
{
    kr_gc_init();
    kr_int_init_gmp();
    VM *vm = kr_gc_alloc_root(sizeof *vm);
    Thread *th = vm ? kr_gc_alloc(sizeof *th) : NULL;
    if (!th)
        return NULL;
    kr_assert(((uintptr_t)vm & 63) == 0);     /* ObjLock's alignment (core/state.h) */
    vm->threads = vm->main_thread = th;
    pthread_mutex_init(&vm->lock, NULL);
    vm->recursion_limit = 1000;
    vm->switch_interval = 0.005;
    vm->int_max_str_digits = 4300;
    th->vm = vm;
    th->handled = KR_NONE;
    kr_thread_init_main(th);     /* identity, C stack limit */
    if (kr_frame_init_stack(th) < 0)
        return NULL;
    /* The interned table must exist before any str is interned; its own
     * creation interns nothing. */
    vm->interned = kr_dict_new(th);
    if (!vm->interned)
        return NULL;
    vm->empty_str = kr_str_alloc(th, 0, 1, true);
    vm->empty_tuple = kr_tuple_new(th, 0);
    if (!vm->empty_str || !vm->empty_tuple)
        return NULL;
    static const char *const names[] = {
#define KR_NAME_DEF(n) #n,
#include "objects/names.def"
#undef KR_NAME_DEF
    };
    for (int i = 0; i < KR_NAME_COUNT; i++)
        if (!(vm->names[i] = kr_str_intern_cstr(th, names[i])))
            return NULL;
    kr_match_init_types();
    for (size_t i = 0; i < KR_ARRAY_LEN(builtin_types); i++)
        if (kr_type_ready(th, builtin_types[i]) < 0)
            return NULL;
    if (kr_genericalias_init(th) < 0)     /* list[int], int | str */
        return NULL;
    vm->modules = kr_dict_new(th);
    if (!vm->modules)
        return NULL;
    /* The MemoryError instance is made before anything can need it. */
    Dict *scratch = kr_dict_new(th);
    if (!scratch || kr_exception_init(th, scratch) < 0)
        return NULL;
    vm->memory_error = kr_exception_new(th, &kr_exc_MemoryError, NULL, 0);
    if (!vm->memory_error)
        return NULL;
    vm->builtin_modules = kr_dict_new(th);
    if (!vm->builtin_modules)
        return NULL;
    for (size_t i = 0; i < KR_ARRAY_LEN(module_defs); i++) {
        if (!is_eager(module_defs[i].name))
            continue;
        if (init_module(th, &module_defs[i]) < 0)
            return NULL;
        if (i == 0 && kr_exception_init(th, vm->builtins) < 0)   /* builtins made: add exceptions */
            return NULL;
        if (i == 0 && add_group_class_getitem(th) < 0)   /* BaseExceptionGroup[...] */
            return NULL;
    }
    return th;
}

Value kr_vm_builtin_module(Thread *th, Str *name)
{
    Value m = kr_dict_get_str(th->vm->builtin_modules, name);
    if (m)
        return m;
    size_t len;
    const char *s = kr_str_utf8(th, name, &len);
    if (!s)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < KR_ARRAY_LEN(module_defs); i++)
        if (strlen(module_defs[i].name) == len && memcmp(module_defs[i].name, s, len) == 0)
            return init_module(th, &module_defs[i]) < 0 ? KR_VALUE_NULL
                 : kr_dict_get_str(th->vm->builtin_modules, name);
    return KR_VALUE_NULL;
}

void kr_vm_flush_stdout(Thread *th)
{
    fflush(stdout);
}

/* ---- safe points ------------------------------------------------------------------- */

KrEvalBreaker kr_eval_breaker_line;

/* The instruction budget is spent: every later safe point raises again, so
 * a program that catches the KeyboardInterrupt still cannot run on. */
static int budget_exhausted(Thread *th)
{
    kr_eval_breaker = 1;
    Value e = kr_exception_new(th, &kr_exc_KeyboardInterrupt, NULL, 0);
    if (e)
        kr_err_set(th, e);
    return -1;
}

int kr_vm_safe_point(Thread *th)
{
    bool main = th == th->vm->main_thread;
    /* Clear first: a signal arriving while the handlers run sets it again.
     * Only the main thread runs signal handlers, so another thread leaves
     * the word set for it when something is tripped. */
    kr_eval_breaker = 0;
    if (!main && kr_mod__signal_tripped())
        kr_eval_breaker = 1;
    /* While a trace or profile hook is set, every safe point is where a
     * loop that runs untraced (entered from C before tracing began) picks
     * up the tracing table (vm/trace.h): keep the word set. */
    if (th->trace_func || th->profile_func)
        kr_eval_breaker = 1;
    if (th->budget_on) {
        kr_eval_breaker = 1;
        if (--th->budget_left < 0)
            return budget_exhausted(th);
    }
    if (KR_UNLIKELY(th->vm->finalizing))
        kr_thread_safe_point(th);     /* daemon threads stop at exit */
    if (kr_gc_finalizers_pending())
        kr_mod_gc_run_auto(th);
    if (main && kr_mod__signal_run_pending(th) < 0)
        return -1;
    return 0;
}

int kr_vm_check_signals(Thread *th)
{
    return KR_UNLIKELY(kr_eval_breaker) ? kr_vm_safe_point(th) : 0;
}

int kr_vm_interrupt_hook(void *th)
{
    return kr_vm_check_signals(th) < 0;
}

/* ---- the way out ------------------------------------------------------------------- */

/* Flush sys.stdout at exit; a failure (a closed pipe) is reported as
 * CPython's flush_std_files reports it, and turns the status into 120. */
static int flush_at_exit(Thread *th, int status)
{
    kr_mod__io_flush(th);
    if (fflush(stdout) == 0 && !ferror(stdout))
        return status;
    int e = errno;
    clearerr(stdout);
    /* What is left cannot be written: drop it, or exit() tries again. */
    int fd = dup(1), devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) {
        dup2(devnull, 1);
        fflush(stdout);
        close(devnull);
    }
    if (fd >= 0) {
        dup2(fd, 1);
        close(fd);
    }
    const char *name = e == EPIPE ? "BrokenPipeError" : "OSError";
    fprintf(stderr, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' "
                    "encoding='utf-8'>\n%s: [Errno %d] %s\n", name, e, strerror(e));
    return 120;
}

/* CPython's Py_FinalizeEx, as far as krait has its parts: atexit
 * callbacks, the standard streams flushed, __del__ of what is left, and an
 * uncaught KeyboardInterrupt re-delivered as SIGINT so the parent sees the
 * process killed by it (status 130 in a shell). */
int kr_vm_finalize(Thread *th, int status, bool keyboard_interrupt)
{
    kr_thread_shutdown(th);     /* threading._shutdown: join non-daemon threads */
    kr_mod_atexit_run(th);
    th->vm->finalizing = true;  /* sys.is_finalizing(); daemon threads stop */
    kr_eval_breaker = 1;
    if (kr_mod__io_flush_std(th) < 0)
        status = 120;
    status = flush_at_exit(th, status);
    kr_mod_gc_shutdown(th);
    status = flush_at_exit(th, status);
    fflush(stderr);
    if (keyboard_interrupt) {
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
        return 130;   /* SIGINT was blocked or ignored by the parent */
    }
    return status;
}

/* SystemExit's message goes through sys.stderr, so its encoding and
 * error handler apply (CPython's PyFile_WriteObject); false when there
 * is no usable sys.stderr. */
static bool exit_message_to_stderr(Thread *th, Str *msg)
{
    Str *k = kr_str_intern_cstr(th, "stderr"), *w = kr_str_intern_cstr(th, "write");
    Str *nl = kr_str_from_cstr(th, "\n"), *fl = kr_str_intern_cstr(th, "flush");
    Value err = k ? kr_dict_get_str(th->vm->sys_module->dict, k) : KR_VALUE_NULL;
    if (!err || err == KR_NONE || !w || !nl || !fl)
        return false;
    Value write = kr_object_getattr(th, err, w);
    Value a = kr_from_obj(msg), b = kr_from_obj(nl);
    if (!write || !kr_vm_call(th, write, &a, 1, NULL) || !kr_vm_call(th, write, &b, 1, NULL))
        return false;
    Value flush = kr_object_getattr(th, err, fl);
    if (!flush || !kr_vm_call(th, flush, NULL, 0, NULL))
        kr_err_clear(th);
    return true;
}

/* SystemExit: None -> 0, an int (bool too) -> that status, anything else ->
 * printed, 1. */
static int system_exit_status(Thread *th, Value exc)
{
    Exc *e = (Exc *)kr_as_obj(exc);
    Value code = e->args->size ? e->args->items[0] : KR_NONE;
    if (e->args->size > 1)
        code = kr_from_obj(e->args);
    if (code == KR_NONE)
        return 0;
    /* CPython: (int)PyLong_AsLong(code) -- a bool is an int, a status past
     * C int is truncated, and one past C long is the -1 of the failed
     * conversion (exit status 255), all silently */
    if (kr_is_int(code)) {
        int64_t n;
        if (kr_int_as_i64(th, code, &n) < 0) {
            kr_err_clear(th);
            n = -1;
        }
        return (int)n;
    }
    kr_vm_flush_stdout(th);
    Value s = kr_object_str(th, code);
    if (s && exit_message_to_stderr(th, kr_as_str(s)))
        return 1;
    kr_err_clear(th);
    if (s) {
        Buf b;
        kr_buf_init(&b);
        kr_str_to_buf(&b, kr_as_str(s));
        kr_buf_putc(&b, '\n');
        fwrite(b.data, 1, b.len, stderr);
        kr_buf_free(&b);
    }
    return 1;
}

/* A script's __main__ has __spec__ None, as CPython's (runpy gives -m its
 * own); the import system then knows not to give it one (vm/import.c). */
static int set_main_spec(Thread *th, Module *m)
{
    Str *k = kr_str_intern_cstr(th, "__spec__");
    return k ? kr_dict_set_str(th, m->dict, k, KR_NONE) : -1;
}

/* -c's code ("<string>"): its __main__ has no __file__, as in CPython. */
static bool is_command(const Code *code)
{
    const Str *f = code->filename;
    return f && f->ascii && f->len == 8 && memcmp(f->data, "<string>", 8) == 0;
}

int kr_vm_run_main(Thread *th, Code *code)
{
    Module *m = kr_module_new(th, KR_NAME(th, __main__));
    Str *k_file = kr_str_intern_cstr(th, "__file__");
    if (!m || !k_file ||
        kr_dict_set_str(th, m->dict, KR_NAME(th, __builtins__),
                        kr_from_obj(th->vm->builtins_module)) < 0 ||
        (!is_command(code) && kr_dict_set_str(th, m->dict, k_file, kr_from_obj(code->filename)) < 0) ||
        set_main_spec(th, m) < 0 ||
        kr_dict_set_str(th, th->vm->modules, KR_NAME(th, __main__), kr_from_obj(m)) < 0) {
        fputs("krait: out of memory at start-up\n", stderr);
        return 1;
    }
    Value r = kr_vm_run_code(th, code, m->dict, m->dict, NULL);
    int status = 0;
    bool interrupted = false;
    if (!r) {
        Value exc = kr_err_fetch(th);
        if (kr_isinstance_type(exc, &kr_exc_SystemExit))
            status = system_exit_status(th, exc);
        else {
            interrupted = kr_isinstance_type(exc, &kr_exc_KeyboardInterrupt);
            kr_mod_sys_report_uncaught(th, exc);
            status = 1;
        }
    }
    return kr_vm_finalize(th, status, interrupted);
}

Value kr_vm_run_code(Thread *th, Code *code, Dict *globals, Dict *locals, Function *func)
{
    Frame *f = kr_frame_push(th, code, kr_frame_top(th), 0);
    if (!f)
        return KR_VALUE_NULL;
    f->globals = globals;
    f->locals = locals;
    f->func = func;
    f->flags |= FRAME_ENTRY;
    return kr_vm_run(th, f);
}

/* ---- helpers of instructions ------------------------------------------------------ */

void kr_vm_unbound_local(Thread *th, Code *code, unsigned reg)
{
    kr_err_format(th, &kr_exc_UnboundLocalError,
                  "cannot access local variable '%U' where it is not associated with a value",
                  kr_as_str(code->varnames->items[reg]));
}

void kr_vm_unbound_deref(Thread *th, Code *code, unsigned reg)
{
    unsigned i = reg - code->nlocals;
    if (i < code->ncells)
        kr_err_format(th, &kr_exc_UnboundLocalError,
                      "cannot access local variable '%U' where it is not associated with a value",
                      kr_as_str(code->cellvars->items[i]));
    else
        kr_err_format(th, &kr_exc_NameError,
                      "cannot access free variable '%U' where it is not associated with a value"
                      " in enclosing scope",
                      kr_as_str(code->freevars->items[i - code->ncells]));
}

Value kr_vm_format_value(Thread *th, Value v, unsigned conv, Value spec)
{
    if (conv == 1)
        v = kr_object_str(th, v);
    else if (conv == 2 || conv == 3)
        v = kr_object_repr(th, v);
    if (!v)
        return KR_VALUE_NULL;
    if (!spec || (kr_is_str(spec) && kr_as_str(spec)->len == 0)) {
        if (kr_is_str(v))
            return v;
        if (kr_is_smallint(v) || kr_is_float(v) || !(kr_type_of(v)->flags & KR_TYPE_HEAP))
            return kr_object_str(th, v);
    }
    if (!spec)
        spec = kr_from_obj(th->vm->empty_str);
    return kr_mod_builtins_format(th, v, spec);
}

List *kr_vm_unpack_iterable(Thread *th, Value src, unsigned limit)
{
    Value it = kr_object_iter(th, src);
    if (!it) {
        /* a class that defines __iter__ (even as None) keeps its error */
        Type *t = kr_type_of(src);
        if (kr_err_matches(th, &kr_exc_TypeError) && !t->iter && !t->getitem) {
            kr_err_format(th, &kr_exc_TypeError, "cannot unpack non-iterable %s object",
                          kr_type_name(src));
        }
        return NULL;
    }
    List *l = kr_list_new(th, 0);
    if (!l)
        return NULL;
    while (limit == (unsigned)-1 || l->size <= (int64_t)limit) {
        Value x = kr_object_next(th, it);
        if (!x)
            return kr_err_occurred(th) ? NULL : l;
        if (kr_list_append(th, l, x) < 0)
            return NULL;
    }
    return l;
}

void kr_vm_unpack_error(Thread *th, int64_t got, unsigned expected)
{
    if (got > (int64_t)expected)
        kr_err_format(th, &kr_exc_ValueError, "too many values to unpack (expected %u)", expected);
    else
        kr_err_format(th, &kr_exc_ValueError, "not enough values to unpack (expected %u, got %lld)",
                      expected, (long long)got);
}

Value kr_vm_call_ex(Thread *th, Value f, Value args, Value kwargs)
{
    Tuple *pos = kr_as_tuple(args);
    if (!kwargs || kr_as_dict(kwargs)->used == 0)
        return kr_vm_call(th, f, pos->items, (size_t)pos->size, NULL);
    Dict *kw = kr_as_dict(kwargs);
    size_t nk = (size_t)kw->used;
    Tuple *names = kr_tuple_new(th, (int64_t)nk);
    /* the arguments of a usual call fit on the C stack (scanned, and what
     * every C caller of kr_vm_call passes) */
    Value small[16];
    size_t argn = (size_t)pos->size + nk + 1;
    Value *argv = argn <= 16 ? small : kr_gc_alloc(sizeof(Value) * argn);
    if (!names || !argv) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    memcpy(argv, pos->items, sizeof(Value) * (size_t)pos->size);
    int64_t p = 0, i = 0;
    Value k, v;
    /* kw may be the caller's own dict (f(**d) alone, ops_build.inc
     * DICT_MERGE), which another thread may change meanwhile: never more
     * than nk entries, and the names are cut to those read */
    while ((size_t)i < nk && kr_dict_next(kw, &p, &k, &v)) {
        if (!kr_str_check(k))
            return kr_err_type_error(th, "keywords must be strings");
        /* a str subclass key binds by its text: an exact copy is interned
         * (the usual key, from a literal or a keyword, already is) */
        Str *name = kr_as_str(k);
        if (!name->interned || name->hdr.type != &kr_str_type) {
            name = kr_str_substr(th, name, 0, name->len);
            name = name ? kr_str_intern(th, name) : NULL;
        }
        if (!name)
            return KR_VALUE_NULL;
        names->items[i] = kr_from_obj(name);
        argv[pos->size + i] = v;
        i++;
    }
    if ((size_t)i < nk && !(names = kr_tuple_from_array(th, names->items, i)))
        return KR_VALUE_NULL;
    return kr_vm_call(th, f, argv, (size_t)pos->size, names);
}

Value kr_vm_make_function(Thread *th, Frame *frame, Obj *codeobj, unsigned flags,
                          const Value *extra)
{
    Code *code = (Code *)codeobj;
    Function *f = kr_function_new(th, code, frame->globals, code->qualname);
    if (!f)
        return KR_VALUE_NULL;
    f->builtins = frame->builtins;
    if (flags & 1)
        f->defaults = kr_as_tuple(extra[0]);
    if (flags & 2)
        f->kwdefaults = kr_as_dict(extra[1]);
    if (flags & 4)
        f->closure = kr_as_tuple(extra[2]);
    if (flags & 8)
        f->annotations = kr_as_dict(extra[3]);
    /* A docstring: the first statement a string constant (co_consts[0]). */
    return kr_from_obj(f);
}

/* ---- DICT_MERGE: f(**mapping) ----------------------------------------------------------- */

/* "module.qualname()" or "qualname()", as CPython's _PyObject_FunctionStr. */
static Str *function_str(Thread *th, Value func)
{
    Value qn = kr_object_getattr(th, func, KR_NAME(th, __qualname__));
    Value mod = qn ? kr_object_getattr(th, func, KR_NAME(th, __module__)) : KR_VALUE_NULL;
    if (!mod)
        kr_err_clear(th);
    Buf b;
    kr_buf_init(&b);
    if (!qn) {
        Value s = kr_object_str(th, func);
        if (!s) {
            kr_buf_free(&b);
            return NULL;
        }
        kr_str_to_buf(&b, kr_as_str(s));
        return kr_str_from_buf(th, &b);
    }
    if (mod && kr_is_str(mod) && strcmp((const char *)kr_as_str(mod)->data, "builtins") != 0) {
        kr_str_to_buf(&b, kr_as_str(mod));
        kr_buf_putc(&b, '.');
    }
    if (kr_is_str(qn))
        kr_str_to_buf(&b, kr_as_str(qn));
    kr_buf_puts(&b, "()");
    return kr_str_from_buf(th, &b);
}

static int merge_item(Thread *th, Dict *d, Value k, Value v, Value func)
{
    Value old = kr_dict_get(th, d, k);
    if (!old && kr_err_occurred(th))
        return -1;
    if (old) {
        /* the key's str() even when it is not a str: CPython reports the
         * repeat before it checks the keys' type */
        Str *fs = function_str(th, func);
        Value ks = fs ? kr_object_str(th, k) : KR_VALUE_NULL;
        if (ks)
            kr_err_format(th, &kr_exc_TypeError,
                          "%U got multiple values for keyword argument '%U'", fs, kr_as_str(ks));
        return -1;
    }
    return kr_dict_set(th, d, k, v);
}

int kr_vm_dict_merge(Thread *th, Dict *d, Value src, Value func)
{
    if (kr_is_dict(src)) {
        Value dup = KR_VALUE_NULL;
        int r = kr_dict_merge_new_keys(th, d, kr_as_dict(src), &dup);
        if (r <= 0)
            return r;
        if (merge_item(th, d, dup, KR_NONE, func) == 0)   /* it reports the repeat */
            kr_err_set_object(th, &kr_exc_KeyError, dup);   /* (cannot happen) */
        return -1;
    }
    /* Any mapping: keys(), then src[key] for each. */
    Str *keys_name = kr_str_intern_cstr(th, "keys");
    Value keys = keys_name ? kr_object_getattr(th, src, keys_name) : KR_VALUE_NULL;
    if (!keys) {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return -1;
        kr_err_clear(th);
        Str *fs = function_str(th, func);
        if (fs)
            kr_err_format(th, &kr_exc_TypeError,
                          "%U argument after ** must be a mapping, not %s", fs, kr_type_name(src));
        return -1;
    }
    Value ks = kr_vm_call(th, keys, NULL, 0, NULL);
    Value it = ks ? kr_object_iter(th, ks) : KR_VALUE_NULL;
    if (!it)
        return -1;
    Value k;
    while ((k = kr_object_next(th, it))) {
        Value v = kr_object_getitem(th, src, k);
        if (!v || merge_item(th, d, k, v, func) < 0)
            return -1;
    }
    return kr_err_occurred(th) ? -1 : 0;
}

/* ---- LIST_EXTEND: f(*x) and [*x] ------------------------------------------------------ */

/* Replaces the TypeError of iterating src when src cannot be iterated at
 * all (no __iter__, not a sequence), as CPython's check_args_iterable
 * and LIST_EXTEND: "f() argument after * ..." when src is a call's only
 * positional argument (func not NULL), "Value after * ..." otherwise. */
void kr_vm_star_error(Thread *th, Value src, Value func)
{
    Type *t = kr_type_of(src);
    if (!kr_err_matches(th, &kr_exc_TypeError) || t->iter || (t->getitem && !kr_dict_check(src)))
        return;
    kr_err_clear(th);
    if (!func) {
        kr_err_format(th, &kr_exc_TypeError, "Value after * must be an iterable, not %s", t->name);
        return;
    }
    Str *fs = function_str(th, func);
    if (fs)
        kr_err_format(th, &kr_exc_TypeError, "%U argument after * must be an iterable, not %s",
                      fs, t->name);
}

/* ---- LOAD_NAME / DELETE_NAME when the namespace is not exactly a dict ---- */

/* name in a namespace that is a dict subclass: namespace[name] through
 * the mapping protocol (its __getitem__, dict's __missing__); NULL with
 * the KeyError cleared when it is not there, NULL with an error set on
 * any other failure. */
static Value mapping_lookup(Thread *th, Dict *ns, Str *name, bool *failed)
{
    Value v = kr_object_getitem(th, kr_from_obj(ns), kr_from_obj(name));
    if (!v) {
        *failed = !kr_err_matches(th, &kr_exc_KeyError);
        if (!*failed)
            kr_err_clear(th);
    }
    return v;
}

/* LOAD_NAME when locals or builtins is not exactly a dict, as CPython's:
 * each of those through the mapping protocol (a KeyError means "not
 * here"), globals directly. */
Value kr_vm_mapping_load(Thread *th, Frame *frame, Str *name)
{
    bool failed = false;
    Value v = kr_is_dict(kr_from_obj(frame->locals)) ? kr_dict_get_str(frame->locals, name)
                                                     : mapping_lookup(th, frame->locals, name, &failed);
    if (v || failed)
        return v;
    v = kr_dict_get_str(frame->globals, name);
    if (v)
        return v;
    if (kr_is_dict(kr_from_obj(frame->builtins))) {
        v = kr_dict_get_str(frame->builtins, name);
    } else {
        v = mapping_lookup(th, frame->builtins, name, &failed);
        if (failed)
            return KR_VALUE_NULL;
    }
    if (!v)
        kr_exc_name_error(th, name);
    return v;
}

int kr_vm_mapping_delete(Thread *th, Frame *frame, Str *name)
{
    if (kr_object_setitem(th, kr_from_obj(frame->locals), kr_from_obj(name), KR_VALUE_NULL) == 0)
        return 0;
    if (kr_err_matches(th, &kr_exc_KeyError))
        kr_exc_name_error(th, name);
    return -1;
}

/* ---- builtins.__build_class__ (what a class statement calls) --------------------------- */

/* PEP 560: a base that is not a class but has __mro_entries__ is replaced
 * by what that returns.  The original tuple when nothing changed. */
static Tuple *update_bases(Thread *th, Tuple *orig)
{
    List *out = NULL;
    for (int64_t i = 0; i < orig->size; i++) {
        Value b = orig->items[i];
        Value meth = KR_VALUE_NULL;
        if (!(kr_is_obj(b) && (kr_type_of(b)->flags & KR_TYPE_TYPE_SUBCLASS))) {
            meth = kr_object_getattr(th, b, KR_NAME(th, __mro_entries__));
            if (!meth) {
                if (!kr_err_matches(th, &kr_exc_AttributeError))
                    return NULL;
                kr_err_clear(th);
            }
        }
        if (!meth) {
            if (out && kr_list_append(th, out, b) < 0)
                return NULL;
            continue;
        }
        Value arg = kr_from_obj(orig);
        Value r = kr_vm_call(th, meth, &arg, 1, NULL);
        if (!r)
            return NULL;
        if (!kr_is_tuple(r)) {
            kr_err_set_string(th, &kr_exc_TypeError, "__mro_entries__ must return a tuple");
            return NULL;
        }
        if (!out && !(out = kr_list_from_array(th, orig->items, i)))
            return NULL;
        Tuple *rt = kr_as_tuple(r);
        for (int64_t k = 0; k < rt->size; k++)
            if (kr_list_append(th, out, rt->items[k]) < 0)
                return NULL;
    }
    return out ? kr_tuple_from_array(th, out->items, out->size) : orig;
}

/* Run the class body function with ns as its namespace (any mapping):
 * its __class__ cell when it has one, else None; NULL on error. */
static Value run_class_body(Thread *th, Function *f, Value ns)
{
    Frame *fr = kr_frame_push(th, f->code, kr_frame_top(th), 0);
    if (!fr)
        return false;
    fr->func = f;
    fr->globals = f->globals;
    fr->builtins = f->builtins;
    fr->locals = (Dict *)kr_as_obj(ns);
    fr->flags |= FRAME_ENTRY;
    return kr_vm_run(th, fr);
}

/* metaclass.__prepare__(name, bases, **kw), or a fresh dict when the
 * metaclass has none. */
static Value prepare_namespace(Thread *th, Value meta, bool is_class, Value name, Tuple *bases,
                               const Value *kwvals, Tuple *kwnames)
{
    Value prep = kr_object_getattr(th, meta, KR_NAME(th, __prepare__));
    if (!prep) {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
        Dict *d = kr_dict_new(th);
        return d ? kr_from_obj(d) : KR_VALUE_NULL;
    }
    size_t nk = kwnames ? (size_t)kwnames->size : 0;
    Value *argv = kr_gc_alloc(sizeof(Value) * (2 + nk));
    if (!argv) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    argv[0] = name;
    argv[1] = kr_from_obj(bases);
    kr_values_copy(argv + 2, kwvals, nk);
    Value ns = kr_vm_call(th, prep, argv, 2, kwnames);
    if (ns && !kr_type_of(ns)->getitem) {
        kr_err_format(th, &kr_exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                      is_class ? ((Type *)kr_as_obj(meta))->name : "<metaclass>",
                      kr_type_name(ns));
        return KR_VALUE_NULL;
    }
    return ns;
}

/* After the metaclass made the class: the __class__ cell must hold it. */
static bool check_classcell(Thread *th, Value cell, Value cls, Value name)
{
    if (!cell || !kr_is_type(cell, &kr_cell_type) || !kr_is_obj(cls) ||
        !(kr_type_of(cls)->flags & KR_TYPE_TYPE_SUBCLASS))
        return true;
    Value got = ((Cell *)kr_as_obj(cell))->ref;
    if (got == cls)
        return true;
    if (!got)
        kr_err_format(th, &kr_exc_RuntimeError,
                      "__class__ not set defining %R as %R. Was __classcell__ propagated to "
                      "type.__new__?", name, cls);
    else
        kr_err_format(th, &kr_exc_TypeError, "__class__ set to %R defining %R as %R", got,
                      name, cls);
    return false;
}

/* Split the metaclass= keyword from the others: *meta set (or left NULL),
 * the rest compacted into kwvals/names.  NULL names: none left. */
static bool split_metaclass(Thread *th, const Value *kwin, Tuple *kwnames, Value *meta,
                            Value *kwvals, Tuple **names)
{
    *names = NULL;
    if (!kwnames)
        return true;
    Tuple *rest = kr_tuple_new(th, kwnames->size);
    if (!rest)
        return false;
    int64_t n = 0;
    for (int64_t i = 0; i < kwnames->size; i++) {
        if (kr_as_str(kwnames->items[i]) == KR_NAME(th, metaclass)) {
            *meta = kwin[i];
            continue;
        }
        rest->items[n] = kwnames->items[i];
        kwvals[n++] = kwin[i];
    }
    rest->size = n;
    *names = n ? rest : NULL;
    return true;
}

Value kr_vm_build_class(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (nargs < 2)
        return kr_err_type_error(th, "__build_class__: not enough arguments");
    if (!kr_is_function(args[0]))
        return kr_err_type_error(th, "__build_class__: func must be a function");
    if (!kr_is_str(args[1]))
        return kr_err_type_error(th, "__build_class__: name is not a string");
    Value name = args[1];
    Tuple *orig = kr_tuple_from_array(th, args + 2, (int64_t)nargs - 2);
    Tuple *bases = orig ? update_bases(th, orig) : NULL;
    if (!bases)
        return KR_VALUE_NULL;
    size_t nk = kwnames ? (size_t)kwnames->size : 0;
    Value *kwvals = kr_gc_alloc(sizeof(Value) * (3 + nk));
    Value meta = KR_VALUE_NULL;
    Tuple *mkw;
    if (!kwvals) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    if (!split_metaclass(th, args + nargs, kwnames, &meta, kwvals + 3, &mkw))
        return KR_VALUE_NULL;
    if (!meta)
        meta = kr_from_obj(bases->size ? kr_type_of(bases->items[0]) : &kr_type_type);
    bool is_class = kr_is_obj(meta) && (kr_type_of(meta)->flags & KR_TYPE_TYPE_SUBCLASS);
    if (is_class) {
        Type *winner = kr_type_calculate_meta(th, (Type *)kr_as_obj(meta), bases);
        if (!winner)
            return KR_VALUE_NULL;
        meta = kr_from_obj(winner);
    }
    Value ns = prepare_namespace(th, meta, is_class, name, bases, kwvals + 3, mkw);
    Value cell = ns ? run_class_body(th, (Function *)kr_as_obj(args[0]), ns) : KR_VALUE_NULL;
    if (!cell)
        return KR_VALUE_NULL;
    if (bases != orig &&
        kr_object_setitem(th, ns, kr_from_obj(KR_NAME(th, __orig_bases__)), kr_from_obj(orig)) < 0)
        return KR_VALUE_NULL;
    kwvals[0] = name;
    kwvals[1] = kr_from_obj(bases);
    kwvals[2] = ns;
    Value cls = kr_vm_call(th, meta, kwvals, 3, mkw);
    if (cls && !check_classcell(th, cell, cls, name))
        return KR_VALUE_NULL;
    return cls;
}

/* The keys versions are read before the lookup: a change racing with it
 * then leaves an entry keyed on the old version, a miss next time.  Read
 * after, they could pair a new version with a stale entry for good (a
 * thread polling `while running:` never saw `running = False`). */
/* LOAD_GLOBAL when globals or builtins is not exactly a dict (exec with a
 * dict subclass): as CPython's slow path, each through the mapping
 * protocol, and nothing is cached. */
static Value load_global_mapping(Thread *th, Dict *g, Dict *b, Str *name)
{
    bool failed = false;
    Value v = mapping_lookup(th, g, name, &failed);
    if (v || failed)
        return v;
    v = mapping_lookup(th, b, name, &failed);
    if (!v && !failed)
        kr_exc_name_error(th, name);
    return v;
}

Value kr_vm_load_global_slow(Thread *th, Frame *frame, Str *name, uint32_t pc)
{
    /* The keys versions first: an entry number found after them is valid
     * for them (interp.c, global_hit). */
    Dict *g = frame->globals, *b = frame->builtins;
    if (KR_UNLIKELY(!kr_is_dict(kr_from_obj(g)) || !kr_is_dict(kr_from_obj(b))))
        return load_global_mapping(th, g, b, name);
    uint64_t gkv = kr_dict_keys_version(g);
    uint64_t bkv = kr_dict_keys_version(b);
    Value v = KR_VALUE_NULL;
    int64_t gi = kr_dict_find_str(g, name, &v), bi = -1;
    if (gi < 0 || !v) {
        gi = -1;
        bi = kr_dict_find_str(b, name, &v);
        if (bi < 0 || !v) {
            kr_exc_name_error(th, name);
            return KR_VALUE_NULL;
        }
    }
    if (gkv > KR_IC_KEY(~0ull) || bkv > KR_IC_KEY(~0ull) || gi >= 0xfffe || bi >= 0xfffe)
        return v;       /* does not fit a packed guard: a missed optimisation */
    Code *code = frame->code;
    if (!code->caches) {
        /* First cached instruction of this code object: make the side array.
         * Failing to is not an error, only a missed optimisation. */
        code->caches = kr_gc_alloc(sizeof(InlineCache) * code->ninstrs);
        if (!code->caches)
            return v;
    }
    kr_ic_fill(&code->caches[pc], KR_IC_PACK(gkv, gi), gi < 0 ? KR_IC_PACK(bkv, bi) : 0,
               KR_VALUE_NULL);
    return v;
}

static Value bound_special(Thread *th, Value obj, Str *n, bool *missing)
{
    Value f = kr_type_lookup_cached(th, kr_type_of(obj), n);
    *missing = !f;
    if (!f)
        return KR_VALUE_NULL;
    KrDescrGetFn get = kr_type_of(f)->descr_get;
    return get ? get(th, f, obj, kr_from_obj(kr_type_of(obj))) : f;
}

int kr_vm_before_with(Thread *th, Value mgr, Value *out)
{
    bool missing_enter, missing_exit;
    Value enter = bound_special(th, mgr, KR_NAME(th, __enter__), &missing_enter);
    if (!enter && !missing_enter)
        return -1;
    Value exit = bound_special(th, mgr, KR_NAME(th, __exit__), &missing_exit);
    if (!exit && !missing_exit)
        return -1;
    if (missing_enter || missing_exit) {
        kr_err_format(th, &kr_exc_TypeError,
                      "'%s' object does not support the context manager protocol%s",
                      kr_type_name(mgr), missing_enter ? "" : " (missed __exit__ method)");
        return -1;
    }
    out[0] = exit;
    Value v = kr_vm_call(th, enter, NULL, 0, NULL);
    if (!v)
        return -1;
    out[1] = v;
    return 0;
}

/* Is the cache entry valid for this type?  a: the type, b: the epoch + 1
 * (so a zeroed entry never matches), v: what the MRO holds (NULL: nothing). */
Value kr_vm_getattr_cached(Thread *th, Frame *frame, Value obj, Str *name, uint32_t pc,
                           Value *self_out)
{
    Type *t = kr_as_obj(obj)->type;
    Code *code = frame->code;
    InlineCache *ic = code->caches ? &code->caches[pc] : NULL;
    Value descr;
    /* the guard re-read after the data: a refill racing this read would
     * pair t with another type's descriptor (vm/thread_lock.h) */
    bool hit = ic && ic->a == (uint64_t)(uintptr_t)t && ic->b == th->vm->type_epoch + 1 &&
               (descr = kr_ic_data(ic), kr_ic_still(ic, (uint64_t)(uintptr_t)t));
    if (!hit) {
        descr = kr_type_lookup(t, name);
        if (!code->caches)
            code->caches = kr_gc_alloc(sizeof(InlineCache) * code->ninstrs);
        if (code->caches) {
            ic = &code->caches[pc];
            kr_ic_fill(ic, (uint64_t)(uintptr_t)t, th->vm->type_epoch + 1, descr);
        }
    }
    Type *dt = descr ? kr_type_of(descr) : NULL;
    if (dt && dt->descr_get && dt->descr_set)           /* data descriptor first */
        return dt->descr_get(th, descr, obj, kr_from_obj(t));
    Dict *d = *(Dict **)((char *)kr_as_obj(obj) + t->dict_offset);
    if (d) {
        Value v = kr_dict_get_str(d, name);
        if (v)
            return v;
    }
    if (!descr)
        return kr_object_generic_getattr(th, obj, name);   /* __class__, __dict__, errors */
    if (self_out && (dt == &kr_function_type || dt == &kr_method_descr_type ||
                     dt == &kr_wrapper_descr_type)) {
        *self_out = obj;
        return descr;
    }
    return dt->descr_get ? dt->descr_get(th, descr, obj, kr_from_obj(t)) : descr;
}
