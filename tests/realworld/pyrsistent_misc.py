# requires: pyrsistent webcolors uritemplate jsonpointer roman decorator
# pyrsistent, webcolors, uritemplate, jsonpointer, roman, decorator.
from pyrsistent import PVector, pmap, pvector, pset, freeze, thaw, PRecord, field, m, v, s
import webcolors
from uritemplate import URITemplate, expand
import jsonpointer
import roman
from decorator import decorator

pm = pmap({"a": 1, "b": 2})
pm2 = pm.set("c", 3).remove("a")
print(sorted(pm.items()), sorted(pm2.items()), pm == m(a=1, b=2), hash(pm) == hash(m(b=2, a=1)))
vec = pvector(range(5)).append(99).set(0, -1)
print(vec, vec[1:3], vec.delete(2), v(1, 2) + v(3), s(1, 2, 3) | s(4))
big = pvector(range(2000))
print(len(big.set(1500, "x")), big.set(1500, "x")[1500], sum(big), big.index(1999))
frozen = freeze({"x": [1, {"y": 2}], "z": {1, 2}})
print(type(frozen).__name__, isinstance(frozen["x"], PVector), thaw(frozen) == {"x": [1, {"y": 2}], "z": {1, 2}})
class Point(PRecord):
    x = field(type=int, mandatory=True)
    y = field(type=int, initial=0)
pt = Point(x=1)
print(pt, pt.set(y=5), sorted(pt.serialize().items()))
try:
    Point(x="no")
except Exception as e:
    print(type(e).__name__)
ev = pm.evolver(); ev["q"] = 7; del ev["a"]
print(sorted(ev.persistent().items()), pm.transform(["b"], lambda n: n * 10))

print(webcolors.name_to_hex("navy"), webcolors.hex_to_rgb("#ff8800"), webcolors.rgb_to_name((255, 0, 0)), webcolors.rgb_percent_to_hex(("50%", "0%", "100%")))
t = URITemplate("https://api.example.com/users{/user}/repos{?page,per_page}{#frag}")
print(t.expand(user="ann", page=2, per_page=50), expand("{+path}/x{;p,q}", path="/a/b", p=1, q=[2, 3]), t.variable_names == {"user", "page", "per_page", "frag"})
doc = {"foo": ["bar", "baz"], "": 0, "a/b": 1, "m~n": 8, "k": {"deep": [1, {"z": "found"}]}}
print(jsonpointer.resolve_pointer(doc, "/foo/1"), jsonpointer.resolve_pointer(doc, "/a~1b"), jsonpointer.resolve_pointer(doc, "/m~0n"), jsonpointer.resolve_pointer(doc, "/k/deep/1/z"))
print(jsonpointer.JsonPointer("/k/deep/0").parts, jsonpointer.set_pointer(doc, "/foo/0", "BAR")["foo"], jsonpointer.resolve_pointer(doc, "/nope", "default"))
print([roman.toRoman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 3999)], roman.fromRoman("MCMXCIV"))
try:
    roman.toRoman(0)
except roman.OutOfRangeError as e:
    print("OutOfRangeError", e)
@decorator
def trace(f, *args, **kw):
    print("calling", f.__name__, args, sorted(kw.items()))
    return f(*args, **kw)
@trace
def add(a, b=2, *rest, key=None):
    "adds"
    return a + b + sum(rest)
import inspect
print(add(1), add(1, 3, 4, key="k"), add.__name__, add.__doc__, inspect.signature(add))
