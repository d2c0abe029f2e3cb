# wrong argument types everywhere in the API
import re

p = re.compile('a')
cases = [
    lambda: re.compile('a', 'x'),
    lambda: re.compile(['a']),
    lambda: p.match(None),
    lambda: p.sub('b', 5),
    lambda: p.sub(5, 'abc'),
    lambda: p.sub('b', 'abc', 'x'),
    lambda: p.split('abc', 'x'),
    lambda: p.findall(b'a'),
    lambda: re.compile(b'a').findall('a'),
    lambda: re.compile(b'a').sub('x', b'a'),
    lambda: re.compile('a').sub(b'x', 'a'),
    lambda: p.match(),
    lambda: p.match('a', 0, 1, 2),
    lambda: p.match('a', string='a'),
    lambda: re.match('a', 'a').group(1.0),
    lambda: re.match('(a)', 'a').start('1'),
    lambda: re.escape(5),
    lambda: re.purge(1),
]
for f in cases:
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
