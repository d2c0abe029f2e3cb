/*
 * list.c -- Python list: a growable array of Values.
 *
 * Growth policy is CPython's (size + size/8 + 6, rounded), so the number
 * of reallocations over n appends is logarithmic.  The item array is
 * scanned collector memory; a shrinking list clears the vacated slots so
 * the collector does not keep dead items alive through them.
 *
 * sort() is a stable merge sort over a scratch array (CPython uses
 * timsort; the results are identical because both are stable and compare
 * only with <).  A comparison that raises stops the sort and leaves the
 * list holding some permutation of its items, which Python allows.
 */
#include "objects/list.h"

#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/argparse.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/seq.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread_lock.h"

/* The slots in an item array's block: with threads, the length an array
 * installed in a list may never fall below (list.h). */
static size_t block_len(const Value *items)
{
    return items ? kr_gc_block_size(items) / sizeof(Value) : 0;
}

static int list_resize(Thread *th, List *l, int64_t need)
{
    if (need <= l->cap)
        return 0;
    /* CPython's 1/8 over-allocation while small; a half once the items
     * pass a few pages, because the collector's realloc moves and clears
     * a large block every time instead of extending it in place, and
     * growing by eighths made appending to a long list copy it ~9 times
     * over (closures.py: 3% of its instructions in realloc). */
    int64_t cap = need + (need < 2048 ? (need >> 3) + (need < 9 ? 3 : 6) : need >> 1);
    if ((uint64_t)cap > ((uint64_t)1 << 40)) {
        kr_err_no_memory(th);
        return -1;
    }
    Value *items;
    if (!th->vm->threaded) {
        items = l->items ? kr_gc_realloc(l->items, sizeof(Value) * (size_t)cap)
                         : kr_gc_alloc(sizeof(Value) * (size_t)cap);
    } else {
        /* Another thread may still be reading the old array: copy instead
         * of realloc (which frees it) and let the collector reclaim it.
         * The new array is at least as long as the old block and holds
         * all of it, not only the live items (list.h, "Threads"). */
        size_t old = block_len(l->items);
        if ((size_t)cap < old)
            cap = (int64_t)old;         /* while sorting, l->cap is 0 */
        if ((items = kr_gc_alloc(sizeof(Value) * (size_t)cap)) && old)
            kr_values_copy(items, l->items, old);
    }
    if (!items) {
        kr_err_no_memory(th);
        return -1;
    }
    __atomic_store_n(&l->items, items, __ATOMIC_RELEASE);
    l->cap = cap;
    return 0;
}

/* The list shrank from `old` items to l->size: drop the references in the
 * vacated slots so the collector can free them.  Not with threads: a reader
 * takes no lock (vm/thread_lock.h), so one that read the old size may still
 * index those slots, and must find an item there, stale but valid, never
 * NULL.  Arrays never shrink while threaded, for the same reason. */
static void vacate(Thread *th, List *l, int64_t old)
{
    if (!th->vm->threaded)
        for (int64_t i = l->size; i < old; i++)
            l->items[i] = 0;
}

/* Empty the list (clear(), l *= 0): without threads the array goes too. */
static void empty(Thread *th, List *l)
{
    if (l->cap == 0)        /* nothing to free; while sorting, not a change (CPython's _list_clear) */
        return;
    if (th->vm->threaded) {
        kr_list_set_len(l, 0);
        return;
    }
    kr_list_set_len(l, 0);           /* first, so a reader never pairs a length with no array */
    l->items = NULL;
    l->cap = 0;
}

List *kr_list_new(Thread *th, int64_t size)
{
    List *l = kr_gc_alloc(sizeof *l);
    if (!l) {
        kr_err_no_memory(th);
        return NULL;
    }
    l->hdr.type = &kr_list_type;
    if (size > 0) {
        if (list_resize(th, l, size) < 0)
            return NULL;
        for (int64_t i = 0; i < size; i++)
            l->items[i] = KR_NONE;
        kr_list_set_len(l, size);
    }
    return l;
}

List *kr_list_from_array(Thread *th, const Value *items, int64_t n)
{
    List *l = kr_list_new(th, n);
    if (l && n)
        memcpy(l->items, items, sizeof(Value) * (size_t)n);
    return l;
}

/* Mutations hold the list's stripe lock (vm/thread_lock.h), so an
 * append from each of several threads is never lost, as in CPython. */
int kr_list_append(Thread *th, List *l, Value v)
{
    bool lk = kr_objlock(th, l);
    if (KR_UNLIKELY(l->size >= l->cap) && list_resize(th, l, l->size + 1) < 0) {
        kr_objunlock(th, l, lk);
        return -1;
    }
    l->items[l->size] = v;
    kr_list_set_len(l, l->size + 1);   /* the item first */
    kr_objunlock(th, l, lk);
    return 0;
}

Value kr_list_pop_last(Thread *th, List *l)
{
    bool lk = kr_objlock(th, l);
    Value v = KR_VALUE_NULL;
    if (l->size > 0) {
        v = l->items[l->size - 1];
        kr_list_set_len(l, l->size - 1);
        vacate(th, l, l->size + 1);
    }
    kr_objunlock(th, l, lk);
    return v;
}

