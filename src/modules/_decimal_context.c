/*
 * _decimal_context.c -- decimal contexts: the Context type, its flags and
 * traps seen as SignalDicts, the current context (getcontext, setcontext,
 * localcontext) and how a condition becomes a flag or an exception.
 *
 * The current context lives in a contextvars.ContextVar, as in CPython's
 * _decimal, so it is per thread and per asyncio task; getcontext() makes
 * a copy of DefaultContext the first time a thread asks.  Flags and traps
 * are bit sets in the context; a SignalDict is a view over one of them,
 * and the module's SignalDict class adds MutableMapping's methods.
 */
#include "modules/_decimal.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

DecState *kr_dec_state;

/* The signals in the order CPython shows and iterates them. */
static const DecSignal signal_order[] = {
    DEC_SIG_INVALID, DEC_SIG_FLOATOP, DEC_SIG_DIVZERO, DEC_SIG_OVERFLOW, DEC_SIG_UNDERFLOW,
    DEC_SIG_SUBNORMAL, DEC_SIG_INEXACT, DEC_SIG_ROUNDED, DEC_SIG_CLAMPED,
};
#define NSIGNALS 9

static const char *const signal_names[DEC_SIG_COUNT] = {
    [DEC_SIG_CLAMPED] = "Clamped", [DEC_SIG_INVALID] = "InvalidOperation",
    [DEC_SIG_DIVZERO] = "DivisionByZero", [DEC_SIG_INEXACT] = "Inexact",
    [DEC_SIG_ROUNDED] = "Rounded", [DEC_SIG_SUBNORMAL] = "Subnormal",
    [DEC_SIG_OVERFLOW] = "Overflow", [DEC_SIG_UNDERFLOW] = "Underflow",
    [DEC_SIG_FLOATOP] = "FloatOperation",
};

/* Rounding names in DecRound order. */
static const char *const round_names[] = {
    "ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR",
    "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP",
};

const char *kr_dec_round_name(int round) { return round_names[round]; }

static DecContext *as_ctx(Value v) { return (DecContext *)kr_as_obj(v); }
static bool is_ctx(Value v) { return kr_isinstance_type(v, &kr_dec_context_type); }

/* ---- signals --------------------------------------------------------------- */

/* The signal (not condition) bit a status bit is reported under. */
static uint32_t signal_bits(uint32_t status)
{
    uint32_t s = status & ~DEC_INVALID_BITS;
    if (status & DEC_INVALID_BITS)
        s |= DEC_BIT(DEC_SIG_INVALID);
    return s;
}

int kr_dec_status(Thread *th, DecContext *ctx, uint32_t status)
{
    ctx->flags |= signal_bits(status);
    uint32_t trapped = status;
    if (!(ctx->traps & DEC_BIT(DEC_SIG_INVALID)))
        trapped &= ~DEC_INVALID_BITS;
    trapped &= ctx->traps | DEC_INVALID_BITS;
    if (!trapped)
        return 0;
    /* the class: the first trapped signal in CPython's order; the list:
     * the InvalidOperation conditions, then the other signals */
    static const DecSignal list_order[] = {
        DEC_SIG_INVALID, DEC_SIG_CONVSYNTAX, DEC_SIG_DIVIMPOSSIBLE, DEC_SIG_DIVUNDEFINED,
        DEC_SIG_INVALIDCONTEXT, DEC_SIG_FLOATOP, DEC_SIG_DIVZERO, DEC_SIG_OVERFLOW,
        DEC_SIG_UNDERFLOW, DEC_SIG_SUBNORMAL, DEC_SIG_INEXACT, DEC_SIG_ROUNDED, DEC_SIG_CLAMPED,
    };
    uint32_t sig = signal_bits(trapped);
    Value cls = KR_VALUE_NULL;
    for (int i = 0; i < NSIGNALS && !cls; i++)
        if (sig & DEC_BIT(signal_order[i]))
            cls = kr_dec_state->signals[signal_order[i]];
    List *l = kr_list_new(th, 0);
    if (!l)
        return -1;
    for (size_t i = 0; i < sizeof list_order / sizeof list_order[0]; i++)
        if ((trapped & DEC_BIT(list_order[i])) &&
            kr_list_append(th, l, kr_dec_state->signals[list_order[i]]) < 0)
            return -1;
    Value arg = kr_from_obj(l);
    Value e = kr_vm_call(th, cls, &arg, 1, NULL);
    if (e)
        kr_err_set(th, e);
    return -1;
}

