/*
 * emit.c -- the instruction buffer, registers, constants, the exception
 * table, the line table, and assembling a Code object.
 *
 * All buffers here are collector memory (atomic: they hold bytes), so a
 * compile error can abandon a half-built unit without leaking: the
 * compiler reports errors by longjmp to kr_compile_module, a jump that
 * never crosses anything but compiler frames (no locks, no malloc'ed
 * memory, no VM state), which is why it is acceptable here and nowhere
 * else (STYLE.md principle 11).
 *
 * EXCEPTION TABLE.  A protected range (a try body, an except handler's
 * body) may be interrupted: code that leaves it early (return, break,
 * continue through a finally) emits the finally body inline, and that
 * inline copy must not be covered by the range itself.  So a range is
 * emitted as pieces: kr_emit_protect_pause closes the current piece as a
 * table row, kr_emit_protect_resume opens a new one.  Rows are appended
 * when a piece closes; since an inner range always closes before the
 * enclosing one, rows come out innermost first, and the VM takes the
 * first row that covers the faulting pc.
 *
 * CONSTANTS are deduplicated by (type, value) -- 1, 1.0 and True are
 * equal in Python but distinct constants -- with floats keyed by their
 * bits so 0.0 and -0.0 stay apart.
 */
#include "compile/compiler.h"

#include <stdlib.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/complex.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/tuple.h"
#include "vm/errors.h"

void kr_emit_fail(Compiler *c)
{
    if (c->status == COMPILE_OK)
        c->status = COMPILE_ERROR;
    longjmp(*c->bail, 1);
}

void kr_emit_syntax_error(Compiler *c, const char *msg, int lineno, int col, int end_lineno,
                          int end_col)
{
    SyntaxErr *e = c->err;
    memset(e, 0, sizeof *e);
    e->kind = 0;
    e->msg = kr_arena_strndup(c->arena, msg, strlen(msg));
    e->lineno = lineno;
    e->offset = col + 1;
    e->end_lineno = end_lineno;
    e->end_offset = end_col + 1;
    c->status = COMPILE_SYNTAX_ERROR;
    longjmp(*c->bail, 1);
}

static void *grow(Compiler *c, void *p, int *cap, int need, size_t elem)
{
    if (need <= *cap)
        return p;
    int ncap = *cap ? *cap * 2 : 16;
    while (ncap < need)
        ncap *= 2;
    void *q = p ? kr_gc_realloc(p, (size_t)ncap * elem) : kr_gc_alloc_atomic((size_t)ncap * elem);
    if (!q) {
        kr_err_no_memory(c->th);
        kr_emit_fail(c);
    }
    *cap = ncap;
    return q;
}

int kr_emit(Compiler *c, Instr i)
{
    Unit *u = c->u;
    if (u->ncode >= 1 << 30) {
        kr_err_set_string(c->th, &kr_exc_SystemError, "code object too large");
        kr_emit_fail(c);
    }
    int cap = u->capcode;
    u->code = grow(c, u->code, &cap, u->ncode + 1, sizeof(Instr));
    u->lines = grow(c, u->lines, &u->capcode, u->ncode + 1, sizeof(int));
    u->capcode = cap;
    u->code[u->ncode] = i;
    u->lines[u->ncode] = u->lineno;
    u->pos = grow(c, u->pos, &u->cappos, 4 * (u->ncode + 1), sizeof(int32_t));
    int32_t *p = &u->pos[4 * u->ncode];
    bool known = u->col >= 0;
    p[0] = u->lineno;
    p[1] = known ? u->end_lineno : u->lineno;
    p[2] = known ? u->col : -1;
    p[3] = known ? u->end_col : -1;
    return u->ncode++;
}

int kr_emit_op(Compiler *c, Opcode op, unsigned x, unsigned a, unsigned b, unsigned cc)
{
    return kr_emit(c, kr_instr(op, x, a, b, cc));
}

int kr_emit_pc(Compiler *c) { return c->u->ncode; }

