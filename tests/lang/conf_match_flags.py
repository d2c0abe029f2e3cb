import collections, collections.abc
class Seq(collections.abc.Sequence):
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 42
match Seq():
    case [x, *_, y]:
        print(x, y)
match [1, 2, 3, 4]:
    case [a, *_, b, c]:
        print(a, b, c)
match (1,):
    case [*_, z]:
        print(z)
class C: pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class M4(dict, collections.abc.Sequence, C): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S2(C, collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
for cls in (M1, M2, M3, M4, S1, S2, S3):
    match cls():
        case {}: print(cls.__name__, "map")
        case []: print(cls.__name__, "seq")
        case _: print(cls.__name__, "neither")
