import pickle
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * 10
it = iter(Seq(5)); next(it)
print(type(it).__name__, list(pickle.loads(pickle.dumps(it, 2))))
print(it.__reduce__()[2])
it = iter(Seq(5)); it.__setstate__(-3); print(list(it))
it = iter(Seq(5)); it.__setstate__(3); print(list(it)); it.__setstate__(0); print(list(it))
l = [1, 2, 3]
r = reversed(l); next(r)
print(type(pickle.loads(pickle.dumps(r, 2))).__name__, list(pickle.loads(pickle.dumps(r, 2))))
for c in ["l['a'] = 1", "l['a']", "del l['a']", "t = (1,2); t['x']", "l[5] = 0", "del l[7]"]:
    try: exec(c)
    except (TypeError, IndexError) as e: print(e)
