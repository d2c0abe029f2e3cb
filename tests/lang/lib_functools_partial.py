import _functools as ft
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = ft.partial(f, 1)
print(p(2), p(2, 5), p(2, d=7))
q = ft.partial(p, 9, d=0)
print(q(), q(c=8), q.func is f, q.args, q.keywords)
print(repr(ft.partial(len, 'abc')), repr(ft.partial(max, 1, d=2)))
print(ft.partial(len, 'abcd')())
p.attr = 5
print(p.attr, p.__dict__)
try: p.func = len
except AttributeError as e: print('AttributeError', e)
k = ft.partial(f, d=1)
print(k(1, 2, d=9), k.keywords)
print(ft.reduce(lambda a, b: a * b, [1, 2, 3, 4]), ft.reduce(lambda a, b: a + b, [], 10), ft.reduce(lambda a, b: a + b, 'abc'))
K = ft.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: b - a)))
print(K(1) < K(2), K(2) <= K(1), K(1) == K(1), K(3) > K(2), K(5).obj)
for fn in [lambda: ft.partial(), lambda: ft.partial(1), lambda: ft.reduce(len, []), lambda: ft.reduce(len), lambda: ft.reduce(len, 1), lambda: K(1) < 1, lambda: hash(K(1)), lambda: ft.cmp_to_key(), lambda: ft.reduce(f, [1], x=1)]:
    try: print(fn())
    except Exception as e: print(type(e).__name__, e)
class P(ft.partial):
    pass
print(repr(P(len, 'x')), P(len, 'xy')(), type(P(P(len), 'a')).__name__)
