/*
 * _opcode.c -- the _opcode module: krait's instruction names for
 * lib/opcode.py, and stack_effect.
 *
 * CPython's dis.py runs unchanged over the views code objects give
 * (co_code, co_linetable, co_exceptiontable: objects/code.c); what it
 * needs to name krait's instructions comes from here, derived from
 * vm/opcodes.def like every other table.
 */
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"
#include "vm/opcodes.h"

/* stack_effect(opcode, oparg=None, /, *, jump=None): krait's instructions
 * name registers, so none moves a stack; co_code numbers an instruction
 * with an oparg 128 + its opcode. */
static Value opcode_stack_effect(Thread *th, Value self, const Value *args, size_t nargs,
                                 Tuple *kw)
{
    static const char *const names[] = {"", "oparg", "jump", NULL};
    Value v[3] = {0};
    if (kr_libutil_parse_kwonly(th, "stack_effect", args, nargs, kw, names, 2, 1, 1, v) < 0)
        return KR_VALUE_NULL;
    int op;
    if (kr_libutil_as_int(th, v[0], true, &op) < 0)
        return KR_VALUE_NULL;
    bool has_arg = v[1] && v[1] != KR_NONE;
    if (op < 0 || op >= 256 || op % 128 >= OP_COUNT) {
        kr_err_set_string(th, &kr_exc_ValueError, "invalid opcode or oparg");
        return KR_VALUE_NULL;
    }
    if (op >= 128 && !has_arg) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "stack_effect: opcode requires oparg but oparg was not specified");
        return KR_VALUE_NULL;
    }
    if (op < 128 && has_arg) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "stack_effect: opcode does not permit oparg but oparg was specified");
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(0);
}

static const MethodDef opcode_functions[] = {
    {"stack_effect", opcode_stack_effect, "($module, opcode, oparg=None, /, *, jump=None)", NULL, 0},
    {0},
};

int kr_mod__opcode_init(Thread *th)
{
    struct Module *m = kr_libutil_module(th, "_opcode", opcode_functions);
    Tuple *t = m ? kr_tuple_new(th, OP_COUNT) : NULL;
    if (!t)
        return -1;
    for (int op = 0; op < OP_COUNT; op++) {
        Str *s = kr_str_from_cstr(th, kr_opcode_names[op]);
        if (!s)
            return -1;
        t->items[op] = kr_from_obj(s);
    }
    return kr_libutil_add_value(th, m, "_krait_opnames", kr_from_obj(t));
}
