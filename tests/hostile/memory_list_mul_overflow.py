# [0, 0] * 2**62 overflows Py_ssize_t: MemoryError in CPython.
[0, 0] * 2**62
