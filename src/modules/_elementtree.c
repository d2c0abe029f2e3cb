/*
 * _elementtree.c -- the C accelerator under xml.etree.ElementTree, as
 * CPython 3.11's Modules/_elementtree.c: Element (here), SubElement,
 * _set_factories; TreeBuilder, XMLParser and ParseError are in
 * _elementtree_parser.c.  ElementTree.py ends with `from _elementtree
 * import *`, which replaces its pure-Python classes with these.
 *
 * An Element's children are a krait list (Element.kids) that only the
 * methods here change, and only with Elements: the list's own locking
 * makes concurrent readers safe (design.md "Threads"), and slices,
 * insert and remove are the list's.  Path searches (find with a path,
 * findall, iterfind) go to ElementPath as CPython's do; a plain tag is
 * matched here without it.
 *
 * Module state (the comment and PI factories, ParseError) lives in the
 * module's dict under private names, found through the VM's table of
 * built-in modules: no C globals, and `del sys.modules['_elementtree']`
 * (test.support.import_fresh_module) does not lose it.
 */
#include <string.h>

#include "modules/_elementtree.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

#define ELEM(v) ((Element *)kr_as_obj(v))

/* Absent optional arguments (left NULL by kr_libutil_parse) get dflt. */
static void defaults(Value *a, size_t n, Value dflt)
{
    for (size_t i = 0; i < n; i++)
        if (!a[i])
            a[i] = dflt;
}

Value kr_et_state(Thread *th, const char *name)
{
    Str *k = kr_str_intern_cstr(th, "_elementtree");
    Value m = k ? kr_dict_get_str(th->vm->builtin_modules, k) : KR_VALUE_NULL;
    Str *n = m ? kr_str_intern_cstr(th, name) : NULL;
    if (!n || !kr_is_type(m, &kr_module_type))
        return KR_VALUE_NULL;
    Value v = kr_dict_get_str(((Module *)kr_as_obj(m))->dict, n);
    return v == KR_NONE ? KR_VALUE_NULL : v;
}

/* ---- construction ------------------------------------------------------------ */

Element *kr_et_element_new(Thread *th, Value tag, Value attrib)
{
    Element *e = kr_libutil_alloc(th, &kr_et_element_type);
    if (!e)
        return NULL;
    e->tag = tag;
    e->attrib = attrib;
    e->text = e->tail = KR_NONE;
    return e;
}

static Value element_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    (void)args, (void)nargs, (void)kw;
    Element *e = kr_libutil_alloc(th, t);
    if (!e)
        return KR_VALUE_NULL;
    e->tag = e->text = e->tail = KR_NONE;
    return kr_from_obj(e);
}

static const char *type_name(Value v) { return kr_type_of(v)->name; }

/* attrib (a dict or absent) copied and updated with the keywords; absent
 * both: KR_VALUE_NULL, no dict made.  Without a positional attrib, a
 * keyword `attrib` is it (CPython's get_attrib_from_keywords). */
static Value merge_attrib(Thread *th, Value attrib, const Value *kwv, Tuple *kw)
{
    size_t nkw = kw ? (size_t)kw->size : 0;
    if (!attrib && !nkw)
        return KR_VALUE_NULL;
    Str *an = kr_str_intern_cstr(th, "attrib");
    if (!an)
        return KR_VALUE_NULL;
    size_t skip = nkw;
    for (size_t i = 0; !attrib && i < nkw; i++)
        if (kr_str_eq(kr_as_str(kw->items[i]), an)) {
            if (!kr_dict_check(kwv[i])) {
                kr_err_type_error(th, "attrib must be dict, not %s", type_name(kwv[i]));
                return KR_VALUE_NULL;
            }
            attrib = kwv[i];
            skip = i;
        }
    Dict *d = attrib ? kr_dict_copy(th, kr_as_dict(attrib)) : kr_dict_new(th);
    if (!d)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < nkw; i++)
        if (i != skip && kr_dict_set(th, d, kw->items[i], kwv[i]) < 0)
            return KR_VALUE_NULL;
    return kr_from_obj(d);
}

/* The positional part of Element(tag, attrib={}) / SubElement(parent,
 * tag, attrib={}): PyArg_ParseTuple's messages for "O|O!". */
static int check_args(Thread *th, const char *fname, const Value *args, size_t nargs,
                      size_t min, size_t dict_pos)
{
    if (nargs < min) {
        kr_err_type_error(th, "%s() takes at least %zu argument%s (%zu given)", fname, min,
                          min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > dict_pos + 1) {
        kr_err_type_error(th, "%s() takes at most %zu arguments (%zu given)", fname, dict_pos + 1,
                          nargs);
        return -1;
    }
    if (nargs > dict_pos && !kr_dict_check(args[dict_pos])) {
        kr_err_type_error(th, "%s() argument %zu must be dict, not %s", fname, dict_pos + 1,
                          type_name(args[dict_pos]));
        return -1;
    }
    return 0;
}

static int element_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (check_args(th, "Element", args, nargs, 1, 1) < 0)
        return -1;
    Value attrib = merge_attrib(th, nargs > 1 ? args[1] : KR_VALUE_NULL, args + nargs, kw);
    if (!attrib && kr_err_occurred(th))
        return -1;
    Element *e = ELEM(self);
    e->tag = args[0];
    e->attrib = attrib;
    return 0;
}