static int list_extend_iter(Thread *th, List *l, Value iterable)
{
    /* l.extend(l) of a list subclass reads l as a list too (CPython's
     * list_extend), else iterating l while appending to it never ends */
    bool as_list = kr_is_list(iterable) || iterable == kr_from_obj(l);
    if (as_list || kr_is_tuple(iterable)) {
        bool lk = kr_objlock(th, l);
        int64_t n = as_list ? kr_as_list(iterable)->size : kr_as_tuple(iterable)->size;
        if (list_resize(th, l, l->size + n) < 0) {
            kr_objunlock(th, l, lk);
            return -1;
        }
        /* read the items after the resize: for l itself they have moved */
        const Value *src = as_list ? kr_as_list(iterable)->items : kr_as_tuple(iterable)->items;
        if (n)
            kr_values_copy(l->items + l->size, src, (size_t)n);
        kr_list_set_len(l, l->size + n);
        kr_objunlock(th, l, lk);
        return 0;
    }
    Value it = kr_object_iter(th, iterable);
    if (!it)
        return -1;
    /* CPython asks the iterable for its length first (list_extend): a
     * __len__ or __length_hint__ that raises stops the extend.  The hint
     * only reserves room, at most LENGTH_HINT_MAX items ahead. */
    int64_t hint;
    if (kr_object_length_hint(th, iterable, 0, &hint) < 0)
        return -1;
    if (hint > 0) {
        enum { LENGTH_HINT_MAX = 1 << 16 };
        int64_t want = l->size + (hint < LENGTH_HINT_MAX ? hint : LENGTH_HINT_MAX);
        bool lk = kr_objlock(th, l);
        int r = want > l->cap ? list_resize(th, l, want) : 0;
        kr_objunlock(th, l, lk);
        if (r < 0)
            return -1;
    }
    for (;;) {
        Value x = kr_object_next(th, it);
        if (!x)
            return kr_err_occurred(th) ? -1 : 0;
        /* list(huge iterator) stays interruptible (vm/vm.h) */
        if (kr_list_append(th, l, x) < 0 || kr_vm_check_signals(th) < 0)
            return -1;
    }
}

List *kr_list_from_iterable(Thread *th, Value iterable)
{
    List *l = kr_list_new(th, 0);
    if (!l || list_extend_iter(th, l, iterable) < 0)
        return NULL;
    return l;
}

/* ---- sort ------------------------------------------------------------------ */

static int merge_sort(Thread *th, Value *keys, Value *vals, Value *tk, Value *tv, int64_t n,
                      bool reverse)
{
    if (n < 2)
        return 0;
    int64_t mid = n / 2;
    if (merge_sort(th, keys, vals, tk, tv, mid, reverse) < 0 ||
        merge_sort(th, keys + mid, vals ? vals + mid : NULL, tk, tv, n - mid, reverse) < 0)
        return -1;
    int64_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        /* Take from the right only when strictly smaller: stability.  For
         * reverse, CPython reverses, sorts, reverses: equivalent to taking
         * from the right when left < right, keeping equal ones in order. */
        int lt = reverse ? kr_object_richcompare_bool(th, keys[i], keys[j], KR_LT)
                         : kr_object_richcompare_bool(th, keys[j], keys[i], KR_LT);
        if (lt < 0)
            return -1;
        if (lt) {
            tk[k] = keys[j];
            tv[k++] = vals ? vals[j] : 0;
            j++;
        } else {
            tk[k] = keys[i];
            tv[k++] = vals ? vals[i] : 0;
            i++;
        }
    }
    while (i < mid) {
        tk[k] = keys[i];
        tv[k++] = vals ? vals[i] : 0;
        i++;
    }
    while (j < n) {
        tk[k] = keys[j];
        tv[k++] = vals ? vals[j] : 0;
        j++;
    }
    memcpy(keys, tk, sizeof(Value) * (size_t)n);
    if (vals)
        memcpy(vals, tv, sizeof(Value) * (size_t)n);
    return 0;
}

static void reverse_values(Value *v, int64_t n)
{
    for (int64_t i = 0, j = n - 1; v && i < j; i++, j--) {
        Value t = v[i];
        v[i] = v[j];
        v[j] = t;
    }
}

/* keys[a] < keys[b] as 1/0, -1 on error. */
#define KEY_LT(a, b) kr_object_richcompare_bool(th, (a), (b), KR_LT)

/* Lists under 64 items sort as CPython's timsort does them: one natural
 * run (a strictly descending one reversed), then binary insertion of the
 * rest.  Same comparisons in the same order, so a failing comparison
 * reports the same operands. */
static int small_sort(Thread *th, Value *keys, Value *vals, int64_t n)
{
    if (n < 2)
        return 0;
    int64_t run = 2;
    int lt = KEY_LT(keys[1], keys[0]);
    if (lt < 0)
        return -1;
    for (; run < n; run++) {
        int c = KEY_LT(keys[run], keys[run - 1]);
        if (c < 0)
            return -1;
        if (c != lt)
            break;
    }
    if (lt) {
        reverse_values(keys, run);
        reverse_values(vals, run);
    }
    for (int64_t i = run; i < n; i++) {
        Value pivot = keys[i], pv = vals ? vals[i] : 0;
        int64_t lo = 0, hi = i;
        while (lo < hi) {
            int64_t p = lo + ((hi - lo) >> 1);
            int c = KEY_LT(pivot, keys[p]);
            if (c < 0)
                return -1;
            if (c)
                hi = p;
            else
                lo = p + 1;
        }
        memmove(keys + lo + 1, keys + lo, sizeof(Value) * (size_t)(i - lo));
        keys[lo] = pivot;
        if (vals) {
            memmove(vals + lo + 1, vals + lo, sizeof(Value) * (size_t)(i - lo));
            vals[lo] = pv;
        }
    }
    return 0;
}

