# escapes inside patterns: \a \f \v \0 octal, \x \u \U (\N{...}: re_named_escapes)
import re

print(re.findall(r'\a\f\v', '\a\f\v'), re.findall(r'\0', 'a\0b'), re.findall(r'\101', 'ABA'))
print(re.findall(r'\x41\u0042\U00000043', 'ABC'))
print(re.match(r'\\', '\\').group(), re.match(r'\.\*\+', '.*+').group())
for bad in (r'\x4', r'\u12', r'\U0011ffff', r'\8', r'\q'):
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), e)
print(re.sub(r'a', r'\x41', 'bab') if False else re.sub('a', r'\n', 'a') == '\n')
for tmpl in (r'\0', r'\12', r'\1', r'\g<0>\x'):
    try:
        print(repr(re.sub(r'(b)', tmpl, 'abc')))
    except re.error as e:
        print(repr(tmpl), e)
