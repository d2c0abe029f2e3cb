/*
 * _lsprof.c -- cProfile's engine: _lsprof.Profiler (helper "trace").
 *
 * A Profiler installs itself as the thread's profiler through the C hook
 * of vm/trace.h, so an event costs a C call, not a Python one, and
 * sys.getprofile() returns the Profiler, as in CPython.
 *
 * STATISTICS.  One Stat per function, in a dict keyed by what identifies
 * it: the code object of a Python function, or for a builtin its
 * MethodDef's address (a small int), so every bound `list.append` counts
 * as one function, as CPython keys on the PyMethodDef.  A Stat's `subs`
 * holds one Stat per function it called (the caller/callee pairs that
 * pstats' callers come from).  Recursion is counted as lsprof does: a
 * call's total time is added only when the outermost activation of that
 * function (or pair) returns; inner ones count as recursive calls.
 *
 * THE STACK of running calls is an array of Ctx in collector memory
 * (scanned: it points at Stats): the entry, the caller/callee sub-entry,
 * the start time and the time spent in callees so far.  disable() pops
 * what is still running, counting it, as CPython's flush_unmatched.
 */
#include <string.h>
#include <time.h>

#include "gc/gc.h"
#include "modules/libutil.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/trace.h"

typedef struct Stat {
    Obj hdr;
    Value key;                /* the code object, or the builtin's label (a str) */
    int64_t callcount, reccallcount, level;
    double tt, it;            /* total and inline time, seconds */
    Dict *subs;               /* callee key -> Stat, made on first use; NULL in a sub-entry */
} Stat;

typedef struct Ctx {
    Stat *entry, *sub;
    double t0, subt;
} Ctx;

typedef struct Profiler {
    Obj hdr;
    Dict *dict;               /* a subclass's attributes (cProfile.Profile) */
    Value timer;              /* KR_VALUE_NULL: the monotonic clock */
    double unit;              /* the timer's unit in seconds (0: it returns seconds) */
    bool subcalls, builtins, enabled;
    Dict *stats;              /* key -> Stat */
    Ctx *stack;               /* collector memory, scanned */
    int64_t depth, cap;
} Profiler;

static Type stat_type = {
    .hdr = {&kr_type_type}, .name = "_lsprof.stat", .size = sizeof(Stat),
};

static Type profiler_type;
static Type entry_type, subentry_type;      /* struct sequences, made at init */

/* ---- time ------------------------------------------------------------------------------ */

static double now(Thread *th, Profiler *p)
{
    if (!p->timer) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
    }
    Value v = kr_vm_call(th, p->timer, NULL, 0, NULL);
    double d = 0.0;
    if (!v || kr_float_as_double(th, v, &d) < 0) {
        kr_err_clear(th);       /* CPython reports it as unraisable and uses 0 */
        return 0.0;
    }
    return p->unit > 0.0 ? d * p->unit : d;
}

/* ---- the stack -------------------------------------------------------------------- */

static Stat *stat_new(Thread *th, Value key)
{
    Stat *s = kr_libutil_alloc(th, &stat_type);
    if (s)
        s->key = key;
    return s;
}

/* The Stat under k in d, made with the shown key if new. */
static Stat *stat_in(Thread *th, Dict **d, Value k, Value shown)
{
    if (!*d && !(*d = kr_dict_new(th)))
        return NULL;
    Value v = kr_dict_get(th, *d, k);
    if (v)
        return (Stat *)kr_as_obj(v);
    if (kr_err_occurred(th))
        return NULL;
    Stat *s = stat_new(th, shown);
    return s && kr_dict_set(th, *d, k, kr_from_obj(s)) == 0 ? s : NULL;
}

static int enter(Thread *th, Profiler *p, Value k, Value shown)
{
    Stat *e = stat_in(th, &p->stats, k, shown);
    if (!e)
        return -1;
    Stat *sub = NULL;
    if (p->subcalls && p->depth > 0 && !(sub = stat_in(th, &p->stack[p->depth - 1].entry->subs, k, shown)))
        return -1;
    if (p->depth == p->cap) {
        int64_t ncap = p->cap ? p->cap * 2 : 64;
        Ctx *ns = kr_gc_realloc(p->stack, sizeof(Ctx) * (size_t)ncap);
        if (!ns) {
            kr_err_no_memory(th);
            return -1;
        }
        p->stack = ns;
        p->cap = ncap;
    }
    e->level++;
    if (sub)
        sub->level++;
    p->stack[p->depth++] = (Ctx){e, sub, now(th, p), 0.0};
    return 0;
}

