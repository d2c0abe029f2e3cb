# marshal.loads(marshal.dumps(v)) == v, with types preserved
import marshal

values = [None, True, False, ..., StopIteration, 0, 7, -7, 2**31, -2**31 - 1,
          2**63, -2**63, 2**64 + 12345, 10**50, -(10**50), 1.0, -2.5, float('inf'),
          1e-310, 3j, -1.5 + 2j, 'text', 'ünïcödé', '\U0001f600', 'x' * 1000,
          b'bytes', bytearray(b'ba'), (1, 'two', 3.0), [[], [[]]], {'a': (1, 2)},
          {1, 2, 3}, frozenset({'p'}), ((),), {'nested': {'deep': [1, {2: 3}]}}]
for v in values:
    back = marshal.loads(marshal.dumps(v))
    same = back == v or (v != v and back != back)
    print(type(v).__name__, type(back).__name__, same)

# shared objects come back shared
inner = [1, 2]
outer = marshal.loads(marshal.dumps([inner, inner, (inner,)]))
print(outer, outer[0] is outer[1], outer[2][0] is outer[0])
s = 'shared string'
t = marshal.loads(marshal.dumps((s, s)))
print(t, t[0] is t[1])

# version 2 writes no references
print(marshal.dumps([inner, inner], 2))
print(marshal.loads(marshal.dumps([inner, inner], 2)))
print(marshal.version)

# nan survives
import math
print(math.isnan(marshal.loads(marshal.dumps(float('nan')))))

# trailing data is ignored by loads
print(marshal.loads(marshal.dumps(5) + b'junk'))

# versions 0 and 1 write floats as text
for version in (0, 1, 2, 3, 4):
    f, z = 2.5, 1.25 - 3j
    print(version, marshal.dumps(f, version), marshal.dumps(z, version), marshal.loads(marshal.dumps([f, z], version)))
held = bytearray(b'mv')
print(marshal.dumps(held))
