# member_descriptor details for __slots__ entries.
class A:
    __slots__ = ("alpha", "_A__hidden", "__mangled")

d = A.__dict__["alpha"]
print(type(d).__name__, repr(d))
print(sorted(k for k in A.__dict__ if k in ("alpha", "_A__hidden", "_A__mangled", "__mangled")))
print(A.__slots__)
a = A()
a.alpha = 1
a._A__mangled = 2
print(a.alpha, a._A__mangled, A.__dict__["_A__mangled"].__get__(a, A))
class B(A):
    __slots__ = ("beta",)
print(repr(B.__dict__["beta"]), "alpha" in B.__dict__, B.alpha is A.alpha)
b = B()
b.alpha, b.beta = "a", "b"
print(b.alpha, b.beta)
print(isinstance(A.alpha, object), callable(A.alpha), hasattr(A.alpha, "__get__"), hasattr(A.alpha, "__set__"))
class _Under:
    __slots__ = ("__x",)
print([k for k in _Under.__dict__ if "x" in k])
class ___:
    __slots__ = ("__y",)
print([k for k in ___.__dict__ if "y" in k])
