cases = ["str(object='x')", "str(b'abc', encoding='ascii')", "str(b'a\\xffb', errors='replace')",
         "str(b'a\\xffb', 'latin-1', errors='strict')", "str(encoding='ascii')", "str()",
         "str(1, 2, 3, 4)", "str(obj=1)", "str(b'x', encoding=5)", "str('x', encoding='utf-8')",
         "str(object=b'ab', encoding='utf-8')", "str(bytearray(b'hi'), 'ascii')"]
for c in cases:
    try: print(c, '->', repr(eval(c)))
    except Exception as e: print(c, '->', type(e).__name__, e)
class S(str): pass
print(repr(S(b'xy', encoding='ascii')), type(S(object=3)).__name__)

class A: pass
class Proxy:
    def __init__(self, obj): self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"): return object.__getattribute__(self, name)
        return getattr(self.__obj, name)
class B(A):
    def f(self): return "B.f"
class C(B):
    def f(self): return "C.f " + super(C, Proxy(self)).f()
try: print(C().f())
except TypeError as e: print("TypeError", e)
class M(type):
    def mro(cls):
        print("__mro__ during mro():", cls.__mro__)
        return type.mro(cls)
class K(metaclass=M): pass
print(K.__mro__[0].__name__)
