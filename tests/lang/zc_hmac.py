# hmac over _hashlib: RFC 4231 / RFC 2202 vectors, streaming, copy, compare_digest.
import hashlib, hmac, _hashlib

# RFC 4231 test case 1 and 2
print(hmac.new(b"\x0b" * 20, b"Hi There", "sha256").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha512).hexdigest())
# RFC 2202 (MD5, SHA-1)
print(hmac.new(b"\x0b" * 16, b"Hi There", "md5").hexdigest())
print(hmac.new(b"\xaa" * 80, b"Test Using Larger Than Block-Size Key - Hash Key First", "sha1").hexdigest())
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha512_256",
             "blake2b", "blake2s", "sha3_512"):
    h = hmac.new(b"key", b"The quick brown fox", name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:40])
    print(hmac.digest(b"key", b"The quick brown fox", name) == h.digest())

# streaming and copy
h = hmac.new(b"secret", digestmod="sha256")
for part in (b"a", b"bc", b"" , b"d" * 100):
    h.update(part)
c = h.copy()
c.update(b"more")
print(h.hexdigest() == hmac.new(b"secret", b"abc" + b"d" * 100, "sha256").hexdigest())
print(c.hexdigest() == hmac.new(b"secret", b"abc" + b"d" * 100 + b"more", "sha256").hexdigest())
print(hmac.new(bytearray(b"k"), memoryview(b"m"), "sha1").hexdigest())
print(hmac.new(b"", b"", "md5").hexdigest())

# the low-level objects
x = _hashlib.hmac_new(b"k", b"m", "sha256")
print(x.name, x.digest_size, x.block_size, type(x).__name__)
y = x.copy()
x.update(msg=b"!")
print(x.hexdigest() != y.hexdigest(), _hashlib.hmac_digest(b"k", b"m", "sha256") == y.digest())

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

t(hmac.new, b"k", b"m", "nope")
t(hmac.new, b"k", b"m")
t(hmac.new, "str key", b"m", "sha256")
t(_hashlib.hmac_new, b"k", b"m")
t(_hashlib.hmac_new, b"k", b"m", "nope")
t(_hashlib.hmac_new, b"k", digestmod=len)
t(_hashlib.hmac_new, "k", digestmod="sha256")
t(_hashlib.hmac_digest, b"k", b"m", "nope")
t(x.update, "str")
t(x.digest, 1)
t(hmac.compare_digest, b"abc", b"abc")
t(hmac.compare_digest, b"abc", b"abd")
t(hmac.compare_digest, b"abc", b"ab")
t(hmac.compare_digest, "abc", "abc")
t(hmac.compare_digest, bytearray(b"x"), memoryview(b"x"))
t(hmac.compare_digest, "a", b"a")
t(hmac.compare_digest, b"a", "a")
t(hmac.compare_digest, 1, 2)
t(hmac.compare_digest, "a", 1)
t(hmac.compare_digest, "\xe9", "\xe9")
t(hmac.compare_digest, b"a")
# pure-Python fallback with a digestmod module-like callable
print(hmac.new(b"k", b"m", lambda d=b"": hashlib.sha256(d)).hexdigest())
