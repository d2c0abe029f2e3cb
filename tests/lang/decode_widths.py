# bytes.decode's clean-input fast path (ASCII runs, then UTF-8 measured and
# written in two passes) against the general loop: every width, runs of
# ASCII of every length around the 8-byte word, errors after clean text.
import random

rng = random.Random(1234)
pieces = ['a', 'bcdefgh', 'é', 'ÿ', '€', 'Ā', '\U0001F600', '\u2028', '\x85', '\n', 'xxxxxxxxxxxxxxxxx']
for trial in range(300):
    s = ''.join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
    b = s.encode('utf-8')
    r = b.decode('utf-8')
    assert r == s and len(r) == len(s), (s, r)
    assert r.isascii() == s.isascii()
    assert max(map(ord, r), default=0) == max(map(ord, s), default=0)
    print(len(b), len(r), r.isascii(), ascii(r[-3:]), ascii(r.splitlines()))
    if all(ord(c) < 256 for c in s):
        assert s.encode('latin-1').decode('latin-1') == s
for n in range(0, 20):
    for bad in (b'\x80', b'\xe2\x82', b'\xff', b'\xed\xa0\x80', b'\xf4\x90\x80\x80'):
        b = b'a' * n + bad + b'z'
        for err in ('strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace'):
            try:
                print(n, err, ascii(b.decode('utf-8', err)))
            except UnicodeDecodeError as e:
                print(n, err, e.start, e.end, e.reason)
        try:
            b.decode('ascii')
        except UnicodeDecodeError as e:
            print('ascii', e.start, e.end, e.reason)
        print(ascii(b.decode('latin-1')), b.decode('latin-1').isascii())
print(ascii(b''.decode()), b'abc'.decode('ascii').isascii(), b'\xe9'.decode('latin-1').isascii())
print(b'\x00' * 7, b'ab' * 5, b'abc' * 0, bytearray(b'xy') * 3, b'' * 4, len(b'xyz' * 1001))
print((b'xyz' * 1001) == b''.join([b'xyz'] * 1001), bytearray(b'q') * 9)
s = 'a\u2028b\u2029c\x85d\x1ce\r\nf\u20ac\U0001F600\n\x0bg'
print(ascii(s.splitlines()), ascii(s.splitlines(True)))
for i in range(len(s)):
    for j in range(i, len(s) + 1):
        t = s[i:j]
        assert t == ''.join(s[k] for k in range(i, j))
        print(end='%d%d' % (len(t), max(map(ord, t), default=0) > 0xFFFF))
print()
