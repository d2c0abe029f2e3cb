/*
 * libutil.c -- helpers shared by the native library modules (libutil.h).
 *
 * The library modules reproduce CPython's C modules message for message,
 * and most of those messages come from a handful of generated argument
 * parsers (Argument Clinic's _PyArg_UnpackKeywords, _PyArg_CheckPositional,
 * _PyArg_NoKeywords).  Writing those rules once here keeps each module's
 * functions to their logic, and keeps the messages consistent.
 */
#include <limits.h>
#include <string.h>

#include "modules/libutil.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

/* t->size rather than the C struct's size: a class statement deriving
 * from a library type adds its __dict__ slot after the base's fields. */
void *kr_libutil_alloc(Thread *th, Type *t)
{
    if (t->flags & KR_TYPE_HEAP)
        return kr_object_alloc_sub(th, t, 0);   /* a subclass: its shape set (object.c) */
    Obj *o = kr_gc_alloc(t->size);
    if (!o) {
        kr_err_no_memory(th);
        return NULL;
    }
    o->type = t;
    return o;
}

static bool name_is(const Str *s, const char *name)
{
    return s->ascii && (size_t)s->len == strlen(name) && memcmp(s->data, name, (size_t)s->len) == 0;
}

static int find_keyword(Tuple *kw, const char *name)
{
    for (int64_t k = 0; kw && k < kw->size; k++)
        if (name_is(kr_as_str(kw->items[k]), name))
            return (int)k;
    return -1;
}

/* The order of checks is _PyArg_UnpackKeywords's (Python/getargs.c), so
 * a call with several faults reports the same one CPython does. */
/* Every parameter positional-or-keyword except the first npos_only. */
int kr_libutil_parse(Thread *th, const char *fname, const Value *args, size_t nargs, Tuple *kw,
                     const char *const *names, int npos_only, int nrequired, Value *out)
{
    return kr_libutil_parse_kwonly(th, fname, args, nargs, kw, names, npos_only, nrequired, 0, out);
}

