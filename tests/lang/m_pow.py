# pow() with two and three arguments: negative exponents with a modulus
# (modular inverse), zero modulus, float mixing, big numbers; ** operator.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for b, e, m in [(3, -1, 7), (2, 10, 1000), (-2, 3, 5), (5, 0, 1), (38, -1, 97), (2, -2, 7),
                (10, 100, 17), (-7, -1, 11), (3, 4, -5), (2**100, 3, 10**9 + 7), (7, -3, 2**61 - 1),
                (0, 0, 5), (4, 5, 1), (3, 2, -1)]:
    t('pow(%d, %d, %d)' % (b, e, m), lambda: pow(b, e, m))
t('not invertible', lambda: pow(3, -1, 6))
t('zero mod', lambda: pow(3, 2, 0))
t('float mod', lambda: pow(3.0, 2, 5))
t('float base 3 args', lambda: pow(3, 2, 5.0))
t('kw', lambda: pow(base=2, exp=3, mod=5))
t('kw exp', lambda: pow(2, exp=-1))
print(pow(2, -1), pow(-8, 1/3) if False else '', pow(0, 0), pow(0.0, 0), 2 ** -2, (-2) ** 2)
t('zero neg', lambda: pow(0, -1))
t('zero float neg', lambda: 0.0 ** -1)
t('neg frac', lambda: (-8) ** 0.5)
print(pow(2, 100), pow(-3, 3), 10 ** 20, 2.0 ** 0.5, pow(True, 2))
t('pow str', lambda: pow('a', 2))
t('overflow', lambda: 10.0 ** 400)
