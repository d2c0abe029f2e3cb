# int formatting: __format__ codes, bin/oct/hex, str/repr of big and
# negative ints, grouping, and format errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for n in [0, 7, -7, 255, -255, 2**64, -(2**70) + 1, True]:
    print(n, bin(n), oct(n), hex(n), format(n, 'b'), format(n, '#o'), format(n, 'X'), format(n, '#x'),
          format(n, ','), format(n, '_'), format(n, '+'), format(n, ' '), format(n, '010'),
          format(n, '^12'), format(n, 'e'), format(n, '.2f'), format(n, '%'), format(n, 'n'),
          format(n, 'c') if 0 <= n < 0x110000 else '')
print(f'{1234567:,}', f'{1234567:_x}', f'{255:#010b}', f'{-5:=8}', f'{5:<4}|', f'{42:*^9}')
t('bad code', lambda: format(5, 'q'))
t('sign with c', lambda: format(65, '+c'))
t('alt with c', lambda: format(65, '#c'))
t('c too big', lambda: format(0x110000, 'c'))
t('comma with x', lambda: format(5, ',x'))
t('precision', lambda: format(5, '.2'))
t('int __format__ int', lambda: (5).__format__(5))
print((5).__format__(''), (5).__format__('d'), int.__format__(7, 'b'), str(-0), repr(10**30))
t('str huge', lambda: str(10**5000))
print(len(str(10**4000)), int('9' * 4300) > 0)
