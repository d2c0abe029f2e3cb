"""_ctypes for krait: the type machinery of ctypes in Python, over the
memory, dynamic-linker and libffi primitives of _ctypes_native
(src/modules/_ctypes.c, _ctypes_ffi.c).

Every instance is a _CData (native): its bytes are raw memory at an
address, owned (an atomic block, _b_needsfree_) or borrowed from a base
instance (_b_base_, at index _kr_index) or from the program.  Objects the
bytes refer to are kept alive in _objects of the root instance, under
CPython's keys ("1", "0:2", ...), since raw memory is never scanned.

Each ctypes type carries its storage information as class attributes:
_kr_size, _kr_align, _kr_ffi (a libffi descriptor: a letter or an FfiType),
_kr_length (fields of a structure, items of an array: 0 for simple types),
and for simple types _kr_code and _kr_swap (byte order opposite to the
machine's, for ctypes._endian).
"""

import _ctypes_native as _n
from _ctypes_native import _CData

__version__ = "1.1.0"

RTLD_LOCAL = _n.RTLD_LOCAL
RTLD_GLOBAL = _n.RTLD_GLOBAL
SIZEOF_TIME_T = _n.SIZEOF_TIME_T
FUNCFLAG_CDECL = 0x1
FUNCFLAG_HRESULT = 0x2
FUNCFLAG_PYTHONAPI = 0x4
FUNCFLAG_USE_ERRNO = 0x8
FUNCFLAG_USE_LASTERROR = 0x10
CTYPES_MAX_ARGCOUNT = 1024

get_errno = _n.get_errno
set_errno = _n.set_errno
_object_new = object.__new__
_addr = _n.addr
_peek_int = _n.peek_int
_poke_int = _n.poke_int
_peek_float = _n.peek_float
_poke_float = _n.poke_float
_DEFAULT = object()


class ArgumentError(Exception):
    pass


ArgumentError.__module__ = "ctypes"

_pointer_type_cache = {}
_array_type_cache = {}

# code: (size, alignment)
_LD = _n.SIZEOF_LONG_DOUBLE
_SIMPLE = {
    "c": (1, 1), "b": (1, 1), "B": (1, 1), "h": (2, 2), "H": (2, 2),
    "i": (4, 4), "I": (4, 4), "l": (8, 8), "L": (8, 8), "q": (8, 8), "Q": (8, 8),
    "f": (4, 4), "d": (8, 8), "g": (_LD, _n.ALIGNOF_LONG_DOUBLE), "?": (1, 1),
    "u": (4, 4), "z": (8, 8), "Z": (8, 8), "P": (8, 8), "O": (8, 8), "v": (2, 2),
}
_SIMPLE_TYPE_CHARS = "cbBhHiIlLdfuzZqQPXOv?g"
# PEP 3118 names a C long by its size
_FORMAT_CODES = {"l": "q", "L": "Q"}


def _set_format(cls, fmt, shape=(), itemsize=None):
    """A type's buffer description (read by _CData's getbuffer in C)."""
    type.__setattr__(cls, "_kr_fmt", fmt)
    type.__setattr__(cls, "_kr_shape", shape)
    type.__setattr__(cls, "_kr_itemsize", cls._kr_size if itemsize is None else itemsize)


def _field_format(t):
    """How a member of type t is written in a structure's format."""
    fmt = getattr(t, "_kr_fmt", "B")
    if isinstance(t, PyCArrayType):
        return "(%s)%s" % (",".join(map(str, t._kr_shape)), fmt)
    return fmt
_SIGNED = "bhilq"
_UNSIGNED = "BHILQ"
_SWAPPABLE = "hHiIlLqQfd"


def _stg(t):
    """The size of a ctypes type, or None for anything else."""
    if isinstance(t, type):
        return getattr(t, "_kr_size", None)
    return None


def _new(cls):
    """A zeroed instance of cls owning its bytes (no __init__)."""
    self = _object_new(cls)
    _n.alloc(self, cls._kr_size)
    return self


def _at(cls, addr, base=None, index=0):
    """An instance of cls whose bytes are at addr (base's, if given)."""
    self = _object_new(cls)
    _n.bind(self, addr, cls._kr_size, base, index)
    return self


def _root(obj):
    while obj._b_base_ is not None:
        obj = obj._b_base_
    return obj


def _unique_key(obj, index):
    """The index, then the index of each base in turn, in hex (as C ints)."""
    key = "%x" % (index & 0xFFFFFFFF)
    while obj._b_base_ is not None:
        key += ":%x" % (_n.index(obj) & 0xFFFFFFFF)
        obj = obj._b_base_
    return key


def _container(obj):
    root = _root(obj)
    if root._objects is None and type(root)._kr_length:
        _n.set_objects(root, {})
    return root


def _keep(obj, index, keep):
    """CPython's KeepRef: what obj's bytes refer to, kept by its root."""
    if keep is None:
        return
    root = _container(obj)
    objs = root._objects
    if type(objs) is not dict:
        _n.set_objects(root, keep)
        return
    objs[_unique_key(obj, index)] = keep


def _kept(obj):
    """GetKeepedObjects: the root's _objects."""
    return _container(obj)._objects


# ---- conversions of the simple codes -----------------------------------------

