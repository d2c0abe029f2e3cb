# sys.exit([3]): printed, status 1.
import sys
sys.exit([3])
