# Decimal from floats (needs math.copysign) and float interplay
from decimal import Decimal, getcontext
print(Decimal(0.1))
print(Decimal.from_float(0.5), Decimal.from_float(-2.0), Decimal.from_float(float('inf')))
print(Decimal(1.5) + Decimal('0.5'), Decimal(-0.0))
print(Decimal(0.1).quantize(Decimal('0.001')))
print(Decimal(2.5).compare(2), Decimal('1.5') == 1.5, Decimal('0.1') == 0.1)
print(getcontext().create_decimal_from_float(0.1))
