# Functions: defaults, keyword arguments, *args, **kwargs, keyword-only.
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(f(1))
print(f(1, 5, 6, 7, c=8, d=9))
print(f(b=1, a=0))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, z=3), g(1, 2, 3))
def noret():
    pass
print(noret())
args = [1, 2]
kwargs = {"c": 10}
print(f(*args, **kwargs), f(*[1], **{"e": 5}))
square = lambda v: v * v
print(square(7), (lambda: 42)(), list(map(lambda s: s + "!", ["a", "b"])))
def doc():
    "docstring"
    return 1
print(doc())
def deco(fn):
    def wrapper(*a):
        return ("wrapped", fn(*a))
    return wrapper
@deco
def h(x):
    return x + 1
print(h(1))
def counter():
    n = 0
    def step(by=1):
        nonlocal n
        n += by
        return n
    return step
s = counter()
s(); s(5)
print(s(), s.__name__)
