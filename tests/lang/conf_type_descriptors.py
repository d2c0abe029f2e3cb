# type.__dict__ holds '__mro__' and '__dict__' descriptors, and member
# descriptors carry __name__, __qualname__ and __objclass__: what
# inspect.getattr_static walks.
import inspect, types

class A:
    x = 1
    __slots__ = ("a", "b")

class B(A):
    y = 2

mro = type.__dict__["__mro__"]
dct = type.__dict__["__dict__"]
print(mro.__get__(B), dct.__get__(A)["x"], type(mro).__name__)
print(mro.__name__, mro.__objclass__, dct.__name__)
d = A.__dict__["a"]
print(d.__name__, d.__qualname__, d.__objclass__, d.__doc__, type(d) is types.MemberDescriptorType)
print(inspect.getattr_static(B, "x"), inspect.getattr_static(B, "y"))
print(inspect.getattr_static(B(), "y"), type(inspect.getattr_static(B, "a")).__name__)
print(inspect.getattr_static(B, "missing", "default"))
for f in [lambda: setattr(B, "__mro__", ()), lambda: setattr(B, "__dict__", {}),
          lambda: inspect.getattr_static(B, "missing")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

class Meta(type):
    @property
    def special(cls):
        return "meta"

class C(metaclass=Meta):
    pass
print(C.__mro__, C.special, inspect.getattr_static(C, "special").__class__.__name__)
print(types.FunctionType.__code__.__name__, types.FunctionType.__code__.__objclass__)
for bad in [1, "s", B()]:
    try:
        mro.__get__(bad)
    except TypeError as e:
        print("TypeError", e)
