# Limits between 1 and 639 are rejected with ValueError.
import sys
sys.set_int_max_str_digits(5)
