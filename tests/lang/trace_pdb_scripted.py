# pdb driven by a scripted stdin: break, continue, p, where, next, step,
# return values.  Paths are shown relative; bdb's own frames are dropped.
import io
import pdb

def add(a, b):
    c = a + b
    return c

def main():
    x = 1
    y = add(x, 2)
    z = y * 2
    for i in range(2):
        z += i
    return z

cmds = io.StringIO("b add\nc\np a, b\nwhere\nn\nn\np c\nstep\nnext\np y\n"
                   "until\nn\nn\nn\np z, i\ncontinue\n")
out = io.StringIO()
dbg = pdb.Pdb(stdin=cmds, stdout=out, nosigint=True)
dbg.use_rawinput = False
print('result', dbg.runcall(main))
skip = False
for line in out.getvalue().splitlines():
    if 'bdb.py' in line:
        skip = True
        continue
    if skip:
        skip = False
        continue
    print(line.replace(__file__, 'FILE'))
