# str indexing and slicing: steps, negatives, out-of-range, wide
# characters, iteration, errors; 'in' with empty and wide strings.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

s = 'abcdefgh'
w = 'aé€\U0001f600z'
for x in (s, w, ''):
    print(repr(x[::2]), repr(x[::-1]), repr(x[1:-1]), repr(x[-3:]), repr(x[5:1:-2]),
          repr(x[100:]), repr(x[-100:2]), repr(x[::3]), len(x))
print(s[0], s[-1], w[1], w[2], w[3], w[-1], [c for c in w], list(reversed(w)))
t('index out', lambda: s[8])
t('index neg out', lambda: s[-9])
t('index str', lambda: s['a'])
t('index float', lambda: s[1.0])
t('step zero', lambda: s[::0])
t('assign', lambda: s.__setitem__(0, 'x'))
class I:
    def __index__(self):
        return 2
print(s[I():], s[:I()], s[::I()])
print('' in s, 'cd' in s, 'dc' in s, '€' in w, '\U0001f600z' in w, 'é€\U0001f600' in w)
print(s < 'b', s > 'abc', 'é' > 'z', '€' < '\U0001f600', sorted(['b', 'a', 'é', 'A', '']))
print(ord(w[3]), chr(0x1f600) == w[3], hash(w) == hash(w[:]), w == 'aé€\U0001f600z')
print(s * 2, 2 * s, s * 0, s * -1, s + w)
t('mul big', lambda: s * (2**62))
