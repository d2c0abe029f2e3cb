# ContextVar: name, default, get/set/reset, LookupError
from contextvars import ContextVar, Token

a = ContextVar('a')
b = ContextVar('b', default=10)
print(a.name, b.name)
try:
    a.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0] is a)
print(a.get(5), a.get(None), b.get(), b.get(3))
t1 = a.set(1)
print(a.get(), a.get(99))
t2 = a.set(2)
print(a.get())
print(t1.old_value is Token.MISSING, t2.old_value)
a.reset(t2)
print(a.get())
a.reset(t1)
print(a.get('gone'))
t = b.set(20)
print(b.get(), t.old_value is Token.MISSING)
b.reset(t)
print(b.get())
# set returns a new token each time; values can be anything
c = ContextVar('c')
for v in [None, 0, '', [1, 2], (3,), {'k': 'v'}]:
    c.set(v)
    print(repr(c.get()))
try:
    a.name = 'x'
except AttributeError as e:
    print('AttributeError')
print(type(a).__name__, type(a).__module__)
print(hash(a) == hash(a), a == a, a != b)
d = {a: 1, b: 2}
print(d[a], d[b])
