# fullmatch with alternation backtracking, endpos, empty patterns
import re

print(re.fullmatch(r'a|ab', 'ab').group(), re.match(r'a|ab', 'ab').group())
print(re.fullmatch(r'(a|ab)(c|bcd)', 'abcd').groups())
print(re.fullmatch(r'a*?', 'aaa').group(), re.fullmatch(r'(?:a|b)*?', 'abab').group())
print(re.fullmatch('', ''), re.fullmatch('', 'a'), re.fullmatch('x?', '').span())
print(re.compile('ab').fullmatch('abc', endpos=2).group())
print(re.compile('b').fullmatch('abc', 1, 2).group(), re.compile('b').fullmatch('abc', 1))
print(re.fullmatch(r'\d+(?=x)', '12x'), re.fullmatch(r'(?<=a)b', 'ab'))
print(re.fullmatch(r'.*', 'a\nb'), re.fullmatch(r'(?s).*', 'a\nb').span())
print(re.fullmatch(b'[a-z]+', b'abc').group())
print(re.fullmatch(r'a++b?', 'aab').group(), re.fullmatch(r'(?>a+)b', 'aab').group())
