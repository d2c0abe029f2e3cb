# __text_signature__ and inspect.signature of builtins: functions, method
# descriptors, slot wrappers, __new__, builtin types, and classes whose
# docstring starts with a signature in CPython's internal form.
import inspect

def show(obj):
    try:
        sig = inspect.signature(obj)
    except Exception as e:
        sig = type(e).__name__
    print(repr(getattr(obj, '__text_signature__', 'missing')), '->', sig)

for f in (len, abs, divmod, sorted, print, str.join, list.append, dict.get,
          int.to_bytes, dict.fromkeys, "".join, [].append):
    show(f)

print('-- slot wrappers')
for f in (int.__add__, int.__radd__, object.__init__, object.__repr__, int.__pow__,
          list.__len__, dict.__setitem__, object.__getattribute__, int.__neg__,
          int.__index__, list.__iter__, property.__get__, property.__set__):
    show(f)
    print('  ', f.__doc__)
print((1).__add__.__text_signature__, (1).__add__.__doc__)
print(list.__iadd__.__doc__, list.__imul__.__doc__)

print('-- __new__')
show(int.__new__)
print(object.__new__.__doc__)

print('-- types')
for t in (object, list, tuple, float, complex, enumerate, reversed, property, memoryview):
    show(t)
print(int.__text_signature__, str.__text_signature__, dict.__text_signature__)

class Plain:
    pass
show(Plain)

class WithInit:
    def __init__(self, a, b=2):
        pass
show(WithInit)

class Documented(object):
    """Documented(raw, size=DEFAULT)\n--\n\nA class whose doc carries a signature."""

class Sub(Documented):
    """no signature here"""

print(Documented.__text_signature__, Sub.__text_signature__)
DEFAULT = 10
show(Sub)

class WrongName:
    """Other(a)\n--\n\n"""
print(WrongName.__text_signature__)

class NoMarker:
    """NoMarker(a) but no marker"""
print(NoMarker.__text_signature__)

print('-- docs')
print(len.__doc__)
print(repr(int.__add__.__doc__), repr(object.__init__.__doc__))
print(inspect.signature(list.__init__))
print(str(inspect.signature(Plain)))
