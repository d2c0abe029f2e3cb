# int bitwise operators and shifts on small, negative and big values,
# with errors; bit_length of edge values.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

vals = [0, 1, -1, 5, -6, 255, 2**47 - 1, -2**47, 2**63, -2**63 - 1, 2**100 + 7, -(2**100)]
for a in vals:
    print(a, ~a, a & 0xff, a | 1, a ^ -1, a >> 1, a >> 100, a << 3, (a << 64) >> 64 == a,
          a.bit_length(), (-a).bit_length())
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2**70, 2**69 + 1), (-2**70, 3)]:
    print(a & b, a | b, a ^ b, a & ~b)
t('neg shift', lambda: 1 << -1)
t('neg rshift', lambda: 1 >> -1)
t('shift float', lambda: 1 << 1.0)
t('and float', lambda: 1 & 1.0)
t('invert float', lambda: ~1.5)
t('huge shift', lambda: 1 << 2**70)
print(0 << 2**70, 5 >> 2**70, -5 >> 2**70, True << 3, 1 << True)
print(int.__and__(6, 3), int.__rshift__(16, 2), int.__invert__(0), int.__xor__(5, True))
print(int.__or__(1, 'a'), int.__lshift__(1, 2.0))
