# Pickler and Unpickler objects: dump/load on files, the memo across
# dumps, clear_memo, memo proxies, fast mode, bin, dispatch_table,
# reducer_override, subclasses that forget __init__.
import copyreg
import io
import pickle

f = io.BytesIO()
p = pickle.Pickler(f, 2)
shared = ['shared']
p.dump(shared)
p.dump(shared)          # the memo survives: the second is a GET
p.clear_memo()
p.dump(shared)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
a, b, c = u.load(), u.load(), u.load()
print(a, a is b, a is c)
print(type(p.memo).__name__, len(p.memo.copy()), sorted(v[0] for v in p.memo.copy().values()), [v[1] for v in p.memo.copy().values() if v[0] == 1])
m = p.memo.copy()
p.memo.clear()
print(len(p.memo.copy()))
p.memo = m
print(len(p.memo.copy()))
try:
    p.memo = 5
except TypeError as e:
    print('TypeError', e)
print(type(u.memo).__name__, sorted(u.memo.copy()))
u.memo = {0: 'x'}
print(u.memo.copy())
try:
    u.memo = []
except TypeError as e:
    print('TypeError', e)

print(p.bin, pickle.Pickler(io.BytesIO(), 0).bin, p.fast)
# fast mode: no memo (and no recursion check below 50 levels)
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.fast = 1
p.dump([shared, shared])
print(f.getvalue())
l = []
l.append(l)
try:
    p.dump(l)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])


# dispatch_table on the pickler (the class attribute or the instance's)
class Point:
    def __init__(self, x):
        self.x = x


def reduce_point(pt):
    return (Point, (pt.x * 10,))


f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Point] = reduce_point
p.dump(Point(4))
print(pickle.loads(f.getvalue()).x, pickle.loads(pickle.dumps(Point(4))).x)


class TablePickler(pickle.Pickler):
    dispatch_table = {Point: lambda pt: (Point, (-pt.x,))}


f = io.BytesIO()
TablePickler(f).dump(Point(3))
print(pickle.loads(f.getvalue()).x)


# reducer_override sees everything but the atoms and builtin containers
class Overrider(pickle.Pickler):
    seen = []
    def reducer_override(self, obj):
        self.seen.append(type(obj).__name__)
        if obj is len:
            return (str, ('len-replaced',))
        return NotImplemented


f = io.BytesIO()
Overrider(f, 4).dump([1, 'a', len, Point(1), int, (2,), {3: 4}])
back = pickle.loads(f.getvalue())
print(back[2], back[3].x, Overrider.seen)


class Forgot(pickle.Pickler):
    def __init__(self):
        pass


try:
    Forgot().dump(1)
except pickle.PicklingError as e:
    print('PicklingError', e)


class Sub(pickle.Pickler):
    pass


f = io.BytesIO()
s = Sub(f, protocol=3, fix_imports=False)
s.dump({'k': [1.5]})
print(f.getvalue(), isinstance(s, pickle.Pickler))


class W:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(bytes(b))


w = W()
pickle.dump([1, 2], w, 0)
pickle.dump(b'x' * 10, w, protocol=3)
print(w.chunks)
try:
    pickle.dump(1, object())
except TypeError as e:
    print('TypeError', e)
print(pickle.Unpickler.__name__, pickle.Pickler.__module__)
