/*
 * argparse.c -- keyword-aware argument binding for builtin methods
 * (argparse.h).  The messages are CPython 3.11's getargs.c ones, word for
 * word, since tests compare them.
 */
#include "objects/argparse.h"

#include <stdio.h>
#include <string.h>

#include "objects/exception.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

static int find_name(const ArgSpec *spec, Str *n)
{
    for (int i = 0; spec->names[i]; i++)
        if (n->ascii && (size_t)n->len == strlen(spec->names[i]) &&
            memcmp(n->data, spec->names[i], (size_t)n->len) == 0)
            return i;
    return -1;
}

int kr_argparse_find_keyword(Tuple *kwnames, const char *name)
{
    size_t len = strlen(name);
    for (int64_t k = 0; kwnames && k < kwnames->size; k++) {
        Str *n = kr_as_str(kwnames->items[k]);
        if (n->ascii && (size_t)n->len == len && memcmp(n->data, name, len) == 0)
            return (int)k;
    }
    return -1;
}

static int too_many(Thread *th, const ArgSpec *spec, size_t nargs)
{
    if (spec->maxpos == 0)
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no positional arguments", spec->fname);
    else
        kr_err_format(th, &kr_exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)",
                      spec->fname, spec->minreq < spec->maxpos ? "at most" : "exactly",
                      spec->maxpos, spec->maxpos == 1 ? "" : "s", nargs);
    return -1;
}

int kr_argparse(Thread *th, const ArgSpec *spec, const Value *args, size_t nargs,
                Tuple *kwnames, Value *out)
{
    size_t nkw = kwnames ? (size_t)kwnames->size : 0, total = 0;
    while (spec->names[total])
        total++;
    if (nargs + nkw > total) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)",
                      spec->fname, total, nargs == 0 ? "keyword " : "", total == 1 ? "" : "s",
                      nargs + nkw);
        return -1;
    }
    if (nargs > (size_t)spec->maxpos)
        return too_many(th, spec, nargs);
    int minpos = spec->minreq < spec->posonly ? spec->minreq : spec->posonly;
    if (nargs < (size_t)minpos) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)",
                      spec->fname, minpos < spec->maxpos ? "at least" : "exactly", minpos,
                      minpos == 1 ? "" : "s", nargs);
        return -1;
    }
    /* then each parameter in turn, so the first missing one is reported
     * before an unknown keyword, as _PyArg_UnpackKeywords does */
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    size_t left = nkw;
    for (size_t i = nargs > (size_t)spec->posonly ? nargs : (size_t)spec->posonly; i < total; i++) {
        int k = left ? kr_argparse_find_keyword(kwnames, spec->names[i]) : -1;
        if (k >= 0) {
            out[i] = args[nargs + (size_t)k];
            left--;
        } else if (i < (size_t)spec->minreq) {
            kr_err_format(th, &kr_exc_TypeError, "%s() missing required argument '%s' (pos %zu)",
                          spec->fname, spec->names[i], i + 1);
            return -1;
        }
    }
    if (left == 0)
        return 0;
    for (size_t i = (size_t)spec->posonly; i < nargs; i++)
        if (kr_argparse_find_keyword(kwnames, spec->names[i]) >= 0) {
            kr_err_format(th, &kr_exc_TypeError,
                          "argument for %s() given by name ('%s') and position (%zu)", spec->fname,
                          spec->names[i], i + 1);
            return -1;
        }
    for (int64_t k = 0; k < kwnames->size; k++) {
        Str *n = kr_as_str(kwnames->items[k]);
        int i = find_name(spec, n);
        if (i < 0 || i < spec->posonly) {
            kr_err_format(th, &kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()", n,
                          spec->fname);
            return -1;
        }
    }
    return 0;
}

int kr_argparse_noargs(Thread *th, const char *qualname, size_t nargs, Tuple *kwnames)
{
    if (kwnames && kwnames->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    if (nargs == 0)
        return 0;
    kr_err_format(th, &kr_exc_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
    return -1;
}

int kr_argparse_pos(Thread *th, const char *qualname, size_t nargs, size_t min, size_t max,
                    Tuple *kwnames)
{
    if (kwnames && kwnames->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    if (nargs >= min && nargs <= max)
        return 0;
    const char *dot = strchr(qualname, '.');
    const char *name = dot ? dot + 1 : qualname;
    if (min == max && nargs != min)
        kr_err_format(th, &kr_exc_TypeError, "%s expected %zu argument%s, got %zu", name, min,
                      min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        kr_err_format(th, &kr_exc_TypeError, "%s expected at least %zu argument%s, got %zu", name,
                      min, min == 1 ? "" : "s", nargs);
    else
        kr_err_format(th, &kr_exc_TypeError, "%s expected at most %zu argument%s, got %zu", name,
                      max, max == 1 ? "" : "s", nargs);
    return -1;
}

int kr_argparse_one(Thread *th, const char *qualname, size_t nargs, Tuple *kwnames)
{
    if (kwnames && kwnames->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    if (nargs == 1)
        return 0;
    kr_err_format(th, &kr_exc_TypeError, "%s() takes exactly one argument (%zu given)", qualname,
                  nargs);
    return -1;
}

int kr_argparse_check(Thread *th, const char *qualname, size_t nargs, size_t min, size_t max,
                      Tuple *kwnames)
{
    if (max == 0)
        return kr_argparse_noargs(th, qualname, nargs, kwnames);
    if (min == 1 && max == 1)
        return kr_argparse_one(th, qualname, nargs, kwnames);
    return kr_argparse_pos(th, qualname, nargs, min, max, kwnames);
}

int kr_argparse_check_of_slow(Thread *th, Value self, const char *name, size_t nargs,
                              size_t min, size_t max, Tuple *kwnames)
{
    char qual[160];
    snprintf(qual, sizeof qual, "%s.%s", kr_type_name(self), name);
    return kr_argparse_check(th, qual, nargs, min, max, kwnames);
}
