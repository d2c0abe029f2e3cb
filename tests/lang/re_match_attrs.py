# Match attributes: string, re, lastindex and lastgroup in nested groups
import re

p = re.compile(r'(?P<outer>a(?P<inner>b)?)(c)?')
for s in ('a', 'ab', 'abc', 'ac'):
    m = p.match(s)
    print(s, m.lastindex, m.lastgroup, m.re is p, m.string is s, m.regs)
m = re.match(r'(a)(?:b)', 'ab')
print(m.lastindex, m.lastgroup)
m = re.match(r'((a)(b))', 'ab')
print(m.lastindex)
m = re.match(r'x', 'x')
print(m.lastindex, m.lastgroup, m.regs)
for attr in ('string', 'pos', 'lastindex', 're'):
    try:
        setattr(m, attr, 1)
    except Exception as e:
        print(type(e).__name__)
print(sorted(a for a in dir(m) if not a.startswith('_')))
print(sorted(a for a in dir(re.compile('x')) if not a.startswith('_')))
