import collections.abc
class S(collections.abc.Sequence):
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
match S():
    case [a, b]: print("seq", a, b)
    case _: print("no")
class T:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
collections.abc.Sequence.register(T)
match T():
    case [a, b]: print("seq", a, b)
    case _: print("no")
class M: pass
collections.abc.Mapping.register(M)
match M():
    case {}: print("map")
    case _: print("no")
