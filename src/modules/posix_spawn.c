/*
 * posix_spawn.c -- os.posix_spawn and os.posix_spawnp, over the C library's
 * posix_spawn(3), with CPython 3.11's arguments and checks:
 *
 *   posix_spawn(path, argv, env, /, *, file_actions=(), setpgroup=None,
 *               resetids=False, setsid=False, setsigmask=(), setsigdef=(),
 *               scheduler=None)
 *
 * file_actions is a sequence of (POSIX_SPAWN_OPEN, fd, path, flags, mode),
 * (POSIX_SPAWN_CLOSE, fd) and (POSIX_SPAWN_DUP2, fd, new_fd) tuples, done
 * in the child in order.  argv and env become C strings as for execve
 * (posix.c's kr_posix_string_vector / kr_posix_env_vector).  scheduler
 * is (policy or None, os.sched_param) (posix_ext.c).
 */
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>

#include "modules/modules.h"
#include "modules/posix.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/oserror.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

enum { SPAWN_OPEN, SPAWN_CLOSE, SPAWN_DUP2 };

/* An int argument; bool-like flags accept ints only (clinic's
 * bool(accept={int})), so None is a TypeError. */
static int int_of(Thread *th, Value v, int64_t *out)
{
    if (kr_is_float(v)) {
        kr_err_type_error(th, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    Value i = kr_object_index(th, v);
    return i ? kr_int_as_i64(th, i, out) : -1;
}

/* CPython's _Py_Sigset_Converter: an iterable of signal numbers. */
static int sigset_of(Thread *th, Value v, sigset_t *set)
{
    sigemptyset(set);
    Value it = kr_object_iter(th, v), x;
    if (!it)
        return -1;
    while ((x = kr_object_next(th, it))) {
        int64_t sig;
        if (int_of(th, x, &sig) < 0)
            return -1;
        if (sig < 1 || sig >= NSIG) {
            kr_err_format(th, &kr_exc_ValueError, "signal number %lld out of range [1; %d]",
                          (long long)sig, NSIG - 1);
            return -1;
        }
        sigaddset(set, (int)sig);
    }
    return kr_err_occurred(th) ? -1 : 0;
}

/* The ints of an action tuple after its tag: exactly n of them. */
static int action_ints(Thread *th, Tuple *t, int n, int64_t *out)
{
    if (t->size != n + 1) {
        kr_err_format(th, &kr_exc_TypeError, "posix_spawn() takes exactly %d arguments (%d given)",
                      n + 1, (int)t->size);
        return -1;
    }
    for (int i = 0; i < n; i++)
        if (int_of(th, t->items[1 + i], &out[i]) < 0)
            return -1;
    return 0;
}

/* One file action into fa; keep collects the path strings it points to. */
static int add_action(Thread *th, posix_spawn_file_actions_t *fa, Value item, List *keep)
{
    Tuple *t = kr_is_tuple(item) ? kr_as_tuple(item) : NULL;
    if (!t) {
        Value tv = kr_is_list(item) ? kr_vm_call(th, kr_from_obj(&kr_tuple_type), &item, 1, NULL)
                                    : KR_VALUE_NULL;
        t = tv ? kr_as_tuple(tv) : NULL;
    }
    if (!t || t->size == 0) {
        kr_err_set_string(th, &kr_exc_TypeError, "Each file_actions element must be a non-empty tuple");
        return -1;
    }
    int64_t tag, a[2];
    if (int_of(th, t->items[0], &tag) < 0)
        return -1;
    int err;
    switch (tag) {
    case SPAWN_OPEN: {
        if (t->size != 5) {
            kr_err_format(th, &kr_exc_TypeError, "posix_spawn() takes exactly 5 arguments (%d given)",
                          (int)t->size);
            return -1;
        }
        int64_t fd, flags, mode;
        PathArg p;
        Value path = kr_posix_fspath(th, t->items[2]);
        if (int_of(th, t->items[1], &fd) < 0 || !path ||
            kr_posix_path(th, path, "posix_spawn", "path", false, false, &p) < 0 ||
            int_of(th, t->items[3], &flags) < 0 || int_of(th, t->items[4], &mode) < 0 ||
            kr_list_append(th, keep, p.data) < 0)
            return -1;
        err = posix_spawn_file_actions_addopen(fa, (int)fd, p.c, (int)flags, (mode_t)mode);
        break;
    }
    case SPAWN_CLOSE:
        if (action_ints(th, t, 1, a) < 0)
            return -1;
        err = posix_spawn_file_actions_addclose(fa, (int)a[0]);
        break;
    case SPAWN_DUP2:
        if (action_ints(th, t, 2, a) < 0)
            return -1;
        err = posix_spawn_file_actions_adddup2(fa, (int)a[0], (int)a[1]);
        break;
    default:
        kr_err_set_string(th, &kr_exc_TypeError, "Unknown file_actions identifier");
        return -1;
    }
    if (err) {
        kr_oserror_from_errno(th, err, KR_VALUE_NULL, KR_VALUE_NULL);
        return -1;
    }
    return 0;
}

static int file_actions(Thread *th, Value v, posix_spawn_file_actions_t *fa, List *keep)
{
    if (!kr_is_tuple(v) && !kr_is_list(v)) {
        Value it = kr_object_iter(th, v);
        if (!it) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_TypeError, "file_actions must be a sequence or None");
            return -1;
        }
        List *l = kr_list_from_iterable(th, it);
        if (!l)
            return -1;
        v = kr_from_obj(l);
    }
    const Value *items = kr_is_tuple(v) ? kr_as_tuple(v)->items : kr_as_list(v)->items;
    int64_t n = kr_is_tuple(v) ? kr_as_tuple(v)->size : kr_as_list(v)->size;
    for (int64_t i = 0; i < n; i++)
        if (add_action(th, fa, items[i], keep) < 0)
            return -1;
    return 0;
}

