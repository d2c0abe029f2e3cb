/*
 * time.c -- the time module, minimal: time, perf_counter, monotonic,
 * process_time, sleep.
 */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "core/state.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/errors.h"

static Value clock_value(Thread *th, clockid_t id, const char *name, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, name, nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    struct timespec ts;
    clock_gettime(id, &ts);
    return kr_float_new(th, (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

#define CLOCK_FUNC(name, id) \
    static Value time_##name(Thread *th, Value s, const Value *args, size_t nargs, Tuple *kw) \
    { return clock_value(th, id, #name, nargs, kw); }
CLOCK_FUNC(time, CLOCK_REALTIME)
CLOCK_FUNC(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNC(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNC(process_time, CLOCK_PROCESS_CPUTIME_ID)

static Value time_sleep(Thread *th, Value s, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "sleep", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    double secs;
    if (kr_float_as_double(th, args[0], &secs) < 0)
        return KR_VALUE_NULL;
    if (secs < 0 || isnan(secs)) {
        kr_err_set_string(th, &kr_exc_ValueError, "sleep length must be non-negative");
        return KR_VALUE_NULL;
    }
    struct timespec ts = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        ;
    return KR_NONE;
}

static const MethodDef time_functions[] = {
    {"time", time_time, "($module, /)", NULL, 0},
    {"perf_counter", time_perf_counter, "($module, /)", NULL, 0},
    {"monotonic", time_monotonic, "($module, /)", NULL, 0},
    {"process_time", time_process_time, "($module, /)", NULL, 0},
    {"sleep", time_sleep, "($module, secs, /)", NULL, 0},
    {0},
};

int kr_mod_time_init(Thread *th)
{
    Str *name = kr_str_intern_cstr(th, "time");
    Module *m = name ? kr_module_new(th, name) : NULL;
    if (!m || kr_module_add_functions(th, m, time_functions) < 0)
        return -1;
    return kr_dict_set_str(th, th->vm->modules, name, kr_from_obj(m));
}
