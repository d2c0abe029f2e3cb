/*
 * unicodeerror.h -- UnicodeEncodeError, UnicodeDecodeError and
 * UnicodeTranslateError: their fields and constructors.
 */
#ifndef KR_UNICODEERROR_H
#define KR_UNICODEERROR_H

#include "objects/exception.h"

typedef struct UniErr {
    Exc base;
    Value encoding, object, reason;   /* KR_VALUE_NULL until __init__ ran */
    int64_t start, end;
} UniErr;

/* Give the three classes their layout and slots (from kr_exception_init). */
void kr_unicodeerror_prepare(void);
/* Raise UnicodeDecodeError(encoding, data[0:len], start, end, reason). */
void kr_unicodeerror_decode(Thread *th, const char *encoding, const unsigned char *data, int64_t len,
                            int64_t start, int64_t end, const char *reason);
/* Raise UnicodeEncodeError(encoding, s, start, end, reason). */
void kr_unicodeerror_encode(Thread *th, const char *encoding, Str *s, int64_t start, int64_t end,
                            const char *reason);

#endif
