# Decimal's compact layout (mpz behind a pointer) and the 128-bit
# comparison of word coefficients at one adjusted exponent.
from decimal import Decimal as D, getcontext, localcontext

# same adjusted exponent, exponents apart by up to 19 digits
pairs = [("3.14159", "3.141592"), ("3.141592", "3.14159"), ("3.1415900", "3.14159"),
         ("9.999999999999999999", "9.9999999999999999999"),
         ("1.8446744073709551615", "1.8446744073709551616"),
         ("18446744073709551615", "1.8446744073709551615E19"),
         ("-2.5", "-2.50000000000000000001"), ("7", "7.000000000000000000")]
for a, b in pairs:
    x, y = D(a), D(b)
    print(a, b, x < y, x == y, x > y, x != y, (x > y) - (x < y), x.compare(y))

# big coefficients: copies are independent of their source
big = D("123456789012345678901234567890.123456789")
print(-big, abs(-big), +big, big.copy_negate(), big.copy_abs(), big.copy_sign(D(-1)))
class Sub(D):
    pass
s = Sub(big)
print(type(s).__name__, s, s == big, hash(s) == hash(big))
with localcontext() as c:
    c.prec = 12
    print(+big, big + 1, big * 2, big / 3, big)
    r = big.quantize(D("1e20"))
    print(r, big, big.max(D(1)), big.min(D(1)), big.next_plus())
print(big, big.as_tuple().digits[:5], len(big.as_tuple().digits))
for p in (9, 19, 28):
    getcontext().prec = p
    x = D(2).sqrt()
    print(p, x, x * x, x.copy_negate(), x < D("1.5"), x > D("1.41421356237"))
nan = D("NaN123456789012345678901234567890")
print(nan, -nan, nan.copy_abs())
