# sys.exit(None): status 0, nothing printed.
import sys
sys.exit(None)
