# bytes % formatting (printf-style): %s with bytes, %d %x %c %r %a, mapping
# keys, and errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

print(b'%d %s' % (1, b'x'), b'%5d|%-5d|%05d' % (1, 2, 3), b'%x %X %o' % (255, 255, 8))
print(b'%c%c' % (65, b'B'), b'%r' % 'a', b'%a' % 'é', b'%(k)s' % {b'k': b'v'}, b'100%%' % ())
print(bytearray(b'%d') % 5, b'%.2f' % 1.5, b'%s' % bytearray(b'ba'), b'%b' % b'x')
t('str arg', lambda: b'%s' % 'a')
t('too few', lambda: b'%d %d' % (1,))
t('too many', lambda: b'%d' % (1, 2))
t('bad char', lambda: b'%c' % 256)
print(b'%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159), b'%(a)s-%(b)d' % {b'a': b'x', b'b': 2})
print(b'%+d % d %#x %#o %e %G' % (5, 5, 255, 8, 12345.678, 1e-10), b'%i %u' % (3.9, -2.5))
print(b'%s' % memoryview(b'mv') if False else b'%s' % bytearray(b'ba'), b'%r' % [1, 'é'], b'%a' % 'x\u20ac')
print(b'%c' % b'z', b'%5c|%-3c|' % (97, 98), b'%5s|%-5s|%.1s' % (b'ab', b'cd', b'ef'), b'%%%s' % b'x')
class B:
    def __bytes__(self):
        return b'custom'
print(b'<%s>' % B(), b'%b' % B(), bytearray(b'%s!') % (b'ok',))
t('unsupported', lambda: b'%y' % 1)
t('incomplete', lambda: b'abc%' % ())
t('needs mapping', lambda: b'%(a)s' % (1,))
t('missing key', lambda: b'%(a)s' % {})
t('star str', lambda: b'%*d' % ('a', 1))
t('d str', lambda: b'%d' % 'a')
t('x float', lambda: b'%x' % 1.5)
t('f str', lambda: b'%f' % 'a')
t('c big', lambda: b'%c' % 300)
t('c bytes2', lambda: b'%c' % b'ab')
t('c str', lambda: b'%c' % 'a')
t('rmod', lambda: 5 % b'a')
t('str fmt bytes', lambda: '%s' % b'x')
