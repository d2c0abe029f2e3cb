/*
 * interp.c -- the dispatch loop.
 *
 * One C function runs every Python frame of a thread: a Python-to-Python
 * call pushes a frame record and continues the same loop with the callee's
 * registers (vm/frame.h); a return pops it and resumes the caller.  The C
 * stack grows only when C code calls back into Python (kr_vm_call), so
 * deep Python recursion ends in RecursionError, never in a crash.
 *
 * The loop keeps the running frame's hot state in locals -- pc, regs,
 * consts -- and reloads them after a frame switch (LOAD_FRAME).  Dispatch
 * is computed goto: each instruction ends by jumping straight to the next
 * one's label, which gives the branch predictor one indirect jump per
 * instruction site instead of one shared switch jump.
 *
 * The instruction bodies live in ops_*.inc, by family, written in the
 * small vocabulary defined here (STYLE.md principle 6):
 *
 *   CASE(op)        the body of op                   NEXT()   go on
 *   A B C X SBC     the fields of the current word   R(n)     register n
 *   K(n)            constant n                       SAVE()   store pc in the frame
 *   ERROR_IF(cond)  raise if cond (an exception is already set)
 *
 * Fast paths (small-int arithmetic and comparison, list indexing, range
 * and list iteration, truth of bools) sit inline in the bodies; anything
 * else calls one named slow-path function (object.c's protocols).
 *
 * EXCEPTIONS.  `error:` handles a raise: it appends this frame to the
 * traceback, looks the faulting pc up in the code's exception table
 * (vm/exceptions.c) and either continues at the handler with the
 * exception in the handler's register, or pops the frame and repeats in
 * the caller -- returning NULL to C at an entry frame.  Nothing is done on
 * entry to a try block: the table is consulted only when something is
 * raised.
 */
#include "vm/frame.h"

#include <math.h>
#include <string.h>

#include "gc/gc.h"
#include "modules/gcmodule.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/nameerror.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/shape.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/generator.h"
#include "vm/match.h"
#include "vm/opcodes.h"
#include "vm/trace.h"
#include "vm/vm.h"
#include "vm/thread_lock.h"

#define A KR_A(ins)
#define B KR_B(ins)
#define C KR_C(ins)
#define X KR_X(ins)
#define SBC KR_SBC(ins)
#define R(n) regs[n]
#define K(n) consts[n]
#define SAVE() (frame->pc = pc)
#define ERROR_IF(cond) do { if (KR_UNLIKELY(cond)) goto error; } while (0)
/* A Value local whose address was passed to a helper lives in this
 * function's C frame, which stays on the stack as long as the loop runs
 * and which the collector scans conservatively: what the last slow path
 * wrote there would stay reachable (a memoryview dropped long ago still
 * counting as an export of its bytearray, so `del buf[:n]` raised
 * BufferError).  The store is volatile because the compiler would drop a
 * plain store to a variable that is never read again. */
#define FORGET(v) (*(volatile Value *)&(v) = KR_VALUE_NULL)

/* Zero the C stack the callees of the loop are about to use.  Its dead
 * slots still hold what earlier callees left there, and the frames of the
 * next call do not overwrite all of them (alignment padding, variables
 * set on other paths): a memoryview made and dropped a few instructions
 * earlier, found there, stayed an export of its bytearray through the
 * collection a resize runs (buffer.c, kr_buffer_exports_busy), so tornado's
 * `del self._read_buffer[:pos]` raised BufferError.  Done before the
 * instructions that delete or assign a slice (the resizes a program does
 * right after dropping its views); 1 KiB is more than the deepest path
 * from here to that collection uses. */
static __attribute__((noinline)) void scrub_c_stack(void)
{
    char junk[1024];
    explicit_bzero(junk, sizeof junk);
}
#define CASE(op) L_##op:
#define NEXT() do { ins = *pc++; goto *dispatch[KR_OPC(ins)]; } while (0)
/* The slow path of a safe point (the eval breaker is set; pc saved),
 * which is also where a running loop notices that tracing was switched
 * on or off (vm/trace.h).  A loop that has just switched to tracing runs
 * the current instruction again through TRACE, so it gets its events
 * (a profiled builtin call's c_call). */
#define SAFE_POINT()                                                     \
    do {                                                                 \
        void *const *was = dispatch;                                     \
        ERROR_IF(kr_vm_safe_point(th) < 0);                              \
        dispatch = TABLE_FOR(th);                                        \
        if (KR_UNLIKELY(dispatch != was) && dispatch == trace_table)     \
            goto L_TRACE;                                                \
    } while (0)
