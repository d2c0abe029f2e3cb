# A def or class declared `global` in its enclosing scope gets a
# module-level __qualname__ (pickle finds it by that name).
import pickle

def make():
    global Point, helper
    class Point:
        def norm(self):
            return 0
    def helper():
        def inner():
            pass
        return inner
    class Local:
        global Nested
        class Nested:
            pass
        def method(self):
            pass
    return Point, helper, Local, Nested

P, h, L, N = make()
print(P.__qualname__, P.norm.__qualname__, h.__qualname__, h().__qualname__)
print(L.__qualname__, L.method.__qualname__, N.__qualname__)
p = P()
p.x = 5
q = pickle.loads(pickle.dumps(p))
print(type(q) is P, q.x)

class K:
    global __Hidden
    class __Hidden:
        pass
print(globals()["_K__Hidden"].__qualname__)

def outer():
    global late
    late = lambda: None
    return late
print(outer().__qualname__)
