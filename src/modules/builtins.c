/*
 * builtins.c -- the builtins module: its functions as a MethodDef table,
 * and the builtin types and constants it exposes.
 *
 * Every function follows the vector calling convention (object.h):
 * positional arguments, then keyword values named by kwnames.  Keyword
 * arguments are matched by kr_mod_parse_kwargs until argument parsing is
 * derived from the `sig` text (STYLE.md principle 9).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/state.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/complex.h"
#include "objects/slotwrap.h"
#include "objects/argparse.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/genericalias.h"
#include "vm/vm.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/generator.h"

extern Type kr_enumerate_type, kr_zip_type, kr_reversed_type, kr_map_type, kr_filter_type,
    kr_super_type, kr_staticmethod_type, kr_classmethod_type, kr_property_type,
    kr_memoryview_type;
extern Value kr_calliter_new(Thread *th, Value func, Value sentinel);   /* iter.c */

#define FUNC(name) \
    static Value name(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)

int kr_mod_parse_kwargs(Thread *th, const char *fname, const Value *kwvalues, Tuple *kwnames,
                        const char *const *names, Value *out)
{
    for (int64_t k = 0; kwnames && k < kwnames->size; k++) {
        Str *n = kr_as_str(kwnames->items[k]);
        int i = 0;
        for (; names[i]; i++)
            if ((size_t)n->len == strlen(names[i]) && n->ascii &&
                memcmp(n->data, names[i], (size_t)n->len) == 0)
                break;
        if (!names[i]) {
            kr_err_format(th, &kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()", n,
                          fname);
            return -1;
        }
        out[i] = kwvalues[k];
    }
    return 0;
}

static Value find_keyword(const char *name, const Value *kwvalues, Tuple *kwnames)
{
    size_t len = strlen(name);
    for (int64_t k = 0; kwnames && k < kwnames->size; k++) {
        Str *n = kr_as_str(kwnames->items[k]);
        if ((size_t)n->len == len && n->ascii && memcmp(n->data, name, len) == 0)
            return kwvalues[k];
    }
    return KR_VALUE_NULL;
}

/* The checks in the order of CPython's _PyArg_UnpackKeywords: too many,
 * a required one missing, one given twice, an unknown keyword. */
int kr_mod_bind_args(Thread *th, const char *fname, const Value *args, size_t nargs,
                     Tuple *kwnames, const char *const *names, size_t nrequired, Value *out)
{
    size_t nnames = 0, nkw = kwnames ? (size_t)kwnames->size : 0, found = 0;
    while (names[nnames])
        nnames++;
    if (nargs + nkw > nnames) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname,
                      nnames, nnames == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    for (size_t i = nargs; i < nnames; i++) {
        Value v = nkw ? find_keyword(names[i], args + nargs, kwnames) : KR_VALUE_NULL;
        if (v) {
            out[i] = v;
            found++;
        } else if (i < nrequired) {
            kr_err_format(th, &kr_exc_TypeError, "%s() missing required argument '%s' (pos %zu)",
                          fname, names[i], i + 1);
            return -1;
        }
    }
    if (found == nkw)
        return 0;
    for (size_t i = 0; i < nargs; i++)
        if (find_keyword(names[i], args + nargs, kwnames)) {
            kr_err_format(th, &kr_exc_TypeError,
                          "argument for %s() given by name ('%s') and position (%zu)", fname,
                          names[i], i + 1);
            return -1;
        }
    for (int64_t k = 0; k < kwnames->size; k++) {
        Str *n = kr_as_str(kwnames->items[k]);
        size_t i = 0;
        while (names[i] && !((size_t)n->len == strlen(names[i]) && n->ascii &&
                             memcmp(n->data, names[i], (size_t)n->len) == 0))
            i++;
        if (!names[i]) {
            kr_err_format(th, &kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()", n,
                          fname);
            return -1;
        }
    }
    return 0;
}

int kr_mod_warn(Thread *th, Type *category, const char *msg)
{
    Str *wm = kr_str_intern_cstr(th, "_warnings"), *wn = kr_str_intern_cstr(th, "warn");
    Value mod = wm ? kr_vm_import(th, wm, true) : KR_VALUE_NULL;
    Value warn = mod && wn ? kr_object_getattr(th, mod, wn) : KR_VALUE_NULL;
    Str *m = warn ? kr_str_from_cstr(th, msg) : NULL;
    Value wargs[2] = {m ? kr_from_obj(m) : KR_VALUE_NULL, kr_from_obj(category)};
    return m && kr_vm_call(th, warn, wargs, 2, NULL) ? 0 : -1;
}

/* ---- printing ------------------------------------------------------------------ */

/* print() to a Python file object: one write() per piece, as CPython
 * does (a file that records its writes sees the same calls). */
