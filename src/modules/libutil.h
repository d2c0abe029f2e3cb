/*
 * libutil.h -- small helpers shared by the native library modules
 * (_collections, itertools, _functools, _operator, _heapq, _bisect, ...).
 *
 * Argument parsing in the manner of CPython's Argument Clinic: the
 * messages ("f() missing required argument 'r' (pos 2)", "'x' is an
 * invalid keyword argument for f()") are reproduced here once, so each
 * module describes its parameters as data.  Reprs are built in a Buf with
 * kr_libutil_repr_put, which appends repr(v) and reports failure.
 */
#ifndef KR_LIBUTIL_H
#define KR_LIBUTIL_H

#include "core/buf.h"
#include "objects/object.h"

#define KR_LIB_FUNC(name) \
    static Value name(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)

/* A zeroed instance of t, t->size bytes (so heap subclasses, which may
 * be larger, are allocated whole).  NULL with MemoryError. */
KR_MUST_CHECK void *kr_libutil_alloc(Thread *th, Type *t);

/* Bind positional args and keywords to names[0..n) (NULL-terminated).
 * The first npos_only names are positional-only, the first nrequired are
 * required; out[i] stays KR_VALUE_NULL for an absent optional one.
 * Messages are Argument Clinic's for fname; a NULL fname gives those of
 * PyArg_ParseTupleAndKeywords without a name ("function missing required
 * argument ...", "... invalid keyword argument for this function"). */
KR_MUST_CHECK int kr_libutil_parse(Thread *th, const char *fname, const Value *args,
                                   size_t nargs, Tuple *kw, const char *const *names,
                                   int npos_only, int nrequired, Value *out);
/* The same with the last nkwonly names keyword-only. */
KR_MUST_CHECK int kr_libutil_parse_kwonly(Thread *th, const char *fname, const Value *args,
                                          size_t nargs, Tuple *kw, const char *const *names,
                                          int npos_only, int nrequired, int nkwonly, Value *out);

/* "name() takes no keyword arguments" unless kw is empty. */
KR_MUST_CHECK int kr_libutil_no_keywords(Thread *th, const char *name, Tuple *kw);
/* The index in kwnames of the keyword `name` (ASCII), or -1
 * (objects/argparse.c; posix.c's own argument binder uses it too). */
int kr_argparse_find_keyword(Tuple *kwnames, const char *name);
/* "name expected N arguments, got M" (CPython's _PyArg_CheckPositional). */
KR_MUST_CHECK int kr_libutil_check_positional(Thread *th, const char *name, size_t nargs,
                                              size_t min, size_t max);

/* Append repr(v) / str(v) to b: 0, or -1 with the exception set. */
KR_MUST_CHECK int kr_libutil_repr_put(Thread *th, Buf *b, Value v);
KR_MUST_CHECK int kr_libutil_str_put(Thread *th, Buf *b, Value v);
/* The Str made of b (freed), as a Value. */
KR_MUST_CHECK Value kr_libutil_buf_value(Thread *th, Buf *b);

/* v as a C index (__index__), with OverflowError past int64. */
KR_MUST_CHECK int kr_libutil_as_ssize(Thread *th, Value v, int64_t *out);
/* v as a C int (__index__).  Past its range: with `clinic`, Argument
 * Clinic's int converter's "Python int too large to convert to C int";
 * else PyArg_Parse's "i" ("signed integer is greater than maximum" / "less
 * than minimum", or "... to C long" past a C long). */
KR_MUST_CHECK int kr_libutil_as_int(Thread *th, Value v, bool clinic, int *out);
/* PyObject_AsFileDescriptor: an int, or what v.fileno() returns (fcntl, termios). */
KR_MUST_CHECK int kr_libutil_fd_arg(Thread *th, Value v, int *out);

/* A module named name with the given functions, registered in sys.modules. */
struct Module;
KR_MUST_CHECK struct Module *kr_libutil_module(Thread *th, const char *name,
                                               const MethodDef *functions);
/* Ready t and store it in m under its name's last dotted component. */
KR_MUST_CHECK int kr_libutil_add_type(Thread *th, struct Module *m, Type *t);
KR_MUST_CHECK int kr_libutil_add_value(Thread *th, struct Module *m, const char *name, Value v);

/* The type's name without its module (CPython's _PyType_Name), as reprs
 * of library objects show it: "deque", "count". */
const char *kr_libutil_short_name(Value v);

/* Iterators return themselves from iter(). */
Value kr_libutil_iter_self(Thread *th, Value v);

#endif
