/*
 * fuzz_parse.c -- libFuzzer target: tokenizer + parser on arbitrary bytes.
 *
 * Each input is parsed as a file's raw bytes (so PEP 263 decoding is fuzzed
 * too), then -- when it parses -- dumped, which walks every node and every
 * constant's repr.  Any crash, sanitizer report, leak of the arena, or hang
 * is a finding; a SyntaxError is a perfectly good outcome.  Half the inputs
 * (by the first byte's low bit) are also parsed in eval mode.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "parse/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena *arena = kr_arena_new();
    ParseResult r = kr_parse_source(arena, (const char *)data, size, true, "<fuzz>", PARSE_FILE);
    if (r.mod) {
        Buf out;
        kr_buf_init(&out);
        kr_ast_dump_mod(&out, r.mod);
        kr_buf_free(&out);
    } else {
        /* The error must be printable: exercises diag.c's caret logic. */
        FILE *devnull = fopen("/dev/null", "w");
        if (devnull) {
            kr_diag_print(devnull, "<fuzz>", &r.err);
            fclose(devnull);
        }
    }
    kr_arena_free(arena);
    if (size && (data[0] & 1)) {
        arena = kr_arena_new();
        r = kr_parse_source(arena, (const char *)data, size, false, "<fuzz>", PARSE_EVAL);
        kr_arena_free(arena);
    }
    return 0;
}
