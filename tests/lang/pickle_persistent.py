# persistent_id / persistent_load: through subclasses, through attributes
# set on the pickler, text ids in protocol 0, None meaning "no id".
import io
import pickle

db = {'a': 'ALPHA', 'b': ['BETA']}


class Ref:
    def __init__(self, key):
        self.key = key


class P(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return obj.key
        return None


class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return db[pid]


for proto in range(6):
    f = io.BytesIO()
    P(f, proto).dump([Ref('a'), 1, Ref('b'), Ref('a')])
    data = f.getvalue()
    print(proto, data)
    print(' ', U(io.BytesIO(data)).load())
    try:
        pickle.loads(data)
    except pickle.UnpicklingError as e:
        print(' ', type(e).__name__, e)

# attributes instead of subclasses
f = io.BytesIO()
p = pickle.Pickler(f, 2)
try:
    p.persistent_id
except AttributeError as e:
    print('AttributeError', e)
p.persistent_id = lambda obj: 'ID' if obj == 'secret' else None
p.dump(['x', 'secret'])
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
try:
    u.persistent_load
except AttributeError as e:
    print('AttributeError', e)
u.persistent_load = lambda pid: '<%s>' % pid
print(f.getvalue(), u.load())
try:
    p.persistent_id = 42
except TypeError as e:
    print('TypeError', e)
try:
    u.persistent_load = 42
except TypeError as e:
    print('TypeError', e)
try:
    del p.persistent_id
except TypeError as e:
    print('TypeError', e)

# protocol 0 persistent ids must be ASCII
p = pickle.Pickler(io.BytesIO(), 0)
p.persistent_id = lambda obj: 'caf\xe9' if obj == 1 else None
try:
    p.dump(1)
except pickle.PicklingError as e:
    print('PicklingError', e)
try:
    u = pickle.Unpickler(io.BytesIO(b'P\xe9\n.'))
    u.persistent_load = lambda pid: pid
    u.load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

# the id itself may be any picklable object, and is not passed to persistent_id again
class P2(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return ('ref', obj.key)
        return None
f = io.BytesIO()
P2(f, 4).dump({'r': Ref('b')})
print(f.getvalue())
class U2(pickle.Unpickler):
    def persistent_load(self, pid):
        return pid
print(U2(io.BytesIO(f.getvalue())).load())
