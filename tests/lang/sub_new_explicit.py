# Builtin __new__ called explicitly with a subtype, and its errors.
class I(int): pass
class S(str): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class F(float): pass

for make in (lambda: int.__new__(I, 5), lambda: str.__new__(S, "s"),
             lambda: tuple.__new__(T, [1, 2]), lambda: list.__new__(L),
             lambda: dict.__new__(D), lambda: float.__new__(F, "2.5"),
             lambda: int.__new__(I), lambda: str.__new__(S)):
    v = make()
    print(type(v).__name__, repr(v))

def err(f):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)

err(lambda: int.__new__(str, 5))
err(lambda: int.__new__(5))
err(lambda: tuple.__new__(list))
err(lambda: int.__new__())

class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)
    def __repr__(self):
        return f"{float(self)}C"

print(Celsius(21.5), Celsius(0) + 1)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError", e)

class Token(str):
    def __new__(cls, text, kind):
        self = super().__new__(cls, text)
        self.kind = kind
        return self

tk = Token("if", "keyword")
print(tk, tk.kind, tk == "if", len(tk), tk.upper())

class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    def __init__(self, a, b):
        self.total = a + b

pr = Pair(2, 3)
print(pr, pr.total, type(pr).__name__)

class Even(int):
    def __new__(cls, n):
        return int.__new__(cls, n - n % 2)

print(Even(7), Even(8), [Even(x) for x in range(5)])
