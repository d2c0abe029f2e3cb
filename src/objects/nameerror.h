/*
 * nameerror.h -- NameError.name, AttributeError.name/.obj and the
 * "Did you mean" suggestions for them (nameerror.c).
 */
#ifndef KR_NAMEERROR_H
#define KR_NAMEERROR_H

#include "objects/exception.h"

/* Give AttributeError and NameError their fields and __init__; called by
 * kr_exception_init before the types are made ready. */
void kr_nameerror_prepare(void);
/* After a failed lookup of obj.name: a pending AttributeError that carries
 * no name yet gets name and obj (CPython's set_attribute_error_context). */
void kr_exc_attr_context(Thread *th, Value obj, Str *name);
/* Raise NameError("name 'x' is not defined") with .name set. */
void kr_exc_name_error(Thread *th, Str *name);
/* The name to offer after an AttributeError or NameError ("Did you mean:
 * 'x'?"), or NULL (no exception) when there is none. */
Value kr_exc_suggestion(Thread *th, Value exc);

#endif
