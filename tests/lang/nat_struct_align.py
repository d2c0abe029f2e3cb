# struct native alignment: padding before each aligned item, never at the end; '=' packs tight.
import struct

fmts = ['cq', 'qc', 'chc', 'cic', 'c?i', 'ce', 'cf', 'cd', 'hcq', 'bP', 'cn', 'c0q', 'q0c', '3cH',
        'c2si', 'cpq', '5xi', 'ixc', '?q?', 'xq']
for f in fmts:
    print(f, struct.calcsize(f), struct.calcsize('=' + f), struct.calcsize('<' + f))
print(struct.pack('cq', b'a', 1))
print(struct.pack('=cq', b'a', 1))
print(struct.pack('hcq', 1, b'b', 2))
print(struct.pack('c0q', b'z'))
print(struct.unpack('chc', b'a\x00\x05\x00b'))
print(struct.pack('@ihb', -1, -2, -3), struct.pack('!ihb', -1, -2, -3))
print(struct.pack('?q?', True, 7, False))
s = struct.Struct('bqb')
print(s.size, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)))
print(struct.pack('10x'), struct.calcsize('10x3x'))
