# bdb.Bdb subclass: set_trace() in the middle of a function stops at the
# next line; stepping records (function, line) pairs; set_continue ends.
import bdb
import sys

class Recorder(bdb.Bdb):
    def __init__(self):
        super().__init__()
        self.seen = []
        self.steps = 0

    def user_line(self, frame):
        co = frame.f_code
        self.seen.append(('line', co.co_name, frame.f_lineno - co.co_firstlineno))
        self.steps += 1
        if self.steps > 6:
            self.set_continue()
        else:
            self.set_step()

    def user_return(self, frame, value):
        self.seen.append(('return', frame.f_code.co_name, value))

def helper(v):
    return v * 3

def work():
    a = 1
    Recorder.current.set_trace()
    b = helper(a)
    c = b + 1
    return c

Recorder.current = Recorder()
print(work())
for s in Recorder.current.seen:
    print(*s)
print(sys.gettrace())
