/*
 * nameerror.c -- NameError.name and AttributeError.name/.obj (3.10+), and
 * the "Did you mean" suggestions printed after such an error
 * (CPython's Python/suggestions.c).
 *
 * The fields live past the Exc header (NameExc), not in the instance
 * dict, so pickling an AttributeError does not drag its object along.
 * NULL means "never set"; reading it gives None.  The VM fills them when
 * it raises: a failed attribute lookup (kr_exc_attr_context, which leaves
 * an error already carrying a name alone) and an undefined name
 * (kr_exc_name_error).
 */
#include "objects/nameerror.h"

#include <string.h>

#include "core/state.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct NameExc {
    Exc exc;
    Value name;
    Value obj;                /* AttributeError only */
} NameExc;

#define NE(v) ((NameExc *)kr_as_obj(v))

static Value get_name(Thread *th, Value self) { return NE(self)->name ? NE(self)->name : KR_NONE; }
static Value get_obj(Thread *th, Value self) { return NE(self)->obj ? NE(self)->obj : KR_NONE; }

static int set_name(Thread *th, Value self, Str *unused, Value v)
{
    NE(self)->name = v;
    return 0;
}

static int set_obj(Thread *th, Value self, Str *unused, Value v)
{
    NE(self)->obj = v;
    return 0;
}

static const MemberDef attrerror_members[] = {
    {"name", 0, get_name, set_name, NULL, 0},
    {"obj", 0, get_obj, set_obj, NULL, 0},
    {0},
};

static const MemberDef nameerror_members[] = {
    {"name", 0, get_name, set_name, NULL, 0},
    {0},
};

/* AttributeError(*args, name=None, obj=None), NameError(*args, name=None) */
static int init_fields(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames,
                       bool with_obj)
{
    static const char *const both[] = {"name", "obj", NULL};
    static const char *const one[] = {"name", NULL};
    Value kw[2] = {KR_VALUE_NULL, KR_VALUE_NULL};
    /* CPython names the class in its format ("|$O:NameError"), not the subclass */
    if (kr_mod_parse_kwargs(th, with_obj ? "AttributeError" : "NameError", args + nargs, kwnames,
                            with_obj ? both : one, kw) < 0)
        return -1;
    Exc *e = (Exc *)kr_as_obj(self);
    if (!(e->args = kr_tuple_from_array(th, args, (int64_t)nargs)))
        return -1;
    NE(self)->name = kw[0];
    if (with_obj)
        NE(self)->obj = kw[1];
    return 0;
}

static int attrerror_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    return init_fields(th, self, args, nargs, kwnames, true);
}

static int nameerror_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    return init_fields(th, self, args, nargs, kwnames, false);
}

void kr_nameerror_prepare(void)
{
    kr_exc_AttributeError.size = sizeof(NameExc);
    kr_exc_AttributeError.init = attrerror_init;
    kr_exc_AttributeError.members = attrerror_members;
    kr_exc_NameError.size = sizeof(NameExc);
    kr_exc_NameError.init = nameerror_init;
    kr_exc_NameError.members = nameerror_members;
    kr_exc_UnboundLocalError.size = sizeof(NameExc);
    kr_exc_UnboundLocalError.init = nameerror_init;     /* inherited: name= */
}

void kr_exc_attr_context(Thread *th, Value obj, Str *name)
{
    if (!kr_err_matches(th, &kr_exc_AttributeError))
        return;
    Value exc = kr_err_fetch(th);
    if (kr_isinstance_type(exc, &kr_exc_AttributeError) && !NE(exc)->name && !NE(exc)->obj) {
        NE(exc)->name = kr_from_obj(name);
        NE(exc)->obj = obj;
    }
    kr_err_set(th, exc);
}

void kr_exc_name_error(Thread *th, Str *name)
{
    kr_err_format(th, &kr_exc_NameError, "name '%U' is not defined", name);
    Value exc = kr_err_fetch(th);
    if (kr_isinstance_type(exc, &kr_exc_NameError))
        NE(exc)->name = kr_from_obj(name);
    kr_err_set(th, exc);
}

