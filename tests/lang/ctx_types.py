# the _contextvars types: final, Context weakly referenceable, module names
from contextvars import ContextVar, Context, Token
for T in (ContextVar, Context, Token):
    try:
        class X(T): pass
        print('ok', T.__name__)
    except TypeError as e:
        print(e)
import weakref
c = Context()
try:
    r = weakref.ref(c); print(r() is c)
except TypeError as e: print(e)
v = ContextVar('v')
print(ContextVar.__module__, Context.__module__, Token.__module__)
