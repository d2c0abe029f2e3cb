/*
 * _warnings.c -- the _warnings module: warn, warn_explicit and the shared
 * state warnings.py adopts (filters, _defaultaction, _onceregistry,
 * _filters_mutated).
 *
 * The logic is CPython's Python/_warnings.c: find the caller's frame at
 * `stacklevel` for the file, line, module and __warningregistry__; match
 * the filters in order; record in the registries what was shown so
 * "default", "module" and "once" show a warning once; then show it.  When
 * warnings.py has been imported its attributes win (filters,
 * defaultaction, onceregistry) and showing goes through its
 * _showwarnmsg, so warnings.showwarning overrides are honoured; otherwise
 * the warning is printed to sys.stderr as "file:line: Category: text"
 * followed by the source line, as CPython's C fallback does.
 *
 * The registries remember the filters' version: _filters_mutated() bumps
 * it, and a registry from an older version is cleared before use.
 */
#include <stdio.h>
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/frame.h"

static Str *nm(Thread *th, const char *s) { return kr_str_intern_cstr(th, s); }

static Dict *own_dict(Thread *th)
{
    Value m = kr_dict_get_str(th->vm->modules, nm(th, "_warnings"));
    return m ? ((Module *)kr_as_obj(m))->dict : NULL;
}

/* An attribute of warnings.py if it is imported, else ours.  What
 * warnings.py had is remembered as ours, so a program that deletes the
 * attribute keeps the last one in force (CPython keeps it in the module
 * state the same way). */
static Value state(Thread *th, const char *py_name, const char *own_name)
{
    Value w = kr_dict_get_str(th->vm->modules, nm(th, "warnings"));
    Dict *d = own_dict(th);
    if (w && kr_is_type(w, &kr_module_type)) {
        Value v = kr_dict_get_str(((Module *)kr_as_obj(w))->dict, nm(th, py_name));
        if (v) {
            if (d && kr_dict_set_str(th, d, nm(th, own_name), v) < 0)
                kr_err_clear(th);
            return v;
        }
    }
    return d ? kr_dict_get_str(d, nm(th, own_name)) : KR_VALUE_NULL;
}

static int64_t filters_version(Thread *th)
{
    Dict *d = own_dict(th);
    Value v = d ? kr_dict_get_str(d, nm(th, "_krait_filters_version")) : KR_VALUE_NULL;
    int64_t n = 0;
    if (v && kr_int_as_i64(th, v, &n) < 0)
        kr_err_clear(th);
    return n;
}

/* A filter's message or module pattern: None matches anything, a str
 * must be equal, a compiled regex must match. */
static int matched(Thread *th, Value pattern, Value text)
{
    if (pattern == KR_NONE)
        return 1;
    if (kr_is_str(pattern))
        return kr_object_richcompare_bool(th, pattern, text, KR_EQ);
    Value m = kr_object_getattr(th, pattern, nm(th, "match"));
    Value r = m ? kr_vm_call(th, m, &text, 1, NULL) : KR_VALUE_NULL;
    return r ? kr_object_truth(th, r) : -1;
}

static int is_subclass(Thread *th, Value a, Value b)
{
    Value argv[2] = {a, b};
    Value f = kr_dict_get_str(th->vm->builtins, nm(th, "issubclass"));
    Value r = f ? kr_vm_call(th, f, argv, 2, NULL) : KR_VALUE_NULL;
    return r ? kr_object_truth(th, r) : -1;
}

/* The action for a warning, and the filter that chose it (None for the
 * default). */
