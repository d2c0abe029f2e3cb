/*
 * state.h -- the VM and the per-thread state: where all mutable runtime
 * state lives.
 *
 * There is no global interpreter lock and no mutable global variable.
 * Everything a running program changes is reachable from one VM (modules,
 * interned strings, the method cache, signal flags, the list of threads)
 * or from the Thread running the code (its frame stack, the exception
 * being raised, recursion depth).  Builtin type objects are static C data
 * and immutable from Python (int.x = 1 is a TypeError), so they need no
 * owner; what little of them changes at run time (the list of subclasses)
 * is guarded by the VM's lock.
 *
 * Every function that can run Python code or raise takes `Thread *th`
 * first, explicitly (as Lua passes lua_State *L): no thread-local lookup on
 * hot paths, and the JIT can keep th in a register.  A __thread variable may
 * cache the current Thread for the rare entry points that lack one (signal
 * handlers, library callbacks), never own it: the collector does not scan
 * thread-local storage, so Threads are collector-allocated and linked from
 * the VM's thread list.
 */
#ifndef KR_STATE_H
#define KR_STATE_H

#include <pthread.h>

#include "core/value.h"

typedef struct VM VM;
typedef struct Thread Thread;
typedef struct Frame Frame;
typedef struct Dict Dict;
typedef struct Str Str;
typedef struct Tuple Tuple;
typedef struct Module Module;
typedef struct StackChunk StackChunk;
typedef struct List List;
typedef struct Bytes Bytes;

/* Interned names used by C code: KR_NAME(th, __init__) is a pointer
 * compare away from any identifier the compiler interned (objects/names.def). */
enum {
#define KR_NAME_DEF(n) KR_NAME_##n,
#include "objects/names.def"
#undef KR_NAME_DEF
    KR_NAME_COUNT
};
#define KR_NAME(th, n) ((th)->vm->names[KR_NAME_##n])

/* One segment of a thread's register stack (vm/frame.c).  Frames never
 * straddle segments, so a frame's registers never move: a pointer to a
 * register stays valid for the frame's life, and nothing needs fixing up
 * when the stack grows (CPython 3.11's data-stack chunks make the same
 * trade).  Segments are collector memory, so registers are scanned. */
struct StackChunk {
    StackChunk *prev;
    Value *limit;             /* one past the last slot */
    Value slots[];
};

/* One entry of a thread's attribute-lookup cache (type.c,
 * kr_type_lookup_cached): what type t's MRO holds for name (KR_VALUE_NULL:
 * nothing) while VM.type_epoch was `epoch`.  Any class attribute change
 * moves the epoch, so a stale entry never matches (CPython keeps a global
 * cache keyed on type version tags; per thread, krait's needs no lock). */
typedef struct LookupCacheEntry {
    const void *type;
    const Str *name;
    uint64_t epoch;
    Value value;
} LookupCacheEntry;

#define KR_LOOKUP_CACHE_BITS 12        /* 4096 entries, as CPython's method cache: docutils'
                                         * and sympy's classes missed often in 1024 */
#define KR_LOOKUP_CACHE_SIZE (1 << KR_LOOKUP_CACHE_BITS)
#define KR_CSTR_CACHE_SIZE 128         /* entries, a power of two */

/* One stripe of the containers' mutation locks (vm/thread_lock.h): the
 * holding Thread and its nesting depth, a cache line each so threads
 * working on different stripes do not share lines (and VM.threaded,
 * read by every container mutation, shares none with a stripe).  The VM
 * is larger than a page, so the collector hands it out page-aligned. */
typedef struct ObjLock {
    _Alignas(64) Thread *_Atomic owner;
    int depth;
} ObjLock;

#define KR_OBJLOCK_STRIPES 256          /* a power of two; one per 4 KiB page (thread.c) */

enum { KR_TEMP_INTS = 4 };

