# A class defining one of __setitem__/__delitem__ reaches the builtin
# base's slot for the other (directly, not through a call), with the
# wrapper's checks when the dunder was taken from an unrelated type.
import collections
class D(dict):
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
c = collections.Counter()
for i in range(10):
    c[i % 3] += 1
print(c)
del c[5]; del c[0]
print(c)
d = D(a=1)
d["b"] = 2
del d["a"]
print(d)
class S(dict):
    __setitem__ = dict.__setitem__
    def __delitem__(self, k): pass
s = S(); s[1] = 2; print(s)
class Odd:
    __setitem__ = dict.__setitem__
    def __delitem__(self, k): pass
try:
    Odd()[1] = 2
except TypeError as e:
    print(e)
class L(list):
    def __delitem__(self, k): print("ldel")
l = L([1, 2]); l[0] = 5; del l[0]; print(l)
try:
    l[9] = 1
except IndexError as e:
    print(e)
