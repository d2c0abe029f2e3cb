/*
 * shape.h -- hidden classes for the attributes of instances of Python
 * classes (DESIGN.md; QuickJS's JSShape, V8's maps).
 *
 * THE IDEA.  Most instances of a class get the same attributes in the
 * same order (`self.x = ...; self.y = ...` in __init__).  Instead of a
 * dict per instance, an instance keeps a plain array of values and a
 * pointer to a Shape that says which name lives at which index.  Instances
 * built the same way share one Shape, so an inline cache that remembers
 * (shape -> index) turns `self.x` into one compare and two loads.
 *
 * THE TREE.  Each class has its own root shape (no attributes).  Adding
 * attribute `n` to an instance of shape S moves it to S's child for `n`,
 * made on first use and kept in S's transition table, so the shapes of a
 * class form a tree keyed by attribute names in insertion order:
 *
 *     root(P) --x--> {x:0} --y--> {x:0, y:1}
 *                         \--z--> {x:0, z:1}
 *
 * Because roots are per class, a shape also implies the instance's type:
 * caches key on the shape alone (plus the class-attribute epoch).
 *
 * THE INSTANCE.  A class whose instances have a __dict__ and a fixed-size
 * layout (KR_TYPE_HAS_SHAPE) reserves an InstAttrs at Type.dict_offset:
 *
 *     | ... | dict | shape | values | ---> | v0 | v1 | ... (capacity) |
 *
 * Two modes, told apart by `dict`:
 *   - shape mode (dict == NULL): values[i] holds the attribute at index i
 *     of `shape`; the array's capacity follows from shape->count
 *     (kr_shape_capacity), so it is not stored;
 *   - dict mode (dict != NULL, shape == NULL): a real dict holds the
 *     attributes.  An instance goes there, for good, when its __dict__ is
 *     asked for (so `obj.__dict__` is a real mutable dict that stays in
 *     sync: it IS the storage), assigned, when an attribute is deleted, or
 *     past KR_SHAPE_MAX attributes.  CPython 3.11 makes the same trade
 *     (materialising the dict on demand).
 * The `dict` word comes first so that code reading the Dict * at
 * dict_offset (exceptions, the generic paths) sees dict mode correctly.
 */
#ifndef KR_SHAPE_H
#define KR_SHAPE_H

#include "objects/object.h"

typedef struct Shape Shape;

struct Shape {
    Obj hdr;
    Shape *parent;          /* NULL for a root */
    Str *name;              /* the attribute this shape added (interned) */
    Type *owner;            /* the class whose tree this is */
    int64_t count;          /* attributes of an instance of this shape */
    Dict *index;            /* name -> index, for every attribute */
    Dict *transitions;      /* name -> child shape; NULL until used */
};

typedef struct InstAttrs {
    Dict *dict;             /* dict mode when non-NULL */
    Shape *shape;           /* shape mode: the instance's shape */
    Value *values;          /* shape mode: the attribute values */
} InstAttrs;

/* Past this many attributes an instance is better off with a dict. */
#define KR_SHAPE_MAX 64

extern Type kr_shape_type;

/* The values capacity of an instance of a shape with `count` attributes:
 * 4, then powers of two, so growing is amortised O(1). */
static inline int64_t kr_shape_capacity(int64_t count)
{
    int64_t c = 4;
    while (c < count)
        c *= 2;
    return c;
}

/* t's root shape, made on first use. */
KR_MUST_CHECK Shape *kr_shape_root(Thread *th, Type *t);
/* The index of name in s, or -1.  No exception either way. */
int64_t kr_shape_lookup(const Shape *s, Str *name);
/* s's child for name (an interned str not in s). */
KR_MUST_CHECK Shape *kr_shape_add(Thread *th, Shape *s, Str *name);

#endif
