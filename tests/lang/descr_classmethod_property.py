import abc
class A:
    @property
    def x(self): "x doc"; return 1
    y = property()
    @classmethod
    def c(cls): "c doc"; return cls.__name__
    @staticmethod
    def s(a): "s doc"; return a * 2
    @classmethod
    @property
    def cp(cls): return "cp-" + cls.__name__
a = A()
for stmt in ["a.x = 2", "del a.x", "a.y", "a.y = 1", "del a.y", "property(1,2,3,4,5)", "classmethod()", "staticmethod(1, 2)"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
print(A.x.__doc__, A.y.__doc__, A.x.fget.__name__, A.x.fset, A.x.fdel)
print(A.__dict__['c'].__func__.__name__, A.__dict__['c'].__wrapped__ is A.__dict__['c'].__func__, A.__dict__['c'].__doc__, A.__dict__['c'].__name__, A.__dict__['c'].__qualname__)
print(A.__dict__['s'].__func__(3), A.__dict__['s'](4), A.__dict__['s'].__doc__, A.s.__name__)
print(A.c(), a.c(), A.s(5), A.cp, A.__dict__['c'].__isabstractmethod__, A.x.__isabstractmethod__)
print(repr(A.__dict__['c'])[:23], repr(A.__dict__['s'])[:24])
class B(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def f(cls): pass
    @property
    @abc.abstractmethod
    def g(self): pass
print(B.__dict__['f'].__isabstractmethod__, B.g.__isabstractmethod__, sorted(B.__abstractmethods__))
class P(property): pass
class C:
    @P
    def v(self): "vdoc"; return 5
    @v.setter
    def v(self, val): print("set", val)
c = C(); c.v = 3; print(c.v, type(C.v).__name__, C.v.__doc__)
def fn(a: int): "fdoc"
cm = classmethod(fn); cm.extra = 1; print(cm.extra, sorted(cm.__dict__), cm.__doc__, cm.__annotations__)
p = property(lambda s: 1, doc="D"); print(p.__doc__)
q = p.getter(lambda s: 2); print(q.__doc__)
r = property(lambda s: 1); print(r.__doc__)
