from _collections import _count_elements, defaultdict
d = {}
_count_elements(d, 'mississippi'); print(sorted(d.items()))
_count_elements(d, 'ss'); print(d['s'])
class Mapping:
    def __init__(self): self.d = {}
    def get(self, k, default): return self.d.get(k, default)
    def __setitem__(self, k, v): self.d[k] = v * 10
m = Mapping(); _count_elements(m, 'aab'); print(m.d)
dd = defaultdict(int); _count_elements(dd, [1, 2, 1]); print(sorted(dd.items()))
_count_elements({}, [])
for bad in [lambda: _count_elements({}), lambda: _count_elements({}, 1), lambda: _count_elements(1, 'a'), lambda: _count_elements({}, [[1]])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
