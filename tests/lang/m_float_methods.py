# float methods: hex/fromhex, as_integer_ratio, is_integer, conjugate,
# __round__, __trunc__/__floor__/__ceil__, __getformat__, real/imag.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for x in [0.0, -0.0, 1.0, 3.5, -0.1, 1e300, 5e-324, 2.2250738585072014e-308,
          float('inf'), float('-inf'), float('nan'), 1/3]:
    print(repr(x), x.hex(), x.is_integer(), x.conjugate(), x.real, x.imag)
for s in ['0x1.8p1', '0X1P-2', '-0x1.fffffffffffffp+1023', 'inf', '-Infinity', 'nan',
          '  0x10  ', '0x.8', '1', '0x1p-1074', '0x1p-1080', '0xap0']:
    t(s, lambda: float.fromhex(s))
for s in ['', 'x', '0x', '0x1p', '0x1.8p1 x', '0x1p99999']:
    t(repr(s), lambda: float.fromhex(s))
t('fromhex int', lambda: float.fromhex(5))
t('fromhex via inst', lambda: (1.0).fromhex('0x2p0'))
for x in [0.0, 0.75, -2.5, 1e20, 0.1, 5e-324, 3.0]:
    print(x, x.as_integer_ratio())
t('ratio inf', lambda: float('inf').as_integer_ratio())
t('ratio nan', lambda: float('nan').as_integer_ratio())
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1234.5678, -1e-5, 1e20]:
    print(x, x.__round__(), [x.__round__(k) for k in (0, 1, 2, -1, -2, -400, 400)])
print(type((2.5).__round__()).__name__, type((2.5).__round__(0)).__name__)
t('round inf', lambda: float('inf').__round__())
t('round nan', lambda: float('nan').__round__())
t('round inf nd', lambda: float('inf').__round__(2))
t('round str', lambda: (1.5).__round__('a'))
t('round big nd', lambda: (1.5).__round__(10**30))
t('round big neg nd', lambda: (1.5).__round__(-10**30))
t('round overflow', lambda: (1.7e308).__round__(-308))
print(round(2.675, 2), round(0.5), round(-0.5), round(1e300, -299))
for x in [2.5, -2.5, 0.0, 1e20, -1e-300]:
    print(x.__trunc__(), x.__floor__(), x.__ceil__(), x.__getnewargs__())
t('floor inf', lambda: float('inf').__floor__())
t('ceil nan', lambda: float('nan').__ceil__())
t('trunc -inf', lambda: float('-inf').__trunc__())
print(float.__getformat__('double'), float.__getformat__('float'))
t('getformat bad', lambda: float.__getformat__('int'))
t('getformat type', lambda: float.__getformat__(1))
t('hex arg', lambda: (1.0).hex(2))
t('set real', lambda: setattr(1.5, 'real', 2))
print((1.5).__float__(), float.__float__(2.5))
import math
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(float(' 1.5 '), float('1_0.5'), float('-Infinity'), float('+nan'), float('1e5_0'))
for s in ['abc', '1__0', '_1', '1_', '', ' ', '0x10', '1e', 'infinity1', '1.5\x00']:
    t('float ' + repr(s), lambda: float(s))