static int sort_values(Thread *th, Value *copy, int64_t n, Value key, bool reverse,
                       Value **sorted)
{
    Value *keys = kr_gc_alloc(sizeof(Value) * (size_t)(n + 1) * 3);
    if (!keys) {
        kr_err_no_memory(th);
        return -1;
    }
    Value *tk = keys + n, *tv = keys + 2 * n;
    Value *vals = NULL;
    if (key && key != KR_NONE) {
        vals = copy;
        for (int64_t i = 0; i < n; i++) {
            keys[i] = kr_vm_call(th, key, &copy[i], 1, NULL);
            if (!keys[i])
                return -1;
        }
    } else {
        kr_values_copy(keys, copy, (size_t)n);
    }
    if (n < 64) {
        /* reverse=True: reverse, sort, reverse back -- stable, as CPython */
        if (reverse) {
            reverse_values(keys, n);
            reverse_values(vals, n);
        }
        if (small_sort(th, keys, vals, n) < 0)
            return -1;
        if (reverse) {
            reverse_values(keys, n);
            reverse_values(vals, n);
        }
    } else if (merge_sort(th, keys, vals, tk, tv, n, reverse) < 0) {
        return -1;
    }
    *sorted = vals ? vals : keys;
    return 0;
}

/* While it sorts, the list is empty with a block of its own (CPython
 * empties it too): a key or comparison that looks sees [], and one that
 * changes it -- any growth replaces that block -- is reported. */
int kr_list_sort(Thread *th, List *l, Value key, bool reverse)
{
    bool lk = kr_objlock(th, l);
    int64_t n = l->size, cap = l->cap;
    Value *items = l->items;
    /* While threads exist a reader holding an old size may still index
     * the array the list shows during the sort: it gets one as long as
     * the whole old block, holding its slots (list.h); with cap 0 any
     * store through the list moves it to a new array, so the change is
     * still seen. */
    size_t dn = th->vm->threaded ? block_len(items) + 1 : 1;
    Value *during = kr_gc_alloc(sizeof(Value) * dn);
    Value *copy = during ? kr_gc_alloc(sizeof(Value) * (size_t)(n + 1)) : NULL;
    if (!copy) {
        kr_objunlock(th, l, lk);
        kr_err_no_memory(th);
        return -1;
    }
    kr_values_copy(copy, items, (size_t)n);
    if (dn > 1)
        kr_values_copy(during, items, dn - 1);
    kr_list_set_len(l, 0);
    __atomic_store_n(&l->items, during, __ATOMIC_RELEASE);
    l->cap = 0;
    kr_objunlock(th, l, lk);
    Value *sorted = NULL;
    int r = sort_values(th, copy, n, key, reverse, &sorted);
    lk = kr_objlock(th, l);
    bool modified = l->items != during || l->size != 0;
    if (modified && th->vm->threaded && block_len(l->items) > block_len(items)) {
        /* another thread grew the list meanwhile: putting the shorter
         * array back could leave a reader's size past its end (list.h);
         * the items go back in a copy of the longer one */
        size_t cur = block_len(l->items);
        Value *longer = kr_gc_alloc(sizeof(Value) * cur);
        if (!longer) {          /* keep what the other thread made */
            kr_objunlock(th, l, lk);
            kr_err_no_memory(th);
            return -1;
        }
        kr_values_copy(longer, l->items, cur);
        kr_values_copy(longer, items, (size_t)n);
        items = longer;
        cap = (int64_t)cur;
    }
    if (r == 0)
        kr_values_copy(items, sorted, (size_t)n);
    __atomic_store_n(&l->items, items, __ATOMIC_RELEASE);
    kr_list_set_len(l, n);
    l->cap = cap;
    kr_objunlock(th, l, lk);
    if (r == 0 && modified) {
        kr_err_set_string(th, &kr_exc_ValueError, "list modified during sort");
        return -1;
    }
    return r;
}

/* ---- slots ------------------------------------------------------------------ */

static Value list_repr(Thread *th, Value v)
{
    List *l = kr_as_list(v);
    if (kr_list_len(l) == 0)
        return kr_seq_repr(th, l->items, 0, "[", "]", false);
    int e = kr_repr_enter(th, v);
    if (e) {
        Str *s = e > 0 ? kr_str_from_cstr(th, "[...]") : NULL;
        return s ? kr_from_obj(s) : KR_VALUE_NULL;
    }
    int64_t n = kr_list_len(l);
    Value r = kr_seq_repr(th, l->items, n, "[", "]", false);
    kr_repr_leave(th, v);
    return r;
}

