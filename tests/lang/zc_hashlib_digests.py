# hashlib: every available algorithm on known data, chunked updates, copies.
import hashlib

print(sorted(hashlib.algorithms_guaranteed))
print(sorted(hashlib.algorithms_available))
inputs = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 127, b"a" * 128, b"a" * 129,
          bytes(range(256)) * 5]
for name in sorted(hashlib.algorithms_available):
    for data in inputs:
        h = hashlib.new(name, data)
        if name.startswith("shake"):
            print(name, len(data), h.hexdigest(16), h.digest(3))
        else:
            print(name, len(data), h.hexdigest())
for name in sorted(hashlib.algorithms_available):
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size)

# chunked == one-shot, for each constructor function
big = bytes(i * 7 % 251 for i in range(5000))
for name in sorted(hashlib.algorithms_guaranteed):
    f = getattr(hashlib, name)
    one = f(big)
    h = f()
    for i in range(0, len(big), 333):
        h.update(big[i:i + 333])
    if name.startswith("shake"):
        print(name, one.digest(32) == h.digest(32), one.hexdigest(5))
    else:
        print(name, one.digest() == h.digest(), one.hexdigest()[:20])

# copy forks the state; digest() does not finish it
h = hashlib.sha256(b"prefix")
c = h.copy()
h.update(b" one")
c.update(b" two")
print(h.hexdigest() == hashlib.sha256(b"prefix one").hexdigest(),
      c.hexdigest() == hashlib.sha256(b"prefix two").hexdigest())
print(h.digest() == h.digest(), h.hexdigest() == h.digest().hex())

# buffer-protocol inputs, and keyword 'string'
print(hashlib.md5(bytearray(b"abc")).hexdigest(), hashlib.md5(memoryview(b"abc")).hexdigest())
print(hashlib.sha1(string=b"abc").hexdigest())
print(hashlib.new("sha256", string=b"abc").hexdigest())
print(hashlib.md5(b"abc", usedforsecurity=False).hexdigest())
# OpenSSL spellings map to Python names
for n in ("SHA256", "sha-256", "MD5", "sha3-256", "shake128", "blake2b512", "sha512-224"):
    h = hashlib.new(n)
    print(n, h.name, h.digest_size)
print(type(hashlib.sha256()).__name__, type(hashlib.shake_128()).__name__)
print(type(hashlib.blake2b()).__name__, type(hashlib.new("blake2s")).__name__)
print(hashlib.sha256().name, hashlib.new("SHA512").name)
