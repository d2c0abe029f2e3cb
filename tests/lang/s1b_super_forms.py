# super: unbound super(C) as a descriptor, super(C, None), subclasses of
# super that re-run __init__, the introspection attributes and repr.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class A:
    def meth(self, a):
        return "A(%r)" % a

class C(A):
    def meth(self, a):
        return "C(%r)" % a + self.__super.meth(a)
C._C__super = super(C)
print(C().meth(3))

print(repr(super(A)), super(A).__thisclass__, super(A).__self__, super(A).__self_class__)
s = super(A, A())
print(s.__self_class__, s.__thisclass__, repr(s), type(s.__self__).__name__)
print(repr(super(A, A)))
print(repr(super(A, None)), super(A, None).__self__)
for k in ('__get__', '__init__', '__new__', '__repr__', '__self__', '__self_class__',
          '__thisclass__', '__getattribute__'):
    print(k, k in super.__dict__)

show('get on int', lambda: super(A).__get__(1))
show('type not type', lambda: super(1))
show('obj wrong', lambda: super(A, 1))
show('kw', lambda: super(A, kw=1))
show('3 args', lambda: super(A, A(), 3))
show('init on int', lambda: super.__init__(1))
show('no args at module level', lambda: super())
print(super(A).__get__(None, A))

class B(A):
    pass
print(super(A).__get__(B()).__self_class__)
print(super(B, B()).__class__)

class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)

class E(C):
    def meth(self, a):
        return "E(%r)" % a + mysuper(E, self).meth(a)
print(E().meth(5))

class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)
F._F__super = mysuper(F)
print(F().meth(6))

# re-initialising a super object retargets it
sp = super(float, 1.0)
super.__init__(sp, int, 5)
print(sp.__thisclass__, sp.__self__, sp.__self_class__)

# super() in a method: the first argument, even when a closure holds it
class G(A):
    def __init__(self):
        super().__init__()
        self.r = repr(super())
    def closure(self):
        def inner():
            return self
        return super().meth(1), inner() is self
g = G()
print(g.r, g.closure())

# a cell passed as the first argument is the argument, not its contents
class H:
    def meth(self):
        return super()
def make():
    k = H()
    def get():
        return k
    return get
show('cell as self', lambda: H.meth(make().__closure__[0]))

# classmethods and data descriptors through super
class DDbase:
    x = property(lambda self: 42)
class DDsub(DDbase):
    x = property(lambda self: "hello")
    @classmethod
    def cm(cls):
        return super(DDsub, cls).x
print(DDsub().x, super(DDsub, DDsub()).x, DDsub.cm() is DDbase.x)

# the __class__ cell is filled before a metaclass's mro() runs
seen = []
class Meta(type):
    def mro(self):
        self.__dict__["f"]()
        return super().mro()
class K(metaclass=Meta):
    def f():
        seen.append(__class__)
print(seen == [K])
