# sortedcontainers, more_itertools and simplejson as their users use them.
# requires: sortedcontainers more_itertools simplejson
import decimal, collections
from sortedcontainers import SortedList, SortedDict, SortedSet, SortedKeyList
sl = SortedList([5, 1, 4, 1, 9, 2, 6])
sl.add(3); sl.update([8, 0]); sl.discard(9)
print(sl, sl.bisect_left(4), sl.index(5), sl[2:5], list(sl.irange(2, 6)), sl.count(1))
sd = SortedDict({'b': 2, 'a': 1, 'd': 4})
sd['c'] = 3
print(sd, sd.peekitem(0), sd.peekitem(), list(sd.irange('b', 'c')), sd.bisect_right('b'))
ss = SortedSet('mississippi')
print(ss, ss | SortedSet('ohio'), ss - {'s'}, ss[1])
kl = SortedKeyList(['apple', 'fig', 'banana', 'kiwi'], key=len)
print(kl, kl.bisect_key_left(4))
big = SortedList(range(10000, 0, -3))
print(len(big), big[100], big.bisect(5000), sum(big.islice(0, 10)))

import more_itertools as mi
print(list(mi.chunked(range(10), 3)), list(mi.windowed('abcde', 3)))
print(list(mi.flatten([[1, 2], [3], []])), list(mi.unique_everseen('AAAABBBCCDAABBB')))
print(mi.first([], default='none'), mi.last(range(5)), mi.nth(iter('xyz'), 1), mi.ilen(range(7)))
print(list(mi.interleave_longest([1, 2, 3], 'ab')), list(mi.pairwise('abcd')))
print([list(g) for g in mi.split_at(range(10), lambda n: n % 4 == 0)])
print(list(mi.distinct_permutations([1, 1, 2])), list(mi.powerset([1, 2, 3])))
print(mi.partition(lambda x: x % 2, range(8)) and [list(p) for p in mi.partition(lambda x: x % 2, range(8))])
b = mi.bucket(['a1', 'b1', 'a2', 'c3', 'b2'], key=lambda s: s[0])
print(sorted(b), list(b['a']), list(mi.run_length.encode('aaabccdddd')))
p = mi.peekable(iter([1, 2, 3]))
print(p.peek(), next(p), p[1], list(p))
print(list(mi.stagger(range(5))), mi.one([42]), list(mi.consecutive_groups([1, 2, 4, 5, 6, 9])) and
      [list(g) for g in mi.consecutive_groups([1, 2, 4, 5, 6, 9])])
print(list(mi.collapse([1, [2, [3, (4, 5)]], 'ab'])), mi.always_iterable(None) and list(mi.always_iterable(5)))
try:
    mi.one([1, 2])
except ValueError as e:
    print('ValueError', e)

import simplejson as json
doc = {'name': 'krait', 'tags': ['c', 'python'], 'n': 3, 'pi': 3.14159, 'ok': True,
       'none': None, 'nested': {'z': [1, {'y': 2}]}, 'dec': decimal.Decimal('1.10'),
       'uni': 'é✓\u2028', 'tup': (1, 2)}
s = json.dumps(doc, sort_keys=True, indent=2, use_decimal=True)
print(s)
print(json.dumps(doc, separators=(',', ':'), sort_keys=True, ensure_ascii=False, use_decimal=True))
back = json.loads(s, use_decimal=True)
print(back['dec'], type(back['dec']).__name__, back == json.loads(s, use_decimal=True))
print(json.loads('[1.5, 2e3, "x\\u00e9", null, {"a": NaN}]', object_pairs_hook=collections.OrderedDict))
print(json.dumps(collections.namedtuple('P', 'x y')(1, 2)), json.dumps(float('inf')))
for bad in ['{"a": }', '[1, 2', '"unterminated', '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e.msg, e.lineno, e.colno, e.pos)
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({'s': {3, 1}}, default=sorted), json.dumps('x', for_json=True))
