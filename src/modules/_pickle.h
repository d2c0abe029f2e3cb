/*
 * _pickle.h -- what the two halves of the _pickle module share: the
 * opcodes of protocols 0-5 (pickletools.py documents each), the module's
 * exception types and PickleBuffer, and small helpers.
 *
 * _pickle.c is the module, the Pickler and PickleBuffer; _pickle_load.c
 * is the Unpickler.  Both follow CPython 3.11's Modules/_pickle.c in
 * behaviour and error messages; neither keeps C globals beyond the
 * static type objects.
 */
#ifndef KR_MOD_PICKLE_H
#define KR_MOD_PICKLE_H

#include "objects/object.h"

enum {
    OP_MARK = '(', OP_STOP = '.', OP_POP = '0', OP_POP_MARK = '1', OP_DUP = '2',
    OP_FLOAT = 'F', OP_INT = 'I', OP_BININT = 'J', OP_BININT1 = 'K', OP_LONG = 'L',
    OP_BININT2 = 'M', OP_NONE = 'N', OP_PERSID = 'P', OP_BINPERSID = 'Q', OP_REDUCE = 'R',
    OP_STRING = 'S', OP_BINSTRING = 'T', OP_SHORT_BINSTRING = 'U', OP_UNICODE = 'V',
    OP_BINUNICODE = 'X', OP_APPEND = 'a', OP_BUILD = 'b', OP_GLOBAL = 'c', OP_DICT = 'd',
    OP_EMPTY_DICT = '}', OP_APPENDS = 'e', OP_GET = 'g', OP_BINGET = 'h', OP_INST = 'i',
    OP_LONG_BINGET = 'j', OP_LIST = 'l', OP_EMPTY_LIST = ']', OP_OBJ = 'o', OP_PUT = 'p',
    OP_BINPUT = 'q', OP_LONG_BINPUT = 'r', OP_SETITEM = 's', OP_TUPLE = 't',
    OP_EMPTY_TUPLE = ')', OP_SETITEMS = 'u', OP_BINFLOAT = 'G',
    /* protocol 2 */
    OP_PROTO = 0x80, OP_NEWOBJ = 0x81, OP_EXT1 = 0x82, OP_EXT2 = 0x83, OP_EXT4 = 0x84,
    OP_TUPLE1 = 0x85, OP_TUPLE2 = 0x86, OP_TUPLE3 = 0x87, OP_NEWTRUE = 0x88,
    OP_NEWFALSE = 0x89, OP_LONG1 = 0x8a, OP_LONG4 = 0x8b,
    /* protocol 3 */
    OP_BINBYTES = 'B', OP_SHORT_BINBYTES = 'C',
    /* protocol 4 */
    OP_SHORT_BINUNICODE = 0x8c, OP_BINUNICODE8 = 0x8d, OP_BINBYTES8 = 0x8e,
    OP_EMPTY_SET = 0x8f, OP_ADDITEMS = 0x90, OP_FROZENSET = 0x91, OP_NEWOBJ_EX = 0x92,
    OP_STACK_GLOBAL = 0x93, OP_MEMOIZE = 0x94, OP_FRAME = 0x95,
    /* protocol 5 */
    OP_BYTEARRAY8 = 0x96, OP_NEXT_BUFFER = 0x97, OP_READONLY_BUFFER = 0x98,
};

enum { PICKLE_HIGHEST_PROTOCOL = 5, PICKLE_DEFAULT_PROTOCOL = 4 };

extern Type kr_pickle_error_type, kr_pickle_picklingerror_type, kr_pickle_unpicklingerror_type;
extern Type kr_pickle_buffer_type, kr_pickle_unpickler_type;

/* A PickleBuffer: a view of a bytes-like object (bytes, bytearray or a
 * memoryview of one); obj is KR_VALUE_NULL once released. */
typedef struct PickleBuffer {
    Obj hdr;
    Value obj;
} PickleBuffer;

/* module.attr for an importable module (copyreg, _compat_pickle, ...). */
KR_MUST_CHECK Value kr_mod__pickle_module_attr(Thread *th, const char *module, const char *attr);
/* getattr(obj, name) with a missing attribute as *out = NULL and 0 (no
 * error): CPython's _PyObject_LookupAttr.  -1 on other errors. */
KR_MUST_CHECK int kr_mod__pickle_lookup_attr(Thread *th, Value obj, const char *name, Value *out);
/* Split a dotted name and refuse '<locals>' parts (get_dotted_path). */
KR_MUST_CHECK Value kr_mod__pickle_dotted_path(Thread *th, Value obj, Str *name);
/* Walk the attributes of a dotted path list from obj; *parent (may be
 * NULL) receives the last object walked from. */
KR_MUST_CHECK Value kr_mod__pickle_deep_attr(Thread *th, Value obj, Value path, Value *parent);

/* The Unpickler's module functions (_pickle_load.c). */
KR_MUST_CHECK Value kr_mod__pickle_load(Thread *th, Value self, const Value *args, size_t nargs,
                                        Tuple *kw);
KR_MUST_CHECK Value kr_mod__pickle_loads(Thread *th, Value self, const Value *args, size_t nargs,
                                         Tuple *kw);
KR_MUST_CHECK int kr_mod__pickle_load_init(Thread *th);

#endif
