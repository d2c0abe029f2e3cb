def f(a):
    x = a + 1
    return g(x, 'str', 2.5, None, key=3)
print(f.__code__.co_consts)
def k(o):
    return o.attr.method(1 < 2)
print(k.__code__.co_consts, k.__code__.co_names)
def uses_global():
    global counter
    counter = total + 1
    del counter
print(uses_global.__code__.co_names, uses_global.__code__.co_consts)
def attr_and_literal(o):
    o.name = 'name'
    return o.name
print(attr_and_literal.__code__.co_consts, attr_and_literal.__code__.co_names)
def imports():
    import os.path
    from sys import version
    return os, version
print(imports.__code__.co_names)
