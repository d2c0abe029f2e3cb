# __prepare__ must return a mapping; its errors propagate.
class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42

try:
    class A(metaclass=Bad): pass
except TypeError as e:
    print('TypeError', e)

def fmeta(name, bases, ns):
    return name
fmeta.__prepare__ = lambda name, bases: (1,)
try:
    class B(metaclass=fmeta): pass
except TypeError as e:
    print('TypeError', e)

class Raises(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        raise ValueError('no namespace for ' + name)

try:
    class C(metaclass=Raises): pass
except ValueError as e:
    print('ValueError', e)

# type.__prepare__ accepts anything and returns a dict.
print(type.__prepare__('X', (), a=1), type(type.__prepare__()))

# A keyword __prepare__ does not accept.
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {}
try:
    class D(metaclass=Strict, extra=1): pass
except TypeError as e:
    print('TypeError', e)
