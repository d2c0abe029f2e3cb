# an asyncio-like loop: each callback runs in the context captured when it
# was scheduled (Handle._run does ctx.run(callback, *args))
from contextvars import ContextVar, copy_context

current_task = ContextVar('current_task', default='<none>')
log = []

class Loop:
    def __init__(self):
        self.ready = []
    def call_soon(self, cb, *args, context=None):
        self.ready.append((cb, args, copy_context() if context is None else context))
    def run(self):
        while self.ready:
            cb, args, ctx = self.ready.pop(0)
            ctx.run(cb, *args)

loop = Loop()

def step(name, n):
    if current_task.get() == '<none>':
        current_task.set(name)
    log.append((current_task.get(), n))
    if n:
        loop.call_soon(step, name, n - 1)

for name in ['A', 'B', 'C']:
    loop.call_soon(step, name, 2)
loop.run()
print(log)
print(current_task.get())

shared = copy_context()
def bump():
    current_task.set(current_task.get() + '+')
for _ in range(3):
    loop.call_soon(bump, context=shared)
loop.run()
print(shared[current_task], current_task.get())

def fails():
    current_task.set('broken')
    raise KeyError('x')
try:
    copy_context().run(fails)
except KeyError as e:
    print('KeyError', e)
print(current_task.get())
print(shared.run(lambda: shared.copy()[current_task]))
