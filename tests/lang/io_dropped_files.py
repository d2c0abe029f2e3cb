# Files opened, written and dropped without close(): their descriptors come
# back (CPython closes them at once; krait when it runs out, by collecting),
# and what was written reaches the file once it is reopened or collected.
import gc
import os
import resource
import tempfile

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (64, hard))
d = tempfile.mkdtemp()
for i in range(400):
    open(os.path.join(d, 'b%d' % (i % 20)), 'wb').write(b'x' * (i % 50))
    f = open(os.path.join(d, 't%d' % (i % 20)), 'w')
    f.write('y' * (i % 30))
    del f
    g = open(os.path.join(d, 'r%d' % (i % 5)), 'a')
    print(i, file=g)
del g
gc.collect()
sizes = sorted((n, os.path.getsize(os.path.join(d, n))) for n in os.listdir(d))
print(sizes)
with open(os.path.join(d, 'r0')) as f:
    print(len(f.read().split()))
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
