# list.sort empties the list while it sorts and reports a change; list
# comparison re-reads sizes; reversed-list iterators pickle by state;
# t * 1 is t.
import pickle
from functools import cmp_to_key

L = [3, 1, 2]
def look(x):
    print("during sort the list is", L)
    return x
L.sort(key=look)
print(L)

for i in range(3):
    def mutating_cmp(x, y):
        L.append(3)
        L.pop()
        return (x > y) - (x < y)
    L = [2, 1]
    try:
        L.sort(key=cmp_to_key(mutating_cmp))
    except ValueError as e:
        print("ValueError", e, L)

def k(x):
    L.append(x)
    return x
L = [5, 4, 6]
try:
    L.sort(key=k)
except ValueError as e:
    print("ValueError", e, L)

def bad(x):
    if x == 2:
        raise KeyError(x)
    return x
L = [3, 2, 1]
try:
    L.sort(key=bad)
except KeyError as e:
    print("KeyError", e, L)
L = [3, 1, 2]
L.sort(reverse=True)
print(L, sorted([], key=bad), sorted(['b', 'A', 'c'], key=str.lower))

class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented
class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented
class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented
list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4, list3 != [1])
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], [] <= [], [2] >= [1, 5], [1, 2] == [1, 2])

orig = [4, 5, 6, 7]
data = [10, 11, 12, 13, 14, 15]
itorig = reversed(orig)
for step in range(6):
    it, a = pickle.loads(pickle.dumps((itorig, orig)))
    a[:] = data
    print(type(it).__name__, list(it), itorig.__length_hint__())
    next(itorig, None)
itorig.__setstate__(2)
print(list(itorig), itorig.__reduce__()[0].__name__)

for m in range(3):
    s = tuple(range(m))
    print(s * 1 is s, s * 0 == (), (s * 2) is s)
class T(tuple):
    pass
t = T((1, 2))
print(type(t * 1).__name__, t * 1 == t, (t * 1) is t)