/* The signal a SignalDict key names: its index, or -1 with KeyError. */
static int signal_key(Thread *th, Value key)
{
    for (int i = 0; i < NSIGNALS; i++)
        if (key == kr_dec_state->signals[signal_order[i]])
            return signal_order[i];
    Str *msg = kr_str_from_cstr(th, "valid values for signals are:\n"
                                    "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                                    "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                                    "   Clamped]");
    if (msg) {
        Value a = kr_from_obj(msg);
        Value e = kr_exception_new(th, &kr_exc_KeyError, &a, 1);
        if (e)
            kr_err_set(th, e);
    }
    return -1;
}

/* Signals from a list of signal classes or a dict {signal: bool} holding
 * every signal: 0, or -1 with CPython's errors. */
static Value sd_getitem(Thread *th, Value self, Value key);
static uint32_t *sd_bits(Value v);

static int signals_from(Thread *th, Value v, bool allow_list, uint32_t *out)
{
    uint32_t bits = 0;
    if (kr_is_obj(v) && kr_as_obj(v)->type->getitem == sd_getitem) {
        bits = *sd_bits(v);
    } else if (allow_list && kr_is_obj(v) && kr_isinstance_type(v, &kr_list_type)) {
        List *l = (List *)kr_as_obj(v);
        for (int64_t i = 0; i < l->size; i++) {
            int s = signal_key(th, l->items[i]);
            if (s < 0)
                return -1;
            bits |= DEC_BIT(s);
        }
    } else if (kr_is_obj(v) && (kr_as_obj(v)->type->flags & KR_TYPE_DICT_SUBCLASS)) {
        Dict *d = (Dict *)kr_as_obj(v);
        if (d->used != NSIGNALS)
            goto bad;
        for (int i = 0; i < NSIGNALS; i++) {
            Value b = kr_dict_get(th, d, kr_dec_state->signals[signal_order[i]]);
            if (!b) {
                if (kr_err_occurred(th))
                    return -1;
                goto bad;
            }
            int t = kr_object_truth(th, b);
            if (t < 0)
                return -1;
            if (t)
                bits |= DEC_BIT(signal_order[i]);
        }
    } else {
        kr_err_set_string(th, &kr_exc_TypeError, "argument must be a signal dict");
        return -1;
    }
    *out = bits;
    return 0;
bad: {
        Str *msg = kr_str_from_cstr(th, "invalid signal dict");
        Value a = msg ? kr_from_obj(msg) : KR_VALUE_NULL;
        Value e = a ? kr_exception_new(th, &kr_exc_KeyError, &a, 1) : KR_VALUE_NULL;
        if (e)
            kr_err_set(th, e);
        return -1;
    }
}

/* ---- SignalDict ------------------------------------------------------------ */

typedef struct SignalDict {
    Obj hdr;
    DecContext *ctx;
    bool traps;
} SignalDict;

static uint32_t *sd_bits(Value v)
{
    SignalDict *sd = (SignalDict *)kr_as_obj(v);
    return sd->traps ? &sd->ctx->traps : &sd->ctx->flags;
}

static Value sd_getitem(Thread *th, Value self, Value key)
{
    int s = signal_key(th, key);
    return s < 0 ? KR_VALUE_NULL : kr_from_bool(*sd_bits(self) & DEC_BIT(s));
}

static int sd_setitem(Thread *th, Value self, Value key, Value value)
{
    if (!value) {
        kr_err_set_string(th, &kr_exc_ValueError, "signal keys cannot be deleted");
        return -1;
    }
    int s = signal_key(th, key);
    int t = s < 0 ? -1 : kr_object_truth(th, value);
    if (t < 0)
        return -1;
    if (t)
        *sd_bits(self) |= DEC_BIT(s);
    else
        *sd_bits(self) &= ~DEC_BIT(s);
    return 0;
}

static int sd_len(Thread *th, Value self, int64_t *len)
{
    (void)th, (void)self;
    *len = NSIGNALS;
    return 0;
}

static Value signal_list(Thread *th, uint32_t bits, bool all)
{
    List *l = kr_list_new(th, 0);
    if (!l)
        return KR_VALUE_NULL;
    for (int i = 0; i < NSIGNALS; i++)
        if ((all || (bits & DEC_BIT(signal_order[i]))) &&
            kr_list_append(th, l, kr_dec_state->signals[signal_order[i]]) < 0)
            return KR_VALUE_NULL;
    return kr_from_obj(l);
}

static Value sd_iter(Thread *th, Value self)
{
    Value l = signal_list(th, 0, true);
    return l ? kr_object_iter(th, l) : KR_VALUE_NULL;
}

static Value sd_as_dict(Thread *th, Value self)
{
    Dict *d = kr_dict_new(th);
    if (!d)
        return KR_VALUE_NULL;
    for (int i = 0; i < NSIGNALS; i++)
        if (kr_dict_set(th, d, kr_dec_state->signals[signal_order[i]],
                        kr_from_bool(*sd_bits(self) & DEC_BIT(signal_order[i]))) < 0)
            return KR_VALUE_NULL;
    return kr_from_obj(d);
}

