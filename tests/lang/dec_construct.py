# Decimal construction: str, int, float, tuple, Decimal; exact, context-free.
import _decimal as M
D = M.Decimal

def show(x):
    try:
        print(repr(x), repr(D(x)))
    except Exception as e:
        print(repr(x), type(e).__name__, e)

for s in ['0', '-0', '1', '-1.50', '1_000', ' 12 ', '\t3.5\n', '1__0', '_1',
          '1e1_0', '\u0661\u0662', '1.', '.5', '+.5e-3', '-.0', '0.000', '1E+2',
          '1e-7', '123.456e-10', '0.000001', '0.0000001', '1e6', '12345678901234567890123',
          '-98765432109876543210.0123456789', '1e999999999999999999',
          'inf', '-INFINITY', 'Inf', 'nan', 'NaN123', '-nan', 'snan', '-sNaN7',
          'NaN0012', 'nan' + '1' * 28, 'nan' + '1' * 29,
          '1e', 'e5', '', ' ', '1 2', 'Infinit', '1.2.3', '--1', '+-1', '0x10',
          '1e+', '1e5.0', 'nanx', '\u00a01\u00a0', '1\x00', '\u2007']:
    show(s)

for i in [0, 1, -1, 2**47, -2**47, 2**63, 2**64, -2**64 + 1, 10**40, True, False]:
    show(i)

for f in [0.0, -0.0, 1.5, 0.1, -2.5e-10, 1e300, 5e-324, float('inf'),
          float('-inf'), float('nan')]:
    show(f)

for t in [(0, (1, 2), -1), (1, (), 'F'), (0, (0,), 'n'), (2, (1,), 0),
          (0, (10,), 0), (0, [1], 1.0), (0, (1,), 'x'), [1, [1, 2], 3],
          (0, (1,)), (0, (1, 2), 'N'), (1, (0, 0, 1), 'n'), (0, (), 0),
          (0, (0, 0, 0), 5), (True, (1,), 0), (0, (1,), 2**70), (0, ('1',), 0),
          (-1, (1,), 0), (0, (1,) * 30, 'n')]:
    show(t)

for bad in [1j, b'1', None, [], {}, object]:
    try:
        D(bad)
    except Exception as e:
        print(type(e).__name__, e)

d = D('1.5')
print(D(d) is d, D(d) == d, D() == 0, repr(D()))
print(repr(D(value='3')), repr(D('4', None)))
try:
    D('1', None, 3)
except TypeError as e:
    print('TypeError', e)
print(repr(D.from_float(0.25)), repr(D.from_float(7)), repr(D.from_float(-0.0)))
try:
    D.from_float('1')
except TypeError as e:
    print('TypeError', e)

class MyDec(D):
    pass
m = MyDec('2.50')
print(type(m).__name__, repr(m), type(MyDec(d)).__name__, type(MyDec(3)).__name__)
print(type(MyDec.from_float(1.5)).__name__, repr(MyDec.from_float(1.5)))
m.attr = 5
print(m.attr)
