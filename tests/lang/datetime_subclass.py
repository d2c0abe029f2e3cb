# Subclasses of the datetime types: what classmethods, arithmetic and
# replace() return, attributes on instances, overridden constructors.
from datetime import date, datetime, time, timedelta, timezone, tzinfo

class D(date):
    def __new__(cls, y, m, d, tag='D'):
        self = super().__new__(cls, y, m, d)
        self.tag = tag
        return self

class DT(datetime):
    def __add__(self, other):
        r = super().__add__(other)
        return r
    def ymd(self):
        return (self.year, self.month, self.day)

class TD(timedelta):
    def __repr__(self):
        return 'TD' + super().__repr__()

class TZ(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=1)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'TZ'
    def __repr__(self): return 'TZ()'

d = D(2000, 1, 2)
print(type(d).__name__, d.tag, repr(d), str(d))
for r in (d + timedelta(1), d - timedelta(1), D.fromordinal(1), D.fromisoformat('2000-01-01'),
          D.fromisocalendar(2000, 1, 1), d.replace(day=3)):
    print(type(r).__name__, getattr(r, 'tag', '-'), r)
# today()/now() make the subclass too; their value is the clock's, so only
# its type and plausibility are printed
for r in (D.today(), DT.now(), DT.utcnow()):
    print(type(r).__name__, getattr(r, 'tag', '-'), r.year >= 2024)
print(type(d - date(2000, 1, 1)).__name__, d == date(2000, 1, 2), hash(d) == hash(date(2000, 1, 2)))
x = DT(2000, 1, 2, 3, 4, 5)
for r in (x + timedelta(1), x - timedelta(1), timedelta(1) + x, DT.fromtimestamp(0),
          DT.utcfromtimestamp(0), DT.combine(date(2000, 1, 1), time(1)), DT.fromisoformat('2000-01-01'),
          DT.strptime('2000', '%Y'), x.replace(hour=1), x.astimezone(timezone.utc), DT.fromordinal(5)):
    print(type(r).__name__, r.ymd())
print(type(x - x).__name__, type(x.date()).__name__, type(x.time()).__name__, repr(x)[:3])
t = TD(1, 2)
print(repr(t), str(t), type(t + t).__name__, type(t * 2).__name__, type(abs(t)).__name__, t == timedelta(1, 2))
print(repr(datetime(2000, 1, 1, tzinfo=TZ())), datetime(2000, 1, 1, tzinfo=TZ()).isoformat())
print(repr(TZ().fromutc(datetime(2000, 1, 1, tzinfo=None).replace(tzinfo=None)) if False else 0))
z = TZ()
print(repr(z.fromutc(datetime(2000, 1, 1, 23, tzinfo=z))), z.__reduce__()[0].__name__)
class Tm(time):
    pass
print(type(Tm(1).replace(minute=3)).__name__, repr(Tm(1, 2, 3)))
try:
    class X(timezone):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(datetime, date), isinstance(x, date), datetime.__mro__[1].__name__, timezone.__base__.__name__)
print(date.__module__, datetime.__name__, timedelta.__qualname__, type(date.today).__name__)
