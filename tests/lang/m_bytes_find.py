# bytes/bytearray find family: find/rfind/index/rindex/count/startswith/
# endswith with ints, start/end, tuples, and errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for b in (b'abcabcabc', bytearray(b'abcabcabc')):
    for sub in (b'abc', b'c', b'', 99, b'x', bytearray(b'ca')):
        print(sub, b.find(sub), b.rfind(sub), b.count(sub), b.find(sub, 2), b.rfind(sub, 0, 5),
              b.count(sub, -4), b.find(sub, -100, 100), b.find(sub, 4, 2))
    print(b.index(b'c'), b.rindex(b'c'), b.index(98, 2), b.startswith(b'ab'), b.endswith(b'bc'),
          b.startswith((b'x', b'abc')), b.startswith(b'bc', 1), b.endswith(b'ab', 0, 2),
          b.startswith(b'', 9), b.startswith(b'', 10))
t('index missing', lambda: b'abc'.index(b'x'))
t('rindex missing', lambda: b'abc'.rindex(120))
t('find str', lambda: b'abc'.find('a'))
t('find big int', lambda: b'abc'.find(256))
t('find neg int', lambda: b'abc'.find(-1))
t('count float', lambda: b'abc'.count(1.5))
t('startswith str', lambda: b'abc'.startswith('a'))
t('startswith int', lambda: b'abc'.startswith(97))
t('endswith list', lambda: b'abc'.endswith([b'c']))
t('find no args', lambda: b'abc'.find())
t('find start str', lambda: b'abc'.find(b'a', 'x'))
print(98 in b'abc', b'bc' in b'abc', b'' in b'', bytearray(b'b') in b'abc')
t('in str', lambda: 'a' in b'abc')
t('in big', lambda: 300 in b'abc')
