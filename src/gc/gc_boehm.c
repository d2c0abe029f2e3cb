/*
 * gc_boehm.c -- gc.h implemented with the Boehm-Demers-Weiser collector.
 *
 * Choices, and why:
 *   - GC_THREADS: threads run Python in parallel, so the collector must
 *     know every thread's stack; krait registers them explicitly
 *     (kr_gc_thread_register) instead of wrapping pthread_create.
 *   - Interior pointers stay recognised (the library default): C code
 *     legitimately holds pointers into the middle of blocks (a str's data,
 *     an element of a tuple) and those must keep the block alive.
 *   - finalize_on_demand: finalizers are queued, never run inside an
 *     allocation; the VM drains the queue at safe points.
 *   - The heap starts at 8 MiB: measured for a 32-byte short-lived object,
 *     Boehm costs ~14 ns with an 8 MB heap against ~19 ns with its tiny
 *     default heap that collects every few thousand allocations
 *     (DESIGN.md); start-up RSS grows only by the pages actually touched.
 *   - At least 8 MiB are allocated between collections
 *     (GC_set_min_bytes_allocd).  Boehm's own spacing is a third of the
 *     scanned heap, so a program whose live heap is a few megabytes of
 *     modules, classes and code -- most of them -- collected every ~2 MB
 *     and marked all of it each time: 20% of dataclass_enum's instructions
 *     at its small size, 14% fewer with the floor; asyncio_tasks -8%,
 *     json_roundtrip -6%, and peak RSS unchanged at the benchmarks'
 *     default sizes, where the heap is larger than the floor anyway.
 *   - Above the floor, a collection comes after half the heap has been
 *     allocated again (free-space divisor 2; Boehm's default is 3).  Each
 *     collection marks everything live, so a program with a big live heap
 *     (a list of half a million strings) paid mostly marking.  Measured
 *     over the 27 benchmarks at their default sizes against divisor 3
 *     (docs/design.md, helper "pasync"): bytes marked -18%, CPU -3.8%
 *     (geometric means), peak RSS +7%; a 16 MiB floor or divisor 1 mark
 *     less but cost 15-40% more memory for no further speed.
 *   - The out-of-memory hook returns NULL so allocation fails softly and the
 *     caller raises MemoryError.  Requests above KR_GC_MAX_REQUEST fail
 *     immediately, without asking the system (`bytes(10**15)` must fail
 *     fast and touch nothing).
 *   - KR_GC_STRESS: collect on every (or every Nth) allocation: the
 *     stress build, below.
 */
#define GC_THREADS
#include <gc/gc.h>  /* the system header (the build uses -iquote src, so "gc/gc.h" is ours) */

#include <gc/gc_inline.h>
#include <gc/gc_mark.h>
#include <gc/javaxfc.h>

#include "gc/gc.h"
#include "core/state.h"

#include <stdlib.h>
#include <string.h>

#define KR_GC_MAX_REQUEST ((size_t)1 << 46)

static void *oom_fn(size_t bytes)
{
    (void)bytes;
    return NULL;
}

static void notify_finalizers(void);
#ifdef KR_GC_STRESS
static void stress_init(void);
#endif

/* The collector's warnings ("Out of Memory! Returning NULL!", "Repeated
 * allocation of very large block") go to stderr, where a Python program's
 * output is: krait reports the failure itself, as MemoryError. */
static void quiet_warning(char *msg, GC_word arg)
{
    (void)msg;
    (void)arg;
}

/* THE FULLY SCANNED KIND.  2 KiB exactly -- a set's table of 128 slots,
 * a list's 256 items, a tuple of 254 -- plus Boehm's extra byte would be
 * a large object: a whole 4 KiB block taken under the allocation lock
 * each time.  Asked as 2047 bytes it is Boehm's largest small size, 128
 * granules, all 2048 bytes ours -- but NOT as an ordinary (NORMAL) block:
 * with interior pointers on, Boehm marks a NORMAL block's first size - 8
 * bytes only (its descriptor is the size minus ALIGNMENT: the last word
 * holds the extra byte, never a pointer), so a Value in the last word was
 * not seen and its object freed while referenced (the 254th item of a
 * tuple; the stress build found it as the 256th item of a list).  This
 * kind's descriptor is the whole block, so it also serves every small
 * scanned object of the free lists below, sized without the extra byte.
 * Made once by kr_gc_init, before any thread exists. */
