import copy
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"P({self.x!r}, {self.y!r})"
p = P(1, [2, 3])
q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y)
print(p.__reduce_ex__(2)[0].__name__, p.__reduce_ex__(2)[1][0].__name__, p.__reduce_ex__(2)[2])
class L(list): pass
l = L([1, 2]); l.tag = 'a'
m = copy.deepcopy(l); print(m, type(m).__name__, m.tag)
class D(dict): pass
d = D(a=[1]); e = copy.deepcopy(d); print(e, type(e).__name__, e['a'] is d['a'])
class N:
    def __init__(self, a): self.a = a
    def __getnewargs__(self): return (self.a,)
    def __new__(cls, a): o = object.__new__(cls); o.made = a; return o
n = copy.copy(N(5)); print(n.a, n.made)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
print(object.__reduce_ex__ is object.__reduce_ex__, S.__reduce_ex__ is object.__reduce_ex__)
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(4))
t = copy.deepcopy({'k': (1, [2]), 'j': {3}}); print(t)
print(copy.copy(3), copy.deepcopy("s"))
