# A low limit (640, the minimum) is enforced.
import sys
sys.set_int_max_str_digits(640)
int("1" * 641)
