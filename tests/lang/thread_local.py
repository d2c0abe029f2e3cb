# threading.local: one attribute dict per thread; a subclass's __init__
# runs again in each thread that touches it; AttributeError messages.
import threading

data = threading.local()
data.x = 'main'
out = {}

def worker(i):
    out[i] = [hasattr(data, 'x')]
    data.x = i
    out[i].append(data.x)
    out[i].append(sorted(data.__dict__))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out.items()))
print(data.x, data.__dict__)

try:
    data.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    del data.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError', e)
del data.x
print(hasattr(data, 'x'))

class MyLocal(threading.local):
    count = 0
    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        MyLocal.count += 1
    def bump(self):
        self.value += self.step
        return self.value

ml = MyLocal(10, step=5)
print(ml.bump(), ml.count)
res = []
def use():
    res.append((ml.value, ml.bump()))
t = threading.Thread(target=use)
t.start(); t.join()
print(res, MyLocal.count, ml.value)

class Slotted(threading.local):
    @property
    def prop(self):
        return 'property'
s = Slotted()
print(s.prop, type(s).__name__)
vals = []
def dicts():
    s.a = threading.current_thread().name
    vals.append(s.__dict__ == {'a': threading.current_thread().name})
ts = [threading.Thread(target=dicts, name='t%d' % i) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(vals, hasattr(s, 'a'))
