# Generated shape: random patterns against random subjects (compared with 3.11).
class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'P({self.x!r}, {self.y!r})'
def f(s):
    match s:
        case P(_, e) if e:
            return (0, e,)
        case b if b:
            return (1, b,)
        case []:
            return (2, )
    return 'nomatch'
try:
    print('()', f(()))
except Exception as ex:
    print('error', type(ex).__name__, ex)
try:
    print("('x', 2, 2, )", f(('x', 2, 2, )))
except Exception as ex:
    print('error', type(ex).__name__, ex)
try:
    print("(('x', ), [], )", f((('x', ), [], )))
except Exception as ex:
    print('error', type(ex).__name__, ex)
try:
    print("([{'j': 'x', 1: 'x', 0: b'x'}, ['y', 1], True], )", f(([{'j': 'x', 1: 'x', 0: b'x'}, ['y', 1], True], )))
except Exception as ex:
    print('error', type(ex).__name__, ex)
try:
    print('None', f(None))
except Exception as ex:
    print('error', type(ex).__name__, ex)
try:
    print('2.0', f(2.0))
except Exception as ex:
    print('error', type(ex).__name__, ex)
