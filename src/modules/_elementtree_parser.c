/*
 * _elementtree_parser.c -- TreeBuilder, XMLParser and ParseError of the
 * _elementtree accelerator (CPython 3.11's, see _elementtree.c).
 *
 * XMLParser drives libexpat directly through pyexpat's table of entry
 * points (kr_pyexpat_api).  When its target is the exact TreeBuilder the
 * expat callbacks go straight into the builder's C handlers, with no
 * Python call per event; any other target has its start/end/data/...
 * methods called.  As in pyexpat.c, the XML_Parser (malloc'ed by
 * libexpat) holds the XMLParser as userData, which is safe because
 * libexpat runs only inside feed/close/_parse_whole while the object is a
 * live argument; no Value is stored in libexpat's memory.  A finalizer
 * frees the XML_Parser.
 *
 * A handler that raises leaves the exception pending; the later
 * callbacks of that chunk see it and do nothing, and feed raises it once
 * XML_Parse returns (CPython's way).
 *
 * Text between tags arrives from expat in pieces: TreeBuilder collects
 * them (a str, then a list) and joins them into the element's text or
 * tail when the next tag starts or ends.
 */
#include <limits.h>
#include <string.h>

#include "modules/_elementtree.h"
#include "modules/libutil.h"
#include "modules/modules.h"
#include "modules/pyexpat.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

/* ---- TreeBuilder ---------------------------------------------------------------- */

typedef struct TreeBuilder {
    Obj hdr;
    Value root;             /* the first element made, or KR_VALUE_NULL */
    Value this_;            /* the open element, None at top level */
    Value last;             /* the element made or closed last, None at first */
    Value last_for_tail;    /* the node the next text is the tail of, or NULL:
                               the text of last */
    Value data;             /* text not yet stored: NULL, a str, or a list of them */
    List *stack;            /* the open elements' parents */
    Value element_factory, comment_factory, pi_factory;   /* NULL: none */
    Value events_append;    /* the event queue's append, or NULL */
    Value ev_start, ev_end, ev_start_ns, ev_end_ns, ev_comment, ev_pi;   /* NULL: not wanted */
    bool insert_comments, insert_pis;
} TreeBuilder;

static Type treebuilder_type;

#define TB(v) ((TreeBuilder *)kr_as_obj(v))
#define ELEM(v) ((Element *)kr_as_obj(v))

static const char *type_name(Value v) { return kr_type_of(v)->name; }

/* Absent optional arguments (left NULL by kr_libutil_parse) get dflt. */
static void defaults(Value *a, size_t n, Value dflt)
{
    for (size_t i = 0; i < n; i++)
        if (!a[i])
            a[i] = dflt;
}

static Value tb_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    (void)args, (void)nargs, (void)kw;
    TreeBuilder *b = kr_libutil_alloc(th, t);
    List *stack = b ? kr_list_new(th, 0) : NULL;
    if (!stack)
        return KR_VALUE_NULL;
    b->this_ = b->last = KR_NONE;
    b->stack = stack;
    return kr_from_obj(b);
}

static int tb_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"element_factory", "comment_factory", "pi_factory",
                                        "insert_comments", "insert_pis", NULL};
    Value a[5] = {KR_NONE, KR_NONE, KR_NONE, KR_VALUE_NULL, KR_VALUE_NULL};
    if (kr_libutil_parse_kwonly(th, "TreeBuilder", args, nargs, kw, names, 0, 0, 4, a) < 0)
        return -1;
    defaults(a, 5, KR_NONE);
    int ic = a[3] ? kr_object_truth(th, a[3]) : 0;
    int ip = a[4] ? kr_object_truth(th, a[4]) : 0;
    if (ic < 0 || ip < 0)
        return -1;
    TreeBuilder *b = TB(self);
    b->element_factory = a[0] == KR_NONE ? KR_VALUE_NULL : a[0];
    Value cf = a[1] == KR_NONE ? kr_et_state(th, "_comment_factory") : a[1];
    Value pf = a[2] == KR_NONE ? kr_et_state(th, "_pi_factory") : a[2];
    b->comment_factory = cf;
    b->insert_comments = cf && ic;
    b->pi_factory = pf;
    b->insert_pis = pf && ip;
    return 0;
}

