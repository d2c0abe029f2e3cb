# sys.set_int_max_str_digits(0) lifts the limit.
import sys
sys.set_int_max_str_digits(0)
assert len(str(10 ** 5000)) == 5001
assert int("7" * 6000) % 10 == 7
