# Subclasses of list: init, methods, overriding, repr, slicing returns list.
class L(list):
    pass

a = L([1, 2, 3])
print(a, repr(a), type(a).__name__, isinstance(a, list), len(a))
a.append(4)
a.extend([5])
print(a, a[0], a[-1], a[1:3], type(a[1:3]).__name__)
print(a + [6], type(a + [6]).__name__, [0] + a, a * 2)
print(a == [1, 2, 3, 4, 5], sorted(L([3, 1, 2])), list(reversed(a)))
print(L(), L("ab"), L(range(3)), L(x * x for x in range(4)))
a.sort(reverse=True)
print(a, a.pop(), a.index(3), a.count(2), 3 in a)
a[0] = 100
del a[1]
print(a, bool(L()), bool(a))
a.name = "mine"
print(a.name, a.__dict__)
for x in L([7, 8]):
    print(x)

class Stack(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
    def push(self, x):
        self.append(x)
    def top(self):
        return self[-1]

s = Stack(3)
s.push(9)
print(s, s.top(), s.n, len(s))

class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        return ("item", list.__getitem__(self, i))
    def __len__(self):
        return 42

g = Logged()
g.append(1)
print(g[0], len(g), list.__len__(g))
print(list.__new__(L), type(list.__new__(L)).__name__)
a2 = L([1])
a2 += [2]
print(a2, type(a2).__name__)
