# repr of a 200,000-deep nested dict.
# krait-test: no-stress -- deep C recursion: each collection scans the whole stack.
x = {}
for _ in range(200000):
    x = {1: x}
repr(x)
