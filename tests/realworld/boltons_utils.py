# requires: boltons
# boltons: iterutils, strutils, dictutils, cacheutils, tableutils, timeutils.
from boltons import iterutils, strutils, dictutils, cacheutils, setutils, queueutils, mathutils, formatutils
from boltons.tbutils import ExceptionInfo
import datetime

print(iterutils.chunked(range(10), 3), iterutils.windowed(range(5), 2), iterutils.pairwise("abc"))
print(iterutils.split(["a", None, "b", "c", None], None), iterutils.bucketize(range(10), lambda x: x % 3))
print(iterutils.unique([1, 2, 1, 3]), iterutils.first([0, None, 5]), iterutils.flatten([[1, [2]], [3]]), iterutils.one([0, 0, 7]))
data = {"a": [1, {"b": 2, "c": None}], "d": {"e": None}}
print(iterutils.remap(data, visit=lambda p, k, v: v is not None), iterutils.get_path(data, ("a", 1, "b")))
print(list(iterutils.research(data, query=lambda p, k, v: isinstance(v, int))))
print(iterutils.backoff(1, 16), iterutils.frange(0, 1, 0.25), iterutils.partition(range(6), lambda x: x > 2))
print(strutils.camel2under("BasicParseTest"), strutils.under2camel("basic_parse_test"), strutils.slugify("Hello, World! Ok?"))
print(strutils.pluralize("cat"), strutils.singularize("categories"), strutils.cardinalize("mouse", 2), strutils.ordinalize(13))
print(strutils.bytes2human(1234567), strutils.strip_ansi("\x1b[31mred\x1b[0m"), strutils.asciify("café"), strutils.split_punct_ws("a,b;  c"))
print(strutils.indent("a\nb", "> "), strutils.parse_int_list("1-3,5,7-8"), strutils.format_int_list([1, 2, 3, 5, 7, 8]))
print(strutils.html2text("<p>Hello <b>there</b></p>"), strutils.escape_shell_args(["a b", "c"]), strutils.multi_replace("abc", {"a": "x", "c": "z"}))
omd = dictutils.OrderedMultiDict([("a", 1), ("b", 2), ("a", 3)])
print(omd, omd["a"], omd.getlist("a"), omd.todict(), omd.todict(multi=True), list(omd.items(multi=True)), omd.inverted())
omd.add("b", 4); omd.update_extend({"c": 5})
print(omd.sorted(), omd.counts(), dictutils.FrozenDict(x=1) == {"x": 1}, dictutils.subdict({"a": 1, "b": 2}, keep=["a"]))
omd2 = dictutils.OneToOne({"a": 1, "b": 2}); print(omd2.inv[2], dict(omd2))
lru = cacheutils.LRU(max_size=2)
lru["a"] = 1; lru["b"] = 2; lru["a"]; lru["c"] = 3
print(sorted(lru.items()), lru.hit_count, lru.miss_count)
@cacheutils.cached(cacheutils.LRI(max_size=10))
def slow(x):
    return x * 10
print(slow(3), slow(3), cacheutils.ThresholdCounter(0.2).get_common_count())
tc = cacheutils.ThresholdCounter(0.3)
for w in "a a a b c a b a".split():
    tc.add(w)
print(tc.most_common(2), tc.get_uncommon_count())
s = setutils.IndexedSet("abracadabra")
print(s, s[2], s.index("c"), s | setutils.IndexedSet("xyz"), s - {"a"})
pq = queueutils.HeapPriorityQueue()
pq.add("low", 1); pq.add("high", 10); pq.add("mid", 5)
print(pq.pop(), pq.pop(), len(pq))
print(mathutils.clamp(15, 0, 10), mathutils.ceil(3.2, [1, 4, 9]), mathutils.floor(3.2, [1, 4, 9]), mathutils.Bits("1011").as_int())
print(formatutils.get_format_args("{a} {0:>3} {b!r}"), formatutils.split_format_str("x{0}y{n:2}"))
try:
    {}["missing"]
except KeyError:
    ei = ExceptionInfo.from_current()
    print(ei.exc_type, ei.exc_msg, len(ei.tb_info.frames))
