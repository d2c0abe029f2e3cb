/*
 * gc.h -- the thin interface between krait and its garbage collector.
 *
 * Everything that allocates Python objects goes through these functions, so
 * the collector can be replaced (a precise, generational one if profiles
 * ever show collection dominating) without touching the rest.  The backend
 * today is Boehm-Demers-Weiser (gc_boehm.c): conservative, parallel marking,
 * thread-aware, with finalizers and disappearing links.
 *
 * THE CONTRACT (DESIGN.md, Memory).  The collector finds live objects by
 * scanning thread stacks and registers, the data segment, and blocks it
 * allocated with kr_gc_alloc.  It does NOT scan malloc'ed memory, blocks
 * from kr_gc_alloc_atomic, or __thread storage.  Therefore:
 *   - a block that holds a Value or an object pointer comes from
 *     kr_gc_alloc (or is registered with kr_gc_add_roots);
 *   - malloc and kr_gc_alloc_atomic hold bytes only (string data, GMP
 *     limbs, bytecode, the parser's arena);
 *   - a Value is stored pointer-first (core/value.h) so a scan recognises it.
 * The stress build (make stress: KR_GC_STRESS) collects before every
 * Nth allocation (KRAIT_GC_STRESS_EVERY, default 1; CI runs its suites
 * with 300), which turns a broken contract into a prompt crash.
 *
 * Failure: allocation returns NULL when memory is exhausted (or a request
 * is absurd), never aborts; callers raise MemoryError.  Hence KR_MUST_CHECK.
 *
 * Finalizers (for __del__, and closing files left open) do not run inside
 * the allocation that triggered a collection -- Python code must not run at
 * an arbitrary allocation point.  The collector queues them; the VM runs
 * them at its next safe point with kr_gc_run_finalizers().
 */
#ifndef KR_GC_H
#define KR_GC_H

#include "core/common.h"

/* Once per process, before any allocation.  Idempotent. */
void kr_gc_init(void);

/* Zeroed memory that the collector scans for references. */
static inline KR_MUST_CHECK void *kr_gc_alloc(size_t size);
/* Memory never scanned and NOT zeroed: bytes only. */
static inline KR_MUST_CHECK void *kr_gc_alloc_atomic(size_t size);
/* Resize a block from either allocator; keeps its kind.  NULL on failure
 * (the old block is then untouched). */
KR_MUST_CHECK void *kr_gc_realloc(void *p, size_t size);
/* Bytes in the block p (at least what was asked for; the rest is the
 * size class's rounding, cleared for kr_gc_alloc blocks). */
size_t kr_gc_block_size(const void *p);
/* The start of the block holding p, which may point inside it. */
void *kr_gc_block_base(const void *p);
/* Scanned memory the collector never frees (VM-wide roots). */
KR_MUST_CHECK void *kr_gc_alloc_root(size_t size);
/* Give a block back early (optional: a hint, e.g. for a grown buffer).
 * A small block from kr_gc_alloc or kr_gc_alloc_atomic goes to the FRONT
 * of this thread's free list for its size, so the next allocation of
 * that size gets it back while it is still in the cache -- what CPython's
 * refcounting does for every object, and the only reuse a mark-sweep
 * collector offers before its next collection (docs/design.md, Memory:
 * "Hot reuse").  Only for a block nothing will read again: a temporary
 * made and dropped inside one C function, never seen by Python code, with
 * no finalizer or weak reference.  In doubt, leave it to the collector. */
void kr_gc_free(void *p);
/* RECYCLING, for a kind of block made and dropped at a high rate whose end
 * is known exactly (a finished generator's frame: vm/generator.c).
 * kr_gc_recycle: p came from kr_gc_alloc(size) or kr_gc_alloc_recycled(size)
 * and nothing will read it again; it is cleared and kept, a few per size,
 * for this thread's next kr_gc_alloc_recycled of that size, which is
 * kr_gc_alloc otherwise.  A reused block is still hot in the cache and
 * costs the collector nothing: no sweep, no new memory marched through. */
void kr_gc_recycle(void *p, size_t size);
KR_MUST_CHECK void *kr_gc_alloc_recycled(size_t size);

/* Run fn(obj, data, ctx) some time after obj becomes unreachable, in the
 * thread that next calls kr_gc_run_finalizers(ctx) (ctx is that caller's
 * Thread).  Unordered, as PEP 442 requires: objects in a cycle are all
 * finalized.  Several finalizers may be added to one object (__del__ and
 * a weak reference's bookkeeping); they run in the order added, once.
 * While a finalizer is pending the object stays allocated, so it may be
 * resurrected; it is reclaimed by a later collection. */
typedef void (*KrFinalizer)(void *obj, void *data, void *ctx);
void kr_gc_add_finalizer(void *obj, KrFinalizer fn, void *data);
/* Around several finalizer or weak-link updates in a row: one window with
 * collections off (gc_boehm.c, table_update_begin) instead of one each. */
void kr_gc_table_updates_begin(void);
void kr_gc_table_updates_end(void);
/* The data of obj's finalizer fn (the first added), or NULL: lets a
 * subsystem keep per-object state in its finalizer record instead of a
 * side table keyed by address. */
void *kr_gc_finalizer_data(void *obj, KrFinalizer fn);
/* Drop obj's finalizers fn (the others stay): for an object that no longer
 * needs one -- a finished async generator -- so the collector need not
 * keep it alive for one more cycle only to run a finalizer that does
 * nothing. */
void kr_gc_remove_finalizer(void *obj, KrFinalizer fn);
/* True if p points into the collector's heap (weak references and
 * finalizers apply only there, not to static objects). */
bool kr_gc_is_heap_ptr(const void *p);
/* Set (by the collector, from any thread) when finalizers are queued; the
 * VM polls it at safe points, so it is a plain load. */
