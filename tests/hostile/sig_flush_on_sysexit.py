# Buffered stdout is flushed on sys.exit with a message (the message goes
# to stderr after stdout's data).
import sys
for i in range(1000):
    print(i)
sys.exit("fatal: stopping")