static Value list_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!kr_list_check(a) || !kr_list_check(b))
        return KR_NOTIMPL;
    List *x = kr_as_list(a), *y = kr_as_list(b);
    if ((op == KR_EQ || op == KR_NE) && x->size != y->size)
        return kr_from_bool(op == KR_NE);
    /* an item's __eq__ may resize either list: sizes and items are read
     * afresh at every step (CPython's list_richcompare) */
    int64_t i = 0;
    for (; i < kr_list_len(x) && i < kr_list_len(y); i++) {
        Value v = x->items[i], w = y->items[i];
        if (v == w)
            continue;
        int eq = kr_object_richcompare_bool(th, v, w, KR_EQ);
        if (eq < 0)
            return KR_VALUE_NULL;
        if (!eq)
            break;
    }
    if (i >= kr_list_len(x) || i >= kr_list_len(y)) {     /* no more items: the sizes decide */
        int c = (x->size > y->size) - (x->size < y->size);
        return kr_from_bool(op == KR_LT ? c < 0 : op == KR_LE ? c <= 0 : op == KR_EQ ? c == 0
                            : op == KR_NE ? c != 0 : op == KR_GT ? c > 0 : c >= 0);
    }
    if (op == KR_EQ || op == KR_NE)
        return kr_from_bool(op == KR_NE);
    return kr_object_richcompare(th, x->items[i], y->items[i], op);
}

static int list_len(Thread *th, Value v, int64_t *n)
{
    *n = kr_as_list(v)->size;
    return 0;
}

static Value list_getitem(Thread *th, Value v, Value key)
{
    List *l = kr_as_list(v);
    int64_t len = kr_list_len(l);      /* before the items (list.h) */
    if (KR_LIKELY(kr_is_smallint(key))) {
        int64_t i = kr_as_smallint(key);
        if (i < 0)
            i += len;
        if ((uint64_t)i < (uint64_t)len)
            return l->items[i];
    }
    if (kr_is_type(key, &kr_slice_type)) {
        int64_t start, stop, step, n;
        if (kr_slice_indices(th, key, len, &start, &stop, &step, &n) < 0)
            return KR_VALUE_NULL;
        List *r = kr_list_new(th, n);
        if (!r)
            return KR_VALUE_NULL;
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            r->items[i] = l->items[j];
        return kr_from_obj(r);
    }
    int64_t i;
    if (kr_seq_index(th, key, len, &i, "list") < 0)
        return KR_VALUE_NULL;
    return l->items[i];
}

/* l[start::step] = src (same length required) or, with src NULL, del
 * l[start::step]: n positions start, start + step, ... */
static int extended_slice_set(Thread *th, List *l, int64_t start, int64_t step, int64_t n,
                              List *src)
{
    if (src) {
        if (src->size != n) {
            kr_err_format(th, &kr_exc_ValueError,
                          "attempt to assign sequence of size %lld to extended slice of size %lld",
                          (long long)src->size, (long long)n);
            return -1;
        }
        for (int64_t k = 0; k < n; k++)
            l->items[start + k * step] = src->items[k];
        return 0;
    }
    if (n == 0)
        return 0;
    if (step < 0) {                 /* the same positions, walked upwards */
        start += (n - 1) * step;
        step = -step;
    }
    int64_t w = start;
    for (int64_t r = start; r < l->size; r++)
        if (r >= start + n * step || (r - start) % step != 0)
            l->items[w++] = l->items[r];
    int64_t old = l->size;
    kr_list_set_len(l, w);
    vacate(th, l, old);
    return 0;
}

/* l[slice] = src, or del l[slice] with src NULL; under the list's lock,
 * so the indices are taken from the size the change applies to. */
static int slice_set_locked(Thread *th, List *l, Value key, List *src)
{
    int64_t start, stop, step, n;
    if (kr_slice_indices(th, key, l->size, &start, &stop, &step, &n) < 0)
        return -1;
    if (step != 1)
        return extended_slice_set(th, l, start, step, n, src);
    if (stop < start)
        stop = start;
    int64_t m = src ? src->size : 0;
    int64_t old = l->size, newsize = old - (stop - start) + m;
    if (list_resize(th, l, newsize) < 0)
        return -1;
    if (old > stop)
        kr_values_copy(l->items + start + m, l->items + stop, (size_t)(old - stop));
    if (m)
        kr_values_copy(l->items + start, src->items, (size_t)m);
    kr_list_set_len(l, newsize);
    vacate(th, l, old);
    return 0;
}

static int item_set_locked(Thread *th, List *l, Value key, Value value)
{
    int64_t i;
    if (kr_seq_index(th, key, l->size, &i, "list assignment") < 0)
        return -1;
    if (value) {
        l->items[i] = value;
        return 0;
    }
    memmove(l->items + i, l->items + i + 1, sizeof(Value) * (size_t)(l->size - i - 1));
    kr_list_set_len(l, l->size - 1);
    vacate(th, l, l->size + 1);
    return 0;
}

