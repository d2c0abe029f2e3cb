/*
 * code.c -- the code object type and the line table.
 *
 * Line table: a byte string of (pc delta, line delta) pairs, each an
 * unsigned LEB128 varint for the pc delta and a zigzag varint for the line
 * delta.  Entry k says "from pc_k on, the line is line_k", starting from
 * (0, firstlineno).  Lookup walks from the start: it runs only when a
 * traceback is printed or a frame's f_lineno is asked for, never on the
 * normal path (the same trade as CPython's co_linetable).  The emitter is
 * compile/emit.c.
 */
#include "objects/code.h"

#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"
#include "vm/opcodes.h"

static uint64_t read_varint(const uint8_t *p, uint32_t len, uint32_t *i)
{
    uint64_t v = 0;
    int shift = 0;
    while (*i < len) {
        uint8_t b = p[(*i)++];
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80))
            break;
        shift += 7;
    }
    return v;
}

int kr_code_line(const Code *c, uint32_t pc)
{
    uint32_t i = 0, at = 0;
    int line = c->firstlineno;
    while (i < c->linetable_len) {
        uint64_t dpc = read_varint(c->linetable, c->linetable_len, &i);
        uint64_t z = read_varint(c->linetable, c->linetable_len, &i);
        int64_t dline = (int64_t)(z >> 1) ^ -(int64_t)(z & 1);
        if (at + dpc > pc)
            break;
        at += (uint32_t)dpc;
        line += (int)dline;
    }
    return line;
}

static Value code_repr(Thread *th, Value v)
{
    Code *c = (Code *)kr_as_obj(v);
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "<code object ");
    kr_str_to_buf(&b, c->name);
    kr_buf_printf(&b, " at %#llx, file \"", (unsigned long long)v);
    kr_str_to_buf(&b, c->filename);
    kr_buf_printf(&b, "\", line %d>", c->firstlineno);
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* ---- attributes (co_*) --------------------------------------------------------------- */

#define AS_CODE(v) ((Code *)kr_as_obj(v))

static Value co_name(Thread *th, Value v) { return kr_from_obj(AS_CODE(v)->name); }
static Value co_qualname(Thread *th, Value v) { return kr_from_obj(AS_CODE(v)->qualname); }
static Value co_filename(Thread *th, Value v) { return kr_from_obj(AS_CODE(v)->filename); }
static Value co_firstlineno(Thread *th, Value v) { return kr_from_smallint(AS_CODE(v)->firstlineno); }
static Value co_argcount(Thread *th, Value v) { return kr_from_smallint(AS_CODE(v)->argcount); }
static Value co_posonlyargcount(Thread *th, Value v) { return kr_from_smallint(AS_CODE(v)->posonlyargcount); }
static Value co_kwonlyargcount(Thread *th, Value v) { return kr_from_smallint(AS_CODE(v)->kwonlyargcount); }
static Value co_nlocals(Thread *th, Value v) { return kr_from_smallint(AS_CODE(v)->nlocals); }
static Value co_stacksize(Thread *th, Value v) { return kr_from_smallint(AS_CODE(v)->framesize); }
static Value co_cellvars(Thread *th, Value v) { return kr_from_obj(AS_CODE(v)->cellvars); }
static Value co_freevars(Thread *th, Value v) { return kr_from_obj(AS_CODE(v)->freevars); }

/* The CO_* bits CPython shows; krait's private bits stay hidden. */
static Value co_flags(Thread *th, Value v) { return kr_from_smallint(AS_CODE(v)->flags & 0x3ffffff); }

