# The pure-Python profile module on sys.setprofile: call counts only.
import profile
import pstats
import re

def leaf(x):
    return x + 1

def branch(n):
    total = 0
    for i in range(n):
        total += leaf(i)
    return total

def root():
    return branch(5) + branch(3) + max([1, 2])

p = profile.Profile()
print(p.runcall(root))
st = pstats.Stats(p)
for func, (cc, nc, tt, ct, callers) in sorted(st.stats.items(), key=lambda kv: kv[0][2]):
    filename, line, name = func
    if filename == __file__ or filename == 'profile:0':
        print(name, nc, cc, sorted(re.sub(' at 0x[0-9a-f]+', '', c[2]) for c in callers))
