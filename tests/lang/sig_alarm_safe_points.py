# A SIGALRM handler runs at the next safe point: a loop's back edge, or a
# call in code without loops (recursion); what it raises surfaces there
# and can be caught.
import signal

class Alarm(Exception):
    pass

def handler(signum, frame):
    raise Alarm("signal %d" % signum)

print(signal.signal(signal.SIGALRM, handler))
print(signal.getsignal(signal.SIGALRM) is handler)

signal.alarm(1)
n = 0
try:
    while True:
        n += 1
except Alarm as e:
    print("loop:", e, n > 0)

def rec(k):
    return rec(k + 1) if k < 30 else k

signal.alarm(1)
try:
    while True:
        rec(0)
except Alarm as e:
    print("recursion:", e)

# A handler that does not raise: the loop goes on after it ran.
seen = []
signal.signal(signal.SIGALRM, lambda s, f: seen.append(s))
signal.alarm(1)
while not seen:
    pass
print("handled", seen)
print(signal.alarm(0))
