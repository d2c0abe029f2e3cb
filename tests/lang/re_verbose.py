# VERBOSE patterns: whitespace, comments, escaped spaces, classes keep spaces
import re

p = re.compile(r"""
    ^(?P<user> [a-z]+ )     # the user
    \ at \                  # an escaped-space ' at '
    (?P<host> [a-z.]+ )$    # host
""", re.VERBOSE)
print(p.match('bob at example.com').groupdict())
print(re.match(r'(?x) a [ ] b', 'a b').group())
print(re.match(r'(?x) a \# b', 'a#b').group())
print(re.findall(r'''(?x)
    \d+    # number
    (?: \. \d+ )?  # fraction
''', '1 2.5 3.75'))
print(re.match('a b', 'ab', re.X).group(), re.match('a b', 'a b'))
try:
    re.compile('(?x) ( a', re.X)
except re.error as e:
    print(e)