static Value get_action(Thread *th, Value category, Value text, int64_t lineno, Value module,
                        Value *item)
{
    Value filters = state(th, "filters", "filters");
    if (!filters || !kr_is_list(filters)) {
        kr_err_set_string(th, &kr_exc_ValueError, "_warnings.filters must be a list");
        return KR_VALUE_NULL;
    }
    List *l = kr_as_list(filters);
    for (int64_t i = 0; i < l->size; i++) {
        Value f = l->items[i];
        if (!kr_is_tuple(f) || kr_as_tuple(f)->size != 5) {
            kr_err_format(th, &kr_exc_ValueError, "_warnings.filters item %lld isn't a 5-tuple",
                          (long long)i);
            return KR_VALUE_NULL;
        }
        Value *fi = kr_as_tuple(f)->items;
        int64_t ln;
        int ok = matched(th, fi[1], text);
        if (ok > 0)
            ok = is_subclass(th, category, fi[2]);
        if (ok > 0)
            ok = matched(th, fi[3], module);
        if (ok > 0) {
            if (kr_int_as_i64(th, fi[4], &ln) < 0)
                return KR_VALUE_NULL;
            ok = ln == 0 || ln == lineno;
        }
        if (ok < 0)
            return KR_VALUE_NULL;
        if (ok) {
            *item = f;
            return fi[0];
        }
    }
    *item = KR_NONE;
    Value dflt = state(th, "defaultaction", "_defaultaction");
    return dflt ? dflt : kr_from_obj(nm(th, "default"));
}

/* registry[key] is set (true), with the registry reset if the filters
 * changed since it was filled.  1, 0, -1. */
static int already_warned(Thread *th, Value registry, Value key, bool set)
{
    if (!kr_isinstance_type(registry, &kr_dict_type))
        return 0;
    Dict *d = kr_as_dict(registry);
    Value ver = kr_dict_get_str(d, nm(th, "version"));
    Value now = kr_int_from_i64(th, filters_version(th));
    if (!now)
        return -1;
    int same = ver ? kr_object_richcompare_bool(th, ver, now, KR_EQ) : 0;
    if (same < 0)
        return -1;
    if (!same) {
        Value clear = kr_type_lookup(&kr_dict_type, nm(th, "clear"));
        if (!clear || !kr_vm_call_method(th, clear, registry, NULL, 0, NULL) ||
            kr_dict_set_str(th, d, nm(th, "version"), now) < 0)
            return -1;
    }
    Value v = kr_dict_get(th, d, key);
    if (!v && kr_err_occurred(th))
        return -1;
    if (v) {
        int t = kr_object_truth(th, v);
        if (t)
            return t;
    }
    return set ? (kr_dict_set(th, d, key, KR_TRUE) < 0 ? -1 : 0) : 0;
}

/* The text of line `lineno` of a file, without leading blanks: "" if the
 * file cannot be read. */
static Str *source_line(Thread *th, Value filename, int64_t lineno)
{
    size_t n;
    const char *path = kr_is_str(filename) ? kr_str_utf8(th, kr_as_str(filename), &n) : NULL;
    FILE *f = path ? fopen(path, "r") : NULL;
    if (!f) {
        kr_err_clear(th);
        return NULL;
    }
    char buf[4096];
    Str *r = NULL;
    for (int64_t i = 1; fgets(buf, sizeof buf, f); i++) {
        if (i == lineno) {
            char *p = buf;
            while (*p == ' ' || *p == '\t' || *p == '\f')
                p++;
            r = kr_str_from_cstr(th, p);
            break;
        }
    }
    fclose(f);
    return r;
}

/* CPython's show_warning: "file:line: Category: text" and the line. */
static int show_plain(Thread *th, Value filename, int64_t lineno, Value category, Value text)
{
    Value err = kr_dict_get_str(th->vm->sys_module->dict, nm(th, "stderr"));
    if (!err || err == KR_NONE)
        return 0;
    Buf b;
    kr_buf_init(&b);
    Value cname = kr_object_getattr(th, category, KR_NAME(th, __name__));
    if (!cname || kr_libutil_str_put(th, &b, filename) < 0) {
        kr_buf_free(&b);
        return -1;
    }
    kr_buf_printf(&b, ":%lld: ", (long long)lineno);
    if (kr_libutil_str_put(th, &b, cname) < 0 || (kr_buf_puts(&b, ": "), 0) ||
        kr_libutil_str_put(th, &b, text) < 0) {
        kr_buf_free(&b);
        return -1;
    }
    kr_buf_putc(&b, '\n');
    Str *line = source_line(th, filename, lineno);
    if (line) {
        kr_buf_puts(&b, "  ");
        kr_str_to_buf(&b, line);
        if (line->len == 0 || kr_str_char(line, line->len - 1) != '\n')
            kr_buf_putc(&b, '\n');
    }
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_mod_sys_write(th, err, s) : -1;
}

