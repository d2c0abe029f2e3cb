/*
 * test_structseq.c -- struct sequences in static storage, white-box.
 *
 * A constructible type made with kr_structseq_init_type (the way a C
 * module would declare os.stat_result or time.struct_time): its repr shows
 * the visible fields only, a hidden field is reachable by name, calling the
 * type fills missing hidden fields with None, and a wrong length is the
 * TypeError CPython gives.
 */
#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

static Type demo_type;      /* static storage, as a C module's type */

static const char *const fields[] = {"year", "month", "zone", NULL};
static const StructSeqDesc demo_desc = {"demo.when", fields, 2, true};

static int failures;

static void check(int ok, const char *what)
{
    if (!ok) {
        printf("test_structseq: FAIL %s\n", what);
        failures++;
    }
}

static int repr_is(Thread *th, Value v, const char *want)
{
    Value r = kr_object_repr(th, v);
    return r && strcmp((const char *)kr_as_str(r)->data, want) == 0;
}

int main(void)
{
    Thread *th = kr_vm_new();
    if (!th || kr_structseq_init_type(th, &demo_type, &demo_desc) < 0) {
        printf("test_structseq: FAIL setup\n");
        return 1;
    }
    check(kr_structseq_init_type(th, &demo_type, &demo_desc) == 0, "init twice is a no-op");
    Value vals[3] = {kr_from_smallint(2026), kr_from_smallint(11), kr_from_smallint(7)};
    Value v = kr_structseq_new(th, &demo_type, vals);
    check(v && kr_as_tuple(v)->size == 2, "two visible fields");
    check(v && repr_is(th, v, "demo.when(year=2026, month=11)"), "repr");
    Str *zone = kr_str_intern_cstr(th, "zone");
    Value z = v && zone ? kr_object_getattr(th, v, zone) : KR_VALUE_NULL;
    check(z == kr_from_smallint(7), "hidden field by name");

    Tuple *two = kr_tuple_from_array(th, vals, 2);
    Value arg = two ? kr_from_obj(two) : KR_VALUE_NULL;
    Value made = arg ? kr_vm_call(th, kr_from_obj(&demo_type), &arg, 1, NULL) : KR_VALUE_NULL;
    Value hidden = made && zone ? kr_object_getattr(th, made, zone) : KR_VALUE_NULL;
    check(hidden == KR_NONE, "a missing hidden field is None");

    Tuple *one = kr_tuple_from_array(th, vals, 1);
    arg = one ? kr_from_obj(one) : KR_VALUE_NULL;
    Value bad = arg ? kr_vm_call(th, kr_from_obj(&demo_type), &arg, 1, NULL) : KR_VALUE_NULL;
    Value exc = bad ? KR_VALUE_NULL : kr_err_fetch(th);
    check(exc && repr_is(th, exc,
                         "TypeError('demo.when() takes an at least 2-sequence (1-sequence given)')"),
          "short sequence");
    if (!failures)
        printf("test_structseq: 6 checks, 0 failures\n");
    return failures != 0;
}
