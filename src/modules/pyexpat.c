/*
 * pyexpat.c -- the pyexpat module on the system's libexpat (2.5.0 on
 * Debian 12), with CPython 3.11's behaviour: ParserCreate, the xmlparser
 * type with its 22 handler attributes, Parse/ParseFile, the buffered
 * character data, ExpatError, and the submodules pyexpat.errors and
 * pyexpat.model (pyexpat_tables.c).
 *
 * Loading.  libexpat is opened with dlopen when pyexpat is first
 * imported, as _hashlib opens libcrypto: `krait -c pass` maps nothing.
 * The entry points are resolved into EXPAT once (pthread_once) and the
 * table is read-only afterwards, shared by all threads and VMs.
 *
 * Memory.  The XML_Parser is libexpat's malloc'ed state; it holds the
 * Parser object as its userData, which is safe because libexpat runs
 * only inside Parse/ParseFile, while the Parser is a live argument on the
 * C stack.  No Value is ever stored in libexpat's memory: handlers, the
 * intern dict and the character buffer (an atomic GC block) live in the
 * Parser.  A finalizer frees the XML_Parser.  A parser made by
 * ExternalEntityParserCreate keeps its parent reachable (libexpat's
 * child reads the parent's state while it parses).
 *
 * Errors in handlers.  As CPython's flag_error does, an exception raised
 * by a handler clears every handler (so no more Python code runs for this
 * parse) and makes external entity references fail; libexpat finishes
 * the current chunk silently and Parse then raises the pending exception.
 *
 * Threads.  There is no GIL: a parser is owned by the thread inside its
 * Parse; another thread calling Parse meanwhile gets RuntimeError rather
 * than two threads inside one XML_Parser.
 */
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include <dlfcn.h>
#include <expat.h>
#include <pthread.h>

#include "modules/pyexpat.h"

static ExpatApi EXPAT;
static const char *expat_error;         /* why loading failed, or NULL */
static pthread_once_t expat_once = PTHREAD_ONCE_INIT;

