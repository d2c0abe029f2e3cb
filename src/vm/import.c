/*
 * import.c -- the import system, first cut: built-in modules, then .py
 * files and packages found on sys.path.
 *
 *   import a.b.c     imports a, a.b, a.b.c in turn (each parent first, as
 *                    CPython does), binds a;  `import a.b as x` binds a.b
 *   from a.b import c    c is an attribute of a.b, or its submodule a.b.c
 *
 * A module is registered in sys.modules before its body runs (so circular
 * imports see the partial module, as in CPython) and removed again if the
 * body raises.  A module's code comes from its bytecode cache when that is
 * valid (vm/pyc.c), else from compiling its source.  sys.path is CPython's (see kr_vm_set_script_path): the
 * script's directory, PYTHONPATH, krait's lib/, then /usr/lib/python3.11,
 * whose pure-Python modules run unchanged on krait's C modules.
 */
#include "vm/vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compile/compile.h"
#include "core/arena.h"
#include "core/buf.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/importerror.h"
#include "objects/int.h"
#include "modules/modules.h"
#include "modules/sys.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "parse/parse.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread.h"
#include "vm/frame.h"
#include "vm/pyc.h"

/* Where CPython 3.11's pure-Python standard library lives. */
#define KR_STDLIB_PREFIX "/usr"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Buf b;
    kr_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        kr_buf_write(&b, chunk, n);
    fclose(f);
    *len = b.len;
    if (!b.data)
        kr_buf_putc(&b, 0), b.len = 0;
    return b.data;
}

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* The exception for a compile-time error in source from `filename`: a
 * SyntaxError (or subclass) with CPython's fields, or MemoryError for the
 * parser's stack overflow.  Used by import and by compile()/exec(). */
void kr_vm_raise_syntax_error(Thread *th, const SyntaxErr *e, const char *filename)
{
    if (e->kind == SYNERR_MEMORY) {         /* the parser's stack overflow */
        Str *m = e->msg && *e->msg ? kr_str_from_cstr(th, e->msg) : NULL;
        Value a = m ? kr_from_obj(m) : KR_VALUE_NULL;
        Value exc = kr_exception_new(th, &kr_exc_MemoryError, &a, m ? 1 : 0);
        if (exc)
            kr_err_set(th, exc);
        return;
    }
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

int kr_vm_parse_warnings(Thread *th, const struct ParseWarning *w, const char *filename)
{
    for (; w; w = w->next) {
        Str *mn = kr_str_intern_cstr(th, "_warnings"), *fn = kr_str_intern_cstr(th, "warn_explicit");
        Value mod = mn ? kr_vm_import(th, mn, true) : KR_VALUE_NULL;
        Value f = mod && fn ? kr_object_getattr(th, mod, fn) : KR_VALUE_NULL;
        Str *m = f ? kr_str_from_cstr(th, w->msg) : NULL;
        Str *file = m ? kr_str_from_cstr(th, filename) : NULL;
        if (!file)
            return -1;
        Value args[4] = {kr_from_obj(m), kr_from_obj(&kr_exc_DeprecationWarning),
                         kr_from_obj(file), kr_from_smallint(w->lineno)};
        if (kr_vm_call(th, f, args, 4, NULL))
            continue;
        if (!kr_err_matches(th, &kr_exc_DeprecationWarning))
            return -1;
        /* an "error" filter: a SyntaxError at the literal reports better */
        kr_err_clear(th);
        const char *text = w->text;
        int col = text ? kr_diag_char_offset(text, w->col_offset) : w->col_offset;
        int end = w->end_col_offset;
        if (text && w->end_lineno == w->lineno) {
            end = kr_diag_char_offset(text, end);
        } else if (text) {
            /* a literal over several lines: CPython shows its first line
             * without the newline, the end clamped to that line */
            size_t n = strcspn(text, "\n");
            char *first = kr_gc_alloc_atomic(n + 1);
            if (first) {
                memcpy(first, text, n);
                first[n] = 0;
                text = first;
            }
            int len = kr_diag_char_offset(text, (int)strlen(text));
            end = end > len ? len : end;
        }
        SyntaxErr e = {.kind = SYNERR_SYNTAX, .msg = w->msg, .lineno = w->lineno,
                       .offset = col + 1, .end_lineno = w->end_lineno, .end_offset = end + 1,
                       .text = text};
        kr_vm_raise_syntax_error(th, &e, filename);
        return -1;
    }
    return 0;
}

/* The code of the source file at path, parsed and compiled; NULL with
 * the exception set. */
static Code *compile_source_file(Thread *th, const char *path)
{
    size_t len;
    char *src = slurp(path, &len);
    if (!src) {
        kr_err_format(th, &kr_exc_ImportError, "cannot read '%s'", path);
        return NULL;
    }
    Arena *arena = kr_arena_new();
    /* a literal's length limit is the one in force now (sys.set_int_max_str_digits) */
    ParseOptions opt = {KR_PARSE_FEATURE_LATEST, th->vm->int_max_str_digits};
    ParseResult pr = kr_parse_source_opts(arena, src, len, true, path, PARSE_FILE, &opt);
    Code *code = NULL;
    if (kr_vm_parse_warnings(th, pr.warnings, path) < 0) {
        /* raised: a warning made an error */
    } else if (!pr.mod) {
        kr_vm_raise_syntax_error(th, &pr.err, path);
    } else {
        SyntaxErr err;
        memset(&err, 0, sizeof err);
        CompileStatus cs = kr_compile_module(th, arena, pr.mod, path, src, len, &code, &err);
        if (cs == COMPILE_SYNTAX_ERROR)
            kr_vm_raise_syntax_error(th, &err, path);
        else if (cs == COMPILE_RECURSION)
            kr_err_set_string(th, &kr_exc_RecursionError,
                              "maximum recursion depth exceeded during compilation");
        if (cs != COMPILE_OK)
            code = NULL;
    }
    kr_arena_free(arena);
    free(src);
    return code;
}

/* The module's code: from the bytecode cache when it is valid for the
 * source (vm/pyc.c), else compiled and cached.  The source is stat'ed
 * before it is read, so an edit racing the compile leaves a cache that
 * the next import finds stale. */
static Code *module_code(Thread *th, const char *path)
{
    struct stat st;
    bool have_stat = stat(path, &st) == 0;
    Code *code = have_stat ? kr_pyc_load(th, path, &st) : NULL;
    if (code)
        return code;
    code = compile_source_file(th, path);
    if (code && have_stat)
        kr_pyc_store(th, path, &st, code);
    return code;
}

/* module.__cached__: importlib's cache_from_source(path), as CPython sets
 * it whether or not the file exists. */
static int set_cached(Thread *th, Module *m, const char *path)
{
    char *cached = kr_pyc_cache_path(th, path);
    Str *k = kr_str_intern_cstr(th, "__cached__");
    Str *v = cached ? kr_str_from_cstr(th, cached) : NULL;
    free(cached);
    if (!k || (cached && !v))
        return -1;
    return kr_dict_set_str(th, m->dict, k, v ? kr_from_obj(v) : KR_NONE);
}

/* ---- __spec__ and __loader__ for natively loaded modules ----------------
 * importlib reads parent_module.__spec__ (import_fresh_module, reload,
 * pkgutil), so a source module needs the ModuleSpec CPython would give it.
 * Making one takes importlib._bootstrap_external, which krait loads only
 * when a program imports importlib: before that modules are loaded without
 * a spec, and install_importlib gives one to each of them; after it every
 * load_source attaches one at once. */

/* importlib._bootstrap_external.spec_from_file_location, or 0 (no error)
 * when importlib is not loaded yet. */
static Value spec_maker(Thread *th)
{
    Str *k_ext = kr_str_intern_cstr(th, "importlib._bootstrap_external");
    Value ext = k_ext ? kr_dict_get_str(th->vm->modules, k_ext) : KR_VALUE_NULL;
    if (!ext || !kr_is_type(ext, &kr_module_type))
        return KR_VALUE_NULL;
    Str *k_f = kr_str_intern_cstr(th, "spec_from_file_location");
    return k_f ? kr_dict_get_str(((Module *)kr_as_obj(ext))->dict, k_f) : KR_VALUE_NULL;
}

/* m.__spec__ = spec_from_file_location(name, file); m.__loader__ = its
 * loader.  The spec finds out from the file name whether m is a package. */
static int attach_spec(Thread *th, Value maker, Module *m, Value name, Value file)
{
    Value args[2] = {name, file};
    Value spec = kr_vm_call(th, maker, args, 2, NULL);
    Str *k_loader = spec ? kr_str_intern_cstr(th, "loader") : NULL;
    Value loader = k_loader ? kr_object_getattr(th, spec, k_loader) : KR_VALUE_NULL;
    Str *k_spec = loader ? kr_str_intern_cstr(th, "__spec__") : NULL;
    Str *k_ldr = k_spec ? kr_str_intern_cstr(th, "__loader__") : NULL;
    if (!k_ldr || kr_dict_set_str(th, m->dict, k_spec, spec) < 0)
        return -1;
    return kr_dict_set_str(th, m->dict, k_ldr, loader);
}

/* A C module's __spec__, __loader__ and __package__ as importlib's
 * BuiltinImporter gives them (_init_module_attrs of find_spec(name)); no
 * error and nothing done while importlib is not loaded, or when the module
 * has its spec already. */
static int attach_builtin_spec(Thread *th, Value m, Str *name)
{
    Str *k_spec = kr_str_intern_cstr(th, "__spec__");
    Str *k_boot = kr_str_intern_cstr(th, "importlib._bootstrap");
    Value boot = k_boot ? kr_dict_get_str(th->vm->modules, k_boot) : KR_VALUE_NULL;
    if (!k_spec || !boot || !kr_is_type(m, &kr_module_type) ||
        kr_dict_get_str(((Module *)kr_as_obj(m))->dict, k_spec))
        return kr_err_occurred(th) ? -1 : 0;
    Str *k_imp = kr_str_intern_cstr(th, "BuiltinImporter");
    Str *k_find = kr_str_intern_cstr(th, "find_spec");
    Str *k_init = kr_str_intern_cstr(th, "_init_module_attrs");
    Value imp = k_imp ? kr_object_getattr(th, boot, k_imp) : KR_VALUE_NULL;
    Value find = imp && k_find ? kr_object_getattr(th, imp, k_find) : KR_VALUE_NULL;
    Value init = find && k_init ? kr_object_getattr(th, boot, k_init) : KR_VALUE_NULL;
    Value nm = kr_from_obj(name);
    Value spec = init ? kr_vm_call(th, find, &nm, 1, NULL) : KR_VALUE_NULL;
    if (!spec)
        return -1;
    if (spec == KR_NONE)
        return 0;
    Value args[2] = {spec, m};
    return kr_vm_call(th, init, args, 2, NULL) ? 0 : -1;
}

/* Give every module loaded before importlib its spec: those whose dict has
 * a str __file__ ending in .py and no __spec__ at all (__main__ and
 * importlib's own modules set theirs). */
static int attach_missing_specs(Thread *th)
{
    Value maker = spec_maker(th);
    Str *k_file = kr_str_intern_cstr(th, "__file__"), *k_spec = kr_str_intern_cstr(th, "__spec__");
    List *todo = kr_list_new(th, 0);
    if (!maker || !k_file || !k_spec || !todo)
        return kr_err_occurred(th) ? -1 : 0;
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(th->vm->modules, &pos, &k, &v)) {     /* snapshot: calls may import */
        if (!kr_is_type(v, &kr_module_type))
            continue;
        Dict *d = ((Module *)kr_as_obj(v))->dict;
        Value f = kr_dict_get_str(d, k_file);
        size_t n;
        const char *s = f && kr_is_str(f) ? kr_str_utf8(th, kr_as_str(f), &n) : NULL;
        if (s && n > 3 && strcmp(s + n - 3, ".py") == 0 && !kr_dict_get_str(d, k_spec) &&
            kr_list_append(th, todo, v) < 0)
            return -1;
    }
    for (int64_t i = 0; i < todo->size; i++) {
        Module *m = (Module *)kr_as_obj(todo->items[i]);
        Value name = kr_dict_get_str(m->dict, KR_NAME(th, __name__));
        if (name && attach_spec(th, maker, m, name, kr_dict_get_str(m->dict, k_file)) < 0)
            return -1;
    }
    pos = 0;     /* and the C modules theirs */
    List *c_mods = kr_list_new(th, 0);
    if (!c_mods)
        return -1;
    while (kr_dict_next(th->vm->builtin_modules, &pos, &k, &v))
        if (kr_list_append(th, c_mods, k) < 0 || kr_list_append(th, c_mods, v) < 0)
            return -1;
    for (int64_t i = 0; i < c_mods->size; i += 2)
        if (attach_builtin_spec(th, c_mods->items[i + 1], kr_as_str(c_mods->items[i])) < 0)
            return -1;
    return 0;
}

