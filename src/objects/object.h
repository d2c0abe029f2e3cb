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
struct BufferProcs;                /* the buffer protocol: objects/buffer.h */

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
    uint32_t flags;       /* KR_METH_CLASS, _STATIC, _VARARGS, _SLOT */
} MethodDef;

/* KR_METH_VARARGS: CPython's is METH_VARARGS without METH_KEYWORDS, so a
 * call with keywords is refused before fn runs, naming the function bare
 * when bound ("add() takes no keyword arguments") and as "Type.name" when
 * called through the type.  A sig ending in "/)" refuses keywords too
 * (METH_O, METH_NOARGS, positional-only METH_FASTCALL), always qualified.
 * KR_METH_SLOT: a slot wrapper in CPython (int.__divmod__): "wrapper
 * __divmod__() takes no keyword arguments". */
enum { KR_METH_CLASS = 1, KR_METH_STATIC = 2, KR_METH_VARARGS = 4, KR_METH_SLOT = 8 };

/* A C-level attribute: a Value field at `offset`, or computed by get/set. */
typedef struct MemberDef {
    const char *name;
    size_t offset;                /* of a Value field; 0 if get/set are used */
    KrUnaryFn get;                /* get(th, self) */
    KrSetAttrFn set;              /* set(th, self, NULL name, value) */
    const char *doc;
    uint32_t flags;               /* KR_MEMBER_READONLY */
} MemberDef;

enum {
    KR_MEMBER_READONLY = 1,
    KR_MEMBER_SLOT = 2,           /* a __slots__ entry: offset is shifted for
                                     str/bytes/tuple subclasses; unset raises */
    KR_MEMBER_PLAIN = 4,          /* computed, but a member_descriptor in CPython
                                     (not a getset_descriptor) */
};

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
    KR_TYPE_FLOAT_SUBCLASS = 1 << 15,
    KR_TYPE_BYTES_SUBCLASS = 1 << 16,
    /* Instances of a subclass of a variable-size builtin (str, bytes,
     * tuple): dict_offset and slot offsets are laid out as if the items
     * were empty and are shifted past the items at run time
     * (kr_object_ext_shift). */
    KR_TYPE_VAR_TAIL = 1 << 17,
    KR_TYPE_HAS_SLOTS = 1 << 18,       /* __slots__ declared along the MRO */
    KR_TYPE_HAS_WEAKREF = 1 << 19,     /* instances can be weakly referenced */
    /* pattern matching (vm/match.c), inherited like the above */
    KR_TYPE_SEQUENCE = 1 << 20,    /* a sequence pattern's subject */
    KR_TYPE_MAPPING = 1 << 21,     /* a mapping pattern's subject */
    KR_TYPE_MATCH_SELF = 1 << 22,  /* `int(x)` matches the subject itself */
    /* __abstractmethods__ is set and non-empty on this very class (not
     * inherited): object() refuses to instantiate it (abc, modules/_abc.c) */
    KR_TYPE_ABSTRACT = 1 << 23,
    /* binop[ADD] and binop[MUL] are CPython's sq_concat / sq_repeat, which
     * run only after both operands' nb_add / nb_multiply: the right
     * operand's slot goes first, so (1,) + x reaches x.__radd__ (binop1) */
    KR_TYPE_SEQ_CONCAT = 1 << 24,
};

/* The flags a subclass takes from its base (CPython's inherit_special). */
#define KR_TYPE_INHERITED_FLAGS                                                   \
    (KR_TYPE_INT_SUBCLASS | KR_TYPE_STR_SUBCLASS | KR_TYPE_TUPLE_SUBCLASS |       \
     KR_TYPE_LIST_SUBCLASS | KR_TYPE_DICT_SUBCLASS | KR_TYPE_EXC_SUBCLASS |       \
     KR_TYPE_TYPE_SUBCLASS | KR_TYPE_FLOAT_SUBCLASS | KR_TYPE_BYTES_SUBCLASS |    \
     KR_TYPE_SEQUENCE | KR_TYPE_MAPPING | KR_TYPE_MATCH_SELF | KR_TYPE_SEQ_CONCAT)