/* The keyword arguments, in CPython's order. */
enum { K_FILE_ACTIONS, K_SETPGROUP, K_RESETIDS, K_SETSID, K_SETSIGMASK, K_SETSIGDEF, K_SCHEDULER,
       K_COUNT };

/* scheduler=(policy or None, sched_param): the policy, if given, and the
 * parameters go to the attributes, as CPython's parse_posix_spawn_flags. */
static int spawn_scheduler(Thread *th, Value sched, posix_spawnattr_t *attr, short *flags)
{
    if (!kr_is_tuple(sched) || kr_as_tuple(sched)->size != 2) {
        kr_err_set_string(th, &kr_exc_TypeError, "posix_spawn() argument must be tuple of length 2");
        return -1;
    }
    Value policy = kr_as_tuple(sched)->items[0];
    struct sched_param sp;
    if (kr_posix_sched_param_arg(th, kr_as_tuple(sched)->items[1], &sp) < 0)
        return -1;
    if (policy != KR_NONE) {
        Value i = kr_object_index(th, policy);
        int64_t pol;
        if (!i || kr_int_as_i64(th, i, &pol) < 0)
            return -1;
        posix_spawnattr_setschedpolicy(attr, (int)pol);
        *flags |= POSIX_SPAWN_SETSCHEDULER;
    }
    posix_spawnattr_setschedparam(attr, &sp);
    *flags |= POSIX_SPAWN_SETSCHEDPARAM;
    return 0;
}

/* posix_spawnattr_t from the keywords, with its POSIX_SPAWN_* flags. */
static int attributes(Thread *th, const Value *kv, posix_spawnattr_t *attr)
{
    short flags = 0;
    int64_t v;
    if (kv[K_SETPGROUP] != KR_NONE) {
        if (int_of(th, kv[K_SETPGROUP], &v) < 0)
            return -1;
        posix_spawnattr_setpgroup(attr, (pid_t)v);
        flags |= POSIX_SPAWN_SETPGROUP;
    }
    if (int_of(th, kv[K_RESETIDS], &v) < 0)
        return -1;
    if (v)
        flags |= POSIX_SPAWN_RESETIDS;
    if (int_of(th, kv[K_SETSID], &v) < 0)
        return -1;
    if (v)
        flags |= POSIX_SPAWN_SETSID;
    sigset_t set;
    if (kv[K_SETSIGMASK]) {
        if (sigset_of(th, kv[K_SETSIGMASK], &set) < 0)
            return -1;
        posix_spawnattr_setsigmask(attr, &set);
        flags |= POSIX_SPAWN_SETSIGMASK;
    }
    if (kv[K_SETSIGDEF]) {
        if (sigset_of(th, kv[K_SETSIGDEF], &set) < 0)
            return -1;
        posix_spawnattr_setsigdefault(attr, &set);
        flags |= POSIX_SPAWN_SETSIGDEF;
    }
    if (kv[K_SCHEDULER] != KR_NONE && spawn_scheduler(th, kv[K_SCHEDULER], attr, &flags) < 0)
        return -1;
    posix_spawnattr_setflags(attr, flags);
    return 0;
}

