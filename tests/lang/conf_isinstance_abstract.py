import sys
class AbstractClass(object):
    def __init__(self, bases):
        self.bases = bases
    def getbases(self):
        return self.bases
    __bases__ = property(getbases)
    def __call__(self):
        return AbstractInstance(self)

class AbstractInstance(object):
    def __init__(self, klass):
        self.klass = klass
    def getclass(self):
        return self.klass
    __class__ = property(getclass)

AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
class Super: pass
class Child(Super): pass

print(isinstance(AbstractChild(), AbstractChild), isinstance(AbstractChild(), AbstractSuper),
      isinstance(AbstractSuper(), AbstractChild), isinstance(Child(), AbstractChild))
print(issubclass(AbstractChild, AbstractSuper), issubclass(AbstractSuper, AbstractChild),
      issubclass(AbstractChild, (Child, AbstractSuper)))
for f in (lambda: issubclass(Child, 42), lambda: issubclass(42, Child),
          lambda: isinstance(1, 42), lambda: isinstance(1, AbstractClass(bases=None))):
    try: print(f())
    except TypeError as e: print("TypeError", e)

class E(Exception): pass
class B:
    @property
    def __bases__(self): raise E
try: issubclass(B(), int)
except E: print("E propagates")

class X:
    @property
    def __bases__(self): return (self, self, self)
try: issubclass(X(), int)
except RecursionError as e: print("RecursionError", e)

class Failure(object):
    def __getattr__(self, attr): return (self, None)
try: issubclass(Failure(), int)
except RecursionError as e: print("RecursionError", e)

def blowstack(fxn, arg, compare_to):
    tuple_arg = (compare_to,)
    for cnt in range(sys.getrecursionlimit() + 5):
        tuple_arg = (tuple_arg,)
        fxn(arg, tuple_arg)
for f, a in ((issubclass, str), (isinstance, "")):
    try: blowstack(f, a, str)
    except RecursionError as e: print("RecursionError", e)
print(issubclass(int, int | str), isinstance(1, (str, (int,))))
