# list operators: + * == < in, nested and recursive reprs, copies,
# comparisons with other types, and errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

a, b = [1, 2, 3], [1, 2, 4]
print(a + b, a * 2, 2 * a, a * 0, a * -3, a == [1, 2, 3], a < b, a <= a, [1] < [1, 0], [] < [0],
      [1, [2]] == [1, [2]], 2 in a, [2] in [[2]], a != b)
t('add tuple', lambda: [1] + (2,))
t('mul float', lambda: [1] * 1.5)
t('lt int', lambda: [1] < 1)
t('lt mixed', lambda: [1] < ['a'])
t('mul big', lambda: [1] * (2**62))
r = [1]
r.append(r)
print(r, r == r, len(r))
c = [[0] * 2] * 2
c[0][0] = 9
print(c)
d = [[0] * 2 for _ in range(2)]
d[0][0] = 9
print(d, list('abc'), list(range(3)), list({1: 2}), list(()), list(b'ab'))
e = a[:]
e.append(4)
print(a, e, a is not e, [] == [], [] is not [])
print([x * 2 for x in a if x > 1], sum(a), min(a), max(a), sorted(a, reverse=True), len([[]]))
t('hash list', lambda: hash([]))
t('list kw', lambda: list(x=1))
t('list 2 args', lambda: list(1, 2))
t('list int', lambda: list(5))
