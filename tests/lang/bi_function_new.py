F = type(lambda: 0)
def outer():
    v = 1
    def inner(): return v
    return inner
i = outer()
def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: F(5, {}))
show(lambda: F(i.__code__, 5))
show(lambda: F((lambda: 1).__code__, {}, 5))
show(lambda: F((lambda: 1).__code__, {}, None, 5))
show(lambda: F(i.__code__, {}))
show(lambda: F(i.__code__, {}, None, None, (1,)))
show(lambda: F(i.__code__, {}, None, None, ()))
show(lambda: F((lambda: 1).__code__, {}, None, None, i.__closure__))
g = F(i.__code__, {'x': 1}, 'newname', None, i.__closure__)
print(g(), g.__name__, g.__qualname__, g.__globals__)
h = F((lambda a, b=2: a + b).__code__, {}, None, (10,))
print(h(1), h.__defaults__, h.__name__, h.__module__)
print(F.__name__, repr(F))
h2 = F(code=(lambda: 3).__code__, globals={'__name__': 'mod'})
print(h2(), h2.__module__)
def documented():
    "the doc"
    return 'd'
d2 = F(documented.__code__, globals())
print(d2(), d2.__doc__)
