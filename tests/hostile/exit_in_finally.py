# sys.exit inside try/finally: finally runs, its own exception replaces the exit.
import sys
try:
    sys.exit(3)
finally:
    raise KeyError("from finally")
