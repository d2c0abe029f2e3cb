/*
 * opcodes.h -- the instruction word and the opcode enum.
 *
 * Every instruction is one 64-bit word:
 *
 *    63            48 47            32 31            16 15      8 7       0
 *   +----------------+----------------+----------------+---------+---------+
 *   |       C        |       B        |       A        |    X    |   op    |
 *   +----------------+----------------+----------------+---------+---------+
 *   |           sBC (signed 32-bit)   |
 *
 * Why 64 bits and not Lua's 32: 16-bit register and constant fields make
 * "too many registers" and EXTENDED_ARG disappear for any real program
 * (65,536 registers per frame, 65,536 constants per code object), the X
 * byte carries the operator so `a = b + c` is one instruction with no
 * constant lookup, and decoding is still a shift and a mask.  The price,
 * twice the bytes of a 32-bit word, is paid in instruction cache only; a
 * denser form can come later without changing the compiler above emit.c.
 *
 * Inline caches live in a side array indexed by pc (Code.caches), one
 * word per instruction, so the words here stay immutable except for
 * quickening, which rewrites only the op byte in place.
 */
#ifndef KR_OPCODES_H
#define KR_OPCODES_H

#include "objects/code.h"

typedef enum Opcode {
#define KR_OP(name, fmt, doc) OP_##name,
#include "vm/opcodes.def"
#undef KR_OP
    OP_COUNT
} Opcode;

#define KR_NO_REG 0xFFFF

static inline Instr kr_instr(Opcode op, unsigned x, unsigned a, unsigned b, unsigned c)
{
    return (Instr)op | (Instr)(x & 0xFF) << 8 | (Instr)(a & 0xFFFF) << 16 |
           (Instr)(b & 0xFFFF) << 32 | (Instr)(c & 0xFFFF) << 48;
}

static inline Instr kr_instr_j(Opcode op, unsigned a, int32_t offset)
{
    return (Instr)op | (Instr)(a & 0xFFFF) << 16 | (Instr)(uint32_t)offset << 32;
}

/* BINARY_OP's X: the operator (BinOp) in the low bits, and the dying
 * temporaries the compiler found (ops_arith.inc): the result goes to a
 * temporary that one later BINARY_OP alone reads (FRESH), or operand B / C
 * is such a temporary, read here for the last time (B_DIES, C_DIES). */
enum {
    KR_BINOP_MASK = 0x1F,
    KR_BINOP_FRESH = 0x20,
    KR_BINOP_B_DIES = 0x40,
    KR_BINOP_C_DIES = 0x80,
};

#define KR_OPC(i) ((Opcode)((i) & 0xFF))
#define KR_X(i) ((unsigned)((i) >> 8) & 0xFF)
#define KR_A(i) ((unsigned)((i) >> 16) & 0xFFFF)
#define KR_B(i) ((unsigned)((i) >> 32) & 0xFFFF)
#define KR_C(i) ((unsigned)((i) >> 48) & 0xFFFF)
#define KR_SBC(i) ((int32_t)(uint32_t)((i) >> 32))

extern const char *const kr_opcode_names[OP_COUNT];
extern const char *const kr_opcode_formats[OP_COUNT];

/* `krait -X dis`: print the code and its nested code objects. */
struct Buf;
void kr_disasm(Thread *th, Code *code, struct Buf *out);

#endif
