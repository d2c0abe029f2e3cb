# getset_descriptor vs member_descriptor, and type's own descriptors
# (__name__, __qualname__, __bases__, __base__ in type.__dict__).
import types

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

print(types.GetSetDescriptorType.__name__, types.MemberDescriptorType.__name__)
for d in (float.real, int.real, int.imag, complex.real, types.FunctionType.__code__,
          types.FunctionType.__globals__, str.lower, int.__add__):
    print(type(d).__name__, d.__qualname__, d.__objclass__.__name__)
print(repr(float.real), repr(complex.imag))
show('float.real on str', lambda: float.real.__get__('x'))
show('int.real set', lambda: int.real.__set__(1, 2))
show('complex.real set', lambda: complex.real.__set__(1j, 2))

for n in ('__name__', '__qualname__', '__bases__', '__base__', '__mro__', '__dict__'):
    d = type.__dict__[n]
    print(n, type(d).__name__, repr(d))

class X:
    class Inside:
        pass
print(X.__qualname__, X.Inside.__qualname__, X.__name__, X.__bases__, X.__base__)
show('set str qualname', lambda: type.__dict__['__qualname__'].__set__(str, 'Oink'))
show('set int qualname', lambda: type.__dict__['__qualname__'].__set__(1, 'Oink'))
show('get on int', lambda: type.__dict__['__name__'].__get__(1))
print(type.__dict__['__name__'].__get__(X), type.__dict__['__qualname__'].__get__(X.Inside))
def del_qual():
    del X.__qualname__
show('del qualname', del_qual)
def del_name():
    del X.__name__
show('del name', del_name)
X.__qualname__ = 'Q'
X.__name__ = 'N'
print(X.__qualname__, X.__name__, X)
type.__dict__['__name__'].__set__(X, 'M')
print(X.__name__)
def bad_name():
    X.__name__ = 3
show('bad name', bad_name)
def nul_name():
    X.__name__ = 'a\0b'
show('nul name', nul_name)
class Y(X):
    pass
class Z:
    pass
Y.__bases__ = (Z,)
print(Y.__bases__ == (Z,), [k.__name__ for k in Y.__mro__])
type.__dict__['__bases__'].__set__(Y, (X,))
print([k.__name__ for k in Y.__mro__])
def set_base():
    X.__base__ = object
show('set base', set_base)
def set_mro():
    X.__mro__ = ()
show('set mro', set_mro)

# a metaclass property of the same name wins over type's descriptor
class Meta(type):
    @property
    def __qualname__(cls):
        return 'from meta'
class K(metaclass=Meta):
    pass
print(K.__qualname__, type.__dict__['__qualname__'].__get__(K))
