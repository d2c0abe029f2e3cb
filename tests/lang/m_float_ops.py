# float arithmetic corners: floor division and modulo signs, comparisons
# with big ints, hash consistency with ints, inf/nan arithmetic, errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e300, 1e-300), (5, 0.5), (-0.0, 1),
             (0.0, -1), (1, float('inf')), (-1, float('inf')), (float('inf'), 2)]:
    print(a, b, a // b, a % b, a / b)
t('floordiv zero', lambda: 1.0 // 0)
t('mod zero', lambda: 1.0 % 0.0)
t('div zero', lambda: 1 / 0.0)
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), float(2**53) == 2**53,
      10**400 > 1e308, -10**400 < -1e308, 10**400 < float('inf'), 1.5 == 3 / 2)
print(hash(1.0) == hash(1), hash(2.5) == hash(2.5), hash(-1.0), hash(float('inf')), hash(0.0) == hash(-0.0))
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, -inf, nan == nan, nan != nan, nan < 1, inf > 10**400, abs(-inf))
print(min(1.0, 2), max(1, 2.0), sum([0.1] * 10), 0.1 + 0.2, 1e16 + 1, 3 * 0.1)
t('int too big', lambda: float(10**400))
t('pow overflow', lambda: 2.0 ** 5000)
t('mul overflow', lambda: 1e308 * 10)
print(1e308 * 10 if False else 'inf-ok', (-8.0) ** (1/3) if False else 'skip', 2 ** 0.5)
print(repr(1e22), repr(1e-7), repr(123456789.0), repr(0.1), str(1e16), str(-0.0), repr(1/3))
print([float(2**k + 1) for k in (52, 53, 54, 55, 62, 63, 64, 65)], float(-2**53 - 1), 2**53 / 1)
print([float(2**k - 1) for k in (53, 54, 63, 64)], int(float(2**54 + 3)), (2**54 + 3) / 2)
