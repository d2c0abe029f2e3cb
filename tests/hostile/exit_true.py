# sys.exit(True): bool is an int, status 1.
import sys
sys.exit(True)
