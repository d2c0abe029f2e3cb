# Instantiating a class with abstract methods fails (the type's
# abstract flag, set when __abstractmethods__ is assigned).
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @abc.abstractmethod
    def stop(self): ...
class Half(Base):
    def run(self): return 1
for cls in (Base, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
class Full(Half):
    def stop(self): return 2
print(Full().run(), Full().stop())
class P(abc.ABC):
    @property
    @abc.abstractmethod
    def value(self): ...
print(sorted(P.__abstractmethods__))
