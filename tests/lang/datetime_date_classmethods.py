# date's alternate constructors: fromisoformat (3.11's forms),
# fromisocalendar, fromordinal, fromtimestamp; subclasses get their class.
import os, time
os.environ['TZ'] = 'UTC'
time.tzset()
from datetime import date

def run(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['2004-02-29', '20040229', '2004-W09-7', '2004W097', '2004-W09', '2004W09', '2004-W53-1',
          '2009-W53-7', '2004-W00-1', '2004-W01-0', '2004-W01-8', '2004-02-30', '2004-13-01',
          '0000-01-01', '2004-2-29', '2004/02/29', '2004-0229', '200402-29', ' 2004-02-29',
          '2004-02-29T00:00', '', '2004', '２００４-02-29', '2004-02-2\ud800']:
    run(lambda: date.fromisoformat(s))
run(lambda: date.fromisoformat(20040229))
run(lambda: date.fromisoformat())
for c in [(2004, 9, 7), (2004, 53, 7), (2003, 53, 1), (2020, 53, 4), (1, 1, 1), (9999, 52, 5),
          (2019, 0, 1), (2019, 1, 8), (0, 1, 1), (10000, 1, 1), (2 << 32, 1, 1), (2019, 2 << 32, 1)]:
    run(lambda: date.fromisocalendar(*c))
run(lambda: date.fromisocalendar(2004, 1))
run(lambda: date.fromisocalendar(2004, 1.0, 1))
run(lambda: date.fromisocalendar(year=2004, week=2, day=3))
for ts in [0, 1e9, -1, 86399.9, 951782400, -62135596800, 253402300799]:
    run(lambda: date.fromtimestamp(ts))
run(lambda: date.fromtimestamp(float('nan')))
run(lambda: date.fromtimestamp(1e20))
run(lambda: date.fromtimestamp('0'))
run(lambda: date.today(5))
print(type(date.today()).__name__, date.today() == date.fromtimestamp(time.time()))

class D(date):
    def __new__(cls, *args):
        print('D.__new__', args)
        return super().__new__(cls, *args)
    extra = 'x'

for f in (lambda: D.fromordinal(730000), lambda: D.fromisoformat('2001-01-01'),
          lambda: D.fromisocalendar(2001, 1, 1), lambda: D.fromtimestamp(0),
          lambda: D(2000, 1, 1) + __import__('datetime').timedelta(1),
          lambda: D(2000, 1, 1).replace(day=5)):
    r = f()
    print(type(r).__name__, r, r.extra)
print(type(D(2000, 1, 2) - D(2000, 1, 1)).__name__)