static unsigned full_kind;

void kr_gc_init(void)
{
    if (GC_is_init_called())
        return;
    GC_set_finalize_on_demand(1);
    GC_set_finalizer_notifier(notify_finalizers);
    GC_set_oom_fn(oom_fn);
    GC_set_warn_proc(quiet_warning);
    GC_set_handle_fork(1);     /* after os.fork the child's only thread is the caller */
    GC_INIT();
    GC_allow_register_threads();
    full_kind = GC_new_kind(GC_new_free_list(), 0 | GC_DS_LENGTH, 1, 1);
    GC_expand_hp(8u << 20);
    GC_set_min_bytes_allocd(8u << 20);
    if (!getenv("GC_FREE_SPACE_DIVISOR"))   /* Boehm's own knob still works */
        GC_set_free_space_divisor(2);
#ifdef KR_GC_STRESS
    stress_init();
#endif
}

/* THE STRESS BUILD collects before every Nth allocation of each thread,
 * N from KRAIT_GC_STRESS_EVERY (default 1, every allocation).  N = 1 is
 * the strongest check but runs the test suite ~50x slower; CI runs a
 * larger N (Makefile, test-stress), which still moves every window
 * between an allocation and the store that makes its result reachable
 * under some collection across the thousands of tests.  Read once by
 * kr_gc_init, before any thread exists; the countdown is per thread so
 * threads need no shared counter. */
#ifdef KR_GC_STRESS
static unsigned long stress_every = 1;
static __thread unsigned long stress_countdown;

static void stress_init(void)
{
    const char *s = getenv("KRAIT_GC_STRESS_EVERY");
    unsigned long n = s ? strtoul(s, NULL, 10) : 1;
    stress_every = n ? n : 1;
}
#endif

static inline void stress(void)
{
#ifdef KR_GC_STRESS
    if (++stress_countdown >= stress_every) {
        stress_countdown = 0;
        GC_gcollect();
    }
#endif
}

/* SMALL-OBJECT FREE LISTS.  Boehm's own GC_malloc already keeps
 * thread-local free lists, but reaching them costs a call into the shared
 * library, a __tls_get_addr and a size-map lookup: about 60 instructions,
 * 8% of an allocation-heavy program.  krait keeps its own lists in front:
 * for each size in granules (16 bytes, Boehm's unit) up to FAST_GRANULES,
 * a list of cleared objects that GC_malloc_many hands over a block at a
 * time, linked through their first word.  An allocation is then a pop,
 * inlined into the caller (gc.h); this file has the refills.
 *
 * The contract: objects waiting on a list must stay reachable, or a
 * collection would reclaim them while they are still handed out later.
 * The list heads therefore live in an uncollectable (scanned, never freed)
 * block, one per thread; the __thread variable only caches its address,
 * and the block is what the collector sees.  At most one block's worth of
 * objects per size is held back per thread (under 16 KiB in all).
 *
 * Sizes: a request of `size` bytes is served from the list of whole
 * granules that holds it exactly (kr_gc_granules: 32 bytes is 2, not 3),
 * in blocks of the fully scanned kind above, refilled with
 * GC_generic_malloc_many.  Boehm's own GC_malloc adds EXTRA_BYTES (1 with
 * interior pointers on) before rounding, so that a pointer just past an
 * object never points into the next one, and its NORMAL kind then leaves
 * the last word unscanned: every object of 16, 32, 48 ... bytes took one
 * granule more than it needs (a third of the memory of a 32-byte object),
 * memory the program then walks through and the collector sweeps.  What
 * krait gives up is that one-past-the-end guarantee: a pointer just past
 * an object keeps the next one alive (harmless), not this one.  krait's
 * C code never keeps an object by such a pointer alone: a loop's end
 * pointer travels with the base or with an interior cursor, and strs and
 * bytes end in a NUL inside the block (as Guile, which runs Boehm with
 * interior pointers off, gives up far more).  Cachegrind at bench/'s SMALL
 * sizes: D1 misses -10% (dataclass_enum), -7% (containers), -11%
 * (deepcopy_nested), LL misses -4% to -9%, instructions -0.6% to -1.2%.
 * Pointer-free blocks are sized the same way (their refill asks whole
 * granules, below); the stress build, which calls Boehm for everything,
 * keeps its extra byte. */
