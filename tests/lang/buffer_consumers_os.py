# more buffer consumers: os.write, file write/readinto, marshal, binascii, base64, zlib, hashlib, codecs, sys.stdout.buffer, struct.iter_unpack
import os, io, array, marshal, binascii, base64, zlib, hashlib, sys, tempfile, codecs
def err(f, *a):
    try: r = f(*a); print("ok", r)
    except Exception as e: print(type(e).__name__, e)
A = array.array
r, w = os.pipe()
err(os.write, w, A('b', [65, 66]))
err(os.write, w, memoryview(b"CD")[::-1])
print(os.read(r, 10))
os.close(r); os.close(w)
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
with open(p, "wb") as f:
    err(f.write, A('h', [0x4241]))
    err(f.write, memoryview(b"xyz")[1:])
with open(p, "rb", buffering=0) as f:
    err(f.write, b"")
    print(f.read())
with open(p, "rb") as f:
    buf = bytearray(3)
    print(f.readinto(memoryview(buf)), buf, f.readinto(A('b', [0, 0])))
os.remove(p); os.rmdir(d)
print(marshal.loads(memoryview(marshal.dumps([1, 2]))), marshal.loads(A('b', marshal.dumps(3))))
print(binascii.b2a_base64(A('b', [1, 2])), base64.b64encode(memoryview(b"hi")), binascii.unhexlify(memoryview(b"4142")))
print(zlib.decompress(memoryview(zlib.compress(b"abc"))), zlib.adler32(A('B', [1])))
print(hashlib.md5(A('b', [1])).hexdigest(), hashlib.blake2b(memoryview(b"x")).hexdigest()[:8])
print(codecs.decode(memoryview(b"hi"), "ascii"), codecs.latin_1_decode(A('B', [233])))
sys.stdout.flush()
sys.stdout.buffer.write(memoryview(b"via buffer\n"))
sys.stdout.buffer.write(A('b', [10]))
sys.stdout.flush()
print(bytes(memoryview(b'abc')).decode(), memoryview(b'abc').tobytes().upper())
import struct
s = struct.Struct("<hh")
print(list(s.iter_unpack(A('h', [1, 2, 3, 4]))), s.unpack_from(memoryview(b"\x01\x00\x02\x00"), 0))
