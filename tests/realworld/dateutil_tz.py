# requires: dateutil
# dateutil.tz over the system zoneinfo files: DST transitions, ambiguous
# and imaginary times, tzstr, tzical-free rrules across DST.
import datetime
from dateutil import tz, rrule
from dateutil.relativedelta import relativedelta

ny = tz.gettz("America/New_York")
berlin = tz.gettz("Europe/Berlin")
kolkata = tz.gettz("Asia/Kolkata")
print(type(ny).__name__, repr(ny).split("/")[-1])
for dt in [datetime.datetime(2024, 1, 15, 12), datetime.datetime(2024, 7, 15, 12),
           datetime.datetime(2024, 3, 10, 2, 30), datetime.datetime(2024, 11, 3, 1, 30)]:
    a = dt.replace(tzinfo=ny)
    print(a.isoformat(), a.tzname(), a.utcoffset(), tz.datetime_exists(a), tz.datetime_ambiguous(a))
amb = datetime.datetime(2024, 11, 3, 1, 30, tzinfo=ny)
print(tz.enfold(amb, fold=1).utcoffset(), tz.resolve_imaginary(datetime.datetime(2024, 3, 10, 2, 30, tzinfo=ny)))
utc_time = datetime.datetime(2024, 6, 1, 16, 0, tzinfo=tz.UTC)
for zone in (ny, berlin, kolkata):
    print(utc_time.astimezone(zone).isoformat(), utc_time.astimezone(zone).tzname())
start = datetime.datetime(2024, 3, 8, 9, 0, tzinfo=ny)
for occ in rrule.rrule(rrule.DAILY, count=4, dtstart=start):
    print(occ.isoformat(), occ.astimezone(tz.UTC).isoformat())
print((start + relativedelta(days=3)).utcoffset(), start.utcoffset())
s = tz.tzstr("EST5EDT,M3.2.0/2,M11.1.0/2")
print(datetime.datetime(2024, 7, 1, tzinfo=s).utcoffset(), datetime.datetime(2024, 1, 1, tzinfo=s).tzname())
print(tz.tzlocal() is not None, tz.gettz("Nowhere/Invalid"), tz.gettz("UTC") == tz.UTC)
print(berlin.utcoffset(datetime.datetime(1990, 6, 1)), berlin.fromutc(datetime.datetime(2024, 10, 27, 0, 30, tzinfo=berlin)))