enum { GRANULE = KR_GC_GRANULE, FAST_GRANULES = KR_GC_FAST_GRANULES };

#ifndef KR_GC_STRESS   /* the stress build calls Boehm for every object */
__thread void **kr_gc_free_lists;

static __attribute__((noinline)) void *alloc_refill(size_t g)
{
    if (!kr_gc_free_lists) {
        kr_gc_free_lists = GC_MALLOC_UNCOLLECTABLE(sizeof(void *) * (FAST_GRANULES + 1));
        if (!kr_gc_free_lists)
            return NULL;
    }
    void *p = NULL;
    GC_generic_malloc_many(g * GRANULE, full_kind, &p);
    if (!p)
        return NULL;
    kr_gc_free_lists[g] = GC_NEXT(p);
    GC_NEXT(p) = NULL;
    return p;
}
#endif

/* gc.h's inline kr_gc_alloc found this size's list empty (or absent). */
void *kr_gc_alloc_slow(size_t size)
{
    if (KR_UNLIKELY(size > KR_GC_MAX_REQUEST))
        return NULL;
    stress();
#ifndef KR_GC_STRESS
    size_t g = kr_gc_granules(size);
    if (g <= FAST_GRANULES)
        return alloc_refill(g);
#endif
    if (size == 2048)
        return GC_generic_malloc(2047, full_kind);
    return GC_MALLOC(size);
}

/* POINTER-FREE (ATOMIC) FREE LISTS.  str, bytes, float and int payloads
 * are allocated as often as ordinary objects, so they get the same pop --
 * but a list threaded through their first words would be invisible to the
 * collector (it does not scan pointer-free objects), and the objects
 * waiting on it would be reclaimed under us.  So each size keeps a stack
 * of pointers instead, in the thread's uncollectable (scanned) block,
 * with room for one heap block's worth; a popped slot is cleared so the
 * stack never retains an object.
 *
 * Refilling: GC_generic_malloc_many hands the block over as such a
 * threaded chain, and between its return and the last pointer copied onto
 * the stack, the rest of the chain is reachable only through unscanned
 * memory.  A collection in that window (another thread's, or the one the
 * refill itself triggered) may have reclaimed part of it, so the walk
 * stays inside one heap block, and the copy is kept only if the
 * collection count has not moved across it; otherwise the batch is
 * dropped (it becomes ordinary garbage) and fetched again.
 * GC_generic_malloc_many takes the size already rounded to whole granules
 * with Boehm's EXTRA_BYTES included (GC_malloc_many does that rounding for
 * the lists above): g granules is g * GRANULE. */
enum { HEAP_BLOCK = 4096 };

#ifndef KR_GC_STRESS
typedef KrGcAtomicLists AtomicLists;   /* gc.h: the stacks, HEAP_BLOCK / size each */

__thread AtomicLists *kr_gc_atomic_lists;

static size_t atomic_capacity(size_t g) { return HEAP_BLOCK / (g * GRANULE); }

static AtomicLists *atomic_lists_new(void)
{
    size_t n = 0;
    for (size_t g = 1; g <= FAST_GRANULES; g++)
        n += atomic_capacity(g);
    AtomicLists *a = GC_MALLOC_UNCOLLECTABLE(sizeof *a + n * sizeof(void *));
    if (!a)
        return NULL;
    void **at = a->slots;
    for (size_t g = 1; g <= FAST_GRANULES; g++) {
        a->base[g] = a->top[g] = at;
        at += atomic_capacity(g);
    }
    return a;
}

/* The walk must stay inside memory it may read even when a collection
 * lands in the middle of it: another thread's collection can reclaim the
 * links ahead of the walk and an allocation reuse one, and the walk then
 * followed whatever was written there (tools/thread_scaling.py's
 * "containers" on 2 threads crashed 6 runs in 10 once the container
 * locks stopped serializing the threads).  So the walk follows a link
 * only within the first object's 4 KiB block -- mapped, since that object
 * is held in a register, and a refill's chain is one block's free objects
 * unless Boehm's global free list served it (then the walk stops early
 * and the rest is garbage).  Whatever it copied is kept only if the
 * collection count did not move (taking the allocation lock for the walk
 * instead was measurably slower with two threads allocating). */
