"""array -- the typed arrays of the C module _array (src/modules/array.c).

CPython's array module is C and registers array with
collections.abc.MutableSequence when it is imported; krait's C modules are
made at start-up, before collections.abc can be imported, so this module
does that registration and re-exports the rest.
"""
from _array import ArrayType, _array_reconstructor, array, typecodes

try:
    from _collections_abc import MutableSequence as _MS
    _MS.register(array)
    del _MS
except ImportError:
    pass