/* co_varnames: the local variables only (varnames may name more registers). */
static Value co_varnames(Thread *th, Value v)
{
    Code *c = AS_CODE(v);
    if ((int64_t)c->nlocals >= c->varnames->size)
        return kr_from_obj(c->varnames);
    Tuple *t = kr_tuple_from_array(th, c->varnames->items, c->nlocals);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* The constant-pool index an instruction uses as a name (global,
 * attribute, import), or -1. */
static int64_t name_operand(Instr in)
{
    switch (KR_OPC(in)) {
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL:
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME:
    case OP_SET_ATTR: case OP_DEL_ATTR: case OP_IMPORT_NAME:
        return KR_B(in);
    case OP_GET_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_FROM:
        return KR_C(in);
    default:
        return -1;
    }
}

/* co_consts: the constant pool without the entries that only serve as
 * names (krait keeps names in the pool; CPython in co_names). */
static Value co_consts(Thread *th, Value v)
{
    Code *c = AS_CODE(v);
    int64_t n = c->consts->size;
    uint8_t *use = kr_gc_alloc_atomic((size_t)n + 1);    /* bit 1: name, bit 2: value */
    List *out = use ? kr_list_new(th, 0) : NULL;
    if (!out) {
        if (!use)
            kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    memset(use, 0, (size_t)n + 1);
    for (uint32_t pc = 0; pc < c->ninstrs; pc++) {
        Instr in = c->instrs[pc];
        int64_t k = name_operand(in);
        if (k >= 0 && k < n)
            use[k] |= 1;
        else if (KR_OPC(in) == OP_LOAD_CONST && KR_B(in) < n)
            use[KR_B(in)] |= 2;
    }
    for (int64_t i = 0; i < n; i++)
        if (use[i] != 1 && kr_list_append(th, out, c->consts->items[i]) < 0)
            return KR_VALUE_NULL;
    Tuple *t = kr_tuple_from_array(th, out->items, out->size);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* co_names: the global, attribute and import names the instructions use,
 * in first-use order -- recovered from the instructions, since krait keeps
 * names in the constant pool. */
static Value co_names(Thread *th, Value v)
{
    Code *c = AS_CODE(v);
    List *names = kr_list_new(th, 0);
    if (!names)
        return KR_VALUE_NULL;
    for (uint32_t pc = 0; pc < c->ninstrs; pc++) {
        int64_t k = name_operand(c->instrs[pc]);
        if (k < 0)
            continue;
        Value name = c->consts->items[k];
        bool found = false;
        for (int64_t i = 0; i < names->size && !found; i++)
            found = names->items[i] == name;      /* names are interned */
        if (!found && kr_list_append(th, names, name) < 0)
            return KR_VALUE_NULL;
    }
    Tuple *t = kr_tuple_from_array(th, names->items, names->size);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* co_code: the instruction words' bytes (krait's format, not CPython's). */
static Value co_code(Thread *th, Value v)
{
    Code *c = AS_CODE(v);
    Bytes *b = kr_bytes_new(th, c->instrs, (int64_t)(sizeof(Instr) * c->ninstrs));
    return b ? kr_from_obj(b) : KR_VALUE_NULL;
}

static const MemberDef code_members[] = {
    {"co_name", 0, co_name, NULL, NULL, KR_MEMBER_READONLY},
    {"co_qualname", 0, co_qualname, NULL, NULL, KR_MEMBER_READONLY},
    {"co_filename", 0, co_filename, NULL, NULL, KR_MEMBER_READONLY},
    {"co_firstlineno", 0, co_firstlineno, NULL, NULL, KR_MEMBER_READONLY},
    {"co_argcount", 0, co_argcount, NULL, NULL, KR_MEMBER_READONLY},
    {"co_posonlyargcount", 0, co_posonlyargcount, NULL, NULL, KR_MEMBER_READONLY},
    {"co_kwonlyargcount", 0, co_kwonlyargcount, NULL, NULL, KR_MEMBER_READONLY},
    {"co_nlocals", 0, co_nlocals, NULL, NULL, KR_MEMBER_READONLY},
    {"co_stacksize", 0, co_stacksize, NULL, NULL, KR_MEMBER_READONLY},
    {"co_varnames", 0, co_varnames, NULL, NULL, KR_MEMBER_READONLY},
    {"co_cellvars", 0, co_cellvars, NULL, NULL, KR_MEMBER_READONLY},
    {"co_freevars", 0, co_freevars, NULL, NULL, KR_MEMBER_READONLY},
    {"co_names", 0, co_names, NULL, NULL, KR_MEMBER_READONLY},
    {"co_consts", 0, co_consts, NULL, NULL, KR_MEMBER_READONLY},
    {"co_flags", 0, co_flags, NULL, NULL, KR_MEMBER_READONLY},
    {"co_code", 0, co_code, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

/* co_positions(): (line, end_line, col, end_col) per instruction, columns
 * 0-based in UTF-8 bytes as CPython's; None where unknown. */
static Value code_positions(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    Code *c = AS_CODE(args[0]);
    List *l = kr_list_new(th, 0);
    if (!l)
        return KR_VALUE_NULL;
    const int32_t *pos = kr_code_positions(c);
    for (uint32_t pc = 0; pc < c->ninstrs; pc++) {
        Value p[4];
        for (int i = 0; i < 4; i++) {
            int32_t x = pos ? pos[4 * pc + i] : -1;
            p[i] = x < 0 ? KR_NONE : kr_from_smallint(x);
        }
        if (!pos)
            p[0] = p[1] = kr_from_smallint(kr_code_line(c, pc));
        Tuple *t = kr_tuple_from_array(th, p, 4);
        if (!t || kr_list_append(th, l, kr_from_obj(t)) < 0)
            return KR_VALUE_NULL;
    }
    return kr_object_iter(th, kr_from_obj(l));
}

/* co_lines() (helper "trace": dis.findlinestarts, trace --missing):
 * (start, end, line) byte ranges of runs of instructions on one line,
 * two bytes an instruction as CPython counts them; line None for the
 * compiler's artificial instructions. */
static Value code_lines(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    Code *c = AS_CODE(args[0]);
    List *l = kr_list_new(th, 0);
    const int32_t *pos = kr_code_positions(c);
    for (uint32_t pc = 0; l && pc < c->ninstrs;) {
        int line = pos ? pos[4 * pc] : kr_code_line(c, pc);
        uint32_t end = pc + 1;
        while (end < c->ninstrs && (pos ? pos[4 * end] : kr_code_line(c, end)) == line)
            end++;
        Value t[3] = {kr_from_smallint(2 * pc), kr_from_smallint(2 * end),
                      line < 0 ? KR_NONE : kr_from_smallint(line)};
        Tuple *tup = kr_tuple_from_array(th, t, 3);
        if (!tup || kr_list_append(th, l, kr_from_obj(tup)) < 0)
            return KR_VALUE_NULL;
        pc = end;
    }
    return l ? kr_object_iter(th, kr_from_obj(l)) : KR_VALUE_NULL;
}

/* co_flags for replace() (async helper): only CO_ITERABLE_COROUTINE may
 * change -- what types.coroutine does; the other bits describe how the
 * compiled code must run (a generator's frame, its arguments), so the VM
 * cannot take them from the caller. */
static int replace_flags(Thread *th, Code *c, int64_t v)
{
    if (v < 0 || ((uint64_t)v ^ c->flags) & ~(uint64_t)KR_CO_ITERABLE_COROUTINE) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "krait: replace() may change only CO_ITERABLE_COROUTINE in co_flags");
        return -1;
    }
    c->flags = (uint32_t)v;
    return 0;
}

/* replace(**changes): a copy with some co_* fields changed. */
static Value code_replace(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (nargs > 1)
        return kr_err_type_error(th, "replace() takes no positional arguments");
    Code *c = kr_gc_alloc(sizeof *c);
    if (!c) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    *c = *AS_CODE(args[0]);
    c->caches = NULL;             /* inline caches belong to one code object */
    for (int64_t i = 0; kw && i < kw->size; i++) {
        Str *k = kr_as_str(kw->items[i]);
        Value v = args[nargs + i];
        const char *n = (const char *)k->data;
        bool is_str = kr_is_str(v), is_int = kr_is_smallint(v);
        if (!strcmp(n, "co_name") && is_str)
            c->name = kr_as_str(v);
        else if (!strcmp(n, "co_qualname") && is_str)
            c->qualname = kr_as_str(v);
        else if (!strcmp(n, "co_filename") && is_str)
            c->filename = kr_as_str(v);
        else if (!strcmp(n, "co_firstlineno") && is_int)
            c->firstlineno = (int)kr_as_smallint(v);   /* the line table is relative */
        else if (!strcmp(n, "co_flags") && is_int) {
            if (replace_flags(th, c, kr_as_smallint(v)) < 0)
                return KR_VALUE_NULL;
        } else if (!strcmp(n, "co_consts") && kr_is_tuple(v) &&
                   kr_as_tuple(v)->size == c->consts->size)
            c->consts = kr_as_tuple(v);
        else {
            kr_err_format(th, &kr_exc_TypeError, "'%U' is an invalid keyword argument for replace()", k);
            return KR_VALUE_NULL;
        }
    }
    return kr_from_obj(c);
}

static const MethodDef code_methods[] = {
    {"co_positions", code_positions, "($self, /)", NULL, 0},
    {"co_lines", code_lines, "($self, /)", NULL, 0},
    {"replace", code_replace, "($self, /, **changes)", NULL, 0},
    {0},
};

Type kr_code_type = {
    .hdr = {&kr_type_type},
    .name = "code",
    .size = sizeof(Code),
    .flags = KR_TYPE_IMMUTABLE,
    .repr = code_repr,
    .members = code_members,
    .methods = code_methods,
};
