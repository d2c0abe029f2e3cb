# re.RegexFlag: values, combination, repr, NOFLAG
import re

print(repr(re.I), repr(re.I | re.M), repr(re.NOFLAG), repr(re.A | re.S))
print(int(re.I), int(re.L), int(re.M), int(re.S), int(re.U), int(re.X), int(re.A))
print(re.IGNORECASE is re.I, type(re.I).__name__, isinstance(re.M, int))
print(str(re.M), re.S | 1, ~re.I & 0xff)
print(re.compile('a', re.NOFLAG).flags, re.compile('a', 0).flags)
p = re.compile('a', re.I | re.S)
print(p.flags & re.I and 'I', p.flags & re.S and 'S')
print(re.compile(b'a', re.I).flags)
print(re.RegexFlag(10))
