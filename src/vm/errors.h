/*
 * errors.h -- raising and inspecting exceptions from C.
 *
 * The exception being raised lives in th->exc (an exception instance);
 * a function reports failure by its return value (object.h, CALLING
 * CONVENTION) after one of these has set it.  Messages are formatted by
 * kr_err_format, whose directives extend printf's with Python's:
 *
 *   %s  C string        %d %ld %lld %zd %u  integers     %c  a code point
 *   %S  str(Value)      %R  repr(Value)     %T  type name of a Value
 *   %U  a Str*
 *
 * Allocation failure while raising falls back to the VM's preallocated
 * MemoryError instance, so raising never fails.
 */
#ifndef KR_ERRORS_H
#define KR_ERRORS_H

#include "objects/object.h"

void kr_err_set(Thread *th, Value exc);
void kr_err_set_string(Thread *th, Type *type, const char *msg);
void kr_err_format(Thread *th, Type *type, const char *fmt, ...);
/* Raise type(value) with one argument, not formatted (KeyError(key)). */
void kr_err_set_object(Thread *th, Type *type, Value arg);
void kr_err_no_memory(Thread *th);
/* A Buf whose growth failed (core/buf.h) raises MemoryError here: true
 * when it did, and the caller returns its error. */
struct Buf;
KR_MUST_CHECK bool kr_err_buf_failed(Thread *th, const struct Buf *b);
static inline bool kr_err_occurred(const Thread *th);
bool kr_err_matches(Thread *th, Type *type);
void kr_err_clear(Thread *th);
/* Take the pending exception (clearing it). */
Value kr_err_fetch(Thread *th);
/* Value-returning helpers for `return kr_err_...` in one line. */
Value kr_err_type_error(Thread *th, const char *fmt, ...);

#include "core/state.h"
static inline bool kr_err_occurred(const Thread *th) { return th->exc != KR_VALUE_NULL; }

#endif
