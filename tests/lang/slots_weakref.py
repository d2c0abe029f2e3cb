# Which instances can be weakly referenced: __slots__ and __weakref__.
import _weakref

def can(obj):
    try:
        r = _weakref.ref(obj)
        return r() is obj
    except TypeError as e:
        return str(e)

class Plain: pass
class NoWeak:
    __slots__ = ("a",)
class WithWeak:
    __slots__ = ("a", "__weakref__")
class Sub(NoWeak): pass
class I(int): pass
class T(tuple): pass
class B(bytes): pass
class S(str): pass
class L(list): pass
class E(Exception): pass
class M(type): pass
Mc = M("Mc", (), {})

for obj in (Plain(), NoWeak(), WithWeak(), Sub(), I(1), T(), B(), S("s"), L(), E(), Mc, Plain):
    print(type(obj).__name__, can(obj))
print(Plain().__weakref__, hasattr(NoWeak(), "__weakref__"), hasattr(Sub(), "__weakref__"))
