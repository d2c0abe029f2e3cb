/*
 * exception.c -- BaseException and the builtin hierarchy (exceptions.def).
 *
 * All builtin exception classes share one C layout, Exc, and one set of
 * slots; they differ only in name and base, which is why a table
 * suffices.  The few classes with extra attributes in CPython
 * (StopIteration.value, SystemExit.code, OSError.errno, ...) compute them
 * from args for now.
 *
 * str(e):  no args -> "", one arg -> str(arg), more -> str(args);
 *          KeyError with one arg uses repr(arg), as CPython.
 * repr(e): Name(arg) for one arg, Name(args...) otherwise.
 */
#include "modules/gcmodule.h"
#include "objects/exception.h"

#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "objects/argparse.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/importerror.h"
#include "objects/nameerror.h"
#include "objects/int.h"
#include "objects/oserror.h"
#include "objects/unicodeerror.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/frame.h"

static Value exc_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    Exc *e = kr_gc_alloc(t->size);
    if (!e) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    e->hdr.type = t;
    if (t->finalize)
        kr_mod_gc_track_del(&e->hdr);   /* a class with __del__ (modules/gc.c) */
    e->args = kr_tuple_from_array(th, args, (int64_t)nargs);
    if (!e->args)
        return KR_VALUE_NULL;
    e->traceback = KR_NONE;
    e->cause = KR_NONE;
    e->context = KR_NONE;
    return kr_from_obj(e);
}

static int exc_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (kwnames && kwnames->size) {
        /* tp_name, which for a module's exception (a heap type in CPython)
         * is the bare class name: "error() takes no keyword arguments" */
        const char *n = kr_type_name(self), *dot = strrchr(n, '.');
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", dot ? dot + 1 : n);
        return -1;
    }
    Exc *e = (Exc *)kr_as_obj(self);
    e->args = kr_tuple_from_array(th, args, (int64_t)nargs);
    return e->args ? 0 : -1;
}

Value kr_exception_new(Thread *th, Type *type, const Value *args, size_t nargs)
{
    return kr_vm_call(th, kr_from_obj(type), args, nargs, NULL);
}

static Value exc_str(Thread *th, Value v)
{
    Exc *e = (Exc *)kr_as_obj(v);
    if (e->args->size == 0)
        return kr_from_obj(th->vm->empty_str);
    if (e->args->size == 1) {
        if (kr_isinstance_type(v, &kr_exc_KeyError))
            return kr_object_repr(th, e->args->items[0]);
        return kr_object_str(th, e->args->items[0]);
    }
    return kr_object_str(th, kr_from_obj(e->args));
}

