# Assorted protocol details: with-statement errors, object.__init__'s
# excess-argument rules, dunders that are properties, bound method
# attributes, break in except*, class bodies shadowing closure variables.
import asyncio

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class LacksExit:
    def __enter__(self):
        pass
class LacksEnter:
    def __exit__(self, *a):
        pass
for k in (LacksExit, LacksEnter, int):
    try:
        with k():
            pass
    except TypeError as e:
        print(e)

class ALacksExit:
    async def __aenter__(self):
        pass
class ALacksEnter:
    async def __aexit__(self, *a):
        pass
async def main():
    for k in (ALacksExit, ALacksEnter, int):
        try:
            async with k():
                pass
        except TypeError as e:
            print(e)
asyncio.run(main())

class P:
    p = property(lambda s: 1)
for args in [(), (1,), (1, 2, 3)]:
    show('set_name', lambda: P.__dict__['p'].__set_name__(*args))
show('set_name kw', lambda: P.__dict__['p'].__set_name__(1, 2, x=3))

class E:
    def __init__(self, *a):
        object.__init__(self, *a)
class F:
    pass
class G:
    def __new__(cls, *a):
        return object.__new__(cls)
show('object.__init__ extra', lambda: object.__init__(E(), 1))
show('E(1)', lambda: E(1))
show('F(1)', lambda: F(1))
show('object(1)', lambda: object(1))
show('F.__init__', lambda: F.__init__(F(), 1))
show('object.__new__', lambda: object.__new__(F, 1))
show('G(1)', lambda: type(G(1)).__name__)
show('G.__init__', lambda: G.__init__(G(), 1))

class cached(property):
    def __init__(self, fget):
        super().__init__(fget)
        self.calls = 0
class S(str):
    def __init__(self, x):
        super().__init__()
print(S('abc'), cached(len).calls)

def booh(self):
    raise AttributeError("booh")
class A:
    a = property(booh)
show('A().a', lambda: A().a)
class Eq:
    __eq__ = property(booh)
    __lt__ = property(booh)
show('Eq == Eq', lambda: Eq() == Eq())
show('Eq < Eq', lambda: Eq() < Eq())
class I:
    __init__ = property(booh)
show('I()', lambda: I())
class Called:
    __init__ = staticmethod(lambda *a: print('static init', len(a)))
Called(1, 2)

class M:
    def a(self):
        pass
m = M().a
for v in (M, 1):
    try:
        m.__class__ = v
    except Exception as e:
        print(type(e).__name__, e)
for n in ('__func__', '__self__', 'x'):
    try:
        setattr(m, n, 1)
    except Exception as e:
        print(type(e).__name__, e)

for src in ['try:\n    raise ValueError\nexcept* Exception as e:\n    break\n',
            'try:\n    pass\nexcept* Exception:\n    continue\n',
            'for i in range(3):\n    try:\n        pass\n    except* Exception:\n        break\n',
            'break\n']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(e.msg, e.lineno)

def outer():
    x = 42
    class X:
        locals()["x"] = 43
        y = x
    print(X.y)
    class X:
        locals()["x"] = 43
        del x
    print(hasattr(X, "x"), x)
    class Z:
        z = x
    print(Z.z)
    def inner():
        class W:
            def f(self):
                return x
            w = x
        return W.w, W().f()
    print(inner())
outer()
