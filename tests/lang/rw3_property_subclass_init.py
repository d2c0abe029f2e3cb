class IP(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None, classval=None):
        self.classval = classval
        property.__init__(self, fget=fget, fset=fset, fdel=fdel, doc=doc)
    def __get__(self, obj, type=None):
        if obj is None:
            return self.classval
        return property.__get__(self, obj, type)
class A:
    @IP
    def x(self):
        "doc of x"
        return 42
print(A.x, A().x, A.__dict__['x'].__doc__)
p = property(lambda s: 1, doc="d")
print(p.__doc__)
p.__init__(None, None, None, "new")
print(p.__doc__, p.fget)
try: property(1,2,3,4,5)
except Exception as e: print(type(e).__name__, e)
try: property(bogus=1)
except Exception as e: print(type(e).__name__, e)
print(property.__new__(property).fget)
