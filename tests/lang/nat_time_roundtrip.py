# time: localtime/mktime/gmtime round trips and struct_time behaving as a tuple.
import time

for secs in [0, 86400 * 365, 951782400, 1234567890, 1700000000, 2000000000]:
    lt = time.localtime(secs)
    print(secs, time.mktime(lt) == secs, time.gmtime(secs)[:6], lt.tm_yday, lt.tm_wday)
t = time.gmtime(1234567890)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[:3], t[-3:], list(t)[2], t.count(2009) if hasattr(t, 'count') else '', t.index(13))
y, m, d, *rest = t
print(y, m, d, rest)
print(t == time.struct_time(tuple(t)), t != time.gmtime(0), hash(t) == hash(tuple(t)))
print(sorted([time.gmtime(5), time.gmtime(1), time.gmtime(3)])[0].tm_sec)
try:
    t.tm_year = 5
except AttributeError:
    print('AttributeError')
print(time.mktime((2009, 2, 13, 23, 31, 30, 0, 0, -1)) - time.mktime((2009, 2, 13, 23, 31, 29, 0, 0, -1)))
print(time.mktime((2020, 14, 1, 0, 0, 0, 0, 0, 0)) == time.mktime((2021, 2, 1, 0, 0, 0, 0, 0, 0)))
print(time.asctime(time.gmtime(1234567890)), time.strftime('%c', time.gmtime(0)))
