# sys.exit(1.5): not an int, printed, status 1.
import sys
sys.exit(1.5)
