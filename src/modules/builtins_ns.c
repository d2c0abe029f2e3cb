/*
 * builtins_ns.c -- the builtins that work on namespaces and code: exec,
 * eval, compile, globals, locals, vars, dir, input and breakpoint.
 *
 * exec and eval run a code object in a frame whose LOAD_NAME namespace is
 * the locals argument.  That namespace must be a dict: the instructions
 * read it with dict operations (frame.h), so another mapping as locals is
 * refused (docs/differences.md).  The builtins of the run are taken from
 * globals['__builtins__'] (a module or a dict), which is inserted when
 * missing, as CPython does.
 */
#include <string.h>

#include "compile/compile.h"
#include "core/arena.h"
#include "core/state.h"
#include "gc/gc.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parse/parse.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/vm.h"

#define FUNC(name) \
    static Value name(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)

/* compile()'s flag bits (CPython's PyCF_*). */
enum {
    CF_ONLY_AST = 0x400, CF_TYPE_COMMENTS = 0x1000, CF_TOP_LEVEL_AWAIT = 0x2000,
    CF_INCOMPLETE_INPUT = 0x4000, CF_FUTURE_MASK = 0x1fe0000, CF_NESTED = 0x10,
};

/* ---- compiling source text ------------------------------------------------------------ */

static void raise_syntax_error(Thread *th, const SyntaxErr *e, const char *filename)
{
    Str *msg = kr_str_from_cstr(th, e->msg ? e->msg : "invalid syntax");
    Str *file = kr_str_from_cstr(th, filename);
    Str *text = e->text ? kr_str_from_cstr(th, e->text) : NULL;
    if (!msg || !file)
        return;
    Value details[6] = {kr_from_obj(file), kr_from_smallint(e->lineno), kr_from_smallint(e->offset),
                        text ? kr_from_obj(text) : KR_NONE, kr_from_smallint(e->end_lineno),
                        kr_from_smallint(e->end_offset)};
    Tuple *dt = kr_tuple_from_array(th, details, 6);
    if (!dt)
        return;
    Value a[2] = {kr_from_obj(msg), kr_from_obj(dt)};
    Type *t = e->kind == SYNERR_INDENTATION ? &kr_exc_IndentationError
            : e->kind == SYNERR_TAB ? &kr_exc_TabError : &kr_exc_SyntaxError;
    Value exc = kr_exception_new(th, t, a, 2);
    if (exc)
        kr_err_set(th, exc);
}

/* 'single' takes one statement: simple statements joined by ';' count as
 * one, another line does not (CPython's tokenizer check). */
