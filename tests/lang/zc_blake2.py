# _blake2: BLAKE2b/BLAKE2s with key, salt, person, tree parameters, errors.
import hashlib, _blake2

B, S = hashlib.blake2b, hashlib.blake2s
print(B is _blake2.blake2b, B.SALT_SIZE, B.PERSON_SIZE, B.MAX_KEY_SIZE, B.MAX_DIGEST_SIZE)
print(S.SALT_SIZE, S.PERSON_SIZE, S.MAX_KEY_SIZE, S.MAX_DIGEST_SIZE)
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE)
for data in [b"", b"abc", b"x" * 63, b"x" * 64, b"x" * 65, b"y" * 127, b"y" * 128, b"y" * 129, b"z" * 1000]:
    print(len(data), B(data).hexdigest()[:32], S(data).hexdigest()[:32])
for size in (1, 16, 20, 32, 48, 64):
    print(size, B(b"abc", digest_size=size).hexdigest())
for size in (1, 16, 32):
    print(size, S(b"abc", digest_size=size).hexdigest())
# keyed (RFC 7693 appendix style), including key-only and exact-block keys
print(B(key=b"k").hexdigest()[:32], S(key=b"k").hexdigest()[:32])
print(B(b"msg", key=bytes(range(64))).hexdigest())
print(S(b"msg", key=bytes(range(32))).hexdigest())
print(B(b"abc", salt=b"s" * 16, person=b"p" * 16).hexdigest()[:40])
print(S(b"abc", salt=b"salt", person=b"me").hexdigest())
print(B(b"abc", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1,
        inner_size=32, last_node=True).hexdigest()[:40])
print(S(b"abc", fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=2**48 - 1,
        node_depth=255, inner_size=32, last_node=True).hexdigest())
print(B(b"abc", node_offset=2**64 - 1).hexdigest()[:24])
# streaming and copy
h = B(key=b"key", digest_size=32)
for i in range(50):
    h.update(bytes([i]) * i)
c = h.copy()
c.update(b"extra")
print(h.hexdigest(), c.hexdigest()[:16], h.name, h.digest_size, h.block_size)
print(S().name, S().digest_size, S().block_size, S(digest_size=5).digest_size)
print(B(bytearray(b"ba")).hexdigest()[:16], B(memoryview(b"ba")).hexdigest()[:16])

try:
    class Sub(_blake2.blake2b):
        pass
except TypeError as e:
    print("TypeError", e)

def t(**k):
    try:
        print(B(b"abc", **k).hexdigest()[:16])
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(S(b"abc", **k).hexdigest()[:16])
    except Exception as e:
        print(type(e).__name__, e)

t(digest_size=0); t(digest_size=65); t(digest_size=33); t(salt=b"x" * 17); t(salt=b"x" * 9)
t(person=b"x" * 17); t(person=b"x" * 9); t(key=b"x" * 65); t(key=b"x" * 33)
t(fanout=-1); t(fanout=256); t(depth=0); t(depth=256); t(leaf_size=-1); t(leaf_size=2**32)
t(node_offset=-1); t(node_offset=2**48); t(node_offset=2**64); t(node_depth=-1); t(node_depth=256)
t(inner_size=-1); t(inner_size=33); t(inner_size=65); t(digest_size=1.0); t(key="s"); t(salt="s")
t(last_node=[]); t(usedforsecurity=False)
