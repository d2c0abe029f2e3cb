# type.__flags__ in CPython's Py_TPFLAGS_* bits: what inspect.isabstract and
# fast subclass checks read.
import abc
import inspect

HEAPTYPE, BASETYPE, ABSTRACT = 1 << 9, 1 << 10, 1 << 20
SUBCLASS_BITS = {int: 24, list: 25, tuple: 26, bytes: 27, str: 28, dict: 29,
                 BaseException: 30, type: 31}

class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

class B(A):
    def f(self): return 1

class MyList(list):
    pass

for t in [A, B, MyList, int, object, abc.ABC]:
    fl = t.__flags__
    print(t.__name__, isinstance(fl, int), bool(fl & HEAPTYPE), bool(fl & BASETYPE),
          bool(fl & ABSTRACT), inspect.isabstract(t))
for t, bit in SUBCLASS_BITS.items():
    print(t.__name__, bool(t.__flags__ & (1 << bit)), bool(MyList.__flags__ & (1 << bit)))
print(bool(bool.__flags__ & BASETYPE), bool(B().__class__.__flags__ & ABSTRACT))
B.f = None
print(inspect.isabstract(B))
try:
    int.__flags__ = 0
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
