# __eq__ that clears the dict mid-lookup: no crash, and the dict stays usable.
d = {}
class K:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        d.clear()
        return False
d[K()] = 1
try:
    d[K()]
except KeyError:
    pass
d["a"] = 1
assert d["a"] == 1
assert len(d) == 1, len(d)
raise UnicodeError("consistent")
