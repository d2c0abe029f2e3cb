# The most derived metaclass wins; unrelated metaclasses conflict.
class M1(type): pass
class M2(M1): pass
class Other(type): pass

class A(metaclass=M1): pass
class B(metaclass=M2): pass

class C(A, B): pass
print(type(C).__name__)

class D(B, A): pass
print(type(D).__name__)

# An explicit metaclass less derived than a base's: the base's wins.
class E(B, metaclass=M1): pass
print(type(E).__name__)

class X(metaclass=Other): pass
try:
    class Y(A, X): pass
except TypeError as e:
    print('TypeError', e)

try:
    class Z(B, metaclass=Other): pass
except TypeError as e:
    print('TypeError', e)

# type() itself defers to the winning metaclass.
F = type('F', (B,), {})
print(type(F).__name__)
try:
    type('G', (A, X), {})
except TypeError as e:
    print('TypeError', e)

# A plain function as metaclass: no calculation, it is simply called.
def factory(name, bases, ns, **kw):
    print('factory', name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
    return 42

class H(A, metaclass=factory, extra=1):
    z = 3
print(H)
