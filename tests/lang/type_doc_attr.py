# __doc__ of builtin types, their instances and classes (sqlalchemy's
# declarative extension reads object.__doc__), as CPython's type_get_doc:
# a class's own __doc__ or None, never a base's.
import types

print(repr(object.__doc__))
print(repr(object().__doc__))
print(repr(type.__doc__))
print(repr(super.__doc__))
print(repr(types.FunctionType.__doc__))
print(repr(types.MethodType.__doc__))
print(repr(types.ModuleType.__doc__))
print(object.__class__.__doc__ == type.__doc__)


def f():
    "f's doc"


print(f.__doc__, type(f).__doc__ == types.FunctionType.__doc__)


class A:
    "A's doc"


class B(A):
    pass


print(repr(A.__doc__), repr(B.__doc__), repr(B().__doc__))
B.__doc__ = "set later"
print(repr(B.__doc__), repr(B().__doc__), repr(A.__doc__))


class Meta(type):
    @property
    def __doc__(cls):
        return "meta property " + cls.__name__


class C(metaclass=Meta):
    "C's own"


print(C.__doc__, repr(C().__doc__))


class D:
    @property
    def __doc__(self):
        return "instance property"


print(type(D.__doc__).__name__, D().__doc__)
for t in (int, str, list, dict, tuple, set, frozenset, bytes, float, bool, type(None),
          range, slice, BaseException, Exception, types.SimpleNamespace):
    d = t.__doc__
    assert d is None or isinstance(d, str), t
print([hasattr(getattr(object, n), "__doc__") for n in sorted(vars(object))].count(False))
for _ in range(3):    # the class-attribute cache must not keep object's
    print(repr(types.BuiltinFunctionType.__doc__ is object.__doc__), B.__doc__)
