# Argument-count and keyword errors of the natives2 methods: CPython names them Type.method.
import struct
import _random
import _sha512

S = struct.Struct("i")
r = _random.Random(1)
h = _sha512.sha512()
for f in [
        lambda: S.unpack(),
        lambda: S.unpack(b'', b''),
        lambda: S.iter_unpack(),
        lambda: S.unpack_from(),
        lambda: S.pack_into(),
        lambda: r.getrandbits(),
        lambda: r.setstate(),
        lambda: h.update(),
        lambda: h.digest(1),
        lambda: h.copy(1),
        lambda: _sha512.sha512(1),
        lambda: _sha512.sha512(b'', b''),
        lambda: struct.Struct('i', 'j'),
        lambda: struct.iter_unpack('i'),
        lambda: r.random(x=1),
        lambda: S.unpack(x=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
