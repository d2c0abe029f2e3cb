# str.encode and bytes.decode: utf-8, ascii, latin-1, error handlers
s = 'h\xe9llo \u20ac \U0001f600'
u = s.encode()
print(u, len(u), u.decode(), u.decode('utf-8') == s, s.encode('utf8') == u)
print('abc'.encode('ascii'), 'caf\xe9'.encode('latin-1'), 'caf\xe9'.encode('iso-8859-1'), b'caf\xe9'.decode('latin1'))
print('x'.encode(encoding='UTF-8'), b'x'.decode(encoding='ascii', errors='strict'), ''.encode(), b''.decode())
print(bytes(range(256)).decode('latin-1') == ''.join(map(chr, range(256))))

def show(f):
    try:
        print(repr(f()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ':', e, isinstance(e, ValueError))

# decoding errors: the same ranges and reasons as CPython
for data in [b'\xff', b'a\x80b', b'\xc3', b'\xe2\x82', b'\xe2\x28\xa1', b'\xf0\x9f\x98',
             b'\xf0\x28\x8c\x28', b'\xed\xa0\x80', b'\xc0\xaf', b'\xf4\x90\x80\x80', b'\xe0\x80\x80',
             b'\xf0\x9f\x28', b'ok\xe2\x82\xacok']:
    show(lambda: data.decode())
    show(lambda: data.decode('utf-8', 'replace'))
    show(lambda: data.decode('utf-8', 'ignore'))
show(lambda: b'\xff\xfe'.decode('utf-8', 'backslashreplace'))
show(lambda: b'a\xffb'.decode('utf-8', 'surrogateescape'))
show(lambda: b'a\xe9b'.decode('ascii'))
show(lambda: b'a\xe9\xeab'.decode('ascii', 'replace'))
show(lambda: b'abc'.decode('utf-8', 'no-such-handler'))
show(lambda: b'\xff'.decode('utf-8', 'no-such-handler'))
show(lambda: b'abc'.decode('no-such-codec'))
show(lambda: b'abc'.decode(5))

# encoding errors
show(lambda: 'caf\xe9'.encode('ascii'))
show(lambda: 'a\xe9\xe8b'.encode('ascii'))
show(lambda: '\u20ac'.encode('latin-1'))
show(lambda: '\U0001f600'.encode('ascii'))
show(lambda: 'a\ud800b'.encode())
show(lambda: 'caf\xe9 \u20ac'.encode('ascii', 'replace'))
show(lambda: 'caf\xe9 \u20ac'.encode('ascii', 'ignore'))
show(lambda: 'caf\xe9 \u20ac\U0001f600'.encode('ascii', 'backslashreplace'))
show(lambda: 'caf\xe9 \u20ac'.encode('latin-1', 'xmlcharrefreplace'))
show(lambda: 'a\udcffb'.encode('utf-8', 'surrogateescape'))
show(lambda: 'abc'.encode('utf-16-nope'))
show(lambda: 'abc'.encode(errors=3))
print(b'a\xffb'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print('caught', type(e).__mro__[1].__name__)
