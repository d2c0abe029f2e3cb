# int(x) in CPython's PyNumber_Long order, with its deprecation warnings,
# and int(s, base) with any __index__ base.
import array
import warnings
warnings.simplefilter("always")

def show(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
            out = "%s %r" % (type(r).__name__, r)
        except Exception as e:
            out = "%s %s" % (type(e).__name__, e)
    print(out, [str(m.message) for m in w])

class A:
    def __int__(self): return 4.2
class B:
    def __int__(self): return True
class C:
    def __index__(self): return True
class T:
    def __trunc__(self): return 3
class T2:
    def __trunc__(self): return 3.5
class T3:
    def __trunc__(self): return C()
class MyInt(int):
    def __int__(self): return 42
class BadInt(int):
    def __int__(self): return 42.0
class II(int):
    pass
class RetSub:
    def __int__(self): return II(5)
class IdxSub:
    def __index__(self): return II(6)
class Both:
    def __int__(self): return 1
    def __index__(self): return 2

for x in [A(), B(), C(), T(), T2(), T3(), MyInt(7), BadInt(7), RetSub(), IdxSub(), Both(),
          II(9), True, memoryview(b'123')[1:3], array.array('b', b'100'), memoryview(b'12x'),
          bytearray(b' 5 '), b'0x10', object(), [1]]:
    show(lambda: int(x))

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
for base in [2**64, -2**234, 37, 1, 0, II(10), True, Idx(16), Idx(2**100), 16.0, '8']:
    show(lambda: int('43', base))
show(lambda: int('0x1f', base=Idx(0)))
show(lambda: int(b'ff', Idx(16)))
show(lambda: int(memoryview(b'ff'), 16))

import operator
for x in [C(), IdxSub(), Idx(3), Idx('x')]:
    show(lambda: operator.index(x))
    show(lambda: [10, 20, 30, 40][x])

# round() of ints is int.__round__'s, exact for any ndigits
for args in [(8979323, 2**100), (8979323, -40), (10**50 + 5 * 10**30, -31), (True,),
             (True, -1), (15, -1), (25, -1), (-25, -1), (7, None), (1, 'x'), (1, 1.5)]:
    show(lambda: round(*args))
class R(int):
    def __round__(self, n=None): return ('mine', n)
show(lambda: round(R(3)))
show(lambda: round(R(3), 1))

# from_bytes/to_bytes
class ValidBytes:
    def __bytes__(self): return b'\x01\x00'
class InvalidBytes:
    def __bytes__(self): return 'abc'
class SubStr(str):
    pass
for src in [ValidBytes(), InvalidBytes(), object(), 'ab', [1, 2], (255,), memoryview(b'\x02'),
            array.array('h', [1]), 5]:
    show(lambda: int.from_bytes(src, 'big'))
show(lambda: int.from_bytes(b'\x01\x02', SubStr('little')))
show(lambda: (258).to_bytes(2, SubStr('big')))
show(lambda: (258).to_bytes(2, byteorder=b'big'))
