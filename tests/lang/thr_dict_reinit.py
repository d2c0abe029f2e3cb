# dict.__new__ makes an empty dict; dict.__init__ fills it, and calling
# it again updates (never clears) -- test_ordered_dict's test_init on dict.
d = dict([("a", 1), ("b", 2), ("d", 44), ("e", 55)])
d.__init__([("e", 5), ("f", 6)], g=7, d=4)
print(list(d.items()))
print(dict.__new__(dict, [(1, 2)]), dict.__new__(dict, x=1))
print(dict([(1, 2)], a=3), dict(a=1), dict({"k": "v"}))
for bad in ((42,), ((), ()), ([1, 2, 3],)):
    try:
        dict(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    dict.__init__({}, 1, 2)
except Exception as e:
    print(type(e).__name__, e)


class Sub(dict):
    def __init__(self, *a, **k):
        self.log = "init"
        super().__init__(*a, **k)


s = Sub([(1, 1)], z=0)
print(s, s.log)
s.__init__({2: 2})
print(s)
