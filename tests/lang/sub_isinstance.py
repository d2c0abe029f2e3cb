# isinstance, issubclass, __mro__, __base__ for builtin subclasses.
class I(int): pass
class II(I): pass
class S(str): pass
class L(list): pass
class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__
class ML(Mixin, list): pass
class LM(list, Mixin): pass

for cls in (I, II, S, L, ML, LM):
    print(cls.__name__, [c.__name__ for c in cls.__mro__], cls.__base__.__name__,
          [b.__name__ for b in cls.__bases__])

print(isinstance(II(1), int), isinstance(II(1), I), isinstance(I(1), II))
print(issubclass(II, int), issubclass(bool, int), issubclass(S, (int, str)))
print(isinstance(ML(), list), isinstance(ML(), Mixin), ML([1, 2]).hello(), LM([3]).hello())
m = ML([1, 2])
m.append(3)
print(m, len(m), type(m) is ML, type(m) == list)
print(type(I(5)) is I, type(I(5) + 0) is int, type(S("a") * 2) is str)
print(int in I.__mro__, object in L.__mro__, I.__mro__[-1] is object)