static Value join_data(Thread *th, Value data)
{
    if (!kr_is_list(data))
        return data;
    List *l = kr_as_list(data);
    Str *s = kr_str_join_array(th, th->vm->empty_str, l->items, (size_t)kr_list_len(l));
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* Store the collected text as the text of last or the tail of
 * last_for_tail, after what is there already. */
static int flush_data(Thread *th, TreeBuilder *b)
{
    if (!b->data)
        return 0;
    bool tail = b->last_for_tail != KR_VALUE_NULL;
    Value e = tail ? b->last_for_tail : b->last;
    Value joined = join_data(th, b->data);
    if (!joined)
        return -1;
    b->data = KR_VALUE_NULL;
    bool exact = kr_is_type(e, &kr_et_element_type);
    Str *name = exact ? NULL : kr_str_intern_cstr(th, tail ? "tail" : "text");
    Value prev = exact ? (tail ? ELEM(e)->tail : ELEM(e)->text)
                       : name ? kr_object_getattr(th, e, name) : KR_VALUE_NULL;
    if (!prev)
        return -1;
    if (prev != KR_NONE && !(joined = kr_object_binop(th, prev, joined, KR_OP_ADD)))
        return -1;
    if (!exact)
        return kr_object_setattr(th, e, name, joined);
    if (tail)
        ELEM(e)->tail = joined;
    else
        ELEM(e)->text = joined;
    return 0;
}

static int add_subelement(Thread *th, Value parent, Value child)
{
    if (kr_is_type(parent, &kr_et_element_type)) {
        if (!kr_et_is_element(child)) {
            kr_err_type_error(th, "expected an Element, not \"%s\"", type_name(child));
            return -1;
        }
        return kr_et_element_append(th, ELEM(parent), child);
    }
    Str *n = kr_str_intern_cstr(th, "append");
    Value f = n ? kr_object_getattr(th, parent, n) : KR_VALUE_NULL;
    return f && kr_vm_call(th, f, &child, 1, NULL) ? 0 : -1;
}

static int append_event(Thread *th, TreeBuilder *b, Value action, Value node)
{
    if (!action || !b->events_append)
        return 0;
    Tuple *t = kr_tuple_new(th, 2);
    if (!t)
        return -1;
    t->items[0] = action, t->items[1] = node;
    Value ev = kr_from_obj(t);
    if (kr_is_type(b->events_append, &kr_list_type))
        return kr_list_append(th, kr_as_list(b->events_append), ev);
    return kr_vm_call(th, b->events_append, &ev, 1, NULL) ? 0 : -1;
}

static Value parse_error(Thread *th)
{
    Value pe = kr_et_state(th, "_parse_error");
    return pe ? pe : kr_from_obj(&kr_exc_SyntaxError);
}

/* attrib: a dict, or NULL (none). */
static Value tb_start(Thread *th, TreeBuilder *b, Value tag, Value attrib)
{
    if (flush_data(th, b) < 0)
        return KR_VALUE_NULL;
    Value node;
    if (!b->element_factory) {
        if (attrib && kr_is_dict(attrib) && kr_as_dict(attrib)->used == 0)
            attrib = KR_VALUE_NULL;
        Element *e = kr_et_element_new(th, tag, attrib);
        node = e ? kr_from_obj(e) : KR_VALUE_NULL;
    } else {
        if (!attrib) {
            Dict *d = kr_dict_new(th);
            if (!d)
                return KR_VALUE_NULL;
            attrib = kr_from_obj(d);
        }
        Value a[2] = {tag, attrib};
        node = kr_vm_call(th, b->element_factory, a, 2, NULL);
    }
    if (!node)
        return KR_VALUE_NULL;
    Value this_ = b->this_;
    b->last_for_tail = KR_VALUE_NULL;
    if (this_ != KR_NONE) {
        if (add_subelement(th, this_, node) < 0)
            return KR_VALUE_NULL;
    } else if (b->root) {
        Value msg = kr_from_obj(kr_str_from_cstr(th, "multiple elements on top level"));
        Value exc = kr_vm_call(th, parse_error(th), &msg, 1, NULL);
        if (exc)
            kr_err_set(th, exc);
        return KR_VALUE_NULL;
    } else {
        b->root = node;
    }
    if (kr_list_append(th, b->stack, this_) < 0)
        return KR_VALUE_NULL;
    b->this_ = b->last = node;
    return append_event(th, b, b->ev_start, node) < 0 ? KR_VALUE_NULL : node;
}

static int tb_data(Thread *th, TreeBuilder *b, Value data)
{
    if (!b->data) {
        if (b->last != KR_NONE)     /* text before the first start is dropped */
            b->data = data;
        return 0;
    }
    if (kr_is_list(b->data))
        return kr_list_append(th, kr_as_list(b->data), data);
    Value two[2] = {b->data, data};
    List *l = kr_list_from_array(th, two, 2);
    if (!l)
        return -1;
    b->data = kr_from_obj(l);
    return 0;
}

static Value tb_end(Thread *th, TreeBuilder *b)
{
    if (flush_data(th, b) < 0)
        return KR_VALUE_NULL;
    if (kr_list_len(b->stack) == 0) {
        kr_err_set_string(th, &kr_exc_IndexError, "pop from empty stack");
        return KR_VALUE_NULL;
    }
    b->last = b->last_for_tail = b->this_;
    b->this_ = kr_list_pop_last(th, b->stack);
    return append_event(th, b, b->ev_end, b->last) < 0 ? KR_VALUE_NULL : b->last;
}

static Value tb_comment(Thread *th, TreeBuilder *b, Value text)
{
    if (flush_data(th, b) < 0)
        return KR_VALUE_NULL;
    Value c = text;
    if (b->comment_factory) {
        c = kr_vm_call(th, b->comment_factory, &text, 1, NULL);
        if (!c)
            return KR_VALUE_NULL;
        if (b->insert_comments && b->this_ != KR_NONE) {
            if (add_subelement(th, b->this_, c) < 0)
                return KR_VALUE_NULL;
            b->last_for_tail = c;
        }
    }
    return append_event(th, b, b->ev_comment, c) < 0 ? KR_VALUE_NULL : c;
}

static Value tb_pi(Thread *th, TreeBuilder *b, Value target, Value text)
{
    if (flush_data(th, b) < 0)
        return KR_VALUE_NULL;
    Value a[2] = {target, text}, pi;
    if (b->pi_factory) {
        pi = kr_vm_call(th, b->pi_factory, a, 2, NULL);
        if (!pi)
            return KR_VALUE_NULL;
        if (b->insert_pis && b->this_ != KR_NONE) {
            if (add_subelement(th, b->this_, pi) < 0)
                return KR_VALUE_NULL;
            b->last_for_tail = pi;
        }
    } else {
        Tuple *t = kr_tuple_from_array(th, a, 2);
        if (!t)
            return KR_VALUE_NULL;
        pi = kr_from_obj(t);
    }
    return append_event(th, b, b->ev_pi, pi) < 0 ? KR_VALUE_NULL : pi;
}

#define SELF TB(args[0])

static int positional(Thread *th, const char *name, size_t nargs, Tuple *kw, size_t min,
                      size_t max)
{
    if (kr_libutil_no_keywords(th, name, kw) < 0)
        return -1;
    return kr_libutil_check_positional(th, name, nargs - 1, min, max);
}

KR_LIB_FUNC(tb_data_method)
{
    (void)self;
    if (positional(th, "data", nargs, kw, 1, 1) < 0)
        return KR_VALUE_NULL;
    return tb_data(th, SELF, args[1]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

KR_LIB_FUNC(tb_start_method)
{
    (void)self;
    if (positional(th, "start", nargs, kw, 2, 2) < 0)
        return KR_VALUE_NULL;
    if (!kr_dict_check(args[2]))
        return kr_err_type_error(th, "start() argument 2 must be dict, not %s", type_name(args[2]));
    return tb_start(th, SELF, args[1], args[2]);
}

KR_LIB_FUNC(tb_end_method)
{
    (void)self;
    if (positional(th, "end", nargs, kw, 1, 1) < 0)
        return KR_VALUE_NULL;
    return tb_end(th, SELF);
}

KR_LIB_FUNC(tb_comment_method)
{
    (void)self;
    if (positional(th, "comment", nargs, kw, 1, 1) < 0)
        return KR_VALUE_NULL;
    return tb_comment(th, SELF, args[1]);
}

KR_LIB_FUNC(tb_pi_method)
{
    (void)self;
    if (positional(th, "pi", nargs, kw, 1, 2) < 0)
        return KR_VALUE_NULL;
    return tb_pi(th, SELF, args[1], nargs > 2 ? args[2] : KR_NONE);
}

KR_LIB_FUNC(tb_close_method)
{
    (void)self;
    if (positional(th, "close", nargs, kw, 0, 0) < 0)
        return KR_VALUE_NULL;
    return SELF->root ? SELF->root : KR_NONE;
}

static const MethodDef tb_methods[] = {
    {"data", tb_data_method, "($self, data, /)", NULL, 0},
    {"start", tb_start_method, "($self, tag, attrs, /)", NULL, 0},
    {"end", tb_end_method, "($self, tag, /)", NULL, 0},
    {"comment", tb_comment_method, "($self, text, /)", NULL, 0},
    {"pi", tb_pi_method, "($self, target, text=None, /)", NULL, 0},
    {"close", tb_close_method, "($self, /)", NULL, 0},
    {0},
};

static Type treebuilder_type = {
    .hdr = {&kr_type_type}, .name = "xml.etree.ElementTree.TreeBuilder",
    .size = sizeof(TreeBuilder), .flags = KR_TYPE_BASETYPE, .new_ = tb_new, .init = tb_init,
    .methods = tb_methods,
};

/* ---- XMLParser -------------------------------------------------------------------- */

typedef struct XMLParser {
    Obj hdr;
    XML_Parser xp;          /* libexpat's; freed by the finalizer */
    const ExpatApi *api;
    Thread *th;             /* the thread inside a parse, or NULL (atomic) */
    Value target;           /* NULL until __init__ */
    Value entity;           /* dict: the entity names the parser replaces */
    Dict *names;            /* expat's names -> universal names ({uri}local) */
    Value *name_cache;      /* NAME_CACHE (raw name, universal name) pairs in
                               front of names, by hash of the raw bytes */
    Value h_start_ns, h_end_ns, h_start, h_data, h_end, h_comment, h_pi, h_close, h_doctype;
} XMLParser;

static Type xmlparser_type;

#define XP(v) ((XMLParser *)kr_as_obj(v))
#define EX(p, f) ((p)->api->f)

static TreeBuilder *builder(XMLParser *p)
{
    return kr_is_type(p->target, &treebuilder_type) ? TB(p->target) : NULL;
}

static Value str_of(Thread *th, const XML_Char *s)
{
    Str *r = kr_str_from_utf8(th, s, strlen(s));
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

enum { NAME_CACHE = 256 };   /* a power of two */

/* A name from expat as a universal name: "uri}local" (namespace
 * separator '}') becomes "{uri}local".  The same str each time: a name
 * seen before is found by its bytes in the direct-mapped name_cache
 * (ASCII names) without making a str, else in the names dict. */
static Value universal(XMLParser *p, const XML_Char *s)
{
    Thread *th = p->th;
    size_t len = strlen(s);
    uint64_t h = 14695981039346656037u;     /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    Value *slot = &p->name_cache[2 * (h & (NAME_CACHE - 1))];
    if (slot[0]) {
        Str *k = kr_as_str(slot[0]);
        if (k->len == (int64_t)len && memcmp(k->data, s, len) == 0)
            return slot[1];
    }
    Str *ks = kr_str_from_utf8(th, s, len);
    if (!ks)
        return KR_VALUE_NULL;
    Value key = kr_from_obj(ks);
    Value v = kr_dict_get_str(p->names, ks);
    if (!v) {
        v = key;
        if (memchr(s, '}', len)) {
            Str *brace = kr_str_from_cstr(th, "{");
            Str *u = brace ? kr_str_concat(th, brace, ks) : NULL;
            if (!u)
                return KR_VALUE_NULL;
            v = kr_from_obj(u);
        }
        if (kr_dict_set(th, p->names, key, v) < 0)
            return KR_VALUE_NULL;
    }
    if (ks->ascii)      /* its data is then the raw bytes compared above */
        slot[0] = key, slot[1] = v;
    return v;
}

static void call_handler(XMLParser *p, Value h, const Value *a, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!a[i])
            return;
    Value r = kr_vm_call(p->th, h, a, n, NULL);
    (void)r;    /* an exception stays pending: parse_chunk raises it */
}

static void on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    XMLParser *p = ud;
    Thread *th = p->th;
    if (kr_err_occurred(th))
        return;
    Value tag = universal(p, name);
    if (!tag)
        return;
    Value attrib = KR_VALUE_NULL;
    if (atts[0]) {
        Dict *d = kr_dict_new(th);
        if (!d)
            return;
        for (; atts[0] && atts[1]; atts += 2) {
            Value k = universal(p, atts[0]);
            Value v = k ? str_of(th, atts[1]) : KR_VALUE_NULL;
            if (!v || kr_dict_set(th, d, k, v) < 0)
                return;
        }
        attrib = kr_from_obj(d);
    }
    TreeBuilder *b = builder(p);
    if (b) {
        (void)tb_start(th, b, tag, attrib);
    } else if (p->h_start) {
        if (!attrib) {
            Dict *d = kr_dict_new(th);
            if (!d)
                return;
            attrib = kr_from_obj(d);
        }
        Value a[2] = {tag, attrib};
        call_handler(p, p->h_start, a, 2);
    }
}

static void on_end(void *ud, const XML_Char *name)
{
    XMLParser *p = ud;
    if (kr_err_occurred(p->th))
        return;
    TreeBuilder *b = builder(p);
    if (b) {
        (void)tb_end(p->th, b);
    } else if (p->h_end) {
        Value tag = universal(p, name);
        call_handler(p, p->h_end, &tag, 1);
    }
}

static void deliver_data(XMLParser *p, Value data)
{
    TreeBuilder *b = builder(p);
    if (b)
        (void)tb_data(p->th, b, data);
    else if (p->h_data)
        call_handler(p, p->h_data, &data, 1);
}

static void on_data(void *ud, const XML_Char *s, int len)
{
    XMLParser *p = ud;
    Thread *th = p->th;
    if (kr_err_occurred(th))
        return;
    Str *data = kr_str_from_utf8(th, s, (size_t)len);
    if (data)
        deliver_data(p, kr_from_obj(data));
}

/* ParseError(message) with .code and .position, raised. */
static void set_error(XMLParser *p, int code, const char *message)
{
    Thread *th = p->th;
    int64_t line = (int64_t)EX(p, XML_GetCurrentLineNumber)(p->xp);
    int64_t col = (int64_t)EX(p, XML_GetCurrentColumnNumber)(p->xp);
    if (!message)
        message = EX(p, XML_ErrorString)((enum XML_Error)code);
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "%s: line %lld, column %lld", message ? message : "unknown error",
                  (long long)line, (long long)col);
    Value msg = kr_libutil_buf_value(th, &b);
    Value exc = msg ? kr_vm_call(th, parse_error(th), &msg, 1, NULL) : KR_VALUE_NULL;
    Tuple *pos = exc ? kr_tuple_new(th, 2) : NULL;
    Str *kc = pos ? kr_str_intern_cstr(th, "code") : NULL;
    Str *kp = kc ? kr_str_intern_cstr(th, "position") : NULL;
    if (!kp)
        return;
    pos->items[0] = kr_int_from_i64(th, line);
    pos->items[1] = kr_int_from_i64(th, col);
    if (kr_object_setattr(th, exc, kc, kr_from_smallint(code)) < 0 ||
        kr_object_setattr(th, exc, kp, kr_from_obj(pos)) < 0)
        return;
    kr_err_set(th, exc);
}

/* Entity references expat leaves to us ("&name;"): from the entity dict. */
static void on_default(void *ud, const XML_Char *s, int len)
{
    XMLParser *p = ud;
    Thread *th = p->th;
    if (len < 2 || s[0] != '&' || kr_err_occurred(th))
        return;
    Str *key = kr_str_from_utf8(th, s + 1, (size_t)len - 2);
    if (!key)
        return;
    Value v = kr_dict_check(p->entity) ? kr_dict_get(th, kr_as_dict(p->entity), kr_from_obj(key))
                                       : KR_VALUE_NULL;
    if (v) {
        deliver_data(p, v);
    } else if (!kr_err_occurred(th)) {
        char message[128] = "undefined entity ";
        strncat(message, s, len < 100 ? (size_t)len : 100);
        set_error(p, XML_ERROR_UNDEFINED_ENTITY, message);
    }
}

static void on_start_ns(void *ud, const XML_Char *prefix, const XML_Char *uri)
{
    XMLParser *p = ud;
    Thread *th = p->th;
    if (kr_err_occurred(th))
        return;
    TreeBuilder *b = builder(p);
    if (b ? !(b->events_append && b->ev_start_ns) : !p->h_start_ns)
        return;
    Value a[2] = {str_of(th, prefix ? prefix : ""), str_of(th, uri ? uri : "")};
    if (!a[0] || !a[1])
        return;
    if (!b) {
        call_handler(p, p->h_start_ns, a, 2);
        return;
    }
    Tuple *t = kr_tuple_from_array(th, a, 2);
    if (t)
        (void)append_event(th, b, b->ev_start_ns, kr_from_obj(t));
}

static void on_end_ns(void *ud, const XML_Char *prefix)
{
    XMLParser *p = ud;
    Thread *th = p->th;
    if (kr_err_occurred(th))
        return;
    TreeBuilder *b = builder(p);
    if (b) {
        if (b->events_append && b->ev_end_ns)
            (void)append_event(th, b, b->ev_end_ns, KR_NONE);
    } else if (p->h_end_ns) {
        Value a = str_of(th, prefix ? prefix : "");
        call_handler(p, p->h_end_ns, &a, 1);
    }
}

static void on_comment(void *ud, const XML_Char *data)
{
    XMLParser *p = ud;
    Thread *th = p->th;
    if (kr_err_occurred(th))
        return;
    Value text = str_of(th, data);
    if (!text)
        return;
    TreeBuilder *b = builder(p);
    if (b)
        (void)tb_comment(th, b, text);
    else if (p->h_comment)
        call_handler(p, p->h_comment, &text, 1);
}

static void on_pi(void *ud, const XML_Char *target, const XML_Char *data)
{
    XMLParser *p = ud;
    Thread *th = p->th;
    if (kr_err_occurred(th))
        return;
    TreeBuilder *b = builder(p);
    if (b ? !((b->events_append && b->ev_pi) || b->insert_pis) : !p->h_pi)
        return;
    Value a[2] = {str_of(th, target), str_of(th, data)};
    if (!a[0] || !a[1])
        return;
    if (b)
        (void)tb_pi(th, b, a[0], a[1]);
    else
        call_handler(p, p->h_pi, a, 2);
}

static void on_start_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
                             const XML_Char *pubid, int has_internal_subset)
{
    (void)has_internal_subset;
    XMLParser *p = ud;
    Thread *th = p->th;
    if (kr_err_occurred(th))
        return;
    Value a[3] = {universal(p, name), KR_NONE, KR_NONE};   /* name, pubid, sysid */
    if (a[0] && pubid)
        a[1] = universal(p, pubid);
    if (a[0] && a[1] && sysid)
        a[2] = universal(p, sysid);
    if (!a[0] || !a[1] || !a[2])
        return;
    if (p->h_doctype) {
        call_handler(p, p->h_doctype, a, 3);
        return;
    }
    Str *n = kr_str_intern_cstr(th, "doctype");
    Value d = n ? kr_object_lookupattr(th, kr_from_obj(p), n) : KR_VALUE_NULL;
    if (d && kr_mod_warn(th, &kr_exc_RuntimeWarning,
                          "The doctype() method of XMLParser is ignored.  "
                          "Define doctype() method on the TreeBuilder target.") < 0)
        return;
}

