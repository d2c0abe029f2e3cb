# Circular imports across threads: thread 1 imports A -> C -> B while thread 2
# imports B -> D -> A.  Each holds a module the other waits for; the import
# system must see the cycle and let one thread take the module half made
# (importlib's _DeadlockError path) instead of waiting forever.
import os
import sys
import tempfile
import threading

tmp = tempfile.mkdtemp()
sources = {
    'hang_circ_A': "import time\ntime.sleep(0.3)\nx = 'a'\nimport hang_circ_C\n",
    'hang_circ_B': "import time\ntime.sleep(0.3)\nx = 'b'\nimport hang_circ_D\n",
    'hang_circ_C': "import hang_circ_B\n",
    'hang_circ_D': "import hang_circ_A\n",
}
for name, text in sources.items():
    with open(os.path.join(tmp, name + '.py'), 'w') as f:
        f.write(text)
sys.path.insert(0, tmp)
sys.dont_write_bytecode = True

results = []

def import_ab():
    import hang_circ_A
    results.append(getattr(hang_circ_A, 'x', None))

def import_ba():
    import hang_circ_B
    results.append(getattr(hang_circ_B, 'x', None))

t1 = threading.Thread(target=import_ab)
t2 = threading.Thread(target=import_ba)
t1.start()
t2.start()
t1.join(30)
t2.join(30)
print('alive', t1.is_alive(), t2.is_alive())
print('results', sorted(results))
for name in sorted(sources):
    print(name, name in sys.modules)

# The same modules, imported again, are whole now.
import hang_circ_A, hang_circ_B, hang_circ_C, hang_circ_D
print(hang_circ_A.x, hang_circ_B.x, hang_circ_C.hang_circ_B.x, hang_circ_D.hang_circ_A.x)

# A plain (non-circular) import raced by several threads runs its body once.
with open(os.path.join(tmp, 'hang_once.py'), 'w') as f:
    f.write("import time\ncount = []\ncount.append(1)\ntime.sleep(0.2)\n")
seen = []
def imp():
    import hang_once
    seen.append(len(hang_once.count))
ts = [threading.Thread(target=imp) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join(30)
print('once', seen)

for name in os.listdir(tmp):
    os.unlink(os.path.join(tmp, name))
os.rmdir(tmp)
