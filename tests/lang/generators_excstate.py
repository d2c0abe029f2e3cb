# The exception being handled inside a generator vs its caller's; close()/throw() corner cases.
def cur():
    try:
        raise
    except RuntimeError:
        return None
    except BaseException as e:
        return type(e).__name__
def g():
    try:
        raise KeyError("k")
    except KeyError:
        yield cur()
        yield cur()
    yield cur()
x = g()
print(next(x))
print(cur())
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
try:
    raise ValueError
except ValueError:
    print(next(x), cur())
    print(next(x), cur())

class BadClose:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): raise TypeError("bad close")
def d():
    try:
        yield from BadClose()
    except TypeError as e:
        print("delegator saw", e)
        raise
y = d()
next(y)
try:
    y.close()
except TypeError as e:
    print("close raised", e)

def tbg():
    yield 1
try:
    raise OSError("o")
except OSError as e:
    tb = e.__traceback__
z = tbg(); next(z)
try:
    z.throw(ValueError, ValueError("v"), tb)
except ValueError as e:
    t = e.__traceback__
    n = 0
    while t: n += 1; t = t.tb_next
    print("tb entries", n)
try:
    z.throw(ValueError, None, 5)
except TypeError as e:
    print(e)
def genr():
    yield from genr2()
def genr2():
    yield 1
    g.send(None)
g = genr()
next(g)
try: next(g)
except ValueError as e: print(e)
