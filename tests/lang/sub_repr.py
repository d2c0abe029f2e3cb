# repr and str of instances of builtin subclasses.
class I(int): pass
class F(float): pass
class S(str): pass
class B(bytes): pass
class BA(bytearray): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class St(set): pass
class Fs(frozenset): pass
class C(complex): pass

for v in (I(3), F(1.5), S("q'uote"), B(b"x"), BA(b"y"), T((1,)), L([1, [2]]),
          D(k=L([1])), St([1]), Fs([2]), C(1, -1), T(), L(), D(), St(), Fs()):
    print(type(v).__name__, repr(v), str(v))

nested = L([T((1, 2)), D(a=S("s"))])
print(nested, [nested], {"k": nested})
rec = L()
rec.append(rec)
print(rec)
d = D()
d["self"] = d
print(d)
