/*
 * disasm.c -- `krait -X dis FILE`: a readable listing of code objects.
 *
 * Everything printed is derived from opcodes.def: the name of each
 * instruction and its operand format (which fields are registers,
 * constants or jump offsets).  Nested code objects (functions, classes,
 * comprehensions) are listed after their parent.
 *
 *   <module> (framesize 3, nlocals 0)
 *       0  L1  LOAD_CONST      r0 K0 (1)
 *       1      BINARY_OP       r2 r0 r1 +
 *       2      JUMP_IF_FALSE   r2 -> 7
 *   exception table:  [0, 5) -> 9  r3
 */
#include "vm/opcodes.h"

#include <string.h>

#include "core/buf.h"
#include "core/state.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

const char *const kr_opcode_names[OP_COUNT] = {
#define KR_OP(name, fmt, doc) [OP_##name] = #name,
#include "vm/opcodes.def"
#undef KR_OP
};

const char *const kr_opcode_formats[OP_COUNT] = {
#define KR_OP(name, fmt, doc) [OP_##name] = fmt,
#include "vm/opcodes.def"
#undef KR_OP
};

static const char *const binop_names[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>",
                                           "|", "^", "&", "//"};
static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};

static void put_const(Thread *th, Buf *out, Value v)
{
    if (kr_is_type(v, &kr_code_type)) {
        kr_buf_puts(out, "<code ");
        kr_str_to_buf(out, ((Code *)kr_as_obj(v))->qualname);
        kr_buf_putc(out, '>');
        return;
    }
    Value r = kr_object_repr(th, v);
    if (!r) {
        kr_err_clear(th);
        kr_buf_puts(out, "?");
        return;
    }
    Str *s = kr_as_str(r);
    if (s->len > 40)
        s = kr_str_substr(th, s, 0, 40);
    if (s)
        kr_str_to_buf(out, s);
}

static void disasm_one(Thread *th, Code *code, Buf *out)
{
    kr_buf_puts(out, "");
    kr_str_to_buf(out, code->qualname);
    kr_buf_printf(out, " (framesize %u, nlocals %u, cells %u, free %u, args %u)\n",
                  code->framesize, code->nlocals, code->ncells, code->nfree, code->argcount);
    int lastline = -1;
    for (uint32_t pc = 0; pc < code->ninstrs; pc++) {
        Instr i = code->instrs[pc];
        Opcode op = KR_OPC(i);
        int line = kr_code_line(code, pc);
        if (line != lastline)
            kr_buf_printf(out, "%6u  L%-4d %-16s", pc, line, kr_opcode_names[op]);
        else
            kr_buf_printf(out, "%6u        %-16s", pc, kr_opcode_names[op]);
        lastline = line;
        const char *fmt = kr_opcode_formats[op];
        bool jump = strchr(fmt, 'J') != NULL;
        if (op == OP_CMP_BRANCH || op == OP_CMP_BRANCH_K)
            kr_buf_printf(out, " jump-if-%s", KR_A(i) ? "true" : "false");
        else if (strchr(fmt, 'A'))
            kr_buf_printf(out, " r%u", KR_A(i));
        if (jump) {
            kr_buf_printf(out, " -> %d", (int)pc + 1 + KR_SBC(i));
        } else if (!strcmp(fmt, "AK") || !strcmp(fmt, "AKC") || !strcmp(fmt, "AKCX")) {
            kr_buf_printf(out, " K%u (", KR_B(i));
            put_const(th, out, code->consts->items[KR_B(i)]);
            kr_buf_putc(out, ')');
            if (strchr(fmt, 'C'))
                kr_buf_printf(out, " r%u", KR_C(i));
        } else if (!strncmp(fmt, "ABK", 3)) {
            kr_buf_printf(out, " r%u K%u (", KR_B(i), KR_C(i));
            put_const(th, out, code->consts->items[KR_C(i)]);
            kr_buf_putc(out, ')');
        } else {
            /* B and C are registers except where opcodes.def calls them counts:
             * B is an argument count for calls, C an item count for builds. */
            bool b_count = op == OP_CALL || op == OP_CALL_METHOD || op == OP_COPY_FREE_VARS;
            bool c_count = b_count || op == OP_BUILD_TUPLE || op == OP_BUILD_LIST ||
                           op == OP_BUILD_DICT || op == OP_BUILD_SET || op == OP_BUILD_STRING ||
                           op == OP_BUILD_SLICE || op == OP_UNPACK || op == OP_UNPACK_EX;
            if (strchr(fmt, 'B'))
                kr_buf_printf(out, b_count ? " %u" : " r%u", KR_B(i));
            if (strchr(fmt, 'C'))
                kr_buf_printf(out, c_count ? " %u" : " r%u", KR_C(i));
        }
        if (op == OP_BINARY_OP || op == OP_BINARY_OP_K || op == OP_INPLACE_OP)
            kr_buf_printf(out, "  %s%s%s%s",
                          (KR_X(i) & KR_BINOP_MASK) < 13 ? binop_names[KR_X(i) & KR_BINOP_MASK] : "?",
                          KR_X(i) & KR_BINOP_FRESH ? " fresh" : "",
                          KR_X(i) & KR_BINOP_B_DIES ? " b-dies" : "",
                          KR_X(i) & KR_BINOP_C_DIES ? " c-dies" : "");
        else if (op == OP_COMPARE_OP || op == OP_COMPARE_OP_K || op == OP_CMP_BRANCH ||
                 op == OP_CMP_BRANCH_K)
            kr_buf_printf(out, "  %s", KR_X(i) < 6 ? cmp_names[KR_X(i)] : "?");
        else if (strchr(fmt, 'X'))
            kr_buf_printf(out, "  x=%u", KR_X(i));
        kr_buf_putc(out, '\n');
    }
    if (code->nexc) {
        kr_buf_puts(out, "  exception table:\n");
        for (uint32_t k = 0; k < code->nexc; k++) {
            ExcEntry *e = &code->exctable[k];
            kr_buf_printf(out, "    [%u, %u) -> %u  r%u\n", e->start, e->end, e->handler, e->reg);
        }
    }
    kr_buf_putc(out, '\n');
    for (int64_t k = 0; k < code->consts->size; k++) {
        Value v = code->consts->items[k];
        if (kr_is_type(v, &kr_code_type))
            disasm_one(th, (Code *)kr_as_obj(v), out);
    }
}

void kr_disasm(Thread *th, Code *code, Buf *out)
{
    disasm_one(th, code, out);
}
