# struct over bytearray buffers: pack_into/unpack_from at offsets, records in one buffer.
import struct

rec = struct.Struct('<HxBd4s')
buf = bytearray(rec.size * 4)
for i in range(4):
    rec.pack_into(buf, i * rec.size, i * 1000, i, i / 4, b'r%d' % i)
print(buf.hex())
print([rec.unpack_from(buf, i * rec.size) for i in range(4)])
print(list(rec.iter_unpack(bytes(buf))))
print(list(rec.iter_unpack(buf)))
hdr = struct.Struct('>4sI')
data = hdr.pack(b'KRAI', 7) + b'payload'
magic, n = hdr.unpack_from(data)
print(magic, n, data[hdr.size:])
print(struct.unpack_from('<I', data, offset=len(data) - 4), struct.unpack_from('3s', data, -3))
ba = bytearray(b'.' * 12)
struct.pack_into('<i', ba, -4, -1)
struct.pack_into('2s', ba, 0, b'xyz')
print(ba)
for off in (-13, 9, 12, 100):
    try:
        struct.pack_into('<i', ba, off, 1)
    except struct.error as e:
        print('error', e)
for off in (-13, 9, 12):
    try:
        print(struct.unpack_from('<i', ba, off))
    except struct.error as e:
        print('error', e)
print(struct.unpack('<2i', bytearray(8)), struct.calcsize('<HxBd4s'))
for off in [2**50, 2**70, -2**70]:
    for f in [lambda: struct.unpack_from('i', b'1234', off), lambda: struct.pack_into('i', bytearray(4), off, 1)]:
        try:
            f()
        except Exception as e:
            print(type(e).__name__, e)
