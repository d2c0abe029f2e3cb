# context variables across generators, closures and classes
from contextvars import ContextVar, copy_context
import contextvars

request = ContextVar('request', default=None)

def handler(name):
    request.set(name)
    return process()

def process():
    return 'processing ' + str(request.get())

results = [copy_context().run(handler, n) for n in ['a', 'b', 'c']]
print(results, request.get())

def gen():
    for i in range(3):
        yield request.get(), i
ctx = copy_context()
ctx.run(request.set, 'gen-ctx')
g = gen()
print(next(g))
print(ctx.run(next, g))
print(next(g))

class Scope:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        self.token = request.set(self.value)
        return self
    def __exit__(self, *exc):
        request.reset(self.token)
with Scope('one'):
    print(request.get())
    with Scope('two'):
        print(request.get())
    print(request.get())
print(request.get())
print(sorted(contextvars.__all__))
print(contextvars.ContextVar is ContextVar)
import _contextvars
print(_contextvars.copy_context is contextvars.copy_context)
try:
    copy_context(1)
except TypeError as e:
    print('TypeError', e)
