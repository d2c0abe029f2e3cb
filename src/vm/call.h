/*
 * call.h -- calling anything from C, and the Python-function call machinery.
 *
 * kr_vm_call is the one entry for C code that must call a Python value
 * (a slot trampoline calling __eq__, sorted() calling key=...).  For a
 * Python function it pushes a frame above the current one and runs the
 * interpreter loop until that frame returns: this is the only place C
 * recursion meets Python recursion, and it is counted (RecursionError).
 *
 * Argument binding (positional, keywords, defaults, keyword-only) lives
 * here as well, shared by the interpreter's CALL and by kr_vm_call.
 */
#ifndef KR_CALL_H
#define KR_CALL_H

#include "objects/object.h"
#include "objects/function.h"

KR_MUST_CHECK Value kr_vm_call(Thread *th, Value callable, const Value *args, size_t nargs,
                               Tuple *kwnames);
/* Call f(self, *args) without building a bound method. */
KR_MUST_CHECK Value kr_vm_call_method(Thread *th, Value f, Value self, const Value *args,
                                      size_t nargs, Tuple *kwnames);
/* Call the special method f (looked up on type(self)) on self: bound as
 * its kind of descriptor says, as CPython's slots do. */
KR_MUST_CHECK Value kr_vm_call_special(Thread *th, Value f, Value self, const Value *args,
                                       size_t nargs);
/* Bind args into a new frame's registers regs[0..code->nlocals): the
 * general path (keywords, defaults, wrong counts).  0 or -1. */
KR_MUST_CHECK int kr_call_bind(Thread *th, Function *f, Value *regs, const Value *args,
                               size_t nargs, Tuple *kwnames);
/* Push the frame for calling f with its registers at `at` (in_place:
 * the arguments are already there).  NULL with an exception. */
struct Frame;
KR_MUST_CHECK struct Frame *kr_call_push(Thread *th, Function *f, Value *at, const Value *args,
                                         size_t nargs, Tuple *kwnames, bool in_place);
/* Argument-count checking for builtins: "f() takes exactly one argument". */
KR_MUST_CHECK int kr_call_check_args(Thread *th, const char *name, size_t nargs, size_t min,
                                     size_t max, Tuple *kwnames);

#endif
