# lookahead, lookbehind, negative forms, \b \B anchors
import re

print(re.findall(r'\w+(?=!)', 'hi! there yo!'))
print(re.findall(r'\w+(?!\w|!)', 'hi! there yo!'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 or $45, 12'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30 or $45, 12'))
print(re.sub(r'(?<=a)(?=b)', '-', 'abab'))
print(re.findall(r'\bcat\b', 'cat concat cat.'))
print(re.findall(r'\Bcat', 'cat concat bobcat'))
print(re.search(r'(?<=(a))b', 'ab').groups())
print(re.match(r'(?=(\w+))\w', 'abc').group(1))
print(re.search(r'\Aab', 'ab'), re.search(r'\Aab', 'xab'))
print(re.search(r'ab\Z', 'xab'), re.search(r'ab\Z', 'xab\n'))
print(re.search(r'ab$', 'xab\n'))
try:
    re.compile(r'(?<=a+)b')
except Exception as e:
    print(type(e).__name__, e)
print(re.findall(r'(?<=ab|cd)x', 'abx cdx efx'))
