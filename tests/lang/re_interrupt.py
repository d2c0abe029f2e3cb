# a signal handler interrupts a runaway match (exponential backtracking)
import re, signal, time

class Timeout(Exception):
    pass

def handler(signum, frame):
    raise Timeout('too slow')

signal.signal(signal.SIGALRM, handler)
signal.alarm(1)
t = time.monotonic()
try:
    re.match(r'(a+)+$', 'a' * 60 + 'b')
    print('finished?')
except Timeout as e:
    print('interrupted:', e)
print(time.monotonic() - t < 10)
signal.alarm(1)
try:
    for m in re.finditer(r'(x+x+)+y', 'x' * 60):
        print(m)
except Timeout as e:
    print('interrupted finditer:', e)
signal.alarm(0)
print(re.match('a+', 'aaa').group())
