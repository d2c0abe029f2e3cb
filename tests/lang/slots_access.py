# Slots through getattr/setattr/delattr/hasattr and member descriptors.
class V:
    __slots__ = ("a", "b", "c")

v = V()
for name in ("a", "b", "c"):
    setattr(v, name, name * 2)
print([getattr(v, n) for n in ("a", "b", "c")])
delattr(v, "b")
print(hasattr(v, "a"), hasattr(v, "b"), getattr(v, "b", "gone"))
try:
    delattr(v, "nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    setattr(v, "nope", 1)
except AttributeError as e:
    print("AttributeError", e)

m = V.__dict__["a"]
print(type(m).__name__, m.__get__(v, V), m.__name__ if hasattr(m, "__name__") else "a")
m.__set__(v, "set via descriptor")
print(v.a)
m.__delete__(v)
print(hasattr(v, "a"))

class W:
    __slots__ = ("a",)
try:
    V.__dict__["c"].__get__(W())
except TypeError as e:
    print("TypeError", e)
try:
    V.__dict__["c"].__set__(W(), 1)
except TypeError as e:
    print("TypeError", e)

class Shadow:
    __slots__ = ("x",)
    def get_x(self):
        return self.x

sh = Shadow()
sh.x = 3
print(sh.get_x())
Shadow.x = "class attr"
print(Shadow.x)
try:
    sh.x = 4
except AttributeError as e:
    print("AttributeError", e)
