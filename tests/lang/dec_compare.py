# Decimal comparisons (with Decimal, int, float, complex, Fraction), hashing,
# and the conversions to int and float.
import math
from fractions import Fraction as F
import _decimal as M
D = M.Decimal

def cmp(a, b):
    out = []
    for op in ['==', '!=', '<', '<=', '>', '>=']:
        try:
            out.append(str(eval('a ' + op + ' b')))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(a), repr(b), ' '.join(out))

vals = [D('0'), D('-0.00'), D('1'), D('1.000'), D('-1'), D('0.5'), D('2.5E+3'),
        D('2500'), D('1E-30'), D('123456789012345678901234567890'),
        D('Infinity'), D('-Infinity'), D('NaN'), D('sNaN')]
for a in vals:
    for b in vals:
        cmp(a, b)
for a in [D('1'), D('0.5'), D('-2.25'), D('Inf'), D('NaN')]:
    for b in [1, 0, -3, 2**70, 0.5, -2.25, 0.1, float('inf'), float('nan'), 1+0j, 1+1j,
              F(1, 2), F(-9, 4), F(1, 3), True, 'x', None]:
        cmp(a, b)
print(D('0.1') == 0.1, D('0.5') in {0.5}, 1 < D('1.5') < 2, F(1, 2) == D('0.5'))
print(sorted([D('3'), D('1.5'), D('-2'), D('1.50'), D('1E+1')]))
print(max(D('1'), D('1.0')), min(D('2'), D('2.00')))

for s in ['0', '-0', '1', '-1', '1.5', '-2.5', '1E+3', '1000', '0.1', '123.456',
          '1E-30', '1E+30', '12345678901234567890123456789', 'Infinity', '-Infinity',
          '2305843009213693951', '2305843009213693950', '-2305843009213693953']:
    d = D(s)
    h = hash(d)
    print(s, h, h == hash(float(d)) if d == float(d) else '-',
          h == hash(int(d)) if d.is_finite() and d == int(d) else '-')
print(hash(D('0.5')) == hash(F(1, 2)), hash(D('1.25')) == hash(1.25))
for s in ['sNaN', '-sNaN1']:
    try:
        hash(D(s))
    except TypeError as e:
        print('TypeError', e)
n = D('NaN')
print(hash(n) == hash(n), {n: 1}[n])

for s in ['1.5', '2.5', '-2.5', '-0.5', '0.5', '1E+3', '123.456E-2', '-7', '0.999',
          '1E+25', '-123456789012345678901234.99', '1E-1000', 'NaN', '-Inf', 'sNaN']:
    d = D(s)
    out = []
    for f in [int, round, math.floor, math.ceil, math.trunc, float, bool,
              lambda v: round(v, 1), lambda v: round(v, -1), lambda v: round(v, 0),
              lambda v: round(v, None)]:
        try:
            out.append(repr(f(d)))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(s, ' | '.join(out))
for bad in [1.5, '1']:
    try:
        round(D(1), bad)
    except TypeError as e:
        print('TypeError', e)
try:
    round(D('123456789012345678901234567.5'), 2)
except Exception as e:
    print(type(e).__name__, e)
print(float(D('-NaN')), float(D('1e400')), float(D('-1e-400')), float(D('0.1')))