static bool more_than_one_statement(Mod *mod, const char *src, size_t len)
{
    StmtSeq *body = mod->v.Interactive.body;
    if (!body || body->n == 0)
        return false;
    for (int i = 1; i < body->n; i++)
        if (body->items[i]->lineno > body->items[0]->end_lineno)
            return true;
    /* Anything but blanks and comments after the last statement? */
    Stmt *last = body->items[body->n - 1];
    const char *p = src, *end = src + len;
    for (int line = 1; line < last->end_lineno && p < end; p++)
        if (*p == '\n')
            line++;
    p += last->end_col_offset;
    for (bool comment = false; p < end; p++) {
        if (*p == '\n')
            comment = false;
        else if (*p == '#')
            comment = true;
        else if (!comment && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\f' && *p != ';')
            return true;
    }
    return false;
}

/* Compile src[0..len) in the given mode; NULL with an exception
 * (SyntaxError, RecursionError, ...). */
static Code *compile_text(Thread *th, const char *src, size_t len, bool is_bytes,
                          const char *filename, ParseMode mode, int future_flags)
{
    Arena *arena = kr_arena_new();
    ParseResult pr = kr_parse_source(arena, src, len, is_bytes, filename, mode);
    Code *code = NULL;
    if (pr.mod && mode == PARSE_SINGLE && more_than_one_statement(pr.mod, src, len)) {
        Stmt *first = pr.mod->v.Interactive.body->items[0];
        memset(&pr.err, 0, sizeof pr.err);
        pr.err.msg = "multiple statements found while compiling a single statement";
        pr.err.lineno = pr.err.end_lineno = first->lineno;
        pr.err.offset = pr.err.end_offset = 1;
        pr.mod = NULL;
    }
    if (!pr.mod) {
        raise_syntax_error(th, &pr.err, filename);
    } else {
        SyntaxErr err;
        memset(&err, 0, sizeof err);
        CompileStatus cs = kr_compile_mod(th, arena, pr.mod, filename, src, len, future_flags,
                                          &code, &err);
        if (cs == COMPILE_SYNTAX_ERROR)
            raise_syntax_error(th, &err, filename);
        else if (cs == COMPILE_RECURSION)
            kr_err_set_string(th, &kr_exc_RecursionError,
                              "maximum recursion depth exceeded during compilation");
        if (cs != COMPILE_OK)
            code = NULL;
    }
    kr_arena_free(arena);
    return code;
}

/* The text of a source argument: str (as UTF-8), bytes or bytearray
 * (raw, PEP 263 applies).  NULL with a TypeError naming fname.  A NUL
 * byte in it is refused, as CPython 3.11 does. */
static const char *source_text(Thread *th, Value src, const char *fname, size_t *len,
                               bool *is_bytes)
{
    const char *p;
    if (kr_is_str(src)) {
        p = kr_str_utf8(th, kr_as_str(src), len);
        *is_bytes = false;
    } else if (kr_bytes_like(src)) {
        ByteView *v = KR_BYTES_VIEW(src);
        p = (const char *)v->data;
        *len = (size_t)v->len;
        *is_bytes = true;
    } else {
        kr_err_format(th, &kr_exc_TypeError, "%s() arg 1 must be a string, bytes or %s object",
                      fname, strcmp(fname, "compile") ? "code" : "AST");
        return NULL;
    }
    if (p && memchr(p, 0, *len)) {
        kr_err_set_string(th, &kr_exc_ValueError, "source code string cannot contain null bytes");
        return NULL;
    }
    return p;
}

/* ---- running code in namespaces ----------------------------------------------------------- */

/* The builtins dict a run with these globals sees: globals['__builtins__']
 * (a module's dict, or a dict), inserting the current one when missing. */
static Dict *builtins_for(Thread *th, Dict *globals)
{
    Value b = kr_dict_get_str(globals, KR_NAME(th, __builtins__));
    if (!b) {
        Dict *cur = th->frame ? th->frame->builtins : th->vm->builtins;
        if (kr_dict_set_str(th, globals, KR_NAME(th, __builtins__), kr_from_obj(cur)) < 0)
            return NULL;
        return cur;
    }
    if (kr_is_type(b, &kr_module_type))
        return ((Module *)kr_as_obj(b))->dict;
    if (kr_is_dict(b))
        return kr_as_dict(b);
    return th->vm->builtins;
}

static Value run_code(Thread *th, Code *code, Dict *globals, Dict *locals)
{
    Dict *builtins = builtins_for(th, globals);
    if (!builtins)
        return KR_VALUE_NULL;
    Frame *f = kr_frame_push(th, code, kr_frame_top(th), 0);
    if (!f)
        return KR_VALUE_NULL;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->flags |= FRAME_ENTRY;
    return kr_vm_run(th, f);
}

/* Check and default exec/eval's globals and locals: the caller's when
 * both are None, locals = globals when only locals is. */
static int namespaces(Thread *th, const char *fname, Value g, Value l, Dict **gout, Dict **lout)
{
    bool is_exec = strcmp(fname, "exec") == 0;
    if (g != KR_NONE && !kr_is_dict(g)) {
        if (is_exec)
            kr_err_format(th, &kr_exc_TypeError, "exec() globals must be a dict, not %s",
                          kr_type_name(g));
        else
            kr_err_set_string(th, &kr_exc_TypeError,
                              kr_type_of(g)->getitem ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                     : "globals must be a dict");
        return -1;
    }
    if (l != KR_NONE && !kr_type_of(l)->getitem) {
        if (is_exec)
            kr_err_format(th, &kr_exc_TypeError, "locals must be a mapping or None, not %s",
                          kr_type_name(l));
        else
            kr_err_set_string(th, &kr_exc_TypeError, "locals must be a mapping");
        return -1;
    }
    if (l != KR_NONE && !kr_is_dict(l)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "%s() locals: krait supports only a dict here, not %s", fname, kr_type_name(l));
        return -1;
    }
    if (g == KR_NONE) {
        Frame *f = th->frame;
        if (!f) {
            kr_err_format(th, &kr_exc_SystemError, "%s(): no current frame", fname);
            return -1;
        }
        *gout = f->globals;
        if (l == KR_NONE && !(l = kr_from_obj(kr_frame_locals(th, f))))
            return -1;
    } else {
        *gout = kr_as_dict(g);
        if (l == KR_NONE)
            l = g;
    }
    *lout = kr_as_dict(l);
    return 0;
}

