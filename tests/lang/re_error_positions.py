# re.error positions over several lines, and its repr-related fields
import re

pats = ['abc\n(def', 'x\ny\n[z', '(?P<n>a)\n(?P=m)', 'ok\n\n   )', 'a{1,2}{3}']
for pat in pats:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(e.msg), e.pos, e.lineno, e.colno, repr(e.pattern))
        print(str(e))
try:
    re.compile(b'(')
except re.error as e:
    print(e, e.pattern, e.pos)
e = re.error('custom')
print(e.msg, e.pattern, e.pos, e.lineno, e.colno)
try:
    raise re.error('with pattern', 'ab\ncd', 4)
except re.error as e:
    print(e, e.lineno, e.colno)