/* The children list, made on first use (as the attribute dict: one list
 * even when two threads append the first children at once). */
static List *kids(Thread *th, Element *e)
{
    List *l = __atomic_load_n(&e->kids, __ATOMIC_ACQUIRE);
    if (l)
        return l;
    List *n = kr_list_new(th, 0);
    if (!n)
        return NULL;
    List *expected = NULL;
    if (__atomic_compare_exchange_n(&e->kids, &expected, n, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE))
        return n;
    return expected;
}

static int64_t nkids(const Element *e) { return e->kids ? kr_list_len(e->kids) : 0; }

static int check_element(Thread *th, Value v)
{
    if (kr_et_is_element(v))
        return 0;
    kr_err_type_error(th, "expected an Element, not \"%s\"", type_name(v));
    return -1;
}

int kr_et_element_append(Thread *th, Element *parent, Value child)
{
    List *l = kids(th, parent);
    return l ? kr_list_append(th, l, child) : -1;
}

/* Argument Clinic's "NAME() argument N must be xml.etree.ElementTree.Element". */
static int check_element_arg(Thread *th, const char *fname, const char *argn, Value v)
{
    if (kr_et_is_element(v))
        return 0;
    kr_err_type_error(th, "%s() argument %smust be xml.etree.ElementTree.Element, not %s", fname,
                      argn, type_name(v));
    return -1;
}

