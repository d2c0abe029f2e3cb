# builtins.__build_class__ is a real builtin, called by every class statement.
import builtins

def body():
    x = 1
    def m(self): return 'm'

C = __build_class__(body, 'C')
print(C.__name__, C.x, C().m(), C.__module__)

class Base: pass
D = __build_class__(body, 'D', Base)
print(D.__bases__[0].__name__, issubclass(D, Base))

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, kw)
        return super().__new__(mcls, name, bases, ns)
E = __build_class__(body, 'E', metaclass=Meta, k=1)
print(type(E).__name__)

for args in [(), (body,), (1, 'x'), (body, 1)]:
    try:
        __build_class__(*args)
    except TypeError as e:
        print('TypeError', e)

# Replacing it in builtins changes what class statements do.
orig = builtins.__build_class__
def tracing(func, name, *bases, **kw):
    print('building', name, [b.__name__ for b in bases], kw)
    return orig(func, name, *bases, **kw)
builtins.__build_class__ = tracing
class F(Base): pass
class G(F, metaclass=Meta): pass
builtins.__build_class__ = orig
class H: pass
print(type(F).__name__, type(G).__name__)

del builtins.__build_class__
try:
    class I: pass
except NameError as e:
    print('NameError', e)
builtins.__build_class__ = orig
class J: pass
print(J.__name__)
