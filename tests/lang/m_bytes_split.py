# bytes/bytearray split, rsplit, partition, rpartition, splitlines, strip,
# join, replace, with errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for b in (b'  a  b  c  ', b'a,b,,c', bytearray(b'x\ty\nz'), b''):
    print(b.split(), b.split(b','), b.split(None, 1), b.rsplit(None, 1), b.rsplit(b',', 1),
          b.split(maxsplit=1), b.partition(b','), b.rpartition(b','), b.strip(), b.lstrip(b' a'),
          b.rstrip(b' c'))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\nc\rd\n'.splitlines(True), b'\x0bx\x0c'.splitlines())
t('split empty sep', lambda: b'a'.split(b''))
t('split str sep', lambda: b'a'.split('a'))
t('partition empty', lambda: b'a'.partition(b''))
t('partition str', lambda: b'a'.partition('a'))
t('strip str', lambda: b'a'.strip('a'))
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]) if False else b'-'.join([b'a', bytearray(b'b')]),
      bytearray(b', ').join([b'x', b'y']), b''.join([]))
t('join str item', lambda: b'-'.join([b'a', 'b']))
t('join int item', lambda: b'-'.join([1]))
print(b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), bytearray(b'abc').replace(b'b', b''),
      b'abc'.replace(b'x', b'y'))
t('replace str', lambda: b'a'.replace('a', 'b'))
print(b'abc'.removeprefix(b'ab'), b'abc'.removesuffix(b'bc'), bytearray(b'abc').removeprefix(b'x'))
