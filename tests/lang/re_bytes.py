# bytes patterns over bytes, bytearray and memoryview subjects
import re

p = re.compile(rb'(\w+)=(\d+)')
for subj in (b'ab=12 cd=3', bytearray(b'ab=12 cd=3'), memoryview(b'ab=12 cd=3')):
    m = p.search(subj)
    print(type(m.string).__name__, m.group(), m.groups(), type(m.group(1)).__name__)
    print(p.findall(subj), p.sub(rb'\2=\1', subj), p.split(subj))
print(re.match(rb'\xff+', b'\xff\xfe'), re.findall(rb'[\x80-\xff]', b'a\x80b\xff'))
print(re.match(rb'(?i)abc', b'ABC').group())
print(re.match(rb'\w+', b'caf\xe9').group())
print(re.sub(b'a', b'', bytearray(b'banana')))
m = re.match(b'.*', b'xyz')
print(m.group() is m.string, m[0])
print(re.escape(b'a.b*c'))
try:
    re.sub(b'a', 'x', b'a')
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile(rb'\d').match(bytearray(b'1'), 0).expand('x')
except Exception as e:
    print(type(e).__name__, e)
