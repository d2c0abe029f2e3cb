# float() from strings and numbers: spaces, underscores, inf/nan spellings,
# exponents, and errors; float.__new__ on other types.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for s in [' 1.5 ', '1_0.5', '1_000.000_1', 'inf', '-Infinity', '+inf', 'INF', 'nan', '-nan',
          'NaN', '1e5_0', '1E-3', '.5', '5.', '-.5e+2', '0x10', '1e', 'e1', '1_', '_1', '1__0',
          '', ' ', 'abc', 'infinity1', 'in', '1.5\x00', '١٫٥', '١.٥', '1e400', '-1e400', '1e-400',
          '\u2003 2.5 \u2003', '0.1', '123456789012345678901234567890', '1.5j', '++1', '1.2.3']:
    t('float(%r)' % s, lambda: float(s))
print(float(), float(5), float(True), float(2**60), float(-0.0))
t('float big int', lambda: float(2**1100))
t('float none', lambda: float(None))
t('float list', lambda: float([]))
t('float bytes', lambda: float(b'1.5'))
t('float 2 args', lambda: float('1', '2'))
t('float kw', lambda: float(x='1'))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
class Bad:
    def __float__(self):
        return 'x'
t('__float__', lambda: float(F()))
t('__index__', lambda: float(I()))
t('bad __float__', lambda: float(Bad()))
