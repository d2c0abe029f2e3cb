# Decimal ** with non-integer and huge exponents (exact results found,
# the rest correctly rounded in the context's mode), pow() with a modulo,
# and exact operations at the maximum precision.
import decimal
from decimal import Decimal as D, Context

SIGS = [decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow,
        decimal.Underflow, decimal.Subnormal, decimal.Inexact, decimal.Rounded,
        decimal.Clamped]

def flags(c):
    return ''.join(s.__name__[:3] for s in SIGS if c.flags[s])

xs = ['2', '4', '0.25', '10', '1E+2', '1.000', '1', '-8', '0', '-0', '27', '1.5', '0.1',
      '16', '9E-6', 'Infinity', '-Infinity', 'NaN', '32', '0.0625', '125', '1E-10', '7']
ys = ['0.5', '-0.5', '1.5', '0.25', '-2.5', '1E+20', '-1E+20', '0.1', '3', '-3', '2.0',
      '1E+1', '0', 'Infinity', '-Infinity', '1E-50', '0.333', '-0.2', 'NaN']
for rounding in [decimal.ROUND_HALF_EVEN, decimal.ROUND_DOWN, decimal.ROUND_CEILING,
                 decimal.ROUND_05UP]:
    c = Context(prec=12, rounding=rounding, Emin=-99, Emax=99, traps=[])
    for x in xs:
        out = []
        for y in ys:
            c.clear_flags()
            out.append('%s[%s]' % (c.power(D(x), D(y)), flags(c)))
        print(rounding, x, ' '.join(out))

print(D(2) ** D('0.5'), D(2) ** 0.5 if False else '', 2 ** D('0.5'), D('1.1') ** 100000)
with decimal.localcontext() as c:
    c.prec = 60
    print(D(3) ** D('1.5'), D('0.9') ** D('-12.75'))

# three-argument pow
for args in [(D(3), 4, 5), (2, D(10), 7), (2, 3, D(5)), (D(-3), 3, D(7)), (D(-3), D(2), 7),
             (D('3.0'), D('2E1'), D(1000)), (D(0), 0, 5), (D(2), -1, 5), (D('2.5'), 2, 5),
             (D(2), 2, 0), (D(2), 2, D('1E30')), (D('NaN'), 2, 5), (D(2), D('sNaN'), 5),
             (D(7), D('1E3'), D(13)), (D(5), 0, 1), (D(2), D('Inf'), 5)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
c = Context(traps=[])
print(c.power(2, 10, 1000), c.power(D(2), D('0.5')), c.power(modulo=7, a=3, b=5),
      c.power(D(2), 3, D('-7')), c.power(D(-2), 3, 7), c.power(D(2), D('2.5'), 7), flags(c))
for f in [lambda: pow(D(2), 3, 2.5), lambda: pow(D(2), 2.5), lambda: c.power(2, 'x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# exact results stay computable at the largest precision
with decimal.localcontext(Context(prec=decimal.MAX_PREC, Emin=decimal.MIN_EMIN,
                                  Emax=decimal.MAX_EMAX)):
    print(D(4).sqrt(), D('40E9').sqrt(), divmod(D(10), 3), D(10) // 3, D(4) / 2,
          D(400) ** -1, D(1) / D(8), D(1).ln(), D(100).log10(), D(0).exp(), D(2) ** 100)
    for f in [lambda: D(1) / 3, lambda: D(2).sqrt(), lambda: D(1).exp()]:
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__)
