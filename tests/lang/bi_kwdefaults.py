def f(*, a=1, b=2):
    return a, b
print(f.__kwdefaults__, f())
f.__kwdefaults__['a'] = 10
print(f())
f.__kwdefaults__ = {'a': 'x', 'b': 'y'}
print(f())
f.__kwdefaults__ = None
try:
    f()
except TypeError as e:
    print(e)
try:
    f.__kwdefaults__ = [1]
except TypeError as e:
    print(e)
def g(a, b=5, c=6):
    return a, b, c
g.__defaults__ = (50, 60)
print(g(1))
g.__defaults__ = (60,)
print(g(1, 2))
del g.__defaults__
print(g.__defaults__)
try:
    g(1)
except TypeError as e:
    print(e)