/* exec()/eval() share everything but the mode and the result. */
static Value exec_eval(Thread *th, const char *fname, const Value *args, size_t nargs, Tuple *kw)
{
    bool is_exec = fname[1] == 'x';
    if (kw && kw->size) {
        Str *k = kr_as_str(kw->items[0]);
        if (!(is_exec && kw->size == 1 && strcmp((const char *)k->data, "closure") == 0 &&
              args[nargs] == KR_NONE)) {
            kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", fname);
            return KR_VALUE_NULL;
        }
    }
    if (nargs < 1 || nargs > 3) {
        if (is_exec)
            kr_err_format(th, &kr_exc_TypeError, "exec() takes at %s positional argument%s (%zu given)",
                          nargs ? "most 3" : "least 1", nargs ? "s" : "", nargs);
        else
            kr_err_format(th, &kr_exc_TypeError, "eval expected at %s argument%s, got %zu",
                          nargs ? "most 3" : "least 1", nargs ? "s" : "", nargs);
        return KR_VALUE_NULL;
    }
    Dict *g, *l;
    if (namespaces(th, fname, nargs > 1 ? args[1] : KR_NONE, nargs > 2 ? args[2] : KR_NONE, &g, &l) < 0)
        return KR_VALUE_NULL;
    Code *code;
    if (kr_is_type(args[0], &kr_code_type)) {
        code = (Code *)kr_as_obj(args[0]);
        if (code->nfree) {
            if (is_exec)
                kr_err_format(th, &kr_exc_TypeError,
                              "code object requires a closure of exactly length %u", code->nfree);
            else
                kr_err_set_string(th, &kr_exc_TypeError,
                                  "code object passed to eval() may not contain free variables");
            return KR_VALUE_NULL;
        }
    } else {
        if (!is_exec && !kr_is_str(args[0]) && !kr_bytes_like(args[0])) {
            kr_err_set_string(th, &kr_exc_TypeError, "eval() arg 1 must be a string, bytes or code object");
            return KR_VALUE_NULL;
        }
        size_t len;
        bool is_bytes;
        const char *src = source_text(th, args[0], fname, &len, &is_bytes);
        if (!src)
            return KR_VALUE_NULL;
        /* eval() ignores leading blanks, so an indented expression works. */
        while (!is_exec && len && (*src == ' ' || *src == '\t')) {
            src++;
            len--;
        }
        code = compile_text(th, src, len, is_bytes, "<string>", is_exec ? PARSE_FILE : PARSE_EVAL, 0);
        if (!code)
            return KR_VALUE_NULL;
    }
    Value r = run_code(th, code, g, l);
    return r && is_exec ? KR_NONE : r;
}

FUNC(builtin_exec) { return exec_eval(th, "exec", args, nargs, kw); }
FUNC(builtin_eval) { return exec_eval(th, "eval", args, nargs, kw); }

/* compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1) */
FUNC(builtin_compile)
{
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "_feature_version", NULL};
    Value kv[7] = {0, 0, 0, kr_from_smallint(0), KR_FALSE, kr_from_smallint(-1), kr_from_smallint(-1)};
    if (nargs > 6)
        return kr_err_type_error(th, "compile() takes at most 6 arguments (%zu given)", nargs);
    for (size_t i = 0; i < nargs; i++)
        kv[i] = args[i];
    if (kr_mod_parse_kwargs(th, "compile", args + nargs, kw, names, kv) < 0)
        return KR_VALUE_NULL;
    static const char *const pos[] = {"'source' (pos 1)", "'filename' (pos 2)", "'mode' (pos 3)"};
    for (int i = 0; i < 3; i++)
        if (!kv[i])
            return kr_err_type_error(th, "compile() missing required argument %s", pos[i]);
    Value fn = kv[1];
    if (!kr_is_str(fn) && !kr_bytes_like(fn))
        return kr_err_type_error(th, "expected str, bytes or os.PathLike object, not %s",
                                 kr_type_name(fn));
    if (!kr_is_str(kv[2]))
        return kr_err_type_error(th, "compile() argument 'mode' must be str, not %s",
                                 kr_type_name(kv[2]));
    int64_t flags, optimize;
    if (!kr_is_int(kv[3]))
        return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer", kr_type_name(kv[3]));
    if (!kr_is_int(kv[5]))
        return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer", kr_type_name(kv[5]));
    if (kr_int_as_i64(th, kv[3], &flags) < 0 || kr_int_as_i64(th, kv[5], &optimize) < 0)
        return KR_VALUE_NULL;
    if (flags & ~(int64_t)(CF_FUTURE_MASK | CF_NESTED | CF_ONLY_AST | CF_TYPE_COMMENTS |
                           CF_TOP_LEVEL_AWAIT | CF_INCOMPLETE_INPUT)) {
        kr_err_set_string(th, &kr_exc_ValueError, "compile(): unrecognised flags");
        return KR_VALUE_NULL;
    }
    if (optimize < -1 || optimize > 2) {
        kr_err_set_string(th, &kr_exc_ValueError, "compile(): invalid optimize value");
        return KR_VALUE_NULL;
    }
    const char *m = (const char *)kr_as_str(kv[2])->data;
    ParseMode mode = !strcmp(m, "exec") ? PARSE_FILE : !strcmp(m, "eval") ? PARSE_EVAL
                   : !strcmp(m, "single") ? PARSE_SINGLE : (ParseMode)-1;
    if (!strcmp(m, "func_type") && !(flags & CF_ONLY_AST)) {
        kr_err_set_string(th, &kr_exc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        return KR_VALUE_NULL;
    }
    if (mode == (ParseMode)-1 && strcmp(m, "func_type")) {
        kr_err_set_string(th, &kr_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        return KR_VALUE_NULL;
    }
    if (flags & CF_ONLY_AST) {
        kr_err_set_string(th, &kr_exc_NotImplementedError,
                          "compile() to an AST (ast.PyCF_ONLY_AST) is not supported yet");
        return KR_VALUE_NULL;
    }
    size_t len, fnlen;
    bool is_bytes, unused;
    const char *src = source_text(th, kv[0], "compile", &len, &is_bytes);
    const char *filename = src ? source_text(th, fn, "compile", &fnlen, &unused) : NULL;
    if (!src || !filename)
        return KR_VALUE_NULL;
    char *fname = kr_gc_alloc_atomic(fnlen + 1);
    if (!fname) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    memcpy(fname, filename, fnlen);
    fname[fnlen] = 0;
    Code *code = compile_text(th, src, len, is_bytes, fname, mode, (int)(flags & CF_FUTURE_MASK));
    return code ? kr_from_obj(code) : KR_VALUE_NULL;
}

/* ---- namespaces --------------------------------------------------------------------------- */

FUNC(builtin_globals)
{
    if (kr_call_check_args(th, "globals", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return th->frame ? kr_from_obj(th->frame->globals) : KR_NONE;
}

FUNC(builtin_locals)
{
    if (kr_call_check_args(th, "locals", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Dict *d = th->frame ? kr_frame_locals(th, th->frame) : NULL;
    return d ? kr_from_obj(d) : KR_VALUE_NULL;
}

FUNC(builtin_vars)
{
    if (kr_call_check_args(th, "vars", nargs, 0, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (nargs == 0)
        return builtin_locals(th, self, args, 0, NULL);
    Value d = kr_object_getattr(th, args[0], KR_NAME(th, __dict__));
    if (!d && kr_err_matches(th, &kr_exc_AttributeError)) {
        kr_err_clear(th);
        kr_err_set_string(th, &kr_exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

/* Add the keys of a namespace dict to the set of names. */
static int add_keys(Thread *th, Dict *names, Dict *ns)
{
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(ns, &pos, &k, &v))
        if (kr_dict_set(th, names, k, KR_NONE) < 0)
            return -1;
    return 0;
}

/* A type's attribute names: its namespace and its bases' (type.__dir__). */
static int add_type_names(Thread *th, Dict *names, Type *t)
{
    for (int64_t i = 0; t->mro && i < t->mro->size; i++) {
        Type *b = (Type *)kr_as_obj(t->mro->items[i]);
        if (b->dict && add_keys(th, names, b->dict) < 0)
            return -1;
    }
    return 0;
}

/* dir(obj) without a __dir__ of its own: object.__dir__, type.__dir__
 * and module.__dir__'s answers. */
static Value default_dir(Thread *th, Value obj)
{
    Dict *names = kr_dict_new(th);
    if (!names)
        return KR_VALUE_NULL;
    Type *t = kr_type_of(obj);
    if (t->flags & KR_TYPE_TYPE_SUBCLASS) {
        if (add_type_names(th, names, (Type *)kr_as_obj(obj)) < 0)
            return KR_VALUE_NULL;
    } else if (kr_is_type(obj, &kr_module_type)) {
        if (add_keys(th, names, ((Module *)kr_as_obj(obj))->dict) < 0)
            return KR_VALUE_NULL;
    } else {
        Value d = kr_object_getattr(th, obj, KR_NAME(th, __dict__));
        if (!d)
            kr_err_clear(th);
        else if (kr_is_dict(d) && add_keys(th, names, kr_as_dict(d)) < 0)
            return KR_VALUE_NULL;
        /* object's __class__ is answered by getattr, not found in a dict. */
        if (add_type_names(th, names, t) < 0 ||
            kr_dict_set(th, names, kr_from_obj(KR_NAME(th, __class__)), KR_NONE) < 0)
            return KR_VALUE_NULL;
    }
    return kr_from_obj(names);
}

FUNC(builtin_dir)
{
    if (kr_call_check_args(th, "dir", nargs, 0, 1, kw) < 0)
        return KR_VALUE_NULL;
    Value src;
    if (nargs == 0) {
        Dict *d = th->frame ? kr_frame_locals(th, th->frame) : NULL;
        src = d ? kr_from_obj(d) : KR_VALUE_NULL;
    } else {
        Str *dn = kr_str_intern_cstr(th, "__dir__");
        Type *t = kr_type_of(args[0]);
        Value hook = dn ? kr_type_lookup(t, dn) : KR_VALUE_NULL;
        /* object's, type's and module's own __dir__ are default_dir; any
         * other, a builtin type's (types.GenericAlias) too, is called. */
        if (hook && kr_is_type(hook, &kr_method_descr_type)) {
            Type *owner = kr_method_owner(hook);
            if (owner == &kr_object_type || owner == &kr_type_type || owner == &kr_module_type)
                hook = KR_VALUE_NULL;
        }
        if (hook && !(t->flags & KR_TYPE_TYPE_SUBCLASS))
            src = kr_vm_call_method(th, hook, args[0], NULL, 0, NULL);
        else
            src = default_dir(th, args[0]);
    }
    List *l = src ? kr_list_from_iterable(th, src) : NULL;
    if (!l || kr_list_sort(th, l, KR_NONE, false) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(l);
}

/* ---- input and breakpoint ------------------------------------------------------------------ */

static Value sys_attr(Thread *th, const char *name)
{
    Str *n = kr_str_intern_cstr(th, name);
    Value v = n ? kr_dict_get_str(th->vm->sys_module->dict, n) : KR_VALUE_NULL;
    if (!v || v == KR_NONE) {
        kr_err_format(th, &kr_exc_RuntimeError, "input(): lost sys.%s", name);
        return KR_VALUE_NULL;
    }
    return v;
}

FUNC(builtin_input)
{
    if (kw && kw->size)
        return kr_err_type_error(th, "input() takes no keyword arguments");
    if (nargs > 1)
        return kr_err_type_error(th, "input expected at most 1 argument, got %zu", nargs);
    Value in = sys_attr(th, "stdin");
    Value out = in ? sys_attr(th, "stdout") : KR_VALUE_NULL;
    if (!out)
        return KR_VALUE_NULL;
    if (nargs) {
        Value p = kr_object_str(th, args[0]);
        if (!p || kr_mod_sys_write(th, out, kr_as_str(p)) < 0)
            return KR_VALUE_NULL;
    }
    Value flush = kr_object_getattr(th, out, kr_str_intern_cstr(th, "flush"));
    if (!flush || !kr_vm_call(th, flush, NULL, 0, NULL))
        return KR_VALUE_NULL;
    Value rl = kr_object_getattr(th, in, kr_str_intern_cstr(th, "readline"));
    Value line = rl ? kr_vm_call(th, rl, NULL, 0, NULL) : KR_VALUE_NULL;
    if (!line)
        return KR_VALUE_NULL;
    if (!kr_is_str(line))
        return kr_err_type_error(th, "object.readline() returned non-string");
    Str *s = kr_as_str(line);
    if (s->len == 0) {
        kr_err_set_string(th, &kr_exc_EOFError, "EOF when reading a line");
        return KR_VALUE_NULL;
    }
    if (kr_str_char(s, s->len - 1) == '\n') {
        Str *t = kr_str_substr(th, s, 0, s->len - 1);
        return t ? kr_from_obj(t) : KR_VALUE_NULL;
    }
    return line;
}

/* breakpoint(*args, **kws): sys.breakpointhook(*args, **kws).  krait has no
 * debugger, so the default hook does nothing (docs/differences.md). */
FUNC(builtin_breakpoint)
{
    Str *n = kr_str_intern_cstr(th, "breakpointhook");
    Value hook = n ? kr_dict_get_str(th->vm->sys_module->dict, n) : KR_VALUE_NULL;
    if (!hook) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "lost sys.breakpointhook");
        return KR_VALUE_NULL;
    }
    return kr_vm_call(th, hook, args, nargs, kw);
}

/* CPython's SETUP_ANNOTATIONS, called by the code of a module or class
 * body that has annotations (compile.c): the frame calling it is that body. */
static Value setup_annotations(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    Frame *f = th->frame;
    Str *name = kr_str_intern_cstr(th, "__annotations__");
    if (!name || !f || !f->locals)
        return name ? KR_NONE : KR_VALUE_NULL;
    if (kr_dict_get_str(f->locals, name))
        return KR_NONE;
    Dict *d = kr_dict_new(th);
    if (!d || kr_dict_set_str(th, f->locals, name, kr_from_obj(d)) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

const MethodDef kr_mod_builtins_setup_annotations_def = {"setup_annotations", setup_annotations,
                                                         NULL, NULL, 0};

const MethodDef kr_mod_builtins_ns_functions[] = {
    {"exec", builtin_exec, "($module, source, globals=None, locals=None, /, *, closure=None)", NULL, 0},
    {"eval", builtin_eval, "($module, source, globals=None, locals=None, /)", NULL, 0},
    {"compile", builtin_compile, "($module, /, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)", NULL, 0},
    {"globals", builtin_globals, "($module, /)", NULL, 0},
    {"locals", builtin_locals, "($module, /)", NULL, 0},
    {"vars", builtin_vars, NULL, NULL, 0},
    {"dir", builtin_dir, NULL, NULL, 0},
    {"input", builtin_input, "($module, prompt='', /)", NULL, 0},
    {"breakpoint", builtin_breakpoint, NULL, NULL, 0},
    {0},
};
