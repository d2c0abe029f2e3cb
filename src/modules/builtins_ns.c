/*
 * builtins_ns.c -- the builtins that work on namespaces and code: exec,
 * eval, compile, globals, locals, vars, dir, input and breakpoint.
 *
 * exec and eval run a code object in a frame whose LOAD_NAME namespace is
 * the locals argument: a dict (the fast path) or any other mapping
 * (reached with item access, as a metaclass's __prepare__ namespace; frame.h).  The
 * builtins of the run are taken from globals['__builtins__'] (a module or
 * a dict), which is inserted when missing, as CPython does.
 */
#include <string.h>

#include "compile/compile.h"
#include "core/arena.h"
#include "core/state.h"
#include "gc/gc.h"
#include "modules/_ast.h"
#include "modules/modules.h"
#include "modules/posix.h"
#include "objects/buffer.h"
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
                          const char *filename, ParseMode mode, int future_flags, int optimize)
{
    Arena *arena = kr_arena_new();
    ParseOptions opt = {KR_PARSE_FEATURE_LATEST, th->vm->int_max_str_digits};
    ParseResult pr = kr_parse_source_opts(arena, src, len, is_bytes, filename, mode, &opt);
    Code *code = NULL;
    if (pr.mod && mode == PARSE_SINGLE && more_than_one_statement(pr.mod, src, len)) {
        Stmt *first = pr.mod->v.Interactive.body->items[0];
        memset(&pr.err, 0, sizeof pr.err);
        pr.err.msg = "multiple statements found while compiling a single statement";
        pr.err.lineno = pr.err.end_lineno = first->lineno;
        pr.err.offset = pr.err.end_offset = 1;
        pr.mod = NULL;
    }
    if (kr_vm_parse_warnings(th, pr.warnings, filename) < 0) {
        /* raised: a warning made an error */
    } else if (!pr.mod) {
        kr_vm_raise_syntax_error(th, &pr.err, filename);
    } else {
        SyntaxErr err;
        memset(&err, 0, sizeof err);
        CompileStatus cs = kr_compile_mod(th, arena, pr.mod, filename, src, len, future_flags,
                                          optimize, &code, &err);
        if (cs == COMPILE_SYNTAX_ERROR)
            kr_vm_raise_syntax_error(th, &err, filename);
        else if (cs == COMPILE_RECURSION)
            kr_err_set_string(th, &kr_exc_RecursionError,
                              "maximum recursion depth exceeded during compilation");
        if (cs != COMPILE_OK)
            code = NULL;
    }
    kr_arena_free(arena);
    return code;
}

/* compile(..., PyCF_ONLY_AST): the parse tree as _ast objects (_ast.c).
 * Only syntax errors are raised; the compiler's own checks do not run. */
static Value parse_to_ast(Thread *th, const char *src, size_t len, bool is_bytes,
                          const char *filename, ParseMode mode, int feature_version)
{
    Arena *arena = kr_arena_new();
    ParseOptions opt = {feature_version, th->vm->int_max_str_digits};
    ParseResult pr = kr_parse_source_opts(arena, src, len, is_bytes, filename, mode, &opt);
    if (pr.mod && mode == PARSE_SINGLE && more_than_one_statement(pr.mod, src, len)) {
        Stmt *first = pr.mod->v.Interactive.body->items[0];
        memset(&pr.err, 0, sizeof pr.err);
        pr.err.msg = "multiple statements found while compiling a single statement";
        pr.err.lineno = pr.err.end_lineno = first->lineno;
        pr.err.offset = pr.err.end_offset = 1;
        pr.mod = NULL;
    }
    Value tree = KR_VALUE_NULL;
    if (kr_vm_parse_warnings(th, pr.warnings, filename) < 0)
        ;   /* raised: a warning made an error */
    else if (!pr.mod)
        kr_vm_raise_syntax_error(th, &pr.err, filename);
    else
        tree = kr_mod__ast_from_mod(th, pr.mod);
    kr_arena_free(arena);
    return tree;
}

/* The text of a source argument: str (as UTF-8), bytes or bytearray
 * (raw, PEP 263 applies).  NULL with a TypeError naming fname.  A NUL
 * byte in it is refused, as CPython 3.11 does. */
