# b'ab' * 2**61 must fail fast with MemoryError.
b'ab' * 2**61
