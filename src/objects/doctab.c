/*
 * doctab.c -- documentation tables for builtins (see doctab.h).
 *
 * inspect.signature() of a builtin reads its __text_signature__; CPython
 * keeps that line at the head of the C docstring ("name(sig)\n--\n\n").
 * krait's MethodDefs carry the signature separately (MethodDef.sig); what
 * has no definition of its own to carry it -- the dunders made from slots,
 * the builtin types' constructors -- is described here.  The signature
 * texts are CPython 3.11's exactly (inspect parses them, and programs
 * compare them); the slot docstrings say what the dunder does.
 */
#include "objects/doctab.h"

#include <string.h>

typedef struct SlotDoc {
    const char *name, *sig, *doc;
} SlotDoc;

#define SELF "($self, /)"
#define VALUE "($self, value, /)"

static const SlotDoc slot_docs[] = {
    {"__repr__", SELF, "Return repr(self)."},
    {"__str__", SELF, "Return str(self)."},
    {"__hash__", SELF, "Return hash(self)."},
    {"__call__", "($self, /, *args, **kwargs)", "Call self as a function."},
    {"__getattribute__", "($self, name, /)", "Return getattr(self, name)."},
    {"__setattr__", "($self, name, value, /)", "Implement setattr(self, name, value)."},
    {"__delattr__", "($self, name, /)", "Implement delattr(self, name)."},
    {"__lt__", VALUE, "Return self<value."},
    {"__le__", VALUE, "Return self<=value."},
    {"__eq__", VALUE, "Return self==value."},
    {"__ne__", VALUE, "Return self!=value."},
    {"__gt__", VALUE, "Return self>value."},
    {"__ge__", VALUE, "Return self>=value."},
    {"__iter__", SELF, "Implement iter(self)."},
    {"__next__", SELF, "Implement next(self)."},
    {"__get__", "($self, instance, owner=None, /)",
     "Return an attribute of instance, which is of type owner."},
    {"__set__", "($self, instance, value, /)", "Set an attribute of instance to value."},
    {"__delete__", "($self, instance, /)", "Delete an attribute of instance."},
    {"__init__", "($self, /, *args, **kwargs)",
     "Initialize self.  See help(type(self)) for accurate signature."},
    {"__add__", VALUE, "Return self+value."},
    {"__radd__", VALUE, "Return value+self."},
    {"__iadd__", VALUE, "Return self+=value."},
    {"__sub__", VALUE, "Return self-value."},
    {"__rsub__", VALUE, "Return value-self."},
    {"__isub__", VALUE, "Return self-=value."},
    {"__mul__", VALUE, "Return self*value."},
    {"__rmul__", VALUE, "Return value*self."},
    {"__imul__", VALUE, "Return self*=value."},
    {"__mod__", VALUE, "Return self%value."},
    {"__rmod__", VALUE, "Return value%self."},
    {"__imod__", VALUE, "Return self%=value."},
    {"__divmod__", VALUE, "Return divmod(self, value)."},
    {"__rdivmod__", VALUE, "Return divmod(value, self)."},
    {"__pow__", "($self, value, mod=None, /)", "Return pow(self, value, mod)."},
    {"__rpow__", "($self, value, mod=None, /)", "Return pow(value, self, mod)."},
    {"__ipow__", VALUE, "Return self**=value."},
    {"__neg__", SELF, "-self"},
    {"__pos__", SELF, "+self"},
    {"__abs__", SELF, "abs(self)"},
    {"__bool__", SELF, "True if self else False"},
    {"__invert__", SELF, "~self"},
    {"__lshift__", VALUE, "Return self<<value."},
    {"__rlshift__", VALUE, "Return value<<self."},
    {"__ilshift__", VALUE, "Return self<<=value."},
    {"__rshift__", VALUE, "Return self>>value."},
    {"__rrshift__", VALUE, "Return value>>self."},
    {"__irshift__", VALUE, "Return self>>=value."},
    {"__and__", VALUE, "Return self&value."},
    {"__rand__", VALUE, "Return value&self."},
    {"__iand__", VALUE, "Return self&=value."},
    {"__xor__", VALUE, "Return self^value."},
    {"__rxor__", VALUE, "Return value^self."},
    {"__ixor__", VALUE, "Return self^=value."},
    {"__or__", VALUE, "Return self|value."},
    {"__ror__", VALUE, "Return value|self."},
    {"__ior__", VALUE, "Return self|=value."},
    {"__int__", SELF, "int(self)"},
    {"__float__", SELF, "float(self)"},
    {"__floordiv__", VALUE, "Return self//value."},
    {"__rfloordiv__", VALUE, "Return value//self."},
    {"__ifloordiv__", VALUE, "Return self//=value."},
    {"__truediv__", VALUE, "Return self/value."},
    {"__rtruediv__", VALUE, "Return value/self."},
    {"__itruediv__", VALUE, "Return self/=value."},
    {"__index__", SELF,
     "Return self converted to an integer, if self is suitable for use as an index into a list."},
    {"__matmul__", VALUE, "Return self@value."},
    {"__rmatmul__", VALUE, "Return value@self."},
    {"__imatmul__", VALUE, "Return self@=value."},
    {"__len__", SELF, "Return len(self)."},
    {"__getitem__", "($self, key, /)", "Return self[key]."},
    {"__setitem__", "($self, key, value, /)", "Set self[key] to value."},
    {"__delitem__", "($self, key, /)", "Delete self[key]."},
    {"__contains__", "($self, key, /)", "Return key in self."},
    {"__await__", SELF, "Return an iterator to be used in await expression."},
    {"__aiter__", SELF, "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", SELF, "Return a value or raise StopAsyncIteration."},
    {"__del__", SELF, "Called when the instance is about to be destroyed."},
};

