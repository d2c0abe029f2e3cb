# A matrix of bytes and bytearray methods over sample values and argument
# sets: results and exception types, compared with CPython.
samples = [b'', b'a', b'abc', b' x y ', b'Hello, World', b'aAaA', b'  \t\n', b'\xff\x00', b'ab\r\ncd',
           b'12.5', b'a\tb\tc', b'x' * 5]
calls = [
    ('count', (b'a',)), ('count', (97,)), ('find', (b'b', -2)), ('rfind', (97,)), ('index', (b'a',)),
    ('startswith', (b'a', 0, 2)), ('endswith', ((b'c', b'd'),)), ('split', ()), ('split', (b'a',)),
    ('rsplit', (b' ', 1)), ('splitlines', (True,)), ('partition', (b'a',)), ('rpartition', (b'a',)),
    ('strip', ()), ('strip', (b'ax',)), ('replace', (b'a', b'XY')), ('center', (7, b'.')),
    ('ljust', (4,)), ('rjust', (6, b'0')), ('zfill', (6,)), ('expandtabs', (3,)), ('upper', ()),
    ('lower', ()), ('title', ()), ('capitalize', ()), ('swapcase', ()), ('isalpha', ()),
    ('isdigit', ()), ('isalnum', ()), ('isspace', ()), ('istitle', ()), ('isupper', ()),
    ('islower', ()), ('isascii', ()), ('removeprefix', (b'a',)), ('removesuffix', (b'c',)),
    ('decode', ('latin-1',)), ('decode', ('ascii', 'replace')), ('hex', ()), ('hex', (':', 2)),
    ('join', ([b'1', b'2'],)), ('translate', (None, b'a')), ('__len__', ()), ('__contains__', (b'a',)),
]
for s in samples:
    for v in (s, bytearray(s)):
        out = []
        for name, args in calls:
            try:
                out.append(repr(getattr(v, name)(*args)))
            except Exception as e:
                out.append(type(e).__name__)
        print(repr(v), ' '.join(out))
