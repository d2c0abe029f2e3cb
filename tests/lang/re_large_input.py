# long subjects: many matches, long matches, big replacements
import re

s = 'abc123 ' * 5000
print(len(re.findall(r'\d+', s)), len(re.findall(r'[a-z]+', s)))
print(len(re.sub(r'\d', 'x', s)), re.subn(r'c1', 'C1', s)[1])
print(len(re.split(r'\s', s)))
print(re.search(r'(abc123 ){3}$', s).start())
print(sum(1 for _ in re.finditer(r'b', s)))
t = 'a' * 30000
print(re.match(r'a*', t).end(), re.match(r'(a|b)*', t).end(), re.match(r'.*?$', t).end())
print(re.search(r'a{20000}$', t).start())
u = 'é' * 20000 + '😀'
print(re.search('😀', u).start(), len(re.findall('é+', u)[0]))
print(re.fullmatch(r'(?:ab)+', 'ab' * 20000) is not None)
