/*
 * common.h -- the small vocabulary every krait file uses.
 *
 * Branch hints, the must-check attribute for functions that report errors by
 * return value (STYLE.md principle 11), assertions that vanish in release
 * builds, and the standard headers nearly every file needs.
 */
#ifndef KR_COMMON_H
#define KR_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define KR_LIKELY(x)   __builtin_expect(!!(x), 1)
#define KR_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* A function whose result reports an error: ignoring it is a compile error. */
#define KR_MUST_CHECK __attribute__((warn_unused_result))
#define KR_NORETURN   __attribute__((noreturn))
#define KR_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define KR_UNUSED(x)  ((void)(x))

#define KR_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#ifdef KR_DEBUG
#include <assert.h>
#define kr_assert(c) assert(c)
#else
#define kr_assert(c) ((void)0)
#endif

/* Fatal internal error: a broken invariant, never a user-visible condition. */
KR_NORETURN void kr_fatal(const char *fmt, ...) KR_PRINTF(1, 2);

#endif