struct Thread {
    VM *vm;
    Thread *next;             /* the VM's list of threads */
    /* The exception being raised: KR_VALUE_NULL when none.  Set by
     * kr_err_* (vm/errors.h), consumed by the unwinder. */
    Value exc;
    /* The exception being handled (sys.exc_info()[1]) or KR_NONE.  Handlers
     * save the previous one in a register and restore it on exit
     * (PUSH_EXC_INFO / POP_EXCEPT), so this is really a stack threaded
     * through the frames' registers. */
    Value handled;
    Frame *frame;             /* innermost running frame */
    Frame *free_frames;       /* recycled Frame records (Lua's CallInfo list) */
    StackChunk *chunk;        /* the segment holding the innermost frame */
    StackChunk *spare_chunk;  /* one cached segment, to avoid thrash at a boundary */
    Value *stack_top;         /* first free register when no frame runs */
    int recursion_depth;      /* Python-level calls, vs sys.getrecursionlimit */
    int c_recursion_depth;    /* C-level recursion (repr of nested lists, ...) */
    /* Containers whose repr is running (CPython's Py_ReprEnter list): a
     * kr_gc_alloc'ed array, so the collector sees the pointers. */
    Obj **repr_stack;
    int repr_depth, repr_cap;
    /* The running contextvars.Context (_contextvars.c); KR_VALUE_NULL
     * until first needed.  Threads are kr_gc_alloc'ed, so it is scanned. */
    Value context;
    /* decimal's current-context cache (_decimal_context.c): the context
     * variables' mapping it was read under (context_vars, never changed in
     * place) and the decimal.Context found there. */
    Value dec_vars, dec_ctx;
    /* Dying temporaries (vm/ops_arith.inc): the latest big ints made by an
     * int operation into a temporary register that one later operation
     * alone reads, which may then reuse or free them.  Emptied whenever a
     * frame may leave an expression half done (an exception, a yield). */
    Value temp_ints[KR_TEMP_INTS];
    unsigned temp_next;
    /* sys.set_asyncgen_hooks (modules/sys.c): KR_VALUE_NULL is None.
     * vm/coroutine.c calls firstiter; finalizer is stored only (generators
     * are not finalized yet). */
    Value asyncgen_firstiter, asyncgen_finalizer;
    int64_t coro_origin_depth;    /* sys.set_coroutine_origin_tracking_depth */
    /* asyncio's running loop (modules/_asyncio.c) and the pid that set it:
     * a forked child does not see its parent's loop. */
    Value running_loop;
    int running_loop_pid;
    char *c_stack_limit;      /* lowest safe C stack address for this thread */
    /* An instruction budget (tests/fuzz/fuzz_exec.c): while budget_on,
     * every safe point decrements budget_left and, once it is spent,
     * raises KeyboardInterrupt -- which `except Exception` does not catch. */
    bool budget_on;
    int64_t budget_left;
    /* sys.settrace / sys.setprofile (vm/trace.c): the hooks, and whether
     * this thread's loops dispatch through the tracing table -- set when a
     * hook is, cleared while one runs (in_trace). */
    Value trace_func, profile_func;
    /* A profiler in C (_lsprof): called for each profile event instead of
     * calling profile_func, which is then its object (sys.getprofile). */
    int (*profile_hook)(Thread *th, Value obj, Frame *f, int event, Value arg);
    bool tracing;
    int in_trace;
    int trace_what;           /* the latest event dispatched (a KR_NAME_ index; 0: none),
                                 which decides whether f_lineno may be set */
    uint64_t thread_id;
    pthread_t pthread;
    /* Threads started by _thread.start_new_thread (vm/thread.c): what the
     * new thread calls, kept here until it runs so the collector sees it;
     * the lock released when the thread is gone (_set_sentinel); the
     * _thread._local objects holding a dict for this thread, whose
     * entries go with it; a number never reused, the key of those dicts. */
    Value boot_func, boot_args, boot_kwargs;
    Obj *sentinel;
    List *locals;
    uint64_t serial;
    /* vm/thread.c: the module this thread waits for another thread to
     * import (NULL: none), read under VM.lock to find import deadlocks. */
    Str *import_waiting;
    /* Set while the thread sleeps in a lock wait, and once its Python
     * code is done but it is still linked (vm/thread.c). */
    _Atomic bool blocked, exiting;
    LookupCacheEntry lookup_cache[KR_LOOKUP_CACHE_SIZE];   /* collector-scanned (the
                                                            Thread is kr_gc_alloc'ed) */
    /* str.c kr_str_intern_cstr: interned ASCII strs by the address of the
     * C text they were made from (checked against the text on a hit). */
    Str *cstr_cache[KR_CSTR_CACHE_SIZE];
};

