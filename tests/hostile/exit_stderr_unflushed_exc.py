# Text written without a newline, then an uncaught exception.
import sys
sys.stderr.write("partial ")
raise OSError("after partial")
