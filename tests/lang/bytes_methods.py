# bytes methods: search, split/join, strip, replace, case, classes, hex
b = b'the quick brown fox jumps over the lazy dog'
print(b.find(b'the'), b.find(b'the', 1), b.find(b'cat'), b.find(111), b.find(b''), b.find(b'', 100))
print(b.rfind(b'the'), b.rfind(b'o'), b.rfind(b'o', 0, 20), b.find(b'o', -10), b.rfind(b''))
print(b.index(b'quick'), b.rindex(b'o'), b.count(b'o'), b.count(b''), b.count(ord('e')))
print(b.count(b'o', 10, 20), b'aaaa'.count(b'aa'), b''.count(b''))
for bad in [lambda: b.index(b'cat'), lambda: b.rindex(b'cat'), lambda: b.find('the'),
            lambda: b.find(256)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b.startswith(b'the'), b.startswith(b'quick', 4), b.endswith(b'dog'), b.endswith((b'cat', b'dog')))
print(b.startswith(b''), b.endswith(b'lazy', 0, -4), b'ab'.startswith(b'abc'))
try:
    b.startswith('the')
except TypeError as e:
    print(e)

print(b.split(), b.split(b' ', 2), b'a,b,,c'.split(b','), b'  x  y '.split(None, 1))
print(b'a,b,c'.rsplit(b',', 1), b' a b c '.rsplit(None, 1), b''.split(), b''.split(b','))
print(b'a\nb\r\nc\rd\n'.splitlines(), b'a\nb\r\n'.splitlines(True), b'x'.split(sep=b'x'))
try:
    b'abc'.split(b'')
except ValueError as e:
    print(e)
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), b', '.join((b'x',)), b'.'.join(x for x in [b'1', b'2']))
try:
    b'-'.join([b'a', 'b'])
except TypeError as e:
    print(e)
print(b'key=value=x'.partition(b'='), b'key=value=x'.rpartition(b'='), b'abc'.partition(b'='), b'abc'.rpartition(b'='))

print(b'  hi \t\n'.strip(), b'xxhixx'.strip(b'x'), b'  hi  '.lstrip(), b'  hi  '.rstrip(), b'abcba'.strip(b'ab'))
print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'x', b'y'))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'abc'.removeprefix(b'x'))
print(b'ab'.center(7), b'ab'.center(7, b'*'), b'abc'.center(6, b'*'), b'ab'.ljust(5, b'.'), b'ab'.rjust(5), b'-42'.zfill(6), b'7'.zfill(3))

print(b'Hello World 123'.upper(), b'Hello World 123'.lower(), b'Hello'.swapcase())
print(b'hello world'.capitalize(), b'hELLO wORLD'.title(), b'caf\xe9'.upper())
print(b'123'.isdigit(), b'12a'.isdigit(), b'abc'.isalpha(), b'ab1'.isalnum(), b' \t\n'.isspace(), b''.isalpha())
print(b'ABC1'.isupper(), b'abc1'.islower(), b'123'.isupper(), b'\xe9'.isalpha(), b'abc'.isascii(), b'\x80'.isascii())

print(b'\x00\x01\xab\xff'.hex(), b''.hex(), b'\xde\xad\xbe\xef'.hex(':'), b'\x01\x02\x03\x04\x05'.hex('-', 2), b'\x01\x02\x03'.hex(' ', -2))
print(bytes.fromhex('deadbeef'), bytes.fromhex('de ad  be ef'), bytes.fromhex(''), b''.fromhex('41'))
for bad in ['abc', 'zz', '0g']:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(e)
