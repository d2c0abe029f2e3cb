# Callbacks run at a normal exit, last registered first, with their
# arguments; stdout is flushed after them.
import atexit
import sys

def say(*args, **kw):
    print("say", args, kw)
    sys.stderr.write("stderr %s\n" % (args,))

atexit.register(say, 1)
atexit.register(say, 2, k="v")
atexit.register(sys.stdout.write, "direct write\n")
print("main done")
