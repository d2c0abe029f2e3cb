# \N{name} escapes in patterns (re._parser imports unicodedata for them)
import re

print(re.findall(r'\N{GREEK SMALL LETTER ALPHA}', 'aαb'))
print(re.findall(r'[\N{DIGIT ONE}-\N{DIGIT THREE}]', '0123'))
print(re.match(r'(?i)\N{LATIN SMALL LETTER E WITH ACUTE}', 'É') is not None)
for bad in (r'\N{NOT A REAL NAME}', r'\N', r'\N{', r'\N{}'):
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), e)
try:
    re.compile(rb'\N{DIGIT ONE}')
except re.error as e:
    print(e)
