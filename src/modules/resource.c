/*
 * resource.c -- the resource module: process limits (getrlimit,
 * setrlimit, prlimit), usage (getrusage as resource.struct_rusage) and
 * the page size.
 *
 * Limits cross as Python ints with RLIM_INFINITY shown as -1, as CPython
 * converts rlim_t through a signed long long; -1 (or anything equal to
 * RLIM_INFINITY once converted) goes back as infinity.
 */
#include <errno.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/oserror.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "vm/errors.h"

static Type rusage_type;

static const char *const rusage_fields[] = {
    "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
    "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw",
    "ru_nivcsw", NULL};
static const StructSeqDesc rusage_desc = {"resource.struct_rusage", rusage_fields, 16, true};

static Value os_error(Thread *th)
{
    kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
    return KR_VALUE_NULL;
}

static int int_arg(Thread *th, Value v, int64_t *out)
{
    return kr_libutil_as_ssize(th, v, out);
}

static int resource_arg(Thread *th, Value v, int *out)
{
    int64_t r;
    if (int_arg(th, v, &r) < 0)
        return -1;
    if (r < 0 || r >= RLIM_NLIMITS) {
        kr_err_set_string(th, &kr_exc_ValueError, "invalid resource specified");
        return -1;
    }
    *out = (int)r;
    return 0;
}

static Value limit_value(Thread *th, rlim_t v) { return kr_int_from_i64(th, (int64_t)(long long)v); }