static void load_expat(void)
{
    void *lib = dlopen("libexpat.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        expat_error = dlerror();
        return;
    }
#define KR_EXPAT_LOAD(f) \
    if (!(*(void **)&EXPAT.f = dlsym(lib, #f))) { \
        expat_error = "libexpat.so.1 lacks " #f; \
        return; \
    }
    KR_EXPAT_FUNCS(KR_EXPAT_LOAD)
#undef KR_EXPAT_LOAD
}

#define X_(f) EXPAT.f

#include "modules/comprutil.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

/* The handlers, in CPython's order (handler_info): enum name, attribute. */
#define KR_EXPAT_HANDLERS(X) \
    X(StartElement, "StartElementHandler") \
    X(EndElement, "EndElementHandler") \
    X(ProcessingInstruction, "ProcessingInstructionHandler") \
    X(CharacterData, "CharacterDataHandler") \
    X(UnparsedEntityDecl, "UnparsedEntityDeclHandler") \
    X(NotationDecl, "NotationDeclHandler") \
    X(StartNamespaceDecl, "StartNamespaceDeclHandler") \
    X(EndNamespaceDecl, "EndNamespaceDeclHandler") \
    X(Comment, "CommentHandler") \
    X(StartCdataSection, "StartCdataSectionHandler") \
    X(EndCdataSection, "EndCdataSectionHandler") \
    X(Default, "DefaultHandler") \
    X(DefaultHandlerExpand, "DefaultHandlerExpand") \
    X(NotStandalone, "NotStandaloneHandler") \
    X(ExternalEntityRef, "ExternalEntityRefHandler") \
    X(StartDoctypeDecl, "StartDoctypeDeclHandler") \
    X(EndDoctypeDecl, "EndDoctypeDeclHandler") \
    X(EntityDecl, "EntityDeclHandler") \
    X(XmlDecl, "XmlDeclHandler") \
    X(ElementDecl, "ElementDeclHandler") \
    X(AttlistDecl, "AttlistDeclHandler") \
    X(SkippedEntity, "SkippedEntityHandler")

enum {
#define KR_EXPAT_ENUM(n, attr) H_##n,
    KR_EXPAT_HANDLERS(KR_EXPAT_ENUM)
#undef KR_EXPAT_ENUM
    NHANDLERS
};

enum { BUFFER_SIZE = 8192, READ_SIZE = 2048, MAX_CHUNK = 1 << 20 };

typedef struct Parser {
    Obj hdr;
    XML_Parser xp;              /* libexpat's; freed by the finalizer */
    Value intern;               /* a dict, or None: no interning */
    Value parent;               /* an external entity parser's creator, or None */
    Value handlers[NHANDLERS];  /* KR_VALUE_NULL: none */
    unsigned char *buffer;      /* buffered character data (atomic block), or NULL */
    int buffer_size, buffer_used;
    bool ordered_attributes, specified_attributes, ns_prefixes, in_callback;
    Thread *_Atomic th;         /* the thread inside Parse, or NULL */
} Parser;

static Type parser_type;

static Type expat_error_type = {
    .hdr = {&kr_type_type}, .name = "xml.parsers.expat.ExpatError", .base = &kr_exc_Exception,
    .size = sizeof(Exc), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};

static void set_c_handler(Parser *p, int which, bool on);

/* ---- conversions ----------------------------------------------------------- */

static Value str_or_none(Thread *th, const XML_Char *s)
{
    if (!s)
        return KR_NONE;
    Str *r = kr_str_from_utf8(th, s, strlen(s));
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value str_len(Thread *th, const XML_Char *s, int len)
{
    Str *r = kr_str_from_utf8(th, s, (size_t)len);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* s as str, the same object each time through the intern dict (names
 * repeat: one str per distinct tag). */
static Value intern_str(Parser *p, const XML_Char *s)
{
    Thread *th = p->th;
    Value v = str_or_none(th, s);
    if (!v || !s || !kr_is_dict(p->intern))
        return v;
    Dict *d = kr_as_dict(p->intern);
    Value seen = kr_dict_get(th, d, v);
    if (seen)
        return seen;
    if (kr_err_occurred(th) || kr_dict_set(th, d, v, v) < 0)
        return KR_VALUE_NULL;
    return v;
}

/* ---- calling handlers ------------------------------------------------------ */

static void noop_character_data(void *ud, const XML_Char *s, int len) { (void)ud, (void)s, (void)len; }

static int error_external_entity_ref(XML_Parser xp, const XML_Char *c, const XML_Char *b,
                                     const XML_Char *s, const XML_Char *pub)
{
    (void)xp, (void)c, (void)b, (void)s, (void)pub;
    return 0;
}

/* A handler raised: no more Python code runs for this parse (CPython's
 * flag_error), and external entities now fail. */
static void flag_error(Parser *p)
{
    for (int i = 0; i < NHANDLERS; i++) {
        p->handlers[i] = KR_VALUE_NULL;
        set_c_handler(p, i, false);
    }
    X_(XML_SetExternalEntityRefHandler)(p->xp, error_external_entity_ref);
}

/* Call handler `which`; its result, or NULL after flag_error. */
static Value invoke(Parser *p, int which, const Value *args, size_t nargs)
{
    Value h = p->handlers[which];
    if (!h)
        return KR_NONE;
    p->in_callback = true;
    Value r = kr_vm_call(p->th, h, args, nargs, NULL);
    p->in_callback = false;
    if (!r)
        flag_error(p);
    return r;
}

static int call_character_handler(Parser *p, const XML_Char *s, int len)
{
    if (!p->handlers[H_CharacterData])
        return 0;
    Value arg = str_len(p->th, s, len);
    if (!arg) {
        flag_error(p);
        return -1;
    }
    if (!invoke(p, H_CharacterData, &arg, 1)) {
        X_(XML_SetCharacterDataHandler)(p->xp, noop_character_data);
        return -1;
    }
    return 0;
}

static int flush_buffer(Parser *p)
{
    if (!p->buffer || p->buffer_used == 0)
        return 0;
    int n = p->buffer_used;
    p->buffer_used = 0;
    return call_character_handler(p, (const XML_Char *)p->buffer, n);
}

/* The parser for a callback, or NULL when handler `which` must not run:
 * none is set, an exception is pending, or flushing the buffered text
 * raised. */
static Parser *enter(void *ud, int which)
{
    Parser *p = ud;
    if (!p->handlers[which] || kr_err_occurred(p->th) || flush_buffer(p) < 0)
        return NULL;
    return p;
}

/* Call with args[0..n), none of which may be NULL (a failed conversion). */
static Value dispatch(Parser *p, int which, const Value *args, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!args[i]) {
            flag_error(p);
            return KR_VALUE_NULL;
        }
    return invoke(p, which, args, n);
}

static Value dispatch_void(Parser *p, int which, const Value *args, size_t n)
{
    return dispatch(p, which, args, n);
}

/* An int result (NotStandalone, ExternalEntityRef), 0 on error. */
static int int_result(Parser *p, Value r)
{
    if (!r)
        return 0;
    int64_t v;
    if (kr_int_as_i64(p->th, r, &v) < 0) {
        flag_error(p);
        return 0;
    }
    return (int)v;
}

static Value attributes(Parser *p, const XML_Char **atts)
{
    Thread *th = p->th;
    int n = 0;
    if (p->specified_attributes)
        n = X_(XML_GetSpecifiedAttributeCount)(p->xp);
    else
        while (atts[n])
            n += 2;
    List *l = p->ordered_attributes ? kr_list_new(th, 0) : NULL;
    Dict *d = p->ordered_attributes ? NULL : kr_dict_new(th);
    if (!l && !d)
        return KR_VALUE_NULL;
    for (int i = 0; i < n; i += 2) {
        Value k = intern_str(p, atts[i]);
        Value v = k ? str_or_none(th, atts[i + 1]) : KR_VALUE_NULL;
        if (!v)
            return KR_VALUE_NULL;
        if (l ? kr_list_append(th, l, k) < 0 || kr_list_append(th, l, v) < 0
              : kr_dict_set(th, d, k, v) < 0)
            return KR_VALUE_NULL;
    }
    return l ? kr_from_obj(l) : kr_from_obj(d);
}

static void on_start_element(void *ud, const XML_Char *name, const XML_Char **atts)
{
    Parser *p = enter(ud, H_StartElement);
    if (!p)
        return;
    /* attributes first: CPython interns their names before the tag's */
    Value a[2] = {KR_VALUE_NULL, attributes(p, atts)};
    a[0] = a[1] ? intern_str(p, name) : KR_VALUE_NULL;
    dispatch_void(p, H_StartElement, a, 2);
}

/* Handlers whose arguments are all names (interned, None for NULL). */
#define KR_NAMES_HANDLER(fn, which, PARAMS, N, ...) \
    static void fn PARAMS \
    { \
        Parser *p = enter(ud, which); \
        if (!p) \
            return; \
        const XML_Char *names_[N] = {__VA_ARGS__}; \
        Value a[N]; \
        for (int i = 0; i < N; i++) \
            a[i] = intern_str(p, names_[i]); \
        dispatch_void(p, which, a, N); \
    }

KR_NAMES_HANDLER(on_end_element, H_EndElement, (void *ud, const XML_Char *name), 1, name)
KR_NAMES_HANDLER(on_unparsed_entity, H_UnparsedEntityDecl,
                 (void *ud, const XML_Char *e, const XML_Char *b, const XML_Char *s,
                  const XML_Char *pub, const XML_Char *n), 5, e, b, s, pub, n)
KR_NAMES_HANDLER(on_notation, H_NotationDecl,
                 (void *ud, const XML_Char *n, const XML_Char *b, const XML_Char *s,
                  const XML_Char *pub), 4, n, b, s, pub)
KR_NAMES_HANDLER(on_start_ns, H_StartNamespaceDecl,
                 (void *ud, const XML_Char *prefix, const XML_Char *uri), 2, prefix, uri)
KR_NAMES_HANDLER(on_end_ns, H_EndNamespaceDecl, (void *ud, const XML_Char *prefix), 1, prefix)

static void on_pi(void *ud, const XML_Char *target, const XML_Char *data)
{
    Parser *p = enter(ud, H_ProcessingInstruction);
    if (!p)
        return;
    Value a[2] = {intern_str(p, target), str_or_none(p->th, data)};
    dispatch_void(p, H_ProcessingInstruction, a, 2);
}

static void on_character_data(void *ud, const XML_Char *s, int len)
{
    Parser *p = ud;
    if (kr_err_occurred(p->th))
        return;
    if (!p->buffer) {
        call_character_handler(p, s, len);
        return;
    }
    if (p->buffer_used + len > p->buffer_size) {
        if (flush_buffer(p) < 0 || !p->handlers[H_CharacterData])
            return;     /* the handler may have gone: drop the text */
    }
    if (len > p->buffer_size) {
        call_character_handler(p, s, len);
        p->buffer_used = 0;
    } else {
        memcpy(p->buffer + p->buffer_used, s, (size_t)len);
        p->buffer_used += len;
    }
}

static void on_comment(void *ud, const XML_Char *data)
{
    Parser *p = enter(ud, H_Comment);
    if (p) {
        Value a = str_or_none(p->th, data);
        dispatch_void(p, H_Comment, &a, 1);
    }
}

static void call_noargs(void *ud, int which)
{
    Parser *p = enter(ud, which);
    if (p)
        dispatch_void(p, which, NULL, 0);
}

static void on_start_cdata(void *ud) { call_noargs(ud, H_StartCdataSection); }
static void on_end_cdata(void *ud) { call_noargs(ud, H_EndCdataSection); }
static void on_end_doctype(void *ud) { call_noargs(ud, H_EndDoctypeDecl); }

static void call_text(void *ud, int which, const XML_Char *s, int len)
{
    Parser *p = enter(ud, which);
    if (p) {
        Value a = str_len(p->th, s, len);
        dispatch_void(p, which, &a, 1);
    }
}

static void on_default(void *ud, const XML_Char *s, int len) { call_text(ud, H_Default, s, len); }
static void on_default_expand(void *ud, const XML_Char *s, int len)
{
    call_text(ud, H_DefaultHandlerExpand, s, len);
}

static int on_not_standalone(void *ud)
{
    Parser *p = enter(ud, H_NotStandalone);
    return p ? int_result(p, dispatch(p, H_NotStandalone, NULL, 0)) : 0;
}

static int on_external_entity_ref(XML_Parser xp, const XML_Char *context, const XML_Char *base,
                                  const XML_Char *sys, const XML_Char *pub)
{
    Parser *p = enter(XML_GetUserData(xp), H_ExternalEntityRef);
    if (!p)
        return 0;
    Value a[4] = {str_or_none(p->th, context), intern_str(p, base), intern_str(p, sys),
                  intern_str(p, pub)};
    return int_result(p, dispatch(p, H_ExternalEntityRef, a, 4));
}

static void on_start_doctype(void *ud, const XML_Char *name, const XML_Char *sys,
                             const XML_Char *pub, int has_internal_subset)
{
    Parser *p = enter(ud, H_StartDoctypeDecl);
    if (!p)
        return;
    Value a[4] = {intern_str(p, name), intern_str(p, sys), intern_str(p, pub),
                  kr_from_smallint(has_internal_subset)};
    dispatch_void(p, H_StartDoctypeDecl, a, 4);
}

static void on_entity_decl(void *ud, const XML_Char *name, int is_param, const XML_Char *value,
                           int value_len, const XML_Char *base, const XML_Char *sys,
                           const XML_Char *pub, const XML_Char *notation)
{
    Parser *p = enter(ud, H_EntityDecl);
    if (!p)
        return;
    Value a[7] = {intern_str(p, name), kr_from_smallint(is_param),
                  value ? str_len(p->th, value, value_len) : KR_NONE, intern_str(p, base),
                  intern_str(p, sys), intern_str(p, pub), intern_str(p, notation)};
    dispatch_void(p, H_EntityDecl, a, 7);
}

static void on_xml_decl(void *ud, const XML_Char *version, const XML_Char *encoding,
                        int standalone)
{
    Parser *p = enter(ud, H_XmlDecl);
    if (!p)
        return;
    Value a[3] = {str_or_none(p->th, version), str_or_none(p->th, encoding),
                  kr_from_smallint(standalone)};
    dispatch_void(p, H_XmlDecl, a, 3);
}

/* (type, quant, name, children) for a content model, recursively; each
 * level counts against the recursion limit, as CPython's
 * Py_EnterRecursiveCall does, and the C stack is checked too. */
static Value content_model(Thread *th, const XML_Content *m)
{
    if (++th->recursion_depth > th->vm->recursion_limit || kr_c_stack_exhausted(th)) {
        th->recursion_depth--;
        kr_err_set_string(th, &kr_exc_RecursionError,
                          "maximum recursion depth exceeded in conv_content_model");
        return KR_VALUE_NULL;
    }
    Tuple *kids = kr_tuple_new(th, m->numchildren);
    Value r = KR_VALUE_NULL;
    for (unsigned i = 0; kids && i < m->numchildren; i++) {
        Value k = content_model(th, &m->children[i]);
        if (!k)
            goto out;
        kids->items[i] = k;
    }
    Value name = kids ? str_or_none(th, m->name) : KR_VALUE_NULL;
    if (name) {
        Value items[4] = {kr_from_smallint(m->type), kr_from_smallint(m->quant), name,
                          kr_from_obj(kids)};
        Tuple *t = kr_tuple_from_array(th, items, 4);
        r = t ? kr_from_obj(t) : KR_VALUE_NULL;
    }
out:
    th->recursion_depth--;
    return r;
}

static void on_element_decl(void *ud, const XML_Char *name, XML_Content *model)
{
    Parser *p = enter(ud, H_ElementDecl);
    if (p) {
        Value a[2] = {KR_VALUE_NULL, content_model(p->th, model)};
        a[0] = a[1] ? intern_str(p, name) : KR_VALUE_NULL;
        dispatch_void(p, H_ElementDecl, a, 2);
    }
    X_(XML_FreeContentModel)(((Parser *)ud)->xp, model);
}

static void on_attlist_decl(void *ud, const XML_Char *el, const XML_Char *att,
                            const XML_Char *type, const XML_Char *dflt, int required)
{
    Parser *p = enter(ud, H_AttlistDecl);
    if (!p)
        return;
    Value a[5] = {intern_str(p, el), intern_str(p, att), str_or_none(p->th, type),
                  str_or_none(p->th, dflt), kr_from_smallint(required)};
    dispatch_void(p, H_AttlistDecl, a, 5);
}

static void on_skipped_entity(void *ud, const XML_Char *name, int is_param)
{
    Parser *p = enter(ud, H_SkippedEntity);
    if (!p)
        return;
    Value a[2] = {intern_str(p, name), kr_from_smallint(is_param)};
    dispatch_void(p, H_SkippedEntity, a, 2);
}

/* Install (on) or remove libexpat's callback for handler `which`. */
static void set_c_handler(Parser *p, int which, bool on)
{
    XML_Parser xp = p->xp;
#define SET(setter, fn) X_(setter)(xp, on ? fn : NULL); break
    switch (which) {
    case H_StartElement: SET(XML_SetStartElementHandler, on_start_element);
    case H_EndElement: SET(XML_SetEndElementHandler, on_end_element);
    case H_ProcessingInstruction: SET(XML_SetProcessingInstructionHandler, on_pi);
    case H_CharacterData: SET(XML_SetCharacterDataHandler, on_character_data);
    case H_UnparsedEntityDecl: SET(XML_SetUnparsedEntityDeclHandler, on_unparsed_entity);
    case H_NotationDecl: SET(XML_SetNotationDeclHandler, on_notation);
    case H_StartNamespaceDecl: SET(XML_SetStartNamespaceDeclHandler, on_start_ns);
    case H_EndNamespaceDecl: SET(XML_SetEndNamespaceDeclHandler, on_end_ns);
    case H_Comment: SET(XML_SetCommentHandler, on_comment);
    case H_StartCdataSection: SET(XML_SetStartCdataSectionHandler, on_start_cdata);
    case H_EndCdataSection: SET(XML_SetEndCdataSectionHandler, on_end_cdata);
    case H_Default: SET(XML_SetDefaultHandler, on_default);
    case H_DefaultHandlerExpand: SET(XML_SetDefaultHandlerExpand, on_default_expand);
    case H_NotStandalone: SET(XML_SetNotStandaloneHandler, on_not_standalone);
    case H_ExternalEntityRef: SET(XML_SetExternalEntityRefHandler, on_external_entity_ref);
    case H_StartDoctypeDecl: SET(XML_SetStartDoctypeDeclHandler, on_start_doctype);
    case H_EndDoctypeDecl: SET(XML_SetEndDoctypeDeclHandler, on_end_doctype);
    case H_EntityDecl: SET(XML_SetEntityDeclHandler, on_entity_decl);
    case H_XmlDecl: SET(XML_SetXmlDeclHandler, on_xml_decl);
    case H_ElementDecl: SET(XML_SetElementDeclHandler, on_element_decl);
    case H_AttlistDecl: SET(XML_SetAttlistDeclHandler, on_attlist_decl);
    case H_SkippedEntity: SET(XML_SetSkippedEntityHandler, on_skipped_entity);
    }
#undef SET
}

/* Encodings libexpat does not know: any single-byte Python codec, through
 * a map of its 256 characters (CPython's PyUnknownEncodingHandler). */
int kr_pyexpat_encoding_map(Thread *th, const XML_Char *name, XML_Encoding *info)
{
    if (kr_err_occurred(th))
        return XML_STATUS_ERROR;
    unsigned char all[256];
    for (int i = 0; i < 256; i++)
        all[i] = (unsigned char)i;
    Str *enc = kr_str_from_cstr(th, name), *errs = kr_str_from_cstr(th, "replace");
    Value u = enc && errs ? kr_bytes_decode(th, all, 256, kr_from_obj(enc), kr_from_obj(errs))
                          : KR_VALUE_NULL;
    if (!u)
        return XML_STATUS_ERROR;
    Str *s = kr_as_str(u);
    if (s->len != 256) {
        kr_err_set_string(th, &kr_exc_ValueError, "multi-byte encodings are not supported");
        return XML_STATUS_ERROR;
    }
    for (int i = 0; i < 256; i++) {
        uint32_t c = kr_str_char(s, i);
        info->map[i] = c == 0xFFFD ? -1 : (int)c;
    }
    info->data = NULL;
    info->convert = NULL;
    info->release = NULL;
    return XML_STATUS_OK;
}

static int unknown_encoding(void *data, const XML_Char *name, XML_Encoding *info)
{
    return kr_pyexpat_encoding_map(((Parser *)data)->th, name, info);
}

/* ---- parser objects -------------------------------------------------------- */

static void parser_finalize(void *obj, void *data, void *ctx)
{
    (void)data, (void)ctx;
    Parser *p = obj;
    if (p->xp)
        X_(XML_ParserFree)(p->xp);
    p->xp = NULL;
}

/* A Parser around xp (freed here on failure), its handlers unset. */
static Parser *parser_wrap(Thread *th, XML_Parser xp, Value intern)
{
    Parser *p = xp ? kr_libutil_alloc(th, &parser_type) : NULL;
    if (!p) {
        if (xp)
            X_(XML_ParserFree)(xp);
        else
            kr_err_no_memory(th);
        return NULL;
    }
    p->xp = xp;
    kr_gc_add_finalizer(p, parser_finalize, NULL);
    p->intern = intern;
    p->parent = KR_NONE;
    p->buffer_size = BUFFER_SIZE;
    X_(XML_SetUserData)(xp, p);
    X_(XML_SetUnknownEncodingHandler)(xp, unknown_encoding, p);
    return p;
}

#define PSELF ((Parser *)kr_as_obj(args[0]))

/* Claim the parser for this thread: false (RuntimeError) if a parse is
 * under way.  From another thread that would be two threads in one
 * XML_Parser; from a handler of this parser, libexpat would reallocate
 * the buffer the outer parse is reading (CPython 3.11 lets it happen). */
static bool claim(Thread *th, Parser *p)
{
    Thread *expected = NULL;
    if (atomic_compare_exchange_strong(&p->th, &expected, th))
        return true;
    kr_err_set_string(th, &kr_exc_RuntimeError,
                      expected == th ? "cannot call Parse() from within a handler"
                                     : "parser is in use by another thread");
    return false;
}

static void release(Parser *p) { atomic_store(&p->th, NULL); }

/* The character buffer may change only in the parsing thread (or when
 * no parse runs): another thread's flush or resize would race with the
 * parser's copying into it. */
static int buffer_owner_check(Thread *th, Parser *p)
{
    Thread *owner = atomic_load(&p->th);
    if (!owner || owner == th)
        return 0;
    kr_err_set_string(th, &kr_exc_RuntimeError, "parser is in use by another thread");
    return -1;
}

/* ExpatError "message: line L, column C" with code, lineno and offset. */
static Value set_error(Thread *th, Parser *p, enum XML_Error code)
{
    int line = (int)X_(XML_GetCurrentLineNumber)(p->xp);
    int col = (int)X_(XML_GetCurrentColumnNumber)(p->xp);
    const char *msg = X_(XML_ErrorString)(code);
    Str *s = kr_str_from_cstr(th, "");
    if (!s)
        return KR_VALUE_NULL;
    Value text = KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    char tail[64];
    snprintf(tail, sizeof tail, ": line %d, column %d", line, col);
    kr_buf_puts(&b, msg ? msg : "(null)");
    kr_buf_puts(&b, tail);
    if (kr_err_buf_failed(th, &b))
        return KR_VALUE_NULL;
    text = kr_libutil_buf_value(th, &b);
    Value e = text ? kr_exception_new(th, &expat_error_type, &text, 1) : KR_VALUE_NULL;
    static const char *const names[] = {"code", "offset", "lineno"};
    int vals[] = {(int)code, col, line};
    for (int i = 0; e && i < 3; i++) {
        Str *n = kr_str_intern_cstr(th, names[i]);
        if (!n || kr_object_setattr(th, e, n, kr_from_smallint(vals[i])) < 0)
            return KR_VALUE_NULL;
    }
    if (e)
        kr_err_set(th, e);
    return KR_VALUE_NULL;
}

static Value parse_result(Thread *th, Parser *p, int rv)
{
    if (kr_err_occurred(th))
        return KR_VALUE_NULL;
    if (rv == 0)
        return set_error(th, p, X_(XML_GetErrorCode)(p->xp));
    if (flush_buffer(p) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(rv);
}

static int parse_chunks(Thread *th, Parser *p, const char *s, int64_t n, bool final)
{
    while (n > MAX_CHUNK) {
        if (!X_(XML_Parse)(p->xp, s, MAX_CHUNK, 0))
            return 0;
        if (kr_err_occurred(th))
            return 1;
        s += MAX_CHUNK;
        n -= MAX_CHUNK;
    }
    return X_(XML_Parse)(p->xp, s, (int)n, final);
}

/* A method's positional-only arguments into a[1..], as Argument Clinic
 * checks them (args[0] is self). */
static int positional(Thread *th, const char *fn, const Value *args, size_t nargs, size_t min,
                      size_t max, Tuple *kw, Value *a)
{
    size_t n = nargs - 1;
    if (n < min) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes at least %d positional argument%s (%d given)",
                      fn, (int)min, min == 1 ? "" : "s", (int)n);
        return -1;
    }
    if (kr_libutil_no_keywords(th, fn, kw) < 0)
        return -1;
    if (n > max) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes at most %d argument%s (%d given)", fn,
                      (int)max, max == 1 ? "" : "s", (int)n);
        return -1;
    }
    for (size_t i = 1; i < nargs; i++)
        a[i] = args[i];
    return 0;
}

