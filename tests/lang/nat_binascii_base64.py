# binascii base64 (CPython's decoder state machine, strict_mode) and the base64 module on top.
import binascii as b


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for d in [b'YQ', b'YQ=', b'YQ==', b'YWJj', b'Y', b'YWJjZ', b'YW=Jj', b'=YWJj', b'YW Jj!!',
          b'YQ==YQ==', b'YQ===', b'', b'====', b'YWI=\n', 'YWJj', bytearray(b'YWI=')]:
    for s in (False, True):
        t(lambda: b.a2b_base64(d, strict_mode=s))
for a in [1, 'é', None]:
    t(lambda: b.a2b_base64(a))
for data in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256)), bytearray(b'xyz')]:
    enc = b.b2a_base64(data)
    print(enc[:40], b.b2a_base64(data, newline=False)[-4:], b.a2b_base64(enc) == data)
t(lambda: b.b2a_base64('x'))
t(lambda: b.b2a_base64(b'x', True))
print(issubclass(b.Error, ValueError), issubclass(b.Incomplete, Exception), b.Error.__module__)
