def outer():
    x = 1
    y = 'two'
    def inner():
        return x, y
    return inner
i = outer()
print(len(i.__closure__))
print([c.cell_contents for c in i.__closure__])
print(type(i.__closure__[0]).__name__)
print(i.__code__.co_freevars)
print(outer.__code__.co_cellvars)
i.__closure__[0].cell_contents = 100
print(i())
def late():
    def get():
        return v
    c = get.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(e)
    v = 5
    return c.cell_contents
print(late())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c.__closure__[0].cell_contents)
a = outer().__closure__[0]
b = outer().__closure__[0]
print(a == b, a != b)
try:
    i.__closure__ = None
except AttributeError as e:
    print(e)
