# bytearray(10**15) must fail fast with MemoryError.
bytearray(10**15)