static void count(Stat *s, double tt, double it)
{
    if (!s)
        return;
    if (--s->level == 0)
        s->tt += tt;
    else
        s->reccallcount++;
    s->it += it;
    s->callcount++;
}

static void leave(Thread *th, Profiler *p)
{
    if (p->depth == 0)
        return;
    Ctx c = p->stack[--p->depth];
    double tt = now(th, p) - c.t0;
    if (p->depth > 0)
        p->stack[p->depth - 1].subt += tt;
    count(c.entry, tt, tt - c.subt);
    count(c.sub, tt, tt - c.subt);
}

/* ---- naming builtins (CPython's normalizeUserObj) ---------------------------------------- */

/* "<built-in method mod.name>" for a module function, repr(type's
 * descriptor) -- "<method 'append' of 'list' objects>" -- for a method. */
static Value builtin_label(Thread *th, Builtin *b)
{
    Buf buf;
    kr_buf_init(&buf);
    Value self = b->self;
    bool is_module = !self || kr_is_type(self, &kr_module_type);
    if (!is_module) {
        Str *name = kr_str_intern_cstr(th, b->def->name);
        Value d = name ? kr_type_lookup(kr_type_of(self), name) : KR_VALUE_NULL;
        if (d && kr_libutil_repr_put(th, &buf, d) == 0)
            return kr_libutil_buf_value(th, &buf);
        kr_err_clear(th);
        kr_buf_printf(&buf, "<built-in method %s>", b->def->name);
        return kr_libutil_buf_value(th, &buf);
    }
    Value mod = b->module ? b->module : self ? kr_from_obj(((Module *)kr_as_obj(self))->name)
                                             : KR_VALUE_NULL;
    kr_buf_puts(&buf, "<built-in method ");
    if (mod && kr_is_str(mod)) {
        kr_str_to_buf(&buf, kr_as_str(mod));
        kr_buf_putc(&buf, '.');
    }
    kr_buf_printf(&buf, "%s>", b->def->name);
    return kr_libutil_buf_value(th, &buf);
}

/* ---- the hook ------------------------------------------------------------------------- */

static int profiler_hook(Thread *th, Value obj, Frame *f, int event, Value arg)
{
    Profiler *p = (Profiler *)kr_as_obj(obj);
    switch (event) {
    case KR_NAME_call:
        return enter(th, p, kr_from_obj(f->code), kr_from_obj(f->code));
    case KR_NAME_return:
        leave(th, p);
        return 0;
    case KR_NAME_c_call: {
        if (!p->builtins || !kr_is_type(arg, &kr_builtin_type))
            return 0;
        Builtin *b = (Builtin *)kr_as_obj(arg);
        Value k = kr_from_smallint((int64_t)((uintptr_t)b->def >> 3));
        Value known = p->stats ? kr_dict_get(th, p->stats, k) : KR_VALUE_NULL;
        Value shown = known ? ((Stat *)kr_as_obj(known))->key : builtin_label(th, b);
        return shown ? enter(th, p, k, shown) : -1;
    }
    default:        /* c_return, c_exception */
        if (p->builtins && kr_is_type(arg, &kr_builtin_type))
            leave(th, p);
        return 0;
    }
}

/* ---- methods ---------------------------------------------------------------------- */

#define PROF(v) ((Profiler *)kr_as_obj(v))

static Value profiler_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    Profiler *p = kr_libutil_alloc(th, type);
    if (!p)
        return KR_VALUE_NULL;
    p->subcalls = p->builtins = true;
    return kr_from_obj(p);
}

static int truth_arg(Thread *th, Value v, bool *out)
{
    if (!v)
        return 0;
    int t = kr_object_truth(th, v);
    if (t < 0)
        return -1;
    *out = t;
    return 0;
}

/* Profiler(timer=None, timeunit=0.0, subcalls=True, builtins=True) */
static int profiler_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"timer", "timeunit", "subcalls", "builtins", NULL};
    Value v[4] = {0};
    if (kr_libutil_parse(th, "Profiler", args, nargs, kw, names, 0, 0, v) < 0)
        return -1;
    Profiler *p = PROF(self);
    p->timer = v[0] && v[0] != KR_NONE ? v[0] : KR_VALUE_NULL;
    p->unit = 0.0;
    if (v[1] && kr_float_as_double(th, v[1], &p->unit) < 0)
        return -1;
    return truth_arg(th, v[2], &p->subcalls) < 0 || truth_arg(th, v[3], &p->builtins) < 0 ? -1 : 0;
}

