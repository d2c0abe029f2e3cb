# A subclass that overrides the reflected method gets the first try even
# when both operands share the Python-level slot (sympy's Tuple2 test), and
# the left operand's NotImplemented falls through to the right's method.
class Tuple:
    def __init__(self, *args):
        self.args = args
    def __add__(self, other):
        if isinstance(other, Tuple):
            return Tuple(*(self.args + other.args))
        return NotImplemented
    def __radd__(self, other):
        if isinstance(other, Tuple):
            return Tuple(*(other.args + self.args))
        if isinstance(other, tuple):
            return Tuple(*(other + self.args))
        return NotImplemented
    def __repr__(self):
        return 'Tuple%r' % (self.args,)

class Tuple2(Tuple):
    def __radd__(self, other):
        return Tuple.__radd__(self, other + other)

class Tuple3(Tuple):        # inherits __radd__: no priority
    pass

print(Tuple(1, 2) + Tuple2(3, 4))
print(Tuple2(1, 2) + Tuple(3, 4))
print(Tuple(1, 2) + Tuple3(3, 4))
print((1, 2) + Tuple2(3, 4), (1, 2) + Tuple3(5,))

log = []
class A:
    def __sub__(self, o):
        log.append('A.sub'); return NotImplemented
    def __rsub__(self, o):
        log.append('A.rsub'); return NotImplemented
class B(A):
    def __rsub__(self, o):
        log.append('B.rsub'); return NotImplemented
class C:
    def __rsub__(self, o):
        log.append('C.rsub'); return 'C'
for x, y in [(A(), B()), (B(), A()), (A(), A()), (A(), C()), (B(), B())]:
    log.clear()
    try:
        print(x - y, log)
    except TypeError as e:
        print('TypeError', e, log)

class Num(int):
    def __radd__(self, o):
        return 'Num.radd'
print(1 + Num(2), Num(2) + 1, Num(1) + Num(2))

class Same:
    def __mul__(self, o):
        return NotImplemented
    def __rmul__(self, o):
        return 'never for the same type'
try:
    Same() * Same()
except TypeError as e:
    print('TypeError', e)