static Value sd_repr(Thread *th, Value self)
{
    Buf b;
    kr_buf_init(&b);
    kr_buf_putc(&b, '{');
    for (int i = 0; i < NSIGNALS; i++) {
        kr_buf_printf(&b, "%s<class 'decimal.%s'>:%s", i ? ", " : "",
                      signal_names[signal_order[i]],
                      *sd_bits(self) & DEC_BIT(signal_order[i]) ? "True" : "False");
    }
    kr_buf_putc(&b, '}');
    return kr_libutil_buf_value(th, &b);
}

static Value sd_richcompare(Thread *th, Value a, Value b, int op)
{
    if (op != KR_EQ && op != KR_NE)
        return KR_NOTIMPL;
    Value da = sd_as_dict(th, a);
    if (!da)
        return KR_VALUE_NULL;
    Value db = b;
    if (kr_isinstance_type(b, kr_as_obj(a)->type) || (kr_is_obj(b) &&
        kr_as_obj(b)->type->getitem == sd_getitem)) {
        if (!(db = sd_as_dict(th, b)))
            return KR_VALUE_NULL;
    } else if (!(kr_is_obj(b) && (kr_as_obj(b)->type->flags & KR_TYPE_DICT_SUBCLASS))) {
        return KR_NOTIMPL;
    }
    return kr_object_richcompare(th, da, db, op);
}

KR_LIB_FUNC(sd_copy)
{
    if (kr_libutil_no_keywords(th, "copy", kw) < 0 ||
        kr_libutil_check_positional(th, "copy", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return sd_as_dict(th, args[0]);
}

static const MethodDef sd_methods[] = {
    {"copy", sd_copy, "($self, /)", NULL, 0},
    {0},
};

static Value sd_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot create '%s' instances", t->name);
    return KR_VALUE_NULL;
}

static Type sd_mixin_type = {
    .hdr = {&kr_type_type}, .name = "decimal.SignalDictMixin", .size = sizeof(SignalDict),
    .flags = KR_TYPE_BASETYPE, .new_ = sd_new, .methods = sd_methods,
    .getitem = sd_getitem, .setitem = sd_setitem, .len = sd_len, .iter = sd_iter,
    .repr = sd_repr, .richcompare = sd_richcompare,
};

static Value signal_view(Thread *th, DecContext *ctx, bool traps)
{
    Value *slot = traps ? &ctx->traps_view : &ctx->flags_view;
    if (*slot)
        return *slot;
    SignalDict *sd = kr_libutil_alloc(th, (Type *)kr_as_obj(kr_dec_state->signaldict));
    if (!sd)
        return KR_VALUE_NULL;
    sd->ctx = ctx;
    sd->traps = traps;
    *slot = kr_from_obj(sd);
    return *slot;
}

/* ---- Context attributes ------------------------------------------------------ */

static int int_setting(Thread *th, Value v, int64_t *out)
{
    if (!kr_is_int(v)) {
        kr_err_set_string(th, &kr_exc_TypeError, "an integer is required");
        return -1;
    }
    if (kr_int_as_i64(th, v, out) < 0) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

static int set_range(Thread *th, Value v, int64_t lo, int64_t hi, const char *msg, int64_t *out)
{
    int64_t x;
    if (int_setting(th, v, &x) < 0)
        return -1;
    if (x < lo || x > hi) {
        kr_err_set_string(th, &kr_exc_ValueError, msg);
        return -1;
    }
    *out = x;
    return 0;
}

static int set_round(Thread *th, DecContext *c, Value v)
{
    return kr_dec_round_arg(th, v, &c->round);
}

int kr_dec_round_arg(Thread *th, Value v, int32_t *out)
{
    if (kr_str_check(v)) {
        size_t n;
        const char *s = kr_str_utf8(th, kr_as_str(v), &n);
        if (!s)
            return -1;
        for (int i = 0; i < 8; i++)
            if (strcmp(s, round_names[i]) == 0) {
                *out = i;
                return 0;
            }
    }
    kr_err_set_string(th, &kr_exc_TypeError,
                      "valid values for rounding are:\n"
                      "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                      "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                      "   ROUND_05UP]");
    return -1;
}

/* del context.attr */
static int no_delete(Thread *th)
{
    kr_err_set_string(th, &kr_exc_AttributeError, "context attributes cannot be deleted");
    return -1;
}

static int set_prec(Thread *th, Value self, Str *n, Value v)
{
    if (!v)
        return no_delete(th);
    return set_range(th, v, 1, DEC_MAX_PREC, "valid range for prec is [1, MAX_PREC]",
                     &as_ctx(self)->prec);
}
static int set_emin(Thread *th, Value self, Str *n, Value v)
{
    if (!v)
        return no_delete(th);
    return set_range(th, v, DEC_MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]",
                     &as_ctx(self)->emin);
}
static int set_emax(Thread *th, Value self, Str *n, Value v)
{
    if (!v)
        return no_delete(th);
    return set_range(th, v, 0, DEC_MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]",
                     &as_ctx(self)->emax);
}
static int set_01(Thread *th, Value v, const char *msg, int32_t *out)
{
    int64_t x;
    if (set_range(th, v, 0, 1, msg, &x) < 0)
        return -1;
    *out = (int32_t)x;
    return 0;
}
static int set_capitals(Thread *th, Value self, Str *n, Value v)
{
    if (!v)
        return no_delete(th);
    return set_01(th, v, "valid values for capitals are 0 or 1", &as_ctx(self)->capitals);
}
static int set_clamp(Thread *th, Value self, Str *n, Value v)
{
    if (!v)
        return no_delete(th);
    return set_01(th, v, "valid values for clamp are 0 or 1", &as_ctx(self)->clamp);
}
static int set_rounding(Thread *th, Value self, Str *n, Value v)
{
    if (!v)
        return no_delete(th);
    return set_round(th, as_ctx(self), v);
}
static int set_flags(Thread *th, Value self, Str *n, Value v)
{
    if (!v)
        return no_delete(th);
    return signals_from(th, v, n != NULL, &as_ctx(self)->flags);
}
static int set_traps(Thread *th, Value self, Str *n, Value v)
{
    if (!v)
        return no_delete(th);
    return signals_from(th, v, n != NULL, &as_ctx(self)->traps);
}

