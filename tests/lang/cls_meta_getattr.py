# __getattr__, __setattr__ and __delattr__ defined on a metaclass.
class Meta(type):
    def __getattr__(cls, name):
        if name.startswith('auto_'):
            return name[5:].upper()
        raise AttributeError(f'{cls.__name__} has no {name}')
    def __setattr__(cls, name, value):
        print('set', cls.__name__, name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print('del', cls.__name__, name)
        super().__delattr__(name)

class A(metaclass=Meta):
    real = 1

print(A.real, A.auto_hello)
try:
    A.missing
except AttributeError as e:
    print('AttributeError', e)

A.x = 5
print(A.x, A().x)
del A.x
print(hasattr(A, 'x'))
try:
    del A.never
except AttributeError as e:
    print('AttributeError', e)

# getattr on the instance is unaffected.
try:
    A().auto_x
except AttributeError as e:
    print('AttributeError', e)

# __getattribute__ on a metaclass.
class Loud(type):
    def __getattribute__(cls, name):
        if not name.startswith('__'):
            print('lookup', name)
        return super().__getattribute__(name)
class B(metaclass=Loud):
    y = 2
print(B.y)
