# f_trace_lines = False silences line events; f_trace_opcodes = True adds
# 'opcode' events (counted, not compared: bytecodes differ); f_trace is
# readable and settable.
import sys

def body(n):
    a = n + 1
    b = a * 2
    return b

log = []

def no_lines(frame, event, arg):
    if frame.f_code.co_name == 'body':
        frame.f_trace_lines = False
        log.append(event)
    return no_lines

sys.settrace(no_lines)
body(1)
sys.settrace(None)
print(log)

kinds = set()
def opcodes(frame, event, arg):
    if frame.f_code.co_name == 'body':
        frame.f_trace_opcodes = True
        kinds.add(event)
    return opcodes
sys.settrace(opcodes)
body(2)
sys.settrace(None)
print(sorted(kinds))

def show(frame, event, arg):
    return show
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
try:
    f.f_trace_lines = 1
except TypeError as e:
    print('TypeError', e)
