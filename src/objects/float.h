/*
 * float.h -- Python float: doubles inline in the Value (core/value.h).
 *
 * The few negative-NaN bit patterns that cannot be stored inline live in a
 * boxed Float object of the same type; kr_float_new hides the difference
 * and kr_float_value reads either form.
 */
#ifndef KR_FLOAT_H
#define KR_FLOAT_H

#include "objects/object.h"

typedef struct Float {
    Obj hdr;
    double d;
} Float;

static inline bool kr_is_float(Value v)
{
    return kr_is_double(v) ||
           (kr_is_obj(v) && (kr_as_obj(v)->type->flags & KR_TYPE_FLOAT_SUBCLASS));
}
static inline double kr_float_value(Value v)
{
    return kr_is_double(v) ? kr_as_double(v) : ((Float *)kr_as_obj(v))->d;
}
KR_MUST_CHECK Value kr_float_box(Thread *th, double d);
static inline Value kr_float_new(Thread *th, double d)
{
    return KR_LIKELY(kr_double_fits(d)) ? kr_from_double_unchecked(d) : kr_float_box(th, d);
}
KR_MUST_CHECK Value kr_float_binop(Thread *th, Value a, Value b, BinOp op);
KR_MUST_CHECK Value kr_float_richcompare(Thread *th, Value a, Value b, int op);
KR_MUST_CHECK Value kr_float_repr(Thread *th, Value v);
int64_t kr_float_hash_double(double d);
/* Convert an int or float to double; -1 with TypeError/OverflowError. */
KR_MUST_CHECK int kr_float_as_double(Thread *th, Value v, double *out);
KR_MUST_CHECK Value kr_float_format_spec(Thread *th, Value v, Value spec);
KR_MUST_CHECK Value kr_float_from_string(Thread *th, Str *s);

#endif