#define TABLE_FOR(th) (KR_UNLIKELY((th)->tracing) ? trace_table : dispatch_table)
#define LOAD_FRAME(f)                                                    \
    do {                                                                 \
        frame = (f);                                                     \
        regs = frame->regs;                                              \
        pc = frame->pc;                                                  \
        consts = frame->code->consts->items;                             \
    } while (0)

static inline bool cmp_f64(double x, double y, unsigned op)
{
    switch (op) {
    case KR_LT: return x < y;
    case KR_LE: return x <= y;
    case KR_EQ: return x == y;
    case KR_NE: return x != y;
    case KR_GT: return x > y;
    default: return x >= y;
    }
}

/* DYING TEMPORARIES.  In `q * j + r` the product is a fresh big int in a
 * temporary register that the addition alone reads; CPython's refcount
 * frees it there and reuses its memory hot, where the collector would
 * leave it until the next collection (pidigits: a third of the time went
 * to allocating limbs).  The compiler marks such a producer FRESH and its
 * reader's operand B_DIES / C_DIES (opcodes.h).  A FRESH producer that
 * made a big int by int arithmetic records it in th->temp_ints; a reader
 * takes a dying operand back out of it, and only an operand found there
 * is known to be that fresh value -- not, say, a shared int some
 * __mul__ returned -- so kr_int_binop_temps may compute into its limbs or
 * free it, when both operands are exact ints (no user code sees them).
 *
 * Why what the reader frees is unreachable.  Let V be a value the reader
 * takes from temp_ints and frees.
 *  1. V entered temp_ints as the result of a FRESH producer's
 *     kr_int_binop_temps on exact ints: a block allocated there (every
 *     path of kr_int_binop allocates its result, never returns an
 *     operand or a cached int), or that producer's own dying operand
 *     reused in place, unreachable by this same argument.  So when it was
 *     recorded, V was referenced only by the producer's target register l
 *     (and by C locals that are gone when the instruction ends).
 *  2. The compiler (compile_expr.c dying_temp) proved l is a temporary of
 *     the expression, written by the producer and read by no instruction
 *     but the reader.  Nothing else can learn V in between unless the
 *     frame leaves the expression half done -- an exception, a yield or a
 *     tracer (which could also jump) -- and each of those empties
 *     temp_ints (kr_vm_run's error:, L_TRACE, YIELD, YIELD_FROM), after
 *     which V is ordinary garbage.  Nested calls in the other operand only
 *     add entries (evicting V: then it is simply not freed) or empty the
 *     record; they cannot produce V, which is alive (temp_ints is scanned
 *     by the collector) and held by no register they can read.
 *  3. So a reader finding its operand in temp_ints has the producer's V,
 *     and at that point l (its operand register) and temp_ints hold the
 *     only references; the take removes the entry.  The register must go
 *     too: a dead register is not read by instructions, but code scanning
 *     the frame is -- kr_frame_pop's keep_handled_locals calls kr_is_exc
 *     on every register of a frame that handled an exception, and a
 *     freed block on the thread's free list has its type word zeroed or
 *     pointing at the next free block (CI's UBSan report: "member access
 *     within null pointer of type 'Type'" in kr_is_exc).  So the reader
 *     clears each operand register it took from (binary_slow), leaving it
 *     as a register never written: KR_VALUE_NULL, which every frame
 *     starts with and every scanner of registers already accepts.
 * The record is in the Thread, which the collector scans, so a recorded
 * value's address is never reused while it is there. */
static inline bool exact_int(Value v)
{
    return kr_is_smallint(v) || (kr_is_obj(v) && kr_as_obj(v)->type == &kr_int_type);
}

static inline void temp_ints_put(Thread *th, Value v)
{
    th->temp_ints[th->temp_next++ % KR_TEMP_INTS] = v;
}

static inline bool temp_ints_take(Thread *th, Value v)
{
    for (int i = 0; i < KR_TEMP_INTS; i++)
        if (th->temp_ints[i] == v) {
            th->temp_ints[i] = KR_VALUE_NULL;
            return true;
        }
    return false;
}

static inline uint32_t pc_index(const Frame *f, const Instr *pc)
{
    return (uint32_t)(pc - 1 - f->code->instrs);
}

