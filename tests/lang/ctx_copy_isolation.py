# copy_context snapshots; changes in one context do not leak
from contextvars import ContextVar, copy_context

vars_ = [ContextVar('v%d' % i, default=-1) for i in range(20)]
for i, var in enumerate(vars_):
    var.set(i)
snap = copy_context()
for var in vars_[::2]:
    var.set(1000)
print([var.get() for var in vars_])
print([snap[var] for var in vars_])

def mutate():
    for var in vars_:
        var.set(var.get() * 2)
    return [var.get() for var in vars_[:5]]
print(snap.run(mutate))
print([snap[var] for var in vars_[:5]], [var.get() for var in vars_[:5]])
s2 = snap.copy()
snap.run(vars_[0].set, 'changed')
print(snap[vars_[0]], s2[vars_[0]])
print(len(snap), len(s2))

# a token made inside a context resets there only
def inner():
    t = vars_[1].set('tmp')
    print(vars_[1].get())
    vars_[1].reset(t)
    print(vars_[1].get())
copy_context().run(inner)
print(vars_[1].get())
# many copies share nothing mutable
copies = [copy_context() for _ in range(5)]
for i, c in enumerate(copies):
    c.run(vars_[3].set, i)
print([c[vars_[3]] for c in copies], vars_[3].get())
