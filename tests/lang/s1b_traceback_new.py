# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno).
import sys
import traceback
import types

f = sys._getframe()
for a in [('no', f, 1, 2), (None, 'no', 1, 2), (None, f, 'no', 2), (None, f, 1, 'x'),
          (None, f, 1), ()]:
    try:
        types.TracebackType(*a)
    except Exception as e:
        print(type(e).__name__, e)
try:
    types.TracebackType(None, f, 1, 2, tb_next=None)
except Exception as e:
    print(type(e).__name__, e)
t = types.TracebackType(tb_next=None, tb_frame=f, tb_lasti=1, tb_lineno=2)
print(t.tb_lasti, t.tb_lineno, t.tb_next, t.tb_frame is f)
t = types.TracebackType(None, f, 6, 7)
t2 = types.TracebackType(t, f, 6, 3)
print(t2.tb_next is t, t2.tb_lineno)
try:
    raise ValueError('x').with_traceback(t2)
except ValueError as e:
    print(e.__traceback__.tb_next is t2, e.__traceback__.tb_next.tb_next is t)
try:
    t.tb_next = t2
except ValueError as e:
    print(type(e).__name__, e)
