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

static void put_varint(Buf *b, uint64_t v)
{
    do {
        uint8_t byte = v & 0x7f;
        v >>= 7;
        kr_buf_putc(b, (char)(v ? byte | 0x80 : byte));
    } while (v);
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

/* ---- CPython-shaped views: co_code, co_linetable, co_exceptiontable -------------------
 * CPython's dis.py reads code objects through these, unchanged.  One krait
 * instruction is one code unit (two bytes, offset 2*pc) in all of them, as
 * in co_lines() and f_lasti, so the offsets agree. */

/* Per constant-pool index: its index in co_consts and in co_names (-1 if
 * none), as co_consts and co_names above number them. */
static bool pool_indexes(Code *c, int32_t **kidx, int32_t **nidx)
{
    int64_t n = c->consts->size;
    int32_t *k = kr_gc_alloc_atomic(sizeof(int32_t) * ((size_t)n + 1));
    int32_t *nm = kr_gc_alloc_atomic(sizeof(int32_t) * ((size_t)n + 1));
    int32_t *first = kr_gc_alloc_atomic(sizeof(int32_t) * ((size_t)n + 1));  /* co_names[j]'s pool index */
    if (!k || !nm || !first)
        return false;
    memset(k, 0, sizeof(int32_t) * (size_t)n);
    for (int64_t i = 0; i < n; i++)
        nm[i] = -1;
    int32_t nnames = 0;
    for (uint32_t pc = 0; pc < c->ninstrs; pc++) {
        Instr in = c->instrs[pc];
        int64_t p = name_operand(in);
        if (p >= 0 && p < n) {
            k[p] |= 1;
            for (int32_t j = 0; j < nnames && nm[p] < 0; j++)
                if (c->consts->items[first[j]] == c->consts->items[p])
                    nm[p] = j;
            if (nm[p] < 0) {
                first[nnames] = (int32_t)p;
                nm[p] = nnames++;
            }
        } else if (KR_OPC(in) == OP_LOAD_CONST && KR_B(in) < n)
            k[KR_B(in)] |= 2;
    }
    for (int64_t i = 0, next = 0; i < n; i++)      /* bit masks -> co_consts indexes */
        k[i] = k[i] == 1 ? -1 : (int32_t)next++;
    *kidx = k;
    *nidx = nm;
    return true;
}

/* krait's operators (X of BINARY_OP) as indexes of CPython's opcode._nb_ops. */
_Static_assert(OP_COUNT <= 128, "co_code numbers an opcode with an oparg 128 + op");

static const uint8_t nb_op_index[] = {0, 10, 5, 4, 11, 6, 8, 3, 9, 7, 12, 1, 2};

/* The oparg dis shows for an instruction (a co_consts or co_names index, an
 * operator, a forward jump), or -1 when it has none that fits in a byte.
 * lib/opcode.py names the same categories. */
static int unit_arg(Instr in, const int32_t *kidx, const int32_t *nidx, int64_t npool)
{
    int64_t p = name_operand(in);
    Opcode op = KR_OPC(in);
    int64_t arg = -1;
    if (p >= 0 && p < npool)
        arg = op == OP_LOAD_GLOBAL ? 2 * (int64_t)nidx[p] : nidx[p];
    else if (op == OP_LOAD_CONST && KR_B(in) < npool)
        arg = kidx[KR_B(in)];
    else if (op == OP_COMPARE_OP)
        arg = KR_X(in);
    else if (op == OP_BINARY_OP && (KR_X(in) & KR_BINOP_MASK) < sizeof nb_op_index)
        arg = nb_op_index[KR_X(in) & KR_BINOP_MASK];
    else if (strchr(kr_opcode_formats[op], 'J'))
        arg = KR_SBC(in);
    return arg >= 0 && arg < 256 ? (int)arg : -1;
}

/* co_code: two bytes an instruction: the opcode, or 128 + the opcode when
 * the second byte is an oparg (see unit_arg); lib/opcode.py numbers them
 * so.  krait's own listing, with every operand, is `krait -X dis`. */
static Value co_code(Thread *th, Value v)
{
    Code *c = AS_CODE(v);
    int32_t *kidx, *nidx;
    uint8_t *out = kr_gc_alloc_atomic(2 * (size_t)c->ninstrs + 1);
    if (!out || !pool_indexes(c, &kidx, &nidx)) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    for (uint32_t pc = 0; pc < c->ninstrs; pc++) {
        Instr in = c->instrs[pc];
        int arg = unit_arg(in, kidx, nidx, c->consts->size);
        out[2 * pc] = (uint8_t)(KR_OPC(in) + (arg >= 0 ? 128 : 0));
        out[2 * pc + 1] = (uint8_t)(arg >= 0 ? arg : 0);
    }
    Bytes *b = kr_bytes_new(th, out, 2 * (int64_t)c->ninstrs);
    return b ? kr_from_obj(b) : KR_VALUE_NULL;
}

/* The position of the instruction at pc: line, end line, column, end
 * column, -1 unknown.  An end line before the line (the compiler's
 * artificial instructions) reads as the line, which CPython's formats
 * cannot hold otherwise. */
static void position_at(const Code *c, const int32_t *pos, uint32_t pc, int32_t out[4])
{
    if (pos) {
        memcpy(out, pos + 4 * pc, 4 * sizeof *out);
        if (out[0] >= 0 && out[1] < out[0])
            out[1] = out[0];
        return;
    }
    out[0] = out[1] = kr_code_line(c, pc);
    out[2] = out[3] = -1;
}

/* The 6-bit varints of co_linetable: least significant chunk first. */
static void put_loc_varint(Buf *b, uint32_t v)
{
    for (; v >= 64; v >>= 6)
        kr_buf_putc(b, (char)(0x40 | (v & 63)));
    kr_buf_putc(b, (char)v);
}

static void put_loc_svarint(Buf *b, int32_t v)
{
    put_loc_varint(b, v < 0 ? (uint32_t)-(int64_t)v << 1 | 1 : (uint32_t)v << 1);
}

/* One co_linetable entry for len (1..8) units at position p, choosing the
 * shortest of CPython's forms (Objects/locations.md). */
static void put_location(Buf *b, const int32_t p[4], int prevline, int len)
{
    int head = 0x80 | (len - 1);
    int32_t line = p[0], endline = p[1], col = p[2], endcol = p[3];
    if (line < 0) {
        kr_buf_putc(b, (char)(head | 15 << 3));
        return;
    }
    int32_t dline = line - prevline;
    if (col < 0 || endcol < 0) {
        if (endline == line || endline < 0) {
            kr_buf_putc(b, (char)(head | 13 << 3));
            put_loc_svarint(b, dline);
            return;
        }
    } else if (endline == line) {
        if (dline == 0 && col < 80 && endcol >= col && endcol - col < 16) {
            kr_buf_putc(b, (char)(head | (col / 8) << 3));
            kr_buf_putc(b, (char)((col % 8) << 4 | (endcol - col)));
            return;
        }
        if (dline >= 0 && dline < 3 && col < 128 && endcol < 128) {
            kr_buf_putc(b, (char)(head | (10 + dline) << 3));
            kr_buf_putc(b, (char)col);
            kr_buf_putc(b, (char)endcol);
            return;
        }
    }
    kr_buf_putc(b, (char)(head | 14 << 3));
    put_loc_svarint(b, dline);
    put_loc_varint(b, endline > line ? (uint32_t)(endline - line) : 0);
    put_loc_varint(b, (uint32_t)(col + 1));
    put_loc_varint(b, (uint32_t)(endcol + 1));
}


/* co_linetable: the positions in CPython 3.11's location-table format,
 * runs of equal positions sharing an entry of up to 8 units. */
static Value co_linetable(Thread *th, Value v)
{
    Code *c = AS_CODE(v);
    const int32_t *pos = kr_code_positions(c);
    Buf b;
    kr_buf_init(&b);
    int prevline = c->firstlineno;
    for (uint32_t pc = 0; pc < c->ninstrs;) {
        int32_t p[4], q[4];
        position_at(c, pos, pc, p);
        int len = 1;
        for (; len < 8 && pc + len < c->ninstrs; len++) {
            position_at(c, pos, pc + len, q);
            if (memcmp(p, q, sizeof p))
                break;
        }
        put_location(&b, p, prevline, len);
        if (p[0] >= 0)
            prevline = p[0];
        pc += (uint32_t)len;
    }
    Bytes *out = kr_bytes_new(th, b.data ? b.data : "", (int64_t)b.len);
    kr_buf_free(&b);
    return out ? kr_from_obj(out) : KR_VALUE_NULL;
}

/* The varints of co_exceptiontable: most significant 6-bit chunk first,
 * bit 6 = more follow, bit 7 marks an entry's first byte. */
static void put_exc_varint(Buf *b, uint32_t v, int mark)
{
    int shift = 0;
    while (shift < 30 && v >> (shift + 6))
        shift += 6;
    for (; shift > 0; shift -= 6, mark = 0)
        kr_buf_putc(b, (char)(mark | 0x40 | ((v >> shift) & 63)));
    kr_buf_putc(b, (char)(mark | (v & 63)));
}

/* co_exceptiontable: krait's entries, innermost first, in CPython's
 * format; the "depth" is the register that receives the exception. */
static Value co_exceptiontable(Thread *th, Value v)
{
    Code *c = AS_CODE(v);
    Buf b;
    kr_buf_init(&b);
    for (uint32_t i = 0; i < c->nexc; i++) {
        const ExcEntry *e = &c->exctable[i];
        put_exc_varint(&b, e->start, 0x80);
        put_exc_varint(&b, e->end - e->start, 0);
        put_exc_varint(&b, e->handler, 0);
        put_exc_varint(&b, e->reg << 1, 0);
    }
    Bytes *out = kr_bytes_new(th, b.data ? b.data : "", (int64_t)b.len);
    kr_buf_free(&b);
    return out ? kr_from_obj(out) : KR_VALUE_NULL;
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
    {"_co_code_adaptive", 0, co_code, NULL, NULL, KR_MEMBER_READONLY},
    {"co_linetable", 0, co_linetable, NULL, NULL, KR_MEMBER_READONLY},
    {"co_exceptiontable", 0, co_exceptiontable, NULL, NULL, KR_MEMBER_READONLY},
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
        int32_t at[4];
        Value p[4];
        position_at(c, pos, pc, at);
        for (int i = 0; i < 4; i++)
            p[i] = at[i] < 0 ? KR_NONE : kr_from_smallint(at[i]);
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

/* ---- replace(co_linetable=...) ---------------------------------------------------- */

typedef struct LocReader {
    const uint8_t *p;
    size_t len, i;
} LocReader;

static uint32_t get_loc_varint(LocReader *r)
{
    uint32_t v = 0;
    for (int shift = 0; r->i < r->len && shift < 32; shift += 6) {
        uint8_t b = r->p[r->i++];
        v |= (uint32_t)(b & 63) << shift;
        if (!(b & 0x40))
            break;
    }
    return v;
}

static int32_t get_loc_svarint(LocReader *r)
{
    uint32_t u = get_loc_varint(r);
    return u & 1 ? -(int32_t)(u >> 1) : (int32_t)(u >> 1);
}

/* One entry's position from its first byte's code; *line is the running
 * start line. */
static void get_location(LocReader *r, int code, int32_t *line, int32_t out[4])
{
    out[0] = out[1] = out[2] = out[3] = -1;
    if (code == 15)
        return;
    if (code < 10) {
        uint8_t b = r->i < r->len ? r->p[r->i++] : 0;
        out[2] = code * 8 + ((b >> 4) & 7);
        out[3] = out[2] + (b & 15);
    } else if (code < 13) {
        *line += code - 10;
        out[2] = r->i < r->len ? r->p[r->i++] : 0;
        out[3] = r->i < r->len ? r->p[r->i++] : 0;
    } else {
        *line += get_loc_svarint(r);
    }
    out[0] = out[1] = *line;
    if (code == 14) {
        out[1] = *line + (int32_t)get_loc_varint(r);
        out[2] = (int32_t)get_loc_varint(r) - 1;
        out[3] = (int32_t)get_loc_varint(r) - 1;
    }
}

/* krait's own pc -> line table (format at the top) from positions. */
static bool rebuild_lines(Code *c, const int32_t *pos)
{
    Buf b;
    kr_buf_init(&b);
    int line = c->firstlineno;
    uint32_t at = 0;
    for (uint32_t pc = 0; pc < c->ninstrs; pc++) {
        int32_t l = pos[4 * pc];
        if (l < 0 || l == line)
            continue;
        int64_t d = (int64_t)l - line;
        put_varint(&b, pc - at);
        put_varint(&b, ((uint64_t)d << 1) ^ (uint64_t)(d >> 63));
        at = pc;
        line = l;
    }
    c->linetable = kr_gc_alloc_atomic(b.len + 1);
    if (c->linetable)
        memcpy(c->linetable, b.data ? b.data : "", b.len);
    c->linetable_len = (uint32_t)b.len;
    kr_buf_free(&b);
    return c->linetable != NULL;
}

/* Take c's positions and lines from a CPython-format location table. */
static int set_linetable(Thread *th, Code *c, const Bytes *t)
{
    int32_t *pos = kr_gc_alloc_atomic(16 * (size_t)c->ninstrs + 16);
    if (!pos) {
        kr_err_no_memory(th);
        return -1;
    }
    memset(pos, 0xff, 16 * (size_t)c->ninstrs);       /* -1: unknown */
    LocReader r = {(const uint8_t *)t->data, (size_t)t->len, 0};
    int32_t line = c->firstlineno;
    for (uint32_t pc = 0; pc < c->ninstrs && r.i < r.len;) {
        uint8_t head = r.p[r.i++];
        int32_t p[4];
        get_location(&r, (head >> 3) & 15, &line, p);
        for (int n = (head & 7) + 1; n > 0 && pc < c->ninstrs; n--, pc++)
            memcpy(pos + 4 * pc, p, sizeof p);
    }
    c->positions = pos;
    c->positions_packed = NULL;
    if (!rebuild_lines(c, pos)) {
        kr_err_no_memory(th);
        return -1;
    }
    return 0;
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
    Bytes *linetable = NULL;
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
        else if (!strcmp(n, "co_linetable") && kr_is_bytes(v))
            linetable = kr_as_bytes(v);          /* after co_firstlineno, its base */
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
    if (linetable && set_linetable(th, c, linetable) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(c);
}

/* _varname_from_oparg(i) (dis): the name of register i, a local, cell or
 * free variable. */
static Value code_varname_from_oparg(Thread *th, Value self, const Value *args, size_t nargs,
                                     Tuple *kw)
{
    Code *c = AS_CODE(args[0]);
    if (nargs != 2 || !kr_is_smallint(args[1]))
        return kr_err_type_error(th, "_varname_from_oparg() takes one int argument");
    int64_t i = kr_as_smallint(args[1]);
    if (i >= 0 && i < c->varnames->size)
        return c->varnames->items[i];
    i -= c->nlocals;
    if (i >= 0 && i < c->cellvars->size)
        return c->cellvars->items[i];
    i -= c->cellvars->size;
    if (i >= 0 && i < c->freevars->size)
        return c->freevars->items[i];
    kr_err_set_string(th, &kr_exc_IndexError, "tuple index out of range");
    return KR_VALUE_NULL;
}

static const MethodDef code_methods[] = {
    {"co_positions", code_positions, "($self, /)", NULL, 0},
    {"co_lines", code_lines, "($self, /)", NULL, 0},
    {"replace", code_replace, "($self, /, **changes)", NULL, 0},
    {"_varname_from_oparg", code_varname_from_oparg, "($self, oparg, /)", NULL, 0},
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
