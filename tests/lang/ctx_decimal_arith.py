# decimal (the pure-Python _pydecimal) arithmetic on krait
import decimal
from decimal import Decimal

D = Decimal
print(D('1.1') + D('2.2'), D('1.10') * 3, D('10') / D('4'), D('7') // D('2'), D('7') % D('3'))
print(D(1) / D(7))
print(D('-0'), D('1e3'), D('1.23E-5'), D(123456789))
print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=decimal.ROUND_HALF_UP))
print(D(2).sqrt(), D(10).ln(), D(100).log10(), D(1).exp())
print(D('1.5') ** 2, D(2) ** -1, pow(D(3), 4))
print(D('1.30') == D('1.3'), D('1.3') < D('1.31'), hash(D('1.5')) == hash(1.5), D(5) == 5)
print(sorted([D('3'), D('1.5'), D('-2'), D('0')]))
print(D('NaN').is_nan(), D('Infinity'), -D('inf'), D('1') / D('inf'))
print(int(D('12.9')), float(D('0.25')), round(D('2.5')), round(D('3.14159'), 2))
print(D('1.2300').normalize(), D('123.456').as_tuple())
print(D('12.5').to_integral_value(), D('-3.7').copy_abs(), D('5').compare(D('6')))
print(str(D('1e-10')), repr(D('0.001')), f"{D('3.14159'):.2f}", format(D('1234567.891'), ','))
print(sum([D('0.1')] * 10), D('0.1') * 10 == D('1.0'))
for bad in ['abc', '1..2', '']:
    try:
        D(bad)
    except decimal.InvalidOperation as e:
        print('InvalidOperation', type(e).__mro__[1].__name__)
try:
    D(1) / D(0)
except decimal.DivisionByZero as e:
    print('DivisionByZero', isinstance(e, ZeroDivisionError))
try:
    D(1) + 1.5
except TypeError as e:
    print('TypeError')
print(D(1) + 2, 3 * D('1.5'), divmod(D(7), D(2)))