/* Run the file at path as module `name` (already decided to be the one). */
static Value load_source(Thread *th, Str *name, const char *path, bool package, const char *dir)
{
    size_t len;
    Code *code = module_code(th, path);
    if (!code)
        return KR_VALUE_NULL;
    Module *m = kr_module_new(th, name);
    Str *file = kr_str_from_cstr(th, path);
    if (!m || !file ||
        kr_dict_set_str(th, m->dict, KR_NAME(th, __builtins__), kr_from_obj(th->vm->builtins_module)) < 0)
        return KR_VALUE_NULL;
    Str *k_file = kr_str_intern_cstr(th, "__file__");
    if (!k_file || kr_dict_set_str(th, m->dict, k_file, kr_from_obj(file)) < 0 ||
        set_cached(th, m, path) < 0)
        return KR_VALUE_NULL;
    Str *k_pkg = kr_str_intern_cstr(th, "__package__");
    const char *full = kr_str_utf8(th, name, &len);
    const char *dot = full ? strrchr(full, '.') : NULL;
    Str *pkgname = package ? name : full ? kr_str_from_utf8(th, full, dot ? (size_t)(dot - full) : 0) : NULL;
    if (!k_pkg || !pkgname || kr_dict_set_str(th, m->dict, k_pkg, kr_from_obj(pkgname)) < 0)
        return KR_VALUE_NULL;
    if (package) {
        Str *k_path = kr_str_intern_cstr(th, "__path__");
        Str *d = kr_str_from_cstr(th, dir);
        List *pl = d ? kr_list_from_array(th, (Value[]){kr_from_obj(d)}, 1) : NULL;
        if (!k_path || !pl || kr_dict_set_str(th, m->dict, k_path, kr_from_obj(pl)) < 0)
            return KR_VALUE_NULL;
    }
    Value maker = spec_maker(th);
    if (maker && attach_spec(th, maker, m, kr_from_obj(name), kr_from_obj(file)) < 0)
        return KR_VALUE_NULL;
    if (kr_dict_set_str(th, th->vm->modules, name, kr_from_obj(m)) < 0)
        return KR_VALUE_NULL;
    Value r = kr_vm_run_code(th, code, m->dict, m->dict, NULL);
    if (!r) {
        Value exc = kr_err_fetch(th);
        if (kr_dict_del(th, th->vm->modules, kr_from_obj(name)) < 0)
            kr_err_clear(th);
        kr_err_set(th, exc);
        return KR_VALUE_NULL;
    }
    /* a module may put another object in its place (a lazy-loading
     * ModuleType subclass): importers and the parent get that one */
    Value now = kr_dict_get_str(th->vm->modules, name);
    return now ? now : kr_from_obj(m);
}

/* ---- namespace packages (PEP 420) ------------------------------------------
 * A directory without __init__.py is a portion of a namespace package; if
 * no directory of the path holds a regular package or module of that
 * name, the portions together make one: a module with no __file__ code,
 * whose __path__ lists them (a plain list, where CPython has a
 * _NamespacePath that follows sys.path changes). */

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int note_portion(Thread *th, List **portions, const char *dir)
{
    Str *d = kr_str_from_cstr(th, dir);
    if (!d || (!*portions && !(*portions = kr_list_new(th, 0))))
        return -1;
    return kr_list_append(th, *portions, kr_from_obj(d));
}

/* importlib._bootstrap.ModuleSpec(name, None, is_package=True) with the
 * portions as its search locations; 0 (no error) before importlib. */
static Value namespace_spec(Thread *th, Value name, Value portions)
{
    Str *k_boot = kr_str_intern_cstr(th, "importlib._bootstrap");
    Value boot = k_boot ? kr_dict_get_str(th->vm->modules, k_boot) : KR_VALUE_NULL;
    Str *k_cls = boot ? kr_str_intern_cstr(th, "ModuleSpec") : NULL;
    Value cls = k_cls ? kr_object_getattr(th, boot, k_cls) : KR_VALUE_NULL;
    Str *k_pkg = cls ? kr_str_intern_cstr(th, "is_package") : NULL;
    Tuple *kw = k_pkg ? kr_tuple_from_array(th, (Value[]){kr_from_obj(k_pkg)}, 1) : NULL;
    Value spec = kw ? kr_vm_call(th, cls, (Value[]){name, KR_NONE, KR_TRUE}, 2, kw) : KR_VALUE_NULL;
    Str *k_loc = spec ? kr_str_intern_cstr(th, "submodule_search_locations") : NULL;
    if (!k_loc || kr_object_setattr(th, spec, k_loc, portions) < 0)
        return KR_VALUE_NULL;
    return spec;
}

static Value bootstrap_attr(Thread *th, const char *module, const char *attr);

/* With importlib installed, the namespace package is made as PathFinder
 * makes it: its __path__ a _NamespacePath that follows sys.path, its
 * loader a NamespaceLoader (importlib.resources reads through it). */
