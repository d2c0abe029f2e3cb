# min/max: items compared as they come, keys called in order, every input shape.
def gen(n):
    for i in range(n):
        print("yield", i)
        yield (i * 7) % 5

def key(x):
    print("key", x)
    return -x

print(min(gen(4)))
print(max(gen(4), key=key))
print(min([3, 1, 2]), max((3, 1, 2)), min({5, 3, 9}), max(frozenset([4, 8, 1])))
print(min(3, 1, 2), max(3, 1, 2), min("b", "a", "c"), max("hello"))
print(min([1.5, 2, -3]), max([2**70, 5, -2**80]), min([True, 2, 0.5]))
print(min([], default="d"), max((), default=None), min(iter([]), default=0))
print(min([4, 2, 6], key=None), max([4, 2, 6], key=lambda v: -v))
print(min([1, 1.0, True]), max([1, 1.0, True]))   # first of equals wins
print(max([(1, "a"), (1, "b"), (0, "z")]), min(["aa", "b"], key=len))
print(min(range(5, 0, -1)), max({1: "a", 9: "b", 4: "c"}))
print(min(-2**47, -2**47 + 1), max(2**47 - 1, 2**47 - 2), min([-5, -(2**62)]))
for args, kw in [((), {}), (([],), {}), ((1, 2), {"default": 3}), ((5,), {}),
                 (([1, "a"],), {}), (([1, 2],), {"bogus": 1}), (([1, 2],), {"key": 3}),
                 ((None, None), {})]:
    for f in (min, max):
        try:
            print(f(*args, **kw))
        except Exception as e:
            print(type(e).__name__, e)
# a key that shrinks the list being scanned
data = [5, 4, 3, 2, 1]
def shrink(v):
    if data:
        data.pop()
    return v
print(min(data, key=shrink), data)
grow = [1, 2]
def growing(v):
    if len(grow) < 6:
        grow.append(v + 10)
    return v
print(max(grow, key=growing), grow)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
    def __repr__(self):
        return "C%d" % self.v
print(min([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(3), Cmp(5), Cmp(4)))
def bad():
    yield 1
    raise KeyError("inside")
try:
    max(bad())
except Exception as e:
    print(type(e).__name__, e)
def badkey(v):
    if v == 2:
        raise ValueError("key %d" % v)
    return v
try:
    min([1, 2, 3], key=badkey)
except Exception as e:
    print(type(e).__name__, e)
class Sub(list):
    def __iter__(self):
        print("Sub.__iter__")
        return iter([9, 8])
print(min(Sub([1, 2])), max(Sub([1, 2])))
