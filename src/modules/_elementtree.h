/*
 * _elementtree.h -- what _elementtree.c (Element) and
 * _elementtree_parser.c (TreeBuilder, XMLParser) share.
 */
#ifndef KR_ELEMENTTREE_H
#define KR_ELEMENTTREE_H

#include "objects/list.h"
#include "objects/module.h"

/* An element: tag, attributes, text, tail and the children.  attrib and
 * kids are made on first use (most parsed elements have neither); kids
 * holds only Elements (every way in checks), so the tree code reads them
 * without type tests. */
typedef struct Element {
    Obj hdr;
    Value tag;
    Value attrib;       /* a dict, or KR_VALUE_NULL: none yet */
    Value text, tail;   /* None when absent */
    List *kids;         /* NULL: no children yet */
} Element;

extern Type kr_et_element_type;

static inline bool kr_et_is_element(Value v)
{
    return kr_is_obj(v) && kr_type_is_subtype(kr_as_obj(v)->type, &kr_et_element_type);
}

/* A new Element (the exact type) of tag; attrib a dict it keeps, or
 * KR_VALUE_NULL. */
KR_MUST_CHECK Element *kr_et_element_new(Thread *th, Value tag, Value attrib);
/* parent.append(child) for an Element parent and child. */
KR_MUST_CHECK int kr_et_element_append(Thread *th, Element *parent, Value child);

/* The module's private state in its dict: the comment and PI factories
 * _set_factories installs, and ParseError.  KR_VALUE_NULL when unset. */
Value kr_et_state(Thread *th, const char *name);

/* TreeBuilder and XMLParser, and ParseError, added to m (_elementtree_parser.c). */
KR_MUST_CHECK int kr_et_parser_init(Thread *th, Module *m);

#endif
