/*
 * fuzz_exec.c -- libFuzzer target: compile AND RUN each input as a
 * program, in a fresh module namespace of one long-lived VM.
 *
 * Running arbitrary programs needs three fences:
 *   - time: an instruction budget.  Thread.budget_on keeps the eval
 *     breaker set, so every safe point (loop back edge, call, and the C
 *     loops that poll kr_vm_check_signals) counts one down; once spent,
 *     each safe point raises KeyboardInterrupt, which `except Exception`
 *     does not catch and which a bare `except:` cannot outlast;
 *   - depth: a low recursion limit, reset for every input;
 *   - the machine: the modules that reach the operating system or the clock
 *     (posix, _io, _signal, _thread, time, select, _socket, ...) are None in
 *     sys.modules, which makes importing them fail (deleting them is not
 *     enough: native modules are made on first import), and the builtins
 *     that read stdin or open files are gone, so a mutated test cannot
 *     write files, fork, kill, re-arm libFuzzer's SIGALRM or block in a
 *     read; stdout goes to /dev/null.
 * Whatever the program raises is dropped; only a crash, a sanitizer
 * report or a hang (libFuzzer's -timeout) is a finding.
 */
#include <stdint.h>
#include <stdio.h>

#include "compile/compile.h"
#include "core/arena.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "parse/parse.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/vm.h"

/* The budget bounds safe points, not work: each raise walks the chain of
 * __context__s (as CPython's does), so a program raising in every finally
 * is quadratic in the budget -- keep it small. */
enum { BUDGET = 20000, RECURSION_LIMIT = 80 };

static Thread *th;

static void hide(Dict *d, const char *name, Value as)
{
    Str *k = kr_str_intern_cstr(th, name);
    if (!k)
        kr_err_clear(th);
    else if (as && kr_dict_set_str(th, d, k, as) < 0)
        kr_err_clear(th);
    else if (!as && kr_dict_get_str(d, k) && kr_dict_del(th, d, kr_from_obj(k)) < 0)
        kr_err_clear(th);
}

static bool start(void)
{
    if (!freopen("/dev/null", "w", stdout))
        return false;
    th = kr_vm_new();
    if (!th)
        return false;
    static const char *const modules[] = {
        "posix", "_io", "_io_native", "_signal", "_thread", "time", "_posixsubprocess", "select",
        "_socket", "mmap", "fcntl", "resource", "termios", "faulthandler", "pwd", "grp", "_queue",
        "_asyncio", "_lsprof", "atexit",
    };
    for (size_t i = 0; i < sizeof modules / sizeof modules[0]; i++)
        hide(th->vm->modules, modules[i], KR_NONE);
    static const char *const builtins[] = {"open", "input", "breakpoint", "help"};
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
        hide(th->vm->builtins_module->dict, builtins[i], KR_VALUE_NULL);
    hide(th->vm->sys_module->dict, "stdin", KR_NONE);
    hide(th->vm->sys_module->dict, "__stdin__", KR_NONE);
    return true;
}

static void run(Code *code)
{
    Str *name = kr_str_intern_cstr(th, "__fuzz__");
    Module *m = name ? kr_module_new(th, name) : NULL;
    if (!m || kr_dict_set_str(th, m->dict, KR_NAME(th, __builtins__),
                              kr_from_obj(th->vm->builtins_module)) < 0)
        return;
    th->vm->recursion_limit = RECURSION_LIMIT;
    th->budget_on = true;
    th->budget_left = BUDGET;
    kr_eval_breaker = 1;
    if (!kr_vm_run_code(th, code, m->dict, m->dict, NULL))
        kr_err_clear(th);
    th->budget_on = false;
    kr_eval_breaker = 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!th && !start())
        return 0;
    Arena *arena = kr_arena_new();
    ParseResult r = kr_parse_source(arena, (const char *)data, size, true, "<fuzz>", PARSE_FILE);
    if (r.mod) {
        Code *code = NULL;
        SyntaxErr err;
        CompileStatus st = kr_compile_module(th, arena, r.mod, "<fuzz>", (const char *)data,
                                             size, &code, &err);
        if (st == COMPILE_OK && code)
            run(code);
    }
    kr_err_clear(th);
    th->handled = KR_NONE;
    kr_arena_free(arena);
    return 0;
}