static Value load_namespace_by_importlib(Thread *th, Str *name, List *portions)
{
    Value nspath = bootstrap_attr(th, "importlib._bootstrap_external", "_NamespacePath");
    Value pf = bootstrap_attr(th, "importlib._bootstrap_external", "PathFinder");
    Value load = bootstrap_attr(th, "importlib._bootstrap", "_load");
    Str *k_get = kr_str_intern_cstr(th, "_get_spec"), *k_origin = kr_str_intern_cstr(th, "origin");
    Value get_spec = pf && k_get ? kr_object_getattr(th, pf, k_get) : KR_VALUE_NULL;
    if (!nspath || !load || !get_spec || !k_origin) {
        if (!kr_err_occurred(th))
            kr_err_set_string(th, &kr_exc_ImportError, "importlib is incomplete");
        return KR_VALUE_NULL;
    }
    Value args[3] = {kr_from_obj(name), kr_from_obj(portions), get_spec};
    Value path = kr_vm_call(th, nspath, args, 3, NULL);
    Value spec = path ? namespace_spec(th, kr_from_obj(name), path) : KR_VALUE_NULL;
    if (!spec || kr_object_setattr(th, spec, k_origin, KR_NONE) < 0)
        return KR_VALUE_NULL;
    return kr_vm_call(th, load, &spec, 1, NULL);
}

static Value load_namespace(Thread *th, Str *name, List *portions)
{
    Str *k_ext = kr_str_intern_cstr(th, "_frozen_importlib_external");
    Value ext = k_ext ? kr_dict_get_str(th->vm->modules, k_ext) : KR_VALUE_NULL;
    if (ext && ext != KR_NONE)
        return load_namespace_by_importlib(th, name, portions);
    Module *m = kr_module_new(th, name);
    if (!m)
        return KR_VALUE_NULL;
    static const char *const keys[] = {"__file__", "__package__", "__path__", "__loader__", "__spec__"};
    Value vals[5] = {KR_NONE, kr_from_obj(name), kr_from_obj(portions), KR_NONE, KR_NONE};
    if (spec_maker(th) && !(vals[4] = namespace_spec(th, kr_from_obj(name), vals[2])))
        return KR_VALUE_NULL;
    for (int i = 0; i < 5; i++) {
        Str *k = kr_str_intern_cstr(th, keys[i]);
        if (!k || kr_dict_set_str(th, m->dict, k, vals[i]) < 0)
            return KR_VALUE_NULL;
    }
    if (kr_dict_set_str(th, th->vm->modules, name, kr_from_obj(m)) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(m);
}

/* ---- path entries inside an archive (zipimport) ---------------------------
 * A sys.path entry naming a zip file, or a directory inside one (a zipped
 * package's __path__), is searched as CPython searches every entry: by the
 * finder sys.path_hooks makes for it (zipimport.zipimporter, which
 * install_importlib puts first, as CPython does at start-up).  Directories
 * stay with the native search, which is what FileFinder would do. */

/* Whether path is not a directory but it or one of its parents is a file. */
static bool in_archive(const char *path)
{
    if (!*path || is_dir(path))
        return false;
    char *p = strdup(path);
    bool found = false;
    for (char *slash; p && !found;) {
        found = is_file(p);
        if (!(slash = strrchr(p, '/')) || slash == p)
            break;
        *slash = 0;
    }
    free(p);
    return found;
}

/* Whether importlib is installed (the last thing install_importlib does
 * is alias its bootstrap modules). */
static bool importlib_installed(Thread *th)
{
    Str *k_ext = kr_str_intern_cstr(th, "_frozen_importlib_external");
    Value ext = k_ext ? kr_dict_get_str(th->vm->modules, k_ext) : KR_VALUE_NULL;
    return ext && ext != KR_NONE;
}

/* 1: importlib is installed (imported now if need be); 0: it is being set
 * up (what it imports meanwhile is searched natively) or is `importing`
 * itself (an interned name); -1: error. */
static int importlib_ready(Thread *th, Str *importing)
{
    Str *k_ext = kr_str_intern_cstr(th, "_frozen_importlib_external");
    Str *k_lib = kr_str_intern_cstr(th, "importlib");
    if (!k_ext || !k_lib)
        return -1;
    Value ext = kr_dict_get_str(th->vm->modules, k_ext);
    if (!ext) {
        if (importing == k_lib || kr_dict_get_str(th->vm->modules, k_lib))
            return 0;
        if (!kr_vm_import(th, k_lib, true))
            return -1;
        ext = kr_dict_get_str(th->vm->modules, k_ext);
    }
    return ext && ext != KR_NONE;
}

/* A spec without a loader names namespace portions: keep them. */
static int add_portions(Thread *th, Value spec, List **portions)
{
    Str *k_loc = kr_str_intern_cstr(th, "submodule_search_locations");
    Value locs = k_loc ? kr_object_getattr(th, spec, k_loc) : KR_VALUE_NULL;
    if (!locs)
        return -1;
    if (!kr_is_list(locs))
        return 0;
    for (int64_t i = 0; i < kr_as_list(locs)->size; i++) {
        if (!*portions && !(*portions = kr_list_new(th, 0)))
            return -1;
        if (kr_list_append(th, *portions, kr_as_list(locs)->items[i]) < 0)
            return -1;
    }
    return 0;
}

/* 1: the finder of `entry` found `name` and it is loaded (*out); 0: not
 * there, or only a namespace portion (added to *portions); -1: error. */
static int load_by_path_hook(Thread *th, Str *name, Value entry, Value *out, List **portions)
{
    int ready = importlib_ready(th, name);
    if (ready <= 0)
        return ready;
    Value pf = bootstrap_attr(th, "importlib._bootstrap_external", "PathFinder");
    Value load = bootstrap_attr(th, "importlib._bootstrap", "_load");
    Str *k_cache = kr_str_intern_cstr(th, "_path_importer_cache");
    Str *k_fs = kr_str_intern_cstr(th, "find_spec"), *k_loader = kr_str_intern_cstr(th, "loader");
    if (!pf || !load || !k_cache || !k_fs || !k_loader)
        return kr_err_occurred(th) ? -1 : 0;
    Value cache = kr_object_getattr(th, pf, k_cache);
    Value finder = cache ? kr_vm_call(th, cache, &entry, 1, NULL) : KR_VALUE_NULL;
    if (!finder)
        return -1;
    if (finder == KR_NONE)
        return 0;
    Value fs = kr_object_getattr(th, finder, k_fs);
    Value arg = kr_from_obj(name);
    Value spec = fs ? kr_vm_call(th, fs, &arg, 1, NULL) : KR_VALUE_NULL;
    if (!spec)
        return -1;
    if (spec == KR_NONE)
        return 0;
    Value loader = kr_object_getattr(th, spec, k_loader);
    if (!loader)
        return -1;
    if (loader == KR_NONE)
        return add_portions(th, spec, portions);
    *out = kr_vm_call(th, load, &spec, 1, NULL);
    return *out ? 1 : -1;
}

/* Find `leaf` (the last part of `name`) in the directories of `path`
 * (a list of str); load it.  NULL without an exception: not found. */
/* dir made absolute against the working directory, as FileFinder makes
 * its path (so a module found through '' or '.' has an absolute __file__). */
static void put_absolute(Buf *b, const char *dir)
{
    char cwd[4096];
    if (dir[0] == '/' || !getcwd(cwd, sizeof cwd)) {
        kr_buf_puts(b, dir);
        return;
    }
    if (strcmp(cwd, "/") != 0)           /* no trailing '/': callers add one */
        kr_buf_puts(b, cwd);
    if (dir[0] && strcmp(dir, ".") != 0) {
        kr_buf_putc(b, '/');
        kr_buf_puts(b, dir);
    }
}

static Value find_and_load(Thread *th, Str *name, const char *leaf, Value path)
{
    if (!path || path == KR_NONE)
        return KR_VALUE_NULL;
    /* a namespace package's _NamespacePath recomputes itself when iterated */
    List *dirs = kr_is_list(path) ? kr_as_list(path) : kr_list_from_iterable(th, path);
    List *portions = NULL;
    if (!dirs)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < dirs->size; i++) {
        if (!kr_is_str(dirs->items[i]))
            continue;
        size_t dlen;
        const char *dir = kr_str_utf8(th, kr_as_str(dirs->items[i]), &dlen);
        if (!dir)
            return KR_VALUE_NULL;
        if (in_archive(dir)) {
            Value m = KR_VALUE_NULL;
            int r = load_by_path_hook(th, name, dirs->items[i], &m, &portions);
            if (r != 0)
                return r < 0 ? KR_VALUE_NULL : m;
            continue;
        }
        Buf b;
        kr_buf_init(&b);
        put_absolute(&b, dir);
        size_t dirlen = b.len;
        kr_buf_printf(&b, "/%s/__init__.py", leaf);
        if (is_file(b.data)) {
            char *pkgdir = strndup(b.data, b.len - strlen("/__init__.py"));
            Value m = pkgdir ? load_source(th, name, b.data, true, pkgdir) : KR_VALUE_NULL;
            free(pkgdir);
            kr_buf_free(&b);
            if (!m && !kr_err_occurred(th))
                kr_err_no_memory(th);
            return m;
        }
        b.len = dirlen;
        kr_buf_printf(&b, "/%s.py", leaf);
        if (is_file(b.data)) {
            Value m = load_source(th, name, b.data, false, NULL);
            kr_buf_free(&b);
            return m;
        }
        b.len -= 3;
        b.data[b.len] = 0;
        if (is_dir(b.data) && note_portion(th, &portions, b.data) < 0) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        kr_buf_free(&b);
    }
    return portions ? load_namespace(th, name, portions) : KR_VALUE_NULL;
}