static Value get_prec(Thread *th, Value self) { return kr_int_from_i64(th, as_ctx(self)->prec); }
static Value get_emin(Thread *th, Value self) { return kr_int_from_i64(th, as_ctx(self)->emin); }
static Value get_emax(Thread *th, Value self) { return kr_int_from_i64(th, as_ctx(self)->emax); }
static Value get_capitals(Thread *th, Value self) { return kr_from_smallint(as_ctx(self)->capitals); }
static Value get_clamp(Thread *th, Value self) { return kr_from_smallint(as_ctx(self)->clamp); }
static Value get_rounding(Thread *th, Value self)
{
    Str *s = kr_str_intern_cstr(th, round_names[as_ctx(self)->round]);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}
static Value get_flags(Thread *th, Value self) { return signal_view(th, as_ctx(self), false); }
static Value get_traps(Thread *th, Value self) { return signal_view(th, as_ctx(self), true); }

static const MemberDef ctx_members[] = {
    {"prec", 0, get_prec, set_prec, NULL, 0},
    {"rounding", 0, get_rounding, set_rounding, NULL, 0},
    {"Emin", 0, get_emin, set_emin, NULL, 0},
    {"Emax", 0, get_emax, set_emax, NULL, 0},
    {"capitals", 0, get_capitals, set_capitals, NULL, 0},
    {"clamp", 0, get_clamp, set_clamp, NULL, 0},
    {"flags", 0, get_flags, set_flags, NULL, 0},
    {"traps", 0, get_traps, set_traps, NULL, 0},
    {0},
};

/* ---- Context construction ---------------------------------------------------- */

static void ctx_defaults(DecContext *c)
{
    c->prec = 28;
    c->emin = -999999;
    c->emax = 999999;
    c->round = DEC_ROUND_HALF_EVEN;
    c->capitals = 1;
    c->clamp = 0;
    c->flags = 0;
    c->traps = DEC_BIT(DEC_SIG_INVALID) | DEC_BIT(DEC_SIG_DIVZERO) | DEC_BIT(DEC_SIG_OVERFLOW);
}

static DecContext *ctx_alloc(Thread *th, Type *t)
{
    DecContext *c = kr_libutil_alloc(th, t);
    if (c)
        ctx_defaults(c);
    return c;
}

static DecContext *ctx_copy(Thread *th, const DecContext *src)
{
    DecContext *c = ctx_alloc(th, &kr_dec_context_type);
    if (!c)
        return NULL;
    c->prec = src->prec, c->emin = src->emin, c->emax = src->emax;
    c->round = src->round, c->capitals = src->capitals, c->clamp = src->clamp;
    c->flags = src->flags, c->traps = src->traps;
    return c;
}

static const char *const ctx_arg_names[] = {
    "prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps", NULL,
};

