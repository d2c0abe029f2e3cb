# f(**d): the merged keyword dict (one probe per key, presized), its repeats and non-str keys
def f(*a, **k): return a, sorted(k.items())
d = {"x": 1, "y": 2}
print(f(**d), f(1, z=3, **d), f(**d, **{"w": 0}))
try: f(x=5, **d)
except TypeError as e: print(e)
try: f(**d, **{"y": 0})
except TypeError as e: print(e)
class K(str): pass
print(f(**{K("q"): 1}))
try: f(**{1: 2})
except TypeError as e: print(e)
big = {("k%d" % i): i for i in range(100)}
print(len(f(**big)[1]), len(f(a=0, **big)[1]))
print(dict(big) == big, dict({}) == {}, {**big, "a": 1}["k99"])
class Eq:
    def __hash__(self): return 7
    def __eq__(self, o): return isinstance(o, Eq)
e1, e2 = Eq(), Eq()
dd = {e1: 1}
print(len({**dd, **{e2: 2}}))
import copy
print(copy.copy(big) == big)
