# _warnings without warnings.py: the C fallback's output and registries.
import _warnings
print(_warnings._defaultaction, _warnings._onceregistry, len(_warnings.filters))
print([(f[0], f[2].__name__, f[3]) for f in _warnings.filters])
def f(n):
    _warnings.warn("careful %d" % n)
for i in range(3):
    f(1)                      # 'default' action: shown once per location
try: print('registry', len(__warningregistry__))
except NameError: print('no registry')
_warnings.warn("dep", DeprecationWarning)         # shown: __main__ default filter
def g():
    _warnings.warn("dep in g", DeprecationWarning, stacklevel=2)
g()
_warnings.warn("pend", PendingDeprecationWarning)  # ignored by default
_warnings.warn(UserWarning("instance"))
_warnings.filters.insert(0, ('error', None, RuntimeWarning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print('raised', type(e).__name__, e)
_warnings.filters.insert(0, ('ignore', 'quiet.*', UserWarning, None, 0))
_warnings._filters_mutated()
_warnings.warn("quiet please")
_warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("x")
except RuntimeError as e:
    print('RuntimeError', str(e).split('\n')[0])
del _warnings.filters[0]
for bad in [lambda: _warnings.warn("m", int), lambda: _warnings.warn(), lambda: _warnings.warn_explicit("m", UserWarning, 1, 2)]:
    try: bad()
    except TypeError as e: print('TypeError', e)
print(issubclass(ResourceWarning, Warning), issubclass(FutureWarning, Warning), EncodingWarning.__mro__[1].__name__)
_warnings.warn_explicit("explicit", SyntaxWarning, "somefile.py", 12)
