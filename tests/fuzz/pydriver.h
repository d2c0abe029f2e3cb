/*
 * pydriver.h -- the shared half of the libFuzzer targets whose subject is
 * a library surface (number formatting, str/bytes methods, _sre, json)
 * rather than programs: each target is a Python function `fuzz(data)`
 * run on every input by one long-lived VM.
 *
 * Reaching the C code through the Python API is deliberate: it fuzzes the
 * argument conversion, the error paths and the objects' invariants
 * together, exactly as a program would call them.  The driver catches the
 * exceptions that are a clean answer to bad input; the ones it lets
 * through are findings:
 *   - Invariant: the driver's check() of a round trip or an identity
 *     failed -- a wrong answer, reported as a crash (a BaseException, so
 *     no `except Exception` in the library can swallow it; the library's
 *     own asserts raise AssertionError, which is an ordinary error);
 *   - anything else escaping is dropped (it is a Python-level error).
 * An instruction budget (see fuzz_exec.c) bounds each input, so a
 * catastrophic regex or a huge repeat count raises KeyboardInterrupt at
 * the next safe point instead of hanging.
 */
#ifndef KR_FUZZ_PYDRIVER_H
#define KR_FUZZ_PYDRIVER_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile/compile.h"
#include "core/arena.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/module.h"
#include "objects/str.h"
#include "parse/parse.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/vm.h"

#ifndef DRIVER_BUDGET
#define DRIVER_BUDGET 200000  /* safe points per input */
#endif
enum { DRIVER_RECURSION_LIMIT = 200 };

/* Run before every driver: the check() its invariants use. */
static const char driver_prelude[] =
    "class Invariant(BaseException):\n"
    "    pass\n"
    "def check(cond, what=''):\n"
    "    if not cond:\n"
    "        raise Invariant(what)\n"
    "def too_wide(text):\n"   /* a width or count of 10^6+ only allocates */
    "    run = 0\n"
    "    for ch in (text.decode('latin-1') if isinstance(text, bytes) else text):\n"
    "        run = run + 1 if '0' <= ch <= '9' else 0\n"
    "        if run > 5:\n"
    "            return True\n"
    "    return False\n";

static Thread *th;
static Value *driver_fn;  /* collector roots: the driver's fuzz() and Invariant */
static Value *driver_invariant;

/* Print the pending exception and stop: the driver has set up wrong, or
 * an invariant failed. */
static void driver_die(const char *what)
{
    fprintf(stderr, "fuzz driver: %s\n", what);
    if (kr_err_occurred(th))
        kr_vm_print_exception(th, kr_err_fetch(th));
    abort();
}

/* Compile and run the driver's source, keeping its fuzz function. */
static void driver_start(const char *source)
{
    th = kr_vm_new();
    if (!th)
        driver_die("no VM");
    driver_fn = kr_gc_alloc_root(sizeof *driver_fn);
    driver_invariant = kr_gc_alloc_root(sizeof *driver_invariant);
    if (kr_vm_set_script_path(th, "-c") < 0)  /* sys.path as for `krait -c` */
        driver_die("no sys.path");
    Arena *arena = kr_arena_new();
    size_t len = strlen(driver_prelude) + strlen(source);
    char *text = malloc(len + 1);
    if (!text)
        driver_die("out of memory");
    strcpy(text, driver_prelude);
    strcat(text, source);
    source = text;
    ParseResult r = kr_parse_source(arena, source, len, true, "<driver>", PARSE_FILE);
    Code *code = NULL;
    SyntaxErr err;
    if (!r.mod || kr_compile_module(th, arena, r.mod, "<driver>", source, len, &code, &err) != COMPILE_OK
        || !code)
        driver_die("the driver does not compile");
    kr_arena_free(arena);
    Str *name = kr_str_intern_cstr(th, "__fuzz__");
    Module *m = name ? kr_module_new(th, name) : NULL;
    if (!m || kr_dict_set_str(th, m->dict, KR_NAME(th, __builtins__),
                              kr_from_obj(th->vm->builtins_module)) < 0
        || !kr_vm_run_code(th, code, m->dict, m->dict, NULL))
        driver_die("the driver failed to start");
    Str *fn_name = kr_str_intern_cstr(th, "fuzz"), *inv_name = kr_str_intern_cstr(th, "Invariant");
    *driver_fn = fn_name ? kr_dict_get_str(m->dict, fn_name) : KR_VALUE_NULL;
    *driver_invariant = inv_name ? kr_dict_get_str(m->dict, inv_name) : KR_VALUE_NULL;
    if (!*driver_fn || !*driver_invariant || !kr_isinstance_type(*driver_invariant, &kr_type_type))
        driver_die("the driver defines no fuzz()");
    if (!freopen("/dev/null", "w", stdout))
        driver_die("no /dev/null");
}

static void driver_run(const uint8_t *data, size_t size)
{
    Bytes *b = kr_bytes_new(th, data, (int64_t)size);
    if (!b) {
        kr_err_clear(th);
        return;
    }
    Value arg = kr_from_obj(b);
    th->vm->recursion_limit = DRIVER_RECURSION_LIMIT;
    th->budget_on = true;
    th->budget_left = DRIVER_BUDGET;
    kr_eval_breaker = 1;
    Value res = kr_vm_call(th, *driver_fn, &arg, 1, NULL);
    th->budget_on = false;
    kr_eval_breaker = 0;
    if (!res && kr_err_matches(th, (Type *)kr_as_obj(*driver_invariant)))
        driver_die("an invariant failed");
    kr_err_clear(th);
    th->handled = KR_NONE;
}

#endif
