def f():
    return 1
co = f.__code__
c2 = co.replace(co_name='g')
print(c2.co_name, co.co_name)
c3 = co.replace(co_firstlineno=100, co_filename='other.py')
print(c3.co_firstlineno, c3.co_filename)
f.__code__ = co.replace(co_qualname='Q.f')
print(f.__code__.co_qualname, f())
def two():
    return 2
f.__code__ = two.__code__
print(f())
def outer():
    z = 1
    def inner():
        return z
    return inner
try:
    f.__code__ = outer().__code__
except ValueError as e:
    print(e)
try:
    f.__code__ = 5
except TypeError as e:
    print(e)
pos = list(co.co_positions())
print(type(pos[0]).__name__, len(pos[0]))
print(all(p[0] is None or p[0] >= co.co_firstlineno for p in pos))
