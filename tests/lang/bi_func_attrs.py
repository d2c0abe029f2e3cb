def f(a, b=2, *, c=3):
    return a + b + c
print(f.__name__, f.__qualname__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__globals__ is globals())
print(f.__closure__)
print(type(f.__code__).__name__)
print(f.__dict__)
f.custom = 1
print(f.__dict__, f.custom)
f.__defaults__ = (10,)
print(f(1))
f.__kwdefaults__ = {'c': 100}
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
f.__name__ = 'renamed'
f.__qualname__ = 'Q.renamed'
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
try:
    f.__globals__ = {}
except AttributeError as e:
    print(e)
class C:
    def m(self): pass
print(C.m.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
def wrapper(fn):
    def w(*a):
        return fn(*a)
    w.__wrapped__ = fn
    return w
@wrapper
def deco(x): return x
print(deco.__wrapped__.__name__, deco(4))
f.__module__ = 'elsewhere'
print(f.__module__)
f.__dict__ = {'new': 1}
print(f.new)
