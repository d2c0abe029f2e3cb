# Docstrings of generator and coroutine methods and name attributes.
import types
for ct in (types.CoroutineType, types.GeneratorType):
    for n in ('send', 'throw', 'close'):
        print(repr(getattr(ct, n).__doc__))
    for n in ('__name__', '__qualname__'):
        print(repr(ct.__dict__[n].__doc__))
    print(ct.__name__)
async def f(): pass
c = f(); print('coroutine object' in repr(c)); c.close()
