# argument-count errors of the Context and ContextVar methods
from contextvars import ContextVar, Context

def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

c = Context()
v = ContextVar('v')
show(lambda: c.get())
show(lambda: c.get(v, 1, 2))
show(lambda: c.keys(1))
show(lambda: c.values(1))
show(lambda: c.items(1))
show(lambda: c.copy(1))
show(lambda: c.get(v, default=1))
show(lambda: v.get(default=1))
show(lambda: v.set(value=1))
show(lambda: Context.get(c, v))
show(lambda: Context.run(c, len, 'abc'))
show(lambda: ContextVar.get(v, 'd'))
