import sys
sys.path.append('/usr/lib/python3.11')
import weakref, copy
class A: pass
a = A()
d = weakref.WeakValueDictionary(); d['k'] = a; print(d['k'] is a)
print(copy.copy([1, [2]]), copy.deepcopy({'a': [1]}))
