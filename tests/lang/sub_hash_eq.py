# Subclass instances as dict keys and set members; hash/eq interplay.
class I(int):
    pass
class S(str):
    pass
class T(tuple):
    pass
class Fs(frozenset):
    pass

d = {1: "int", "s": "str", (1, 2): "tuple", frozenset([1]): "fs"}
print(d[I(1)], d[S("s")], d[T((1, 2))], d[Fs([1])])
s = {I(1), 1, S("a"), "a", T((1,)), (1,)}
print(len(s), sorted(map(repr, s)))

class Loud(str):
    def __eq__(self, other):
        print("eq", str(self), other)
        return str.__eq__(self, other)
    def __hash__(self):
        return str.__hash__(self)

table = {"key": 1}
print(table[Loud("key")])

class Unhashable(list):
    pass
try:
    {Unhashable(): 1}
except TypeError as e:
    print("TypeError", e)

class EqOnly(int):
    def __eq__(self, other):
        return True
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError", e)

class Same(int):
    def __hash__(self):
        return 7
print(hash(Same(100)), {Same(1): "x"}.get(1))
