import _operator as op
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __add__(self, o): return Acc(self.v + o)
    def __repr__(self): return 'Acc(%r)' % self.v
a = Acc(1); b = op.iadd(a, 2); print(a, b, a is b)
c = op.add(a, 5); print(a, c, a is c)
x = 5; print(op.iadd(x, 1), x, op.isub(x, 1), op.imul(x, 2), op.itruediv(x, 2), op.ifloordiv(x, 2), op.imod(x, 3), op.ipow(x, 2))
print(op.ilshift(1, 3), op.irshift(16, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
l = [1]; r = op.iadd(l, [2]); print(l, r is l)
t = (1,); r = op.iadd(t, (2,)); print(t, r)
s = {1}; op.ior(s, {2}); op.iand(s, {2, 3}); print(s)
class M:
    def __matmul__(self, o): return 'matmul'
    def __imatmul__(self, o): return 'imatmul'
print(op.matmul(M(), 1), op.imatmul(M(), 1))
for bad in [lambda: op.iadd(1, 'a'), lambda: op.imatmul(1, 2), lambda: op.itruediv(1, 0), lambda: op.iconcat(1, [2]),
            lambda: op.ipow(2), lambda: op.iadd(a=1, b=2)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(op.truth(0), op.truth([0]), op.not_(''), op.index(True), op.abs(-3), op.neg(True), op.pos(-0.0))
print(op.eq([1], [1]), op.ne(1, 1), op.lt('a', 'b'), op.ge(2.5, 2), op.is_([], []), op.is_not(None, None))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf(iter('xyz'), 'z'), op.contains('abc', 'bc'))
