# __weakref__ on plain and slotted classes; metaclass layouts.
class M(type):
    pass
print(M.__mro__)
class A: pass
print(A().__weakref__)
class B:
    __slots__ = ()
try:
    B().__weakref__
except AttributeError as e:
    print(e)
try:
    class N(type):
        __slots__ = ("x",)
except TypeError as e:
    print(e)
