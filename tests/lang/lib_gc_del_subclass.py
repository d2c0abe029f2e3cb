# __del__ on subclasses of builtin and library types (list, Exception, deque).
import gc
log = []
class L(list):
    def __del__(self): log.append(('L', len(self)))
class E(Exception):
    def __del__(self): log.append(('E', self.args))
from _collections import deque
class Dq(deque):
    def __del__(self): log.append(('Dq', len(self)))
def make():
    for i in range(3):
        L([i] * i)
        E(i)
        Dq([1, 2])
make()
gc.collect()
print(len([x for x in log if x[0] == 'L']) >= 2, len([x for x in log if x[0] == 'E']) >= 2, len([x for x in log if x[0] == 'Dq']) >= 2)
