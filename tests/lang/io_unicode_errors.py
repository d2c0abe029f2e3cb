# UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError fields and messages
def show(e):
    print(type(e).__name__, '|', e, '|', e.encoding, repr(e.object), e.start, e.end, e.reason)
for data, enc in [(b'ab\xff', 'utf-8'), (b'\xe9t\xe9', 'ascii'), (b'\xc3', 'utf-8'),
                  (b'\xed\xa0\x80x', 'utf-8'), (b'\xf0\x9f\x98', 'utf-8')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        show(e)
        print(repr(e), e.args == (e.encoding, e.object, e.start, e.end, e.reason))
for text, enc in [('aé', 'ascii'), ('a€b', 'latin-1'), ('\ud800', 'utf-8'), ('x😀y', 'ascii'), ('éé', 'ascii')]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        show(e)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')
show(e)
e = UnicodeDecodeError('utf-8', bytearray(b'ab'), 0, 1, 'r')
print(type(e.object).__name__, e)
e.start = 5
print(e.start, e)
e = UnicodeDecodeError('utf-8', b'ab', 3, 1, 'r')
print(e.start, e.end, e)
e = UnicodeEncodeError('ascii', 'aé€\U0001f600', 3, 4, 'x')
print(e)
e = UnicodeEncodeError('ascii', 'aé€\U0001f600', 2, 3, 'x')
print(e)
e = UnicodeTranslateError('aé', 1, 2, 'nope')
show(e)
e = UnicodeTranslateError('aé', 0, 2, 'nope')
print(e)
for args in [('utf-8', 'str', 0, 1, 'r'), ('utf-8',), (1, b'x', 0, 1, 'r')]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as x:
        print('TypeError', x)
for args in [('ascii', b'x', 0, 1, 'r'), ('ascii', 'x', 'a', 1, 'r'), ('ascii', 'x', 0, 1, 3)]:
    try:
        UnicodeEncodeError(*args)
    except TypeError as x:
        print('TypeError', x)
print(str(UnicodeError('plain')), UnicodeError.__mro__[1].__name__, issubclass(UnicodeTranslateError, UnicodeError))
e.reason = 'changed'
e.end = 1
print(e)
try:
    raise UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)')
except ValueError as x:
    print('caught as ValueError:', x)
