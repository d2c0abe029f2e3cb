# __hash__ that mutates the dict it is being inserted into.
d = {i: i for i in range(5)}
class K:
    def __hash__(self):
        d.clear()
        return 1
d[K()] = 1
assert len(d) == 1
raise AttributeError(str(len(d)))