/* Apply the given settings (NULL or None: unchanged) in ctx_arg_names order. */
static int ctx_apply(Thread *th, Value self, const Value *a)
{
    Str *from_ctor = kr_str_from_cstr(th, "Context");    /* lists are accepted here */
    if (!from_ctor)
        return -1;
    static int (*const setters[])(Thread *, Value, Str *, Value) = {
        set_prec, set_rounding, set_emin, set_emax, set_capitals, set_clamp, set_flags,
        set_traps,
    };
    for (int i = 0; i < 8; i++)
        if (a[i] && a[i] != KR_NONE && setters[i](th, self, from_ctor, a[i]) < 0)
            return -1;
    return 0;
}

/* Bind Context()'s and localcontext()'s arguments, with the messages of
 * PyArg_ParseTupleAndKeywords for an unnamed function. */
static int ctx_args(Thread *th, const Value *args, size_t nargs, Tuple *kw, size_t npos_max,
                    int first, Value *out, bool skip_ctx)
{
    size_t nkw = kw ? (size_t)kw->size : 0;
    for (int i = 0; i < 8; i++)
        out[i] = KR_VALUE_NULL;
    if (nargs > npos_max) {
        kr_err_format(th, &kr_exc_TypeError, "function takes at most %d arguments (%d given)",
                      (int)npos_max, (int)(nargs + nkw));
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[first + i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        Str *name = kr_as_str(kw->items[k]);
        size_t len;
        const char *s = kr_str_utf8(th, name, &len);
        if (!s)
            return -1;
        if (skip_ctx && strcmp(s, "ctx") == 0)      /* localcontext's own */
            continue;
        int found = -1;
        for (int i = 0; i < 8; i++)
            if (strcmp(s, ctx_arg_names[i]) == 0)
                found = i;
        if (found < 0) {
            kr_err_format(th, &kr_exc_TypeError,
                          "'%s' is an invalid keyword argument for this function", s);
            return -1;
        }
        out[found] = args[nargs + k];
    }
    return 0;
}

static Value ctx_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    DecContext *c = ctx_alloc(th, t);
    if (!c)
        return KR_VALUE_NULL;
    /* a new context starts from DefaultContext's settings */
    if (kr_dec_state->default_ctx) {
        DecContext *d = as_ctx(kr_dec_state->default_ctx);
        c->prec = d->prec, c->emin = d->emin, c->emax = d->emax, c->round = d->round;
        c->capitals = d->capitals, c->clamp = d->clamp, c->traps = d->traps;
    }
    Value a[8];
    if (ctx_args(th, args, nargs, kw, 8, 0, a, false) < 0 || ctx_apply(th, kr_from_obj(c), a) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(c);
}

static Value ctx_repr(Thread *th, Value self)
{
    DecContext *c = as_ctx(self);
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "Context(prec=%lld, rounding=%s, Emin=%lld, Emax=%lld, capitals=%d, "
                      "clamp=%d, flags=[", (long long)c->prec, round_names[c->round],
                  (long long)c->emin, (long long)c->emax, c->capitals, c->clamp);
    /* libmpdec's order of its flags */
    static const DecSignal repr_order[] = {
        DEC_SIG_CLAMPED, DEC_SIG_INVALID, DEC_SIG_DIVZERO, DEC_SIG_INEXACT, DEC_SIG_FLOATOP,
        DEC_SIG_OVERFLOW, DEC_SIG_ROUNDED, DEC_SIG_SUBNORMAL, DEC_SIG_UNDERFLOW,
    };
    for (int pass = 0; pass < 2; pass++) {
        uint32_t bits = pass ? c->traps : c->flags;
        const char *sep = "";
        for (int i = 0; i < NSIGNALS; i++)
            if (bits & DEC_BIT(repr_order[i])) {
                kr_buf_printf(&b, "%s%s", sep, signal_names[repr_order[i]]);
                sep = ", ";
            }
        kr_buf_puts(&b, pass ? "])" : "], traps=[");
    }
    return kr_libutil_buf_value(th, &b);
}

#define CTX_NOARGS(label)                                                          \
    if (kr_libutil_no_keywords(th, "Context." label, kw) < 0 ||                   \
        kr_libutil_check_positional(th, label, nargs - 1, 0, 0) < 0)              \
        return KR_VALUE_NULL

KR_LIB_FUNC(ctx_copy_method)
{
    CTX_NOARGS("copy");
    DecContext *c = ctx_copy(th, as_ctx(args[0]));
    return c ? kr_from_obj(c) : KR_VALUE_NULL;
}

KR_LIB_FUNC(ctx_clear_flags)
{
    CTX_NOARGS("clear_flags");
    as_ctx(args[0])->flags = 0;
    return KR_NONE;
}

