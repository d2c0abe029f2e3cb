# int methods: as_integer_ratio, bit_length/bit_count, conjugate, numerator/
# denominator/real/imag, __round__ with ndigits, __trunc__/__floor__/__ceil__.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for n in [0, 1, -1, 7, -7, 255, 2**48, -2**48, 2**100 + 1, -(2**100)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(),
          n.numerator, n.denominator, n.real, n.imag)
print(True.bit_length(), True.bit_count(), True.as_integer_ratio(), False.conjugate())
print(type(True.numerator).__name__, type(True.conjugate()).__name__, type(True.real).__name__)
print(type(True.as_integer_ratio()[0]).__name__)

for n in [12345, -12345, 15, 25, 35, -15, -25, 5, 50, 150, 250, 2**70 + 5 * 10**20]:
    print(n, [n.__round__(k) for k in (None, 2, 0, -1, -2, -3, -30)])
print(round(12345, -2), round(-12355, -1), round(15, -1), round(25, -1))
print((7).__round__(), type((7).__round__()).__name__, True.__round__())
t('round str', lambda: (5).__round__('x'))
t('round float nd', lambda: (5).__round__(1.5))
t('round too many', lambda: (5).__round__(1, 2))
t('round huge neg', lambda: (5).__round__(-10**20))
for n in [0, 3, -3, 2**80]:
    print(n.__trunc__(), n.__floor__(), n.__ceil__(), n.__getnewargs__())
print(True.__trunc__(), type(True.__floor__()).__name__)
t('bit_length arg', lambda: (5).bit_length(1))
t('bit_count arg', lambda: (5).bit_count(1))
t('ratio arg', lambda: (5).as_integer_ratio(1))
t('trunc arg', lambda: (5).__trunc__(1))
t('set real', lambda: setattr(5, 'real', 1))
t('is_integer', lambda: (5).is_integer())
print(hasattr(int, 'is_integer'), hasattr(int, 'to_bytes'), hasattr(int, 'from_bytes'))
print(int.bit_length(10), int.as_integer_ratio(-3))
t('descr wrong type', lambda: int.bit_length('x'))
import math
print(math.trunc(7), math.floor(-7), math.ceil(2**70))
print(divmod(7, -2), divmod(-7, 2), divmod(2**70, 3), divmod(-2**70, -3))
t('divmod zero', lambda: divmod(1, 0))
print(pow(3, -1, 7), pow(2, 10, 1000), pow(-2, 3, 5), pow(5, 0, 1), pow(38, -1, 97))
t('pow not invertible', lambda: pow(3, -1, 6))
t('pow mod zero', lambda: pow(3, 2, 0))
t('pow float mod', lambda: pow(3.0, 2, 5))