static Value exc_repr(Thread *th, Value v)
{
    Exc *e = (Exc *)kr_as_obj(v);
    Type *t = kr_type_of(v);
    Buf b;
    kr_buf_init(&b);
    const char *dot = strrchr(t->name, '.');
    kr_buf_puts(&b, dot ? dot + 1 : t->name);
    Value r;
    if (e->args->size == 1) {
        r = kr_object_repr(th, e->args->items[0]);
        if (!r) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        kr_buf_putc(&b, '(');
        kr_str_to_buf(&b, kr_as_str(r));
        kr_buf_putc(&b, ')');
    } else {
        r = kr_object_repr(th, kr_from_obj(e->args));
        if (!r) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        kr_str_to_buf(&b, kr_as_str(r));
    }
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value get_args(Thread *th, Value self) { return kr_from_obj(((Exc *)kr_as_obj(self))->args); }

static int set_args(Thread *th, Value self, Str *unused, Value v)
{
    if (!v)
        return kr_err_type_error(th, "args may not be deleted") ? -1 : -1;
    Value t = kr_vm_call(th, kr_from_obj(&kr_tuple_type), &v, 1, NULL);
    if (!t)
        return -1;
    ((Exc *)kr_as_obj(self))->args = kr_as_tuple(t);
    return 0;
}

static Value get_traceback(Thread *th, Value self) { return ((Exc *)kr_as_obj(self))->traceback; }

/* e.__traceback__ = tb (helper "imp": unittest trims tracebacks so) */
static int set_traceback(Thread *th, Value self, Str *unused, Value v)
{
    if (!v) {
        kr_err_set_string(th, &kr_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != KR_NONE && !kr_is_type(v, &kr_traceback_type)) {
        kr_err_set_string(th, &kr_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    ((Exc *)kr_as_obj(self))->traceback = v;
    return 0;
}
static Value get_cause(Thread *th, Value self) { return ((Exc *)kr_as_obj(self))->cause; }
static Value get_context(Thread *th, Value self) { return ((Exc *)kr_as_obj(self))->context; }
static Value get_suppress(Thread *th, Value self)
{
    return kr_from_bool(((Exc *)kr_as_obj(self))->suppress_context);
}

/* __cause__ / __context__ take None or an exception, and cannot be
 * deleted (CPython's exception_set_cause / _context). */
static int check_chain_value(Thread *th, Value v, const char *attr, const char *what)
{
    if (!v) {
        kr_err_format(th, &kr_exc_TypeError, "%s may not be deleted", attr);
        return -1;
    }
    if (v != KR_NONE && !(kr_type_of(v)->flags & KR_TYPE_EXC_SUBCLASS)) {
        kr_err_format(th, &kr_exc_TypeError, "exception %s must be None or derive from BaseException",
                      what);
        return -1;
    }
    return 0;
}

static int set_cause(Thread *th, Value self, Str *unused, Value v)
{
    if (check_chain_value(th, v, "__cause__", "cause") < 0)
        return -1;
    Exc *e = (Exc *)kr_as_obj(self);
    e->cause = v;
    e->suppress_context = true;
    return 0;
}

static int set_context(Thread *th, Value self, Str *unused, Value v)
{
    if (check_chain_value(th, v, "__context__", "context") < 0)
        return -1;
    ((Exc *)kr_as_obj(self))->context = v;
    return 0;
}

/* a bool member (T_BOOL in CPython): bools only, never deleted */
static int set_suppress(Thread *th, Value self, Str *unused, Value v)
{
    if (!v) {
        kr_err_set_string(th, &kr_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!kr_is_bool(v)) {
        kr_err_set_string(th, &kr_exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    ((Exc *)kr_as_obj(self))->suppress_context = v == KR_TRUE;
    return 0;
}

/* StopIteration.value / SystemExit.code: the first argument, unless
 * assigned since; the assigned value is kept in the instance dict under
 * the attribute's own name (the descriptor shadows that entry). */
static Value stored_value(Thread *th, Exc *e, const char *cname)
{
    Str *name = e->dict ? kr_str_intern_cstr(th, cname) : NULL;
    Value v = name ? kr_dict_get_str(e->dict, name) : KR_VALUE_NULL;
    if (v)
        return v;
    return e->args->size ? e->args->items[0] : KR_NONE;
}

static Value get_value(Thread *th, Value self)
{
    return stored_value(th, (Exc *)kr_as_obj(self), "value");
}

/* SystemExit.code: as assigned, else None, the argument, or (with
 * several) the args tuple. */
static Value get_code(Thread *th, Value self)
{
    Exc *e = (Exc *)kr_as_obj(self);
    Str *name = e->dict && e->args->size > 1 ? kr_str_intern_cstr(th, "code") : NULL;
    if (e->args->size > 1 && !(name && kr_dict_get_str(e->dict, name)))
        return kr_from_obj(e->args);
    return stored_value(th, e, "code");
}

Value kr_exception_stop_value(Thread *th, Value exc)
{
    return stored_value(th, (Exc *)kr_as_obj(exc), "value");
}

static int set_stored(Thread *th, Value self, const char *name, Value v)
{
    Exc *e = (Exc *)kr_as_obj(self);
    Str *n = kr_str_intern_cstr(th, name);
    if (!n || (!e->dict && !(e->dict = kr_dict_new(th))))
        return -1;
    if (!v)     /* del e.value: back to None, as a cleared T_OBJECT member */
        v = KR_NONE;
    return kr_dict_set_str(th, e->dict, n, v);
}

static int set_value(Thread *th, Value self, Str *unused, Value v)
{
    return set_stored(th, self, "value", v);
}

static int set_code(Thread *th, Value self, Str *unused, Value v)
{
    return set_stored(th, self, "code", v);
}

static const MemberDef exc_members[] = {
    {"args", 0, get_args, set_args, NULL, 0},
    {"__traceback__", 0, get_traceback, set_traceback, NULL, 0},
    {"__cause__", 0, get_cause, set_cause, NULL, 0},
    {"__context__", 0, get_context, set_context, NULL, 0},
    {"__suppress_context__", 0, get_suppress, set_suppress, NULL, 0},
    {0},
};

/* StopIteration.value and SystemExit.code: the first argument. */
static const MemberDef stopiter_members[] = {
    {"value", 0, get_value, set_value, "generator return value", KR_MEMBER_PLAIN},
    {0},
};
static const MemberDef sysexit_members[] = {
    {"code", 0, get_code, set_code, "exception code", KR_MEMBER_PLAIN},
    {0},
};

/* ---- SyntaxError's fields (helper "builtins": compile()/exec() raise them) ----
 * SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
 * keeps the parts as attributes (None when absent), and str() is
 * "msg (file, line N)" with the file's basename, as CPython's SyntaxError_str. */
static int syntax_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (exc_init(th, self, args, nargs, kwnames) < 0)
        return -1;
    static const char *const names[] = {"msg", "filename", "lineno", "offset", "text",
                                        "end_lineno", "end_offset", "print_file_and_line"};
    Value vals[8] = {KR_NONE, KR_NONE, KR_NONE, KR_NONE, KR_NONE, KR_NONE, KR_NONE, KR_NONE};
    if (nargs >= 1)
        vals[0] = args[0];
    if (nargs == 2) {
        /* any sequence of 4 to 6 details, as CPython's "OOOO|OO" */
        Value dv = kr_vm_call(th, kr_from_obj(&kr_tuple_type), &args[1], 1, NULL);
        if (!dv)
            return -1;
        Tuple *d = kr_as_tuple(dv);
        if (d->size < 4 || d->size > 6) {
            kr_err_format(th, &kr_exc_TypeError, "function takes %s %d arguments (%lld given)",
                          d->size < 4 ? "at least" : "at most", d->size < 4 ? 4 : 6,
                          (long long)d->size);
            return -1;
        }
        if (d->size == 5) {
            kr_err_set_string(th, &kr_exc_TypeError,
                              "end_offset must be provided when end_lineno is provided");
            return -1;
        }
        for (int64_t i = 0; i < d->size; i++)
            vals[1 + i] = d->items[i];
    }
    for (int i = 0; i < 8; i++) {
        Str *n = kr_str_intern_cstr(th, names[i]);
        if (!n || kr_object_generic_setattr(th, self, n, vals[i]) < 0)
            return -1;
    }
    return 0;
}

static Value syntax_attr(Thread *th, Value self, const char *name)
{
    Str *n = kr_str_intern_cstr(th, name);
    Dict *d = ((Exc *)kr_as_obj(self))->dict;
    Value v = n && d ? kr_dict_get_str(d, n) : KR_VALUE_NULL;
    return v ? v : KR_NONE;
}

static Value syntax_str(Thread *th, Value self)
{
    Value msg = syntax_attr(th, self, "msg"), file = syntax_attr(th, self, "filename");
    Value line = syntax_attr(th, self, "lineno");
    Value ms = kr_object_str(th, msg);     /* SyntaxError(): 'None', as CPython */
    if (!ms)
        return KR_VALUE_NULL;
    bool has_file = kr_is_str(file), has_line = kr_is_int(line) && !kr_is_bool(line);
    if (!has_file && !has_line)
        return ms;
    Buf b;
    kr_buf_init(&b);
    kr_str_to_buf(&b, kr_as_str(ms));
    kr_buf_puts(&b, " (");
    if (has_file) {
        Str *f = kr_as_str(file);
        int64_t start = 0;
        for (int64_t i = 0; i < f->len; i++)
            if (kr_str_char(f, i) == '/')
                start = i + 1;
        Str *base = kr_str_substr(th, f, start, f->len);
        if (!base) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        kr_str_to_buf(&b, base);
    }
    if (has_line) {
        int64_t n = 0;
        if (kr_int_as_i64(th, line, &n) < 0) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        kr_buf_printf(&b, "%sline %lld", has_file ? ", " : "", (long long)n);
    }
    kr_buf_putc(&b, ')');
    Str *r = kr_str_from_buf(th, &b);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value exc_with_traceback(Thread *th, Value unused, const Value *args, size_t nargs,
                                Tuple *kwnames)
{
    if (kr_call_check_args(th, "with_traceback", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    ((Exc *)kr_as_obj(args[0]))->traceback = args[1];
    return args[0];
}

/* The dict goes along once the instance has one, as in CPython, so that
 * copy and pickle keep attributes set after construction. */
Value kr_exception_reduce_with(Thread *th, Value exc, Tuple *args)
{
    Dict *d = ((Exc *)kr_as_obj(exc))->dict;
    Value items[3] = {kr_from_obj(kr_type_of(exc)), kr_from_obj(args),
                      d ? kr_from_obj(d) : KR_NONE};
    Tuple *t = kr_tuple_from_array(th, items, d ? 3 : 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value exc_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                        Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "BaseException.__reduce__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return kr_exception_reduce_with(th, args[0], ((Exc *)kr_as_obj(args[0]))->args);
}

/* __setstate__(state): state's items become attributes (None: nothing). */
static Value exc_setstate(Thread *th, Value unused, const Value *args, size_t nargs,
                          Tuple *kwnames)
{
    if (kr_argparse_one(th, "BaseException.__setstate__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (args[1] == KR_NONE)
        return KR_NONE;
    if (!kr_is_dict(args[1])) {
        kr_err_set_string(th, &kr_exc_TypeError, "state is not a dictionary");
        return KR_VALUE_NULL;
    }
    Dict *d = kr_as_dict(args[1]);
    Value key, value;
    for (int64_t pos = 0; kr_dict_next(d, &pos, &key, &value);) {
        if (!kr_is_str(key)) {
            kr_err_format(th, &kr_exc_TypeError, "attribute name must be string, not '%s'",
                          kr_type_name(key));
            return KR_VALUE_NULL;
        }
        if (kr_object_setattr(th, args[0], kr_as_str(key), value) < 0)
            return KR_VALUE_NULL;
    }
    return KR_NONE;
}

static const MethodDef exc_methods[] = {
    {"__reduce__", exc_reduce, "($self, /)", NULL, 0},
    {"__setstate__", exc_setstate, "($self, state, /)", NULL, 0},
    {"with_traceback", exc_with_traceback, "($self, tb, /)", NULL, 0},
    {"add_note", kr_exception_add_note, "($self, note, /)", NULL, 0},
    {0},
};

#define kr_exc_object kr_object_type
#define KR_EXC(n, b)                                                                  \
    Type kr_exc_##n = {                                                               \
        .hdr = {&kr_type_type},                                                       \
        .name = #n,                                                                   \
        .base = &kr_exc_##b,                                                          \
        .size = sizeof(Exc),                                                          \
        .dict_offset = offsetof(Exc, dict),                                           \
        .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS | KR_TYPE_IMMUTABLE,         \
        .new_ = exc_new,                                                              \
        .init = exc_init,                                                             \
        .repr = exc_repr,                                                             \
        .str = exc_str,                                                               \
        .getattr = kr_object_generic_getattr,                                         \
        .setattr = kr_object_generic_setattr,                                         \
        .members = exc_members,                                                       \
        .methods = exc_methods,                                                       \
    };
#include "objects/exceptions.def"
#undef KR_EXC

static Type *const all_exceptions[] = {
#define KR_EXC(n, b) &kr_exc_##n,
#include "objects/exceptions.def"
#undef KR_EXC
};

int kr_exception_init(Thread *th, Dict *builtins)
{
    /* Only BaseException declares the common members: subclasses inherit
     * them through the MRO. */
    for (size_t i = 1; i < KR_ARRAY_LEN(all_exceptions); i++) {
        all_exceptions[i]->members = NULL;
        all_exceptions[i]->methods = NULL;
    }
    kr_exc_StopIteration.members = stopiter_members;
    kr_exc_SystemExit.members = sysexit_members;
    Type *const syntax[] = {&kr_exc_SyntaxError, &kr_exc_IndentationError, &kr_exc_TabError};
    for (size_t i = 0; i < KR_ARRAY_LEN(syntax); i++) {
        syntax[i]->init = syntax_init;
        syntax[i]->str = syntax_str;
    }
    kr_exception_group_setup();
    kr_oserror_prepare();   /* stdlib-os: OSError's fields and errno subclasses */
    kr_unicodeerror_prepare();   /* stdlib-os: encoding/object/start/end/reason */
    kr_importerror_prepare();    /* imp: msg/name/path */
    kr_nameerror_prepare();      /* conf: NameError.name, AttributeError.name/.obj */
    for (size_t i = 0; i < KR_ARRAY_LEN(all_exceptions); i++) {
        Type *t = all_exceptions[i];
        if (kr_type_ready(th, t) < 0)
            return -1;
        Str *name = kr_str_intern_cstr(th, t->name);
        if (!name || kr_dict_set_str(th, builtins, name, kr_from_obj(t)) < 0)
            return -1;
    }
    if (kr_exception_group_finish(th) < 0)
        return -1;
    /* stdlib-os: the historical aliases of OSError */
    Str *env = kr_str_intern_cstr(th, "EnvironmentError"), *io = kr_str_intern_cstr(th, "IOError");
    if (!env || !io || kr_dict_set_str(th, builtins, env, kr_from_obj(&kr_exc_OSError)) < 0 ||
        kr_dict_set_str(th, builtins, io, kr_from_obj(&kr_exc_OSError)) < 0)
        return -1;
    return kr_type_ready(th, &kr_traceback_type);
}

int kr_exception_add_tb(Thread *th, Value exc, Frame *f, uint32_t pc, int lineno)
{
    Traceback *tb = kr_gc_alloc(sizeof *tb);
    if (!tb)
        return -1;   /* a traceback entry is lost; the exception itself stands */
    tb->hdr.type = &kr_traceback_type;
    Exc *e = (Exc *)kr_as_obj(exc);
    tb->next = e->traceback;
    tb->code = kr_from_obj(f->code);
    tb->pc = pc;
    tb->lasti = (int64_t)pc * 2;
    tb->lineno = lineno;
    tb->rec = f;
    tb->regs = f->regs;
    tb->globals = f->globals;
    tb->builtins = f->builtins;
    tb->locals = f->locals;
    e->traceback = kr_from_obj(tb);
    kr_frame_note_tb(f);      /* its return keeps the locals for tb_frame */
    return 0;
}

static Value tb_lineno(Thread *th, Value self) { return kr_from_smallint(((Traceback *)kr_as_obj(self))->lineno); }
static Value tb_next(Thread *th, Value self) { return ((Traceback *)kr_as_obj(self))->next; }

/* tb.tb_next = None or a traceback (unittest trims its own frames this
 * way); CPython's tb_next_set, with its loop check. */
static int tb_set_next(Thread *th, Value self, Str *unused, Value v)
{
    if (!v) {
        kr_err_set_string(th, &kr_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v != KR_NONE && !kr_is_type(v, &kr_traceback_type)) {
        kr_err_format(th, &kr_exc_TypeError, "expected traceback object or None, got '%s'",
                      kr_type_name(v));
        return -1;
    }
    for (Value c = v; c != KR_NONE; c = ((Traceback *)kr_as_obj(c))->next)
        if (c == self) {
            kr_err_set_string(th, &kr_exc_ValueError, "traceback loop detected");
            return -1;
        }
    ((Traceback *)kr_as_obj(self))->next = v;
    return 0;
}

static Value tb_lasti(Thread *th, Value self)
{
    return kr_from_smallint(((Traceback *)kr_as_obj(self))->lasti);
}

/* types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno): an entry
 * for a frame object the caller has (CPython's tb_new). */
static Value tb_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno", NULL};
    static const ArgSpec spec = {"TracebackType", names, 0, 4, 4};
    Value v[4] = {0, 0, 0, 0};
    if (kr_argparse(th, &spec, args, nargs, kw, v) < 0)
        return KR_VALUE_NULL;
    if (v[0] != KR_NONE && !kr_is_type(v[0], &kr_traceback_type))
        return kr_err_type_error(th, "expected traceback object or None, got '%s'",
                                 kr_type_name(v[0]));
    if (!kr_is_type(v[1], &kr_frame_type))
        return kr_err_type_error(th, "TracebackType() argument 'tb_frame' must be frame, not %s",
                                 kr_type_name(v[1]));
    int64_t lasti, lineno;
    Value code = kr_object_getattr(th, v[1], kr_str_intern_cstr(th, "f_code"));
    Value globals = code ? kr_object_getattr(th, v[1], kr_str_intern_cstr(th, "f_globals"))
                         : KR_VALUE_NULL;
    if (!globals || kr_int_as_i64(th, v[2], &lasti) < 0 || kr_int_as_i64(th, v[3], &lineno) < 0)
        return KR_VALUE_NULL;
    Traceback *tb = kr_gc_alloc(sizeof *tb);
    if (!tb) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    tb->hdr.type = &kr_traceback_type;
    tb->next = v[0];
    tb->frame = v[1];
    tb->code = code;
    tb->lasti = lasti;
    tb->pc = lasti >= 0 ? (uint32_t)(lasti / 2) : 0;
    tb->lineno = (int)lineno;
    tb->globals = kr_dict_check(globals) ? kr_as_dict(globals) : NULL;
    return kr_from_obj(tb);
}

static Value tb_frame(Thread *th, Value self)
{
    Traceback *tb = (Traceback *)kr_as_obj(self);
    if (!tb->frame)
        tb->frame = kr_frame_object_of_tb(th, tb);
    return tb->frame;
}

static const MemberDef tb_members[] = {
    {"tb_frame", 0, tb_frame, NULL, NULL, 0},
    {"tb_lasti", 0, tb_lasti, NULL, NULL, 0},
    {"tb_lineno", 0, tb_lineno, NULL, NULL, 0},
    {"tb_next", 0, tb_next, tb_set_next, NULL, 0},
    {0},
};

Type kr_traceback_type = {
    .hdr = {&kr_type_type},
    .name = "traceback",
    .size = sizeof(Traceback),
    .new_ = tb_new,
    .members = tb_members,
};
