import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig)
print(fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(fi)
print(len(fi), fi[0] == fi.max)
ii = sys.int_info
print(ii)
print(ii.default_max_str_digits, ii.str_digits_check_threshold)
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.hash_bits)
print(hash(float('inf')) == hi.inf, hash(2**61 - 1) == 0 if hi.modulus == 2**61 - 1 else None)
print(sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder)
print(sys.float_repr_style)