/* INSTANCES WITHOUT A __dict__ (all attributes in __slots__).  Nothing
 * on the instance can shadow what its class defines, so an attribute
 * site caches, keyed on (type | 2, VM.type_epoch), either the slot's
 * offset (GET_ATTR, SET_ATTR: the access is one load or store) or the
 * class's function (LOAD_METHOD).  These misses do the full lookup and
 * fill the cache when the answer is of that kind.  An unset slot is read
 * through the full lookup too, which raises or defers to __getattr__. */
#define NODICT_KEY(t) ((uint64_t)(uintptr_t)(t) | 2)

static InlineCache *nodict_cache(Thread *th, Frame *frame, uint32_t at, Type *t)
{
    Code *code = frame->code;
    if (t->getattr != kr_object_generic_getattr)
        return NULL;
    if (!code->caches && !(code->caches = kr_gc_alloc(sizeof(InlineCache) * code->ninstrs)))
        return NULL;    /* out of memory: simply not cached */
    return &code->caches[at];     /* filled with kr_ic_fill (vm/thread_lock.h) */
}

/* The second kind of GET_ATTR / LOAD_METHOD entry on these instances,
 * keyed on (type | 1, VM.type_epoch) (a type is never a shape, whose
 * entries use the same tag): what the class holds for a name that is not
 * a slot -- a property, a class constant, a classmethod -- applied with
 * its __get__ on a hit, as generic getattr would (nothing on the
 * instance can shadow it).  sympy's objects are all __slots__ and read
 * properties and class flags (`expr.args`, `expr.is_Number`) everywhere. */
#define NODICT_CLASS_KEY(t) ((uint64_t)(uintptr_t)(t) | 1)

static void nodict_fill_class_attr(Thread *th, Frame *frame, uint32_t at, Type *t, Value d)
{
    InlineCache *ic = nodict_cache(th, frame, at, t);
    if (ic)
        kr_ic_fill(ic, NODICT_CLASS_KEY(t), th->vm->type_epoch + 1, d);
}

static Value nodict_getattr_miss(Thread *th, Frame *frame, uint32_t at, Value obj, Str *name)
{
    Type *t = kr_as_obj(obj)->type;
    Value r = kr_object_getattr(th, obj, name);
    Value d = r ? kr_type_lookup_cached(th, t, name) : KR_VALUE_NULL;
    int64_t off = kr_type_slot_offset(d);
    if (off >= 0 && t->setattr == kr_object_generic_setattr) {
        InlineCache *ic = nodict_cache(th, frame, at, t);
        if (ic)
            kr_ic_fill(ic, KR_IC_PACK(NODICT_KEY(t), off), th->vm->type_epoch + 1,
                       kr_from_smallint(off));
    } else if (d && off < 0) {
        nodict_fill_class_attr(th, frame, at, t, d);
    }
    return r;
}

static int nodict_setattr_miss(Thread *th, Frame *frame, uint32_t at, Value obj, Str *name,
                               Value v)
{
    Type *t = kr_as_obj(obj)->type;
    if (kr_object_setattr(th, obj, name, v) < 0)
        return -1;
    if (t->setattr == kr_object_generic_setattr) {
        int64_t off = kr_type_slot_offset(kr_type_lookup_cached(th, t, name));
        InlineCache *ic = off >= 0 ? nodict_cache(th, frame, at, t) : NULL;
        if (ic)
            kr_ic_fill(ic, KR_IC_PACK(NODICT_KEY(t), off), th->vm->type_epoch + 1,
                       kr_from_smallint(off));
    }
    return 0;
}

static Value nodict_getmethod_miss(Thread *th, Frame *frame, uint32_t at, Value obj, Str *name,
                                   Value *self)
{
    Type *t = kr_as_obj(obj)->type;
    Value f = kr_object_getmethod(th, obj, name, self);
    if (f && *self == obj && kr_is_function(f) && kr_type_lookup_cached(th, t, name) == f) {
        InlineCache *ic = nodict_cache(th, frame, at, t);
        if (ic)
            kr_ic_fill(ic, NODICT_KEY(t), th->vm->type_epoch + 1, f);
    } else if (f && !*self) {
        Value d = kr_type_lookup_cached(th, t, name);
        if (d && kr_type_slot_offset(d) < 0)
            nodict_fill_class_attr(th, frame, at, t, d);
    }
    return f;
}

/* METHODS OF BUILTIN TYPES (list.append, str.join, dict.get).  A static
 * type cannot change and its instances have no __dict__, so a LOAD_METHOD
 * site caches the method found on the type exactly as for instances
 * without a __dict__ above: keyed on (type | 2, VM.type_epoch). */
