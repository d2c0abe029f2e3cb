from _collections import deque
d = deque(range(10))
for n in [3, -3, 0, 10, -10, 13, -27]:
    d.rotate(n); print(n, list(d))
e = deque(); e.rotate(5); print(e)
one = deque([1]); one.rotate(-4); print(one)
d = deque('abcabc')
print(d.index('b'), d.index('b', 2), d.index('c', -2), d.index('a', 1, 4), d.count('a'))
d.insert(0, 'S'); d.insert(100, 'E'); d.insert(-1, 'M'); d.insert(-100, 'F'); print(''.join(d))
d.remove('a'); d.remove('a'); print(''.join(d))
del d[1]; del d[-1]; print(''.join(d))
d[0] = 'Z'; d[-1] = 'Y'; print(''.join(d), d[1], d[-2])
d.clear(); print(d, len(d))
for bad in [lambda: d.remove('q'), lambda: deque('ab').index('z'), lambda: deque('ab').index('a', 1), lambda: d[0],
            lambda: deque('a')[-2], lambda: d.__delitem__(0), lambda: deque('ab').rotate(1, 2), lambda: deque().insert('x', 1),
            lambda: deque('a').__setitem__(5, 1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class Eq:
    def __eq__(self, o):
        dd.append(1)
        return False
dd = deque([1, Eq(), 3])
try: dd.index(99)
except RuntimeError as e: print('RuntimeError', e)
big = deque(range(1000)); big.rotate(333); print(big[0], big[-1], big.index(0))