static Value print_pieces(Thread *th, Value file, const Value *args, size_t nargs, Str *sep,
                          Str *end, Value flush)
{
    Str *space = kr_str_from_cstr(th, " "), *nl = kr_str_from_cstr(th, "\n");
    if (!space || !nl)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (i && kr_mod_sys_write(th, file, sep ? sep : space) < 0)
            return KR_VALUE_NULL;
        Value s = kr_object_str(th, args[i]);
        if (!s || kr_mod_sys_write(th, file, kr_as_str(s)) < 0)
            return KR_VALUE_NULL;
    }
    if (kr_mod_sys_write(th, file, end ? end : nl) < 0)
        return KR_VALUE_NULL;
    int fl = kr_object_truth(th, flush);
    if (fl < 0)
        return KR_VALUE_NULL;
    if (fl) {
        Str *fn = kr_str_intern_cstr(th, "flush");
        Value f = fn ? kr_object_getattr(th, file, fn) : KR_VALUE_NULL;
        if (!f || !kr_vm_call(th, f, NULL, 0, NULL))
            return KR_VALUE_NULL;
    }
    return KR_NONE;
}

FUNC(builtin_print)
{
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    Value kv[4] = {KR_NONE, KR_NONE, KR_NONE, KR_FALSE};
    if (kr_mod_parse_kwargs(th, "print", args + nargs, kw, names, kv) < 0)
        return KR_VALUE_NULL;
    for (int i = 0; i < 2; i++)
        if (kv[i] != KR_NONE && !kr_is_str(kv[i]))
            return kr_err_type_error(th, "%s must be None or a string, not %s",
                                     i ? "end" : "sep", kr_type_name(kv[i]));
    Value file = kv[2];
    if (file == KR_NONE) {
        file = kr_dict_get_str(th->vm->sys_module->dict, KR_NAME(th, stdout));
        if (!file)
            file = KR_NONE;
    }
    Str *sep = kv[0] == KR_NONE ? NULL : kr_as_str(kv[0]);
    Str *end = kv[1] == KR_NONE ? NULL : kr_as_str(kv[1]);
    if (file == KR_NONE)
        return KR_NONE;     /* sys.stdout is None: print does nothing, as CPython */
    if (!kr_is_type(file, &kr_mod__io_std_text_type))
        return print_pieces(th, file, args, nargs, sep, end, kv[3]);
    /* Build the whole line, then write once. */
    Buf b;
    kr_buf_init(&b);
    for (size_t i = 0; i < nargs; i++) {
        if (i) {
            if (sep)
                kr_str_to_buf(&b, sep);
            else
                kr_buf_putc(&b, ' ');
        }
        Value s = kr_object_str(th, args[i]);
        if (!s) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        kr_str_to_buf(&b, kr_as_str(s));
    }
    if (end)
        kr_str_to_buf(&b, end);
    else
        kr_buf_putc(&b, '\n');
    Str *line = kr_str_from_buf(th, &b);
    if (!line || kr_mod_sys_write(th, file, line) < 0)
        return KR_VALUE_NULL;
    int fl = kr_object_truth(th, kv[3]);
    if (fl < 0)
        return KR_VALUE_NULL;
    if (fl && kr_mod__io_std_flush(th, file) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

FUNC(builtin_repr)
{
    if (kr_call_check_args(th, "repr", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return kr_object_repr(th, args[0]);
}

FUNC(builtin_ascii)
{
    if (kr_call_check_args(th, "ascii", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    Value r = kr_object_repr(th, args[0]);
    if (!r || kr_as_str(r)->ascii)
        return r;
    Str *s = kr_as_str(r);
    Buf b;
    kr_buf_init(&b);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c < 128)
            kr_buf_putc(&b, (char)c);
        else if (c < 0x100)
            kr_buf_printf(&b, "\\x%02x", c);
        else if (c < 0x10000)
            kr_buf_printf(&b, "\\u%04x", c);
        else
            kr_buf_printf(&b, "\\U%08x", c);
    }
    Str *o = kr_str_from_buf(th, &b);
    return o ? kr_from_obj(o) : KR_VALUE_NULL;
}

Value kr_mod_builtins_format(Thread *th, Value v, Value spec)
{
    if (!kr_str_check(spec))
        return kr_err_type_error(th, "format() argument 2 must be str, not %s", kr_type_name(spec));
    if (!kr_is_str(spec)) {     /* a str subclass's text, as an exact str */
        Str *e = kr_str_substr(th, kr_as_str(spec), 0, kr_as_str(spec)->len);
        if (!e)
            return KR_VALUE_NULL;
        spec = kr_from_obj(e);
    }
    /* int and float subclasses too, unless they override __format__ (perfb) */
    Type *t = kr_type_of(v);
    Str *fname = KR_NAME(th, __format__);
    if (kr_is_str(v))
        return kr_str_format_spec(th, kr_as_str(v), kr_as_str(spec));
    if (kr_is_float(v) && (t == &kr_float_type ||
                           kr_type_lookup(t, fname) == kr_type_lookup(&kr_float_type, fname)))
        return kr_float_format_spec(th, v, spec);
    if (kr_is_int(v) && !kr_is_bool(v) &&
        (kr_is_smallint(v) || t == &kr_int_type ||
         kr_type_lookup(t, fname) == kr_type_lookup(&kr_int_type, fname)))
        return kr_int_format_spec(th, v, spec);
    if (kr_is_complex(v))
        return kr_complex_format_spec(th, v, spec);
    Value f = kr_type_lookup(kr_type_of(v), KR_NAME(th, __format__));
    /* str.__format__ with an empty spec is str(self): a subclass's __str__ */
    if (kr_str_check(v) && !kr_as_str(spec)->len && f == kr_type_lookup(&kr_str_type, fname))
        return kr_object_str(th, v);
    if (f) {     /* every type has one now: object.__format__ (helper "methods") */
        Value r = kr_vm_call_special(th, f, v, &spec, 1);
        /* callers (f-strings, str.format) take the result as a str */
        if (r && !kr_isinstance_type(r, &kr_str_type))
            return kr_err_type_error(th, "__format__ must return a str, not %s", kr_type_name(r));
        return r;
    }
    if (kr_as_str(spec)->len) {
        kr_err_format(th, &kr_exc_TypeError, "unsupported format string passed to %s.__format__",
                      kr_type_name(v));
        return KR_VALUE_NULL;
    }
    return kr_object_str(th, v);
}

FUNC(builtin_format)
{
    if (kr_call_check_args(th, "format", nargs, 1, 2, kw) < 0)
        return KR_VALUE_NULL;
    return kr_mod_builtins_format(th, args[0], nargs > 1 ? args[1] : kr_from_obj(th->vm->empty_str));
}

/* ---- numbers ---------------------------------------------------------------------- */

FUNC(builtin_abs)
{
    if (kr_call_check_args(th, "abs", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    KrUnaryFn f = kr_type_of(args[0])->abs;
    if (!f)
        return kr_err_type_error(th, "bad operand type for abs(): '%s'", kr_type_name(args[0]));
    return f(th, args[0]);
}

/* divmod() by the __divmod__ / __rdivmod__ protocol (helper "methods"):
 * KR_NOTIMPL when neither side answers. */
static Value divmod_dunder(Thread *th, Value a, Value b)
{
    Str *names[2] = {KR_NAME(th, __divmod__), KR_NAME(th, __rdivmod__)};
    Value self[2] = {a, b}, other[2] = {b, a};
    for (int i = 0; i < 2; i++) {
        if (i == 1 && kr_type_of(a) == kr_type_of(b))
            break;
        if (!kr_type_lookup_cached(th, kr_type_of(self[i]), names[i]))
            continue;
        Value f = kr_object_getattr(th, self[i], names[i]);
        Value r = f ? kr_object_call(th, f, &other[i], 1, NULL) : KR_VALUE_NULL;
        if (r != KR_NOTIMPL)
            return r;
    }
    return KR_NOTIMPL;
}

FUNC(builtin_divmod)
{
    if (kr_call_check_args(th, "divmod", nargs, 2, 2, kw) < 0)
        return KR_VALUE_NULL;
    if (kr_is_smallint(args[0]) && kr_is_smallint(args[1]) && kr_as_smallint(args[1]) != 0) {
        /* the common case, without the protocol: floor division rounds
         * toward -inf and the remainder takes the divisor's sign */
        int64_t x = kr_as_smallint(args[0]), y = kr_as_smallint(args[1]);
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            q--;
            r += y;
        }
        Value qr[2] = {kr_int_from_i64(th, q), kr_from_smallint(r)};
        Tuple *t = qr[0] ? kr_tuple_from_array(th, qr, 2) : NULL;
        return t ? kr_from_obj(t) : KR_VALUE_NULL;
    }
    Value dm = divmod_dunder(th, args[0], args[1]);
    if (dm != KR_NOTIMPL)
        return dm;
    Value q = kr_object_binop(th, args[0], args[1], KR_OP_FLOORDIV);
    if (!q) {
        if (kr_err_matches(th, &kr_exc_TypeError)) {
            kr_err_format(th, &kr_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                          kr_type_name(args[0]), kr_type_name(args[1]));
        }
        return KR_VALUE_NULL;
    }
    Value r = kr_object_binop(th, args[0], args[1], KR_OP_MOD);
    if (!r)
        return KR_VALUE_NULL;
    Value pair[2] = {q, r};
    Tuple *t = kr_tuple_from_array(th, pair, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* pow(v, w, z) when the operands are not all ints, as CPython's ternary_op:
 * a Python class's __pow__(w, z) on v (three-argument power never uses
 * __rpow__); then float's slot, if any operand's, refuses the modulus;
 * else no operand supports it. */
static Value pow3_dunder(Thread *th, const Value *kv)
{
    Type *tv = kr_type_of(kv[0]);
    if (tv->flags & KR_TYPE_HEAP) {
        Str *n = kr_str_intern_cstr(th, "__pow__");
        Value f = n ? kr_type_lookup(tv, n) : KR_VALUE_NULL;
        if (f && !kr_is_type(f, &kr_wrapper_descr_type))     /* int's own: below */
            return kr_vm_call_method(th, f, kv[0], kv + 1, 2, NULL);
    }
    return KR_NOTIMPL;
}

static Value pow3_other(Thread *th, const Value *kv)
{
    Value r = pow3_dunder(th, kv);
    if (r != KR_NOTIMPL)
        return r;
    /* a C type's pow3 slot (decimal.Decimal), on any operand, as ternary_op */
    for (int i = 0; i < 3; i++) {
        Type *t = kr_type_of(kv[i]);
        if (t->pow3 && !(t->flags & KR_TYPE_HEAP) && (i == 0 || t != kr_type_of(kv[0]))) {
            r = t->pow3(th, kv[0], kv[1], kv[2]);
            if (r != KR_NOTIMPL)
                return r;
        }
    }
    for (int i = 0; i < 3; i++) {
        if (kr_is_float(kv[i]))
            return kr_err_type_error(th, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return kr_err_type_error(th, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                             kr_type_name(kv[0]), kr_type_name(kv[1]), kr_type_name(kv[2]));
}

FUNC(builtin_pow)
{
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Value kv[3] = {0, 0, KR_NONE};
    if (kr_mod_bind_args(th, "pow", args, nargs, kw, names, 2, kv) < 0)
        return KR_VALUE_NULL;
    if (kv[2] == KR_NONE)
        return kr_object_binop(th, kv[0], kv[1], KR_OP_POW);
    if (kr_is_complex(kv[0]) || kr_is_complex(kv[1]))
        return kr_complex_type.pow3(th, kv[0], kv[1], kv[2]);
    if (!kr_is_int(kv[0]) || !kr_is_int(kv[1]) || !kr_is_int(kv[2]))
        return pow3_other(th, kv);
    if (kr_type_of(kv[0])->flags & KR_TYPE_HEAP) {     /* an int subclass's __pow__ */
        Value r = pow3_dunder(th, kv);
        if (r != KR_NOTIMPL)
            return r;
    }
    mpz_t b, e, m;
    mpz_init(b);
    mpz_init(e);
    mpz_init(m);
    kr_int_to_mpz(kv[0], b);
    kr_int_to_mpz(kv[1], e);
    kr_int_to_mpz(kv[2], m);
    Value r = KR_VALUE_NULL;
    if (mpz_sgn(m) == 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "pow() 3rd argument cannot be 0");
    } else if (mpz_sgn(e) < 0 && !mpz_invert(b, b, m)) {
        kr_err_set_string(th, &kr_exc_ValueError, "base is not invertible for the given modulus");
    } else {
        if (mpz_sgn(e) < 0)
            mpz_neg(e, e);
        bool neg = mpz_sgn(m) < 0;
        mpz_abs(m, m);
        mpz_powm(b, b, e, m);
        if (neg && mpz_sgn(b) != 0)
            mpz_sub(b, b, m);
        r = kr_int_from_mpz(th, b);
    }
    mpz_clear(b);
    mpz_clear(e);
    mpz_clear(m);
    return r;
}

FUNC(builtin_round)
{
    static const char *const names[] = {"number", "ndigits", NULL};
    static const ArgSpec spec = {"round", names, 0, 2, 1};
    Value kv[2] = {KR_VALUE_NULL, KR_NONE};
    if (kr_argparse(th, &spec, args, nargs, kw, kv) < 0)
        return KR_VALUE_NULL;
    Value x = kv[0], nd = kv[1];
    /* ints too answer through int.__round__ (exact for any ndigits), and a
     * subclass's own __round__ is honoured */
    if (!kr_is_float(x)) {
        /* Any other type answers through its __round__ (helper "methods"). */
        Str *rn = kr_str_intern_cstr(th, "__round__");
        if (!rn)
            return KR_VALUE_NULL;
        if (!kr_type_lookup(kr_type_of(x), rn))
            return kr_err_type_error(th, "type %s doesn't define __round__ method", kr_type_name(x));
        Value f = kr_object_getattr(th, x, rn);
        return f ? kr_object_call(th, f, &nd, nd == KR_NONE ? 0 : 1, NULL)     /* None: no argument */
                 : KR_VALUE_NULL;
    }
    double d = kr_float_value(x);
    if (nd == KR_NONE) {
        if (isnan(d)) {
            kr_err_set_string(th, &kr_exc_ValueError, "cannot convert float NaN to integer");
            return KR_VALUE_NULL;
        }
        if (isinf(d)) {
            kr_err_set_string(th, &kr_exc_OverflowError, "cannot convert float infinity to integer");
            return KR_VALUE_NULL;
        }
        double r = nearbyint(d);    /* default rounding mode: half to even */
        Value f = kr_float_new(th, r);
        return f ? kr_int_type.new_(th, &kr_int_type, &f, 1, NULL) : KR_VALUE_NULL;
    }
    /* with ndigits: float.__round__, correctly rounded, any int ndigits */
    Str *rn = kr_str_intern_cstr(th, "__round__");
    Value f = rn ? kr_type_lookup(&kr_float_type, rn) : KR_VALUE_NULL;
    return f ? kr_vm_call_method(th, f, x, &nd, 1, NULL) : KR_VALUE_NULL;
}

/* ---- sequences ---------------------------------------------------------------------- */

FUNC(builtin_len)
{
    if (kr_call_check_args(th, "len", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    int64_t n;
    if (kr_object_len(th, args[0], &n) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, n);
}

/* min() and max() share everything but the comparison direction. */
/* min/max, CPython's min_max: items are taken and compared one at a time
 * (a generator's side effects interleave with the key calls as there),
 * with no list of them made first.  An exact list or tuple is read by
 * index, re-reading the list's size at each step (a key may shrink it);
 * two small ints are compared inline. */
static Value min_max_next(Thread *th, Value src, Value it, int64_t *i)
{
    if (it)
        return kr_object_next(th, it);
    if (kr_is_tuple(src))
        return *i < kr_as_tuple(src)->size ? kr_as_tuple(src)->items[(*i)++] : KR_VALUE_NULL;
    List *l = kr_as_list(src);
    return *i < kr_list_len(l) ? l->items[(*i)++] : KR_VALUE_NULL;
}

static Value min_max(Thread *th, const Value *args, size_t nargs, Tuple *kw, int op,
                     const char *name)
{
    static const char *const names[] = {"key", "default", NULL};
    Value kv[2] = {KR_NONE, 0};
    if (nargs == 0) {       /* counted before the keywords are looked at */
        kr_err_format(th, &kr_exc_TypeError, "%s expected at least 1 argument, got 0", name);
        return KR_VALUE_NULL;
    }
    if (kr_mod_parse_kwargs(th, name, args + nargs, kw, names, kv) < 0)
        return KR_VALUE_NULL;
    Value src, it = KR_VALUE_NULL;
    if (nargs == 1) {
        src = args[0];
        if (!kr_is_list(src) && !kr_is_tuple(src) && !(it = kr_object_iter(th, src)))
            return KR_VALUE_NULL;
    } else {
        if (kv[1]) {
            kr_err_format(th, &kr_exc_TypeError,
                          "Cannot specify a default for %s() with multiple positional arguments", name);
            return KR_VALUE_NULL;
        }
        Tuple *t = kr_tuple_from_array(th, args, (int64_t)nargs);
        if (!t)
            return KR_VALUE_NULL;
        src = kr_from_obj(t);
    }
    Value key = kv[0] == KR_NONE ? KR_VALUE_NULL : kv[0];
    Value best = KR_VALUE_NULL, bestkey = KR_VALUE_NULL, x;
    int64_t i = 0;
    while ((x = min_max_next(th, src, it, &i))) {
        Value k = x;
        if (key && !(k = kr_vm_call(th, key, &x, 1, NULL)))
            return KR_VALUE_NULL;
        if (!best) {
            best = x;
            bestkey = k;
            continue;
        }
        int better;
        if (kr_is_smallint(k) && kr_is_smallint(bestkey))
            better = op == KR_LT ? kr_as_smallint(k) < kr_as_smallint(bestkey)
                                 : kr_as_smallint(k) > kr_as_smallint(bestkey);
        else if ((better = kr_object_richcompare_bool(th, k, bestkey, op)) < 0)
            return KR_VALUE_NULL;
        if (better) {
            best = x;
            bestkey = k;
        }
    }
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    if (best)
        return best;
    if (kv[1])
        return kv[1];
    kr_err_format(th, &kr_exc_ValueError, "%s() arg is an empty sequence", name);
    return KR_VALUE_NULL;
}

FUNC(builtin_min) { return min_max(th, args, nargs, kw, KR_LT, "min"); }
FUNC(builtin_max) { return min_max(th, args, nargs, kw, KR_GT, "max"); }

FUNC(builtin_sum)
{
    static const char *const names[] = {"start", NULL};
    Value kv[1] = {kr_from_smallint(0)};
    if (nargs == 2)
        kv[0] = args[1];
    if (nargs < 1)
        return kr_err_type_error(th, "sum() takes at least 1 positional argument (0 given)");
    if (nargs > 2)
        return kr_err_type_error(th, "sum() takes at most 2 arguments (%zu given)", nargs);
    if (kr_mod_parse_kwargs(th, "sum", args + nargs, kw, names, kv) < 0)
        return KR_VALUE_NULL;
    Value acc = kv[0];
    if (kr_isinstance_type(acc, &kr_str_type))
        return kr_err_type_error(th, "sum() can't sum strings [use ''.join(seq) instead]");
    if (kr_isinstance_type(acc, &kr_bytes_type))
        return kr_err_type_error(th, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (kr_isinstance_type(acc, &kr_bytearray_type))
        return kr_err_type_error(th, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value it = kr_object_iter(th, args[0]);
    if (!it)
        return KR_VALUE_NULL;
    for (;;) {
        Value x = kr_object_next(th, it);
        if (!x)
            return kr_err_occurred(th) ? KR_VALUE_NULL : acc;
        if (KR_UNLIKELY(kr_vm_check_signals(th) < 0))   /* sum(range(10**12)) and ^C */
            return KR_VALUE_NULL;
        if (kr_is_smallint(acc) && kr_is_smallint(x)) {
            int64_t r = kr_as_smallint(acc) + kr_as_smallint(x);
            if (kr_smallint_fits(r)) {
                acc = kr_from_smallint(r);
                continue;
            }
        }
        acc = kr_object_binop(th, acc, x, KR_OP_ADD);
        if (!acc)
            return KR_VALUE_NULL;
    }
}

static Value any_all(Thread *th, const Value *args, size_t nargs, Tuple *kw, bool want,
                     const char *name)
{
    if (kr_call_check_args(th, name, nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    Value it = kr_object_iter(th, args[0]);
    if (!it)
        return KR_VALUE_NULL;
    for (;;) {
        Value x = kr_object_next(th, it);
        if (!x)
            return kr_err_occurred(th) ? KR_VALUE_NULL : kr_from_bool(!want);
        int t = kr_object_truth(th, x);
        if (t < 0)
            return KR_VALUE_NULL;
        if (t == want)
            return kr_from_bool(want);
    }
}

FUNC(builtin_any) { return any_all(th, args, nargs, kw, true, "any"); }
FUNC(builtin_all) { return any_all(th, args, nargs, kw, false, "all"); }

FUNC(builtin_sorted)
{
    if (nargs != 1) {
        kr_err_format(th, &kr_exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
        return KR_VALUE_NULL;
    }
    static const char *const names[] = {"key", "reverse", NULL};
    Value kv[2] = {KR_NONE, KR_FALSE};
    if (kr_mod_parse_kwargs(th, "sort", args + nargs, kw, names, kv) < 0)
        return KR_VALUE_NULL;
    List *l = kr_list_from_iterable(th, args[0]);
    if (!l)
        return KR_VALUE_NULL;
    int rev = kr_object_truth(th, kv[1]);
    if (rev < 0 || kr_list_sort(th, l, kv[0], rev) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(l);
}

FUNC(builtin_iter)
{
    if (kr_call_check_args(th, "iter", nargs, 1, 2, kw) < 0)
        return KR_VALUE_NULL;
    if (nargs == 1)
        return kr_object_iter(th, args[0]);
    if (!kr_type_of(args[0])->call)
        return kr_err_type_error(th, "iter(v, w): v must be callable");
    return kr_calliter_new(th, args[0], args[1]);
}

FUNC(builtin_next)
{
    if (kr_call_check_args(th, "next", nargs, 1, 2, kw) < 0)
        return KR_VALUE_NULL;
    Type *t = kr_type_of(args[0]);
    if (!t->next)
        return kr_err_type_error(th, "'%s' object is not an iterator", t->name);
    Value x = t->next(th, args[0]);
    if (x)
        return x;
    /* a StopIteration(value) left pending (a generator's return) is
     * exhaustion too when there is a default */
    if (kr_err_occurred(th) && (nargs < 2 || !kr_err_matches(th, &kr_exc_StopIteration)))
        return KR_VALUE_NULL;
    if (nargs > 1) {
        kr_err_clear(th);
        return args[1];
    }
    kr_err_set(th, kr_exception_new(th, &kr_exc_StopIteration, NULL, 0));
    if (!th->exc)
        kr_err_no_memory(th);
    return KR_VALUE_NULL;
}

/* ---- objects and types ---------------------------------------------------------------- */

FUNC(builtin_isinstance)
{
    if (kr_call_check_args(th, "isinstance", nargs, 2, 2, kw) < 0)
        return KR_VALUE_NULL;
    int r = kr_object_isinstance(th, args[0], args[1]);
    return r < 0 ? KR_VALUE_NULL : kr_from_bool(r);
}

FUNC(builtin_issubclass)
{
    if (kr_call_check_args(th, "issubclass", nargs, 2, 2, kw) < 0)
        return KR_VALUE_NULL;
    int r = kr_object_issubclass(th, args[0], args[1]);
    return r < 0 ? KR_VALUE_NULL : kr_from_bool(r);
}

FUNC(builtin_hash)
{
    if (kr_call_check_args(th, "hash", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    int64_t h;
    if (kr_object_hash(th, args[0], &h) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, h);
}

FUNC(builtin_id)
{
    if (kr_call_check_args(th, "id", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    /* the Value's bits: an object's address (below 2^47 in user space)
     * is a small int, so id() of an object allocates nothing */
    if (args[0] <= (Value)KR_SMALLINT_MAX)
        return kr_from_smallint((int64_t)args[0]);
    mpz_t z;
    mpz_init(z);
    mpz_set_ui(z, (unsigned long)args[0]);
    Value r = kr_int_from_mpz(th, z);
    mpz_clear(z);
    return r;
}

FUNC(builtin_callable)
{
    if (kr_call_check_args(th, "callable", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(kr_type_of(args[0])->call != NULL);
}

FUNC(builtin_chr)
{
    if (kr_call_check_args(th, "chr", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_int(args[0]))
        return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer", kr_type_name(args[0]));
    int64_t c;
    if (kr_int_as_i64(th, args[0], &c) < 0)
        return KR_VALUE_NULL;
    if (c < 0 || c > 0x10FFFF) {
        kr_err_set_string(th, &kr_exc_ValueError, "chr() arg not in range(0x110000)");
        return KR_VALUE_NULL;
    }
    Str *s = kr_str_from_char(th, (uint32_t)c);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* hex(), oct(), bin(): format(operator.index(x), '#x') and friends, which is
 * CPython's result too ('-0xff' for -255); power-of-two bases have no
 * int_max_str_digits limit, and kr_int_format_spec applies none to them. */
static Value int_to_base(Thread *th, const char *name, const char *spec, const Value *args,
                         size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, name, nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    Value v = kr_object_index(th, args[0]);
    if (!v)
        return KR_VALUE_NULL;
    Str *sp = kr_str_from_cstr(th, spec);
    return sp ? kr_int_format_spec(th, v, kr_from_obj(sp)) : KR_VALUE_NULL;
}

FUNC(builtin_hex)
{
    return int_to_base(th, "hex", "#x", args, nargs, kw);
}

FUNC(builtin_oct)
{
    return int_to_base(th, "oct", "#o", args, nargs, kw);
}

FUNC(builtin_bin)
{
    return int_to_base(th, "bin", "#b", args, nargs, kw);
}

FUNC(builtin_ord)
{
    if (kr_call_check_args(th, "ord", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (kr_bytes_like(args[0])) {
        ByteView *b = KR_BYTES_VIEW(args[0]);
        if (b->len != 1)
            return kr_err_type_error(th, "ord() expected a character, but string of length %lld found",
                                     (long long)b->len);
        return kr_from_smallint(b->data[0]);
    }
    if (!kr_str_check(args[0]))
        return kr_err_type_error(th, "ord() expected string of length 1, but %s found", kr_type_name(args[0]));
    Value sv = kr_is_str(args[0]) ? args[0] : kr_object_builtin_self(th, &kr_str_type, args[0]);
    if (!sv)
        return KR_VALUE_NULL;
    Str *s = kr_as_str(sv);
    if (s->len != 1)
        return kr_err_type_error(th, "ord() expected a character, but string of length %lld found",
                                 (long long)s->len);
    return kr_from_smallint(kr_str_char(s, 0));
}

static Str *attr_name(Thread *th, Value v, const char *fn)
{
    if (!kr_str_check(v)) {
        kr_err_format(th, &kr_exc_TypeError, "attribute name must be string, not '%s'", kr_type_name(v));
        return NULL;
    }
    /* a str subclass instance names the attribute by its text */
    if (!kr_is_str(v) && !(v = kr_object_builtin_self(th, &kr_str_type, v)))
        return NULL;
    return kr_str_intern(th, kr_as_str(v));
}

FUNC(builtin_getattr)
{
    if (kr_call_check_args(th, "getattr", nargs, 2, 3, kw) < 0)
        return KR_VALUE_NULL;
    Str *n = attr_name(th, args[1], "getattr");
    if (!n)
        return KR_VALUE_NULL;
    if (nargs == 2)
        return kr_object_getattr(th, args[0], n);
    Value r = kr_object_lookupattr(th, args[0], n);
    return r || kr_err_occurred(th) ? r : args[2];
}

FUNC(builtin_setattr)
{
    if (kr_call_check_args(th, "setattr", nargs, 3, 3, kw) < 0)
        return KR_VALUE_NULL;
    Str *n = attr_name(th, args[1], "setattr");
    if (!n || kr_object_setattr(th, args[0], n, args[2]) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

FUNC(builtin_hasattr)
{
    if (kr_call_check_args(th, "hasattr", nargs, 2, 2, kw) < 0)
        return KR_VALUE_NULL;
    Str *n = attr_name(th, args[1], "hasattr");
    if (!n)
        return KR_VALUE_NULL;
    Value r = kr_object_lookupattr(th, args[0], n);
    if (r)
        return KR_TRUE;
    return kr_err_occurred(th) ? KR_VALUE_NULL : KR_FALSE;
}

FUNC(builtin_delattr)
{
    if (kr_call_check_args(th, "delattr", nargs, 2, 2, kw) < 0)
        return KR_VALUE_NULL;
    Str *n = attr_name(th, args[1], "delattr");
    if (!n || kr_object_setattr(th, args[0], n, KR_VALUE_NULL) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

static const MethodDef builtin_functions[] = {
    {"print", builtin_print, "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)", NULL, 0},
    {"repr", builtin_repr, "($module, obj, /)", NULL, 0},
    {"ascii", builtin_ascii, "($module, obj, /)", NULL, 0},
    {"format", builtin_format, "($module, value, format_spec='', /)", NULL, 0},
    {"abs", builtin_abs, "($module, x, /)", NULL, 0},
    {"divmod", builtin_divmod, "($module, x, y, /)", NULL, 0},
    {"pow", builtin_pow, "($module, /, base, exp, mod=None)", NULL, 0},
    {"round", builtin_round, "($module, /, number, ndigits=None)", NULL, 0},
    {"len", builtin_len, "($module, obj, /)", NULL, 0},
    {"min", builtin_min, NULL, NULL, 0},
    {"max", builtin_max, NULL, NULL, 0},
    {"sum", builtin_sum, "($module, iterable, /, start=0)", NULL, 0},
    {"any", builtin_any, "($module, iterable, /)", NULL, 0},
    {"all", builtin_all, "($module, iterable, /)", NULL, 0},
    {"sorted", builtin_sorted, "($module, iterable, /, *, key=None, reverse=False)", NULL, 0},
    {"iter", builtin_iter, NULL, NULL, 0},
    {"next", builtin_next, NULL, NULL, 0},
    {"aiter", kr_coro_builtin_aiter, "($module, async_iterable, /)", NULL, 0},
    {"anext", kr_coro_builtin_anext, NULL, NULL, 0},
    {"isinstance", builtin_isinstance, "($module, obj, class_or_tuple, /)", NULL, 0},
    {"issubclass", builtin_issubclass, "($module, cls, class_or_tuple, /)", NULL, 0},
    {"hash", builtin_hash, "($module, obj, /)", NULL, 0},
    {"id", builtin_id, "($module, obj, /)", NULL, 0},
    {"callable", builtin_callable, "($module, obj, /)", NULL, 0},
    {"chr", builtin_chr, "($module, i, /)", NULL, 0},
    {"ord", builtin_ord, "($module, c, /)", NULL, 0},
    {"hex", builtin_hex, "($module, number, /)",
     "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'", 0},
    {"oct", builtin_oct, "($module, number, /)",
     "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'", 0},
    {"bin", builtin_bin, "($module, number, /)",
     "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'", 0},
    {"getattr", builtin_getattr, NULL, NULL, 0},
    {"setattr", builtin_setattr, "($module, obj, name, value, /)", NULL, 0},
    {"hasattr", builtin_hasattr, "($module, obj, name, /)", NULL, 0},
    {"delattr", builtin_delattr, "($module, obj, name, /)", NULL, 0},
    /* class statements call it (vm.c); listed last to keep clear of the rest */
    {"__build_class__", kr_vm_build_class, "($module, func, name, /, *bases, metaclass, **kwds)",
     NULL, 0},
    {0},
};

int kr_mod_builtins_init(Thread *th)
{
    static Type *const types[] = {
        &kr_object_type, &kr_type_type, &kr_int_type, &kr_bool_type, &kr_float_type,
        &kr_str_type, &kr_tuple_type, &kr_list_type, &kr_dict_type, &kr_range_type,
        &kr_slice_type, &kr_enumerate_type, &kr_zip_type, &kr_reversed_type, &kr_map_type,
        &kr_filter_type, &kr_super_type, &kr_staticmethod_type, &kr_classmethod_type,
        &kr_property_type, &kr_set_type, &kr_frozenset_type, &kr_bytes_type,
        &kr_bytearray_type,
        &kr_complex_type, &kr_memoryview_type,
    };
    Str *name = kr_str_intern_cstr(th, "builtins");
    Module *m = name ? kr_module_new(th, name) : NULL;
    if (!m || kr_module_add_functions(th, m, builtin_functions) < 0 ||
        kr_module_add_functions(th, m, kr_mod_builtins_ns_functions) < 0)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(types); i++) {
        Type *t = types[i];
        Str *tn = kr_type_ready(th, t) < 0 ? NULL : kr_str_intern_cstr(th, t->name);
        if (!tn || kr_dict_set_str(th, m->dict, tn, kr_from_obj(t)) < 0)
            return -1;
    }
    Str *dbg = kr_str_intern_cstr(th, "__debug__");
    if (!dbg || kr_dict_set_str(th, m->dict, dbg, KR_TRUE) < 0)
        return -1;
    Str *ni = kr_str_intern_cstr(th, "NotImplemented");
    Str *el = kr_str_intern_cstr(th, "Ellipsis");
    if (!ni || !el || kr_dict_set_str(th, m->dict, ni, KR_NOTIMPL) < 0 ||
        kr_dict_set_str(th, m->dict, el, KR_ELLIPSIS) < 0)
        return -1;
    th->vm->builtins_module = m;
    th->vm->builtins = m->dict;
    return kr_dict_set_str(th, th->vm->modules, name, kr_from_obj(m));
}
