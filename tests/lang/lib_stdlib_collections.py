import sys
sys.path.append('/usr/lib/python3.11')
import collections
P = collections.namedtuple('P', 'x y')
p = P(1, y=2); print(p, p.x, p._replace(x=5), p._asdict())
c = collections.Counter('abracadabra'); print(c.most_common(2), c['z'])
od = collections.OrderedDict(a=1, b=2); od.move_to_end('a'); print(od)
d = collections.deque([1, 2], maxlen=3); d.append(3); d.append(4); print(d)
print(collections.ChainMap({'a': 1}, {'a': 2, 'b': 3})['b'])
