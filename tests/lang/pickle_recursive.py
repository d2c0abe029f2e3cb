# Shared and recursive structures: the memo (PUT/GET/MEMOIZE) keeps
# identity, and recursive lists, dicts and tuples-through-lists come back.
import pickle

shared = [1, 2]
for proto in range(6):
    data = pickle.dumps([shared, shared, (shared,)], proto)
    back = pickle.loads(data)
    print(proto, data, back[0] is back[1], back[2][0] is back[0])

for proto in range(6):
    l = [1]
    l.append(l)
    d = {}
    d['self'] = d
    t = ([],)
    t[0].append(t)
    data = pickle.dumps(l, proto)
    bl = pickle.loads(data)
    print(proto, data, bl[1] is bl)
    bd = pickle.loads(pickle.dumps(d, proto))
    print(proto, bd['self'] is bd)
    data = pickle.dumps(t, proto)
    bt = pickle.loads(data)
    print(proto, data, bt[0][0] is bt)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

root = Node('root')
for i in range(3):
    c = Node('c%d' % i)
    c.parent = root
    root.children.append(c)
for proto in range(6):
    r = pickle.loads(pickle.dumps(root, proto))
    print(proto, r.name, [c.name for c in r.children], all(c.parent is r for c in r.children))

# a string and a bytes object are memoized too
s = 'shared string'
b = b'shared bytes'
for proto in range(6):
    data = pickle.dumps([s, s, b, b], proto)
    back = pickle.loads(data)
    print(proto, len(data), back[0] is back[1], back[2] is back[3])
