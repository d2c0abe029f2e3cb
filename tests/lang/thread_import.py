# import from several threads at once: each module runs once, every
# thread gets the same module object, and imports of standard modules
# from workers succeed.
import os, sys, tempfile, threading

d = tempfile.mkdtemp()
with open(os.path.join(d, 'slowmod.py'), 'w') as f:
    f.write('import time\n'
            'LOADS = []\n'
            'LOADS.append(1)\n'
            'time.sleep(0.05)\n'
            'VALUE = sum(range(1000))\n')
sys.path.insert(0, d)

start = threading.Barrier(4)
got = []
def imp():
    start.wait()
    import slowmod
    got.append((id(slowmod), slowmod.VALUE, len(slowmod.LOADS)))
ts = [threading.Thread(target=imp) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(got), len({g[0] for g in got}), {g[1] for g in got}, {g[2] for g in got})

names = ['json', 'decimal', 'fractions', 'textwrap', 'difflib', 'heapq']
mods = {}
def imp_std(name):
    mods[name] = __import__(name).__name__
ts = [threading.Thread(target=imp_std, args=(n,)) for n in names]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(mods.items()))
import json
print(json.dumps({'a': [1, 2]}))
