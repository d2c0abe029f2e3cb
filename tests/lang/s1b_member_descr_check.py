# Descriptors of builtin types apply only to instances of their type
# (CPython's descr_check), for getters and setters alike.
import types

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

show('float.real on str', lambda: float.real.__get__('x'))
show('float.real on int', lambda: float.real.__get__(3))
show('float.real on float subclass', lambda: float.real.__get__(type('F', (float,), {})(2.5)))
show('int.real on bool', lambda: int.real.__get__(True))
show('int.imag on float', lambda: int.imag.__get__(1.5))
show('complex.imag on int', lambda: complex.imag.__get__(1))
show('code on lambda', lambda: types.FunctionType.__code__.__get__(lambda: 1).co_name)
show('code on int', lambda: types.FunctionType.__code__.__get__(1))
show('globals on int', lambda: types.FunctionType.__globals__.__get__(1))
show('set code on int', lambda: types.FunctionType.__code__.__set__(1, None))
show('exc args on int', lambda: BaseException.args.__get__(1))
show('exc args on exc', lambda: BaseException.args.__get__(KeyError(1)))
show('cause set on int', lambda: BaseException.__cause__.__set__(1, None))
show('range start on list', lambda: range.start.__get__([]))
show('get with None', lambda: float.real.__get__(None, float) is float.real)
show('slice.start', lambda: slice.start.__get__(slice(1, 2)))
show('slice.start on range', lambda: slice.start.__get__(range(3)))
print(type(float.real).__name__, type(range.start).__name__, type(slice.start).__name__)
