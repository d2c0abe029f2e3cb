# Classes defining __get__/__set__/__delete__ are descriptors (data and non-data).
class D:
    def __get__(self, obj, typ):
        return ("get", obj is None, typ.__name__)
    def __set__(self, obj, v):
        print("set", v)
    def __delete__(self, obj):
        print("delete")
class N:
    def __get__(self, obj, typ=None):
        return "nondata"
class A:
    d = D()
    n = N()
a = A()
print(a.d, A.d)
a.d = 5
del a.d
print(a.n)
a.n = 1
print(a.n)
class RO:
    def __get__(self, o, t): return 1
    def __delete__(self, o): print("del only")
class B:
    r = RO()
b = B()
try:
    b.r = 2
except AttributeError as e:
    print("AttributeError", e)
del b.r
