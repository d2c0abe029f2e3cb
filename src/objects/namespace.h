/*
 * namespace.h -- types.SimpleNamespace (namespace.c).
 */
#ifndef KR_NAMESPACE_H
#define KR_NAMESPACE_H

#include "objects/object.h"

extern Type kr_namespace_type;
/* A namespace whose attributes are attrs (taken, not copied); NULL: none. */
KR_MUST_CHECK Value kr_namespace_new(Thread *th, Dict *attrs);

#endif
