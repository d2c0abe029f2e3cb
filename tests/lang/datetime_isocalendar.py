# IsoCalendarDate, the named tuple isocalendar() returns: its constructor
# and identity.
from datetime import date  # IsoCalendarDate, the named tuple of isocalendar()
t = type(date(2004, 1, 1).isocalendar())
for f in (lambda: t(2004, 1, 2), lambda: t(year=1, week=2, weekday=3), lambda: t((1, 2, 3)), lambda: t(1, 2), lambda: t(1.0, 2, 3)):
    try:
        r = f(); print(repr(r), r == (r.year, r.week, r.weekday), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(t.__name__, t.__qualname__, t.__module__, t.__mro__[1].__name__)
import pickle
r = date(2020, 12, 31).isocalendar()
print(r, r[0], r[-1], len(r), r.year, list(r), r._asdict() if hasattr(r, '_asdict') else 'no _asdict')
print(type(pickle.loads(pickle.dumps(r))).__name__, r.__reduce__())
try:
    r.year = 5
except AttributeError as e:
    print('AttributeError')
match r:
    case (y, w, d):
        print('matched', y, w, d)
