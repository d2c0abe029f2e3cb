def f():
    v = 1
    return lambda: v
C = type(f().__closure__[0])
print(C.__name__)
c = C()
print(repr(c)[:8])
try:
    c.cell_contents
except ValueError as e:
    print(e)
d = C(5)
print(d.cell_contents)
try:
    C(1, 2)
except TypeError as e:
    print(e)
try:
    C(x=1)
except TypeError as e:
    print(e)
del d.cell_contents
try:
    d.cell_contents
except ValueError as e:
    print(e)
print(C(1) == C(1), C(1) < C(2), C() < C(1), C() == C())
c.cell_contents = 'set'
print(c.cell_contents)
g = type(f)(f().__code__, {}, None, None, (C('via new cell'),))
print(g())
