/*
 * test_gc.c -- the collector contract, checked white-box.
 *
 * An object reachable only through a pointer-first Value survives a
 * collection; one dropped is finalized (by kr_gc_run_finalizers, not inside
 * the collection, with the runner's context, every finalizer of a chain)
 * and its weak slot cleared; an absurd request fails softly.
 */
#include <stdio.h>
#include <string.h>

#include "core/value.h"
#include "gc/gc.h"

static int finalized;

static int ctx_seen, chained;

static void on_final(void *obj, void *data, void *ctx)
{
    (void)obj;
    (void)data;
    finalized++;
    ctx_seen += ctx == &finalized;
}

/* The second finalizer of a chain: must run after on_final, once. */
static void on_final_second(void *obj, void *data, void *ctx)
{
    (void)obj;
    (void)ctx;
    chained += data == &chained;
}

/* Allocate in a separate frame so no stale pointer stays on our stack. */
static __attribute__((noinline)) void make_garbage(KrWeakSlot *slot, Value *keep)
{
    for (int i = 0; i < 1000; i++) {
        void *o = kr_gc_alloc(32);
        if (!o)
            return;
        kr_gc_add_finalizer(o, on_final, NULL);
        if (i % 10 == 0)
            kr_gc_add_finalizer(o, on_final_second, &chained);
        if (i == 0 && !kr_gc_weak_set(slot, o))
            return;
    }
    void *kept = kr_gc_alloc(32);
    if (kept)
        memset(kept, 0xAB, 32);
    *keep = kr_from_obj(kept);
}

static __attribute__((noinline)) void clobber_stack(void)
{
    volatile char junk[4096];
    memset((char *)junk, 0, sizeof junk);
}

int main(void)
{
    kr_gc_init();
    static KrWeakSlot slot;    /* static storage: allowed for weak slots */
    Value *holder = kr_gc_alloc_root(sizeof(Value));
    if (!holder)
        return 1;
    make_garbage(&slot, holder);
    clobber_stack();
    kr_gc_collect();
    kr_gc_collect();
    int ran = kr_gc_run_finalizers(&finalized);
    int fails = 0;
    if (ran < 900 || finalized != ran) {
        fprintf(stderr, "test_gc: only %d of 1000 dropped objects finalized\n", ran);
        fails++;
    }
    if (ctx_seen != finalized || chained < ran / 10 - 10 || chained > 100) {
        fprintf(stderr, "test_gc: finalizer context or chain wrong (%d, %d)\n", ctx_seen, chained);
        fails++;
    }
    if (kr_gc_weak_get(&slot) != NULL) {
        fprintf(stderr, "test_gc: weak slot not cleared\n");
        fails++;
    }
    unsigned char *kept = (unsigned char *)kr_as_obj(*holder);
    if (!kept || kept[0] != 0xAB || kept[31] != 0xAB) {
        fprintf(stderr, "test_gc: object held through a Value was lost\n");
        fails++;
    }
    if (kr_gc_alloc((size_t)1 << 60) != NULL) {
        fprintf(stderr, "test_gc: absurd request did not fail\n");
        fails++;
    }
    if (fails)
        return 1;
    printf("test_gc: ok (%d finalized)\n", ran);
    return 0;
}
