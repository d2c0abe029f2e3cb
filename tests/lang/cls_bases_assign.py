# Assigning __bases__ recomputes the MRO of the class and its subclasses.
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
    def only_b(self): return 'only B'
class C(A): pass
class D(C): pass

d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.who(), d.only_b(), [k.__name__ for k in D.__mro__])
print([k.__name__ for k in C.__bases__], C.__base__.__name__)
print(A.__subclasses__(), [k.__name__ for k in B.__subclasses__()])

C.__bases__ = (A, B)
print(d.who(), d.only_b(), [k.__name__ for k in D.__mro__])

# Dunder methods follow the new bases too.
class Sized:
    def __len__(self): return 7
C.__bases__ = (Sized,)
print(len(d), len(C()))

# Errors.
def t(f):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
def set_bases(cls, v):
    cls.__bases__ = v
t(lambda: set_bases(C, [A]))
t(lambda: set_bases(C, ()))
t(lambda: set_bases(C, (1,)))
t(lambda: set_bases(C, (D,)))
t(lambda: set_bases(C, (C,)))
t(lambda: set_bases(int, (object,)))
t(lambda: set_bases(C, (A, A)))
def del_bases():
    del C.__bases__
t(del_bases)
print([k.__name__ for k in C.__bases__], [k.__name__ for k in D.__mro__])

# An MRO conflict leaves everything as it was.
class P: pass
class Q(P): pass
t(lambda: set_bases(C, (P, Q)))
print([k.__name__ for k in D.__mro__])
