import _operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.inv(5), op.invert(5), op.abs(-2.5), op.index(7), op.truth([]), op.not_(0))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.lshift(1, 4), op.rshift(16, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
l = [1, 2]
print(op.iadd(l, [3]), l, op.iconcat(l, [4]), op.concat('ab', 'cd'), op.concat([1], [2]))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
d = {}
op.setitem(d, 'a', 1); print(d, op.getitem(d, 'a')); op.delitem(d, 'a'); print(d)
print(op.length_hint([1, 2, 3]), op.length_hint(5, 5), op.length_hint(object(), 7))
print(op._compare_digest(b'abc', b'abc'), op._compare_digest('abc', 'abd'), op._compare_digest(b'a', bytearray(b'a')))
g = op.itemgetter(1); print(g([5, 6, 7]), repr(g))
g = op.itemgetter(0, 2); print(g('xyz'), repr(g))
class A: pass
a = A(); a.b = A(); a.b.c = 42; a.x = 1
print(op.attrgetter('b.c')(a), op.attrgetter('x', 'b.c')(a), repr(op.attrgetter('b.c', 'x')))
m = op.methodcaller('split', ',', maxsplit=1)
print(m('a,b,c'), repr(m), repr(op.methodcaller('upper')))
print(op.call(len, 'abc'))
for f in [lambda: op.add(1), lambda: op.neg(), lambda: op.concat(1, 2), lambda: op.indexOf([1], 2), lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: op.methodcaller(), lambda: op.methodcaller(1), lambda: op._compare_digest(1, 2), lambda: op._compare_digest('é', 'e'), lambda: g(), lambda: op.attrgetter('zz')(a), lambda: op.add(1, 'a'), lambda: op.length_hint(1, 'x'), lambda: op.add(a=1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class H:
    def __length_hint__(self): return 4
class Bad:
    def __length_hint__(self): return -1
class NI:
    def __length_hint__(self): return NotImplemented
print(op.length_hint(H()), op.length_hint(NI(), 3))
try: op.length_hint(Bad())
except Exception as e: print(type(e).__name__, e)
for f in [lambda: op.length_hint(x=1), lambda: op.setitem(x=1), lambda: op.itemgetter(1)(x=1), lambda: op.call()]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
