# A very deeply nested exception group: split and printing must not crash.
# krait-test: no-stress -- deep C recursion: each collection scans the whole stack.
e = ValueError(1)
for i in range(100000):
    e = ExceptionGroup("x", [e])
try:
    e.split(TypeError)
except RecursionError:
    print("RecursionError from split")
try:
    e.subgroup(lambda x: False)
except RecursionError:
    print("RecursionError from subgroup")
raise e
