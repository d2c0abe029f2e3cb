# A write buffer consumed from the front (del b[:k]) and refilled, as
# asyncio's transports do: the data slides back to its block's start
# (bytearray.c slide_to_block_start); contents must stay exact.
import hashlib

def check(b, ref):
    assert bytes(b) == bytes(ref), (len(b), len(ref))

b = bytearray()
ref = bytearray()
chunk = bytes(range(256)) * 64          # 16 KiB
for rnd in range(6):
    b.extend(chunk * (rnd + 1))
    ref = ref + chunk * (rnd + 1)
    while len(b) > 1000:
        k = len(b) // 3 + 7
        del b[:k]
        ref = ref[k:]
        check(b, ref)
    b.extend(b'tail%d' % rnd)
    ref = ref + b'tail%d' % rnd
    check(b, ref)
    del b[:]
    ref = bytearray()
    check(b, ref)
print(len(b), hashlib.sha1(bytes(b)).hexdigest())

# partial consume, then a grow bigger than what the block holds
b = bytearray(b'x' * 5000)
del b[:4000]
b.extend(b'y' * 100)
print(len(b), b[:3], b[-3:], b.count(b'x'), b.count(b'y'))
b.extend(b'z' * 100000)
print(len(b), b[995:1005], b.count(b'z'))
# a slice assignment that inserts after a front delete
b = bytearray(b'0123456789' * 100)
del b[:500]
b[10:10] = b'abc' * 10
print(len(b), bytes(b[:45]))
b += bytes(b)
print(len(b), bytes(b[-12:]))
# a view stops the resize; the contents stay
b = bytearray(b'a' * 100)
del b[:50]
m = memoryview(b)
try:
    b.extend(b'q' * 1000)
except BufferError as e:
    print('BufferError', e)
m.release()
b.extend(b'q' * 1000)
print(len(b), b.count(b'a'), b.count(b'q'))
