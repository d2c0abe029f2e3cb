import types
class C:
    def m(self): return 42
c = C()
bm = types.MethodType(C.m, c)
print(bm(), bm == c.m, repr(bm).startswith("<bound method C.m of"))
print(repr(types.MethodType(len, "abc")).startswith("<bound method len of"), types.MethodType(len, "abc")())
class Callable:
    def __call__(self, *a): return a
print(repr(types.MethodType(Callable(), 5)).startswith("<bound method ? of 5"))
for args in [(1, 2), (len,), (len, None), (len, 1, 2)]:
    try: types.MethodType(*args)
    except TypeError as e: print(e)
try: types.MethodType(len, 1, x=2)
except TypeError as e: print(e)