KR_LIB_FUNC(ctx_clear_traps)
{
    CTX_NOARGS("clear_traps");
    as_ctx(args[0])->traps = 0;
    return KR_NONE;
}

KR_LIB_FUNC(ctx_etiny)
{
    CTX_NOARGS("Etiny");
    DecContext *c = as_ctx(args[0]);
    return kr_int_from_i64(th, c->emin - c->prec + 1);
}

KR_LIB_FUNC(ctx_etop)
{
    CTX_NOARGS("Etop");
    DecContext *c = as_ctx(args[0]);
    return kr_int_from_i64(th, c->emax - c->prec + 1);
}

KR_LIB_FUNC(ctx_reduce)
{
    CTX_NOARGS("__reduce__");
    DecContext *c = as_ctx(args[0]);
    Value items[8] = {kr_int_from_i64(th, c->prec), get_rounding(th, args[0]),
                      kr_int_from_i64(th, c->emin), kr_int_from_i64(th, c->emax),
                      kr_from_smallint(c->capitals), kr_from_smallint(c->clamp),
                      signal_list(th, c->flags, false), signal_list(th, c->traps, false)};
    for (int i = 0; i < 8; i++)
        if (!items[i])
            return KR_VALUE_NULL;
    Tuple *inner = kr_tuple_from_array(th, items, 8);
    if (!inner)
        return KR_VALUE_NULL;
    Value parts[2] = {kr_from_obj(kr_type_of(args[0])), kr_from_obj(inner)};
    Tuple *t = kr_tuple_from_array(th, parts, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

KR_LIB_FUNC(ctx_radix)
{
    CTX_NOARGS("radix");
    Dec *d = kr_dec_alloc(th, &kr_dec_type);
    if (!d)
        return KR_VALUE_NULL;
    d->w = 10;
    return kr_from_obj(d);
}

extern const MethodDef kr_dec_context_ops[];

static const MethodDef ctx_methods[] = {
    {"copy", ctx_copy_method, "($self, /)", NULL, 0},
    {"__copy__", ctx_copy_method, "($self, /)", NULL, 0},
    {"clear_flags", ctx_clear_flags, "($self, /)", NULL, 0},
    {"clear_traps", ctx_clear_traps, "($self, /)", NULL, 0},
    {"Etiny", ctx_etiny, "($self, /)", NULL, 0},
    {"Etop", ctx_etop, "($self, /)", NULL, 0},
    {"radix", ctx_radix, "($self, /)", NULL, 0},
    {"__reduce__", ctx_reduce, "($self, /)", NULL, 0},
    {0},
};

Type kr_dec_context_type = {
    .hdr = {&kr_type_type}, .name = "decimal.Context", .size = sizeof(DecContext),
    .flags = KR_TYPE_BASETYPE, .new_ = ctx_new, .methods = ctx_methods,
    .members = ctx_members, .repr = ctx_repr,
    .doc = "Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, "
           "flags=None, traps=None)\n--\n\n"
           "The context affects almost all operations and controls rounding,\n"
           "Over/Underflow, raising of exceptions and much more.  A new context\n"
           "can be constructed as follows:\n\n"
           "    >>> c = Context(prec=28, Emin=-425000000, Emax=425000000,\n"
           "    ...             rounding=ROUND_HALF_EVEN, capitals=1, clamp=1,\n"
           "    ...             traps=[InvalidOperation, DivisionByZero, Overflow],\n"
           "    ...             flags=[])\n"
           "    >>>\n\n\n",
};

/* ---- the current context ---------------------------------------------------- */

/* The current context by ContextVar.get (and a copy of DefaultContext
 * set on first use), remembered with the variables' mapping it was read
 * under. */
static DecContext *current_slow(Thread *th)
{
    Value c = kr_vm_call_method(th, kr_dec_state->ctxvar_get, kr_dec_state->ctxvar,
                                (Value[]){KR_NONE}, 1, NULL);
    if (!c)
        return NULL;
    DecContext *n;
    if (c != KR_NONE) {
        n = as_ctx(c);
    } else {
        if (!(n = ctx_copy(th, as_ctx(kr_dec_state->default_ctx))))
            return NULL;
        Value nv = kr_from_obj(n);
        if (!kr_vm_call_method(th, kr_dec_state->ctxvar_set, kr_dec_state->ctxvar, &nv, 1, NULL))
            return NULL;
    }
    Obj *vars = kr_mod_contextvars_vars(th);
    th->dec_vars = vars ? kr_from_obj(vars) : KR_VALUE_NULL;
    th->dec_ctx = kr_from_obj(n);
    return n;
}

/* Every operation asks for the current context: a ContextVar.get per
 * operation was the largest cost left in decimal_pi.  The thread keeps the
 * last answer with the contextvars mapping it came from; a mapping is
 * never changed in place, so the same mapping means the same context --
 * setcontext, localcontext, Context.run and a task switch all install
 * another mapping (or another Context) and miss. */
DecContext *kr_dec_current(Thread *th)
{
    Obj *vars = kr_mod_contextvars_vars(th);
    if (KR_LIKELY(vars && th->dec_vars == kr_from_obj(vars)))
        return as_ctx(th->dec_ctx);
    return current_slow(th);
}

DecContext *kr_dec_context_arg(Thread *th, Value v)
{
    if (!v || v == KR_NONE)
        return kr_dec_current(th);
    if (!is_ctx(v)) {
        kr_err_set_string(th, &kr_exc_TypeError, "optional argument must be a context");
        return NULL;
    }
    return as_ctx(v);
}

static int set_current(Thread *th, Value v)
{
    if (!is_ctx(v)) {
        kr_err_set_string(th, &kr_exc_TypeError, "argument must be a context");
        return -1;
    }
    /* the module's templates are never the current context themselves */
    if (v == kr_dec_state->default_ctx || v == kr_dec_state->basic_ctx ||
        v == kr_dec_state->extended_ctx) {
        DecContext *c = ctx_copy(th, as_ctx(v));
        if (!c)
            return -1;
        v = kr_from_obj(c);
    }
    Value tok = kr_vm_call_method(th, kr_dec_state->ctxvar_set, kr_dec_state->ctxvar, &v, 1, NULL);
    return tok ? 0 : -1;
}

KR_LIB_FUNC(dec_getcontext)
{
    if (kr_libutil_check_positional(th, "getcontext", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    DecContext *c = kr_dec_current(th);
    return c ? kr_from_obj(c) : KR_VALUE_NULL;
}

KR_LIB_FUNC(dec_setcontext)
{
    if (kr_libutil_check_positional(th, "setcontext", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    return set_current(th, args[0]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

/* localcontext()'s manager: on entry makes a copy (with the keyword
 * settings) current, on exit restores the context it replaced. */
typedef struct CtxManager {
    Obj hdr;
    Value local, global;
} CtxManager;

KR_LIB_FUNC(mgr_enter)
{
    CtxManager *m = (CtxManager *)kr_as_obj(args[0]);
    if (set_current(th, m->local) < 0)
        return KR_VALUE_NULL;
    return m->local;
}

KR_LIB_FUNC(mgr_exit)
{
    CtxManager *m = (CtxManager *)kr_as_obj(args[0]);
    return set_current(th, m->global) < 0 ? KR_VALUE_NULL : KR_NONE;
}

static const MethodDef mgr_methods[] = {
    {"__enter__", mgr_enter, "($self, /)", NULL, 0},
    {"__exit__", mgr_exit, "($self, *args)", NULL, 0},
    {0},
};

static Type mgr_type = {
    .hdr = {&kr_type_type}, .name = "decimal.ContextManager", .size = sizeof(CtxManager),
    .methods = mgr_methods,
};

KR_LIB_FUNC(dec_localcontext)
{
    /* localcontext(ctx=None, **kwargs) */
    Value ctx = nargs ? args[0] : KR_NONE;
    size_t nkw = kw ? (size_t)kw->size : 0;
    Tuple *rest = kw;
    const Value *kwvals = args + nargs;
    if (nargs > 1) {
        kr_err_format(th, &kr_exc_TypeError, "function takes at most 1 argument (%d given)",
                      (int)(nargs + nkw));
        return KR_VALUE_NULL;
    }
    for (size_t k = 0; k < nkw; k++) {
        size_t len;
        const char *s = kr_str_utf8(th, kr_as_str(kw->items[k]), &len);
        if (s && strcmp(s, "ctx") == 0) {
            if (nargs) {
                kr_err_set_string(th, &kr_exc_TypeError,
                                  "argument for function given by name ('ctx') and position (1)");
                return KR_VALUE_NULL;
            }
            ctx = kwvals[k];
        }
    }
    DecContext *global = kr_dec_current(th);
    if (!global)
        return KR_VALUE_NULL;
    DecContext *src = ctx == KR_NONE ? global : NULL;
    if (!src) {
        if (!is_ctx(ctx)) {
            kr_err_set_string(th, &kr_exc_TypeError, "optional argument must be a context");
            return KR_VALUE_NULL;
        }
        src = as_ctx(ctx);
    }
    DecContext *local = ctx_copy(th, src);
    Value a[8];
    if (!local || ctx_args(th, kwvals, 0, rest, 0, 0, a, true) < 0 ||
        ctx_apply(th, kr_from_obj(local), a) < 0)
        return KR_VALUE_NULL;
    CtxManager *m = kr_libutil_alloc(th, &mgr_type);
    if (!m)
        return KR_VALUE_NULL;
    m->local = kr_from_obj(local);
    m->global = kr_from_obj(global);
    return kr_from_obj(m);
}

static const MethodDef ctx_functions[] = {
    {"getcontext", dec_getcontext, "($module, /)", "Get the current default context.", 0},
    {"setcontext", dec_setcontext, "($module, context, /)", "Set a new default context.", 0},
    {"localcontext", dec_localcontext, "($module, /, ctx=None, **kwargs)",
     "Return a context manager for a copy of the supplied context.", 0},
    {0},
};

static Value import_attr(Thread *th, const char *mod, const char *attr)
{
    Str *name = kr_str_from_cstr(th, mod);
    Value m = name ? kr_vm_import(th, name, true) : KR_VALUE_NULL;
    Str *a = kr_str_from_cstr(th, attr);
    return m && a ? kr_object_getattr(th, m, a) : KR_VALUE_NULL;
}

/* SignalDict = type('SignalDict', (SignalDictMixin, MutableMapping), {}) */
static int make_signaldict(Thread *th)
{
    Value mm = import_attr(th, "collections.abc", "MutableMapping");
    if (!mm || kr_type_ready(th, &sd_mixin_type) < 0 || kr_type_ready(th, &mgr_type) < 0)
        return -1;
    Value bases[2] = {kr_from_obj(&sd_mixin_type), mm};
    Tuple *bt = kr_tuple_from_array(th, bases, 2);
    Dict *ns = kr_dict_new(th);
    Str *name = kr_str_from_cstr(th, "SignalDict");
    Str *modkey = kr_str_from_cstr(th, "__module__");
    Str *modname = kr_str_from_cstr(th, "decimal");
    if (!bt || !ns || !name || !modkey || !modname ||
        kr_dict_set_str(th, ns, modkey, kr_from_obj(modname)) < 0)
        return -1;
    Value targs[3] = {kr_from_obj(name), kr_from_obj(bt), kr_from_obj(ns)};
    Value t = kr_vm_call(th, kr_from_obj(&kr_type_type), targs, 3, NULL);
    if (!t)
        return -1;
    kr_dec_state->signaldict = t;
    return 0;
}

static int make_templates(Thread *th, Module *m)
{
    DecContext *def = ctx_alloc(th, &kr_dec_context_type);
    DecContext *basic = ctx_alloc(th, &kr_dec_context_type);
    DecContext *ext = ctx_alloc(th, &kr_dec_context_type);
    if (!def || !basic || !ext)
        return -1;
    basic->prec = 9;
    basic->round = DEC_ROUND_HALF_UP;
    basic->traps |= DEC_BIT(DEC_SIG_UNDERFLOW) | DEC_BIT(DEC_SIG_CLAMPED);
    ext->prec = 9;
    ext->traps = 0;
    kr_dec_state->default_ctx = kr_from_obj(def);
    kr_dec_state->basic_ctx = kr_from_obj(basic);
    kr_dec_state->extended_ctx = kr_from_obj(ext);
    return kr_libutil_add_value(th, m, "DefaultContext", kr_from_obj(def)) < 0 ||
                   kr_libutil_add_value(th, m, "BasicContext", kr_from_obj(basic)) < 0 ||
                   kr_libutil_add_value(th, m, "ExtendedContext", kr_from_obj(ext)) < 0
               ? -1 : 0;
}

int kr_dec_context_init(Thread *th, Module *m)
{
    Value cv_type = import_attr(th, "contextvars", "ContextVar");
    Str *name = kr_str_from_cstr(th, "decimal_context");
    if (!cv_type || !name)
        return -1;
    Value nv = kr_from_obj(name);
    Value var = kr_vm_call(th, cv_type, &nv, 1, NULL);
    Str *g = kr_str_from_cstr(th, "get"), *s = kr_str_from_cstr(th, "set");
    if (!var || !g || !s)
        return -1;
    kr_dec_state->ctxvar = var;
    kr_dec_state->ctxvar_get = kr_object_getattr(th, cv_type, g);
    kr_dec_state->ctxvar_set = kr_object_getattr(th, cv_type, s);
    if (!kr_dec_state->ctxvar_get || !kr_dec_state->ctxvar_set)
        return -1;
    if (make_signaldict(th) < 0 || make_templates(th, m) < 0 ||
        kr_libutil_add_type(th, m, &kr_dec_context_type) < 0 ||
        kr_module_add_functions(th, m, ctx_functions) < 0)
        return -1;
    return 0;
}
