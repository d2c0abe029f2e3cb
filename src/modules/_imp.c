/*
 * _imp.c -- the _imp module: the few primitives importlib's pure-Python
 * bootstrap (importlib/_bootstrap.py, _bootstrap_external.py) asks of the
 * interpreter.
 *
 * krait's own import statement is native (vm/import.c); _imp exists so
 * that importlib can run on top of it.  What krait's answers mean:
 *   built-in modules   are those of modules.def, all initialised at start-up,
 *                      so create_builtin just hands back sys.modules[name];
 *   frozen modules     CPython's table, used only when a test switches
 *                      frozen modules on (see "frozen modules" below);
 *   extension modules  none can be loaded: extension_suffixes() is [], so
 *                      importlib never looks for a .so.
 * The import lock is a per-interpreter count (krait runs one thread of
 * Python at a time), kept in the module's own dict so nothing is global.
 */
#include <stdio.h>
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/importerror.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/pyc.h"
#include "vm/vm.h"

/* Is name one of krait's built-in (modules.def) modules? */
static bool is_builtin_name(Thread *th, Str *name)
{
    static const char *const names[] = {
#define KR_MODULE(n, init) #n,
#include "modules/modules.def"
#undef KR_MODULE
    };
    size_t len;
    const char *s = kr_str_utf8(th, name, &len);
    if (!s) {
        kr_err_clear(th);
        return false;
    }
    for (size_t i = 0; i < KR_ARRAY_LEN(names); i++)
        if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
            return true;
    return false;
}

/* The single str argument of fname(name, /) (METH_O: "_imp.f() takes
 * exactly one argument"). */
static Str *name_arg(Thread *th, const char *fname, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, fname, kw) < 0)
        return NULL;
    if (nargs != 1) {
        kr_err_format(th, &kr_exc_TypeError, "_imp.%s() takes exactly one argument (%zu given)",
                      fname, nargs);
        return NULL;
    }
    if (!kr_str_check(args[0])) {     /* a str subclass too (pdb's _ModuleTarget) */
        kr_err_format(th, &kr_exc_TypeError, "%s() argument must be str, not %s", fname,
                      kr_type_name(args[0]));
        return NULL;
    }
    return kr_as_str(args[0]);
}

/* ---- the import lock ---------------------------------------------------- */

static Value lock_count_key(Thread *th)
{
    Str *k = kr_str_intern_cstr(th, "_krait_lock_count");
    return k ? kr_from_obj(k) : KR_VALUE_NULL;
}

/* The module's dict holds the count (self is the builtin function, bound
 * to the module). */
static Dict *module_dict(Value self)
{
    return ((Module *)kr_as_obj(((Builtin *)kr_as_obj(self))->self))->dict;
}

static int64_t lock_count(Thread *th, Value self)
{
    Value key = lock_count_key(th);
    Value v = key ? kr_dict_get_str(module_dict(self), kr_as_str(key)) : 0;
    return v && kr_is_smallint(v) ? kr_as_smallint(v) : 0;
}