static int unknown_encoding(void *data, const XML_Char *name, XML_Encoding *info)
{
    return kr_pyexpat_encoding_map(((XMLParser *)data)->th, name, info);
}

static void xmlparser_finalize(void *obj, void *data, void *ctx)
{
    (void)data, (void)ctx;
    XMLParser *p = obj;
    if (p->xp)
        EX(p, XML_ParserFree)(p->xp);
    p->xp = NULL;
}

static Value xmlparser_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    (void)args, (void)nargs, (void)kw;
    const ExpatApi *api = kr_pyexpat_api(th);
    XMLParser *p = api ? kr_libutil_alloc(th, t) : NULL;
    if (!p)
        return KR_VALUE_NULL;
    p->api = api;
    kr_gc_add_finalizer(p, xmlparser_finalize, NULL);
    return kr_from_obj(p);
}

/* target.name, or NULL when it has none (other errors raise: -1). */
static int target_method(Thread *th, Value target, const char *name, Value *out)
{
    Str *n = kr_str_intern_cstr(th, name);
    if (!n)
        return -1;
    *out = kr_object_lookupattr(th, target, n);
    return !*out && kr_err_occurred(th) ? -1 : 0;
}

static int xmlparser_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"target", "encoding", NULL};
    Value a[2] = {KR_NONE, KR_NONE};
    if (nargs) {
        kr_err_set_string(th, &kr_exc_TypeError, "XMLParser() takes no positional arguments");
        return -1;
    }
    if (kr_libutil_parse_kwonly(th, "XMLParser", args, nargs, kw, names, 0, 0, 2, a) < 0)
        return -1;
    defaults(a, 2, KR_NONE);
    const char *encoding = NULL;
    size_t n;
    if (a[1] != KR_NONE) {
        if (!kr_str_check(a[1])) {
            kr_err_type_error(th, "XMLParser() argument 'encoding' must be str or None, not %s",
                              type_name(a[1]));
            return -1;
        }
        if (!(encoding = kr_str_utf8(th, kr_as_str(a[1]), &n)))
            return -1;
    }
    XMLParser *p = XP(self);
    Dict *entity = kr_dict_new(th);
    p->names = entity ? kr_dict_new(th) : NULL;
    if (!p->names)
        return -1;
    p->entity = kr_from_obj(entity);
    p->name_cache = kr_gc_alloc(2 * NAME_CACHE * sizeof(Value));
    if (!p->name_cache) {
        kr_err_no_memory(th);
        return -1;
    }
    if (p->xp)
        EX(p, XML_ParserFree)(p->xp);
    p->xp = EX(p, XML_ParserCreate_MM)(encoding, NULL, "}");
    if (!p->xp) {
        kr_err_no_memory(th);
        return -1;
    }
    Value target = a[0];
    if (target == KR_NONE && !(target = tb_new(th, &treebuilder_type, NULL, 0, NULL)))
        return -1;
    p->target = target;
    if (target_method(th, target, "start_ns", &p->h_start_ns) < 0 ||
        target_method(th, target, "end_ns", &p->h_end_ns) < 0 ||
        target_method(th, target, "start", &p->h_start) < 0 ||
        target_method(th, target, "data", &p->h_data) < 0 ||
        target_method(th, target, "end", &p->h_end) < 0 ||
        target_method(th, target, "comment", &p->h_comment) < 0 ||
        target_method(th, target, "pi", &p->h_pi) < 0 ||
        target_method(th, target, "close", &p->h_close) < 0 ||
        target_method(th, target, "doctype", &p->h_doctype) < 0)
        return -1;
    XML_Parser xp = p->xp;
    EX(p, XML_SetUserData)(xp, p);
    if (p->h_start_ns || p->h_end_ns) {
        EX(p, XML_SetStartNamespaceDeclHandler)(xp, on_start_ns);
        EX(p, XML_SetEndNamespaceDeclHandler)(xp, on_end_ns);
    }
    EX(p, XML_SetStartElementHandler)(xp, on_start);
    EX(p, XML_SetEndElementHandler)(xp, on_end);
    EX(p, XML_SetDefaultHandlerExpand)(xp, on_default);
    EX(p, XML_SetCharacterDataHandler)(xp, on_data);
    if (p->h_comment)
        EX(p, XML_SetCommentHandler)(xp, on_comment);
    if (p->h_pi)
        EX(p, XML_SetProcessingInstructionHandler)(xp, on_pi);
    EX(p, XML_SetStartDoctypeDeclHandler)(xp, on_start_doctype);
    EX(p, XML_SetUnknownEncodingHandler)(xp, unknown_encoding, p);
    return 0;
}

