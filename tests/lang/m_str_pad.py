# str.center / ljust / rjust / zfill / expandtabs, with errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for s in ['', 'a', 'ab', 'abc', 'abcd', 'é', '€uro']:
    for w in [-1, 0, 3, 4, 5, 6, 9]:
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, '*')), repr(s.ljust(w, '-')),
              repr(s.rjust(w, '.')))
print('x'.center(4, '€'), 'x'.ljust(3, '\U0001f600') == 'x\U0001f600\U0001f600')
t('center no args', lambda: 'a'.center())
t('center 3 args', lambda: 'a'.center(1, 'x', 'y'))
t('center kw', lambda: 'a'.center(5, fillchar='x'))
t('center str width', lambda: 'a'.center('5'))
t('center float width', lambda: 'a'.center(5.0))
t('center long fill', lambda: 'a'.center(5, 'xy'))
t('center empty fill', lambda: 'a'.center(5, ''))
t('center int fill', lambda: 'a'.center(5, 1))
t('ljust int fill', lambda: 'a'.ljust(5, 1))
t('rjust int fill', lambda: 'a'.rjust(5, 1))
t('center bool width', lambda: 'a'.center(True, 'x'))
for s in ['', '42', '-42', '+42', '--', '-', 'abc', '€3', '-€']:
    print(repr(s), [s.zfill(w) for w in (-1, 0, 1, 2, 3, 5)])
t('zfill none', lambda: '1'.zfill())
t('zfill str', lambda: '1'.zfill('3'))
t('zfill kw', lambda: '1'.zfill(width=3))
for s in ['a\tb', '\t', 'ab\tcd\tef', '12345678\tx', 'a\nb\tc', 'a\r\tb', '€\t€', '\t\t']:
    print(repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)),
          repr(s.expandtabs(-1)), repr(s.expandtabs(tabsize=3)))
t('expandtabs str', lambda: 'a'.expandtabs('4'))
t('expandtabs kw', lambda: 'a'.expandtabs(tab=4))
t('expandtabs 2 args', lambda: 'a'.expandtabs(4, 4))
