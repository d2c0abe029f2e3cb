# list, tuple, dict and set methods over sample containers and arguments:
# results (with the container after the call) and exception types.
def run(make, calls):
    for sample in make():
        out = []
        for name, args in calls:
            obj = sample.copy() if hasattr(sample, 'copy') else sample
            try:
                r = getattr(obj, name)(*args)
                out.append(repr(r) + '/' + repr(sorted(obj, key=repr) if isinstance(obj, (set, frozenset)) else obj))
            except Exception as e:
                out.append(type(e).__name__)
        print(' '.join(out))
run(lambda: [[], [1], [3, 1, 2], [1, 'a', None], [[1], [1]]],
    [('append', (0,)), ('pop', ()), ('pop', (0,)), ('insert', (1, 'x')), ('remove', (1,)),
     ('index', (1,)), ('index', (1, 1)), ('count', ([1],)), ('reverse', ()), ('sort', ()),
     ('extend', ('ab',)), ('clear', ()), ('__getitem__', (slice(None, None, -1),)), ('__mul__', (2,))])
run(lambda: [(), (1,), (3, 1, 2), (1, 'a', None)],
    [('index', (1,)), ('count', (1,)), ('__getitem__', (-1,)), ('__add__', ((9,),)), ('__len__', ())])
run(lambda: [{}, {'a': 1}, {1: 'x', 2: 'y'}],
    [('get', ('a',)), ('pop', ('a',)), ('pop', ('a', 0)), ('popitem', ()), ('setdefault', ('a', 5)),
     ('update', ({'z': 0},)), ('keys', ()), ('__contains__', (1,)), ('fromkeys', ('ab',)),
     ('__or__', ({'q': 1},)), ('copy', ()), ('clear', ())])
run(lambda: [set(), {1}, {1, 2, 3}, frozenset({2, 3})],
    [('union', ([4],)), ('intersection', ({1, 2},)), ('difference', ([1],)),
     ('symmetric_difference', ({3, 9},)), ('issubset', ([1, 2, 3],)), ('issuperset', ([],)),
     ('isdisjoint', ([9],)), ('add', (5,)), ('discard', (1,)), ('remove', (2,)), ('pop', ()),
     ('update', ([7],)), ('intersection_update', ([1],)), ('difference_update', ([1],)),
     ('symmetric_difference_update', ([1],)), ('copy', ()), ('__len__', ())])
