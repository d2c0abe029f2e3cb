# marshal.dumps: the exact version-4 bytes of values held in variables
import marshal

values = [None, True, False, ..., StopIteration, 0, 1, -1, 255, 1000, -1000,
          2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**40, -2**40, 2**47, 2**48, 2**100,
          -(3**70), 1.5, -0.0, 1e300, 0.1, 1j, 2 + 3j, 'abc', '', 'hello world',
          'é', 'snowman ☃', 'a b' * 100, b'', b'xy', b'\x00\xff' * 3,
          (), (1, 2), (1, (2, 3)), [], [1, 2], [1, 1], ['abc', 'abc'], {}, {1: 2},
          {'k': (1, 2), 'j': None}, frozenset(), {5}, frozenset({7})]
for v in values:
    data = marshal.dumps(v)
    print(repr(v)[:40], data)

big = tuple(range(300))
print(marshal.dumps(big)[:12], len(marshal.dumps(big)))
shared = [0.25]
pair = [shared, shared]
print(marshal.dumps(pair))
