# SystemExit is an exception: it can be caught and the program continues.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    code = e.code
sys.exit(code + 1)
