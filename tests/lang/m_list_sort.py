# list.sort and sorted: stability, key functions, reverse (stable too),
# mixed types, key errors, mutation during sort, sorting tuples.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'Cherry']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len),
      sorted(words, key=len, reverse=True), sorted(words, reverse=True))
data = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (3, 'e'), (2, 'f')]
print(sorted(data, key=lambda p: p[0]), sorted(data, key=lambda p: -p[0]),
      sorted(data, key=lambda p: p[0], reverse=True))
print(sorted([3, 1.5, 2, True, -1]), sorted([[2, 1], [1, 2], [1]]), sorted('hello'), sorted(()))
print(sorted({3: 'a', 1: 'b'}), sorted({'b', 'a'}), sorted(range(5), key=lambda x: x % 2))
t('mixed', lambda: sorted([1, 'a', 2]))
t('none', lambda: sorted([None, 1]))
t('key raises', lambda: sorted([1, 2], key=lambda x: [][0]))
t('key bad', lambda: sorted([1, 2], key=1))
t('sorted positional key', lambda: sorted([1], len))
t('sorted no args', lambda: sorted())
t('sort cmp', lambda: [].sort(cmp=None))
def mutate():
    x = [3, 2, 1]
    def key(v):
        x.append(0)
        return v
    x.sort(key=key)
    return x
t('mutate', mutate)
l = [5, 3, 8, 1]
print(l.sort(), l, l.sort(reverse=True), l, l.sort(key=None, reverse=False), l)
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'C%d' % self.v
print(sorted([C(3), C(1), C(2)]), min([C(3), C(1)]), max([C(3), C(1)]))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return 'G%d' % self.v
print(sorted([OnlyGt(2), OnlyGt(1)]))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:], sorted(big, key=lambda x: -x)[:3])
