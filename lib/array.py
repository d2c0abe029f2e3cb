"""array -- krait's array module, in Python (CPython's is Modules/arraymodule.c).

An array keeps its items in a list, each already converted to what the
typecode can hold (ints range-checked, floats rounded through struct for
'f'), and packs them with struct when bytes are wanted.  krait has no
buffer protocol for Python classes, so `bytes(a)`, `int.from_bytes(a)` and
`b"".join` see an array through __bytes__ or iteration of its item values
rather than through its memory; memoryview(a) is not supported
(docs/differences.md).
"""
import struct as _struct

typecodes = "bBuhHiIlLqQfd"

# typecode -> (struct format, minimum, maximum, CPython's name in range errors)
_INT_CODES = {
    "b": ("b", -128, 127, "signed char"),
    "B": ("B", 0, 255, "unsigned byte integer"),
    "h": ("h", -(1 << 15), (1 << 15) - 1, "signed short integer"),
    "H": ("H", 0, (1 << 16) - 1, "unsigned short"),
    "i": ("i", -(1 << 31), (1 << 31) - 1, "signed integer"),
    "I": ("I", 0, (1 << 32) - 1, "unsigned int"),
    "l": ("l", -(1 << 63), (1 << 63) - 1, "signed long integer"),
    "L": ("L", 0, (1 << 64) - 1, "unsigned long"),
    "q": ("q", -(1 << 63), (1 << 63) - 1, "signed long long integer"),
    "Q": ("Q", 0, (1 << 64) - 1, "unsigned long long"),
}
_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
          "q": 8, "Q": 8, "f": 4, "d": 8}


def _index(v):
    try:
        index = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return index(v)


def _convert(tc, v):
    """v as the typecode stores it, or the exception CPython raises."""
    if tc in _INT_CODES:
        _, lo, hi, name = _INT_CODES[tc]
        if not isinstance(v, int):
            v = _index(v)
        v = int(v)
        if v < lo:
            raise OverflowError("%s is less than minimum" % name)
        if v > hi:
            raise OverflowError("%s is greater than maximum" % name)
        return v
    if tc == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if not isinstance(v, (int, float)):
        try:
            v = v.__float__()
        except AttributeError:
            raise TypeError("must be real number, not %s" % type(v).__name__) from None
    v = float(v)
    if tc == "f":
        v = _struct.unpack("f", _struct.pack("f", v))[0]
    return v


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type."""

    __slots__ = ("_tc", "_items", "__weakref__")

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, array):
            if typecode == "u" and initializer._tc != "u":
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '%s'" % typecode)
            self._items = [_convert(typecode, v) for v in initializer._items]
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        else:
            self.extend(initializer)
        return self

    # -- attributes --------------------------------------------------------
    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def buffer_info(self):
        return (id(self), len(self._items))

    # -- conversions -------------------------------------------------------
    def _fmt(self, n):
        if self._tc == "u":
            return "%dI" % n
        return "%d%s" % (n, _INT_CODES[self._tc][0] if self._tc in _INT_CODES else self._tc)

    def tobytes(self):
        items = self._items
        if self._tc == "u":
            items = [ord(c) for c in items]
        return _struct.pack(self._fmt(len(items)), *items)

    def __bytes__(self):
        return self.tobytes()

    def frombytes(self, buffer, /):
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(buffer)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        n = len(data) // size
        vals = _struct.unpack(self._fmt(n), data)
        if self._tc == "u":
            vals = [chr(c) for c in vals]
        self._items.extend(vals)

    def tolist(self):
        return list(self._items)

    def fromlist(self, list, /):
        if not isinstance(list, type([])):
            raise TypeError("arg must be list")
        new = [_convert(self._tc, v) for v in list]
        self._items.extend(new)

    def tounicode(self):
        if self._tc != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, ustr, /):
        if not isinstance(ustr, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(ustr).__name__)
        if self._tc != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(ustr)

    def tofile(self, f, /):
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        if not isinstance(n, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
        if n < 0:
            raise ValueError("negative count")
        want = n * self.itemsize
        data = f.read(want)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) - len(data) % self.itemsize
        self.frombytes(data[:whole])
        if len(data) != want:
            raise EOFError("read() didn't return enough bytes")

    # -- list-like methods -------------------------------------------------
    def append(self, v, /):
        self._items.append(_convert(self._tc, v))

    def extend(self, bb, /):
        if isinstance(bb, array):
            if bb._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(bb._items)
            return
        new = [_convert(self._tc, v) for v in bb]
        self._items.extend(new)

    def insert(self, i, v, /):
        self._items.insert(i, _convert(self._tc, v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None, /):
        n = len(self._items)
        stop = n if stop is None else stop
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v, /):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    # -- sequence protocol -------------------------------------------------
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._tc)
            r._items = self._items[i]
            return r
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = list(v._items)
            return
        v = _convert(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        r = array(self._tc)
        r._items = self._items + other._items
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError("can only extend with array of same kind")
        self._items += other._items
        return self

    def __mul__(self, n):
        r = array(self._tc)
        r._items = self._items * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._tc)
        if self._tc == "u":
            return "%s('u', %r)" % (name, "".join(self._items))
        return "%s('%s', %r)" % (name, self._tc, self._items)

    def __copy__(self):
        r = array(self._tc)
        r._items = list(self._items)
        return r

    def __deepcopy__(self, memo, /):
        return self.__copy__()

    def __reduce_ex__(self, protocol, /):
        d = getattr(self, "__dict__", None)
        items = "".join(self._items) if self._tc == "u" else list(self._items)
        return (type(self), (self._tc, items), d)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


array.__module__ = "array"
ArrayType = array

try:
    from collections.abc import MutableSequence as _MS
    _MS.register(array)
    del _MS
except ImportError:
    pass
