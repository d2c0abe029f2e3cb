# re.error: messages and the pos / lineno / colno attributes
import re

for pat in ['(', ')', '[a', 'a**', '?', '(?P<1>a)', '(?P<a>x)(?P<a>y)', 'a{3,2}',
            '\\', '[z-a]', '(?<', '(?Q)', '\\p', 'x{,99999999999}', '(?i', 'a\n(b']:
    try:
        re.compile(pat)
        print('compiled', pat)
    except re.error as e:
        print(repr(pat), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(re.error.__name__, issubclass(re.error, Exception))
try:
    re.compile(b'\\u0041')
except re.error as e:
    print(e)
try:
    re.compile(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile('a').match(['a'])
except Exception as e:
    print(type(e).__name__, e)