/* Parse(data, isfinal=False, /) */
KR_LIB_FUNC(parser_parse)
{
    Value a[3] = {0};
    if (positional(th, "Parse", args, nargs, 1, 2, kw, a) < 0)
        return KR_VALUE_NULL;
    int final = 0;
    if (a[2] && kr_libutil_as_int(th, a[2], true, &final) < 0)
        return KR_VALUE_NULL;
    Parser *p = PSELF;
    const char *s;
    int64_t n;
    Value keep = KR_VALUE_NULL;
    if (kr_str_check(a[1])) {
        /* strict UTF-8: a lone surrogate is UnicodeEncodeError */
        keep = kr_bytes_encode(th, kr_as_str(a[1]), KR_VALUE_NULL, KR_VALUE_NULL);
        if (!keep || kr_bytes_view(th, keep, (const unsigned char **)&s, &n) < 0)
            return KR_VALUE_NULL;
        X_(XML_SetEncoding)(p->xp, "utf-8");
    } else if (kr_comprutil_buffer(th, a[1], &keep, (const unsigned char **)&s, &n) < 0) {
        return KR_VALUE_NULL;
    }
    if (!claim(th, p))
        return KR_VALUE_NULL;
    int rv = parse_chunks(th, p, s, n, final != 0);
    Value r = parse_result(th, p, rv);
    release(p);
    (void)keep;
    return r;
}

