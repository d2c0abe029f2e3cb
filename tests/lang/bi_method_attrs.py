class C:
    def m(self, a: int) -> str:
        "mdoc"
        return a
o = C()
bm = o.m
print(bm.__func__ is C.m, bm.__self__ is o, bm.__name__, bm.__qualname__, bm.__doc__)
print(bm.__code__.co_name, bm.__annotations__, bm.__defaults__, bm.__module__)
C.m.tag = 'T'
print(bm.tag)
try:
    bm.other = 1
except AttributeError as e:
    print(e)
print(len.__name__, len.__qualname__, len.__module__, len.__self__)
print([].append.__name__, [].append.__qualname__, type([].append.__self__).__name__)
import sys
print(sys._getframe.__module__, sys.exc_info.__name__)
print(len.__doc__ is None or isinstance(len.__doc__, str))
print(len.__text_signature__, abs.__self__.__name__)
print(C.m.__get__(o).__self__ is o, bm == o.m, bm.__func__.__doc__)
class S:
    @staticmethod
    def st(x): return x
    @classmethod
    def cm(cls): return cls
print(type(S.st).__name__, S.cm.__self__ is S, S.cm.__func__.__name__)
