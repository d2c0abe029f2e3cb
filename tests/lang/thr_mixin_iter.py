# A mixin defining only __getitem__ does not hide a later base's __iter__:
# iteration by index is the fallback when no class in the MRO has one.
import collections


class Mixin:
    def __getitem__(self, item):
        if isinstance(item, int) and item >= 3:
            raise IndexError(item)
        return "mixin-%s" % (item,)


class D(dict):
    def __iter__(self):
        return iter(["a", "b"])


class C(Mixin, D):
    pass


class E(Mixin, dict):
    pass


class F(Mixin, list):
    pass


class G(Mixin):
    pass


class H(G):
    pass


print(list(C()))
print(list(E(x=1)))
print(list(F([7, 8])))
print(list(G()), list(H()))


class LRU:
    def __init__(self, size):
        super().__init__()
        self.size = size

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        while key not in self and len(self) >= self.size:
            self.popitem(last=False)
        super().__setitem__(key, value)


class Cache(LRU, collections.OrderedDict):
    pass


c = Cache(2)
c["t1"] = 1
c["t2"] = 2
c["t3"] = 3
print(list(c))
print(c["t2"], list(c))
print(len(c), "t3" in c)
try:
    c["missing"]
except Exception as e:
    print(type(e).__name__, e)