static int show(Thread *th, Value message, Value category, Value text, Value filename,
                int64_t lineno, Value source)
{
    Value show_fn = KR_VALUE_NULL, cls = KR_VALUE_NULL;
    Value w = kr_dict_get_str(th->vm->modules, nm(th, "warnings"));
    if (w && kr_is_type(w, &kr_module_type)) {
        Dict *wd = ((Module *)kr_as_obj(w))->dict;
        show_fn = kr_dict_get_str(wd, nm(th, "_showwarnmsg"));
        cls = kr_dict_get_str(wd, nm(th, "WarningMessage"));
    }
    if (!show_fn || !cls)
        return show_plain(th, filename, lineno, category, text);
    Value ln = kr_int_from_i64(th, lineno);
    if (!ln)
        return -1;
    Value argv[7] = {message, category, filename, ln, KR_NONE, KR_NONE, source ? source : KR_NONE};
    Value msg = kr_vm_call(th, cls, argv, 7, NULL);
    return msg && kr_vm_call(th, show_fn, &msg, 1, NULL) ? 0 : -1;
}

/* The heart of warn_explicit; message is a Warning instance or a str. */
static Value warn_explicit_impl(Thread *th, Value category, Value message, Value filename,
                                int64_t lineno, Value module, Value registry, Value source)
{
    if (!module || module == KR_NONE) {
        /* The file name without ".py", as CPython's normalize_module. */
        module = filename;
        if (kr_is_str(filename)) {
            Str *f = kr_as_str(filename);
            int64_t n = f->len;
            if (n >= 3 && kr_str_char(f, n - 3) == '.' && kr_str_char(f, n - 2) == 'p' &&
                kr_str_char(f, n - 1) == 'y') {
                Str *s = kr_str_substr(th, f, 0, n - 3);
                if (!s)
                    return KR_VALUE_NULL;
                module = kr_from_obj(s);
            }
        }
    }
    Value text = message;
    if (kr_isinstance_type(message, &kr_exc_Warning)) {
        if (!(text = kr_object_str(th, message)))
            return KR_VALUE_NULL;
        category = kr_from_obj(kr_type_of(message));
    } else if (!(message = kr_vm_call(th, category, &message, 1, NULL))) {
        return KR_VALUE_NULL;
    }
    Value ln = kr_int_from_i64(th, lineno);
    Value kv[3] = {text, category, ln};
    Tuple *key = ln ? kr_tuple_from_array(th, kv, 3) : NULL;
    if (!key)
        return KR_VALUE_NULL;
    bool has_registry = registry && registry != KR_NONE;
    if (has_registry) {
        int w = already_warned(th, registry, kr_from_obj(key), false);
        if (w)
            return w < 0 ? KR_VALUE_NULL : KR_NONE;
    }
    Value item;
    Value action = get_action(th, category, text, lineno, module, &item);
    if (!action)
        return KR_VALUE_NULL;
    Str *act = kr_is_str(action) ? kr_as_str(action) : NULL;
    const char *a = act ? kr_str_utf8(th, act, &(size_t){0}) : "";
    if (!a)
        return KR_VALUE_NULL;
    if (strcmp(a, "error") == 0) {
        kr_err_set(th, message);
        return KR_VALUE_NULL;
    }
    if (strcmp(a, "ignore") == 0)
        return KR_NONE;
    int seen = 0;
    if (strcmp(a, "once") == 0) {
        if (has_registry && (seen = already_warned(th, registry, kr_from_obj(key), true)) < 0)
            return KR_VALUE_NULL;
        Value once = state(th, "onceregistry", "_onceregistry");
        Value ok2[2] = {text, category};
        Tuple *oncekey = kr_tuple_from_array(th, ok2, 2);
        if (!oncekey || !once)
            return KR_VALUE_NULL;
        seen = already_warned(th, once, kr_from_obj(oncekey), true);
    } else if (strcmp(a, "module") == 0) {
        if (has_registry) {
            Value ak[3] = {text, category, kr_from_smallint(0)};
            Tuple *altkey = kr_tuple_from_array(th, ak, 3);
            if (!altkey || already_warned(th, registry, kr_from_obj(key), true) < 0)
                return KR_VALUE_NULL;
            seen = already_warned(th, registry, kr_from_obj(altkey), true);
        }
    } else if (strcmp(a, "default") == 0) {
        if (has_registry)
            seen = already_warned(th, registry, kr_from_obj(key), true);
    } else if (strcmp(a, "always") != 0) {
        kr_err_format(th, &kr_exc_RuntimeError,
                      "Unrecognized action (%R) in warnings.filters:\n %R", action, item);
        return KR_VALUE_NULL;
    }
    if (seen)
        return seen < 0 ? KR_VALUE_NULL : KR_NONE;
    return show(th, message, category, text, filename, lineno, source) < 0 ? KR_VALUE_NULL : KR_NONE;
}

