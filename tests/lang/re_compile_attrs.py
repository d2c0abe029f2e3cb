# Pattern attributes: pattern, flags, groups, groupindex
import re

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(!)?')
print(p.pattern, p.groups, sorted(p.groupindex.items()))
print(p.flags == re.UNICODE, int(p.flags))
q = re.compile(b'(a)(b)')
print(q.pattern, q.groups, dict(q.groupindex), q.flags)
r = re.compile('x', re.I | re.M)
print(r.flags & re.I != 0, r.flags & re.M != 0, r.flags & re.S != 0)
print(re.compile(r).pattern)
print(re.compile('abc') is re.compile('abc'))
print(type(p).__name__, type(p) is re.Pattern)
print(isinstance(p, re.Pattern))
gi = p.groupindex
print(gi['first'], gi['last'])
try:
    print(p.groupindex['nope'])
except Exception as e:
    print(type(e).__name__, e)
try:
    p.pattern = 'x'
except Exception as e:
    print(type(e).__name__)
try:
    re.compile(p, re.I)
except Exception as e:
    print(type(e).__name__, e)
print(re.compile('(a)(b)(c)(d)').groups, re.compile('(?:a)(b)').groups)
