import weakref, abc, numbers
r = weakref.ref(int)
print(r() is int, r() is r(), type(r).__name__)
class A(abc.ABC):
    pass
A.register(int)
A.register(str)
print(issubclass(int, A), isinstance(3, A), isinstance("s", A), isinstance(3.0, A))
print(isinstance(3, numbers.Integral), isinstance(3.0, numbers.Real), issubclass(bool, numbers.Number))
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real))
class B(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
B.register(list)
print(issubclass(list, B), issubclass(tuple, B))
try:
    B()
except TypeError as e:
    print(e)