KR_LIB_FUNC(profiler_enable)
{
    static const char *const names[] = {"subcalls", "builtins", NULL};
    Value v[2] = {0};
    Profiler *p = PROF(args[0]);
    if (kr_libutil_parse(th, "enable", args + 1, nargs - 1, kw, names, 0, 0, v) < 0 ||
        truth_arg(th, v[0], &p->subcalls) < 0 || truth_arg(th, v[1], &p->builtins) < 0)
        return KR_VALUE_NULL;
    kr_trace_set_profile_hook(th, profiler_hook, args[0]);
    p->enabled = true;
    return KR_NONE;
}

KR_LIB_FUNC(profiler_disable)
{
    if (kr_libutil_check_positional(th, "disable", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    Profiler *p = PROF(args[0]);
    if (p->enabled) {
        kr_trace_set_profile_hook(th, NULL, KR_VALUE_NULL);
        p->enabled = false;
    }
    while (p->depth > 0)        /* CPython's flush_unmatched */
        leave(th, p);
    return KR_NONE;
}

KR_LIB_FUNC(profiler_clear)
{
    if (kr_libutil_check_positional(th, "clear", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    Profiler *p = PROF(args[0]);
    p->stats = NULL;
    p->depth = 0;
    return KR_NONE;
}

static Value stat_tuple(Thread *th, Stat *s, Type *t, Value calls)
{
    Value v[6] = {s->key, kr_int_from_i64(th, s->callcount), kr_int_from_i64(th, s->reccallcount),
                  kr_float_new(th, s->tt), kr_float_new(th, s->it), calls};
    for (int i = 0; i < 5; i++)
        if (!v[i])
            return KR_VALUE_NULL;
    return kr_structseq_new(th, t, v);
}

/* The entries of d (key -> Stat) as struct sequences of type t, each
 * with its sub-entries when t is the entry type. */
static Value stat_list(Thread *th, Profiler *p, Dict *d, Type *t)
{
    List *out = kr_list_new(th, 0);
    Value k, v;
    for (int64_t pos = 0; out && d && kr_dict_next(d, &pos, &k, &v);) {
        Stat *s = (Stat *)kr_as_obj(v);
        Value calls = KR_NONE;
        if (t == &entry_type && p->subcalls && s->subs && s->subs->used > 0)
            calls = stat_list(th, p, s->subs, &subentry_type);
        Value e = calls ? stat_tuple(th, s, t, calls) : KR_VALUE_NULL;
        if (!e || kr_list_append(th, out, e) < 0)
            return KR_VALUE_NULL;
    }
    return out ? kr_from_obj(out) : KR_VALUE_NULL;
}

KR_LIB_FUNC(profiler_getstats)
{
    if (kr_libutil_check_positional(th, "getstats", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return stat_list(th, PROF(args[0]), PROF(args[0])->stats, &entry_type);
}

static const MethodDef profiler_methods[] = {
    {"enable", profiler_enable, "($self, /, subcalls=True, builtins=True)", NULL, 0},
    {"disable", profiler_disable, "($self, /)", NULL, 0},
    {"clear", profiler_clear, "($self, /)", NULL, 0},
    {"getstats", profiler_getstats, "($self, /)", NULL, 0},
    {0},
};

static Type profiler_type = {
    .hdr = {&kr_type_type}, .name = "_lsprof.Profiler", .size = sizeof(Profiler),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(Profiler, dict),
    .new_ = profiler_new, .init = profiler_init, .methods = profiler_methods,
};

int kr_mod__lsprof_init(Thread *th)
{
    static const char *const entry_fields[] = {"code", "callcount", "reccallcount", "totaltime",
                                               "inlinetime", "calls", NULL};
    static const char *const sub_fields[] = {"code", "callcount", "reccallcount", "totaltime",
                                             "inlinetime", NULL};
    static const StructSeqDesc entry_desc = {"_lsprof.profiler_entry", entry_fields, 6, false};
    static const StructSeqDesc sub_desc = {"_lsprof.profiler_subentry", sub_fields, 5, false};
    Module *m = kr_libutil_module(th, "_lsprof", NULL);
    if (!m || kr_type_ready(th, &stat_type) < 0 ||
        kr_structseq_init_type(th, &entry_type, &entry_desc) < 0 ||
        kr_structseq_init_type(th, &subentry_type, &sub_desc) < 0 ||
        kr_libutil_add_type(th, m, &profiler_type) < 0 ||
        kr_libutil_add_value(th, m, "profiler_entry", kr_from_obj(&entry_type)) < 0 ||
        kr_libutil_add_value(th, m, "profiler_subentry", kr_from_obj(&subentry_type)) < 0)
        return -1;
    return 0;
}
