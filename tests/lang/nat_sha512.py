# _sha512: SHA-512 and SHA-384 digests, incremental updates, copy.
import _sha512

for data in [b'', b'abc', b'a' * 111, b'a' * 112, b'a' * 127, b'a' * 128, b'a' * 1000,
             bytes(range(256))]:
    print(len(data), _sha512.sha512(data).hexdigest(), _sha512.sha384(data).hexdigest()[:40])
h = _sha512.sha512()
for i in range(50):
    h.update(bytes([i]) * i)
c = h.copy()
c.update(b'more')
print(h.hexdigest(), c.hexdigest() != h.hexdigest())
print(h.digest()[:8], h.digest_size, h.block_size, h.name, _sha512.sha384().name,
      _sha512.sha384().digest_size)
print(_sha512.sha512(string=b'abc').hexdigest() == _sha512.sha512(b'abc').hexdigest())
print(_sha512.sha512(bytearray(b'abc'), usedforsecurity=False).hexdigest()[:16])
try:
    _sha512.sha512('abc')
except TypeError as e:
    print('TypeError', e)
try:
    h.update('x')
except TypeError as e:
    print('TypeError', e)
print(sorted(n for n in dir(_sha512) if not n.startswith("__")), _sha512.SHA384Type is type(_sha512.sha512()), type(_sha512.sha384()).__name__)
