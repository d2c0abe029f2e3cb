# Calling the numeric dunders directly: NotImplemented for foreign
# operands, reflected forms, and how the operators use them.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

print((1).__add__(2), (1).__add__(1.5), (1).__radd__(2), (1.5).__add__(1), (1.5).__radd__(1))
print((2).__mul__('a'), (2).__rmul__('a'), 'a'.__mul__(2), (7).__floordiv__(2), (7).__rfloordiv__(2))
print((2).__pow__(10), (2).__pow__(10, 1000), (2).__rpow__(3), (2.0).__pow__(0.5), (7).__mod__(3))
print((5).__lt__(6), (5).__lt__(5.5), (5.5).__gt__(5), (5).__eq__('5'), (5).__ne__(5.0), True.__eq__(1))
print((3).__neg__(), (3).__pos__(), (-3).__abs__(), (3).__invert__(), (3.5).__neg__(), (3).__bool__())
print((3).__float__(), (3.7).__int__(), (3).__index__(), (3).__hash__() == hash(3), (2.5).__trunc__())
t('index float', lambda: (2.5).__index__())
t('add str', lambda: 1 + 'a')
t('radd str', lambda: 'a' + 1)
t('sub list', lambda: 1 - [])
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __repr__(self):
        return 'Num(%r)' % self.v
print(Num(1) + 2, 2 + Num(1), Num(1) + Num(2), sum([Num(1), Num(2)], Num(0)), 1.5 + Num(1))
t('num sub', lambda: Num(1) - 1)