static Value limits_tuple(Thread *th, const struct rlimit *rl)
{
    Value v[2] = {limit_value(th, rl->rlim_cur), limit_value(th, rl->rlim_max)};
    if (!v[0] || !v[1])
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_from_array(th, v, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* (soft, hard) from any iterable of two integers. */
static int limits_arg(Thread *th, Value v, struct rlimit *rl)
{
    List *l = kr_list_from_iterable(th, v);
    if (!l)
        return -1;
    if (l->size != 2) {
        kr_err_set_string(th, &kr_exc_ValueError, "expected a tuple of 2 integers");
        return -1;
    }
    int64_t cur, max;
    if (int_arg(th, l->items[0], &cur) < 0 || int_arg(th, l->items[1], &max) < 0)
        return -1;
    rl->rlim_cur = cur == -1 ? RLIM_INFINITY : (rlim_t)cur;
    rl->rlim_max = max == -1 ? RLIM_INFINITY : (rlim_t)max;
    return 0;
}

static Value set_error(Thread *th)
{
    if (errno == EINVAL)
        kr_err_set_string(th, &kr_exc_ValueError, "current limit exceeds maximum limit");
    else if (errno == EPERM)
        kr_err_set_string(th, &kr_exc_ValueError, "not allowed to raise maximum limit");
    else
        os_error(th);
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(resource_getrlimit)
{
    int r;
    struct rlimit rl;
    if (kr_libutil_no_keywords(th, "getrlimit", kw) < 0 ||
        kr_libutil_check_positional(th, "getrlimit", nargs, 1, 1) < 0 || resource_arg(th, args[0], &r) < 0)
        return KR_VALUE_NULL;
    if (getrlimit(r, &rl) < 0)
        return os_error(th);
    return limits_tuple(th, &rl);
}

KR_LIB_FUNC(resource_setrlimit)
{
    int r;
    struct rlimit rl;
    if (kr_libutil_no_keywords(th, "setrlimit", kw) < 0 ||
        kr_libutil_check_positional(th, "setrlimit", nargs, 2, 2) < 0 ||
        resource_arg(th, args[0], &r) < 0 || limits_arg(th, args[1], &rl) < 0)
        return KR_VALUE_NULL;
    if (setrlimit(r, &rl) < 0)
        return set_error(th);
    return KR_NONE;
}

/* prlimit(pid, resource[, limits]) -> the previous (soft, hard) */
KR_LIB_FUNC(resource_prlimit)
{
    int64_t pid;
    int r;
    struct rlimit old, new_;
    if (kr_libutil_no_keywords(th, "prlimit", kw) < 0 ||
        kr_libutil_check_positional(th, "prlimit", nargs, 2, 3) < 0 || int_arg(th, args[0], &pid) < 0 ||
        resource_arg(th, args[1], &r) < 0 || (nargs > 2 && limits_arg(th, args[2], &new_) < 0))
        return KR_VALUE_NULL;
    if (prlimit((pid_t)pid, r, nargs > 2 ? &new_ : NULL, &old) < 0)
        return set_error(th);
    return limits_tuple(th, &old);
}

static double seconds(struct timeval tv) { return (double)tv.tv_sec + tv.tv_usec * 1e-6; }

KR_LIB_FUNC(resource_getrusage)
{
    int64_t who;
    struct rusage ru;
    if (kr_libutil_no_keywords(th, "getrusage", kw) < 0 ||
        kr_libutil_check_positional(th, "getrusage", nargs, 1, 1) < 0 || int_arg(th, args[0], &who) < 0)
        return KR_VALUE_NULL;
    if (getrusage((int)who, &ru) < 0) {
        if (errno == EINVAL) {
            kr_err_set_string(th, &kr_exc_ValueError, "invalid who parameter");
            return KR_VALUE_NULL;
        }
        return os_error(th);
    }
    long ints[14] = {ru.ru_maxrss, ru.ru_ixrss, ru.ru_idrss, ru.ru_isrss, ru.ru_minflt, ru.ru_majflt,
                     ru.ru_nswap, ru.ru_inblock, ru.ru_oublock, ru.ru_msgsnd, ru.ru_msgrcv,
                     ru.ru_nsignals, ru.ru_nvcsw, ru.ru_nivcsw};
    Value v[16] = {kr_float_new(th, seconds(ru.ru_utime)), kr_float_new(th, seconds(ru.ru_stime))};
    for (int i = 0; i < 14; i++)
        v[i + 2] = kr_int_from_i64(th, ints[i]);
    for (int i = 0; i < 16; i++)
        if (!v[i])
            return KR_VALUE_NULL;
    return kr_structseq_new(th, &rusage_type, v);
}

KR_LIB_FUNC(resource_getpagesize)
{
    if (kr_libutil_check_positional(th, "getpagesize", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(sysconf(_SC_PAGESIZE));
}

static const MethodDef resource_functions[] = {
    {"getrlimit", resource_getrlimit, "($module, resource, /)", NULL, 0},
    {"setrlimit", resource_setrlimit, "($module, resource, limits, /)", NULL, 0},
    {"prlimit", resource_prlimit, NULL, NULL, 0},
    {"getrusage", resource_getrusage, "($module, who, /)", NULL, 0},
    {"getpagesize", resource_getpagesize, "($module, /)", NULL, 0},
    {0},
};

#define C(name) {#name, name}
static const struct { const char *name; long value; } resource_constants[] = {
    C(RLIMIT_CPU), C(RLIMIT_FSIZE), C(RLIMIT_DATA), C(RLIMIT_STACK), C(RLIMIT_CORE),
    C(RLIMIT_NOFILE), C(RLIMIT_OFILE), C(RLIMIT_AS), C(RLIMIT_RSS), C(RLIMIT_NPROC),
    C(RLIMIT_MEMLOCK), C(RLIMIT_SIGPENDING), C(RLIMIT_MSGQUEUE), C(RLIMIT_NICE),
    C(RLIMIT_RTPRIO), C(RLIMIT_RTTIME),
    C(RUSAGE_SELF), C(RUSAGE_CHILDREN), C(RUSAGE_THREAD),
};
#undef C

int kr_mod_resource_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "resource", resource_functions);
    if (!m || kr_structseq_init_type(th, &rusage_type, &rusage_desc) < 0 ||
        kr_libutil_add_value(th, m, "struct_rusage", kr_from_obj(&rusage_type)) < 0 ||
        kr_libutil_add_value(th, m, "error", kr_from_obj(&kr_exc_OSError)) < 0 ||
        kr_libutil_add_value(th, m, "RLIM_INFINITY", kr_from_smallint(-1)) < 0)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(resource_constants); i++)
        if (kr_libutil_add_value(th, m, resource_constants[i].name,
                                 kr_from_smallint(resource_constants[i].value)) < 0)
            return -1;
    return 0;
}
