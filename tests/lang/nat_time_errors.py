# time: argument checks and range errors, CPython 3.11's messages.
import time


def e(f):
    try:
        print(f())
    except Exception as x:
        print(type(x).__name__, x)


e(lambda: time.gmtime('a'))
e(lambda: time.gmtime(1e20))
e(lambda: time.gmtime(2**70))
e(lambda: time.gmtime(float('nan')))
e(lambda: time.gmtime(1, 2))
e(lambda: time.localtime(float('nan')))
e(lambda: time.ctime(float('nan')))
e(lambda: time.strftime('%Y', (1,)))
e(lambda: time.strftime(1))
e(lambda: time.strftime('%Y', 5))
e(lambda: time.strftime('%Y\0', (2020, 1, 1, 0, 0, 0, 0, 1, 0)))
e(lambda: time.mktime((1, 2)))
e(lambda: time.mktime(5))
e(lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0)))
e(lambda: time.asctime((2020, 1, 0, 0, 0, 0, 0, 1, 0)))
e(lambda: time.asctime((2020, 1, 1, 24, 0, 0, 0, 1, 0)))
e(lambda: time.asctime((2020, 1, 1, 0, 60, 0, 0, 1, 0)))
e(lambda: time.asctime((2020, 1, 1, 0, 0, 62, 0, 1, 0)))
e(lambda: time.asctime((2020, 1, 1, 0, 0, 0, -3, 1, 0)))
e(lambda: time.asctime((2020, 1, 1, 0, 0, 0, 0, 367, 0)))
e(lambda: time.strftime('%Y-%m', (2020, 13, 1, 0, 0, 0, 0, 1, 0)))
e(lambda: time.strftime('%Y-%m', (2020, 1, 32, 0, 0, 0, 0, 1, 0)))
e(lambda: time.get_clock_info('x'))
e(lambda: time.get_clock_info(1))
e(lambda: time.sleep(-1))
e(lambda: time.sleep('a'))
e(lambda: time.sleep(float('nan')))
e(lambda: time.sleep(0))
e(lambda: time.sleep(0.001))
e(lambda: time.struct_time((1, 2, 3)))
e(lambda: time.struct_time((1,) * 12))
e(lambda: time.time(1))
e(lambda: time.clock_gettime(12345))
e(lambda: time.clock_gettime('a'))
