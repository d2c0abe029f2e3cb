/*
 * _imp.c -- the _imp module: the few primitives importlib's pure-Python
 * bootstrap (importlib/_bootstrap.py, _bootstrap_external.py) asks of the
 * interpreter.
 *
 * krait's own import statement is native (vm/import.c); _imp exists so
 * that importlib can run on top of it.  What krait's answers mean:
 *   built-in modules   are those of modules.def, all initialised at start-up,
 *                      so create_builtin just hands back sys.modules[name];
 *   frozen modules     there are none (is_frozen is False, find_frozen None);
 *   extension modules  none can be loaded: extension_suffixes() is [], so
 *                      importlib never looks for a .so.
 * The import lock is a per-interpreter count (krait runs one thread of
 * Python at a time), kept in the module's own dict so nothing is global.
 */
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
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

/* ---- frozen and extension modules: there are none ------------------------ */

KR_LIB_FUNC(imp_is_frozen)
{
    return name_arg(th, "is_frozen", args, nargs, kw) ? KR_FALSE : KR_VALUE_NULL;
}

static Value not_frozen(Thread *th, Str *name)
{
    if (name)
        kr_err_format(th, &kr_exc_ImportError, "No such frozen object named '%U'", name);
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(imp_is_frozen_package)
{
    return not_frozen(th, name_arg(th, "is_frozen_package", args, nargs, kw));
}

KR_LIB_FUNC(imp_get_frozen_object)
{
    if (kr_libutil_check_positional(th, "get_frozen_object", nargs, 1, 2) < 0)
        return KR_VALUE_NULL;
    return not_frozen(th, name_arg(th, "get_frozen_object", args, 1, kw));
}

KR_LIB_FUNC(imp_init_frozen)
{
    return name_arg(th, "init_frozen", args, nargs, kw) ? KR_NONE : KR_VALUE_NULL;
}

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
    return KR_NONE;
}

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
    {"_override_frozen_modules_for_tests", imp_ignore_flag, "($module, override, /)", NULL, 0},
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
