# __slots__ on subclasses of builtins that allow them.
class S(str):
    __slots__ = ("tag",)
s = S("text")
s.tag = "t"
print(s, s.tag, s.upper(), len(s))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError", e)

class L(list):
    __slots__ = ("name",)
l = L([1, 2])
l.name = "nums"
l.append(3)
print(l, l.name)
try:
    l.__dict__
except AttributeError as e:
    print("AttributeError", e)

class F(float):
    __slots__ = ()
f = F(1.5)
print(f * 2, type(f).__name__)
try:
    f.x = 1
except AttributeError as e:
    print("AttributeError", e)

class D(dict):
    __slots__ = ("default",)
    def __missing__(self, key):
        return self.default
d = D(a=1)
d.default = 0
print(d["a"], d["zz"])

class T(tuple):
    __slots__ = ()
t = T((1, 2))
print(t, t + (3,))
try:
    t.x = 1
except AttributeError as e:
    print("AttributeError", e)

class LongS(str):
    __slots__ = ("a", "b", "c")
for text in ("", "x", "é" * 9, "\U0001F600" * 5, "y" * 1000):
    v = LongS(text)
    v.a, v.b, v.c = 1, [2], "three"
    print(len(v), v.a, v.b, v.c, v == text)
