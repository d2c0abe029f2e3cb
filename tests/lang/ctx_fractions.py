# fractions.Fraction arithmetic on krait
from fractions import Fraction as F
from decimal import Decimal
import math

print(F(1, 3) + F(1, 6), F(3, 4) - F(1, 4), F(2, 3) * F(3, 4), F(1, 2) / F(1, 4))
print(F(6, 4), F(-6, 4), F(6, -4), F(0, 5), F(5))
print(F('3.25'), F('-1/3'), F(' 7/8 '), F('1e-3'), F(1.5), F(Decimal('0.75')))
print(F(1, 3) ** 2, F(4, 9) ** F(1, 2), F(2) ** -2, 2 ** F(3))
print(F(7, 2) // 1, F(7, 2) % 1, divmod(F(7, 2), F(1, 3)), -F(1, 2), abs(F(-1, 2)))
print(F(1, 3) == F(2, 6), F(1, 2) < F(2, 3), F(1, 2) == 0.5, F(1, 3) > 0.3, F(1) == 1)
print(float(F(1, 3)), int(F(7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 3))
print(F(3.14159).limit_denominator(1000), F(math.pi).limit_denominator(100))
print(F(10, 4).numerator, F(10, 4).denominator, F(5, 10).as_integer_ratio())
print(sum(F(1, n) for n in range(1, 8)))
print(repr(F(1, 3)), str(F(3, 1)), hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3))
print(F(1, 3) + 1, 1 - F(1, 3), F(1, 4) + 0.25, F(1, 2) * 2.0)
print(sorted([F(1, 2), F(1, 3), F(2, 3), F(0)]))
for args in [(1, 0), ('abc',), ('1/0',), (1.5, 2)]:
    try:
        print(F(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    F(1, 2) + 'x'
except TypeError as e:
    print('TypeError', e)
print(F.from_float(0.1), F.from_decimal(Decimal('1.1')))
print(f'{float(F(1, 7)):.5f}', F(1, 7).__round__(4))
