/*
 * fuzz_compile.c -- libFuzzer target: the whole front half of the pipeline,
 * source bytes -> AST -> symbol tables -> code objects, without running.
 *
 * Inputs that do not parse end early (fuzz_parse covers that path); the
 * interesting ones are valid programs with odd shapes: deep nesting, many
 * names, huge literals, every statement in every position.  The compiler
 * must produce code or a clean SyntaxError/RecursionError/MemoryError,
 * never crash.  One VM is created for the whole run (it owns the objects
 * the compiler makes: constants, names, code).
 */
#include <stdint.h>
#include <stdio.h>

#include "compile/compile.h"
#include "core/arena.h"
#include "parse/parse.h"
#include "vm/vm.h"

static Thread *th;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!th) {
        th = kr_vm_new();
        if (!th)
            return 0;
    }
    Arena *arena = kr_arena_new();
    ParseResult r = kr_parse_source(arena, (const char *)data, size, true, "<fuzz>", PARSE_FILE);
    if (r.mod) {
        Code *code = NULL;
        SyntaxErr err;
        CompileStatus st = kr_compile_module(th, arena, r.mod, "<fuzz>", (const char *)data,
                                             size, &code, &err);
        if (st == COMPILE_ERROR)
            th->exc = KR_VALUE_NULL;  /* MemoryError and the like: drop it */
    }
    kr_arena_free(arena);
    return 0;
}
