# flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII and inline forms
import re

print(re.findall('ab', 'AB ab Ab', re.I))
print(re.findall('^x', 'x\nx\nx'), re.findall('^x', 'x\nx\nx', re.M))
print(re.findall('x$', 'x\nx\nx'), re.findall('x$', 'x\nx\nx', re.M))
print(re.match('a.b', 'a\nb'), re.match('a.b', 'a\nb', re.S).group() == 'a\nb')
p = re.compile(r'''
    (\d+)   # digits
    \s*     # space
    ([a-z]+) # word
''', re.X)
print(p.match('12  abc').groups())
print(re.findall(r'\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo wörld', re.A))
print(re.match('(?i)abc', 'ABC').group())
print(re.match('(?s).+', 'a\nb').group() == 'a\nb')
print(re.findall('(?m)^a', 'a\na'))
print(re.match('(?x) a b c', 'abc').group())
print(re.match('a(?i:b)c', 'aBc').group(), re.match('a(?i:b)c', 'aBC'))
print(re.match('(?i)a(?-i:b)', 'Ab').group(), re.match('(?i)a(?-i:b)', 'AB'))
print(re.compile('x', re.IGNORECASE | re.MULTILINE).flags & 0xff)
print(re.I == re.IGNORECASE, re.M, re.S, re.X, re.A, repr(re.I | re.M))
print(re.findall(r'\d', '1²٣', re.A), re.findall(r'\d', '1²٣'))
print(re.match('ß', 'SS', re.I), re.match('K', '\u212a', re.I) is not None)
print(re.match('[a-z]+', 'ÀÉ', re.I), re.match('[à-é]+', 'ÀÉ', re.I).group())
try:
    re.compile('x', re.A | re.L)
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile(b'x', re.U)
except Exception as e:
    print(type(e).__name__, e)