def _index(v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None


def _real(v):
    if isinstance(v, (int, float)):
        return float(v)
    t = type(v)
    if hasattr(t, "__float__") or hasattr(t, "__index__"):
        return float(v)
    raise TypeError("must be real number, not %s" % t.__name__)


def _utf32z(s):
    return s.encode("utf-32-le", "surrogatepass") + b"\0\0\0\0"


def _getv(code, addr, swap=False, lo=0, nbits=0):
    if code in _SIGNED:
        return _n.peek_int(addr, _SIMPLE[code][0], True, swap, lo, nbits)
    if code in _UNSIGNED:
        return _n.peek_int(addr, _SIMPLE[code][0], False, swap, lo, nbits)
    if code in "fdg":
        return _n.peek_float(addr, _SIMPLE[code][0], swap)
    if code == "?":
        return bool(_n.peek_int(addr, 1, False, False, lo, nbits))
    if code == "v":
        return bool(_n.peek_int(addr, 2, True, swap))
    if code == "c":
        return _n.read(addr, 1)
    if code == "u":
        return chr(_n.peek_int(addr, 4, False, False))
    if code == "O":
        return _n.peek_obj(addr)
    p = _n.peek_int(addr, 8, False, False)
    if code == "P":
        return p or None
    if not p:
        return None
    return _n.read(p, -1) if code == "z" else _n.wread(p, -1)


def _setv(code, addr, value, swap=False, lo=0, nbits=0):
    """Store value at addr as code; returns what must be kept alive."""
    if code in _SIGNED or code in _UNSIGNED:
        _n.poke_int(addr, _SIMPLE[code][0], _index(value), swap, lo, nbits)
        return None
    if code in "fdg":
        _n.poke_float(addr, _SIMPLE[code][0], _real(value), swap)
        return None
    if code == "?":
        _n.poke_int(addr, 1, 1 if value else 0, False, lo, nbits)
        return None
    if code == "v":
        _n.poke_int(addr, 2, -1 if value else 0, swap)
        return None
    if code == "c":
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            _n.poke_int(addr, 1, value[0], False)
            return None
        if isinstance(value, int) and 0 <= value < 256:
            _n.poke_int(addr, 1, value, False)
            return None
        raise TypeError("one character bytes, bytearray or integer expected")
    if code == "u":
        if not isinstance(value, str):
            raise TypeError("unicode string expected instead of %s instance"
                            % type(value).__name__)
        if len(value) != 1:
            raise TypeError("one character unicode string expected")
        _n.poke_int(addr, 4, ord(value), False)
        return None
    if code == "O":
        _n.poke_obj(addr, value)
        return value
    if value is None:
        _n.poke_int(addr, 8, 0, False)
        return None
    if code == "z":
        if isinstance(value, bytes):
            _n.poke_int(addr, 8, _n.data_addr(value), False)
            return value
        if isinstance(value, int):
            _n.poke_int(addr, 8, value, False)
            return None
        raise TypeError("bytes or integer address expected instead of %s instance"
                        % type(value).__name__)
    if code == "Z":
        if isinstance(value, str):
            buf = _utf32z(value)
            _n.poke_int(addr, 8, _n.data_addr(buf), False)
            return buf
        if isinstance(value, int):
            _n.poke_int(addr, 8, value, False)
            return None
        raise TypeError("unicode string or integer address expected instead of %s instance"
                        % type(value).__name__)
    # P
    if isinstance(value, int):
        _n.poke_int(addr, 8, value, False)
        return None
    raise TypeError("cannot be converted to pointer")


# ---- the common metaclass behaviour ---------------------------------------------

class _CDataType(type):
    """What every ctypes metaclass gives its classes (CDataType_methods)."""

    def from_address(cls, address):
        _check_complete(cls)
        if not isinstance(address, int):
            raise TypeError("integer expected")
        return _at(cls, address)

    def from_buffer(cls, obj, offset=0):
        _check_complete(cls)
        _n.buffer(obj, False)
        obj = memoryview(obj)
        if obj.readonly:
            raise TypeError("underlying buffer is not writable")
        if not obj.c_contiguous:
            raise TypeError("underlying buffer is not C contiguous")
        addr, length = _n.buffer(obj, True)
        if offset < 0:
            raise ValueError("offset cannot be negative")
        if cls._kr_size > length - offset:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                             % (length, cls._kr_size + offset))
        self = _at(cls, addr + offset)
        _keep(self, -1, obj)
        return self

    def from_buffer_copy(cls, obj, offset=0):
        _check_complete(cls)
        addr, length = _n.buffer(obj, False)
        if offset < 0:
            raise ValueError("offset cannot be negative")
        if cls._kr_size > length - offset:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                             % (length, cls._kr_size + offset))
        self = _new(cls)
        _n.memmove(_addr(self), addr + offset, cls._kr_size)
        return self

    def in_dll(cls, dll, name):
        handle = dll._handle
        try:
            addr = _n.dlsym(handle, name)
        except AttributeError as e:
            raise ValueError(str(e)) from None
        return cls.from_address(addr)

    def from_param(cls, value):
        return _cdata_from_param(cls, value)

    def __mul__(cls, length):
        if not isinstance(length, int):
            return NotImplemented
        if length < 0:
            raise ValueError("Array length must be >= 0, not %d" % length)
        return _array_type(cls, length)

    __rmul__ = __mul__


def _check_complete(cls):
    if getattr(cls, "_kr_size", None) is None or cls.__dict__.get("_abstract_") or \
            (isinstance(cls, PyCPointerType) and cls.__dict__.get("_type_") is None):
        raise TypeError("abstract class")


def _cdata_from_param(cls, value):
    if isinstance(value, cls):
        return value
    if isinstance(value, CArgObject):
        ob = value._obj
        proto = getattr(cls, "_type_", None) if isinstance(cls, (PyCPointerType, PyCArrayType)) \
            else None
        if isinstance(proto, type) and isinstance(ob, proto):
            return value
        raise TypeError("expected %s instance instead of pointer to %s"
                        % (cls.__name__, type(ob).__name__))
    param = getattr(value, "_as_parameter_", None)
    if param is not None:
        return cls.from_param(param)
    raise TypeError("expected %s instance instead of %s"
                    % (cls.__name__, type(value).__name__))


def _type_of_value(cls):
    """True when instances of cls read back as plain values (the simple
    types derived directly from _SimpleCData)."""
    return _SimpleCData in cls.__bases__


# ---- simple types -------------------------------------------------------------

class PyCSimpleType(_CDataType):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if "_type_" not in ns and getattr(cls, "_kr_code", None) is not None:
            return cls      # a subclass of a complete simple type
        code = getattr(cls, "_type_", None)
        if code is None:
            if any(b is _CData for b in bases):
                return cls
            raise AttributeError("class must define a '_type_' attribute")
        if not isinstance(code, str):
            raise TypeError("class must define a '_type_' string attribute")
        if len(code) != 1:
            raise ValueError("class must define a '_type_' attribute which must be a string "
                             "of length 1")
        if code not in _SIMPLE_TYPE_CHARS or code not in _SIMPLE:
            raise AttributeError("class must define a '_type_' attribute which must be\n"
                             "a single character string containing one of '%s'."
                             % _SIMPLE_TYPE_CHARS)
        size, align = _SIMPLE[code]
        type.__setattr__(cls, "_kr_code", code)
        type.__setattr__(cls, "_kr_size", size)
        type.__setattr__(cls, "_kr_align", align)
        type.__setattr__(cls, "_kr_ffi", "h" if code == "v" else code)
        type.__setattr__(cls, "_kr_length", 0)
        type.__setattr__(cls, "_kr_swap", ns.get("_kr_swap", False))
        _set_format(cls, (">" if cls._kr_swap else "<") + _FORMAT_CODES.get(code, code))
        if mcls is PyCSimpleType and code in "bBc":
            type.__setattr__(cls, "__ctype_le__", cls)
            type.__setattr__(cls, "__ctype_be__", cls)
        if mcls is PyCSimpleType and code in _SWAPPABLE and "_kr_swap" not in ns:
            sw = PyCSimpleType(name + "_be", bases, dict(ns, _kr_swap=True))
            type.__setattr__(cls, "__ctype_le__", cls)
            type.__setattr__(cls, "__ctype_be__", sw)
            type.__setattr__(sw, "__ctype_le__", cls)
            type.__setattr__(sw, "__ctype_be__", sw)
        return cls

    def from_param(cls, value):
        if isinstance(value, cls):
            return value
        code = getattr(cls, "_kr_code", None)
        if code is None:
            raise TypeError("abstract class")
        if code in "zZ":
            r = _string_p_param(cls, code, value)
        elif code == "P":
            r = _void_p_param(cls, value)
        else:
            r = None
            try:
                h = _new(cls)
                keep = _setv(code, _addr(h), value, cls._kr_swap)
                r = _carg(code, code, h, value, keep)
            except (TypeError, ValueError, OverflowError):
                pass
        if r is not None:
            return r
        param = getattr(value, "_as_parameter_", _DEFAULT)
        if param is not _DEFAULT:
            return cls.from_param(param)
        raise TypeError("wrong type")


def _string_p_param(cls, code, value):
    kind = bytes if code == "z" else str
    if value is None or isinstance(value, kind):
        h = _new(cls)
        keep = _setv(code, _addr(h), value)
        return _carg(code, "P", h, value, keep)
    item = _char_type() if code == "z" else _wchar_type()
    if isinstance(value, (Array, _Pointer)) and getattr(type(value), "_type_", None) is item:
        return value
    if isinstance(value, CArgObject):
        ob = value._obj
        if isinstance(ob, Array) and getattr(type(ob), "_type_", None) is item:
            return value
        if isinstance(ob, _SimpleCData) and type(ob)._kr_code == ("c" if code == "z" else "u"):
            return value
    return None


