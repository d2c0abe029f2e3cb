# Class definitions: bases, keywords, metaclass, nesting, bodies.
class A:
    pass

class B(A):
    x = 1

class C(A, B, metaclass=Meta, key=1):
    def method(self):
        return self

class D(*bases, **kw):
    class Inner:
        y: int = 2

class E():
    """docstring"""

class F(object,):
    ...
