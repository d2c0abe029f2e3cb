/*
 * fuzz_marshal.c -- libFuzzer target: the loader of marshal data and of
 * .pyc files, on arbitrary bytes.
 *
 * The first byte picks the path:
 *   even   marshal.loads of the rest; what loads is dumped and loaded
 *          again (the writer must take anything the reader made);
 *   odd    the .pyc validation of the rest (vm/pyc.c kr_pyc_decode),
 *          with the source's mtime and size taken from the input's own
 *          header so that mutations get past it.
 * Nothing loaded is run: only a crash, a sanitizer report or a hang is a
 * finding.  Fuzz builds use a fixed build stamp (KR_PYC_FIXED_STAMP in
 * the Makefile), so the committed seeds -- .pyc files and marshalled code
 * a krait of that stamp wrote, made by tests/fuzz/gen_marshal_seeds.py --
 * keep reaching the code record whatever the sources are.
 */
#include <stdint.h>
#include <stdio.h>

#include "core/buf.h"
#include "modules/marshal.h"
#include "vm/errors.h"
#include "vm/pyc.h"
#include "vm/vm.h"

static Thread *th;

static uint32_t le32(const uint8_t *b)
{
    return b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

static void round_trip(Value v)
{
    Buf b;
    kr_buf_init(&b);
    if (kr_mod_marshal_dump_buf(th, v, &b) == 0 &&
        !kr_mod_marshal_loads(th, (const unsigned char *)b.data, (int64_t)b.len))
        __builtin_trap();           /* what was written must read back */
    kr_err_clear(th);
    kr_buf_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!th && !(th = kr_vm_new()))
        return 0;
    if (size < 1)
        return 0;
    const uint8_t *body = data + 1;
    size_t n = size - 1;
    if (data[0] & 1) {
        if (n >= 16)
            (void)kr_pyc_decode(th, body, n, le32(body + 8), le32(body + 12));
    } else {
        Value v = kr_mod_marshal_loads(th, body, (int64_t)n);
        if (v)
            round_trip(v);
    }
    kr_err_clear(th);
    return 0;
}
