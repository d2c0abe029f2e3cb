/*
 * _heapq.c -- the _heapq module: heap operations on a list, and the
 * max-heap variants heapq.py uses for merge(reverse=True) and nlargest.
 *
 * The algorithm is heapq.py's (and CPython's): sift the new hole down to
 * a leaf and back up, which needs fewer comparisons than a textbook sift
 * and yields the same order, so results match CPython item for item.  A
 * comparison runs Python code that can change the list; every access is
 * re-checked against its size ("list changed size during iteration").
 */
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/exception.h"
#include "objects/list.h"
#include "objects/module.h"
#include "vm/call.h"
#include "vm/errors.h"

/* a < b, or b < a for the max-heap functions.  1, 0, -1. */
static int less(Thread *th, Value a, Value b, bool max)
{
    return max ? kr_object_richcompare_bool(th, b, a, KR_LT)
               : kr_object_richcompare_bool(th, a, b, KR_LT);
}

static int changed(Thread *th)
{
    kr_err_set_string(th, &kr_exc_RuntimeError, "list changed size during iteration");
    return -1;
}

/* Move heap[pos] up towards startpos until its parent is not greater. */
static int siftdown(Thread *th, List *heap, int64_t startpos, int64_t pos, bool max)
{
    int64_t size = kr_list_len(heap);
    if ((uint64_t)pos >= (uint64_t)size) {      /* also -1: emptied by another thread */
        kr_err_set_string(th, &kr_exc_IndexError, "index out of range");
        return -1;
    }
    Value item = heap->items[pos];
    while (pos > startpos) {
        int64_t parentpos = (pos - 1) >> 1;
        Value parent = heap->items[parentpos];
        int lt = less(th, item, parent, max);
        if (lt < 0)
            return -1;
        if (size != kr_list_len(heap))
            return changed(th);
        if (!lt)
            break;
        heap->items[pos] = heap->items[parentpos];
        heap->items[parentpos] = item;
        pos = parentpos;
    }
    return 0;
}

/* Bubble the smaller child up until hitting a leaf, then siftdown. */
static int siftup(Thread *th, List *heap, int64_t pos, bool max)
{
    int64_t endpos = kr_list_len(heap), startpos = pos;
    if (pos >= endpos) {
        kr_err_set_string(th, &kr_exc_IndexError, "index out of range");
        return -1;
    }
    int64_t limit = endpos >> 1;
    while (pos < limit) {
        int64_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int lt = less(th, heap->items[childpos], heap->items[childpos + 1], max);
            if (lt < 0)
                return -1;
            childpos += !lt;
            if (endpos != kr_list_len(heap))
                return changed(th);
        }
        Value tmp = heap->items[childpos];
        heap->items[childpos] = heap->items[pos];
        heap->items[pos] = tmp;
        pos = childpos;
    }
    return siftdown(th, heap, startpos, pos, max);
}

static List *want_list(Thread *th, Value v, const char *fname, bool numbered)
{
    if (kr_is_list(v))
        return kr_as_list(v);
    kr_err_format(th, &kr_exc_TypeError, numbered ? "%s() argument 1 must be list, not %s"
                                                  : "%s() argument must be list, not %s",
                  fname, kr_type_name(v));
    return NULL;
}

