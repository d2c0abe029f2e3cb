# Special methods stored as other descriptors (a mock's MagicProxy): complex(),
# int() (__int__ before __index__), math.floor/ceil/trunc, os.fspath, dir()
# bind them through __get__.
class Proxy:
    def __init__(self, name, val): self.name, self.val = name, val
    def __get__(self, obj, tp):
        print("get", self.name)
        return lambda: self.val
class C:
    __complex__ = Proxy("__complex__", 1j)
    __int__ = Proxy("__int__", 3)
    __index__ = Proxy("__index__", 4)
    __float__ = Proxy("__float__", 2.5)
    __bool__ = Proxy("__bool__", False)
    __len__ = Proxy("__len__", 0)
    __str__ = Proxy("__str__", "s")
    __repr__ = Proxy("__repr__", "r")
    __hash__ = Proxy("__hash__", 5)
    __abs__ = Proxy("__abs__", 6)
    __neg__ = Proxy("__neg__", 7)
    __invert__ = Proxy("__invert__", 8)
    __round__ = Proxy("__round__", 9)
    __trunc__ = Proxy("__trunc__", 10)
    __floor__ = Proxy("__floor__", 11)
    __ceil__ = Proxy("__ceil__", 12)
    __sizeof__ = Proxy("__sizeof__", 13)
    __fspath__ = Proxy("__fspath__", "p")
    __iter__ = Proxy("__iter__", iter([1]))
    __reversed__ = Proxy("__reversed__", iter([2]))
    __dir__ = Proxy("__dir__", ["z"])
    __format__ = None
import math, os, sys, operator
c = C()
for name, f in [("complex", complex), ("int", int), ("float", float), ("bool", bool), ("str", str), ("repr", repr), ("hash", hash), ("abs", abs), ("neg", operator.neg), ("inv", operator.invert), ("round", round), ("trunc", math.trunc), ("floor", math.floor), ("ceil", math.ceil), ("fspath", os.fspath), ("reversed", lambda x: list(reversed(x))), ("dir", dir), ("index", operator.index), ("bin", bin), ("len", len)]:
    try: print(name, f(c))
    except Exception as e: print(name, type(e).__name__, e)

class IntOnly:
    def __int__(self):
        return 7
class IndexOnly:
    def __index__(self):
        return 8
class Both(IndexOnly):
    def __int__(self):
        return 9
class BadInt:
    def __int__(self):
        return "x"
for v in [IntOnly(), IndexOnly(), Both(), BadInt()]:
    try:
        print(type(v).__name__, int(v))
    except TypeError as e:
        print(type(v).__name__, "TypeError", e)

from unittest import mock
m = mock.MagicMock()
print(complex(m), int(m), float(m), math.trunc(m) is not None, len(m), bool(m))
m.__int__.return_value = 42
print(int(m), m.mock_calls[-1])
