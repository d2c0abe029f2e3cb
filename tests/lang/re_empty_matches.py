# empty matches next to non-empty ones (the 3.7 rules) in sub, split, findall
import re

print(re.sub('x*', '-', 'abxd'))
print(re.sub('x*', '-', 'xxx'))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.sub('(?=a)', '^', 'aab'))
print(re.split('x*', 'axxbx'))
print(re.split(r'\b', 'ab cd'))
print(re.split(r'(?=a)|(?<=a)', 'bab'))
print(re.findall(r'a?', 'baab'))
print([m.span() for m in re.finditer(r'a*', 'baaab')])
print(re.subn('', '.', ''))
print(re.sub('^', '>', 'a\nb', flags=re.M))
print(re.sub('$', '<', 'a\nb', flags=re.M))
print(re.sub('a|', '-', 'bab'))
print(re.split('(a*)', 'bab'))