bool kr_doctab_slot(const Type *owner, const char *name, const char **sig, const char **doc)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(slot_docs); i++) {
        if (strcmp(slot_docs[i].name, name) != 0)
            continue;
        *sig = slot_docs[i].sig;
        *doc = slot_docs[i].doc;
        /* a sequence's in-place concatenation and repetition (list +=) are
         * its own slots in CPython, documented as such */
        if (owner && (owner->flags & KR_TYPE_SEQ_CONCAT)) {
            if (strcmp(name, "__iadd__") == 0)
                *doc = "Implement self+=value.";
            else if (strcmp(name, "__imul__") == 0)
                *doc = "Implement self*=value.";
        }
        return true;
    }
    return false;
}

/* ---- constructors of builtin types ------------------------------------------------ */

typedef struct TypeSig {
    const char *type, *sig;       /* the type's tp_name */
} TypeSig;

static const TypeSig type_sigs[] = {
    {"object", "()"},
    {"complex", "(real=0, imag=0)"},
    {"enumerate", "(iterable, start=0)"},
    {"float", "(x=0, /)"},
    {"list", "(iterable=(), /)"},
    {"tuple", "(iterable=(), /)"},
    {"memoryview", "(object)"},
    {"property", "(fget=None, fset=None, fdel=None, doc=None)"},
    {"reversed", "(sequence, /)"},
    {"cell", "([contents])"},
    {"function", "(code, globals, name=None, argdefs=None, closure=None)"},
    {"method", "(function, instance, /)"},
    {"module", "(name, doc=None)"},
    {"code",
     "(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,\n"
     "     flags, codestring, constants, names, varnames, filename, name,\n"
     "     qualname, firstlineno, linetable, exceptiontable, freevars=(),\n"
     "     cellvars=(), /)"},
    {"_io.BufferedRWPair", "(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)"},
    {"_io.BufferedRandom", "(raw, buffer_size=DEFAULT_BUFFER_SIZE)"},
    {"_io.BufferedReader", "(raw, buffer_size=DEFAULT_BUFFER_SIZE)"},
    {"_io.BufferedWriter", "(raw, buffer_size=DEFAULT_BUFFER_SIZE)"},
    {"_io.BytesIO", "(initial_bytes=b'')"},
    {"_io.FileIO", "(file, mode='r', closefd=True, opener=None)"},
    {"_io.IncrementalNewlineDecoder", "(decoder, translate, errors='strict')"},
    {"_io.StringIO", "(initial_value='', newline='\\n')"},
    {"_pickle.Pickler", "(file, protocol=None, fix_imports=True, buffer_callback=None)"},
    {"_pickle.Unpickler",
     "(file, *, fix_imports=True, encoding='ASCII', errors='strict',\n          buffers=())"},
    {"_asyncio.Future", "(*, loop=None)"},
    {"_asyncio.Task", "(coro, *, loop=None, name=None, context=None)"},
    {"itertools._tee", "(iterable, /)"},
    {"itertools.accumulate", "(iterable, func=None, *, initial=None)"},
    {"itertools.combinations", "(iterable, r)"},
    {"itertools.combinations_with_replacement", "(iterable, r)"},
    {"itertools.compress", "(data, selectors)"},
    {"itertools.count", "(start=0, step=1)"},
    {"itertools.cycle", "(iterable, /)"},
    {"itertools.dropwhile", "(predicate, iterable, /)"},
    {"itertools.filterfalse", "(function, iterable, /)"},
    {"itertools.groupby", "(iterable, key=None)"},
    {"itertools.pairwise", "(iterable, /)"},
    {"itertools.permutations", "(iterable, r=None)"},
    {"itertools.starmap", "(function, iterable, /)"},
    {"itertools.takewhile", "(predicate, iterable, /)"},
};

