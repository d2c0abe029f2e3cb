# What abc and functools read from the descriptor wrappers: __func__,
# __wrapped__ and __isabstractmethod__ of classmethod, staticmethod and
# property.
import abc
def f(cls): return cls
cm, sm = classmethod(f), staticmethod(f)
print(cm.__func__ is f, sm.__func__ is f, cm.__wrapped__ is f, sm.__isabstractmethod__)
g = abc.abstractmethod(lambda self: 0)
print(classmethod(g).__isabstractmethod__, staticmethod(g).__isabstractmethod__)
p = property(len, None, g)
print(p.fget is len, p.fset, p.fdel is g, p.__isabstractmethod__, property(len).__isabstractmethod__)
class Base(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def helper(): ...
    @property
    @abc.abstractmethod
    def value(self): ...
print(sorted(Base.__abstractmethods__))
try: Base()
except TypeError as e: print('TypeError', e)
for attr in ('__func__', 'fget'):
    try: setattr(cm if attr == '__func__' else p, attr, None)
    except AttributeError as e: print('AttributeError', e)