static const char *source_text(Thread *th, Value src, const char *fname, size_t *len,
                               bool *is_bytes)
{
    const char *p;
    if (kr_str_check(src)) {
        p = kr_str_utf8(th, kr_as_str(src), len);
        *is_bytes = false;
    } else if (kr_bytes_like(src)) {
        ByteView *v = KR_BYTES_VIEW(src);
        p = (const char *)v->data;
        *len = (size_t)v->len;
        *is_bytes = true;
    } else if (kr_buffer_check(src)) {      /* memoryview, array: a copy of the bytes */
        Buffer view;
        if (kr_buffer_get(th, src, &view, KR_BUF_SIMPLE) < 0)
            return NULL;
        char *copy = kr_gc_alloc_atomic((size_t)view.len + 1);
        if (copy) {
            memcpy(copy, view.buf, (size_t)view.len);
            copy[view.len] = 0;
        }
        *len = (size_t)view.len;
        kr_buffer_release(&view);
        if (!copy) {
            kr_err_no_memory(th);
            return NULL;
        }
        p = copy;
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
    if (kr_dict_check(b))     /* a subclass's own __getitem__ is not consulted */
        return kr_as_dict(b);
    return th->vm->builtins;
}

/* locals: a dict, or any other mapping (LOAD_NAME then uses item access).
 * closure: NULL, or the cells for a code object's free variables, which
 * the frame reads through a function made for the run (COPY_FREE_VARS). */
static Value run_code(Thread *th, Code *code, Dict *globals, Value locals, Tuple *closure)
{
    Dict *builtins = builtins_for(th, globals);
    if (!builtins)
        return KR_VALUE_NULL;
    Function *func = NULL;
    if (closure) {
        if (!(func = kr_function_new(th, code, globals, NULL)))
            return KR_VALUE_NULL;
        func->closure = closure;
        func->builtins = builtins;
    }
    Frame *f = kr_frame_push(th, code, kr_frame_top(th), 0);
    if (!f)
        return KR_VALUE_NULL;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = (Dict *)kr_as_obj(locals);    /* any mapping (frame.h) */
    f->flags |= FRAME_ENTRY;
    return kr_vm_run(th, f);
}

/* exec's closure= for a code object with n free variables: a tuple of
 * exactly n cells (CPython's builtin_exec_impl checks). */
static int check_closure(Thread *th, Code *code, Value closure)
{
    if (!code->nfree) {
        if (closure == KR_NONE)
            return 0;
        kr_err_set_string(th, &kr_exc_TypeError, "cannot use a closure with this code object");
        return -1;
    }
    bool ok = closure != KR_NONE && kr_is_tuple(closure) &&
              kr_as_tuple(closure)->size == (int64_t)code->nfree;
    for (int64_t i = 0; ok && i < kr_as_tuple(closure)->size; i++)
        ok = kr_is_type(kr_as_tuple(closure)->items[i], &kr_cell_type);
    if (!ok) {
        kr_err_format(th, &kr_exc_TypeError, "code object requires a closure of exactly length %u",
                      code->nfree);
        return -1;
    }
    return 0;
}

/* Check and default exec/eval's globals and locals: the caller's when
 * both are None, locals = globals when only locals is. */
static int namespaces(Thread *th, const char *fname, Value g, Value l, Dict **gout, Value *lout)
{
    bool is_exec = strcmp(fname, "exec") == 0;
    if (g != KR_NONE && !kr_dict_check(g)) {
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
    if (g == KR_NONE) {
        Frame *f = th->frame;
        if (!f) {
            kr_err_format(th, &kr_exc_SystemError, "%s(): no current frame", fname);
            return -1;
        }
        *gout = f->globals;
        if (l == KR_NONE && !(l = kr_frame_locals(th, f)))
            return -1;
    } else {
        *gout = kr_as_dict(g);
        if (l == KR_NONE)
            l = g;
    }
    *lout = l;
    return 0;
}

/* exec()/eval() share everything but the mode and the result. */
static Value exec_eval(Thread *th, const char *fname, const Value *args, size_t nargs, Tuple *kw)
{
    bool is_exec = fname[1] == 'x';
    Value closure = KR_NONE;
    /* exec counts its positional arguments before looking at keywords
     * (_PyArg_UnpackKeywords); eval refuses keywords first */
    if (is_exec && (nargs < 1 || nargs > 3)) {
        kr_err_format(th, &kr_exc_TypeError, "exec() takes at %s positional argument%s (%zu given)",
                      nargs ? "most 3" : "least 1", nargs ? "s" : "", nargs);
        return KR_VALUE_NULL;
    }
    if (kw && kw->size) {
        Str *k = kr_as_str(kw->items[0]);
        if (!is_exec) {
            kr_err_set_string(th, &kr_exc_TypeError, "eval() takes no keyword arguments");
            return KR_VALUE_NULL;
        }
        if (kw->size > 1 || strcmp((const char *)k->data, "closure") != 0) {
            Str *bad = kr_as_str(kw->items[strcmp((const char *)k->data, "closure") ? 0 : 1]);
            kr_err_format(th, &kr_exc_TypeError, "'%U' is an invalid keyword argument for exec()", bad);
            return KR_VALUE_NULL;
        }
        closure = args[nargs];
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
    Dict *g;
    Value l;
    if (namespaces(th, fname, nargs > 1 ? args[1] : KR_NONE, nargs > 2 ? args[2] : KR_NONE, &g, &l) < 0)
        return KR_VALUE_NULL;
    Code *code;
    if (kr_is_type(args[0], &kr_code_type)) {
        code = (Code *)kr_as_obj(args[0]);
        if (is_exec && check_closure(th, code, closure) < 0)
            return KR_VALUE_NULL;
        if (!is_exec && code->nfree) {
            kr_err_set_string(th, &kr_exc_TypeError,
                              "code object passed to eval() may not contain free variables");
            return KR_VALUE_NULL;
        }
    } else {
        if (closure != KR_NONE) {
            kr_err_set_string(th, &kr_exc_TypeError,
                              "closure can only be used when source is a code object");
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
        /* The caller's __future__ features apply, as CPython merges them. */
        int future = th->frame ? (int)(th->frame->code->flags & CF_FUTURE_MASK) : 0;
        code = compile_text(th, src, len, is_bytes, "<string>", is_exec ? PARSE_FILE : PARSE_EVAL,
                            future, -1);
        if (!code)
            return KR_VALUE_NULL;
    }
    Value r = run_code(th, code, g, l, code->nfree ? kr_as_tuple(closure) : NULL);
    return r && is_exec ? KR_NONE : r;
}

FUNC(builtin_exec) { return exec_eval(th, "exec", args, nargs, kw); }
FUNC(builtin_eval) { return exec_eval(th, "eval", args, nargs, kw); }

/* compile(tree, ...): a tree of _ast node objects, converted into a C AST
 * (_ast.c) and compiled as parsed source would be. */
static Value compile_tree(Thread *th, Value tree, Value fn, ParseMode mode, int64_t flags,
                          Value dont_inherit, int optimize)
{
    size_t fnlen;
    bool unused;
    const char *filename = source_text(th, fn, "compile", &fnlen, &unused);
    char *fname = filename ? kr_gc_alloc_atomic(fnlen + 1) : NULL;
    if (!fname)
        return filename ? kr_err_no_memory(th), KR_VALUE_NULL : KR_VALUE_NULL;
    memcpy(fname, filename, fnlen);
    fname[fnlen] = 0;
    int truth = kr_object_truth(th, dont_inherit);
    if (truth < 0)
        return KR_VALUE_NULL;
    int future = (int)(flags & CF_FUTURE_MASK);
    if (!truth && th->frame)
        future |= (int)(th->frame->code->flags & CF_FUTURE_MASK);
    Arena *arena = kr_arena_new();
    Mod *mod = kr_mod__ast_to_mod(th, arena, tree, mode == PARSE_FILE ? 0 : mode == PARSE_EVAL ? 1 : 2);
    Code *code = NULL;
    if (mod) {
        SyntaxErr err;
        memset(&err, 0, sizeof err);
        CompileStatus cs = kr_compile_mod(th, arena, mod, fname, "", 0, future, (int)optimize,
                                          &code, &err);
        if (cs == COMPILE_SYNTAX_ERROR)
            kr_vm_raise_syntax_error(th, &err, fname);
        else if (cs == COMPILE_RECURSION)
            kr_err_set_string(th, &kr_exc_RecursionError,
                              "maximum recursion depth exceeded during compilation");
        if (cs != COMPILE_OK)
            code = NULL;
    }
    kr_arena_free(arena);
    return code ? kr_from_obj(code) : KR_VALUE_NULL;
}

/* compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1) */
FUNC(builtin_compile)
{
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "_feature_version", NULL};
    Value kv[7] = {0, 0, 0, kr_from_smallint(0), KR_FALSE, kr_from_smallint(-1), kr_from_smallint(-1)};
    if (nargs > 6)      /* _feature_version is keyword-only */
        return kr_err_type_error(th, "compile() takes at most 6 positional arguments (%zu given)", nargs);
    if (kr_mod_bind_args(th, "compile", args, nargs, kw, names, 3, kv) < 0)
        return KR_VALUE_NULL;
    Value fn = kv[1];
    /* the file name as PyUnicode_FSDecoder takes it: str, bytes, os.PathLike */
    if (!kr_is_str(fn) && !kr_bytes_like(fn) && !(fn = kr_posix_fspath(th, fn)))
        return KR_VALUE_NULL;
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
        kr_err_set_string(th, &kr_exc_ValueError, flags & CF_ONLY_AST
                          ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                          : "compile() mode must be 'exec', 'eval' or 'single'");
        return KR_VALUE_NULL;
    }
    if (mode == (ParseMode)-1) {
        kr_err_set_string(th, &kr_exc_NotImplementedError,
                          "compile() mode 'func_type' is not supported yet");
        return KR_VALUE_NULL;
    }
    if (kr_mod__ast_is_node(th, kv[0]))
        return flags & CF_ONLY_AST ? kv[0] : compile_tree(th, kv[0], fn, mode, flags, kv[4], (int)optimize);
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
    if (flags & CF_ONLY_AST) {
        /* _feature_version: the 3.x grammar ast.parse(feature_version=) asks for */
        int64_t fv = KR_PARSE_FEATURE_LATEST;
        if (kr_is_int(kv[6]) && kr_int_as_i64(th, kv[6], &fv) < 0)
            return KR_VALUE_NULL;
        if (fv < 0 || fv > KR_PARSE_FEATURE_LATEST)
            fv = KR_PARSE_FEATURE_LATEST;
        return parse_to_ast(th, src, len, is_bytes, fname, mode, (int)fv);
    }
    /* Without dont_inherit, the calling code's __future__ features apply. */
    int truth = kr_object_truth(th, kv[4]);
    if (truth < 0)
        return KR_VALUE_NULL;
    int future = (int)(flags & CF_FUTURE_MASK);
    if (!truth && th->frame)
        future |= (int)(th->frame->code->flags & CF_FUTURE_MASK);
    Code *code = compile_text(th, src, len, is_bytes, fname, mode, future, (int)optimize);
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
    return th->frame ? kr_frame_locals(th, th->frame) : KR_NONE;
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
        src = th->frame ? kr_frame_locals(th, th->frame) : KR_VALUE_NULL;
        /* a mapping namespace: its keys */
        if (src && !kr_is_dict(src)) {
            Str *k = kr_str_intern_cstr(th, "keys");
            Value keys = k ? kr_object_getattr(th, src, k) : KR_VALUE_NULL;
            src = keys ? kr_vm_call(th, keys, NULL, 0, NULL) : KR_VALUE_NULL;
        }
    } else {
        Str *dn = kr_str_intern_cstr(th, "__dir__");
        Type *t = kr_type_of(args[0]);
        Value hook = dn ? kr_type_lookup(t, dn) : KR_VALUE_NULL;
        /* object's and type's own __dir__ are default_dir; any other, a
         * builtin type's (module's, types.GenericAlias's) too, is called. */
        if (hook && kr_is_type(hook, &kr_method_descr_type)) {
            Type *owner = kr_method_owner(hook);
            if (owner == &kr_object_type || owner == &kr_type_type)
                hook = KR_VALUE_NULL;
        }
        if (hook)               /* a metaclass's __dir__ answers for its classes */
            src = kr_vm_call_special(th, hook, args[0], NULL, 0);
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
    /* A failing flush is ignored, as CPython's input() does. */
    Value flush = kr_object_getattr(th, out, kr_str_intern_cstr(th, "flush"));
    if (!flush || !kr_vm_call(th, flush, NULL, 0, NULL))
        kr_err_clear(th);
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
    if (!name || !f)
        return name ? KR_NONE : KR_VALUE_NULL;
    Dict *d;
    if (!f->locals)
        return KR_NONE;
    if (kr_is_dict(kr_from_obj(f->locals))) {
        if (kr_dict_get_str(f->locals, name))
            return KR_NONE;
        d = kr_dict_new(th);
        return d && kr_dict_set_str(th, f->locals, name, kr_from_obj(d)) == 0 ? KR_NONE
                                                                              : KR_VALUE_NULL;
    }
    /* a mapping namespace (exec): look with item access, as CPython does */
    Value ns = kr_from_obj(f->locals);
    Value v = kr_object_getitem(th, ns, kr_from_obj(name));
    if (v)
        return KR_NONE;
    if (!kr_err_matches(th, &kr_exc_KeyError))
        return KR_VALUE_NULL;
    kr_err_clear(th);
    d = kr_dict_new(th);
    return d && kr_object_setitem(th, ns, kr_from_obj(name), kr_from_obj(d)) == 0
               ? KR_NONE : KR_VALUE_NULL;
}

const MethodDef kr_mod_builtins_setup_annotations_def = {"setup_annotations", setup_annotations,
                                                         NULL, NULL, 0};

/* exit() and quit(): what the site module gives CPython's builtins --
 * SystemExit(code).  (CPython's are Quitter instances that also close
 * sys.stdin; here they are plain builtins: docs/differences.md.) */
static Value builtin_exit(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "exit", nargs, 0, 1, kw) < 0)
        return KR_VALUE_NULL;
    Value e = kr_exception_new(th, &kr_exc_SystemExit, args, nargs);
    if (e)
        kr_err_set(th, e);
    return KR_VALUE_NULL;
}

const MethodDef kr_mod_builtins_ns_functions[] = {
    {"__import__", kr_vm_builtin_import, "($module, /, name, globals=None, locals=None, fromlist=(), level=0)", NULL, 0},
    {"exit", builtin_exit, "($module, code=None, /)", NULL, 0},
    {"quit", builtin_exit, "($module, code=None, /)", NULL, 0},
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