def _void_p_param(cls, value):
    if value is None or isinstance(value, int):
        return _carg("P", "P", _word(_index(value or 0)), value)
    if isinstance(value, bytes):
        return _carg("z", "P", _word(_n.data_addr(value)), value, value)
    if isinstance(value, str):
        buf = _utf32z(value)
        return _carg("Z", "P", _word(_n.data_addr(buf)), value, buf)
    if isinstance(value, (Array, _Pointer, CFuncPtr, CArgObject)):
        return value
    if isinstance(value, _SimpleCData) and type(value)._kr_code in "zZP":
        return value
    return None


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    __slots__ = ()
    def __new__(cls, *args, **kw):
        _check_complete(cls)
        return _new(cls)

    def __init__(self, value=_DEFAULT):
        if value is not _DEFAULT:
            self.value = value

    @property
    def value(self):
        t = type(self)
        return _getv(t._kr_code, _addr(self), t._kr_swap)

    @value.setter
    def value(self, value):
        t = type(self)
        _keep(self, 0, _setv(t._kr_code, _addr(self), value, t._kr_swap))

    @value.deleter
    def value(self):
        raise TypeError("can't delete attribute")

    def __repr__(self):
        if not _type_of_value(type(self)):
            return "<%s object at %#x>" % (type(self).__name__, id(self))
        return "%s(%r)" % (type(self).__name__, self.value)

    def __bool__(self):
        return any(_n.read(_addr(self), type(self)._kr_size))

    def __ctypes_from_outparam__(self):
        if _type_of_value(type(self)):
            return self.value
        return self


def _has_pointer(t):
    if isinstance(t, (PyCPointerType, PyCFuncPtrType)):
        return True
    if isinstance(t, PyCSimpleType):
        return t._kr_code in "zZP"
    if isinstance(t, PyCArrayType):
        return _has_pointer(t._type_)
    if isinstance(t, _StructMeta):
        return any(_has_pointer(f) for f in t._kr_elems)
    return False


def _cdata_reduce(self):
    if _has_pointer(type(self)):
        raise ValueError("ctypes objects containing pointers cannot be pickled")
    return (_unpickle, (type(self), (self.__dict__, bytes(self))))


def _cdata_setstate(self, d, data):
    if not isinstance(d, dict):
        raise TypeError("__setstate__ argument 1 must be dict, not %s" % type(d).__name__)
    self.__dict__.update(d)
    _n.write(_addr(self), data[:type(self)._kr_size])


def _unpickle(typ, state):
    obj = typ.__new__(typ)
    obj.__setstate__(*state)
    return obj


def _char_type():
    return _SIMPLE_CACHE.get("c")


def _wchar_type():
    return _SIMPLE_CACHE.get("u")


class _SimpleCache(dict):
    def get(self, code):
        t = dict.get(self, code)
        if t is None:
            import ctypes
            t = {"c": ctypes.c_char, "u": ctypes.c_wchar}[code]
            self[code] = t
        return t


_SIMPLE_CACHE = _SimpleCache()


# ---- fields and structures -----------------------------------------------------

class CField:
    """A structure field: where it is and how it is read and written."""

    __slots__ = ("_offset", "_size", "_type", "_index", "_lo", "_nbits", "_swap", "_name",
                 "_fast")

    def __new__(cls, *args, **kw):
        raise TypeError("cannot create '_ctypes.CField' instances")

    offset = property(lambda self: self._offset, doc="offset in bytes of this field")
    size = property(lambda self: self._size, doc="size in bytes of this field")

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        if not isinstance(obj, _CData):
            raise TypeError("not a ctype instance")
        fast = self._fast
        if fast is not None:
            if fast[0]:
                return _peek_int(_addr(obj) + self._offset, fast[1], fast[2], fast[3],
                                 self._lo, self._nbits)
            return _peek_float(_addr(obj) + self._offset, fast[1], fast[3])
        return _cdata_get(self._type, _addr(obj) + self._offset, obj, self._index,
                          self._lo, self._nbits, self._swap)

    def __set__(self, obj, value):
        if not isinstance(obj, _CData):
            raise TypeError("not a ctype instance")
        fast = self._fast
        if fast is not None and type(value) is (int if fast[0] else float):
            if fast[0]:
                _poke_int(_addr(obj) + self._offset, fast[1], value, fast[3], self._lo,
                          self._nbits)
            else:
                _poke_float(_addr(obj) + self._offset, fast[1], value, fast[3])
            return
        _cdata_set(obj, self._type, _addr(obj) + self._offset, value, self._index,
                   self._lo, self._nbits, self._swap)

    def _kr_prepare(self):
        """The fast path of plain integer and float fields: (is_int, size,
        signed, swap), or None."""
        t = self._type
        code = getattr(t, "_kr_code", None)
        self._fast = None
        if code is not None and _type_of_value(t):
            if code in _SIGNED or code in _UNSIGNED:
                self._fast = (True, _SIMPLE[code][0], code in _SIGNED, t._kr_swap)
            elif code in "fd":
                self._fast = (False, _SIMPLE[code][0], False, t._kr_swap)

    def __delete__(self, obj):
        raise TypeError("can't delete attribute")

    def __repr__(self):
        name = self._type.__name__
        if self._nbits:
            return "<Field type=%s, ofs=%d:%d, bits=%d>" % (name, self._offset, self._lo,
                                                           self._nbits)
        return "<Field type=%s, ofs=%d, size=%d>" % (name, self._offset, self._size)


CField.__module__ = "_ctypes"


def _cdata_get(t, addr, base, index, lo=0, nbits=0, swap=False):
    """PyCData_get: a value for the simple types, else a view of base."""
    code = getattr(t, "_kr_code", None)
    if code is not None and _type_of_value(t):
        return _getv(code, addr, t._kr_swap, lo, nbits)
    if isinstance(t, PyCArrayType):
        item = t._type_
        if item is _char_type():
            data = _n.read(addr, t._kr_size)
            i = data.find(b"\0")
            return data if i < 0 else data[:i]
        if item is _wchar_type():
            s = _n.wread(addr, t._kr_length)
            i = s.find("\0")
            return s if i < 0 else s[:i]
    return _at(t, addr, base, index)


def _cdata_set(dst, t, addr, value, index, lo=0, nbits=0, swap=False):
    """_PyCData_set and KeepRef: store value at addr as a t."""
    _keep(dst, index, _store(t, addr, value, lo, nbits, swap))


def _store(t, addr, value, lo=0, nbits=0, swap=False):
    code = getattr(t, "_kr_code", None)
    if code is not None and not isinstance(value, _CData):
        return _setv(code, addr, value, t._kr_swap, lo, nbits)
    if isinstance(t, PyCArrayType) and not isinstance(value, _CData):
        item = t._type_
        if item is _char_type() and not isinstance(value, tuple):
            return _set_char_field(t, addr, value)
        if item is _wchar_type() and not isinstance(value, tuple):
            return _set_wchar_array(t, addr, value)
    if isinstance(value, t):
        _n.memmove(addr, _addr(value), t._kr_size)
        if isinstance(t, PyCPointerType) and isinstance(value, _Pointer):
            return _kept(value)
        return _kept(value)
    if isinstance(t, PyCPointerType):
        if value is None:
            _n.poke_int(addr, 8, 0, False)
            return None
        if isinstance(value, Array):
            if type(value)._type_ is not t._type_:
                raise TypeError("incompatible types, %s instance instead of %s instance"
                                % (type(value).__name__, t.__name__))
            _n.poke_int(addr, 8, _addr(value), False)
            return (_kept(value), value)
    if isinstance(t, (_StructMeta, PyCArrayType)) and isinstance(value, tuple):
        try:
            ob = t(*value)
        except Exception as e:
            raise RuntimeError("(%s) %s: %s" % (t.__name__, type(e).__name__, e)) from None
        return _store(t, addr, ob)
    if not isinstance(value, _CData):
        raise TypeError("expected %s instance, got %s" % (t.__name__, type(value).__name__))
    raise TypeError("incompatible types, %s instance instead of %s instance"
                    % (type(value).__name__, t.__name__))