/* ---- importlib on top of the native import ------------------------------
 * CPython installs importlib's finders at start-up (_bootstrap._install);
 * krait imports natively and only needs them once a program imports
 * importlib, so the package's first import finishes the job: sys.meta_path
 * gets BuiltinImporter, FrozenImporter and PathFinder, sys.path_hooks the
 * FileFinder hook, and the modules already loaded their __spec__. */

static Value module_attr(Thread *th, const char *module, const char *attr)
{
    Str *m = kr_str_intern_cstr(th, module), *a = kr_str_intern_cstr(th, attr);
    Value mod = m ? kr_dict_get_str(th->vm->modules, m) : KR_VALUE_NULL;
    if (!mod && !kr_err_occurred(th))
        kr_err_format(th, &kr_exc_ImportError, "%s was not imported", module);
    return mod && a ? kr_object_getattr(th, mod, a) : KR_VALUE_NULL;
}

/* sys.<name> = a new empty list or dict (or None), unless it exists. */
static int sys_default(Thread *th, const char *name, char kind)
{
    Str *k = kr_str_intern_cstr(th, name);
    if (!k)
        return -1;
    if (kr_dict_get_str(th->vm->sys_module->dict, k))
        return 0;
    void *o = kind == 'd' ? (void *)kr_dict_new(th) : kind == 'l' ? (void *)kr_list_new(th, 0) : NULL;
    if (kind != 'n' && !o)
        return -1;
    return kr_dict_set_str(th, th->vm->sys_module->dict, k, o ? kr_from_obj(o) : KR_NONE);
}

/* importlib's .pyc files are krait's (vm/pyc.c): its MAGIC_NUMBER becomes
 * krait's before importlib.util or py_compile copy it. */
static int set_magic(Thread *th)
{
    unsigned char magic[4];
    kr_pyc_magic(magic);
    Str *k_ext = kr_str_intern_cstr(th, "importlib._bootstrap_external");
    Value ext = k_ext ? kr_dict_get_str(th->vm->modules, k_ext) : KR_VALUE_NULL;
    Str *k_magic = ext ? kr_str_intern_cstr(th, "MAGIC_NUMBER") : NULL;
    Str *k_raw = k_magic ? kr_str_intern_cstr(th, "_RAW_MAGIC_NUMBER") : NULL;
    Value bytes = k_raw ? kr_bytes_value(kr_bytes_new(th, magic, 4)) : KR_VALUE_NULL;
    Value raw = kr_from_smallint(magic[0] | magic[1] << 8 | magic[2] << 16 | magic[3] << 24);
    if (!bytes) {
        if (!kr_err_occurred(th))
            kr_err_set_string(th, &kr_exc_ImportError, "no importlib._bootstrap_external");
        return -1;
    }
    if (kr_object_setattr(th, ext, k_magic, bytes) < 0)
        return -1;
    return kr_object_setattr(th, ext, k_raw, raw);
}

/* sys.modules[alias] = sys.modules[module] unless alias is there (maybe as
 * None: import_fresh_module blocks the frozen importlib that way).  CPython
 * runs importlib frozen under these names; krait's is the source files. */
static int alias_bootstrap(Thread *th, const char *alias, const char *module)
{
    Str *k_alias = kr_str_intern_cstr(th, alias), *k_mod = kr_str_intern_cstr(th, module);
    if (!k_alias || !k_mod)
        return -1;
    Value m = kr_dict_get_str(th->vm->modules, k_mod);
    if (!m || kr_dict_get_str(th->vm->modules, k_alias))
        return 0;
    return kr_dict_set_str(th, th->vm->modules, k_alias, m);
}

/* sys.path_hooks.insert(0, zipimport.zipimporter), as CPython's start-up
 * does (unless a program removed zipimport's hook before importing
 * importlib again: then once is enough). */
static int install_zipimport(Thread *th)
{
    Str *k_zip = kr_str_intern_cstr(th, "zipimport"), *k_hooks = kr_str_intern_cstr(th, "path_hooks");
    Str *k_imp = kr_str_intern_cstr(th, "zipimporter");
    Value zip = k_zip && k_hooks && k_imp ? kr_vm_import(th, k_zip, true) : KR_VALUE_NULL;
    /* `import zipimport` came first and its _frozen_importlib_external
     * import set importlib up: the hook goes in when zipimport is done
     * (import_one_unlocked) */
    if (zip && kr_vm_module_initializing(th, zip) && !kr_object_lookupattr(th, zip, k_imp))
        return kr_err_occurred(th) ? -1 : 0;
    Value importer = zip ? kr_object_getattr(th, zip, k_imp) : KR_VALUE_NULL;
    Value hooks = importer ? kr_dict_get_str(th->vm->sys_module->dict, k_hooks) : KR_VALUE_NULL;
    if (!hooks)
        return kr_err_occurred(th) ? -1 : 0;
    if (!kr_is_list(hooks))
        return 0;
    List *l = kr_as_list(hooks);
    for (int64_t i = 0; i < l->size; i++)
        if (l->items[i] == importer)
            return 0;
    if (kr_list_append(th, l, importer) < 0)
        return -1;
    memmove(l->items + 1, l->items, (size_t)(l->size - 1) * sizeof(Value));
    l->items[0] = importer;
    return 0;
}

/* zipimport imported before importlib: its hook, once importlib is set up */
static int zipimport_after_importlib(Thread *th)
{
    Str *k = kr_str_intern_cstr(th, "_frozen_importlib_external");
    return !k ? -1 : kr_dict_get_str(th->vm->modules, k) ? install_zipimport(th) : 0;
}

static int install_importlib(Thread *th)
{
    if (sys_default(th, "meta_path", 'l') < 0 || sys_default(th, "path_hooks", 'l') < 0 ||
        sys_default(th, "path_importer_cache", 'd') < 0 || sys_default(th, "pycache_prefix", 'n') < 0)
        return -1;
    Value install = module_attr(th, "importlib._bootstrap", "_install");
    Value install_ext = install ? module_attr(th, "importlib._bootstrap_external", "_install") : 0;
    Str *k_imp = install_ext ? kr_str_intern_cstr(th, "_imp") : NULL;
    Value imp = k_imp ? kr_dict_get_str(th->vm->modules, k_imp) : KR_VALUE_NULL;
    Str *k_boot = imp ? kr_str_intern_cstr(th, "importlib._bootstrap") : NULL;
    Value boot = k_boot ? kr_dict_get_str(th->vm->modules, k_boot) : KR_VALUE_NULL;
    if (!boot)
        return kr_err_occurred(th) ? -1 : (kr_err_set_string(th, &kr_exc_ImportError, "no _imp"), -1);
    Value args[2] = {kr_from_obj(th->vm->sys_module), imp};
    if (!kr_vm_call(th, install, args, 2, NULL) || !kr_vm_call(th, install_ext, &boot, 1, NULL))
        return -1;
    /* the aliases last: archives on sys.path are searched once they exist */
    if (set_magic(th) < 0 || install_zipimport(th) < 0 ||
        alias_bootstrap(th, "_frozen_importlib", "importlib._bootstrap") < 0 ||
        alias_bootstrap(th, "_frozen_importlib_external", "importlib._bootstrap_external") < 0)
        return -1;
    return attach_missing_specs(th);
}

Value kr_vm_sys_import_state(Thread *th, Str *name)
{
    size_t n;
    const char *s = kr_str_utf8(th, name, &n);
    if (!s || (strcmp(s, "meta_path") != 0 && strcmp(s, "path_hooks") != 0 &&
               strcmp(s, "path_importer_cache") != 0))
        return KR_VALUE_NULL;
    Str *k_lib = kr_str_intern_cstr(th, "importlib");
    if (!k_lib || !kr_vm_import(th, k_lib, true))
        return KR_VALUE_NULL;
    return kr_dict_get_str(th->vm->sys_module->dict, name);
}

/* The pending ModuleNotFoundError gets .name = name, as importlib's. */
static void name_the_error(Thread *th, Str *name)
{
    Value exc = kr_err_fetch(th);
    if (kr_importerror_set_name(th, exc, kr_from_obj(name)) < 0)
        kr_err_clear(th);
    kr_err_set(th, exc);
}

