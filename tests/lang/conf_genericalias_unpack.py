# 3.11's `*tuple[int]`: iterating a GenericAlias yields one starred alias;
# subscripts spread `*tuple[X, Y]`; TypeVarTuple substitution; pickling.
import pickle, copy, types, weakref
from typing import TypeVar, TypeVarTuple, Generic

T = TypeVar("T")
Ts = TypeVarTuple("Ts")

s, = tuple[int]
print(s, s.__unpacked__, s.__typing_unpacked_tuple_args__)
print(list[int].__unpacked__, list[int].__typing_unpacked_tuple_args__)
print(list(iter(list[int])), next(iter(dict[str, int])).__unpacked__)
it = iter(tuple[str])
print(type(it).__name__, next(it), next(it, "done"))
print(tuple[int, *tuple[str, bool]], tuple[*tuple[int, ...]])
print(s == tuple[int], s == next(iter(tuple[int])), s != tuple[int])
print(hash(s) == hash(tuple[int]))
print(pickle.loads(pickle.dumps(s)) == s, s.__reduce__()[0].__name__)
print(copy.copy(s) == s, copy.deepcopy(s) == s)
print(pickle.loads(pickle.dumps(list[int])) == list[int])

A = tuple[T, *Ts]
print(A.__parameters__)
print(A[int], A[int, str, bool], A[int, *tuple[str, bool]], A[int, *tuple[str, ...]])
print(dict[T, list[T]][int], tuple[*Ts][int, str], list[tuple[*Ts]][int, str])
starred_sub = next(iter(tuple[T]))
print(starred_sub[int], starred_sub[int].__unpacked__)

def f(*args: *Ts): pass
print(f.__annotations__)
def g(*args: *tuple[int, ...]): pass
print(g.__annotations__)

for bad in [lambda: list[int][int], lambda: dict[T, T][int, str], lambda: dict[T, str][()]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

class G(types.GenericAlias):
    pass
g2 = G(list, int)
print(type(g2).__name__, g2, g2 == list[int])
print(repr(tuple[()]), next(iter(tuple[()])))

u = int | str
print(u.__module__, type(u).__module__)
w = weakref.ref(list[int])
print(w() is None or w() == list[int])
