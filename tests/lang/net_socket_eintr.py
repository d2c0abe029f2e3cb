# PEP 475: a signal during a blocking socket call runs its handler, and an
# exception from the handler propagates out of the call
import signal, socket

class Alarm(Exception):
    pass

def raising(signum, frame):
    raise Alarm('alarm %d' % signum)

a, b = socket.socketpair()
signal.signal(signal.SIGALRM, raising)
signal.alarm(1)
try:
    a.recv(10)
except Alarm as e:
    print('recv interrupted:', e)
signal.alarm(0)

a.close(); b.close()
