# __bases__ assigned again from inside a metaclass mro() (test_descr.MroTest)
class State:
    ready = False

class M(type):
    def mro(cls):
        if State.ready and cls.__name__ == 'C':
            State.ready = False
            C.__bases__ = (B2,)
        return type.mro(cls)

class A(metaclass=M): pass
class B1(A): pass
class B2(A): pass
class C(A): pass

State.ready = True
C.__bases__ = (B1,)
B1.__bases__ = (C,)
print([k.__name__ for k in C.__bases__], [k.__name__ for k in B2.__subclasses__()],
      B1.__subclasses__())
print([k.__name__ for k in B1.__bases__], [k.__name__ for k in C.__subclasses__()])

class M2(type):
    def mro(cls):
        if State.ready:
            if cls.__name__ == 'D1':
                D2.__bases__ = (D1,)
            if cls.__name__ == 'D2':
                D1.__bases__ = (D2,)
        return type.mro(cls)

class AA(metaclass=M2): pass
class D1(AA): pass
class D2(AA): pass
State.ready = True
try:
    D1.__bases__ += ()
except TypeError as e:
    print("TypeError", e)
State.ready = False

class X: pass
class Y(X): pass
try:
    X.__bases__ = (Y,)
except TypeError as e:
    print("TypeError", e)

# a class whose mro() is running: __mro__ is None, it cannot be extended,
# and super() on it finds no attribute
class M3(type):
    def mro(cls):
        if cls.__mro__ is None and cls.__name__ != 'X':
            print("mro running:", cls.__mro__)
            try:
                class X(cls):
                    pass
            except TypeError as e:
                print("TypeError", e)
            try:
                super(cls, cls).xxx
            except AttributeError as e:
                print("AttributeError", e)
        return type.mro(cls)

class AAA(metaclass=M3):
    pass
print(AAA.__mro__[0].__name__)
