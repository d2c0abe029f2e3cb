/*
 * sys.c -- the sys module, minimal: stdout/stderr, recursion limit,
 * int-string digit limit, exit, maxsize, argv, modules.
 *
 * sys.stdout and sys.stderr are small C objects that write to the C
 * library's stdout/stderr (fully buffered stdout, flushed at exit and
 * before anything is written to stderr), standing in until _io arrives.
 */
#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

typedef struct StdStream {
    Obj hdr;
    int fd;         /* 1 or 2 */
} StdStream;

extern Type kr_stdstream_type;

static FILE *stream_file(Value v)
{
    return ((StdStream *)kr_as_obj(v))->fd == 2 ? stderr : stdout;
}

static int write_str(Thread *th, FILE *f, Str *s)
{
    if (f == stderr)
        fflush(stdout);
    if (s->ascii) {
        fwrite(s->data, 1, (size_t)s->len, f);
    } else {
        Buf b;
        kr_buf_init(&b);
        kr_str_to_buf(&b, s);
        fwrite(b.data, 1, b.len, f);
        kr_buf_free(&b);
    }
    if (f == stderr)
        fflush(stderr);
    return 0;
}

int kr_mod_sys_write(Thread *th, Value file, Str *s)
{
    if (!file || file == KR_NONE || kr_is_type(file, &kr_stdstream_type))
        return write_str(th, file && file != KR_NONE ? stream_file(file) : stdout, s);
    Value w = kr_object_getattr(th, file, KR_NAME(th, write));
    if (!w)
        return -1;
    Value arg = kr_from_obj(s);
    return kr_vm_call(th, w, &arg, 1, NULL) ? 0 : -1;
}

static Value stream_write(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "write", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_str(args[1]))
        return kr_err_type_error(th, "write() argument must be str, not %s", kr_type_name(args[1]));
    write_str(th, stream_file(args[0]), kr_as_str(args[1]));
    return kr_from_smallint(kr_as_str(args[1])->len);
}

static Value stream_flush(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
{
    fflush(stream_file(args[0]));
    return KR_NONE;
}

static const MethodDef stream_methods[] = {
    {"write", stream_write, "($self, s, /)", NULL, 0},
    {"flush", stream_flush, "($self, /)", NULL, 0},
    {0},
};

Type kr_stdstream_type = {
    .hdr = {&kr_type_type},
    .name = "_io.TextIOWrapper",
    .size = sizeof(StdStream),
    .methods = stream_methods,
};

#define FUNC(name) static Value name(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)

FUNC(sys_getrecursionlimit)
{
    if (kr_call_check_args(th, "getrecursionlimit", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(th->vm->recursion_limit);
}

FUNC(sys_setrecursionlimit)
{
    if (kr_call_check_args(th, "setrecursionlimit", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    int64_t n;
    if (!kr_is_int(args[0]))
        return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer", kr_type_name(args[0]));
    if (kr_int_as_i64(th, args[0], &n) < 0)
        return KR_VALUE_NULL;
    if (n < 1) {
        kr_err_set_string(th, &kr_exc_ValueError, "recursion limit must be greater or equal than 1");
        return KR_VALUE_NULL;
    }
    /* Python frames cost no C stack, so a large limit is safe here;
     * memory bounds it (MemoryError). */
    th->vm->recursion_limit = n > 100000000 ? 100000000 : (int)n;
    return KR_NONE;
}

FUNC(sys_exit)
{
    if (kr_call_check_args(th, "exit", nargs, 0, 1, kw) < 0)
        return KR_VALUE_NULL;
    Value e = kr_exception_new(th, &kr_exc_SystemExit, args, nargs);
    if (e)
        kr_err_set(th, e);
    return KR_VALUE_NULL;
}

FUNC(sys_get_int_max_str_digits)
{
    return kr_from_smallint(th->vm->int_max_str_digits);
}

FUNC(sys_set_int_max_str_digits)
{
    if (kr_call_check_args(th, "set_int_max_str_digits", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    int64_t n;
    if (kr_int_as_i64(th, args[0], &n) < 0)
        return KR_VALUE_NULL;
    if (n != 0 && n < 640) {
        kr_err_set_string(th, &kr_exc_ValueError, "maxdigits must be 0 or larger than 640");
        return KR_VALUE_NULL;
    }
    th->vm->int_max_str_digits = (int)n;
    return KR_NONE;
}

static const MethodDef sys_functions[] = {
    {"getrecursionlimit", sys_getrecursionlimit, "($module, /)", NULL, 0},
    {"setrecursionlimit", sys_setrecursionlimit, "($module, limit, /)", NULL, 0},
    {"exit", sys_exit, "($module, status=None, /)", NULL, 0},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, "($module, /)", NULL, 0},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, "($module, /, maxdigits)", NULL, 0},
    {0},
};

static int set(Thread *th, Module *m, const char *name, Value v)
{
    Str *n = kr_str_intern_cstr(th, name);
    return v && n ? kr_dict_set_str(th, m->dict, n, v) : -1;
}

int kr_mod_sys_init(Thread *th)
{
    if (kr_type_ready(th, &kr_stdstream_type) < 0)
        return -1;
    Str *name = kr_str_intern_cstr(th, "sys");
    Module *m = name ? kr_module_new(th, name) : NULL;
    if (!m || kr_module_add_functions(th, m, sys_functions) < 0)
        return -1;
    for (int fd = 1; fd <= 2; fd++) {
        StdStream *s = kr_gc_alloc(sizeof *s);
        if (!s) {
            kr_err_no_memory(th);
            return -1;
        }
        s->hdr.type = &kr_stdstream_type;
        s->fd = fd;
        if (set(th, m, fd == 1 ? "stdout" : "stderr", kr_from_obj(s)) < 0 ||
            set(th, m, fd == 1 ? "__stdout__" : "__stderr__", kr_from_obj(s)) < 0)
            return -1;
    }
    List *argv = kr_list_new(th, 0);
    List *path = kr_list_new(th, 0);      /* the script's directory goes first (import.c) */
    if (!argv || !path || set(th, m, "argv", kr_from_obj(argv)) < 0 ||
        set(th, m, "path", kr_from_obj(path)) < 0 ||
        set(th, m, "maxsize", kr_int_from_i64(th, INT64_MAX)) < 0 ||
        set(th, m, "modules", kr_from_obj(th->vm->modules)) < 0 ||
        set(th, m, "platform", kr_from_obj(kr_str_from_cstr(th, "linux"))) < 0 ||
        set(th, m, "implementation_name", kr_from_obj(kr_str_from_cstr(th, "krait"))) < 0)
        return -1;
    th->vm->sys_module = m;
    return kr_dict_set_str(th, th->vm->modules, name, kr_from_obj(m));
}
