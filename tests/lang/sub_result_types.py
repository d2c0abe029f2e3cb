# Operations on subclass instances return the exact builtin type, as CPython.
class S(str): pass
s = S("abc")
for name, v in [("strip", s.strip()), ("slice", s[:]), ("lower", s.lower()), ("add", s + ""),
                ("radd", "" + s), ("mul1", s * 1), ("replace", s.replace("z", "y")), ("format", "{}".format(s)),
                ("fstr", f"{s}"), ("join1", "".join([s])), ("ljust", s.ljust(2)), ("center", s.center(1)),
                ("expandtabs", s.expandtabs()), ("zfill", s.zfill(1)), ("rstrip", s.rstrip()), ("title", s.title()),
                ("pct", "%s" % s), ("str", str(s)), ("format2", format(s)), ("swapcase", s.swapcase()),
                ("removeprefix", s.removeprefix("z")), ("split", s.split()[0])]:
    print(name, type(v).__name__)
class T(tuple): pass
t = T((1, 2))
print(type(t[:]).__name__, type(t * 1).__name__, type(t + ()).__name__, type(tuple(t)).__name__)
class B(bytes): pass
b = B(b"ab")
print(type(b[:]).__name__, type(b * 1).__name__, type(b + b"").__name__, type(bytes(b)).__name__, type(b.strip()).__name__)
class F(frozenset): pass
f = F([1])
print(type(frozenset(f)).__name__, type(f.copy()).__name__, type(f | set()).__name__)
class I(int): pass
print(type(int(I(3))).__name__, type(I(3).__index__()).__name__, type(round(I(3))).__name__, type(I(3).__trunc__()).__name__)
class Fl(float): pass
print(type(float(Fl(1.0))).__name__, type(Fl(1.5).__round__(1)).__name__ if hasattr(float, "__round__") else "float")