static Value do_spawn(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                      bool search_path)
{
    static const char *const names[] = {"file_actions", "setpgroup", "resetids", "setsid",
                                        "setsigmask", "setsigdef", "scheduler", NULL};
    if (nargs != 3)
        return kr_err_type_error(th, "%s() takes exactly 3 positional arguments (%zu given)", name,
                                 nargs);
    Value kv[K_COUNT] = {KR_NONE, KR_NONE, KR_FALSE, KR_FALSE, KR_VALUE_NULL, KR_VALUE_NULL, KR_NONE};
    if (kr_mod_parse_kwargs(th, name, args + nargs, kw, names, kv) < 0)
        return KR_VALUE_NULL;
    PathArg p;
    if (kr_posix_path(th, args[0], name, "path", false, false, &p) < 0)
        return KR_VALUE_NULL;
    Value keep_argv = KR_NONE, keep_env = KR_NONE;
    if (!kr_is_tuple(args[1]) && !kr_is_list(args[1]))
        return kr_err_type_error(th, "%s: argv must be a tuple or list", name);
    const char **argv = kr_posix_string_vector(th, args[1], name, "argv", &keep_argv);
    if (!argv)
        return KR_VALUE_NULL;
    if (!argv[0]) {
        kr_err_format(th, &kr_exc_ValueError, "%s: argv must not be empty", name);
        return KR_VALUE_NULL;
    }
    char **envp = kr_posix_env_vector(th, name, args[2], &keep_env);
    if (!envp)
        return KR_VALUE_NULL;
    List *keep = kr_list_new(th, 0);
    if (!keep)
        return KR_VALUE_NULL;
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&fa);
    posix_spawnattr_init(&attr);
    int err = 0;
    bool ok = (kv[K_FILE_ACTIONS] == KR_NONE || file_actions(th, kv[K_FILE_ACTIONS], &fa, keep) == 0) &&
              attributes(th, kv, &attr) == 0;
    pid_t pid = -1;
    if (ok) {
        fflush(stdout);
        fflush(stderr);
        err = search_path ? posix_spawnp(&pid, p.c, &fa, &attr, (char *const *)argv, envp)
                          : posix_spawn(&pid, p.c, &fa, &attr, (char *const *)argv, envp);
    }
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    (void)keep_argv;
    (void)keep_env;
    if (!ok)
        return KR_VALUE_NULL;
    if (err) {
        kr_oserror_from_errno(th, err, p.obj, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(pid);
}

static Value posix_spawn_fn(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    return do_spawn(th, "posix_spawn", args, nargs, kw, false);
}

static Value posix_spawnp_fn(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    return do_spawn(th, "posix_spawnp", args, nargs, kw, true);
}

static const MethodDef spawn_functions[] = {
    {"posix_spawn", posix_spawn_fn,
     "($module, path, argv, env, /, *, file_actions=(), setpgroup=None, resetids=False, "
     "setsid=False, setsigmask=(), setsigdef=(), scheduler=None)", NULL, 0},
    {"posix_spawnp", posix_spawnp_fn,
     "($module, path, argv, env, /, *, file_actions=(), setpgroup=None, resetids=False, "
     "setsid=False, setsigmask=(), setsigdef=(), scheduler=None)", NULL, 0},
    {0},
};

int kr_posix_spawn_init(Thread *th, Module *m)
{
    static const struct { const char *name; int value; } constants[] = {
        {"POSIX_SPAWN_OPEN", SPAWN_OPEN}, {"POSIX_SPAWN_CLOSE", SPAWN_CLOSE},
        {"POSIX_SPAWN_DUP2", SPAWN_DUP2},
    };
    if (kr_module_add_functions(th, m, spawn_functions) < 0)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(constants); i++) {
        Str *k = kr_str_intern_cstr(th, constants[i].name);
        if (!k || kr_dict_set_str(th, m->dict, k, kr_from_smallint(constants[i].value)) < 0)
            return -1;
    }
    return 0;
}
