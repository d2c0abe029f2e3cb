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