#undef SELF
#define SELF XP(args[0])

static int check_ready(Thread *th, XMLParser *p)
{
    if (p->target && p->xp)
        return 0;
    kr_err_set_string(th, &kr_exc_ValueError, "XMLParser.__init__() wasn't called");
    return -1;
}

/* One XML_Parse call: None, or NULL with the handlers' exception or a
 * ParseError. */
static Value parse_chunk(Thread *th, XMLParser *p, const char *data, int64_t len, bool final)
{
    if (len > INT_MAX) {
        kr_err_set_string(th, &kr_exc_OverflowError, "size does not fit in an int");
        return KR_VALUE_NULL;
    }
    /* one parse at a time: another thread's, or a handler's feed, would
     * have libexpat reallocate the buffer the running parse reads */
    Thread *expected = NULL;
    if (!__atomic_compare_exchange_n(&p->th, &expected, th, false, __ATOMIC_ACQ_REL,
                                     __ATOMIC_ACQUIRE)) {
        kr_err_set_string(th, &kr_exc_RuntimeError,
                          expected == th ? "cannot feed the parser from within a handler"
                                         : "parser is in use by another thread");
        return KR_VALUE_NULL;
    }
    int ok = EX(p, XML_Parse)(p->xp, data, (int)len, final);
    bool failed = kr_err_occurred(th);
    if (!ok && !failed) {
        set_error(p, (int)EX(p, XML_GetErrorCode)(p->xp), NULL);
        failed = true;
    }
    __atomic_store_n(&p->th, NULL, __ATOMIC_RELEASE);
    return failed ? KR_VALUE_NULL : KR_NONE;
}

