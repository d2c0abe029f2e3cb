# int.to_bytes / int.from_bytes round trips over many values, lengths,
# both byte orders and signedness; the smallest length that works.
def min_len(n, signed):
    for k in range(0, 40):
        try:
            n.to_bytes(k, 'big', signed=signed)
            return k
        except OverflowError:
            pass
vals = [0, 1, -1, 127, 128, -128, -129, 255, 256, 2**31 - 1, -2**31, 2**63, -2**63 - 1, 2**100, -(2**100)]
for n in vals:
    row = []
    for signed in (False, True):
        k = min_len(n, signed)
        if k is None:
            row.append('none')
            continue
        for order in ('big', 'little'):
            b = n.to_bytes(k + 1, order, signed=signed)
            assert int.from_bytes(b, order, signed=signed) == n
        row.append((k, n.to_bytes(k, 'little', signed=signed).hex()))
    print(n, row)
print([int.from_bytes(bytes([b]), 'big', signed=True) for b in (0, 1, 127, 128, 255)])
print(int.from_bytes(b'\xff' * 9, 'little', signed=True), int.from_bytes(b'\x00\x80', 'little', signed=True))
