d = {"a": 1, (1, 2): 2, 3: 3, 2.5: 4}
s = set(d); print(sorted(map(str, s)), "a" in s, (1, 2) in s, 3 in s, 2.5 in s)
s2 = {"q"}; s2.update(d); print("a" in s2, (1,2) in s2, len(s2))
fs = frozenset(d); print("a" in fs, 3 in fs)
print(set(d.keys()) == set(["a", (1, 2), 3, 2.5]))
