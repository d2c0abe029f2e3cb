/*
 * pyexpat_tables.c -- the submodules pyexpat.errors (each error code's
 * message under its XML_ERROR_ name, with the codes and messages dicts)
 * and pyexpat.model (the content-model constants ElementDeclHandler's
 * tuples use), registered in sys.modules as CPython registers them.
 */
#include <stdio.h>

#include <expat.h>

#include "modules/libutil.h"
#include "modules/pyexpat.h"

#include "core/state.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "vm/errors.h"

/* In code order: codes and messages are dicts, shown in this order. */
static const struct {
    const char *name;
    int code;
} ERRORS[] = {
#define E(n) {"XML_ERROR_" #n, XML_ERROR_##n}
    E(NO_MEMORY), E(SYNTAX), E(NO_ELEMENTS), E(INVALID_TOKEN), E(UNCLOSED_TOKEN),
    E(PARTIAL_CHAR), E(TAG_MISMATCH), E(DUPLICATE_ATTRIBUTE), E(JUNK_AFTER_DOC_ELEMENT),
    E(PARAM_ENTITY_REF), E(UNDEFINED_ENTITY), E(RECURSIVE_ENTITY_REF), E(ASYNC_ENTITY),
    E(BAD_CHAR_REF), E(BINARY_ENTITY_REF), E(ATTRIBUTE_EXTERNAL_ENTITY_REF),
    E(MISPLACED_XML_PI), E(UNKNOWN_ENCODING), E(INCORRECT_ENCODING),
    E(UNCLOSED_CDATA_SECTION), E(EXTERNAL_ENTITY_HANDLING), E(NOT_STANDALONE),
    E(UNEXPECTED_STATE), E(ENTITY_DECLARED_IN_PE), E(FEATURE_REQUIRES_XML_DTD),
    E(CANT_CHANGE_FEATURE_ONCE_PARSING), E(UNBOUND_PREFIX), E(UNDECLARING_PREFIX),
    E(INCOMPLETE_PE), E(XML_DECL), E(TEXT_DECL), E(PUBLICID), E(SUSPENDED),
    E(NOT_SUSPENDED), E(ABORTED), E(FINISHED), E(SUSPEND_PE), E(RESERVED_PREFIX_XML),
    E(RESERVED_PREFIX_XMLNS), E(RESERVED_NAMESPACE_URI), E(INVALID_ARGUMENT),
    E(NO_BUFFER), E(AMPLIFICATION_LIMIT_BREACH),
#undef E
};

static const struct {
    const char *name;
    int value;
} MODEL[] = {
    {"XML_CTYPE_EMPTY", XML_CTYPE_EMPTY}, {"XML_CTYPE_ANY", XML_CTYPE_ANY},
    {"XML_CTYPE_MIXED", XML_CTYPE_MIXED}, {"XML_CTYPE_NAME", XML_CTYPE_NAME},
    {"XML_CTYPE_CHOICE", XML_CTYPE_CHOICE}, {"XML_CTYPE_SEQ", XML_CTYPE_SEQ},
    {"XML_CQUANT_NONE", XML_CQUANT_NONE}, {"XML_CQUANT_OPT", XML_CQUANT_OPT},
    {"XML_CQUANT_REP", XML_CQUANT_REP}, {"XML_CQUANT_PLUS", XML_CQUANT_PLUS},
};

/* pyexpat.<short> (sys.modules "pyexpat.<short>") with its __doc__. */
static Module *submodule(Thread *th, Module *parent, const char *short_name, const char *doc)
{
    char full[32];
    snprintf(full, sizeof full, "pyexpat.%s", short_name);
    Module *m = kr_libutil_module(th, full, NULL);
    Str *d = m ? kr_str_from_cstr(th, doc) : NULL;
    if (!d || kr_libutil_add_value(th, m, "__doc__", kr_from_obj(d)) < 0 ||
        kr_libutil_add_value(th, parent, short_name, kr_from_obj(m)) < 0)
        return NULL;
    return m;
}

static int add_errors(Thread *th, Module *parent)
{
    Module *m = submodule(th, parent, "errors", "Constants used to describe error conditions.");
    Dict *codes = m ? kr_dict_new(th) : NULL, *messages = codes ? kr_dict_new(th) : NULL;
    if (!messages)
        return -1;
    for (size_t i = 0; i < sizeof ERRORS / sizeof ERRORS[0]; i++) {
        const char *text = kr_pyexpat_error_string(ERRORS[i].code);
        Str *s = kr_str_from_cstr(th, text ? text : "");
        Value code = kr_from_smallint(ERRORS[i].code);
        if (!s || kr_libutil_add_value(th, m, ERRORS[i].name, kr_from_obj(s)) < 0 ||
            kr_dict_set(th, codes, kr_from_obj(s), code) < 0 ||
            kr_dict_set(th, messages, code, kr_from_obj(s)) < 0)
            return -1;
    }
    if (kr_libutil_add_value(th, m, "codes", kr_from_obj(codes)) < 0 ||
        kr_libutil_add_value(th, m, "messages", kr_from_obj(messages)) < 0)
        return -1;
    return 0;
}

int kr_pyexpat_add_submodules(Thread *th, Module *parent)
{
    if (add_errors(th, parent) < 0)
        return -1;
    Module *m = submodule(th, parent, "model", "Constants used to interpret content model information.");
    if (!m)
        return -1;
    for (size_t i = 0; i < sizeof MODEL / sizeof MODEL[0]; i++)
        if (kr_libutil_add_value(th, m, MODEL[i].name, kr_from_smallint(MODEL[i].value)) < 0)
            return -1;
    return 0;
}