static int list_setitem(Thread *th, Value v, Value key, Value value)
{
    List *l = kr_as_list(v);
    int r;
    if (kr_is_type(key, &kr_slice_type)) {
        List *src = NULL;
        if (value) {
            if (!kr_type_of(value)->iter && !kr_type_of(value)->getitem) {
                kr_err_set_string(th, &kr_exc_TypeError, "can only assign an iterable");
                return -1;
            }
            /* Another list is read in place (CPython's PySequence_Fast);
             * l itself, any other iterable, or a list another thread may
             * be changing, is copied first: a[::2] = a works. */
            if (kr_is_list(value) && value != v && !th->vm->threaded)
                src = kr_as_list(value);
            else if (!(src = kr_list_from_iterable(th, value)))
                return -1;
        }
        bool lk = kr_objlock(th, l);
        r = slice_set_locked(th, l, key, src);
        kr_objunlock(th, l, lk);
        return r;
    }
    /* the type error says "list indices", the range error "list assignment" */
    if (!kr_is_smallint(key) && !kr_is_int(key) && !kr_type_of(key)->index) {
        kr_err_format(th, &kr_exc_TypeError, "list indices must be integers or slices, not %s",
                      kr_type_name(key));
        return -1;
    }
    bool lk = kr_objlock(th, l);
    r = item_set_locked(th, l, key, value);
    kr_objunlock(th, l, lk);
    return r;
}

static int list_contains(Thread *th, Value v, Value item)
{
    List *l = kr_as_list(v);
    for (int64_t i = 0; i < l->size; i++) {
        int r = kr_object_richcompare_bool(th, l->items[i], item, KR_EQ);
        if (r)
            return r;
    }
    return 0;
}

static Value list_add(Thread *th, Value a, Value b)
{
    if (!kr_list_check(a) || !kr_list_check(b)) {
        if (kr_list_check(a)) {
            kr_err_format(th, &kr_exc_TypeError,
                          "can only concatenate list (not \"%s\") to list", kr_type_name(b));
            return KR_VALUE_NULL;
        }
        return KR_NOTIMPL;
    }
    /* each size read once, before its items (list.h): another thread may
     * be growing either list */
    List *x = kr_as_list(a), *y = kr_as_list(b);
    int64_t nx = kr_list_len(x), ny = kr_list_len(y);
    List *r = kr_list_new(th, nx + ny);
    if (!r)
        return KR_VALUE_NULL;
    if (nx)
        kr_values_copy(r->items, x->items, (size_t)nx);
    if (ny)
        kr_values_copy(r->items + nx, y->items, (size_t)ny);
    return kr_from_obj(r);
}

static Value list_iadd(Thread *th, Value a, Value b)
{
    if (list_extend_iter(th, kr_as_list(a), b) < 0)
        return KR_VALUE_NULL;
    return a;
}

