# Match.group / groups / groupdict / __getitem__
import re

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'Isaac Newton')
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3))
print(m.group(1, 2), m.group(2, 1, 0))
print(m.groups(), m.groups('-'), m.groups(default='?'))
print(m[0], m[1], m[2], m[3])
print(m.lastindex)
for bad in (4, -1, 'x', 1.5):
    try:
        m.group(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    m[5]
except Exception as e:
    print(type(e).__name__, e)
n = re.match(r'(a)|(b)', 'b')
print(n.groups(), n.group(1), n.group(2), n.lastindex)
print(re.match('(a)(b)?', 'a').groups(0))
print(re.match('x', 'x').groups())
print(m.group(True))
