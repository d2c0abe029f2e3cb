# struct 'e' (IEEE half precision): rounding half to even, subnormals, inf/nan, overflow.
import struct

vals = [0.0, -0.0, 1.0, -1.0, 0.5, 65504.0, 65519.0, 2**-14, 2**-24, 2**-25, 2**-26, 3 * 2**-25,
        1.0009765625, 1.00048828125, 1.00146484375, 0.1, 1 / 3, 1e-8, 12345.678, -0.0001,
        float('inf'), float('-inf')]
for v in vals:
    b = struct.pack('<e', v)
    print(v, b.hex(), struct.pack('>e', v).hex(), struct.unpack('<e', b)[0])
for v in [65520.0, 1e10, -70000.0]:
    try:
        struct.pack('<e', v)
    except OverflowError as e:
        print('OverflowError', e)
print(struct.pack('<e', float('nan')).hex(), struct.pack('<e', -float('nan')).hex())
n = struct.unpack('<e', b'\x00\x7e')[0]
print(n != n)
for bits in range(0, 0x10000, 0x3ff):
    x = struct.unpack('<H', struct.pack('<H', bits))[0]
    v = struct.unpack('<e', struct.pack('<H', x))[0]
    if v == v:
        assert struct.pack('<e', v) == struct.pack('<H', x), hex(bits)
print([struct.unpack('<e', struct.pack('<H', b))[0] for b in (1, 0x3ff, 0x400, 0x7bff, 0x8001)])
print(struct.unpack('<f', struct.pack('<f', 16777217.0)), struct.pack('<f', -0.0).hex())
