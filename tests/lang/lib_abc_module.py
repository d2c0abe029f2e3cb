# abc.py on top of _abc: ABCMeta, register, __subclasshook__, caches.
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Shape and hasattr(C, 'area'):
            return True
        return NotImplemented
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Duck:
    def area(self): return 0
print(Sq(3).area(), isinstance(Sq(2), Shape), issubclass(Duck, Shape), isinstance(1, Shape))
class Other(abc.ABC): pass
Other.register(int)
print(isinstance(3, Other), issubclass(bool, Other), issubclass(str, Other), abc.get_cache_token() >= 1)
print(sorted(Shape.__abstractmethods__), Sq.__abstractmethods__, type(Shape).__name__)
@Other.register
class Reg: pass
print(issubclass(Reg, Other), isinstance(Reg(), Other), Other.register(Reg) is Reg)
class Meta(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def a(self): ...
    @abc.abstractmethod
    def b(self): ...
class Half(Meta):
    def a(self): return 1
print(sorted(Meta.__abstractmethods__), sorted(Half.__abstractmethods__))
try: Other.register(3)
except TypeError as e: print('TypeError', e)
try: Sq.register(Shape)
except RuntimeError as e: print('RuntimeError', e)