struct VM {
    Thread *threads;          /* every live thread */
    Thread *main_thread;
    pthread_mutex_t lock;     /* thread list, subclass lists, import lock */
    /* vm/thread.c: threads started and still running (_thread._count),
     * the stack size for new ones (_thread.stack_size, 0: the system's),
     * the next Thread.serial, and whether the process is exiting (daemon
     * threads then stop at their next safe point). */
    int nthreads;
    size_t thread_stack_size;
    uint64_t next_serial;
    volatile bool finalizing;
    /* Set for good when the second thread starts: until then no
     * container mutation takes its stripe lock. */
    bool threaded;
    ObjLock objlocks[KR_OBJLOCK_STRIPES];
    /* Modules being imported, name -> the importing Thread's serial, and
     * the condition their waiters sleep on (both under `lock`). */
    Dict *importing;
    pthread_cond_t import_done;
    /* os.register_at_fork callables (lists, NULL until one is given). */
    List *fork_before, *fork_parent, *fork_child;

    Dict *modules;            /* sys.modules */
    Dict *builtin_modules;    /* the C modules made so far, by name: what import
                                 finds again after del sys.modules[name] */
    Dict *builtins;           /* the builtins module's dict */
    Dict *interned;           /* interned str table */
    Module *builtins_module, *sys_module;

    Str *names[KR_NAME_COUNT];
    Str *empty_str;
    Str *latin1[256];         /* one-character strings, made on demand */
    Bytes *byte1[256];        /* one-byte bytes, made on demand (kr_bytes_new) */
    Tuple *empty_tuple;
    Value memory_error;       /* preallocated: raising it never allocates */

    /* Bumped whenever an attribute of any class changes: attribute inline
     * caches key on (type, epoch), so a change to a base class reaches
     * every subclass's caches without a subclass list. */
    uint64_t type_epoch;

    /* Resizes of exporters with views still counted (objects/buffer.c,
     * kr_buffer_exports_resize): bytes allocated when the last one ran a
     * collection, and whether that collection found views still alive. */
    size_t exports_gc_at;
    bool exports_kept;

    int recursion_limit;      /* sys.setrecursionlimit */
    double switch_interval;   /* sys.setswitchinterval: kept and reported */
    int optimize;             /* -O / -OO (sys.flags.optimize): asserts are not compiled */
    int int_max_str_digits;   /* sys.set_int_max_str_digits (PEP 651-era
                                 limit, 4300 by default) */
    uint64_t hash_key[2];     /* SipHash key from PYTHONHASHSEED */
    void *asyncio;            /* _asyncio's state, made on first use (modules/_asyncio.c) */

};

/* The eval breaker: one word the interpreter polls at its safe points (a
 * loop's back edge, a call of a Python function), so the hot path is one
 * load and one branch that is never taken.  Anything that needs the
 * running code's attention sets it -- a C signal handler, the collector
 * when finalizers are queued, a fuzzer's instruction budget -- and the
 * slow path, kr_vm_safe_point (vm/vm.h), finds out what and clears it.
 * It is process-global, not a VM field, because signals are: a C signal
 * handler or the collector's notifier can reach nothing else.  It has a
 * cache line of its own: every thread reads it at every back edge and
 * call, so a neighbour written often (a static libgc put its allocation
 * counters there) made each of those reads a miss once two threads ran
 * (int_loop on 2 threads: 8% of the CPU on that one load). */
typedef union KrEvalBreaker {
    volatile int word;
    char line[64];
} __attribute__((aligned(64))) KrEvalBreaker;
extern KrEvalBreaker kr_eval_breaker_line;
#define kr_eval_breaker (kr_eval_breaker_line.word)

/* Forget the dying temporaries (ops_arith.inc): an expression was left
 * half done, so a value recorded may be read by something else later. */
static inline void kr_temp_ints_forget(Thread *th)
{
    for (int i = 0; i < KR_TEMP_INTS; i++)
        th->temp_ints[i] = KR_VALUE_NULL;
}

/* True when the C stack is nearly used up (th->c_stack_limit, set at thread
 * start): places that re-enter the interpreter recursively in C -- a
 * yield-from chain resuming, C code calling a function, hashing or
 * comparing nested containers -- check it, so a
 * raised sys.setrecursionlimit gives RecursionError, not a crash. */
static inline bool kr_c_stack_exhausted(Thread *th)
{
    return (uintptr_t)__builtin_frame_address(0) < (uintptr_t)th->c_stack_limit;
}

#endif
