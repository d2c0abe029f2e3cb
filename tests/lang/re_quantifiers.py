# greedy, lazy, possessive quantifiers and atomic groups (3.11)
import re

s = '<a><b></b></a>'
print(re.findall(r'<.+>', s), re.findall(r'<.+?>', s))
print(re.match(r'a{,3}', 'aaaaa').group(), re.match(r'a{2,}', 'aaaaa').group())
print(re.match(r'a{2,}?', 'aaaaa').group(), re.match(r'a{0}b', 'b').group())
print(re.match(r'a*+a', 'aaa'), re.match(r'a*+b', 'aaab').group())
print(re.match(r'a++', 'aaa').group(), re.match(r'a?+a', 'a'))
print(re.match(r'(?>a+)a', 'aaa'), re.match(r'(?>a+)b', 'aab').group())
print(re.match(r'(?>ab|a)c', 'abc').group(), re.match(r'(?>a|ab)c', 'abc'))
print(re.match(r'(ab){2,3}', 'abababab').group())
print(re.match(r'(?:a|b)*?c', 'ababc').group())
print(re.match(r'x{2}{3}' if False else r'(?:x{2}){3}', 'x' * 7).group())
print(re.findall(r'\d{2,3}?', '12345678'))
print(re.match(r'(a+)+b', 'a' * 20 + 'b').span())
print(re.match(r'a{3,4}+a', 'aaaaa').group())
try:
    re.compile(r'a{4294967296}')
except Exception as e:
    print(type(e).__name__, e)
print(re.match(r'a{1,5}', 'a' * 10).span(), re.match(r'.{2,}', 'abc').span())