static Value list_mul(Thread *th, Value a, Value b)
{
    if (!kr_list_check(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    if (!kr_list_check(a))
        return KR_NOTIMPL;
    int64_t n;
    int ok = kr_seq_repeat_count(th, b, &n);
    if (ok <= 0)
        return ok < 0 ? KR_VALUE_NULL : KR_NOTIMPL;
    List *x = kr_as_list(a);
    int64_t nx = kr_list_len(x);
    /* checked before allocating: [0] * 2**62 is a MemoryError at once */
    if (nx && n > ((int64_t)1 << 36) / nx) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    List *r = kr_list_new(th, nx * n);
    if (!r)
        return KR_VALUE_NULL;
    const Value *src = x->items;
    for (int64_t k = 0; nx && k < n; k++)   /* [] * n: items may be NULL */
        kr_values_copy(r->items + k * nx, src, (size_t)nx);
    return kr_from_obj(r);
}

/* list(x) fills the new list in __new__; a subclass's instance starts
 * empty and list.__init__ fills it, as CPython does for every list (so a
 * subclass __init__ may pass list.__init__ other arguments). */
/* list(x): __new__ makes an empty list and __init__ fills it, so that
 * l.__init__(x) refills an existing list (CPython's order). */
static Value list_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (t != &kr_list_type) {
        Obj *o = kr_object_alloc_sub(th, t, 0);
        return o ? kr_from_obj(o) : KR_VALUE_NULL;
    }
    if (kr_call_check_args(th, "list", nargs, 0, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    List *l = kr_list_new(th, 0);
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

/* CPython's list___init__: empty the list, then take the iterable's
 * items; keywords only for a subclass with its own __new__. */
static int list_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    Type *t = kr_type_of(self);
    bool no_kw = t == &kr_list_type || t->new_ == kr_list_type.new_;
    if (kr_call_check_args(th, "list", nargs, 0, 1, no_kw ? kwnames : NULL) < 0)
        return -1;
    List *src = nargs && args[0] != self ? kr_list_from_iterable(th, args[0]) : kr_list_new(th, 0);
    if (!src)
        return -1;
    List *l = kr_as_list(self);
    bool lk = kr_objlock(th, l);
    if (th->vm->threaded && l->items) {
        /* keep the array a reader may be indexing; it only grows */
        kr_list_set_len(l, 0);
        if (list_resize(th, l, src->size) < 0) {
            kr_objunlock(th, l, lk);
            return -1;
        }
        kr_values_copy(l->items, src->items, (size_t)src->size);
        kr_list_set_len(l, src->size);
    } else {
        kr_list_set_len(l, 0);
        l->items = src->items;
        l->cap = src->cap;
        kr_list_set_len(l, src->size);
    }
    kr_objunlock(th, l, lk);
    return 0;
}

static Value list_iter(Thread *th, Value v)
{
    ListIter *it = kr_gc_alloc(sizeof *it);
    if (!it) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    it->hdr.type = &kr_list_iter_type;
    it->list = kr_as_list(v);
    return kr_from_obj(it);
}

static Value list_iter_next(Thread *th, Value v)
{
    ListIter *it = (ListIter *)kr_as_obj(v);
    if (!it->list || it->i >= kr_list_len(it->list)) {
        it->list = NULL;
        return KR_VALUE_NULL;
    }
    return it->list->items[it->i++];
}

static Value iter_self(Thread *th, Value v) { return v; }
extern const MethodDef kr_list_iter_methods[];
extern Type kr_reversed_type;     /* iter.c */

Type kr_list_iter_type = {
    .hdr = {&kr_type_type},
    .name = "list_iterator",
    .size = sizeof(ListIter),
    .iter = iter_self,
    .next = list_iter_next,
    .methods = kr_list_iter_methods,
};

/* ---- methods ------------------------------------------------------------------ */

#define METHOD(name) \
    static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kwnames)
#define SELF kr_as_list(args[0])
#define CHECK(n, lo, hi) \
    if (kr_argparse_check(th, "list." n, nargs - 1, lo, hi, kwnames) < 0) return KR_VALUE_NULL

/* An index argument (pop, insert): anything with __index__; a big int is
 * OverflowError, as CPython's ssize_t conversion. */
static int index_arg(Thread *th, Value v, int64_t *out)
{
    Value i = kr_object_index(th, v);
    return i ? kr_int_as_i64(th, i, out) : -1;
}

METHOD(list_append_m)
{
    CHECK("append", 1, 1);
    return kr_list_append(th, SELF, args[1]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

METHOD(list_extend_m)
{
    CHECK("extend", 1, 1);
    return list_extend_iter(th, SELF, args[1]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

static Value list_pop_locked(Thread *th, List *l, const Value *args, size_t nargs);

METHOD(list_pop_m)
{
    CHECK("pop", 0, 1);
    List *l = SELF;
    bool lk = kr_objlock(th, l);
    Value r = list_pop_locked(th, l, args, nargs);
    kr_objunlock(th, l, lk);
    return r;
}

static Value list_pop_locked(Thread *th, List *l, const Value *args, size_t nargs)
{
    int64_t i = l->size - 1;
    if (nargs > 1 && index_arg(th, args[1], &i) < 0)
        return KR_VALUE_NULL;
    if (l->size == 0) {
        kr_err_set_string(th, &kr_exc_IndexError, "pop from empty list");
        return KR_VALUE_NULL;
    }
    if (i < 0)
        i += l->size;
    if (i < 0 || i >= l->size) {
        kr_err_set_string(th, &kr_exc_IndexError, "pop index out of range");
        return KR_VALUE_NULL;
    }
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, sizeof(Value) * (size_t)(l->size - i - 1));
    kr_list_set_len(l, l->size - 1);
    vacate(th, l, l->size + 1);
    return v;
}

METHOD(list_insert_m)
{
    CHECK("insert", 2, 2);
    List *l = SELF;
    int64_t i;
    if (index_arg(th, args[1], &i) < 0)
        return KR_VALUE_NULL;
    if (i < 0)
        i += l->size;
    if (i < 0)
        i = 0;
    bool lk = kr_objlock(th, l);
    if (i > l->size)
        i = l->size;
    if (list_resize(th, l, l->size + 1) < 0) {
        kr_objunlock(th, l, lk);
        return KR_VALUE_NULL;
    }
    memmove(l->items + i + 1, l->items + i, sizeof(Value) * (size_t)(l->size - i));
    l->items[i] = args[2];
    kr_list_set_len(l, l->size + 1);
    kr_objunlock(th, l, lk);
    return KR_NONE;
}

static int64_t find_item_in(Thread *th, List *l, Value x, int64_t start, int64_t stop)
{
    for (int64_t i = start; i < stop && i < kr_list_len(l); i++) {
        int r = kr_object_richcompare_bool(th, l->items[i], x, KR_EQ);
        if (r < 0)
            return -2;
        if (r)
            return i;
    }
    return -1;
}

static int64_t find_item(Thread *th, List *l, Value x)
{
    return find_item_in(th, l, x, 0, l->size);
}

METHOD(list_index_m)
{
    CHECK("index", 1, 3);
    int64_t start = 0, stop = INT64_MAX;
    if ((nargs > 2 && kr_seq_bound(th, args[2], SELF->size, &start) < 0) ||
        (nargs > 3 && kr_seq_bound(th, args[3], SELF->size, &stop) < 0))
        return KR_VALUE_NULL;
    int64_t i = find_item_in(th, SELF, args[1], start, stop);
    if (i == -2)
        return KR_VALUE_NULL;
    if (i < 0) {
        Value r = kr_object_repr(th, args[1]);
        if (r)
            kr_err_format(th, &kr_exc_ValueError, "%U is not in list", kr_as_str(r));
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(i);
}

METHOD(list_remove_m)
{
    CHECK("remove", 1, 1);
    List *l = SELF;
    bool lk = kr_objlock(th, l);
    int64_t i = find_item(th, l, args[1]);
    if (i >= 0) {
        memmove(l->items + i, l->items + i + 1, sizeof(Value) * (size_t)(l->size - i - 1));
        kr_list_set_len(l, l->size - 1);
        vacate(th, l, l->size + 1);
    }
    kr_objunlock(th, l, lk);
    if (i == -2)
        return KR_VALUE_NULL;
    if (i < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "list.remove(x): x not in list");
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

METHOD(list_count_m)
{
    CHECK("count", 1, 1);
    List *l = SELF;
    int64_t n = 0;
    for (int64_t i = 0; i < kr_list_len(l); i++) {
        int r = kr_object_richcompare_bool(th, l->items[i], args[1], KR_EQ);
        if (r < 0)
            return KR_VALUE_NULL;
        n += r;
    }
    return kr_from_smallint(n);
}

METHOD(list_reverse_m)
{
    CHECK("reverse", 0, 0);
    List *l = SELF;
    bool lk = kr_objlock(th, l);
    for (int64_t i = 0, j = l->size - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    kr_objunlock(th, l, lk);
    return KR_NONE;
}

METHOD(list_copy_m)
{
    CHECK("copy", 0, 0);
    int64_t n = kr_list_len(SELF);
    List *r = kr_list_from_array(th, SELF->items, n);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

METHOD(list_clear_m)
{
    CHECK("clear", 0, 0);
    List *l = SELF;
    bool lk = kr_objlock(th, l);
    empty(th, l);
    kr_objunlock(th, l, lk);
    return KR_NONE;
}

METHOD(list_sort_m)
{
    Value key = KR_NONE;
    bool reverse = false;
    if (nargs != 1)
        return kr_err_type_error(th, "sort() takes no positional arguments");
    for (int64_t i = 0; kwnames && i < kwnames->size; i++) {
        Str *k = kr_as_str(kwnames->items[i]);
        Value v = args[nargs + (size_t)i];
        if (k == KR_NAME(th, key)) {
            key = v;
        } else if (k == KR_NAME(th, reverse)) {
            int r = kr_object_truth(th, v);
            if (r < 0)
                return KR_VALUE_NULL;
            reverse = r;
        } else {
            kr_err_format(th, &kr_exc_TypeError,
                          "'%U' is an invalid keyword argument for sort()", k);
            return KR_VALUE_NULL;
        }
    }
    return kr_list_sort(th, SELF, key, reverse) < 0 ? KR_VALUE_NULL : KR_NONE;
}

METHOD(list_sizeof_m)
{
    CHECK("__sizeof__", 0, 0);
    return kr_int_from_i64(th, 40 + 8 * SELF->cap);
}

typedef struct ListRevIter {
    Obj hdr;
    List *list;
    int64_t i;            /* next index to yield; -1: exhausted */
} ListRevIter;

METHOD(list_reversed_m)
{
    CHECK("__reversed__", 0, 0);
    ListRevIter *it = kr_gc_alloc(sizeof *it);
    if (!it) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    it->hdr.type = &kr_list_reviter_type;
    it->list = SELF;
    it->i = SELF->size - 1;
    return kr_from_obj(it);
}

/* The list may shrink under a reverse iterator: an index past the end
 * ends it, as CPython's listreviter_next. */
static Value list_reviter_next(Thread *th, Value v)
{
    ListRevIter *it = (ListRevIter *)kr_as_obj(v);
    if (!it->list || it->i < 0 || it->i >= kr_list_len(it->list)) {
        it->i = -1;
        it->list = NULL;        /* exhausted: let go of the list, as CPython */
        return KR_VALUE_NULL;
    }
    return it->list->items[it->i--];
}

static Value list_reviter_length_hint(Thread *th, Value unused, const Value *args, size_t nargs,
                                      Tuple *kwnames)
{
    CHECK("__length_hint__", 0, 0);
    ListRevIter *it = (ListRevIter *)kr_as_obj(args[0]);
    return kr_from_smallint(!it->list || it->i < 0 || it->i >= it->list->size ? 0 : it->i + 1);
}

static Value list_iter_length_hint(Thread *th, Value unused, const Value *args, size_t nargs,
                                   Tuple *kwnames)
{
    CHECK("__length_hint__", 0, 0);
    ListIter *it = (ListIter *)kr_as_obj(args[0]);
    int64_t n = it->list ? it->list->size - it->i : 0;
    return kr_from_smallint(n < 0 ? 0 : n);
}

static Value list_iter_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                              Tuple *kwnames)
{
    CHECK("__reduce__", 0, 0);
    ListIter *it = (ListIter *)kr_as_obj(args[0]);
    List *empty = kr_list_new(th, 0);
    return empty ? kr_seq_iter_reduce(th, it->list ? kr_from_obj(it->list) : KR_VALUE_NULL, it->i,
                                      kr_from_obj(empty))
                 : KR_VALUE_NULL;
}

static Value list_iter_setstate(Thread *th, Value unused, const Value *args, size_t nargs,
                                Tuple *kwnames)
{
    CHECK("__setstate__", 1, 1);
    ListIter *it = (ListIter *)kr_as_obj(args[0]);
    int64_t len = it->list ? it->list->size : -1;
    return kr_seq_setstate_index(th, args[1], len, &it->i) < 0 ? KR_VALUE_NULL : KR_NONE;
}

/* (reversed, (list,), index) until next() has found the end, then
 * (iter, ([],)). */
static Value list_reviter_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                                 Tuple *kwnames)
{
    CHECK("__reduce__", 0, 0);
    ListRevIter *it = (ListRevIter *)kr_as_obj(args[0]);
    if (!it->list) {
        List *empty = kr_list_new(th, 0);
        return empty ? kr_seq_iter_reduce(th, KR_VALUE_NULL, 0, kr_from_obj(empty))
                     : KR_VALUE_NULL;
    }
    Value list = kr_from_obj(it->list);
    Tuple *inner = kr_tuple_from_array(th, &list, 1);
    Value items[3] = {kr_from_obj(&kr_reversed_type), inner ? kr_from_obj(inner) : 0,
                      kr_from_smallint(it->i)};
    Tuple *t = inner ? kr_tuple_from_array(th, items, 3) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value list_reviter_setstate(Thread *th, Value unused, const Value *args, size_t nargs,
                                   Tuple *kwnames)
{
    CHECK("__setstate__", 1, 1);
    ListRevIter *it = (ListRevIter *)kr_as_obj(args[0]);
    int64_t n;
    if (!kr_is_int(args[1]))
        return kr_err_type_error(th, "an integer is required");
    if (kr_int_as_i64(th, args[1], &n) < 0)
        return KR_VALUE_NULL;
    if (!it->list)
        return KR_NONE;
    if (n < -1)
        n = -1;
    if (n > it->list->size - 1)
        n = it->list->size - 1;
    it->i = n;
    return KR_NONE;
}

static const MethodDef list_reviter_methods[] = {
    {"__length_hint__", list_reviter_length_hint, NULL, NULL, 0},
    {"__reduce__", list_reviter_reduce, NULL, NULL, 0},
    {"__setstate__", list_reviter_setstate, NULL, NULL, 0},
    {0},
};

const MethodDef kr_list_iter_methods[] = {
    {"__length_hint__", list_iter_length_hint, NULL, NULL, 0},
    {"__reduce__", list_iter_reduce, NULL, NULL, 0},
    {"__setstate__", list_iter_setstate, NULL, NULL, 0},
    {0},
};

Type kr_list_reviter_type = {
    .hdr = {&kr_type_type},
    .name = "list_reverseiterator",
    .size = sizeof(ListRevIter),
    .iter = iter_self,
    .next = list_reviter_next,
    .methods = list_reviter_methods,
};

static int imul_locked(Thread *th, List *l, int64_t n)
{
    int64_t size = l->size;
    if (n <= 0 || size == 0) {
        empty(th, l);
        return 0;
    }
    if (n > ((int64_t)1 << 36) / size) {
        kr_err_no_memory(th);
        return -1;
    }
    if (list_resize(th, l, size * n) < 0)
        return -1;
    for (int64_t k = 1; k < n; k++)
        kr_values_copy(l->items + k * size, l->items, (size_t)size);
    kr_list_set_len(l, size * n);
    return 0;
}

/* l *= n: repeats in place (n <= 0 empties the list). */
static Value list_imul(Thread *th, Value a, Value b)
{
    int64_t n;
    int ok = kr_seq_repeat_count(th, b, &n);
    if (ok <= 0)
        return ok < 0 ? KR_VALUE_NULL : KR_NOTIMPL;
    List *l = kr_as_list(a);
    bool lk = kr_objlock(th, l);
    Value r = imul_locked(th, l, n) < 0 ? KR_VALUE_NULL : a;
    kr_objunlock(th, l, lk);
    return r;
}

static const MethodDef list_methods[] = {
    {"append", list_append_m, "($self, object, /)", "Append object to the end of the list.", 0},
    {"extend", list_extend_m, "($self, iterable, /)", NULL, 0},
    {"pop", list_pop_m, "($self, index=-1, /)", NULL, 0},
    {"insert", list_insert_m, "($self, index, object, /)", NULL, 0},
    {"index", list_index_m, NULL, NULL, 0},
    {"remove", list_remove_m, "($self, value, /)", NULL, 0},
    {"count", list_count_m, "($self, value, /)", NULL, 0},
    {"reverse", list_reverse_m, "($self, /)", NULL, 0},
    {"copy", list_copy_m, "($self, /)", NULL, 0},
    {"clear", list_clear_m, "($self, /)", NULL, 0},
    {"sort", list_sort_m, "($self, /, *, key=None, reverse=False)", NULL, 0},
    {"__reversed__", list_reversed_m, "($self, /)", NULL, 0},
    {"__sizeof__", list_sizeof_m, "($self, /)", NULL, 0},
    {0},
};

Type kr_list_type = {
    .hdr = {&kr_type_type},
    .name = "list",
    .size = sizeof(List),
    .flags = KR_TYPE_LIST_SUBCLASS | KR_TYPE_BASETYPE | KR_TYPE_SEQ_CONCAT,
    .new_ = list_new,
    .init = list_init,
    .repr = list_repr,
    .hash = kr_object_unhashable,
    .richcompare = list_richcompare,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .binop = {[KR_OP_ADD] = list_add, [KR_OP_MUL] = list_mul},
    .inplace = {[KR_OP_ADD] = list_iadd, [KR_OP_MUL] = list_imul},
    .methods = list_methods,
};