static inline bool same_block(const void *p, const void *q)
{
    return (((uintptr_t)p ^ (uintptr_t)q) & ~(uintptr_t)(HEAP_BLOCK - 1)) == 0 &&
           ((uintptr_t)p & (GRANULE - 1)) == 0;
}

static __attribute__((noinline)) void *atomic_refill(size_t g)
{
    if (!kr_gc_atomic_lists && !(kr_gc_atomic_lists = atomic_lists_new()))
        return GC_MALLOC_ATOMIC(g * GRANULE - 1);
    void **base = kr_gc_atomic_lists->base[g], **end = base + atomic_capacity(g);
    for (int attempt = 0; attempt < 3; attempt++) {
        GC_word before = GC_get_gc_no();
        void *chain = NULL;
        GC_generic_malloc_many(g * GRANULE, GC_I_PTRFREE, &chain);
        if (!chain)
            return NULL;
        void **t = base;
        for (void *q = chain; q && t < end && same_block(q, chain); q = *(void **)q)
            *t++ = q;               /* (a longer chain's tail is left as garbage) */
        if (GC_get_gc_no() == before) {
            void *p = *--t;
            *t = NULL;
            kr_gc_atomic_lists->top[g] = t;
            return p;
        }
        memset(base, 0, (size_t)(t - base) * sizeof *t);
    }
    return GC_MALLOC_ATOMIC(g * GRANULE - 1);
}
#endif

/* LARGER POINTER-FREE BLOCKS given back (kr_gc_free) -- GMP's limbs: a
 * big int's temporaries, the operand a dying temporary's operation reused
 * (objects/int.c) -- wait here, a few per thread, for the next request
 * they fit, instead of going through GC_FREE and GC_malloc_atomic, both
 * under the allocation lock, and Boehm's search of its free blocks (a
 * third of pidigits' time went to allocating limbs).  A block is reused
 * for a request between half its size and its size, so little is wasted;
 * the cache holds at most BIG_SLOTS blocks and BIG_BYTES bytes, in a
 * scanned uncollectable block so the waiting blocks stay allocated. */
enum { BIG_SLOTS = 8, BIG_BYTES = 1 << 20 };

#ifndef KR_GC_STRESS
typedef struct BigCache {
    void *block[BIG_SLOTS];
    size_t size[BIG_SLOTS];
    size_t bytes;
} BigCache;

static __thread BigCache *big_cache;

static void *big_take(size_t size)
{
    BigCache *c = big_cache;
    if (!c)
        return NULL;
    int best = -1;
    for (int i = 0; i < BIG_SLOTS; i++)
        if (c->block[i] && c->size[i] >= size && c->size[i] / 2 <= size &&
            (best < 0 || c->size[i] < c->size[best]))
            best = i;
    if (best < 0)
        return NULL;
    void *p = c->block[best];
    c->block[best] = NULL;
    c->bytes -= c->size[best];
    return p;
}

static bool big_give(void *p, size_t size)
{
    BigCache *c = big_cache;
    if (!c && !(c = big_cache = GC_MALLOC_UNCOLLECTABLE(sizeof *c)))
        return false;
    if (c->bytes + size > BIG_BYTES)
        return false;
    for (int i = 0; i < BIG_SLOTS; i++)
        if (!c->block[i]) {
            c->block[i] = p;
            c->size[i] = size;
            c->bytes += size;
            return true;
        }
    return false;
}
#endif

void *kr_gc_alloc_atomic_slow(size_t size)
{
    if (KR_UNLIKELY(size > KR_GC_MAX_REQUEST))
        return NULL;
    stress();
#ifndef KR_GC_STRESS
    size_t g = kr_gc_granules(size);
    if (g <= FAST_GRANULES)
        return atomic_refill(g);
    void *p = big_take(size);
    if (p)
        return p;
#endif
    return GC_MALLOC_ATOMIC(size);
}

size_t kr_gc_block_size(const void *p)
{
    return GC_size(p);
}

void *kr_gc_block_base(const void *p)
{
    return GC_base((void *)p);
}

/* Growing a small block (a list's items, a dict's table) takes a new one
 * from the free lists above and copies: GC_REALLOC would allocate through
 * Boehm's global, locked path and free the old block explicitly, about
 * ten times the instructions.  The old block is left to the collector.
 * Shrinking, large blocks and other kinds go to Boehm. */
