# The real abc module (through _py_abc) on krait's class machinery.
import abc

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Shape and any('area' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return 'square'

print(type(Shape).__name__, sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
print(Square(3).area(), Square(2).name)
try:
    Shape()
except TypeError as e:
    print('TypeError', e)

class Partial(Shape):
    def area(self): return 0
try:
    Partial()
except TypeError as e:
    print('TypeError', e)

class Duck:
    def area(self): return 1
class Other: pass
print(issubclass(Duck, Shape), isinstance(Duck(), Shape), issubclass(Other, Shape))

@Shape.register
class Registered:
    pass
print(issubclass(Registered, Shape), isinstance(Registered(), Shape))

class Meta(abc.ABCMeta):
    pass
class WithMeta(metaclass=Meta):
    @abc.abstractmethod
    def f(self): ...
print(type(WithMeta).__name__, WithMeta.__abstractmethods__)
print(abc.get_cache_token() is not None)
