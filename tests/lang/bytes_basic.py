# bytes: literals, repr, constructor, sequence protocol, operators, hash
print(b'')
print(b'abc', b"it's", b'say "hi"', b'both \' and "')
print(repr(b'\x00\x01\t\n\r\x7f\x80\xff\\'))
print(b'\xe9t\xc3\xa9' + b'!', str(b'x'))
print(rb'\n raw', len(rb'\n'))
print(b'abc' b'def')
print(type(b''), type(b'').__name__, isinstance(b'', bytes))

# constructor forms
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(5)))
print(bytes(b'copy'), bytes('h\xe9llo', 'utf-8'), bytes('abc', 'ascii'))
print(bytes('h\xe9', 'latin-1'), bytes('x', encoding='utf-8'), bytes(source=b'k'))
print(bytes(x * 2 for x in range(3)), bytes(True))
for bad in [lambda: bytes('abc'), lambda: bytes(-1), lambda: bytes([256]),
            lambda: bytes([1, 'a']), lambda: bytes(1.5), lambda: bytes(5, 'utf-8'),
            lambda: bytes([-1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# sequence protocol
b = b'hello world'
print(len(b), b[0], b[-1], b[1:4], b[::-1], b[::2], b[100:], b[-3:])
print(list(b'abc'), [x for x in b'\x00\xff'], tuple(b'hi'))
for bad in [lambda: b[11], lambda: b[-12], lambda: b['a']]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(104 in b, 0 in b, b'wor' in b, b'' in b, b'xyz' in b)
for bad in [lambda: 300 in b, lambda: 'h' in b]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# operators
print(b'ab' + b'cd', b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' * -2)
x = b'a'
x += b'b'
x *= 2
print(x)
for bad in [lambda: b'a' + 'b', lambda: b'a' + 1, lambda: 'a' + b'b', lambda: b'a' * 1.5]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

# comparison
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc')
print(b'abc' <= b'abc', b'abc' >= b'abd', b'a' == 'a', b'' == b'')
print(sorted([b'pear', b'apple', b'fig', b'']), max(b'zap'), min(b'zap'))
try:
    b'a' < 'a'
except TypeError as e:
    print(e)

# hashing: dict keys, sets, and the same hash as an equal latin-1 str
d = {b'k': 1, b'kk': 2}
print(d[b'k'], d[b'k' * 2], b'k' in d, len({b'a', b'a', b'b'}))
print(hash(b'abc') == hash(b'abc'), hash(b'') == 0, hash(b'abc') == hash('abc'))
print(hash(b'\xe9') == hash('\xe9'), bool(b''), bool(b'\x00'))
print(b'%s' if b'' else b'empty')
print(ord(b'a'), ord(bytearray(b'\xff')))
