# Context as a read-only mapping
from contextvars import ContextVar, Context, copy_context

a = ContextVar('a')
b = ContextVar('b', default=0)
c = ContextVar('c')
a.set(1)
b.set(2)
ctx = copy_context()
print(len(ctx), a in ctx, b in ctx, c in ctx)
print(ctx[a], ctx[b], ctx.get(a), ctx.get(c), ctx.get(c, 'dflt'))
try:
    ctx[c]
except KeyError as e:
    print('KeyError', e.args[0] is c)
for bad in [1, 'a', None]:
    for op in (lambda k: ctx[k], lambda k: k in ctx, lambda k: ctx.get(k)):
        try:
            op(bad)
        except TypeError as e:
            print('TypeError', e)
print(sorted(v.name for v in ctx))
print(sorted(v.name for v in ctx.keys()))
print(sorted(ctx.values()))
print(sorted((k.name, v) for k, v in ctx.items()))
print(list(Context()), len(Context()))
try:
    ctx[a] = 5
except TypeError as e:
    print('TypeError', e)
try:
    hash(ctx)
except TypeError as e:
    print('TypeError', e)
try:
    Context(1)
except TypeError as e:
    print('TypeError', e)
try:
    Context(x=1)
except TypeError as e:
    print('TypeError', e)
print(isinstance(ctx, Context))
a.set(100)
print(ctx[a], a.get())
print(ctx == copy_context(), ctx != copy_context())
ctx2 = ctx.copy()
print(ctx2 == ctx, ctx2 is ctx, ctx2[a])
print(Context() == Context(), Context() == 1, Context() != None)