KR_LIB_FUNC(xp_feed)
{
    (void)self;
    if (positional(th, "feed", nargs, kw, 1, 1) < 0 || check_ready(th, SELF) < 0)
        return KR_VALUE_NULL;
    XMLParser *p = SELF;
    Value data = args[1];
    if (kr_str_check(data)) {
        size_t n;
        const char *s = kr_str_utf8(th, kr_as_str(data), &n);
        if (!s)
            return KR_VALUE_NULL;
        (void)EX(p, XML_SetEncoding)(p->xp, "utf-8");
        return parse_chunk(th, p, s, (int64_t)n, false);
    }
    Buffer view;
    if (kr_buffer_get(th, data, &view, KR_BUF_SIMPLE) < 0)
        return KR_VALUE_NULL;
    Value r = parse_chunk(th, p, (const char *)view.buf, view.len, false);
    kr_buffer_release(&view);
    return r;
}

static Value finish(Thread *th, XMLParser *p, bool call_close)
{
    if (!parse_chunk(th, p, "", 0, true))
        return KR_VALUE_NULL;
    TreeBuilder *b = builder(p);
    if (b)
        return b->root ? b->root : KR_NONE;
    if (call_close && p->h_close)
        return kr_vm_call(th, p->h_close, NULL, 0, NULL);
    return KR_NONE;
}

