# __prepare__ returns the namespace the body runs in; any mapping works.
class Recorder:
    def __init__(self):
        self.d = {}
        self.order = []
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.order.append(k)
        self.d[k] = v

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', mcls.__name__, name, bases, kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        print('order', [k for k in ns.order if not k.startswith('__')])
        print(type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns.d))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, color='red'):
    b = 1
    a = 2
    def c(self): pass
    b = 3
print(A.b, A.a)

# A namespace that is not a dict at all: LOAD_NAME/STORE_NAME go through
# __getitem__/__setitem__, missing names fall back to globals/builtins.
class NS:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print('get', k)
        return self.d[k]
    def __setitem__(self, k, v):
        print('set', k)
        self.d[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.d[k]

G = 'global'

class M2(type):
    def __prepare__(name, bases):
        return NS()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.d)

class B(metaclass=M2):
    x = 1
    y = x + 1
    z = G
    w = len('ab')
    del x
    try:
        del nothere
    except NameError as e:
        print('NameError', e)
print(B.y, B.z, B.w, hasattr(B, 'x'))
