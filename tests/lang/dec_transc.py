# exp, ln, log10: correctly rounded (half-even whatever the context's
# rounding), the specials, the flags each one raises, Context forms.
import decimal
from decimal import Decimal as D, Context

SIGS = [decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow,
        decimal.Underflow, decimal.Subnormal, decimal.Inexact, decimal.Rounded,
        decimal.Clamped]

def flags(c):
    return ''.join(s.__name__[:3] for s in SIGS if c.flags[s])

vals = ['0', '-0', '1', '-1', '2', '10', '100', '0.5', '1.000', '1E-30', '-1E-30', '0.1',
        '2.718281828459045', '123456.789', '1E+5', '-1E+5', '1E-100', '99999999999',
        '0.999999999999', '1.0000000000001', 'Infinity', '-Infinity', 'NaN', 'NaN123',
        '-sNaN5', '1E+1000', '1E-1000', '230', '-230', '7E-7']
for prec in [1, 5, 16, 28, 50]:
    for rounding in [decimal.ROUND_HALF_EVEN, decimal.ROUND_UP, decimal.ROUND_FLOOR]:
        c = Context(prec=prec, rounding=rounding, Emin=-999, Emax=999, traps=[])
        for v in vals:
            out = []
            for op in ('exp', 'ln', 'log10'):
                c.clear_flags()
                r = getattr(c, op)(D(v))
                out.append('%s[%s]' % (r, flags(c)))
            print(prec, rounding, v, ' '.join(out))

# methods on Decimal, with an explicit context and the current one
print(D(2).exp(), D(2).ln(), D(2).log10())
print(D(2).exp(context=Context(prec=10)), D(2).ln(Context(prec=3)))
with decimal.localcontext() as c:
    c.prec = 80
    print(D(1).exp(), D(10).ln(), D(7).log10())

# traps
c = Context(prec=9)
for op, v in [('ln', '-1'), ('log10', '-2'), ('ln', '0'), ('exp', '1E+1000'),
              ('exp', '-1E+1000'), ('log10', 'sNaN')]:
    try:
        print(op, v, getattr(c, op)(D(v)))
    except Exception as e:
        print(op, v, type(e).__name__, e)
c = Context(prec=9, traps=[decimal.Inexact])
try:
    c.exp(D(1))
except decimal.Inexact as e:
    print('Inexact', type(e).__mro__[1].__name__)
print(c.log10(D(1000)), c.ln(D(1)), c.exp(D(0)))

# argument errors
for f in [lambda: D(2).exp(5), lambda: Context().ln('2'), lambda: Context().log10(2.5),
          lambda: D(2).ln(Context(), Context())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(Context().exp(3), Context().ln(3))
