# character classes: ranges, negation, escapes, categories
import re

print(re.findall(r'[abc]', 'abcdcba'), re.findall(r'[^abc]', 'abcdcba'))
print(re.findall(r'[a-cx-z]', 'abcdwxyz'), re.findall(r'[-a]', 'a-b'))
print(re.findall(r'[]a]', ']ab'), re.findall(r'[\]]', 'a]b'), re.findall(r'[a\-z]', 'a-bz'))
print(re.findall(r'[\d\s]', 'a1 b2'), re.findall(r'[\D]', '1a2'))
print(re.findall(r'\W', 'a-b_c d'), re.findall(r'\S+', ' ab  cd '))
print(re.findall(r'[.]', 'a.b'), re.findall(r'[*+?]', 'a*b+c?'))
print(re.findall(r'[\x41-\x43]', 'ABCD'), re.findall(r'[\u00e0-\u00e5]', 'àáâãäåæ'))
print(re.findall(r'[\w.-]+@[\w.-]+', 'mail a.b-c@x.org and d@e.f'))
print(re.findall(r'[^\W\d]+', 'ab12cd'), re.findall(r'[\s\S]', 'a\n'))
print(re.findall(r'\x41\101\n', 'AA\n'), re.findall(r'\t', 'a\tb'))
print(re.match(r'[[]', '['), re.findall(r'[a-z&&[^aeiou]]' if False else r'[b-df-hj-np-tv-z]+', 'hello world'))
print(re.findall(r'(?i)[A-F]', 'aBcGh'), re.findall(r'[^\n]+', 'a\nb'))
print(re.findall(r'[0-9a-fA-F]+', 'dead beef 0xCAFE'))
for bad in (r'[a', r'[b-a]', r'[\d-z]', r'\_' if False else r'[\z]'):
    try:
        re.compile(bad)
    except Exception as e:
        print(type(e).__name__, e)