struct Type {
    Obj hdr;                       /* its own type: type, or a metaclass */
    const char *name;              /* tp_name: "int", "collections.OrderedDict" */
    Str *qualname;
    uint32_t flags;
    uint32_t version;              /* see VERSION TAGS above; 0 = none */
    size_t size;                   /* bytes of an instance (fixed part) */
    size_t item_size;              /* per-item bytes of a variable-size instance */
    size_t dict_offset;            /* offset of a Dict * for instance attributes;
                                      0: none.  (Shapes replace this for plain
                                      classes later; kept for exceptions and
                                      subclasses of builtins.)  With
                                      KR_TYPE_VAR_TAIL, shifted per instance. */
    struct Shape *shapes;          /* KR_TYPE_HAS_SHAPE: the root of its
                                      instances' shape tree (shape.h) */
    Tuple *slot_names;             /* __slots__ this class itself declared
                                      (mangled, without __dict__/__weakref__);
                                      NULL: none */

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
    const char *doc;               /* __doc__; NULL: None */

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
    const struct BufferProcs *as_buffer;  /* exports its memory (objects/buffer.h) */
};

/* ---- the builtin types that have no header of their own ------------------ */

extern Type kr_type_type, kr_object_type, kr_none_type, kr_bool_type, kr_int_type,
    kr_float_type, kr_notimpl_type, kr_ellipsis_type, kr_range_type, kr_range_iter_type,
    kr_slice_type;

/* The NotImplemented and Ellipsis singletons (static objects). */
extern Obj kr_notimpl_obj, kr_ellipsis_obj;
#define KR_NOTIMPL kr_from_obj(&kr_notimpl_obj)
#define KR_ELLIPSIS kr_from_obj(&kr_ellipsis_obj)

static inline Type *kr_obj_type(const Obj *o) { return o->type; }

/* The type of any value, immediates included.  Immediates are tested in
 * the order of their frequency in numeric code: small int, then double. */
static inline Type *kr_type_of(Value v)
{
    if (KR_LIKELY(kr_is_obj(v)))
        return kr_as_obj(v)->type;
    if (kr_is_smallint(v))
        return &kr_int_type;
    if (kr_is_double(v))
        return &kr_float_type;
    if (kr_is_bool(v))
        return &kr_bool_type;
    return &kr_none_type;
}

static inline bool kr_is_type(Value v, const Type *t)
{
    return kr_is_obj(v) && kr_as_obj(v)->type == t;
}

/* Copy n Values (overlap allowed).  n == 0 is a no-op even when a pointer
 * is NULL (an empty list has no item array), which memmove does not allow. */
static inline void kr_values_copy(Value *dst, const Value *src, size_t n)
{
    if (n)
        memmove(dst, src, n * sizeof(Value));
}

/* ---- generic protocols (objects/object.c, type.c) ------------------------ */

/* Make a builtin type ready: MRO, __dict__ from its method and member
 * tables, slot inheritance from its base.  0 or -1. */
KR_MUST_CHECK int kr_type_ready(Thread *th, Type *t);
bool kr_type_is_subtype(const Type *t, const Type *base);
/* Look name up along t's MRO: the attribute or KR_VALUE_NULL (no error). */
Value kr_type_lookup(Type *t, Str *name);
/* The same, through the thread's lookup cache (keyed on VM.type_epoch). */
Value kr_type_lookup_cached(Thread *th, Type *t, Str *name);
bool kr_type_is_class_member(Value d);     /* object.__class__'s descriptor (type.c) */
/* The offset of a plain __slots__ member descriptor, or -1 (type.c). */
int64_t kr_type_slot_offset(Value descr);
/* A descriptor for def on owner's instances: a member_descriptor, or a
 * getset_descriptor when def computes a writable-looking attribute. */
