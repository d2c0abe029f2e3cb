# A metaclass __call__ controls instance creation.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kw):
        if cls not in cls._instances:
            print('creating', cls.__name__, args, kw)
            cls._instances[cls] = super().__call__(*args, **kw)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value)

class Counted(type):
    def __call__(cls, *args):
        inst = super().__call__(*args)
        inst.serial = cls.count = getattr(cls, 'count', 0) + 1
        return inst
class P(metaclass=Counted):
    def __init__(self, name):
        self.name = name
ps = [P(n) for n in 'xyz']
print([(p.name, p.serial) for p in ps], P.count)

# type.__call__ reached explicitly.
q = type.__call__(P, 'w')
print(q.name, q.serial)

# __call__ on the metaclass does not make instances callable.
try:
    ps[0]()
except TypeError as e:
    print('TypeError', e)

# A metaclass __call__ returning something else entirely.
class Factory(type):
    def __call__(cls, *args):
        return ('made', cls.__name__, args)
class Z(metaclass=Factory): pass
print(Z(1, 2))
