# PEP 475 in select: a signal handler runs during a select() wait and its
# exception ends the wait (before, krait retried without running handlers)
import os, select, signal

class Alarm(Exception):
    pass

def raising(signum, frame):
    raise Alarm('in select')

r, w = os.pipe()
signal.signal(signal.SIGALRM, raising)
signal.alarm(1)
try:
    select.select([r], [], [], 5)
except Alarm as e:
    print('select interrupted:', e)
signal.alarm(0)

os.close(r); os.close(w)
