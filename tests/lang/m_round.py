# round() on ints, floats and objects with __round__, with negative and
# huge ndigits; math.floor/ceil/trunc dispatch.
import math
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for x in [0, 5, 15, 25, -25, 12345, 2**70 + 5, True]:
    print(x, [round(x, n) for n in (-3, -2, -1, 0, 1)], round(x), type(round(x, -1)).__name__)
for x in [0.5, 1.5, 2.5, -0.5, 2.675, 1.005, 123.456, -123.456, 1e300, 5e-324, 0.0, -0.0]:
    print(x, round(x), [round(x, n) for n in (-2, -1, 0, 1, 2, 3)])
print(round(1.5, None), round(2.5, None), round(5, None))
t('round inf', lambda: round(float('inf')))
t('round nan', lambda: round(float('nan')))
t('round str', lambda: round('1'))
t('round nd str', lambda: round(1.5, '1'))
t('round nd float', lambda: round(1.5, 1.0))
t('round no args', lambda: round())
t('round kw', lambda: round(number=2.5, ndigits=0))
class R:
    def __round__(self, n=None):
        return ('R', n)
print(round(R()), round(R(), 3))
class NoRound:
    pass
t('no __round__', lambda: round(NoRound()))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), math.ceil(2**70))
t('floor str', lambda: math.floor('a'))