def _set_char_field(t, addr, value):
    """cfield.c's s_set: up to the first zero byte, and that byte if it fits."""
    if not isinstance(value, bytes):
        raise TypeError("expected bytes, %s found" % type(value).__name__)
    n = value.find(b"\0")
    n = len(value) if n < 0 else n
    if n > t._kr_length:
        raise ValueError("bytes too long (%d, maximum length %d)" % (n, t._kr_length))
    if n < t._kr_length:
        n += 1
    _n.write(addr, (value + b"\0")[:n])
    return None


def _set_char_array(t, addr, value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected instead of %s instance" % type(value).__name__)
    if len(value) > t._kr_length:
        raise ValueError("byte string too long")
    _n.write(addr, value)
    if len(value) < t._kr_length:
        _n.poke_int(addr + len(value), 1, 0, False)
    return None


def _set_wchar_array(t, addr, value):
    if not isinstance(value, str):
        raise TypeError("unicode string expected instead of %s instance"
                        % type(value).__name__)
    data = value.encode("utf-32-le", "surrogatepass")
    if len(data) // 4 > t._kr_length:
        raise ValueError("string too long")
    _n.write(addr, data)
    if len(data) // 4 < t._kr_length:
        _n.poke_int(addr + len(data), 4, 0, False)
    return None


_INT_CODES = "bBhHiIlLqQ?"


class _StructLayout:
    """PyCStructUnionType_update_stgdict: offsets, bit fields, size."""

    def __init__(self, cls, fields, is_struct):
        self.cls = cls
        self.is_struct = is_struct
        pack = getattr(cls, "_pack_", 0)
        if "_pack_" in cls.__dict__:
            pack = cls.__dict__["_pack_"]
            if not isinstance(pack, int) or isinstance(pack, bool) or pack < 0:
                raise ValueError("_pack_ must be a non-negative integer")
        else:
            pack = 0
        self.pack = pack
        # the presence, not the value, of _swappedbytes_ numbers bit
        # fields from the top (the swapped field types do the byte order)
        self.swap = hasattr(cls, "_swappedbytes_")

    def run(self, fields):
        cls = self.cls
        base = cls.__mro__[1]
        if getattr(base, "_kr_final", False) and getattr(base, "_kr_size", None):
            size = offset = base._kr_size
            align = base._kr_align
            total_align = align or 1
            index = base._kr_length
            elems = list(base._kr_elems)
        else:
            size = offset = 0
            align = 0
            total_align = 1
            index = 0
            elems = []
        union_size = 0
        field_size = bitofs = 0
        try:
            fields = list(fields)
        except TypeError:
            raise TypeError("_fields_ must be a sequence of pairs") from None
        for i, desc in enumerate(fields):
            if not isinstance(desc, tuple) or len(desc) not in (2, 3):
                raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
            name, ft = desc[0], desc[1]
            if not isinstance(name, str):
                raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
            fsize = _stg(ft)
            if fsize is None:
                raise TypeError("second item in _fields_ tuple (index %d) must be a C type" % i)
            if ft is cls:
                raise AttributeError("Structure or union cannot contain itself")
            if isinstance(ft, _StructMeta):
                type.__setattr__(ft, "_kr_final", True)
            bits = 0
            if len(desc) == 3:
                bits = desc[2]
                code = getattr(ft, "_kr_code", None)
                if code is None or code not in _INT_CODES:
                    raise TypeError("bit fields not allowed for type %s" % ft.__name__)
                if not isinstance(bits, int) or bits <= 0 or bits > fsize * 8:
                    raise ValueError("number of bits invalid for bit field")
            if not self.is_struct:
                size = offset = 0
                align = 0
            f = _object_new(CField)
            f._type = ft
            f._index = index + i
            f._name = name
            f._swap = self.swap
            f._lo = 0
            f._nbits = bits
            falign = min(self.pack, ft._kr_align) if self.pack else ft._kr_align
            if bits and field_size and fsize * 8 <= field_size and bitofs + bits <= field_size:
                kind = "cont"
            elif bits and field_size and fsize * 8 >= field_size and \
                    bitofs + bits <= fsize * 8:
                kind = "expand"
            elif bits:
                kind = "new"
                bitofs = 0
                field_size = fsize * 8
            else:
                kind = "plain"
                bitofs = 0
                field_size = 0
            if kind in ("new", "plain"):
                if kind == "new":
                    f._lo = field_size - bitofs - bits if self.swap else bitofs
                    f._size = (bits << 16) + f._lo
                    bitofs = bits
                if falign and offset % falign:
                    delta = falign - offset % falign
                    size += delta
                    offset += delta
                if not bits:
                    f._size = fsize
                size += fsize
                f._offset = offset
                offset += fsize
                align = falign
                elems.append(ft)
            elif kind == "expand":
                offset += fsize - field_size // 8
                size += fsize - field_size // 8
                field_size = fsize * 8
                f._lo = field_size - bitofs - bits if self.swap else bitofs
                f._size = (bits << 16) + f._lo
                f._offset = offset - fsize
                bitofs += bits
            else:
                f._lo = field_size - bitofs - bits if self.swap else bitofs
                f._size = (bits << 16) + f._lo
                f._offset = offset - fsize
                bitofs += bits
            total_align = max(total_align, falign)
            if not self.is_struct:
                union_size = max(union_size, size)
            f._kr_prepare()
            type.__setattr__(cls, name, f)
        if not self.is_struct:
            size = union_size
        aligned = (size + total_align - 1) // total_align * total_align
        type.__setattr__(cls, "_kr_size", aligned)
        type.__setattr__(cls, "_kr_align", total_align)
        type.__setattr__(cls, "_kr_length", index + len(fields))
        type.__setattr__(cls, "_kr_elems", elems)
        type.__setattr__(cls, "_kr_final", True)
        type.__setattr__(cls, "_kr_ffi", None)
        self.set_format(cls)
        anon = cls.__dict__.get("_anonymous_")
        if anon is not None:
            _make_anonymous(cls, anon)


    def set_format(self, cls):
        """T{...} of the fields with padding as "Nx"; packed structures and
        unions are plain bytes, as in CPython."""
        if self.pack or not self.is_struct:
            _set_format(cls, "B")
            return
        parts = []
        pos = 0
        for k in reversed(cls.__mro__):
            for desc in k.__dict__.get("_fields_", ()) if isinstance(k, _StructMeta) else ():
                f = k.__dict__.get(desc[0])
                if not isinstance(f, CField) or f._nbits and f._offset < pos:
                    continue
                if f._offset > pos:
                    parts.append("%dx" % (f._offset - pos))
                parts.append("%s:%s:" % (_field_format(f._type), desc[0]))
                pos = f._offset + f._type._kr_size
        _set_format(cls, "T{%s}" % "".join(parts))


def _make_anonymous(cls, anon):
    for name in anon:
        f = cls.__dict__.get(name)
        if not isinstance(f, CField):
            raise AttributeError("'%s' is specified in _anonymous_ but not in _fields_" % name)
        _make_fields(cls, f._type, f._offset)


def _make_fields(cls, ftype, offset):
    """MakeFields: the fields of an anonymous member, as cls's own."""
    anon = ftype.__dict__.get("_anonymous_") or ()
    for desc in ftype._fields_:
        sname = desc[0]
        sf = ftype.__dict__[sname]
        if sname in anon:
            _make_fields(cls, sf._type, offset + sf._offset)
            continue
        nf = _object_new(CField)
        for k in ("_type", "_index", "_name", "_swap", "_lo", "_nbits", "_size", "_fast"):
            setattr(nf, k, getattr(sf, k))
        nf._offset = offset + sf._offset
        type.__setattr__(cls, sname, nf)


def _struct_ffi(cls):
    """A libffi descriptor for a structure or union passed by value."""
    f = cls.__dict__.get("_kr_ffi")
    if f is not None:
        return f
    elems = []
    if isinstance(cls, UnionType):
        best = max(cls._kr_elems, key=lambda t: (t._kr_align, t._kr_size), default=None)
        if best is not None:
            elems.append(_ffi_of(best))
            filled = best._kr_size
        else:
            filled = 0
        elems += ["B"] * (cls._kr_size - filled)
    else:
        for t in cls._kr_elems:
            if isinstance(t, PyCArrayType):
                elems += [_ffi_of(t._type_)] * t._kr_length
            else:
                elems.append(_ffi_of(t))
    if not elems:
        elems = ["B"]
    f = _n.ffitype(tuple(elems), cls._kr_size, cls._kr_align)
    type.__setattr__(cls, "_kr_ffi", f)
    return f


def _ffi_of(t):
    if t is None:
        return None
    if isinstance(t, (PyCStructType, UnionType)):
        return _struct_ffi(t)
    if isinstance(t, PyCArrayType):
        return "P"
    f = getattr(t, "_kr_ffi", None)
    return f if f is not None else "P"


class _StructMeta(_CDataType):
    _kr_is_struct = True

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        type.__setattr__(cls, "_kr_ready", True)    # __init_subclass__ ran before
        if "_abstract_" in ns:
            return cls
        base = cls.__mro__[1]
        if isinstance(base, _StructMeta) and not base.__dict__.get("_abstract_"):
            type.__setattr__(base, "_kr_final", True)     # subclassed: final
        if "_fields_" in ns:
            type.__delattr__(cls, "_fields_")
            setattr(cls, "_fields_", ns["_fields_"])    # as CPython: _endian's hook runs
        else:
            if getattr(base, "_kr_size", None) is not None:
                for k in ("_kr_size", "_kr_align", "_kr_length", "_kr_elems"):
                    type.__setattr__(cls, k, getattr(base, k))
                type.__setattr__(cls, "_kr_ffi", None)
                type.__setattr__(cls, "_kr_final", False)
            elif not getattr(cls, "_kr_final", False):
                for k, v in (("_kr_size", 0), ("_kr_align", 1), ("_kr_length", 0),
                             ("_kr_elems", [])):
                    type.__setattr__(cls, k, v)
                type.__setattr__(cls, "_kr_ffi", None)
                _set_format(cls, "B")
        return cls

    def __setattr__(cls, name, value):
        if name == "_fields_":
            if "_kr_ready" not in cls.__dict__:
                raise TypeError("ctypes state is not initialized")
            if cls.__dict__.get("_kr_final"):
                raise AttributeError("_fields_ is final")
            type.__setattr__(cls, name, value)
            _StructLayout(cls, value, type(cls)._kr_is_struct).run(value)
            return
        type.__setattr__(cls, name, value)


class PyCStructType(_StructMeta):
    pass


class UnionType(_StructMeta):
    _kr_is_struct = False


def _struct_init(self, *args, **kw):
    cls = type(self)
    names = _all_field_names(cls)
    if len(args) > len(names):
        raise TypeError("too many initializers")
    for name, value in zip(names, args):
        setattr(self, name, value)
    for name, value in kw.items():
        if name in names[:len(args)]:
            raise TypeError("duplicate values for field %r" % name)
        setattr(self, name, value)


def _all_field_names(cls):
    names = []
    for k in reversed(cls.__mro__):
        f = k.__dict__.get("_fields_")
        if f is not None and isinstance(k, _StructMeta):
            names += [d[0] for d in f]
    return names


class _StructBase(_CData):
    __slots__ = ()
    def __new__(cls, *args, **kw):
        if cls.__dict__.get("_abstract_"):
            raise TypeError("abstract class")
        cls.__dict__.get("_kr_final") or type.__setattr__(cls, "_kr_final", True)
        return _new(cls)

    __init__ = _struct_init


class Structure(_StructBase, metaclass=PyCStructType):
    __slots__ = ()
    _abstract_ = True


class Union(_StructBase, metaclass=UnionType):
    __slots__ = ()
    _abstract_ = True


# ---- arrays ------------------------------------------------------------------

class PyCArrayType(_CDataType):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if "_abstract_" in ns:
            return cls
        length = getattr(cls, "_length_", None)
        if length is None:
            raise AttributeError("class must define a '_length_' attribute")
        if not isinstance(length, int):
            raise TypeError("The '_length_' attribute must be an integer")
        if length < 0:
            raise ValueError("The '_length_' attribute must not be negative")
        item = getattr(cls, "_type_", None)
        if item is None:
            raise AttributeError("class must define a '_type_' attribute")
        if _stg(item) is None:
            raise TypeError("_type_ must have storage info")
        if item._kr_size and length > (1 << 62) // item._kr_size:
            raise OverflowError("array too large")
        type.__setattr__(cls, "_kr_size", item._kr_size * length)
        type.__setattr__(cls, "_kr_align", item._kr_align)
        type.__setattr__(cls, "_kr_length", length)
        type.__setattr__(cls, "_kr_ffi", "P")
        if isinstance(item, PyCArrayType):
            _set_format(cls, item._kr_fmt, (length,) + item._kr_shape, item._kr_itemsize)
        else:
            _set_format(cls, getattr(item, "_kr_fmt", "B"), (length,), item._kr_size)
        if item is _char_type():
            type.__setattr__(cls, "value", property(_char_value, _char_set_value, _no_delete))
            type.__setattr__(cls, "raw", property(_char_raw, _char_set_raw))
        elif item is _wchar_type():
            type.__setattr__(cls, "value", property(_wchar_value, _wchar_set_value,
                                                    _no_delete))
        return cls


def _no_delete(self):
    raise TypeError("can't delete attribute")


def _char_value(self):
    data = _n.read(_addr(self), type(self)._kr_length)
    i = data.find(b"\0")
    return data if i < 0 else data[:i]


def _char_set_value(self, value):
    _set_char_array(type(self), _addr(self), value)


def _char_raw(self):
    return _n.read(_addr(self), type(self)._kr_length)


def _char_set_raw(self, value):
    try:
        addr, n = _n.buffer(value, False)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(value).__name__) from None
    if n > type(self)._kr_length:
        raise ValueError("byte string too long")
    _n.memmove(_addr(self), addr, n)


