# Context.run: isolation, args, kwargs, nesting, already entered
from contextvars import ContextVar, Context, copy_context

v = ContextVar('v', default='outer')

def setter(x, *, suffix=''):
    v.set(x + suffix)
    return v.get()

ctx = copy_context()
print(ctx.run(setter, 'in', suffix='!'), v.get(), ctx[v])
print(ctx.run(v.get))
print(ctx.run(lambda *a, **k: (a, sorted(k.items())), 1, 2, x=3))

def nested():
    inner = copy_context()
    print('inner sees', inner[v])
    inner.run(setter, 'deeper')
    print('after inner', v.get(), inner[v])
    try:
        ctx.run(print, 'never')
    except RuntimeError as e:
        print('RuntimeError', str(e).startswith('cannot enter context: <_contextvars.Context object at'),
              str(e).endswith('is already entered'))
ctx.run(nested)
print(v.get())
try:
    ctx.run()
except TypeError as e:
    print('TypeError', e)

def boom():
    v.set('boom')
    raise ValueError('inside')
c2 = copy_context()
try:
    c2.run(boom)
except ValueError as e:
    print('ValueError', e)
print(v.get(), c2[v])
# the context can be re-entered after an exception
print(c2.run(v.get))
# an empty Context
e = Context()
print(e.run(v.get), len(e))
e.run(setter, 'x')
print(len(e), e[v], v.get())
# run of a non-callable
try:
    Context().run(5)
except TypeError as ex:
    print('TypeError', ex)
