# Subclass instances with custom comparisons in sorting and min/max.
class Version(tuple):
    def __new__(cls, text):
        return super().__new__(cls, (int(p) for p in text.split(".")))
    def __str__(self):
        return ".".join(map(str, self))

vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2"), Version("0.9.9")]
print([str(v) for v in sorted(vs)], str(max(vs)), str(min(vs)))
print(Version("1.2") < Version("1.2.0"), Version("2") > (1, 9))

class Reverse(int):
    def __lt__(self, other):
        return int(self) > int(other)

print(sorted([Reverse(1), Reverse(3), Reverse(2)]))

class Caseless(str):
    def __lt__(self, other):
        return self.lower() < other.lower()
    def __eq__(self, other):
        return self.lower() == other.lower()
    def __hash__(self):
        return hash(self.lower())

words = [Caseless(w) for w in ["banana", "Apple", "cherry", "apple"]]
print(sorted(words), Caseless("A") == "a", len(set(words)))

class Rows(list):
    def sort(self, *, key=None, reverse=False):
        print("custom sort")
        super().sort(key=key, reverse=not reverse)

r = Rows([3, 1, 2])
r.sort()
print(r, sorted(r))