KR_MUST_CHECK Value kr_member_descr_new(Thread *th, const MemberDef *def, Type *owner);
/* Is v a member_descriptor or getset_descriptor? */
bool kr_is_member_descr(Value v);
extern Type kr_member_descr_type, kr_getset_descr_type;
/* The Python __init__ that calling t runs on a fresh object.__new__(t),
 * when that is all calling t does; else KR_VALUE_NULL (type.c). */
Value kr_type_py_init(Thread *th, Type *t);
/* type(name, bases, ns): a fresh heap type of metatype `type`. */
KR_MUST_CHECK Value kr_type_new_heap(Thread *th, Str *name, Tuple *bases, Dict *ns);
/* The most derived of meta and the metatypes of bases, or NULL with
 * "metaclass conflict" set (CPython's _PyType_CalculateMetaclass). */
KR_MUST_CHECK Type *kr_type_calculate_meta(Thread *th, Type *meta, Tuple *bases);
static inline bool kr_isinstance_type(Value v, const Type *t)
{
    const Type *vt = kr_type_of(v);
    return vt == t || kr_type_is_subtype(vt, t);    /* the exact type without a call */
}

KR_MUST_CHECK Value kr_object_repr(Thread *th, Value v);           /* a Str */
KR_MUST_CHECK Value kr_object_str(Thread *th, Value v);            /* a Str */
KR_MUST_CHECK int kr_object_hash(Thread *th, Value v, int64_t *hash);
/* The hash slot of unhashable builtin types (list, dict, set, bytearray). */
int kr_object_unhashable(Thread *th, Value v, int64_t *hash);
KR_MUST_CHECK int kr_object_truth(Thread *th, Value v);            /* 1, 0, -1 */
KR_MUST_CHECK Value kr_object_richcompare(Thread *th, Value a, Value b, int op);
/* 1, 0 or -1: a op b taken as a truth value (== first tries identity). */
KR_MUST_CHECK int kr_object_richcompare_bool(Thread *th, Value a, Value b, int op);
KR_MUST_CHECK Value kr_object_binop(Thread *th, Value a, Value b, BinOp op);
KR_MUST_CHECK Value kr_object_inplace(Thread *th, Value a, Value b, BinOp op);
KR_MUST_CHECK Value kr_object_neg(Thread *th, Value a);
KR_MUST_CHECK Value kr_object_pos(Thread *th, Value a);
KR_MUST_CHECK Value kr_object_invert(Thread *th, Value a);
KR_MUST_CHECK Value kr_object_getattr(Thread *th, Value obj, Str *name);
/* obj.name, or KR_VALUE_NULL with NO exception when obj has no such
 * attribute (CPython's _PyObject_LookupAttr): for hasattr, getattr with a
 * default and every caller that would only clear the AttributeError.  The
 * slots krait installs skip building it; __getattr__ hooks still run.
 * KR_VALUE_NULL with an exception set is any other error. */
KR_MUST_CHECK Value kr_object_lookupattr(Thread *th, Value obj, Str *name);
/* The twin of getattr slot f that returns NULL without raising when the
 * attribute is missing (f itself for slots without one) (type.c). */
KrGetAttrFn kr_type_quiet_getattr(KrGetAttrFn f);
KR_MUST_CHECK int kr_object_setattr(Thread *th, Value obj, Str *name, Value value);
/* The generic __getattribute__ / __setattr__ (descriptors, instance dict). */
KR_MUST_CHECK Value kr_object_generic_getattr(Thread *th, Value obj, Str *name);
/* The same, NULL with no exception when the attribute is missing. */
KR_MUST_CHECK Value kr_object_generic_lookup(Thread *th, Value obj, Str *name);
KR_MUST_CHECK int kr_object_generic_setattr(Thread *th, Value obj, Str *name, Value value);
/* Method lookup for obj.name(...): when the attribute is a plain method
 * found on the type, *self_out = obj and the unbound function is returned
 * (no bound-method object is made); otherwise *self_out = NULL. */
