# Attribute lookups stay right when classes change after the lookup was cached.
class Base:
    def greet(self):
        return "base"
    kind = "base kind"
class Derived(Base):
    pass
d = Derived()
def probe(o):
    return o.greet(), o.kind
for i in range(3):
    print(probe(d))
Base.greet = lambda self: "patched base"
print(probe(d))
Derived.kind = "derived kind"
print(probe(d))
d.kind = "instance kind"
d.greet = lambda: "instance greet"
print(probe(d))
del d.greet
del Derived.kind
print(probe(d))
class P:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v * 10
p = P()
p.__dict__["v"] = "shadow?"
print(p.v, [p.v for _ in range(2)])
class Counter:
    n = 0
    def bump(self):
        Counter.n += 1
        return self.n
c = Counter()
print([c.bump() for _ in range(4)])