/* Import exactly the module `name` (its parents already imported). */
/* sys.modules[name] = None blocks the import (importlib's _find_and_load). */
static Value blocked_import(Thread *th, Str *name)
{
    kr_err_format(th, &kr_exc_ModuleNotFoundError, "import of %U halted; None in sys.modules",
                  name);
    name_the_error(th, name);
    return KR_VALUE_NULL;
}

/* `import _frozen_importlib[_external]` (zipimport, importlib's tests):
 * importing importlib makes the aliases.  While importlib itself runs, the
 * names are missing, so its __init__ falls back to the pure-Python files. */
static Value import_bootstrap_alias(Thread *th, Str *name)
{
    Str *k_lib = kr_str_intern_cstr(th, "importlib");
    if (!k_lib)
        return KR_VALUE_NULL;
    if (!kr_dict_get_str(th->vm->modules, k_lib) && !kr_vm_import(th, k_lib, true))
        return KR_VALUE_NULL;
    Value m = kr_dict_get_str(th->vm->modules, name);
    if (!m) {
        /* importlib is still setting up (zipimport's import): the module
         * the alias will name, if importlib's __init__ made it already */
        size_t n;
        const char *s = kr_str_utf8(th, name, &n);
        Str *k_mod = !s ? NULL : strcmp(s, "_frozen_importlib") == 0
                         ? kr_str_intern_cstr(th, "importlib._bootstrap")
                         : kr_str_intern_cstr(th, "importlib._bootstrap_external");
        return k_mod ? kr_dict_get_str(th->vm->modules, k_mod) : KR_VALUE_NULL;
    }
    return m == KR_NONE ? blocked_import(th, name) : m;
}

static bool is_bootstrap_alias(const char *name)
{
    return strcmp(name, "_frozen_importlib") == 0 || strcmp(name, "_frozen_importlib_external") == 0;
}

/* ---- finders a program put on sys.meta_path -------------------------------
 * The native search stands in for BuiltinImporter, FrozenImporter and
 * PathFinder.  Any other finder on sys.meta_path (an editable install's,
 * pytest's rewriting hook, test_importlib's mocks) is asked as CPython
 * would ask it: those before PathFinder ahead of the native search, those
 * after it once the native search found nothing.  A spec one returns is
 * loaded by importlib's own _bootstrap._load. */

static Value bootstrap_attr(Thread *th, const char *module, const char *attr)
{
    Str *k = kr_str_intern_cstr(th, module);
    Value m = k ? kr_dict_get_str(th->vm->modules, k) : KR_VALUE_NULL;
    if (!m || !kr_is_type(m, &kr_module_type))
        return KR_VALUE_NULL;
    Str *a = kr_str_intern_cstr(th, attr);
    return a ? kr_dict_get_str(((Module *)kr_as_obj(m))->dict, a) : KR_VALUE_NULL;
}

/* 2 for importlib's PathFinder, 1 for its BuiltinImporter or
 * FrozenImporter, 0 for any other finder.  By name, not identity: a
 * program that re-imports importlib (test_import) leaves the first copy's
 * classes on sys.meta_path. */
static int default_finder(Thread *th, Value f)
{
    if (!kr_isinstance_type(f, &kr_type_type))
        return 0;
    Type *t = (Type *)kr_as_obj(f);
    Str *k_mod = kr_str_intern_cstr(th, "__module__");
    Value mod = k_mod && t->dict ? kr_dict_get_str(t->dict, k_mod) : KR_VALUE_NULL;
    size_t n;
    const char *m = mod && kr_is_str(mod) ? kr_str_utf8(th, kr_as_str(mod), &n) : NULL;
    if (!m || (strcmp(m, "importlib._bootstrap") != 0 && strcmp(m, "importlib._bootstrap_external") != 0 &&
               strcmp(m, "_frozen_importlib") != 0 && strcmp(m, "_frozen_importlib_external") != 0))
        return 0;
    if (strcmp(t->name, "PathFinder") == 0)
        return 2;
    return strcmp(t->name, "BuiltinImporter") == 0 || strcmp(t->name, "FrozenImporter") == 0;
}

/* 1: a spec was found and loaded (*out), 0: no finder claimed the name,
 * -1: error. */
static int try_meta_path(Thread *th, Str *name, Value path, bool after, Value *out)
{
    Str *k_mp = kr_str_intern_cstr(th, "meta_path");
    Value mp = k_mp ? kr_dict_get_str(th->vm->sys_module->dict, k_mp) : KR_VALUE_NULL;
    if (!mp || !kr_is_list(mp) || kr_as_list(mp)->size == 0)
        return 0;
    List *snap = kr_list_from_array(th, kr_as_list(mp)->items, kr_as_list(mp)->size);
    if (!snap)
        return -1;
    bool past = false;
    for (int64_t i = 0; i < snap->size; i++) {
        Value f = snap->items[i];
        int kind = default_finder(th, f);
        if (kind == 2)
            past = true;
        if (kind || past != after)
            continue;
        Str *k_fs = kr_str_intern_cstr(th, "find_spec");
        Value fs = k_fs ? kr_object_getattr(th, f, k_fs) : KR_VALUE_NULL;
        Value args[3] = {kr_from_obj(name), path ? path : KR_NONE, KR_NONE};
        if (!fs) {
            if (!kr_err_matches(th, &kr_exc_AttributeError))
                return -1;
            /* a legacy finder with only find_module: importlib's fallback
             * (an ImportWarning, then a spec around find_module's loader) */
            kr_err_clear(th);
            fs = bootstrap_attr(th, "importlib._bootstrap", "_find_spec_legacy");
            if (!fs)
                continue;
            args[2] = args[1];
            args[1] = args[0];
            args[0] = f;
        }
        Value spec = kr_vm_call(th, fs, args, 3, NULL);
        if (!spec)
            return -1;
        if (spec == KR_NONE)
            continue;
        Value load = bootstrap_attr(th, "importlib._bootstrap", "_load");
        if (!load) {
            kr_err_set_string(th, &kr_exc_ImportError, "a meta_path finder needs importlib");
            return -1;
        }
        *out = kr_vm_call(th, load, &spec, 1, NULL);
        return *out ? 1 : -1;
    }
    return 0;
}

static Value import_one_unlocked(Thread *th, Str *name);

/* With threads, one thread at a time imports a given module and the
 * others wait for it (vm/thread.c; importlib's module locks). */
static Value import_one(Thread *th, Str *name)
{
    int token = kr_thread_import_begin(th, name);
    if (token < 0)
        return KR_VALUE_NULL;
    if (token == 3 && !kr_dict_get_str(th->vm->modules, name)) {
        /* not even half made yet: importlib's _DeadlockError */
        kr_err_format(th, &kr_exc_RuntimeError, "deadlock detected by _ModuleLock('%U')", name);
        return KR_VALUE_NULL;
    }
    Value m = import_one_unlocked(th, name);
    kr_thread_import_end(th, name, token);
    return m;
}

/* The importlib package, found natively and then installed.  Its _setup
 * (run by its __init__ and by _bootstrap._install) takes any module in
 * sys.modules that _imp calls frozen for a frozen one; none of krait's
 * are, so the frozen table is off meanwhile even if a test enabled it. */
static Value import_importlib(Thread *th, Str *name, Value path)
{
    int frozen = kr_mod__imp_frozen_override(th, 0);
    Value m = find_and_load(th, name, "importlib", path);
    if (m && install_importlib(th) < 0) {
        Value exc = kr_err_fetch(th);
        if (kr_dict_del(th, th->vm->modules, kr_from_obj(name)) < 0)
            kr_err_clear(th);
        kr_err_set(th, exc);
        m = KR_VALUE_NULL;
    }
    kr_mod__imp_frozen_override(th, frozen);
    if (!m && !kr_err_occurred(th)) {
        kr_err_format(th, &kr_exc_ModuleNotFoundError, "No module named %R", kr_from_obj(name));
        name_the_error(th, name);
    }
    return m;
}

