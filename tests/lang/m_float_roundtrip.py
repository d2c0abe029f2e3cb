# float.hex / float.fromhex and as_integer_ratio round trips over many
# values, and repr round trips through float().
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2/3, 1e-300, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 123456.789, -9.87654321e-5, 2**53 + 0.0, 3.141592653589793]
for x in vals:
    h = x.hex()
    n, d = x.as_integer_ratio()
    print(h, float.fromhex(h) == x, n / d == x, float(repr(x)) == x, n.bit_length(), d.bit_length())
for h in ['0x1.fffffffffffff7p1023', '0x1.ffffffffffffffp1023', '0x0.0000000000001p-1022',
          '0x0.00000000000008p-1022', '0x1.00000000000018p0', '-0x1.8p-1074', '0x.1p4', '0X1.P1',
          '  0x1p0  ', '+0x1p+0', '0x1.0p-1075', '0x1.0000000000001p-1075']:
    try:
        print(h.strip(), repr(float.fromhex(h)))
    except (ValueError, OverflowError) as e:
        print(h.strip(), type(e).__name__, e)
