# __instancecheck__ / __subclasscheck__ on a metaclass drive isinstance/issubclass.
class Duck(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', cls.__name__, type(obj).__name__)
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return hasattr(sub, 'quack')

class Quacker(metaclass=Duck): pass

class Mallard:
    def quack(self): pass
class Dog: pass

print(isinstance(Mallard(), Quacker), isinstance(Dog(), Quacker))
print(issubclass(Mallard, Quacker), issubclass(Dog, Quacker))
print(isinstance(Dog(), (int, Quacker)), issubclass(Mallard, (int, Quacker)))

# An exact-type instance never asks the hook.
q = Quacker()
print(isinstance(q, Quacker))

# The result is made a bool.
class Weird(type):
    def __instancecheck__(cls, obj): return [1]
    def __subclasscheck__(cls, sub): return 0
class W(metaclass=Weird): pass
print(isinstance(3, W), issubclass(int, W))

# Errors in the hook propagate.
class Raising(type):
    def __instancecheck__(cls, obj): raise ValueError('no check')
class R(metaclass=Raising): pass
try:
    isinstance(1, R)
except ValueError as e:
    print('ValueError', e)

# type's own are callable directly.
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
print(int.__instancecheck__('x'), object.__subclasscheck__(Dog))

# Extending through super().
class Logged(type):
    def __instancecheck__(cls, obj):
        r = super().__instancecheck__(obj)
        print('logged', cls.__name__, r)
        return r
class L(metaclass=Logged): pass
class LSub(L): pass
print(isinstance(LSub(), L), isinstance(1, L))

# issubclass argument errors.
for args in [(1, int), (int, 1), (int, (int, 1))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    isinstance(1, 2)
except TypeError as e:
    print('TypeError', e)
