# Power-of-two bases have no limit: hex() and int(s, 16) of huge values work.
h = hex(1 << 40000)
assert int(h, 16) == 1 << 40000
assert len(bin(1 << 20000)) == 20003
print(10 ** 5000)  # but decimal is still limited: ValueError
