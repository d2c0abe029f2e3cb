# One-byte bytes are shared objects, as in CPython: bytes([b]) and a
# one-byte slice give the same object for the same byte, and sharing must
# never let one bytes value leak into another.
parts = [bytes([b]) for b in b"hello"]
print(parts, parts[2] is parts[3], parts[0] is bytes([104]))
print(b"xyz"[1:2] is bytes([121]), b"xyz"[1:2] == b"y")
print(b"ab"[::2] is b"ba"[1:], b"abc"[2:] is bytes([99]))
words = {}
for w in [b"a", b"b", b"a"]:
    words[bytes(w)] = words.get(bytes(w), 0) + 1
print(sorted(words.items()))
x = bytes([0])
y = x + b""
z = bytes([0]) + bytes([0])
print(y is x, z, len(z), z is x, hash(x) == hash(b"\x00"))
print([bytes([i]) for i in (0, 127, 128, 255)])
print(bytes([255]) is bytes([255]), bytes([1, 2])[:1] is bytes([1]))
ba = bytearray(b"q")
bq = bytes(ba)
ba[0] = ord("r")
print(bq, ba, bq is bytes([ord("q")]))
