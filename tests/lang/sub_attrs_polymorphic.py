# One attribute site seeing many classes and shapes (caches must not mix them up).
classes = []
for i in range(12):
    ns = {"kind": i, "describe": lambda self: f"{type(self).__name__}:{self.v}"}
    classes.append(type(f"K{i}", (object,), ns))

def read(o):
    return o.v

def method(o):
    return o.describe()

objs = []
for i, cls in enumerate(classes):
    o = cls()
    if i % 3 == 0:
        o.pad = i          # a different shape: v at another index
    o.v = i * i
    objs.append(o)

for _ in range(3):
    print([read(o) for o in objs])
print([method(o) for o in objs[:4]])

class Base:
    def __init__(self, n):
        self.n = n
class Left(Base):
    def __init__(self, n):
        self.left = True
        super().__init__(n)
class Right(Base):
    pass

def total(items):
    s = 0
    for it in items:
        s += it.n
    return s

mixed = [Base(1), Left(2), Right(3), Left(4), Base(5)]
print(total(mixed), total(mixed[::-1]), [type(m).__name__ for m in mixed])
for m in mixed:
    m.n *= 10
print(total(mixed), [m.__dict__ for m in mixed[:2]])
