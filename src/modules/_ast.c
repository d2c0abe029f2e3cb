/*
 * _ast.c -- the C AST (parse/ast_gen.h) as objects of _ast's node classes.
 *
 * The classes themselves are Python (lib/_ast.py) and so is ast.py, both
 * run unchanged; only the walk over the arena tree is C, generated from
 * ast.def into _ast_gen.inc (one to_<type> per type, one seq_<type> per
 * sequence).  What the generated code needs is here: making a node (a
 * call of its class, as CPython's ast2obj does), setting a field, and the
 * leaves (identifiers and constants).  Class objects and field names are
 * looked up once per conversion and kept in the Conv on the C stack, which
 * the collector scans.
 */
#include "modules/_ast.h"

#include "core/state.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/errors.h"
#include "vm/vm.h"

typedef struct Conv Conv;

static List *new_list(Conv *cv, int n);
static Value new_node(Conv *cv, int cls);
static Value singleton(Conv *cv, int cls);
static int set(Conv *cv, Value obj, int field, Value v);
static Value to_str(Conv *cv, const char *s);
static Value to_const(Conv *cv, const AstConst *k);

#include "modules/_ast_gen.inc"

struct Conv {
    Thread *th;
    Dict *ns;                        /* _ast's namespace */
    Value classes[N_CLASSES];        /* looked up on first use */
    Value singletons[N_CLASSES];     /* Load(), Add(), ...: one each, as CPython */
    Str *fields[N_FIELDS];
};

static List *new_list(Conv *cv, int n) { return kr_list_new(cv->th, n); }

static Value new_node(Conv *cv, int cls)
{
    if (!cv->classes[cls]) {
        Str *name = kr_str_intern_cstr(cv->th, class_names[cls]);
        Value c = name ? kr_dict_get_str(cv->ns, name) : KR_VALUE_NULL;
        if (!c) {
            if (name)
                kr_err_format(cv->th, &kr_exc_SystemError, "_ast has no class %s", class_names[cls]);
            return KR_VALUE_NULL;
        }
        cv->classes[cls] = c;
    }
    return kr_object_call(cv->th, cv->classes[cls], NULL, 0, NULL);
}

static Value singleton(Conv *cv, int cls)
{
    if (!cv->singletons[cls])
        cv->singletons[cls] = new_node(cv, cls);
    return cv->singletons[cls];
}

/* obj.<field> = v; v NULL means its conversion failed (exception set). */
static int set(Conv *cv, Value obj, int field, Value v)
{
    if (!v)
        return -1;
    if (!cv->fields[field] && !(cv->fields[field] = kr_str_intern_cstr(cv->th, field_names[field])))
        return -1;
    return kr_object_setattr(cv->th, obj, cv->fields[field], v);
}

/* An identifier or string field: WTF-8 text, NULL for an absent optional. */
static Value to_str(Conv *cv, const char *s)
{
    if (!s)
        return KR_NONE;
    Str *r = kr_str_from_utf8(cv->th, s, strlen(s));
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value to_const(Conv *cv, const AstConst *k)
{
    Thread *th = cv->th;
    switch (k->kind) {
    case CONST_NONE: return KR_NONE;
    case CONST_TRUE: return KR_TRUE;
    case CONST_FALSE: return KR_FALSE;
    case CONST_ELLIPSIS: return KR_ELLIPSIS;
    case CONST_INT:
        return k->big ? kr_int_from_string(th, k->s.data, k->s.len, 10) : kr_int_from_i64(th, k->i);
    case CONST_FLOAT: return kr_float_new(th, k->f);
    case CONST_COMPLEX: return kr_complex_new(th, 0.0, k->f);
    case CONST_STR: {
        Str *s = kr_str_from_utf8(th, k->s.data, k->s.len);
        return s ? kr_from_obj(s) : KR_VALUE_NULL;
    }
    case CONST_BYTES: return kr_bytes_value(kr_bytes_new(th, k->s.data, (int64_t)k->s.len));
    }
    return KR_VALUE_NULL;
}

Value kr_mod__ast_from_mod(Thread *th, const Mod *mod)
{
    Str *name = kr_str_intern_cstr(th, "_ast");
    Value m = name ? kr_vm_import(th, name, true) : KR_VALUE_NULL;
    if (!m)
        return KR_VALUE_NULL;
    Conv cv = {.th = th, .ns = ((Module *)kr_as_obj(m))->dict};
    return to_mod(&cv, mod);
}

int kr_mod__ast_is_node(Thread *th, Value v)
{
    Str *name = kr_str_intern_cstr(th, "_ast");
    Value m = name ? kr_dict_get_str(th->vm->modules, name) : KR_VALUE_NULL;
    if (!m || !kr_isinstance_type(m, &kr_module_type))
        return 0;
    Str *ast = kr_str_intern_cstr(th, "AST");
    Value cls = ast ? kr_dict_get_str(((Module *)kr_as_obj(m))->dict, ast) : KR_VALUE_NULL;
    if (!cls)
        return 0;
    int r = kr_object_isinstance(th, v, cls);
    if (r < 0)
        kr_err_clear(th);
    return r > 0;
}
