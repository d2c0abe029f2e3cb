# [0] * 2**62 must fail fast with MemoryError, without touching memory.
[0] * 2**62
