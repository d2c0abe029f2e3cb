class HashCountingInt(int):
    'int-like object that counts the number of times __hash__ is called'
    def __init__(self, *args):
        self.hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)
for thetype in (set, frozenset):
    n = 10
    d = dict.fromkeys(map(HashCountingInt, range(n)))
    c = lambda: sum(elem.hash_count for elem in d)
    print(c())
    s = thetype(d); print("ctor", c())
    s.difference(d); print("diff", c())
    if hasattr(s, 'symmetric_difference_update'):
        s.symmetric_difference_update(d)
    print("symdiff", c())
    d2 = dict.fromkeys(set(d)); print("fromkeys set", c())
    d3 = dict.fromkeys(frozenset(d)); print("fromkeys fs", c())
    d3 = dict.fromkeys(frozenset(d), 123); print(c(), d3 == dict.fromkeys(d, 123))

class ReprWrapper:
    def __repr__(self): return repr(self.value)
for thetype in (set, frozenset):
    w = ReprWrapper()
    s = thetype([w])
    w.value = s
    print(repr(s))
s = set("abc"); s.__init__("xy"); print(sorted(s)); s.__init__(s); print(s)
for c in ['set([], 2)', 'set(a=1)', 'frozenset([], 2)', 'frozenset(a=1)', 'set().__init__(a=1)', 'set().__init__(1,2)', 'set().__init__(1)']:
    try: eval(c)
    except Exception as e: print(c, type(e).__name__, e)
class FS(frozenset):
    def __new__(cls, *a, newarg=None): return super().__new__(cls, *a)
print(FS([1], newarg=3))
class FI(frozenset):
    def __init__(self, arg, newarg=None): self.newarg = newarg
print(FI([1, 2], newarg=3), FI([1]).newarg)
class S(set):
    def __init__(self, *a, newarg=None): super().__init__(*a)
print(S([1], newarg=3))
class S2(set): pass
try: S2(sequence=())
except TypeError as e: print(e)
s = {1, frozenset("ab")}
print(set("ab") in s, S2("ab") in s); s.discard(set("ab")); s.remove(S2([1]) and 1); print(s)
try: s.remove(set("q"))
except KeyError as e: print("KeyError", e)
