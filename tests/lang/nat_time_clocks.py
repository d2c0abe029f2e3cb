# time: clocks (float and _ns), their monotonicity, get_clock_info, constants.
import time

print([n for n in dir(time) if not n.startswith('__')])
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
    f, fns = getattr(time, name), getattr(time, name + '_ns')
    a, b = f(), fns()
    print(type(a).__name__, type(b).__name__, abs(a - b / 1e9) < 5)
m1 = time.monotonic_ns()
p1 = time.perf_counter()
time.sleep(0.002)
print(time.monotonic_ns() - m1 >= 2000000, time.perf_counter() - p1 >= 0.002)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID,
      time.CLOCK_THREAD_CPUTIME_ID, time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI)
print(time.clock_getres(time.CLOCK_MONOTONIC), type(time.clock_gettime(time.CLOCK_REALTIME)).__name__,
      type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1),
      type(time.tzname).__name__, len(time.tzname))
print(time.tzset())