int kr_emit_jump(Compiler *c, Opcode op, unsigned a)
{
    return kr_emit(c, kr_instr_j(op, a, 0));
}

void kr_emit_patch(Compiler *c, int at, int target)
{
    Instr i = c->u->code[at];
    c->u->code[at] = kr_instr_j(KR_OPC(i), KR_A(i), target - (at + 1));
}

void kr_emit_patch_here(Compiler *c, int at) { kr_emit_patch(c, at, c->u->ncode); }

void kr_emit_jump_to(Compiler *c, Opcode op, unsigned a, int target)
{
    int at = kr_emit_jump(c, op, a);
    kr_emit_patch(c, at, target);
}

void kr_emit_patchlist_add(PatchList *l, int at)
{
    if (l->n >= l->cap) {
        int ncap = l->cap ? l->cap * 2 : 8;
        int *p = l->at ? kr_gc_realloc(l->at, sizeof(int) * (size_t)ncap)
                       : kr_gc_alloc_atomic(sizeof(int) * (size_t)ncap);
        if (!p)
            kr_fatal("out of memory in the compiler");
        l->at = p;
        l->cap = ncap;
    }
    l->at[l->n++] = at;
}

void kr_emit_patch_list(Compiler *c, PatchList *l, int target)
{
    for (int i = 0; i < l->n; i++)
        kr_emit_patch(c, l->at[i], target);
    l->n = 0;
}

/* ---- registers ------------------------------------------------------------ */

int kr_emit_reg(Compiler *c)
{
    return kr_emit_regs(c, 1);
}

int kr_emit_regs(Compiler *c, int n)
{
    Unit *u = c->u;
    int r = u->top;
    u->top += n;
    if (u->top > 0xFFF0) {
        kr_err_set_string(c->th, &kr_exc_SystemError,
                          "too many registers needed (expression too complex)");
        kr_emit_fail(c);
    }
    if (u->top > u->maxregs)
        u->maxregs = u->top;
    return r;
}

void kr_emit_free_to(Compiler *c, int top)
{
    if (top < c->u->top)
        c->u->top = top;
}

/* ---- constants -------------------------------------------------------------- */

/* A float's or complex's exact bits as a tuple of small ints (32-bit
 * pieces), so 0.0 and -0.0 stay apart. */
