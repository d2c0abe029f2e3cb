# subjects and templates of str / bytes subclasses
import re

class S(str):
    pass

class B(bytes):
    pass

s = S('hello world')
m = re.search(r'o w', s)
print(type(m.string).__name__, type(m.group()).__name__, m.group())
print(type(re.match('.*', s).group()).__name__)
print([type(x).__name__ for x in re.findall(r'\w+', s)])
print(type(re.sub('zzz', 'y', s)).__name__, re.sub('o', S('0'), s))
print([type(x).__name__ for x in re.split(' ', s)])
b = B(b'abc')
print(type(re.match(b'.*', b).group()).__name__, re.sub(b'b', B(b'X'), b))
p = re.compile(S('a+'))
print(type(p.pattern).__name__, p.match('aa').group())
