# Dunders overridden in subclasses of builtins are honoured by operators.
class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 100)
    def __radd__(self, other):
        return "radd"
    def __repr__(self):
        return f"MyInt({int(self)})"
    def __eq__(self, other):
        return "eq called"
    __hash__ = int.__hash__
    def __bool__(self):
        return False

m = MyInt(1)
print(m + 1, 1 + m, m == 1, bool(m), repr(m), str(m))
print(type(m + 1).__name__, m - 1, type(m - 1).__name__)

class MyStr(str):
    def __len__(self):
        return 99
    def __getitem__(self, i):
        return "item"
    def __contains__(self, x):
        return True
    def __iter__(self):
        return iter(["it"])

s = MyStr("abc")
print(len(s), s[0], "zz" in s, list(s), s.upper())

class MyList(list):
    def __iter__(self):
        return iter(["custom"])
    def __contains__(self, x):
        return x == "magic"
    def __eq__(self, other):
        return True

l = MyList([1, 2])
print(list(l), [x for x in l], 1 in l, "magic" in l, l == [5], len(l))

class MyFloat(float):
    def __lt__(self, other):
        return True
    def __neg__(self):
        return "neg"
    def __float__(self):
        return 1.0

f = MyFloat(5.0)
print(f < 1, f > 1, -f, f + 1)

class MyDict(dict):
    def __len__(self):
        return -0 + 7
    def __iter__(self):
        return iter(["k"])

d = MyDict(a=1)
print(len(d), list(d), d["a"])

class MyTuple(tuple):
    def __add__(self, other):
        return "added"
    def __mul__(self, other):
        return "mul"

t = MyTuple((1,))
print(t + (2,), t * 3, (0,) + t)

class Reflect(int):
    def __radd__(self, other):
        return "reflected first"

print(5 + Reflect(1))
