# named groups: (?P<name>...), (?P=name), groupdict, lastgroup
import re

m = re.match(r'(?P<key>\w+)=(?P<val>\w*)', 'color=blue')
print(m.group('key'), m.group('val'), m['key'])
print(m.groupdict())
print(m.span('val'), m.start('key'), m.end('val'))
print(m.lastgroup, m.lastindex)
m2 = re.match(r'(?P<a>x)(?P<b>y)?', 'x')
print(m2.groupdict(), m2.groupdict('none'), m2.groupdict(default=0))
print(m2.lastgroup)
print(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there').group())
print(re.match(r'(a)(?P<n>b)', 'ab').lastgroup)
print(re.match(r'(?P<n>a)(b)', 'ab').lastgroup)
try:
    m.group('nope')
except Exception as e:
    print(type(e).__name__, e)
try:
    m.start('nope')
except Exception as e:
    print(type(e).__name__, e)
try:
    m.group([])
except Exception as e:
    print(type(e).__name__, e)
print(re.compile(r'(?P<x>a)(?P<y>b)').groupindex == {'x': 1, 'y': 2})
