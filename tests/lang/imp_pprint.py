# pprint.pformat / pprint.pp of nested structures
import pprint

data = {'name': 'krait', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4)}],
        'c': 'a fairly long string value that will need wrapping somewhere' * 2},
        'tuple': tuple(range(12)), 'empty': [], 'none': None}
print(pprint.pformat(data))
print(pprint.pformat(data, width=40, depth=2))
print(pprint.pformat(data, compact=True, width=60))
print(pprint.pformat(data, sort_dicts=False, width=100))
print(pprint.pformat([[1, 2, 3]] * 5, width=20))
print(pprint.pformat({3: 'c', 1: 'a', 2: 'b'}))
print(pprint.pformat('x' * 100, width=30))
print(pprint.pformat(b'bytes ' * 20, width=40))
print(pprint.isreadable(data), pprint.isrecursive(data))
r = [1, 2]
r.append(r)
print(pprint.pformat(r).replace(str(id(r)), 'ID'), pprint.isrecursive(r),
      pprint.saferepr(r).replace(str(id(r)), 'ID'))
pprint.pprint({'k': list(range(40))}, width=50)
pprint.pp({'z': 1, 'a': 2})
print(pprint.pformat({1, 2, 3}), pprint.pformat(frozenset([5, 4])))
from collections import OrderedDict, defaultdict, Counter, deque
print(pprint.pformat(OrderedDict(a=1, b=2)))
print(pprint.pformat(defaultdict(list, {'a': [1] * 30})))
print(pprint.pformat(Counter('abracadabra')))
print(pprint.pformat(deque(range(40)), width=50))
pp = pprint.PrettyPrinter(indent=4, width=30)
print(pp.pformat({'key': ['value'] * 6}))
