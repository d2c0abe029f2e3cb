# bytes()/bytearray() construction in CPython's order of checks, and
# bytearray's __init__ doing the work (a subclass may take other args).
def show(f):
    try:
        r = f()
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)

for T in (bytes, bytearray):
    print("--", T.__name__)
    show(lambda: T('', errors='ignore'))
    show(lambda: T('abc', errors='ignore'))
    show(lambda: T(5, errors='ignore'))
    show(lambda: T(5, encoding='ascii'))
    show(lambda: T(encoding='ascii'))
    show(lambda: T(errors='strict'))
    show(lambda: T('abc'))
    show(lambda: T('\u20ac', 'iso8859-15'))
    class A(str):
        pass
    show(lambda: T(A('\u20ac'), 'iso8859-15'))
    show(lambda: T(A('x'), encoding='ascii', errors='strict'))
    show(lambda: T(A('x')))
    show(lambda: T(-1))
    show(lambda: T(3))
    show(lambda: T(True))
    show(lambda: T(2**100))
    show(lambda: T([1, 2, 256]))
    show(lambda: T([1, 'a']))
    show(lambda: T(memoryview(b'mv')))
    show(lambda: T(3.5))
    show(lambda: T(x for x in (65, 66)))
    show(lambda: T(b'x', 'ascii'))
    show(lambda: T(source=b'kw'))
    show(lambda: T(b'a', source=b'b'))
    show(lambda: T(b'a', 'ascii', 'strict', 4))
    show(lambda: T(b'a', bogus=1))

# a list that changes while bytes() reads it
class X:
    def __index__(self):
        a.clear()
        return 42
a = [X(), X()]
print(bytes(a))
class Y:
    def __index__(self):
        if len(a) < 10:
            a.append(self)
        return 42
a = [Y()]
print(bytes(a))

# an __index__ that raises TypeError makes the argument an iterable
class Odd:
    def __index__(self):
        raise TypeError("not really")
    def __iter__(self):
        return iter([7, 8])
print(bytes(Odd()), bytearray(Odd()))

# bytearray.__init__ refills, and a subclass's __init__ may differ
b = bytearray(b'old contents')
b.__init__(b'new')
print(b)
b.__init__()
print(b)
class sub(bytearray):
    def __init__(me, newarg=1, *args, **kwargs):
        bytearray.__init__(me, *args, **kwargs)
        me.newarg = newarg
x = sub(4, b"abcd")
print(x, x.newarg)
x = sub(encoding="ascii", source="hi")
print(x, x.newarg)

# the bytearray grows while its iterable runs
b = bytearray()
def g():
    for i in range(1, 6):
        yield i
        print(len(b), list(b))
b.__init__(g())
print(list(b))

# setting an item: the value's __index__ runs before the bounds check
class Boom:
    def __index__(self):
        b.clear()
        return 0
b = bytearray(b'Now you see me...')
try:
    b[0] = Boom()
except IndexError as e:
    print("IndexError", e)
print(b)
b = bytearray(b'ab')
for key, val in [(5, 1), (0, 300), (0, 'x'), ('k', 1), (-1, 99)]:
    try:
        b[key] = val
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