KR_LIB_FUNC(heapq_heappush)
{
    if (kr_libutil_no_keywords(th, "_heapq.heappush", kw) < 0 ||
        kr_libutil_check_positional(th, "heappush", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    List *heap = want_list(th, args[0], "heappush", true);
    if (!heap || kr_list_append(th, heap, args[1]) < 0 ||
        siftdown(th, heap, 0, heap->size - 1, false) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

static Value heappop(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                     bool max)
{
    if (kr_call_check_args(th, name, nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    List *heap = want_list(th, args[0], name + 7, false);
    if (!heap)
        return KR_VALUE_NULL;
    /* taken under the list's lock: two threads popping the last item
     * must not both shrink the list (there is no GIL to make this atomic) */
    Value last = kr_list_pop_last(th, heap);
    if (!last) {
        kr_err_set_string(th, &kr_exc_IndexError, "index out of range");
        return KR_VALUE_NULL;
    }
    if (kr_list_len(heap) == 0)
        return last;
    Value r = heap->items[0];
    heap->items[0] = last;
    return siftup(th, heap, 0, max) < 0 ? KR_VALUE_NULL : r;
}

KR_LIB_FUNC(heapq_heappop) { return heappop(th, args, nargs, kw, "_heapq.heappop", false); }
KR_LIB_FUNC(heapq_heappop_max) { return heappop(th, args, nargs, kw, "_heapq._heappop_max", true); }

static Value heapreplace(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                         const char *name, bool max)
{
    if (kr_libutil_no_keywords(th, name, kw) < 0 ||
        kr_libutil_check_positional(th, name + 7, nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    List *heap = want_list(th, args[0], name + 7, true);
    if (!heap)
        return KR_VALUE_NULL;
    if (heap->size == 0) {
        kr_err_set_string(th, &kr_exc_IndexError, "index out of range");
        return KR_VALUE_NULL;
    }
    Value r = heap->items[0];
    heap->items[0] = args[1];
    return siftup(th, heap, 0, max) < 0 ? KR_VALUE_NULL : r;
}

KR_LIB_FUNC(heapq_heapreplace) { return heapreplace(th, args, nargs, kw, "_heapq.heapreplace", false); }
KR_LIB_FUNC(heapq_heapreplace_max)
{
    return heapreplace(th, args, nargs, kw, "_heapq._heapreplace_max", true);
}

KR_LIB_FUNC(heapq_heappushpop)
{
    if (kr_libutil_no_keywords(th, "_heapq.heappushpop", kw) < 0 ||
        kr_libutil_check_positional(th, "heappushpop", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    List *heap = want_list(th, args[0], "heappushpop", true);
    if (!heap)
        return KR_VALUE_NULL;
    Value item = args[1];
    if (heap->size == 0)
        return item;
    int lt = kr_object_richcompare_bool(th, heap->items[0], item, KR_LT);
    if (lt <= 0)
        return lt < 0 ? KR_VALUE_NULL : item;
    if (heap->size == 0) {
        kr_err_set_string(th, &kr_exc_IndexError, "index out of range");
        return KR_VALUE_NULL;
    }
    Value r = heap->items[0];
    heap->items[0] = item;
    return siftup(th, heap, 0, false) < 0 ? KR_VALUE_NULL : r;
}

static Value heapify(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                     bool max)
{
    if (kr_call_check_args(th, name, nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    List *heap = want_list(th, args[0], name + 7, false);
    if (!heap)
        return KR_VALUE_NULL;
    for (int64_t i = heap->size / 2 - 1; i >= 0; i--)
        if (siftup(th, heap, i, max) < 0)
            return KR_VALUE_NULL;
    return KR_NONE;
}

KR_LIB_FUNC(heapq_heapify) { return heapify(th, args, nargs, kw, "_heapq.heapify", false); }
KR_LIB_FUNC(heapq_heapify_max) { return heapify(th, args, nargs, kw, "_heapq._heapify_max", true); }

static const MethodDef heapq_functions[] = {
    {"heappush", heapq_heappush, "($module, heap, item, /)", NULL, 0},
    {"heappushpop", heapq_heappushpop, "($module, heap, item, /)", NULL, 0},
    {"heappop", heapq_heappop, "($module, heap, /)", NULL, 0},
    {"heapreplace", heapq_heapreplace, "($module, heap, item, /)", NULL, 0},
    {"heapify", heapq_heapify, "($module, heap, /)", NULL, 0},
    {"_heappop_max", heapq_heappop_max, "($module, heap, /)", NULL, 0},
    {"_heapify_max", heapq_heapify_max, "($module, heap, /)", NULL, 0},
    {"_heapreplace_max", heapq_heapreplace_max, "($module, heap, item, /)", NULL, 0},
    {0},
};

int kr_mod__heapq_init(Thread *th)
{
    return kr_libutil_module(th, "_heapq", heapq_functions) ? 0 : -1;
}
