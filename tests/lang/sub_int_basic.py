# Subclasses of int: construction, arithmetic returns int, repr, isinstance.
class I(int):
    pass

a = I(5)
print(a, repr(a), type(a).__name__, isinstance(a, int), isinstance(a, I))
print(a + 1, type(a + 1).__name__)
print(1 + a, type(1 + a).__name__)
print(a * a, a - 10, a // 2, a % 3, a ** 2, -a, +a, abs(I(-3)), ~a)
print(type(-a).__name__, type(+a).__name__, type(abs(a)).__name__)
print(a == 5, a < 6, a > 4, 5 == a, hash(a) == hash(5))
print(I(), I("12"), I("ff", 16), I(3.9), I(-2**70))
big = I(2**70)
print(big, big + 1, big > 2**69, type(big + 1).__name__)
print(int(a), type(int(a)).__name__, float(a), a.bit_length())
print(a.real, a.imag, a.numerator, a.denominator)
print([10, 20, 30, 40, 50, 60][a], list(range(I(3))))
print(str(a), f"{a}", "%d" % a, format(a, "04d"))
print(int.__new__(I, 7), type(int.__new__(I, 7)).__name__)
d = {a: "five"}
print(d[5], d[I(5)])
print(sorted([I(3), 1, I(2)]))
print(divmod(a, 2), pow(a, 2, 3), round(a), a & 4, a | 2, a ^ 1, a << 2, a >> 1)
print(bool(I(0)), bool(I(7)))
print(True + I(1), I(1) + True)
print(3.5 + I(1), I(1) * 2.5, I(7) / 2)

class J(I):
    def extra(self):
        return self * 100

print(J(3).extra(), type(J(3)).__mro__[1].__name__)
a.attr = 1
print(a.attr, a.__dict__)
try:
    I("xyz")
except Exception as e:
    print(type(e).__name__, e)
