# __class_getitem__ of builtin generic classes takes exactly one argument
# (no arguments used to crash krait), and deque, partial and mappingproxy
# are generic as in CPython.
import collections
import contextvars
import functools
import re
import types

for cls in (list, dict, tuple, set, frozenset, enumerate, re.Pattern, re.Match,
            contextvars.ContextVar, collections.deque, functools.partial,
            types.MappingProxyType):
    print(cls[int], cls[int, str], cls.__class_getitem__(int))
    for args, kw in (((), {}), ((int, str), {}), ((int,), {"x": 1})):
        try:
            cls.__class_getitem__(*args, **kw)
        except TypeError as e:
            print("  TypeError", e)

x: collections.deque[int] = collections.deque([1])
print(__annotations__["x"], type(__annotations__["x"]).__name__)
alias = collections.deque[int]
print(alias.__origin__, alias.__args__, alias([1, 2]), alias == collections.deque[int])
print(functools.partial[int].__origin__, types.MappingProxyType[str, int].__args__)
print(list[int] | None, collections.deque[str] | int)
