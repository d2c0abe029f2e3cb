# Pattern/Match equality, hashing, copying, generics and pickling hooks
import re, copy

a = re.compile('a+b', re.I)
b = re.compile('a+b', re.I)
c = re.compile('a+b')
print(a == a, a == b or a is b, a == c, a != c, a == 'a+b')
print(hash(a) == hash(b), {a: 1}.get(b))
print(re.compile(b'x') == re.compile('x'))
print(copy.copy(a) is a, copy.deepcopy(a) is a)
m = a.match('AAB')
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.Pattern[str], re.Match[bytes])
try:
    a < b
except Exception as e:
    print(type(e).__name__, e)
try:
    re.Pattern()
except Exception as e:
    print(type(e).__name__, e)
try:
    re.Match()
except Exception as e:
    print(type(e).__name__, e)
import copyreg
f, args = copyreg.dispatch_table[re.Pattern](a)
print(f.__name__, args, f(*args) == a)
print(bool(m), m.re is a)
