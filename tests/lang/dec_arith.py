# Decimal + - * / // % divmod, unary ops, under several precisions and
# every rounding mode, with the flags each operation raises.
import _decimal as M
D, Context = M.Decimal, M.Context

SIGS = [M.InvalidOperation, M.FloatOperation, M.DivisionByZero, M.Overflow,
        M.Underflow, M.Subnormal, M.Inexact, M.Rounded, M.Clamped]

def flags(c):
    return ''.join(s.__name__[:3] for s in SIGS if c.flags[s])

vals = ['0', '-0', '1', '-1', '2', '3', '7', '0.1', '-0.25', '1.5', '2.50', '9.99',
        '123456789', '1E+10', '-3E-7', '12345678901234567890.123', '0.000333',
        '99999', 'Infinity', '-Infinity', 'NaN', 'NaN12', '-sNaN3']
ops = [('+', lambda c, a, b: c.add(a, b)), ('-', lambda c, a, b: c.subtract(a, b)),
       ('*', lambda c, a, b: c.multiply(a, b)), ('/', lambda c, a, b: c.divide(a, b)),
       ('//', lambda c, a, b: c.divide_int(a, b)), ('%', lambda c, a, b: c.remainder(a, b)),
       ('divmod', lambda c, a, b: c.divmod(a, b))]

def run(c, label):
    print('==', label, repr(c))
    for x in vals:
        for y in vals[::3] + ['3', '7']:
            a, b = D(x), D(y)
            row = []
            for name, f in ops:
                c.clear_flags()
                try:
                    r = f(c, a, b)
                    row.append(str(r) + '[' + flags(c) + ']')
                except Exception as e:
                    row.append(type(e).__name__ + str(e)[8:40])
            print(x, y, ' '.join(row))

run(Context(traps=[]), 'default, untrapped')
for rnd in [M.ROUND_UP, M.ROUND_DOWN, M.ROUND_CEILING, M.ROUND_FLOOR, M.ROUND_HALF_UP,
            M.ROUND_HALF_DOWN, M.ROUND_HALF_EVEN, M.ROUND_05UP]:
    c = Context(prec=3, rounding=rnd, Emin=-5, Emax=5, traps=[])
    print('--', rnd)
    for x in ['1.234', '1.235', '1.245', '-1.235', '-1.245', '0.9995', '999.5', '-999.5',
              '1.05', '1.001', '1.0051', '7E-8', '123E-9', '1E+7', '99950']:
        out = []
        for f in [c.plus, c.minus, c.abs, lambda v: c.add(v, D('0.0001')),
                  lambda v: c.multiply(v, 3), lambda v: c.divide(v, 7)]:
            c.clear_flags()
            out.append(str(f(D(x))) + '[' + flags(c) + ']')
        print(x, ' '.join(out))
c = Context(prec=4, Emin=-3, Emax=3, clamp=1, traps=[])
for x in ['1', '1E+3', '12E+2', '0E+9', '0E-9', '1E-7']:
    c.clear_flags()
    print(x, c.plus(D(x)), flags(c))

# operators use the current context
M.setcontext(Context(prec=5))
print(D('1') / 3, D(2) / 3, -D('0'), +D('-0'), abs(D('-1.23456789')), D('7') // 2, D('-7') % 3)
print(1 + D('0.5'), D('0.5') + 1, 3 - D(1), D(2) * 4, 10 / D(4), 7 // D(2), -7 % D(3))
print(divmod(D(7), 2), divmod(-7, D(2)), divmod(D('7.5'), D('-2')))
for f in [lambda: D(1) + 1.5, lambda: 1.5 * D(1), lambda: D(1) + '1', lambda: D(1) / 0,
          lambda: D(0) / 0, lambda: D(1) // 0, lambda: D(1) % 0, lambda: D('inf') - D('inf'),
          lambda: D('sNaN') + 1, lambda: D('1E+999999') * 10, lambda: M.getcontext().add(1.5, 1),
          lambda: D(10) ** 1 if False else D(12345) // D('0.0001')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
M.setcontext(Context())
x = D(0)
for i in range(1, 50):
    x += D(1) / i
print(x)