KR_MUST_CHECK Value kr_object_getmethod(Thread *th, Value obj, Str *name, Value *self_out);
KR_MUST_CHECK Value kr_object_getitem(Thread *th, Value obj, Value key);
KR_MUST_CHECK int kr_object_setitem(Thread *th, Value obj, Value key, Value value);
KR_MUST_CHECK int kr_object_contains(Thread *th, Value container, Value item);
KR_MUST_CHECK int kr_object_len(Thread *th, Value v, int64_t *len);
/* operator.length_hint's answer: len(), __length_hint__, or dflt. */
KR_MUST_CHECK int kr_object_length_hint(Thread *th, Value v, int64_t dflt, int64_t *out);
KR_MUST_CHECK Value kr_object_iter(Thread *th, Value v);
/* The next item; KR_VALUE_NULL with no exception set when exhausted. */
KR_MUST_CHECK Value kr_object_next(Thread *th, Value it);
KR_MUST_CHECK Value kr_object_call(Thread *th, Value callable, const Value *args, size_t nargs,
                                   Tuple *kwnames);
/* isinstance(v, cls) with cls a type or a tuple of types: 1, 0, -1. */
KR_MUST_CHECK int kr_object_isinstance(Thread *th, Value v, Value cls);
/* issubclass's hook: base's metaclass __subclasscheck__(cls) if it has
 * one other than type's (*found true), as 1, 0 or -1. */
KR_MUST_CHECK int kr_object_issubclass_hook(Thread *th, Value cls, Value base, bool *found);
/* issubclass(derived, cls): tuples, unions, __subclasscheck__ and classes
 * that are any object with a tuple __bases__ (CPython's PyObject_IsSubclass). */
KR_MUST_CHECK int kr_object_issubclass(Thread *th, Value derived, Value cls);
/* The object's index (__index__) as an int Value. */
KR_MUST_CHECK Value kr_object_index(Thread *th, Value v);
/* Py_ReprEnter / Py_ReprLeave: a container's repr calls kr_repr_enter
 * first; 1 means its repr is already running further out (print "[...]"),
 * 0 entered (call kr_repr_leave on every way out), -1 error. */
KR_MUST_CHECK int kr_repr_enter(Thread *th, Value v);
void kr_repr_leave(Thread *th, Value v);
/* ---- instance storage (object.c) -----------------------------------------
 * A heap type's instance is its builtin base's layout followed by an
 * extension: the __slots__ values and the attribute dict.  These are the
 * one API the VM and the descriptors use to reach that extension. */

/* The builtin type whose layout t's instances start with (int, str, object...). */
Type *kr_type_builtin_base(Type *t);
/* Bytes the extension of o is moved by past the items of a variable-size
 * builtin (0 unless o's type has KR_TYPE_VAR_TAIL). */
size_t kr_object_ext_shift(const Obj *o);
/* Where obj keeps its attribute dict, or NULL if its type has none.  For
 * a shaped instance this is the dict-mode word of its InstAttrs (shape.h):
 * NULL while it is in shape mode.  Use the functions below instead. */
Dict **kr_object_dict_slot(Value obj);
/* obj's own attribute `name` (shape or dict), or KR_VALUE_NULL.  Never
 * raises. */
Value kr_object_attr_get(Value obj, Str *name);
/* Set (value) or delete (KR_VALUE_NULL) obj's own attribute: 0 done, 1 no
 * such attribute to delete (no error set), -1 error.  obj must have
 * attribute storage (kr_object_dict_slot non-NULL). */
KR_MUST_CHECK int kr_object_attr_store(Thread *th, Value obj, Str *name, Value value);
/* obj.__dict__: switches a shaped instance to dict mode (shape.h).  NULL
 * with no error if obj has no attribute storage. */
KR_MUST_CHECK Dict *kr_object_get_dict(Thread *th, Value obj);
/* The __dict__ / __weakref__ descriptors of classes (object.c). */
extern const MemberDef kr_object_dict_member, kr_object_weakref_member;
/* A zeroed instance of heap type t whose builtin part has var_bytes bytes
 * beyond the builtin's fixed size (0 for fixed-size builtins). */