void *kr_gc_realloc(void *p, size_t size)
{
    if (KR_UNLIKELY(size > KR_GC_MAX_REQUEST))
        return NULL;
    stress();
#ifndef KR_GC_STRESS
    size_t old;
    int kind;
    if (p && kr_gc_granules(size) <= FAST_GRANULES &&
        ((kind = GC_get_kind_and_size(p, &old)) == (int)full_kind || kind == GC_I_PTRFREE) &&
        size >= old) {
        void *q = kind == (int)full_kind ? kr_gc_alloc(size) : kr_gc_alloc_atomic(size);
        if (q)
            memcpy(q, p, old);
        return q;
    }
#endif
    return GC_REALLOC(p, size);
}

void *kr_gc_alloc_root(size_t size)
{
    if (KR_UNLIKELY(size > KR_GC_MAX_REQUEST))
        return NULL;
    return GC_MALLOC_UNCOLLECTABLE(size);
}

/* HOT REUSE (gc.h, kr_gc_free).  A small block given back goes where
 * the next allocation of its size looks first: an ordinary block, cleared,
 * to the front of this thread's free list; a pointer-free one onto its
 * stack.  The block is still in the cache, and Boehm never hears of it:
 * no lock (GC_FREE takes the allocation lock), and the reuse does not
 * count towards the next collection.  GMP gives back its temporaries'
 * limbs this way in every big-int operation.  A list may grow without
 * bound only if a thread frees far more than it allocates; what it holds
 * is reused before any new block is taken. */
void kr_gc_free(void *p)
{
#ifndef KR_GC_STRESS
    size_t size = 0;
    int kind = p ? GC_get_kind_and_size(p, &size) : -1;
    if ((kind == (int)full_kind || kind == GC_I_PTRFREE) && size <= FAST_GRANULES * GRANULE) {
        size_t g = size / GRANULE;      /* Boehm's size: whole granules */
        if (kind == (int)full_kind && kr_gc_free_lists) {
            memset(p, 0, size);
            *(void **)p = kr_gc_free_lists[g];
            kr_gc_free_lists[g] = p;
            return;
        }
        KrGcAtomicLists *a = kr_gc_atomic_lists;
        if (kind == GC_I_PTRFREE && a && a->top[g] < a->base[g] + atomic_capacity(g)) {
            *a->top[g]++ = p;
            return;
        }
    } else if (kind == GC_I_PTRFREE && big_give(p, size)) {
        return;
    }
#endif
    GC_FREE(p);
}

/* RECYCLED BLOCKS (gc.h).  Kept apart from the free lists above, so
 * their pop stays as it is, and capped per size: a program that finishes
 * a million generators at once must not keep a million blocks out of the
 * collector's hands (and marked at every collection).  Like kr_gc_free_lists,
 * the heads live in a per-thread uncollectable block and the blocks are
 * linked through their first words, so waiting blocks stay allocated. */
enum { RECYCLE_MAX = 64 };

#ifndef KR_GC_STRESS   /* the stress build recycles nothing */
typedef struct RecycleLists {
    void *head[FAST_GRANULES + 1];
    uint32_t count[FAST_GRANULES + 1];
} RecycleLists;

static __thread RecycleLists *recycle_lists;
#endif

void kr_gc_recycle(void *p, size_t size)
{
#ifndef KR_GC_STRESS
    size_t g = kr_gc_granules(size);
    if (g > FAST_GRANULES)
        return;     /* a big block: left to the collector */
    if (!recycle_lists && !(recycle_lists = GC_MALLOC_UNCOLLECTABLE(sizeof *recycle_lists)))
        return;
    RecycleLists *r = recycle_lists;
    if (r->count[g] >= RECYCLE_MAX)
        return;
    memset(p, 0, g * GRANULE);      /* the block is g whole granules (kr_gc_alloc) */
    *(void **)p = r->head[g];
    r->head[g] = p;
    r->count[g]++;
#else
    (void)p;
    (void)size;
#endif
}

void *kr_gc_alloc_recycled(size_t size)
{
#ifndef KR_GC_STRESS
    size_t g = kr_gc_granules(size);
    RecycleLists *r = recycle_lists;
    void **p;
    if (g <= FAST_GRANULES && r && (p = r->head[g])) {
        r->head[g] = *p;
        r->count[g]--;
        *p = NULL;
        return p;
    }
#endif
    return kr_gc_alloc(size);
}

