import pickle
def rt(it, proto=2):
    return list(pickle.loads(pickle.dumps(it, proto)))
for make in [lambda: iter("héllo"), lambda: iter("abc"), lambda: iter(bytearray(b"xyz")),
             lambda: iter({1, 2, 3}), lambda: iter(range(2**64, 2**64 + 5)),
             lambda: enumerate("abc", 5), lambda: iter(range(2**63 - 3, 2**63 + 2, 2))]:
    it = make()
    print(type(it).__name__.replace("str_ascii_iterator", "str_iterator"), rt(it), end=" ")
    next(it)
    print(sorted(rt(it)), end=" ")
    for x in it: pass
    print(rt(it), it.__length_hint__() if hasattr(it, "__length_hint__") else "-")
it = iter("abcdef"); it.__setstate__(4); print(list(it))
it = iter(bytearray(b"abcdef")); it.__setstate__(-3); print(list(it))
print(iter("ab").__reduce__())
print(enumerate("ab").__reduce__()[0], enumerate("ab", 3).__reduce__()[1][1])
print(iter(range(2**64, 2**64 + 3)).__reduce__())
print(pickle.loads(pickle.dumps(range(1, 9, 2), 2)), range(2**70, 0, -3).__reduce__())
it = iter(range(2**64, 2**64 + 10)); it.__setstate__(7); print(list(it))
