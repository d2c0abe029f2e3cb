# ContextVar construction and argument errors
from contextvars import ContextVar, Token

def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: ContextVar())
show(lambda: ContextVar('a', 1))
show(lambda: ContextVar(1))
show(lambda: ContextVar(None))
show(lambda: ContextVar('a', foo=1))
show(lambda: ContextVar(name='a'))
show(lambda: ContextVar('a', default=None).get())
v = ContextVar('v')
show(lambda: v.get(1, 2))
show(lambda: v.set())
show(lambda: v.set(1, 2))
show(lambda: v.reset())
show(lambda: v.reset(1))
show(lambda: v.reset(None))
show(lambda: Token())
show(lambda: Token.MISSING)
class S(str):
    pass
show(lambda: ContextVar(S('sub')).name)
