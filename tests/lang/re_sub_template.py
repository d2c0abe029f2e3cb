# sub with template strings: \1, \g<name>, \g<0>, escapes
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'))
print(re.sub(r'\w+', r'[\g<0>]', 'a bc'))
print(re.sub(r'(\d)', r'\g<1>0', 'a1b2'))
print(re.sub(r'x', r'\n', 'axb') == 'a\nb')
print(re.sub(r'x', r'\\', 'axb'))
print(re.sub(r'x', '-', 'xaxbx'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub('', '-', 'abc'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub(r'a', r'\t', 'a') == '\t')
for bad in (r'\3', r'\g<nope>', r'\g<1', '\\'):
    try:
        re.sub(r'(a)(b)', bad, 'ab')
    except Exception as e:
        print(type(e).__name__, e)
print(re.sub(b'(a)', b'<\\1>', b'banana'))
print(re.sub('a', 'é', 'banana'))