static Value bits_key(Thread *th, const double *d, int n, Value type)
{
    Value parts[5];
    for (int i = 0; i < n; i++) {
        uint64_t bits = kr_double_bits(d[i]);
        parts[2 * i] = kr_from_smallint((int64_t)(bits >> 32));
        parts[2 * i + 1] = kr_from_smallint((int64_t)(bits & 0xFFFFFFFF));
    }
    parts[2 * n] = type;
    Tuple *t = kr_tuple_from_array(th, parts, 2 * n + 1);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* CPython's _PyCode_ConstantKey: constants are shared only when equal AND
 * of the same types all the way down -- (1, True) is not (1, 1), nor is
 * 0.0 -0.0. */
static Value const_key(Thread *th, Value v)
{
    Value type = kr_from_obj(kr_type_of(v));
    Value key = v;
    if (kr_is_float(v)) {
        double d = kr_float_value(v);
        return bits_key(th, &d, 1, type);
    }
    if (kr_is_complex(v)) {
        double d[2] = {kr_as_complex(v)->real, kr_as_complex(v)->imag};
        return bits_key(th, d, 2, type);
    }
    if (kr_is_tuple(v)) {
        Tuple *t = kr_as_tuple(v), *k = kr_tuple_new(th, t->size);
        for (int64_t i = 0; k && i < t->size; i++)
            if (!(k->items[i] = const_key(th, t->items[i])))
                return KR_VALUE_NULL;
        if (!k)
            return KR_VALUE_NULL;
        key = kr_from_obj(k);
    } else if (kr_is_type(v, &kr_frozenset_type)) {
        Set *s = (Set *)kr_as_obj(v), *k = kr_set_new(th, &kr_frozenset_type);
        int64_t pos = 0;
        Value item;
        while (k && kr_set_next(s, &pos, &item)) {
            Value ik = const_key(th, item);
            if (!ik || kr_set_add(th, k, ik) < 0)
                return KR_VALUE_NULL;
        }
        if (!k)
            return KR_VALUE_NULL;
        key = kr_from_obj(k);
    }
    Value pair[2] = {key, type};
    Tuple *kt = kr_tuple_from_array(th, pair, 2);
    return kt ? kr_from_obj(kt) : KR_VALUE_NULL;
}

unsigned kr_emit_const(Compiler *c, Value v)
{
    Thread *th = c->th;
    Unit *u = c->u;
    bool hashable = !kr_is_type(v, &kr_code_type);
    Value kt = KR_VALUE_NULL;
    if (hashable) {
        kt = const_key(th, v);
        if (!kt)
            kr_emit_fail(c);
        Value idx = kr_dict_get(th, u->const_index, kt);
        if (idx)
            return (unsigned)kr_as_smallint(idx);
        if (kr_err_occurred(th))
            kr_emit_fail(c);
    }
    int64_t n = u->consts->size;
    if (n >= 0xFFFF) {
        kr_err_set_string(th, &kr_exc_SystemError, "too many constants in one code object");
        kr_emit_fail(c);
    }
    if (kr_list_append(th, u->consts, v) < 0)
        kr_emit_fail(c);
    if (hashable && kr_dict_set(th, u->const_index, kt, kr_from_smallint(n)) < 0)
        kr_emit_fail(c);
    return (unsigned)n;
}

unsigned kr_emit_name(Compiler *c, const char *name)
{
    Str *s = kr_str_intern_cstr(c->th, name);
    if (!s)
        kr_emit_fail(c);
    return kr_emit_const(c, kr_from_obj(s));
}

/* ---- exception table ---------------------------------------------------------- */

Protect *kr_emit_protect_begin(Compiler *c, int reg)
{
    Protect *p = kr_gc_alloc(sizeof *p);
    if (!p) {
        kr_err_no_memory(c->th);
        kr_emit_fail(c);
    }
    p->start = kr_emit_pc(c);
    p->handler = -1;
    p->reg = reg;
    return p;
}

void kr_emit_protect_pause(Compiler *c, Protect *p)
{
    Unit *u = c->u;
    int pc = kr_emit_pc(c);
    if (p->start < 0)
        return;
    if (pc > p->start) {
        u->exc = grow(c, u->exc, &u->capexc, u->nexc + 1, sizeof(ExcEntry));
        u->exc[u->nexc] = (ExcEntry){(uint32_t)p->start, (uint32_t)pc, 0, (uint32_t)p->reg};
        p->entries = grow(c, p->entries, &p->capentries, p->nentries + 1, sizeof(int));
        p->entries[p->nentries++] = u->nexc++;
    }
    p->start = -1;
}

void kr_emit_protect_resume(Compiler *c, Protect *p)
{
    p->start = kr_emit_pc(c);
}

/* The handler starts here: close the range and point its rows at pc. */
void kr_emit_protect_handler_here(Compiler *c, Protect *p)
{
    kr_emit_protect_pause(c, p);
    p->handler = kr_emit_pc(c);
    for (int i = 0; i < p->nentries; i++)
        c->u->exc[p->entries[i]].handler = (uint32_t)p->handler;
}

/* ---- line table (format: objects/code.c) ----------------------------------------- */

static void put_varint(Buf *b, uint64_t v)
{
    do {
        uint8_t byte = v & 0x7f;
        v >>= 7;
        if (v)
            byte |= 0x80;
        kr_buf_putc(b, (char)byte);
    } while (v);
}

static uint8_t *build_linetable(Compiler *c, uint32_t *len)
{
    Unit *u = c->u;
    Buf b;
    kr_buf_init(&b);
    int line = u->firstlineno, at = 0;
    for (int i = 0; i < u->ncode; i++) {
        if (u->lines[i] == line || u->lines[i] <= 0)
            continue;
        int64_t d = u->lines[i] - line;
        put_varint(&b, (uint64_t)(i - at));
        put_varint(&b, ((uint64_t)d << 1) ^ (uint64_t)(d >> 63));
        at = i;
        line = u->lines[i];
    }
    uint8_t *out = kr_gc_alloc_atomic(b.len + 1);
    if (!out) {
        kr_buf_free(&b);
        kr_err_no_memory(c->th);
        kr_emit_fail(c);
    }
    if (b.len)
        memcpy(out, b.data, b.len);
    *len = (uint32_t)b.len;
    kr_buf_free(&b);
    return out;
}

/* ---- the code object ------------------------------------------------------------- */

static Tuple *names_tuple(Compiler *c, const char **names, int n)
{
    Tuple *t = kr_tuple_new(c->th, n);
    if (!t)
        kr_emit_fail(c);
    for (int i = 0; i < n; i++) {
        Str *s = kr_str_intern_cstr(c->th, names[i]);
        if (!s)
            kr_emit_fail(c);
        t->items[i] = kr_from_obj(s);
    }
    return t;
}

Code *kr_emit_code(Compiler *c)
{
    Thread *th = c->th;
    Unit *u = c->u;
    Code *code = kr_gc_alloc(sizeof *code);
    if (!code) {
        kr_err_no_memory(th);
        kr_emit_fail(c);
    }
    code->hdr.type = &kr_code_type;
    code->instrs = kr_gc_alloc_atomic(sizeof(Instr) * (size_t)(u->ncode + 1));
    if (!code->instrs) {
        kr_err_no_memory(th);
        kr_emit_fail(c);
    }
    memcpy(code->instrs, u->code, sizeof(Instr) * (size_t)u->ncode);
    code->ninstrs = (uint32_t)u->ncode;
    code->framesize = (uint32_t)u->maxregs;
    code->nlocals = (uint32_t)u->nlocals;
    code->ncells = (uint32_t)u->ncells;
    code->nfree = (uint32_t)u->nfree;
    code->argcount = (uint32_t)u->argcount;
    code->posonlyargcount = (uint32_t)u->posonlyargcount;
    code->kwonlyargcount = (uint32_t)u->kwonlyargcount;
    code->flags = (uint32_t)u->flags;
    code->firstlineno = u->firstlineno;
    code->consts = kr_tuple_from_array(th, u->consts->items, u->consts->size);
    code->varnames = names_tuple(c, u->regnames, u->nlocals);
    code->cellvars = names_tuple(c, u->regnames + u->nlocals, u->ncells);
    code->freevars = names_tuple(c, u->regnames + u->nlocals + u->ncells, u->nfree);
    code->name = kr_str_intern_cstr(th, u->name);
    Str *qn = kr_str_from_cstr(th, u->qualname ? u->qualname : u->name);
    code->qualname = qn;
    code->filename = c->filename_str;
    if (!code->consts || !code->name || !qn)
        kr_emit_fail(c);
    code->nexc = (uint32_t)u->nexc;
    code->exctable = kr_gc_alloc_atomic(sizeof(ExcEntry) * (size_t)(u->nexc + 1));
    if (!code->exctable) {
        kr_err_no_memory(th);
        kr_emit_fail(c);
    }
    if (u->nexc)
        memcpy(code->exctable, u->exc, sizeof(ExcEntry) * (size_t)u->nexc);
    code->linetable = build_linetable(c, &code->linetable_len);
    code->positions = kr_gc_alloc_atomic(sizeof(int32_t) * 4 * (size_t)(u->ncode + 1));
    if (!code->positions) {
        kr_err_no_memory(th);
        kr_emit_fail(c);
    }
    if (u->ncode)
        memcpy(code->positions, u->pos, sizeof(int32_t) * 4 * (size_t)u->ncode);
    return code;
}
