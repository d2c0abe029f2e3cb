/*
 * complex.h -- Python complex: a boxed pair of doubles.
 *
 * Unlike float, complex has no inline form: two doubles do not fit in a
 * Value word, and complex arithmetic is rare enough that a 24-byte heap
 * object per result costs nothing that shows.  The arithmetic, hashing,
 * parsing and error messages are CPython 3.11's complexobject.c.
 */
#ifndef KR_COMPLEX_H
#define KR_COMPLEX_H

#include "objects/object.h"

typedef struct Complex {
    Obj hdr;
    double real, imag;
} Complex;

extern Type kr_complex_type;

static inline bool kr_is_complex(Value v)
{
    return kr_is_obj(v) && (kr_as_obj(v)->type == &kr_complex_type ||
                            kr_type_is_subtype(kr_as_obj(v)->type, &kr_complex_type));
}
static inline Complex *kr_as_complex(Value v) { return (Complex *)kr_as_obj(v); }

KR_MUST_CHECK Value kr_complex_new(Thread *th, double real, double imag);
KR_MUST_CHECK Value kr_complex_binop(Thread *th, Value a, Value b, BinOp op);
/* format(z, spec): spec is a str. */
KR_MUST_CHECK Value kr_complex_format_spec(Thread *th, Value z, Value spec);

#endif
