# str.partition / rpartition / splitlines / removeprefix / removesuffix,
# and split/rsplit argument handling.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for s in ['a,b,c', 'abc', ',', '', ',,', 'a,,b', '€,x']:
    print(repr(s), s.partition(','), s.rpartition(','), s.partition(',,'), s.rpartition('b'))
t('partition empty', lambda: 'a'.partition(''))
t('rpartition empty', lambda: 'a'.rpartition(''))
t('partition int', lambda: 'a'.partition(1))
t('partition none', lambda: 'a'.partition())
t('partition none arg', lambda: 'a'.partition(None))
lines = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve\n'
print(lines.splitlines())
print(lines.splitlines(True))
print(lines.splitlines(keepends=True) == lines.splitlines(True))
for s in ['', '\n', '\n\n', 'a', 'a\n', '\r\n', '\r\r\n', '\n\r', 'x\r', 'a\n\nb']:
    print(repr(s), s.splitlines(), s.splitlines(1))
t('splitlines float', lambda: 'a\nb'.splitlines(1.5))
t('splitlines str', lambda: 'a\nb'.splitlines('x'))
t('splitlines bad kw', lambda: 'a'.splitlines(keep=True))
t('splitlines 2', lambda: 'a'.splitlines(True, True))
for s in ['prefix-body', 'body', '', 'prefix', 'pre']:
    print(repr(s), repr(s.removeprefix('prefix')), repr(s.removesuffix('body')),
          repr(s.removeprefix('')), repr(s.removesuffix('')))
t('removeprefix int', lambda: 'a'.removeprefix(1))
t('removesuffix tuple', lambda: 'a'.removesuffix(('a',)))
t('removeprefix none', lambda: 'a'.removeprefix())
t('split maxsplit str', lambda: 'a b'.split(None, 'x'))
t('split sep int', lambda: 'a b'.split(1))
t('split kw', lambda: 'a b c'.split(maxsplit=1))
t('rsplit kw', lambda: 'a b c'.rsplit(sep=' ', maxsplit=1))
t('split bad kw', lambda: 'a b'.split(x=1))
t('split empty sep', lambda: 'a b'.split(''))
print('  a  b  '.split(), '  a  b  '.split(None, 1), '  a  b  '.rsplit(None, 1))
print('a,b,,c'.split(','), 'a,b,,c'.rsplit(',', 2), ''.split(','), ''.split())