const char *kr_doctab_type_sig(const Type *t)
{
    if (t->flags & KR_TYPE_HEAP)
        return NULL;
    for (size_t i = 0; i < KR_ARRAY_LEN(type_sigs); i++)
        if (strcmp(type_sigs[i].type, t->name) == 0)
            return type_sigs[i].sig;
    return NULL;
}

/* ---- docstrings of builtins whose definitions carry none -------------------------- */

typedef struct Doc {
    const char *owner, *name, *doc;
} Doc;

static const Doc docs[] = {
    {"builtins", "__build_class__", "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
                                    "Internal helper function used by the class statement."},
    {"builtins", "__import__", "Import a module.\n\nThe import statement calls this function; "
                               "importlib.import_module() is the one to call from programs."},
    {"builtins", "abs", "Return the absolute value of the argument."},
    {"builtins", "aiter", "Return an AsyncIterator for an AsyncIterable object."},
    {"builtins", "all", "Return True if bool(x) is True for all values x in the iterable.\n\n"
                        "If the iterable is empty, return True."},
    {"builtins", "anext", "anext(aiterator[, default])\n\n"
                          "Return the next item from the async iterator.  If default is given "
                          "and the async\niterator is exhausted, it is returned instead of "
                          "raising StopAsyncIteration."},
    {"builtins", "any", "Return True if bool(x) is True for any x in the iterable.\n\n"
                        "If the iterable is empty, return False."},
    {"builtins", "ascii", "Return an ASCII-only representation of an object.\n\n"
                          "As repr(), but non-ASCII characters are escaped with \\x, \\u or \\U."},
    {"builtins", "breakpoint", "breakpoint(*args, **kws)\n\n"
                               "Call sys.breakpointhook(*args, **kws), which by default "
                               "enters the pdb debugger."},
    {"builtins", "callable", "Return whether the object is callable (i.e., some kind of function).\n\n"
                             "Classes are callable, as are instances of classes with a __call__() method."},
    {"builtins", "chr", "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"builtins", "compile", "Compile source into a code object that can be executed by exec() or eval()."},
    {"builtins", "delattr", "Deletes the named attribute from the given object.\n\n"
                            "delattr(x, 'y') is equivalent to ``del x.y``"},
    {"builtins", "dir", "dir([object]) -> list of strings\n\n"
                        "Without arguments, the names in the current scope; with one, "
                        "the attributes of the object, sorted."},
    {"builtins", "divmod", "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"builtins", "eval", "Evaluate the given source in the context of globals and locals."},
    {"builtins", "exec", "Execute the given source in the context of globals and locals."},
    {"builtins", "format", "Return type(value).__format__(value, format_spec)"},
    {"builtins", "getattr", "getattr(object, name[, default]) -> value\n\n"
                            "Get a named attribute from an object; getattr(x, 'y') is "
                            "equivalent to x.y."},
    {"builtins", "globals", "Return the dictionary containing the current scope's global variables."},
    {"builtins", "hasattr", "Return whether the object has an attribute with the given name."},
    {"builtins", "hash", "Return the hash value for the given object."},
    {"builtins", "id", "Return the identity of an object."},
    {"builtins", "input", "Read a string from standard input.  The trailing newline is stripped."},
    {"builtins", "isinstance", "Return whether an object is an instance of a class or of a subclass thereof."},
    {"builtins", "issubclass", "Return whether 'cls' is derived from another class or is the same class."},
    {"builtins", "iter", "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\n"
                         "Get an iterator from an object."},
    {"builtins", "len", "Return the number of items in a container."},
    {"builtins", "locals", "Return a dictionary containing the current scope's local variables."},
    {"builtins", "max", "max(iterable, *[, default=obj, key=func]) -> value\n"
                        "max(arg1, arg2, *args, *[, key=func]) -> value\n\n"
                        "With a single iterable argument, return its biggest item."},
    {"builtins", "min", "min(iterable, *[, default=obj, key=func]) -> value\n"
                        "min(arg1, arg2, *args, *[, key=func]) -> value\n\n"
                        "With a single iterable argument, return its smallest item."},
    {"builtins", "next", "next(iterator[, default])\n\n"
                         "Return the next item from the iterator."},
    {"builtins", "open", "Open file and return a stream.  Raise OSError upon failure."},
    {"builtins", "ord", "Return the Unicode code point for a one-character string."},
    {"builtins", "pow", "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"builtins", "print", "Prints the values to a stream, or to sys.stdout by default."},
    {"builtins", "repr", "Return the canonical string representation of the object.\n\n"
                         "For many object types, including most builtins, eval(repr(obj)) == obj."},
    {"builtins", "round", "Round a number to a given precision in decimal digits."},
    {"builtins", "setattr", "Sets the named attribute on the given object to the specified value.\n\n"
                            "setattr(x, 'y', v) is equivalent to ``x.y = v``"},
    {"builtins", "sorted", "Return a new list containing all items from the iterable in ascending order."},
    {"builtins", "sum", "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"builtins", "vars", "vars([object]) -> dictionary\n\n"
                         "Without arguments, equivalent to locals().\n"
                         "With an argument, equivalent to object.__dict__."},
};

const char *kr_doctab_doc(const char *owner, const char *name)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(docs); i++)
        if (strcmp(docs[i].name, name) == 0 && strcmp(docs[i].owner, owner) == 0)
            return docs[i].doc;
    return NULL;
}

const char *kr_doctab_sig_from_doc(const char *type_name, const char *doc, size_t *len)
{
    const char *dot = strrchr(type_name, '.');
    const char *name = dot ? dot + 1 : type_name;
    size_t n = strlen(name);
    if (strncmp(doc, name, n) != 0 || doc[n] != '(')
        return NULL;
    const char *end = strstr(doc + n, ")\n--\n\n");
    if (!end)
        return NULL;
    *len = (size_t)(end + 1 - (doc + n));
    return doc + n;
}
