# split: plain, with groups, maxsplit, empty matches, bytes
import re

print(re.split(r',\s*', 'a, b,c ,d'))
print(re.split(r'(,)\s*', 'a, b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split(r'x*', 'axbc'))
print(re.split(r'', 'abc'))
print(re.split(r'\b', 'a b'))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(b',', b'1,2,,3'))
print(re.split('z', 'abc'))
print(re.split('a', ''))
print(re.split(r'(?=b)', 'abab'))
print(re.compile(',').split('a,b,c', -1))
try:
    re.compile(',').split()
except Exception as e:
    print(type(e).__name__, e)