/* Boehm keeps one finalizer per object; krait chains its own records
 * behind it, so __del__ and weak-reference bookkeeping can share an
 * object.  The chain is newest first, so adding a record is one table
 * update (register the new head, link the old chain behind it), and
 * call_finalizer runs it backwards: oldest first, in the order the
 * records were added.  The Thread running the finalizers reaches them through
 * fin_ctx, set for the duration of kr_gc_run_finalizers (Boehm's callback
 * has no room for it). */
typedef struct FinRecord {
    KrFinalizer fn;
    void *data;
    struct FinRecord *next;
} FinRecord;

volatile int kr_gc_finalizers_ready;
static __thread void *fin_ctx;

static void call_finalizer(void *obj, void *rec)
{
    /* The chain is no longer registered: reverse it in place. */
    FinRecord *oldest = NULL;
    for (FinRecord *r = rec, *next; r; r = next) {
        next = r->next;
        r->next = oldest;
        oldest = r;
    }
    for (FinRecord *r = oldest; r; r = r->next)
        r->fn(obj, r->data, fin_ctx);
}

static void notify_finalizers(void)
{
    kr_gc_finalizers_ready = 1;
    kr_eval_breaker = 1;   /* the VM's safe points run them (core/state.h) */
}

/* Collections off around a table update (register_link says why).  A
 * collection that is due runs first: one falling due inside the window
 * cannot run, so Boehm grows the heap instead (by a third), and a program
 * registering finalizers or weak links at a high rate -- an asyncio
 * program's async generators, each in a WeakSet -- then grew its heap
 * step after step without collecting (to 170 MB where 40 sufficed). */
static __thread int table_depth;

static void table_update_begin(void)
{
    if (table_depth++ == 0) {
        (void)GC_collect_a_little();
        GC_disable();
    }
}

static void table_update_end(void)
{
    if (--table_depth == 0)
        GC_enable();
}

void kr_gc_table_updates_begin(void)
{
    table_update_begin();
}

void kr_gc_table_updates_end(void)
{
    table_update_end();
}

void kr_gc_add_finalizer(void *obj, KrFinalizer fn, void *data)
{
    FinRecord *r = GC_MALLOC(sizeof *r);
    if (!r)
        return; /* out of memory: the object simply is not finalized */
    r->fn = fn;
    r->data = data;
    GC_finalization_proc old_fn = 0;
    void *old_data = NULL;
    table_update_begin();   /* no full collection to grow the table (register_link) */
    GC_register_finalizer_no_order(obj, call_finalizer, r, &old_fn, &old_data);
    if (old_fn == call_finalizer)
        r->next = old_data;     /* the new head, before the older records */
    table_update_end();
}

void *kr_gc_finalizer_data(void *obj, KrFinalizer fn)
{
    /* Boehm has no lookup: unregister to read the record, then put it back.
     * Collections stay off meanwhile: even an unregistration may find the
     * table full, and past 4096 entries Boehm then collects instead of
     * growing it -- a full collection every few thousand weak references
     * or async generators (pyperformance's async_generators ran 30 where
     * 12 sufficed). */
    GC_finalization_proc old_fn = 0;
    void *old_data = NULL;
    table_update_begin();
    GC_register_finalizer_no_order(obj, 0, NULL, &old_fn, &old_data);
    if (old_fn)
        GC_register_finalizer_no_order(obj, old_fn, old_data, NULL, NULL);
    table_update_end();
    if (!old_fn)
        return NULL;
    if (old_fn != call_finalizer)
        return NULL;
    for (FinRecord *r = old_data; r; r = r->next)
        if (r->fn == fn)
            return r->data;
    return NULL;
}

void kr_gc_remove_finalizer(void *obj, KrFinalizer fn)
{
    GC_finalization_proc old_fn = 0;
    void *old_data = NULL;
    table_update_begin();   /* as in kr_gc_finalizer_data */
    GC_register_finalizer_no_order(obj, 0, NULL, &old_fn, &old_data);
    if (old_fn == call_finalizer) {
        FinRecord *head = old_data, **link = &head;
        while (*link) {
            if ((*link)->fn == fn)
                *link = (*link)->next;
            else
                link = &(*link)->next;
        }
        old_data = head;
        old_fn = head ? call_finalizer : 0;
    }
    if (old_fn)         /* the others, or one not ours: put back */
        GC_register_finalizer_no_order(obj, old_fn, old_data, NULL, NULL);
    table_update_end();
}

