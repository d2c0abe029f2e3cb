# sub / subn with a callable replacement, count, subn's tuple
import re

print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c3'))
print(re.sub(r'\w+', lambda m: m.group().upper(), 'hello world'))
print(re.subn(r'o', '0', 'foo boo'))
print(re.subn(r'o', '0', 'foo boo', 2))
print(re.sub(r'o', '0', 'foo boo', count=1))
print(re.subn('z', 'y', 'abc'))
calls = []
def f(m):
    calls.append((m.span(), m.pos, m.endpos))
    return ''
print(re.sub('a', f, 'banana'), calls)
def bad(m):
    return 1
try:
    re.sub('a', bad, 'abc')
except Exception as e:
    print(type(e).__name__, e)
try:
    re.sub(b'a', lambda m: 'x', b'abc')
except Exception as e:
    print(type(e).__name__, e)
def boom(m):
    raise ValueError('from repl')
try:
    re.sub('a', boom, 'abc')
except Exception as e:
    print(type(e).__name__, e)
print(re.compile('a').sub(repl='b', string='aa'))
print(re.sub('(a)', lambda m: m.expand(r'[\1]'), 'xax'))
