/*
 * mappingproxy.h -- types.MappingProxyType: a read-only view of a mapping,
 * what type.__dict__ gives (so class namespaces cannot be written around
 * the type's caches, and pprint/inspect tell a class dict from a dict).
 */
#ifndef KR_MAPPINGPROXY_H
#define KR_MAPPINGPROXY_H

#include "objects/object.h"

extern Type kr_mappingproxy_type;

/* A proxy of mapping (not checked: callers pass a dict). */
KR_MUST_CHECK Value kr_mappingproxy_new(Thread *th, Value mapping);

#endif