KR_LIB_FUNC(et_subelement)
{
    (void)self;
    if ((nargs >= 2 && nargs <= 3 && check_element_arg(th, "SubElement", "1 ", args[0]) < 0) ||
        check_args(th, "SubElement", args, nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    Value attrib = merge_attrib(th, nargs > 2 ? args[2] : KR_VALUE_NULL, args + nargs, kw);
    if (!attrib && kr_err_occurred(th))
        return KR_VALUE_NULL;
    Element *e = kr_et_element_new(th, args[1], attrib);
    if (!e || kr_et_element_append(th, ELEM(args[0]), kr_from_obj(e)) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(e);
}

/* ---- attributes ---------------------------------------------------------------- */

/* The attribute dict, made on first use; published with a compare-and-
 * swap so two threads making it at once agree on one (no lost set()). */
static Value get_attrib_dict(Thread *th, Element *e)
{
    Value a = __atomic_load_n(&e->attrib, __ATOMIC_ACQUIRE);
    if (a)
        return a;
    Dict *d = kr_dict_new(th);
    if (!d)
        return KR_VALUE_NULL;
    Value expected = KR_VALUE_NULL;
    if (__atomic_compare_exchange_n(&e->attrib, &expected, kr_from_obj(d), false,
                                    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return kr_from_obj(d);
    return expected;
}

static Value element_tag_get(Thread *th, Value s) { (void)th; return ELEM(s)->tag; }
static Value element_text_get(Thread *th, Value s) { (void)th; return ELEM(s)->text; }
static Value element_tail_get(Thread *th, Value s) { (void)th; return ELEM(s)->tail; }
static Value element_attrib_get(Thread *th, Value s) { return get_attrib_dict(th, ELEM(s)); }

static int no_delete(Thread *th, Value v)
{
    if (v)
        return 0;
    kr_err_set_string(th, &kr_exc_AttributeError, "can't delete element attribute");
    return -1;
}

static int element_tag_set(Thread *th, Value s, Str *n, Value v)
{
    (void)n;
    if (no_delete(th, v) < 0)
        return -1;
    ELEM(s)->tag = v;
    return 0;
}

static int element_text_set(Thread *th, Value s, Str *n, Value v)
{
    (void)n;
    if (no_delete(th, v) < 0)
        return -1;
    ELEM(s)->text = v;
    return 0;
}

static int element_tail_set(Thread *th, Value s, Str *n, Value v)
{
    (void)n;
    if (no_delete(th, v) < 0)
        return -1;
    ELEM(s)->tail = v;
    return 0;
}

static int element_attrib_set(Thread *th, Value s, Str *n, Value v)
{
    (void)n;
    if (no_delete(th, v) < 0)
        return -1;
    if (!kr_dict_check(v)) {
        kr_err_type_error(th, "attrib must be dict, not %s", type_name(v));
        return -1;
    }
    ELEM(s)->attrib = v;
    return 0;
}

static const MemberDef element_members[] = {
    {"tag", 0, element_tag_get, element_tag_set,
     "A string identifying what kind of data this element represents", 0},
    {"text", 0, element_text_get, element_text_set,
     "A string of text directly after the start tag, or None", 0},
    {"tail", 0, element_tail_get, element_tail_set,
     "A string of text directly after the end tag, or None", 0},
    {"attrib", 0, element_attrib_get, element_attrib_set,
     "A dictionary containing the element's attributes", 0},
    {0},
};

/* ---- the sequence of children --------------------------------------------------- */

static int element_len(Thread *th, Value v, int64_t *out)
{
    (void)th;
    *out = nkids(ELEM(v));
    return 0;
}

static int element_bool(Thread *th, Value v)
{
    (void)th;
    return nkids(ELEM(v)) != 0;
}

/* key as a child index, negative ones counted from the end; 1, 0 if it is
 * a slice, -1 with TypeError. */
static int child_index(Thread *th, Element *e, Value key, int64_t *i)
{
    if (kr_is_type(key, &kr_slice_type))
        return 0;
    if (!kr_is_int(key) && !kr_type_of(key)->index) {
        kr_err_set_string(th, &kr_exc_TypeError, "element indices must be integers");
        return -1;
    }
    if (kr_libutil_as_ssize(th, key, i) < 0)
        return -1;
    if (*i < 0)
        *i += nkids(e);
    return 1;
}

static Value element_getitem(Thread *th, Value v, Value key)
{
    Element *e = ELEM(v);
    int64_t i;
    int r = child_index(th, e, key, &i);
    if (r < 0)
        return KR_VALUE_NULL;
    if (r == 0) {
        List *l = kids(th, e);
        return l ? kr_list_type.getitem(th, kr_from_obj(l), key) : KR_VALUE_NULL;
    }
    List *l = e->kids;
    int64_t n = l ? kr_list_len(l) : 0;
    if (i < 0 || i >= n) {
        kr_err_set_string(th, &kr_exc_IndexError, "child index out of range");
        return KR_VALUE_NULL;
    }
    return l->items[i];
}

/* e[slice] = value: value any sequence of Elements (CPython's
 * PySequence_Fast "expected sequence"). */
static int set_slice(Thread *th, Element *e, Value key, Value value)
{
    List *l = kids(th, e);
    if (!l)
        return -1;
    if (!value)
        return kr_list_type.setitem(th, kr_from_obj(l), key, KR_VALUE_NULL);
    Value seq;
    if (kr_is_list(value) || kr_is_tuple(value)) {
        seq = value;
    } else {
        if (!kr_type_of(value)->iter && !kr_type_of(value)->getitem) {
            kr_err_type_error(th, "expected sequence, not \"%s\"", type_name(value));
            return -1;
        }
        List *copy = kr_list_from_iterable(th, value);
        if (!copy)
            return -1;
        seq = kr_from_obj(copy);
    }
    int64_t n = kr_is_list(seq) ? kr_list_len(kr_as_list(seq)) : kr_as_tuple(seq)->size;
    const Value *items = kr_is_list(seq) ? kr_as_list(seq)->items : kr_as_tuple(seq)->items;
    for (int64_t i = 0; i < n; i++)
        if (check_element(th, items[i]) < 0)
            return -1;
    return kr_list_type.setitem(th, kr_from_obj(l), key, seq);
}

static int element_setitem(Thread *th, Value v, Value key, Value value)
{
    Element *e = ELEM(v);
    int64_t i;
    int r = child_index(th, e, key, &i);
    if (r < 0)
        return -1;
    if (r == 0)
        return set_slice(th, e, key, value);
    if (i < 0 || i >= nkids(e)) {
        kr_err_set_string(th, &kr_exc_IndexError, "child assignment index out of range");
        return -1;
    }
    if (value && check_element(th, value) < 0)
        return -1;
    Value idx = kr_from_smallint(i);
    return kr_list_type.setitem(th, kr_from_obj(e->kids), idx, value);
}

static Value element_iter(Thread *th, Value v)
{
    Element *e = ELEM(v);
    return kr_object_iter(th, e->kids ? kr_from_obj(e->kids) : kr_from_obj(th->vm->empty_tuple));
}

#define SELF ELEM(args[0])

/* A list method called on e's children: l.name(*a). */
static Value call_list_method(Thread *th, Element *e, const char *name, const Value *a, size_t n)
{
    List *l = kids(th, e);
    Str *s = l ? kr_str_intern_cstr(th, name) : NULL;
    Value f = s ? kr_type_lookup(&kr_list_type, s) : KR_VALUE_NULL;
    return f ? kr_vm_call_method(th, f, kr_from_obj(l), a, n, NULL) : KR_VALUE_NULL;
}

static int one_arg(Thread *th, const char *qual, size_t nargs, Tuple *kw)
{
    const char *dot = strchr(qual, '.');
    if (kr_libutil_no_keywords(th, dot ? dot + 1 : qual, kw) < 0)
        return -1;
    if (nargs != 2) {
        kr_err_type_error(th, "%s() takes exactly one argument (%zu given)", qual, nargs - 1);
        return -1;
    }
    return 0;
}

KR_LIB_FUNC(element_append)
{
    (void)self;
    if (one_arg(th, "Element.append", nargs, kw) < 0 ||
        check_element_arg(th, "append", "", args[1]) < 0)
        return KR_VALUE_NULL;
    return kr_et_element_append(th, SELF, args[1]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

KR_LIB_FUNC(element_extend)
{
    (void)self;
    if (one_arg(th, "Element.extend", nargs, kw) < 0)
        return KR_VALUE_NULL;
    Value v = args[1];
    if (!kr_type_of(v)->iter && !kr_type_of(v)->getitem)
        return kr_err_type_error(th, "expected sequence, not \"%s\"", type_name(v));
    List *items = kr_list_from_iterable(th, v);
    if (!items)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < kr_list_len(items); i++)
        if (check_element(th, items->items[i]) < 0 ||
            kr_et_element_append(th, SELF, items->items[i]) < 0)
            return KR_VALUE_NULL;
    return KR_NONE;
}

KR_LIB_FUNC(element_insert)
{
    (void)self;
    if (kr_libutil_no_keywords(th, "insert", kw) < 0 ||
        kr_libutil_check_positional(th, "insert", nargs - 1, 2, 2) < 0)
        return KR_VALUE_NULL;
    int64_t i;
    if (kr_libutil_as_ssize(th, args[1], &i) < 0 ||
        check_element_arg(th, "insert", "2 ", args[2]) < 0)
        return KR_VALUE_NULL;
    return call_list_method(th, SELF, "insert", args + 1, 2);
}

KR_LIB_FUNC(element_remove)
{
    (void)self;
    if (one_arg(th, "Element.remove", nargs, kw) < 0 ||
        check_element_arg(th, "remove", "", args[1]) < 0)
        return KR_VALUE_NULL;
    return call_list_method(th, SELF, "remove", args + 1, 1);
}

KR_LIB_FUNC(element_clear)
{
    (void)self, (void)kw;
    if (kr_libutil_check_positional(th, "clear", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    Element *e = SELF;
    e->attrib = KR_VALUE_NULL;
    e->text = e->tail = KR_NONE;
    if (e->kids && kr_list_len(e->kids))
        return call_list_method(th, e, "clear", NULL, 0);
    return KR_NONE;
}

/* ---- attributes as a mapping ------------------------------------------------------ */

KR_LIB_FUNC(element_get)
{
    (void)self;
    static const char *const names[] = {"key", "default", NULL};
    Value a[2] = {KR_VALUE_NULL, KR_VALUE_NULL};
    if (kr_libutil_parse(th, "get", args + 1, nargs - 1, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    defaults(a, 2, KR_NONE);
    Value dflt = a[1] ? a[1] : KR_NONE;
    Element *e = SELF;
    if (!e->attrib)
        return dflt;
    Value v = kr_dict_check(e->attrib) ? kr_dict_get(th, kr_as_dict(e->attrib), a[0])
                                       : KR_VALUE_NULL;
    if (!v && kr_err_occurred(th))
        return KR_VALUE_NULL;
    return v ? v : dflt;
}

KR_LIB_FUNC(element_set)
{
    (void)self;
    if (kr_libutil_no_keywords(th, "set", kw) < 0 ||
        kr_libutil_check_positional(th, "set", nargs - 1, 2, 2) < 0)
        return KR_VALUE_NULL;
    Value d = get_attrib_dict(th, SELF);
    return d && kr_object_setitem(th, d, args[1], args[2]) == 0 ? KR_NONE : KR_VALUE_NULL;
}

/* keys() or items() of the attributes, as a list (PyDict_Keys/Items). */
static Value attrib_list(Thread *th, Element *e, bool items)
{
    List *l = kr_list_new(th, 0);
    if (!l || !e->attrib)
        return l ? kr_from_obj(l) : KR_VALUE_NULL;
    Dict *d = kr_as_dict(e->attrib);
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(d, &pos, &k, &v)) {
        Value item = k;
        if (items) {
            Tuple *t = kr_tuple_new(th, 2);
            if (!t)
                return KR_VALUE_NULL;
            t->items[0] = k, t->items[1] = v;
            item = kr_from_obj(t);
        }
        if (kr_list_append(th, l, item) < 0)
            return KR_VALUE_NULL;
    }
    return kr_from_obj(l);
}

KR_LIB_FUNC(element_keys)
{
    (void)self, (void)kw;
    if (kr_libutil_check_positional(th, "keys", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return attrib_list(th, SELF, false);
}

KR_LIB_FUNC(element_items)
{
    (void)self, (void)kw;
    if (kr_libutil_check_positional(th, "items", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return attrib_list(th, SELF, true);
}

KR_LIB_FUNC(element_makeelement)
{
    (void)self;
    if (kr_libutil_no_keywords(th, "makeelement", kw) < 0 ||
        kr_libutil_check_positional(th, "makeelement", nargs - 1, 2, 2) < 0)
        return KR_VALUE_NULL;
    if (!kr_dict_check(args[2]))
        return kr_err_type_error(th, "makeelement() argument 2 must be dict, not %s",
                                 type_name(args[2]));
    Dict *d = kr_dict_copy(th, kr_as_dict(args[2]));
    Element *e = d ? kr_et_element_new(th, args[1], kr_from_obj(d)) : NULL;
    return e ? kr_from_obj(e) : KR_VALUE_NULL;
}

/* ---- searching ----------------------------------------------------------------- */

/* Whether tag may be a path expression rather than a plain tag
 * (CPython's checkpath): '/', '*', '[', '@' or '.' outside {uri}, or
 * a leading "{}" or "{*"; anything but str may be. */
static bool is_path(Value tag)
{
    if (!kr_str_check(tag))
        return true;    /* bytes and others: ElementPath decides */
    Str *s = kr_as_str(tag);
    if (s->len >= 2 && kr_str_char(s, 0) == '{' &&
        (kr_str_char(s, 1) == '}' || kr_str_char(s, 1) == '*'))
        return true;    /* "{}tag", "{*}tag": ElementPath's namespace syntax */
    bool check = true;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c == '{')
            check = false;
        else if (c == '}')
            check = true;
        else if (check && (c == '/' || c == '*' || c == '[' || c == '@' || c == '.'))
            return true;
    }
    return false;
}

/* ElementPath.name(e, *rest). */
static Value elementpath(Thread *th, const char *name, Value e, const Value *rest, size_t n)
{
    Str *mn = kr_str_intern_cstr(th, "xml.etree.ElementPath");
    Value m = mn ? kr_vm_import(th, mn, true) : KR_VALUE_NULL;
    Str *fn = m ? kr_str_intern_cstr(th, name) : NULL;
    Value f = fn ? kr_object_getattr(th, m, fn) : KR_VALUE_NULL;
    if (!f)
        return KR_VALUE_NULL;
    Value a[4] = {e};
    for (size_t i = 0; i < n; i++)
        a[i + 1] = rest[i];
    return kr_vm_call(th, f, a, n + 1, NULL);
}

/* The first child whose tag equals tag: the child, KR_VALUE_NULL (none,
 * or an error: check kr_err_occurred). */
static Value find_child(Thread *th, Element *e, Value tag, List *all)
{
    List *l = e->kids;
    for (int64_t i = 0; l && i < kr_list_len(l); i++) {
        Value c = l->items[i];
        int r = ELEM(c)->tag == tag ? 1 : kr_object_richcompare_bool(th, ELEM(c)->tag, tag, KR_EQ);
        if (r < 0)
            return KR_VALUE_NULL;
        if (r && !all)
            return c;
        if (r && kr_list_append(th, all, c) < 0)
            return KR_VALUE_NULL;
    }
    return KR_VALUE_NULL;
}

static const char *const find_names[] = {"path", "namespaces", NULL};

KR_LIB_FUNC(element_find)
{
    (void)self;
    Value a[2] = {KR_VALUE_NULL, KR_NONE};
    if (kr_libutil_parse(th, "find", args + 1, nargs - 1, kw, find_names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    defaults(a, 2, KR_NONE);
    if (a[1] != KR_NONE || is_path(a[0]))
        return elementpath(th, "find", args[0], a, 2);
    Value c = find_child(th, SELF, a[0], NULL);
    return c ? c : kr_err_occurred(th) ? KR_VALUE_NULL : KR_NONE;
}

KR_LIB_FUNC(element_findall)
{
    (void)self;
    Value a[2] = {KR_VALUE_NULL, KR_NONE};
    if (kr_libutil_parse(th, "findall", args + 1, nargs - 1, kw, find_names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    defaults(a, 2, KR_NONE);
    if (a[1] != KR_NONE || is_path(a[0]))
        return elementpath(th, "findall", args[0], a, 2);
    List *all = kr_list_new(th, 0);
    if (!all)
        return KR_VALUE_NULL;
    find_child(th, SELF, a[0], all);
    return kr_err_occurred(th) ? KR_VALUE_NULL : kr_from_obj(all);
}

KR_LIB_FUNC(element_iterfind)
{
    (void)self;
    Value a[2] = {KR_VALUE_NULL, KR_NONE};
    if (kr_libutil_parse(th, "iterfind", args + 1, nargs - 1, kw, find_names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    defaults(a, 2, KR_NONE);
    return elementpath(th, "iterfind", args[0], a, 2);
}

KR_LIB_FUNC(element_findtext)
{
    (void)self;
    static const char *const names[] = {"path", "default", "namespaces", NULL};
    Value a[3] = {KR_VALUE_NULL, KR_NONE, KR_NONE};
    if (kr_libutil_parse(th, "findtext", args + 1, nargs - 1, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    defaults(a, 3, KR_NONE);
    if (a[2] != KR_NONE || is_path(a[0]))
        return elementpath(th, "findtext", args[0], a, 3);
    Value c = find_child(th, SELF, a[0], NULL);
    if (!c)
        return kr_err_occurred(th) ? KR_VALUE_NULL : a[1];
    Value t = ELEM(c)->text;
    return t == KR_NONE ? kr_from_obj(th->vm->empty_str) : t;
}

/* ---- iteration over the tree ------------------------------------------------------ */

/* iter() and itertext(): depth first, the element before its children.
 * stack holds (parent, next child index) pairs, flattened. */
typedef struct ElementIter {
    Obj hdr;
    Value root;         /* the element not yet visited, or KR_VALUE_NULL */
    Value tag;          /* sought tag, None: all */
    List *stack;
    bool gettext;
} ElementIter;

static Type element_iter_type;

static Value make_iter(Thread *th, Value root, Value tag, bool gettext)
{
    ElementIter *it = kr_libutil_alloc(th, &element_iter_type);
    List *stack = it ? kr_list_new(th, 0) : NULL;
    if (!stack)
        return KR_VALUE_NULL;
    it->root = root;
    it->tag = tag;
    it->stack = stack;
    it->gettext = gettext;
    return kr_from_obj(it);
}

/* Push e as visited: its children come next. */
static int push(Thread *th, ElementIter *it, Value e)
{
    return kr_list_append(th, it->stack, e) < 0 ||
           kr_list_append(th, it->stack, kr_from_smallint(0)) < 0 ? -1 : 0;
}

/* A text worth yielding: a true one (None and "" are skipped). */
static int text_ok(Thread *th, Value t)
{
    if (t == KR_NONE)
        return 0;
    if (kr_str_check(t))
        return kr_as_str(t)->len != 0;
    return kr_object_truth(th, t);
}

static Value element_iter_next(Thread *th, Value v)
{
    ElementIter *it = (ElementIter *)kr_as_obj(v);
    List *st = it->stack;
    for (;;) {
        Value e, text = KR_VALUE_NULL;
        if (it->root) {
            e = it->root;
            it->root = KR_VALUE_NULL;
            if (push(th, it, e) < 0)
                return KR_VALUE_NULL;
        } else {
            int64_t n = kr_list_len(st);
            if (n == 0)
                return KR_VALUE_NULL;
            Value parent = st->items[n - 2];
            int64_t i = kr_as_smallint(st->items[n - 1]);
            if (i >= nkids(ELEM(parent))) {
                kr_list_set_len(st, n - 2);
                /* itertext yields only the inner text: not the root's tail */
                if (it->gettext && n > 2) {
                    Value tail = ELEM(parent)->tail;    /* its __bool__ may replace it */
                    int r = text_ok(th, tail);
                    if (r < 0)
                        return KR_VALUE_NULL;
                    if (r)
                        return tail;
                }
                continue;
            }
            e = ELEM(parent)->kids->items[i];
            st->items[n - 1] = kr_from_smallint(i + 1);
            if (push(th, it, e) < 0)
                return KR_VALUE_NULL;
        }
        if (it->gettext) {
            text = ELEM(e)->text;
            int r = text_ok(th, text);
            if (r < 0)
                return KR_VALUE_NULL;
            if (r)
                return text;
            continue;
        }
        if (it->tag == KR_NONE)
            return e;
        Value t = ELEM(e)->tag;
        int r = t == it->tag ? 1 : kr_object_richcompare_bool(th, t, it->tag, KR_EQ);
        if (r < 0)
            return KR_VALUE_NULL;
        if (r)
            return e;
    }
}

static Type element_iter_type = {
    .hdr = {&kr_type_type}, .name = "_elementtree._element_iterator", .size = sizeof(ElementIter),
    .iter = kr_libutil_iter_self, .next = element_iter_next,
};

KR_LIB_FUNC(element_iter_method)
{
    (void)self;
    static const char *const names[] = {"tag", NULL};
    Value a[1] = {KR_NONE};
    if (kr_libutil_parse(th, "iter", args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    defaults(a, 1, KR_NONE);
    Value tag = a[0];
    if (kr_str_check(tag) && kr_as_str(tag)->len == 1 && kr_str_char(kr_as_str(tag), 0) == '*')
        tag = KR_NONE;
    return make_iter(th, args[0], tag, false);
}

KR_LIB_FUNC(element_itertext)
{
    (void)self, (void)kw;
    if (kr_libutil_check_positional(th, "itertext", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return make_iter(th, args[0], KR_NONE, true);
}

/* ---- copying and pickling --------------------------------------------------------- */

KR_LIB_FUNC(element_copy)
{
    (void)self, (void)kw;
    if (kr_libutil_check_positional(th, "__copy__", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    Element *s = SELF;
    Element *e = kr_et_element_new(th, s->tag, s->attrib);    /* the same dict, as CPython */
    if (!e)
        return KR_VALUE_NULL;
    e->text = s->text, e->tail = s->tail;
    if (s->kids && kr_list_len(s->kids)) {
        e->kids = kr_list_from_array(th, s->kids->items, kr_list_len(s->kids));
        if (!e->kids)
            return KR_VALUE_NULL;
    }
    return kr_from_obj(e);
}

static Value deepcopy(Thread *th, Value v, Value memo)
{
    if (v == KR_NONE || kr_is_type(v, &kr_str_type))
        return v;
    Str *mn = kr_str_intern_cstr(th, "copy");
    Value m = mn ? kr_vm_import(th, mn, true) : KR_VALUE_NULL;
    Str *fn = m ? kr_str_intern_cstr(th, "deepcopy") : NULL;
    Value f = fn ? kr_object_getattr(th, m, fn) : KR_VALUE_NULL;
    Value a[2] = {v, memo};
    return f ? kr_vm_call(th, f, a, 2, NULL) : KR_VALUE_NULL;
}

KR_LIB_FUNC(element_deepcopy)
{
    (void)self;
    if (one_arg(th, "Element.__deepcopy__", nargs, kw) < 0)
        return KR_VALUE_NULL;
    Value memo = args[1];
    if (!kr_dict_check(memo))
        return kr_err_type_error(th, "__deepcopy__() argument must be dict, not %s",
                                 type_name(memo));
    Element *s = SELF;
    Value tag = deepcopy(th, s->tag, memo);
    Value attrib = tag && s->attrib ? deepcopy(th, s->attrib, memo) : KR_VALUE_NULL;
    if (!tag || (s->attrib && !attrib))
        return KR_VALUE_NULL;
    Element *e = kr_et_element_new(th, tag, attrib);
    if (!e || !(e->text = deepcopy(th, s->text, memo)) || !(e->tail = deepcopy(th, s->tail, memo)))
        return KR_VALUE_NULL;
    if (s->kids && kr_list_len(s->kids)) {
        List *l = kr_list_new(th, 0);
        if (!l)
            return KR_VALUE_NULL;
        for (int64_t i = 0; i < kr_list_len(s->kids); i++) {
            Value c = deepcopy(th, s->kids->items[i], memo);
            if (!c || check_element(th, c) < 0 || kr_list_append(th, l, c) < 0)
                return KR_VALUE_NULL;
        }
        e->kids = l;
    }
    /* memo[id(self)] = the copy, as copy.deepcopy does for its own */
    Value id = kr_int_from_i64(th, (int64_t)(intptr_t)kr_as_obj(args[0]));
    if (!id || kr_object_setitem(th, memo, id, kr_from_obj(e)) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(e);
}

static int put_str(Thread *th, Dict *d, const char *k, Value v)
{
    Str *s = kr_str_intern_cstr(th, k);
    return s ? kr_dict_set_str(th, d, s, v) : -1;
}

KR_LIB_FUNC(element_getstate)
{
    (void)self, (void)kw;
    if (kr_libutil_check_positional(th, "__getstate__", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    Element *s = SELF;
    Dict *d = kr_dict_new(th);
    List *l = d ? kr_list_from_array(th, s->kids ? s->kids->items : NULL, nkids(s)) : NULL;
    Value attrib = l ? get_attrib_dict(th, s) : KR_VALUE_NULL;
    if (!attrib || put_str(th, d, "tag", s->tag) < 0 ||
        put_str(th, d, "_children", kr_from_obj(l)) < 0 || put_str(th, d, "attrib", attrib) < 0 ||
        put_str(th, d, "text", s->text) < 0 || put_str(th, d, "tail", s->tail) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(d);
}

static Value state_item(Thread *th, Dict *d, const char *k)
{
    Str *s = kr_str_intern_cstr(th, k);
    return s ? kr_dict_get_str(d, s) : KR_VALUE_NULL;
}

KR_LIB_FUNC(element_setstate)
{
    (void)self;
    if (one_arg(th, "Element.__setstate__", nargs, kw) < 0)
        return KR_VALUE_NULL;
    Value state = args[1];
    if (!kr_is_dict(state)) {
        kr_err_format(th, &kr_exc_TypeError, "Don't know how to unpickle \"%R\" as an Element",
                      state);
        return KR_VALUE_NULL;
    }
    Dict *d = kr_as_dict(state);
    Value tag = state_item(th, d, "tag"), attrib = state_item(th, d, "attrib");
    Value text = state_item(th, d, "text"), tail = state_item(th, d, "tail");
    Value children = state_item(th, d, "_children");
    if (!tag) {
        kr_err_set_string(th, &kr_exc_TypeError, "tag may not be NULL");
        return KR_VALUE_NULL;
    }
    Element *e = SELF;
    e->tag = tag;
    e->text = text ? text : KR_NONE;
    e->tail = tail ? tail : KR_NONE;
    e->kids = NULL;
    if (children && children != KR_NONE) {
        if (!kr_list_check(children))
            return kr_err_type_error(th, "'_children' is not a list");
        List *src = kr_as_list(children);
        for (int64_t i = 0; i < kr_list_len(src); i++)
            if (check_element(th, src->items[i]) < 0 ||
                kr_et_element_append(th, e, src->items[i]) < 0)
                return KR_VALUE_NULL;
    }
    if (attrib && attrib != KR_NONE) {
        if (!kr_dict_check(attrib))
            return kr_err_type_error(th, "attrib must be dict, not %s", type_name(attrib));
        Dict *c = kr_dict_copy(th, kr_as_dict(attrib));
        if (!c)
            return KR_VALUE_NULL;
        e->attrib = kr_from_obj(c);
    } else {
        e->attrib = KR_VALUE_NULL;
    }
    return KR_NONE;
}

KR_LIB_FUNC(element_sizeof)
{
    (void)self, (void)kw;
    if (kr_libutil_check_positional(th, "__sizeof__", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    int64_t n = (int64_t)sizeof(Element) + 16;
    if (SELF->attrib || SELF->kids)
        n += 40 + (SELF->kids ? SELF->kids->cap : 0) * (int64_t)sizeof(Value);
    return kr_int_from_i64(th, n);
}

static Value element_repr(Thread *th, Value v)
{
    Element *e = ELEM(v);
    int r = kr_repr_enter(th, v);
    if (r) {
        if (r > 0)
            kr_err_format(th, &kr_exc_RuntimeError, "reentrant call inside %s.__repr__",
                          kr_type_of(v)->name);
        return KR_VALUE_NULL;
    }
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "<Element ");
    int err = kr_libutil_repr_put(th, &b, e->tag);
    kr_repr_leave(th, v);
    if (err) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    kr_buf_printf(&b, " at %p>", (void *)e);
    return kr_libutil_buf_value(th, &b);
}

static const MethodDef element_methods[] = {
    {"clear", element_clear, "($self, /)", NULL, 0},
    {"get", element_get, "($self, /, key, default=None)", NULL, 0},
    {"set", element_set, "($self, key, value, /)", NULL, 0},
    {"find", element_find, "($self, /, path, namespaces=None)", NULL, 0},
    {"findtext", element_findtext, "($self, /, path, default=None, namespaces=None)", NULL, 0},
    {"findall", element_findall, "($self, /, path, namespaces=None)", NULL, 0},
    {"append", element_append, "($self, subelement, /)", NULL, 0},
    {"extend", element_extend, "($self, elements, /)", NULL, 0},
    {"insert", element_insert, "($self, index, subelement, /)", NULL, 0},
    {"remove", element_remove, "($self, subelement, /)", NULL, 0},
    {"iter", element_iter_method, "($self, /, tag=None)", NULL, 0},
    {"itertext", element_itertext, "($self, /)", NULL, 0},
    {"iterfind", element_iterfind, "($self, /, path, namespaces=None)", NULL, 0},
    {"items", element_items, "($self, /)", NULL, 0},
    {"keys", element_keys, "($self, /)", NULL, 0},
    {"makeelement", element_makeelement, "($self, tag, attrib, /)", NULL, 0},
    {"__copy__", element_copy, "($self, /)", NULL, 0},
    {"__deepcopy__", element_deepcopy, "($self, memo, /)", NULL, 0},
    {"__sizeof__", element_sizeof, "($self, /)", NULL, 0},
    {"__getstate__", element_getstate, "($self, /)", NULL, 0},
    {"__setstate__", element_setstate, "($self, state, /)", NULL, 0},
    {0},
};

Type kr_et_element_type = {
    .hdr = {&kr_type_type}, .name = "xml.etree.ElementTree.Element", .size = sizeof(Element),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_HAS_WEAKREF, .new_ = element_new, .init = element_init,
    .repr = element_repr, .bool_ = element_bool, .len = element_len, .getitem = element_getitem,
    .setitem = element_setitem, .iter = element_iter, .methods = element_methods,
    .members = element_members,
};

/* ---- the module ----------------------------------------------------------------- */

KR_LIB_FUNC(et_set_factories)
{
    (void)self;
    if (kr_libutil_no_keywords(th, "_set_factories", kw) < 0 ||
        kr_libutil_check_positional(th, "_set_factories", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    if (args[0] != KR_NONE && !kr_type_of(args[0])->call)
        return kr_err_type_error(th, "Comment factory must be callable, not %s",
                                 type_name(args[0]));
    if (args[1] != KR_NONE && !kr_type_of(args[1])->call)
        return kr_err_type_error(th, "PI factory must be callable, not %s", type_name(args[1]));
    Value old[2] = {kr_et_state(th, "_comment_factory"), kr_et_state(th, "_pi_factory")};
    Str *k = kr_str_intern_cstr(th, "_elementtree");
    Value m = k ? kr_dict_get_str(th->vm->builtin_modules, k) : KR_VALUE_NULL;
    Tuple *t = m ? kr_tuple_new(th, 2) : NULL;
    if (!t || kr_libutil_add_value(th, (Module *)kr_as_obj(m), "_comment_factory", args[0]) < 0 ||
        kr_libutil_add_value(th, (Module *)kr_as_obj(m), "_pi_factory", args[1]) < 0)
        return KR_VALUE_NULL;
    t->items[0] = old[0] ? old[0] : KR_NONE;
    t->items[1] = old[1] ? old[1] : KR_NONE;
    return kr_from_obj(t);
}

static const MethodDef et_functions[] = {
    {"SubElement", et_subelement, NULL, NULL, 0},
    {"_set_factories", et_set_factories, "($module, comment_factory, pi_factory, /)",
     "Change the factories used to create comments and processing instructions.\n\n"
     "For internal use only.", 0},
    {0},
};

int kr_mod__elementtree_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_elementtree", et_functions);
    if (!m || kr_libutil_add_type(th, m, &kr_et_element_type) < 0 ||
        kr_type_ready(th, &element_iter_type) < 0 || kr_et_parser_init(th, m) < 0)
        return -1;
    return 0;
}
