/*
 * object.h -- the object header, type objects and their slots.
 *
 * THE HEADER.  Every heap object begins with one word: its type.
 *
 *     struct Obj { Type *type; }          8 bytes, then the type's fields
 *
 * DESIGN.md suggests room for GC and hashing flags; krait needs neither in
 * every object, so the header is one word and saves 8 bytes on each object:
 *   - the collector is tracing and keeps its mark bits in its own tables;
 *     whether an object has a finalizer is the collector's business too;
 *   - hashes are cached only where recomputing is costly (str, bytes,
 *     tuple? no: CPython does not cache tuple hashes either), in those
 *     types' own fields;
 *   - mutable containers that need a lock for free threading (list, dict,
 *     set, bytearray, instance attribute storage) carry a lock word in their
 *     own struct, so immutable objects pay nothing.
 * With Boehm's 16-byte granules, that puts a cell, a boxed float and a
 * one-element tuple at 16 bytes.
 *
 * VALUES THAT ARE NOT OBJECTS.  Small ints, doubles, None, True and False
 * live in the Value word itself (core/value.h).  kr_type_of(v) gives the type
 * of any Value; the VM's fast paths test the Value's tag first and only then
 * look at a type.
 *
 * TYPES.  A Type is an object whose fields include C function pointers, the
 * slots, one per hot protocol.  The VM calls slots only, never looks up a
 * dunder by name on a hot path: for a class defined in Python, slots are
 * filled from its dunder methods when the class is created or changed (a
 * slot then calls the Python method, found through the type's method
 * cache).  Builtin types set their slots statically, in one const-like
 * struct with designated initializers per type (STYLE.md principle 9).
 *
 * VERSION TAGS.  Every type has a version, a number that changes whenever
 * the type or any of its bases changes (attribute set or deleted on the
 * class, __bases__ assigned).  Inline caches and the method cache key on
 * (type, version): a matching version proves the cached lookup is still
 * right, with no dictionary access.  Version 0 means "unversioned" (too
 * many changes, or under construction) and disables caching.
 *
 * CALLING CONVENTION.  Functions that can raise take the running Thread
 * first and report failure in their result: a Value-returning function
 * returns KR_VALUE_NULL, an int-returning one -1, a pointer-returning one
 * NULL; the exception is in th (vm/errors.h).  Results are KR_MUST_CHECK.
 * Calls use a vector convention: positional arguments, then the values of
 * keyword arguments, with their names in a tuple of str (kwnames), so a
 * call passes a slice of the caller's registers without building a tuple
 * or a dict.
 */
#ifndef KR_OBJECT_H
#define KR_OBJECT_H

#include "core/value.h"

typedef struct Type Type;
typedef struct Thread Thread;
typedef struct Str Str;
typedef struct Tuple Tuple;
typedef struct Dict Dict;

struct Obj {
    Type *type;
};

/* ---- slot signatures --------------------------------------------------- */

typedef Value (*KrUnaryFn)(Thread *th, Value a);
typedef Value (*KrBinaryFn)(Thread *th, Value a, Value b);
typedef Value (*KrTernaryFn)(Thread *th, Value a, Value b, Value c);
/* Positional args args[0..nargs), then one value per name in kwnames. */
typedef Value (*KrCallFn)(Thread *th, Value callable, const Value *args, size_t nargs,
                          Tuple *kwnames);
typedef Value (*KrNewFn)(Thread *th, Type *type, const Value *args, size_t nargs,
                         Tuple *kwnames);
typedef int (*KrInitFn)(Thread *th, Value self, const Value *args, size_t nargs,
                        Tuple *kwnames);
typedef Value (*KrGetAttrFn)(Thread *th, Value obj, Str *name);
/* value == KR_VALUE_NULL deletes.  0 on success, -1 on error. */
typedef int (*KrSetAttrFn)(Thread *th, Value obj, Str *name, Value value);
typedef Value (*KrRichCmpFn)(Thread *th, Value a, Value b, int op);
typedef int (*KrHashFn)(Thread *th, Value v, int64_t *hash);
typedef int (*KrLenFn)(Thread *th, Value v, int64_t *len);
typedef int (*KrBoolFn)(Thread *th, Value v);               /* 1, 0, or -1 */
typedef int (*KrContainsFn)(Thread *th, Value container, Value item);
typedef int (*KrSetItemFn)(Thread *th, Value obj, Value key, Value value); /* NULL: del */
typedef Value (*KrDescrGetFn)(Thread *th, Value descr, Value obj, Value type);
typedef int (*KrDescrSetFn)(Thread *th, Value descr, Value obj, Value value); /* NULL: del */
typedef void (*KrFinalizeFn)(Thread *th, Value self);

/* Rich comparison operators, in CPython's order (Py_LT ... Py_GE). */
enum { KR_LT, KR_LE, KR_EQ, KR_NE, KR_GT, KR_GE };

/* Binary operators: one slot array indexed by these, so the VM's single
 * BINARY_OP instruction dispatches with its operand.  The order is the AST's
 * Operator order (ast_gen.h K_Add .. K_FloorDiv, minus 1). */