/* ---- suggestions ------------------------------------------------------------- */

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

/* The weighted edit distance of a and b, or max_cost + 1 once it is
 * certainly more than max_cost. */
static size_t distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    size_t row[MAX_STRING_SIZE];
    while (na && nb && a[0] == b[0])
        a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > MAX_STRING_SIZE || nb > MAX_STRING_SIZE)
        return max_cost + 1;
    if (nb < na) {                      /* the shorter one indexes the row */
        const char *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        size_t diag = result = bi * MOVE_COST, minimum = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = diag + substitution_cost(b[bi], a[i]);
            diag = row[i];
            size_t insert_delete = (result < diag ? result : diag) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* The closest of the names in dir (a list) to name, or NULL. */
static Value closest(Thread *th, List *dir, Str *name)
{
    if (dir->size >= MAX_CANDIDATE_ITEMS)
        return KR_VALUE_NULL;
    size_t nlen;
    const char *n = kr_str_utf8(th, name, &nlen);
    if (!n)
        return KR_VALUE_NULL;
    size_t best_distance = SIZE_MAX;
    Value best = KR_VALUE_NULL;
    for (int64_t i = 0; i < dir->size; i++) {
        if (!kr_is_str(dir->items[i]))
            continue;
        size_t ilen;
        const char *s = kr_str_utf8(th, kr_as_str(dir->items[i]), &ilen);
        if (!s)
            return KR_VALUE_NULL;
        if (ilen == nlen && memcmp(s, n, nlen) == 0)
            continue;
        size_t max_distance = (nlen + ilen + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance)
            max_distance = best_distance - 1;
        size_t d = distance(n, nlen, s, ilen, max_distance);
        if (d > max_distance)
            continue;
        if (!best || d < best_distance) {
            best = dir->items[i];
            best_distance = d;
        }
    }
    return best;
}

static List *keys_of(Thread *th, Value mapping)
{
    return mapping ? kr_list_from_iterable(th, mapping) : NULL;
}

static Value suggest_for_name(Thread *th, Value exc, Str *name)
{
    Value tb = ((Exc *)kr_as_obj(exc))->traceback;
    if (tb == KR_NONE)
        return KR_VALUE_NULL;
    while (((Traceback *)kr_as_obj(tb))->next != KR_NONE)
        tb = ((Traceback *)kr_as_obj(tb))->next;
    Traceback *t = (Traceback *)kr_as_obj(tb);
    Str *vn = kr_str_intern_cstr(th, "co_varnames");
    Value varnames = vn ? kr_object_getattr(th, t->code, vn) : KR_VALUE_NULL;
    List *dir = keys_of(th, varnames);
    Value r = dir ? closest(th, dir, name) : KR_VALUE_NULL;
    if (!r && t->globals && (dir = keys_of(th, kr_from_obj(t->globals))))
        r = closest(th, dir, name);
    if (!r && t->builtins && (dir = keys_of(th, kr_from_obj(t->builtins))))
        r = closest(th, dir, name);
    return r;
}

Value kr_exc_suggestion(Thread *th, Value exc)
{
    Type *t = kr_type_of(exc);
    if (t != &kr_exc_AttributeError && t != &kr_exc_NameError)
        return KR_VALUE_NULL;
    Value name = NE(exc)->name;
    if (!name || !kr_is_str(name))
        return KR_VALUE_NULL;
    Value r;
    if (t == &kr_exc_AttributeError) {
        if (!NE(exc)->obj)
            return KR_VALUE_NULL;
        Str *dn = kr_str_intern_cstr(th, "dir");
        Value f = dn ? kr_dict_get_str(th->vm->builtins, dn) : KR_VALUE_NULL;
        Value d = f ? kr_vm_call(th, f, &NE(exc)->obj, 1, NULL) : KR_VALUE_NULL;
        List *dir = d && kr_is_list(d) ? kr_as_list(d) : NULL;
        r = dir ? closest(th, dir, kr_as_str(name)) : KR_VALUE_NULL;
    } else {
        r = suggest_for_name(th, exc, kr_as_str(name));
    }
    if (!r)
        kr_err_clear(th);
    return r;
}
