# A trace or profile function that raises: the exception propagates from
# the traced code and the hook is removed.  Settrace argument checks.
import sys

def boom_on_line(frame, event, arg):
    if event == 'line':
        raise RuntimeError('from tracer')
    return boom_on_line

def victim():
    x = 1
    return x

sys.settrace(boom_on_line)
try:
    victim()
except RuntimeError as e:
    print('caught', e)
print(sys.gettrace())

def boom_on_call(frame, event, arg):
    raise KeyError('call')

sys.settrace(boom_on_call)
try:
    victim()
except KeyError as e:
    print('caught', repr(e))
print(sys.gettrace())

def prof_boom(frame, event, arg):
    if event == 'call':
        raise ValueError('prof')

sys.setprofile(prof_boom)
try:
    victim()
except ValueError as e:
    print('caught', e)
print(sys.getprofile())

for bad in [(), (1, 2)]:
    try:
        sys.settrace(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    sys.setprofile()
except TypeError as e:
    print('TypeError', e)

# the trace function returning None disables local tracing of that frame
seen = []
def only_calls(frame, event, arg):
    seen.append((event, frame.f_code.co_name))
    return None
sys.settrace(only_calls)
victim()
sys.settrace(None)
print(seen)