static Value import_one_unlocked(Thread *th, Str *name)
{
    Value m = kr_dict_get_str(th->vm->modules, name);
    if (m)
        return m == KR_NONE ? blocked_import(th, name) : m;
    size_t len;
    const char *full = kr_str_utf8(th, name, &len);
    if (!full)
        return KR_VALUE_NULL;
    if (strlen(full) != len) {     /* a NUL in the name: no file has it */
        kr_err_format(th, &kr_exc_ModuleNotFoundError, "No module named %R", kr_from_obj(name));
        name_the_error(th, name);
        return KR_VALUE_NULL;
    }
    const char *dot = strrchr(full, '.');
    Value path;
    if (dot) {
        Str *parent = kr_str_from_utf8(th, full, (size_t)(dot - full));
        Value pm = parent ? kr_dict_get_str(th->vm->modules, parent) : KR_VALUE_NULL;
        if (!pm)
            return KR_VALUE_NULL;
        Str *k_path = kr_str_intern_cstr(th, "__path__");
        /* any object: importlib asks parent_module.__path__ */
        path = k_path ? kr_object_lookupattr(th, pm, k_path) : KR_VALUE_NULL;
        if (!path && kr_err_occurred(th))
            return KR_VALUE_NULL;
        if (!path) {
            kr_err_format(th, &kr_exc_ModuleNotFoundError,
                          "No module named %R; '%U' is not a package", kr_from_obj(name), parent);
            name_the_error(th, name);
            return KR_VALUE_NULL;
        }
    } else {
        /* a C module removed from sys.modules comes back as it was
         * (import_fresh_module's fresh=['_heapq']) */
        Value b = kr_vm_builtin_module(th, name);
        if (b)
            return kr_dict_set_str(th, th->vm->modules, name, b) < 0 ||
                           attach_builtin_spec(th, b, name) < 0
                       ? KR_VALUE_NULL : b;
        if (kr_err_occurred(th))
            return KR_VALUE_NULL;
        if (is_bootstrap_alias(full)) {
            Value alias = import_bootstrap_alias(th, name);
            if (alias || kr_err_occurred(th))
                return alias;
        }
        Str *k_path = kr_str_intern_cstr(th, "path");
        path = k_path ? kr_dict_get_str(th->vm->sys_module->dict, k_path) : KR_VALUE_NULL;
    }
    Value top_path = dot ? path : KR_NONE;
    if (!dot && strcmp(full, "importlib") == 0)
        return import_importlib(th, name, path);
    int found = try_meta_path(th, name, top_path, false, &m);
    if (found < 0)
        return KR_VALUE_NULL;
    if (!found) {
        m = find_and_load(th, name, dot ? dot + 1 : full, path);
        if (!m && !kr_err_occurred(th) && (found = try_meta_path(th, name, top_path, true, &m)) < 0)
            return KR_VALUE_NULL;
    }
    /* zipimport imported before importlib: its hook once importlib is set up */
    if (m && strcmp(full, "zipimport") == 0 && zipimport_after_importlib(th) < 0) {
        Value exc = kr_err_fetch(th);
        if (kr_dict_del(th, th->vm->modules, kr_from_obj(name)) < 0)
            kr_err_clear(th);
        kr_err_set(th, exc);
        return KR_VALUE_NULL;
    }
    if (!m && !kr_err_occurred(th)) {
        kr_err_format(th, &kr_exc_ModuleNotFoundError, "No module named %R", kr_from_obj(name));
        name_the_error(th, name);
    }
    if (m && dot) {
        /* bind the submodule as an attribute of its parent */
        Str *parent = kr_str_from_utf8(th, full, (size_t)(dot - full));
        Str *leaf = kr_str_intern_cstr(th, dot + 1);
        Value pm = parent ? kr_dict_get_str(th->vm->modules, parent) : KR_VALUE_NULL;
        if (pm && leaf && kr_object_setattr(th, pm, leaf, m) < 0)
            return KR_VALUE_NULL;
    }
    return m;
}

Value kr_vm_import(Thread *th, Str *name, bool leaf)
{
    Value m = kr_dict_get_str(th->vm->modules, name);
    if (m && leaf && !kr_thread_imports_busy(th))
        return m == KR_NONE ? blocked_import(th, name) : m;
    size_t len;
    const char *full = kr_str_utf8(th, name, &len);
    if (!full)
        return KR_VALUE_NULL;
    Value top = KR_VALUE_NULL, cur = KR_VALUE_NULL;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && full[i] != '.')
            continue;
        Str *prefix = kr_str_from_utf8(th, full, i);
        if (!prefix || !(prefix = kr_str_intern(th, prefix)))
            return KR_VALUE_NULL;
        cur = import_one(th, prefix);
        if (!cur)
            return KR_VALUE_NULL;
        if (!top)
            top = cur;
    }
    return leaf ? cur : top;
}

/* The package a relative import starts from (importlib's _calc___package__
 * without the warnings): __package__, else derived from __name__. */
static Value calc_package(Thread *th, Dict *globals)
{
    Str *k_path = KR_NAME(th, __path__);
    Value pkg = kr_dict_get_str(globals, KR_NAME(th, __package__));
    Value spec = kr_dict_get_str(globals, KR_NAME(th, __spec__));
    Str *k_parent = spec && spec != KR_NONE ? KR_NAME(th, parent) : NULL;
    Value parent = k_parent ? kr_object_getattr(th, spec, k_parent) : KR_VALUE_NULL;
    if (k_parent && !parent)
        return KR_VALUE_NULL;
    if (pkg && pkg != KR_NONE) {
        if (!kr_is_str(pkg))
            return kr_err_type_error(th, "package must be a string");
        int same = parent ? kr_object_richcompare_bool(th, pkg, parent, KR_EQ) : 1;
        if (same < 0 || (!same && kr_mod_warn(th, &kr_exc_ImportWarning,
                                              "__package__ != __spec__.parent") < 0))
            return KR_VALUE_NULL;
        return pkg;
    }
    if (parent) {
        if (!kr_is_str(parent))
            return kr_err_type_error(th, "__spec__.parent must be a string");
        return parent;
    }
    /* Modules the native import loaded before importlib have no __spec__
     * (attach_missing_specs gives them one later): only once importlib is
     * installed is a missing spec the program's doing, worth CPython's
     * warning. */
    if (importlib_installed(th) &&
        kr_mod_warn(th, &kr_exc_ImportWarning,
                    "can't resolve package from __spec__ or __package__, "
                    "falling back on __name__ and __path__") < 0)
        return KR_VALUE_NULL;
    Value name = kr_dict_get_str(globals, KR_NAME(th, __name__));
    if (!name || !kr_is_str(name)) {
        kr_err_set_string(th, &kr_exc_KeyError, "'__name__' not in globals");
        return KR_VALUE_NULL;
    }
    if (kr_dict_get_str(globals, k_path))
        return name;
    size_t len;
    const char *s = kr_str_utf8(th, kr_as_str(name), &len);
    const char *dot = s ? strrchr(s, '.') : NULL;
    Str *r = s ? kr_str_from_utf8(th, s, dot ? (size_t)(dot - s) : 0) : NULL;
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

Value kr_vm_import_relative(Thread *th, Str *name, int level, Dict *globals)
{
    Value pkg = calc_package(th, globals);
    if (!pkg)
        return KR_VALUE_NULL;
    size_t len;
    const char *base = kr_str_utf8(th, kr_as_str(pkg), &len);
    if (!base)
        return KR_VALUE_NULL;
    if (len == 0) {
        kr_err_set_string(th, &kr_exc_ImportError, "attempted relative import with no known parent package");
        return KR_VALUE_NULL;
    }
    /* strip level-1 trailing components */
    size_t keep = len;
    for (int i = 1; i < level; i++) {
        while (keep > 0 && base[keep - 1] != '.')
            keep--;
        if (keep == 0) {
            kr_err_set_string(th, &kr_exc_ImportError, "attempted relative import beyond top-level package");
            return KR_VALUE_NULL;
        }
        keep--;
    }
    Buf b;
    kr_buf_init(&b);
    kr_buf_write(&b, base, keep);
    if (name->len) {
        kr_buf_putc(&b, '.');
        kr_str_to_buf(&b, name);
    }
    Str *full = kr_str_from_buf(th, &b);
    if (!full || !(full = kr_str_intern(th, full)))
        return KR_VALUE_NULL;
    return kr_vm_import(th, full, true);
}

/* Copy one name from module to ns for `import *`. */
static int star_one(Thread *th, Value module, Value name, Dict *ns, Str *modname)
{
    if (!kr_isinstance_type(name, &kr_str_type)) {
        kr_err_format(th, &kr_exc_TypeError, "Item in %U.__all__ must be str, not %s", modname,
                      kr_type_name(name));
        return -1;
    }
    Value v = kr_object_getattr(th, module, kr_as_str(name));
    return v ? kr_dict_set(th, ns, name, v) : -1;
}

int kr_vm_import_star(Thread *th, Value module, Dict *ns)
{
    Str *k_all = kr_str_intern_cstr(th, "__all__");
    if (!k_all)
        return -1;
    Str *modname = kr_isinstance_type(module, &kr_module_type) ? ((Module *)kr_as_obj(module))->name : NULL;
    if (!modname && !(modname = kr_str_from_cstr(th, "?")))
        return -1;
    Value all = kr_object_getattr(th, module, k_all);
    if (all) {
        Value it = kr_object_iter(th, all);
        if (!it)
            return -1;
        Value name;
        while ((name = kr_object_next(th, it)))
            if (star_one(th, module, name, ns, modname) < 0)
                return -1;
        return kr_err_occurred(th) ? -1 : 0;
    }
    if (!kr_err_matches(th, &kr_exc_AttributeError))
        return -1;
    kr_err_clear(th);
    Value d = kr_object_getattr(th, module, KR_NAME(th, __dict__));
    if (!d || !kr_is_dict(d))
        return d ? kr_err_type_error(th, "module.__dict__ is not a dictionary") ? -1 : -1 : -1;
    Dict *copy = kr_dict_copy(th, kr_as_dict(d));
    if (!copy)
        return -1;
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(copy, &pos, &k, &v)) {
        if (!kr_str_check(k)) {
            kr_err_format(th, &kr_exc_TypeError, "Key in %U.__dict__ must be str, not %s",
                          modname, kr_type_name(k));
            return -1;
        }
        if (kr_as_str(k)->len && kr_str_char(kr_as_str(k), 0) == '_')
            continue;
        if (kr_dict_set(th, ns, k, v) < 0)
            return -1;
    }
    return 0;
}

