# Decimal ** (integer exponents), fma, the logical operations, rotate, shift.
import _decimal as M
D, Context = M.Decimal, M.Context

SIGS = [M.InvalidOperation, M.DivisionByZero, M.Overflow, M.Underflow, M.Subnormal,
        M.Inexact, M.Rounded, M.Clamped]

def show(label, f, c):
    c.clear_flags()
    try:
        r = f()
        print(label, repr(r), ''.join(s.__name__[:3] for s in SIGS if c.flags[s]))
    except Exception as e:
        print(label, type(e).__name__, e)

c = Context(prec=9, Emin=-99, Emax=99, traps=[])
for x in ['2', '-2', '1.5', '-0.5', '10', '0', '-0', '7E-5', '123456789', '1.1',
          'Infinity', '-Infinity', 'NaN', '3']:
    for y in ['0', '1', '2', '3', '-1', '-2', '10', '31', '-7', '100', '-0', '2E+1']:
        show(x + ' ** ' + y, lambda: c.power(D(x), D(y)), c)
M.setcontext(Context(prec=12))
print(D(2) ** 10, D('1.5') ** 3, 2 ** D(5), D(3) ** -2, D('-2') ** 3, D(10) ** 20)
try:
    D(0) ** 0
except M.InvalidOperation as e:
    print('InvalidOperation', e)

for a, b, d in [('2', '3', '4'), ('1.5', '-2', '0.25'), ('9999', '9999', '-1'),
                ('1E+10', '1E+10', '1'), ('Inf', '0', '1'), ('Inf', '2', '-Inf'),
                ('NaN', '1', '2'), ('1', '1', 'sNaN'), ('123456', '654321', '1E-20')]:
    show('fma %s %s %s' % (a, b, d), lambda: c.fma(D(a), D(b), D(d)), c)
print(D(2).fma(3, 4), D('1.1').fma(D('1.1'), D(-1)))

for a, b in [('1100', '1010'), ('1', '0'), ('111111111', '1'), ('0', '0'), ('12', '1'),
             ('-1', '1'), ('1E+1', '1'), ('1111111111', '1')]:
    for name in ['logical_and', 'logical_or', 'logical_xor']:
        show('%s %s %s' % (name, a, b), lambda: getattr(c, name)(D(a), D(b)), c)
    show('logical_invert ' + a, lambda: c.logical_invert(D(a)), c)
print(D('1100').logical_and(D('1010')), D(0).logical_invert())

for a in ['123456789', '12345', '-12.345', 'Infinity', 'NaN', '1234567890123']:
    for k in ['0', '1', '-1', '3', '-4', '9', '-9', '10', '1.5']:
        show('rotate %s %s' % (a, k), lambda: c.rotate(D(a), D(k)), c)
        show('shift %s %s' % (a, k), lambda: c.shift(D(a), D(k)), c)
print(D(12345).rotate(2), D(12345).shift(-2))