int kr_libutil_parse_kwonly(Thread *th, const char *fname, const Value *args, size_t nargs,
                            Tuple *kw, const char *const *names, int npos_only, int nrequired,
                            int nkwonly, Value *out)
{
    /* PyArg_ParseTupleAndKeywords with no ":name" in its format says
     * "function" ("this function" for a bad keyword) and no "()" */
    const char *fn = fname ? fname : "function", *sfx = fname ? "()" : "";
    int maxargs = 0;
    while (names[maxargs])
        maxargs++;
    int maxpos = maxargs - nkwonly;
    int nkw = kw ? (int)kw->size : 0;
    for (int i = 0; i < maxargs; i++)
        out[i] = KR_VALUE_NULL;
    if ((int)nargs + nkw > maxargs) {
        kr_err_format(th, &kr_exc_TypeError, "%s%s takes at most %d %sargument%s (%zu given)", fn, sfx,
                      maxargs, nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s",
                      nargs + (size_t)nkw);
        return -1;
    }
    if ((int)nargs > maxpos) {
        if (maxpos == 0)
            kr_err_format(th, &kr_exc_TypeError, "%s%s takes no positional arguments", fn, sfx);
        else
            kr_err_format(th, &kr_exc_TypeError, "%s%s takes %s %d positional argument%s (%zu given)",
                          fn, sfx, nrequired < maxpos ? "at most" : "exactly", maxpos,
                          maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    if ((int)nargs < npos_only && npos_only <= nrequired) {
        kr_err_format(th, &kr_exc_TypeError, "%s%s takes %s %d positional argument%s (%zu given)",
                      fn, sfx, npos_only < maxpos ? "at least" : "exactly", npos_only,
                      npos_only == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    int left = nkw;
    for (int i = (int)nargs > npos_only ? (int)nargs : npos_only; i < maxargs; i++) {
        int k = left ? find_keyword(kw, names[i]) : -1;
        if (k >= 0) {
            out[i] = args[nargs + (size_t)k];
            left--;
        } else if (i < nrequired) {
            kr_err_format(th, &kr_exc_TypeError, "%s%s missing required argument '%s' (pos %d)",
                          fn, sfx, names[i], i + 1);
            return -1;
        }
    }
    if (left) {
        for (int i = npos_only; i < (int)nargs; i++)
            if (find_keyword(kw, names[i]) >= 0) {
                kr_err_format(th, &kr_exc_TypeError,
                              "argument for %s%s given by name ('%s') and position (%d)", fn, sfx,
                              names[i], i + 1);
                return -1;
            }
        for (int64_t k = 0; k < kw->size; k++) {
            int i = 0;
            while (i < maxargs && !(i >= npos_only && name_is(kr_as_str(kw->items[k]), names[i])))
                i++;
            if (i == maxargs) {
                kr_err_format(th, &kr_exc_TypeError, "'%S' is an invalid keyword argument for %s%s",
                              kw->items[k], fname ? fname : "this function", sfx);
                return -1;
            }
        }
    }
    return 0;
}

int kr_libutil_repr_put(Thread *th, Buf *b, Value v)
{
    Value s = kr_object_repr(th, v);
    if (!s)
        return -1;
    kr_str_to_buf(b, kr_as_str(s));
    return 0;
}

int kr_libutil_str_put(Thread *th, Buf *b, Value v)
{
    Value s = kr_object_str(th, v);
    if (!s)
        return -1;
    kr_str_to_buf(b, kr_as_str(s));
    return 0;
}

Value kr_libutil_buf_value(Thread *th, Buf *b)
{
    Str *s = kr_str_from_buf(th, b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* PyNumber_AsSsize_t(v, OverflowError): __index__, and a big int is an
 * OverflowError with CPython's wording. */
int kr_libutil_as_ssize(Thread *th, Value v, int64_t *out)
{
    Value i = kr_object_index(th, v);
    if (!i)
        return -1;
    /* a big int may still fit (sys.maxsize is one: smallints are narrower) */
    if (kr_int_as_i64(th, i, out) < 0) {
        kr_err_clear(th);
        kr_err_format(th, &kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

int kr_libutil_as_int(Thread *th, Value v, bool clinic, int *out)
{
    Value i = kr_object_index(th, v);
    if (!i)
        return -1;
    int64_t x = 0;
    bool huge = kr_int_as_i64(th, i, &x) < 0;
    if (huge)
        kr_err_clear(th);
    if (huge || x > INT_MAX || x < INT_MIN) {
        kr_err_set_string(th, &kr_exc_OverflowError,
                          clinic ? "Python int too large to convert to C int"
                          : huge ? "Python int too large to convert to C long"
                          : x > INT_MAX ? "signed integer is greater than maximum"
                                        : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)x;
    return 0;
}

/* Modules are made at start-up (modules.def) and live in sys.modules, so
 * `import itertools` finds them without touching the file system. */
Module *kr_libutil_module(Thread *th, const char *name, const MethodDef *functions)
{
    Str *n = kr_str_intern_cstr(th, name);
    Module *m = n ? kr_module_new(th, n) : NULL;
    if (!m || (functions && kr_module_add_functions(th, m, functions) < 0))
        return NULL;
    if (kr_dict_set_str(th, th->vm->modules, n, kr_from_obj(m)) < 0)
        return NULL;
    return m;
}

int kr_libutil_add_value(Thread *th, Module *m, const char *name, Value v)
{
    Str *n = kr_str_intern_cstr(th, name);
    return n ? kr_dict_set_str(th, m->dict, n, v) : -1;
}

int kr_libutil_add_type(Thread *th, Module *m, Type *t)
{
    if (kr_type_ready(th, t) < 0)
        return -1;
    const char *dot = strrchr(t->name, '.');
    return kr_libutil_add_value(th, m, dot ? dot + 1 : t->name, kr_from_obj(t));
}

Value kr_libutil_iter_self(Thread *th, Value v)
{
    (void)th;
    return v;
}

int kr_libutil_no_keywords(Thread *th, const char *name, Tuple *kw)
{
    if (kw && kw->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

int kr_libutil_check_positional(Thread *th, const char *name, size_t nargs, size_t min,
                                size_t max)
{
    if (nargs < min) {
        kr_err_format(th, &kr_exc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                      min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        kr_err_format(th, &kr_exc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                      min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

const char *kr_libutil_short_name(Value v)
{
    const char *n = kr_type_name(v);
    const char *dot = strrchr(n, '.');
    return dot ? dot + 1 : n;
}

/* PyObject_AsFileDescriptor: an int, or what fileno() returns. */
int kr_libutil_fd_arg(Thread *th, Value v, int *out)
{
    int64_t fd;
    if (!kr_is_int(v)) {
        Str *name = kr_str_intern_cstr(th, "fileno");
        Value self, m = name ? kr_object_getmethod(th, v, name, &self) : KR_VALUE_NULL;
        if (!m) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        v = self ? kr_vm_call(th, m, &self, 1, NULL) : kr_vm_call(th, m, NULL, 0, NULL);
        if (!v)
            return -1;
        if (!kr_is_int(v)) {
            kr_err_set_string(th, &kr_exc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    if (kr_is_bigint(v) || kr_int_as_i64(th, v, &fd) < 0 || fd > INT_MAX || fd < INT_MIN) {
        kr_err_clear(th);
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    if (fd < 0) {
        kr_err_format(th, &kr_exc_ValueError, "file descriptor cannot be a negative integer (%d)", (int)fd);
        return -1;
    }
    *out = (int)fd;
    return 0;
}
