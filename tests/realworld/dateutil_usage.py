# requires: dateutil
# dateutil: parsing, relativedelta, rrule, tz arithmetic.
import datetime
from dateutil import parser, relativedelta, rrule, tz, easter

for s in ["2024-01-15", "Jan 5 2023 10:30 PM", "2023-06-01T12:00:00Z", "2023-06-01T12:00:00+05:30",
          "Thu, 25 Sep 2003 10:49:41 -0300", "10/11/12", "5th of March, 2021", "12:15", "2003-09-25T10:49:41.5"]:
    try:
        print(s, "->", repr(parser.parse(s, default=datetime.datetime(2000, 1, 1))))
    except (ValueError, OverflowError) as e:
        print(s, "->", type(e).__name__, e)
print(parser.parse("10/11/12", dayfirst=True), parser.parse("10/11/12", yearfirst=True))
print(parser.parse("Today is 25 of September of 2003, exactly at 10:49:41", fuzzy=True))
print(parser.isoparse("2021-03-04T05:06:07.123456+01:00"))
try:
    parser.parse("not a date")
except parser.ParserError as e:
    print("ParserError", e)

d = datetime.date(2024, 1, 31)
rd = relativedelta.relativedelta
print(d + rd(months=1), d + rd(months=1, days=1), d + rd(years=1, weekday=relativedelta.FR(-1)))
print(rd(datetime.date(2024, 3, 1), datetime.date(2022, 1, 15)))
print(rd(hours=25, minutes=70).normalized(), rd(months=14) + rd(days=3), -rd(years=1))
print(datetime.datetime(2020, 2, 29) + rd(years=1), rd(weeks=2) * 1.5)

start = datetime.datetime(2024, 1, 1, 9, 0)
print(list(rrule.rrule(rrule.WEEKLY, count=5, byweekday=(rrule.MO, rrule.WE), dtstart=start)))
print(list(rrule.rrule(rrule.MONTHLY, count=4, bymonthday=-1, dtstart=start)))
r = rrule.rrulestr("FREQ=DAILY;INTERVAL=10;COUNT=5", dtstart=start)
print(list(r), r.after(start), r.before(datetime.datetime(2024, 2, 1)))
print(str(rrule.rrule(rrule.YEARLY, count=3, bymonth=2, bymonthday=29, dtstart=start)))
rs = rrule.rruleset()
rs.rrule(rrule.rrule(rrule.DAILY, count=5, dtstart=start))
rs.exdate(datetime.datetime(2024, 1, 3, 9, 0))
print(list(rs))
print([easter.easter(y) for y in (2023, 2024, 2025)])

utc = tz.UTC
off = tz.tzoffset("X", 3600 * 5 + 1800)
dt = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=utc)
print(dt.astimezone(off), off.utcoffset(dt), repr(off), off.tzname(dt))
print(tz.tzutc() == utc, tz.gettz("UTC"))
