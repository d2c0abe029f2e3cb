# Token: var, old_value, MISSING, single use, wrong var / context
from contextvars import ContextVar, Token, copy_context

v = ContextVar('v')
w = ContextVar('w')
t = v.set(1)
print(t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
print(type(Token.MISSING).__name__)
t2 = v.set(2)
print(t2.old_value)
try:
    w.reset(t2)
except ValueError as e:
    print('ValueError', str(e).endswith('was created by a different ContextVar'))
v.reset(t2)
try:
    v.reset(t2)
except RuntimeError as e:
    print('RuntimeError', str(e).endswith('has already been used once'))
print(repr(t2).startswith('<Token used var=<ContextVar name='))
print(repr(t).startswith('<Token var=<ContextVar name='))

def other():
    try:
        v.reset(t)
    except ValueError as e:
        print('ValueError', str(e).endswith('was created in a different Context'))
copy_context().run(other)
print(v.get())
v.reset(t)
print(v.get('unset'))
try:
    hash(t)
except TypeError as e:
    print('TypeError', e)
try:
    t.var = w
except AttributeError:
    print('AttributeError')
print(Token[int], ContextVar[str])
print(Token.MISSING is Token.MISSING)
