import sys
calls = []
def hook(*args, **kw):
    calls.append((args, kw))
    return 'ret'
sys.breakpointhook = hook
print(breakpoint())
print(breakpoint(1, 2, k=3))
print(calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
sys.breakpointhook = sys.__breakpointhook__
print(callable(breakpoint))
