# requires: more_itertools
# more_itertools: the common recipes and tools.
import more_itertools as mi

print(list(mi.chunked(range(10), 3)), list(mi.windowed(range(5), 3)), list(mi.pairwise("abcd")))
print(list(mi.flatten([[1, 2], [3], []])), list(mi.collapse([1, [2, [3, [4]]], "ab"])))
print(mi.first([], default="none"), mi.last(range(5)), mi.one([7]), mi.nth(range(10), 3))
print(list(mi.unique_everseen("AAAABBBCCDAABBB")), list(mi.unique_justseen("AAAABBBCCDAABBB")))
print(list(mi.interleave_longest([1, 2, 3], "ab")), list(mi.roundrobin("ABC", "D", "EF")))
print(mi.partition(lambda x: x % 2, range(10)) and [list(p) for p in mi.partition(lambda x: x % 2, range(10))])
b = mi.bucket(["a1", "b1", "a2", "c1", "b2"], key=lambda s: s[0])
print(sorted(b), list(b["a"]), list(b["b"]))
p = mi.peekable(iter(range(5)))
print(p.peek(), next(p), p[1], list(p))
s = mi.seekable(range(5))
print(list(s), s.seek(2) or list(s))
print(list(mi.distinct_permutations([1, 1, 2])), list(mi.powerset([1, 2, 3])))
print(list(mi.split_at(range(10), lambda x: x % 4 == 3)), list(mi.split_before("abcAdeB", str.isupper)))
print(list(mi.sliced("abcdefg", 3)), list(mi.divide(3, range(7))) and [list(x) for x in mi.divide(3, range(7))])
print(list(mi.consecutive_groups([1, 2, 3, 7, 8, 10])) and [list(g) for g in mi.consecutive_groups([1, 2, 3, 7, 8, 10])])
print(list(mi.run_length.encode("aaabbc")), list(mi.run_length.decode([("x", 2), ("y", 1)])))
print(mi.ilen(x for x in range(17)), mi.quantify([1, 0, 2, 0], bool), list(mi.locate([0, 1, 0, 1])))
print(list(mi.sort_together([(3, 1, 2), "cab"])), mi.all_equal("aaa"), mi.is_sorted([1, 2, 2]))
print(list(mi.stagger(range(4), offsets=(0, 1))), list(mi.zip_offset("abc", "xyz", offsets=(0, 1), longest=True)))
print(list(mi.intersperse("-", "abc")), list(mi.padded([1], fillvalue=0, n=3)), list(mi.take(4, mi.repeat_last([1, 2]))))
print(mi.minmax([3, 1, 4, 1, 5]), list(mi.circular_shifts(range(3))), mi.map_reduce("abcab", keyfunc=str.upper))
try:
    mi.one([1, 2])
except ValueError as e:
    print("ValueError", e)
try:
    mi.one([])
except ValueError as e:
    print("ValueError", e)
print(list(mi.islice_extended(range(10))[-3:]), list(mi.numeric_range(0, 1, 0.25)), mi.numeric_range(10)[2:5])
print(list(mi.grouper("abcdefg", 3, fillvalue="x")), list(mi.take(3, mi.iterate(lambda x: 2 * x, 1))))
print(list(mi.substrings("abc")), list(mi.always_iterable("s")), list(mi.always_iterable(None)))
print(mi.time_limited.__name__, list(mi.countable([1, 2])), mi.exactly_n([1, 0, 1], 2))
