# pos and endpos: anchors, lookbehind, clipping, keyword forms
import re

p = re.compile(r'^\w')
print(p.search('ab', 1), p.match('ab', 1).group())
q = re.compile(r'\w$')
print(q.search('abc', 0, 2).group(), q.search('abc').group())
print(re.compile(r'(?<=a)b').match('ab', 1).group())
print(re.compile(r'\bb').match('ab', 1))
print(re.compile('c').search('abc', endpos=2))
print(re.compile('.*').match('abcdef', 2, 4).group())
print(re.compile('.*').fullmatch('abcdef', 2, 4).group())
print(re.compile('cd').fullmatch('abcdef', pos=2, endpos=4).span())
print(re.compile('a').search('aaa', 5), re.compile('').search('aaa', 5).span())
print(re.compile('').match('abc', 4, 1).span())
print(re.compile('x').search('x', -10, -20))
print(re.compile(r'\d').findall('1234', 1, -1))
print([m.span() for m in re.compile('a').finditer('aaaa', 1, 3)])
print(re.compile('a').search(string='ba', pos=1).span())
for args in (('a', 'x'), ('a', 0, 'y'), ('a', 1.0)):
    try:
        re.compile('a').search(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.compile('a').search('a', 2**70)
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile('a').search('a', foo=1)
except Exception as e:
    print(type(e).__name__, e)
