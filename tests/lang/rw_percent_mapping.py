# str % mapping: any object with __getitem__ but a tuple or str supplies
# %(key)s (a class's mappingproxy, dict subclasses, Mapping classes), as
# docutils formats its regexes with "..." % vars(SomeClass).
import collections, collections.abc
class C: a = 1
print("%(a)s" % vars(C))
class M(collections.abc.Mapping):
    def __getitem__(s, k): return k*2
    def __len__(s): return 1
    def __iter__(s): return iter("a")
print("%(ab)s" % M())
print("%(x)s-%(y)r" % collections.OrderedDict(x=1, y="z"))
print("%(k)s" % collections.defaultdict(lambda: "dflt"))
print("abc" % [], "abc" % {}, "abc" % M())
for bad in [("%(a)s", [1]), ("%(a)s", (1,)), ("%(a)s", "s"), ("%s %s", [1]), ("abc", 5), ("abc", (1,))]:
    try:
        print(bad[0] % bad[1])
    except Exception as e:
        print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("%(known)s %(unknown)s" % D(known=1))
class G:
    def __getitem__(self, k):
        return k.upper()
print("%(abc)s/%(x)r" % G())
print("%s" % G().__class__.__name__, "%d items" % 3)
print(b"%(a)s" % {b"a": b"bytes"})