static Value builtin_getmethod_miss(Thread *th, Frame *frame, uint32_t at, Value obj, Str *name,
                                    Value *self)
{
    Type *t = kr_type_of(obj);
    Value f = kr_object_getmethod(th, obj, name, self);
    if (f && *self == obj && !(t->flags & KR_TYPE_HEAP) && !t->dict_offset) {
        InlineCache *ic = nodict_cache(th, frame, at, t);
        if (ic)
            kr_ic_fill(ic, NODICT_KEY(t), th->vm->type_epoch + 1, f);
    }
    return f;
}

/* ATTRIBUTES OF BUILTIN-TYPE INSTANCES (complex.real, slice.start,
 * range.stop): as for their methods, the static type's attribute is cached
 * keyed on (type | 2, VM.type_epoch) and applied with its __get__. */
static Value builtin_getattr_miss(Thread *th, Frame *frame, uint32_t at, Value obj, Str *name)
{
    Type *t = kr_type_of(obj);
    Value d = KR_VALUE_NULL;
    if (!(t->flags & KR_TYPE_HEAP) && !t->dict_offset && t->getattr == kr_object_generic_getattr)
        d = kr_type_lookup_cached(th, t, name);
    if (!d)
        return kr_object_getattr(th, obj, name);
    InlineCache *ic = nodict_cache(th, frame, at, t);
    if (ic)
        kr_ic_fill(ic, NODICT_KEY(t), th->vm->type_epoch + 1, d);
    return kr_object_class_attr(th, d, obj);
}

/* DICT ENTRIES BY NUMBER.  Globals and module attributes are cached as
 * where the name's dict entry is, not what it holds: the guard is
 * KR_IC_PACK(the dict's keys version, the entry number), and keys versions
 * are never reused by any dict, so the guard names the dict too.  Storing
 * to an existing key keeps the keys version, so a module that rebinds a
 * global (`count += 1`) keeps every cached load hitting.  The value is
 * read from the entry, then the keys version again: a resize publishes
 * new entries between two version changes (objects/dict.c), so a number
 * is never used in another table.  NULL: a miss (the keys moved, or the
 * entry was just deleted). */
static inline Value entry_hit(Dict *d, uint64_t a)
{
    uint64_t kv = __atomic_load_n(&d->keys_version, __ATOMIC_ACQUIRE);
    if (KR_IC_KEY(a) != kv || KR_IC_INDEX(a) < 0)
        return KR_VALUE_NULL;
    DictEntry *entries = __atomic_load_n(&d->entries, __ATOMIC_ACQUIRE);
    Value v = __atomic_load_n(&entries[KR_IC_INDEX(a)].value, __ATOMIC_ACQUIRE);
    return __atomic_load_n(&d->keys_version, __ATOMIC_RELAXED) == kv ? v : KR_VALUE_NULL;
}

/* LOAD_GLOBAL: a = the entry in globals; or, with no entry number, the
 * globals' keys version under which the name was no global, and then
 * b = the entry in builtins (vm.c, kr_vm_load_global_slow). */
static inline Value global_hit(const InlineCache *ic, Dict *g, Dict *b)
{
    uint64_t a = __atomic_load_n(&ic->a, __ATOMIC_RELAXED);
    if (KR_LIKELY(KR_IC_INDEX(a) >= 0))
        return entry_hit(g, a);
    if (KR_IC_KEY(a) != __atomic_load_n(&g->keys_version, __ATOMIC_ACQUIRE))
        return KR_VALUE_NULL;
    return entry_hit(b, __atomic_load_n(&ic->b, __ATOMIC_RELAXED));
}

/* STORE_GLOBAL's miss: store, then cache where the entry is (a only). */
static int store_global_miss(Thread *th, Frame *frame, uint32_t at, Str *name, Value v)
{
    Dict *g = frame->globals;
    if (kr_dict_set_str(th, g, name, v) < 0)
        return -1;
    uint64_t kv = kr_dict_keys_version(g);
    Value found;
    int64_t i = kr_dict_find_str(g, name, &found);
    Code *code = frame->code;
    if (i < 0 || i >= 0xfffe || kv > KR_IC_KEY(~0ull))
        return 0;
    if (code->caches || (code->caches = kr_gc_alloc(sizeof(InlineCache) * code->ninstrs)))
        kr_ic_fill(&code->caches[at], KR_IC_PACK(kv, i), 0, KR_VALUE_NULL);
    return 0;
}

