# sys.exit with a tuple: printed as a tuple, status 1.
import sys
sys.exit((1, 2))
