# __class__ assignment between classes with and without __slots__.
def t(a, B):
    try:
        a.__class__ = B
        print("ok", type(a).__name__)
    except TypeError as e:
        print("TypeError", e)
class A: __slots__ = ('a',)
class B: __slots__ = ('b',)
class A2: __slots__ = ('a',)
class C(A): pass
class D(A): pass
class E(A): __slots__ = ()
class P: pass
class Q: pass
class R(P): __slots__ = ('r',)
t(A(), B)
t(A(), A2)
t(C(), D)
t(C(), E)
t(E(), A)
t(P(), Q)
t(P(), R)
t(P(), A)
class L1(list): pass
class L2(list): pass
t(L1(), L2)
t(L1(), P)
class S1(str): pass
class S2(str): pass
t(S1("x"), S2)