def _wchar_value(self):
    s = _n.wread(_addr(self), type(self)._kr_length)
    i = s.find("\0")
    return s if i < 0 else s[:i]


def _wchar_set_value(self, value):
    _set_wchar_array(type(self), _addr(self), value)


def _array_type(item, length):
    key = (item, length)
    t = _array_type_cache.get(key)
    if t is None:
        if not isinstance(item, type):
            raise TypeError("Expected a type object")
        t = PyCArrayType("%s_Array_%d" % (item.__name__, length), (Array,),
                         {"_length_": length, "_type_": item, "__module__": _caller_module()})
        _array_type_cache[key] = t
    return t


def _caller_module():
    """The module of the first caller outside this one: what a type made
    from C code gets as __module__ in CPython."""
    import sys
    f = sys._getframe(1)
    while f is not None and f.f_globals.get("__name__") == __name__:
        f = f.f_back
    return f.f_globals.get("__name__", "builtins") if f is not None else "builtins"


def _norm_index(self, index, length):
    if index < 0:
        index += length
    if index < 0 or index >= length:
        raise IndexError("invalid index")
    return index


class Array(_CData, metaclass=PyCArrayType):
    __slots__ = ()
    _abstract_ = True

    def __new__(cls, *args, **kw):
        if cls.__dict__.get("_abstract_"):
            raise TypeError("abstract class")
        return _new(cls)

    def __init__(self, *args):
        if len(args) > type(self)._kr_length:
            raise IndexError("invalid index")
        for i, v in enumerate(args):
            self[i] = v

    def __len__(self):
        return type(self)._kr_length

    def _kr_item(self, i):
        t = type(self)._type_
        return _cdata_get(t, _addr(self) + i * t._kr_size, self, i)

    def __getitem__(self, index):
        n = type(self)._kr_length
        if isinstance(index, slice):
            items = [self._kr_item(i) for i in range(*index.indices(n))]
            t = type(self)._type_
            if t is _char_type():
                return b"".join(items)
            if t is _wchar_type():
                return "".join(items)
            return items
        try:
            index = index.__index__()
        except AttributeError:
            raise TypeError("indices must be integers") from None
        return self._kr_item(_norm_index(self, index, n))

    def __setitem__(self, index, value):
        n = type(self)._kr_length
        t = type(self)._type_
        if isinstance(index, slice):
            idx = range(*index.indices(n))
            if len(value) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for i, v in zip(idx, value):
                _cdata_set(self, t, _addr(self) + i * t._kr_size, v, i)
            return
        try:
            index = index.__index__()
        except AttributeError:
            raise TypeError("indices must be integers") from None
        i = _norm_index(self, index, n)
        _cdata_set(self, t, _addr(self) + i * t._kr_size, value, i)

    def __delitem__(self, index):
        raise TypeError("Array does not support item deletion")

    __class_getitem__ = classmethod(lambda cls, item: _generic_alias(cls, item))


