# strftime and __format__ of date, datetime and time: %z, %Z and %f are
# replaced before time.strftime; strptime goes through _strptime.
from datetime import date, datetime, time, timedelta, timezone, tzinfo

def run(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Named(tzinfo):
    def __init__(self, name, off=timedelta(0)):
        self.name, self.off = name, off
    def utcoffset(self, dt): return self.off
    def tzname(self, dt): return self.name
    def dst(self, dt): return None

d = date(2004, 2, 29)
dt = datetime(2004, 2, 29, 13, 4, 5, 678, tzinfo=timezone(timedelta(hours=-5, minutes=-30, seconds=-7)))
print(d.strftime('%Y-%m-%d %j %a %A %b %B %w %U %W %y %%'), d.strftime('%H:%M:%S %f %z %Z'))
print(dt.strftime('%Y-%m-%dT%H:%M:%S.%f%z %Z'), dt.strftime('%%z %%f %'), dt.strftime(''))
print(datetime(2000, 1, 1).strftime('[%z][%Z][%f]'))
print(datetime(2000, 1, 1, tzinfo=Named('A%B')).strftime('%Z|%z'))
print(datetime(2000, 1, 1, tzinfo=Named(None)).strftime('%Z|%z'))
print(datetime(2000, 1, 1, tzinfo=Named('x', timedelta(microseconds=5))).strftime('%z'))
run(lambda: datetime(2000, 1, 1, tzinfo=Named(5)).strftime('%Z'))
run(lambda: datetime(2000, 1, 1, tzinfo=Named('\ud800')).strftime('%Z'))
run(lambda: datetime(2000, 1, 1).strftime('\ud800'))
run(lambda: d.strftime())
run(lambda: d.strftime(format='%Y'))
print(f'{d:%d.%m.%Y}', f'{dt:%H%M}', format(dt, ''), format(d, ''), '{:%Y}'.format(dt))
print(date(1, 1, 1).strftime('%Y|%y'), date(999, 1, 1).strftime('%Y'), datetime(1900, 1, 1).strftime('%c'))
print(time(1, 2, 3, 4).strftime('%Y %H %f'))
for s, f in [('2004-02-29 13:04:05', '%Y-%m-%d %H:%M:%S'), ('29/02/04', '%d/%m/%y'), ('13:04:05.000678', '%H:%M:%S.%f'),
             ('2004 +0530', '%Y %z'), ('2004 Z', '%Y %z'), ('2004 UTC', '%Y %Z'), ('x', '%Y'), ('2004', '%Y %Y')]:
    run(lambda: datetime.strptime(s, f))
run(lambda: datetime.strptime(5, '%Y'))
run(lambda: datetime.strptime('5', 5))
class DT(datetime):
    pass
print(type(DT.strptime('2000', '%Y')).__name__)
