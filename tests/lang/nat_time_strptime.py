# time.strptime through _strptime (pure Python on re): parsing and its errors.
import time

print(time.strptime('2020-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Thu Jan  1 00:00:00 1970'))
print(tuple(time.strptime('31/12/99', '%d/%m/%y')), time.strptime('2024 60', '%Y %j')[:3])
print(time.strptime('12 AM', '%I %p').tm_hour, time.strptime('Monday 5', '%A %d').tm_wday)
for args in [('2020', '%d'), ('x', '%Y'), ('2020-13-01', '%Y-%m-%d'), (5, '%Y'), ('2020 extra', '%Y')]:
    try:
        print(time.strptime(*args))
    except Exception as e:
        print(type(e).__name__, e)
