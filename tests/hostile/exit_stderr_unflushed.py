# Text written to stderr without a newline must not be lost on sys.exit.
import sys
sys.stderr.write("partial line")
sys.exit(0)