bool kr_gc_is_heap_ptr(const void *p)
{
    return GC_base((void *)p) == p;
}

int kr_gc_run_finalizers(void *ctx)
{
    void *saved = fin_ctx;
    fin_ctx = ctx;
    kr_gc_finalizers_ready = 0;
    int n = GC_invoke_finalizers();
    fin_ctx = saved;
    return n;
}

void kr_gc_finalize_all(void *ctx)
{
    void *saved = fin_ctx;
    fin_ctx = ctx;
    GC_finalize_all();
    fin_ctx = saved;
}

/* Boehm runs a full collection before growing its table of disappearing
 * links or of finalizers past 4096 entries (GC_grow_table), and again
 * whenever the table is full but a collection would shrink it by a
 * quarter: a program that keeps a few thousand weak references (asyncio's
 * WeakSet of tasks) collected at those points however little it had
 * allocated -- 4% of asyncio_tasks' instructions.  With collection
 * disabled for the call, the table just grows; dead entries still go at
 * the next ordinary collection. */
static int register_link(void **slot, void *obj)
{
    table_update_begin();
    int r = GC_general_register_disappearing_link(slot, obj);
    table_update_end();
    return r;
}

bool kr_gc_weak_set(KrWeakSlot *slot, void *obj)
{
    *slot = (KrWeakSlot)GC_HIDE_POINTER(obj);
    if (!GC_base(obj))
        return true;      /* static (a builtin type): it never dies, no link needed */
    return register_link((void **)slot, obj) != GC_NO_MEMORY;
}

static void *reveal(void *slot)
{
    KrWeakSlot v = *(KrWeakSlot *)slot;
    return v ? GC_REVEAL_POINTER(v) : NULL;
}

void *kr_gc_weak_get(const KrWeakSlot *slot)
{
    /* Under the allocation lock, so a collection cannot clear the slot
     * between reading and revealing it. */
    return GC_call_with_alloc_lock(reveal, (void *)slot);
}

void kr_gc_weak_clear(KrWeakSlot *slot)
{
    /* A slot the collector cleared has lost its registration with it
     * (Boehm deletes the entry of a link it clears), and a cleared slot is
     * never set again behind our back: no table lookup for it.  This is
     * the common case -- a weakref's callback runs after its referent
     * died, and referent_died (modules/_weakref.c) clears the slot. */
    if (!__atomic_load_n(slot, __ATOMIC_RELAXED))
        return;
    GC_unregister_disappearing_link((void **)slot);
    *slot = 0;
}

void kr_gc_weak_move(KrWeakSlot *from, KrWeakSlot *to)
{
    *to = *from;
    *from = 0;
    GC_move_disappearing_link((void **)from, (void **)to);
}

void kr_gc_thread_register(void)
{
    struct GC_stack_base sb;
    if (GC_get_stack_base(&sb) == GC_SUCCESS)
        GC_register_my_thread(&sb);
}

void kr_gc_thread_unregister(void)
{
#ifndef KR_GC_STRESS
    if (kr_gc_free_lists) {       /* what the lists held becomes garbage */
        GC_FREE(kr_gc_free_lists);
        kr_gc_free_lists = NULL;
    }
    if (kr_gc_atomic_lists) {
        GC_FREE(kr_gc_atomic_lists);
        kr_gc_atomic_lists = NULL;
    }
    if (recycle_lists) {
        GC_FREE(recycle_lists);
        recycle_lists = NULL;
    }
    if (big_cache) {
        GC_FREE(big_cache);
        big_cache = NULL;
    }
#endif
    GC_unregister_my_thread();
}

void kr_gc_collect(void)
{
    GC_gcollect();
}

void kr_gc_release_memory(void)
{
    GC_gcollect_and_unmap();
}

void kr_gc_set_enabled(bool on)
{
    if (on && GC_is_disabled())
        GC_enable();
    else if (!on && !GC_is_disabled())
        GC_disable();
}

bool kr_gc_is_enabled(void)
{
    return !GC_is_disabled();
}

size_t kr_gc_collections(void)
{
    return (size_t)GC_get_gc_no();
}

size_t kr_gc_heap_size(void)
{
    return GC_get_heap_size();
}

size_t kr_gc_total_allocated(void)
{
    return GC_get_total_bytes();
}
