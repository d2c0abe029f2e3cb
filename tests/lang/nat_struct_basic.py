# struct: pack/unpack round trips in every byte order, calcsize and alignment.
import struct

for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'f', 'd', 'e', '?', 'c',
            'x', '5s', '3p', 'bi', 'ci', 'hq', 'b0i', 'ihb', '3h2xq', '0s', '?e', 'iiii']:
    print(fmt, struct.calcsize(fmt))
for order in '=<>!':
    for fmt in ['b', 'h', 'i', 'l', 'q', 'f', 'd', 'e', 'bi', 'hq', '3h2xq', 'ci']:
        print(order + fmt, struct.calcsize(order + fmt))

vals = {'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 32767], 'H': [65535],
        'i': [-2**31, 2**31 - 1], 'I': [2**32 - 1], 'l': [-2**31, 7], 'L': [2**32 - 1],
        'q': [-2**63, 2**63 - 1], 'Q': [2**64 - 1, 0]}
for order in '<>=!':
    for c, vs in vals.items():
        for v in vs:
            b = struct.pack(order + c, v)
            print(order + c, v, b.hex(), struct.unpack(order + c, b))
for c in 'nNP':
    print(c, struct.pack(c, 5).hex(), struct.unpack(c, struct.pack(c, 2**40)))

for order in '<>':
    for v in [0.0, -0.0, 1.5, -2.25, 1e300, float('inf'), float('-inf'), 3.141592653589793]:
        print(order, v, struct.pack(order + 'd', v).hex(), struct.pack(order + 'f', 1.5).hex())
        print(struct.unpack(order + 'd', struct.pack(order + 'd', v)))
print(struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.unpack('<d', struct.pack('<d', float('nan')))[0] != 0)

print(struct.pack('?', 0), struct.pack('?', [1]), struct.pack('?', ''), struct.unpack('??', b'\x00\x05'))
print(struct.pack('c', b'z'), struct.unpack('c', b'q'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('s', b''))
print(struct.unpack('5s', b'hello'), struct.unpack('0s', b''))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('p', b'xyz'))
print(struct.unpack('5p', b'\x02abcd'), struct.unpack('3p', b'\x09abc'[:3]))
print(struct.pack('300p', b'a' * 300)[:3], len(struct.pack('300p', b'a' * 300)))
print(struct.pack('bxh', 1, 2), struct.pack('<bxh', 1, 2), struct.pack('>bxh', 1, 2))
print(struct.pack('b i', 1, 2), struct.pack('b\ti\n', 1, 2))
print(struct.pack(b'<2h', 1, -1), struct.unpack(b'>2h', b'\x00\x01\xff\xff'))
print(struct.pack('3b2?', 1, 2, 3, True, False))
print(struct.pack('<h', True), struct.pack('<i', False))


class Idx:
    def __index__(self):
        return 42


print(struct.pack('<i', Idx()), struct.pack('<Q', Idx()))
print(struct.unpack('<bhiq', struct.pack('<bhiq', -1, -2, -3, -4)))
print(struct.unpack('>BHIQ', struct.pack('>BHIQ', 1, 2, 3, 4)))
print(struct.pack('<q', -1).hex(), struct.pack('>Q', 2**63).hex())
