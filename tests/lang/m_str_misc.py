# str: join/replace/strip/encode/count edge cases, __getnewargs__, methods
# called through the type, and argument errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

print('-'.join(['a', 'b']), ''.join([]), ', '.join('abc'), '€'.join(['x', 'y']))
t('join int item', lambda: '-'.join(['a', 1]))
t('join int', lambda: '-'.join(1))
t('join bytes', lambda: '-'.join([b'a']))
print('aaaa'.replace('a', 'b', 2), 'aaaa'.replace('a', 'b', -1), 'abc'.replace('', '-'),
      'abc'.replace('', '-', 2), 'abc'.replace('x', 'y'), ''.replace('', 'x'), 'aaa'.replace('aa', 'b'))
t('replace int', lambda: 'a'.replace(1, 'b'))
t('replace int 2', lambda: 'a'.replace('a', 1))
t('replace count str', lambda: 'a'.replace('a', 'b', 'c'))
t('replace kw', lambda: 'a'.replace('a', 'b', count=1))
print(repr('  x  '.strip()), repr('xxaxx'.strip('x')), repr('abcba'.strip('ab')), repr('\t\n x'.lstrip()),
      repr('x\u2003'.rstrip()), repr('aXa'.strip(None)), repr(''.strip('a')))
t('strip int', lambda: 'a'.strip(1))
t('strip 2', lambda: 'a'.strip('a', 'b'))
print('héllo'.encode(), 'héllo'.encode('latin-1'), 'h€'.encode('ascii', 'replace'),
      'h€'.encode('ascii', 'ignore'), 'h€'.encode(errors='ignore', encoding='ascii'))
t('encode strict', lambda: 'h€'.encode('ascii'))
t('encode bad codec', lambda: 'a'.encode('nope'))
t('encode int', lambda: 'a'.encode(1))
print('abc'.__getnewargs__(), str.__getnewargs__('x'), str.lower('ABC'), str.split('a b'))
print('abc'.__len__(), 'abc'.__contains__('b'), 'abc'.__getitem__(1), 'ab'.__add__('c'),
      'ab'.__mul__(2), 'ab'.__rmul__(2), 'x'.__eq__('x'), 'a'.__lt__('b'), 'a'.__ne__(1))
t('descriptor on int', lambda: str.lower(1))
t('upper arg', lambda: 'a'.upper(1))
t('add int', lambda: 'a' + 1)
t('mul float', lambda: 'a' * 1.5)
t('contains int', lambda: 1 in 'a')
print('%s-%d-%r' % ('a', 1, 'b'), '%5.2f|%-4d|%x' % (3.14159, 7, 255), '%(a)s' % {'a': 1})
print('{:>5}|{:^5}|{:<5}'.format('a', 'b', 'c'), format('ab', '*^6'), 'x'.__format__('>3'))
