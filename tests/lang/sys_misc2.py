import sys
print(sys.warnoptions, sys._xoptions, sys.is_finalizing())
ti = sys.thread_info
print(ti.name, ti.lock, type(ti).__name__, len(ti), ti.version == sys.thread_info[2])
print(sys.call_tracing(len, ([1, 2],)), sys.call_tracing(max, (3, 9, 4)))
try:
    sys.call_tracing(len, [1])
except TypeError as e:
    print(e)
print(sys.audit('my.event', 1, 2))
try:
    sys.audit(5)
except TypeError as e:
    print(e)
print(sys.copyright.splitlines()[0])
print(len(sys.copyright.splitlines()))
