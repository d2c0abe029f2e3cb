# sys.exit(256): status wraps to 0.
import sys
sys.exit(256)
