# sys.unraisablehook: a __del__ that raises reaches the hook with an
# UnraisableHookArgs; a hook that raises is itself reported; the default
# hook (sys.__unraisablehook__) prints; a wrong argument is refused.
import sys, gc
print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook.__name__)
seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, type(u.object).__name__, type(u).__name__, u.exc_traceback is not None))
sys.unraisablehook = hook
class C:
    def __del__(self):
        raise ValueError("boom")
def f():
    C()
f()
gc.collect()
print(seen)
def bad(u):
    raise KeyError("hook")
sys.unraisablehook = bad
f(); gc.collect()
sys.unraisablehook = sys.__unraisablehook__
f(); gc.collect()
try:
    sys.unraisablehook(1)
except TypeError as e:
    print(e)
print("end")
