it = iter([1,2,3,4,5]).__next__
c = iter(it, 4)
print(type(c).__name__, list(c), list(c))
try: iter(1, 2)
except Exception as e: print(type(e).__name__, e)
class E(enumerate): pass
e = E("abc", 1)
print(list(e), type(e).__name__)
def f():
    raise StopIteration
print(list(iter(f, 0)))
x = iter(iter([1,2]).__next__, 5)
print(x.__reduce__()[0] is iter)
class M(map): pass
print(list(M(str, [1,2])))
class Z(zip): pass
print(list(Z([1],[2])))
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)
try:
    cycle()
except Exception as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__ is e.__context__)
