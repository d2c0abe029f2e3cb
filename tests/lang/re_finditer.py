# finditer: Match objects in order, empty matches advance, pos/endpos
import re

for m in re.finditer(r'\w+', 'one two  three'):
    print(m.span(), m.group())
print([m.span() for m in re.finditer(r'', 'abc')])
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print([m.group() for m in re.compile(r'\d').finditer('a1b2c3d4', 2, 6)])
it = re.finditer('a', 'aa')
print(type(it).__name__)
print(next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print('done')
print(list(re.finditer('z', 'abc')))
print([m.groups() for m in re.finditer(r'(\w)(\d)?', 'a1b')])
print([m.pos for m in re.compile('.').finditer('abc', 1)])
