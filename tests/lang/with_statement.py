# with: __enter__/__exit__, suppression, propagation, return/break through with.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress
with CM("a") as a:
    print("body", a.name)
with CM("b", True):
    raise ValueError("boom")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
def f():
    with CM("d"):
        return "returned"
print(f())
for i in range(3):
    with CM(i):
        if i == 1:
            break
with CM("x") as x, CM("y") as y:
    print("two", x.name, y.name)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
