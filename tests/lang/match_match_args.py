# __match_args__ errors and edge cases.
def attempt(subject, fn):
    try:
        print(fn(subject))
    except Exception as e:
        print(type(e).__name__, e)

class L:
    __match_args__ = ["a"]
    a = 1
def f1(s):
    match s:
        case L(x):
            return x
attempt(L(), f1)

class N:
    __match_args__ = (1,)
def f2(s):
    match s:
        case N(x):
            return x
attempt(N(), f2)

class Two:
    __match_args__ = ("a", "b")
    a, b = 1, 2
def f3(s):
    match s:
        case Two(x, y, z):
            return x
attempt(Two(), f3)

def f4(s):
    match s:
        case Two(x, a=y):
            return x, y
attempt(Two(), f4)

def f5(s):
    match s:
        case Two(x, y):
            return x, y
attempt(Two(), f5)

# a missing positional attribute just fails
class Ghost:
    __match_args__ = ("gone",)
def f6(s):
    match s:
        case Ghost(x):
            return x
    return "no match"
attempt(Ghost(), f6)

# __match_args__ is only read when there are positional patterns
class Weird:
    __match_args__ = "not a tuple"
    a = 5
def f7(s):
    match s:
        case Weird(a=a):
            return a
attempt(Weird(), f7)

# the isinstance check comes first
def f8(s):
    match s:
        case L(x, y, z):
            return "impossible"
    return "not an L"
attempt(5, f8)

# the class must be a type
notatype = 42
def f9(s):
    match s:
        case notatype():
            return "?"
attempt(1, f9)

# one positional sub-pattern for a class with no __match_args__
class Plain:
    pass
def f10(s):
    match s:
        case Plain(x):
            return x
attempt(Plain(), f10)

# inherited __match_args__
class Base:
    __match_args__ = ("v",)
    v = "base v"
class Derived(Base):
    pass
def f11(s):
    match s:
        case Base(x):
            return x
attempt(Derived(), f11)