KR_LIB_FUNC(xp_close)
{
    (void)self;
    if (positional(th, "close", nargs, kw, 0, 0) < 0 || check_ready(th, SELF) < 0)
        return KR_VALUE_NULL;
    return finish(th, SELF, true);
}

KR_LIB_FUNC(xp_parse_whole)
{
    (void)self;
    if (positional(th, "_parse_whole", nargs, kw, 1, 1) < 0 || check_ready(th, SELF) < 0)
        return KR_VALUE_NULL;
    XMLParser *p = SELF;
    Str *rn = kr_str_intern_cstr(th, "read");
    Value reader = rn ? kr_object_getattr(th, args[1], rn) : KR_VALUE_NULL;
    if (!reader)
        return KR_VALUE_NULL;
    Value size = kr_from_smallint(64 * 1024);
    for (;;) {
        Value buf = kr_vm_call(th, reader, &size, 1, NULL);
        if (!buf)
            return KR_VALUE_NULL;
        const char *s;
        size_t n;
        if (kr_is_type(buf, &kr_str_type)) {
            if (kr_as_str(buf)->len == 0)
                break;
            if (!(s = kr_str_utf8(th, kr_as_str(buf), &n)))
                return KR_VALUE_NULL;
        } else if (kr_is_bytes(buf) && kr_as_bytes(buf)->len != 0) {
            s = (const char *)kr_as_bytes(buf)->data;
            n = (size_t)kr_as_bytes(buf)->len;
        } else {
            break;
        }
        if (!parse_chunk(th, p, s, (int64_t)n, false))
            return KR_VALUE_NULL;
    }
    return finish(th, p, false);
}

