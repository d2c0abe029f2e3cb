# struct integer codes at their bounds, __index__ objects, bools, and every order.
import struct


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class NoIndex:
    def __int__(self):
        return 5


for code, lo, hi in [('b', -128, 127), ('B', 0, 255), ('h', -2**15, 2**15 - 1), ('H', 0, 2**16 - 1),
                     ('i', -2**31, 2**31 - 1), ('I', 0, 2**32 - 1), ('q', -2**63, 2**63 - 1),
                     ('Q', 0, 2**64 - 1)]:
    for order in '<>=@':
        f = order + code
        row = [struct.unpack(f, struct.pack(f, v))[0] == v for v in (lo, hi, 0)]
        for bad in (lo - 1, hi + 1):
            try:
                struct.pack(f, bad)
                row.append('packed')
            except struct.error as e:
                row.append(str(e))
        print(f, row)
print(struct.pack('<h', I(-2)), struct.pack('>Q', I(2**64 - 1)), struct.pack('<?', I(0)))
try:
    struct.pack('<i', NoIndex())
except struct.error as e:
    print('error', e)
try:
    struct.pack('<i', I('x'))
except TypeError as e:
    print('TypeError', e)
print(struct.pack('<q', True), struct.pack('<B', False), struct.unpack('<q', b'\xff' * 8))
print(struct.unpack('>Q', b'\x80' + b'\x00' * 7), struct.unpack('<N', struct.pack('<Q', 5) if False else b'\x05' + b'\x00' * 7) if False else '')
print(struct.unpack('N', struct.pack('N', 2**64 - 1)), struct.unpack('n', struct.pack('n', -2**63)))
print(struct.unpack('P', struct.pack('P', 2**64 - 1)), struct.pack('P', -1) == b'\xff' * 8)
print(struct.unpack('<l', b'\x00\x00\x00\x80'), struct.unpack('l', b'\x00' * 7 + b'\x80'))
