# Containers: exact bytes for small ones, batching past 1000 items
# (APPENDS/SETITEMS/ADDITEMS in chunks), round trips for every protocol.
import pickle

small = [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 'a', None],
         {}, {'a': 1}, {'a': 1, 'b': [2, 3]}, set(), {7}, frozenset(), frozenset({5}),
         ((),), [[]], {'k': ()}]
for proto in range(6):
    print('protocol', proto)
    for v in small:
        data = pickle.dumps(v, proto)
        print(' ', repr(v), data, pickle.loads(data) == v)

big_list = list(range(2500))
big_dict = {i: str(i) for i in range(2100)}
big_set = set(range(1500))
for proto in range(6):
    for v in (big_list, big_dict, big_set, frozenset(big_set), tuple(big_list)):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, type(v).__name__, len(data), back == v, type(back) is type(v),
              data.count(b'e'), data.count(b'u'), data.count(b'\x90'))

# nested, mixed
obj = {'list': [1, [2, [3, [4]]]], 'tuple': (1, (2, (3,))), 'set': {1, 2}, 'bytes': b'ab',
       'float': 0.5, 'neg': -3, 'big': 10**30, 'none': None}
for proto in range(6):
    print(proto, pickle.loads(pickle.dumps(obj, proto)) == obj)