/* The category of a warn() call: the message's class, the argument, or
 * UserWarning. */
static Value get_category(Thread *th, Value message, Value category)
{
    if (kr_isinstance_type(message, &kr_exc_Warning))
        return kr_from_obj(kr_type_of(message));
    if (!category || category == KR_NONE)
        return kr_from_obj(&kr_exc_UserWarning);
    if (!kr_isinstance_type(category, &kr_type_type) ||
        !kr_type_is_subtype((Type *)kr_as_obj(category), &kr_exc_Warning))
        return kr_err_type_error(th, "category must be a Warning subclass, not '%s'",
                                 kr_type_name(category));
    return category;
}

KR_LIB_FUNC(warnings_warn)
{
    static const char *const names[] = {"message", "category", "stacklevel", "source", NULL};
    Value a[4];
    if (kr_libutil_parse(th, "warn", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    Value category = get_category(th, a[0], a[1]);
    int64_t level = 1;
    if (!category || (a[2] && kr_libutil_as_ssize(th, a[2], &level) < 0))
        return KR_VALUE_NULL;
    /* The frame `level` calls up from warn()'s caller. */
    Frame *f = th->frame;
    for (int64_t i = 1; f && i < level; i++)
        f = f->prev;
    Dict *globals;
    Value filename;
    int64_t lineno;
    if (f) {
        globals = f->globals;
        filename = kr_from_obj(f->code->filename);
        lineno = kr_code_line(f->code, (uint32_t)(f->pc - 1 - f->code->instrs));
    } else {
        globals = th->vm->sys_module->dict;
        filename = kr_from_obj(nm(th, "sys"));
        lineno = 1;
    }
    Str *regname = nm(th, "__warningregistry__");
    Value registry = kr_dict_get_str(globals, regname);
    if (!registry) {
        Dict *r = kr_dict_new(th);
        if (!r || kr_dict_set_str(th, globals, regname, kr_from_obj(r)) < 0)
            return KR_VALUE_NULL;
        registry = kr_from_obj(r);
    }
    Value module = kr_dict_get_str(globals, KR_NAME(th, __name__));
    if (!module)
        module = kr_from_obj(nm(th, "<string>"));
    return warn_explicit_impl(th, category, a[0], filename, lineno, module, registry, a[3]);
}

KR_LIB_FUNC(warnings_warn_explicit)
{
    static const char *const names[] = {"message", "category", "filename", "lineno", "module",
                                        "registry", "module_globals", "source", NULL};
    Value a[8];
    if (kr_libutil_parse(th, "warn_explicit", args, nargs, kw, names, 0, 4, a) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_str(a[2]))
        return kr_err_type_error(th, "warn_explicit() argument 3 must be str, not %s",
                                 kr_type_name(a[2]));
    if (a[6] && a[6] != KR_NONE && !kr_is_dict(a[6]))
        return kr_err_type_error(th, "module_globals must be a dict, not '%s'", kr_type_name(a[6]));
    int64_t lineno;
    if (kr_libutil_as_ssize(th, a[3], &lineno) < 0)
        return KR_VALUE_NULL;
    Value category = a[1];
    if (!kr_isinstance_type(a[0], &kr_exc_Warning) && (category == KR_NONE || !category))
        category = kr_from_obj(&kr_exc_UserWarning);
    return warn_explicit_impl(th, category, a[0], a[2], lineno, a[4], a[5], a[7]);
}

KR_LIB_FUNC(warnings_filters_mutated)
{
    if (kr_call_check_args(th, "_filters_mutated", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Dict *d = own_dict(th);
    Value n = kr_int_from_i64(th, filters_version(th) + 1);
    if (!d || !n || kr_dict_set_str(th, d, nm(th, "_krait_filters_version"), n) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

static const MethodDef warnings_functions[] = {
    {"warn", warnings_warn, "($module, /, message, category=None, stacklevel=1, source=None)",
     NULL, 0},
    {"warn_explicit", warnings_warn_explicit,
     "($module, /, message, category, filename, lineno, module=<unrepresentable>, registry=None, "
     "module_globals=None, source=None)", NULL, 0},
    {"_filters_mutated", warnings_filters_mutated, "($module, /)", NULL, 0},
    {0},
};

/* CPython's default filters (a release build, no -W or -X dev). */
static int default_filters(Thread *th, List *filters)
{
    static const struct { const char *action; Type *cat; const char *module; } defs[] = {
        {"default", &kr_exc_DeprecationWarning, "__main__"},
        {"ignore", &kr_exc_DeprecationWarning, NULL},
        {"ignore", &kr_exc_PendingDeprecationWarning, NULL},
        {"ignore", &kr_exc_ImportWarning, NULL},
        {"ignore", &kr_exc_ResourceWarning, NULL},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(defs); i++) {
        Str *act = nm(th, defs[i].action);
        Str *mod = defs[i].module ? nm(th, defs[i].module) : NULL;
        Value items[5] = {act ? kr_from_obj(act) : 0, KR_NONE, kr_from_obj(defs[i].cat),
                          mod ? kr_from_obj(mod) : KR_NONE, kr_from_smallint(0)};
        Tuple *t = act ? kr_tuple_from_array(th, items, 5) : NULL;
        if (!t || kr_list_append(th, filters, kr_from_obj(t)) < 0)
            return -1;
    }
    return 0;
}

int kr_mod__warnings_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_warnings", warnings_functions);
    List *filters = m ? kr_list_new(th, 0) : NULL;
    Dict *once = filters ? kr_dict_new(th) : NULL;
    Str *dflt = once ? nm(th, "default") : NULL;
    if (!dflt || default_filters(th, filters) < 0 ||
        kr_libutil_add_value(th, m, "filters", kr_from_obj(filters)) < 0 ||
        kr_libutil_add_value(th, m, "_onceregistry", kr_from_obj(once)) < 0 ||
        kr_libutil_add_value(th, m, "_defaultaction", kr_from_obj(dflt)) < 0 ||
        kr_libutil_add_value(th, m, "_krait_filters_version", kr_from_smallint(0)) < 0)
        return -1;
    return 0;
}