/* MODULE ATTRIBUTES (math.sqrt, os.path, struct.pack).  Where the name's
 * entry is in the module's dict (see DICT ENTRIES BY NUMBER above), with
 * b = the dict itself (| 3) telling a module entry from the other kinds.
 * A name the dict lacks (__getattr__, __dict__, errors) takes the
 * module's slot every time. */
static Value module_getattr_miss(Thread *th, Frame *frame, uint32_t at, Value obj, Str *name)
{
    Dict *d = ((Module *)kr_as_obj(obj))->dict;
    uint64_t kv = kr_dict_keys_version(d);
    Value v;
    int64_t i = kr_dict_find_str(d, name, &v);
    if (i < 0 || !v)
        return kr_object_getattr(th, obj, name);
    Code *code = frame->code;
    if (i >= 0xfffe || kv > KR_IC_KEY(~0ull))
        return v;
    if (code->caches || (code->caches = kr_gc_alloc(sizeof(InlineCache) * code->ninstrs)))
        kr_ic_fill(&code->caches[at], KR_IC_PACK(kv, i), KR_CLASS_KEY(d), KR_VALUE_NULL);
    return v;
}

/* SLICES WITHOUT A SLICE OBJECT.  `x[a:b]` compiles to BUILD_SLICE then
 * GET_ITEM of the slice's register; BUILD_SLICE looks at the next word,
 * and when it is that GET_ITEM of an exact list or tuple and every part
 * is a small int or None, the copy is made here from the parts: no slice
 * object, no call through the type's subscript.  The clamping is
 * kr_slice_indices' own, given a slice on the C stack that never
 * escapes (small ints and None are read without calling anything).
 * 1 done (*out set), 0 not this case, -1 error. */
static bool stack_slice(Slice *s, const Value *parts, unsigned n)
{
    *s = (Slice){{&kr_slice_type}, parts[0], parts[1], n == 3 ? parts[2] : KR_NONE};
    const Value v[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++)
        if (v[i] != KR_NONE && !kr_is_smallint(v[i]))
            return false;
    return s->step != kr_from_smallint(0);  /* its ValueError: the ordinary path */
}

static int slice_fused(Thread *th, Value obj, const Value *parts, unsigned n, Value *out)
{
    bool list = kr_is_list(obj);
    if (!list && !kr_is_tuple(obj))
        return 0;
    Slice s;
    if (!stack_slice(&s, parts, n))
        return 0;
    int64_t len = list ? kr_list_len(kr_as_list(obj)) : kr_as_tuple(obj)->size;
    const Value *items = list ? kr_as_list(obj)->items : kr_as_tuple(obj)->items;
    int64_t start, stop, step, len2;
    if (kr_slice_indices(th, kr_from_obj(&s), len, &start, &stop, &step, &len2) < 0)
        return -1;
    if (!list && step == 1 && len2 == len) {
        *out = obj;     /* t[:] of an exact tuple is t, as in CPython */
        return 1;
    }
    if (step == 1) {
        const Value *from = len2 ? items + start : items;   /* [] has no array */
        Obj *r = list ? (Obj *)kr_list_from_array(th, from, len2)
                      : (Obj *)kr_tuple_from_array(th, from, len2);
        if (!r)
            return -1;
        *out = kr_from_obj(r);
        return 1;
    }
    if (list) {
        List *r = kr_list_new(th, len2);
        if (!r)
            return -1;
        for (int64_t i = 0, j = start; i < len2; i++, j += step)
            r->items[i] = items[j];
        *out = kr_from_obj(r);
        return 1;
    }
    Tuple *r = kr_tuple_new(th, len2);
    if (!r)
        return -1;
    for (int64_t i = 0, j = start; i < len2; i++, j += step)
        r->items[i] = items[j];
    *out = kr_from_obj(r);
    return 1;
}

/* l[a:b] = m with l and m exact lists, the slice's parts small ints or
 * None (BUILD_SLICE fused with the SET_ITEM storing through it): list's
 * own slice assignment, given a slice on the C stack -- it reads the
 * parts and keeps nothing, and no Python code runs while it has it.
 * 1 done, 0 not this case, -1 error. */
static int slice_store_fused(Thread *th, Value obj, const Value *parts, unsigned n, Value v)
{
    Slice s;
    if (!kr_is_list(obj) || !kr_is_list(v) || !stack_slice(&s, parts, n))
        return 0;
    return kr_object_setitem(th, obj, kr_from_obj(&s), v) < 0 ? -1 : 1;
}

