/*
 * list.h -- Python list: a header and a separately allocated item array.
 *
 *   List: | type | size | cap | items* | --> | item0 | item1 | ... |
 *
 * The item array is collector-scanned memory (it holds Values) and grows
 * geometrically (x1.125 + 6, CPython's policy, so append is amortised O(1)
 * and len() of a list built by appends matches CPython's sys.getsizeof
 * behaviour closely enough).  Mutations are written so a per-list lock can
 * wrap each one later (DESIGN.md, Threads): readers see either the old or
 * the new items pointer, and the old array stays valid until collected.
 */
#ifndef KR_LIST_H
#define KR_LIST_H

#include "objects/object.h"
#include "gc/gc.h"

typedef struct List {
    Obj hdr;
    int64_t size;
    int64_t cap;
    Value *items;
} List;

extern Type kr_list_type, kr_list_iter_type;

/* iter(list): FOR_ITER steps it inline (ops_flow.inc), hence public.
 * list is NULL once exhausted. */
typedef struct ListIter {
    Obj hdr;
    List *list;
    int64_t i;
} ListIter;

static inline bool kr_is_list(Value v) { return kr_is_obj(v) && kr_as_obj(v)->type == &kr_list_type; }
/* list or a subclass (CPython's PyList_Check) */
static inline bool kr_list_check(Value v)
{
    return kr_is_obj(v) && (kr_as_obj(v)->type->flags & KR_TYPE_LIST_SUBCLASS);
}
static inline List *kr_as_list(Value v) { return (List *)kr_as_obj(v); }

/* Threads.  Readers take no lock (vm/thread_lock.h).  Two rules keep a
 * reader's index inside the array it reads:
 *  - order: a writer publishes a new items array before the size that
 *    needs it, and a reader reads the size (kr_list_len) before the items
 *    pointer, so the array is never older than the size;
 *  - length: while threads exist, the block installed as a list's items
 *    is never shorter than the one it replaces (growth, sort's stand-in
 *    and its restore, __init__), and a new block holds a copy of the
 *    whole old one, so a size read long ago still indexes a stale but
 *    valid item, never a fresh block's NULL.
 * Free on x86 (compiler-only ordering); what makes the pairing hold on
 * weaker memory models too. */
static inline int64_t kr_list_len(const List *l)
{
    return __atomic_load_n(&l->size, __ATOMIC_ACQUIRE);
}
static inline void kr_list_set_len(List *l, int64_t n)
{
    __atomic_store_n(&l->size, n, __ATOMIC_RELEASE);
}

extern Type kr_list_reviter_type;

KR_MUST_CHECK List *kr_list_new(Thread *th, int64_t size);       /* items = None */
KR_MUST_CHECK List *kr_list_from_array(Thread *th, const Value *items, int64_t n);
KR_MUST_CHECK int kr_list_append(Thread *th, List *l, Value v);
/* l.pop() under the list's lock; NULL, with nothing raised, when empty. */
Value kr_list_pop_last(Thread *th, List *l);
/* list(iterable) */
KR_MUST_CHECK List *kr_list_from_iterable(Thread *th, Value iterable);
KR_MUST_CHECK int kr_list_sort(Thread *th, List *l, Value key, bool reverse);

/* Give back a list made and dropped inside one C function (the pieces of
 * a join), never handed to Python code: its header and item array go to
 * the front of the thread's free lists, for hot reuse (gc.h, kr_gc_free).
 * Its items are untouched: they live on wherever else they are held. */
static inline void kr_list_free_temp(List *l)
{
    if (l->items)
        kr_gc_free(l->items);
    kr_gc_free(l);
}

#endif