def _generic_alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


# ---- pointers -----------------------------------------------------------------

class PyCPointerType(_CDataType):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        type.__setattr__(cls, "_kr_size", 8)
        type.__setattr__(cls, "_kr_align", 8)
        type.__setattr__(cls, "_kr_length", 1)
        type.__setattr__(cls, "_kr_ffi", "P")
        t = ns.get("_type_")
        if t is not None and _stg(t) is None:
            raise TypeError("_type_ must have storage info")
        _set_format(cls, "&" + (_field_format(t) if t is not None else "B"))
        return cls

    def set_type(cls, t):
        if _stg(t) is None:
            raise TypeError("_type_ must have storage info")
        type.__setattr__(cls, "_type_", t)
        _set_format(cls, "&" + _field_format(t))

    def from_param(cls, value):
        if value is None:
            return None
        t = getattr(cls, "_type_", None)
        if t is not None:
            if isinstance(value, t):
                return byref(value)
            if isinstance(value, (_Pointer, Array)) and isinstance(type(value), _CDataType) \
                    and getattr(type(value), "_type_", None) is t:
                return value
        return _cdata_from_param(cls, value)


class _Pointer(_CData, metaclass=PyCPointerType):
    __slots__ = ()
    def __new__(cls, *args, **kw):
        if cls.__dict__.get("_type_") is None:
            raise TypeError("Cannot create instance: has no _type_")
        return _new(cls)

    def __init__(self, value=None):
        if value is not None:
            self.contents = value

    def _kr_target(self):
        return _n.peek_int(_addr(self), 8, False, False)

    @property
    def contents(self):
        p = self._kr_target()
        if not p:
            raise ValueError("NULL pointer access")
        return _at(type(self)._type_, p, self, 0)

    @contents.setter
    def contents(self, value):
        t = type(self)._type_
        if value is None:
            raise TypeError("Pointer does not support item deletion")
        if not isinstance(value, _CData):
            raise TypeError("expected %s instead of %s" % (t.__name__, type(value).__name__))
        _n.poke_int(_addr(self), 8, _addr(value), False)
        _keep(self, 1, value)
        _keep(self, 0, _kept(value))

    def __bool__(self):
        return self._kr_target() != 0

    def _kr_item(self, i):
        p = self._kr_target()
        if not p:
            raise ValueError("NULL pointer access")
        t = type(self)._type_
        return _cdata_get(t, p + i * t._kr_size, self, i)

    def __getitem__(self, index):
        if isinstance(index, slice):
            if index.stop is None:
                raise ValueError("slice stop is required")
            step = 1 if index.step is None else index.step
            if step == 0:
                raise ValueError("slice step cannot be zero")
            start = index.start
            if start is None:
                start = 0 if step > 0 else None
            if start is None:
                raise ValueError("slice start is required for step < 0")
            items = [self._kr_item(i) for i in range(start, index.stop, step)]
            t = type(self)._type_
            if t is _char_type():
                return b"".join(items)
            if t is _wchar_type():
                return "".join(items)
            return items
        return self._kr_item(index.__index__())

    def __setitem__(self, index, value):
        if not hasattr(type(index), "__index__"):
            raise TypeError("Pointer indices must be integer")
        p = self._kr_target()
        if not p:
            raise ValueError("NULL pointer access")
        t = type(self)._type_
        i = index.__index__()
        _cdata_set(self, t, p + i * t._kr_size, value, i)

    def __delitem__(self, index):
        raise TypeError("Pointer does not support item deletion")


def POINTER(cls):
    try:
        return _pointer_type_cache[cls]
    except KeyError:
        pass
    except TypeError:
        raise TypeError("must be a ctypes type") from None
    if isinstance(cls, str):
        t = PyCPointerType("LP_%s" % cls, (_Pointer,), {"__module__": _caller_module()})
        _pointer_type_cache[id(t)] = t
        return t
    if not isinstance(cls, type) or _stg(cls) is None:
        raise TypeError("must be a ctypes type")
    t = PyCPointerType("LP_%s" % cls.__name__, (_Pointer,),
                       {"_type_": cls, "__module__": _caller_module()})
    _pointer_type_cache[cls] = t
    return t


def pointer(obj):
    return POINTER(type(obj))(obj)


# ---- byref, sizeof, addressof, ... ----------------------------------------------

class CArgObject:
    """A converted argument (byref(), from_param): the bytes passed are
    those of _kr_holder, described to libffi by _kr_ffi; _obj is what it
    was made from."""

    __slots__ = ("_obj", "_kr_holder", "_kr_ffi", "_kr_tag", "_kr_keep")

    def __repr__(self):
        tag = self._kr_tag
        if tag in "bBhHiIlLqQ":     # read signed, as CPython's PyCArg_repr
            return "<cparam '%s' (%d)>" % (tag, _getv(tag.lower(), _addr(self._kr_holder)))
        if tag in "fd":
            return "<cparam '%s' (%r)>" % (tag, _getv(tag, _addr(self._kr_holder)))
        if tag == "c":
            v = _getv(tag, _addr(self._kr_holder))[0]
            return "<cparam 'c' (%s)>" % (repr(chr(v)) if 32 <= v < 127 else "'\\x%02x'" % v)
        if tag in "zZP":
            return "<cparam '%s' (%#x)>" % (tag, _n.peek_int(_addr(self._kr_holder), 8, False,
                                                             False))
        return "<cparam '%s' at %#x>" % (tag, id(self))


CArgObject.__module__ = "builtins"


def _carg(tag, ffi, holder, obj, keep=None):
    a = CArgObject()
    a._kr_tag = tag
    a._kr_ffi = ffi
    a._kr_holder = holder
    a._obj = obj
    a._kr_keep = keep
    return a


def _word(value):
    h = _new(_Word)
    _n.poke_int(_addr(h), 8, value, False)
    return h


def byref(obj, offset=0):
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'"
                        % type(obj).__name__)
    return _carg("P", "P", _word(_addr(obj) + offset), obj)


def addressof(obj):
    if not isinstance(obj, _CData):
        raise TypeError("invalid type")
    return _addr(obj)


def sizeof(obj):
    if isinstance(obj, type):
        s = getattr(obj, "_kr_size", None)
        if s is not None and isinstance(obj, _CDataType):
            return s
    elif isinstance(obj, _CData):
        return _n.size(obj)
    raise TypeError("this type has no size")


