# Mixins combined with builtin bases; super() through the builtin.
class ReprMixin:
    def __repr__(self):
        return f"<{type(self).__name__} {super().__repr__()}>"

class RList(ReprMixin, list):
    pass

class RDict(ReprMixin, dict):
    pass

class RInt(ReprMixin, int):
    pass

print(repr(RList([1, 2])), repr(RDict(a=1)), repr(RInt(7)))
print(RList([1]) + [2], RInt(2) * 3)

class Validating:
    def __setitem__(self, key, value):
        if not isinstance(value, int):
            raise TypeError(f"{key!r} must map to an int")
        super().__setitem__(key, value)

class IntDict(Validating, dict):
    pass

idict = IntDict()
idict["a"] = 1
try:
    idict["b"] = "x"
except TypeError as e:
    print("TypeError", e)
print(idict, [c.__name__ for c in IntDict.__mro__])

class Counted:
    instances = 0
    def __init__(self, *a, **k):
        type(self).instances += 1
        super().__init__(*a, **k)

class CountedList(Counted, list):
    pass

x = CountedList([1, 2])
y = CountedList()
print(x, y, CountedList.instances, len(x))
x.note = "hi"
print(x.note, x.__dict__)
