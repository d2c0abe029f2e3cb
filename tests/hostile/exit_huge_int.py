# sys.exit(2**100): an int that does not fit in a C int.
import sys
sys.exit(2 ** 100)
