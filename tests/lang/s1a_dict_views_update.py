# dict views compare by size then containment (values compared, never
# hashed); a view inside its own dict reprs as "..."; update() notices a
# source dict resized by a key's __eq__.
class C:
    def __eq__(self, other):
        raise RuntimeError("eq called")
    __hash__ = None

d1 = {1: C()}
d2 = {1: C()}
d3 = {1: C(), 2: C()}
for f in [lambda: d1.items() == d2.items(), lambda: d1.items() != d2.items(),
          lambda: d1.items() <= d2.items(), lambda: d1.items() >= d2.items(),
          lambda: d2.items() < d3.items(), lambda: d3.items() > d2.items(),
          lambda: d1.items() == d3.items(), lambda: d1.items() < d2.items()]:
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError", e)

a = {1: 'a', 2: 'b'}
b = {2: 'b', 1: 'a', 3: 'c'}
print(a.keys() == {1, 2}, a.keys() < b.keys(), a.items() <= b.items(), b.keys() > a.keys())
print(a.keys() == frozenset({1, 2}), {1, 2} == a.keys(), a.keys() != [1, 2], a.items() == {(1, 'a'), (2, 'b')})
print(a.keys() >= a.keys(), a.items() > a.items(), {(1, 'a')} < a.items())
class FS(frozenset):
    pass
print(a.keys() == FS({1, 2}), a.values() == a.values())
try:
    a.keys() < [1]
except TypeError as e:
    print("TypeError", e)

d = {}
d[42] = d.values()
print(repr(d))
d[42] = d.items()
print(repr(d))
d[1] = d.keys()
print(d)

class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False
other = dict((i, 0) for i in range(1, 50))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RuntimeError", e)
other = {X(): 0}
try:
    print(len({**other}), dict(other) == other)
except RuntimeError as e:
    print("RuntimeError", e)
