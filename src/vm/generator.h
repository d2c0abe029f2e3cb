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

#endif
