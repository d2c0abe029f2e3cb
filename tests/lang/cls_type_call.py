# type(name, bases, ns, **kw) and the one-argument form.
print(type(1).__name__, type(type).__name__, type(object).__name__)
T = type('T', (), {'a': 1, 'f': lambda self: 'f'})
print(T.__name__, T.__qualname__, T.a, T().f(), T.__bases__, T.__module__)

U = type('U', (T,), {'__qualname__': 'Outer.U', '__doc__': 'docs'})
print(U.__name__, U.__qualname__, U.__doc__, U.a, U.__mro__[1] is T)
print('__qualname__' in U.__dict__)

class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
V = type('V', (Base,), {}, color='blue')

# Messages.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: type())
t(lambda: type('X', ()))
t(lambda: type('X', (), {}, {}))
t(lambda: type(1, (), {}))
t(lambda: type('X', [], {}))
t(lambda: type('X', (), []))
t(lambda: type('X', (), {}, a=1))
t(lambda: type(1, x=2))
t(lambda: type('X', (1,), {}))
t(lambda: type('X', (), {'__qualname__': 3}))
t(lambda: type('X', (), {'__classcell__': 3}))
t(lambda: type.__new__(type, 'X'))
t(lambda: type.__new__(type))
t(lambda: type.__new__(1, 'X', (), {}))
t(lambda: type.__new__(int, 'X', (), {}))
t(lambda: type.__init__(T, 'X', (), {}, a=1))
t(lambda: type.__init__(T, 'X', a=1))
t(lambda: type.__init__(T, 'X', ()))
t(lambda: type.__init__(T, 1))
