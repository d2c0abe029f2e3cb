# hashlib.pbkdf2_hmac and hashlib.scrypt: RFC vectors and errors.
import hashlib

# RFC 6070 (PBKDF2-HMAC-SHA1)
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pass\0word", b"sa\0lt", 4096, 16).hex())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha512", b"password", b"salt", 10, dklen=100).hex())
print(hashlib.pbkdf2_hmac("md5", bytearray(b"pw"), memoryview(b"salt"), 3).hex())
print(hashlib.pbkdf2_hmac(hash_name="sha3_256", password=b"p", salt=b"s", iterations=2).hex())
# RFC 7914 scrypt
print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1, dklen=64).hex())
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex()[:64])
print(len(hashlib.scrypt(b"p", salt=b"s", n=2, r=1, p=1)))

def t(f, *a, **k):
    try:
        print("ok", f(*a, **k).hex())
    except Exception as e:
        print(type(e).__name__, e)

t(hashlib.pbkdf2_hmac, "sha256", b"p", b"s", 0)
t(hashlib.pbkdf2_hmac, "sha256", b"p", b"s", -1)
t(hashlib.pbkdf2_hmac, "sha256", b"p", b"s", 2**40)
t(hashlib.pbkdf2_hmac, "sha256", b"p", b"s", 1, 0)
t(hashlib.pbkdf2_hmac, "sha256", b"p", b"s", 1, 2**40)
t(hashlib.pbkdf2_hmac, "foo", b"p", b"s", 1)
t(hashlib.pbkdf2_hmac, b"sha256", b"p", b"s", 1)
t(hashlib.pbkdf2_hmac, "sha256", "p", b"s", 1)
t(hashlib.pbkdf2_hmac, "sha256", b"p", "s", 1)
t(hashlib.pbkdf2_hmac, "sha256", b"p", b"s", 1.5)
t(hashlib.pbkdf2_hmac, "sha256", b"p", b"s")
t(hashlib.scrypt, b"p", salt=b"s", n=3, r=1, p=1)
t(hashlib.scrypt, b"p", salt=b"s", n=1, r=1, p=1)
t(hashlib.scrypt, b"p", n=2, r=1, p=1)
t(hashlib.scrypt, b"p", salt=b"s", r=1, p=1)
t(hashlib.scrypt, b"p", salt=b"s", n=2, p=1)
t(hashlib.scrypt, b"p", salt=b"s", n=2, r=1)
t(hashlib.scrypt, b"p", salt=b"s", n=2, r=1, p=1, dklen=0)
t(hashlib.scrypt, b"p", salt=b"s", n=2, r=1, p=1, maxmem=-1)
t(hashlib.scrypt, b"p", salt=b"s", n=2**20, r=8, p=1, maxmem=1024)
t(hashlib.scrypt, "p", salt=b"s", n=2, r=1, p=1)
t(hashlib.scrypt, b"p", b"s", n=2, r=1, p=1)