/* Is the pending ModuleNotFoundError about `name` itself (not about a
 * module that name's own code failed to import)?  As importlib's
 * _handle_fromlist, which compares exc.name. */
static bool missing_is(Thread *th, Str *name)
{
    Value exc = kr_err_fetch(th);
    Value msg = kr_object_str(th, exc);
    bool same = false;
    if (msg) {
        Buf b;
        kr_buf_init(&b);
        kr_buf_puts(&b, "No module named ");
        Value r = kr_object_repr(th, kr_from_obj(name));
        if (r)
            kr_str_to_buf(&b, kr_as_str(r));
        Str *want = r ? kr_str_from_buf(th, &b) : NULL;
        /* a prefix match also takes "...; 'm' is not a package" */
        Str *m = kr_as_str(msg);
        Str *head = want && m->len >= want->len ? kr_str_substr(th, m, 0, want->len) : NULL;
        same = head && kr_str_eq(want, head);
    }
    kr_err_clear(th);
    kr_err_set(th, exc);
    return same;
}

/* Whether module's body is still running (a circular import): a frame of
 * this thread runs it, or its __spec__._initializing is true (CPython's
 * _PyModuleSpec_IsInitializing; krait's own loader sets no such flag and
 * modules loaded before importlib have no spec, hence the frame walk). */
bool kr_vm_module_initializing(Thread *th, Value module)
{
    Str *ks = kr_str_intern_cstr(th, "__spec__"), *ki = kr_str_intern_cstr(th, "_initializing");
    Value spec = KR_VALUE_NULL;
    if (kr_isinstance_type(module, &kr_module_type)) {
        Dict *d = ((Module *)kr_as_obj(module))->dict;
        for (Frame *f = th->frame; f; f = f->prev)
            if (f->globals == d && f->locals == d)
                return true;
        /* from the dict: module getattr's own error path asks this */
        spec = ks ? kr_dict_get_str(d, ks) : KR_VALUE_NULL;
    } else if (ks) {
        spec = kr_object_getattr(th, module, ks);
    }
    Value v = spec && ki ? kr_object_getattr(th, spec, ki) : KR_VALUE_NULL;
    int t = v ? kr_object_truth(th, v) : 0;
    kr_err_clear(th);
    return t > 0;
}

/* The ImportError of `from module import name`, with its name and path
 * attributes, in CPython's import_from words. */
static Value import_from_error(Thread *th, Value module, Str *name, Value modname)
{
    Str *k_file = kr_str_intern_cstr(th, "__file__");
    Value file = kr_isinstance_type(module, &kr_module_type) && k_file
                     ? kr_dict_get_str(((Module *)kr_as_obj(module))->dict, k_file)
                     : KR_VALUE_NULL;
    Str *shown = modname && kr_is_str(modname) ? kr_as_str(modname)
                                               : kr_str_intern_cstr(th, "<unknown module name>");
    if (!shown)
        return KR_VALUE_NULL;
    if (!file || !kr_is_str(file)) {
        kr_err_format(th, &kr_exc_ImportError,
                      "cannot import name '%U' from '%U' (unknown location)", name, shown);
        file = KR_NONE;
    } else if (kr_vm_module_initializing(th, module)) {
        kr_err_format(th, &kr_exc_ImportError,
                      "cannot import name '%U' from partially initialized module '%U' "
                      "(most likely due to a circular import) (%U)", name, shown, kr_as_str(file));
    } else {
        kr_err_format(th, &kr_exc_ImportError, "cannot import name '%U' from '%U' (%U)", name,
                      shown, kr_as_str(file));
    }
    Value exc = kr_err_fetch(th);
    Str *kn = kr_str_intern_cstr(th, "name"), *kp = kr_str_intern_cstr(th, "path");
    Value exc_name = modname && kr_is_str(modname) ? modname : KR_NONE;
    if (kn && kp && kr_object_setattr(th, exc, kn, exc_name) == 0 &&
        kr_object_setattr(th, exc, kp, file) == 0)
        kr_err_set(th, exc);
    return KR_VALUE_NULL;
}

Value kr_vm_import_from(Thread *th, Value module, Str *name)
{
    Value v = kr_object_getattr(th, module, name);
    if (v || !kr_err_matches(th, &kr_exc_AttributeError))
        return v;
    kr_err_clear(th);
    /* the package's name as its __name__ says, for any object in sys.modules */
    Str *kname = kr_str_intern_cstr(th, "__name__");
    Value modname = kname ? kr_object_getattr(th, module, kname) : KR_VALUE_NULL;
    if (!modname)
        kr_err_clear(th);
    if (modname && kr_is_str(modname) && kr_isinstance_type(module, &kr_module_type)) {
        /* maybe a submodule not imported yet */
        Buf b;
        kr_buf_init(&b);
        kr_str_to_buf(&b, kr_as_str(modname));
        kr_buf_putc(&b, '.');
        kr_str_to_buf(&b, name);
        Str *full = kr_str_from_buf(th, &b);
        if (!full || !(full = kr_str_intern(th, full)))
            return KR_VALUE_NULL;
        Value sub = import_one(th, full);
        if (sub)
            return sub;
        if (!kr_err_matches(th, &kr_exc_ModuleNotFoundError) || !missing_is(th, full))
            return KR_VALUE_NULL;   /* the submodule exists but failed: its error stands */
        kr_err_clear(th);
    }
    return import_from_error(th, module, name, modname);
}

/* builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0):
 * the top-level package when fromlist is empty, else the module itself with
 * the submodules fromlist names imported (missing ones are not an error). */
/* `__import__('a.b', g, level=1)` without a fromlist returns the module
 * of the first component, `a` of wherever the import resolved to. */
static Value relative_top(Thread *th, Value leaf, Str *name)
{
    Value modname = kr_object_getattr(th, leaf, KR_NAME(th, __name__));
    if (!modname || !kr_is_str(modname))
        return modname ? leaf : KR_VALUE_NULL;
    int64_t first = name->len;
    for (int64_t i = 0; i < name->len; i++)
        if (kr_str_char(name, i) == '.') {
            first = i;
            break;
        }
    Str *mn = kr_as_str(modname);
    Str *top = kr_str_substr(th, mn, 0, mn->len - (name->len - first));
    if (!top || !(top = kr_str_intern(th, top)))
        return KR_VALUE_NULL;
    Value m = kr_dict_get_str(th->vm->modules, top);
    if (!m)
        kr_err_format(th, &kr_exc_KeyError, "'%U'", top);
    return m;
}

/* Is the pending error a ModuleNotFoundError whose .name is `name`? */
static bool not_found_named(Thread *th, Str *name)
{
    if (!kr_err_matches(th, &kr_exc_ModuleNotFoundError))
        return false;
    Value exc = kr_err_fetch(th);
    Str *k_name = kr_str_intern_cstr(th, "name");
    Value n = k_name ? kr_object_getattr(th, exc, k_name) : KR_VALUE_NULL;
    bool same = n && kr_is_str(n) && kr_str_eq(kr_as_str(n), name);
    kr_err_clear(th);
    kr_err_set(th, exc);
    return same;
}

/* importlib's _handle_fromlist: each name in fromlist the package lacks
 * is imported as its submodule ('*' stands for its __all__); a submodule
 * that does not exist is skipped, any other failure propagates. */
