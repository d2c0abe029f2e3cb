/*
 * code.h -- code objects: what the compiler produces and the VM runs.
 *
 * A Code is immutable once built.  Its parts, and where they live:
 *
 *   instrs      fixed-width 64-bit instruction words (vm/opcodes.h)  atomic
 *   consts      the constant pool K[]: a Tuple                        scanned
 *   caches      one inline-cache entry per instruction, indexed by pc;
 *               NULL until an instruction first caches something     scanned
 *   exctable    zero-cost exception table: ExcEntry[], searched only
 *               when something is raised (vm/exceptions.c)           atomic
 *   linetable   compact pc -> line map (see code.c)                  atomic
 *   positions   pc -> source range, for traceback carets              atomic
 *
 * Register frame: a frame of this code is `framesize` Values on the
 * thread's stack.  Registers [0, nlocals) are the local variables in
 * co_varnames order (parameters first), then the cells and free
 * variables (each register holds a Cell), then temporaries.
 */
#ifndef KR_CODE_H
#define KR_CODE_H

#include "objects/object.h"

typedef uint64_t Instr;

/* One exception-table entry: an exception raised by an instruction in
 * [start, end) stores the exception in R[reg] and continues at handler.
 * Entries are ordered innermost first, so the first match wins. */
typedef struct ExcEntry {
    uint32_t start, end, handler, reg;
} ExcEntry;

/* One inline-cache entry, in the side array Code.caches indexed by pc.
 * What the words mean depends on the instruction's family (vm/opcodes.def):
 *   LOAD_GLOBAL   a, b = where the name's entry is, in globals or builtins,
 *                 keyed on their keys versions (vm/interp.c, global_hit)
 * A zero entry never matches (dict versions start at 1). */
typedef struct InlineCache {
    uint64_t a, b;
    Value v;
} InlineCache;

/* CPython's co_flags bits that krait uses. */
enum {
    KR_CO_OPTIMIZED = 0x1, KR_CO_NEWLOCALS = 0x2, KR_CO_VARARGS = 0x4,
    KR_CO_VARKEYWORDS = 0x8, KR_CO_NESTED = 0x10, KR_CO_GENERATOR = 0x20,
    KR_CO_COROUTINE = 0x80, KR_CO_ITERABLE_COROUTINE = 0x100, KR_CO_ASYNC_GENERATOR = 0x200,
    /* calling the function makes a generator-like object (vm/generator.c) */
    KR_CO_GEN_LIKE = KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR,
};

typedef struct Code {
    Obj hdr;
    Instr *instrs;
    uint32_t ninstrs;
    uint32_t framesize;       /* registers */
    uint32_t nlocals;         /* co_nlocals: registers [0, nlocals) */
    uint32_t ncells, nfree;   /* cell registers follow the locals, then free */
    uint32_t argcount, posonlyargcount, kwonlyargcount;
    uint32_t flags;
    uint32_t nexc;
    int firstlineno;
    Tuple *consts;
    Tuple *varnames;          /* Str per local, for kwargs and error messages */
    Tuple *cellvars, *freevars;
    Str *name, *qualname, *filename;
    InlineCache *caches;      /* per-instruction inline caches, made on first use */
    ExcEntry *exctable;
    uint8_t *linetable;
    uint32_t linetable_len;
    /* Per instruction: line, end line, column, end column (UTF-8 byte
     * columns, -1 unknown) of the source range it came from, for the
     * carets of tracebacks (PEP 657).  16 bytes an instruction.  Read
     * them through kr_code_positions: code loaded by marshal (a .pyc)
     * keeps them packed (modules/marshal.c) until first asked. */
    int32_t *positions;
    const uint8_t *positions_packed;
    uint32_t positions_packed_len;
} Code;

void kr_code_unpack_positions(Code *c);

/* c's positions, or NULL when unknown. */
static inline const int32_t *kr_code_positions(const Code *c)
{
    if (KR_UNLIKELY(!c->positions) && c->positions_packed)
        kr_code_unpack_positions((Code *)c);
    return c->positions;
}

extern Type kr_code_type;

/* The source line of the instruction at pc (or firstlineno). */
int kr_code_line(const Code *c, uint32_t pc);

#endif
