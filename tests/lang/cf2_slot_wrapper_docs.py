# __doc__ of slot wrappers and method-wrappers: CPython's slotdefs texts
g = (i for i in range(3))
print(g.__next__.__doc__)
print(type(g).__next__.__doc__)
print(iter([]).__next__.__doc__)
print([].__iter__.__doc__)
for name in ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__mod__",
             "__floordiv__", "__truediv__", "__lshift__", "__rshift__", "__and__",
             "__or__", "__xor__", "__rxor__", "__pow__", "__rpow__", "__neg__",
             "__pos__", "__abs__", "__invert__", "__bool__", "__int__", "__float__",
             "__index__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
             "__hash__", "__repr__", "__str__", "__getattribute__", "__setattr__",
             "__delattr__"]:
    print(name, repr(getattr(int, name).__doc__))
print(object.__init__.__doc__)
print(object.__repr__.__doc__)
print(list.__len__.__doc__)
print(dict.__setitem__.__doc__)
print(dict.__delitem__.__doc__)
print(list.__contains__.__doc__)
print(property.__get__.__doc__)
print(property.__set__.__doc__)
print(property.__delete__.__doc__)
print(type.__call__.__doc__)
print((1).__add__.__doc__)
print(set.__isub__.__doc__)
print(set.__ior__.__doc__)
class A:
    def __next__(self):
        "mine"
print(A.__next__.__doc__)
print(A().__repr__.__doc__)
