import codecs
print(codecs.lookup('UTF-8').name, codecs.lookup('latin_1').name, codecs.lookup('utf16').name)
print('héllo'.encode('utf-16'), b'\xff\xfeh\x00i\x00'.decode('utf-16'))
print('x€'.encode('utf-16-be'), 'x€'.encode('utf-32-le'), 'é'.encode('cp1252'))
print(codecs.encode('abc', 'utf-16-le'), codecs.decode(b'a\x00', 'utf-16-le'))
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError', e)
import posix
fn = '/tmp/krait_io_codecs_utf16_%d.txt' % posix.getpid()
with open(fn, 'w', encoding='utf-16') as f:
    f.write('wide text\n')
with open(fn, 'rb') as f:
    print(f.read())
with open(fn, encoding='utf-16') as f:
    print(repr(f.read()))
posix.unlink(fn)