/* The event names wanted, into the builder: "start", "end", "start-ns",
 * "end-ns", "comment", "pi" (str or bytes). */
KR_LIB_FUNC(xp_setevents)
{
    (void)self;
    if (positional(th, "_setevents", nargs, kw, 1, 2) < 0 || check_ready(th, SELF) < 0)
        return KR_VALUE_NULL;
    XMLParser *p = SELF;
    TreeBuilder *b = builder(p);
    if (!b)
        return kr_err_type_error(th, "event handling only supported for ElementTree.TreeBuilder "
                                     "targets");
    Str *an = kr_str_intern_cstr(th, "append");
    Value append = an ? kr_object_getattr(th, args[1], an) : KR_VALUE_NULL;
    if (!append)
        return KR_VALUE_NULL;
    /* the bound append of a plain list: append_event appends directly */
    b->events_append = kr_is_type(args[1], &kr_list_type) ? args[1] : append;
    b->ev_start = b->ev_end = b->ev_start_ns = b->ev_end_ns = b->ev_comment = b->ev_pi =
        KR_VALUE_NULL;
    Value events = nargs > 2 ? args[2] : KR_NONE;
    if (events == KR_NONE) {
        Str *end = kr_str_from_cstr(th, "end");
        if (!end)
            return KR_VALUE_NULL;
        b->ev_end = kr_from_obj(end);
        return KR_NONE;
    }
    List *seq = kr_list_from_iterable(th, events);
    if (!seq) {
        if (kr_err_matches(th, &kr_exc_TypeError)) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_TypeError, "events must be a sequence");
        }
        return KR_VALUE_NULL;
    }
    for (int64_t i = 0; i < kr_list_len(seq); i++) {
        Value ev = seq->items[i];
        const char *name = NULL;
        size_t n;
        if (kr_str_check(ev))
            name = kr_str_utf8(th, kr_as_str(ev), &n);
        else if (kr_bytes_check(ev))
            name = (const char *)kr_as_bytes(ev)->data;
        if (!name) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_ValueError, "invalid events sequence");
            return KR_VALUE_NULL;
        }
        XML_Parser xp = p->xp;
        if (strcmp(name, "start") == 0) {
            b->ev_start = ev;
        } else if (strcmp(name, "end") == 0) {
            b->ev_end = ev;
        } else if (strcmp(name, "start-ns") == 0 || strcmp(name, "end-ns") == 0) {
            if (name[0] == 's')
                b->ev_start_ns = ev;
            else
                b->ev_end_ns = ev;
            EX(p, XML_SetStartNamespaceDeclHandler)(xp, on_start_ns);
            EX(p, XML_SetEndNamespaceDeclHandler)(xp, on_end_ns);
        } else if (strcmp(name, "comment") == 0) {
            b->ev_comment = ev;
            EX(p, XML_SetCommentHandler)(xp, on_comment);
        } else if (strcmp(name, "pi") == 0) {
            b->ev_pi = ev;
            EX(p, XML_SetProcessingInstructionHandler)(xp, on_pi);
        } else {
            kr_err_format(th, &kr_exc_ValueError, "unknown event '%s'", name);
            return KR_VALUE_NULL;
        }
    }
    return KR_NONE;
}

