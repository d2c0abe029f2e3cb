# A small ABCMeta: abstract methods, virtual subclasses, instantiation checks.
def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f

class MiniABCMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        abstracts = {n for n, v in ns.items() if getattr(v, '__isabstractmethod__', False)}
        for base in bases:
            for n in getattr(base, '__abstractmethods__', ()):
                if getattr(getattr(cls, n, None), '__isabstractmethod__', False):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._registry = []
        return cls

    def register(cls, sub):
        cls._registry.append(sub)
        return sub

    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))

    def __subclasscheck__(cls, sub):
        if cls in getattr(sub, '__mro__', ()):
            return True
        return any(issubclass(sub, r) for r in cls._registry)

    def __call__(cls, *args, **kw):
        if cls.__abstractmethods__:
            names = ', '.join(sorted(cls.__abstractmethods__))
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract methods {names}")
        return super().__call__(*args, **kw)

class Shape(metaclass=MiniABCMeta):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f'{self.name()} with area {self.area()}'

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return 'square'

class Half(Shape):
    def area(self): return 0

print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(Square(3).describe())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)

@Shape.register
class Circle:
    pass
print(isinstance(Circle(), Shape), issubclass(Circle, Shape), issubclass(int, Shape))
print(isinstance(Square(1), Shape), isinstance(1, Shape))
class Ellipse(Circle): pass
print(issubclass(Ellipse, Shape), type(Square).__name__)
