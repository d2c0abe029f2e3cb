import sys
sys.modules['_heapq'] = None
try:
    import _heapq
except ImportError as e: print(type(e).__name__, e, e.name)
try:
    from _heapq import heappush
except ImportError as e: print(type(e).__name__, e)
sys.modules['os.fakechild'] = None
try:
    import os.fakechild
except ImportError as e: print(type(e).__name__, e)
del sys.modules['_heapq']
from test.support import import_helper
py_heapq = import_helper.import_fresh_module('heapq', blocked=['_heapq'])
c_heapq = import_helper.import_fresh_module('heapq', fresh=['_heapq'])
print(py_heapq.heappush.__module__, type(c_heapq.heappush).__name__)
json_c = import_helper.import_fresh_module('json', fresh=['_json'])
print(json_c is None or hasattr(json_c, 'loads'))