KR_MUST_CHECK Obj *kr_object_alloc_sub(Thread *th, Type *t, size_t var_bytes);
/* A copy of the builtin instance `exact` (nbytes long) as an instance of
 * t, a subtype of its type: how immutable builtins honour subtypes. */
KR_MUST_CHECK Value kr_object_copy_as(Thread *th, Type *t, Value exact, size_t nbytes);

/* The self a builtin method of `owner` is called with: an instance of an
 * int subclass is passed to int's methods as the exact int it holds
 * (int.c reads ints as small or normalised big); anything else as is. */
KR_MUST_CHECK Value kr_object_builtin_self(Thread *th, Type *owner, Value self);

/* The slow paths of the attribute inline caches on shaped instances
 * (object.c explains the cache entries; vm/ops_attr.inc the fast paths).
 * `at` is the instruction's index in code.  For a class with the generic
 * __getattribute__, the get functions return KR_VALUE_NULL with no
 * exception when the attribute is not an instance field (or not a plain
 * method): the caller then takes the class-attribute cache (vm.c). */
typedef struct Code Code;
KR_MUST_CHECK Value kr_object_getattr_shaped(Thread *th, Code *code, uint32_t at, Value obj,
                                             Str *name);
KR_MUST_CHECK Value kr_object_getmethod_shaped(Thread *th, Code *code, uint32_t at, Value obj,
                                               Str *name, Value *self_out);
KR_MUST_CHECK int kr_object_setattr_shaped(Thread *th, Code *code, uint32_t at, Value obj,
                                           Str *name, Value value);
/* GET_ATTR / LOAD_METHOD on a class object (type.c): cls.name, filling the
 * site's entry (cls | 3, type_epoch) with what the class's MRO holds when
 * that is the answer (no metatype data descriptor, not a special attribute
 * such as __name__); a hit applies kr_object_class_get to it. */
#define KR_CLASS_KEY(cls) ((uint64_t)(uintptr_t)(cls) | 3)
KR_MUST_CHECK Value kr_type_getattr_site(Thread *th, Code *code, uint32_t at, Value cls,
                                         Str *name);
/* After a hit's kr_object_class_get failed: the metatype's __getattr__
 * when it has one and the error is an AttributeError, else NULL. */
KR_MUST_CHECK Value kr_type_class_get_failed(Thread *th, Value cls, Str *name);
/* The site's inline cache at index at, made on first use; NULL when out
 * of memory (a missed optimisation, not an error). */
struct InlineCache *kr_object_cache_at(Code *code, uint32_t at);
/* obj.name where the class holds d for name and obj does not: d's __get__
 * or d itself (a class-attribute cache hit). */
KR_MUST_CHECK Value kr_object_class_attr(Thread *th, Value d, Value obj);
/* cls.name where cls's MRO holds d: d's __get__(None, cls) or d itself. */
static inline Value kr_object_class_get(Thread *th, Value d, Value cls)
{
    KrDescrGetFn get = kr_type_of(d)->descr_get;
    return get ? get(th, d, KR_VALUE_NULL, cls) : d;
}

/* Type name for messages: "int", "NoneType", "MyClass". */
const char *kr_type_name(Value v);

/* a OP b for two machine integers (op: KR_LT .. KR_GE). */
static inline bool kr_cmp_i64(int64_t x, int64_t y, int op)
{
    switch (op) {
    case KR_LT: return x < y;
    case KR_LE: return x <= y;
    case KR_EQ: return x == y;
    case KR_NE: return x != y;
    case KR_GT: return x > y;
    default: return x >= y;
    }
}

/* How an argument's type is named in "argument must be str, not X"
 * (CPython's _PyArg_BadArgument): None is "None", not "NoneType". */
static inline const char *kr_arg_type_name(Value v)
{
    return v == KR_NONE ? "None" : kr_type_name(v);
}

#endif
