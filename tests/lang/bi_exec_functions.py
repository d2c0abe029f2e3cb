ns = {'base': 10}
exec('''
def add(n):
    return base + n
class Acc:
    total = 0
    def push(self, v):
        Acc.total += v
        return Acc.total
def make():
    k = 3
    return lambda: k * base
''', ns)
print(ns['add'](5))
a = ns['Acc']()
a.push(1)
print(a.push(2))
print(ns['make']()())
print(ns['add'].__globals__ is ns)
print(ns['add'].__module__)
ns['base'] = 100
print(ns['add'](1))
print(ns['Acc'].__module__)
g = {'__name__': 'custom_mod'}
exec("def h(): pass\nclass K: pass", g)
print(g['h'].__module__, g['K'].__module__)
