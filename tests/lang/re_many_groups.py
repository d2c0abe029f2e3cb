# patterns with many groups; groups() and regs at scale
import re

n = 120
p = re.compile(''.join('(%s)' % chr(97 + i % 26) for i in range(n)))
s = ''.join(chr(97 + i % 26) for i in range(n))
m = p.match(s)
print(p.groups, m.lastindex, len(m.groups()), m.group(n), m.span(n), len(m.regs))
names = re.compile(''.join('(?P<g%d>x)?' % i for i in range(50)))
d = names.match('xxx').groupdict()
print(len(d), d['g0'], d['g2'], d['g3'], list(d)[:4])
nested = re.compile('(' * 30 + 'a' + ')' * 30)
print(nested.match('a').groups().count('a'))
print(re.match('((a)|(b))+', 'ab').groups())
print(re.match('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11', 'abcdefghijkk').group(11))
