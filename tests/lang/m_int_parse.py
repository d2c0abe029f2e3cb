# int() from strings: every base, prefixes, underscores, whitespace, signs,
# and the exact errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for s, b in [('0x1f', 16), ('0x1f', 0), ('1f', 16), ('0b101', 0), ('0o17', 0), ('017', 8),
             ('z', 36), ('Z', 36), ('10', 2), ('1_000', 10), ('1_000', 0), ('0_0', 0),
             (' 12 ', 10), ('-0x10', 0), ('+0b1', 0), ('\t-5\n', 10), ('0', 0), ('00', 0),
             ('0x_1', 0), ('٣', 10), ('1e3', 10), ('12', 3), ('', 10), ('0x', 16), ('1__0', 10),
             ('_1', 10), ('1_', 10), ('010', 0), ('0b2', 0), ('9', 8), ('- 1', 10), ('0X1F', 16),
             ('0B11', 2), ('0O7', 8), ('1' * 50, 10), ('-' + 'f' * 40, 16)]:
    t('int(%r, %r)' % (s, b), lambda: int(s, b))
t('base 1', lambda: int('1', 1))
t('base 37', lambda: int('1', 37))
t('base -1', lambda: int('1', -1))
t('base str', lambda: int('1', '2'))
t('base non-str', lambda: int(5, 10))
t('base kw', lambda: int('11', base=2))
t('bytes', lambda: int(b'12'))
t('bytearray base', lambda: int(bytearray(b'ff'), 16))
t('float str', lambda: int('1.5'))
t('none', lambda: int(None))
t('list', lambda: int([]))
t('3 args', lambda: int('1', 2, 3))
t('float', lambda: int(-2.9))
t('big float', lambda: int(1e20))
t('inf', lambda: int(float('inf')))
t('nan', lambda: int(float('nan')))
class I:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 8
class N:
    def __int__(self):
        return 9
t('__index__', lambda: int(I()))
t('__int__', lambda: int(N()))
t('int() empty', lambda: int())
t('long str', lambda: int('1' * 5000))
