# backreferences, conditionals, non-capturing and nested groups
import re

print(re.search(r'(\w)\1', 'abccd').group())
print(re.findall(r'(\w)\1', 'aabbcd'))
print(re.match(r'(a|b)*\1', 'abab'))
print(re.match(r'(?P<x>\d)(?P=x)', '33').group())
print(re.match(r'(<)?\w+(?(1)>)', '<abc>').group())
print(re.match(r'(<)?\w+(?(1)>|$)', 'abc').group())
print(re.match(r'(<)?\w+(?(1)>|$)', '<abc'))
print(re.match(r'((a)(b))c', 'abc').groups())
print(re.match(r'(?:(a)|b)+', 'ab').groups())
print(re.match(r'(a*)*', 'aaa').groups())
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match(r'(?i)(a)\1', 'aA').group())
try:
    re.compile(r'(a)\2')
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile(r'(?P<x>a)(?P=y)')
except Exception as e:
    print(type(e).__name__, e)
