# The escape codecs (unicode_escape, raw_unicode_escape, escape_decode /
# escape_encode): incremental decoding, error handlers, warnings; charmap
# with error handlers; codec name normalization.
import codecs
import warnings


def show(f, *args):
    try:
        print(ascii(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for name in ('unicode_escape', 'raw_unicode_escape'):
    dec = getattr(codecs, name + '_decode')
    for data in (b'a\\', b'a\\x4', b'a\\x4g', b'a\\u12', b'\\U0001', b'\\U00110000',
                 b'a\\N{LATIN', b'\\N', b'\\N{}', b'\\Nx', b'\\N{LATIN SMALL LETTER A}b',
                 b'\\N{NO SUCH NAME}', b'\\\\u0041', b'\\u0041\\t\\n', b'x\\\ny', b'\\101\\7'):
        for final in (False, True):
            print(name, data, final, end=' ')
            show(dec, data, 'strict', final)
    for errors in ('replace', 'ignore', 'backslashreplace'):
        print(name, errors, end=' ')
        show(dec, b'a\\x4g\\u12zz\\U00110000b', errors)

# incremental decoders hold back a cut-off escape
for name in ('unicode_escape', 'raw_unicode_escape'):
    d = codecs.getincrementaldecoder(name)()
    parts = [d.decode(bytes([b])) for b in b'x\\u0041\\U0001F600y']
    print(name, ascii(parts), ascii(d.decode(b'', True)))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    show(codecs.unicode_escape_decode, b'\\q\\z')
    show(codecs.unicode_escape_decode, b'\\777')
    show(codecs.escape_decode, b'\\q\\8')
    show(codecs.escape_decode, b'\\501')
    for x in w:
        print(x.category.__name__, x.message)

show(codecs.escape_decode, b'a\\')
show(codecs.escape_decode, b'a\\x4')
show(codecs.escape_decode, b'a\\x4g', 'replace')
show(codecs.escape_decode, b'a\\x4g', 'ignore')
show(codecs.escape_decode, b'a\\xg', 'bogus')
show(codecs.escape_decode, b'\\x41\\n\\\'"\\a\\0')
show(codecs.escape_decode, 'caf\xe9')
show(codecs.escape_encode, b"a'b\\c\td\ne\rf\x7fg\x00\xff\"")
show(codecs.escape_encode, 'spam')
show(codecs.escape_encode, bytearray(b'spam'))
show(codecs.readbuffer_encode, bytearray(b'ab'))
show(codecs.readbuffer_encode, 'h\xe9')
show(codecs.readbuffer_encode, 42)
show(codecs.ascii_decode, 42)
show(codecs.ascii_decode, memoryview(b'ok'))

# charmap
show(codecs.charmap_decode, b'\x00\x01\x02', 'strict', 'ab')
show(codecs.charmap_decode, b'\x00\x01\x02', 'replace', 'ab\ufffe')
show(codecs.charmap_decode, b'\x00\x01\x02', 'backslashreplace', 'ab')
show(codecs.charmap_decode, b'\x00\x01\x02', 'surrogateescape', {0: 'a', 1: 'xyz'})
show(codecs.charmap_decode, b'\x00\x01', 'ignore', {0: 97, 1: None})
show(codecs.charmap_decode, b'\x00', 'strict', {0: 0x110000})
show(codecs.charmap_decode, b'\x00', 'strict', {0: 1.5})
show(codecs.charmap_encode, 'abc', 'strict', {97: 1, 98: b'BB'})
show(codecs.charmap_encode, 'abc', 'replace', {97: 1, 63: 63})
show(codecs.charmap_encode, 'abc', 'xmlcharrefreplace', {ord(c): ord(c) for c in '&#;0123456789ax'})
show(codecs.charmap_encode, 'a\udca5', 'surrogateescape', {97: 97})
show(codecs.charmap_encode, 'a', 'strict', {97: 300})
show(codecs.charmap_encode, 'a', 'strict', {97: 'x'})
print(ascii(b'foo\xa5bar'.decode('iso-8859-3', 'surrogateescape')))
print('foo\udca5bar'.encode('iso-8859-3', 'surrogateescape'))


# name normalization before the search functions see the name
def search(name):
    seen.append(name)
    return None


seen = []
codecs.register(search)
for n in ('AAA---8', 'aaa\xe9\u20ac-8', 'AAA.8', '  x  ', 'Mixed Case_Name'):
    try:
        codecs.lookup(n)
    except LookupError as e:
        print('LookupError', e)
codecs.unregister(search)
print(seen)
