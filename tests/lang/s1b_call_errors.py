# Argument binding errors as CPython 3.11 words them: keyword arguments are
# bound before the positional count is checked, keyword-only ones given
# are counted, every positional-only name passed by keyword is listed.
def f(a, b, /, c, *, d, e):
    pass
def g(a, b=2, /):
    pass
def h(a):
    pass
def k(*, x):
    pass
def m(a, b=1, *, c):
    pass
def kw(a, /, **rest):
    return a, rest

tests = [
    lambda: f(1, 2, 3, 4, 5, 6, d=1, e=2), lambda: f(1, 2, 3, 4, d=1), lambda: f(a=1, b=2, c=3, d=4, e=5),
    lambda: g(a=1, b=2), lambda: g(1, 2, 3), lambda: h(1, 2), lambda: h(1, 2, a=3), lambda: k(1),
    lambda: k(1, x=2), lambda: h(1, 2, x=3), lambda: g(1, b=3), lambda: f(1, 2, 3, 4, d=1, e=2, z=3),
    lambda: h(), lambda: k(1, 2, 3), lambda: m(1, 2, 3), lambda: m(1, 2, 3, c=4), lambda: m(1),
    lambda: f(1, 2, 3), lambda: f(1, 2, c=3, d=4), lambda: kw(1, a=2), lambda: kw(a=2),
    lambda: h(1, 2, 3, a=1, b=2), lambda: g(1, 2, 3, 4),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(e)

class C:
    def meth(self, a, /, *, b):
        pass
for call in (lambda: C().meth(1, 2, b=3), lambda: C().meth(a=1, b=2), lambda: C.meth(C(), 1, 2)):
    try:
        call()
    except TypeError as e:
        print(e)
