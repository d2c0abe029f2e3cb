# Positional and keyword sub-patterns together; attribute lookup order.
class Rec:
    __match_args__ = ("a", "b", "c")
    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c

def f(r):
    match r:
        case Rec(1, b, c=3):
            return f"b={b}"
        case Rec(a, c=c, b=2):
            return f"a={a} c={c}"
        case Rec(_, _, _):
            return "other Rec"
    return "not a Rec"

for r in [Rec(1, 9, 3), Rec(5, 2, 7), Rec(0, 0, 0), 42]:
    print(f(r))

# attributes are fetched in pattern order: positional, then keywords
class Loud:
    __match_args__ = ("x", "y")
    def __getattr__(self, name):
        print("getattr", name)
        if name in ("x", "y", "z"):
            return name.upper()
        raise AttributeError(name)

match Loud():
    case Loud(x, z=z, y="Y"):
        print("matched", x, z)

# all attributes are fetched before any sub-pattern is tested
match Loud():
    case Loud("nope", y):
        print("no")
    case _:
        print("failed after fetching both")

# a keyword naming the same attribute as a positional one
class P:
    __match_args__ = ("v",)
    v = 1
try:
    match P():
        case P(1, v=1):
            pass
except TypeError as e:
    print("TypeError", e)
