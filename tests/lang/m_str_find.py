# str.find/rfind/index/rindex/count/startswith/endswith with start and end
# (negative, None, out of range), tuples of prefixes, and errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

s = 'abcabcabc'
bounds = [None, 0, 1, 3, -1, -3, -100, 100, 9, 10]
for sub in ['abc', 'c', '', 'x', 'cab']:
    for st in bounds:
        print(sub, st, s.find(sub, st), s.rfind(sub, st), s.count(sub, st),
              s.startswith(sub, st), s.endswith(sub, st))
        print(sub, st, [s.find(sub, st, e) for e in bounds])
        print(sub, st, [s.rfind(sub, st, e) for e in bounds])
        print(sub, st, [s.count(sub, st, e) for e in bounds])
        print(sub, st, [s.startswith(sub, st, e) for e in bounds])
        print(sub, st, [s.endswith(sub, st, e) for e in bounds])
print(''.find(''), ''.rfind(''), ''.count(''), 'abc'.find('', 3), 'abc'.find('', 4),
      'abc'.rfind('', 4), 'abc'.count('', 4), 'abc'.count('', 1, 0), 'aaa'.count('aa'))
print(s.index('c'), s.rindex('c'), s.index('c', 3, 6), s.rindex('a', -4))
print('€ab€'.find('€', 1), '€ab€'.rfind('€'), '€ab€'.count('€'))
print(s.startswith(('x', 'ab')), s.endswith(('bc', 'x')), s.startswith(()), s.startswith(('a', 1)))
print(s.find('c', True), s.find('c', 2**100), s.find('c', -2**100))
t('index missing', lambda: s.index('x'))
t('rindex missing', lambda: s.rindex('a', 1, 3))
t('find no args', lambda: s.find())
t('find 4 args', lambda: s.find('a', 1, 2, 3))
t('find int', lambda: s.find(1))
t('count int', lambda: s.count(None))
t('find start str', lambda: s.find('a', 'x'))
t('find end float', lambda: s.find('a', 0, 1.5))
t('find kw', lambda: s.find(sub='a'))
t('startswith int', lambda: s.startswith(1))
t('endswith list', lambda: s.endswith(['a']))
t('startswith tuple int', lambda: s.startswith(('x', 1)))
t('endswith no args', lambda: s.endswith())
t('startswith start str', lambda: s.startswith('a', 'x'))
t('rfind no args', lambda: s.rfind())
t('index kw', lambda: s.index('a', start=1))
