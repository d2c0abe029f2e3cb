# format(): '0' padding for every alignment and type, and zero padding
# inside thousands grouping (ints, floats, '_' in hex and binary).
for sp in ["08,", "010,", "0=12,", "x=12,", "012_", "012_x", "011_b", "+015,.2f", "015,.3e", "=10,", "0>10,", "07,", "06,"]:
    for v in [0, 5, -5, 1234567, 2.5, -1234.5678, 10**20]:
        try: print(sp, v, repr(format(v, sp)))
        except Exception as e: print(sp, v, type(e).__name__, e)
for sp in ["08", "<08", ">08", "^08", "x<08", "=08", "+08", "08.2f", "<08.2f", "0", "00", "08s", "\u20ac<08"]:
    for v in [5, -5, 2.5, "ab", True]:
        try: print(repr(sp), v, repr(format(v, sp)), repr(("{:" + sp + "}").format(v)))
        except Exception as e: print(repr(sp), v, type(e).__name__, e)

# 'z' (negative zero coercion) and unknown codes outside printable ASCII
for sp in ["z", "z.1f", "z.3e", "z.0%", "zg", "z.2", "+z.1f", " z.1f"]:
    print([format(v, sp) for v in (-0.0, -0.04, -0.06, 0.0, -1e-300, float("-inf"), float("nan"), -2.5)])
for v, sp in [("a", "z"), (1, "z"), (1, "z5"), ("a", "\u20ac"), (1.5, "\x7f"), (1, "\x01"),
              (1, "\u0164"), (True, "zd"), ("a", "+z"), (True, "s")]:
    try:
        print(repr(format(v, sp)))
    except Exception as e:
        print(type(e).__name__, e)
