# bytes(10**15) must fail fast with MemoryError.
bytes(10**15)
