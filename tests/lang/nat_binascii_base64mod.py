# The base64 module over binascii (base64.py imports re).
import base64


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(base64.b64encode(b'hello world'), base64.b64decode(b'aGVsbG8gd29ybGQ='))
print(base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.urlsafe_b64decode(b'-__-'))
print(base64.standard_b64decode('aGk='), base64.encodebytes(b'x' * 60))
print(base64.b64decode(b'aGk=', validate=True))
t(lambda: base64.b64decode(b'a!Gk=', validate=True))
print(base64.b32encode(b'hello'), base64.b32decode(b'NBSWY3DP'))
print(base64.b16encode(b'\x01\xab'), base64.b16decode(b'01AB'))
print(base64.b85encode(b'hello'), base64.a85encode(b'hello'))