/* One read(READ_SIZE) into buf: the byte count, or -1 with the error set. */
static int read_into(Thread *th, Value read, void *buf)
{
    Value size = kr_from_smallint(READ_SIZE);
    Value data = kr_vm_call(th, read, &size, 1, NULL);
    if (!data)
        return -1;
    const unsigned char *p;
    int64_t n;
    if (kr_is_bytes(data) || kr_type_of(data) == &kr_bytearray_type) {
        if (kr_bytes_view(th, data, &p, &n) < 0)
            return -1;
    } else {
        kr_err_format(th, &kr_exc_TypeError, "read() did not return a bytes object (type=%s)",
                      kr_type_of(data)->name);
        return -1;
    }
    if (n > READ_SIZE) {
        kr_err_format(th, &kr_exc_ValueError,
                      "read() returned too much data: %d bytes requested, %lld returned",
                      READ_SIZE, (long long)n);
        return -1;
    }
    memcpy(buf, p, (size_t)n);
    return (int)n;
}

static int parse_file(Thread *th, Parser *p, Value read)
{
    for (;;) {
        void *buf = X_(XML_GetBuffer)(p->xp, READ_SIZE);
        if (!buf)
            return 0;
        int n = read_into(th, read, buf);
        if (n < 0)
            return -1;
        int rv = X_(XML_ParseBuffer)(p->xp, n, n == 0);
        if (kr_err_occurred(th))
            return -1;
        if (!rv || n == 0)
            return rv;
    }
}