/* The line of the instruction at `at`, for a traceback entry: read from
 * the per-instruction positions when the compiler recorded one (O(1);
 * the two agree -- checked over the whole test suite), else decoded from
 * the line table (a scan from the start). */
static int tb_line(const Code *c, uint32_t at)
{
    const int32_t *pos = kr_code_positions(c);
    int line = pos ? pos[4 * (size_t)at] : -1;
    return line > 0 ? line : kr_code_line(c, at);
}

Value kr_vm_run(Thread *th, Frame *entry)
{
    static void *const dispatch_table[OP_COUNT] = {
#define KR_OP(name, fmt, doc) [OP_##name] = &&L_##name,
#include "vm/opcodes.def"
#undef KR_OP
    };
    /* While tracing, every instruction goes through TRACE first. */
    static void *const trace_table[OP_COUNT] = {[0 ... OP_COUNT - 1] = &&L_TRACE};
    void *const *dispatch = TABLE_FOR(th);
    Frame *frame;
    Value *regs;
    const Instr *pc;
    const Value *consts;
    Instr ins;
    Value yielded;          /* what an inline-resumed generator yields (ops_flow.inc) */
    bool reraise = false;

    LOAD_FRAME(entry);
    if (KR_UNLIKELY(entry->flags & FRAME_THROW)) {
        /* generator.throw(): the exception surfaces at the suspended yield. */
        entry->flags &= ~(uint32_t)FRAME_THROW;
        goto error;
    }
    NEXT();

#include "vm/ops_load.inc"
#include "vm/ops_arith.inc"
#include "vm/ops_flow.inc"
#include "vm/ops_build.inc"
#include "vm/ops_attr.inc"
#include "vm/ops_call.inc"
#include "vm/ops_exc.inc"
#include "vm/ops_match.inc"
#include "vm/ops_async.inc"

L_TRACE:
    /* The events before the instruction (vm/trace.c), then the
     * instruction itself from the ordinary table. */
    SAVE();
    if (KR_UNLIKELY(!th->tracing)) {
        dispatch = dispatch_table;
        goto *dispatch_table[KR_OPC(ins)];
    }
    {
        int done = kr_trace_instr(th, frame, regs);
        kr_temp_ints_forget(th);    /* a hook ran: no dying temporaries */
        pc = frame->pc;             /* an f_lineno jump moves it */
        ERROR_IF(done < 0);
        if (done)
            NEXT();                 /* it ran the instruction (a profiled builtin call) */
        ins = pc[-1];
        dispatch = TABLE_FOR(th);
        goto *dispatch_table[KR_OPC(ins)];
    }

error:
    {
        kr_temp_ints_forget(th);
        Value exc = th->exc;
        if (!exc) {
            kr_err_set_string(th, &kr_exc_SystemError, "error return without exception set");
            exc = th->exc;
        }
        if (!reraise) {
            kr_vm_chain_context(th, exc);
            uint32_t at = pc_index(frame, pc);
            if (kr_is_exc(exc))
                kr_exception_add_tb(th, exc, frame, at,
                                          tb_line(frame->code, at));
            if (KR_UNLIKELY(th->tracing) && kr_trace_exception(th, frame) < 0)
                exc = th->exc;
        }
        reraise = false;
        for (;;) {
            const ExcEntry *h = kr_vm_find_handler(frame->code, pc_index(frame, pc));
            if (h) {
                regs[h->reg] = exc;
                th->exc = KR_VALUE_NULL;
                pc = frame->code->instrs + h->handler;
                NEXT();
            }
            if (KR_UNLIKELY(th->tracing) && kr_trace_unwind(th, frame) < 0)
                exc = th->exc;
            uint32_t flags = frame->flags;
            kr_frame_keep_locals(exc, frame);   /* for tb_frame.f_locals */
            kr_frame_pop(th);
            if (flags & FRAME_ENTRY)
                return KR_VALUE_NULL;
            if (flags & FRAME_GEN) {    /* resumed by FOR_ITER in this loop */
                kr_gen_finish_inline(th, frame, true);
                exc = th->exc;
            }
            LOAD_FRAME(th->frame);
            uint32_t at = pc_index(frame, pc);
            if (kr_is_exc(exc))
                kr_exception_add_tb(th, exc, frame, at,
                                          tb_line(frame->code, at));
            if (KR_UNLIKELY(th->tracing) && kr_trace_exception(th, frame) < 0)
                exc = th->exc;
        }
    }
}
