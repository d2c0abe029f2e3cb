# int <-> text on the small-int fast paths and around their edges.
edges = [0, 1, -1, 9, 10, 99, 100, -100, 12345, -98765, 2 ** 47 - 1, -2 ** 47, 2 ** 47,
         -2 ** 47 - 1, 2 ** 63 - 1, 2 ** 63, -2 ** 63, 10 ** 18 - 1, 10 ** 18, 10 ** 19,
         999999999999999999, -999999999999999999, True, False]
for v in edges:
    print(str(v), repr(v), "%d" % v, "%5d" % v, "%-7d|" % v, "%+d" % v, "%x" % v, "%X" % v,
          "%o" % v, "%05d" % v, "%#x" % v)
    print(format(v, ""), format(v, "d"), format(v, ">8"), format(v, "<8"), format(v, "^9"),
          format(v, "=+10"), format(v, "b"), format(v, "#o"), format(v, "X"), format(v, ","),
          format(v, "_x"), format(v, "*^12,"), f"{v:08}", f"{v: d}", f"{v:#_b}")
for s in ["0", "00", "-0", "+7", " 42 ", "\t-13\n", "123456789012345678",
          "1234567890123456789", "-999999999999999999", "1_000", "0x1f", "0o17", "0b101",
          "٣٤", "12a", "", "-", "1__0", "_1", "007", " 1 2 "]:
    for base in (10, 0, 16):
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, "ValueError", e)
print(int("12") + int("-30"), int(" 5"), int("99" * 9), int("99" * 9) + 1)
print([str(i) for i in range(-12, 130, 7)])
print(["%d" % i for i in range(-5, 300, 37)])
