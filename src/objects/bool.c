/*
 * bool.c -- bool, the subclass of int with two immediate instances.
 *
 * True and False are immediates (core/value.h).  Arithmetic inherits
 * int's slots, which accept bools as 0 and 1; only repr and the bitwise
 * operators (bool & bool is a bool) differ.
 */
#include "objects/object.h"

#include "core/state.h"
#include "objects/int.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "vm/errors.h"

static Value bool_repr(Thread *th, Value v)
{
    Str *s = kr_str_from_cstr(th, v == KR_TRUE ? "True" : "False");
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value bool_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (kwnames)
        return kr_err_type_error(th, "bool() takes no keyword arguments");
    if (nargs > 1) {
        kr_err_format(th, &kr_exc_TypeError, "bool expected at most 1 argument, got %zu", nargs);
        return KR_VALUE_NULL;
    }
    if (nargs == 0)
        return KR_FALSE;
    int r = kr_object_truth(th, args[0]);
    return r < 0 ? KR_VALUE_NULL : kr_from_bool(r);
}

#define BOOL_BITOP(name, op, binop)                                           \
    static Value bool_##name(Thread *th, Value a, Value b)                    \
    {                                                                         \
        if (kr_is_bool(a) && kr_is_bool(b))                                   \
            return kr_from_bool((a == KR_TRUE) op (b == KR_TRUE));            \
        return kr_int_binop(th, a, b, binop);                                 \
    }
BOOL_BITOP(and_, &, KR_OP_AND)
BOOL_BITOP(or_, |, KR_OP_OR)
BOOL_BITOP(xor_, ^, KR_OP_XOR)

Type kr_bool_type = {
    .hdr = {&kr_type_type},
    .name = "bool",
    .base = &kr_int_type,
    .flags = KR_TYPE_IMMUTABLE,
    .new_ = bool_new,
    .repr = bool_repr,
    .binop = {[KR_OP_AND] = bool_and_, [KR_OP_OR] = bool_or_, [KR_OP_XOR] = bool_xor_},
};
