# __class_getitem__: C[key] on a class with no metaclass __getitem__.
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'

print(Box[int], Box['x'], Box[1, 2])
print(type(Box.__dict__['__class_getitem__']).__name__)

class SubBox(Box): pass
print(SubBox[str])

# Instances are not subscriptable through it.
try:
    Box()[0]
except TypeError as e:
    print('TypeError', e)

# A metaclass __getitem__ takes priority.
class Meta(type):
    def __getitem__(cls, item):
        return ('meta', cls.__name__, item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return 'class_getitem'
print(Both[0])

# Classes without it are not subscriptable.
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print('TypeError', e)

# An explicit classmethod works too, and so does a plain attribute callable.
class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Explicit[3])

class Errs:
    def __class_getitem__(cls, item):
        raise KeyError(item)
try:
    Errs['k']
except KeyError as e:
    print('KeyError', e)