static Value set_lock_count(Thread *th, Value self, int64_t n)
{
    Value key = lock_count_key(th);
    if (!key || kr_dict_set_str(th, module_dict(self), kr_as_str(key),
                                kr_from_smallint(n)) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

KR_LIB_FUNC(imp_lock_held)
{
    if (kr_libutil_check_positional(th, "lock_held", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(lock_count(th, self) > 0);
}

KR_LIB_FUNC(imp_acquire_lock)
{
    if (kr_libutil_check_positional(th, "acquire_lock", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    return set_lock_count(th, self, lock_count(th, self) + 1);
}

KR_LIB_FUNC(imp_release_lock)
{
    if (kr_libutil_check_positional(th, "release_lock", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    int64_t n = lock_count(th, self);
    if (n == 0) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "not holding the import lock");
        return KR_VALUE_NULL;
    }
    return set_lock_count(th, self, n - 1);
}

/* ---- built-in modules --------------------------------------------------- */

KR_LIB_FUNC(imp_is_builtin)
{
    Str *name = name_arg(th, "is_builtin", args, nargs, kw);
    if (!name)
        return KR_VALUE_NULL;
    if (!is_builtin_name(th, name))
        return kr_from_smallint(0);
    /* sys and builtins cannot be initialised again: CPython answers -1 */
    size_t len;
    const char *s = kr_str_utf8(th, name, &len);
    bool fixed = s && (strcmp(s, "sys") == 0 || strcmp(s, "builtins") == 0);
    return kr_from_smallint(fixed ? -1 : 1);
}

/* create_builtin(spec): the module spec.name names, already made at start-up. */
KR_LIB_FUNC(imp_create_builtin)
{
    if (kr_libutil_no_keywords(th, "create_builtin", kw) < 0 ||
        kr_libutil_check_positional(th, "create_builtin", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    Str *k_name = kr_str_intern_cstr(th, "name");
    Value name = k_name ? kr_object_getattr(th, args[0], k_name) : KR_VALUE_NULL;
    if (!name)
        return KR_VALUE_NULL;
    if (!kr_is_str(name)) {
        kr_err_format(th, &kr_exc_TypeError, "name must be string, not %s", kr_type_name(name));
        return KR_VALUE_NULL;
    }
    Value m = kr_dict_get_str(th->vm->modules, kr_as_str(name));
    if (m)
        return m;
    m = kr_vm_builtin_module(th, kr_as_str(name));
    if (m)
        return m;
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    /* a built-in module removed from sys.modules: krait cannot make a second one */
    return KR_NONE;
}

KR_LIB_FUNC(imp_exec_builtin)
{
    if (kr_libutil_check_positional(th, "exec_builtin", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(0);
}

/* ---- frozen modules ------------------------------------------------------
 * CPython 3.11's table of frozen modules (Python/frozen.c), with the code
 * of each compiled from the standard library's source when asked for (the
 * few the Debian tree lacks carry their text here).  krait behaves as
 * CPython run with `-X frozen_modules=off`: the table is there only while
 * _imp._override_frozen_modules_for_tests(1) is in force (test.support's
 * frozen_modules()), and the import statement never loads a module frozen.
 * CPython always uses its three bootstrap modules; krait's importlib and
 * zipimport are source modules, so those obey the switch too. */

typedef struct {
    const char *name;       /* the frozen module */
    const char *code_of;    /* whose code it runs (an alias shares code) */
    const char *origname;   /* what importlib's loader_state.origname says */
    bool ispkg;
} FrozenModule;

/* where code_of's source lives, or its text when there is no file */
typedef struct {
    const char *module, *relpath, *text;
} FrozenSource;

static const FrozenModule frozen_modules[] = {
    {"_frozen_importlib", "importlib._bootstrap", "importlib._bootstrap", false},
    {"_frozen_importlib_external", "importlib._bootstrap_external",
     "importlib._bootstrap_external", false},
    {"zipimport", "zipimport", "zipimport", false},
    {"abc", "abc", "abc", false},
    {"codecs", "codecs", "codecs", false},
    {"io", "io", "io", false},
    {"_collections_abc", "_collections_abc", "_collections_abc", false},
    {"_sitebuiltins", "_sitebuiltins", "_sitebuiltins", false},
    {"genericpath", "genericpath", "genericpath", false},
    {"ntpath", "ntpath", "ntpath", false},
    {"posixpath", "posixpath", "posixpath", false},
    {"os.path", "posixpath", "posixpath", false},
    {"os", "os", "os", false},
    {"site", "site", "site", false},
    {"stat", "stat", "stat", false},
    {"importlib.util", "importlib.util", "importlib.util", false},
    {"importlib.machinery", "importlib.machinery", "importlib.machinery", false},
    {"runpy", "runpy", "runpy", false},
    {"__hello__", "__hello__", "__hello__", false},
    {"__hello_alias__", "__hello__", "__hello__", false},
    {"__phello_alias__", "__hello__", "__hello__", true},
    {"__phello_alias__.spam", "__hello__", "__hello__", false},
    {"__phello__", "__phello__", "__phello__", true},
    {"__phello__.__init__", "__phello__", "<__phello__", false},
    {"__phello__.ham", "__phello__.ham", "__phello__.ham", true},
    {"__phello__.ham.__init__", "__phello__.ham", "<__phello__.ham", false},
    {"__phello__.ham.eggs", "__phello__.ham.eggs", "__phello__.ham.eggs", false},
    {"__phello__.spam", "__phello__.spam", "__phello__.spam", false},
    {"__hello_only__", "__hello_only__", NULL, false},
};

static const FrozenSource frozen_sources[] = {
    {"importlib._bootstrap", "importlib/_bootstrap.py", NULL},
    {"importlib._bootstrap_external", "importlib/_bootstrap_external.py", NULL},
    {"importlib.util", "importlib/util.py", NULL},
    {"importlib.machinery", "importlib/machinery.py", NULL},
    {"__phello__", "__phello__/__init__.py", NULL},
    {"__phello__.spam", "__phello__/spam.py", NULL},
    {"__phello__.ham", "__phello__/ham/__init__.py", ""},
    {"__phello__.ham.eggs", "__phello__/ham/eggs.py", ""},
    /* CPython freezes Tools/freeze/flag.py under this name */
    {"__hello_only__", NULL, "initialized = True\nprint(\"Hello world!\")\n"},
};

static Value frozen_override_key(Thread *th)
{
    Str *k = kr_str_intern_cstr(th, "_krait_frozen_override");
    return k ? kr_from_obj(k) : KR_VALUE_NULL;
}

/* CPython's use_frozen(): the override when set, else the default (off). */
static bool use_frozen(Thread *th, Value self)
{
    Value key = frozen_override_key(th);
    Value v = key ? kr_dict_get_str(module_dict(self), kr_as_str(key)) : 0;
    return v && kr_is_smallint(v) && kr_as_smallint(v) > 0;
}

/* The table's entry for name when frozen modules are in use, else NULL. */
static const FrozenModule *look_up_frozen(Thread *th, Value self, Str *name)
{
    size_t len;
    const char *s = kr_str_utf8(th, name, &len);
    if (!s) {
        kr_err_clear(th);
        return NULL;
    }
    if (strlen(s) != len || !use_frozen(th, self))
        return NULL;
    for (size_t i = 0; i < KR_ARRAY_LEN(frozen_modules); i++)
        if (strcmp(frozen_modules[i].name, s) == 0)
            return &frozen_modules[i];
    return NULL;
}

/* "No such frozen object named 'x'" with .name, as CPython's set_frozen_error. */
static Value not_frozen(Thread *th, Str *name)
{
    if (!name)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "No such frozen object named ");
    if (kr_libutil_repr_put(th, &b, kr_from_obj(name)) < 0) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    Value msg = kr_libutil_buf_value(th, &b);
    Value exc = msg ? kr_vm_call(th, kr_from_obj(&kr_exc_ImportError), &msg, 1, NULL) : 0;
    if (!exc || kr_importerror_set_name(th, exc, kr_from_obj(name)) < 0)
        return KR_VALUE_NULL;
    kr_err_set(th, exc);
    return KR_VALUE_NULL;
}

static Value call_attr(Thread *th, const char *module, const char *attr, const Value *args,
                       size_t nargs)
{
    Str *k_mod = kr_str_intern_cstr(th, module), *k_attr = kr_str_intern_cstr(th, attr);
    Value m = k_mod && k_attr ? kr_vm_import(th, k_mod, true) : KR_VALUE_NULL;
    Value f = m ? kr_object_getattr(th, m, k_attr) : KR_VALUE_NULL;
    return f ? kr_vm_call(th, f, args, nargs, NULL) : KR_VALUE_NULL;
}

/* The source of f's code: the standard library's file, else the text
 * kept here; as bytes (compile() reads the coding declaration). */
static Value frozen_source(Thread *th, const FrozenModule *f)
{
    const FrozenSource *src = NULL;
    for (size_t i = 0; i < KR_ARRAY_LEN(frozen_sources); i++)
        if (strcmp(frozen_sources[i].module, f->code_of) == 0)
            src = &frozen_sources[i];
    Str *k_dir = kr_str_intern_cstr(th, "_stdlib_dir");
    Value dir = k_dir ? kr_dict_get_str(th->vm->sys_module->dict, k_dir) : KR_VALUE_NULL;
    size_t n;
    const char *d = dir && kr_is_str(dir) ? kr_str_utf8(th, kr_as_str(dir), &n) : NULL;
    Buf path;
    kr_buf_init(&path);
    if (d && src && src->relpath)
        kr_buf_printf(&path, "%s/%s", d, src->relpath);
    else if (d && !src)
        kr_buf_printf(&path, "%s/%s.py", d, f->code_of);
    FILE *fp = path.len ? fopen(path.data, "rb") : NULL;
    kr_buf_free(&path);
    Buf text;
    kr_buf_init(&text);
    if (fp) {
        char chunk[8192];
        while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
            kr_buf_write(&text, chunk, n);
        fclose(fp);
    } else if (src && src->text) {
        kr_buf_puts(&text, src->text);
    } else {
        kr_buf_free(&text);
        kr_err_format(th, &kr_exc_ImportError, "Excluded frozen object named '%s'", f->name);
        return KR_VALUE_NULL;
    }
    Bytes *b = kr_bytes_new(th, text.data, (int64_t)text.len);
    kr_buf_free(&text);
    return b ? kr_bytes_value(b) : KR_VALUE_NULL;
}

/* The frozen module's code object, its co_filename "<frozen NAME>" as
 * CPython's freeze tool writes it. */
static Value frozen_code(Thread *th, const FrozenModule *f)
{
    Value source = frozen_source(th, f);
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "<frozen %s>", f->code_of);
    Str *filename = source ? kr_str_from_buf(th, &b) : (kr_buf_free(&b), NULL);
    Str *mode = filename ? kr_str_intern_cstr(th, "exec") : NULL;
    if (!mode)
        return KR_VALUE_NULL;
    Value args[3] = {source, kr_from_obj(filename), kr_from_obj(mode)};
    return call_attr(th, "builtins", "compile", args, 3);
}

KR_LIB_FUNC(imp_is_frozen)
{
    Str *name = name_arg(th, "is_frozen", args, nargs, kw);
    return name ? kr_from_bool(look_up_frozen(th, self, name) != NULL) : KR_VALUE_NULL;
}

KR_LIB_FUNC(imp_is_frozen_package)
{
    Str *name = name_arg(th, "is_frozen_package", args, nargs, kw);
    const FrozenModule *f = name ? look_up_frozen(th, self, name) : NULL;
    return f ? kr_from_bool(f->ispkg) : not_frozen(th, name);
}

/* get_frozen_object(name, data=None): the code unmarshalled from data
 * (what find_frozen(name, withdata=True) gave), else made now. */
KR_LIB_FUNC(imp_get_frozen_object)
{
    if (kr_libutil_no_keywords(th, "get_frozen_object", kw) < 0 ||
        kr_libutil_check_positional(th, "get_frozen_object", nargs, 1, 2) < 0)
        return KR_VALUE_NULL;
    Str *name = name_arg(th, "get_frozen_object", args, 1, NULL);
    if (!name)
        return KR_VALUE_NULL;
    if (nargs == 2 && args[1] != KR_NONE)
        return call_attr(th, "marshal", "loads", &args[1], 1);
    const FrozenModule *f = look_up_frozen(th, self, name);
    return f ? frozen_code(th, f) : not_frozen(th, name);
}

/* init_frozen(name): import the frozen module now (None: no such module). */
KR_LIB_FUNC(imp_init_frozen)
{
    Str *name = name_arg(th, "init_frozen", args, nargs, kw);
    if (!name)
        return KR_VALUE_NULL;
    const FrozenModule *f = look_up_frozen(th, self, name);
    if (!f)
        return KR_NONE;
    Value code = frozen_code(th, f);
    Module *m = code ? kr_module_new(th, name) : NULL;
    Str *k_orig = m ? kr_str_intern_cstr(th, "__origname__") : NULL;
    Str *orig = k_orig ? kr_str_from_cstr(th, f->origname ? f->origname : "") : NULL;
    if (!orig || kr_dict_set_str(th, m->dict, k_orig, f->origname ? kr_from_obj(orig) : KR_NONE) < 0)
        return KR_VALUE_NULL;
    if (f->ispkg) {
        List *path = kr_list_new(th, 0);
        Str *k_path = path ? kr_str_intern_cstr(th, "__path__") : NULL;
        if (!k_path || kr_dict_set_str(th, m->dict, k_path, kr_from_obj(path)) < 0)
            return KR_VALUE_NULL;
    }
    if (kr_dict_set_str(th, th->vm->modules, name, kr_from_obj(m)) < 0)
        return KR_VALUE_NULL;
    Value exec_args[2] = {code, kr_from_obj(m->dict)};
    if (!call_attr(th, "builtins", "exec", exec_args, 2)) {
        Value exc = kr_err_fetch(th);
        if (kr_dict_del(th, th->vm->modules, kr_from_obj(name)) < 0)
            kr_err_clear(th);
        kr_err_set(th, exc);
        return KR_VALUE_NULL;
    }
    Value done = kr_dict_get_str(th->vm->modules, name);
    return done ? done : kr_from_obj(m);
}

/* find_frozen(name, *, withdata=False): None, or (data, ispkg, origname)
 * where data is a memoryview of the marshalled code (withdata) or None. */
KR_LIB_FUNC(imp_find_frozen)
{
    static const char *const names[] = {"name", "withdata", NULL};
    Value a[2] = {0, 0};
    if (kr_libutil_parse_kwonly(th, "find_frozen", args, nargs, kw, names, 1, 1, 1, a) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(a[0])) {
        kr_err_format(th, &kr_exc_TypeError, "find_frozen() argument 1 must be str, not %s",
                      kr_type_name(a[0]));
        return KR_VALUE_NULL;
    }
    const FrozenModule *f = look_up_frozen(th, self, kr_as_str(a[0]));
    if (!f)
        return KR_NONE;
    Value data = KR_NONE;
    int truth = a[1] ? kr_object_truth(th, a[1]) : 0;
    if (truth < 0)
        return KR_VALUE_NULL;
    if (truth) {
        Value code = frozen_code(th, f);
        Value bytes = code ? call_attr(th, "marshal", "dumps", &code, 1) : KR_VALUE_NULL;
        data = bytes ? call_attr(th, "builtins", "memoryview", &bytes, 1) : KR_VALUE_NULL;
        if (!data)
            return KR_VALUE_NULL;
    }
    Value orig = KR_NONE;
    if (f->origname) {
        Str *o = kr_str_from_cstr(th, f->origname);
        if (!o)
            return KR_VALUE_NULL;
        orig = kr_from_obj(o);
    }
    Value items[3] = {data, kr_from_bool(f->ispkg), orig};
    Tuple *t = kr_tuple_from_array(th, items, 3);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

int kr_mod__imp_frozen_override(Thread *th, int value)
{
    Str *k_imp = kr_str_intern_cstr(th, "_imp");
    Value imp = k_imp ? kr_dict_get_str(th->vm->modules, k_imp) : KR_VALUE_NULL;
    Value key = frozen_override_key(th);
    if (!imp || !key || !kr_is_type(imp, &kr_module_type)) {
        kr_err_clear(th);
        return 0;
    }
    Dict *d = ((Module *)kr_as_obj(imp))->dict;
    Value old = kr_dict_get_str(d, kr_as_str(key));
    if (kr_dict_set_str(th, d, kr_as_str(key), kr_from_smallint(value)) < 0)
        kr_err_clear(th);
    return old && kr_is_smallint(old) ? (int)kr_as_smallint(old) : 0;
}

/* _override_frozen_modules_for_tests(override): 1 uses the frozen table,
 * -1 or 0 (the default, "off" in krait) does not. */
KR_LIB_FUNC(imp_override_frozen)
{
    if (kr_libutil_no_keywords(th, "_override_frozen_modules_for_tests", kw) < 0 ||
        kr_libutil_check_positional(th, "_override_frozen_modules_for_tests", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    int v;
    Value key = frozen_override_key(th);
    if (!key || kr_libutil_as_int(th, args[0], false, &v) < 0)
        return KR_VALUE_NULL;
    if (kr_dict_set_str(th, module_dict(self), kr_as_str(key), kr_from_smallint(v)) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

/* ---- extension modules: krait loads none -------------------------------- */

KR_LIB_FUNC(imp_extension_suffixes)
{
    if (kr_libutil_check_positional(th, "extension_suffixes", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    List *l = kr_list_new(th, 0);
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

KR_LIB_FUNC(imp_create_dynamic)
{
    if (kr_libutil_check_positional(th, "create_dynamic", nargs, 1, 2) < 0)
        return KR_VALUE_NULL;
    kr_err_set_string(th, &kr_exc_ImportError, "krait cannot load extension modules");
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(imp_exec_dynamic)
{
    if (kr_libutil_check_positional(th, "exec_dynamic", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(0);
}

/* ---- odds and ends ------------------------------------------------------ */

/* A code object read from a .pyc names the file it was compiled from;
 * importlib calls this with the source path it loaded through (the cache
 * may have been written for another spelling of the path, or moved). */
KR_LIB_FUNC(imp__fix_co_filename)
{
    if (kr_libutil_check_positional(th, "_fix_co_filename", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_type(args[0], &kr_code_type)) {
        kr_err_format(th, &kr_exc_TypeError, "_fix_co_filename() argument 1 must be code, not %s",
                      kr_type_name(args[0]));
        return KR_VALUE_NULL;
    }
    if (!kr_is_str(args[1])) {
        kr_err_format(th, &kr_exc_TypeError, "_fix_co_filename() argument 2 must be str, not %s",
                      kr_type_name(args[1]));
        return KR_VALUE_NULL;
    }
    kr_pyc_fix_filename((Code *)kr_as_obj(args[0]), kr_as_str(args[1]));
    return KR_NONE;
}

/* source_hash(key, source): the 8 bytes of SipHash-1-3 keyed by key,
 * in the machine's byte order (as CPython's hash-based .pyc files hold it). */
KR_LIB_FUNC(imp_source_hash)
{
    static const char *const names[] = {"key", "source", NULL};
    Value a[2] = {0, 0};
    if (kr_libutil_parse(th, "source_hash", args, nargs, kw, names, 0, 2, a) < 0)
        return KR_VALUE_NULL;
    int64_t key;
    const unsigned char *data;
    int64_t len;
    if (kr_libutil_as_ssize(th, a[0], &key) < 0 || kr_bytes_view(th, a[1], &data, &len) < 0)
        return KR_VALUE_NULL;
    uint64_t h = kr_str_keyed_hash((uint64_t)key, data, (size_t)len);
    return kr_bytes_value(kr_bytes_new(th, &h, sizeof h));
}

KR_LIB_FUNC(imp_ignore_flag)
{
    if (kr_libutil_check_positional(th, "_override", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(0);
}

static const MethodDef imp_functions[] = {
    {"lock_held", imp_lock_held, "($module, /)", NULL, 0},
    {"acquire_lock", imp_acquire_lock, "($module, /)", NULL, 0},
    {"release_lock", imp_release_lock, "($module, /)", NULL, 0},
    {"is_builtin", imp_is_builtin, "($module, name, /)", NULL, 0},
    {"create_builtin", imp_create_builtin, "($module, spec, /)", NULL, 0},
    {"exec_builtin", imp_exec_builtin, "($module, mod, /)", NULL, 0},
    {"is_frozen", imp_is_frozen, "($module, name, /)", NULL, 0},
    {"is_frozen_package", imp_is_frozen_package, "($module, name, /)", NULL, 0},
    {"get_frozen_object", imp_get_frozen_object, "($module, name, data=None, /)", NULL, 0},
    {"init_frozen", imp_init_frozen, "($module, name, /)", NULL, 0},
    {"find_frozen", imp_find_frozen, "($module, name, /, *, withdata=False)", NULL, 0},
    {"extension_suffixes", imp_extension_suffixes, "($module, /)", NULL, 0},
    {"create_dynamic", imp_create_dynamic, "($module, spec, file=<unrepresentable>, /)", NULL, 0},
    {"exec_dynamic", imp_exec_dynamic, "($module, mod, /)", NULL, 0},
    {"_fix_co_filename", imp__fix_co_filename, "($module, code, path, /)", NULL, 0},
    {"source_hash", imp_source_hash, "($module, /, key, source)", NULL, 0},
    {"_override_frozen_modules_for_tests", imp_override_frozen, "($module, override, /)", NULL, 0},
    {"_override_multi_interp_extensions_check", imp_ignore_flag, "($module, override, /)", NULL, 0},
    {0},
};

int kr_mod__imp_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_imp", imp_functions);
    if (!m)
        return -1;
    Str *mode = kr_str_from_cstr(th, "default");
    /* CPython's default (--check-hash-based-pycs); krait's own import reads
     * only timestamp-based caches and recompiles in place of the others */
    return mode ? kr_libutil_add_value(th, m, "check_hash_based_pycs", kr_from_obj(mode)) : -1;
}
