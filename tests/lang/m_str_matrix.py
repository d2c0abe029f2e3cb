# A matrix of str methods over sample strings and argument sets: every
# result or exception is printed, so any divergence from CPython shows.
samples = ['', 'a', 'abc', ' x y ', 'Hello, World', 'aAaA', '  \t\n', 'ǅx', 'ß', 'ab\r\ncd',
           '12.5', '٣٤', 'a\tb\tc', 'x' * 5, 'αβγ', '\U0001f600z', 'I', 'ii']
calls = [
    ('count', ('a',)), ('count', ('',)), ('count', ('a', 1)), ('find', ('b', -2)), ('rfind', ('a',)),
    ('index', ('a',)), ('rindex', ('z',)), ('startswith', ('a', 0, 2)), ('endswith', (('c', 'd'),)),
    ('split', ()), ('split', ('a',)), ('split', (None, 1)), ('rsplit', (' ', 1)), ('splitlines', ()),
    ('splitlines', (True,)), ('partition', ('a',)), ('rpartition', ('a',)), ('strip', ()),
    ('strip', ('ax',)), ('lstrip', (' ',)), ('rstrip', ('a ',)), ('replace', ('a', 'XY')),
    ('replace', ('', '.', 2)), ('center', (7, '.')), ('ljust', (4,)), ('rjust', (6, '0')),
    ('zfill', (6,)), ('expandtabs', (3,)), ('upper', ()), ('lower', ()), ('title', ()),
    ('capitalize', ()), ('swapcase', ()), ('casefold', ()), ('isalpha', ()), ('isdigit', ()),
    ('isdecimal', ()), ('isnumeric', ()), ('isalnum', ()), ('isspace', ()), ('istitle', ()),
    ('isupper', ()), ('islower', ()), ('isidentifier', ()), ('isprintable', ()), ('isascii', ()),
    ('removeprefix', ('a',)), ('removesuffix', ('c',)), ('encode', ('utf-8',)),
    ('encode', ('ascii', 'replace')), ('join', (['1', '2'],)), ('translate', ({97: 'A', 98: None},)),
    ('format', ()), ('__getnewargs__', ()), ('__len__', ()), ('__contains__', ('a',)),
]
for s in samples:
    out = []
    for name, args in calls:
        try:
            out.append(repr(getattr(s, name)(*args)))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(s), ' '.join(out))
