# str.encode / bytes.decode beyond the built-in codecs go through the registry
import codecs
print(codecs.lookup('UTF-8').name, codecs.lookup('Latin 1').name, codecs.lookup('U16').name)
print('é€'.encode('utf-16-le'), 'é€'.encode('utf-32-be'), 'abc'.encode('cp500'))
print(b'\xe9\x00\xac\x20'.decode('utf-16-le'), b'\x81\x82'.decode('cp500'), b'\xa4'.decode('iso8859_15'))
print('Ωμέγα'.encode('iso8859_7'), 'Привет'.encode('koi8_r').decode('koi8_r'))
for call in [lambda: 'x'.encode('no-such-codec'), lambda: b'x'.decode('no-such-codec'),
             lambda: 'x'.encode('rot13'), lambda: b'x'.decode('rot13'),
             lambda: '€'.encode('cp437'), lambda: b'\x81'.decode('cp1252')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(codecs.encode('hello', 'rot13'), codecs.decode('uryyb', 'rot13'))
def search(name):
    if name == 'krait_upper':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode('ascii'), len(s)),
                                lambda b, errors='strict': (bytes(b).decode('ascii').lower(), len(b)),
                                name='krait-upper')
    return None
codecs.register(search)
print('shout'.encode('krait_upper'), b'WHISPER'.decode('krait-upper'), codecs.lookup('KRAIT UPPER').name)
codecs.unregister(search)
def bad(name):
    if name == 'krait_bad':
        return codecs.CodecInfo(lambda s, errors='strict': ('not bytes', len(s)),
                                lambda b, errors='strict': (b'not str', len(b)), name='krait-bad')
codecs.register(bad)
for call in [lambda: 'x'.encode('krait_bad'), lambda: b'x'.decode('krait_bad')]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
