# Match.expand, re.escape, re.purge, module-level helpers
import re

m = re.match(r'(?P<first>\w+) (\w+)', 'Jane Doe')
print(m.expand(r'\2, \1'), m.expand(r'\g<first>!'), m.expand(r'\g<0>'))
print(m.expand('no refs'), m.expand(r'\n') == '\n')
try:
    m.expand(r'\3')
except Exception as e:
    print(type(e).__name__, e)
try:
    m.expand(r'\g<bad>')
except Exception as e:
    print(type(e).__name__, e)
n = re.match(r'(a)(b)?', 'a')
print(repr(n.expand(r'[\2]')))
print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o'))
print(re.escape('hello world_123'), re.escape('é-ü'), re.escape('\t\n'))
print(re.match(re.escape('1+1=2'), '1+1=2').group())
re.purge()
print(re.compile('x').pattern)
print(re.search('b', 'abc', 0).span(), re.fullmatch('abc', 'abc', re.I).span())
print(re.findall('a', 'AaA', re.I), re.split('a', 'bAc', 0, re.I), re.sub('a', 'x', 'AaA', 0, re.I))
print(re.subn('a', 'x', 'AaA', flags=re.I))
print(sorted(k for k in re.__all__ if k[0].islower()))
