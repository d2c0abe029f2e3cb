# findall: no groups, one group, several groups, empty matches, pos/endpos
import re

print(re.findall(r'\d+', 'a1 b22 c333'))
print(re.findall(r'(\d)\d*', 'a1 b22 c333'))
print(re.findall(r'(\w)=(\d)?', 'a=1 b= c=3'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'', 'abc'))
print(re.findall(r'\b\w', 'hello big world'))
print(re.compile(r'\w').findall('abcdef', 2, 4))
print(re.compile(r'\w').findall('abcdef', pos=4))
print(re.compile(r'\w').findall('abcdef', endpos=2))
print(re.findall(r'a|(b)', 'abab'))
print(re.findall(b'[0-9]+', b'x12y345'))
print(re.findall(r'(?:ab)+', 'ababxab'))
print(re.findall(r'(a)(b)(c)?', 'ab abc'))
print(re.findall('é', 'éaé'))
print(re.findall(r'\s+', 'a  b\tc\n'))
print(len(re.findall('.', 'x' * 1000)))
