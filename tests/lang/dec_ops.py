# Decimal's other operations: integral rounding, normalize, compare*,
# min/max*, next_*, same_quantum, scaleb, logb, sqrt, classification,
# as_integer_ratio -- as Decimal methods and as Context methods.
import _decimal as M
D, Context = M.Decimal, M.Context

SIGS = [M.InvalidOperation, M.DivisionByZero, M.Overflow, M.Underflow, M.Subnormal,
        M.Inexact, M.Rounded, M.Clamped]

def flags(c):
    return ''.join(s.__name__[:3] for s in SIGS if c.flags[s])

def show(label, f, c):
    c.clear_flags()
    try:
        r = f()
        print(label, repr(r), flags(c))
    except Exception as e:
        print(label, type(e).__name__, e)

c = Context(prec=6, Emin=-9, Emax=9, traps=[])
vals = ['0', '-0', '2.50', '-2.5', '1.005', '12345678', '1.000E+3', '0.0001230', '4',
        '2', '1E-12', '9.99999E+9', 'Infinity', '-Infinity', 'NaN7', '-sNaN']
for x in vals:
    d = D(x)
    for name in ['to_integral_value', 'to_integral_exact', 'normalize', 'next_plus',
                 'next_minus', 'logb', 'sqrt', 'number_class', 'is_normal', 'is_subnormal']:
        show(x + ' ' + name, lambda: getattr(c, name)(d), c)
    for name in ['to_integral', 'to_integral_value', 'to_integral_exact']:
        for r in [M.ROUND_FLOOR, M.ROUND_HALF_UP]:
            show(x + ' ' + name + ' ' + r, lambda: getattr(d, name)(rounding=r, context=c), c)
    if d.is_finite():
        print(x, d.as_integer_ratio())

pairs = ['0', '-0', '1', '1.0', '-1', '2.5', '0.000', 'Infinity', '-Infinity', 'NaN', 'sNaN1']
for x in pairs:
    for y in pairs:
        a, b = D(x), D(y)
        out = []
        for name in ['compare', 'compare_signal', 'compare_total', 'compare_total_mag',
                     'max', 'min', 'max_mag', 'min_mag', 'same_quantum', 'next_toward']:
            c.clear_flags()
            try:
                out.append(str(getattr(c, name)(a, b)) + flags(c))
            except Exception as e:
                out.append(type(e).__name__)
        print(x, y, ' '.join(out))

for x, y in [('1.5', '3'), ('1.5', '-2'), ('7E+5', '10'), ('1', '1.5'), ('1', '100'),
             ('Inf', '2'), ('1', 'Inf'), ('NaN', '1')]:
    show('scaleb %s %s' % (x, y), lambda: c.scaleb(D(x), D(y)), c)
for x in ['2', '0.04', '1E-7', '152415787532388367501905199875019052100', '10', '0.1', '3',
          '1E+11', '-4', '1E-100']:
    for prec in [1, 5, 28, 50]:
        cc = Context(prec=prec, traps=[])
        show('sqrt %s %d' % (x, prec), lambda: D(x).sqrt(cc), cc)
print(D(7).max(3), D(7).min(D('7.0')), D('-2').max_mag(1), D(1).compare(2), D(2).same_quantum(3))
print(D('1.23').compare_total(D('1.230')), D('2').next_toward(3))
for f in [lambda: D('Inf').as_integer_ratio(), lambda: D('NaN').as_integer_ratio(),
          lambda: D(1).compare(1.5), lambda: c.compare(1, '2'), lambda: D(1).max(2, 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
