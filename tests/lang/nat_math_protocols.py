# math and struct take any real number: __float__, __index__, float subclasses; and
# floor/ceil/trunc defer to __floor__/__ceil__/__trunc__.
import math
import struct


class A:
    def __floor__(self):
        return 'F'

    def __ceil__(self):
        return 'C'

    def __trunc__(self):
        return 'T'

    def __float__(self):
        return 2.5


class B:
    def __float__(self):
        return -2.5


class Ix:
    def __index__(self):
        return 9


class Fl(float):
    def __floor__(self):
        return 'subfloor'


class Bad:
    def __float__(self):
        return 1


for f in (math.floor, math.ceil, math.trunc):
    for x in (A(), B(), 'x', 2.5, -0.5, True, 10**30, float('inf'), float('nan'), Fl(1.5), Ix()):
        try:
            print(f.__name__, repr(f(x)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for f in (math.sqrt, math.exp, math.log, math.fabs, math.isnan, math.copysign, math.hypot):
    for x in (B(), Ix(), Fl(2.0), Bad(), 'x'):
        try:
            print(f.__name__, f(x) if f is not math.copysign else f(1, x))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
print(math.fsum([B(), Ix(), Fl(0.5)]), math.dist([B()], [Ix()]), math.ldexp(B(), 2))
print(struct.pack('<d', B()), struct.pack('<f', Ix()), struct.pack('<e', Fl(0.5)))
for bad in (Bad(), 'x'):
    try:
        struct.pack('<d', bad)
    except Exception as e:
        print(type(e).__name__, e)