static int handle_fromlist(Thread *th, Value module, Value fromlist, bool recursive)
{
    Str *k_name = KR_NAME(th, __name__);
    Value modname = kr_object_getattr(th, module, k_name);
    List *items = modname ? kr_list_from_iterable(th, fromlist) : NULL;
    if (!items)
        return -1;
    for (int64_t i = 0; i < items->size; i++) {
        Value x = items->items[i];
        if (!kr_str_check(x)) {
            if (recursive)
                kr_err_format(th, &kr_exc_TypeError, "Item in %S.__all__ must be str, not %s",
                              modname, kr_type_name(x));
            else
                kr_err_format(th, &kr_exc_TypeError,
                              "Item in ``from list'' must be str, not %s", kr_type_name(x));
            return -1;
        }
        Str *sub = kr_str_intern(th, kr_as_str(x));
        if (!sub)
            return -1;
        if (sub->len == 1 && kr_str_char(sub, 0) == '*') {
            Str *k_all = recursive ? NULL : kr_str_intern_cstr(th, "__all__");
            Value all = k_all ? kr_object_getattr(th, module, k_all) : KR_VALUE_NULL;
            if (!all) {
                if (k_all && !kr_err_matches(th, &kr_exc_AttributeError))
                    return -1;
                kr_err_clear(th);
            } else if (handle_fromlist(th, module, all, true) < 0) {
                return -1;
            }
            continue;
        }
        Value have = kr_object_getattr(th, module, sub);
        if (have)
            continue;
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return -1;
        kr_err_clear(th);
        Value mn = kr_object_str(th, modname);
        if (!mn)
            return -1;
        Buf b;
        kr_buf_init(&b);
        kr_str_to_buf(&b, kr_as_str(mn));
        kr_buf_putc(&b, '.');
        kr_str_to_buf(&b, sub);
        Str *full = kr_str_from_buf(th, &b);
        if (!full || !(full = kr_str_intern(th, full)))
            return -1;
        if (kr_vm_import(th, full, true))
            continue;
        if (!not_found_named(th, full) || kr_dict_get_str(th->vm->modules, full) == KR_NONE)
            return -1;                  /* another failure, or blocked: it stands */
        kr_err_clear(th);
    }
    return 0;
}

/* builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0):
 * importlib's __import__ over the native import. */
Value kr_vm_builtin_import(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    Value a[5] = {0, KR_NONE, KR_NONE, KR_NONE, kr_from_smallint(0)};
    if (kr_mod_bind_args(th, "__import__", args, nargs, kw, names, 1, a) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_str(a[0]))
        return kr_err_type_error(th, "module name must be a string");
    int64_t level;
    if (kr_int_as_i64(th, a[4], &level) < 0)
        return KR_VALUE_NULL;
    if (level < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "level must be >= 0");
        return KR_VALUE_NULL;
    }
    Str *name = kr_as_str(a[0]);
    if (level == 0 && name->len == 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "Empty module name");
        return KR_VALUE_NULL;
    }
    int from = a[3] == KR_NONE ? 0 : kr_object_truth(th, a[3]);
    if (from < 0)
        return KR_VALUE_NULL;
    if (!(name = kr_str_intern(th, name)))
        return KR_VALUE_NULL;
    Value m;
    if (level > 0) {
        if (!kr_is_dict(a[1])) {
            kr_err_set_string(th, &kr_exc_KeyError, "'__name__' not in globals");
            return KR_VALUE_NULL;
        }
        m = kr_vm_import_relative(th, name, (int)level, kr_as_dict(a[1]));
        if (m && !from && name->len)
            m = relative_top(th, m, name);
    } else {
        m = kr_vm_import(th, name, from != 0);
    }
    if (!m || !from)
        return m;
    Str *k_path = kr_str_intern_cstr(th, "__path__");
    Value path = k_path ? kr_object_getattr(th, m, k_path) : KR_VALUE_NULL;
    if (!path) {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
        return m;
    }
    return handle_fromlist(th, m, a[3], false) < 0 ? KR_VALUE_NULL : m;
}

int kr_vm_set_argv(Thread *th, int argc, char **argv)
{
    Str *k_argv = kr_str_intern_cstr(th, "argv");
    if (!k_argv)
        return -1;
    Value v = kr_dict_get_str(th->vm->sys_module->dict, k_argv);
    if (!v || !kr_is_list(v))
        return 0;
    for (int i = 0; i < argc; i++) {
        Str *arg = kr_str_from_utf8(th, argv[i], strlen(argv[i]));
        if (!arg || kr_list_append(th, kr_as_list(v), kr_from_obj(arg)) < 0)
            return -1;
    }
    return 0;
}

/* lib/ in dir or up to three directories above it; NULL if none. */
static char *lib_dir_above(char *dir)
{
    for (int up = 0; up < 4; up++) {
        Buf b;
        kr_buf_init(&b);
        kr_buf_printf(&b, "%s/lib/_io.py", dir);
        if (is_file(b.data)) {
            b.data[b.len - strlen("/_io.py")] = 0;
            return b.data;
        }
        kr_buf_free(&b);
        char *slash = strrchr(dir, '/');
        if (!slash)
            return NULL;
        *slash = 0;
    }
    return NULL;
}

/* krait's own pure-Python modules: the lib/ directory of the repository
 * the executable was built in (build/krait, build/asan/krait, ...), found
 * by walking up from the executable's real path.  A copy of the executable
 * in a virtual environment (venv --copies) finds it from pyvenv.cfg's home,
 * the directory of the krait the environment was made with.  NULL if
 * there is none. */
static char *krait_lib_dir(void)
{
    char dir[4096];
    ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
    if (n <= 0)
        return NULL;
    dir[n] = 0;
    char *slash = strrchr(dir, '/');
    if (!slash)
        return NULL;
    *slash = 0;
    char exe_dir[4096];
    memcpy(exe_dir, dir, strlen(dir) + 1);
    char *lib = lib_dir_above(dir);
    if (lib)
        return lib;
    Buf home;
    kr_buf_init(&home);
    slash = strrchr(exe_dir, '/');
    bool found = kr_sys_venv_home(exe_dir, &home);
    if (!found && slash) {
        *slash = 0;
        found = kr_sys_venv_home(exe_dir, &home);
    }
    char *real = found && home.data ? realpath(home.data, NULL) : NULL;
    kr_buf_free(&home);
    if (real && strlen(real) < sizeof dir) {
        memcpy(dir, real, strlen(real) + 1);
        lib = lib_dir_above(dir);
    }
    free(real);
    return lib;
}

static int path_append(Thread *th, List *l, const char *dir, size_t len)
{
    Str *s = kr_str_from_utf8(th, dir, len);
    return s ? kr_list_append(th, l, kr_from_obj(s)) : -1;
}

static int sys_set(Thread *th, const char *name, const char *value)
{
    Str *k = kr_str_intern_cstr(th, name), *v = kr_str_from_cstr(th, value);
    return k && v ? kr_dict_set_str(th, th->vm->sys_module->dict, k, kr_from_obj(v)) : -1;
}

/* PYTHONPYCACHEPREFIX (an empty value counts as unset, as in CPython).
 * PYTHONDONTWRITEBYTECODE is the command line's (main.c), which honours -E. */
static int bytecode_env(Thread *th)
{
    const char *prefix = getenv("PYTHONPYCACHEPREFIX");
    Str *k = kr_str_intern_cstr(th, "pycache_prefix");
    Str *v = prefix && *prefix ? kr_str_from_cstr(th, prefix) : NULL;
    if (!k || (prefix && *prefix && !v) ||
        kr_dict_set_str(th, th->vm->sys_module->dict, k, v ? kr_from_obj(v) : KR_NONE) < 0)
        return -1;
    return 0;
}

/* sys.path as CPython 3.11 run with -S builds it: the script's directory
 * ('' for -c and stdin), the PYTHONPATH entries, then the standard library
 * -- with krait's lib/ just before it, for the modules krait provides in
 * Python (_io, ...).  Nothing is imported here: start-up stays lazy. */
int kr_vm_set_script_path(Thread *th, const char *script)
{
    Str *k_path = kr_str_intern_cstr(th, "path");
    if (!k_path || sys_set(th, "prefix", KR_STDLIB_PREFIX) < 0 ||
        sys_set(th, "exec_prefix", KR_STDLIB_PREFIX) < 0 || sys_set(th, "platlibdir", "lib") < 0 ||
        sys_set(th, "base_prefix", KR_STDLIB_PREFIX) < 0 ||
        sys_set(th, "base_exec_prefix", KR_STDLIB_PREFIX) < 0 || bytecode_env(th) < 0)
        return -1;
    Value path = kr_dict_get_str(th->vm->sys_module->dict, k_path);
    if (!path || !kr_is_list(path))
        return 0;
    List *l = kr_as_list(path);
    const char *slash = strrchr(script, '/');
    if (path_append(th, l, script, slash ? (size_t)(slash - script) : 0) < 0)
        return -1;
    const char *pp = getenv("PYTHONPATH");
    while (pp && *pp) {
        const char *end = strchr(pp, ':');
        size_t n = end ? (size_t)(end - pp) : strlen(pp);
        if (n && path_append(th, l, pp, n) < 0)
            return -1;
        pp = end ? end + 1 : NULL;
    }
    char *lib = krait_lib_dir();
    int r = lib ? path_append(th, l, lib, strlen(lib)) : 0;
    free(lib);
    if (r < 0)
        return -1;
    return path_append(th, l, KR_STDLIB_PREFIX "/lib/python3.11", strlen(KR_STDLIB_PREFIX) + 15);
}
