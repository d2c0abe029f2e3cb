# 'x' * 2**62 must fail fast with MemoryError.
'x' * 2**62
