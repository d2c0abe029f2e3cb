# A metaclass given with metaclass=: its __new__ and __init__ run, in order.
log = []

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', mcls.__name__, name, tuple(b.__name__ for b in bases), kw))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name, sorted(k for k in ns if not k.startswith('__'))))
        super().__init__(name, bases, ns)

class A(metaclass=Meta):
    x = 1
    def f(self): return 2

for entry in log:
    print(entry)
print(type(A).__name__, A.x, A().f())
print(isinstance(A, Meta), isinstance(A, type))

class B(A):
    y = 2
print(log[-2:])
print(type(B) is Meta, B.__mro__ == (B, A, object))
print(B.__name__, B.__qualname__, B.__module__)

# Keywords other than metaclass reach __new__ and __init__.
class C(A, flag=True):
    pass
print(log[-2])
print(type(C).__name__)