typedef enum BinOp {
    KR_OP_ADD, KR_OP_SUB, KR_OP_MUL, KR_OP_MATMUL, KR_OP_TRUEDIV, KR_OP_MOD,
    KR_OP_POW, KR_OP_LSHIFT, KR_OP_RSHIFT, KR_OP_OR, KR_OP_XOR, KR_OP_AND,
    KR_OP_FLOORDIV,
    KR_BINOP_COUNT
} BinOp;

/* A builtin method or function, described by data (STYLE.md principle 9).
 * `sig` is the Python signature text, e.g. "($self, key, default=None, /)":
 * argument parsing and __text_signature__ derive from it. */
typedef struct MethodDef {
    const char *name;
    KrCallFn fn;          /* called with self as args[0] for methods */
    const char *sig;
    const char *doc;
    uint32_t flags;       /* KR_METH_CLASS, KR_METH_STATIC */
} MethodDef;

enum { KR_METH_CLASS = 1, KR_METH_STATIC = 2 };

/* A C-level attribute: a Value field at `offset`, or computed by get/set. */
typedef struct MemberDef {
    const char *name;
    size_t offset;                /* of a Value field; 0 if get/set are used */
    KrUnaryFn get;                /* get(th, self) */
    KrSetAttrFn set;              /* set(th, self, NULL name, value) */
    const char *doc;
    uint32_t flags;               /* KR_MEMBER_READONLY */
} MemberDef;

enum { KR_MEMBER_READONLY = 1 };

/* Type flags. */
enum {
    KR_TYPE_HEAP = 1 << 0,         /* defined by a class statement */
    KR_TYPE_BASETYPE = 1 << 1,     /* may be subclassed */
    KR_TYPE_READY = 1 << 2,        /* slots, MRO and dict are built */
    KR_TYPE_IMMUTABLE = 1 << 3,    /* attributes cannot be set on the type */
    KR_TYPE_HAS_SHAPE = 1 << 4,    /* instances store attributes in shapes */
    KR_TYPE_INT_SUBCLASS = 1 << 8, /* fast subclass tests, as CPython's */
    KR_TYPE_STR_SUBCLASS = 1 << 9,
    KR_TYPE_TUPLE_SUBCLASS = 1 << 10,
    KR_TYPE_LIST_SUBCLASS = 1 << 11,
    KR_TYPE_DICT_SUBCLASS = 1 << 12,
    KR_TYPE_EXC_SUBCLASS = 1 << 13,
    KR_TYPE_TYPE_SUBCLASS = 1 << 14,
};

struct Type {
    Obj hdr;                       /* its own type: type, or a metaclass */
    const char *name;              /* tp_name: "int", "collections.OrderedDict" */
    Str *qualname;
    uint32_t flags;
    uint32_t version;              /* see VERSION TAGS above; 0 = none */
    size_t size;                   /* bytes of an instance (fixed part) */
    size_t item_size;              /* per-item bytes of a variable-size instance */

    Type *base;                    /* the solid base (__base__) */
    Tuple *bases;                  /* __bases__ */
    Tuple *mro;                    /* __mro__ */
    Dict *dict;                    /* __dict__ (the class namespace) */
    Value subclasses;              /* weak list of direct subclasses, for
                                      version invalidation; KR_VALUE_NULL */

    /* Static description of a builtin type, turned into dict entries when
     * the type is made ready. */
    const MethodDef *methods;
    const MemberDef *members;

    /* ---- slots ---- */
    KrNewFn new_;
    KrInitFn init;
    KrCallFn call;
    KrFinalizeFn finalize;         /* __del__ */

    KrUnaryFn repr;
    KrUnaryFn str;
    KrHashFn hash;                 /* NULL: unhashable */
    KrRichCmpFn richcompare;
    KrBoolFn bool_;

    KrGetAttrFn getattr;           /* __getattribute__ (+ __getattr__ fallback) */
    KrSetAttrFn setattr;           /* __setattr__ / __delattr__ */
    KrDescrGetFn descr_get;        /* __get__ */
    KrDescrSetFn descr_set;        /* __set__ / __delete__ */

    KrUnaryFn iter;
    KrUnaryFn next;                /* NULL result without exception: exhausted */
    KrLenFn len;
    KrBinaryFn getitem;            /* __getitem__ (mapping and sequence) */
    KrSetItemFn setitem;           /* __setitem__ / __delitem__ */
    KrContainsFn contains;

    KrBinaryFn binop[KR_BINOP_COUNT];     /* a OP b, and reflected: may return
                                             NotImplemented */
    KrBinaryFn inplace[KR_BINOP_COUNT];   /* a OP= b */
    KrTernaryFn pow3;                     /* pow(a, b, mod) */
    KrUnaryFn neg, pos, invert, abs;
    KrUnaryFn index;               /* __index__ */
    KrUnaryFn int_;                /* __int__ */
    KrUnaryFn float_;              /* __float__ */
};

/* The type of any value, immediates included (defined in objects/type.c;
 * the immediates' types are fields of the VM-wide builtin type table). */
Type *kr_type_of(Value v);

static inline Type *kr_obj_type(const Obj *o) { return o->type; }

#endif