/* ParseFile(file, /) */
KR_LIB_FUNC(parser_parse_file)
{
    if (kr_call_check_args(th, "ParseFile", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    Str *rn = kr_str_intern_cstr(th, "read");
    Value read = rn ? kr_object_getattr(th, args[1], rn) : KR_VALUE_NULL;
    if (!read) {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
        kr_err_set_string(th, &kr_exc_TypeError, "argument must have 'read' attribute");
        return KR_VALUE_NULL;
    }
    Parser *p = PSELF;
    if (!claim(th, p))
        return KR_VALUE_NULL;
    int rv = parse_file(th, p, read);
    Value r = rv < 0 ? KR_VALUE_NULL : parse_result(th, p, rv);
    release(p);
    return r;
}

static const char *str_arg(Thread *th, const char *fname, const char *what, Value v, bool none_ok)
{
    if (none_ok && v == KR_NONE)
        return NULL;
    if (!kr_str_check(v)) {
        kr_err_format(th, &kr_exc_TypeError, "%s() argument %s%smust be str%s, not %T", fname,
                      what, *what ? " " : "", none_ok ? " or None" : "", v);
        return NULL;
    }
    size_t n;
    const char *s = kr_str_utf8(th, kr_as_str(v), &n);
    if (s && strlen(s) != n) {
        kr_err_set_string(th, &kr_exc_ValueError, "embedded null character");
        return NULL;
    }
    return s;
}

/* SetBase(base, /) */
KR_LIB_FUNC(parser_set_base)
{
    if (kr_call_check_args(th, "SetBase", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    const char *base = str_arg(th, "SetBase", "", args[1], false);
    if (!base)
        return KR_VALUE_NULL;
    if (!X_(XML_SetBase)(PSELF->xp, base)) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

KR_LIB_FUNC(parser_get_base)
{
    if (kr_call_check_args(th, "GetBase", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return str_or_none(th, X_(XML_GetBase)(PSELF->xp));
}

KR_LIB_FUNC(parser_get_input_context)
{
    if (kr_call_check_args(th, "GetInputContext", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Parser *p = PSELF;
    int offset, size;
    const char *buf = p->in_callback ? X_(XML_GetInputContext)(p->xp, &offset, &size) : NULL;
    if (!buf)
        return KR_NONE;
    Bytes *b = kr_bytes_new(th, buf + offset, size - offset);
    return b ? kr_from_obj(b) : KR_VALUE_NULL;
}

/* ExternalEntityParserCreate(context, encoding=<unrepresentable>, /) */
KR_LIB_FUNC(parser_external_create)
{
    Value a[3] = {0};
    const char *fn = "ExternalEntityParserCreate";
    if (positional(th, fn, args, nargs, 1, 2, kw, a) < 0)
        return KR_VALUE_NULL;
    const char *context = str_arg(th, fn, "1", a[1], true);
    if (!context && kr_err_occurred(th))
        return KR_VALUE_NULL;
    const char *encoding = a[2] ? str_arg(th, fn, "2", a[2], false) : NULL;
    if (!encoding && kr_err_occurred(th))
        return KR_VALUE_NULL;
    Parser *from = PSELF;
    XML_Parser xp = X_(XML_ExternalEntityParserCreate)(from->xp, context, encoding);
    Parser *p = parser_wrap(th, xp, from->intern);
    if (!p)
        return KR_VALUE_NULL;
    p->parent = args[0];
    p->buffer_size = from->buffer_size;
    p->ordered_attributes = from->ordered_attributes;
    p->specified_attributes = from->specified_attributes;
    p->ns_prefixes = from->ns_prefixes;
    if (from->buffer && !(p->buffer = kr_gc_alloc_atomic((size_t)p->buffer_size))) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    for (int i = 0; i < NHANDLERS; i++)
        if (from->handlers[i]) {
            p->handlers[i] = from->handlers[i];
            set_c_handler(p, i, true);
        }
    return kr_from_obj(p);
}

/* SetParamEntityParsing(flag, /) */
KR_LIB_FUNC(parser_set_param_entity_parsing)
{
    int flag;
    if (kr_call_check_args(th, "SetParamEntityParsing", nargs - 1, 1, 1, kw) < 0 ||
        kr_libutil_as_int(th, args[1], true, &flag) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(X_(XML_SetParamEntityParsing)(PSELF->xp, (enum XML_ParamEntityParsing)flag));
}

/* UseForeignDTD(flag=True, /) */
KR_LIB_FUNC(parser_use_foreign_dtd)
{
    if (kr_call_check_args(th, "UseForeignDTD", nargs - 1, 0, 1, kw) < 0)
        return KR_VALUE_NULL;
    int flag = nargs > 1 ? kr_object_truth(th, args[1]) : 1;
    if (flag < 0)
        return KR_VALUE_NULL;
    enum XML_Error rc = X_(XML_UseForeignDTD)(PSELF->xp, flag ? XML_TRUE : XML_FALSE);
    if (rc != XML_ERROR_NONE)
        return set_error(th, PSELF, rc);
    return KR_NONE;
}

/* ---- attributes ------------------------------------------------------------ */

/* Flush the buffered text from a setter: inside a handler the parse's
 * thread is set; outside (text left by a failed Parse) this thread
 * claims the parser for the handler's call. */
static int flush_from(Thread *th, Parser *p)
{
    if (!p->buffer || !p->buffer_used)
        return 0;
    if (atomic_load(&p->th) == th)
        return flush_buffer(p);
    if (!claim(th, p))
        return -1;
    int r = flush_buffer(p);
    release(p);
    return r;
}

static Parser *as_parser(Value v) { return (Parser *)kr_as_obj(v); }

static int no_delete(Thread *th, Value v)
{
    if (v)
        return 0;
    kr_err_set_string(th, &kr_exc_RuntimeError, "Cannot delete attribute");
    return -1;
}

static Value get_handler(Value self, int which)
{
    Value h = as_parser(self)->handlers[which];
    return h ? h : KR_NONE;
}

static int set_handler(Thread *th, Value self, int which, Value v)
{
    Parser *p = as_parser(self);
    if (no_delete(th, v) < 0)
        return -1;
    if (which == H_CharacterData && (buffer_owner_check(th, p) < 0 || flush_from(th, p) < 0))
        return -1;
    if (v == KR_NONE) {
        p->handlers[which] = KR_VALUE_NULL;
        /* a running character handler keeps a callback that does nothing */
        if (which == H_CharacterData && p->in_callback)
            X_(XML_SetCharacterDataHandler)(p->xp, noop_character_data);
        else
            set_c_handler(p, which, false);
        return 0;
    }
    p->handlers[which] = v;
    set_c_handler(p, which, true);
    return 0;
}

#define KR_EXPAT_ACCESSORS(n, attr) \
    static Value get_##n(Thread *th, Value self) { (void)th; return get_handler(self, H_##n); } \
    static int set_##n(Thread *th, Value self, Str *name, Value v) \
    { \
        (void)name; \
        return set_handler(th, self, H_##n, v); \
    }
KR_EXPAT_HANDLERS(KR_EXPAT_ACCESSORS)
#undef KR_EXPAT_ACCESSORS

static Value get_error_code(Thread *th, Value self)
{
    (void)th;
    return kr_from_smallint(X_(XML_GetErrorCode)(as_parser(self)->xp));
}
static Value get_line(Thread *th, Value self)
{
    return kr_int_from_i64(th, (int64_t)X_(XML_GetCurrentLineNumber)(as_parser(self)->xp));
}
static Value get_column(Thread *th, Value self)
{
    return kr_int_from_i64(th, (int64_t)X_(XML_GetCurrentColumnNumber)(as_parser(self)->xp));
}
static Value get_byte_index(Thread *th, Value self)
{
    return kr_int_from_i64(th, (int64_t)X_(XML_GetCurrentByteIndex)(as_parser(self)->xp));
}

static Value get_buffer_text(Thread *th, Value self)
{
    (void)th;
    return kr_from_bool(as_parser(self)->buffer != NULL);
}

static int set_buffer_text(Thread *th, Value self, Str *name, Value v)
{
    (void)name;
    Parser *p = as_parser(self);
    int on = no_delete(th, v) < 0 || buffer_owner_check(th, p) < 0 ? -1 : kr_object_truth(th, v);
    if (on < 0)
        return -1;
    if (on && !p->buffer) {
        if (!(p->buffer = kr_gc_alloc_atomic((size_t)p->buffer_size))) {
            kr_err_no_memory(th);
            return -1;
        }
        p->buffer_used = 0;
    } else if (!on && p->buffer) {
        if (flush_from(th, p) < 0)
            return -1;
        p->buffer = NULL;
    }
    return 0;
}

static Value get_buffer_size(Thread *th, Value self)
{
    (void)th;
    return kr_from_smallint(as_parser(self)->buffer_size);
}

static int set_buffer_size(Thread *th, Value self, Str *name, Value v)
{
    (void)name;
    Parser *p = as_parser(self);
    if (no_delete(th, v) < 0 || buffer_owner_check(th, p) < 0)
        return -1;
    if (!kr_is_int(v)) {
        kr_err_set_string(th, &kr_exc_TypeError, "buffer_size must be an integer");
        return -1;
    }
    int64_t n;
    if (kr_int_as_i64(th, v, &n) < 0) {
        if (kr_err_matches(th, &kr_exc_OverflowError)) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C long");
        }
        return -1;
    }
    if (n <= 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "buffer_size must be greater than zero");
        return -1;
    }
    if (n == p->buffer_size)
        return 0;
    if (n > INT_MAX) {
        kr_err_format(th, &kr_exc_ValueError, "buffer_size must not be greater than %d", INT_MAX);
        return -1;
    }
    if (p->buffer && p->buffer_used && flush_from(th, p) < 0)
        return -1;
    /* as CPython: setting the size turns buffering on */
    if (!(p->buffer = kr_gc_alloc_atomic((size_t)n))) {
        kr_err_no_memory(th);
        return -1;
    }
    p->buffer_size = (int)n;
    return 0;
}

static Value get_buffer_used(Thread *th, Value self)
{
    (void)th;
    return kr_from_smallint(as_parser(self)->buffer_used);
}

static Value get_intern(Thread *th, Value self)
{
    (void)th;
    return as_parser(self)->intern;
}

#define KR_EXPAT_FLAG(field, extra) \
    static Value get_##field(Thread *th, Value self) \
    { \
        (void)th; \
        return kr_from_bool(as_parser(self)->field); \
    } \
    static int set_##field(Thread *th, Value self, Str *name, Value v) \
    { \
        (void)name; \
        Parser *p = as_parser(self); \
        int on = no_delete(th, v) < 0 ? -1 : kr_object_truth(th, v); \
        if (on < 0) \
            return -1; \
        p->field = on != 0; \
        extra; \
        return 0; \
    }
KR_EXPAT_FLAG(ordered_attributes, (void)0)
KR_EXPAT_FLAG(specified_attributes, (void)0)
KR_EXPAT_FLAG(ns_prefixes, X_(XML_SetReturnNSTriplet)(p->xp, on))
#undef KR_EXPAT_FLAG

static const MemberDef parser_members[] = {
#define KR_EXPAT_MEMBER(n, attr) {attr, 0, get_##n, set_##n, NULL, 0},
    KR_EXPAT_HANDLERS(KR_EXPAT_MEMBER)
#undef KR_EXPAT_MEMBER
    {"ErrorCode", 0, get_error_code, NULL, NULL, KR_MEMBER_READONLY},
    {"ErrorLineNumber", 0, get_line, NULL, NULL, KR_MEMBER_READONLY},
    {"ErrorColumnNumber", 0, get_column, NULL, NULL, KR_MEMBER_READONLY},
    {"ErrorByteIndex", 0, get_byte_index, NULL, NULL, KR_MEMBER_READONLY},
    {"CurrentLineNumber", 0, get_line, NULL, NULL, KR_MEMBER_READONLY},
    {"CurrentColumnNumber", 0, get_column, NULL, NULL, KR_MEMBER_READONLY},
    {"CurrentByteIndex", 0, get_byte_index, NULL, NULL, KR_MEMBER_READONLY},
    {"buffer_size", 0, get_buffer_size, set_buffer_size, NULL, 0},
    {"buffer_text", 0, get_buffer_text, set_buffer_text, NULL, 0},
    {"buffer_used", 0, get_buffer_used, NULL, NULL, KR_MEMBER_READONLY},
    {"namespace_prefixes", 0, get_ns_prefixes, set_ns_prefixes, NULL, 0},
    {"ordered_attributes", 0, get_ordered_attributes, set_ordered_attributes, NULL, 0},
    {"specified_attributes", 0, get_specified_attributes, set_specified_attributes, NULL, 0},
    {"intern", 0, get_intern, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static const MethodDef parser_methods[] = {
    {"Parse", parser_parse, "($self, data, isfinal=False, /)", NULL, 0},
    {"ParseFile", parser_parse_file, "($self, file, /)", NULL, 0},
    {"SetBase", parser_set_base, "($self, base, /)", NULL, 0},
    {"GetBase", parser_get_base, "($self, /)", NULL, 0},
    {"GetInputContext", parser_get_input_context, "($self, /)", NULL, 0},
    {"ExternalEntityParserCreate", parser_external_create, "($self, context, encoding=<unrepresentable>, /)", NULL, 0},
    {"SetParamEntityParsing", parser_set_param_entity_parsing, "($self, flag, /)", NULL, 0},
    {"UseForeignDTD", parser_use_foreign_dtd, "($self, flag=True, /)", NULL, 0},
    {0},
};

static Value parser_no_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    (void)args, (void)nargs, (void)kw;
    kr_err_format(th, &kr_exc_TypeError, "cannot create '%s' instances", type->name);
    return KR_VALUE_NULL;
}

static Type parser_type = {
    .hdr = {&kr_type_type}, .name = "pyexpat.xmlparser", .size = sizeof(Parser),
    .new_ = parser_no_new, .methods = parser_methods, .members = parser_members,
    .doc = "XML parser",
};

/* ---- module functions ------------------------------------------------------ */

/* ParserCreate(encoding=None, namespace_separator=None, intern=<unrepresentable>) */
KR_LIB_FUNC(pyexpat_parser_create)
{
    (void)self;
    static const char *const names[] = {"encoding", "namespace_separator", "intern", NULL};
    Value a[3];
    if (kr_libutil_parse(th, "ParserCreate", args, nargs, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    const char *encoding = NULL, *sep = NULL;
    if (a[0] && !(encoding = str_arg(th, "ParserCreate", "'encoding'", a[0], true)) &&
        kr_err_occurred(th))
        return KR_VALUE_NULL;
    if (a[1] && !(sep = str_arg(th, "ParserCreate", "'namespace_separator'", a[1], true)) &&
        kr_err_occurred(th))
        return KR_VALUE_NULL;
    if (sep && strlen(sep) > 1) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "namespace_separator must be at most one character, omitted, or None");
        return KR_VALUE_NULL;
    }
    Value intern = a[2];
    if (!intern) {
        Dict *d = kr_dict_new(th);
        if (!d)
            return KR_VALUE_NULL;
        intern = kr_from_obj(d);
    } else if (intern != KR_NONE && !kr_is_dict(intern)) {
        kr_err_set_string(th, &kr_exc_TypeError, "intern must be a dictionary");
        return KR_VALUE_NULL;
    }
    XML_Char nsbuf[2] = {sep ? sep[0] : 0, 0};
    XML_Parser xp = X_(XML_ParserCreate_MM)(encoding, NULL, sep ? nsbuf : NULL);
    Parser *p = parser_wrap(th, xp, intern);
    return p ? kr_from_obj(p) : KR_VALUE_NULL;
}

/* ErrorString(code, /) */
KR_LIB_FUNC(pyexpat_error_string)
{
    (void)self;
    int64_t code;
    if (kr_call_check_args(th, "ErrorString", nargs, 1, 1, kw) < 0 ||
        kr_libutil_as_ssize(th, args[0], &code) < 0)
        return KR_VALUE_NULL;
    if (code < INT_MIN || code > INT_MAX) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C long");
        return KR_VALUE_NULL;
    }
    return str_or_none(th, X_(XML_ErrorString)((enum XML_Error)code));
}

static const MethodDef pyexpat_functions[] = {
    {"ParserCreate", pyexpat_parser_create,
     "($module, /, encoding=None, namespace_separator=None, intern=<unrepresentable>)",
     "Return a new XML parser object.", 0},
    {"ErrorString", pyexpat_error_string, "($module, code, /)",
     "Returns string error for given number.", 0},
    {0},
};

/* ---- the module ------------------------------------------------------------ */

const char *kr_pyexpat_error_string(int code) { return X_(XML_ErrorString)((enum XML_Error)code); }

static int add_int(Thread *th, Module *m, const char *name, int64_t v)
{
    Value x = kr_int_from_i64(th, v);
    return x ? kr_libutil_add_value(th, m, name, x) : -1;
}

static int add_str(Thread *th, Module *m, const char *name, const char *s)
{
    Str *v = kr_str_from_cstr(th, s);
    return v ? kr_libutil_add_value(th, m, name, kr_from_obj(v)) : -1;
}

static int add_versions(Thread *th, Module *m)
{
    XML_Expat_Version v = X_(XML_ExpatVersionInfo)();
    Value parts[3] = {kr_from_smallint(v.major), kr_from_smallint(v.minor),
                      kr_from_smallint(v.micro)};
    Tuple *t = kr_tuple_from_array(th, parts, 3);
    if (!t || kr_libutil_add_value(th, m, "version_info", kr_from_obj(t)) < 0 ||
        add_str(th, m, "EXPAT_VERSION", X_(XML_ExpatVersion)()) < 0 ||
        add_str(th, m, "native_encoding", "UTF-8") < 0)
        return -1;
    List *features = kr_list_new(th, 0);
    if (!features)
        return -1;
    for (const XML_Feature *f = X_(XML_GetFeatureList)(); f->feature != XML_FEATURE_END; f++) {
        Str *name = kr_str_from_cstr(th, f->name);
        Value val = name ? kr_int_from_i64(th, f->value) : KR_VALUE_NULL;
        Value pair[2] = {name ? kr_from_obj(name) : KR_VALUE_NULL, val};
        Tuple *tp = val ? kr_tuple_from_array(th, pair, 2) : NULL;
        if (!tp || kr_list_append(th, features, kr_from_obj(tp)) < 0)
            return -1;
    }
    return kr_libutil_add_value(th, m, "features", kr_from_obj(features));
}

const ExpatApi *kr_pyexpat_api(Thread *th)
{
    pthread_once(&expat_once, load_expat);
    if (expat_error) {
        kr_err_format(th, &kr_exc_ImportError, "pyexpat: %s", expat_error);
        return NULL;
    }
    return &EXPAT;
}

int kr_mod_pyexpat_init(Thread *th)
{
    if (!kr_pyexpat_api(th))
        return -1;
    Module *m = kr_libutil_module(th, "pyexpat", pyexpat_functions);
    if (!m || kr_type_ready(th, &parser_type) < 0 || kr_type_ready(th, &expat_error_type) < 0 ||
        kr_libutil_add_value(th, m, "XMLParserType", kr_from_obj(&parser_type)) < 0 ||
        kr_libutil_add_value(th, m, "ExpatError", kr_from_obj(&expat_error_type)) < 0 ||
        kr_libutil_add_value(th, m, "error", kr_from_obj(&expat_error_type)) < 0 ||
        add_str(th, m, "__doc__", "Python wrapper for Expat parser.") < 0 ||
        add_versions(th, m) < 0 ||
        add_int(th, m, "XML_PARAM_ENTITY_PARSING_NEVER", XML_PARAM_ENTITY_PARSING_NEVER) < 0 ||
        add_int(th, m, "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE",
                XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE) < 0 ||
        add_int(th, m, "XML_PARAM_ENTITY_PARSING_ALWAYS", XML_PARAM_ENTITY_PARSING_ALWAYS) < 0)
        return -1;
    return kr_pyexpat_add_submodules(th, m);
}
