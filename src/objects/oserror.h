/*
 * oserror.h -- OSError's extra fields and the errno -> subclass mapping.
 *
 * OSError is the one builtin exception with a C layout of its own in
 * CPython (errno, strerror, filename, filename2, characters_written), and
 * OSError(errno, ...) returns the subclass that errno names
 * (OSError(2, 'x') is a FileNotFoundError).  The posix and _io modules raise
 * through kr_oserror_from_errno.
 */
#ifndef KR_OSERROR_H
#define KR_OSERROR_H

#include "objects/exception.h"

typedef struct OSErr {
    Exc base;
    Value myerrno, strerror, filename, filename2;   /* KR_VALUE_NULL: None */
    int64_t written;                                /* BlockingIOError; -1: unset */
} OSErr;

/* Give OSError and its subclasses their layout and slots; called by
 * kr_exception_init before the types are made ready. */
void kr_oserror_prepare(void);
/* Raise the OSError subclass for err (errno), as CPython's
 * PyErr_SetFromErrnoWithFilenameObjects: filename/filename2 may be NULL. */
void kr_oserror_from_errno(Thread *th, int err, Value filename, Value filename2);

#endif
