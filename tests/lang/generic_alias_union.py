print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], list[int].__parameters__, list[int]==list[int], type(list[int]).__module__, repr(type(int|str)), int|None)
print(list[int].__mro_entries__((1,)), list[int]().__class__, dir(list[int])[:5])
try: list[int][int]
except TypeError as e: print(e)
try: isinstance(1, list[int])
except TypeError as e: print(e)
print(isinstance(1, int|str), issubclass(bool, int|None), (int|str)|float, (int|str)==(str|int), hash(int|str)==hash(str|int), (int|int))
try: int|3
except TypeError as e: print(e)
print(type(int|str).__name__, (int|list[int]), (int|str).__args__, None|int)
class C(list[int]): pass
print(C.__orig_bases__, C.__mro__, list[int].__name__, list[int].__origin__)
class T:
    def __init__(self, n): self.n = n
    def __typing_subst__(self, arg): return arg
    def __repr__(self): return '~' + self.n
t = T('T'); u = T('U')
print(list[t], list[t].__parameters__, list[t][int], dict[t, list[u]][str, float], dict[t, list[u]].__parameters__)
try: dict[t, u][int]
except TypeError as e: print(e)
print((int | t)[str], enumerate[int], frozenset[int], set[str], BaseExceptionGroup[ValueError])
import sys
print(sys.version_info >= (3, 9))
