# set/frozenset __contains__, dict __contains__/__getitem__ and list
# __getitem__ are method descriptors (CPython defines them beside the
# slot), so their bound forms are builtin methods with a __module__.
import keyword

for t in (set, frozenset, dict, list, tuple):
    for n in ('__contains__', '__getitem__'):
        v = t.__dict__.get(n)
        print(t.__name__, n, type(v).__name__)

bound = frozenset([1, 2]).__contains__
print(type(bound).__name__, bound.__module__, bound.__name__, bound.__qualname__)
print(keyword.iskeyword('if'), keyword.iskeyword('x'), getattr(keyword.iskeyword, '__module__', 'no'))
print(set.__contains__({1}, 1), frozenset.__contains__(frozenset(), 1))
print(dict.__contains__({1: 2}, 1), {}.__contains__(3))
print(dict.__getitem__({'a': 1}, 'a'), [7, 8].__getitem__(-1), list.__getitem__([1, 2, 3], slice(1, None)))
print(dict.__contains__.__doc__)
print(dict.__contains__.__text_signature__)

class D(dict):
    def __missing__(self, key):
        return key * 2
print(D().__getitem__(21), dict.__getitem__(D(), 5))

class L(list):
    def __getitem__(self, i):
        return 'sub'
print(L([1]).__getitem__(0), list.__getitem__(L([1]), 0), L([1])[0])

for call in (lambda: dict.__getitem__({}, 'k'), lambda: [].__getitem__(3),
             lambda: set.__contains__({1}, []), lambda: dict.__contains__(1, 1),
             lambda: set.__contains__(set()), lambda: {}.__getitem__(1, 2),
             lambda: frozenset.__contains__(set(), 1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print({1, 2}.__contains__({1}), frozenset([frozenset([1])]).__contains__({1}))
