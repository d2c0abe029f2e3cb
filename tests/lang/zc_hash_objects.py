# Hash objects: types, attributes, methods, file_digest, and the _hashlib surface.
import hashlib, hmac, io, _hashlib, _blake2

h = hashlib.sha256(b"abc")
print(type(h).__name__, type(h).__module__, isinstance(h, _hashlib.HASH))
print(sorted(n for n in dir(h) if not n.startswith("_")))
x = hashlib.shake_256(b"abc")
print(type(x).__name__, isinstance(x, _hashlib.HASH), issubclass(_hashlib.HASHXOF, _hashlib.HASH))
print(sorted(n for n in dir(x) if not n.startswith("_")))
b = hashlib.blake2b()
print(type(b).__name__, type(b).__module__, sorted(n for n in dir(b) if not n.startswith("_")))
m = _hashlib.hmac_new(b"k", digestmod="md5")
print(type(m).__name__, sorted(n for n in dir(m) if not n.startswith("_")))
print(repr(h).startswith("<sha256 _hashlib.HASH object @ 0x"), repr(x).startswith("<shake_256 _hashlib.HASHXOF object"))
print(repr(m).startswith("<md5 HMAC object @ 0x"))
print(sorted(n for n in dir(_hashlib) if not n.startswith("__")))
print(sorted(n for n in dir(_blake2) if not n.startswith("__")))
print(type(_hashlib.openssl_md_meth_names).__name__)
for attr in ("digest_size", "block_size", "name"):
    try:
        setattr(h, attr, 1)
    except AttributeError as e:
        print("AttributeError", attr)
# file_digest reads through the buffer protocol of binary files
print(hashlib.file_digest(io.BytesIO(b"abc" * 10000), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc"), hashlib.md5).hexdigest())
print(hashlib.file_digest(io.BytesIO(b""), "blake2s").hexdigest()[:16])
try:
    hashlib.file_digest(io.StringIO("abc"), "sha256")
except Exception as e:
    print(type(e).__name__, str(e).endswith("is not a file-like object in binary reading mode."))
# digest() and hexdigest() agree, repeatedly, for every algorithm
for name in sorted(hashlib.algorithms_available):
    h = hashlib.new(name, b"x" * 300)
    if name.startswith("shake"):
        ok = h.digest(50).hex() == h.hexdigest(50) and h.digest(10) == h.digest(50)[:10]
    else:
        ok = h.digest().hex() == h.hexdigest() and len(h.digest()) == h.digest_size
    print(name, ok)
# hmac.HMAC on top: attributes and the pure-Python fallback agree
a = hmac.new(b"key", b"data", "sha384")
f = hmac.new(b"key", b"data", lambda d=b"": hashlib.sha384(d))
print(a.name, a.digest_size, a.block_size, a.hexdigest() == f.hexdigest())
print(hmac.HMAC(b"k", digestmod="sha1").copy().hexdigest())
