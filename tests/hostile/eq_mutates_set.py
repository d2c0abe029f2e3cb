# __eq__ that adds many items to the set mid-lookup (forcing a resize).
s = set()
class K:
    def __hash__(self):
        return 3
    def __eq__(self, other):
        for i in range(100, 200):
            s.add(i)
        return False
s.add(K())
r = K() in s
assert 150 in s
raise NameError(str(len(s) > 100))
