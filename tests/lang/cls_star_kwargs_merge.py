# ** in calls and class statements: repeated keywords and non-mappings, with CPython messages.
def f(**k): return k
def t(fn):
    try: print(fn())
    except TypeError as e: print('TypeError', e)
t(lambda: f(a=1, **{'a': 2}))
t(lambda: f(**{'a': 2}, a=1))
t(lambda: f(**{'a': 2}, **{'a': 3}))
t(lambda: f(**{'a': 2}, b=1, **{'c': 3}))
t(lambda: f(**1))
t(lambda: print(**1))
t(lambda: f(**{1: 2}))
class M:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k * 2
t(lambda: f(**M()))
t(lambda: f(x=0, **M()))
t(lambda: dict(**{'a': 1}, a=2))
class C:
    def m(self, **k): return k
t(lambda: C().m(**{'a': 1}, a=2))
t(lambda: {**{'a': 1}, 'a': 2})
t(lambda: {**1})
class Base: pass
def k(): 
    class D(Base, a=1, **{'a': 2}): pass
t(k)
