# sys._current_exceptions(): every thread's exc_info() tuple by thread id.
import sys, threading

d = sys._current_exceptions()
main_id = threading.get_ident()
print(type(d).__name__, main_id in d, d[main_id])
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys._current_exceptions()[main_id]
    print(t.__name__, v, tb is not None)
print(sys._current_exceptions()[main_id])
try:
    sys._current_exceptions(1)
except TypeError as e:
    print(e)
