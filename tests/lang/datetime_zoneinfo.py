# zoneinfo on top of _datetime: conversions across DST changes, fold,
# pickling (a bound classmethod reduction), and the two runtime fixes it
# needed (method.__reduce__, ImportError fields under a subclass property).
import pickle
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

ny = ZoneInfo('America/New_York')
print(str(ny), ny.key)  # repr differs: CPython has the C _zoneinfo
for args in [(2021, 3, 14, 1, 59), (2021, 3, 14, 2, 30), (2021, 3, 14, 3, 0), (2021, 11, 7, 0, 59),
             (2021, 11, 7, 1, 30), (2021, 11, 7, 2, 0), (1900, 1, 1), (2037, 7, 1)]:
    for fold in (0, 1):
        d = datetime(*args, tzinfo=ny, fold=fold)
        print(d, d.tzname(), d.utcoffset(), d.dst(), d.astimezone(timezone.utc), d.timestamp())
u = datetime(2021, 11, 7, 5, 30, tzinfo=timezone.utc)
for h in range(4):
    x = (u + timedelta(hours=h)).astimezone(ny)
    p = x.astimezone(ZoneInfo('Europe/Paris'))
    print(x, x.fold, x.tzname(), p, p.tzinfo.key)
a = datetime(2021, 11, 7, 1, 30, tzinfo=ny)
b = a.replace(fold=1)
print(a == b, a < b, b - a, hash(a) == hash(b), a.astimezone(timezone.utc) == b.astimezone(timezone.utc))
print(pickle.loads(pickle.dumps(ny)) is ny, pickle.loads(pickle.dumps(a)) == a)
print(ZoneInfo.no_cache('UTC') is ZoneInfo('UTC'), ZoneInfo('UTC').utcoffset(None))
try:
    ZoneInfo('Not/AZone')
except Exception as e:
    print(type(e).__name__, e)

class C:
    @classmethod
    def make(cls, x):
        return ('made', x)
    def __reduce__(self):
        return (self.__class__.make, (5,))
print(pickle.loads(pickle.dumps(C())), C.make.__reduce__()[1][1])

class NotFound(ModuleNotFoundError):
    @property
    def name(self):
        return 'from the property'
e = NotFound('missing')
print(e.name, e.msg, str(e), e.args)
