# PEP 585 / 604: list[int] is a types.GenericAlias, int | str a types.UnionType.
print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], type[int])
print(type(list[int]), type(list[int]).__name__, type(list[int]).__module__)
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a == list[int], a != list[str])
print(hash(a) == hash(list[int]), {a: 1}[list[int]])
print(a([1, 2]), a.append, a.__name__ if hasattr(a, '__name__') else '-')

class A: pass
print(list[A], dict[A, 'fwd'], set[int], frozenset[str], enumerate[int])
print(hasattr(A, '__class_getitem__'))

class B(list[int]): pass
print(B.__bases__, B.__orig_bases__, B([3]) + [4])

for f in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
          lambda: list[int][int], lambda: A[int]):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

import types
print(types.GenericAlias is type(list[int]), types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
try:
    types.GenericAlias(list)
except TypeError as e:
    print('TypeError', e)

u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, int | int, int | str | int)
print(u == (str | int), u == (int | float), list[int] | None, type[A] | A)
print(isinstance(1, u), isinstance('s', u), isinstance(1.0, u), issubclass(bool, u), isinstance(None, int | None))
try:
    int | 1
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print('TypeError', e)

# A metaclass __or__ still wins over type's.
class OrMeta(type):
    def __or__(cls, other):
        return 'custom or'
class C(metaclass=OrMeta): pass
print(C | int, int | A)
