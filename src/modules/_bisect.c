/*
 * _bisect.c -- the _bisect module: binary search and insertion in a
 * sorted sequence, with 3.10's key= argument.
 *
 * Works on any sequence (a[mid] through the getitem protocol); insertion
 * goes straight into a list and through .insert() for anything else, as
 * CPython does, so subclasses overriding insert are honoured.
 */
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct Bisect {
    Value a, x, key;
    int64_t lo, hi;
} Bisect;

static int parse(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                 Bisect *b)
{
    static const char *const names[] = {"a", "x", "lo", "hi", "key", NULL};
    Value v[5];
    if (kr_libutil_parse_kwonly(th, name, args, nargs, kw, names, 0, 2, 1, v) < 0)
        return -1;
    b->a = v[0];
    b->x = v[1];
    b->key = v[4] && v[4] != KR_NONE ? v[4] : KR_VALUE_NULL;
    b->lo = 0;
    if (v[2] && kr_libutil_as_ssize(th, v[2], &b->lo) < 0)
        return -1;
    if (b->lo < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "lo must be non-negative");
        return -1;
    }
    if (v[3] && v[3] != KR_NONE) {
        if (!kr_is_int(v[3]) && !kr_type_of(v[3])->index) {
            kr_err_format(th, &kr_exc_TypeError, "argument should be integer or None, not '%s'",
                          kr_type_name(v[3]));
            return -1;
        }
        return kr_libutil_as_ssize(th, v[3], &b->hi);
    }
    return kr_object_len(th, b->a, &b->hi);
}

/* The insertion point for x: left of equal items, or right of them. */
static int64_t search(Thread *th, Bisect *b, Value x, bool right)
{
    int64_t lo = b->lo, hi = b->hi;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        Value item = kr_object_getitem(th, b->a, kr_from_smallint(mid));
        if (item && b->key)
            item = kr_vm_call(th, b->key, &item, 1, NULL);
        if (!item)
            return -1;
        int lt = right ? kr_object_richcompare_bool(th, x, item, KR_LT)
                       : kr_object_richcompare_bool(th, item, x, KR_LT);
        if (lt < 0)
            return -1;
        if (lt == right)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static Value bisect(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                    bool right)
{
    Bisect b;
    if (parse(th, name, args, nargs, kw, &b) < 0)
        return KR_VALUE_NULL;
    int64_t i = search(th, &b, b.x, right);
    return i < 0 ? KR_VALUE_NULL : kr_int_from_i64(th, i);
}

static Value insort(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                    bool right)
{
    Bisect b;
    if (parse(th, name, args, nargs, kw, &b) < 0)
        return KR_VALUE_NULL;
    Value x = b.key ? kr_vm_call(th, b.key, &b.x, 1, NULL) : b.x;
    int64_t i = x ? search(th, &b, x, right) : -1;
    if (i < 0)
        return KR_VALUE_NULL;
    Value m = kr_object_getattr(th, b.a, kr_str_intern_cstr(th, "insert"));
    Value argv[2] = {kr_from_smallint(i), b.x};
    return m && kr_vm_call(th, m, argv, 2, NULL) ? KR_NONE : KR_VALUE_NULL;
}

KR_LIB_FUNC(bisect_right) { return bisect(th, args, nargs, kw, "bisect_right", true); }
KR_LIB_FUNC(bisect_left) { return bisect(th, args, nargs, kw, "bisect_left", false); }
KR_LIB_FUNC(insort_right) { return insort(th, args, nargs, kw, "insort_right", true); }
KR_LIB_FUNC(insort_left) { return insort(th, args, nargs, kw, "insort_left", false); }

static const MethodDef bisect_functions[] = {
    {"bisect_right", bisect_right, "($module, /, a, x, lo=0, hi=None, *, key=None)", NULL, 0},
    {"insort_right", insort_right, "($module, /, a, x, lo=0, hi=None, *, key=None)", NULL, 0},
    {"bisect_left", bisect_left, "($module, /, a, x, lo=0, hi=None, *, key=None)", NULL, 0},
    {"insort_left", insort_left, "($module, /, a, x, lo=0, hi=None, *, key=None)", NULL, 0},
    {0},
};

int kr_mod__bisect_init(Thread *th)
{
    return kr_libutil_module(th, "_bisect", bisect_functions) ? 0 : -1;
}
