# A custom namespace still carries __classcell__ and __orig_bases__ to the
# metaclass, and zero-argument super() works in the class made from it.
class NS:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return NS()
    def __new__(mcls, name, bases, ns, **kw):
        keys = sorted(k for k in ns.data if k.startswith('__'))
        print(name, keys)
        return super().__new__(mcls, name, bases, ns.data, **kw)

class Base:
    def hello(self):
        return 'Base.hello'

class Alias:
    def __mro_entries__(self, bases):
        return (Base,)

class A(Alias(), metaclass=Meta):
    "docstring"
    def hello(self):
        return 'A.hello > ' + super().hello()

print(A().hello(), A.__doc__, A.__orig_bases__[0].__class__.__name__)
print(A.__bases__ == (Base,))

# Class keywords with the custom namespace reach __init_subclass__.
try:
    class B(A, flag=1):
        def hello(self):
            return 'B > ' + super().hello()
except TypeError as e:
    print('TypeError', e)
class Base2:
    def __init_subclass__(cls, flag=0):
        cls.flag = flag
class C(Base2, metaclass=Meta, flag=7):
    def get(self):
        return __class__.__name__
print(C.flag, C().get())
