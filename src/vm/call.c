/*
 * call.c -- calling from C, argument binding, frame set-up for Python
 * functions (call.h).
 *
 * The fast path, taken by nearly every call in practice: a Python
 * function with only positional parameters, called with exactly that many
 * positional arguments.  Its arguments are already where its first
 * registers go (frame.h), so the call is: check the count, clear the
 * remaining registers, push the frame record.  Everything else --
 * keywords, defaults, *args, **kwargs, errors -- goes through
 * kr_call_bind, which reproduces CPython's messages.
 */
#include "vm/call.h"

#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/slotwrap.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/generator.h"

/* How deep C code may re-enter the interpreter (slot trampolines, key=
 * functions): each level costs a few KiB of C stack. */
#define C_REENTRY_LIMIT 2000

int kr_call_check_args(Thread *th, const char *name, size_t nargs, size_t min, size_t max,
                       Tuple *kwnames)
{
    if (kwnames && kwnames->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max && min == 1)
        kr_err_format(th, &kr_exc_TypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
    else if (min == max && min == 0)
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no arguments (%zu given)", name, nargs);
    else if (nargs < min)   /* CPython's _PyArg_CheckPositional: no "at least" when exact */
        kr_err_format(th, &kr_exc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                      min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    else
        kr_err_format(th, &kr_exc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                      min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    return -1;
}

/* ---- binding --------------------------------------------------------------------- */

static const char *fname(Function *f)
{
    return (const char *)f->qualname->data;
}

static void missing_args(Thread *th, Function *f, Value *regs, uint32_t from, uint32_t to,
                         bool kwonly)
{
    Code *code = f->code;
    Str *names[64];
    int n = 0;
    for (uint32_t i = from; i < to && n < 64; i++)
        if (!regs[i])
            names[n++] = kr_as_str(code->varnames->items[i]);
    Buf b;
    kr_buf_init(&b);
    for (int i = 0; i < n; i++) {
        if (i && n > 2)
            kr_buf_puts(&b, ", ");
        if (i == n - 1 && n > 1)
            kr_buf_puts(&b, n > 2 ? "and " : " and ");
        kr_buf_putc(&b, '\'');
        kr_str_to_buf(&b, names[i]);
        kr_buf_putc(&b, '\'');
    }
    kr_err_format(th, &kr_exc_TypeError, "%s() missing %d required %s argument%s: %s", fname(f),
                  n, kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", b.data ? b.data : "");
    kr_buf_free(&b);
}

/* Raised after the keyword arguments are bound, so the keyword-only ones
 * given are counted (CPython's too_many_positional). */
static void too_many_positional(Thread *th, Function *f, const Value *regs, size_t given)
{
    Code *code = f->code;
    int64_t ndef = f->defaults ? f->defaults->size : 0;
    uint32_t argc = code->argcount, kwonly_given = 0;
    for (uint32_t i = argc; i < argc + code->kwonlyargcount; i++)
        kwonly_given += regs[i] != KR_VALUE_NULL;
    char takes[64], kwonly[96] = "";
    if (ndef)
        snprintf(takes, sizeof takes, "from %u to %u positional arguments", argc - (uint32_t)ndef, argc);
    else
        snprintf(takes, sizeof takes, "%u positional argument%s", argc, argc == 1 ? "" : "s");
    if (kwonly_given)
        snprintf(kwonly, sizeof kwonly, " positional argument%s (and %u keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    kr_err_format(th, &kr_exc_TypeError, "%s() takes %s but %zu%s %s given", fname(f), takes, given,
                  kwonly, given == 1 && !kwonly_given ? "was" : "were");
}

static int64_t param_index(Code *code, Str *name, uint32_t from, uint32_t to);

/* Every positional-only parameter passed by keyword, "'a, b'" (CPython's
 * positional_only_passed_as_keyword); false if none was. */
static bool posonly_as_keyword(Thread *th, Function *f, Tuple *kwnames)
{
    Code *code = f->code;
    Buf b;
    kr_buf_init(&b);
    bool any = false;
    for (int64_t k = 0; k < kwnames->size; k++) {
        Str *name = kr_as_str(kwnames->items[k]);
        if (param_index(code, name, 0, code->posonlyargcount) < 0)
            continue;
        if (any)
            kr_buf_puts(&b, ", ");
        kr_str_to_buf(&b, name);
        any = true;
    }
    if (any)
        kr_err_format(th, &kr_exc_TypeError,
                      "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                      fname(f), b.data);
    kr_buf_free(&b);
    return any;
}

static int64_t param_index(Code *code, Str *name, uint32_t from, uint32_t to)
{
    for (uint32_t i = from; i < to; i++)
        if (kr_as_str(code->varnames->items[i]) == name)
            return i;
    /* two interned strs of one text are one str: only a pair with a
     * str that is not interned needs the text compared (a name bound to
     * **kwargs missed every parameter by both loops, kr_str_eq called) */
    for (uint32_t i = from; i < to; i++) {
        Str *v = kr_as_str(code->varnames->items[i]);
        if (!(v->interned && name->interned) && kr_str_eq(v, name))
            return i;
    }
    return -1;
}

int kr_call_bind(Thread *th, Function *f, Value *regs, const Value *args, size_t nargs,
                 Tuple *kwnames)
{
    Code *code = f->code;
    uint32_t argc = code->argcount, kwc = code->kwonlyargcount;
    uint32_t star = argc + kwc;
    uint32_t dstar = star + ((code->flags & KR_CO_VARARGS) ? 1 : 0);
    size_t n = nargs < argc ? nargs : argc;
    for (size_t i = 0; i < n; i++)
        regs[i] = args[i];
    if (code->flags & KR_CO_VARARGS) {
        /* (args may be NULL when nargs is 0: no offset is applied then) */
        Tuple *rest = kr_tuple_from_array(th, nargs > n ? args + n : args, (int64_t)(nargs - n));
        if (!rest)
            return -1;
        regs[star] = kr_from_obj(rest);
    }
    Dict *kwdict = NULL;
    if (code->flags & KR_CO_VARKEYWORDS) {
        kwdict = kr_dict_new(th);
        if (!kwdict)
            return -1;
        regs[dstar] = kr_from_obj(kwdict);
    }
    for (int64_t k = 0; kwnames && k < kwnames->size; k++) {
        Str *name = kr_as_str(kwnames->items[k]);
        Value v = args[nargs + (size_t)k];
        int64_t j = param_index(code, name, code->posonlyargcount, argc + kwc);
        if (j < 0) {
            if (kwdict) {
                if (kr_dict_set_str(th, kwdict, name, v) < 0)
                    return -1;
                continue;
            }
            if (!posonly_as_keyword(th, f, kwnames))
                kr_err_format(th, &kr_exc_TypeError, "%s() got an unexpected keyword argument '%U'",
                              fname(f), name);
            return -1;
        }
        if (regs[j]) {
            kr_err_format(th, &kr_exc_TypeError, "%s() got multiple values for argument '%U'",
                          fname(f), name);
            return -1;
        }
        regs[j] = v;
    }
    if (nargs > argc && !(code->flags & KR_CO_VARARGS)) {
        too_many_positional(th, f, regs, nargs);
        return -1;
    }
    if (nargs < argc) {
        int64_t ndef = f->defaults ? f->defaults->size : 0;
        uint32_t first_default = argc - (uint32_t)ndef;
        bool missing = false;
        for (uint32_t i = (uint32_t)nargs; i < argc; i++) {
            if (regs[i])
                continue;
            if (i >= first_default)
                regs[i] = f->defaults->items[i - first_default];
            else
                missing = true;
        }
        if (missing) {
            missing_args(th, f, regs, 0, argc, false);
            return -1;
        }
    }
    if (kwc) {
        bool missing = false;
        /* __kwdefaults__ is built in parameter order with the code's own
         * interned names, so the next entry is tried by pointer before a
         * lookup (EnumType.__call__ has five keyword-only defaults).  No
         * thread may resize the dict meanwhile (dict.c, THREADS). */
        Dict *kd = f->kwdefaults;
        int64_t k = 0, nk = kd && !th->vm->threaded ? kd->nentries : 0;
        for (uint32_t i = argc; i < argc + kwc; i++) {
            Value name = code->varnames->items[i], d = KR_VALUE_NULL;
            if (k < nk && kd->entries[k].key == name)
                d = kd->entries[k++].value;
            if (regs[i])
                continue;
            if (!d && kd)
                d = kr_dict_get_str(kd, kr_as_str(name));
            if (d)
                regs[i] = d;
            else
                missing = true;
        }
        if (missing) {
            missing_args(th, f, regs, argc, argc + kwc, true);
            return -1;
        }
    }
    return 0;
}

/* Push the frame for calling f.  `at` is where its registers should go;
 * when in_place, args == at already holds the arguments. */
Frame *kr_call_push(Thread *th, Function *f, Value *at, const Value *args, size_t nargs,
                    Tuple *kwnames, bool in_place)
{
    Code *code = f->code;
    Frame *fr;
    if (KR_LIKELY(!kwnames && nargs == code->argcount &&
                  !(code->flags & (KR_CO_VARARGS | KR_CO_VARKEYWORDS)) && !code->kwonlyargcount)) {
        if (!in_place)
            kr_values_copy(at, args, nargs);
        fr = kr_frame_push(th, code, at, nargs);
        if (!fr)
            return NULL;
    } else {
        size_t total = nargs + (kwnames ? (size_t)kwnames->size : 0);
        const Value *src = args;
        if (in_place) {
            /* Binding rearranges the very registers the arguments are in. */
            Value *copy = kr_gc_alloc(sizeof(Value) * (total + 1));
            if (!copy) {
                kr_err_no_memory(th);
                return NULL;
            }
            kr_values_copy(copy, args, total);
            src = copy;
        }
        fr = kr_frame_push(th, code, at, 0);
        if (!fr)
            return NULL;
        if (kr_call_bind(th, f, fr->regs, src, nargs, kwnames) < 0) {
            kr_frame_pop(th);
            return NULL;
        }
    }
    fr->func = f;
    fr->globals = f->globals;
    fr->builtins = f->builtins;
    return fr;
}

/* A Python function called from C: a frame above the current one, run to
 * its return by a nested interpreter loop.  Kept apart from kr_vm_call so
 * that calls of builtins do not pay for its stack frame. */
static __attribute__((noinline)) Value call_function(Thread *th, Function *f, const Value *args,
                                                     size_t nargs, Tuple *kwnames)
{
    /* making a generator runs nothing, so it needs no C-depth check
     * (a yield-from chain's depth is checked where it resumes) */
    if (f->code->flags & KR_CO_GEN_LIKE)
        return kr_gen_new(th, f, args, nargs, kwnames);
    if (KR_UNLIKELY(th->c_recursion_depth >= C_REENTRY_LIMIT || kr_c_stack_exhausted(th))) {
        kr_err_set_string(th, &kr_exc_RecursionError, "maximum recursion depth exceeded");
        return KR_VALUE_NULL;
    }
    /* The plain case as CALL does it (frame.h), the arguments first
     * copied to where the callee's registers go -- harmless if it then
     * turns out not to apply, the space being free. */
    Value *top = kr_frame_top(th);
    Frame *fr = NULL;
    if (!kwnames && nargs == f->code->argcount && top >= th->chunk->slots &&
        top + f->code->framesize <= th->chunk->limit) {
        kr_values_copy(top, args, nargs);
        fr = kr_frame_push_fast(th, f, top, nargs);
    }
    if (!fr && !(fr = kr_call_push(th, f, top, args, nargs, kwnames, false)))
        return KR_VALUE_NULL;
    fr->flags |= FRAME_ENTRY;
    th->c_recursion_depth++;
    Value r = kr_vm_run(th, fr);
    th->c_recursion_depth--;
    return r;
}

Value kr_vm_call(Thread *th, Value callable, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (kr_is_function(callable))
        return call_function(th, (Function *)kr_as_obj(callable), args, nargs, kwnames);
    KrCallFn call = kr_type_of(callable)->call;
    if (!call) {
        kr_err_format(th, &kr_exc_TypeError, "'%s' object is not callable", kr_type_name(callable));
        return KR_VALUE_NULL;
    }
    return call(th, callable, args, nargs, kwnames);
}

Value kr_vm_call_method(Thread *th, Value f, Value self, const Value *args, size_t nargs,
                        Tuple *kwnames)
{
    size_t total = nargs + (kwnames ? (size_t)kwnames->size : 0);
    Value small[16];
    Value *argv = small;
    if (total + 1 > KR_ARRAY_LEN(small)) {
        argv = kr_gc_alloc(sizeof(Value) * (total + 1));
        if (!argv) {
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
    }
    argv[0] = self;
    if (total)
        memcpy(argv + 1, args, sizeof(Value) * total);
    return kr_vm_call(th, f, argv, nargs + 1, kwnames);
}

/* A special method f found on type(self), called as CPython's
 * lookup_maybe_method + call_unbound do: a function (Python or C) gets
 * self first; another descriptor is bound by its __get__ (a
 * staticmethod, a mock's proxy); anything else is called as it is. */
Value kr_vm_call_special(Thread *th, Value f, Value self, const Value *args, size_t nargs)
{
    if (kr_is_function(f) || kr_is_type(f, &kr_method_descr_type) ||
        kr_is_type(f, &kr_wrapper_descr_type))
        return kr_vm_call_method(th, f, self, args, nargs, NULL);
    KrDescrGetFn get = kr_type_of(f)->descr_get;
    if (get && !(f = get(th, f, self, kr_from_obj(kr_type_of(self)))))
        return KR_VALUE_NULL;
    return kr_vm_call(th, f, args, nargs, NULL);
}
