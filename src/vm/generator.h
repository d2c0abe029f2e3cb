/*
 * generator.h -- generator objects (vm/generator.c).
 */
#ifndef KR_GENERATOR_H
#define KR_GENERATOR_H

#include "vm/frame.h"

extern Type kr_generator_type;

/* Call of a generator function: bind the arguments, return the generator. */
KR_MUST_CHECK Value kr_gen_new(Thread *th, Function *f, const Value *args, size_t nargs,
                               Tuple *kwnames);
/* One step of `yield from` (YIELD_FROM): send `sent` to the iterator `it`
 * (next() for None, as CPython).  The value it yielded; or NULL with
 * *result its return value; or NULL, *result NULL, an exception. */
KR_MUST_CHECK Value kr_gen_send_to(Thread *th, Value it, Value sent, Value *result);

#endif
