/*
 * shape.c -- the shape tree (shape.h explains what shapes are for).
 *
 * A shape's `index` maps every attribute name it holds to its index.  It
 * is copied from the parent and extended when a child is made, which
 * costs O(n) per new shape but is shared by every instance of that shape;
 * a lookup is then one str-keyed dict probe (pointer compare first, since
 * names are interned).  Shapes are never freed while their class lives:
 * the tree only grows, and KR_SHAPE_MAX bounds its depth.
 */
#include "objects/shape.h"

#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "vm/errors.h"

Type kr_shape_type = {
    .hdr = {&kr_type_type},
    .name = "shape",
    .size = sizeof(Shape),
    .flags = KR_TYPE_IMMUTABLE,
};

static Shape *shape_new(Thread *th, Shape *parent, Str *name, Type *owner)
{
    Shape *s = kr_gc_alloc(sizeof *s);
    if (!s) {
        kr_err_no_memory(th);
        return NULL;
    }
    s->hdr.type = &kr_shape_type;
    s->parent = parent;
    s->name = name;
    s->owner = owner;
    s->count = parent ? parent->count + 1 : 0;
    s->index = parent ? kr_dict_copy(th, parent->index) : kr_dict_new(th);
    if (!s->index)
        return NULL;
    if (name && kr_dict_set_str(th, s->index, name, kr_from_smallint(s->count - 1)) < 0)
        return NULL;
    return s;
}

Shape *kr_shape_root(Thread *th, Type *t)
{
    if (!t->shapes)
        t->shapes = shape_new(th, NULL, NULL, t);
    return t->shapes;
}

int64_t kr_shape_lookup(const Shape *s, Str *name)
{
    Value v = kr_dict_get_str(s->index, name);
    return v ? kr_as_smallint(v) : -1;
}

Shape *kr_shape_add(Thread *th, Shape *s, Str *name)
{
    if (s->transitions) {
        Value c = kr_dict_get_str(s->transitions, name);
        if (c)
            return (Shape *)kr_as_obj(c);
    } else if (!(s->transitions = kr_dict_new(th))) {
        return NULL;
    }
    Shape *c = shape_new(th, s, name, s->owner);
    if (!c || kr_dict_set_str(th, s->transitions, name, kr_from_obj(c)) < 0)
        return NULL;
    return c;
}