def alignment(obj):
    t = obj if isinstance(obj, type) else type(obj)
    a = getattr(t, "_kr_align", None)
    if a is None or not isinstance(t, _CDataType):
        raise TypeError("no alignment info")
    return a


def resize(obj, size):
    if not isinstance(obj, _CData):
        raise TypeError("excepted ctypes instance")
    minimum = type(obj)._kr_size
    if size < minimum:
        raise ValueError("minimum size is %d" % minimum)
    _n.resize(obj, size)


def _as_void_p(obj):
    """An argument converted as c_void_p.from_param would, as an address."""
    if obj is None:
        return 0
    if isinstance(obj, int):
        return obj
    if isinstance(obj, CArgObject):
        return _n.peek_int(_addr(obj._kr_holder), 8, False, False)
    if isinstance(obj, (Array,)):
        return _addr(obj)
    if isinstance(obj, (_Pointer, CFuncPtr)):
        return _n.peek_int(_addr(obj), 8, False, False)
    if isinstance(obj, _SimpleCData) and type(obj)._kr_code in "zZP":
        return _n.peek_int(_addr(obj), 8, False, False)
    if isinstance(obj, bytes):
        return _n.data_addr(obj)
    param = getattr(obj, "_as_parameter_", None)
    if param is not None:
        return _as_void_p(param)
    raise ArgumentError("argument 1: TypeError: wrong type")


def _cast_impl(obj, src, ctype):
    addr = _as_void_p(obj)
    if not (isinstance(ctype, (PyCPointerType, PyCFuncPtrType)) or
            (isinstance(ctype, PyCSimpleType) and ctype._kr_code in "zZP")):
        raise TypeError("cast() argument 2 must be a pointer type, not %s"
                        % (ctype.__name__ if isinstance(ctype, type) else type(ctype).__name__))
    result = _new(ctype)
    if isinstance(src, _CData):
        # share src's _objects (made a dict) and keep src itself in it
        _container(src)
        if src._objects is None:
            _n.set_objects(src, {})
        objs = src._objects
        _n.set_objects(result, objs)
        if type(objs) is dict:
            objs[id(src)] = src
    _n.poke_int(_addr(result), 8, addr, False)
    return result


def _string_at_impl(ptr, size=-1):
    return _n.read(_as_void_p(ptr), size)


def _wstring_at_impl(ptr, size=-1):
    return _n.wread(_as_void_p(ptr), size)


def _memmove_impl(dst, src, count):
    _n.memmove(_as_void_p(dst), _as_void_p(src), count)
    return _as_void_p(dst)


def _memset_impl(dst, c, count):
    _n.memset(_as_void_p(dst), c, count)
    return _as_void_p(dst)


# The functions ctypes/__init__.py wraps in PYFUNCTYPE / CFUNCTYPE objects:
# the "addresses" are keys of _PY_IMPL (CFuncPtr calls these directly).
_memmove_addr = _n.memmove_addr
_memset_addr = _n.memset_addr
_cast_addr = _n.memmove_addr + 1
_string_at_addr = _n.memmove_addr + 2
_wstring_at_addr = _n.memmove_addr + 3
_PY_IMPL = {
    _memmove_addr: _memmove_impl,
    _memset_addr: _memset_impl,
    _cast_addr: _cast_impl,
    _string_at_addr: _string_at_impl,
    _wstring_at_addr: _wstring_at_impl,
}


def dlopen(name=None, mode=RTLD_LOCAL):
    if name is not None and not isinstance(name, str):
        name = name.__fspath__() if hasattr(name, "__fspath__") else name
    return _n.dlopen(name, mode)


def dlclose(handle):
    _n.dlclose(handle)


def dlsym(handle, name):
    return _n.dlsym(handle, name)


def PyObj_FromPtr(address):
    raise TypeError("PyObj_FromPtr is not supported by krait")


def Py_INCREF(obj):
    return obj


def Py_DECREF(obj):
    return obj


def buffer_info(obj):
    raise TypeError("buffer_info is not supported by krait")


def call_function(addr, args):
    raise TypeError("call_function is not supported by krait")


def call_cdeclfunction(addr, args):
    raise TypeError("call_cdeclfunction is not supported by krait")


# ---- function pointers --------------------------------------------------------

class PyCFuncPtrType(_CDataType):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        type.__setattr__(cls, "_kr_size", 8)
        _set_format(cls, "X{}")
        type.__setattr__(cls, "_kr_align", 8)
        type.__setattr__(cls, "_kr_length", 1)
        type.__setattr__(cls, "_kr_ffi", "P")
        argtypes = ns.get("_argtypes_")
        if argtypes is not None:
            _check_argtypes(argtypes)
        restype = ns.get("_restype_")
        if restype is not None:
            _check_restype(restype)
        return cls


def _check_argtypes(argtypes):
    if len(argtypes) > CTYPES_MAX_ARGCOUNT:
        raise ArgumentError("_argtypes_ has too many arguments (%d), maximum is %d"
                            % (len(argtypes), CTYPES_MAX_ARGCOUNT))
    for i, t in enumerate(argtypes):
        if not hasattr(t, "from_param"):
            raise TypeError("item %d in _argtypes_ has no from_param method" % (i + 1))
    return tuple(argtypes)


def _check_restype(restype):
    if restype is None or _stg(restype) is not None or callable(restype):
        return restype
    raise TypeError("restype must be a type, a callable, or None")


class CFuncPtr(_CData, metaclass=PyCFuncPtrType):
    _abstract_ = True
    # per instance once set; instances made from memory start with these
    _kr_argtypes = _DEFAULT
    _kr_restype = _DEFAULT
    _kr_errcheck = None
    _kr_name = None
    _kr_callable = None
    _kr_paramflags = None

    def __new__(cls, *args, **kw):
        self = _new(cls)
        if not args:
            return self
        if len(args) == 1 and isinstance(args[0], int):
            _n.poke_int(_addr(self), 8, args[0], False)
            return self
        if len(args) in (1, 2) and isinstance(args[0], tuple):
            name, dll = args[0][0], args[0][1]
            handle = dll._handle
            if isinstance(name, int):
                raise TypeError("function ordinal not supported")
            addr = _n.dlsym(handle, name)
            _n.poke_int(_addr(self), 8, addr, False)
            self._kr_name = name
            if len(args) == 2 and args[1] is not None:
                self._kr_paramflags = _check_paramflags(cls, args[1])
            return self
        if len(args) == 1 and callable(args[0]):
            _make_callback(self, args[0])
            return self
        raise TypeError("argument must be callable or integer function address")

    def __init__(self, *args, **kw):
        pass

    @property
    def argtypes(self):
        a = self._kr_argtypes
        if a is _DEFAULT:
            a = getattr(type(self), "_argtypes_", None)
        return a

    @argtypes.setter
    def argtypes(self, value):
        self._kr_argtypes = None if value is None else _check_argtypes(value)

    @argtypes.deleter
    def argtypes(self):
        self._kr_argtypes = _DEFAULT

    @property
    def restype(self):
        r = self._kr_restype
        if r is _DEFAULT:
            r = getattr(type(self), "_restype_", None)
        return r

    @restype.setter
    def restype(self, value):
        self._kr_restype = _check_restype(value)

    @restype.deleter
    def restype(self):
        self._kr_restype = _DEFAULT

    @property
    def errcheck(self):
        return self._kr_errcheck

    @errcheck.setter
    def errcheck(self, value):
        if value is not None and not callable(value):
            raise TypeError("the errcheck attribute must be callable")
        self._kr_errcheck = value

    @errcheck.deleter
    def errcheck(self):
        self._kr_errcheck = None

    def __bool__(self):
        return _n.peek_int(_addr(self), 8, False, False) != 0

    def __repr__(self):
        return "<%s object at %#x>" % (type(self).__name__, id(self))

    def __call__(self, *args, **kw):
        fn = _n.peek_int(_addr(self), 8, False, False)
        impl = _PY_IMPL.get(fn)
        if impl is not None:
            return impl(*args)
        if not fn:
            raise ValueError("NULL function pointer")
        pf = self._kr_paramflags
        if pf is None:
            return _call(self, fn, args)
        args, outs = _bind_params(self, pf, args, kw)
        result = _call(self, fn, args)
        if not outs:
            return result
        vals = [args[i] for i in outs]
        vals = [getattr(v, "__ctypes_from_outparam__", lambda v=v: v)() for v in vals]
        return vals[0] if len(vals) == 1 else tuple(vals)