static Value xp_entity_get(Thread *th, Value s)
{
    (void)th;
    return XP(s)->entity ? XP(s)->entity : KR_NONE;
}

static Value xp_target_get(Thread *th, Value s)
{
    (void)th;
    return XP(s)->target ? XP(s)->target : KR_NONE;
}

static Value xp_version_get(Thread *th, Value s)
{
    XML_Expat_Version v = EX(XP(s), XML_ExpatVersionInfo)();
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "Expat %d.%d.%d", v.major, v.minor, v.micro);
    return kr_libutil_buf_value(th, &b);
}

static const MemberDef xp_members[] = {
    {"entity", 0, xp_entity_get, NULL, NULL, KR_MEMBER_READONLY | KR_MEMBER_PLAIN},
    {"target", 0, xp_target_get, NULL, NULL, KR_MEMBER_READONLY | KR_MEMBER_PLAIN},
    {"version", 0, xp_version_get, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static const MethodDef xp_methods[] = {
    {"feed", xp_feed, "($self, data, /)", NULL, 0},
    {"close", xp_close, "($self, /)", NULL, 0},
    {"_parse_whole", xp_parse_whole, "($self, file, /)", NULL, 0},
    {"_setevents", xp_setevents, "($self, events_queue, events_to_report=None, /)", NULL, 0},
    {0},
};

static Type xmlparser_type = {
    .hdr = {&kr_type_type}, .name = "xml.etree.ElementTree.XMLParser", .size = sizeof(XMLParser),
    .flags = KR_TYPE_BASETYPE, .new_ = xmlparser_new, .init = xmlparser_init,
    .methods = xp_methods, .members = xp_members,
};

/* ParseError: a SyntaxError subclass made as `class ParseError(SyntaxError)`
 * in xml.etree.ElementTree would be. */
static Value make_parse_error(Thread *th)
{
    Str *name = kr_str_from_cstr(th, "ParseError");
    Str *mod = name ? kr_str_from_cstr(th, "xml.etree.ElementTree") : NULL;
    Str *mk = mod ? kr_str_intern_cstr(th, "__module__") : NULL;
    Dict *ns = mk ? kr_dict_new(th) : NULL;
    Value base = kr_from_obj(&kr_exc_SyntaxError);
    Tuple *bases = ns ? kr_tuple_from_array(th, &base, 1) : NULL;
    if (!bases || kr_dict_set_str(th, ns, mk, kr_from_obj(mod)) < 0)
        return KR_VALUE_NULL;
    Value a[3] = {kr_from_obj(name), kr_from_obj(bases), kr_from_obj(ns)};
    return kr_vm_call(th, kr_from_obj(&kr_type_type), a, 3, NULL);
}

int kr_et_parser_init(Thread *th, Module *m)
{
    Value pe = make_parse_error(th);
    if (!pe || kr_libutil_add_value(th, m, "ParseError", pe) < 0 ||
        kr_libutil_add_value(th, m, "_parse_error", pe) < 0 ||
        kr_libutil_add_type(th, m, &treebuilder_type) < 0 ||
        kr_libutil_add_type(th, m, &xmlparser_type) < 0)
        return -1;
    return 0;
}
