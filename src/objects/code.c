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

#include "core/state.h"
#include "objects/str.h"

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

Type kr_code_type = {
    .hdr = {&kr_type_type},
    .name = "code",
    .size = sizeof(Code),
    .flags = KR_TYPE_IMMUTABLE,
    .repr = code_repr,
};
