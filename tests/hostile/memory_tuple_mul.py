# (0,) * 2**62 must fail fast with MemoryError.
(0,) * 2**62
