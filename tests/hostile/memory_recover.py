# After a caught MemoryError the program carries on normally.
for i in range(3):
    try:
        [0] * 2**62
    except MemoryError:
        pass
x = [1] * 1000
assert sum(x) == 1000
raise LookupError("recovered")
