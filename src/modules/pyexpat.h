/*
 * pyexpat.h -- what pyexpat.c and pyexpat_tables.c share.
 */
#ifndef KR_PYEXPAT_H
#define KR_PYEXPAT_H
#include <expat.h>

#include "objects/module.h"

/* The libexpat entry points krait uses, resolved once when pyexpat (or
 * _elementtree) is first imported; read-only afterwards. */
#define KR_EXPAT_FUNCS(X) \
    X(XML_ErrorString) \
    X(XML_ExpatVersion) \
    X(XML_ExpatVersionInfo) \
    X(XML_ExternalEntityParserCreate) \
    X(XML_FreeContentModel) \
    X(XML_GetBase) \
    X(XML_GetBuffer) \
    X(XML_GetCurrentByteIndex) \
    X(XML_GetCurrentColumnNumber) \
    X(XML_GetCurrentLineNumber) \
    X(XML_GetErrorCode) \
    X(XML_GetFeatureList) \
    X(XML_GetInputContext) \
    X(XML_GetSpecifiedAttributeCount) \
    X(XML_Parse) \
    X(XML_ParseBuffer) \
    X(XML_ParserCreate_MM) \
    X(XML_ParserFree) \
    X(XML_SetAttlistDeclHandler) \
    X(XML_SetBase) \
    X(XML_SetCharacterDataHandler) \
    X(XML_SetCommentHandler) \
    X(XML_SetDefaultHandler) \
    X(XML_SetDefaultHandlerExpand) \
    X(XML_SetElementDeclHandler) \
    X(XML_SetEncoding) \
    X(XML_SetEndCdataSectionHandler) \
    X(XML_SetEndDoctypeDeclHandler) \
    X(XML_SetEndElementHandler) \
    X(XML_SetEndNamespaceDeclHandler) \
    X(XML_SetEntityDeclHandler) \
    X(XML_SetExternalEntityRefHandler) \
    X(XML_SetNotStandaloneHandler) \
    X(XML_SetNotationDeclHandler) \
    X(XML_SetParamEntityParsing) \
    X(XML_SetProcessingInstructionHandler) \
    X(XML_SetReturnNSTriplet) \
    X(XML_SetSkippedEntityHandler) \
    X(XML_SetStartCdataSectionHandler) \
    X(XML_SetStartDoctypeDeclHandler) \
    X(XML_SetStartElementHandler) \
    X(XML_SetStartNamespaceDeclHandler) \
    X(XML_SetUnknownEncodingHandler) \
    X(XML_SetUnparsedEntityDeclHandler) \
    X(XML_SetUserData) \
    X(XML_SetXmlDeclHandler) \
    X(XML_UseForeignDTD) \

typedef struct ExpatApi {
#define KR_EXPAT_SLOT(f) __typeof__(f) *f;
    KR_EXPAT_FUNCS(KR_EXPAT_SLOT)
#undef KR_EXPAT_SLOT
} ExpatApi;

/* The loaded table, or NULL with ImportError (libexpat is missing). */
KR_MUST_CHECK const ExpatApi *kr_pyexpat_api(Thread *th);
/* An XML_UnknownEncodingHandler's work for a single-byte Python codec
 * (CPython's PyUnknownEncodingHandler): XML_STATUS_OK, or
 * XML_STATUS_ERROR with the exception set. */
int kr_pyexpat_encoding_map(Thread *th, const XML_Char *name, XML_Encoding *info);

/* libexpat's message for an error code (NULL past its table). */
const char *kr_pyexpat_error_string(int code);
/* pyexpat.errors and pyexpat.model, in m and in sys.modules. */
KR_MUST_CHECK int kr_pyexpat_add_submodules(Thread *th, Module *m);
#endif