extern volatile int kr_gc_finalizers_ready;
static inline bool kr_gc_finalizers_pending(void) { return kr_gc_finalizers_ready != 0; }
/* Run the queued finalizers; returns how many ran. */
int kr_gc_run_finalizers(void *ctx);
/* At exit: run every registered finalizer, of reachable objects too
 * (CPython finalizes what is left at shutdown). */
void kr_gc_finalize_all(void *ctx);

/* Weak references.  *slot holds obj hidden from the scanner, and is
 * cleared when obj dies.  The slot must live in collector memory or
 * static storage, and is read only through kr_gc_weak_get. */
typedef uintptr_t KrWeakSlot;
KR_MUST_CHECK bool kr_gc_weak_set(KrWeakSlot *slot, void *obj);
void *kr_gc_weak_get(const KrWeakSlot *slot);   /* NULL once dead */
void kr_gc_weak_clear(KrWeakSlot *slot);
/* Move a registered slot to a new address (a growing array of slots). */
void kr_gc_weak_move(KrWeakSlot *from, KrWeakSlot *to);

/* Register/unregister the calling thread's stack (every thread that
 * touches Python objects).  The main thread is registered by kr_gc_init. */
void kr_gc_thread_register(void);
void kr_gc_thread_unregister(void);

/* A full collection (gc.collect()). */
void kr_gc_collect(void);
/* Collect and give the collector's free pages back to the system, so that
 * malloc (core/buf.c) can use them when it ran out. */
void kr_gc_release_memory(void);
/* gc.disable()/enable(): automatic collections off/on (nestable in Boehm;
 * krait keeps one level). */
void kr_gc_set_enabled(bool on);
bool kr_gc_is_enabled(void);
/* How many collections have run. */
size_t kr_gc_collections(void);
size_t kr_gc_heap_size(void);
size_t kr_gc_total_allocated(void);

/* ---- the allocation fast path, inline ------------------------------------
 * Most allocations are small and served from this thread's free lists
 * (gc_boehm.c explains how they are kept and refilled): a pop of about
 * ten instructions, inlined so that a constant size folds its size class
 * and the caller keeps its registers (a call to an out-of-line allocator
 * cost a str ~40 instructions of call, prologue and epilogue around it).
 * Everything else -- an empty list, a large block, the first allocation
 * of a thread, the stress build -- goes to the *_slow functions.
 *
 * Sizes are in granules of KR_GC_GRANULE bytes: a request of `size` bytes
 * is served from the list of the fewest whole granules that hold it
 * (kr_gc_granules; gc_boehm.c, SMALL-OBJECT FREE LISTS, says why without
 * Boehm's extra byte).
 *
 * The lists are reached through __thread pointers (one load from the
 * thread pointer).  The collector does not scan __thread storage, which is
 * fine: the lists themselves live in uncollectable blocks it does scan;
 * these pointers only cache their addresses. */
enum { KR_GC_GRANULE = 16, KR_GC_FAST_GRANULES = 32 };

/* The size class of a scanned request: whole granules, exactly (a block
 * of the fully scanned kind, gc_boehm.c); at least one. */
static inline size_t kr_gc_granules(size_t size)
{
    return size ? (size + KR_GC_GRANULE - 1) / KR_GC_GRANULE : 1;
}

/* Objects that hold references: each size's list of cleared objects,
 * linked through their first word (NULL-terminated). */
extern __thread void **kr_gc_free_lists;
/* Pointer-free objects: each size's stack of pointers, top[g] the next
 * free slot and base[g] its bottom (gc_boehm.c, POINTER-FREE). */
typedef struct KrGcAtomicLists {
    void **top[KR_GC_FAST_GRANULES + 1];
    void **base[KR_GC_FAST_GRANULES + 1];
    void *slots[];
} KrGcAtomicLists;
extern __thread KrGcAtomicLists *kr_gc_atomic_lists;

KR_MUST_CHECK void *kr_gc_alloc_slow(size_t size);
KR_MUST_CHECK void *kr_gc_alloc_atomic_slow(size_t size);

/* The pop alone: NULL when the lists cannot serve `size` (the caller
 * then takes its own slow path, which calls kr_gc_alloc*; a constructor
 * that keeps its fast path free of calls needs no stack frame). */
static inline void *kr_gc_try_alloc(size_t size)
{
#ifndef KR_GC_STRESS
    size_t g = kr_gc_granules(size);
    void **lists = kr_gc_free_lists, **p;
    if (KR_LIKELY(g <= KR_GC_FAST_GRANULES && lists && (p = lists[g]))) {
        lists[g] = *p;
        *p = NULL;
        return p;
    }
#endif
    (void)size;
    return NULL;
}

static inline void *kr_gc_try_alloc_atomic(size_t size)
{
#ifndef KR_GC_STRESS
    size_t g = kr_gc_granules(size);
    KrGcAtomicLists *a = kr_gc_atomic_lists;
    void **t;
    if (KR_LIKELY(g <= KR_GC_FAST_GRANULES && a && (t = a->top[g]) != a->base[g])) {
        void *p = *--t;
        *t = NULL;          /* the stack must not keep the object alive */
        a->top[g] = t;
        return p;
    }
#endif
    (void)size;
    return NULL;
}

static inline void *kr_gc_alloc(size_t size)
{
    void *p = kr_gc_try_alloc(size);
    return KR_LIKELY(p != NULL) ? p : kr_gc_alloc_slow(size);
}

static inline void *kr_gc_alloc_atomic(size_t size)
{
    void *p = kr_gc_try_alloc_atomic(size);
    return KR_LIKELY(p != NULL) ? p : kr_gc_alloc_atomic_slow(size);
}

#endif