def _check_paramflags(cls, paramflags):
    if not isinstance(paramflags, tuple):
        raise TypeError("paramflags must be a tuple or None")
    argtypes = getattr(cls, "_argtypes_", None)
    if argtypes is None or len(paramflags) != len(argtypes):
        raise ValueError("paramflags must have the same length as argtypes")
    for item in paramflags:
        if not isinstance(item, tuple) or not item or not isinstance(item[0], int):
            raise TypeError("paramflags must be a sequence of (int [,string [,value]]) tuples")
        if item[0] & ~7 or item[0] in (4, 5, 6):
            raise ValueError("paramflag value %d not supported" % item[0])
    return paramflags


def _bind_params(self, paramflags, args, kw):
    """_build_callargs: the C arguments from args and keywords named by
    paramflags; output parameters are made here and returned after."""
    argtypes = self.argtypes
    out = []
    outs = []
    pos = 0
    for i, item in enumerate(paramflags):
        flag = item[0] & 3 or 1
        name = item[1] if len(item) > 1 else None
        if flag & 1:                     # in, or in-out
            if pos < len(args):
                v = args[pos]
                pos += 1
            elif name is not None and name in kw:
                v = kw[name]
            elif len(item) > 2:
                v = item[2]
            else:
                raise TypeError("required argument '%s' missing" % name if name else
                                "not enough arguments")
            if flag & 2:
                outs.append(i)
            out.append(v)
        else:                            # out: a new instance, passed by reference
            t = argtypes[i]
            t = getattr(t, "_type_", t) if isinstance(t, PyCPointerType) else t
            v = item[2] if len(item) > 2 else t()
            out.append(v)
            outs.append(i)
    return tuple(out) + tuple(args[pos:]), outs


def _call(self, fn, args):
    if len(args) > CTYPES_MAX_ARGCOUNT:
        raise ArgumentError("too many arguments (%d), maximum is %d"
                            % (len(args), CTYPES_MAX_ARGCOUNT))
    argtypes = self.argtypes
    restype = self.restype
    flags = getattr(type(self), "_flags_", FUNCFLAG_CDECL)
    if argtypes is not None:
        n = len(argtypes)
        if len(args) < n:
            raise TypeError("this function takes at least %d argument%s (%d given)"
                            % (n, "" if n == 1 else "s", len(args)))
        if len(args) > n and not (flags & FUNCFLAG_CDECL):
            raise TypeError("this function takes %d argument%s (%d given)"
                            % (n, "" if n == 1 else "s", len(args)))
    else:
        n = 0
    keep = []
    atypes = []
    addrs = []
    for i, a in enumerate(args):
        try:
            if i < n:
                conv = argtypes[i].from_param(a)
            else:
                conv = a
            ffi, addr = _conv_param(conv, i + 1, keep)
        except ArgumentError:
            raise
        except Exception as e:
            raise ArgumentError("argument %d: %s: %s" % (i + 1, type(e).__name__, e)) from None
        atypes.append(ffi)
        addrs.append(addr)
    rt, rbuf = _result_area(restype)
    _n.call(fn, tuple(atypes), rt, tuple(addrs), rbuf, flags)
    result = _result_value(restype, rbuf)
    errcheck = self._kr_errcheck
    if errcheck is not None:
        result = errcheck(result, self, args)
    return result


def _conv_param(a, pos, keep):
    """ConvParam: an argument as (ffi descriptor, address of its bytes);
    what must live through the call goes in keep."""
    if isinstance(a, _CData):
        keep.append(a)
        if isinstance(type(a), PyCArrayType):     # arrays decay to pointers
            return "P", _held(_word(_addr(a)), keep)
        return _ffi_of(type(a)), _addr(a)
    if isinstance(a, CArgObject):
        keep.append(a)
        return a._kr_ffi, _addr(a._kr_holder)
    if a is None:
        return "P", _held(_word(0), keep)
    if isinstance(a, int):
        if not -(1 << 63) <= a < (1 << 64):     # then truncated to a C int
            raise ArgumentError("argument %d: OverflowError: int too long to convert" % pos)
        return "i", _held(_word(a & 0xFFFFFFFF), keep)
    if isinstance(a, bytes):
        keep.append(a)
        return "P", _held(_word(_n.data_addr(a)), keep)
    if isinstance(a, str):
        buf = _utf32z(a)
        keep.append(buf)
        return "P", _held(_word(_n.data_addr(buf)), keep)
    param = getattr(a, "_as_parameter_", _DEFAULT)
    if param is not _DEFAULT:
        return _conv_param(param, pos, keep)
    raise ArgumentError("argument %d: TypeError: Don't know how to convert parameter %d"
                        % (pos, pos))


class _Word(_CData):
    """A machine word of scratch memory: converted arguments, results."""


type.__setattr__(_Word, "_kr_size", 8)


def _held(h, keep):
    keep.append(h)
    return _addr(h)


def _result_area(restype):
    if restype is None:
        return None, None
    if isinstance(restype, type) and _stg(restype) is not None:
        return _ffi_of(restype) if not isinstance(restype, PyCArrayType) else "P", \
            _new(restype)
    # a callable restype: the result is a C int given to it
    return "i", _new(_Word)


def _result_value(restype, rbuf):
    if restype is None:
        return None
    if isinstance(restype, type) and _stg(restype) is not None:
        if isinstance(restype, PyCSimpleType):
            check = getattr(restype, "_check_retval_", None)
            value = rbuf.value if _type_of_value(restype) else rbuf
            if check is not None and not _type_of_value(restype):
                return check(rbuf)
            if check is not None:
                return check(value)
            return value
        check = getattr(restype, "_check_retval_", None)
        return check(rbuf) if check is not None else rbuf
    return restype(_n.peek_int(_addr(rbuf), 4, True, False))


def _make_callback(self, func):
    cls = type(self)
    argtypes = getattr(cls, "_argtypes_", None) or ()
    restype = getattr(cls, "_restype_", None)
    if restype is not None and not isinstance(restype, PyCSimpleType):
        raise TypeError("invalid result type for callback function")

    def entry(*addrs):
        args = []
        for t, a in zip(argtypes, addrs):
            if isinstance(t, PyCSimpleType) and _type_of_value(t):
                args.append(_getv(t._kr_code, a, t._kr_swap))
            else:
                args.append(_copy_at(t, a))
        return tuple(args)

    def store(result, raddr):
        if isinstance(result, _SimpleCData):
            result = result.value
        _setv(restype._kr_code, raddr, result, restype._kr_swap)

    clo = _n.closure(entry, tuple(_ffi_of(t) for t in argtypes), _ffi_of(restype), func,
                     None if restype is None else store)
    _n.poke_int(_addr(self), 8, clo.addr, False)
    self._kr_callable = func
    _keep(self, 0, clo)


for _k in (_SimpleCData, _StructBase, Array, _Pointer, CFuncPtr):
    _k.__reduce__ = _cdata_reduce
    _k.__setstate__ = _cdata_setstate
del _k


def _copy_at(t, addr):
    obj = _new(t)
    _n.memmove(_addr(obj), addr, t._kr_size)
    return obj

