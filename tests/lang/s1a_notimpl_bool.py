# bool(NotImplemented) is True with a DeprecationWarning (3.9+).
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(NotImplemented))
    x = NotImplemented
    if x:
        print("truthy")
    print(not x, x and 1, x or 2)
    print(NotImplemented.__bool__())
    print(len(w), sorted({type(m.message).__name__ for m in w}), str(w[0].message))
    print(bool(Ellipsis), bool(None))
    print(len(w))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print("DeprecationWarning", e)
    try:
        if NotImplemented:
            pass
    except DeprecationWarning as e:
        print("DeprecationWarning", e)
    print(NotImplemented is NotImplemented, repr(NotImplemented))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(bool(NotImplemented), [v for v in (NotImplemented, 0) if v])

# a comparison returning NotImplemented for both sides is not a truth test
class A:
    def __eq__(self, other):
        return NotImplemented
with warnings.catch_warnings():
    warnings.simplefilter("error")
    print(A() == A(), A() != 1)
